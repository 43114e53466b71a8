"""The cross-HRTF report shows the binaural round trip per HRTF (median lateral / polar error, front/back
confusion rate) beside the LAP-threshold figures (the ``loc_*`` columns of ``--metrics full``, the default)."""

from __future__ import annotations

import json

import numpy as np
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from support.shared import HRTF_DIR

from t2sa.studies import compare
from t2sa.studies.runner import run
from t2sa.studies.spec import load_job
from t2sa.studies.sweep import sweep_report

FHK = HRTF_DIR / "FHK_HRIR_L2354.sofa"

JOB = """
[job]
kind = "sweep"
out = "out"
formats = ["binaural"]
hrtfs = ["default", "{fhk}"]
sample_rate = 48000
[inputs]
sounds = ["noise.wav"]
grid = {{ az_step_deg = 60, elevations = [0, 30] }}
[batch]
use_ray = false
progress = false
[sweep]
reference = "default"
az_step_deg = 90
elevations = [0]
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roundtrip")
    sf.write(folder / "noise.wav", np.random.default_rng(5).standard_normal(48000) * 0.05, 48000, subtype="PCM_16")
    (folder / "job.toml").write_text(JOB.format(fhk=FHK), encoding="utf-8")
    summary = run(load_job(folder / "job.toml"), echo=lambda *a: None)
    return folder / "out", summary


def test_sweep_rows_carry_the_round_trip(report):
    out, summary = report
    assert summary["batch"]["ok"] == 24  # 12 directions x 2 HRTFs
    rows = pq.read_table(out / "results").to_pylist()
    assert all(r["loc_lateral_error_deg"] is not None and r["loc_front_back"] is not None for r in rows)
    per_row = pq.read_table(out / "report" / "rows.parquet").to_pylist()
    assert {"loc_lateral_error_deg", "loc_polar_error_deg", "loc_front_back"} <= set(per_row[0])


def test_the_report_lists_the_round_trip_per_hrtf_beside_the_lap_figures(report):
    out, _ = report
    summary = json.loads((out / "report" / "summary.json").read_text())
    by_hrtf = {row["hrtf"]: row for row in summary["hrtf_summary"]}
    assert set(by_hrtf) == {"default", "FHK_HRIR_L2354"}
    for row in by_hrtf.values():
        assert row["loc_rows"] == 12
        assert row["loc_lateral_error_median_deg"] < 6.0 and row["loc_polar_error_median_deg"] < 20.0
        assert row["loc_front_back_rate"] <= 0.25
        assert "pass_itd" in row  # the LAP figures are still there
    header = next(line for line in (out / "report" / "report.md").read_text(encoding="utf-8").splitlines()
                  if line.startswith("| HRTF | measured dirs"))
    for needle in ("ITD ≤ 62.5 µs", "LSD ≤ 7.4 dB", "median lateral err", "median polar err", "front/back confusions"):
        assert needle in header, needle  # one table: the LAP figures and the round trip side by side
    assert "front/back confusions</th>" in (out / "report" / "report.html").read_text(encoding="utf-8")
    assert "figures/roundtrip_localization.png" in summary["figures"]
    assert (out / "report" / "figures" / "roundtrip_localization.png").stat().st_size > 10_000


def _result(hrtf, az, *, loc_az, fb):
    lat = abs(float(compare.lateral_deg(az, 0.0)) - float(compare.lateral_deg(loc_az, 0.0)))
    return {"id": f"az{az}", "status": "ok", "format": "binaural", "hrtf": hrtf, "azimuth_deg": az,
            "elevation_deg": 0.0, "distance_m": 1.0, "itd_s": 1e-4, "ild_db": 1.0, "loc_azimuth_deg": loc_az,
            "loc_elevation_deg": 0.0, "loc_lateral_error_deg": lat,
            "loc_polar_error_deg": 180.0 if fb else 2.0, "loc_front_back": fb}


def test_a_planted_wrong_direction_raises_the_confusion_rate(tmp_path):
    """Rows read back at their mirror image count as confusions; targets near the ears cannot be confused and do
    not dilute the rate."""
    good = [_result("default", az, loc_az=az + 1.0, fb=False) for az in (0.0, 30.0, -40.0, 150.0)]
    planted = _result("default", 20.0, loc_az=160.0, fb=True)
    side = _result("default", 90.0, loc_az=90.0, fb=False)  # |lateral| > 60: outside the rate
    stats = compare.roundtrip_stats([*good, planted, side])
    assert stats["loc_front_back_rate"] == pytest.approx(1 / 5) and stats["loc_front_back_rows"] == 5
    assert stats["loc_rows"] == 6 and stats["loc_polar_error_median_deg"] == pytest.approx(2.0)
    summary = sweep_report([*good, planted, side], ["default"], tmp_path, az_step_deg=90, elevations=[0])
    (row,) = summary["hrtf_summary"]
    assert row["loc_front_back_rate"] == pytest.approx(0.2)
    assert "20%" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_without_a_round_trip_the_report_leaves_the_columns_out(tmp_path):
    rows = [{**_result("default", az, loc_az=az, fb=False), **dict.fromkeys(
        ("loc_azimuth_deg", "loc_elevation_deg", "loc_lateral_error_deg", "loc_polar_error_deg", "loc_front_back"))}
        for az in (0.0, 45.0)]
    sweep_report(rows, ["default"], tmp_path, az_step_deg=90, elevations=[0])
    tables = [line for line in (tmp_path / "report.md").read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    assert tables and not any("front/back confusions" in line or "median polar err" in line for line in tables)
