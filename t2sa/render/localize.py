"""Binaural round trip: estimate from the two ear signals where a source is, against the HRTF that rendered it.

Why: ITD/ILD checks only see the lateral angle; a binaural render must also get elevation and front/back
right, which only the spectral cues of the HRTF carry. This estimator matches the ear signals against
every measured direction of the HRTF (template matching in the spirit of the Baumgartner et al. 2014
sagittal-plane model and May et al. 2011), so it sees the whole sphere.

Cues, all computed the same way from the ear signals and from each HRIR pair:

* **ITD**: lag of the maximum of the interaural cross-correlation of the signals low-passed at 1.5 kHz
  (:func:`t2sa.metrics.itd_s`'s estimator), with sub-sample parabolic interpolation;
* **ILD** in :data:`BANDS_PER_OCTAVE`-octave bands from :data:`F_LOW` to :data:`F_HIGH` (or 0.45 of the
  sample rate);
* **monaural spectral shape**: per ear, the *gradient* across those bands of the band levels (dB per band),
  which is blind to the overall level and to any spectrally flat source, so the source's own spectrum
  matters only through its slope (white noise: none).

The ear signals' ITD and power spectra come from the chunked FFTs of :class:`t2sa.metrics.Meter` (the same
ITD as :func:`t2sa.metrics.itd_s`; the power summed over chunks, whose shape across bands is what the cues
read), so the batch engine gets the round trip from the spectra it already computed for ITD and IACC
(:class:`Localizer`, ``from_spectra``); the spectral distances to all directions are one matrix product.

Distance to direction ``d``: ``((ITD - ITD_d) / SIGMA_ITD_S)^2 + mean_b((ILD - ILD_d) / SIGMA_ILD_DB)^2 +
mean_{ear,b}((G - G_d) / SIGMA_SPECTRAL_DB)^2``; the estimate is the measured direction with the
smallest distance, refined between grid points by the likelihood-weighted (``exp(-distance / 2)``) mean
direction of the measured directions within 20 deg of it. The widths say what counts as a similar cue:
ITD 40 us, ILD 2 dB per band, spectral gradient 2 dB per band (roughly just-noticeable differences).

Errors are reported in interaural-polar coordinates (lateral angle: -90 right .. +90 left; polar angle:
0 front, 90 up, 180 back, -90 down): ``lateral_error_deg = |lat - lat_target|``, ``polar_error_deg`` the
wrapped polar difference, and ``front_back_confusion`` when target and estimate lie on opposite sides of
the frontal plane, each more than 10 deg of polar angle away from it, for targets within 60 deg of the
median plane (``|lateral| <= 60``; closer to the interaural axis front and back are the same place).

API::

    localize(binaural (2, n), sample_rate, hrtf=None, target=None) -> Localization
    interaural_polar(azimuth_deg, elevation_deg) -> (lateral_deg, polar_deg)

``hrtf``: what :func:`t2sa.render.hrtf.load_hrtf` takes (None = built-in head); it is brought to
``sample_rate``. ``target``: the rendered ``(azimuth_deg, elevation_deg)``, to fill in the errors.
The input should be a dry render (reverb and spread blur the cues) of a broadband source.
"""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import scipy.fft as sfft

from t2sa.metrics import ITD_LOWPASS_HZ, MAX_ITD_S

F_LOW = 500.0
F_HIGH = 16000.0
BANDS_PER_OCTAVE = 6
SIGMA_ITD_S = 40e-6
SIGMA_ILD_DB = 2.0
SIGMA_SPECTRAL_DB = 2.0
LATERAL_LIMIT_DEG = 60.0
FRONTAL_MARGIN_DEG = 10.0
REFINE_DEG = 20.0


@dataclass(frozen=True)
class Localization:
    """Estimated direction and its interaural-polar angles, the signals' ITD and, given a target, the errors."""

    azimuth_deg: float
    elevation_deg: float
    lateral_deg: float
    polar_deg: float
    itd_s: float
    lateral_error_deg: float = math.nan
    polar_error_deg: float = math.nan
    great_circle_error_deg: float = math.nan
    front_back_confusion: bool | None = None

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def interaural_polar(azimuth_deg: Any, elevation_deg: Any) -> tuple[np.ndarray, np.ndarray]:
    """Lateral angle (deg, +90 = left) and polar angle (deg, 0 front, 90 up, +-180 back) of directions."""
    az, el = np.radians(np.asarray(azimuth_deg, dtype=float)), np.radians(np.asarray(elevation_deg, dtype=float))
    x, y, z = np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)
    return np.degrees(np.arcsin(np.clip(y, -1.0, 1.0))), np.degrees(np.arctan2(z, x))


