"""Measurements on rendered audio: interaural cues, levels, Ambisonic direction, reverberation time.

Sign conventions: ``itd_s > 0`` means the **left** ear leads (source on the left); ``ild_db > 0`` means the
left ear is louder. Binaural channel 0 = left. Ambisonic audio is AmbiX (ACN/SN3D).

:func:`measure` is what the batch engine stores per rendered file; it always returns the same keys
(``nan`` where a measure does not apply to the format), so result tables have one schema.

:class:`Meter` computes it in one pass over blocks, in bounded memory. Why: the batch engine measures every
file it writes, and measuring must cost less than rendering it; the render hands its blocks over
(``render_to_file(..., on_block=...)``), so nothing is read back. The signal is cut into fixed chunks
(:func:`chunk_plan`) and each loudness channel gets one float32 FFT per chunk, which serves everything:

* peak and clipping (from the samples);
* BS.1770 integrated loudness: pyloudnorm's two K-weighting biquads as one filter applied as a product of
  spectra (one inverse FFT per chunk, each chunk's output tail overlap-added into the next: the response is
  cut where less than 1e-12 of its energy is left, :func:`k_tail`), the squares summed between the gating
  blocks' edges (every 100 ms), then pyloudnorm's gating (:func:`gated_loudness`); equal to
  :func:`t2sa.audio.loudness_lufs` to ~1e-5 LU (float32 FFTs; an IIR ``lfilter``, the exact recursion, costs
  more than twice as much per sample);
* channel energies (ILD) and the Ambisonic intensity vector (from the samples);
* binaural (whose loudness channels are the ears): the interaural cross-correlation (ITD, IACC) from the
  same chunk spectra, plus the terms across chunk boundaries from short FFTs of the frames either side of
  each boundary, so the lags that matter equal the whole signal's: ITD and IACC equal the whole-signal
  float64 values (:func:`itd_s`, :func:`iacc`) to ~1e-4 us and ~1e-7;
* optionally each ear's power spectrum over the same chunks, for the binaural round trip
  (:class:`t2sa.render.localize.Localizer`), at no further FFT.

The chunks sit at fixed places from the signal's start whatever the blocks, so a Meter gives the same
numbers, bit for bit, however the audio was split (whole array, render blocks, file blocks; loudspeaker
layouts: given the same ``loudest`` channel). It holds a group of 4 chunks (about 1 MB of float32 binaural
samples), never the signal; small pieces are also what makes it fast (whole-signal temporaries of several MB
each cost more in page faults and cache misses than in arithmetic). Float32 blocks (the render's) are kept
as float32 (peak exact, energies summed in float64 from exact float64 products); float64 blocks as float64.

Cost on one core (``python benchmarks/bench_batch.py``, per-row table): about 0.7 ms per second of 48 kHz
binaural audio with the round trip (3.4-3.6 ms per 5 s row, 3.6-3.8 ms when the row's samples are no longer
in cache: loudness alone 1.95 ms, of which 1.45 ms the forward and inverse float32 FFTs; correlation 0.85 ms;
round trip 0.5-0.7 ms). The FFTs are the floor of this design: the K-weighting needs a forward and an
inverse FFT of every sample (an IIR filter, ``lfilter`` or ``sosfilt``, costs 2.5 ms per row by itself;
pocketfft runs float32 transforms 4 at a time, which the groups of 4 chunks keep), and IACC needs the
broadband cross-spectrum, so the forward FFT cannot be decimated.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from t2sa.formats import Format, get_format

ITD_LOWPASS_HZ = 1500.0
MAX_ITD_S = 1.0e-3


def _cross_spectrum(left: np.ndarray, right: np.ndarray, max_lag: int) -> tuple[np.ndarray, int]:
    """``conj(L) * R`` on an FFT just long enough that lags within ``max_lag`` do not wrap.

    Circular correlation on ``nfft >= n + max_lag`` points equals the linear one for ``|k| <= max_lag``,
    so the FFT is half the size a full linear correlation needs.
    """
    import scipy.fft as sfft

    nfft = sfft.next_fast_len(max(left.shape[-1], right.shape[-1]) + max_lag, real=True)
    return np.conj(sfft.rfft(left, nfft)) * sfft.rfft(right, nfft), nfft


def _lags(cross: np.ndarray, nfft: int, max_lag: int, sample_rate: int = 0, lowpass_hz: float = 0.0) -> np.ndarray:
    """Correlation ``r[k]`` for ``k = -max_lag .. max_lag`` from a cross-spectrum.

    With ``lowpass_hz`` both signals count as (zero-phase) low-passed by a 4th-order Butterworth
    magnitude response, applied to the cross-spectrum as ``|H(f)|^2`` (no scipy.signal needed).
    """
    import scipy.fft as sfft

    if lowpass_hz > 0:
        freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
        cross = cross / (1.0 + (freqs / lowpass_hz) ** 8)
    full = sfft.irfft(cross, nfft)
    return np.concatenate([full[nfft - max_lag :], full[: max_lag + 1]])


def _xcorr(left: np.ndarray, right: np.ndarray, max_lag: int, sample_rate: int = 0, lowpass_hz: float = 0.0) -> np.ndarray:
    """``r[k] = sum_n left[n] * right[n + k]`` for ``k = -max_lag .. max_lag``, via FFT."""
    cross, nfft = _cross_spectrum(left, right, max_lag)
    return _lags(cross, nfft, max_lag, sample_rate, lowpass_hz)


def _itd_from_lags(r: np.ndarray, max_lag: int, sample_rate: int) -> float:
    k = int(np.argmax(r))
    offset = 0.0
    if 0 < k < len(r) - 1:
        a, b, c = r[k - 1], r[k], r[k + 1]
        denom = a - 2.0 * b + c
        offset = 0.5 * (a - c) / denom if denom != 0 else 0.0
    return float((k - max_lag + offset) / sample_rate)


def itd_s(binaural: np.ndarray, sample_rate: int, max_itd_s: float = MAX_ITD_S) -> float:
    """Interaural time difference from the cross-correlation of the ear signals low-passed at 1.5 kHz.

    Sub-sample peak by parabolic interpolation. Positive = left ear leads. ``nan`` for silence.
    """
    x = np.asarray(binaural, dtype=np.float64)
    if not np.any(x[0]) or not np.any(x[1]):
        return math.nan
    max_lag = int(math.ceil(max_itd_s * sample_rate))
    return _itd_from_lags(_xcorr(x[0], x[1], max_lag, sample_rate, ITD_LOWPASS_HZ), max_lag, sample_rate)


def ild_db(binaural: np.ndarray) -> float:
    """Interaural level difference ``10 log10(E_left / E_right)``; positive = left louder."""
    x = np.asarray(binaural, dtype=np.float64)
    e = np.sum(x[:2] ** 2, axis=-1)
    if e[0] <= 0 or e[1] <= 0:
        return math.nan
    return float(10.0 * np.log10(e[0] / e[1]))


def iacc(binaural: np.ndarray, sample_rate: int, max_lag_s: float = MAX_ITD_S) -> float:
    """Interaural cross-correlation coefficient: max |normalised cross-correlation| within +-1 ms."""
    x = np.asarray(binaural, dtype=np.float64)
    norm = math.sqrt(float(np.sum(x[0] ** 2) * np.sum(x[1] ** 2)))
    if norm == 0:
        return math.nan
    r = _xcorr(x[0], x[1], int(math.ceil(max_lag_s * sample_rate)))
    return float(np.max(np.abs(r)) / norm)


def peak_dbfs(audio: np.ndarray) -> float:
    """Sample peak in dBFS (``-inf`` for digital silence)."""
    x = np.asarray(audio)
    peak = float(max(x.max(initial=0.0), -x.min(initial=0.0)))
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf


def clipped(audio: np.ndarray) -> bool:
    """True if any sample reaches full scale (would clip in a PCM file)."""
    x = np.asarray(audio)
    return bool(max(x.max(initial=0.0), -x.min(initial=0.0)) >= 1.0)


def _intensity(audio: np.ndarray) -> tuple[np.ndarray, float]:
    x = np.asarray(audio, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] < 4:
        raise ValueError(f"Ambisonic audio needs at least 4 ACN channels (W, Y, Z, X), got shape {x.shape}")
    w = x[0]
    # ACN 1, 2, 3 = Y, Z, X  ->  intensity vector (x, y, z)
    vec = np.array([np.mean(w * x[3]), np.mean(w * x[1]), np.mean(w * x[2])])
    return vec, float(np.mean(w * w))


def ambisonic_direction(audio: np.ndarray) -> tuple[float, float]:
    """Direction (azimuth, elevation) in degrees of the first-order intensity vector (mean of W*X, W*Y, W*Z)."""
    vec, _ = _intensity(audio)
    if not np.any(vec):
        return math.nan, math.nan
    az = math.degrees(math.atan2(vec[1], vec[0]))
    el = math.degrees(math.atan2(vec[2], math.hypot(vec[0], vec[1])))
    return az, el


def ambisonic_vector_length(audio: np.ndarray) -> float:
    """``|mean(W * (X, Y, Z))| / mean(W^2)`` in SN3D: 1 for a single plane wave, 0 for a diffuse field.

    Decorrelated sources spread over an arc give the length of their energy-weighted mean direction.
    """
    vec, energy = _intensity(audio)
    return float(np.linalg.norm(vec) / energy) if energy > 0 else math.nan


def schroeder_rt60(ir: np.ndarray, sample_rate: int, fit_db: tuple[float, float] = (-5.0, -35.0)) -> float:
    """Reverberation time from the Schroeder backward integral, least-squares fit over ``fit_db``
    (T30 by default; ``(-5, -25)`` gives T20), extrapolated to 60 dB. ``nan`` if the decay never
    reaches the lower end of the fit range."""
    x = np.asarray(ir, dtype=np.float64)
    energy = np.cumsum((x**2)[::-1])[::-1]
    if energy[0] <= 0:
        return math.nan
    with np.errstate(divide="ignore"):
        edc = 10.0 * np.log10(energy / energy[0])
    hi, lo = fit_db
    start = int(np.argmax(edc <= hi))
    below = np.flatnonzero(edc <= lo)
    if below.size == 0 or below[0] <= start + 1:
        return math.nan
    stop = int(below[0])
    t = np.arange(start, stop) / sample_rate
    slope = np.polyfit(t, edc[start:stop], 1)[0]
    return float(-60.0 / slope) if slope < 0 else math.nan


LOCALIZATION_KEYS: tuple[str, ...] = (
    "loc_azimuth_deg", "loc_elevation_deg", "loc_lateral_error_deg", "loc_polar_error_deg", "loc_front_back",
)


def measure(audio: np.ndarray, sample_rate: int, format: str, *, localizer: Any = None) -> dict[str, Any]:
    """What the batch engine stores per render. Keys (always all present):

    ``duration_s``, ``peak_dbfs``, ``loudness_lufs`` (BS.1770; W only for Ambisonics; ``nan`` under
    0.4 s, ``-inf`` for silence), ``clipped``, ``itd_s`` / ``ild_db`` / ``iacc`` (binaural; ``ild_db`` also
    for stereo), ``est_azimuth_deg`` / ``est_elevation_deg`` (FOA/HOA intensity vector), and the binaural
    round trip :data:`LOCALIZATION_KEYS` (``nan`` unless ``localizer`` is given for a binaural format):
    ``localizer(audio, sample_rate)`` returns a :class:`t2sa.render.localize.Localization` (e.g.
    ``lambda a, sr: localize(a, sr, hrtf, target)``); ``loc_front_back`` is 1.0 / 0.0 (``nan`` without
    a target). A localizer with a ``from_spectra(spectra, sample_rate)`` method
    (:class:`t2sa.render.localize.Localizer`) is handed the ear spectra measured here instead of the audio.

    Computed in one pass over chunks (:class:`Meter`, which the batch engine feeds with the
    render's blocks): about 0.7 ms per second of 48 kHz binaural audio on one core.
    """
    x = np.asarray(audio)
    if x.ndim == 1:
        x = x[None, :]
    fmt = get_format(format)
    loudest = None
    if fmt.speakers:  # the whole signal's loudest full-range channel, as Format.loudness_channels picks it
        full = [i for i, s in enumerate(fmt.speakers) if not s.lfe]
        loudest = int(np.argmax(np.einsum("ij,ij->i", x[full], x[full], dtype=np.float64)))
    from_spectra = getattr(localizer, "from_spectra", None)
    meter = Meter(sample_rate, fmt, spectra=from_spectra is not None, loudest=loudest).add(x)
    out = meter.result(localizer if from_spectra is not None else None)
    if localizer is not None and from_spectra is None and fmt.interaural_metrics and x.shape[0] >= 2:
        out.update(localization_values(localizer(x, sample_rate)))
    return out


def localization_values(loc: Any) -> dict[str, float]:
    """:data:`LOCALIZATION_KEYS` of a :class:`t2sa.render.localize.Localization`."""
    return {
        "loc_azimuth_deg": loc.azimuth_deg,
        "loc_elevation_deg": loc.elevation_deg,
        "loc_lateral_error_deg": loc.lateral_error_deg,
        "loc_polar_error_deg": loc.polar_error_deg,
        "loc_front_back": math.nan if loc.front_back_confusion is None else float(loc.front_back_confusion),
    }


# -- one pass over blocks: Meter --------------------------------------------------------------------
LOWPASS_SUPPORT_S = 0.01
"""The ITD low-pass (``1 / (1 + (f / 1.5 kHz)^8)`` on the cross-spectrum) as a kernel over lags decays like
``exp(-3600 t)``: below 2e-16 of its peak beyond 10 ms, so the correlation is needed exactly only within
the ITD window plus 10 ms."""

FFT_DTYPE = np.float32
"""Chunk FFTs run in float32 (twice as fast); cross-spectra and power are summed in float64."""

GROUP_CHUNKS = 4
"""Frames are processed in groups of this many chunks (about 1 MB of float32 binaural samples): few enough for
the group's FFT inputs and outputs to stay in cache, and the FFT calls hold a multiple of 4 transforms (pocketfft
runs float32 transforms 4 at a time; 1 to 3 at a time cost 2.5 times as much each)."""

K_TAIL_ENERGY = 1e-12
"""The K-weighting filter is applied to each chunk as a product of spectra; its impulse response is cut
where the energy left beyond is this fraction of the whole (48 kHz: after 2574 samples), which bounds the
loudness error to ~1e-6 LU (:func:`k_tail`)."""

CHUNK_PADDING = 0.1
"""The largest share of a chunk FFT's points that may be padding (the K-weighting's tail, the correlation's
lags). Why: longer chunks mean fewer FFT points per sample and fewer chunk boundaries to correct the
correlation across; beyond this the FFTs outgrow the caches (48 kHz binaural, one core: 2^15-point chunks
meter a 5 s row in 5.1 ms, 2^14 in 5.7, 2^16 in 5.4)."""

GATE_BLOCK_S = 0.4
GATE_STEP = 0.25
CHANNEL_WEIGHTS = (1.0, 1.0, 1.0, 1.41, 1.41)
"""BS.1770-4 gating block, step (75 % overlap) and channel weights, as pyloudnorm uses them."""


def chunk_plan(sample_rate: int) -> tuple[int, int, int]:
    """``(nfft, span, hop)``: chunks of ``hop`` frames zero-padded to ``nfft`` points. ``span`` is the widest lag
    the correlation needs exactly; ``nfft - hop`` leaves room for those lags and for the K-weighting's impulse
    response (:func:`k_tail`), so neither wraps around. ``nfft`` is the smallest power of two (4096 at least)
    whose padding is at most :data:`CHUNK_PADDING` of it: 2^15 at 44.1 and 48 kHz."""
    max_lag = int(math.ceil(MAX_ITD_S * sample_rate))
    span = max_lag + int(math.ceil(LOWPASS_SUPPORT_S * sample_rate))
    pad = max(2 * span, k_tail(sample_rate))
    nfft = 1 << max(12, int(math.ceil(math.log2(pad / CHUNK_PADDING))))
    return nfft, span, nfft - pad


K_SHELF = (4.0, 1.0 / math.sqrt(2.0), 1500.0)
K_HIGH_PASS = (0.5, 38.0)
"""BS.1770's K-weighting as pyloudnorm designs it at any rate: a high shelf (gain dB, Q, corner Hz) and a high
pass (Q, corner Hz), each a biquad from the Audio EQ Cookbook's bilinear formulas (R. Bristow-Johnson)."""


