"""Long renders in bounded memory: :func:`render_to_file` and :func:`render_stream`.

``render_to_file(source, out_path, sample_rate, params, format="binaural", hrtf=None, *, seed=0,
on_clip="normalize", options=None, subtype="PCM_24", chunk_s=5.0) -> RenderedFile`` renders a clip block
by block (``chunk_s`` seconds of output each) and writes each block as it is done, so memory does not
grow with the clip: it holds one output block, the engines' current FFT chunks and the filters (reverb IR,
HRTF). ``source`` is an audio file or a mono signal at ``sample_rate`` (held in memory as given).

A file source is read block by block (:class:`t2sa.audio.AudioReader`: multichannel averaged, resampled
block-wise to ``sample_rate`` if given, damaged files refused). Beyond :data:`IN_MEMORY_SAMPLES` (21.8 s at
48 kHz) it goes into an anonymous float32 temporary file in the output folder (4 bytes a sample on disk, none
in RAM; gone when the render ends, even if the process is killed), which the engines read range by range
(:class:`t2sa.render.engine.SampleFile`). So a 1-hour input costs disk, not memory, and the samples equal
``read_audio(source, sample_rate, dtype="float32")`` exactly either way.

Same samples as :func:`t2sa.render.render`, bit for bit, for every format, moving or static, with
reverb, spread and early reflections, whatever ``chunk_s``: every engine adds into windows of the
output timeline with a chunk grid and addition order that do not depend on the window (see
:mod:`t2sa.render.engine`). So ``render_to_file(path, out, sr, p)`` writes the same file as
``write_audio(out, render(read_audio(path, sr)[0], sr, p).audio, sr)``.

Clipping policy (as :func:`~t2sa.render.render`, never silent):

* ``"normalize"``: blocks are written as they come while the peak stays below 0 dBFS (the usual case:
  one pass, no extra I/O). From the first block that reaches 0 dBFS on, the rest is rendered to a raw
  float32 spill file (an anonymous temporary file in the output folder) while the peak is tracked; then the output is rewritten: the blocks before it are rendered again (deterministic, so
  identical) and, like the spilled ones, scaled by the gain that puts the whole render's peak at
  -1 dBFS. ``gain_applied_db`` reports that gain. Cost: at most one extra render of the part before
  the first loud block, plus disk for the float samples after it.
* ``"error"``: raises :class:`RenderError` at the first block that would clip (the peak so far is in
  the message), without rendering the rest.
* ``"keep"``: writes the samples untouched; PCM subtypes refuse samples beyond +-1 (as
  :func:`t2sa.audio.write_audio`), FLOAT stores them and ``clipped`` is True.

The output goes to a temporary file in its folder (:class:`t2sa.audio.AudioWriter`: unpredictable name,
``O_EXCL``) and is moved into place only when complete; any error (including an interrupt) removes the
temporary files, so no partial output is ever left. Refused before any work: an output that is the input
file, a symbolic link, or otherwise unwritable (:func:`t2sa.audio.check_output`). Same inputs, same bytes.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import AudioError, RenderError
from t2sa.formats import get_format
from t2sa.params import SpatialParams
from t2sa.render.core import (
    NORMALIZED_PEAK_DBFS,
    RenderOptions,
    RenderPlan,
    _check_on_clip,
    _check_rate,
    _coerce_params,
    plan_render,
)
from t2sa.render.engine import SampleFile

DEFAULT_CHUNK_S = 5.0
"""Seconds of output per block: 15 MB for hoa3 at 48 kHz, and long enough that per-block overhead is nil."""

IN_MEMORY_SAMPLES = 1 << 20
"""A file input of at most this many samples (4 MiB of float32, 21.8 s at 48 kHz) is held in memory; a longer
one goes to a temporary file (no disk traffic for the short clips of a batch, bounded RAM for long ones)."""


class RenderStream:
    """A render as a sequence of float32 ``(n_channels, <= chunk)`` blocks, before any clip handling.

    Iterating (again) starts from the beginning; concatenating the blocks gives ``render(...,
    on_clip="keep").audio`` exactly.
    """

    def __init__(self, plan: RenderPlan, chunk: int):
        self.plan = plan
        self.chunk = int(chunk)
        self.n_channels = plan.n_channels
        self.n_samples = plan.n_samples
        self.sample_rate = plan.sample_rate
        self.format = plan.format

    def __len__(self) -> int:
        return -(-self.n_samples // self.chunk)

    def __iter__(self) -> Iterator[np.ndarray]:
        self.plan.reset()
        for start in range(0, self.n_samples, self.chunk):
            block = np.zeros((self.n_channels, min(self.chunk, self.n_samples - start)), dtype=np.float32)
            for stage in self.plan.stages:
                stage.add_into(block, start)
            yield block


def render_stream(
    signal: np.ndarray,
    sample_rate: int,
    params: SpatialParams | Mapping[str, Any] | str,
    format: str = "binaural",
    hrtf: Any = None,
    *,
    seed: int = 0,
    options: RenderOptions | None = None,
    chunk_s: float = DEFAULT_CHUNK_S,
) -> RenderStream:
    """:func:`~t2sa.render.render`'s output as blocks of ``chunk_s`` seconds (no clip check: do your own)."""
    chunk = _chunk_samples(chunk_s, _check_rate(sample_rate))
    return RenderStream(plan_render(signal, sample_rate, params, format, hrtf, seed=seed, options=options), chunk)