def band_edges(sample_rate: int) -> np.ndarray:
    """Edges (Hz) of the analysis bands: 1/6 octave from 500 Hz up to 16 kHz or 0.45 of the rate."""
    top = min(F_HIGH, 0.45 * sample_rate)
    n = int(np.floor(BANDS_PER_OCTAVE * np.log2(top / F_LOW)))
    return F_LOW * 2.0 ** (np.arange(n + 1) / BANDS_PER_OCTAVE)


def _band_levels(power: np.ndarray, nfft: int, sample_rate: int) -> np.ndarray:
    """Mean power per bin in each band, dB: ``power`` (..., nfft // 2 + 1) -> (..., bands)."""
    plan = _band_plan(nfft, sample_rate)
    sums = plan.sums(power)
    floor = 1e-12 * np.max(power, axis=-1, keepdims=True) + 1e-30
    return 10.0 * np.log10(sums / plan.counts + floor)


@dataclass(frozen=True)
class _BandPlan:
    """Where each band's bins lie in an ``nfft``-point spectrum. Why: the round trip sums the bands of every
    row's power spectrum; one ``np.add.reduceat`` over the bands' bins costs a fraction of a running sum over
    the whole spectrum."""

    lo: int  # first bin of the lowest band
    hi: int  # one past the last bin of the highest band
    starts: np.ndarray  # first bin of each band holding any, from lo
    filled: np.ndarray | None  # which bands hold a bin (None: all do)
    counts: np.ndarray  # bins per band (1 for an empty one, whose sum is 0)

    def sums(self, power: np.ndarray) -> np.ndarray:
        """Power summed over each band's bins: (..., nfft // 2 + 1) -> (..., bands)."""
        if self.filled is None:
            return np.add.reduceat(power[..., self.lo : self.hi], self.starts, axis=-1)
        out = np.zeros(power.shape[:-1] + self.counts.shape)
        if len(self.starts):
            out[..., self.filled] = np.add.reduceat(power[..., self.lo : self.hi], self.starts, axis=-1)
        return out


