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

* ``tau`` is solved by fixed-point iteration (a contraction with factor ``|v_r| / c``) on a grid every
  :data:`GRID` output samples and interpolated linearly in between: the read position moves
  continuously and its rate changes only by the source's acceleration, never in steps of a frame.
* The read itself is a Farrow structure: a Kaiser-windowed sinc of :data:`TAPS` taps cut off at
  :data:`CUTOFF` of the sample rate (flat within 0.1 dB to 18 kHz at 48 kHz; images and aliases of an
  up-shift of up to 5 % stay out of the audio band), its taps fitted by polynomials of degree
  :data:`DEGREE` in the fractional position (fit error < 1e-6), so the interpolator is a smooth function of
  the position instead of a table of phases.
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
TAPS = 24
DEGREE = 7
CUTOFF = 0.46
"""Interpolation low-pass cut-off as a fraction of the sample rate (0.5 = Nyquist)."""
KAISER_BETA = 8.0
GRID = 64
CHUNK = 1 << 15
_CACHED_CHUNKS = 3
_MATMUL_ROWS = 1024


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

    def __call__(self, t: np.ndarray) -> np.ndarray:
        t = np.asarray(t, dtype=float)
        tau = t - self.delay(t)
        for _ in range(60):  # contraction by |v| / c per step: a handful of steps for road speeds
            nxt = t - self.delay(tau)
            done = np.max(np.abs(nxt - tau), initial=0.0) < 1e-7
            tau = nxt
            if done:
                break
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

    def compute(self, k: int) -> np.ndarray:
        lo = k * self.chunk
        width = min(self.chunk, self.n - lo)
        grid_t = lo + GRID * np.arange(-(-width // GRID) + 1, dtype=float)
        pos = np.interp(lo + np.arange(width, dtype=float), grid_t, self.tau(grid_t))
        base = np.floor(pos)
        mu = (pos - base).astype(np.float32)
        start = int(base.min()) - self.taps // 2 + 1
        stop = int(base.max()) + self.taps // 2 + 1
        seg = self.source.read(start, stop)
        windows = np.lib.stride_tricks.sliding_window_view(seg, self.taps)
        rows = windows[(base - (self.taps // 2 - 1) - start).astype(np.int64)]  # (width, taps)
        # (width, degree + 1): each polynomial coefficient's filter output. In blocks small enough that
        # BLAS stays on one thread (threads fight over the cores the render already uses)
        v = np.empty((width, self.coef.shape[0]), dtype=np.float32)
        for b in range(0, width, _MATMUL_ROWS):
            np.matmul(rows[b : b + _MATMUL_ROWS], self.coef.T, out=v[b : b + _MATMUL_ROWS])
        y = v[:, -1].copy()
        for m in range(self.coef.shape[0] - 2, -1, -1):  # Horner in mu
            y *= mu
            y += v[:, m]
        return y
