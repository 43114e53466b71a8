"""HRTFs for binaural rendering: SOFA files or the built-in spherical head, interpolated without combing.

Public API (others code against it)::

    HRTF(name, sample_rate, directions (n, 2) [az, el] deg, irs (n, 2, taps), measurement_distance_m)
    HRTF.at_rate(sample_rate) -> HRTF          resampled copy, cached per rate
    HRTF.filters(az_deg, el_deg) -> (k, 2, taps)   interpolated HRIRs, receiver 0 = left ear
    HRTF.aligned_filters(az_deg, el_deg) -> ((k, 2, taps), (k, 2))   the same split into IR + delay
    HRTF.nearest(az_deg, el_deg) -> (k,)       indices of the nearest measured directions
    HRTF.delays -> (n, 2)                      onset of every measured IR (samples)
    load_hrtf(spec=None, sample_rate=None)     None/"default"/"builtin" -> model; path -> SOFA; cached
    builtin_hrtf(sample_rate=48000), load_sofa(path), write_sofa(hrtf, path)

Conventions: azimuth 0 = front, +90 = left (counter-clockwise), elevation +90 = up, receiver 0 = left.

Interpolation (why it does not comb-filter): see :mod:`t2sa.render.hrtf_interp` and ``HRTF._mix``.
In short, every measured IR is split into a per-ear fractional onset delay and an onset-aligned IR;
a query finds the enclosing triangle of the measurement grid, mixes the aligned spectra with
barycentric weights, pulls the mix's magnitude up to the weighted mean of the neighbours' magnitudes
with a minimum-phase correction (so no bin can dip below both neighbours), and re-applies the
weighted delay as an exact FFT phase shift. At a measured direction the measured IR comes back
unchanged (no bulk delay is added), and the ITD of an in-between direction lies between its
neighbours' ITDs. Directions outside a partial sphere are clamped to its edge (same azimuth).
"""

from __future__ import annotations

import os
import re
import threading
import warnings
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from math import gcd
from pathlib import Path
from typing import Any

import numpy as np
from scipy import fft as sfft

from t2sa.errors import HRTFError
from t2sa.render.hrtf_interp import SphereGrid, fft_size, onset_delays, phase_ramp, unit_vectors
from t2sa.render.sofa_io import read_sofa_hrir, write_sofa_hrir
from t2sa.render.sphere_head import MEASUREMENT_DISTANCE_M, cached_head_model_with_onsets

__all__ = ["BUILTIN_NAME", "HRTF", "builtin_hrtf", "load_hrtf", "load_sofa", "write_sofa"]

BUILTIN_NAME = "t2sa-spherical-head"
BUILTIN_SPECS = ("default", "builtin")
MAX_CORRECTION = 10.0
"""Largest magnitude correction of an interpolated bin (+20 dB): keeps the minimum-phase correction
filter short (a deeper cancellation would need a very sharp resonance)."""


