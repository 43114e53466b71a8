"""What is measured on each written file, and the result columns it fills.

The values are those of :func:`t2sa.metrics.measure` on the file as written (PCM samples read back), so
they describe what a listener gets. A file of up to :data:`WHOLE_FILE_SAMPLES` samples is read back in
one piece and handed to ``measure`` itself. A longer one (a 10-minute row) is read back block by block
and measured as it streams past (:class:`StreamMeasure`), so memory stays bounded: the same definitions,
computed block-wise (peak, energies, intensity vector, cross-correlation within the ITD window, and
BS.1770 through the same K-weighting filters and gating as ``pyloudnorm``), equal to ``measure()`` up
to rounding (tested). Cost of reading back: one decode of the file (about what writing it cost).
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import numpy as np

from t2sa.formats import Format, get_format

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
)

METRICS_LEVELS: tuple[str, ...] = ("full", "basic", "none")
"""What is measured on each written file (``--metrics``):

* ``full``: everything :func:`t2sa.metrics.measure` returns for the format: duration, peak, LUFS,
  clipped, and ITD/ILD/IACC (binaural), ILD (stereo) or the estimated direction (Ambisonics).
* ``basic``: duration, peak, LUFS and clipped only (the interaural cross-correlations are most of
  the measuring cost on long clips).
