"""Distance: inverse-distance level relative to 1 m, ISO 9613-1 air absorption growing with distance."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import butter, sosfiltfilt
from support.shared import HRTF_DIR

from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render
from t2sa.render.distance import air_absorption_db_per_m, air_filters

SR = 48000


def _speech_band_noise(seconds: float = 1.0) -> np.ndarray:
    """Noise band-limited to 100 Hz - 4 kHz, where air absorption is below 0.03 dB/m."""
    x = np.random.default_rng(2).standard_normal(int(seconds * SR))
    return 0.05 * sosfiltfilt(butter(6, [100, 4000], "bandpass", fs=SR, output="sos"), x)


def _level_db(y: np.ndarray) -> float:
    return 10 * np.log10(np.sum(y.astype(np.float64) ** 2))


@pytest.mark.parametrize(
    ("fmt", "hrtf", "near", "far"),
    [
        ("binaural", HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa", 2.0, 4.0),
        ("binaural", None, 1.0, 2.0),
        ("binaural", None, 5.0, 10.0),
        ("stereo", None, 0.5, 1.0),
        ("foa", None, 1.0, 2.0),
        ("hoa3", None, 8.0, 16.0),
    ],
)
def test_doubling_distance_lowers_the_direct_sound_by_6_db(fmt, hrtf, near, far):
    x = _speech_band_noise()
    a = render(x, SR, SpatialParams(azimuth_deg=30.0, distance_m=near), fmt, hrtf).audio
    b = render(x, SR, SpatialParams(azimuth_deg=30.0, distance_m=far), fmt, hrtf).audio
    assert _level_db(b) - _level_db(a) == pytest.approx(-6.02, abs=0.5)


def test_unit_gain_at_one_metre():
    x = _speech_band_noise(0.2)
    out = render(x, SR, SpatialParams(distance_m=1.0), "foa").audio
    assert np.allclose(out[0], x, atol=1e-6)  # W = 1, no air filter within 1 m


def test_air_absorption_coefficients_follow_iso_9613_1():
    # ISO 9613-1 table values at 20 degC, 50 % RH (dB/km): 1 kHz 4.66, 4 kHz 29.7 (+-3 %)
    got = air_absorption_db_per_m(np.array([1000.0, 4000.0])) * 1000
    assert got == pytest.approx([4.66, 29.7], rel=0.03)


def test_air_absorption_grows_with_distance_in_the_rendered_high_band():
    x = 0.1 * np.random.default_rng(5).standard_normal(SR)
    hp = butter(8, [10000, 14000], "bandpass", fs=SR, output="sos")
    levels = {}
    for d in (1.0, 10.0, 50.0):
        y = render(x, SR, SpatialParams(distance_m=d), "foa").audio[0]
        levels[d] = _level_db(sosfiltfilt(hp, y)) + 20 * np.log10(d)  # undo the 1/r law
    ten = levels[10.0] - levels[1.0]
    fifty = levels[50.0] - levels[1.0]
    # band 10-14 kHz: roughly 0.2 dB/m at 12 kHz; the filter must give 9 m and 49 m of it
    alpha = air_absorption_db_per_m(12000.0)
    assert ten == pytest.approx(-9 * alpha, abs=0.5)
    assert fifty == pytest.approx(-49 * alpha, abs=1.5)
    assert fifty < ten < -0.5
    off = render(x, SR, SpatialParams(distance_m=50.0), "foa", options=RenderOptions(air_absorption=False)).audio[0]
    assert _level_db(sosfiltfilt(hp, off)) + 20 * np.log10(50.0) == pytest.approx(levels[1.0], abs=0.1)


def test_air_filter_is_minimum_phase_and_exact_in_magnitude():
    firs = air_filters(np.array([0.0, 20.0, 200.0]), SR)
    assert firs[0, 0] == pytest.approx(1.0) and not np.any(firs[0, 1:])
    for d, h in zip((20.0, 200.0), firs[1:], strict=True):
        spec = np.abs(np.fft.rfft(h, 4096))
        f = np.arange(len(spec)) * SR / 4096
        want = -air_absorption_db_per_m(f) * d
        ok = want > -60
        assert np.max(np.abs(20 * np.log10(spec[ok]) - want[ok])) < 0.5
        energy = np.cumsum(h**2) / np.sum(h**2)
        assert energy[8] > 0.9  # front-loaded: no added latency
