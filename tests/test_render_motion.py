"""Moving sources: the image follows the trajectory with no clicks or zipper noise; renders are bit-identical."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import butter, sosfiltfilt
from support.shared import HRTF_DIR

from t2sa.metrics import ild_db
from t2sa.params import SpatialParams
from t2sa.render import FORMATS, RenderOptions, render
from t2sa.render.hrtf import load_hrtf

SR = 48000


def _kf(t, az, el=0.0, d=1.4, s=0.0):
    return {"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": d, "spread_deg": s}


LEFT_TO_RIGHT = SpatialParams(azimuth_deg=90.0, distance_m=1.4, motion="pass", trajectory=[_kf(0, 90), _kf(1, -90)])
ORBIT = SpatialParams(
    azimuth_deg=0.0, distance_m=1.4, motion="orbit", trajectory=[_kf(i / 8, 360.0 * i / 8) for i in range(9)]
)


@pytest.fixture(scope="module")
def kemar():
    return load_hrtf(HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa", SR)


def test_left_to_right_moves_the_ild_smoothly_from_left_to_right(kemar):
    x = 0.1 * np.random.default_rng(0).standard_normal(2 * SR)
    out = render(x, SR, LEFT_TO_RIGHT, "binaural", kemar).audio
    win = SR // 20
    ilds = np.array([ild_db(out[:, i : i + win]) for i in range(0, 2 * SR - win, win)])
    assert ilds[0] > 8.0 and ilds[-1] < -8.0
    assert abs(ilds[len(ilds) // 2]) < 3.0
    # smooth: no 50 ms window jumps by more than 2.5 dB (a 180 deg sweep over 2 s moves ~4.5 deg per window)
    assert np.max(np.abs(np.diff(ilds))) < 2.5
    # and the static renders at the end points agree with the trajectory's ends
    start = render(x[:win], SR, SpatialParams(azimuth_deg=90.0, distance_m=1.4), "binaural", kemar).audio
    assert ilds[0] == pytest.approx(ild_db(start), abs=1.5)


def _hf_residual_db(y: np.ndarray) -> float:
    """Energy above 4 kHz relative to the total, for a 500 Hz sine input (ignoring the edges)."""
    core = y[:, 4800:-4800].astype(np.float64)
    hp = sosfiltfilt(butter(8, 4000, "high", fs=SR, output="sos"), core, axis=-1)
    return 10 * np.log10(np.sum(hp**2) / np.sum(core**2))


def test_fast_orbit_has_no_clicks_or_zipper_noise(kemar):
    # a 500 Hz sine circling the head once per 2 s: any step in the filters would spray energy above 4 kHz
    t = np.arange(2 * SR) / SR
    x = 0.5 * np.sin(2 * np.pi * 500 * t)
    static = render(x, SR, SpatialParams(azimuth_deg=45.0, distance_m=1.4), "binaural", kemar, on_clip="keep").audio
    moving = render(x, SR, ORBIT, "binaural", kemar, on_clip="keep").audio
    hard = render(x, SR, ORBIT, "binaural", kemar, on_clip="keep", options=RenderOptions(crossfade=False)).audio
    bound = -80.0  # dB re total: the stated bound on discontinuity energy
    assert _hf_residual_db(static) < bound
    assert _hf_residual_db(moving) < bound
    assert _hf_residual_db(hard) > bound + 30.0  # hard filter switching does click: the test can see it
    # no sample-to-sample jump beyond what the static sine itself has
    assert np.max(np.abs(np.diff(moving, axis=-1))) <= 1.05 * np.max(np.abs(np.diff(static, axis=-1)))


@pytest.mark.parametrize("fmt", ["stereo", "foa", "hoa3"])
def test_gain_formats_move_without_clicks(fmt):
    t = np.arange(SR) / SR
    x = 0.5 * np.sin(2 * np.pi * 500 * t)
    params = SpatialParams(azimuth_deg=0.0, motion="orbit", trajectory=[_kf(i / 4, 90.0 * i / 4, d=1.0) for i in range(5)])
    assert _hf_residual_db(render(x, SR, params, fmt).audio) < -80.0


def test_approaching_source_gets_louder_continuously():
    x = 0.1 * np.random.default_rng(1).standard_normal(2 * SR)
    params = SpatialParams(azimuth_deg=0.0, distance_m=8.0, motion="approach", trajectory=[_kf(0, 0, d=8.0), _kf(1, 0, d=1.0)])
    out = render(x, SR, params, "foa").audio[0]
    win = SR // 10
    levels = np.array([10 * np.log10(np.mean(out[i : i + win] ** 2)) for i in range(0, 2 * SR - win, win)])
    assert levels[-1] - levels[0] == pytest.approx(20 * np.log10(8.0) * (1 - 1 / 20), abs=1.5)
    assert np.all(np.diff(levels) > 0)


@pytest.mark.parametrize("fmt", FORMATS)
def test_identical_runs_are_bit_identical(fmt):
    x = 0.1 * np.random.default_rng(9).standard_normal(SR // 2)
    params = SpatialParams(
        azimuth_deg=30.0, distance_m=3.0, spread_deg=40.0, wet=0.4, rt60_s=0.4, motion="pass",
        trajectory=[_kf(0, 30, 0, 3.0, 40.0), _kf(1, -60, 20, 0.5, 10.0)],
    )
    a = render(x, SR, params, fmt, seed=11)
    b = render(x, SR, params, fmt, seed=11)
    assert a.audio.tobytes() == b.audio.tobytes()
    assert a.gain_applied_db == b.gain_applied_db


@pytest.mark.parametrize("crossfade", [True, False])
def test_frame_engine_with_a_constant_filter_equals_one_convolution(crossfade):
    import scipy.fft as sfft

    from t2sa.render import engine

    rng = np.random.default_rng(12)
    x = rng.standard_normal(10007).astype(np.float32)
    h = rng.standard_normal((3, 300)).astype(np.float32)

    def spectra(idx, nfft):
        return np.broadcast_to(sfft.rfft(h, nfft, axis=-1), (len(idx), 3, nfft // 2 + 1))

    varying = engine.convolve_varying(x, 256, 300, 3, spectra, crossfade=crossfade)
    static = engine.convolve_static(x, h)
    reference = np.stack([np.convolve(x.astype(np.float64), hc.astype(np.float64)) for hc in h])
    assert varying.shape == static.shape == reference.shape
    assert np.max(np.abs(varying - reference)) < 1e-4
    assert np.max(np.abs(static - reference)) < 1e-4
    g = engine.gains_varying(x, 256, lambda idx: np.tile([0.5, -1.0, 2.0], (len(idx), 1)), 3)
    assert np.allclose(g, np.array([0.5, -1.0, 2.0])[:, None] * x[None, :], atol=1e-6)
