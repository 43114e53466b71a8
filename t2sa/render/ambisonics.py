"""AmbiX encoding: real spherical harmonics, ACN channel order, SN3D normalisation, orders 1-3.

``Y_n^m(az, el) = sqrt((2 - delta_m0) (n - |m|)! / (n + |m|)!) P_n^|m|(sin el) * (cos m az if m >= 0 else
sin |m| az)`` with the associated Legendre function *without* the Condon-Shortley phase; ACN = n^2 + n + m.
So W (ACN 0) = 1 for every direction, and a source at +90 (left) gives Y (ACN 1) = 1, Z = X = 0.
N3D = SN3D * sqrt(2n + 1). A plane wave from direction u has first-order intensity (mean of W*Y, W*Z, W*X)
pointing at u, which is how :func:`t2sa.metrics.ambisonic_direction` recovers it.

A diffuse field of total energy E has, in SN3D, energy E / (2n + 1) in every channel of order n
(:func:`diffuse_channel_gains`), which the room module uses for decorrelated reverb.
"""

from __future__ import annotations

from math import factorial

import numpy as np


def n_channels(order: int) -> int:
    return (order + 1) ** 2


def acn_degrees(order: int) -> tuple[np.ndarray, np.ndarray]:
    """Degree ``n`` and index ``m`` of each ACN channel up to ``order``."""
    acn = np.arange(n_channels(order))
    n = np.floor(np.sqrt(acn)).astype(int)
    return n, acn - n * n - n


def sh_sn3d(azimuth_deg: np.ndarray, elevation_deg: np.ndarray, order: int) -> np.ndarray:
    """Real SN3D spherical harmonics in ACN order, shape ``(..., (order + 1) ** 2)``."""
    az = np.radians(np.asarray(azimuth_deg, dtype=float))
    el = np.radians(np.asarray(elevation_deg, dtype=float))
    legendre = associated_legendre(np.sin(el), order)
    out = np.empty(az.shape + (n_channels(order),))
    for acn, (n, m) in enumerate(zip(*acn_degrees(order), strict=True)):
        am = abs(int(m))
        norm = np.sqrt((2.0 - (am == 0)) * factorial(n - am) / factorial(n + am))
        trig = np.cos(am * az) if m >= 0 else np.sin(am * az)
        out[..., acn] = norm * legendre[(int(n), am)] * trig
    return out


def legendre_polynomials(x: np.ndarray, n_max: int) -> np.ndarray:
    """P_0..P_n_max at ``x`` by the (stable) three-term recurrence, ``(len(x), n_max + 1)``: the one copy used by
    the sphere head model, its near field and the max-rE loudspeaker weights."""
    x = np.asarray(x, dtype=float).ravel()
    p = np.empty((x.size, n_max + 1))
    p[:, 0] = 1.0
    if n_max >= 1:
        p[:, 1] = x
    for m in range(1, n_max):
        p[:, m + 1] = ((2 * m + 1) * x * p[:, m] - m * p[:, m - 1]) / (m + 1)
    return p


def associated_legendre(x: np.ndarray, order: int) -> dict[tuple[int, int], np.ndarray]:
    """``P_n^m(x)`` for ``0 <= m <= n <= order`` without the Condon-Shortley phase (standard recurrences)."""
    x = np.asarray(x, dtype=float)
    s = np.sqrt(np.maximum(1.0 - x * x, 0.0))
    p: dict[tuple[int, int], np.ndarray] = {(0, 0): np.ones_like(x)}
    for m in range(1, order + 1):
        p[(m, m)] = (2 * m - 1) * s * p[(m - 1, m - 1)]
    for m in range(order):
        p[(m + 1, m)] = (2 * m + 1) * x * p[(m, m)]
    for m in range(order + 1):
        for n in range(m + 2, order + 1):
            p[(n, m)] = ((2 * n - 1) * x * p[(n - 1, m)] - (n + m - 1) * p[(n - 2, m)]) / (n - m)
    return p


def diffuse_channel_gains(order: int) -> np.ndarray:
    """Amplitude per ACN channel of a diffuse field whose W channel has unit energy: 1 / sqrt(2n + 1)."""
    n, _ = acn_degrees(order)
    return 1.0 / np.sqrt(2.0 * n + 1.0)
