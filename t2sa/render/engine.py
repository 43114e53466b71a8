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
"""

from __future__ import annotations

from collections.abc import Callable

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


def frame_times(n_samples: int, hop: int) -> np.ndarray:
    """Clip fraction (0..1) at every frame centre."""
    centres = np.arange(n_frames_for(n_samples, hop)) * hop
    return np.clip(centres / max(n_samples - 1, 1), 0.0, 1.0)


def _block_size(length: int) -> int:
    """Overlap-add block minimising FFT work per output sample (same idea as scipy's oaconvolve)."""
    best, best_cost = 0, np.inf
    for k in range(6, 18):
        block = 1 << k
        if block < length // 2:
            continue
        nfft = sfft.next_fast_len(block + length - 1, real=True)
        cost = nfft * np.log2(nfft) / block
        if cost < best_cost:
            best, best_cost = block, cost
    return best


def _output(out: np.ndarray | None, n_ch: int, n: int) -> np.ndarray:
    if out is None:
        return np.zeros((n_ch, n), dtype=np.float32)
    if out.shape[0] != n_ch or out.shape[1] < n or out.dtype != np.float32:
        raise ValueError(f"output buffer {out.shape} {out.dtype} cannot take ({n_ch}, {n}) float32")
    return out


def convolve_static(x: np.ndarray, h: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Convolve mono ``x`` (n,) with ``h`` (n_ch, L), adding into ``out`` (float32, at least n + L - 1 long).

    FFT overlap-add over all blocks of a chunk at once (scipy.fft only: importing scipy.signal would
    cost the CLI most of a second). Returns ``out`` (allocated when None).
    """
    x = np.asarray(x, dtype=np.float32)
    h = np.asarray(h, dtype=np.float32)
    n, (n_ch, length) = x.shape[0], h.shape
    out = _output(out, n_ch, n + length - 1)
    if length == 1:  # pure gains: chunked so no clip-sized temporary is made
        for start in range(0, n, STATIC_CHUNK):
            seg = x[start : start + STATIC_CHUNK]
            for c in range(n_ch):
                out[c, start : start + len(seg)] += h[c, 0] * seg
        return out
    block = _block_size(length)
    nfft = sfft.next_fast_len(block + length - 1, real=True)
    m = -(-nfft // block)
    hspec = sfft.rfft(h, nfft, axis=-1)  # (n_ch, nb)
    n_blocks = -(-n // block)
    per_chunk = max(1, min(n_blocks, STATIC_CHUNK // block, FRAME_BUDGET // ((n_ch + 1) * (nfft // 2 + 1))))
    for b0 in range(0, n_blocks, per_chunk):
        f = min(per_chunk, n_blocks - b0)
        seg = x[b0 * block : (b0 + f) * block]
        if len(seg) < f * block:
            seg = np.concatenate([seg, np.zeros(f * block - len(seg), dtype=np.float32)])
        spec = sfft.rfft(seg.reshape(f, block), nfft, axis=-1)
        y = sfft.irfft(spec[:, None, :] * hspec[None, :, :], nfft, axis=-1)
        _overlap_add(out, y, b0 * block, block, m, n + length - 1)
    return out


def _overlap_add(out: np.ndarray, y: np.ndarray, start: int, hop: int, m: int, stop: int) -> None:
    """Add frames ``y`` (F, C, nfft) placed every ``hop`` samples from ``start`` into ``out[:, :stop]``.

    Samples that would land before 0 or at/after ``stop`` are dropped (they are zeros of the
    convolution: input before the clip's start, or past the end of the full convolution). Works on
    strided views: no copy of ``y`` is made.
    """
    f, n_ch, nfft = y.shape
    for j in range(m):
        width = min(hop, nfft - j * hop)
        if width <= 0:
            break
        part = y[:, :, j * hop : j * hop + width].transpose(1, 0, 2)  # (C, F, width) view
        base = start + j * hop  # frame b's segment starts at base + b * hop
        first = min(f, -(base // hop)) if base < 0 else 0  # first frame starting at or after sample 0
        # frames whose segment ends by `stop` and whose full hop-wide view fits in `out`
        limit = min(stop - width, out.shape[1] - hop) - base
        last = min(f, limit // hop + 1) if limit >= 0 else 0
        if last > first:
            lo = base + first * hop
            view = out[:, lo : lo + (last - first) * hop].reshape(n_ch, last - first, hop)
            view[:, :, :width] += part[:, first:last]
        for b in list(range(0, min(first, f))) + list(range(max(last, first), f)):  # frames crossing an edge
            lo = base + b * hop
            a, e = max(lo, 0), min(lo + width, stop)
            if e > a:
                out[:, a:e] += part[:, b, a - lo : e - lo]


def _window(hop: int, crossfade: bool) -> np.ndarray:
    if crossfade:
        return (np.sin(np.pi * np.arange(2 * hop) / (2 * hop)) ** 2).astype(np.float32)
    w = np.zeros(2 * hop, dtype=np.float32)
    w[hop // 2 : hop // 2 + hop] = 1.0
    return w


def fft_size(hop: int, length: int) -> int:
    return sfft.next_fast_len(2 * hop + length - 1, real=True)


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
    """Time-varying convolution of mono ``x`` with per-frame filters of at most ``length`` taps.

    ``spectra(frame_indices, nfft)`` returns the filters' real-FFT spectra, complex ``(F, n_channels,
    nfft // 2 + 1)``. Adds into ``out`` (float32, at least ``n + length - 1`` long; allocated when None).
    ``spectra_per_frame``: how many spectra per frame the ``spectra`` function holds while building
    them (e.g. points x ears), so chunks stay within :data:`FRAME_BUDGET`.
    """
    x = np.asarray(x, dtype=np.float32)
    n = x.shape[0]
    stop = n + length - 1
    out = _output(out, n_channels, stop)
    n_frames = n_frames_for(n, hop)
    nfft = fft_size(hop, length)
    m = -(-nfft // hop)  # output segments of `hop` samples each frame spans
    window = _window(hop, crossfade)
    per_chunk = max(1, FRAME_BUDGET // (max(n_channels + 1, spectra_per_frame) * (nfft // 2 + 1)))
    for b0 in range(0, n_frames, per_chunk):
        f = min(per_chunk, n_frames - b0)
        # frame b reads x[b*hop - hop : b*hop + hop]
        lo, hi = b0 * hop - hop, (b0 + f) * hop + hop
        seg = x[max(lo, 0) : min(hi, n)]
        seg = np.concatenate([np.zeros(max(-lo, 0), np.float32), seg, np.zeros(max(hi - max(n, lo), 0), np.float32)])
        frames = np.lib.stride_tricks.sliding_window_view(seg[: (f + 1) * hop], 2 * hop)[::hop][:f]
        spec = sfft.rfft(frames * window, nfft, axis=-1)
        filt = spectra(np.arange(b0, b0 + f), nfft)
        y = sfft.irfft(spec[:, None, :] * filt, nfft, axis=-1)  # (f, n_ch, nfft)
        _overlap_add(out, y.astype(np.float32, copy=False), lo, hop, m, stop)
    return out


def gains_varying(
    x: np.ndarray, hop: int, gains: GainsFn, n_channels: int, out: np.ndarray | None = None
) -> np.ndarray:
    """Add ``x`` times per-frame channel gains, raised-cosine interpolated between frame centres, to ``out``.

    Equivalent to :func:`convolve_varying` with one-tap filters, but costs one multiply per sample.
    ``gains(frame_indices)`` returns ``(F, n_channels)``.
    """
    x = np.asarray(x, dtype=np.float32)
    n = x.shape[0]
    out = _output(out, n_channels, n)
    n_frames = n_frames_for(n, hop)
    g = np.asarray(gains(np.arange(n_frames)), dtype=np.float32)  # (n_frames, n_ch)
    ramp = (np.sin(0.5 * np.pi * np.arange(hop) / hop) ** 2).astype(np.float32)
    per_chunk = max(1, STATIC_CHUNK // hop)
    for b0 in range(0, n_frames - 1, per_chunk):
        b1 = min(b0 + per_chunk, n_frames - 1)
        seg = x[b0 * hop : b1 * hop]
        if len(seg) < (b1 - b0) * hop:
            seg = np.concatenate([seg, np.zeros((b1 - b0) * hop - len(seg), np.float32)])
        blocks = seg.reshape(b1 - b0, hop)
        a, b = b0 * hop, min(b1 * hop, n)
        for c in range(n_channels):
            interp = g[b0:b1, c, None] + (g[b0 + 1 : b1 + 1, c] - g[b0:b1, c])[:, None] * ramp[None, :]
            out[c, a:b] += (blocks * interp).reshape(-1)[: b - a]
    return out
