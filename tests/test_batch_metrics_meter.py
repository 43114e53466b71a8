"""Metrics measured from the render's own blocks (t2sa.metrics.Meter): the values of the whole-signal definitions
(pyloudnorm's BS.1770, the full-length cross-correlation), whatever the blocks, and what the batch engine stores
when it measures as it writes instead of reading the file back."""

from __future__ import annotations

import json
import math

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.audio import loudness_lufs
from t2sa.batch import manifest as mf
from t2sa.batch import predict, rendering
from t2sa.cli.batch import main
from t2sa.formats import get_format
from t2sa.metrics import Meter, ambisonic_direction, iacc, ild_db, itd_s, measure
from t2sa.params import SpatialParams
from t2sa.render import FORMATS, render


def _render(fmt: str, sr: int, seconds: float, seed: int = 0, **params) -> np.ndarray:
    x = 0.05 * np.random.default_rng(seed).standard_normal(int(sr * seconds))
    p = SpatialParams(**{"azimuth_deg": 50.0, "elevation_deg": 15.0, **params})
    return render(x, sr, p, format=fmt, seed=seed).audio


@pytest.mark.parametrize(
    ("fmt", "sr", "seconds", "params"),
    [
        ("binaural", 48000, 3.2, {}),
        ("binaural", 16000, 2.0, {"wet": 0.6, "rt60_s": 0.9}),
        ("binaural", 44100, 1.3, {"azimuth_deg": -140.0, "spread_deg": 40.0}),
        ("stereo", 8000, 2.5, {"azimuth_deg": -20.0}),
        ("foa", 22050, 1.5, {"wet": 0.3}),
        ("hoa3", 8000, 0.9, {}),
        ("5.1", 16000, 1.2, {"azimuth_deg": 100.0}),
    ],
)
def test_measure_equals_the_whole_signal_definitions(fmt, sr, seconds, params):
    """LUFS = pyloudnorm on the format's loudness channels (float32 FFT K-weighting: to ~1e-6 LU); ITD/IACC = the
    full-length float64 correlation."""
    y = _render(fmt, sr, seconds, **params)
    got = measure(y, sr, fmt)
    f = get_format(fmt)
    x = np.asarray(y, dtype=np.float64)
    assert got["loudness_lufs"] == pytest.approx(loudness_lufs(f.loudness_channels(x), sr), abs=1e-4)
    if f.interaural_metrics:
        assert got["itd_s"] == pytest.approx(itd_s(x, sr), abs=1e-11)  # 0.01 us
        assert got["iacc"] == pytest.approx(iacc(x, sr), abs=1e-6)
    if f.level_difference_metric:
        assert got["ild_db"] == pytest.approx(ild_db(x), abs=1e-9)
    if f.is_ambisonic:
        assert got["est_azimuth_deg"] == pytest.approx(ambisonic_direction(x)[0], abs=1e-9)
    assert got["peak_dbfs"] == pytest.approx(20 * math.log10(np.max(np.abs(x))), abs=1e-12)


def test_short_silent_and_empty_signals():
    sr = 16000
    short = _render("binaural", sr, 0.3)
    m = measure(short, sr, "binaural")
    assert math.isnan(m["loudness_lufs"]) and math.isfinite(m["itd_s"])  # BS.1770 undefined under 0.4 s
    silent = measure(np.zeros((2, sr)), sr, "binaural")
    assert silent["loudness_lufs"] == -math.inf and math.isnan(silent["itd_s"]) and silent["peak_dbfs"] == -math.inf
    empty = Meter(sr, "binaural").add(np.zeros((2, 0))).result()
    assert empty["duration_s"] == 0 and math.isnan(empty["loudness_lufs"])


@pytest.mark.parametrize("fmt", ["binaural", "foa"])
def test_the_same_numbers_whatever_the_blocks(fmt):
    """Fixed internal chunks from the signal's start: any split gives the same values, bit for bit."""
    sr = 48000
    y = _render(fmt, sr, 4.1, seed=3, wet=0.2)
    whole = Meter(sr, fmt, spectra=True).add(y)
    expected, power = whole.result(), whole.ear_spectra().power
    rng = np.random.default_rng(1)
    for _ in range(3):
        split = Meter(sr, fmt, spectra=True)
        for piece in np.split(y, np.sort(rng.integers(0, y.shape[1], 6)), axis=1):
            split.add(piece.astype(np.float32))  # float32 blocks, as the render hands them over
        assert split.result() == expected
        assert np.array_equal(split.ear_spectra().power, power)


def _rows(tmp_path, **overrides):
    sr = 24000
    sf.write(tmp_path / "noise.wav", np.random.default_rng(7).standard_normal(sr) * 0.1, sr, subtype="PCM_16")
    rows = [{"id": "r", "audio": str(tmp_path / "noise.wav"), "azimuth_deg": 60.0, "elevation_deg": 0.0, **overrides}]
    plan = mf.Plan(base="/", formats=("binaural",), hrtfs=mf.make_hrtf_choices(["default"]), known_formats=FORMATS)
    return predict.predict_rows(mf.expand_rows(rows, 0, plan), predict.no_model)


MEASURED = ("duration_s", "peak_dbfs", "loudness_lufs", "itd_s", "ild_db", "iacc")