@lru_cache(maxsize=16)
def k_weighting(sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """BS.1770 K-weighting at ``sample_rate`` as one filter ``(b, a)``, ``a[0] = 1``: the product
    of the high shelf and the high pass of :data:`K_SHELF` / :data:`K_HIGH_PASS`, which equals pyloudnorm's
    cascade to ~1e-13. Designed here rather than read from pyloudnorm: importing it (and the scipy.signal and
    scipy.stats it loads) costs every new worker process about a second before its first metered row."""
    gain_db, q, fc = K_SHELF
    amp = 10.0 ** (gain_db / 40.0)
    w0 = 2.0 * math.pi * fc / sample_rate
    cos, root = math.cos(w0), 2.0 * math.sqrt(amp) * math.sin(w0) / (2.0 * q)  # 2 sqrt(A) alpha
    shelf_b = amp * np.array([(amp + 1) + (amp - 1) * cos + root, -2.0 * ((amp - 1) + (amp + 1) * cos),
                              (amp + 1) + (amp - 1) * cos - root])
    shelf_a = np.array([(amp + 1) - (amp - 1) * cos + root, 2.0 * ((amp - 1) - (amp + 1) * cos),
                        (amp + 1) - (amp - 1) * cos - root])
    q, fc = K_HIGH_PASS
    w0 = 2.0 * math.pi * fc / sample_rate
    cos, alpha = math.cos(w0), math.sin(w0) / (2.0 * q)
    pass_b = np.array([(1.0 + cos) / 2.0, -(1.0 + cos), (1.0 + cos) / 2.0])
    pass_a = np.array([1.0 + alpha, -2.0 * cos, 1.0 - alpha])
    # each biquad normalised by its a[0], as pyloudnorm keeps them
    return np.polymul(shelf_b / shelf_a[0], pass_b / pass_a[0]), np.polymul(shelf_a / shelf_a[0], pass_a / pass_a[0])


@lru_cache(maxsize=16)
def k_tail(sample_rate: int) -> int:
    """Samples after which the K-weighting's impulse response holds less than :data:`K_TAIL_ENERGY` of its
    energy (its slowest poles, the 38 Hz high pass, decay with a time constant of about 4 ms). The response
    comes from the filter's spectrum on a grid of 4 s and more, far past where it has decayed to nothing, so the
    inverse FFT does not wrap (and scipy.signal is not imported)."""
    b, a = k_weighting(sample_rate)
    n = 1 << int(math.ceil(math.log2(4 * sample_rate)))
    h = np.fft.irfft(np.fft.rfft(b, n) / np.fft.rfft(a, n), n)[: int(sample_rate) + 1]
    rest = np.cumsum((h * h)[::-1])[::-1]
    return int(np.argmax(rest < K_TAIL_ENERGY * rest[0]))


@lru_cache(maxsize=16)
def k_spectrum(sample_rate: int, nfft: int) -> np.ndarray:
    """The K-weighting's frequency response at the ``nfft``-point FFT's bins (complex64)."""
    b, a = k_weighting(sample_rate)
    return (np.fft.rfft(b, nfft) / np.fft.rfft(a, nfft)).astype(np.complex64)


def gate_edge(j: int, sample_rate: int, end: bool) -> int:
    """First (or one past the last) frame of gating block ``j``, computed exactly as pyloudnorm does."""
    return int(GATE_BLOCK_S * (j * GATE_STEP + (1 if end else 0)) * sample_rate)


def gate_edges(blocks: int, sample_rate: int, end: bool) -> np.ndarray:
    """:func:`gate_edge` of blocks ``0 .. blocks - 1`` (the same float64 operations, elementwise)."""
    j = np.arange(blocks, dtype=np.float64)
    return (GATE_BLOCK_S * (j * GATE_STEP + (1 if end else 0)) * sample_rate).astype(np.int64)


@lru_cache(maxsize=64)
def _gate_edge_pair(blocks: int, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`gate_edges` of both kinds (starts, ends), made once per length: rows of one length share them."""
    out = gate_edges(blocks, sample_rate, False), gate_edges(blocks, sample_rate, True)
    for a in out:
        a.setflags(write=False)
    return out


def gating_edge_table(sample_rate: int, blocks: int) -> np.ndarray:
    """Every gating block edge (starts and ends, merged, each once) of at least ``blocks`` blocks, ascending:
    :func:`gate_edges` of both kinds (tables grow in powers of two and are cached)."""
    size = 1 << max(int(blocks) - 1, 1).bit_length()
    return _edge_table(int(sample_rate), size)


@lru_cache(maxsize=64)
def _edge_table(sample_rate: int, blocks: int) -> np.ndarray:
    out = np.union1d(gate_edges(blocks, sample_rate, False), gate_edges(blocks, sample_rate, True))
    out.setflags(write=False)
    return out


def gated_loudness(z: np.ndarray) -> float:
    """Integrated loudness (LUFS) from the mean squares ``z`` (channels, gating blocks) of the K-weighted
    channels: the absolute (-70 LUFS) and relative (-10 LU) gates of BS.1770-4, as pyloudnorm applies them."""
    g = np.asarray(CHANNEL_WEIGHTS[: z.shape[0]])
    with np.errstate(divide="ignore", invalid="ignore"):
        block = -0.691 + 10.0 * np.log10(g @ z)
        first = z[:, block >= -70.0]
        mean = first.mean(axis=1) if first.shape[1] else np.full(len(g), np.nan)
        relative = -0.691 + 10.0 * np.log10(g @ mean) - 10.0
        kept = z[:, (block > relative) & (block > -70.0)]
        mean = kept.mean(axis=1) if kept.shape[1] else np.zeros(len(g))
        return float(-0.691 + 10.0 * np.log10(g @ mean))


@lru_cache(maxsize=4)
def _itd_lowpass_matrix(sample_rate: int, nfft: int, span: int) -> np.ndarray:
    """``(2 m + 1, 2 span + 1)``: the ITD low-pass (``1 / (1 + (f / 1.5 kHz)^8)`` on an ``nfft``-point
    cross-spectrum, i.e. a circular convolution over lags) from lags ``-span .. span`` to ``-m .. m``
    (``m`` = :data:`MAX_ITD_S` in samples); its kernel is below 2e-16 beyond ``span - m`` lags."""
    import scipy.fft as sfft

    freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
    kernel = sfft.irfft(1.0 / (1.0 + (freqs / ITD_LOWPASS_HZ) ** 8), nfft)
    m = int(math.ceil(MAX_ITD_S * sample_rate))
    out = kernel[(np.arange(-m, m + 1)[:, None] - np.arange(-span, span + 1)[None, :]) % nfft]
    out.setflags(write=False)
    return out


@lru_cache(maxsize=4)
def _lag_bins(nfft: int, nb: int, span: int) -> tuple[np.ndarray, np.ndarray]:
    """Where lags ``-span .. span`` lie in an ``nfft``-point and an ``nb``-point circular correlation."""
    lags = np.arange(-span, span + 1)
    out = lags % nfft, lags % nb
    for a in out:
        a.setflags(write=False)
    return out


def _dot(a: np.ndarray, b: np.ndarray) -> float:
    """``sum(a * b)`` in float64 (float32 samples: every product exact)."""
    return float(np.dot(a.astype(np.float64, copy=False), b.astype(np.float64, copy=False)))


_SCRATCH = threading.local()
SCRATCH_KINDS = 16
"""Work arrays kept per thread, at most (beyond, they are all dropped and made again)."""


def _scratch(name: str, shape: tuple[int, ...], written: int) -> np.ndarray:
    """A float32 work array of this thread, zeros but where the Meters write, reused by every Meter. Why: a
    fresh zeroed array per row costs a memset of a megabyte or more and pushes the row's samples out of the
    cache; the FFT inputs only ever get their first ``written`` columns written, so their zero padding stays.
    Per thread: the batch engine meters a row's later blocks on another thread than its first."""
    arrays = getattr(_SCRATCH, "arrays", None)
    if arrays is None or len(arrays) > SCRATCH_KINDS:
        arrays = _SCRATCH.arrays = {}
    key = (name, shape, written)
    out = arrays.get(key)
    if out is None:
        out = arrays[key] = np.zeros(shape, FFT_DTYPE)
    return out


def _accumulate(total: np.ndarray | None, part: np.ndarray) -> np.ndarray:
    """``total + part`` in float64 (complex128), in place; the first part starts it: the sums equal those from
    zeros (``0 + x == x``), without a pass to zero them first."""
    if total is None:
        return part.astype(np.complex128 if np.iscomplexobj(part) else np.float64)
    total += part
    return total


@dataclass(frozen=True)
class EarSpectra:
    """What the chunked FFTs of two ear signals give: ITD (s), IACC and, if asked, each ear's power spectrum
    (``(2, nfft // 2 + 1)``: ``|FFT|^2`` of ``hop``-frame chunks zero-padded to ``nfft``, summed)."""

    itd_s: float
    iacc: float
    power: np.ndarray | None
    nfft: int


class Meter:
    """:func:`t2sa.metrics.measure` over consecutive blocks: :meth:`add` ``(channels, n)`` blocks, then
    :meth:`result`.

    ``full=False`` measures duration, peak, loudness and clipping only (``basic``); ``spectra=True`` also
    keeps the ears' power spectra (binaural) for :meth:`ear_spectra`. ``loudest`` fixes which full-range
    channel of a loudspeaker layout signs its summed loudness channel (see
    :meth:`t2sa.formats.Format.loudness_channels`); by default the loudest one of the first group of
    chunks that holds any signal (the whole signal's loudest when :func:`t2sa.metrics.measure` is given it).

    One float32 FFT per loudness channel and chunk serves everything: the K-weighting (a product of spectra,
    one inverse FFT, the tails overlap-added into the next chunk) and, for the ears (the loudness channels of
    binaural), the cross-spectrum (ITD, IACC) and the power spectra. The correlation across chunk boundaries,
    which the chunks alone miss, comes from short FFTs of the ``span`` frames either side of each boundary.
    A group that lies whole within a block (C-ordered, of the buffer's dtype) is measured where it lies; other
    samples go once into a buffer (the first block's dtype: float32 or float64). The FFT inputs are work arrays
    kept per thread (:func:`_scratch`), and the spectra are read for the correlation before the K-weighting
    overwrites them, so a group's working set stays near 2 MB.
    """

    def __init__(
        self, sample_rate: int, format: str | Format, *, full: bool = True, spectra: bool = False,
        loudest: int | None = None,
    ):
        self.fmt = format if isinstance(format, Format) else get_format(format)
        self.sr = int(sample_rate)
        self.full, self.spectra, self.loudest = full, spectra, loudest
        self.nfft, self.span, self.hop = chunk_plan(self.sr)
        self.n = 0  # frames added
        self.done = 0  # frames processed
        self.channels = 0
        # frames [done - span, n) in columns [0, fill) (zeros before the start); float32 when the first block is
        self.buf = np.zeros((0, 0), FFT_DTYPE)
        self.fill = 0
        self.hi = self.lo = 0.0
        self.energy = np.zeros(2)
        self.intensity = np.zeros(3)
        self.interaural = full and self.fmt.interaural_metrics
        self.cross: np.ndarray | None = None  # complex128, from the first group on
        import scipy.fft as sfft

        self.nb = sfft.next_fast_len(3 * self.span, real=True)  # boundary FFTs: lags within span do not wrap
        self.cross_edges = np.zeros(self.nb // 2 + 1, np.complex128)
        self.power: np.ndarray | None = None  # re^2, im^2 of each bin (spectra=True), from the first group on
        self.k_spec = k_spectrum(self.sr, self.nfft)
        self.k_carry: np.ndarray | None = None  # K-weighted output of the last chunk beyond its end
        # K-weighted squares summed over pieces that start at each group's start and at each gating block edge
        # (per loudness channel): the pieces' first frames and their sums, group by group
        self.piece_starts: list[np.ndarray] = []
        self.piece_sums: list[np.ndarray] = []
        self.last_edge = 0
        self.signal = False  # any non-zero sample in the loudness channels
        self.finished = False

    # -- feeding --------------------------------------------------------------------------------------
    def add(self, block: np.ndarray) -> Meter:
        if self.finished:
            raise ValueError("Meter: add() after the result was read")
        x = np.asarray(block)
        if x.ndim == 1:
            x = x[None, :]
        if not self.channels:
            self.channels = x.shape[0]
            self.group = GROUP_CHUNKS * self.hop
            # float32 blocks (the render's) stay float32: peak, energies and FFT input are exact from them
            dtype = FFT_DTYPE if x.dtype == FFT_DTYPE else np.float64
            # columns are written before they are read, but for the span frames before the start
            self.buf = np.empty((self.channels, self.span + self.group), dtype)
            self.buf[:, : self.span] = 0.0
            self.fill = self.span
        elif x.shape[0] != self.channels:
            raise ValueError(f"Meter: a block has {x.shape[0]} channels, the first had {self.channels}")
        size, i, total = self.buf.shape[1], 0, x.shape[1]
        s, group = self.span, self.group
        while i < total:
            if self._whole_group(x, i):
                i += group
                continue
            take = min(size - self.fill, total - i)
            self.buf[:, self.fill : self.fill + take] = x[:, i : i + take]
            self.fill += take
            self.n += take
            i += take
            if self.fill == size:
                self._process(group, self.buf[:, s:], self.buf[:, :s])
                self.buf[:, :s] = self.buf[:, group:]  # now frames [done - span, n)
                self.fill = s
        return self

    def _whole_group(self, x: np.ndarray, i: int) -> bool:
        """Measure the group that starts at column ``i`` of block ``x`` where it lies, if it can be: the buffer holds
        none of its frames yet, the block holds all of them, and they are what the buffer would hold (same dtype,
        rows contiguous, so the same sums). Why: it saves copying a group (a megabyte, binaural) into the buffer."""
        s, group = self.span, self.group
        if self.fill != s or x.shape[1] - i < group or x.dtype != self.buf.dtype or x.strides[1] != x.itemsize:
            return False
        self.n += group
        self._process(group, x[:, i : i + group], self.buf[:, :s])
        self.buf[:, :s] = x[:, i + group - s : i + group]
        return True

    def _process(self, frames: int, data: np.ndarray, before: np.ndarray) -> None:
        """Measure frames ``[done, done + frames)``: the first ``frames`` columns of ``data``, after the ``span``
        frames ``before``. ``data`` has a group's columns at least (the boundary windows read a reshaped view of
        it); past the signal's end, its first ``span`` further columns are zeros."""
        seg = data[:, :frames]
        # the passes over the samples first, while they are in cache; then the FFTs
        hi, lo = float(seg.max()), float(seg.min())
        self.hi, self.lo = max(self.hi, hi), min(self.lo, lo)
        if self.full:
            if (self.fmt.level_difference_metric or self.interaural) and self.channels >= 2:
                # float32 samples: their squares are exact in float64, and so are these sums' terms
                self.energy += np.square(seg[:2], dtype=np.float64).sum(axis=1)
            if self.fmt.is_ambisonic and self.channels >= 4:
                w = seg[0]  # ACN 1, 2, 3 = Y, Z, X -> (x, y, z)
                self.intensity += (_dot(w, seg[3]), _dot(w, seg[1]), _dot(w, seg[2]))
        x = self._loudness_input(seg)
        if not self.signal:  # all channels are loudness channels (binaural, stereo): the group's peak tells
            self.signal = bool(max(hi, -lo) > 0) if x is seg else bool(np.any(x))
        interaural = self.interaural and self.channels >= 2
        if interaural:
            self._correlate_edges(-(-frames // self.hop), data, before)
        spec = self._chunk_spectra(x)
        if interaural:  # the ears' spectra, before the K-weighting overwrites them
            self._correlate(spec)
        self._loudness(spec, x.shape[1])
        self.done += frames

    def _chunk_spectra(self, x: np.ndarray) -> np.ndarray:
        """``(k, frames)`` -> ``(k, chunks, nfft // 2 + 1)``: float32 FFTs of ``hop``-frame chunks (zeros past
        the end of the last one)."""
        import scipy.fft as sfft

        hop, (k, n) = self.hop, x.shape
        chunks, whole = -(-n // hop), n // hop
        # only the first hop columns of a chunk are ever written: the zeros past them stay
        padded = _scratch("padded", (k, GROUP_CHUNKS, self.nfft), hop)[:, :chunks]
        padded[:, :whole, :hop] = x[:, : whole * hop].reshape(k, whole, hop)
        if whole < chunks:
            padded[:, whole, : n - whole * hop] = x[:, whole * hop :]
            padded[:, whole, n - whole * hop : hop] = 0.0
        return sfft.rfft(padded, axis=-1)

    def _loudness_input(self, seg: np.ndarray) -> np.ndarray:
        fmt = self.fmt
        if fmt.is_ambisonic:
            return seg[0:1]
        if not fmt.speakers:
            return seg if seg.shape[0] == 2 else seg[:2]
        full = [i for i, sp in enumerate(fmt.speakers) if not sp.lfe]
        x = seg[full]
        power = np.sum(x * x, axis=0)
        if self.loudest is None and np.any(power):
            self.loudest = int(np.argmax(np.sum(x * x, axis=-1)))
        return np.copysign(np.sqrt(power), x[self.loudest or 0])[None, :]

    def _loudness(self, spec: np.ndarray, frames: int) -> None:
        """K-weight the loudness channels from their chunk spectra (overwritten) and sum their squares between
        gating edges."""
        import scipy.fft as sfft

        k, chunks, hop = spec.shape[0], spec.shape[1], self.hop
        # the K-weighting as a product of spectra: each chunk's output runs tail = nfft - hop frames past its end
        # (the impulse response to K_TAIL_ENERGY), overlap-added into the next chunk
        spec *= self.k_spec
        out = sfft.irfft(spec, self.nfft, axis=-1, overwrite_x=True)
        tail = self.nfft - hop
        if self.k_carry is None:
            self.k_carry = np.zeros((k, tail), FFT_DTYPE)
        carry = out[:, -1, hop:].copy()
        out[:, 1:, :tail] += out[:, :-1, hop:]  # in place: tail < hop, so the two regions never overlap
        out[:, 0, :tail] += self.k_carry
        self.k_carry = carry
        squares = _scratch("squares", (k, GROUP_CHUNKS, hop), hop)[:, :chunks]
        np.square(out[..., :hop], out=squares)
        y2 = squares.reshape(k, chunks * hop)[:, :frames]
        start, stop = self.done, self.done + frames
        cuts = [e - start for e in self._edges_upto(stop) if e < stop]
        # sums between this group's edges (float32 within a piece: ~1e-7; float64 across pieces)
        self.piece_sums.append(np.add.reduceat(y2, [0, *cuts], axis=1).astype(np.float64))
        self.piece_starts.append(np.array([start, *(start + c for c in cuts)]))

    def _edges_upto(self, stop: int) -> list[int]:
        """Gating block edges (starts and ends, merged) after the last one seen, up to ``stop``."""
        edges = gating_edge_table(self.sr, int(stop / (GATE_BLOCK_S * GATE_STEP * self.sr)) + 2)
        out = edges[np.searchsorted(edges, self.last_edge, side="right") : np.searchsorted(edges, stop, side="right")]
        if len(out):
            self.last_edge = int(out[-1])
        return out.tolist()

    def _correlate(self, spec: np.ndarray) -> None:
        """Add this group's ear cross-spectrum, chunk by chunk (and the ear power spectra if asked)."""
        fl, fr = spec[0], spec[1]
        # groups sit at fixed places in the signal (whatever the blocks), so these sums are too
        prod = np.conj(fl)
        prod *= fr
        self.cross = _accumulate(self.cross, prod.sum(axis=0))  # complex64 within a group, complex128 across
        if self.spectra:  # re^2 + im^2, float32 sums over a group's few chunks, float64 across groups
            parts = spec[:2].view(FFT_DTYPE)  # re and im side by side: added up in ear_spectra
            self.power = _accumulate(self.power, np.einsum("ecf,ecf->ef", parts, parts))

    def _correlate_edges(self, chunks: int, data: np.ndarray, before: np.ndarray) -> None:
        """Add the correlation terms across this group's chunk starts, which the chunks alone miss: the ``span``
        frames before each chunk start against the ``span`` after it, both ways."""
        import scipy.fft as sfft

        s, hop = self.span, self.hop
        # [around, before] x ears x chunks, zero-padded to nb: the zeros past 2 span stay
        edge_in = _scratch("edges", (2, 2, GROUP_CHUNKS, self.nb), s)[:, :, :chunks]
        # around each chunk start: frames [start - span, start + span); before = the first half only
        around = edge_in[0]
        around[:, 0, :s] = before[:2]
        around[:, 0, s : 2 * s] = data[:2, :s]
        if chunks > 1:  # later starts lie hop frames apart and 2 span < hop: a reshaped view of data
            around[:, 1:, : 2 * s] = data[:2, hop - s : chunks * hop - s].reshape(2, chunks - 1, hop)[..., : 2 * s]
        edge_in[1, :, :, :s] = around[..., :s]
        both = sfft.rfft(edge_in, axis=-1)
        before, after = both[1], both[0] - both[1]
        edges = np.conj(before[0]) * after[1] + np.conj(after[0]) * before[1]
        self.cross_edges += np.sum(edges, axis=0, dtype=np.complex128)

    def _finish(self) -> None:
        if not self.finished:
            self.finished = True
            if self.n > self.done:
                # zeros past the end, as far as the last boundary windows reach (span frames at most)
                self.buf[:, self.fill : self.fill + self.span] = 0.0
                self._process(self.n - self.done, self.buf[:, self.span :], self.buf[:, : self.span])

    # -- results --------------------------------------------------------------------------------------
    def loudness_lufs(self) -> float:
        """BS.1770-4 integrated loudness of what was added (``nan`` under 0.4 s, ``-inf`` for silence)."""
        self._finish()
        n, sr = self.n, self.sr
        if n < int(GATE_BLOCK_S * sr) + 1:
            return math.nan
        if not self.signal:
            return -math.inf
        blocks = int(round((n / sr - GATE_BLOCK_S) / (GATE_BLOCK_S * GATE_STEP))) + 1  # half to even, as np.round
        # every gating edge before n starts a piece: a block's sum is a difference of the running sums at its edges
        starts = np.concatenate(self.piece_starts)
        pieces = np.concatenate(self.piece_sums, axis=1)
        sums = np.zeros((pieces.shape[0], pieces.shape[1] + 1))
        np.cumsum(pieces, axis=1, out=sums[:, 1:])
        first, last = _gate_edge_pair(blocks, sr)
        lo = np.searchsorted(starts, first)
        hi = np.where(last < n, np.searchsorted(starts, last), len(starts))  # past the end: up to n
        return gated_loudness((sums[:, hi] - sums[:, lo]) * (1.0 / (GATE_BLOCK_S * sr)))

    def ear_spectra(self) -> EarSpectra:
        """ITD, IACC (and the power spectra if asked) of a binaural signal."""
        import scipy.fft as sfft

        self._finish()
        power = self._power_spectra()
        norm = math.sqrt(float(self.energy[0] * self.energy[1]))
        if not self.interaural or norm == 0:
            return EarSpectra(math.nan, math.nan, power, self.nfft)
        nfft, nb, s = self.nfft, self.nb, self.span
        at_chunks, at_edges = _lag_bins(nfft, nb, s)
        cross = np.zeros(nfft // 2 + 1, np.complex128) if self.cross is None else self.cross
        r = sfft.irfft(cross, nfft)[at_chunks] + sfft.irfft(self.cross_edges, nb)[at_edges]
        # the whole signal's correlation at lags within span, low-passed for the ITD (lags within MAX_ITD_S)
        m = int(math.ceil(MAX_ITD_S * self.sr))
        low = _itd_lowpass_matrix(self.sr, nfft, s) @ r
        iacc = float(np.max(np.abs(r[s - m : s + m + 1])) / norm)
        return EarSpectra(_itd_from_lags(low, m, self.sr), iacc, power, nfft)

    def _power_spectra(self) -> np.ndarray | None:
        """Each ear's power spectrum if asked: re^2 + im^2 of each bin (zeros before any group)."""
        if not self.spectra:
            return None
        if self.power is None:
            return np.zeros((2, self.nfft // 2 + 1))
        return self.power[:, 0::2] + self.power[:, 1::2]

    def result(self, localizer: Any = None) -> dict[str, Any]:
        """The keys of :func:`t2sa.metrics.measure`; ``localizer.from_spectra(spectra, sample_rate)`` fills the
        round trip (binaural, ``spectra=True``)."""
        self._finish()
        nan = math.nan
        peak = max(self.hi, -self.lo)
        out: dict[str, Any] = {
            "duration_s": self.n / self.sr,
            "peak_dbfs": 20.0 * math.log10(peak) if peak > 0 else -math.inf,
            "loudness_lufs": self.loudness_lufs(),
            "clipped": bool(peak >= 1.0),
            "itd_s": nan,
            "ild_db": nan,
            "iacc": nan,
            "est_azimuth_deg": nan,
            "est_elevation_deg": nan,
            **dict.fromkeys(LOCALIZATION_KEYS, nan),
        }
        if not self.full:
            return out
        fmt = self.fmt
        if fmt.level_difference_metric and self.channels >= 2 and self.energy[0] > 0 and self.energy[1] > 0:
            out["ild_db"] = float(10.0 * np.log10(self.energy[0] / self.energy[1]))
        if fmt.is_ambisonic and self.channels >= 4 and self.n:
            vec = self.intensity / self.n  # as t2sa.metrics.ambisonic_direction: mean of W*X, W*Y, W*Z
            if np.any(vec):
                out["est_azimuth_deg"] = math.degrees(math.atan2(vec[1], vec[0]))
                out["est_elevation_deg"] = math.degrees(math.atan2(vec[2], math.hypot(vec[0], vec[1])))
        if self.interaural and self.channels >= 2:
            spectra = self.ear_spectra()
            out["itd_s"], out["iacc"] = spectra.itd_s, spectra.iacc
            if localizer is not None:
                out.update(localization_values(localizer.from_spectra(spectra, self.sr)))
        return out
