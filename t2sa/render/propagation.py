"""Propagation delay and Doppler shift of moving sources, and the chunked random-access inputs behind them.

Physics: sound heard at time ``t`` left the source at the *emission time* ``tau`` with
``t = tau + (r(tau) - r_min) / c`` (``c`` = :data:`SPEED_OF_SOUND`, 343 m/s; ``r(tau)`` the source
distance on the trajectory, interpolated as :meth:`SpatialParams.sample` does, i.e. log-linearly between
keyframes). The output is the input read at ``tau(t)``: a time-varying fractional delay, which shifts
every frequency by the physical Doppler ratio ``d tau / d t = 1 / (1 + v_r / c)`` for a radial
velocity ``v_r`` (receding: lower). The constant ``r_min / c`` (the delay at the closest point) is left
out, so a moving source starts as early as the motion allows and static sources, which have no
propagation delay at all, stay exactly as they were (bit-identical). Direction and level of the direct
sound are those of the source at the emission time (a source is heard where it was when it sent the sound).
Early reflections (an option) follow their own image trajectories the same way; the late reverb is fed
by the undelayed input (it is diffuse; its level does not follow the distance either).

On by default for moving sources (``RenderOptions.doppler``); a source whose distance never changes has
no delay to apply and is rendered exactly as without Doppler.

Numerics (why no zipper noise and why it is band-limited):

* ``tau`` is solved by Newton's method on a grid every
  :data:`GRID` output samples and interpolated linearly in between: the read position moves
  continuously and its rate changes only by the source's acceleration, never in steps of a frame.
* The read itself is a Farrow structure: a Kaiser-windowed sinc of :data:`TAPS` (20) taps cut off at
  :data:`CUTOFF` of the sample rate (at 48 kHz flat within 0.15 dB to 18 kHz and -1.4 dB at 20 kHz for
  the worst fractional position; images and aliases of an up-shift of up to 5 % stay out of the audio
  band), its taps fitted by polynomials of degree :data:`DEGREE` (6) in the fractional position (fit
  error < 1e-4 of the peak tap), so the interpolator is a smooth function of the position instead of
  a table of phases. The seven coefficient filters run as an FFT filter bank over each chunk's input and
  are read at each output's first tap: the same code on every CPU (a BLAS product of the taps, used
  before round 33, sums in an order its kernel picks by CPU, and moving sources differed between an AVX2
  and an AVX-512 machine), and as fast.
* Work is done in chunks of :data:`CHUNK` output samples on a grid fixed by the clip, each computed
  the same way whoever asks, so block-wise streaming gives the same bits as a whole render.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import scipy.fft as sfft

from t2sa.params import SpatialParams
from t2sa.render import engine

SPEED_OF_SOUND = 343.0
"""m/s (dry air at 20 degC), as the stereo ITD and the head model use."""
TAPS = 20
DEGREE = 6
CUTOFF = 0.46
"""Interpolation low-pass cut-off as a fraction of the sample rate (0.5 = Nyquist)."""
KAISER_BETA = 7.0
GRID = 64
CHUNK = 1 << 15
_CACHED_CHUNKS = 3
_BANK_FFT = 1024
"""FFT size of the Doppler interpolator's filter bank (block convolution); about the fastest here."""


