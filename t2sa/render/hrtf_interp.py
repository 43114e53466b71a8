"""Array machinery behind :meth:`t2sa.render.hrtf.HRTF.filters`: onsets, triangulation, fractional delays.

Why this shape: mixing neighbouring HRIRs sample by sample comb-filters, because their onsets differ
(the ITD changes by up to ~10 samples between grid points 15 degrees apart). So each measured IR is
split into an *onset delay* (per ear, fractional samples) and an *onset-aligned* IR. A query direction
gets barycentric weights over the enclosing triangle of the measurement grid; the aligned IRs are mixed
with those weights (with a magnitude correction, see ``HRTF._mix``) and the weighted delay is put back
as an exact FFT phase shift. At a measured direction the weights are (1, 0, 0), the delay put back is
the one taken out, and the measured IR comes back unchanged (to rounding).

Everything here works on plain arrays so that the HRTF class, the head model and the SOFA reader can
share it without import cycles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy import fft as sfft
from scipy.spatial import ConvexHull, cKDTree

from t2sa.render.linalg3 import det3, inv3

ONSET_UPSAMPLE = 8
"""Onsets are found on an 8x band-limited upsampling: 1/8-sample resolution before sub-sample refinement."""

ONSET_THRESHOLD_DB = -20.0
"""Onset = first crossing of the peak magnitude minus 20 dB, per IR and ear (the usual HRIR onset
definition; robust to the low-level noise floor before the direct sound in measured sets)."""

ONSET_TAPER_HZ = (7000.0, 20000.0)
"""Before thresholding, the IR is low-passed with a raised-cosine taper from 7 kHz down to zero at
20 kHz (or at Nyquist if lower). Why: an IR with energy right up to Nyquist (the spherical-head model,
a unit impulse) rings like a sinc when upsampled, its side lobes sit at -13, -18, -21 dB, and a
-20 dB threshold then jumps between lobes from one direction to the next (1-3 samples of
misalignment, i.e. comb notches when neighbours are mixed). The tapered pulse has no such lobes.
Fixed in hertz so the onset means the same thing at every sample rate."""


def unit_vectors(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """(k, 3) Cartesian unit vectors, x = front, y = left, z = up (SOFA / AmbiX axes)."""
    az = np.deg2rad(np.asarray(azimuth_deg, dtype=np.float64))
    el = np.deg2rad(np.asarray(elevation_deg, dtype=np.float64))
    cos_el = np.cos(el)
    return np.stack([cos_el * np.cos(az), cos_el * np.sin(az), np.sin(el)], axis=-1)


def onset_delays(
    irs: np.ndarray,
    sample_rate: float,
    threshold_db: float = ONSET_THRESHOLD_DB,
    upsample: int = ONSET_UPSAMPLE,
    chunk: int = 256,
) -> np.ndarray:
    """Fractional onset (samples) of every IR along the last axis.

    The IR is low-passed (see ``ONSET_TAPER_HZ``) and upsampled band-limited (so the estimate does not
    snap to the sample grid), its magnitude compared with ``threshold_db`` below its own peak, and the
    first crossing refined by linear interpolation between the two upsampled samples around it. Using
    each IR's own peak makes the onset independent of level, so a quiet contralateral ear is timed as
    well as the loud ipsilateral one. An all-zero IR gets onset 0. Rows are processed in chunks to
    bound memory (an 8x upsampled copy of a large set would be hundreds of MB).
    """
    irs = np.asarray(irs, dtype=np.float64)
    shape = irs.shape[:-1]
    taps = irs.shape[-1]
    flat = irs.reshape(-1, taps)
    n_fft = fft_size(taps)
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sample_rate)
    nyquist = sample_rate / 2.0
    f_hi = min(ONSET_TAPER_HZ[1], nyquist)
    f_lo = min(ONSET_TAPER_HZ[0], 0.35 * f_hi)
    ramp = np.clip((freqs - f_lo) / (f_hi - f_lo), 0.0, 1.0)
    taper = 0.5 + 0.5 * np.cos(np.pi * ramp)
    out = np.empty(flat.shape[0])
    scale = 10.0 ** (threshold_db / 20.0)
    for start in range(0, flat.shape[0], chunk):
        block = flat[start : start + chunk]
        spec = sfft.rfft(block, n_fft, axis=-1) * taper
        # only the first `taps` samples are the IR; the rest of the padded buffer holds wrapped pre-ringing
        up = np.abs(sfft.irfft(spec, n_fft * upsample, axis=-1)[:, : taps * upsample]) * upsample
        peak = up.max(axis=-1)
        thr = peak * scale
        first = np.argmax(up >= thr[:, None], axis=-1)
        rows = np.arange(block.shape[0])
        prev = np.maximum(first - 1, 0)
        y0, y1 = up[rows, prev], up[rows, first]
        frac = np.where(y1 > y0, (thr - y0) / np.where(y1 > y0, y1 - y0, 1.0), 1.0)
        pos = np.where(first > 0, prev + np.clip(frac, 0.0, 1.0), 0.0)
        out[start : start + chunk] = np.where(peak > 0, pos / upsample, 0.0)
    return out.reshape(shape)


def fft_size(taps: int) -> int:
    """FFT length for delay re-application: twice the IR length (room for the shifts), fast size."""
    return int(sfft.next_fast_len(2 * max(int(taps), 1), real=True))


def phase_ramp(delays: np.ndarray, n_fft: int) -> np.ndarray:
    """exp(-2 pi i k d / n_fft) for every delay ``d`` (samples) and rfft bin ``k``: a pure delay by ``d``.

    Built as an outer product of two short exponential tables (k = 16 a + b), which is ~4x faster
    than one complex exponential per bin and as accurate; this is the hot loop of ``filters()``.
    """
    d = np.asarray(delays, dtype=np.float64)
    n_bins = n_fft // 2 + 1
    block = 16
    n_blocks = -(-n_bins // block)
    scale = -2.0 * np.pi / n_fft
    fine = np.exp(1j * scale * np.multiply.outer(d, np.arange(block, dtype=np.float64)))
    coarse = np.exp(1j * scale * np.multiply.outer(d, np.arange(n_blocks, dtype=np.float64) * block))
    out = coarse[..., :, None] * fine[..., None, :]
    return out.reshape(d.shape + (n_blocks * block,))[..., :n_bins]


def fractional_delay(x: np.ndarray, delays: np.ndarray, n_out: int | None = None) -> np.ndarray:
    """Delay each row of ``x`` by ``delays`` samples (fractional allowed, broadcast over leading axes).

    Done as a phase ramp on a zero-padded FFT, so it is exact for band-limited signals and leaves a
    zero delay bit-exact. Used for the SOFA ``Data.Delay`` field and for tests.
    """
    x = np.asarray(x, dtype=np.float64)
    delays = np.broadcast_to(np.asarray(delays, dtype=np.float64), x.shape[:-1])
    n_out = x.shape[-1] if n_out is None else int(n_out)
    n_fft = int(sfft.next_fast_len(x.shape[-1] + n_out + int(np.ceil(np.abs(delays).max(initial=0.0))) + 1, real=True))
    spec = sfft.rfft(x, n_fft, axis=-1) * phase_ramp(delays, n_fft)
    return sfft.irfft(spec, n_fft, axis=-1)[..., :n_out]


@dataclass(frozen=True, eq=False)
class SphereGrid:
    """Where a direction falls among the measured directions: indices and barycentric weights.

    Built once per HRTF. Three modes, chosen from the grid's shape:

    * ``hull`` (any grid that spans 3-D, full or partial sphere): the convex hull of the measured unit
      vectors is their spherical Delaunay triangulation. A query is located by starting at the
      triangles around its nearest measured direction and, if it is in none of them, walking across
      the edge with the most negative barycentric weight until it is inside (a visibility walk, which
      terminates on Delaunay triangulations and, unlike a plane-distance argmax, is not confused by
      the coplanar facets that regular az/el grids produce). The weights are planar barycentric
      coordinates of the ray through the facet (gnomonic), so they are exactly (1, 0, 0) at a vertex
      and continuous across edges.
      Facets whose circumscribed cap is much wider than the grid spacing are *gaps*, not measurements
      (e.g. the flat lid over the unmeasured bottom of MIT KEMAR's -40..90 degree cap). A direction in
      a gap is moved to the nearest point of the measured region's boundary (the nearest boundary edge,
      as a great-circle arc) and interpolated there between that edge's two ends. So below the lowest
      ring a source keeps its azimuth and sits on that ring; the result is continuous at the boundary.
      Straight below a partial sphere every boundary point is equally near and the first one wins.
    * ``ring`` (all measurements at one elevation, e.g. horizontal-plane sets): linear interpolation in
      azimuth between the two ring neighbours; the query's elevation is ignored.
    * ``nearest`` (fewer than 4 points or no usable triangulation): the nearest measured direction.
    """

    points: np.ndarray  # (n, 3) unit vectors
    mode: str
    tree: cKDTree
    simplices: np.ndarray = field(default_factory=lambda: np.zeros((0, 3), dtype=np.intp))  # (f, 3) all hull facets
    neighbors: np.ndarray = field(default_factory=lambda: np.zeros((0, 3), dtype=np.intp))  # (f, 3) facet opposite vertex j
    inverses: np.ndarray = field(default_factory=lambda: np.zeros((0, 3, 3)))  # (f, 3, 3) inverse of [v0 v1 v2]
    valid: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # (f,) measured facet, not a gap
    degenerate: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # (f,) facet through the origin
    vertex_facets: np.ndarray = field(default_factory=lambda: np.zeros((0, 1), dtype=np.intp))  # (n, d), -1 padded
    boundary: np.ndarray = field(default_factory=lambda: np.zeros((0, 2), dtype=np.intp))  # (e, 2) edges valid|gap
    ring_order: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))  # ring mode: order by azimuth
    ring_azimuth: np.ndarray = field(default_factory=lambda: np.zeros(0))  # ring mode: sorted azimuths (rad)

    WALK_STEPS = 512
    EPS = 1e-9

    @classmethod
    def build(cls, directions: np.ndarray) -> SphereGrid:
        directions = np.asarray(directions, dtype=np.float64)
        points = unit_vectors(directions[:, 0], directions[:, 1])
        tree = cKDTree(points)
        if len(points) >= 2 and np.ptp(directions[:, 1]) < 1e-6:
            az = np.arctan2(points[:, 1], points[:, 0])
            order = np.argsort(az, kind="stable")
            return cls(points=points, mode="ring", tree=tree, ring_order=order, ring_azimuth=az[order])
        if len(points) < 4:
            return cls(points=points, mode="nearest", tree=tree)
        try:
            hull = ConvexHull(points)
        except Exception:  # Qhull refuses degenerate (e.g. coplanar) grids: fall back rather than fail the load
            return cls(points=points, mode="nearest", tree=tree)
        simplices = _canonical_diagonals(points, hull.simplices.astype(np.intp), hull.neighbors, hull.equations)
        mats = np.transpose(points[simplices], (0, 2, 1))  # columns are the facet's vertices
        det = det3(mats)  # (written out: LAPACK's kernel, and so the last bits, depends on the CPU)
        degenerate = np.abs(det) < 1e-12
        safe = np.where(degenerate[:, None, None], np.eye(3), mats)
        inverses = np.where(degenerate[:, None, None], 0.0, inv3(safe, np.where(degenerate, 1.0, det)))
        offsets = -hull.equations[:, 3]
        cap = np.degrees(np.arccos(np.clip(offsets, -1.0, 1.0)))
        sane = ~degenerate & (offsets > 1e-9)
        if not np.any(sane):
            return cls(points=points, mode="nearest", tree=tree)
        limit = min(max(3.0 * float(np.median(cap[sane])), 20.0), 80.0)
        valid = sane & (cap <= limit)
        if not np.any(valid):
            return cls(points=points, mode="nearest", tree=tree)
        neighbors = _neighbors(simplices)
        # vertex -> incident facets (padded table) for the first guess of every query
        flat_v = simplices.ravel()
        flat_f = np.repeat(np.arange(len(simplices)), 3)
        order = np.argsort(flat_v, kind="stable")
        flat_v, flat_f = flat_v[order], flat_f[order]
        counts = np.bincount(flat_v, minlength=len(points))
        table = np.full((len(points), max(int(counts.max()), 1)), -1, dtype=np.intp)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        table[flat_v, np.arange(len(flat_v)) - starts[flat_v]] = flat_f
        # boundary edges of the measured region: sides of valid facets that face a gap facet
        fi, j = np.nonzero(valid[:, None] & ~valid[neighbors])
        others = np.array([[1, 2], [2, 0], [0, 1]])[j]
        boundary = simplices[fi[:, None], others]
        return cls(
            points=points,
            mode="hull",
            tree=tree,
            simplices=simplices,
            neighbors=neighbors,
            inverses=inverses,
            valid=valid,
            degenerate=degenerate,
            vertex_facets=table,
            boundary=boundary.reshape(-1, 2),
        )

    def nearest(self, v: np.ndarray) -> np.ndarray:
        """Index of the nearest measured direction for each unit vector in ``v`` (k, 3)."""
        return self.tree.query(v)[1].astype(np.intp)

    def locate(self, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(k, 3) indices and (k, 3) weights (non-negative, summing to 1) for unit vectors ``v`` (k, 3)."""
        k = len(v)
        if self.mode == "nearest":
            idx = np.repeat(self.nearest(v)[:, None], 3, axis=1)
            w = np.zeros((k, 3))
            w[:, 0] = 1.0
            return idx, w
        if self.mode == "ring":
            return self._locate_ring(v)
        near = self.nearest(v)
        facet, w = self._walk(v, near)
        idx = self.simplices[facet].copy()
        lost = facet < 0
        gap = ~lost & ~self.valid[np.maximum(facet, 0)]
        if np.any(gap):
            idx[gap], w[gap] = self._to_boundary(v[gap], near[gap])
        if np.any(lost):  # the walk did not finish (cannot happen on a Delaunay triangulation): nearest point
            idx[lost] = near[lost, None]
            w[lost] = [1.0, 0.0, 0.0]
        w[w < 1e-12] = 0.0  # rounding noise at a vertex or on an edge: exactly (1, 0, 0) / (a, b, 0)
        w /= w.sum(axis=1, keepdims=True)
        return idx, w

    def _walk(self, v: np.ndarray, near: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Facet containing each query (-1 if not found) and its barycentric weights."""
        cand = self.vertex_facets[near]
        has = cand >= 0
        safe = np.where(has, cand, 0)
        w_all = np.einsum("kdij,kj->kdi", self.inverses[safe], v)
        score = np.where(has & ~self.degenerate[safe], w_all.min(axis=2), -np.inf)
        # on a shared vertex or edge (score ~0 for several facets) prefer a measured facet to a gap
        best = np.argmax(score + 1e-9 * self.valid[safe], axis=1)
        rows = np.arange(len(v))
        facet = safe[rows, best]
        w = w_all[rows, best]
        todo = np.flatnonzero(score[rows, best] < -self.EPS)
        for _ in range(self.WALK_STEPS):
            if todo.size == 0:
                break
            step = self.neighbors[facet[todo], np.argmin(w[todo], axis=1)]
            w_new = np.einsum("kij,kj->ki", self.inverses[step], v[todo])
            facet[todo], w[todo] = step, w_new
            # a degenerate facet (through the origin) has no interior: the query is in that gap
            todo = todo[(w_new.min(axis=1) < -self.EPS) & ~self.degenerate[step]]
        facet[todo] = -1
        return facet, w

    def _to_boundary(self, v: np.ndarray, near: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Gap queries: a point on the measured region's boundary, weights of its edge's two ends.

        The point is where the query's meridian (same azimuth, moving in elevation) first meets a
        boundary edge, so a source below a partial sphere keeps its azimuth and sits on the lowest
        ring. Queries whose meridian meets no boundary edge (or with no azimuth: the poles) take the
        nearest point of the boundary instead.
        """
        if len(self.boundary) == 0:  # gap facets but no boundary (cannot happen): nearest point
            idx = np.repeat(near[:, None], 3, axis=1)
            return idx, np.tile([1.0, 0.0, 0.0], (len(v), 1))
        a = self.points[self.boundary[:, 0]]
        b = self.points[self.boundary[:, 1]]
        n = np.cross(a, b)
        n /= np.linalg.norm(n, axis=1, keepdims=True)
        horizontal = np.hypot(v[:, 0], v[:, 1])
        meridian = np.cross(np.array([0.0, 0.0, 1.0]), v)  # normal of the query's meridian plane
        meridian /= np.maximum(horizontal, 1e-300)[:, None]
        # meridian x edge great circle: the crossing on the query's side of the axis
        p = np.cross(n[None, :, :], meridian[:, None, :])
        p /= np.maximum(np.linalg.norm(p, axis=2, keepdims=True), 1e-300)
        side = np.sign(np.einsum("gec,gc->ge", p[..., :2], v[:, :2]))
        p *= np.where(side == 0, 1.0, side)[..., None]
        p_ok = horizontal[:, None] > 1e-9
        # einsum, not BLAS, whose kernel (and so the last bits) depends on the CPU: a direction's nearest arc and
        # its neighbours must be the same on every machine
        closest = v[:, None, :] - np.einsum("gc,ec->ge", v, n)[:, :, None] * n[None]  # nearest point of each arc
        closest /= np.maximum(np.linalg.norm(closest, axis=2, keepdims=True), 1e-300)
        best_e, best_p, found = self._pick_on_arcs(p, v, a, b, n, p_ok)
        if not np.all(found):
            e2, p2, _ = self._pick_on_arcs(closest, v, a, b, n, np.ones_like(p_ok), endpoints=True)
            best_e = np.where(found, best_e, e2)
            best_p = np.where(found[:, None], best_p, p2)
        ea, eb = a[best_e], b[best_e]
        al = np.einsum("gc,gc->g", np.cross(best_p, eb), n[best_e])  # best_p ~ al * a + be * b
        be = np.einsum("gc,gc->g", np.cross(ea, best_p), n[best_e])
        al, be = np.clip(al, 0.0, None), np.clip(be, 0.0, None)
        wa = np.where(al + be > 0, al / np.maximum(al + be, 1e-300), 1.0)
        idx = np.stack([self.boundary[best_e, 0], self.boundary[best_e, 1], self.boundary[best_e, 1]], axis=1)
        w = np.stack([wa, 1.0 - wa, np.zeros_like(wa)], axis=1)
        return idx, w

    @staticmethod
    def _pick_on_arcs(
        p: np.ndarray, v: np.ndarray, a: np.ndarray, b: np.ndarray, n: np.ndarray, ok: np.ndarray, endpoints: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Among candidate points p (g, e, 3) on each edge's great circle, the one on its arc nearest to v.
        With ``endpoints``, a candidate off its arc is replaced by the arc's nearer end."""
        alpha = np.einsum("gec,ec->ge", np.cross(p, b[None]), n)
        beta = np.einsum("gec,ec->ge", np.cross(a[None], p), n)
        on_arc = (alpha >= -1e-12) & (beta >= -1e-12) & ok
        if endpoints:
            use_a = np.einsum("gc,ec->ge", v, a) >= np.einsum("gc,ec->ge", v, b)
            end = np.where(use_a[..., None], a[None], b[None])
            p = np.where(on_arc[..., None], p, end)
            on_arc = np.ones_like(on_arc)
        closeness = np.where(on_arc, np.einsum("gec,gc->ge", p, v), -np.inf)
        e = np.argmax(closeness, axis=1)
        rows = np.arange(len(v))
        return e, p[rows, e], np.isfinite(closeness[rows, e])

    def _locate_ring(self, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        az = np.arctan2(v[:, 1], v[:, 0])
        ring = self.ring_azimuth
        n = len(ring)
        hi = np.searchsorted(ring, az, side="right") % n
        lo = (hi - 1) % n
        span = np.mod(ring[hi] - ring[lo], 2 * np.pi)
        span = np.where(span == 0, 2 * np.pi, span)
        t = np.clip(np.mod(az - ring[lo], 2 * np.pi) / span, 0.0, 1.0)
        idx = np.stack([self.ring_order[lo], self.ring_order[hi], self.ring_order[hi]], axis=1)
        w = np.stack([1.0 - t, t, np.zeros_like(t)], axis=1)
        return idx, w


def _canonical_diagonals(points: np.ndarray, simplices: np.ndarray, neighbors: np.ndarray, equations: np.ndarray) -> np.ndarray:
    """Re-split every coplanar pair of facets (4 points on one circle) along a canonical diagonal.

    Regular grids are full of such cells (an az/el trapezoid is cyclic) and Qhull splits them along
    an arbitrary diagonal, so a grid that is mirror-symmetric (az -> -az) would interpolate
    differently on the two sides. The rule picks the diagonal whose midpoint is farther from the
    median plane (then more frontal, then higher); it only looks at |y|, x and z, so mirrored cells
    make mirrored choices and a symmetric grid gives exactly symmetric filters. Cells that are their
    own mirror image (straddling the median plane) keep Qhull's choice.
    """
    simplices = simplices.copy()
    f = len(simplices)
    first = np.repeat(np.arange(f), 3)
    second = neighbors.ravel()
    same = (first < second) & np.all(np.abs(equations[first] - equations[second]) < 1e-10, axis=1)
    touched = np.zeros(f, dtype=bool)

    def key(i: int, j: int) -> tuple[float, float, float]:
        mid = points[i] + points[j]
        return (round(abs(mid[1]), 12), round(mid[0], 12), round(mid[2], 12))

    for i, j in zip(first[same], second[same], strict=True):
        if touched[i] or touched[j]:
            continue  # part of a larger coplanar patch already changed: leave the rest as Qhull made it
        si, sj = set(simplices[i].tolist()), set(simplices[j].tolist())
        shared = sorted(si & sj)
        if len(shared) != 2:
            continue
        c, d = (si - sj).pop(), (sj - si).pop()
        a, b = shared
        if key(c, d) > key(a, b):
            simplices[i] = [c, d, a]
            simplices[j] = [d, c, b]
            touched[i] = touched[j] = True
    return simplices


def _neighbors(simplices: np.ndarray) -> np.ndarray:
    """(f, 3) index of the facet across the edge opposite each vertex (-1 if none), like Qhull's."""
    f = len(simplices)
    opposite = np.array([[1, 2], [0, 2], [0, 1]])
    edges = np.sort(simplices[:, opposite], axis=2).reshape(-1, 2)  # (3f, 2), row f*3 + j
    order = np.lexsort((edges[:, 1], edges[:, 0]))
    sorted_edges = edges[order]
    pair = np.all(sorted_edges[1:] == sorted_edges[:-1], axis=1)
    out = np.full(3 * f, -1, dtype=np.intp)
    lo, hi = order[:-1][pair], order[1:][pair]
    out[lo] = hi // 3
    out[hi] = lo // 3
    return out.reshape(f, 3)
