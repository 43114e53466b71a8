"""Evaluation helpers: the seed's clockwise format is converted once, metrics mean what they say."""

import math

import pytest

from t2sa.params import Keyframe, SpatialParams
from t2sa.text.evaluate import EvalDataError, aggregate, angular_error, load_rows, row_truth, score_row


def test_seed_rows_are_converted_from_clockwise_sin_cos():
    right = {"text": "x", "az_sc": [1.0, 0.0], "el_rad": 0.0, "dist_m": 2.0, "spread_deg": 10.0, "wet_mix": 0.3,
             "gain_db": -2.0, "room_depth": {"drr_db": 4.0}}  # fmt: skip
    t = row_truth(right)
    assert t["azimuth_deg"] == pytest.approx(-90.0)  # seed: right = +90 clockwise; library: right = -90
    assert row_truth({"text": "x", "az_sc": [-1.0, 0.0]})["azimuth_deg"] == pytest.approx(90.0)
    assert row_truth({"text": "x", "az_sc": [0.0, -1.0]})["azimuth_deg"] == pytest.approx(-180.0)
    assert (t["distance_m"], t["wet"], t["drr_db"]) == (2.0, 0.3, 4.0)
    assert row_truth({"text": "x", "az_sc": [0, 1], "el_rad": math.pi / 6})["elevation_deg"] == pytest.approx(30.0)


def test_angular_error_is_great_circle():
    assert angular_error(0, 0, 90, 0) == pytest.approx(90)
    assert angular_error(170, 0, -170, 0) == pytest.approx(20)
    assert angular_error(0, 90, 123, 90) == pytest.approx(0, abs=1e-6)  # azimuth is irrelevant at the pole
    assert angular_error(45, 30, None, 50) == pytest.approx(20)  # only an elevation stated


def test_score_row_moving_metrics():
    p = SpatialParams(azimuth_deg=90, distance_m=5.0, motion="approach",
                      trajectory=[Keyframe(0, 90, 0, 5.0, 0), Keyframe(1, 80, 0, 1.0, 0)])  # fmt: skip
    s = score_row(p, {"azimuth_deg": 90, "end_azimuth_deg": 90, "trend": "closer", "motion": "approach",
                      "distance_m": 5.0, "exact": ["distance_m"]})  # fmt: skip
    assert s["ae"] == 0 and s["end_ae"] == pytest.approx(10) and s["trend_ok"] == 1 and s["motion_ok"] == 1
    assert s["exact_ok"] == 1 and s["dlogd"] == 0
    assert score_row(p, {"trend": "farther"})["trend_ok"] == 0
    agg = aggregate([s, {"ae": 10.0}])
    assert agg["ae"] == (5.0, 2) and agg["trend_ok"] == (100.0, 1)


def test_bad_rows_name_file_and_line(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"text": "a"}\nnot json\n')
    with pytest.raises(EvalDataError, match="d.jsonl:2"):
        load_rows(f)
    with pytest.raises(EvalDataError, match="azimuth_deg"):
        row_truth({"text": "a", "azimuth_deg": "left", "_where": "f:1"})


def test_exact_names_only_labelled_outputs():
    """``exact`` on an input (the clip length) or on a field the row does not label is a data error, not a crash."""
    with pytest.raises(EvalDataError, match=r"f:3: .*'duration_s' is not an output field"):
        row_truth({"text": "a", "duration_s": 6, "exact": ["duration_s"], "_where": "f:3"})
    with pytest.raises(EvalDataError, match="'distance_m' is not a labelled number"):
        row_truth({"text": "a", "azimuth_deg": 10, "exact": ["distance_m"], "_where": "f:4"})
    assert row_truth({"text": "a", "azimuth_deg": 10, "exact": ["azimuth_deg"]})["exact"] == ["azimuth_deg"]
