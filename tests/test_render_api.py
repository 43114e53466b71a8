"""render(): input checks, output length, clipping policy, result object."""

from __future__ import annotations

import numpy as np
import pytest

from t2sa.cli.render import render_command
from t2sa.errors import RenderError
from t2sa.params import ParamError, SpatialParams
from t2sa.render import FORMATS, RenderOptions, render
from t2sa.render.hrtf import load_hrtf
from t2sa.render.room import reverb_length

SR = 48000


def _noise(n: int = 4800, scale: float = 0.1) -> np.ndarray:
    return scale * np.random.default_rng(0).standard_normal(n)


def test_result_unpacks_and_is_float32_channels_first():
    x = _noise()
    result = render(x, SR, SpatialParams(azimuth_deg=10.0), "hoa2")
    audio, sr = result
    assert sr == SR and audio is result.audio
    assert audio.dtype == np.float32 and audio.shape == (9, len(x))
    assert result.gain_applied_db == 0.0 and result.clipped is False and result.format == "hoa2"


def test_cli_offers_exactly_the_library_formats():
    (option,) = [p for p in render_command.params if p.name == "fmt"]
    assert tuple(option.type.choices) == FORMATS


@pytest.mark.parametrize(
    ("params", "fmt", "extra"),
    [
        ({}, "foa", 0),
        ({}, "stereo", 0),
        ({"distance_m": 3.0}, "foa", "air"),
        ({"spread_deg": 20.0}, "stereo", "spread"),
        ({}, "binaural", "hrir"),
        ({"wet": 0.3, "rt60_s": 0.7}, "binaural", "reverb"),
    ],
)
def test_output_length_is_input_plus_documented_tail(params, fmt, extra):
    x = _noise()
    out = render(x, SR, SpatialParams(**params), fmt).audio
    taps = load_hrtf(None, SR).filters(np.zeros(1), np.zeros(1)).shape[-1]
    tails = {0: 0, "air": 127, "spread": 479, "hrir": taps - 1, "reverb": reverb_length(0.7, SR) - 1}
    assert out.shape[-1] == len(x) + tails[extra]


def test_caller_signal_is_not_modified_and_params_may_be_a_mapping_or_json():
    x = _noise()
    before = x.copy()
    a = render(x, SR, {"azimuth_deg": 45.0, "gain_db": -6.0}, "foa").audio
    b = render(x, SR, '{"azimuth_deg": 45.0, "gain_db": -6.0}', "foa").audio
    assert np.array_equal(x, before) and np.array_equal(a, b)
    assert np.max(np.abs(a[0])) == pytest.approx(np.max(np.abs(x)) * 10 ** (-6 / 20), rel=1e-5)


@pytest.mark.parametrize(
    ("signal", "match"),
    [
        (np.zeros(0), "empty"),
        (np.zeros((2, 100)), "downmix"),
        (np.array([0.0, np.nan, 0.0]), "NaN"),
        (np.array([0.0, np.inf]), "NaN or infinite"),
        (np.array(["a", "b"]), "dtype"),
        (np.array([1, 2, 3], dtype=np.int16), "int16.*float samples"),
        (np.array([1j, 0j]), "complex"),
    ],
)
def test_bad_signals_are_refused(signal, match):
    with pytest.raises(RenderError, match=match):
        render(signal, SR, SpatialParams(), "foa")


def test_bad_arguments_are_refused_with_the_value():
    x = _noise()
    with pytest.raises(RenderError, match="ambix.*binaural, stereo, foa, hoa2, hoa3"):
        render(x, SR, SpatialParams(), "ambix")
    for bad_rate in (0, float("nan"), 44100.5, "48000"):
        with pytest.raises(RenderError, match="sample_rate"):
            render(x, bad_rate, SpatialParams(), "foa")
    with pytest.raises(RenderError, match="on_clip"):
        render(x, SR, SpatialParams(), "foa", on_clip="clip")
    with pytest.raises(RenderError, match="seed"):
        render(x, SR, SpatialParams(), "foa", seed=-1)
    with pytest.raises(ParamError, match="distance_m"):
        render(x, SR, {"distance_m": float("nan")}, "foa")
    with pytest.raises(ParamError, match="wet"):
        render(x, SR, {"wet": 2.0}, "foa")
    with pytest.raises(RenderError, match="hop"):
        render(x, SR, SpatialParams(), "foa", options=RenderOptions(hop=3))


def test_clipping_is_never_silent():
    x = _noise(scale=0.5)
    loud = SpatialParams(gain_db=20.0)
    normalised = render(x, SR, loud, "stereo")
    assert normalised.gain_applied_db < -10.0 and not normalised.clipped
    assert normalised.peak_dbfs == pytest.approx(-1.0, abs=1e-3)
    # the normalised render is the unclipped render scaled by the reported gain
    kept = render(x, SR, loud, "stereo", on_clip="keep")
    assert kept.clipped and kept.peak_dbfs > 0
    assert np.allclose(normalised.audio, kept.audio * 10 ** (normalised.gain_applied_db / 20), atol=1e-6)
    with pytest.raises(RenderError, match=r"peak is \+\d+\.\d+ dBFS"):
        render(x, SR, loud, "stereo", on_clip="error")
    quiet = render(x, SR, SpatialParams(gain_db=-20.0), "stereo", on_clip="error")
    assert quiet.gain_applied_db == 0.0
