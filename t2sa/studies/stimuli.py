"""Listening-test stimulus sets from batch results: equal loudness, blinded names, tool configs, a page.

Why: building a MUSHRA/MOS test by hand means normalising files, hiding which file is which, keeping
the key straight and writing a config for the test tool; errors there invalidate a panel's ratings.

Given rendered rows (``id`` = one item, i.e. one text x source; ``format``/``hrtf`` = a condition),
:func:`build_stimulus_set` writes into ``out_dir``:

* ``stimuli/<token>.wav``: every condition of every item, plus optional anchors, each scaled to
  ``target_lufs`` (ITU-R BS.1770 integrated loudness; every written file is checked to be within
  0.1 LU of it). If a file would then peak above ``peak_ceiling_dbfs``, ``peak_policy = "error"`` (the
  default) refuses and names the highest target that fits; ``"lower_all"`` lowers *every* file by the
  same amount (equal loudness matters more than the absolute level) and records the effective target.
  The files of one trial have one sample rate, one channel count and one length (shorter renders are
  padded with trailing silence: test tools compare reference and conditions sample for sample). Tokens
  are seeded random hex: the name says nothing about the condition.
* ``key.csv`` / ``key.json``: token -> trial, item, text, source, condition, role, format, HRTF,
  sample rate, channels, samples, padded samples, gain applied (dB), loudness before/after, peak after.
* ``webmushra/<name>.yaml``: a webMUSHRA experiment. With a reference condition: one ``mushra`` page
  per item (webMUSHRA itself adds the hidden reference; the built-in anchors are off, ours are listed
  as stimuli); without: ``likert_single_stimulus`` MOS pages (5-point ACR). Pages are in a
  ``random`` block, so webMUSHRA shuffles their order per listener.
* ``beaqlejs/config.js``: the same MUSHRA trials as a BeaqleJS ``TestConfig`` (reference required),
  with a README saying how to put BeaqleJS around it.
* ``plots/<item>.png`` and ``index.html``: the experimenter's page (t2sa.studies.page).

Anchors (made from the reference condition, so a reference is needed): ``lp3500`` and ``lp7000`` are
the BS.1534 low-pass anchors (3.5 / 7 kHz, 8th-order Butterworth, zero phase); ``mono`` sums the two
channels to both ears, keeping timbre but removing interaural cues (a spatial anchor).
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.audio import loudness_lufs, write_audio
from t2sa.errors import StudyError
from t2sa.formats import get_format, web_formats
from t2sa.metrics import peak_dbfs
from t2sa.names import file_stem
from t2sa.render.hrtf import hrtf_name

ANCHORS: dict[str, str] = {
    "lp3500": "low-pass 3.5 kHz (BS.1534 low anchor)",
    "lp7000": "low-pass 7 kHz (BS.1534 mid anchor)",
    "mono": "L+R to both ears: no interaural cues",
}
LOUDNESS_TOLERANCE_LU = 0.1
"""Every written file is checked to be this close to the (effective) target loudness."""
PEAK_POLICIES = ("error", "lower_all")
MUSHRA_MAX_CONDITIONS = 12
"""webMUSHRA refuses a MUSHRA page with more conditions than this (BS.1534 too)."""
MUSHRA_MAX_SECONDS = 12.0
"""webMUSHRA refuses a MUSHRA reference longer than this."""
ACR_SCALE = (("1", "Bad"), ("2", "Poor"), ("3", "Fair"), ("4", "Good"), ("5", "Excellent"))


@dataclass
class StimulusOptions:
    """How to build the set; every field can come from a job file's ``[stimuli]`` table."""

    name: str = "t2sa_listening_test"
    title: str = "t2sa listening test"
    target_lufs: float = -23.0
    peak_ceiling_dbfs: float = -1.0
    reference: str | None = None
    anchors: Sequence[str] = ()
    seed: int = 0
    webmushra_prefix: str | None = None
    question: str = "How well does each sound match the description?"
    peak_policy: str = "error"
    """What to do when a file would peak above ``peak_ceiling_dbfs`` at ``target_lufs``: ``error`` (refuse,
    naming the file and the highest target that fits, so every file is at the target) or ``lower_all``
    (lower every file by the same amount and record the effective target)."""

    def __post_init__(self) -> None:
        unknown = [a for a in self.anchors if a not in ANCHORS]
        if unknown:
            raise StudyError(
                f"anchors={list(self.anchors)!r}: unknown {unknown[0]!r}; expected some of {', '.join(ANCHORS)}"
            )
        if self.anchors and not self.reference:
            raise StudyError(f"anchors={list(self.anchors)!r}: anchors are made from the reference; set reference")
        if not (-70.0 <= float(self.target_lufs) <= 0.0):
            raise StudyError(f"target_lufs={self.target_lufs!r}: expected -70..0 LUFS")
        if self.peak_policy not in PEAK_POLICIES:
            raise StudyError(f"peak_policy={self.peak_policy!r}: expected one of {', '.join(PEAK_POLICIES)}")
        if not self.name or any(c in self.name for c in "/\\ "):
            raise StudyError(f"name={self.name!r}: use a short name without spaces or slashes")


