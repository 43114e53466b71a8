"""Streamed rows: a long row is rendered to its file block by block and measured block by block, with the
same bytes and the same metric values as the whole-array path."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile as sf

from t2sa.batch import cache, measuring, predict, rendering
from t2sa.batch import manifest as mf
from t2sa.metrics import measure
from t2sa.params import SpatialParams
from t2sa.render import FORMATS, render


def _written(tmp_path, fmt: str, sr: int, seconds: float, **params) -> str:
    x = np.random.default_rng(5).standard_normal(int(sr * seconds)) * 0.1
    audio = render(x, sr, SpatialParams(azimuth_deg=50.0, elevation_deg=20.0, **params), format=fmt).audio
    path = tmp_path / f"{fmt}-{sr}-{seconds}.wav"
    sf.write(path, audio.T, sr, subtype="PCM_24")
    return str(path)


def _assert_same(streamed: dict, reference: dict) -> None:
    """Equal up to summation order: finite numbers to 1e-9, everything else (None, -inf, flags) exactly."""
    for name, value in reference.items():
        if isinstance(value, float) and math.isfinite(value):
            assert streamed[name] == pytest.approx(value, rel=1e-9, abs=1e-12), name
        else:
            assert streamed[name] == value, name


@pytest.mark.parametrize(
    ("fmt", "sr", "seconds"),
    [("binaural", 16000, 6.3), ("binaural", 48000, 2.0), ("stereo", 8000, 3.1), ("foa", 8000, 2.2), ("hoa3", 8000, 1.0)],
)
def test_block_wise_measuring_gives_the_values_of_measure(tmp_path, fmt, sr, seconds):
    path = _written(tmp_path, fmt, sr, seconds, wet=0.3)
    data, file_sr = sf.read(path, dtype="float64", always_2d=True)
    reference = measuring.metric_columns(measure(data.T, file_sr, fmt))
    whole = measuring.measure_file(path, fmt, "full")
    streamed = measuring.measure_file(path, fmt, "full", whole_file_samples=0)
    assert whole == {**reference, "channels": data.shape[1]}
    assert streamed["loudness_lufs"] == reference["loudness_lufs"]  # same filters, same gating blocks: exact
    _assert_same(streamed, reference)


def test_block_wise_measuring_of_silence_and_short_clips(tmp_path):
    silent = tmp_path / "silent.wav"
    sf.write(silent, np.zeros((8000, 2)), 8000, subtype="PCM_24")
    short = _written(tmp_path, "binaural", 8000, 0.2)
    for path in (str(silent), short):
        data, sr = sf.read(path, dtype="float64", always_2d=True)
        reference = measuring.metric_columns(measure(data.T, sr, "binaural"))
        _assert_same(measuring.measure_file(path, "binaural", "full", whole_file_samples=0), reference)
    assert measuring.measure_file(str(silent), "binaural", whole_file_samples=0)["loudness_lufs"] == -math.inf


@pytest.mark.parametrize("sample_rate", [None, 16000])
def test_a_long_source_is_streamed_from_its_file_with_the_same_result(tmp_path, monkeypatch, sample_rate):
    sr = 8000
    sf.write(tmp_path / "long.wav", np.random.default_rng(2).standard_normal(3 * sr) * 0.1, sr, subtype="PCM_16")
    plan = mf.Plan(base=str(tmp_path), formats=("binaural",), hrtfs=mf.make_hrtf_choices(["default"]),
                   known_formats=FORMATS, sample_rate=sample_rate)
    rows = [{"id": "long", "audio": "long.wav", "azimuth_deg": 60.0, "elevation_deg": 0.0, "wet": 0.4, "rt60_s": 0.8}]
    (row,) = predict.predict_rows(mf.expand_rows(rows, 0, plan), predict.no_model)
    calls = []

    def spy(source, *args, **kw):
        from t2sa.render import render_to_file

        calls.append(type(source).__name__)
        return render_to_file(source, *args, **kw)

    be = rendering.Backend(render_to_file=spy).resolved()
    cached = rendering.render_row(row, str(tmp_path / "cached"), be)
    cache.clear_caches()
    monkeypatch.setattr(rendering, "STREAM_SOURCE_SAMPLES", sr)  # this source is now "too long to cache"
    monkeypatch.setattr(measuring, "WHOLE_FILE_SAMPLES", 1000)  # and its file too long to read back whole
    streamed = rendering.render_row(row, str(tmp_path / "streamed"), be)
    assert calls == ["ndarray", "str"]  # decoded once and cached, then streamed from the file
    assert cached["status"] == streamed["status"] == "ok", (cached["error"], streamed["error"])
    rel = cached["output"]
    assert (tmp_path / "cached" / rel).read_bytes() == (tmp_path / "streamed" / rel).read_bytes()
    assert streamed["sample_rate"] == (sample_rate or sr) and streamed["file_bytes"] == (tmp_path / "cached" / rel).stat().st_size
    for name in ("duration_s", "peak_dbfs", "loudness_lufs", "itd_s", "ild_db", "iacc"):
        assert streamed[name] == pytest.approx(cached[name], rel=1e-9), name
