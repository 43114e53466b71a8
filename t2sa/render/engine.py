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

FRAME_BUDGET = 1 << 22
"""Complex values per chunk of the time-varying engine (about 32 MB of complex64)."""

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


def convolve_static(x: np.ndarray, h: np.ndarray) -> np.ndarray:
    """Convolve mono ``x`` (n,) with ``h`` (n_ch, L): float32 ``(n_ch, n + L - 1)``.

    FFT overlap-add over all blocks of a chunk at once (scipy.fft only: importing scipy.signal would
    cost the CLI most of a second).
    """
    x = np.asarray(x, dtype=np.float32)
    h = np.asarray(h, dtype=np.float32)
    n, (n_ch, length) = x.shape[0], h.shape
    if length == 1:
        return h[:, :1] * x[None, :]
    block = _block_size(length)
    nfft = sfft.next_fast_len(block + length - 1, real=True)
    m = -(-nfft // block)
    hspec = sfft.rfft(h, nfft, axis=-1)  # (n_ch, nb)
    n_blocks = -(-n // block)
    out = np.zeros((n_ch, (n_blocks + m) * block), dtype=np.float32)
    per_chunk = max(1, min(n_blocks, STATIC_CHUNK // block, FRAME_BUDGET // ((n_ch + 1) * (nfft // 2 + 1))))
    xpad = np.zeros(n_blocks * block, dtype=np.float32)
    xpad[:n] = x
    blocks = xpad.reshape(n_blocks, block)
    for b0 in range(0, n_blocks, per_chunk):
        f = min(per_chunk, n_blocks - b0)
        spec = sfft.rfft(blocks[b0 : b0 + f], nfft, axis=-1)
        y = sfft.irfft(spec[:, None, :] * hspec[None, :, :], nfft, axis=-1)
        _overlap_add(out, y, b0 * block, block, m)
    return out[:, : n + length - 1]


def _overlap_add(out: np.ndarray, y: np.ndarray, base: int, hop: int, m: int) -> None:
    """Add frames ``y`` (F, C, nfft) placed every ``hop`` samples from ``base`` into ``out`` (C, N)."""
    f, n_ch, nfft = y.shape
    if nfft < m * hop:
        y = np.concatenate([y, np.zeros((f, n_ch, m * hop - nfft), dtype=y.dtype)], axis=-1)
    seg = y.reshape(f, n_ch, m, hop)
    for j in range(m):
        out[:, base + j * hop : base + (j + f) * hop] += seg[:, :, j, :].transpose(1, 0, 2).reshape(n_ch, f * hop)


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
) -> np.ndarray:
    """Time-varying convolution of mono ``x`` with per-frame filters of at most ``length`` taps.

    ``spectra(frame_indices, nfft)`` returns the filters' real-FFT spectra, complex ``(F, n_channels,
    nfft // 2 + 1)``. Output: float32 ``(n_channels, n + length - 1)``.
    """
    x = np.asarray(x, dtype=np.float32)
    n = x.shape[0]
    n_frames = n_frames_for(n, hop)
    nfft = fft_size(hop, length)
    m = -(-nfft // hop)  # output segments of `hop` samples each frame spans
    window = _window(hop, crossfade)
    # padded input: frame b reads xpad[b*hop : b*hop + 2*hop] == x[b*hop - hop : b*hop + hop]
    xpad = np.zeros((n_frames + 1) * hop, dtype=np.float32)
    xpad[hop : hop + n] = x
    out = np.zeros((n_channels, (n_frames + m) * hop), dtype=np.float32)
    per_chunk = max(1, FRAME_BUDGET // ((n_channels + 1) * (nfft // 2 + 1)))
    for b0 in range(0, n_frames, per_chunk):
        idx = np.arange(b0, min(b0 + per_chunk, n_frames))
        f = len(idx)
        frames = np.lib.stride_tricks.sliding_window_view(xpad[b0 * hop : (b0 + f + 1) * hop], 2 * hop)[::hop][:f]
        spec = sfft.rfft(frames * window, nfft, axis=-1)
        filt = spectra(idx, nfft)
        y = sfft.irfft(spec[:, None, :] * filt, nfft, axis=-1)  # (f, n_ch, nfft)
        _overlap_add(out, y.astype(np.float32, copy=False), b0 * hop, hop, m)
    return out[:, hop : hop + n + length - 1]


def gains_varying(x: np.ndarray, hop: int, gains: GainsFn, n_channels: int) -> np.ndarray:
    """``x`` times per-frame channel gains, raised-cosine interpolated between frame centres.

    Equivalent to :func:`convolve_varying` with one-tap filters, but costs one multiply per sample.
    ``gains(frame_indices)`` returns ``(F, n_channels)``.
    """
    x = np.asarray(x, dtype=np.float32)
    n = x.shape[0]
    n_frames = n_frames_for(n, hop)
    g = np.asarray(gains(np.arange(n_frames)), dtype=np.float32)  # (n_frames, n_ch)
    ramp = (np.sin(0.5 * np.pi * np.arange(hop) / hop) ** 2).astype(np.float32)
    n_blocks = n_frames - 1
    xpad = np.zeros(n_blocks * hop, dtype=np.float32)
    xpad[:n] = x
    blocks = xpad.reshape(n_blocks, hop)
    out = np.empty((n_channels, n_blocks * hop), dtype=np.float32)
    for c in range(n_channels):
        interp = g[:-1, c, None] + (g[1:, c] - g[:-1, c])[:, None] * ramp[None, :]
        out[c] = (blocks * interp).reshape(-1)
    return out[:, :n]
