"""Source width: a coherent centre plus decorrelated virtual sources over an arc.

Mapping of ``spread_deg`` (``s = min(spread / FULL_SPREAD_DEG, 1)``):

* The source becomes a coherent point at its centre direction with energy ``1 - s`` plus ``K`` virtual
  sources with energy ``s / K`` each. Virtual source ``k`` sits at angle
  ``spread * ((k + 0.5) / K - 0.5)`` from the centre along the great circle through the source that is
  horizontal at the source (for a source on the horizon, simply azimuth offsets; spread 360 = a full
  ring) and is fed through its own short decorrelation filter, so the components add in energy and the
  image widens instead of comb filtering.
* ``spread = 0`` is exactly the point-source render (no decorrelation filter is even built);
  ``spread >= FULL_SPREAD_DEG`` (30 deg) is fully decorrelated, wider spreads only widen the arc.

Decorrelation filters: Gaussian noise with a 2 ms exponential envelope over 10 ms, its spectrum
flattened to unit magnitude (an all-pass with random phase), unit energy, seeded from the render seed.
"""

from __future__ import annotations

import numpy as np
import scipy.fft as sfft

from t2sa.render.distance import to_angles, unit_vectors

FULL_SPREAD_DEG = 30.0
DEFAULT_SOURCES = 8
DECORRELATOR_S = 0.010
_ENVELOPE_S = 0.002


def spread_fraction(spread_deg: np.ndarray) -> np.ndarray:
    """Energy fraction ``s`` carried by the decorrelated arc."""
    return np.clip(np.asarray(spread_deg, dtype=float) / FULL_SPREAD_DEG, 0.0, 1.0)


def arc_points(
    azimuth_deg: np.ndarray, elevation_deg: np.ndarray, spread_deg: np.ndarray, n_sources: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Directions and amplitude weights of the centre + ``n_sources`` arc points.

    Returns ``(azimuth (..., 1 + K), elevation (..., 1 + K), weight (..., 1 + K))``; point 0 is the coherent
    centre (weight ``sqrt(1 - s)``), points 1..K the decorrelated arc (weight ``sqrt(s / K)`` each).
    """
    az = np.asarray(azimuth_deg, dtype=float)
    el = np.asarray(elevation_deg, dtype=float)
    spread = np.broadcast_to(np.asarray(spread_deg, dtype=float), az.shape)
    k = n_sources
    offsets = np.radians(spread[..., None] * ((np.arange(k) + 0.5) / k - 0.5))  # (..., K)
    u = unit_vectors(az, el)  # (..., 3)
    a = np.radians(az)
    tangent = np.stack([-np.sin(a), np.cos(a), np.zeros_like(a)], axis=-1)
    pts = np.cos(offsets)[..., None] * u[..., None, :] + np.sin(offsets)[..., None] * tangent[..., None, :]
    p_az, p_el = to_angles(pts)
    s = spread_fraction(spread)
    weights = np.concatenate(
        [np.sqrt(1.0 - s)[..., None], np.repeat(np.sqrt(s / k)[..., None], k, axis=-1)], axis=-1
    )
    return (
        np.concatenate([az[..., None], p_az], axis=-1),
        np.concatenate([el[..., None], p_el], axis=-1),
        weights,
    )


def decorrelation_filters(n_sources: int, sample_rate: int, seed: int) -> np.ndarray:
    """``(n_sources, L)`` unit-energy random-phase all-pass FIRs, deterministic for a given seed."""
    length = int(round(DECORRELATOR_S * sample_rate))
    t = np.arange(length) / sample_rate
    envelope = np.exp(-t / _ENVELOPE_S)
    out = np.empty((n_sources, length))
    for k in range(n_sources):
        rng = np.random.default_rng([seed, 0x5EED, k])
        spec = sfft.rfft(rng.standard_normal(length) * envelope)
        out[k] = sfft.irfft(spec / np.maximum(np.abs(spec), 1e-12), length)
    return out / np.linalg.norm(out, axis=-1, keepdims=True)
