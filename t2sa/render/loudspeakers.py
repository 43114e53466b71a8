"""Loudspeaker panning: VBAP over a triangulated layout, with imaginary speakers where a layout has gaps.

Why VBAP (Pulkki 1997): a source is reproduced by at most three loudspeakers, the ones whose triangle
(on the sphere) contains its direction, so it is as sharp as the layout allows and exact at every
loudspeaker. Gains come from the vector base ``L`` of the triangle (unit vectors of its speakers):
``w = p L^-1`` for the source direction ``p`` (all ``w >= 0`` inside the triangle).

Panning laws (``RenderOptions.loudspeaker_panning``):

* ``"energy"`` (default; vector-base *intensity* panning, Pernaux et al. 1998): the powers are
  ``g_i^2 = w_i / sum(w)``, so the **energy vector** ``sum g_i^2 l_i / sum g_i^2`` points exactly at
  the source (Gerzon's high-frequency localisation cue, the one that matters for the wide
  speaker spacings of 5.1 and 7.1.4), and ``sum g_i^2 = 1`` (constant power).
* ``"amplitude"`` (classic VBAP): ``g = w / |w|``, so the **velocity vector** ``sum g_i l_i`` points
  at the source (low-frequency cue) and ``sum g_i^2 = 1``; its energy vector leans toward the nearer
  speaker (by up to 9 deg between speakers 60 deg apart, 13 deg at 90 deg).

* ``"allrad"`` (for dense layouts; Zotter & Frank 2012): the source is encoded in Ambisonics of order
  ``N = clip(floor(sqrt(speakers)) - 1, 1, 3)`` with max-rE weights and decoded by All-Round Ambisonic
  Decoding: the panning function is sampled on :data:`ALLRAD_POINTS` near-uniform virtual speakers
  (a Fibonacci sphere) and each virtual speaker is VBAP-panned (amplitude law) onto the real ones; the
  gains are then scaled to ``sum g^2 = 1`` per direction. Smoother and wider than VBAP (a source
  always plays from several speakers, so its timbre and width do not change as it moves), at the cost
  of sharpness; small negative gains can occur (max-rE side lobes).

Both VBAP laws give the same speaker, with gain 1, for a source at a speaker, and are continuous across
triangle edges (a gain reaches 0 on the edge opposite its speaker).

Layouts that do not surround the listener (no speakers below, no height, a frontal arc) get
**imaginary speakers** before triangulation: one at the nadir if no speaker is within 30 deg of
it, one at the zenith likewise, and, if the listener is still not strictly inside the convex hull
(e.g. L-C-R only), speakers on the horizon in the middle of the widest azimuth gap until it is. An
imaginary speaker's power is shared equally among the real speakers it is connected to in the
triangulation (so a source below a 7.1.4 layout plays from the nearest horizontal speakers, one
straight above a 5.1 layout from all five, and the total power stays 1). Directions then always
find a triangle. The LFE channel receives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from t2sa.errors import RenderError
from t2sa.formats import Speaker
from t2sa.render import ambisonics
from t2sa.render.linalg3 import inv3

PANNING_LAWS: tuple[str, ...] = ("energy", "amplitude", "allrad")
POLE_COVERAGE_DEG = 30.0
"""An imaginary speaker is added at a pole with no real speaker within this angle of it."""
_MAX_FILL = 8


def unit_vectors(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    az, el = np.radians(azimuth_deg), np.radians(elevation_deg)
    return np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=-1)


@dataclass(frozen=True, eq=False)  # hashed by identity: one cached instance per layout
class Triangulation:
    """The panning geometry of a layout: real and imaginary speakers, triangles and their inverse bases."""

    n_channels: int
    real: np.ndarray
    """(R,) output channel of each real (full-range) speaker."""
    vectors: np.ndarray
    """(R + I, 3) unit vectors: real speakers first, then imaginary ones."""
    triangles: np.ndarray
    """(T, 3) speaker indices into ``vectors``."""
    inverse: np.ndarray
    """(T, 3, 3) inverse vector bases: ``w = p @ inverse[t]``."""
    downmix: np.ndarray
    """(R + I, R) power share of each (imaginary) speaker going to each real one (identity for real ones)."""

    @property
    def n_imaginary(self) -> int:
        return len(self.vectors) - len(self.real)


@lru_cache(maxsize=32)
def triangulate(speakers: tuple[Speaker, ...]) -> Triangulation:
    """Triangulate a layout (cached per layout: formats are immutable)."""
    from scipy.spatial import ConvexHull  # lazy: only loudspeaker formats need it

    real = np.array([i for i, s in enumerate(speakers) if not s.lfe], dtype=int)
    if len(real) < 2:
        raise RenderError(f"loudspeaker layout needs at least 2 full-range speakers, got {len(real)}")
    vec = unit_vectors(
        np.array([speakers[i].azimuth_deg for i in real]), np.array([speakers[i].elevation_deg for i in real])
    )
    extra: list[np.ndarray] = []
    cos_cover = np.cos(np.radians(POLE_COVERAGE_DEG))
    for pole in (np.array([0.0, 0.0, -1.0]), np.array([0.0, 0.0, 1.0])):
        if np.max(vec @ pole) < cos_cover:
            extra.append(pole)
    for _ in range(_MAX_FILL + 1):
        points = np.concatenate([vec, np.array(extra).reshape(-1, 3)])
        hull = _hull(ConvexHull, points)
        if hull is not None and np.all(hull.equations[:, 3] < -1e-6):  # origin strictly inside
            break
        extra.append(_widest_gap(points))
    else:  # pragma: no cover - the horizon fill always closes a hull within a few steps
        raise RenderError("loudspeaker layout: cannot surround the listener with imaginary speakers")
    triangles = np.asarray(hull.simplices, dtype=int)
    bases = points[triangles]  # (T, 3 speakers, 3 coords): p = w @ bases
    inverse = inv3(bases)  # (written out: LAPACK's kernel, and so the last bits, depends on the CPU)
    n_real = len(vec)
    downmix = np.zeros((len(points), n_real))
    downmix[np.arange(n_real), np.arange(n_real)] = 1.0
    for k in range(n_real, len(points)):
        neighbours = np.unique(triangles[np.any(triangles == k, axis=1)])
        neighbours = neighbours[neighbours < n_real]
        if len(neighbours) == 0:  # only imaginary neighbours: share over every real speaker
            neighbours = np.arange(n_real)
        downmix[k, neighbours] = 1.0 / len(neighbours)
    for a in (real, points, triangles, inverse, downmix):
        a.setflags(write=False)
    return Triangulation(len(speakers), real, points, triangles, inverse, downmix)


def _hull(convex_hull, points: np.ndarray):
    try:
        return convex_hull(points)
    except Exception:  # qhull refuses flat point sets (all speakers on one great circle and no pole yet)
        return None


def _widest_gap(points: np.ndarray) -> np.ndarray:
    """A horizon direction in the middle of the widest azimuth gap between the given directions."""
    az = np.sort(np.degrees(np.arctan2(points[:, 1], points[:, 0]))[np.hypot(points[:, 0], points[:, 1]) > 1e-9])
    if len(az) == 0:
        return np.array([1.0, 0.0, 0.0])
    gaps = np.diff(np.concatenate([az, az[:1] + 360.0]))
    k = int(np.argmax(gaps))
    mid = np.radians(az[k] + gaps[k] / 2)
    return np.array([np.cos(mid), np.sin(mid), 0.0])


def vbap_gains(tri: Triangulation, azimuth_deg: np.ndarray, elevation_deg: np.ndarray, law: str = "energy") -> np.ndarray:
    """Gains ``(..., n_channels)`` for directions shaped ``(...)``; sum of squares 1, LFE 0."""
    if law not in PANNING_LAWS:
        raise RenderError(f"options.loudspeaker_panning={law!r}: expected one of {', '.join(PANNING_LAWS)}")
    az, el = np.broadcast_arrays(np.asarray(azimuth_deg, dtype=float), np.asarray(elevation_deg, dtype=float))
    shape = az.shape
    p = unit_vectors(az.ravel(), el.ravel())  # (F, 3)
    if law == "allrad":
        return _allrad(tri, p).reshape(*shape, tri.n_channels)
    w_all = np.einsum("fi,tij->ftj", p, tri.inverse)  # (F, T, 3)
    best = np.argmax(w_all.min(axis=-1), axis=1)  # the triangle containing p (all weights >= 0)
    w = np.maximum(w_all[np.arange(len(p)), best], 0.0)  # (F, 3)
    idx = tri.triangles[best]  # (F, 3)
    if law == "energy":
        power = w / np.sum(w, axis=-1, keepdims=True)
    else:
        power = (w / np.linalg.norm(w, axis=-1, keepdims=True)) ** 2
    # imaginary speakers pass their power on to their real neighbours (identity rows for real ones)
    pw = np.zeros((len(p), len(tri.vectors)))
    np.put_along_axis(pw, idx, power, axis=1)
    # einsum, not BLAS: numpy's own loops sum in an order fixed by the numpy build, BLAS in one chosen per CPU
    # (a moving source's 7.1.4 gains differed in the last bits between an AVX2 and an AVX-512 machine)
    real_gains = np.sqrt(np.einsum("fs,sc->fc", pw, tri.downmix)) if tri.n_imaginary else np.sqrt(pw)
    gains = np.zeros((len(p), tri.n_channels))
    gains[:, tri.real] = real_gains
    return gains.reshape(*shape, tri.n_channels)


ALLRAD_POINTS = 1200
"""Virtual speakers of the AllRAD decoder (enough for order 3: the quadrature error is below 1e-3)."""


def allrad_order(tri: Triangulation) -> int:
    return int(np.clip(int(np.sqrt(len(tri.real))) - 1, 1, 3))


@lru_cache(maxsize=8)
def _fibonacci(n: int) -> np.ndarray:
    i = np.arange(n) + 0.5
    z = 1.0 - 2.0 * i / n
    phi = np.pi * (1.0 + 5.0**0.5) * i
    rxy = np.sqrt(1.0 - z * z)
    return np.stack([rxy * np.cos(phi), rxy * np.sin(phi), z], axis=-1)


@lru_cache(maxsize=16)
def _allrad_decoder(tri: Triangulation) -> tuple[int, np.ndarray]:
    """Order N and the decoder ``D`` ((N + 1)^2, C): gains = ``Y_sn3d(p) @ D``.

    ``D = (1 / J) sum_j Y_sn3d(v_j)^T (2n + 1) a_n g_vbap(v_j)`` over the virtual speakers ``v_j``, so that
    ``Y(p) @ D = (1 / J) sum_j [sum_n (2n + 1) a_n P_n(p . v_j)] g_vbap(v_j)`` (addition theorem): the
    max-rE panning function sampled at the virtual speakers, each VBAP-panned onto the real ones.
    """
    order = allrad_order(tri)
    virtual = _fibonacci(ALLRAD_POINTS)
    v_az = np.degrees(np.arctan2(virtual[:, 1], virtual[:, 0]))
    v_el = np.degrees(np.arcsin(np.clip(virtual[:, 2], -1.0, 1.0)))
    g_virtual = vbap_gains(tri, v_az, v_el, "amplitude")  # (J, C)
    # max-rE weights of order N (Zotter & Frank): a_n = P_n(cos(137.9 deg / (N + 1.51)))
    a = ambisonics.legendre_polynomials(np.cos(np.radians(137.9 / (order + 1.51))), order)[0]
    n, _ = ambisonics.acn_degrees(order)
    y = ambisonics.sh_sn3d(v_az, v_el, order) * ((2 * n + 1) * a[n])[None, :]  # (J, (N+1)^2)
    decoder = np.einsum("ja,jc->ac", y, g_virtual) / len(virtual)
    decoder.setflags(write=False)
    return order, decoder


def _allrad(tri: Triangulation, p: np.ndarray) -> np.ndarray:
    """AllRAD gains ``(F, n_channels)`` for unit vectors ``p`` (F, 3), scaled to unit power."""
    order, decoder = _allrad_decoder(tri)
    az = np.degrees(np.arctan2(p[:, 1], p[:, 0]))
    el = np.degrees(np.arcsin(np.clip(p[:, 2], -1.0, 1.0)))
    gains = np.einsum("fa,ac->fc", ambisonics.sh_sn3d(az, el, order), decoder)
    norm = np.sqrt(np.sum(gains**2, axis=-1, keepdims=True))
    return gains / np.maximum(norm, 1e-12)


def energy_vector(gains: np.ndarray, speakers: tuple[Speaker, ...]) -> np.ndarray:
    """Gerzon energy vector ``sum g^2 l / sum g^2`` of gains ``(..., n_channels)`` (LFE ignored)."""
    return _vector(np.asarray(gains) ** 2, speakers)


def velocity_vector(gains: np.ndarray, speakers: tuple[Speaker, ...]) -> np.ndarray:
    """Gerzon velocity vector ``sum g l / sum g`` of gains ``(..., n_channels)`` (LFE ignored)."""
    return _vector(np.asarray(gains), speakers)


def _vector(weights: np.ndarray, speakers: tuple[Speaker, ...]) -> np.ndarray:
    full = [i for i, s in enumerate(speakers) if not s.lfe]
    vec = unit_vectors(np.array([speakers[i].azimuth_deg for i in full]), np.array([speakers[i].elevation_deg for i in full]))
    w = weights[..., full]
    return (w @ vec) / np.sum(w, axis=-1, keepdims=True)
