"""Stereo panning: constant power, documented behaviour behind and above, optional ITD."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import butter, sosfiltfilt

from t2sa.metrics import ild_db, itd_s
from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render
from t2sa.render.stereo import pan_gains

SR = 48000


def _gains(az: float, el: float = 0.0) -> np.ndarray:
    x = np.zeros(4)
    x[0] = 0.5
    return render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el), "stereo").audio[:, 0] / 0.5


def test_constant_power_and_linear_pan_law():
    for az in np.linspace(-90, 90, 37):
        g = _gains(float(az))
        assert np.sum(g**2) == pytest.approx(1.0, abs=1e-6)
        # pan position p = az / 90 -> angle (1 + p) * pi / 4
        assert np.arctan2(g[0], g[1]) == pytest.approx((1 + az / 90) * np.pi / 4, abs=1e-6)
    assert _gains(90.0) == pytest.approx([1.0, 0.0], abs=1e-6)
    assert _gains(-90.0) == pytest.approx([0.0, 1.0], abs=1e-6)
    assert _gains(0.0) == pytest.approx([np.sqrt(0.5)] * 2, abs=1e-6)


@pytest.mark.parametrize(("behind", "front"), [(135.0, 45.0), (-150.0, -30.0), (180.0, 0.0), (100.0, 80.0)])
def test_sources_behind_are_mirrored_to_the_front(behind, front):
    assert _gains(behind) == pytest.approx(_gains(front), abs=1e-6)


def test_elevation_narrows_toward_the_centre():
    assert _gains(90.0, 90.0) == pytest.approx(_gains(0.0), abs=1e-6)
    widths = [abs(ild_db(pan_gains(np.array(90.0), np.array(el))[:, None])) for el in (0.0, 30.0, 60.0, 85.0)]
    assert all(a > b for a, b in zip(widths, widths[1:], strict=False))
    # cos(el) narrowing: 60 deg up at +90 pans like azimuth 45 on the horizon
    assert _gains(90.0, 60.0) == pytest.approx(_gains(45.0), abs=1e-6)


def test_optional_itd_delays_the_far_channel():
    # noise band-limited to 16 kHz: a fractional delay cannot be flat up to Nyquist, and need not be
    x = sosfiltfilt(butter(8, 16000, fs=SR, output="sos"), 0.1 * np.random.default_rng(0).standard_normal(SR // 2))
    plain = render(x, SR, SpatialParams(azimuth_deg=60.0), "stereo").audio
    with_itd = render(x, SR, SpatialParams(azimuth_deg=60.0), "stereo", options=RenderOptions(stereo_itd=True)).audio
    assert abs(itd_s(plain, SR)) < 5e-6
    expected = 0.0875 / 343.0 * (np.radians(60.0) + np.sin(np.radians(60.0)))
    assert itd_s(with_itd, SR) == pytest.approx(expected, abs=5e-6)
    assert ild_db(with_itd) == pytest.approx(ild_db(plain), abs=0.05)
    right = render(x, SR, SpatialParams(azimuth_deg=-60.0), "stereo", options=RenderOptions(stereo_itd=True)).audio
    assert itd_s(right, SR) == pytest.approx(-expected, abs=5e-6)
