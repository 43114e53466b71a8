"""The binaural round trip in batch results (``--metrics full``, the default): the direction estimated back from each static dry
binaural row's ears against the HRTF that rendered it (``loc_*`` columns), null where it means nothing, and a
row rendered somewhere other than its label says so."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.batch import manifest as mf
from t2sa.batch import predict, rendering
from t2sa.batch.results import RESULT_SCHEMA
from t2sa.cli.batch import main
from t2sa.metrics import LOCALIZATION_KEYS
from t2sa.params import SpatialParams
from t2sa.render import FORMATS

SR = 48000
FHK = HRTF_DIR / "FHK_HRIR_L2354.sofa"


@pytest.fixture(scope="module")
def noise(tmp_path_factory):
    folder = tmp_path_factory.mktemp("src")
    sf.write(folder / "noise.wav", np.random.default_rng(3).standard_normal(SR) * 0.05, SR, subtype="PCM_16")
    return folder / "noise.wav"


def _work(rows, hrtfs=("default",)):
    plan = mf.Plan(base="/", formats=("binaural",), hrtfs=mf.make_hrtf_choices(hrtfs), known_formats=FORMATS)
    return predict.predict_rows(mf.expand_rows(rows, 0, plan), predict.no_model)


def _row(noise, **fields):
    return {"id": "r", "audio": str(noise), "azimuth_deg": 30.0, "elevation_deg": 10.0, **fields}


def test_loc_columns_are_result_columns():
    assert set(LOCALIZATION_KEYS) <= set(RESULT_SCHEMA.names)
    assert RESULT_SCHEMA.field("loc_front_back").type == pa.bool_()


@pytest.mark.parametrize("hrtf", ["default", str(FHK)])
def test_full_localises_static_dry_rows_against_the_hrtf_used(noise, tmp_path, hrtf):
    rows = _work([_row(noise, azimuth_deg=a, id=f"a{a:.0f}") for a in (30.0, 150.0, -100.0)], hrtfs=(hrtf,))
    be = rendering.Backend().resolved()
    for row in rows:
        params = SpatialParams.from_json(row["params"])
        r = rendering.render_row(row, str(tmp_path), be, "full")
        assert r["status"] == "ok", r["error"]
        assert r["loc_lateral_error_deg"] < 6.0 and r["loc_polar_error_deg"] < 25.0, r
        assert r["loc_front_back"] is False
        assert abs(((r["loc_azimuth_deg"] - params.azimuth_deg + 180) % 360) - 180) < 25.0


def test_lower_levels_leave_the_round_trip_out(noise, tmp_path):
    (row,) = _work([_row(noise)])
    be = rendering.Backend().resolved()
    for level in ("basic", "none"):
        r = rendering.render_row(row, str(tmp_path / level), be, level)
        assert r["status"] == "ok" and all(r[k] is None for k in LOCALIZATION_KEYS), level
    assert rendering.render_row(row, str(tmp_path / "full"), be, "full")["loc_front_back"] is False


@pytest.mark.parametrize(
    "fields",
    [
        {"wet": 0.4, "rt60_s": 0.8},  # a tail: the ears carry the room, not one direction
        {"spread_deg": 40.0},  # decorrelated virtual sources on an arc
        {"trajectory": [{"t": 0.0, "azimuth_deg": 30.0, "elevation_deg": 10.0, "distance_m": 1.0, "spread_deg": 0.0},
                        {"t": 1.0, "azimuth_deg": 120.0, "elevation_deg": 10.0, "distance_m": 1.0, "spread_deg": 0.0}],
         "motion": "path"},
    ],
)
def test_wet_spread_and_moving_rows_have_no_round_trip(noise, tmp_path, fields):
    (row,) = _work([_row(noise, **fields)])
    r = rendering.render_row(row, str(tmp_path), rendering.Backend().resolved(), "full")
    assert r["status"] == "ok", r["error"]
    assert r["itd_s"] is not None  # still measured; only the round trip is left out
    assert all(r[k] is None for k in LOCALIZATION_KEYS)


def _planted(render_at: float):
    """A renderer that puts every source at ``render_at`` whatever the row says (a mislabelled row)."""

    def render_to_file(source, out_path, sr, params, **kw):
        from t2sa.render import render_to_file as real

        moved = {**params.to_dict(), "azimuth_deg": render_at, "trajectory": None}
        return real(source, out_path, sr, SpatialParams(**moved), **kw)

    return rendering.Backend(render_to_file=render_to_file).resolved()


def test_a_mislabelled_row_shows_as_a_front_back_confusion(noise, tmp_path):
    """Labelled front-left (30), rendered at its mirror image behind (150): same lateral angle, so ITD and ILD
    agree with the label; only the full-sphere round trip sees it."""
    (row,) = _work([_row(noise, azimuth_deg=30.0)])
    honest = rendering.render_row(row, str(tmp_path / "ok"), rendering.Backend().resolved(), "full")
    planted = rendering.render_row(row, str(tmp_path / "bad"), _planted(150.0), "full")
    assert planted["status"] == "ok", planted["error"]
    assert honest["loc_front_back"] is False and honest["loc_polar_error_deg"] < 25.0
    assert planted["loc_front_back"] is True and planted["loc_polar_error_deg"] > 90.0
    assert planted["loc_lateral_error_deg"] < 6.0  # the lateral angle is right: it is a cone-of-confusion error
    assert abs(planted["itd_s"] - honest["itd_s"]) < 5e-5  # ...which the interaural cues cannot show


def test_a_row_rendered_to_the_other_side_has_a_large_lateral_error(noise, tmp_path):
    (row,) = _work([_row(noise, azimuth_deg=60.0)])
    r = rendering.render_row(row, str(tmp_path), _planted(-60.0), "full")
    assert r["status"] == "ok", r["error"]
    assert r["loc_lateral_error_deg"] > 80.0 and r["loc_azimuth_deg"] < 0


def test_submit_fills_the_round_trip_by_default(noise, tmp_path):
    pq.write_table(pa.table({"id": ["a", "b"], "audio": [str(noise)] * 2, "azimuth_deg": [30.0, -120.0],
                             "elevation_deg": [0.0, 20.0], "wet": [0.0, 0.5]}), tmp_path / "m.parquet")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["submit", str(tmp_path / "m.parquet"), "--out", str(out), "--no-ray",
                                    "--no-progress"])
    assert res.exit_code == 0, res.output
    rows = {r["id"]: r for r in pq.read_table(out / "results").to_pylist()}
    assert rows["a"]["loc_front_back"] is False and rows["a"]["loc_lateral_error_deg"] < 6.0
    assert rows["b"]["loc_lateral_error_deg"] is None  # wet
    basic = CliRunner().invoke(main, ["submit", str(tmp_path / "m.parquet"), "--out", str(tmp_path / "o2"), "--no-ray",
                                      "--no-progress", "--metrics", "basic"])
    assert basic.exit_code == 0, basic.output
    assert all(r["loc_front_back"] is None for r in pq.read_table(tmp_path / "o2" / "results").to_pylist())
