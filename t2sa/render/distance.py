"""Distance cues: inverse-distance level, air absorption and near-field (acoustic parallax) geometry.

Mappings (documented here because every format relies on them):

* **Level** falls as ``1 / r`` relative to 1 m (1 m = unity gain, 2 m = -6.02 dB). ``r`` is clamped to at
  least :data:`MIN_DISTANCE_M` (0.1 m, +20 dB) so a source cannot sit inside the head.
* **Air absorption** follows ISO 9613-1 at 20 degC, 50 % relative humidity, 101.325 kPa, applied over the
  path *beyond 1 m* (``max(r - 1, 0)`` metres), so a source at or inside 1 m is not filtered at all and
  levels stay referenced to 1 m. For binaural the reference is the HRTF's measurement distance when
  that is larger, because measured HRIRs already contain the air up to there. The filter is minimum phase (no added latency, no pre-ringing) and, because
  its log-magnitude is linear in the path length, one cepstrum serves every distance.
* **Near field** (binaural only, ``r`` below the HRTF's measurement distance ``R``): acoustic parallax.
  Ears sit at +-:data:`EAR_OFFSET_M` on the interaural (y) axis. For each ear the HRIR is taken from the
  direction where the line from that ear through the source meets the measurement sphere, and that ear is
  scaled by ``|q - ear| / |p - ear|`` (its own inverse-distance law, ``q`` = the point on the sphere,
  ``p`` = the source; the ear distance is clamped at 2.5 cm), times ``r / R`` so that the overall level
  still follows ``1 / r``. A near source at the side therefore gets a larger ILD than the HRIR's own,
  a near frontal source keeps ILD = 0, and at ``r >= R`` nothing changes, so rendered ITD/ILD at
  measured directions and distance equal the HRIR's own. The built-in spherical head does not use
  parallax: its near field is the exact rigid-sphere solution at the source distance
  (:mod:`t2sa.render.nearfield`).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import scipy.fft as sfft

MIN_DISTANCE_M = 0.1
"""Distances below this are clamped (level and geometry)."""

AIR_REFERENCE_M = 1.0
"""Air absorption acts on the path beyond this distance."""

EAR_OFFSET_M = 0.0875
"""Half the interaural distance of the near-field model (ears at y = +-0.0875 m)."""

MIN_EAR_DISTANCE_M = 0.025
"""Per-ear source distances are clamped here so the near-field gain stays finite."""

_AIR_CEPSTRUM_SIZE = 2048


def distance_gain(distance_m: np.ndarray | float) -> np.ndarray:
    """Inverse-distance gain relative to 1 m, with ``r`` clamped at :data:`MIN_DISTANCE_M`."""
    return 1.0 / np.maximum(np.asarray(distance_m, dtype=float), MIN_DISTANCE_M)


def air_absorption_db_per_m(
    freq_hz: np.ndarray | float, temperature_c: float = 20.0, humidity_pct: float = 50.0, pressure_kpa: float = 101.325
) -> np.ndarray:
    """Atmospheric absorption coefficient in dB/m (ISO 9613-1:1993, equations 3-5 and B.1)."""
    f = np.asarray(freq_hz, dtype=float)
    t = temperature_c + 273.15
    t0, t01 = 293.15, 273.16
    pa = pressure_kpa / 101.325
    # molar concentration of water vapour in percent (Annex B)
    c = -6.8346 * (t01 / t) ** 1.261 + 4.6151
    h = humidity_pct * 10.0**c / pa
    fr_o = pa * (24.0 + 4.04e4 * h * (0.02 + h) / (0.391 + h))
    fr_n = pa * (t / t0) ** -0.5 * (9.0 + 280.0 * h * np.exp(-4.170 * ((t / t0) ** (-1.0 / 3.0) - 1.0)))
    return (
        8.686
        * f**2
        * (
            1.84e-11 / pa * (t / t0) ** 0.5
            + (t / t0) ** -2.5
            * (0.01275 * np.exp(-2239.1 / t) / (fr_o + f**2 / fr_o) + 0.1068 * np.exp(-3352.0 / t) / (fr_n + f**2 / fr_n))
        )
    )


def air_filter_length(sample_rate: int) -> int:
    """Taps of the air-absorption FIR: about 2.7 ms (128 taps at 48 kHz)."""
    return int(max(16, round(128 * sample_rate / 48000)))


@lru_cache(maxsize=16)
def _air_cepstrum(sample_rate: int) -> np.ndarray:
    """Folded real cepstrum of the air absorption over 1 m (minimum-phase construction)."""
    n = _AIR_CEPSTRUM_SIZE
    freqs = np.arange(n // 2 + 1) * sample_rate / n
    log_mag = -air_absorption_db_per_m(freqs) * np.log(10.0) / 20.0  # natural log of |H| for 1 m
    cep = sfft.irfft(log_mag, n)
    folded = np.zeros(n)
    folded[0] = cep[0]
    folded[1 : n // 2] = 2.0 * cep[1 : n // 2]
    folded[n // 2] = cep[n // 2]
    folded.setflags(write=False)
    return folded


def air_filters(extra_path_m: np.ndarray, sample_rate: int) -> np.ndarray:
    """Minimum-phase air-absorption FIRs, shape ``(len(extra_path_m), air_filter_length)``.

    ``extra_path_m`` is the path beyond :data:`AIR_REFERENCE_M`; 0 gives a unit impulse.
    """
    extra = np.maximum(np.atleast_1d(np.asarray(extra_path_m, dtype=float)), 0.0)
    n = _AIR_CEPSTRUM_SIZE
    taps = air_filter_length(sample_rate)
    spectrum = np.exp(sfft.rfft(extra[:, None] * _air_cepstrum(sample_rate)[None, :], axis=-1))
    ir = sfft.irfft(spectrum, n, axis=-1)[:, :taps]
    # half-Hann taper over the last quarter: the minimum-phase IR has decayed there; this avoids a step
    fade = taps // 4
    ir[:, taps - fade :] *= 0.5 * (1.0 + np.cos(np.pi * (np.arange(fade) + 1) / fade))
    return ir


@lru_cache(maxsize=32)
def air_log_spectrum(sample_rate: int, nfft: int) -> np.ndarray:
    """Complex log-spectrum ``C`` of the minimum-phase air filter for 1 m on an ``nfft`` real-FFT grid.

    The filter for ``d`` metres is ``exp(d * C)``: exact magnitude at every bin, with no FFT per
    distance, which is what makes per-frame air absorption of moving sources cheap. (Its impulse
    response outlasts :func:`air_filter_length` only by energy below -55 dB, even at 500 m.)
    """
    cep = _air_cepstrum(sample_rate)
    spec = sfft.rfft(cep[:nfft], nfft).astype(np.complex64)
    spec.setflags(write=False)
    return spec


def unit_vectors(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """Cartesian unit vectors (..., 3): x front, y left, z up."""
    az = np.radians(azimuth_deg)
    el = np.radians(elevation_deg)
    cos_el = np.cos(el)
    return np.stack([cos_el * np.cos(az), cos_el * np.sin(az), np.sin(el)], axis=-1)


def to_angles(vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Azimuth and elevation (deg) of vectors (..., 3)."""
    x, y, z = vectors[..., 0], vectors[..., 1], vectors[..., 2]
    return np.degrees(np.arctan2(y, x)), np.degrees(np.arctan2(z, np.hypot(x, y)))