@dataclass
class Stimulus:
    """One file of the set, before and after normalisation."""

    item: str
    condition: str
    role: str  # "condition", "reference" or "anchor"
    format: str
    hrtf: str
    text: str
    source: str
    original: str
    audio: np.ndarray = field(repr=False)
    sample_rate: int = 48000
    loudness_in_lufs: float = math.nan
    gain_db: float = 0.0
    token: str = ""
    trial: int = 0
    position: int = 0
    padded_samples: int = 0


def condition_label(fmt: str, hrtf: Any) -> str:
    """Condition id used in configs and keys: ``binaural/<hrtf>``; other formats do not use an HRTF."""
    return f"{fmt}/{hrtf_name(hrtf)}" if get_format(fmt).uses_hrtf else str(fmt)


def _read(path: str) -> tuple[np.ndarray, int]:
    import soundfile as sf

    try:
        data, sr = sf.read(path, always_2d=True, dtype="float64")
    except Exception as exc:  # soundfile raises several types for missing/corrupt files
        raise StudyError(f"{path}: cannot read rendered file ({exc})") from None
    return data.T, int(sr)


def make_anchor(kind: str, audio: np.ndarray, sample_rate: int) -> np.ndarray:
    """An anchor signal made from the reference ``audio`` (n_channels, n)."""
    from scipy.signal import butter, sosfiltfilt

    if kind in ("lp3500", "lp7000"):
        cutoff = 3500.0 if kind == "lp3500" else 7000.0
        if cutoff >= sample_rate / 2:
            return audio.copy()
        sos = butter(8, cutoff, btype="low", fs=sample_rate, output="sos")
        return sosfiltfilt(sos, audio, axis=-1)
    if kind == "mono":
        mono = audio.mean(axis=0, keepdims=True)
        return np.repeat(mono, max(2, audio.shape[0]), axis=0)
    raise StudyError(f"anchor={kind!r}: expected one of {', '.join(ANCHORS)}")


def describe(row: Mapping[str, Any]) -> str:
    """The row's text, or (rows placed by explicit parameters) where the source is."""
    if row.get("text"):
        return str(row["text"])
    az, el, dist = row.get("azimuth_deg"), row.get("elevation_deg"), row.get("distance_m")
    if az is None or el is None:
        return str(row.get("id"))
    side = "front" if abs(az) < 1 else "back" if abs(abs(az) - 180) < 1 else "left" if az > 0 else "right"
    where = f"a sound at azimuth {az:+g}° ({side}), elevation {el:+g}°"
    return where + (f", {dist:g} m" if dist is not None else "")


