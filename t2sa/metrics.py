"""Measurements on rendered audio: interaural cues, levels, Ambisonic direction, reverberation time.

Sign conventions: ``itd_s > 0`` means the **left** ear leads (source on the left); ``ild_db > 0`` means the
left ear is louder. Binaural channel 0 = left. Ambisonic audio is AmbiX (ACN/SN3D).

:func:`measure` is what the batch engine stores per rendered file; it always returns the same keys
(``nan`` where a measure does not apply to the format), so result tables have one schema.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

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


def _itd_and_iacc(binaural: np.ndarray, sample_rate: int) -> tuple[float, float]:
    """:func:`itd_s` and :func:`iacc` from one cross-spectrum (what :func:`measure` needs, at half the cost)."""
    x = np.asarray(binaural, dtype=np.float64)
    norm = math.sqrt(float(np.sum(x[0] ** 2) * np.sum(x[1] ** 2)))
    if norm == 0:
        return math.nan, math.nan
    max_lag = int(math.ceil(MAX_ITD_S * sample_rate))
    cross, nfft = _cross_spectrum(x[0], x[1], max_lag)
    itd = _itd_from_lags(_lags(cross, nfft, max_lag, sample_rate, ITD_LOWPASS_HZ), max_lag, sample_rate)
    return itd, float(np.max(np.abs(_lags(cross, nfft, max_lag))) / norm)


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
    a target).
    """
    from t2sa.audio import loudness_lufs
    from t2sa.formats import get_format

    x = np.asarray(audio)
    if x.ndim == 1:
        x = x[None, :]
    nan = math.nan
    out: dict[str, Any] = {
        "duration_s": x.shape[-1] / sample_rate,
        "peak_dbfs": peak_dbfs(x),
        "loudness_lufs": nan,
        "clipped": clipped(x),
        "itd_s": nan,
        "ild_db": nan,
        "iacc": nan,
        "est_azimuth_deg": nan,
        "est_elevation_deg": nan,
        **dict.fromkeys(LOCALIZATION_KEYS, nan),
    }
    fmt = get_format(format)
    out["loudness_lufs"] = loudness_lufs(fmt.loudness_channels(x), sample_rate)
    if fmt.is_ambisonic:
        out["est_azimuth_deg"], out["est_elevation_deg"] = ambisonic_direction(x)
    if fmt.level_difference_metric and x.shape[0] >= 2:
        out["ild_db"] = ild_db(x)
    if fmt.interaural_metrics and x.shape[0] >= 2:
        out["itd_s"], out["iacc"] = _itd_and_iacc(x, sample_rate)
        if localizer is not None:
            loc = localizer(x, sample_rate)
            out["loc_azimuth_deg"], out["loc_elevation_deg"] = loc.azimuth_deg, loc.elevation_deg
            out["loc_lateral_error_deg"], out["loc_polar_error_deg"] = loc.lateral_error_deg, loc.polar_error_deg
            if loc.front_back_confusion is not None:
                out["loc_front_back"] = float(loc.front_back_confusion)
    return out
