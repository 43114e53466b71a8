"""Occlusion: the sound reaches the listener through a partition (a door, a wall), muffled and quieter.

Model (``SpatialParams.occlusion`` = ``o`` in 0..1; 0 = no partition, which renders bit-identically to a
render without this module): a single-leaf partition obeys the **mass law** above its mass-air
resonance: its transmission falls 6 dB per octave, i.e. the power transmission is that of a first-order
low-pass,

    |T(f)|^2 = 10^(-LOSS_DB * o / 10) / (1 + (f / f_c)^2),    f_c = 20 kHz * (250 Hz / 20 kHz)^o

so ``o`` moves the corner log-linearly from 20 kHz (a thin curtain) to 250 Hz (a heavy wall: 12 dB
down at 1 kHz and 30 dB down at 8 kHz relative to the low end), and adds a broadband loss of up to
:data:`LOSS_DB` (10 dB at ``o = 1``: leakage and flanking paths keep real partitions from being
infinitely quiet at low frequency, and a muffled sound is also a quieter one). Examples: ``o = 0.3``
(a thin door) -> f_c = 5.3 kHz, -3 dB; ``o = 0.5`` -> f_c = 2.2 kHz, -5 dB; ``o = 0.8`` (a wall)
-> f_c = 600 Hz, -8 dB.

The filter is minimum phase (no pre-ringing, no added latency), built from the magnitude by the
folded-cepstrum method, :func:`filter_length` taps (5.3 ms at 48 kHz, where even the 250 Hz corner's
response has decayed by 60 dB). As in game-audio engines (EAX, Wwise), *occlusion* means the source is
in another space, so the filter acts on everything the listener hears of it: the direct sound, early
reflections and the reverb (an *obstruction*, which would filter only the direct path, is not
modelled). The filter is applied once to the mono input, so it costs one short convolution whatever
the format.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import scipy.fft as sfft

LOSS_DB = 10.0
"""Broadband loss at occlusion 1 (scaled linearly with the occlusion)."""
CORNER_OPEN_HZ = 20000.0
CORNER_CLOSED_HZ = 250.0
_CEPSTRUM_SIZE = 8192


def corner_hz(occlusion: float) -> float:
    """Mass-law corner frequency for ``occlusion`` (20 kHz at 0, 250 Hz at 1, log-linear between)."""
    return float(CORNER_OPEN_HZ * (CORNER_CLOSED_HZ / CORNER_OPEN_HZ) ** float(occlusion))


def transmission_db(occlusion: float, freq_hz: np.ndarray | float) -> np.ndarray:
    """Power transmission in dB of the occlusion filter at ``freq_hz`` (0 dB everywhere for occlusion 0)."""
    f = np.asarray(freq_hz, dtype=float)
    if occlusion <= 0.0:
        return np.zeros_like(f)
    return -LOSS_DB * float(occlusion) - 10.0 * np.log10(1.0 + (f / corner_hz(occlusion)) ** 2)


def filter_length(sample_rate: int) -> int:
    """Taps of the occlusion FIR: 5.3 ms (256 at 48 kHz)."""
    return int(max(32, round(256 * sample_rate / 48000)))


@lru_cache(maxsize=32)
def occlusion_filter(occlusion: float, sample_rate: int) -> np.ndarray:
    """Minimum-phase FIR ``(filter_length,)`` float64 realising :func:`transmission_db` (read-only)."""
    n = _CEPSTRUM_SIZE
    freqs = np.arange(n // 2 + 1) * sample_rate / n
    log_mag = transmission_db(occlusion, freqs) * (np.log(10.0) / 20.0)  # natural log of |T|
    cep = sfft.irfft(log_mag, n)
    folded = np.zeros(n)
    folded[0] = cep[0]
    folded[1 : n // 2] = 2.0 * cep[1 : n // 2]
    folded[n // 2] = cep[n // 2]
    taps = filter_length(sample_rate)
    ir = sfft.irfft(np.exp(sfft.rfft(folded)), n)[:taps]
    fade = taps // 4  # half-Hann over the last quarter: the response has decayed there; no step
    ir[taps - fade :] *= 0.5 * (1.0 + np.cos(np.pi * (np.arange(fade) + 1) / fade))
    ir.setflags(write=False)
    return ir