def collect_items(
    rows: Sequence[Mapping[str, Any]],
) -> tuple[dict[str, dict[str, Any]], list[str], list[dict[str, Any]]]:
    """Group ok rows into items (by ``id``) and conditions; list items that miss a condition.

    Returns (items, conditions, excluded) where excluded rows say which item lacks what and why.
    """
    items: dict[str, dict[str, Any]] = {}
    conditions: list[str] = []
    failures: dict[str, list[str]] = {}
    for r in rows:
        item_id = str(r.get("id"))
        label = condition_label(str(r.get("format")), r.get("hrtf"))
        if label not in conditions:
            conditions.append(label)
        if r.get("status", "ok") != "ok":
            failures.setdefault(item_id, []).append(f"{label}: {r.get('error') or 'render failed'}")
            continue
        entry = items.setdefault(item_id, {"id": item_id, "text": describe(r), "source": r.get("audio"), "rows": {}})
        entry["rows"].setdefault(label, r)
    conditions.sort()
    excluded = []
    for item_id in sorted(set(items) | set(failures)):
        have = set(items.get(item_id, {}).get("rows", {}))
        missing = [c for c in conditions if c not in have]
        if missing:
            excluded.append({"id": item_id, "missing": missing, "errors": failures.get(item_id, [])})
            items.pop(item_id, None)
    return items, conditions, excluded


def build_stimulus_set(
    rows: Sequence[Mapping[str, Any]], out_dir: str | Path, options: StimulusOptions
) -> dict[str, Any]:
    """Write the set (see module doc) and return its summary (also saved as ``summary.json``)."""
    from t2sa.plot import plot_trajectory
    from t2sa.resolve import params_from_row
    from t2sa.studies.page import write_stimulus_page

    out_dir = Path(out_dir)
    items, conditions, excluded = collect_items(rows)
    if not items:
        raise StudyError(f"no item has every condition rendered ok ({len(excluded)} excluded); nothing to build")
    for label in conditions:
        fmt = label.split("/", 1)[0]
        if fmt not in web_formats():
            raise StudyError(f"format={fmt!r}: listening-test pages play two channels; use {' or '.join(web_formats())}")
    if options.reference and options.reference not in conditions:
        raise StudyError(f"reference={options.reference!r}: not a condition of these results ({', '.join(conditions)})")

    stimuli: list[Stimulus] = []
    for item_id in sorted(items):
        item = items[item_id]
        for label in conditions:
            row = item["rows"][label]
            audio, sr = _read(str(row.get("output")))
            if audio.shape[0] > 2:
                raise StudyError(f"{row.get('output')}: {audio.shape[0]} channels; a web player plays at most 2")
            role = "reference" if label == options.reference else "condition"
            stimuli.append(
                Stimulus(
                    item_id,
                    label,
                    role,
                    str(row.get("format")),
                    hrtf_name(row.get("hrtf")),
                    str(item["text"]),
                    str(item["source"]),
                    str(row.get("output")),
                    audio,
                    sr,
                )
            )
            if role == "reference":
                for kind in options.anchors:
                    stimuli.append(
                        Stimulus(
                            item_id,
                            f"anchor/{kind}",
                            "anchor",
                            str(row.get("format")),
                            hrtf_name(row.get("hrtf")),
                            str(item["text"]),
                            str(item["source"]),
                            str(row.get("output")),
                            make_anchor(kind, audio, sr),
                            sr,
                        )
                    )

    sample_rate = conform_trials(stimuli, reference=bool(options.reference))
    shift = _normalise(stimuli, options)
    effective_target = float(options.target_lufs) + shift

    # blinding and presentation order (seeded)
    rng = np.random.default_rng(options.seed)
    order = [sorted(items)[i] for i in rng.permutation(len(items))]
    trial_of = {item_id: k + 1 for k, item_id in enumerate(order)}
    tokens: set[str] = set()
    for s in (stimuli[i] for i in rng.permutation(len(stimuli))):
        token = rng.bytes(5).hex()
        while token in tokens:
            token = rng.bytes(5).hex()
        tokens.add(token)
        s.token = token
    for item_id in order:
        mine = [s for s in stimuli if s.item == item_id]
        for pos, i in enumerate(rng.permutation(len(mine)), 1):
            mine[i].position = pos
            mine[i].trial = trial_of[item_id]

    stim_dir = out_dir / "stimuli"
    stim_dir.mkdir(parents=True, exist_ok=True)
    key = []
    for s in sorted(stimuli, key=lambda s: (s.trial, s.position)):
        y = s.audio * 10.0 ** (s.gain_db / 20.0)
        write_audio(stim_dir / f"{s.token}.wav", y, s.sample_rate, subtype="PCM_24")
        loudness_out = float(loudness_lufs(y, s.sample_rate))
        if not abs(loudness_out - effective_target) <= LOUDNESS_TOLERANCE_LU:  # a guarantee, not a hope
            raise StudyError(
                f"{s.original} ({s.condition}): written at {loudness_out:.2f} LUFS, not the target "
                f"{effective_target:.2f} +- {LOUDNESS_TOLERANCE_LU} LU"
            )
        key.append(
            {
                "file": f"stimuli/{s.token}.wav",
                "token": s.token,
                "trial": s.trial,
                "position": s.position,
                "item": s.item,
                "text": s.text,
                "source": s.source,
                "condition": s.condition,
                "role": s.role,
                "format": s.format,
                "hrtf": s.hrtf,
                "sample_rate": s.sample_rate,
                "channels": int(s.audio.shape[0]),
                "samples": int(s.audio.shape[-1]),
                "padded_samples": s.padded_samples,
                "gain_db": round(s.gain_db, 4),
                "loudness_in_lufs": round(s.loudness_in_lufs, 4),
                "loudness_out_lufs": round(loudness_out, 4),
                "peak_out_dbfs": round(peak_dbfs(y), 4),
                "original": s.original,
            }
        )
    _write_key(out_dir, key)

    plots: dict[str, str] = {}
    for item_id, item in items.items():
        first = next(iter(item["rows"].values()))
        try:
            params = params_from_row(first)
        except Exception:  # rows without parameter columns get no picture, not a failed set
            continue
        png = plot_trajectory(
            params, out_dir / "plots" / f"{file_stem(item_id)}.png", title=item["text"], duration_s=first.get("duration_s")
        )
        plots[item_id] = png.relative_to(out_dir).as_posix()

    summary = {
        "name": options.name,
        "options": {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(options).items()},
        "target_lufs": float(options.target_lufs),
        "target_lufs_effective": round(effective_target, 4),
        "ceiling_shift_db": round(shift, 4),
        "sample_rate": sample_rate,
        "items": len(items),
        "conditions": conditions,
        "anchors": list(options.anchors),
        "stimuli": len(key),
        "excluded": excluded,
        "files": {"key_csv": "key.csv", "key_json": "key.json", "page": "index.html"},
    }
    summary["files"]["webmushra"] = write_webmushra(out_dir, key, options).relative_to(out_dir).as_posix()
    if options.reference:
        summary["files"]["beaqlejs"] = write_beaqlejs(out_dir, key, options).relative_to(out_dir).as_posix()
    write_stimulus_page(out_dir, key, summary, plots)
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    return summary


