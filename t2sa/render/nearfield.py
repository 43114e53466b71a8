"""Near field of the built-in spherical head: the rigid-sphere solution for a point source at distance ``r``.

The built-in HRIRs (:mod:`t2sa.render.sphere_head`) are the sphere's plane-wave (far-field) solution. A
source closer than about 1 m is not a plane wave: the near ear is much closer to it than the head centre
(a strong low-frequency boost) and the far ear is shadowed more, so the ILD grows at *all* frequencies
(for a lateral source; a frontal one keeps ILD = 0 by symmetry). The exact solution for a point source at
distance ``r = rho a`` from the centre of a rigid sphere of radius ``a``, at a surface point at angle
``theta`` from the source, relative to the free field at the centre (Duda & Martens 1998, JASA 104(5),
eq. 10; ``mu = k a``, ``h_m`` the spherical Hankel function of the first kind, ``e^{-i w t}``)::

    H(rho, mu, theta) = -(rho / mu) e^{-i mu rho} sum_m (2m + 1) P_m(cos theta) h_m(mu rho) / h_m'(mu)

which tends to the plane-wave series as ``rho -> inf``. Here ``h_m`` is evaluated by the (stable, upward)
recurrence ``h_{m+1} = (2m + 1) / x h_m - h_{m-1}`` with running rescaling, because for ``mu rho`` small
and ``m`` large the values overflow while their ratio stays finite; the series runs until the terms
(which fall like ``rho^-m``) are 1e-9 of the sum.

How the renderer uses it (:class:`t2sa.render.sources.BinauralSource`, built-in head only, sources closer
than :data:`REFERENCE_M` = 1 m, ``RenderOptions.near_field``): each ear's HRIR at the source direction is
filtered by that ear's **distance variation function** ``(|H(r)| / |H(inf)|) ** w(r)`` (the built-in
HRIRs are the plane-wave solution ``H(inf)``), realised as a minimum-phase FIR of :func:`dvf_length`
taps; the level is the usual ``1 / r`` of the head centre. ``w = 1`` at and below :data:`EXACT_M`
(0.7 m), where the rendered head is thus exactly the sphere at the source distance (measured: band ILDs
within 0.3 dB of the series), and falls log-linearly to 0 at 1 m, so renders at 1 m and beyond (the
head model's nominal distance, where it stays the plane-wave solution, 2 dB below the 1 m point-source
ILD at 200 Hz) are bit-identical to what they were. The ITD of a sphere hardly depends on range (Duda &
Martens), so only magnitudes are corrected and the HRIR's own delays are kept. The DVFs are tabulated
once per sample rate (0.2-0.6 s) on a grid of ear angles (every 2.5 deg) and distances (0.1-1 m, 24
log-spaced steps) and interpolated linearly between grid points. Measured HRTFs keep the
acoustic-parallax model of :mod:`t2sa.render.distance`.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import scipy.fft as sfft

from t2sa.render.ambisonics import legendre_polynomials
from t2sa.render.distance import MIN_DISTANCE_M
from t2sa.render.sphere_head import EAR_AZIMUTH_DEG, HEAD_RADIUS_M, SPEED_OF_SOUND, sphere_response

REFERENCE_M = 1.0
"""The built-in head's nominal measurement distance: no DVF from here on (renders unchanged)."""
EXACT_M = 0.7
"""At and below this distance the DVF makes the head exactly the sphere at the source distance."""
THETA_STEP_DEG = 2.5
N_DISTANCES = 24
_FFT = 512
_TOL = 1e-9


