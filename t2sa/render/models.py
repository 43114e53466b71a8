"""Per-format source models: what filter (or gain) a source at a given position needs.

A model turns positions (arrays of ``azimuth_deg``, ``elevation_deg``, ``distance_m``, ``spread_deg`` at
some instants) into either per-channel gains (``gain_only`` models: panning and Ambisonic encoding of a
point source) or per-channel filter spectra (HRIRs, spread decorrelators, air absorption, ITD delays).
The engines in :mod:`t2sa.render.engine` apply them statically or crossfaded over time.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.fft as sfft

from t2sa.render import ambisonics, stereo
from t2sa.render.distance import AIR_REFERENCE_M, air_filter_length, air_filters, distance_gain, parallax
from t2sa.render.spread import arc_points, decorrelation_filters

Positions = dict[str, np.ndarray]


class SourceModel:
    """Shared parts: spread decorrelators and air absorption, both optional."""

    n_channels: int
    length: int
    gain_only: bool

    def __init__(self, sample_rate: int, *, n_spread: int, air: bool, seed: int):
        self.sample_rate = sample_rate
        self.n_spread = n_spread
        self.air = air
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
        fir = air_filters(np.asarray(distance_m) - AIR_REFERENCE_M, self.sample_rate).astype(np.float32)
        return sfft.rfft(fir, nfft, axis=-1)

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

    def impulse(self, pos: Positions) -> np.ndarray:
        """Time-domain filter ``(C, length)`` for one position (static sources)."""
        nfft = sfft.next_fast_len(self.length, real=True)
        return sfft.irfft(self.spectra(pos, nfft)[0], nfft, axis=-1)[:, : self.length]


class AmbisonicModel(SourceModel):
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


class StereoModel(SourceModel):
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


class BinauralModel(SourceModel):
    """HRIR filters (interpolated by the HRTF), per-ear near-field parallax, level normalised HRTF."""

    def __init__(self, hrtf: Any, sample_rate: int, *, near_field: bool, **kw: Any):
        super().__init__(sample_rate, **kw)
        self.hrtf = hrtf
        self.n_channels = 2
        self.gain_only = False
        irs = np.asarray(hrtf.irs, dtype=float)
        # unit diffuse-field energy per ear (mean over measured directions and both ears): the same level
        # for every HRTF, and the reference the reverb level is defined against
        self.scale = 1.0 / np.sqrt(np.mean(np.sum(irs**2, axis=-1)))
        self.taps = int(hrtf.filters(np.zeros(1), np.zeros(1)).shape[-1])
        self.length = self.taps + self.extra_length
        dist = float(getattr(hrtf, "measurement_distance_m", 1.0) or 1.0)
        self.measurement_distance = dist if np.isfinite(dist) and dist > 0.2 else 1.0
        self.near_field = near_field

    def _hrirs(self, az: np.ndarray, el: np.ndarray, dist: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """HRIRs ``(F, P, 2, taps)`` and ear gains ``(F, P, 2)`` for points ``(F, P)`` at distances ``(F,)``."""
        f, p = az.shape
        r = np.broadcast_to(dist[:, None], az.shape)
        if self.near_field and np.any(r < self.measurement_distance):
            e_az, e_el, e_gain = parallax(az, el, r, self.measurement_distance)
            left = self.hrtf.filters(e_az[..., 0].ravel(), e_el[..., 0].ravel())[:, 0]
            right = self.hrtf.filters(e_az[..., 1].ravel(), e_el[..., 1].ravel())[:, 1]
            h = np.stack([left, right], axis=1)
        else:
            h = self.hrtf.filters(az.ravel(), el.ravel())
            e_gain = np.repeat(distance_gain(r)[..., None], 2, axis=-1)
        return np.asarray(h, dtype=np.float32).reshape(f, p, 2, -1), e_gain

    def spectra(self, pos: Positions, nfft: int) -> np.ndarray:
        az, el, w = self.points(pos)
        h, e_gain = self._hrirs(az, el, pos["distance_m"])
        coef = w[..., None] * e_gain * self.scale
        return self.combine(coef, sfft.rfft(h, nfft, axis=-1), pos, nfft)

    def impulse(self, pos: Positions) -> np.ndarray:
        if self.n_spread or self.air:
            return super().impulse(pos)
        az, el, _ = self.points(pos)
        h, e_gain = self._hrirs(az, el, pos["distance_m"])
        return h[0, 0] * (e_gain[0, 0] * self.scale)[:, None].astype(np.float32)
