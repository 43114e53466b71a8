"""Late reverberation: seeded, decorrelated, exponentially decaying noise tails.

Mapping (the contract in :mod:`t2sa.params`): the reverb's energy relative to the direct sound *at 1 m*
is ``wet**2 * 10**(-drr_db / 10)``; ``wet = 0`` computes no tail at all. "The direct sound at 1 m" is
the input's energy times the format's direction-averaged direct energy per channel:

* binaural: 1 per ear (the renderer scales every HRTF to unit diffuse-field energy per ear);
* stereo: 1/2 per channel (constant-power panning);
* Ambisonics (SN3D): 1 in W and ``1 / (2n + 1)`` in every order-``n`` channel, i.e. a diffuse field.

The tail does not depend on the source distance, so the direct-to-reverberant ratio falls by 6 dB per
doubling of distance. Gain (``gain_db``) applies to both.

Early reflections (``RenderOptions.early_reflections``, off by default): the six first-order image
sources of a shoebox room whose size follows from ``rt60_s`` by Sabine's formula (proportions
1.6 : 1.25 : 1, mean absorption 0.2, at least 4 x 3.1 x 2.5 m, enlarged to contain the source path with
0.5 m to spare), listener in the middle of the floor plan with the ears 1.2 m above the floor. Each
image is rendered like the source (direction, 1/r level, air absorption, spread) with wall reflection
factor ``sqrt(1 - 0.2)``, times ``wet``, delayed by its extra path length. For a moving source the
images follow the mirrored trajectory (65 keyframes) with a delay fixed at its mean over the clip (no
Doppler). Early reflections add to the reverberant energy; ``drr_db`` describes the late tail only.

Impulse response per output channel (channel ``c`` draws from ``default_rng([seed, c])``): Gaussian noise,
silent for a :data:`PREDELAY_S` pre-delay, faded in over :data:`ONSET_S`, then decaying as
``exp(-6.91 t / T(f))`` where ``T = rt60_s`` up to 1 kHz and falls log-linearly to
``hf_damping * rt60_s`` at 8 kHz and above (air and wall absorption; ``hf_damping = 1`` is frequency-
independent). The IR runs until the mid band has decayed by 60 dB and ends with a short fade; its energy
is normalised exactly. Channels use independent noise, so they are decorrelated; binaural channels are then
mixed to the interaural coherence of a diffuse field at two ears 0.2 m apart
(``sinc(2 f d / c)`` up to its first zero, 0 above), which is how real rooms sound over headphones.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.fft as sfft

from t2sa.params import SpatialParams

PREDELAY_S = 0.005
ONSET_S = 0.005
FADE_OUT_S = 0.010
EAR_SPACING_M = 0.2
_BAND_EDGES_HZ = (1000.0, 8000.0)
_GROUP = 4


def reverb_length(rt60_s: float, sample_rate: int) -> int:
    """Samples in the reverb IR (pre-delay + 60 dB decay of the mid band)."""
    return int(np.ceil((PREDELAY_S + rt60_s) * sample_rate))


def send_gain(wet: float, drr_db: float) -> float:
    """Amplitude of the reverb send relative to the direct sound at 1 m."""
    return float(wet * 10.0 ** (-drr_db / 20.0))


def _decay_times(freqs: np.ndarray, rt60_s: float, hf_damping: float) -> np.ndarray:
    lo, hi = _BAND_EDGES_HZ
    frac = np.clip(np.log(np.maximum(freqs, 1.0) / lo) / np.log(hi / lo), 0.0, 1.0)
    return rt60_s * hf_damping**frac


def reverb_irs(
    n_channels: int,
    rt60_s: float,
    sample_rate: int,
    seed: int,
    *,
    hf_damping: float = 0.5,
    binaural_coherence: bool = False,
) -> np.ndarray:
    """Unit-energy decorrelated reverb IRs, shape ``(n_channels, reverb_length)``, float64.

    Frequency-dependent decay is built from a few octave bands (complementary raised-cosine masks on the
    noise spectrum, each band with its own envelope); the bands sum back to the noise at the onset.
    """
    length = reverb_length(rt60_s, sample_rate)
    t = np.arange(length) / sample_rate
    start = int(round(PREDELAY_S * sample_rate))
    onset = np.clip((t - PREDELAY_S) / ONSET_S, 0.0, 1.0)
    shape = np.sin(0.5 * np.pi * onset) ** 2
    n_fade = max(1, int(round(FADE_OUT_S * sample_rate)))
    shape[-n_fade:] *= 0.5 * (1.0 + np.cos(np.pi * (np.arange(n_fade) + 1) / n_fade))
    shape[:start] = 0.0
    tt = np.maximum(t - PREDELAY_S, 0.0)

    # a few channels at a time: a 16-channel 20 s tail would otherwise hold several (16, 960000) float64
    # arrays; groups of 4 keep the FFTs batched (SIMD over rows) and give the same values as all at once
    irs = np.empty((n_channels, length))
    for c0 in range(0, n_channels, _GROUP):
        rows = range(c0, min(c0 + _GROUP, n_channels))
        noise = np.stack([np.random.default_rng([seed, c]).standard_normal(length) for c in rows])
        irs[c0 : rows.stop] = _shape_noise(noise, shape, tt, rt60_s, sample_rate, hf_damping)
    if binaural_coherence and n_channels == 2:
        irs = _diffuse_binaural_mix(irs, sample_rate)
    for c in range(n_channels):  # unit energy per channel, in place
        irs[c : c + 1] /= np.linalg.norm(irs[c : c + 1], axis=-1, keepdims=True)
    return irs


def _shape_noise(
    noise: np.ndarray, shape: np.ndarray, tt: np.ndarray, rt60_s: float, sample_rate: int, hf_damping: float
) -> np.ndarray:
    """Envelope rows of noise: onset/fade ``shape`` times the band-wise exponential decays."""
    length = noise.shape[-1]
    if hf_damping >= 1.0:
        return noise * (shape * np.exp(-6.91 * tt / rt60_s))[None, :]
    nfft = sfft.next_fast_len(length, real=True)
    freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
    spec = sfft.rfft(noise, nfft, axis=-1)
    centres = np.array([1000.0, 2000.0, 4000.0, 8000.0])
    logf = np.log2(np.maximum(freqs, 1.0))
    irs = np.zeros_like(noise)
    for i, fc in enumerate(centres):
        # complementary masks: triangular in log2 frequency between neighbouring centres
        lo_c = np.log2(centres[i - 1]) if i > 0 else -np.inf
        hi_c = np.log2(centres[i + 1]) if i + 1 < len(centres) else np.inf
        c = np.log2(fc)
        rise = np.ones_like(logf) if i == 0 else np.clip((logf - lo_c) / (c - lo_c), 0.0, 1.0)
        fall = np.ones_like(logf) if i + 1 == len(centres) else np.clip((hi_c - logf) / (hi_c - c), 0.0, 1.0)
        mask = np.where(logf <= c, rise, fall)
        band = sfft.irfft(spec * mask, nfft, axis=-1)[:, :length]
        decay = _decay_times(np.array([fc]), rt60_s, hf_damping)[0]
        irs += band * np.exp(-6.91 * tt / decay)[None, :]
    irs *= shape[None, :]
    return irs


def _diffuse_binaural_mix(irs: np.ndarray, sample_rate: int) -> np.ndarray:
    """Mix two independent tails to the interaural coherence of a diffuse field (see module doc)."""
    length = irs.shape[-1]
    nfft = sfft.next_fast_len(length, real=True)
    freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
    x = 2.0 * freqs * EAR_SPACING_M / 343.0
    coherence = np.where(x < 1.0, np.sinc(x), 0.0)
    a = np.sqrt((1.0 + coherence) / 2.0)
    b = np.sqrt((1.0 - coherence) / 2.0)
    spec = sfft.rfft(irs, nfft, axis=-1)
    left = sfft.irfft(a * spec[0] + b * spec[1], nfft)[:length]
    right = sfft.irfft(a * spec[0] - b * spec[1], nfft)[:length]
    return np.stack([left, right])


ER_ABSORPTION = 0.2
EAR_HEIGHT_M = 1.2
_PROPORTIONS = np.array([1.6, 1.25, 1.0])
_MIN_SCALE = 2.5
_ER_KEYFRAMES = 65


@dataclass(frozen=True)
class Reflection:
    """One first-order image source: where it is over time, its delay and its wall reflection gain."""

    params: SpatialParams
    delay_s: float
    gain: float


def room_size(rt60_s: float) -> np.ndarray:
    """Shoebox dimensions (x, y, z) in metres with the given Sabine RT60 (see module docstring)."""
    # Sabine: rt60 = 0.161 V / (S a); V = 2 k^3, S = 9.7 k^2 for proportions 1.6 : 1.25 : 1
    area = 2.0 * (_PROPORTIONS[0] * _PROPORTIONS[1] + _PROPORTIONS[0] + _PROPORTIONS[1])
    k = rt60_s * area * ER_ABSORPTION / (0.161 * float(np.prod(_PROPORTIONS)))
    return _PROPORTIONS * max(k, _MIN_SCALE)


def early_reflections(params: SpatialParams) -> list[Reflection]:
    """The six first-order image sources of ``params``' source in its room (see module docstring)."""
    from t2sa.render.distance import to_angles, unit_vectors

    t = np.linspace(0.0, 1.0, 1 if params.is_static else _ER_KEYFRAMES)
    pos = params.sample(t)
    p = unit_vectors(pos["azimuth_deg"], pos["elevation_deg"]) * pos["distance_m"][:, None]  # (T, 3)
    size = room_size(params.rt60_s)
    lo = np.array([-size[0] / 2, -size[1] / 2, -EAR_HEIGHT_M])
    hi = lo + size
    lo = np.minimum(lo, p.min(axis=0) - 0.5)  # the room always contains the source
    hi = np.maximum(hi, p.max(axis=0) + 0.5)
    beta = float(np.sqrt(1.0 - ER_ABSORPTION))
    out = []
    for axis in range(3):
        for wall in (lo[axis], hi[axis]):
            img = p.copy()
            img[:, axis] = 2.0 * wall - p[:, axis]
            dist = np.minimum(np.linalg.norm(img, axis=-1), 1000.0)  # the params' distance limit
            az, el = to_angles(img)
            keys = [
                {"t": float(ti), "azimuth_deg": float(a), "elevation_deg": float(e), "distance_m": float(d),
                 "spread_deg": float(s)}
                for ti, a, e, d, s in zip(t, az, el, dist, pos["spread_deg"], strict=True)
            ]
            image = SpatialParams(
                azimuth_deg=keys[0]["azimuth_deg"],
                elevation_deg=keys[0]["elevation_deg"],
                distance_m=keys[0]["distance_m"],
                spread_deg=keys[0]["spread_deg"],
                motion="static" if params.is_static else "path",
                trajectory=keys,
            )
            delay = float(np.mean(dist - pos["distance_m"])) / 343.0
            out.append(Reflection(image, delay, beta))
    return out
