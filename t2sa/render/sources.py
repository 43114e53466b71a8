"""Per-format source models: what filter (or gain) a source at a given position needs.

A model turns positions (arrays of ``azimuth_deg``, ``elevation_deg``, ``distance_m``, ``spread_deg`` at
some instants) into either per-channel gains (``gain_only`` models: panning and Ambisonic encoding of a
point source) or per-channel filter spectra (HRIRs, spread decorrelators, air absorption, ITD delays).
The engines in :mod:`t2sa.render.engine` apply them statically or crossfaded over time.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import numpy as np
import scipy.fft as sfft

from t2sa.errors import RenderError
from t2sa.formats import Format
from t2sa.render import ambisonics, loudspeakers, nearfield, stereo
from t2sa.render.distance import (
    AIR_REFERENCE_M,
    air_absorption_db_per_m,
    air_filter_length,
    air_log_spectrum,
    distance_gain,
    parallax,
    unit_vectors,
)
from t2sa.render.nearfield import REFERENCE_M as NEAR_REFERENCE_M
from t2sa.render.spread import arc_points, decorrelation_filters

Positions = dict[str, np.ndarray]

AIR_STEP_DB = 0.1
"""Air-absorption filters of a moving source change in steps of at most this at Nyquist (0.05 dB rounding)."""


class FormatSource:
    """Shared parts: spread decorrelators and air absorption, both optional."""

    n_channels: int
    length: int
    gain_only: bool

    @classmethod
    def for_format(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, max_distance: float, moving: bool,
        min_distance: float = np.inf, **common: Any
    ) -> FormatSource:
        """The source for ``fmt`` with the render options; ``max_distance`` decides whether air absorption is
        needed (beyond :meth:`air_reference`); ``common``: n_spread, air, seed. Subclasses say how they are
        built (:meth:`build`), not this."""
        common["air"] = bool(common["air"] and max_distance > cls.air_reference(hrtf))
        return cls.build(fmt, sample_rate, hrtf, options, moving=moving, min_distance=min_distance, **common)

    @classmethod
    def air_reference(cls, hrtf: Any) -> float:
        """Distance up to which the format's filters already hold the air path (1 m: the level reference)."""
        return AIR_REFERENCE_M

    @classmethod
    def build(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, moving: bool, min_distance: float, **common: Any
    ) -> FormatSource:
        return cls(sample_rate, **common)

    @classmethod
    def diffuse_levels(cls, fmt: Format) -> np.ndarray:
        """Per-channel amplitude of a diffuse (reverberant) field of unit power: equal power over channels."""
        return np.full(fmt.channels, np.sqrt(1.0 / fmt.channels))

    def __init__(self, sample_rate: int, *, n_spread: int, air: bool, seed: int, air_reference: float = AIR_REFERENCE_M):
        self.sample_rate = sample_rate
        self.n_spread = n_spread
        self.air = air
        self.air_reference = air_reference
        self.decorrelators = decorrelation_filters(n_spread, sample_rate, seed) if n_spread else None
        self.extra_length = (air_filter_length(sample_rate) - 1 if air else 0) + (
            self.decorrelators.shape[-1] - 1 if n_spread else 0
        )
        self._spectra_cache: dict[int, Any] = {}

    # -- helpers ----------------------------------------------------------------------------
    def points(self, pos: Positions) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Directions ``(F, P)`` and weights ``(F, P)`` of the point(s) making up the source."""
        az, el = pos["azimuth_deg"], pos["elevation_deg"]
        if not self.n_spread:
            return az[:, None], el[:, None], np.ones((len(az), 1))
        return arc_points(az, el, pos["spread_deg"], self.n_spread)

    def decorrelator_spectra(self, nfft: int) -> np.ndarray:
        """``(P, nbins)``: 1 for the coherent centre, the decorrelators' spectra for the arc."""
        if nfft not in self._spectra_cache:
            d = sfft.rfft(self.decorrelators.astype(np.float32), nfft, axis=-1)
            ones = np.ones((1, nfft // 2 + 1), dtype=np.complex64)
            self._spectra_cache[nfft] = np.concatenate([ones, d.astype(np.complex64)])
        return self._spectra_cache[nfft]

    def air_spectra(self, distance_m: np.ndarray, nfft: int) -> np.ndarray:
        """``(F, nbins)`` air-absorption spectra for the path beyond ``air_reference`` (1 m; for binaural the
        HRTF's measurement distance if larger, as measured HRIRs already contain that much air)."""
        # the path is rounded to a step worth at most 0.05 dB at Nyquist, so a moving source needs a few
        # distinct filters rather than one complex exponential per frame (the level uses the exact distance)
        step = AIR_STEP_DB / max(float(air_absorption_db_per_m(self.sample_rate / 2)), 1e-9)
        extra = np.maximum(np.asarray(distance_m, dtype=float) - self.air_reference, 0.0)
        unique, inverse = np.unique(np.round(extra / step), return_inverse=True)
        spec = np.exp((unique * step).astype(np.float32)[:, None] * air_log_spectrum(self.sample_rate, nfft)[None, :])
        return spec[inverse.reshape(-1)]

    @property
    def tail(self) -> int:
        """Samples the direct sound adds after the input ends."""
        if self.gain_only:
            return air_filter_length(self.sample_rate) - 1 if self.air else 0
        return self.length - 1

    def combine(self, coef: np.ndarray, point_spectra: np.ndarray | None, pos: Positions, nfft: int) -> np.ndarray:
        """Sum points: ``coef`` (F, P, C) amplitude per point and channel; ``point_spectra`` (F, P, C, nb) or
        None (flat). Applies decorrelators and air absorption; returns complex64 (F, C, nb)."""
        nb = nfft // 2 + 1
        f, p, c = coef.shape
        coef = coef.astype(np.float32)
        if self.n_spread:
            dec = self.decorrelator_spectra(nfft)  # (P, nb)
            if point_spectra is None:
                out = np.einsum("fpc,pb->fcb", coef, dec)
            else:
                out = np.einsum("fpc,fpcb,pb->fcb", coef.astype(np.complex64), point_spectra, dec)
        elif point_spectra is None:
            out = np.broadcast_to(coef[:, 0, :, None], (f, c, nb)).astype(np.complex64)
        else:
            out = point_spectra[:, 0] * coef[:, 0, :, None]
        if self.air:
            out = out * self.air_spectra(pos["distance_m"], nfft)[:, None, :]
        return out.astype(np.complex64, copy=False)

    # -- interface --------------------------------------------------------------------------
    def gains(self, pos: Positions) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def spectra_frames(self, idx: np.ndarray, nfft: int, frame_pos: Callable[[np.ndarray], Positions]) -> np.ndarray:
        """Spectra for frames ``idx`` of a moving source (``frame_pos`` maps frame indices to positions)."""
        return self.spectra(frame_pos(idx), nfft)

    def impulse(self, pos: Positions) -> np.ndarray:
        """Time-domain filter ``(C, length)`` for one position (static sources)."""
        nfft = sfft.next_fast_len(self.length, real=True)
        return sfft.irfft(self.spectra(pos, nfft)[0], nfft, axis=-1)[:, : self.length]


class AmbisonicSource(FormatSource):
    """AmbiX encoding (ACN, SN3D) of the point (or the spread arc) at the format's order."""

    @classmethod
    def build(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, moving: bool, min_distance: float, **common: Any
    ) -> FormatSource:
        return cls(int(fmt.ambisonic_order), sample_rate, **common)

    @classmethod
    def diffuse_levels(cls, fmt: Format) -> np.ndarray:
        """A diffuse field's power per order: 1/(2n+1) of W's in SN3D."""
        return ambisonics.diffuse_channel_gains(int(fmt.ambisonic_order))

    def __init__(self, order: int, sample_rate: int, **kw: Any):
        super().__init__(sample_rate, **kw)
        self.order = order
        self.n_channels = ambisonics.n_channels(order)
        self.gain_only = not self.n_spread
        self.length = 1 + self.extra_length

    def gains(self, pos: Positions) -> np.ndarray:
        sh = ambisonics.sh_sn3d(pos["azimuth_deg"], pos["elevation_deg"], self.order)
        return sh * distance_gain(pos["distance_m"])[:, None]

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:
        az, el, w = self.points(pos)
        coef = ambisonics.sh_sn3d(az, el, self.order) * (w * distance_gain(pos["distance_m"])[:, None])[..., None]
        return self.combine(coef, None, pos, nfft)


class LoudspeakerSource(FormatSource):
    """VBAP over a loudspeaker layout (:mod:`t2sa.render.loudspeakers`); the LFE channel stays silent."""

    @classmethod
    def build(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, moving: bool, min_distance: float, **common: Any
    ) -> FormatSource:
        law = getattr(options, "loudspeaker_panning", "energy")
        return cls(loudspeakers.triangulate(fmt.speakers), sample_rate, law=law, **common)

    @classmethod
    def diffuse_levels(cls, fmt: Format) -> np.ndarray:
        """Equal power over the full-range speakers (unit total), none in the LFE."""
        full = np.array([not s.lfe for s in fmt.speakers], dtype=float)
        return np.sqrt(full / full.sum())

    def __init__(self, tri: loudspeakers.Triangulation, sample_rate: int, *, law: str, **kw: Any):
        super().__init__(sample_rate, **kw)
        if law not in loudspeakers.PANNING_LAWS:
            raise RenderError(
                f"options.loudspeaker_panning={law!r}: expected one of {', '.join(loudspeakers.PANNING_LAWS)}"
            )
        self.tri, self.law = tri, law
        self.n_channels = tri.n_channels
        self.gain_only = not self.n_spread
        self.length = 1 + self.extra_length

    def gains(self, pos: Positions) -> np.ndarray:
        g = loudspeakers.vbap_gains(self.tri, pos["azimuth_deg"], pos["elevation_deg"], self.law)
        return g * distance_gain(pos["distance_m"])[:, None]

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:
        az, el, w = self.points(pos)
        g = loudspeakers.vbap_gains(self.tri, az, el, self.law)
        coef = g * (w * distance_gain(pos["distance_m"])[:, None])[..., None]
        return self.combine(coef, None, pos, nfft)


class StereoSource(FormatSource):
    """Constant-power panning between two loudspeakers at +-30 deg (optional Woodworth ITD)."""

    @classmethod
    def build(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, moving: bool, min_distance: float, **common: Any
    ) -> FormatSource:
        return cls(sample_rate, itd=options.stereo_itd, **common)

    def __init__(self, sample_rate: int, *, itd: bool, **kw: Any):
        super().__init__(sample_rate, **kw)
        self.itd = itd
        self.n_channels = 2
        self.gain_only = not self.n_spread and not itd
        self.length = (stereo.itd_filter_length(sample_rate) if itd else 1) + self.extra_length

    def gains(self, pos: Positions) -> np.ndarray:
        g = stereo.pan_gains(pos["azimuth_deg"], pos["elevation_deg"])
        return g * distance_gain(pos["distance_m"])[:, None]

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:
        az, el, w = self.points(pos)
        coef = stereo.pan_gains(az, el) * (w * distance_gain(pos["distance_m"])[:, None])[..., None]
        point_spectra = None
        if self.itd:
            firs = stereo.itd_filters(az, el, self.sample_rate).astype(np.float32)  # (F, P, 2, L)
            point_spectra = sfft.rfft(firs, nfft, axis=-1)
        return self.combine(coef, point_spectra, pos, nfft)


_FACTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _hrtf_facts(hrtf: Any) -> tuple[float, int, int]:
    """``(level scale, taps, max relative onset delay)`` of an HRTF, memoised per (immutable) instance.

    The scale gives unit diffuse-field energy per ear (mean over measured directions and both ears):
    the same level for every HRTF, and the reference the reverb level is defined against.
    """
    try:
        return _FACTS[hrtf]
    except (KeyError, TypeError):
        pass
    irs = np.asarray(hrtf.irs, dtype=float)
    scale = float(1.0 / np.sqrt(np.mean(np.sum(irs**2, axis=-1))))
    delays = np.asarray(hrtf.delays, dtype=float)
    facts = (scale, int(irs.shape[-1]), int(np.ceil(delays.max() - np.floor(delays.min()))) + 1)
    try:
        _FACTS[hrtf] = facts
    except TypeError:  # not weak-referenceable: just recompute next time
        pass
    return facts


def measurement_distance(hrtf: Any) -> float:
    """The HRTF's measurement distance, or 1 m when the file gives none that makes sense."""
    dist = float(getattr(hrtf, "measurement_distance_m", 1.0) or 1.0)
    return dist if np.isfinite(dist) and dist > 0.2 else 1.0


class BinauralSource(FormatSource):
    """HRIR filters (interpolated by the HRTF), per-ear near-field parallax, level-normalised HRTF.

    Static sources use ``hrtf.filters`` directly. Moving sources query the HRTF for *onset-aligned*
    HRIRs and their per-ear delays every ``control`` frames, chosen so that no ear's direction moves by
    more than ``RenderOptions.hrtf_step_deg`` (2 deg) between queries (at most 8 frames apart; every
    frame for fast motion). Frames in between interpolate the aligned spectra linearly (no comb
    filtering: their onsets coincide) and the delays linearly; the delay is re-applied per frame as an
    exact phase shift (quantised to 1/128 sample). Levels (distance, near-field gains, spread weights)
    are evaluated at every frame.

    Near field: measured HRTFs use acoustic parallax below their measurement distance
    (:func:`t2sa.render.distance.parallax`); the built-in head instead filters each ear with the rigid
    sphere's distance variation function (:mod:`t2sa.render.nearfield`), per frame for moving sources.
    """

    MAX_CONTROL = 8

    @classmethod
    def air_reference(cls, hrtf: Any) -> float:
        """Measured HRIRs already contain the air path up to their measurement distance."""
        return max(AIR_REFERENCE_M, measurement_distance(hrtf))

    @classmethod
    def build(
        cls, fmt: Format, sample_rate: int, hrtf: Any, options: Any, *, moving: bool, min_distance: float, **common: Any
    ) -> FormatSource:
        from t2sa.render.hrtf import BUILTIN_NAME  # binaural renders have loaded it already

        # the built-in spherical head has an exact near field (nearfield.py) instead of acoustic parallax
        sphere = bool(
            options.near_field and options.sphere_near_field and getattr(hrtf, "name", None) == BUILTIN_NAME
            and min_distance < NEAR_REFERENCE_M
        )
        return cls(hrtf, sample_rate, near_field=options.near_field, moving=moving,
                   air_reference=cls.air_reference(hrtf),
                   sphere_near_field=sphere, **common)

    @classmethod
    def diffuse_levels(cls, fmt: Format) -> np.ndarray:
        """Unit power at each ear (the HRTF is normalised to unit diffuse-field energy per ear)."""
        return np.ones(fmt.channels)

    DELAY_STEPS = 128

    def __init__(self, hrtf: Any, sample_rate: int, *, near_field: bool, moving: bool = False,
                 sphere_near_field: bool = False, **kw: Any):
        super().__init__(sample_rate, **kw)
        self.hrtf = hrtf
        self.n_channels = 2
        self.gain_only = False
        self.scale, self.taps, self.max_delay = _hrtf_facts(hrtf)
        self.moving = moving
        self.control = 1
        self.sphere_near_field = sphere_near_field
        dvf_extra = nearfield.dvf_length(sample_rate) - 1 if sphere_near_field else 0
        self.length = self.taps + (self.max_delay if moving else 0) + self.extra_length + dvf_extra
        self.measurement_distance = measurement_distance(hrtf)
        self.near_field = near_field
        self._tables: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def plan(self, frame_pos: Callable[[np.ndarray], Positions], n_frames: int, step_deg: float) -> None:
        """Choose the HRTF query interval from the fastest per-ear direction change of the trajectory."""
        pos = frame_pos(np.arange(n_frames))
        e_az, e_el = self._ear_directions(pos["azimuth_deg"][:, None], pos["elevation_deg"][:, None], pos["distance_m"])
        u = unit_vectors(e_az[:, 0], e_el[:, 0])  # (F, 2 ears, 3)
        cos = np.clip(np.sum(u[1:] * u[:-1], axis=-1), -1.0, 1.0)
        per_frame = float(np.degrees(np.arccos(cos)).max(initial=0.0))
        if self.n_spread:  # the arc's ends move with the spread as well
            per_frame += float(np.abs(np.diff(pos["spread_deg"])).max(initial=0.0)) / 2
        self.control = int(np.clip(step_deg / max(per_frame, 1e-9), 1, self.MAX_CONTROL))

    def _is_near(self, dist: np.ndarray) -> bool:
        """Whether acoustic parallax applies (measured HRTFs below their distance; not the built-in head,
        whose near field is the exact sphere solution: :meth:`_dvf_spectra`)."""
        if self.sphere_near_field:
            return False
        return bool(self.near_field and np.any(np.asarray(dist) < self.measurement_distance))

    def _dvf_spectra(self, az: np.ndarray, el: np.ndarray, dist: np.ndarray, nfft: int) -> np.ndarray:
        """Per-ear near-field filters of the built-in head for points ``(F, P)``: ``(F, P, 2, nb)`` complex64."""
        firs = nearfield.dvf_filters(az, el, np.broadcast_to(dist[:, None], az.shape), self.sample_rate)
        return sfft.rfft(firs, nfft, axis=-1).astype(np.complex64, copy=False)

    def _ear_gains(self, az: np.ndarray, el: np.ndarray, dist: np.ndarray) -> np.ndarray:
        """``(F, P, 2)`` per-ear gains (inverse distance, near-field parallax) for points ``(F, P)``."""
        r = np.broadcast_to(dist[:, None], az.shape)
        if self._is_near(dist):
            return parallax(az, el, r, self.measurement_distance)[2]
        return np.repeat(distance_gain(r)[..., None], 2, axis=-1)

    def _ear_directions(self, az: np.ndarray, el: np.ndarray, dist: np.ndarray):
        """Per-ear HRIR directions ``(F, P, 2)``; different per ear only in the near field."""
        if self._is_near(dist):
            e_az, e_el, _ = parallax(az, el, np.broadcast_to(dist[:, None], az.shape), self.measurement_distance)
            return e_az, e_el
        return np.repeat(az[..., None], 2, axis=-1), np.repeat(el[..., None], 2, axis=-1)

    def _query(self, method: Callable, e_az: np.ndarray, e_el: np.ndarray):
        """Call ``method`` (filters / aligned_filters) per ear set; returns per-ear arrays (F*P, 2, ...)."""
        if np.array_equal(e_az[..., 0], e_az[..., 1]) and np.array_equal(e_el[..., 0], e_el[..., 1]):
            return method(e_az[..., 0].ravel(), e_el[..., 0].ravel())
        left = method(e_az[..., 0].ravel(), e_el[..., 0].ravel())
        right = method(e_az[..., 1].ravel(), e_el[..., 1].ravel())
        if isinstance(left, tuple):
            return tuple(np.stack([a[:, 0], b[:, 1]], axis=1) for a, b in zip(left, right, strict=True))
        return np.stack([left[:, 0], right[:, 1]], axis=1)

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:
        az, el, w = self.points(pos)
        e_az, e_el = self._ear_directions(az, el, pos["distance_m"])
        h = np.asarray(self._query(self.hrtf.filters, e_az, e_el), dtype=np.float32).reshape(*az.shape, 2, -1)
        coef = w[..., None] * self._ear_gains(az, el, pos["distance_m"]) * self.scale
        spec = sfft.rfft(h, nfft, axis=-1)
        if self.sphere_near_field:
            spec = spec * self._dvf_spectra(az, el, pos["distance_m"], nfft)
        return self.combine(coef, spec, pos, nfft)

    def impulse(self, pos: Positions) -> np.ndarray:
        if self.n_spread or self.air or self.sphere_near_field:
            return super().impulse(pos)
        az, el, _ = self.points(pos)
        e_az, e_el = self._ear_directions(az, el, pos["distance_m"])
        h = np.asarray(self._query(self.hrtf.filters, e_az, e_el), dtype=np.float32)[0]
        gains = self._ear_gains(az, el, pos["distance_m"])[0, 0] * self.scale
        return h * gains[:, None].astype(np.float32)

    def _delay_tables(self, nfft: int) -> tuple[np.ndarray, np.ndarray]:
        """Phase ramps for whole-sample delays ``0..max_delay`` and for fractions ``q / DELAY_STEPS``."""
        if nfft not in self._tables:
            k = np.arange(nfft // 2 + 1)
            whole = np.exp(-2j * np.pi * np.outer(np.arange(self.max_delay + 1), k) / nfft).astype(np.complex64)
            frac = np.exp(-2j * np.pi * np.outer(np.arange(self.DELAY_STEPS + 1) / self.DELAY_STEPS, k) / nfft)
            self._tables[nfft] = (whole, frac.astype(np.complex64))
        return self._tables[nfft]

    def spectra_frames(self, idx: np.ndarray, nfft: int, frame_pos: Callable[[np.ndarray], Positions]) -> np.ndarray:
        c = self.control
        seg = idx // c
        frac = ((idx % c) / c).astype(np.float32)
        ctrl_seg = np.arange(seg[0], seg[-1] + 2)
        pos_c = frame_pos(ctrl_seg * c)
        az_c, el_c, _ = self.points(pos_c)
        e_az, e_el = self._ear_directions(az_c, el_c, pos_c["distance_m"])
        irs, delays = self._query(self.hrtf.aligned_filters, e_az, e_el)
        spec_c = sfft.rfft(np.asarray(irs, dtype=np.float32), nfft, axis=-1).reshape(*az_c.shape, 2, -1)
        delay_c = np.asarray(delays, dtype=float).reshape(*az_c.shape, 2)
        j = seg - seg[0]
        u = frac[:, None, None]
        spec = spec_c[j] * (1 - u)[..., None] + spec_c[j + 1] * u[..., None]  # (F, P, 2, nb)
        delay = np.clip(delay_c[j] * (1 - u) + delay_c[j + 1] * u, 0.0, self.max_delay - 1e-6)
        whole, fraction = self._delay_tables(nfft)
        n_int = np.floor(delay).astype(int)
        q = np.rint((delay - n_int) * self.DELAY_STEPS).astype(int)
        spec *= whole[n_int]
        spec *= fraction[q]
        pos = frame_pos(idx)
        az, el, w = self.points(pos)
        if self.sphere_near_field:
            spec *= self._dvf_spectra(az, el, pos["distance_m"], nfft)
        coef = w[..., None] * self._ear_gains(az, el, pos["distance_m"]) * self.scale
        return self.combine(coef, spec, pos, nfft)


def source_class(fmt: Format) -> type[FormatSource]:
    """The class the registry names for ``fmt`` (see :attr:`t2sa.formats.Format.source`)."""
    cls = globals().get(fmt.source)
    if not (isinstance(cls, type) and issubclass(cls, FormatSource)):
        raise RenderError(f"format={fmt.name!r}: its source class {fmt.source!r} is not in t2sa.render.sources")
    return cls
