"""Metrics: signs and accuracy of ITD/ILD, Schroeder RT60, peaks, Ambisonic direction, measure() schema."""

from __future__ import annotations

import math

import numpy as np
import pytest

from t2sa.metrics import ambisonic_direction, clipped, ild_db, itd_s, measure, peak_dbfs, schroeder_rt60
from t2sa.params import SpatialParams
from t2sa.render import render

SR = 48000


def _delayed(x: np.ndarray, delay: float) -> np.ndarray:
    spec = np.fft.rfft(x, 2 * len(x))
    freqs = np.fft.rfftfreq(2 * len(x))
    return np.fft.irfft(spec * np.exp(-2j * np.pi * freqs * delay), 2 * len(x))[: len(x)]


@pytest.mark.parametrize("delay", [7.3, -12.6, 0.0, 30.5])
def test_itd_sign_and_sub_sample_accuracy(delay):
    x = np.random.default_rng(0).standard_normal(SR // 4)
    x[:100] = x[-100:] = 0
    lead = np.stack([x, _delayed(x, delay)])  # right delayed by `delay` samples -> left leads if > 0
    assert itd_s(lead, SR) == pytest.approx(delay / SR, abs=0.2 / SR)


def test_ild_sign_and_value():
    x = np.random.default_rng(1).standard_normal(1000)
    assert ild_db(np.stack([x, 0.5 * x])) == pytest.approx(20 * math.log10(2))
    assert ild_db(np.stack([0.5 * x, x])) < 0
    assert math.isnan(ild_db(np.zeros((2, 10))))


@pytest.mark.parametrize("rt60", [0.25, 1.5])
def test_schroeder_rt60_of_synthetic_exponential_noise(rt60):
    t = np.arange(int(1.5 * rt60 * SR)) / SR
    ir = np.random.default_rng(2).standard_normal(len(t)) * np.exp(-6.91 * t / rt60)
    assert schroeder_rt60(ir, SR) == pytest.approx(rt60, rel=0.05)
    assert schroeder_rt60(ir, SR, fit_db=(-5, -25)) == pytest.approx(rt60, rel=0.05)
    assert math.isnan(schroeder_rt60(np.ones(100), SR))


def test_peak_and_clipping():
    assert peak_dbfs(np.array([[0.5, -0.25]])) == pytest.approx(-6.0206, abs=1e-3)
    assert peak_dbfs(np.zeros((2, 5))) == -math.inf
    assert clipped(np.array([0.2, -1.0])) and not clipped(np.array([0.2, 0.99]))


def test_ambisonic_direction_of_hand_built_first_order_signals():
    s = np.random.default_rng(3).standard_normal(1000)
    az, el = math.radians(-120.0), math.radians(35.0)
    foa = np.stack([s, s * math.sin(az) * math.cos(el), s * math.sin(el), s * math.cos(az) * math.cos(el)])
    assert ambisonic_direction(foa) == pytest.approx((-120.0, 35.0), abs=1e-6)


def test_measure_has_one_schema_for_every_format():
    x = 0.1 * np.random.default_rng(4).standard_normal(SR)
    keys = None
    for fmt in ("binaural", "stereo", "foa", "hoa3"):
        audio = render(x, SR, SpatialParams(azimuth_deg=60.0, elevation_deg=15.0), fmt).audio
        m = measure(audio, SR, fmt)
        keys = keys or set(m)
        assert set(m) == keys
        assert m["duration_s"] == pytest.approx(audio.shape[-1] / SR)
        assert m["clipped"] is False and m["peak_dbfs"] < 0 and math.isfinite(m["loudness_lufs"])
        if fmt == "binaural":
            assert m["itd_s"] > 2e-4 and m["ild_db"] > 2 and 0 < m["iacc"] <= 1
        if fmt.startswith(("foa", "hoa")):
            assert m["est_azimuth_deg"] == pytest.approx(60.0, abs=0.5)
            assert m["est_elevation_deg"] == pytest.approx(15.0, abs=0.5)
            assert math.isnan(m["itd_s"])
        if fmt == "stereo":
            assert m["ild_db"] > 3 and math.isnan(m["est_azimuth_deg"])
