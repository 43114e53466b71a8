"""``t2sa render`` and ``t2sa hrtf``: render files from the shell, export/inspect HRTFs.

Kept light on purpose: the command imports numpy, scipy.fft and soundfile, never torch, Ray or
scipy.signal (unless the input needs resampling), and the built-in head model comes from a disk cache
(``~/.cache/t2sa``), so a render starts in well under a second. ``--text`` is the one exception: it
loads the text model lazily. Renders stream block by block (:func:`t2sa.render.render_to_file`), so
memory does not grow with the clip (a 10-minute hoa3 render stays far below 1 GB). Every failure prints
one ``error: ...`` line on stderr and exits with status 1; the output file is written atomically, so a
failed render never leaves a partial (or any) file under OUT.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import click

from t2sa.cli.common import fail, guarded
from t2sa.errors import RenderError
from t2sa.formats import FORMATS, LAYOUT_PREFIX, get_format
from t2sa.render.distance import distance_gain

SUBTYPE_CHOICES = ("PCM_16", "PCM_24", "FLOAT")

FAR_NOTE_M = 100.0
"""A source at least this far away gets a note on how far below its 1 m level it renders."""


class _FormatChoice(click.Choice):
    """The registry's format names, plus ``layout:FILE`` (checked when the format is built)."""

    def convert(self, value, param, ctx):  # type: ignore[no-untyped-def]
        if isinstance(value, str) and value.startswith(LAYOUT_PREFIX):
            return value
        return super().convert(value, param, ctx)


def _local_info(path: str) -> dict | None:
    """Header of a local input file, or None (a URI, or a missing file the renderer will report)."""
    from t2sa.audio import audio_info

    return audio_info(path) if "://" not in path and Path(path).is_file() else None


def _read_params(params_json: str | None, params_file: str | None, text: str | None,
                 duration_s: float | None = None):
    from t2sa.resolve import resolve_params

    return resolve_params(text=text, params=params_json, params_file=params_file, duration_s=duration_s)


@click.command("render")
@click.argument("input_path", metavar="IN")
@click.argument("output_path", metavar="OUT")
@click.option("--params", "params_json", metavar="JSON", help="SpatialParams as a JSON object.")
@click.option("--params-file", metavar="FILE", help="File holding the SpatialParams JSON object.")
@click.option("--text", metavar="TEXT", help="Describe the placement in words (Korean or English); --params then overrides fields.")
@click.option("--format", "fmt", type=_FormatChoice(FORMATS), default="binaural", show_default=True,
              help="Output format, or layout:FILE for a loudspeaker layout file (JSON/CSV, see t2sa.formats).")
@click.option("--hrtf", metavar="SOFA", default=None, help="SimpleFreeFieldHRIR SOFA file (binaural); default: built-in head model.")
@click.option("--sample-rate", type=int, default=48000, show_default=True, help="Output rate; the input is resampled to it.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the reverb and spread decorrelators.")
@click.option("--on-clip", type=click.Choice(("normalize", "error")), default="normalize", show_default=True,
              help="normalize: scale to -1 dBFS peak and report it; error: refuse.")
@click.option("--subtype", type=click.Choice(SUBTYPE_CHOICES), default="PCM_24", show_default=True)
@click.option("--stereo-itd", is_flag=True, help="Add an interaural time difference to stereo panning.")
@click.option("--early-reflections", is_flag=True, help="Add first-order room reflections (when wet > 0).")
@click.option("--show-params", is_flag=True,
              help="Print the parameters used as one JSON line (always printed with --text, unless --quiet).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on success.")