@pytest.mark.parametrize("gain_db", [0.0, 30.0])
def test_rows_measured_as_written_equal_the_file_read_back(tmp_path, gain_db):
    """The samples handed to the writer are what the file holds up to 24-bit quantisation, also when the render
    is normalised (written twice: the meter starts again with the scaled blocks)."""
    (row,) = _rows(tmp_path, gain_db=gain_db)
    be = rendering.Backend().resolved()
    hooked = rendering.render_row(row, str(tmp_path / "hook"), be, "full")
    read = rendering.render_row(row, str(tmp_path / "file"), be, "full", metrics_from_file=True)
    assert hooked["status"] == read["status"] == "ok"
    assert (tmp_path / "hook" / row["output"]).read_bytes() == (tmp_path / "file" / row["output"]).read_bytes()
    if gain_db:
        assert hooked["gain_applied_db"] < -10 and hooked["peak_dbfs"] == pytest.approx(-1.0, abs=1e-3)
    for name in MEASURED:
        assert hooked[name] == pytest.approx(read[name], rel=1e-5, abs=1e-8), name
    assert hooked["clipped"] is False and hooked["channels"] == 2


def test_a_backend_that_does_not_report_its_blocks_is_measured_from_its_file(tmp_path):
    (row,) = _rows(tmp_path)

    def silent_hook(source, out_path, sr, params, **kw):
        from t2sa.render import render_to_file

        kw.pop("on_block", None)  # a renderer that never calls the hook
        return render_to_file(source, out_path, sr, params, **kw)

    be = rendering.Backend(render_to_file=silent_hook).resolved()
    r = rendering.render_row(row, str(tmp_path / "out"), be, "full")
    reference = rendering.render_row(row, str(tmp_path / "ref"), rendering.Backend().resolved(), "full")
    assert r["status"] == "ok" and r["itd_s"] > 2e-4
    for name in MEASURED:
        assert r[name] == pytest.approx(reference[name], rel=1e-5, abs=1e-8), name


def test_metrics_from_file_is_a_job_option(tmp_path):
    rows = _rows(tmp_path)
    pq.write_table(pa.table({"id": ["r"], "audio": [rows[0]["audio"]], "azimuth_deg": [60.0], "elevation_deg": [0.0]}),
                   tmp_path / "m.parquet")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["submit", str(tmp_path / "m.parquet"), "--out", str(out), "--no-ray",
                                    "--no-progress", "--metrics-from-file"])
    assert res.exit_code == 0, res.output
    assert json.loads((out / "job.json").read_text())["metrics_from_file"] is True
    table = pq.read_table(out / "results").to_pylist()
    assert table[0]["status"] == "ok" and table[0]["itd_s"] > 2e-4


def test_the_metering_thread_gives_the_synchronous_values_and_passes_on_errors():
    """RenderMeter measures on a background thread: the same numbers as a Meter fed in the caller's thread, a new
    pass from frame 0 forgets the old one, and a block the meter refuses fails the row's result."""
    from t2sa.batch.measuring import RenderMeter, metric_columns

    sr = 24000
    y = _render("binaural", sr, 2.5, seed=5).astype(np.float32)
    blocks = np.array_split(y, 5, axis=1)
    starts = np.cumsum([0] + [b.shape[1] for b in blocks[:-1]])
    hooked = RenderMeter(sr, "binaural")
    for b, s in zip(blocks[:2], starts[:2], strict=True):  # a first pass, abandoned (a normalised render)
        hooked(b * np.float32(3.0), int(s))
    for b, s in zip(blocks, starts, strict=True):
        hooked(b, int(s))
    assert hooked.complete(y.shape[1], sr)
    expected = metric_columns(Meter(sr, "binaural").add(y).result())
    assert hooked.result() == {**expected, "channels": 2}
    broken = RenderMeter(sr, "binaural")
    broken(y[:, :1000], 0)
    broken(np.zeros((3, 1000), np.float32), 1000)
    with pytest.raises(ValueError, match="channels"):
        broken.result()


@pytest.mark.parametrize("sr", [44100, 48000])
def test_fft_k_weighting_holds_for_low_tones_bursts_and_clicks(sr):
    """The K-weighting runs as chunk spectra whose tails are overlap-added into the next chunk: signals that ring
    through the 38 Hz high pass (low tones, bursts, clicks, a late start) keep BS.1770 loudness within 1e-3 LU of
    pyloudnorm's IIR filter, split into blocks or not."""
    t = np.arange(int(4.3 * sr)) / sr
    rng = np.random.default_rng(2)
    signals = {
        "25 Hz": 0.5 * np.sin(2 * np.pi * 25 * t),
        "60 Hz bursts": 0.5 * np.sin(2 * np.pi * 60 * t) * ((t % 0.7) < 0.05),
        "clicks": (np.arange(len(t)) % 9001 == 0) * 0.9,
        "late noise": 0.1 * rng.standard_normal(len(t)) * (t > 2.9),
    }
    for name, x in signals.items():
        y = np.stack([x, 0.5 * np.roll(x, 7)]).astype(np.float32)
        reference = loudness_lufs(y.astype(np.float64), sr)
        split = Meter(sr, "stereo", full=False)
        for piece in np.array_split(y, 7, axis=1):
            split.add(piece)
        assert split.loudness_lufs() == pytest.approx(reference, abs=1e-3), name
        assert measure(y, sr, "stereo")["loudness_lufs"] == split.loudness_lufs(), name
