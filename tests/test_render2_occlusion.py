"""Occlusion: the documented mass-law transmission is what a render does; 0 changes nothing; the parameter
exists everywhere parameters go (ranges, JSON, Arrow, overrides)."""

from __future__ import annotations

import numpy as np
import pytest

from t2sa.errors import ParamError
from t2sa.metrics import itd_s
from t2sa.params import RANGES, SpatialParams, from_arrow, to_arrow
from t2sa.render import render, render_stream
from t2sa.render.occlusion import LOSS_DB, corner_hz, filter_length, transmission_db
from t2sa.resolve import apply_overrides

SR = 48000


def _band_levels(y: np.ndarray, centres: np.ndarray) -> np.ndarray:
    spec = np.abs(np.fft.rfft(y.astype(float))) ** 2
    f = np.fft.rfftfreq(len(y), 1 / SR)
    return np.array([10 * np.log10(spec[(f > c / 2**0.5) & (f < c * 2**0.5)].sum()) for c in centres])


@pytest.mark.parametrize("occlusion", [0.3, 0.6, 1.0])
def test_rendered_spectrum_follows_the_documented_transmission(occlusion):
    x = 0.1 * np.random.default_rng(0).standard_normal(SR)
    open_ = render(x, SR, SpatialParams(azimuth_deg=20.0), "foa").audio[0]
    shut = render(x, SR, SpatialParams(azimuth_deg=20.0, occlusion=occlusion), "foa").audio[0]
    assert len(shut) == len(open_) + filter_length(SR) - 1
    centres = np.array([125.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0])
    got = _band_levels(shut, centres) - _band_levels(open_, centres)
    f = np.linspace(1, SR / 2, 20000)
    want = np.array([
        10 * np.log10(np.mean(10 ** (transmission_db(occlusion, f[(f > c / 2**0.5) & (f < c * 2**0.5)]) / 10)))
        for c in centres
    ])
    assert got == pytest.approx(want, abs=0.3)
    # as stated in the docs: broadband loss LOSS_DB * o, then 6 dB/octave above the corner
    hi_minus_lo = got[-1] - got[0]
    assert hi_minus_lo < -3.0 if corner_hz(occlusion) < 8000 else True
    assert float(transmission_db(occlusion, 1.0)) == pytest.approx(-LOSS_DB * occlusion, abs=1e-3)


def test_heavy_occlusion_numbers_in_the_docs():
    assert corner_hz(1.0) == pytest.approx(250.0) and corner_hz(0.5) == pytest.approx(2236.1, abs=0.1)
    drop = float(transmission_db(1.0, 8000.0) - transmission_db(1.0, 1.0))
    assert drop == pytest.approx(-30.1, abs=0.1)


def test_occlusion_zero_is_no_filter_at_all():
    x = 0.1 * np.random.default_rng(1).standard_normal(SR // 4)
    base = SpatialParams(azimuth_deg=-70.0, distance_m=3.0, wet=0.3)
    zero = SpatialParams.from_json(base.to_json())
    assert zero.occlusion == 0.0
    for fmt in ("binaural", "stereo", "hoa2", "5.1"):
        assert np.array_equal(render(x, SR, base, fmt, seed=2).audio, render(x, SR, zero, fmt, seed=2).audio)


def test_occlusion_muffles_the_reverb_too_and_keeps_the_direction():
    x = 0.1 * np.random.default_rng(2).standard_normal(SR // 2)
    open_ = render(x, SR, SpatialParams(azimuth_deg=60.0, wet=1.0, rt60_s=0.4), "binaural", seed=1).audio
    shut = render(x, SR, SpatialParams(azimuth_deg=60.0, wet=1.0, rt60_s=0.4, occlusion=0.8), "binaural", seed=1).audio
    tail_open, tail_shut = open_[0, len(x) + 2000 :], shut[0, len(x) + 2000 :]
    centres = np.array([250.0, 4000.0])
    drop = _band_levels(tail_shut, centres) - _band_levels(tail_open, centres)
    assert drop[1] - drop[0] < -15.0  # the tail lost its highs as well
    dry_open = render(x, SR, SpatialParams(azimuth_deg=60.0), "binaural").audio
    dry_shut = render(x, SR, SpatialParams(azimuth_deg=60.0, occlusion=0.8), "binaural").audio
    assert itd_s(dry_shut, SR) == pytest.approx(itd_s(dry_open, SR), abs=2e-5)


def test_occluded_renders_stream_bit_identically():
    x = 0.1 * np.random.default_rng(5).standard_normal(SR // 2)
    params = SpatialParams(azimuth_deg=100.0, distance_m=4.0, occlusion=0.7, wet=0.2, spread_deg=25.0)
    for fmt in ("binaural", "foa", "7.1.4"):
        whole = render(x, SR, params, fmt, seed=3, on_clip="keep").audio
        blocks = list(render_stream(x, SR, params, fmt, seed=3, chunk_s=1009 / SR))
        assert np.array_equal(np.concatenate(blocks, axis=1), whole)


def test_the_parameter_travels_everywhere_parameters_go():
    assert RANGES["occlusion"] == (0.0, 1.0)
    p = SpatialParams(azimuth_deg=10.0, occlusion=0.35)
    assert SpatialParams.from_json(p.to_json()) == p
    assert from_arrow(to_arrow([p, SpatialParams()])) == [p, SpatialParams()]
    assert apply_overrides(SpatialParams(), {"occlusion": 0.9}).occlusion == 0.9
    for bad in (-0.1, 1.5, float("nan"), "wall"):
        with pytest.raises(ParamError, match="occlusion"):
            SpatialParams(occlusion=bad)