@dataclass(frozen=True)
class RenderedFile:
    """What :func:`render_to_file` wrote. ``peak_dbfs`` is the peak of the written samples (after any
    normalisation, before PCM quantisation); ``gain_applied_db`` and ``clipped`` mean what they mean
    in :class:`~t2sa.render.Rendered`."""

    path: Path
    sample_rate: int
    n_channels: int
    n_samples: int
    gain_applied_db: float
    clipped: bool
    format: str
    subtype: str
    peak_dbfs: float

    @property
    def duration_s(self) -> float:
        return self.n_samples / self.sample_rate


def render_to_file(
    source: str | os.PathLike | np.ndarray,
    out_path: str | os.PathLike,
    sample_rate: int | None,
    params: SpatialParams | Mapping[str, Any] | str,
    format: str = "binaural",
    hrtf: Any = None,
    *,
    seed: int = 0,
    on_clip: str = "normalize",
    options: RenderOptions | None = None,
    subtype: str = "PCM_24",
    chunk_s: float = DEFAULT_CHUNK_S,
    on_block: Callable[[np.ndarray, int], None] | None = None,
) -> RenderedFile:
    """Render ``source`` and write it to ``out_path`` block by block (see the module docstring).

    ``source``: an audio file path or URI (``sample_rate`` = the output rate, None = the file's), or a
    mono float signal (``sample_rate`` = its rate). Raises RenderError / AudioError / ParamError /
    HRTFError naming the problem; the output file then does not exist.

    ``on_block(block, start)``, if given, sees every block as it is written: the float32 ``(n_channels, n)``
    samples after any normalisation gain (before PCM quantisation) and the index of its first frame, so a
    caller can measure the output without reading the file back. A normalised render is written twice:
    the calls then start again at frame 0 with the scaled blocks.
    """
    from t2sa.audio import check_distinct, check_output

    # cheap checks first: refuse bad arguments or an unwritable output before reading or rendering
    _check_on_clip(on_clip)
    fmt = get_format(format)
    params = _coerce_params(params)
    _chunk_samples(chunk_s, 48000)
    target = Path(out_path)
    check_output(target, fmt.channels, subtype)
    if isinstance(source, (str, os.PathLike)):
        check_distinct(source, target)
        if sample_rate is not None:
            sample_rate = _check_rate(sample_rate)
        with _input(source, sample_rate, target) as (samples, sample_rate):
            sample_rate = _check_rate(sample_rate)
            chunk = _chunk_samples(chunk_s, sample_rate)
            plan = plan_render(samples, sample_rate, params, format, hrtf, seed=seed, options=options, copy=False)
            del samples
            return _write(RenderStream(plan, chunk), target, on_clip, subtype, on_block)
    if sample_rate is None:
        raise RenderError("sample_rate=None: give the rate of the signal")
    sample_rate = _check_rate(sample_rate)
    chunk = _chunk_samples(chunk_s, sample_rate)
    plan = plan_render(source, sample_rate, params, format, hrtf, seed=seed, options=options)
    return _write(RenderStream(plan, chunk), target, on_clip, subtype, on_block)


@contextmanager
def _input(source: str | os.PathLike, sample_rate: int | None, target: Path) -> Iterator[tuple[Any, int]]:
    """The mono float32 samples of ``source`` at ``sample_rate`` (None = the file's), read block by block:
    an array when short (at most :data:`IN_MEMORY_SAMPLES`), else an anonymous temporary file in ``target``'s
    folder (:class:`SampleFile`), so the render's input never takes more RAM than that."""
    from t2sa.audio import AudioReader, storage_error

    with AudioReader(source) as reader:
        rate = reader.sample_rate if sample_rate is None else int(sample_rate)
        n_expected = reader.frames_at(rate)
        if n_expected is not None and n_expected <= IN_MEMORY_SAMPLES:
            x = np.empty(n_expected, dtype=np.float32)
            pos = 0
            for block in reader.blocks(rate):
                x[pos : pos + len(block)] = block
                pos += len(block)
            reader.close()
            yield _finite(x[:pos], reader.name), rate
            return
        try:
            spool = tempfile.TemporaryFile(dir=target.parent, prefix=f".{target.name}.input-")
        except OSError as exc:
            raise storage_error(target, exc) from None
        with spool:
            n = 0
            for block in reader.blocks(rate):
                x = _finite(block.astype(np.float32), reader.name)
                try:
                    spool.write(x.data)
                except OSError as exc:
                    raise storage_error(target, exc) from None
                n += len(x)
            try:
                spool.flush()
            except OSError as exc:
                raise storage_error(target, exc) from None
            reader.close()
            yield SampleFile(spool, n), rate