def conform_trials(stimuli: Sequence[Stimulus], *, reference: bool) -> int:
    """Make every trial playable by the test tools; returns the set's one sample rate.

    Checks: one sample rate for the whole set (webMUSHRA compares every file with the audio device's
    rate), one channel count per trial, at most 2 channels. Pads every file of a trial with trailing
    silence to the trial's longest file (webMUSHRA refuses a page whose reference and conditions differ
    in length; renders differ by their HRIR/reverb tails), recording the padding in ``padded_samples``.
    With a reference (MUSHRA pages), refuses what webMUSHRA would refuse: more than
    ``MUSHRA_MAX_CONDITIONS`` rated files per trial or trials longer than ``MUSHRA_MAX_SECONDS``.
    """
    rates = sorted({int(s.sample_rate) for s in stimuli})
    if len(rates) > 1:
        by_rate = {r: next(s for s in stimuli if s.sample_rate == r) for r in rates}
        listed = "; ".join(f"{r} Hz ({by_rate[r].original}, {by_rate[r].condition})" for r in rates)
        raise StudyError(f"sample rates differ within the set: {listed}; render every condition at one rate")
    trials: dict[str, list[Stimulus]] = {}
    for s in stimuli:
        trials.setdefault(s.item, []).append(s)
    for item, files in trials.items():
        channels = sorted({int(s.audio.shape[0]) for s in files})
        if len(channels) > 1 or channels[0] > 2:
            detail = ", ".join(f"{s.condition}: {s.audio.shape[0]}" for s in files)
            raise StudyError(f"item {item}: channel counts {detail}; a trial's files must all be mono or all stereo")
        n = max(int(s.audio.shape[-1]) for s in files)
        for s in files:
            s.padded_samples = n - int(s.audio.shape[-1])
            if s.padded_samples:
                s.audio = np.pad(s.audio, ((0, 0), (0, s.padded_samples)))
        if reference:
            rated = sum(1 for s in files if s.role != "reference")
            if rated > MUSHRA_MAX_CONDITIONS:
                raise StudyError(
                    f"item {item}: {rated} files to rate besides the reference; MUSHRA (and webMUSHRA) allow at most "
                    f"{MUSHRA_MAX_CONDITIONS}: use fewer conditions or anchors"
                )
            seconds = n / rates[0]
            if seconds > MUSHRA_MAX_SECONDS:
                raise StudyError(
                    f"item {item}: {seconds:.2f} s long; webMUSHRA refuses MUSHRA stimuli over "
                    f"{MUSHRA_MAX_SECONDS:g} s: use shorter sounds"
                )
    return rates[0]


