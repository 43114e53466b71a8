"""Convolution engines: one filter for a static source, crossfaded per-frame filters for a moving one.

Time-varying rendering (why it has no clicks or zipper noise): the input is cut into frames of
``2 * hop`` samples every ``hop`` samples, each weighted by a periodic Hann window (``sin^2``), and the
windows of neighbouring frames sum to exactly one. Frame ``b`` is centred on sample ``b * hop``, is
convolved with the filter for the source position at that instant and overlap-added. Every output sample
is therefore a raised-cosine crossfade between the outputs of two consecutive filters, and a filter
update can never produce a step. Gains (distance level, filter changes) thus move smoothly from one
frame centre to the next. ``crossfade=False`` swaps in rectangular windows (hard switching at the frame
borders): it exists only so tests can show that the crossfade matters.

All frames of a chunk are transformed at once (real FFT of size ``next_fast_len(2 hop + L - 1)``), and
long inputs are processed in chunks, so memory stays bounded whatever the clip length. Computation is
float32 (complex64): about -140 dB of rounding noise, far below 24-bit output.

Streaming (why whole-clip and block-wise renders are bit-identical): every engine is a :class:`Stage`
that *adds its output into a window* ``[start, start + width)`` of the output timeline
(:meth:`Stage.add_into`). Its work is cut into chunks on a grid fixed by the filter and the clip, never
by the window, and a chunk's overlap-add result is kept while it still reaches past the current window,
so a chunk is computed exactly once however the timeline is windowed. Each output sample thus receives
the same floating-point additions in the same order (stage by stage, chunk by chunk, segment by
segment) whether the render is one window (:func:`t2sa.render.render`) or thousands
(:mod:`t2sa.render.stream`). Windows must be requested in increasing, non-overlapping order; ``reset()``
starts a stage over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

import numpy as np
import scipy.fft as sfft

STATIC_CHUNK = 1 << 17
"""Input samples per chunk of the static convolution (bounds temporary memory)."""

FRAME_BUDGET = 1 << 20
"""Complex values per chunk of the FFT engines (8 MB of complex64; a few times that in temporaries)."""

SpectraFn = Callable[[np.ndarray, int], np.ndarray]
GainsFn = Callable[[np.ndarray], np.ndarray]


def n_frames_for(n_samples: int, hop: int) -> int:
    """Frames whose windows cover samples ``0 .. n_samples - 1`` (centres at ``b * hop``)."""
    return (n_samples - 1) // hop + 2


def _block_size(length: int) -> int:
    """Overlap-add block minimising FFT work per output sample (same idea as scipy's oaconvolve).

    Blocks are at most 2**17 samples unless the filter is so long (a reverb of more than ~5 s) that
    none of those is at least half its length; then the smallest power of two that is.
    """
    best, best_cost = 0, np.inf
    for k in range(6, 18):
        block = 1 << k
        if block < length // 2:
            continue
        nfft = sfft.next_fast_len(block + length - 1, real=True)
        cost = nfft * np.log2(nfft) / block
        if cost < best_cost:
            best, best_cost = block, cost
    if best == 0:
        best = 1 << int(np.ceil(np.log2(max(length // 2, 1))))
    return best


# -- inputs -----------------------------------------------------------------------------------------
class SampleFile:
    """Mono float32 samples kept in a raw file instead of memory: the input of a long render from a file
    (:func:`t2sa.render.render_to_file`), so an hour of input costs no RAM.

    ``samples[lo:hi]`` reads just that range, times ``scale`` in float32: the values an in-memory array
    scaled in place (``x *= scale``) would hold, so renders from either are bit-identical.
    """

    def __init__(self, fh: BinaryIO, n: int, scale: float | None = None):
        self.fh, self.n = fh, int(n)
        self.shape = (self.n,)
        self.scale = None if scale is None else np.float32(scale)

    def __len__(self) -> int:
        return self.n

    def scaled(self, scale: float) -> SampleFile:
        """The same samples times ``scale`` (once: a second scaling would round differently from one)."""
        if self.scale is not None:
            raise ValueError("SampleFile is already scaled")
        return SampleFile(self.fh, self.n, scale)

    def __getitem__(self, key: slice) -> np.ndarray:
        lo, hi, step = key.indices(self.n)
        if step != 1:
            raise IndexError("SampleFile reads contiguous ranges only")
        out = np.empty(max(hi - lo, 0), dtype=np.float32)
        view = memoryview(out).cast("B")
        self.fh.seek(4 * lo)
        got = 0
        while got < len(view):
            k = self.fh.readinto(view[got:])
            if not k:
                raise OSError(f"sample file ends at sample {lo + got // 4} of {self.n}")
            got += k
        if self.scale is not None:
            out *= self.scale
        return out


class Signal:
    """A mono float32 input, optionally scaled by ``amp`` (in float32, sample by sample, as ``x * amp``)."""

    def __init__(self, x: np.ndarray | SampleFile, amp: float | None = None):
        self.x = x if isinstance(x, SampleFile) else np.asarray(x, dtype=np.float32)
        self.n = int(self.x.shape[0])
        self.amp = None if amp is None or amp == 1.0 else np.float32(amp)

    def read(self, lo: int, hi: int) -> np.ndarray:
        """``x[lo:hi]`` (times ``amp``) with zeros outside the signal (may be a view: do not modify)."""
        a, b = max(lo, 0), min(hi, self.n)
        seg = self.x[a:b] if b > a else self.x[:0]
        seg = seg * self.amp if self.amp is not None else seg
        if a == lo and b == hi:
            return seg
        return np.concatenate([np.zeros(min(max(a - lo, 0), hi - lo), np.float32), seg,
                               np.zeros(max(hi - max(b, lo), 0), np.float32)])

    def reset(self) -> None:
        pass


class StageSignal:
    """The mono output of a :class:`Stage` used as the input of a sample-wise stage (read in order)."""

    def __init__(self, stage: Stage):
        if stage.n_channels != 1:
            raise ValueError("a stage used as an input must be mono")
        self.stage = stage
        self.n = stage.span

    def read(self, lo: int, hi: int) -> np.ndarray:
        buf = np.zeros((1, hi - lo), dtype=np.float32)
        self.stage.add_into(buf, lo)
        return buf[0]

    def reset(self) -> None:
        self.stage.reset()


Input = Signal | StageSignal


def _as_input(x: np.ndarray | Input) -> Input:
    return x if isinstance(x, (Signal, StageSignal)) else Signal(x)


# -- stages -----------------------------------------------------------------------------------------
class Stage:
    """Something that adds ``n_channels`` of output over samples ``[0, span)`` of the timeline."""

    n_channels: int
    span: int

    def add_into(self, out: np.ndarray, start: int) -> None:  # pragma: no cover - overridden
        """Add this stage's samples ``[start, start + out.shape[1])`` into ``out`` (float32 (C, width))."""
        raise NotImplementedError

    def reset(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def render(self) -> np.ndarray:
        """The whole output in one new buffer."""
        out = np.zeros((self.n_channels, self.span), dtype=np.float32)
        self.add_into(out, 0)
        return out


class Delayed(Stage):
    """Another stage, later by ``delay`` samples (early reflections)."""

    def __init__(self, stage: Stage, delay: int):
        self.stage, self.delay = stage, int(delay)
        self.n_channels, self.span = stage.n_channels, stage.span + self.delay

    def add_into(self, out: np.ndarray, start: int) -> None:
        skip = max(self.delay - start, 0)
        if skip < out.shape[1]:
            self.stage.add_into(out[:, skip:], start + skip - self.delay)

    def reset(self) -> None:
        self.stage.reset()


class StaticGains(Stage):
    """``out[c] += h[c] * x``: a static source that is only a gain per channel (panning, encoding)."""

    def __init__(self, x: np.ndarray | Input, gains: np.ndarray):
        self.x = _as_input(x)
        self.h = np.asarray(gains, dtype=np.float32).reshape(-1)
        self.n_channels, self.span = len(self.h), self.x.n

    def add_into(self, out: np.ndarray, start: int) -> None:
        a, b = max(start, 0), min(start + out.shape[1], self.span)
        # chunked so no clip-sized temporary is made (one window may be the whole clip)
        for lo in range(a, b, STATIC_CHUNK):
            hi = min(lo + STATIC_CHUNK, b)
            seg = self.x.read(lo, hi)
            for c in range(self.n_channels):
                out[c, lo - start : hi - start] += self.h[c] * seg

    def reset(self) -> None:
        self.x.reset()


class VaryingGains(Stage):
    """``x`` times per-frame channel gains, raised-cosine interpolated between frame centres.

    Equivalent to :class:`VaryingConvolution` with one-tap filters, but costs one multiply per sample.
    ``gains(frame_indices)`` returns ``(F, n_channels)``; it is evaluated once for all frames.
    """

    def __init__(self, x: np.ndarray | Input, hop: int, gains: GainsFn, n_channels: int):
        self.x = _as_input(x)
        self.hop, self.n_channels, self.span = hop, n_channels, self.x.n
        n_frames = n_frames_for(self.span, hop)
        self.g = np.asarray(gains(np.arange(n_frames)), dtype=np.float32)  # (n_frames, n_ch)
        self.ramp = (np.sin(0.5 * np.pi * np.arange(hop) / hop) ** 2).astype(np.float32)

    def add_into(self, out: np.ndarray, start: int) -> None:
        a, b = max(start, 0), min(start + out.shape[1], self.span)
        hop, g = self.hop, self.g
        step = max(1, STATIC_CHUNK // hop) * hop
        for lo in range(a, b, step):
            hi = min(lo + step, b)
            b0, b1 = lo // hop, -(-hi // hop)  # intervals between frame centres touching [lo, hi)
            seg = self.x.read(lo, hi)  # exactly [lo, hi): a stage input is read in order, once
            for c in range(self.n_channels):
                interp = g[b0:b1, c, None] + (g[b0 + 1 : b1 + 1, c] - g[b0:b1, c])[:, None] * self.ramp[None, :]
                out[c, lo - start : hi - start] += seg * interp.reshape(-1)[lo - b0 * hop : hi - b0 * hop]

    def reset(self) -> None:
        self.x.reset()


class _OverlapAdd(Stage):
    """Chunks of FFT frames overlap-added into the timeline; subclasses say what a chunk computes.

    Chunk ``k`` holds ``f`` frames placed every ``hop`` samples from ``origin(k)``, each ``nfft``
    samples long; only samples in ``[0, span)`` are kept (the rest are zeros of the convolution).
    """

    hop: int
    nfft: int
    per_chunk: int
    n_units: int

    def _setup(self, span: int) -> None:
        self.span = span
        self.m = -(-self.nfft // self.hop)  # output segments of `hop` samples each frame spans
        self.n_chunks = -(-self.n_units // self.per_chunk)
        self.reset_chunks()

    def reset_chunks(self) -> None:
        self._next = 0
        self._kept: list[tuple[int, int, np.ndarray]] = []  # (chunk end, chunk origin, frames)

    def reset(self) -> None:
        self.reset_chunks()

    def origin(self, k: int) -> int:  # pragma: no cover - overridden
        raise NotImplementedError

    def compute(self, k: int, first: int, count: int) -> np.ndarray:  # pragma: no cover - overridden
        """Frames ``(count, n_channels, nfft)`` float32 of chunk ``k`` (units ``first .. first + count - 1``)."""
        raise NotImplementedError

    def _extent(self, k: int) -> tuple[int, int, int]:
        first = k * self.per_chunk
        count = min(self.per_chunk, self.n_units - first)
        lo = self.origin(k)
        return lo, min(lo + (count - 1) * self.hop + self.nfft, self.span), count

    def add_into(self, out: np.ndarray, start: int) -> None:
        stop = start + out.shape[1]
        # windows come in order, so a chunk ending inside this one is finished once added: only chunks
        # reaching past the window are kept (a whole-clip window keeps none)
        kept = []
        for item in self._kept:
            if item[0] > start:
                _overlap_add(out, start, item[2], item[1], self.hop, self.m, self.span)
                if item[0] > stop:
                    kept.append(item)
        self._kept = kept
        while self._next < self.n_chunks:
            k = self._next
            lo, end, count = self._extent(k)
            if lo >= stop:
                break
            self._next += 1
            if end <= start:  # entirely before this window: nothing of it is ever needed
                continue
            y = self.compute(k, k * self.per_chunk, count)
            _overlap_add(out, start, y, lo, self.hop, self.m, self.span)
            if end > stop:
                kept.append((end, lo, y))
            del y


class StaticConvolution(_OverlapAdd):
    """Mono ``x`` convolved with ``h`` (n_ch, L): FFT overlap-add over all blocks of a chunk at once.

    scipy.fft only: importing scipy.signal would cost the CLI most of a second. One-tap filters are
    plain gains (:class:`StaticGains`); use :func:`static_stage` to get the right one.
    """

    def __init__(self, x: np.ndarray | Input, h: np.ndarray):
        self.x = _as_input(x)
        h = np.asarray(h, dtype=np.float32)
        self.n_channels, length = h.shape
        n = self.x.n
        self.hop = _block_size(length)
        self.nfft = sfft.next_fast_len(self.hop + length - 1, real=True)
        self.hspec = sfft.rfft(h, self.nfft, axis=-1)  # (n_ch, nb)
        self.n_units = -(-n // self.hop)  # blocks
        self.per_chunk = max(1, min(self.n_units, STATIC_CHUNK // self.hop,
                                    FRAME_BUDGET // ((self.n_channels + 1) * (self.nfft // 2 + 1))))
        self._setup(n + length - 1)

    def origin(self, k: int) -> int:
        return k * self.per_chunk * self.hop

    def compute(self, k: int, first: int, count: int) -> np.ndarray:
        block = self.hop
        seg = self.x.read(first * block, (first + count) * block)
        spec = sfft.rfft(seg.reshape(count, block), self.nfft, axis=-1)
        return sfft.irfft(spec[:, None, :] * self.hspec[None, :, :], self.nfft, axis=-1)

    def reset(self) -> None:
        self.reset_chunks()
        self.x.reset()


class VaryingConvolution(_OverlapAdd):
    """Time-varying convolution of mono ``x`` with per-frame filters of at most ``length`` taps.

    ``spectra(frame_indices, nfft)`` returns the filters' real-FFT spectra, complex ``(F, n_channels,
    nfft // 2 + 1)``. ``spectra_per_frame``: how many spectra per frame the ``spectra`` function holds
    while building them (e.g. points x ears), so chunks stay within :data:`FRAME_BUDGET`.
    """

    def __init__(self, x: np.ndarray | Input, hop: int, length: int, n_channels: int, spectra: SpectraFn, *,
                 crossfade: bool = True, spectra_per_frame: int = 1):
        self.x = _as_input(x)
        self.hop, self.n_channels, self.spectra = hop, n_channels, spectra
        n = self.x.n
        self.n_units = n_frames_for(n, hop)
        self.nfft = fft_size(hop, length)
        self.window = _window(hop, crossfade)
        self.per_chunk = max(1, FRAME_BUDGET // (max(n_channels + 1, spectra_per_frame) * (self.nfft // 2 + 1)))
        self._setup(n + length - 1)

    def origin(self, k: int) -> int:
        return k * self.per_chunk * self.hop - self.hop

    def compute(self, k: int, first: int, count: int) -> np.ndarray:
        hop = self.hop
        lo = first * hop - hop  # frame b reads x[b*hop - hop : b*hop + hop]
        seg = self.x.read(lo, (first + count) * hop + hop)
        frames = np.lib.stride_tricks.sliding_window_view(seg[: (count + 1) * hop], 2 * hop)[::hop][:count]
        spec = sfft.rfft(frames * self.window, self.nfft, axis=-1)
        filt = self.spectra(np.arange(first, first + count), self.nfft)
        return sfft.irfft(spec[:, None, :] * filt, self.nfft, axis=-1).astype(np.float32, copy=False)

    def reset(self) -> None:
        self.reset_chunks()
        self.x.reset()


def static_stage(x: np.ndarray | Input, h: np.ndarray) -> Stage:
    """Convolution of mono ``x`` with ``h`` (n_ch, L); plain gains when ``L == 1``."""
    h = np.asarray(h)
    if h.shape[-1] == 1:
        return StaticGains(x, h[:, 0])
    return StaticConvolution(x, h)


def _overlap_add(out: np.ndarray, start: int, y: np.ndarray, origin: int, hop: int, m: int, span: int) -> None:
    """Add frames ``y`` (F, C, nfft) placed every ``hop`` samples from ``origin`` into the window ``out``.

    ``out`` holds timeline samples ``[start, start + out.shape[1])``. Samples before 0 or at/after
    ``span`` are dropped (they are zeros of the convolution: input before the clip's start, or past
    the end of the full convolution). Works on strided views: no copy of ``y`` is made.
    """
    f, n_ch, nfft = y.shape
    width_out = out.shape[1]
    lo_lim, hi_lim = max(start, 0), min(start + width_out, span)
    if hi_lim <= lo_lim:
        return
    for j in range(m):
        width = min(hop, nfft - j * hop)
        if width <= 0:
            break
        part = y[:, :, j * hop : j * hop + width].transpose(1, 0, 2)  # (C, F, width) view
        base = origin + j * hop  # frame b's segment is [base + b*hop, base + b*hop + width)
        # frames touching [lo_lim, hi_lim) at all
        touch_lo = max(0, (lo_lim - base - width) // hop + 1)
        touch_hi = min(f, -(-(hi_lim - base) // hop))
        if touch_hi <= touch_lo:
            continue
        # of those, frames lying wholly inside, whose full hop-wide slot also fits in `out`
        first = min(max(touch_lo, -(-(lo_lim - base) // hop)), touch_hi)
        limit = min(hi_lim - width, start + width_out - hop) - base
        last = max(min(touch_hi, limit // hop + 1), first) if limit >= 0 else first
        if last > first:
            lo = base + first * hop - start
            view = out[:, lo : lo + (last - first) * hop].reshape(n_ch, last - first, hop)
            view[:, :, :width] += part[:, first:last]
        for b in (*range(touch_lo, first), *range(last, touch_hi)):  # frames crossing an edge
            lo = base + b * hop
            a, e = max(lo, lo_lim), min(lo + width, hi_lim)
            if e > a:
                out[:, a - start : e - start] += part[:, b, a - lo : e - lo]


def _window(hop: int, crossfade: bool) -> np.ndarray:
    if crossfade:
        return (np.sin(np.pi * np.arange(2 * hop) / (2 * hop)) ** 2).astype(np.float32)
    w = np.zeros(2 * hop, dtype=np.float32)
    w[hop // 2 : hop // 2 + hop] = 1.0
    return w


def fft_size(hop: int, length: int) -> int:
    return sfft.next_fast_len(2 * hop + length - 1, real=True)


# -- whole-signal helpers (one window = the whole output) -------------------------------------------
def _into(stage: Stage, out: np.ndarray | None) -> np.ndarray:
    if out is None:
        return stage.render()
    if out.shape[0] != stage.n_channels or out.shape[1] < stage.span or out.dtype != np.float32:
        raise ValueError(f"output buffer {out.shape} {out.dtype} cannot take ({stage.n_channels}, {stage.span}) float32")
    stage.add_into(out, 0)
    return out


def convolve_static(x: np.ndarray, h: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Convolve mono ``x`` (n,) with ``h`` (n_ch, L), adding into ``out`` (float32, at least n + L - 1 long).

    Returns ``out`` (allocated when None).
    """
    return _into(static_stage(x, h), out)


def convolve_varying(
    x: np.ndarray,
    hop: int,
    length: int,
    n_channels: int,
    spectra: SpectraFn,
    *,
    crossfade: bool = True,
    out: np.ndarray | None = None,
    spectra_per_frame: int = 1,
) -> np.ndarray:
    """Whole-signal :class:`VaryingConvolution`, adding into ``out`` (at least ``n + length - 1`` long)."""
    stage = VaryingConvolution(x, hop, length, n_channels, spectra, crossfade=crossfade, spectra_per_frame=spectra_per_frame)
    return _into(stage, out)


def gains_varying(
    x: np.ndarray, hop: int, gains: GainsFn, n_channels: int, out: np.ndarray | None = None
) -> np.ndarray:
    """Whole-signal :class:`VaryingGains`, adding into ``out`` (at least ``len(x)`` long)."""
    return _into(VaryingGains(x, hop, gains, n_channels), out)
