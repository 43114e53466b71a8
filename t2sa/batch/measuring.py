"""What is measured on each rendered file, and the result columns it fills.

The values are those of :func:`t2sa.metrics.measure`, computed by a :class:`t2sa.metrics.Meter` on the
samples as the render writes them (``render_to_file(..., on_block=...)``): nothing is read back, memory
stays bounded whatever the clip length, and the numbers do not depend on how the render was blocked. They
are the float32 samples handed to the file writer, so they differ from the file's PCM samples by the
quantisation only (~1e-7 relative). ``--metrics-from-file`` (or a render backend that does not report its
blocks) measures the written file instead, read back block by block (:func:`measure_file`): the same
definitions, one decode of the file more.

The binaural round trip (``loc_*`` columns, :mod:`t2sa.render.localize`) is part of ``--metrics full`` on the
rows where it means something (:func:`wants_localization`): static, dry binaural rows rendered through an HRTF
with measured directions. It reuses the chunk FFTs the meter computes for loudness, ITD and IACC (no FFT of
its own) and matches the cues with every measured direction as one matrix product: about 0.5 ms per 5 s row
at 48 kHz with the built-in head's 1666 directions (the ear power spectra included). All of ``full`` costs
3.4-3.6 ms of CPU per 5 s binaural row on one core (``python benchmarks/bench_batch.py``, per-row table;
``basic`` 1.95 ms), 3.6-3.8 ms when the row's samples have left the caches, and 5.2-5.8 ms inside the engine
(the benchmark's CPU of a ``full`` run less a ``none`` run, at load 3-6: two busy processes share the
caches; 6.3-6.7 ms before the meter kept float32 and measured the first block in place), against 7-8 ms to
render and write the row. 1.45 ms of it are the K-weighting's float32 FFTs, which no exact BS.1770 measure of
this kind avoids. :class:`RenderMeter` measures a row of one block in the render's thread, and the blocks of
longer rows on a background thread, overlapped with rendering the next block. Files read back
(``--metrics-from-file``) are read as float32 where that is exact (:data:`EXACT_IN_FLOAT32`).
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from t2sa.formats import Format, get_format
from t2sa.metrics import LOCALIZATION_KEYS

METRIC_COLUMNS: tuple[str, ...] = (
    "duration_s",
    "channels",
    "peak_dbfs",
    "loudness_lufs",
    "clipped",
    "gain_applied_db",
    "itd_s",
    "ild_db",
    "iacc",
    "itd_expected_s",
    "est_azimuth_deg",
    "est_elevation_deg",
    "direction_error_deg",
    *LOCALIZATION_KEYS,
)

METRICS_LEVELS: tuple[str, ...] = ("full", "basic", "none")
"""What is measured on each rendered file (``--metrics``):

* ``full`` (default): everything :func:`t2sa.metrics.measure` returns for the format: duration, peak,
  LUFS, clipped, and ITD/ILD/IACC (binaural), ILD (stereo) or the estimated direction (Ambisonics), the
  expected ITD of static binaural rows and the binaural round trip (``loc_*``: the direction estimated back
  from the ears against the HRTF that rendered them; static dry binaural rows, see :func:`wants_localization`).
* ``basic``: duration, peak, LUFS and clipped only.
* ``none``: duration and channels from the render; nothing is measured.
"""

LOCALIZING_LEVELS: tuple[str, ...] = ("full",)
"""Levels that fill the ``loc_*`` columns."""

INTERAURAL_LEVELS: tuple[str, ...] = ("full",)
"""Levels that measure everything :func:`t2sa.metrics.measure` returns (``basic`` stops at the levels)."""

MEASURED: tuple[str, ...] = (
    "duration_s",
    "peak_dbfs",
    "loudness_lufs",
    "clipped",
    "itd_s",
    "ild_db",
    "iacc",
    "est_azimuth_deg",
    "est_elevation_deg",
    *LOCALIZATION_KEYS,
)
"""The keys :func:`t2sa.metrics.measure` returns, which are also result columns of the same name."""

WHOLE_FILE_SAMPLES = 1 << 23
"""Kept for callers of :func:`measure_file`; every file is now measured block by block (same values)."""

BLOCK_FRAMES = 1 << 16
"""Frames per block when a file is measured as it is read back."""

EXACT_IN_FLOAT32 = frozenset({"PCM_S8", "PCM_U8", "PCM_16", "PCM_24", "FLOAT"})
"""Sample formats (libsndfile subtypes) whose every value float32 holds exactly: such files are read back as
float32."""


def wants_localization(fmt: Format, params: Any, hrtf: Any) -> bool:
    """Whether a row's binaural round trip is measured: a static source (one direction to compare with),
    dry (``wet == 0``: a reverberant tail blurs the spectral cues and the ILD, so the estimate would
    measure the room, not the HRTF), a point (``spread_deg == 0``: decorrelated virtual sources have no
    single direction), not occluded (the muffling filter reads as a spectral cue), rendered through an
    HRTF with measured directions (what the estimate is matched against)."""
    return bool(
        fmt.uses_hrtf
        and params.is_static
        and params.wet == 0
        and params.spread_deg == 0
        and getattr(params, "occlusion", 0.0) == 0
        and hrtf is not None
        and hasattr(hrtf, "irs")
        and hasattr(hrtf, "directions")
    )


def _meter(sample_rate: int, fmt: Format, level: str, localizer: Any) -> Any:
    from t2sa.metrics import Meter

    return Meter(sample_rate, fmt, full=level in INTERAURAL_LEVELS, spectra=localizer is not None)


PENDING_BLOCKS = 2
"""Blocks handed to the metering thread and not yet measured, at most (the render waits beyond): bounds the
memory the overlap may hold to a few render blocks (5 s each)."""

_THREAD: list[Any] = []  # [(pid, executor)]: one metering thread per process, made again after a fork


def _metering_thread() -> Any:
    """The process's metering thread (a one-thread executor: blocks are measured in the order given)."""
    import os
    from concurrent.futures import ThreadPoolExecutor

    if not _THREAD or _THREAD[0][0] != os.getpid():
        _THREAD[:] = [(os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="t2sa-meter"))]
    return _THREAD[0][1]