def gain_to_target(audio: np.ndarray, sample_rate: int, target_lufs: float, loudness_in: float) -> float:
    """Gain (dB) that puts ``audio`` at ``target_lufs``.

    Not simply ``target - loudness``: BS.1770's absolute gate sits at a fixed -70 LUFS, so scaling a file moves
    its quiet blocks (fades, reverb tails, padding) in or out of the measurement. A few corrections make
    the measured result land within 0.01 LU.
    """
    gain = float(target_lufs) - loudness_in
    for _ in range(4):
        measured = float(loudness_lufs(audio * 10.0 ** (gain / 20.0), sample_rate))
        error = float(target_lufs) - measured
        if not math.isfinite(error) or abs(error) < 0.005:
            break
        gain += error
    return gain


def _normalise(stimuli: Sequence[Stimulus], options: StimulusOptions) -> float:
    """Set every file's gain to reach ``target_lufs``; returns the common shift (dB, <= 0) the peak policy applied."""
    target = float(options.target_lufs)
    ceiling = float(options.peak_ceiling_dbfs)
    for s in stimuli:
        s.loudness_in_lufs = float(loudness_lufs(s.audio, s.sample_rate))
        if not math.isfinite(s.loudness_in_lufs):
            raise StudyError(
                f"{s.original} ({s.condition}): loudness undefined (silent or shorter than 0.4 s); "
                f"cannot normalise to {target} LUFS"
            )
        s.gain_db = gain_to_target(s.audio, s.sample_rate, target, s.loudness_in_lufs)
    worst, loudest = max(((peak_dbfs(s.audio) + s.gain_db, s) for s in stimuli), key=lambda p: p[0])
    if worst <= ceiling:
        return 0.0
    shift = ceiling - worst
    if options.peak_policy == "error":
        fits = math.floor((target + shift) * 10.0) / 10.0
        raise StudyError(
            f"target_lufs={target:g}: {loudest.original} ({loudest.condition}) would peak at {worst:+.2f} dBFS, above "
            f"peak_ceiling_dbfs={ceiling:g}; use target_lufs <= {fits:g} (or --target-lufs {fits:g}), or "
            f'peak_policy = "lower_all" to lower every file by {-shift:.2f} dB'
        )
    for s in stimuli:  # one common level below the ceiling, reached the same way
        s.gain_db = min(s.gain_db + shift, gain_to_target(s.audio, s.sample_rate, target + shift, s.loudness_in_lufs))
    return shift