@guarded
def render_command(
    input_path: str,
    output_path: str,
    params_json: str | None,
    params_file: str | None,
    text: str | None,
    fmt: str,
    hrtf: str | None,
    sample_rate: int,
    seed: int,
    on_clip: str,
    subtype: str,
    stereo_itd: bool,
    early_reflections: bool,
    show_params: bool,
    quiet: bool,
) -> None:
    """Render the sound in IN (WAV/FLAC/OGG, local path or URI) to OUT (.wav or .flac).

    Multichannel input is averaged to mono; input at another rate is resampled to --sample-rate.
    The output is longer than the input by the render tail (HRIR, reverb).

    Several sources in one file: t2sa render --scene --text TEXT --sound A --sound B OUT (= t2sa scene render).
    """
    from t2sa.audio import audio_info, check_distinct, check_output
    from t2sa.render import RenderOptions, render_to_file

    if Path(output_path).suffix.lower() not in (".wav", ".flac"):
        fail(f"OUT '{output_path}': use a .wav or .flac file name")
    if seed < 0:
        fail(f"--seed {seed}: must be >= 0")
    if hrtf is not None and not get_format(fmt).uses_hrtf:
        fail(f"--hrtf only applies to --format binaural (got --format {fmt})")
    # refuse an unwritable OUT (symlink, no folder, OUT = IN) before reading anything or loading the text model
    check_output(output_path, get_format(fmt).channels, subtype)
    check_distinct(input_path, output_path)
    notes = []
    # the clip length, so "over 2 seconds" in --text lands at the right fraction (header only; URIs too)
    info = audio_info(input_path) if text else _local_info(input_path)
    duration_s = info["frames"] / info["sample_rate"] if info and info.get("frames") else None
    params = _read_params(params_json, params_file, text, duration_s)
    if (text or show_params) and not quiet:
        click.echo(f"params: {params.to_json()}")
    if info is not None:
        if info["channels"] > 1:
            notes.append(f"{info['channels']} channels averaged to mono")
        if info["sample_rate"] != sample_rate:
            notes.append(f"resampled {info['sample_rate']} -> {sample_rate} Hz")
    options = RenderOptions(stereo_itd=stereo_itd, early_reflections=early_reflections)
    # block by block: memory stays bounded however long the clip (same samples as render())
    try:
        result = render_to_file(input_path, output_path, sample_rate, params, fmt, hrtf, seed=seed, on_clip=on_clip,
                                options=options, subtype=subtype)
    except RenderError as exc:  # the library names its keyword; on the command line it is an option
        fail(str(exc).replace("on_clip='normalize'", "--on-clip normalize"))
    if result.gain_applied_db:
        notes.append(f"normalised by {result.gain_applied_db:+.2f} dB to avoid clipping")
    nearest = min(k.distance_m for k in params.trajectory)
    if nearest >= FAR_NOTE_M:  # thunder is 1,000 m away: physics puts it 60 dB down, which surprises on a first run
        notes.append(f"the source is at least {nearest:g} m away, so its direct sound is "
                     f"{-20.0 * math.log10(float(distance_gain(nearest))):.0f} dB below its level at 1 m (raise gain_db "
                     "to hear it louder)")
    if not quiet:
        sr = result.sample_rate
        extra = f" ({'; '.join(notes)})" if notes else ""
        click.echo(f"wrote {output_path}: {fmt}, {result.n_channels} ch, {sr} Hz, {result.n_samples / sr:.3f} s, "
                   f"{subtype}{extra}")


@click.group("hrtf")
def hrtf_command() -> None:
    """Export the built-in HRTF as SOFA, or describe a SOFA file."""


@hrtf_command.command("export")
@click.argument("output_path", metavar="OUT.sofa")
@click.option("--sample-rate", type=int, default=48000, show_default=True)
@guarded
def hrtf_export(output_path: str, sample_rate: int) -> None:
    """Write the built-in spherical-head HRTF to OUT.sofa (SimpleFreeFieldHRIR)."""
    from t2sa.render.hrtf import builtin_hrtf, write_sofa

    if Path(output_path).suffix.lower() != ".sofa":
        fail(f"OUT '{output_path}': a SOFA file is written; name it .sofa")
    if not Path(output_path).parent.is_dir():
        fail(f"cannot write '{output_path}': folder '{Path(output_path).parent}' does not exist")
    hrtf = builtin_hrtf(sample_rate)
    write_sofa(hrtf, output_path)
    click.echo(f"wrote {output_path}: {hrtf.name}, {len(hrtf.directions)} directions, {hrtf.irs.shape[-1]} taps, {hrtf.sample_rate} Hz")


@hrtf_command.command("info")
@click.argument("path", metavar="F.sofa")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@guarded
def hrtf_info(path: str, as_json: bool) -> None:
    """Describe a SOFA HRTF: rate, grid, taps, distance, and the ITD/ILD it gives at +-90 degrees."""
    import numpy as np

    from t2sa.metrics import ild_db, itd_s
    from t2sa.render.hrtf import load_hrtf

    hrtf = load_hrtf(path)
    d = np.asarray(hrtf.directions)
    left = hrtf.filters(np.array([90.0]), np.array([0.0]))[0]
    info = {
        "file": path,
        "name": hrtf.name,
        "sample_rate": int(hrtf.sample_rate),
        "directions": int(d.shape[0]),
        "taps": int(hrtf.irs.shape[-1]),
        "measurement_distance_m": round(float(hrtf.measurement_distance_m), 3),
        "elevation_range_deg": [round(float(d[:, 1].min()), 3), round(float(d[:, 1].max()), 3)],
        "itd_at_left_us": round(itd_s(left, hrtf.sample_rate) * 1e6, 1),
        "ild_at_left_db": round(ild_db(left), 2),
    }
    if as_json:
        click.echo(json.dumps(info))
        return
    for key, value in info.items():
        if isinstance(value, float) and not math.isfinite(value):
            value = "n/a"
        click.echo(f"{key:24s} {value}")
