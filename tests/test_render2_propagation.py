"""Propagation delay and Doppler of moving sources: the physical frequency ratio, the waveform itself,
streaming, and everything unchanged where the feature is off (static sources, doppler=False)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import brentq

from t2sa.errors import RenderError
from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render, render_stream
from t2sa.render.propagation import TAPS

SR = 48000
C = 343.0


def _kf(t, az, el=0.0, d=1.0, s=0.0):
    return {"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": d, "spread_deg": s}


def _tone(f: float, seconds: float) -> np.ndarray:
    return 0.1 * np.sin(2 * np.pi * f * np.arange(int(seconds * SR)) / SR)


def _radial(d0: float, d1: float, az: float = 30.0) -> SpatialParams:
    return SpatialParams(azimuth_deg=az, distance_m=d0, motion="path", trajectory=[_kf(0, az, 0, d0), _kf(1, az, 0, d1)])


def _emission_time(params: SpatialParams, n: int, t_s: float) -> float:
    """Independent solve of t = tau + (r(tau) - r_min) / c for the trajectory's own distance law."""
    r_min = min(k.distance_m for k in params.trajectory)

    def r(tau_s: float) -> float:
        return float(params.sample(np.clip(tau_s * SR / (n - 1), 0, 1))["distance_m"])

    return brentq(lambda tau: tau + (r(tau) - r_min) / C - t_s, t_s - 2.0, t_s + 1e-9)


def _frequency(y: np.ndarray, centre_s: float, width_s: float = 0.02) -> float:
    """Instantaneous frequency: slope of the analytic signal's unwrapped phase over a short window."""
    from scipy.signal import hilbert

    a, b = int((centre_s - width_s / 2) * SR), int((centre_s + width_s / 2) * SR)
    pad = 2000
    phase = np.unwrap(np.angle(hilbert(y[a - pad : b + pad])))[pad:-pad]
    return float(np.polyfit(np.arange(len(phase)) / SR, phase, 1)[0] / (2 * np.pi))


@pytest.mark.parametrize(("d0", "d1"), [(40.0, 2.0), (2.0, 40.0)])
def test_doppler_ratio_is_the_physical_one_for_approach_and_recession(d0, d1):
    f0, seconds = 1000.0, 2.0
    x = _tone(f0, seconds)
    params = _radial(d0, d1)
    y = render(x, SR, params, "foa", options=RenderOptions(air_absorption=False)).audio[0].astype(float)
    for t_s in (0.4, 1.0, 1.6):
        tau = _emission_time(params, len(x), t_s)
        h = 1e-4
        r = [float(params.sample(np.clip(v * SR / (len(x) - 1), 0, 1))["distance_m"]) for v in (tau - h, tau + h)]
        v_r = (r[1] - r[0]) / (2 * h)  # radial velocity in m/s (5 to 60 m/s: log-linear distance)
        expected = f0 / (1 + v_r / C)
        assert abs(v_r) > 5.0
        assert _frequency(y, t_s) == pytest.approx(expected, rel=0.0005)  # 0.05 %, ten times the target


def test_waveform_is_the_input_read_at_the_emission_times():
    """y(t) = x(tau(t)) / r(tau(t)): checks delay, Doppler and level together; a delay that moved in steps
    (zipper noise) or a poor interpolator would leave a large residual."""
    f0, seconds = 3000.0, 1.5
    x = _tone(f0, seconds)
    params = _radial(30.0, 3.0, az=0.0)
    y = render(x, SR, params, "foa", options=RenderOptions(air_absorption=False)).audio[0].astype(float)
    t = np.arange(int(0.2 * SR), int(1.3 * SR), 7) / SR
    tau = np.array([_emission_time(params, len(x), v) for v in t])
    r = params.sample(np.clip(tau * SR / (len(x) - 1), 0, 1))["distance_m"]
    expected = 0.1 * np.sin(2 * np.pi * f0 * tau) / r
    got = y[np.rint(t * SR).astype(int)]
    residual_db = 10 * np.log10(np.mean((got - expected) ** 2) / np.mean(expected**2))
    assert residual_db < -45.0