def _finite(x: np.ndarray, name: str) -> np.ndarray:
    if not np.all(np.isfinite(x)):  # finite float64 beyond float32's range (a DOUBLE file)
        raise AudioError(f"audio file '{name}': samples beyond the float32 range")
    return x


def _chunk_samples(chunk_s: Any, sample_rate: Any) -> int:
    ok = not isinstance(chunk_s, bool) and isinstance(chunk_s, (int, float)) and math.isfinite(chunk_s) and chunk_s > 0
    if not ok:
        raise RenderError(f"chunk_s={chunk_s!r}: must be a positive number of seconds")
    return max(1, int(round(float(chunk_s) * float(sample_rate))))


def _peak(block: np.ndarray) -> float:
    peak = float(max(block.max(), -block.min()))
    if not math.isfinite(peak):
        raise RenderError("render produced non-finite samples (please report this as a bug)")
    return peak


def _write(stream: RenderStream, target: Path, on_clip: str, subtype: str, on_block: Any = None) -> RenderedFile:
    from t2sa.audio import AudioWriter, storage_error

    n_ch, sr, chunk = stream.n_channels, stream.sample_rate, stream.chunk
    spill: Any = None
    peak, first_loud = 0.0, None
    try:
        with AudioWriter(target, n_ch, sr, subtype) as writer:
            for i, block in enumerate(stream):
                block_peak = _peak(block)
                peak = max(peak, block_peak)
                if first_loud is None and block_peak >= 1.0 and on_clip != "keep":
                    if on_clip == "error":
                        raise RenderError(
                            f"rendered peak is at least {20.0 * math.log10(peak):+.2f} dBFS (reached by "
                            f"{min((i + 1) * chunk, stream.n_samples) / sr:.2f} s) and would clip; lower gain_db "
                            "or use on_clip='normalize'"
                        )
                    first_loud = i
                    spill = _spill_file(target)
                if spill is not None:
                    try:
                        spill.write(block.data)
                    except OSError as exc:
                        raise storage_error(target, exc) from None
                else:
                    writer.write(block)
                    if on_block is not None:
                        on_block(block, i * chunk)
            if first_loud is None:
                writer.commit()
                return _result(target, stream, 0.0, peak >= 1.0, subtype, peak)
        # normalise: rewrite with the gain that puts the whole render's peak at -1 dBFS
        try:
            spill.flush()
            spill.seek(0)
        except OSError as exc:
            raise storage_error(target, exc) from None
        scale = 10.0 ** (NORMALIZED_PEAK_DBFS / 20.0) / peak
        gain = np.float32(scale)
        written_peak = 0.0
        with AudioWriter(target, n_ch, sr, subtype) as writer:
            for i, block in enumerate(stream):
                if i == first_loud:
                    break
                block *= gain
                written_peak = max(written_peak, _peak(block))
                writer.write(block)
                if on_block is not None:
                    on_block(block, i * chunk)
            for start in range(first_loud * chunk, stream.n_samples, chunk):
                width = min(chunk, stream.n_samples - start)
                block = np.empty((n_ch, width), dtype=np.float32)
                if spill.readinto(memoryview(block).cast("B")) != block.nbytes:
                    raise RenderError(f"cannot write '{target}': its temporary spill file is short (disk full?)")
                block *= gain
                written_peak = max(written_peak, _peak(block))
                writer.write(block)
                if on_block is not None:
                    on_block(block, start)
            writer.commit()
        return _result(target, stream, 20.0 * math.log10(scale), False, subtype, written_peak)
    finally:
        if spill is not None:
            spill.close()


def _spill_file(target: Path) -> Any:
    """An anonymous temporary file in the output folder (no name to collide with, gone even after a kill)."""
    from t2sa.audio import storage_error

    try:
        return tempfile.TemporaryFile(dir=target.parent, prefix=f".{target.name}.spill-")
    except OSError as exc:
        raise storage_error(target, exc) from None


def _result(target: Path, stream: RenderStream, gain_db: float, clipped: bool, subtype: str, peak: float) -> RenderedFile:
    peak_db = 20.0 * math.log10(peak) if peak > 0 else -math.inf
    return RenderedFile(target, stream.sample_rate, stream.n_channels, stream.n_samples, gain_db, clipped,
                        stream.format, subtype, peak_db)