def _write_key(out_dir: Path, key: list[dict[str, Any]]) -> None:
    (out_dir / "key.json").write_text(json.dumps(key, indent=1, ensure_ascii=False), encoding="utf-8")
    with (out_dir / "key.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(key[0]))
        writer.writeheader()
        writer.writerows(key)


def _trials(key: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    by_trial: dict[int, list[dict[str, Any]]] = {}
    for k in key:
        by_trial.setdefault(k["trial"], []).append(k)
    return [sorted(by_trial[t], key=lambda k: k["position"]) for t in sorted(by_trial)]


# -- test-tool configs ----------------------------------------------------------------------
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise StudyError(f"cannot write {value!r} to a test-tool config")
        return repr(value)
    # A JSON string is a YAML double-quoted string. Control characters become spaces, so the only
    # escapes left are \" and \\: webMUSHRA's parser (lib/external/yaml) decodes \uXXXX wrongly.
    return json.dumps(_CONTROL.sub(" ", str(value)), ensure_ascii=False)


def _yaml_key(key: Any) -> str:
    return str(key) if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(key)) else _yaml_scalar(str(key))


def to_yaml(value: Any, indent: int = 0) -> str:
    """A small YAML writer (no PyYAML dependency) in the subset webMUSHRA's own parser reads.

    Block style only; strings always double-quoted; a list inside a list is written as a lone ``-``
    with the inner list indented below it (as webMUSHRA's example configs do), never the compact
    ``- - x``, which webMUSHRA's parser reads as one string.
    """
    pad = " " * indent
    if isinstance(value, Mapping):
        lines = []
        for k, v in value.items():
            if isinstance(v, (Mapping, list)) and v:
                lines.append(f"{pad}{_yaml_key(k)}:\n{to_yaml(v, indent + 2)}")
            else:
                empty = "[]" if isinstance(v, list) else "{}"
                lines.append(f"{pad}{_yaml_key(k)}: {empty if isinstance(v, (Mapping, list)) else _yaml_scalar(v)}")
        return "\n".join(lines)
    if isinstance(value, list):
        lines = []
        for v in value:
            if isinstance(v, list) and v:
                lines.append(f"{pad}-\n{to_yaml(v, indent + 2)}")
            elif isinstance(v, Mapping) and v:
                lines.append(f"{pad}- {to_yaml(v, indent + 2)[indent + 2 :]}")
            elif isinstance(v, (Mapping, list)):
                lines.append(f"{pad}- {'[]' if isinstance(v, list) else '{}'}")
            else:
                lines.append(f"{pad}- {_yaml_scalar(v)}")
        return "\n".join(lines)
    return pad + _yaml_scalar(value)


def webmushra_config(key: list[dict[str, Any]], options: StimulusOptions) -> dict[str, Any]:
    """The webMUSHRA experiment as a plain dict (see module doc)."""
    prefix = options.webmushra_prefix or f"configs/resources/audio/{options.name}/"
    pages: list[Any] = []
    for trial in _trials(key):
        first = trial[0]
        content = f"<p>{_html(options.question)}</p><p><b>{_html(first['text'])}</b></p>"
        if options.reference:
            ref = next(k for k in trial if k["role"] == "reference")
            pages.append(
                {
                    "type": "mushra",
                    "id": f"trial{first['trial']:03d}",
                    "name": f"Trial {first['trial']}",
                    "content": content,
                    "showWaveform": False,
                    "enableLooping": True,
                    "reference": prefix + ref["token"] + ".wav",
                    "createAnchor35": False,
                    "createAnchor70": False,
                    "stimuli": {k["token"]: prefix + k["token"] + ".wav" for k in trial if k["role"] != "reference"},
                }
            )
        else:
            pages.append(
                {
                    "type": "likert_single_stimulus",
                    "id": f"trial{first['trial']:03d}",
                    "name": f"Trial {first['trial']}",
                    "content": content,
                    "showWaveform": False,
                    "mustRate": True,
                    "stimuli": {k["token"]: prefix + k["token"] + ".wav" for k in trial},
                    "response": [{"value": v, "label": label} for v, label in ACR_SCALE],
                }
            )
    return {
        "testname": options.title,
        "testId": options.name,
        "bufferSize": 2048,
        "stopOnErrors": True,
        "showButtonPreviousPage": True,
        "remoteService": "service/write.php",
        "pages": [
            {
                "type": "generic",
                "id": "welcome",
                "name": "Welcome",
                "content": f"{_html(options.title)}: {len(_trials(key))} trials. Please use headphones.",
            },
            ["random", *pages],
            {
                "type": "finish",
                "name": "Thank you",
                "content": "Thank you for taking part.",
                "showResults": False,
                "writeResults": True,
            },
        ],
    }


def write_webmushra(out_dir: Path, key: list[dict[str, Any]], options: StimulusOptions) -> Path:
    """``webmushra/<name>.yaml`` (header comments say where webMUSHRA expects the files)."""
    folder = out_dir / "webmushra"
    folder.mkdir(parents=True, exist_ok=True)
    prefix = options.webmushra_prefix or f"configs/resources/audio/{options.name}/"
    path = folder / f"{options.name}.yaml"
    rate = key[0].get("sample_rate")
    header = (
        f"# webMUSHRA experiment written by t2sa. Copy ../stimuli/*.wav to <webMUSHRA>/{prefix}\n"
        f"# and this file to <webMUSHRA>/configs/, then open index.html?config={options.name}.yaml\n"
        "# Stimulus keys are blinded tokens; ../key.csv maps them to conditions.\n"
        + (
            f"# Every file is {rate} Hz: webMUSHRA refuses files whose rate differs from the audio device's,\n"
            f"# so set the listeners' output device to {rate} Hz.\n"
            if rate
            else ""
        )
    )
    path.write_text(header + to_yaml(webmushra_config(key, options)) + "\n", encoding="utf-8")
    return path


def beaqlejs_config(key: list[dict[str, Any]], options: StimulusOptions) -> dict[str, Any]:
    """A BeaqleJS MUSHRA ``TestConfig`` (files relative to the set folder via ``AudioRoot``)."""
    testsets = []
    for trial in _trials(key):
        ref = next(k for k in trial if k["role"] == "reference")
        files = {"Reference": ref["file"]}
        for n, k in enumerate((k for k in trial if k["role"] != "reference"), 1):
            files[str(n)] = k["file"]
        testsets.append(
            {
                "Name": f"Trial {trial[0]['trial']}: {_html(trial[0]['text'])}",  # BeaqleJS inserts it as HTML
                "TestID": f"trial{trial[0]['trial']:03d}",
                "Files": files,
            }
        )
    return {
        "TestName": options.title,
        "RateScalePng": "img/scale_abs.png",
        "RateScaleBgPng": "img/scale_abs_background.png",
        "RateMinValue": 0,
        "RateMaxValue": 100,
        "RateDefaultValue": 0,
        "ShowFileIDs": False,
        "ShowResults": False,
        "LoopByDefault": True,
        "EnableABLoop": True,
        "EnableOnlineSubmission": False,
        "BeaqleServiceURL": "",
        "SupervisorContact": "",
        "RandomizeTestOrder": True,
        "MaxTestsPerRun": -1,
        "RequireMaxRating": False,
        "AudioRoot": "../",
        "Testsets": testsets,
    }


BEAQLEJS_README = """\
BeaqleJS MUSHRA test written by t2sa (file ids are blinded tokens; ../key.csv maps them back).

To run it: copy BeaqleJS (https://github.com/HSU-ANT/beaqlejs) into this folder, so that index.html
sits next to config.js, and in index.html change the config line to

    <script src="config.js" type="text/javascript"></script>

(BeaqleJS ships with config/example_config_mushra.js there). Audio paths are relative to this folder
(AudioRoot "../" points at the set folder, which holds stimuli/). Serve the set folder over HTTP, e.g.
python -m http.server, and open beaqlejs/index.html.
"""


def write_beaqlejs(out_dir: Path, key: list[dict[str, Any]], options: StimulusOptions) -> Path:
    """``beaqlejs/config.js`` (a BeaqleJS ``TestConfig``) and a README saying how to run it."""
    folder = out_dir / "beaqlejs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.js"
    body = json.dumps(beaqlejs_config(key, options), indent=2, ensure_ascii=False)
    path.write_text(
        "// BeaqleJS MUSHRA config written by t2sa; file ids are blinded tokens (see ../key.csv).\n"
        f"var TestConfig = {body};\n",
        encoding="utf-8",
    )
    (folder / "README.txt").write_text(BEAQLEJS_README, encoding="utf-8")
    return path


def _html(text: Any) -> str:
    import html

    return html.escape(str(text), quote=True)