class RenderMeter:
    """``on_block`` for :func:`t2sa.render.render_to_file`: meters the blocks as they are written (a new
    pass when the calls start again at frame 0: a normalised render), and times itself.

    The first block of a pass (all of a clip up to the render's block length, 5 s) and blocks under a second
    (the tail the HRIR or reverb adds past the source) are measured at once in the caller's thread, while
    their samples are still in cache: handing them to another thread would only add the handover and colder
    caches, since the batch engine runs one render per core and nothing waits on the disk (the writer does
    not ``fsync``). Other blocks of longer rows go to a background thread (in order; at most
    :data:`PENDING_BLOCKS` waiting), so measuring block ``k`` overlaps rendering block ``k + 1`` where a core
    is free (``--no-ray``, fewer workers than cores). The values do not depend on it (same blocks, same
    order); :meth:`result` waits for the last block and raises what measuring any block raised (the render
    itself never fails on the meter's account)."""

    def __init__(self, sample_rate: int, format: str | Format, level: str = "full", localizer: Any = None):
        self.sr, self.fmt = int(sample_rate), format if isinstance(format, Format) else get_format(format)
        self.level, self.localizer = level, localizer
        self.meter: Any = None
        self.frames = 0
        self.in_order = True
        self.seconds = 0.0
        self.pending: list[Any] = []
        self.failed: BaseException | None = None  # what measuring the first block raised, for result()

    def __call__(self, block: np.ndarray, start: int) -> None:
        t = time.perf_counter()
        if start == 0 or self.meter is None:
            self._drain()  # a new pass: what the old one measured no longer counts
            self.meter, self.frames, self.in_order = _meter(self.sr, self.fmt, self.level, self.localizer), 0, True
            self.failed = None
        self.in_order = self.in_order and start == self.frames
        if self.frames == 0 or block.shape[-1] < self.sr:
            # the first block, or a short one (the render's tail past the source): measured here, after the
            # blocks handed over before it
            self._drain()
            try:
                self.meter.add(block)
            except Exception as exc:  # noqa: BLE001 - the row's metrics fail, not its render
                self.failed = self.failed or exc
        else:
            while len(self.pending) >= PENDING_BLOCKS:
                self.pending.pop(0).result()
            # the render hands over a fresh block and never writes to it again, so no copy is needed
            self.pending.append(_metering_thread().submit(self.meter.add, block))
        self.frames += block.shape[-1]
        self.seconds += time.perf_counter() - t

    def _drain(self) -> None:
        """Wait for every block handed over (raising what measuring one raised)."""
        while self.pending:
            self.pending.pop(0).result()

    def complete(self, n_samples: int, sample_rate: int) -> bool:
        """Whether every written frame went through the meter, in order, at the rate it was made for."""
        return self.meter is not None and self.in_order and self.frames == n_samples and sample_rate == self.sr

    def result(self) -> dict[str, Any]:
        t = time.perf_counter()
        self._drain()
        if self.failed is not None:
            raise self.failed
        out = {**metric_columns(self.meter.result(self.localizer)), "channels": int(self.meter.channels)}
        self.seconds += time.perf_counter() - t
        return out


def measure_file(
    path: str, format: str, level: str = "full", *, whole_file_samples: int | None = None, localizer: Any = None
) -> dict[str, Any]:
    """Result columns (``METRIC_COLUMNS`` it can fill, plus ``channels``) of a written file, read back block
    by block through a :class:`t2sa.metrics.Meter` (``whole_file_samples`` is accepted and ignored: the values
    do not depend on the blocks). ``localizer``: a :class:`t2sa.render.localize.Localizer` for ``loc_*``."""
    import soundfile as sf

    fmt = get_format(format)
    with sf.SoundFile(path) as f:
        meter = _meter(int(f.samplerate), fmt, level, localizer)
        channels = int(f.channels)
        # up to 24-bit PCM and float files, float32 holds every sample exactly (and the meter is faster on it)
        dtype = "float32" if f.subtype in EXACT_IN_FLOAT32 else "float64"
        for block in f.blocks(BLOCK_FRAMES, dtype=dtype, always_2d=True):
            meter.add(block.T)
    if not meter.channels:  # an empty file
        meter.add(np.zeros((channels, 0)))
    return {**metric_columns(meter.result(localizer)), "channels": channels}


def metric_columns(values: dict[str, Any]) -> dict[str, Any]:
    """``measure()``'s values as result columns: NaN (does not apply) -> null; a silent file's peak -> null;
    ``loc_front_back`` 1.0 / 0.0 -> True / False."""
    out: dict[str, Any] = {}
    for name in MEASURED:
        v = values.get(name)
        if name in ("clipped", "loc_front_back"):
            out[name] = None if v is None or (isinstance(v, float) and math.isnan(v)) else bool(v)
            continue
        if v is not None:
            v = float(v)
            v = v if math.isfinite(v) or v == -math.inf else None
        out[name] = v
    if out["peak_dbfs"] == -math.inf:
        out["peak_dbfs"] = None
    return out