def sphere_response_at(theta_rad: np.ndarray, freqs_hz: np.ndarray, distance_m: float,
                       radius_m: float = HEAD_RADIUS_M, c: float = SPEED_OF_SOUND) -> np.ndarray:
    """Rigid-sphere surface pressure for a point source at ``distance_m`` from the centre, relative to the
    free field at the centre, ``(len(theta), len(freqs))``, numpy FFT convention (a delay is
    ``exp(-i w tau)``). ``freqs`` must be > 0."""
    theta = np.asarray(theta_rad, dtype=float).ravel()
    f = np.asarray(freqs_hz, dtype=float).ravel()
    mu = 2.0 * np.pi * f * radius_m / c
    rho = float(distance_m) / radius_m
    if rho <= 1.0:
        raise ValueError(f"distance {distance_m} m is inside the head (radius {radius_m} m)")
    ratios = _hankel_ratios(mu * rho, mu, rho)  # (M + 1, F): h_m(mu rho) / h_m'(mu)
    m = np.arange(ratios.shape[0])
    legendre = legendre_polynomials(np.cos(theta), len(m) - 1)  # (theta, M + 1)
    weighted = (2 * m + 1)[:, None] * ratios
    # einsum, not BLAS: tiny products that a threaded BLAS only slows down on a busy machine
    series = np.einsum("tm,mf->tf", legendre, weighted.real) + 1j * np.einsum("tm,mf->tf", legendre, weighted.imag)
    h = -(rho / mu)[None, :] * np.exp(-1j * mu * rho)[None, :] * series
    return np.conj(h)


def _hankel_ratios(x1: np.ndarray, x2: np.ndarray, rho: float) -> np.ndarray:
    """``h_m(x1) / h_m'(x2)`` for m = 0.. until the series converges; rescaled upward recurrences."""
    h1_prev, h1 = _h0(x1), _h1(x1)
    h2_prev, h2 = _h0(x2), _h1(x2)
    # h_0'(x) = -h_1(x)
    out = [h1_prev / (-h2)]
    size = np.abs(out[0])
    log_scale = np.zeros_like(x1)  # log of (scale of h(x1)) - (scale of h'(x2)) for the current m
    m_cap = int(np.ceil(x2.max() + 4.0 * x2.max() ** (1 / 3) + 20 + np.log(1 / _TOL) / np.log(rho)))
    for m in range(1, m_cap + 1):
        dh2 = h2_prev - (m + 1) / x2 * h2  # h_m'(x2), same scale as h2
        term = h1 / dh2 * np.exp(log_scale)
        out.append(term)
        if m >= 8 and np.all(np.abs((2 * m + 1) * term) < _TOL * size):
            break
        h1_prev, h1 = h1, (2 * m + 1) / x1 * h1 - h1_prev
        h2_prev, h2 = h2, (2 * m + 1) / x2 * h2 - h2_prev
        for vals, sign in (((h1_prev, h1), 1.0), ((h2_prev, h2), -1.0)):
            big = np.maximum(np.abs(vals[1]), 1e-300)
            scale = np.where(big > 1e100, big, 1.0)
            vals[0][...] /= scale
            vals[1][...] /= scale
            log_scale += sign * np.log(scale)
    return np.array(out)


def _h0(x: np.ndarray) -> np.ndarray:
    return -1j * np.exp(1j * x) / x


def _h1(x: np.ndarray) -> np.ndarray:
    return -np.exp(1j * x) * (x + 1j) / x**2


def dvf_length(sample_rate: int) -> int:
    """Taps of the DVF filters: 1 ms (48 at 48 kHz)."""
    return int(max(16, round(48 * sample_rate / 48000)))


def blend_weight(distance_m: float) -> float:
    """Exponent of the DVF: 1 up to :data:`EXACT_M`, falling log-linearly to 0 at :data:`REFERENCE_M`."""
    r = float(distance_m)
    return float(np.clip(np.log(REFERENCE_M / r) / np.log(REFERENCE_M / EXACT_M), 0.0, 1.0))


def distances_grid() -> np.ndarray:
    return np.geomspace(MIN_DISTANCE_M, REFERENCE_M, N_DISTANCES)