@lru_cache(maxsize=32)
def _band_plan(nfft: int, sample_rate: int) -> _BandPlan:
    """The bands of :func:`band_edges` in an ``nfft``-point spectrum, made once per rate and size."""
    edges = band_edges(sample_rate)
    bins = np.clip(np.rint(edges * nfft / sample_rate).astype(int), 1, nfft // 2)
    widths = np.diff(bins)
    filled = widths > 0
    starts, counts = bins[:-1][filled] - bins[0], np.maximum(widths, 1)
    for a in (starts, filled, counts):
        a.setflags(write=False)
    return _BandPlan(int(bins[0]), int(bins[-1]), starts, None if filled.all() else filled, counts)


def _cues(levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """ILD per band (..., bands) and per-ear spectral gradients (..., 2, bands - 1) from levels (..., 2, bands)."""
    return levels[..., 0, :] - levels[..., 1, :], np.diff(levels, axis=-1)


class _Templates:
    """Cues of every measured direction of one HRTF (computed once per HRTF instance)."""

    def __init__(self, hrtf: Any):
        irs = np.asarray(hrtf.irs, dtype=float)
        sr = int(hrtf.sample_rate)
        self.directions = np.asarray(hrtf.directions, dtype=float)
        self.lateral, self.polar = interaural_polar(self.directions[:, 0], self.directions[:, 1])
        self.unit = _unit(self.directions[:, 0], self.directions[:, 1])
        nfft = int(2 ** np.ceil(np.log2(max(4 * irs.shape[-1], 2048))))
        # a few hundred directions at a time: the spectra of all of them at once would take ~100 MB at its peak
        parts = [_cues_of(irs[i : i + TEMPLATE_BATCH], nfft, sr) for i in range(0, len(irs), TEMPLATE_BATCH)]
        self.ild, self.gradient, self.itd = (np.concatenate(x) for x in zip(*parts, strict=True))
        # the spectral part of the distance as a quadratic form: |f - F_d|^2 = |f|^2 - 2 F_d . f + |F_d|^2, with
        # features scaled so that the squared norm is the mean over bands divided by the squared widths
        self.features = _features(self.ild, self.gradient)
        self.norms = np.einsum("ij,ij->i", self.features, self.features)
        self._near: dict[int, np.ndarray] = {}

    def near(self, best: int) -> np.ndarray:
        """Indices of the measured directions within :data:`REFINE_DEG` of direction ``best``, found once per
        direction (at most one array per measured direction): rows rendered near one place refine around the
        same neighbours, and the search reads all the directions."""
        out = self._near.get(best)
        if out is None:
            out = np.flatnonzero(self.unit @ self.unit[best] >= math.cos(math.radians(REFINE_DEG)))
            out.setflags(write=False)
            self._near[best] = out
        return out


TEMPLATE_BATCH = 256
"""Directions whose spectra are computed together when an HRTF's templates are made."""


def _cues_of(irs: np.ndarray, nfft: int, sr: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ILD, spectral gradients and ITD (s) of HRIR pairs ``(k, 2, taps)``."""
    spec = sfft.rfft(irs, nfft, axis=-1)
    ild, gradient = _cues(_band_levels(np.abs(spec) ** 2, nfft, sr))
    # ITD: the same estimator as on the ear signals (cross-correlation of the 1.5 kHz low-passed pair)
    max_lag = int(math.ceil(MAX_ITD_S * sr))
    freqs = np.arange(nfft // 2 + 1) * sr / nfft
    cross = np.conj(spec[:, 0]) * spec[:, 1] / (1.0 + (freqs / ITD_LOWPASS_HZ) ** 8)
    full = sfft.irfft(cross, nfft, axis=-1)
    r = np.concatenate([full[:, nfft - max_lag :], full[:, : max_lag + 1]], axis=-1)
    k = np.clip(np.argmax(r, axis=-1), 1, r.shape[-1] - 2)
    a, b, c = (np.take_along_axis(r, (k + o)[:, None], axis=-1)[:, 0] for o in (-1, 0, 1))
    denom = a - 2.0 * b + c
    offset = np.where(denom != 0, 0.5 * (a - c) / np.where(denom != 0, denom, 1.0), 0.0)
    return ild, gradient, (k - max_lag + offset) / sr


def _features(ild: np.ndarray, gradient: np.ndarray) -> np.ndarray:
    """ILD and spectral gradients as one vector per direction, scaled so that a squared distance between two
    is the mean-over-bands distance of the module docstring."""
    ild = ild / (SIGMA_ILD_DB * math.sqrt(ild.shape[-1]))
    grad = gradient / (SIGMA_SPECTRAL_DB * math.sqrt(gradient.shape[-1] * gradient.shape[-2]))
    return np.concatenate([ild, grad.reshape(*grad.shape[:-2], -1)], axis=-1)


_TEMPLATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _templates(hrtf: Any) -> _Templates:
    try:
        return _TEMPLATES[hrtf]
    except (KeyError, TypeError):
        pass
    made = _Templates(hrtf)
    try:
        _TEMPLATES[hrtf] = made
    except TypeError:
        pass
    return made


def distances(binaural: np.ndarray, sample_rate: int, hrtf: Any) -> tuple[np.ndarray, float]:
    """Cue distance of the ear signals to every measured direction of ``hrtf`` (already at ``sample_rate``),
    and the signals' ITD (s)."""
    x = np.asarray(binaural)
    if x.ndim != 2 or x.shape[0] != 2:
        raise ValueError(f"binaural audio must be (2, n_samples), got shape {x.shape}")
    spectra = _spectra(x, int(sample_rate))
    return _distances(spectra.power, spectra.nfft, spectra.itd_s, int(sample_rate), hrtf), spectra.itd_s


def _spectra(x: np.ndarray, sample_rate: int) -> Any:
    """The ears' ITD and power spectra, from the same chunked FFTs the batch metrics use (:class:`t2sa.metrics.Meter`:
    the power is a sum over chunks; only its shape across bands matters here)."""
    from t2sa.metrics import Meter

    return Meter(sample_rate, "binaural", spectra=True).add(x).ear_spectra()


def _distances(power: np.ndarray, nfft: int, itd: float, sample_rate: int, hrtf: Any) -> np.ndarray:
    t = _templates(hrtf)
    f = _features(*_cues(_band_levels(power, nfft, sample_rate)))
    d = ((itd - t.itd) / SIGMA_ITD_S) ** 2 if math.isfinite(itd) else np.zeros(len(t.itd))
    return d + (float(f @ f) - 2.0 * (t.features @ f) + t.norms)


def localize(
    binaural: np.ndarray, sample_rate: int, hrtf: Any = None, target: tuple[float, float] | None = None
) -> Localization:
    """Direction of a dry binaural render, estimated against ``hrtf`` (see the module docstring)."""
    return Localizer(hrtf, target)(binaural, sample_rate)


class Localizer:
    """:func:`localize` bound to one HRTF and target, for :func:`t2sa.metrics.measure` and
    :class:`t2sa.metrics.Meter`: :meth:`from_spectra` takes the ear spectra they already computed for ITD and
    IACC, so the round trip adds template matching only (no FFT of the signal)."""

    def __init__(self, hrtf: Any = None, target: tuple[float, float] | None = None):
        self.hrtf, self.target = hrtf, target

    def __call__(self, binaural: np.ndarray, sample_rate: int) -> Localization:
        x = np.asarray(binaural)
        if x.ndim != 2 or x.shape[0] != 2:
            raise ValueError(f"binaural audio must be (2, n_samples), got shape {x.shape}")
        return self.from_spectra(_spectra(x, int(sample_rate)), sample_rate)

    def from_spectra(self, spectra: Any, sample_rate: int) -> Localization:
        """The estimate from :class:`t2sa.metrics.EarSpectra` (``itd_s``, ``power``, ``nfft``)."""
        from t2sa.render.hrtf import load_hrtf

        h = load_hrtf(self.hrtf, int(sample_rate))
        d = _distances(spectra.power, spectra.nfft, spectra.itd_s, int(sample_rate), h)
        az, el = _refine(d, _templates(h))
        if self.target is None:
            lat, pol = (float(v) for v in interaural_polar(az, el))
            return Localization(az, el, lat, pol, spectra.itd_s)
        (lat, pol), target = _polar_pair((az, el), self.target)
        return Localization(az, el, lat, pol, spectra.itd_s, **_errors(self.target, (az, el), target, (lat, pol)))


def _refine(d: np.ndarray, t: _Templates) -> tuple[float, float]:
    """Best direction, refined between grid points: the likelihood-weighted (``exp(-d / 2)``) mean of the
    best candidate and the measured directions within :data:`REFINE_DEG` of it."""
    best = int(np.argmin(d))
    u, near = t.unit, t.near(best)
    w = np.exp(-0.5 * (d[near] - d[best]))
    v = w @ u[near]
    if math.sqrt(float(v @ v)) < 1e-9:
        v = u[best]
    return float(np.degrees(np.arctan2(v[1], v[0]))), float(np.degrees(np.arctan2(v[2], np.hypot(v[0], v[1]))))


def _unit(az: np.ndarray, el: np.ndarray) -> np.ndarray:
    a, e = np.radians(az), np.radians(el)
    return np.stack([np.cos(e) * np.cos(a), np.cos(e) * np.sin(a), np.sin(e)], axis=-1)


def errors(target: tuple[float, float], estimate: tuple[float, float]) -> dict[str, Any]:
    """Lateral, polar and great-circle errors (deg) and the front/back confusion flag of one estimate."""
    e, t = _polar_pair(estimate, target)
    return _errors(target, estimate, t, e)


def _polar_pair(
    first: tuple[float, float], second: tuple[float, float]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """:func:`interaural_polar` of two directions, ``((lateral, polar), (lateral, polar))``, in one call. Why: half
    the numpy calls (each costs more than its arithmetic here), and the same values as a call each (numpy gives
    an element the same value whatever the array's length)."""
    lat, pol = interaural_polar([first[0], second[0]], [first[1], second[1]])
    return (float(lat[0]), float(pol[0])), (float(lat[1]), float(pol[1]))


def _errors(
    target: tuple[float, float],
    estimate: tuple[float, float],
    target_polar: tuple[float, float],
    estimate_polar: tuple[float, float],
) -> dict[str, Any]:
    """:func:`errors`, given the interaural-polar angles of both directions."""
    from t2sa.params import angular_distance_deg

    (t_lat, t_pol), (e_lat, e_pol) = target_polar, estimate_polar
    front_t, front_e = math.cos(math.radians(t_pol)), math.cos(math.radians(e_pol))
    margin = math.sin(math.radians(FRONTAL_MARGIN_DEG))
    confusion = abs(t_lat) <= LATERAL_LIMIT_DEG and front_t * front_e < 0 and min(abs(front_t), abs(front_e)) > margin
    return {
        "lateral_error_deg": abs(e_lat - t_lat),
        "polar_error_deg": abs((e_pol - t_pol + 180.0) % 360.0 - 180.0),
        "great_circle_error_deg": float(angular_distance_deg(target[0], target[1], estimate[0], estimate[1])),
        "front_back_confusion": bool(confusion),
    }