* ``none``: duration and channels from the render; the file is not read back.
"""

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
)
"""The keys :func:`t2sa.metrics.measure` returns, which are also result columns of the same name."""

WHOLE_FILE_SAMPLES = 1 << 23
"""Files of up to this many samples (frames x channels, 64 MB as float64) are measured in one piece."""

BLOCK_FRAMES = 1 << 16
"""Frames per block when a long file is measured as it is read back."""


def measure_file(path: str, format: str, level: str = "full", *, whole_file_samples: int | None = None) -> dict[str, Any]:
    """Result columns (``METRIC_COLUMNS`` it can fill, plus ``channels``) of a written file; files over
    ``whole_file_samples`` (default :data:`WHOLE_FILE_SAMPLES`) are measured block by block."""
    import soundfile as sf

    fmt = get_format(format)
    info = sf.info(path)
    limit = WHOLE_FILE_SAMPLES if whole_file_samples is None else whole_file_samples
    if info.frames * info.channels <= limit:
        data, sr = sf.read(path, dtype="float64", always_2d=True)
        values = _measure_whole(data.T, int(sr), fmt, full=level == "full")
    else:
        stream = StreamMeasure(int(info.samplerate), int(info.frames), int(info.channels), fmt, full=level == "full")
        with sf.SoundFile(path) as f:
            for block in f.blocks(BLOCK_FRAMES, dtype="float64", always_2d=True):
                stream.add(block.T)
        values = stream.result()
    return {**metric_columns(values), "channels": int(info.channels)}


def _measure_whole(x: np.ndarray, sr: int, fmt: Format, *, full: bool) -> dict[str, Any]:
    from t2sa.audio import loudness_lufs
    from t2sa.metrics import clipped, measure, peak_dbfs

    if full:
        return measure(x, sr, fmt.name)
    return {
        "duration_s": x.shape[-1] / sr,
        "peak_dbfs": peak_dbfs(x),
        "loudness_lufs": loudness_lufs(fmt.loudness_channels(x), sr),
        "clipped": clipped(x),
    }


def metric_columns(values: dict[str, Any]) -> dict[str, Any]:
    """``measure()``'s values as result columns: NaN (does not apply) -> null; a silent file's peak -> null."""
    out: dict[str, Any] = {}
    for name in MEASURED:
        v = values.get(name)
        if name == "clipped":
            out[name] = None if v is None else bool(v)
            continue
        if v is not None:
            v = float(v)
            v = v if math.isfinite(v) or v == -math.inf else None
        out[name] = v
    if out["peak_dbfs"] == -math.inf:
        out["peak_dbfs"] = None
    return out


class StreamMeasure:
    """:func:`t2sa.metrics.measure` computed over blocks of a file (``add`` each ``(channels, n)`` block, then
    ``result``), holding one block plus the BS.1770 and ITD windows, never the file."""

    def __init__(self, sample_rate: int, n_frames: int, channels: int, fmt: Format, *, full: bool = True):
        self.sr, self.n, self.channels, self.fmt, self.full = sample_rate, n_frames, channels, fmt, full
        self.hi, self.lo = 0.0, 0.0
        n_loud = 1 if fmt.is_ambisonic else min(2, channels)
        self.loudness = _Loudness(sample_rate, n_frames, n_loud)
        self.energy = np.zeros(2)
        self.intensity = np.zeros(3)
        self.correlation = _Correlation(sample_rate) if full and fmt.interaural_metrics and channels >= 2 else None

    def add(self, block: np.ndarray) -> None:
        x = np.asarray(block, dtype=np.float64)
        self.hi = max(self.hi, float(x.max(initial=0.0)))
        self.lo = min(self.lo, float(x.min(initial=0.0)))
        self.loudness.add(x[0:1] if self.fmt.is_ambisonic else x[:2])
        if not self.full:
            return
        if self.fmt.level_difference_metric and x.shape[0] >= 2:
            self.energy += np.sum(x[:2] ** 2, axis=-1)
        if self.fmt.is_ambisonic and x.shape[0] >= 4:
            w = x[0]
            self.intensity += (np.sum(w * x[3]), np.sum(w * x[1]), np.sum(w * x[2]))
        if self.correlation is not None:
            self.correlation.add(x[0], x[1])

    def result(self) -> dict[str, Any]:
        nan = math.nan
        peak = max(self.hi, -self.lo)
        out: dict[str, Any] = {
            "duration_s": self.n / self.sr,
            "peak_dbfs": 20.0 * math.log10(peak) if peak > 0 else -math.inf,
            "loudness_lufs": self.loudness.result(),
            "clipped": bool(peak >= 1.0),
            "itd_s": nan,
            "ild_db": nan,
            "iacc": nan,
            "est_azimuth_deg": nan,
            "est_elevation_deg": nan,
        }
        if not self.full:
            return out
        if self.fmt.level_difference_metric and self.channels >= 2 and self.energy[0] > 0 and self.energy[1] > 0:
            out["ild_db"] = float(10.0 * np.log10(self.energy[0] / self.energy[1]))
        if self.fmt.is_ambisonic and self.channels >= 4:
            vec = self.intensity / self.n  # as t2sa.metrics.ambisonic_direction: mean of W*X, W*Y, W*Z
            if np.any(vec):
                out["est_azimuth_deg"] = math.degrees(math.atan2(vec[1], vec[0]))
                out["est_elevation_deg"] = math.degrees(math.atan2(vec[2], math.hypot(vec[0], vec[1])))
        if self.correlation is not None:
            out["itd_s"], out["iacc"] = self.correlation.result()
        return out


class _Loudness:
    """BS.1770 integrated loudness over blocks: what :func:`t2sa.audio.loudness_lufs` returns for the whole
    signal (pyloudnorm's K-weighting filters with their state carried across blocks, the same 400 ms
    gating blocks summed over the same samples, the same gating)."""

    def __init__(self, sr: int, n: int, channels: int):
        import pyloudnorm

        self.sr, self.n, self.channels = sr, n, channels
        self.defined = n >= int(0.4 * sr) + 1  # shorter clips: BS.1770 is undefined (nan)
        self.any = False
        if not self.defined:
            return
        meter = pyloudnorm.Meter(sr)
        self.filters = list(meter._filters.values())  # applied in this order by Meter.integrated_loudness
        self.state = [[np.zeros(max(len(f.a), len(f.b)) - 1) for f in self.filters] for _ in range(channels)]
        t_g, step = meter.block_size, 1.0 - meter.overlap
        n_blocks = int(np.round((n / sr - t_g) / (t_g * step))) + 1
        self.bounds = [(int(t_g * (j * step) * sr), int(t_g * (j * step + 1) * sr)) for j in range(n_blocks)]
        self.scale = 1.0 / (t_g * sr)
        self.z = np.zeros((channels, n_blocks))
        self.next = 0  # first gating block not yet summed
        self.buf = np.zeros((channels, 0))
        self.buf_start = 0

    def add(self, x: np.ndarray) -> None:
        if not self.defined:
            return
        self.any = self.any or bool(np.any(x))
        from scipy.signal import lfilter

        y = np.empty_like(x)
        for ch in range(self.channels):
            s = x[ch]
            for k, f in enumerate(self.filters):
                s, self.state[ch][k] = lfilter(f.b, f.a, s, zi=self.state[ch][k])
                s = f.passband_gain * s
            y[ch] = s
        self.buf = np.concatenate([self.buf, y], axis=1)
        self._sum(self.buf_start + self.buf.shape[1])

    def _sum(self, available: int) -> None:
        while self.next < len(self.bounds):
            lo, hi = self.bounds[self.next]
            if min(hi, self.n) > available:
                break
            for ch in range(self.channels):
                self.z[ch, self.next] = self.scale * np.sum(np.square(self.buf[ch, lo - self.buf_start : hi - self.buf_start]))
            self.next += 1
        keep_from = self.bounds[self.next][0] if self.next < len(self.bounds) else available
        drop = max(0, keep_from - self.buf_start)
        if drop:
            self.buf = self.buf[:, drop:]
            self.buf_start += drop

    def result(self) -> float:
        if not self.defined:
            return math.nan
        if not self.any:
            return -math.inf
        self._sum(self.n)
        g = [1.0, 1.0, 1.0, 1.41, 1.41]  # BS.1770 channel weights, as pyloudnorm
        z, j_range = self.z, range(self.z.shape[1])
        with warnings.catch_warnings(), np.errstate(divide="ignore", invalid="ignore"):
            warnings.simplefilter("ignore")
            block = [-0.691 + 10.0 * np.log10(np.sum([g[i] * z[i, j] for i in range(self.channels)])) for j in j_range]
            gated = [j for j, v in enumerate(block) if v >= -70.0]
            avg = [np.mean([z[i, j] for j in gated]) for i in range(self.channels)]
            relative = -0.691 + 10.0 * np.log10(np.sum([g[i] * avg[i] for i in range(self.channels)])) - 10.0
            gated = [j for j, v in enumerate(block) if v > relative and v > -70.0]
            avg = np.nan_to_num(np.array([np.mean([z[i, j] for j in gated]) for i in range(self.channels)]))
            return float(-0.691 + 10.0 * np.log10(np.sum([g[i] * avg[i] for i in range(self.channels)])))


class _Correlation:
    """Interaural cross-correlation of two streams within a window of lags, summed block by block.

    ``r[k] = sum_n L[n] R[n+k]`` is exact for ``|k| <= span``; the ITD's 1.5 kHz zero-phase low-pass (as
    :func:`t2sa.metrics.itd_s` applies it to the whole cross-spectrum) is applied as its impulse response,
    which is negligible (< 1e-30) beyond 20 ms, so ``span`` = the ITD window + 20 ms is enough.
    """

    def __init__(self, sr: int):
        from t2sa.metrics import MAX_ITD_S

        self.sr = sr
        self.max_lag = int(math.ceil(MAX_ITD_S * sr))
        self.span = self.max_lag + int(math.ceil(0.02 * sr))
        self.r = np.zeros(2 * self.span + 1)
        self.tail = np.zeros(self.span)  # the right channel just before the pending block
        self.pending: tuple[np.ndarray, np.ndarray] | None = None
        self.energy = np.zeros(2)

    def add(self, left: np.ndarray, right: np.ndarray) -> None:
        self.energy += (np.sum(left**2), np.sum(right**2))
        if self.pending is not None:
            self._correlate(right[: self.span])
        self.pending = (np.array(left), np.array(right))

    def _correlate(self, ahead: np.ndarray) -> None:
        import scipy.fft as sfft

        left, right = self.pending
        segment = np.concatenate([self.tail, right, ahead])
        # r[t - span] += sum_i left[i] segment[i + t] for t = 0 .. 2 span: a circular correlation on
        # len(right) + 2 span points never wraps for those t, so the FFT needs no more
        n = sfft.next_fast_len(len(right) + 2 * self.span, real=True)
        cross = np.conj(sfft.rfft(left, n)) * sfft.rfft(segment, n)
        self.r += sfft.irfft(cross, n)[: 2 * self.span + 1]
        self.tail = np.concatenate([self.tail, right])[-self.span :]

    def result(self) -> tuple[float, float]:
        from scipy.fft import irfft, next_fast_len
        from scipy.signal import fftconvolve

        from t2sa.metrics import ITD_LOWPASS_HZ, _itd_from_lags

        if self.pending is not None:
            self._correlate(np.zeros(0))
            self.pending = None
        norm = math.sqrt(float(self.energy[0] * self.energy[1]))
        if norm == 0:
            return math.nan, math.nan
        m, s = self.max_lag, self.span
        window = self.r[s - m : s + m + 1]
        iacc = float(np.max(np.abs(window)) / norm)
        size = next_fast_len(max(1 << 16, 8 * s), real=True)
        freqs = np.arange(size // 2 + 1) * self.sr / size
        kernel = irfft(1.0 / (1.0 + (freqs / ITD_LOWPASS_HZ) ** 8), size)
        offsets = np.arange(-(s + m), s + m + 1)
        smoothed = fftconvolve(self.r, kernel[offsets % size])[2 * s : 2 * s + 2 * m + 1]
        return _itd_from_lags(smoothed, m, self.sr), iacc