@lru_cache(maxsize=4)
def dvf_table(sample_rate: int) -> np.ndarray:
    """Minimum-phase DVF FIRs ``(N_DISTANCES, thetas, dvf_length)`` on :func:`distances_grid` x ear angles
    0, 2.5, ..., 180 deg (read-only float32): ``(|H(r)| / |H(inf)|) ** blend_weight(r)``."""
    freqs = np.arange(_FFT // 2 + 1) * sample_rate / _FFT
    freqs[0] = 0.25 * sample_rate / _FFT  # the series needs k > 0; the response is flat down there
    theta = np.radians(np.arange(0.0, 180.0 + 1e-9, THETA_STEP_DEG))
    reference = np.abs(sphere_response(theta, freqs))  # what the built-in HRIRs are: the plane-wave solution
    taps = dvf_length(sample_rate)
    out = np.empty((N_DISTANCES, len(theta), taps))
    for i, r in enumerate(distances_grid()):
        ratio = np.abs(sphere_response_at(theta, freqs, r)) / np.maximum(reference, 1e-6)
        out[i] = _minimum_phase(blend_weight(r) * np.log(np.clip(ratio, 1e-3, 1e3)), taps)
    table = out.astype(np.float32)
    table.setflags(write=False)
    return table


def _minimum_phase(log_mag: np.ndarray, taps: int) -> np.ndarray:
    """Minimum-phase FIRs (..., taps) from natural-log magnitudes on a ``_FFT`` real-FFT grid (folded cepstrum),
    with a half-Hann fade over the last quarter."""
    cep = sfft.irfft(log_mag, _FFT, axis=-1)
    cep[..., 1 : _FFT // 2] *= 2.0
    cep[..., _FFT // 2 + 1 :] = 0.0
    ir = sfft.irfft(np.exp(sfft.rfft(cep, _FFT, axis=-1)), _FFT, axis=-1)[..., :taps]
    fade = taps // 4
    ir[..., taps - fade :] *= 0.5 * (1.0 + np.cos(np.pi * (np.arange(fade) + 1) / fade))
    return ir


def ear_angles(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """Angle (deg) between the source direction and each ear of the built-in head, ``(..., 2)``, ear 0 = left."""
    az, el = np.radians(np.asarray(azimuth_deg, dtype=float)), np.radians(np.asarray(elevation_deg, dtype=float))
    src = np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=-1)
    e = np.radians(EAR_AZIMUTH_DEG)
    ears = np.array([[np.cos(e), np.sin(e), 0.0], [np.cos(e), -np.sin(e), 0.0]])
    return np.degrees(np.arccos(np.clip(src @ ears.T, -1.0, 1.0)))


def dvf_filters(azimuth_deg: np.ndarray, elevation_deg: np.ndarray, distance_m: np.ndarray, sample_rate: int) -> np.ndarray:
    """Per-ear DVF FIRs ``(..., 2, dvf_length)`` float32 for sources at the given positions (broadcast);
    distances at or beyond :data:`REFERENCE_M` give a unit impulse, below 0.1 m the 0.1 m filter."""
    table = dvf_table(int(sample_rate))
    az, el, r = np.broadcast_arrays(np.asarray(azimuth_deg, float), np.asarray(elevation_deg, float),
                                    np.asarray(distance_m, float))
    theta = ear_angles(az, el) / THETA_STEP_DEG  # (..., 2) in grid steps
    grid = np.log(distances_grid())
    pos = np.interp(np.log(np.clip(r, MIN_DISTANCE_M, REFERENCE_M)), grid, np.arange(len(grid)))[..., None]
    pos = np.broadcast_to(pos, theta.shape)
    i0 = np.clip(np.floor(pos).astype(int), 0, len(grid) - 2)
    j0 = np.clip(np.floor(theta).astype(int), 0, table.shape[1] - 2)
    u = (pos - i0)[..., None].astype(np.float32)
    v = (theta - j0)[..., None].astype(np.float32)
    out = ((1 - u) * ((1 - v) * table[i0, j0] + v * table[i0, j0 + 1])
           + u * ((1 - v) * table[i0 + 1, j0] + v * table[i0 + 1, j0 + 1]))
    return out.astype(np.float32, copy=False)