ONE_DIRECTION_CACHE = 64
"""Single-direction HRIR pairs :meth:`HRTF.filters` keeps per HRTF (2 x taps float64 each)."""


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=np.float64, copy=True)
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class HRTF:
    """A set of measured (or modelled) head-related impulse responses.

    Frozen with read-only arrays because instances are shared through caches (``load_hrtf``,
    ``at_rate``) by every render in a process. Derived data (onsets, triangulation, aligned spectra)
    is computed on first use and kept in a private cache that is dropped when pickling, so sending an
    HRTF to a Ray worker ships only the IRs. Equality is identity (comparing arrays is not meaningful
    for a cache key).
    """

    name: str
    sample_rate: int
    directions: np.ndarray
    irs: np.ndarray
    measurement_distance_m: float = 1.0
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        directions = np.asarray(self.directions, dtype=np.float64)
        irs = np.asarray(self.irs, dtype=np.float64)
        if directions.ndim != 2 or directions.shape[1] != 2:
            raise HRTFError(f"HRTF '{self.name}': directions have shape {directions.shape}, expected (n, 2)")
        if irs.ndim != 3 or irs.shape[1] != 2 or irs.shape[0] != directions.shape[0] or irs.shape[2] < 2:
            raise HRTFError(f"HRTF '{self.name}': irs have shape {irs.shape}, expected ({directions.shape[0]}, 2, taps >= 2)")
        if len(directions) < 1:
            raise HRTFError(f"HRTF '{self.name}': no measurements")
        if not (np.all(np.isfinite(directions)) and np.all(np.isfinite(irs))):
            raise HRTFError(f"HRTF '{self.name}': directions or irs contain NaN/inf")
        rate = int(self.sample_rate)
        if rate != self.sample_rate or rate <= 0:
            raise HRTFError(f"HRTF '{self.name}': sample_rate {self.sample_rate!r} is not a positive whole number of hertz")
        object.__setattr__(self, "sample_rate", rate)
        object.__setattr__(self, "directions", _readonly(directions))
        object.__setattr__(self, "irs", _readonly(irs))
        object.__setattr__(self, "measurement_distance_m", float(self.measurement_distance_m))
        object.__setattr__(self, "_cache", {"lock": threading.RLock()})

    def __reduce__(self) -> tuple[Any, ...]:
        # the onsets travel along (tiny) because a resampled HRTF keeps its source's onsets, which
        # re-estimation would not reproduce exactly: a worker must render bit-identically
        return (_restore, (self.name, self.sample_rate, self.directions, self.irs, self.measurement_distance_m, self._cache.get("delays")))

    def __repr__(self) -> str:
        return f"HRTF(name={self.name!r}, sample_rate={self.sample_rate}, directions={len(self)}, taps={self.taps}, measurement_distance_m={self.measurement_distance_m:g})"

    def __len__(self) -> int:
        return int(self.directions.shape[0])

    @property
    def taps(self) -> int:
        return int(self.irs.shape[2])

    # ---- derived data, computed once ------------------------------------------------------------
    def _derived(self, key: str, make) -> Any:
        cache = self._cache
        if key not in cache:
            with cache["lock"]:
                if key not in cache:
                    cache[key] = make()
        return cache[key]

    @property
    def delays(self) -> np.ndarray:
        """(n, 2) onset of each measured IR in samples (fractional), per ear. ITD = delays[:, 1] - delays[:, 0]."""

        def make() -> np.ndarray:
            return _readonly(onset_delays(self.irs, self.sample_rate))

        return self._derived("delays", make)

    @property
    def grid(self) -> SphereGrid:
        """Triangulation of the measured directions (built once)."""
        return self._derived("grid", lambda: SphereGrid.build(self.directions))

    def _aligned_spectra(self) -> tuple[np.ndarray, np.ndarray, int]:
        """rfft of every IR advanced by its own onset delay (onset-aligned) on an FFT twice the IR
        length, and its magnitude (precomputed: the mixer needs both)."""

        def make() -> tuple[np.ndarray, np.ndarray, int]:
            n_fft = fft_size(self.taps)
            spec = sfft.rfft(self.irs, n_fft, axis=-1)
            spec *= phase_ramp(-self.delays, n_fft)
            mags = np.abs(spec)
            spec.setflags(write=False)
            mags.setflags(write=False)
            return spec, mags, n_fft

        return self._derived("aligned", make)

    # ---- queries ---------------------------------------------------------------------------------
    def _query(self, azimuth_deg: Any, elevation_deg: Any) -> np.ndarray:
        try:
            az, el = np.broadcast_arrays(np.asarray(azimuth_deg, dtype=np.float64), np.asarray(elevation_deg, dtype=np.float64))
        except ValueError as exc:
            raise HRTFError(f"HRTF '{self.name}': azimuth and elevation arrays do not match: {exc}") from None
        az, el = az.ravel(), el.ravel()
        if not (np.all(np.isfinite(az)) and np.all(np.isfinite(el))):
            raise HRTFError(f"HRTF '{self.name}': query direction contains NaN/inf (azimuth {az[~np.isfinite(az)][:3]}, elevation {el[~np.isfinite(el)][:3]})")
        return unit_vectors(az, np.clip(el, -90.0, 90.0))

    def _mix(self, azimuth_deg: Any, elevation_deg: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """Mix the aligned spectra for each query; returns (spectrum, extra phase, delay, n_fft).

        The plain weighted complex sum (= the time-domain mix of onset-aligned IRs) is right where
        neighbours agree, but even aligned neighbours differ in phase at high frequencies (pinna
        structure), and where they are in antiphase the sum cancels into a notch neither of them has
        (12-15 dB in measured sets, more in sparse ones). So the sum is corrected towards the weighted
        mean of the neighbours' *magnitudes*: the gain ``G = sum(w |A|) / |sum(w A)|`` (>= 1 by the
        triangle inequality, capped at +20 dB) is applied as a *minimum-phase* filter (phase from the
        cepstrum), so the correction is causal and adds no pre-echo before the onset. The magnitude
        then lies between the neighbours' in every FFT bin. At a measured direction G = 1 and the
        correction vanishes exactly, so the measured IR comes back unchanged.
        """
        v = self._query(azimuth_deg, elevation_deg)
        spec, mags, n_fft = self._aligned_spectra()
        idx, w = self.grid.locate(v)
        # real einsums on the float view of the complex spectra: ~2x faster than a complex einsum
        mixed = np.einsum("kt,ktrf->krf", w, spec.view(np.float64)[idx]).view(np.complex128)
        gain = np.einsum("kt,ktrf->krf", w, mags[idx])
        # bins 120 dB below the spectrum's peak are numerically empty (an exactly zero Nyquist bin,
        # say): the floor keeps 0/0 there from turning into a large correction
        floor = 1e-6 * gain.max(axis=-1, keepdims=True)
        gain += floor
        gain /= np.abs(mixed) + floor
        np.clip(gain, 1.0, MAX_CORRECTION, out=gain)
        mixed *= gain
        # real cepstrum of the correction, in float32 (3x faster; the phase is rotated in float32 anyway,
        # and log(1) = 0 keeps measured directions exact)
        cep = sfft.irfft(np.log(gain.astype(np.float32)), n_fft, axis=-1)
        cep[..., 1 : n_fft // 2] *= 2.0  # fold: causal (minimum-phase) part
        cep[..., n_fft // 2 + 1 :] = 0.0
        phase = sfft.rfft(cep, n_fft, axis=-1).imag
        delay = np.einsum("kt,ktr->kr", w, self.delays[idx])
        return mixed, phase, delay, n_fft

    def _render(self, mixed: np.ndarray, phase: np.ndarray, delay: np.ndarray, n_fft: int) -> np.ndarray:
        """Apply the correction's phase and the pure delay, return to the time domain.

        The correction phase is rotated in float32: numpy's float64 cos/sin are scalar libm calls
        (~20x slower than the SIMD float32 ones) and this was half the cost of ``filters()``; the
        error is ~1e-7 of the corrected part and exactly zero where there is no correction. The delay
        uses the float64 ``phase_ramp`` (its phases reach hundreds of radians)."""
        phase32 = phase.astype(np.float32, copy=False)
        rot = np.empty(phase.shape, dtype=np.complex64)
        rot.real = np.cos(phase32)
        rot.imag = np.sin(phase32)
        mixed *= rot
        mixed *= phase_ramp(delay, n_fft)
        return sfft.irfft(mixed, n_fft, axis=-1)[..., : self.taps]

    def filters(self, azimuth_deg: Any, elevation_deg: Any) -> np.ndarray:
        """(k, 2, taps) HRIRs for k directions (arrays broadcast together; scalars give k = 1).

        Onset-aligned IRs of the enclosing triangle mixed with barycentric weights (with the
        magnitude correction described in ``_mix``) and the barycentric mix of their onset delays
        re-applied as an exact phase shift. Same length and rate as the measured IRs; at a measured
        direction it returns that IR. Elevations outside -90..90 are clamped.
        """
        az, el = np.asarray(azimuth_deg, dtype=np.float64), np.asarray(elevation_deg, dtype=np.float64)
        if az.size != 1 or el.size != 1:
            mixed, phase, delay, n_fft = self._mix(az, el)
            return self._render(mixed, phase, delay, n_fft)
        # one direction: a batch row's render and its round-trip reference ask for the same pair, and sweeps
        # repeat directions; kept by the exact bits of the query, so a hit is the very array a miss makes
        key = (az.shape, el.shape, az.tobytes(), el.tobytes())
        cache = self._derived("one", OrderedDict)
        with self._cache["lock"]:
            hit = cache.get(key)
            if hit is not None:
                cache.move_to_end(key)
                return hit.copy()
        mixed, phase, delay, n_fft = self._mix(az, el)
        out = self._render(mixed, phase, delay, n_fft)
        with self._cache["lock"]:
            cache[key] = out.copy()
            while len(cache) > ONE_DIRECTION_CACHE:
                cache.popitem(last=False)
        return out

    def aligned_filters(self, azimuth_deg: Any, elevation_deg: Any) -> tuple[np.ndarray, np.ndarray]:
        """Interpolated HRIRs split as ``(irs (k, 2, taps), delays (k, 2) samples)``.

        ``irs`` have their onset at ``floor(min(self.delays))`` samples (a constant lead for the whole
        set, so they stay causal); delaying each row by ``delays`` gives :meth:`filters` (up to the
        tail beyond ``taps``). For moving sources a renderer can convolve with ``irs`` and put the
        smoothly varying delays in a fractional delay line, instead of switching ITDs block by block.
        """
        mixed, phase, delay, n_fft = self._mix(azimuth_deg, elevation_deg)
        lead = float(np.floor(self.delays.min()))
        return self._render(mixed, phase, np.full(delay.shape, lead), n_fft), delay - lead

    def nearest(self, azimuth_deg: Any, elevation_deg: Any) -> np.ndarray:
        """(k,) index of the nearest measured direction (great-circle) for each query direction."""
        return self.grid.nearest(self._query(azimuth_deg, elevation_deg))

    # ---- resampling ------------------------------------------------------------------------------
    def at_rate(self, sample_rate: int) -> HRTF:
        """This HRTF at another sample rate (polyphase resampling), cached per rate.

        IRs are resampled as band-limited signals (times stay where they were, so ITDs are kept to a
        fraction of a sample) and scaled by ``old_rate / new_rate`` so that the *filter's* frequency
        response is unchanged (a filter's DC gain is the sum of its taps, which grows with the rate).
        """
        rate = _check_rate(sample_rate, self.name)
        if rate == self.sample_rate:
            return self

        def make() -> HRTF:
            from scipy.signal import resample_poly  # lazy: scipy.signal takes ~0.7 s to import

            g = gcd(rate, self.sample_rate)
            up, down = rate // g, self.sample_rate // g
            irs = resample_poly(self.irs, up, down, axis=-1) * (self.sample_rate / rate)
            out = HRTF(self.name, rate, self.directions, irs, self.measurement_distance_m)
            # Same physical onsets, in the new rate's samples: re-estimating them would shift the
            # onset definition with the new band limit (up to ~1 sample at 16 kHz).
            out._cache["delays"] = _readonly(self.delays * (rate / self.sample_rate))
            return out

        return self._derived(f"rate:{rate}", make)


def _restore(name: str, rate: int, directions: np.ndarray, irs: np.ndarray, distance: float, delays: np.ndarray | None) -> HRTF:
    """Unpickle: rebuild the HRTF (derived data is recomputed lazily), keeping known onsets."""
    hrtf = HRTF(name, rate, directions, irs, distance)
    if delays is not None:
        hrtf._cache["delays"] = _readonly(delays)
    return hrtf


def _check_rate(sample_rate: Any, what: str) -> int:
    try:
        rate = int(sample_rate)
        ok = rate == sample_rate and rate > 0
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise HRTFError(f"HRTF '{what}': sample_rate {sample_rate!r} is not a positive whole number of hertz")
    return rate


# ---- constructors ---------------------------------------------------------------------------------
@lru_cache(maxsize=8)
def builtin_hrtf(sample_rate: int = 48000) -> HRTF:
    """The built-in spherical-head HRTF (see :mod:`t2sa.render.sphere_head`), computed at ``sample_rate``.

    Computed directly at the rate (no resampling), 1666 directions on a full-sphere 5-degree grid,
    256 taps at 48 kHz. Cached per rate, so every caller shares one instance and its derived data.
    """
    rate = _check_rate(sample_rate, BUILTIN_NAME)
    directions, irs, onsets = cached_head_model_with_onsets(rate)
    hrtf = HRTF(BUILTIN_NAME, rate, directions, irs, MEASUREMENT_DISTANCE_M)
    hrtf._cache["delays"] = _readonly(onsets)  # == onset_delays(irs), cached with the IRs (on disk too)
    return hrtf


def load_sofa(path: str | os.PathLike) -> HRTF:
    """Read a SimpleFreeFieldHRIR SOFA file (0.4 or 1.0) into an :class:`HRTF` (not cached).

    Raises :class:`HRTFError` naming the file for anything unusable (missing, corrupt, another
    convention, not two receivers, NaN/inf or all-zero IRs, no measurements). Warns if the data look
    like the ears are swapped (a source on the left louder in receiver 1).
    """
    data = read_sofa_hrir(path)
    hrtf = HRTF(data.name, data.sample_rate, data.directions, data.irs, data.distance_m)
    _check_ear_order(hrtf, path)
    return hrtf


def _check_ear_order(hrtf: HRTF, path: Any) -> None:
    """Receiver 0 is the left ear by convention; if lateral sources say otherwise, say so once."""
    v = unit_vectors(hrtf.directions[:, 0], hrtf.directions[:, 1])
    lateral = np.abs(v[:, 1]) > 0.7
    if not np.any(lateral):
        return
    energy = np.sum(hrtf.irs[lateral] ** 2, axis=-1)
    ild_db = 10.0 * np.log10(energy[:, 0] / energy[:, 1])
    score = float(np.mean(np.sign(v[lateral, 1]) * ild_db))
    if score < -1.0:
        warnings.warn(
            f"HRTF file '{path}': receiver 0 is {-score:.1f} dB quieter than receiver 1 for sources on the left; "
            "the ears look swapped (t2sa uses receiver 0 as the left ear, as SOFA specifies)",
            stacklevel=3,
        )


def write_sofa(hrtf: HRTF, path: str | os.PathLike) -> None:
    """Write ``hrtf`` as a SOFA 1.0 SimpleFreeFieldHRIR file (valid for ``sofar.verify``; atomic)."""
    write_sofa_hrir(
        path,
        name=hrtf.name,
        sample_rate=hrtf.sample_rate,
        directions=hrtf.directions,
        irs=hrtf.irs,
        distance_m=hrtf.measurement_distance_m,
        comment="written by t2sa" + (" (rigid-sphere head model with Brown-Duda pinna)" if hrtf.name == BUILTIN_NAME else ""),
        **(_builtin_metadata() if hrtf.name == BUILTIN_NAME else {}),
    )


def _builtin_metadata() -> dict:
    """SOFA metadata of the built-in head model: where its ears are, what it is based on."""
    from t2sa.render.sphere_head import REFERENCES, ear_positions_m

    return {"receiver_positions": ear_positions_m(), "references": REFERENCES}


@lru_cache(maxsize=16)
def _load_sofa_cached(path: str, mtime_ns: int, size: int) -> HRTF:
    return load_sofa(path)


DEFAULT_HRTF = "default"
"""The name of the built-in head model wherever an HRTF is named (CLI, manifests, results, reports)."""

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def hrtf_name(spec: Any) -> str:
    """The one short name of an HRTF spec, used in output paths, result rows, reports and stimulus keys:
    ``default`` for the built-in head (None, "" or "default"), else the SOFA file's stem made file-name safe."""
    if spec is None or str(spec) in ("", DEFAULT_HRTF):
        return DEFAULT_HRTF
    stem = Path(str(spec).replace("\\", "/").rstrip("/")).name
    if stem.lower().endswith(".sofa"):
        stem = stem[: -len(".sofa")]
    return _UNSAFE.sub("_", stem).strip("._") or "hrtf"


def load_hrtf(spec: str | os.PathLike | HRTF | None = None, sample_rate: int | None = None) -> HRTF:
    """The HRTF a render asks for, at ``sample_rate`` if given.

    ``None``, ``"default"`` or ``"builtin"`` (any case) give the built-in model; an :class:`HRTF` is used
    as is; anything else is a SOFA file path. File loads are cached by (resolved path, mtime, size), so
    the batch engine can call this per row: the same unchanged file is parsed once per process, and
    ``at_rate`` caches the resampled version on the cached instance.
    """
    if isinstance(spec, HRTF):
        return spec if sample_rate is None else spec.at_rate(sample_rate)
    if spec is None or (isinstance(spec, str) and spec.strip().lower() in BUILTIN_SPECS):
        return builtin_hrtf(48000 if sample_rate is None else _check_rate(sample_rate, BUILTIN_NAME))
    if not isinstance(spec, (str, os.PathLike)):
        raise HRTFError(f"HRTF spec {spec!r} is neither a path, 'default', nor an HRTF")
    path = Path(spec).expanduser()
    try:
        resolved = path.resolve()
        st = resolved.stat()
    except OSError:
        raise HRTFError(f"HRTF file '{path}': file not found") from None
    hrtf = _load_sofa_cached(str(resolved), st.st_mtime_ns, st.st_size)
    return hrtf if sample_rate is None else hrtf.at_rate(sample_rate)