def parallax(
    azimuth_deg: np.ndarray, elevation_deg: np.ndarray, distance_m: np.ndarray, measurement_distance_m: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-ear HRIR directions and gains for sources at ``distance_m`` (see module docstring).

    Returns ``(azimuth (..., 2), elevation (..., 2), gain (..., 2))`` with ear 0 = left. The gain includes
    the inverse-distance level, so for ``r >= R`` it is simply ``1 / r`` for both ears and the directions
    are unchanged.
    """
    az = np.asarray(azimuth_deg, dtype=float)
    el = np.asarray(elevation_deg, dtype=float)
    r = np.maximum(np.broadcast_to(np.asarray(distance_m, dtype=float), az.shape), MIN_DISTANCE_M)
    big_r = float(measurement_distance_m)
    near = r < big_r
    out_az = np.repeat(az[..., None], 2, axis=-1)
    out_el = np.repeat(el[..., None], 2, axis=-1)
    gain = np.repeat((1.0 / r)[..., None], 2, axis=-1)
    if not np.any(near):
        return out_az, out_el, gain
    p = unit_vectors(az[near], el[near]) * r[near][:, None]  # (m, 3)
    for ear, side in ((0, 1.0), (1, -1.0)):
        e = np.array([0.0, side * EAR_OFFSET_M, 0.0])
        d = p - e
        dist_pe = np.linalg.norm(d, axis=-1)
        u = d / np.maximum(dist_pe, 1e-12)[:, None]
        # intersection of e + s u (s > 0) with the sphere |x| = R
        b = u @ e
        s = -b + np.sqrt(b * b - (e @ e - big_r * big_r))
        q = e + s[:, None] * u
        a_q, e_q = to_angles(q)
        out_az[near, ear] = a_q
        out_el[near, ear] = e_q
        gain[near, ear] = (s / np.maximum(dist_pe, MIN_EAR_DISTANCE_M)) / big_r
    return out_az, out_el, gain