# -- chunked inputs ---------------------------------------------------------------------------------
class ChunkedSignal(engine.Signal):
    """A derived mono input computed in fixed chunks of ``chunk`` samples, readable at any range, any
    number of times (several stages may read it; recent chunks are kept, older ones recomputed)."""

    def __init__(self, n: int, chunk: int = CHUNK):
        self.n = int(n)
        self.amp = None
        self.chunk = int(chunk)
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()

    def compute(self, k: int) -> np.ndarray:  # pragma: no cover - overridden
        """Samples ``[k * chunk, min((k + 1) * chunk, n))`` as float32."""
        raise NotImplementedError

    def _get(self, k: int) -> np.ndarray:
        got = self._cache.get(k)
        if got is None:
            got = self.compute(k)
            self._cache[k] = got
            if len(self._cache) > _CACHED_CHUNKS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(k)
        return got

    def read(self, lo: int, hi: int) -> np.ndarray:
        """Samples ``[lo, hi)`` with zeros outside ``[0, n)`` (may be a view of a cached chunk: do not modify)."""
        k = lo // self.chunk if lo >= 0 else -1
        if k >= 0 and hi <= min((k + 1) * self.chunk, self.n) and hi > lo:
            return self._get(k)[lo - k * self.chunk : hi - k * self.chunk]
        out = np.zeros(max(hi - lo, 0), dtype=np.float32)
        a, b = max(lo, 0), min(hi, self.n)
        for k in range(a // self.chunk, -(-b // self.chunk)) if b > a else ():
            c0 = k * self.chunk
            seg = self._get(k)
            s, e = max(a, c0), min(b, c0 + len(seg))
            out[s - lo : e - lo] = seg[s - c0 : e - c0]
        return out

    def reset(self) -> None:
        pass


class FIRSignal(ChunkedSignal):
    """``source`` (a random-access :class:`engine.Signal`) convolved with the FIR ``h``; ``n + len(h) - 1``
    samples (the full convolution), computed by FFT per chunk from the input it needs."""

    def __init__(self, source: engine.Signal, h: np.ndarray, chunk: int = CHUNK):
        super().__init__(source.n + len(h) - 1, chunk)
        self.source = source
        self.taps = len(h)
        self.nfft = sfft.next_fast_len(chunk + self.taps - 1, real=True)
        self.spectrum = sfft.rfft(np.asarray(h, dtype=np.float32), self.nfft)

    def compute(self, k: int) -> np.ndarray:
        lo = k * self.chunk
        width = min(self.chunk, self.n - lo)
        seg = self.source.read(lo - self.taps + 1, lo + width)
        y = sfft.irfft(sfft.rfft(seg, self.nfft) * self.spectrum, self.nfft)
        return y[self.taps - 1 : self.taps - 1 + width].astype(np.float32, copy=False)


# -- Doppler ----------------------------------------------------------------------------------------
@lru_cache(maxsize=4)
def farrow_coefficients(taps: int = TAPS, degree: int = DEGREE, cutoff: float = CUTOFF) -> np.ndarray:
    """``(degree + 1, taps)`` float32: tap ``j`` (reading ``x[n - taps/2 + 1 + j]``) of the interpolator at
    fractional position ``mu`` is ``sum_m c[m, j] mu**m``. Least-squares fit of a Kaiser-windowed sinc,
    normalised to unit DC gain at every ``mu``."""
    grid = 1024
    offsets = np.arange(taps) - taps // 2 + 1
    mu = (np.arange(grid) + 0.5) / grid
    t = offsets[None, :] - mu[:, None]
    half = taps / 2
    arg = np.clip(1.0 - (t / half) ** 2, 0.0, 1.0)
    window = np.i0(KAISER_BETA * np.sqrt(arg)) / np.i0(KAISER_BETA)
    h = 2 * cutoff * np.sinc(2 * cutoff * t) * window
    h /= h.sum(axis=1, keepdims=True)
    vander = np.vander(mu, degree + 1, increasing=True)
    coef, *_ = np.linalg.lstsq(vander, h, rcond=None)
    out = coef.astype(np.float32)
    out.setflags(write=False)
    return out


class EmissionTimes:
    """``tau(t)``: emission time (input samples) of the sound heard at output sample ``t``, for ``params``'s
    trajectory over an input of ``n`` samples at ``sample_rate`` (see the module docstring)."""

    def __init__(self, params: SpatialParams, n: int, sample_rate: int):
        self.params, self.n, self.sample_rate = params, int(n), int(sample_rate)
        self.r_min = float(min(k.distance_m for k in params.trajectory))
        self.scale = self.sample_rate / SPEED_OF_SOUND  # samples per metre
        keys = np.array([k.distance_m for k in params.trajectory])
        self.max_delay = float((keys.max() - self.r_min) * self.scale)
        # SpatialParams.sample's distance law (log-linear between keyframes), without the other fields
        self._times = np.array([k.t for k in params.trajectory])
        self._log_d = np.log(keys)

    def distance(self, tau: np.ndarray) -> np.ndarray:
        t = np.clip(np.asarray(tau, dtype=float) / max(self.n - 1, 1), 0.0, 1.0)
        return np.exp(np.interp(t, self._times, self._log_d))

    def delay(self, tau: np.ndarray) -> np.ndarray:
        """Propagation delay in samples of sound emitted at ``tau``."""
        return (self.distance(tau) - self.r_min) * self.scale

    def _delay_and_slope(self, tau: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Delay (samples) of sound emitted at ``tau`` and its derivative ``d delay / d tau`` (= v_r / c)."""
        span = max(self.n - 1, 1)
        t = np.clip(tau / span, 0.0, 1.0)
        log_r = np.interp(t, self._times, self._log_d)
        seg = np.clip(np.searchsorted(self._times, t, side="right") - 1, 0, max(len(self._times) - 2, 0))
        if len(self._times) > 1:
            slope = np.diff(self._log_d)[seg] / np.diff(self._times)[seg]
            slope = np.where((tau > 0) & (tau < span), slope, 0.0)  # the source holds still outside the clip
        else:
            slope = np.zeros_like(t)
        r = np.exp(log_r)
        return (r - self.r_min) * self.scale, r * slope / span * self.scale

    def __call__(self, t: np.ndarray) -> np.ndarray:
        """Solve ``tau + delay(tau) = t`` by Newton's method (``1 + delay'`` >= 1 - |v| / c > 0: the left side
        is increasing, and piecewise smooth, so a few steps reach 1e-7 samples)."""
        t = np.asarray(t, dtype=float)
        tau = t - self.delay(t)
        for _ in range(12):
            delay, slope = self._delay_and_slope(tau)
            step = (tau + delay - t) / (1.0 + slope)
            tau = tau - step
            if np.max(np.abs(step), initial=0.0) < 1e-7:
                return tau
        for _ in range(200):  # Newton stuck at a keyframe's kink: the fixed point is a contraction by |v| / c
            nxt = t - self.delay(tau)
            if np.max(np.abs(nxt - tau), initial=0.0) < 1e-7:
                return nxt
            tau = nxt
        return tau


class DopplerSignal(ChunkedSignal):
    """``source`` read at the emission times ``tau(t)`` (band-limited Farrow interpolation); ``n`` samples."""

    def __init__(self, source: engine.Signal, tau: Callable[[np.ndarray], np.ndarray], n: int, chunk: int = CHUNK):
        super().__init__(n, chunk)
        if chunk % GRID:
            raise ValueError("chunk must be a multiple of GRID")
        self.source, self.tau = source, tau
        self.coef = farrow_coefficients()
        self.taps = self.coef.shape[1]
        self._step = _BANK_FFT - self.taps + 1  # outputs per FFT block
        self._spectra = sfft.rfft(self.coef[:, ::-1], _BANK_FFT, axis=-1)  # time-reversed: convolving correlates

    def _filter_bank(self, seg: np.ndarray) -> np.ndarray:
        """``(degree + 1, len(seg) - taps + 1)``: each coefficient filter's output at every position of ``seg``
        (a valid correlation), by FFT blocks of :data:`_BANK_FFT` points.

        Why not a matrix product of the taps each read needs: BLAS picks its kernel, and so its summation order,
        by the CPU, and an AVX2 and an AVX-512 machine gave moving sources different bits; scipy's FFT is the same
        code on every x86-64 CPU. The blocks keep it as fast as that product (benchmarks/bench_render.py)."""
        n_out = len(seg) - self.taps + 1
        blocks = -(-n_out // self._step)
        padded = np.zeros((blocks - 1) * self._step + _BANK_FFT, dtype=np.float32)
        padded[: len(seg)] = seg
        frames = np.lib.stride_tricks.sliding_window_view(padded, _BANK_FFT)[:: self._step]  # (blocks, nfft)
        out = sfft.irfft(sfft.rfft(frames, axis=-1)[None] * self._spectra[:, None, :], _BANK_FFT, axis=-1)
        return out[:, :, self.taps - 1 :].reshape(len(self.coef), -1)[:, :n_out]

    def compute(self, k: int) -> np.ndarray:
        lo = k * self.chunk
        width = min(self.chunk, self.n - lo)
        segments = -(-width // GRID)
        tau = self.tau(lo + GRID * np.arange(segments + 1, dtype=float))
        # linear between grid points (the same values np.interp gives, without its search per sample)
        pos = (tau[:-1, None] + (tau[1:] - tau[:-1])[:, None] * (np.arange(GRID) / GRID)[None, :]).reshape(-1)[:width]
        start = int(np.floor(pos.min())) - self.taps // 2 + 1
        stop = int(np.floor(pos.max())) + self.taps // 2 + 1
        rel = pos - (start + self.taps // 2 - 1)  # >= 0: truncation is floor
        first = rel.astype(np.int64)  # index of each read's first tap in `seg`
        mu = (rel - first).astype(np.float32)
        seg = self.source.read(start, stop)
        v = self._filter_bank(seg)[:, first]  # (degree + 1, width): each coefficient filter's output at each read
        y = v[-1].copy()
        for m in range(self.coef.shape[0] - 2, -1, -1):  # Horner in mu
            y *= mu
            y += v[m]
        return y