def test_pass_by_binaural_with_default_options_shifts_down_as_it_passes():
    f0 = 800.0
    x = _tone(f0, 3.0)
    params = SpatialParams(
        azimuth_deg=80.0, distance_m=30.0, motion="pass",
        trajectory=[_kf(0, 80, 0, 30.0), _kf(0.5, 0, 0, 2.0), _kf(1, -80, 0, 30.0)],
    )
    left = render(x, SR, params, "binaural").audio[0].astype(float)
    early, late = _frequency(left, 0.6, 0.05), _frequency(left, 2.4, 0.05)
    # log-linear distance: |v| = r ln(15) / 1.5 s; at t=0.6 s the source emits from about 10 m
    for t_s, got in ((0.6, early), (2.4, late)):
        tau = _emission_time(params, len(x), t_s)
        h = 1e-4
        r = [float(params.sample(np.clip(v * SR / (len(x) - 1), 0, 1))["distance_m"]) for v in (tau - h, tau + h)]
        assert got == pytest.approx(f0 / (1 + (r[1] - r[0]) / (2 * h) / C), rel=0.005)
    assert early > f0 * 1.01 and late < f0 * 0.99


def test_static_and_constant_distance_sources_are_untouched():
    x = 0.1 * np.random.default_rng(0).standard_normal(SR // 2)
    static = SpatialParams(azimuth_deg=40.0, distance_m=12.0, wet=0.2)
    orbit = SpatialParams(azimuth_deg=0.0, distance_m=3.0, motion="orbit",
                          trajectory=[_kf(0, 0, 0, 3.0), _kf(1, 360, 0, 3.0)])
    for params in (static, orbit):
        for fmt in ("binaural", "foa", "5.1"):
            on = render(x, SR, params, fmt, seed=1).audio
            off = render(x, SR, params, fmt, seed=1, options=RenderOptions(doppler=False)).audio
            assert np.array_equal(on, off)


def test_doppler_off_gives_no_shift_and_no_extra_length():
    x = _tone(1000.0, 1.0)
    params = _radial(40.0, 2.0)
    off = render(x, SR, params, "foa", options=RenderOptions(doppler=False, air_absorption=False)).audio
    on = render(x, SR, params, "foa", options=RenderOptions(air_absorption=False)).audio
    assert off.shape[1] == len(x)
    assert on.shape[1] == len(x) + int(np.ceil(38.0 / C * SR)) + TAPS // 2 + 1  # + the delay's growth + interpolator
    assert _frequency(off[0].astype(float), 0.5) == pytest.approx(1000.0, rel=1e-4)
    assert _frequency(on[0].astype(float), 0.5) > 1040.0
    with pytest.raises(RenderError, match="options.doppler"):
        render(x, SR, params, "foa", options=RenderOptions(doppler="yes"))


@pytest.mark.parametrize("fmt", ["binaural", "stereo", "hoa3", "7.1.4"])
def test_doppler_streams_bit_identically(fmt):
    x = 0.1 * np.random.default_rng(3).standard_normal(int(0.9 * SR))
    params = SpatialParams(
        azimuth_deg=60.0, distance_m=20.0, motion="pass", wet=0.3, rt60_s=0.3, occlusion=0.4, spread_deg=10.0,
        trajectory=[_kf(0, 60, 0, 20.0, 10.0), _kf(0.5, 0, 10, 1.0, 0.0), _kf(1, -60, 0, 20.0, 5.0)],
    )
    opts = RenderOptions(early_reflections=True)
    whole = render(x, SR, params, fmt, seed=4, on_clip="keep", options=opts).audio
    for chunk in (613, 40000):
        blocks = list(render_stream(x, SR, params, fmt, seed=4, options=opts, chunk_s=chunk / SR))
        assert np.array_equal(np.concatenate(blocks, axis=1), whole)
