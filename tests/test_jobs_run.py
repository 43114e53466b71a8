"""``t2sa-batch run``: job files end to end on the batch engine (in-process, small grids)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.cli.studies import run_command
from t2sa.errors import StudyError
from t2sa.studies import compare
from t2sa.studies.runner import run
from t2sa.studies.spec import load_job
from t2sa.studies.sweep import sweep_report

REPO = Path(__file__).resolve().parents[1]
KEMAR = HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa"
PULSE = HRTF_DIR / "Pulse.sofa"

SWEEP = f"""
[job]
kind = "sweep"
out = "out"
formats = ["binaural", "foa"]
hrtfs = ["default", "{KEMAR}"]
sample_rate = 16000
[inputs]
sounds = ["{REPO}/manifests/sounds/chirp.flac"]
grid = {{ az_step_deg = 60, elevations = [0, 30] }}
[batch]
use_ray = false
progress = false
[sweep]
reference = "default"
az_step_deg = 30
elevations = [0, 30]
[osc]
enabled = true
rate_hz = 20
[plots]
trajectories = 2
"""


@pytest.fixture(scope="module")
def sweep_job(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sweep")
    job = folder / "sweep.toml"
    job.write_text(SWEEP, encoding="utf-8")
    summary = run(load_job(job))
    return folder / "out", summary, job


def test_sweep_job_renders_every_row_and_writes_the_report(sweep_job):
    out, summary, _ = sweep_job
    # 12 directions x 1 sound; binaural x 2 HRTFs + foa once
    assert summary["batch"]["total"] == 36 and summary["batch"]["ok"] == 36
    report = out / "report"
    directions = pq.read_table(report / "hrtf_directions.parquet").to_pydict()
    assert len(directions["hrtf"]) == 2 * 24
    ref = np.array(directions["hrtf"]) == "default"
    assert np.all(np.array(directions["d_itd_us"])[ref] == 0) and np.all(np.array(directions["lsd_db"])[ref] == 0)
    rows = pq.read_table(report / "rows.parquet").to_pylist()
    assert len(rows) == 36
    foa = [r for r in rows if r["format"] == "foa"]
    assert foa and all(np.isfinite(r["direction_error_deg"]) for r in foa)
    binaural = [r for r in rows if r["format"] == "binaural"]
    assert all(np.isfinite(r["lateral_error_deg"]) for r in binaural)
    assert np.median([r["lateral_error_deg"] for r in binaural]) < 15.0  # the cues say where the source is
    html = (report / "report.html").read_text(encoding="utf-8")
    for needle in ("mean abs ΔITD", "LSD ≤ 7.4 dB", "MIT_KEMAR_normal_pinna", "lateral err mean"):
        assert needle in html
    for fig in json.loads((report / "summary.json").read_text())["figures"]:
        assert (report / fig).stat().st_size > 10_000
    assert "figures/error_maps.png" in (report / "report.md").read_text(encoding="utf-8")
    osc_files = sorted(p.name for p in (out / "osc").glob("*.osc.jsonl"))
    assert len(osc_files) == 12
    assert "az+0060_el+30_d1.5__chirp.osc.jsonl" in osc_files  # one naming: the row id as it is, "+" kept
    plots = sorted(p.name for p in (out / "trajectories").glob("*.png"))
    assert len(plots) == 2 and all(p.removesuffix(".png") + ".osc.jsonl" in osc_files for p in plots)


def test_running_again_resumes_and_report_only_skips_rendering(sweep_job):
    out, _, job = sweep_job
    again = run(load_job(job))
    assert again["batch"]["skipped"] == 36 and again["batch"]["ok"] == 0
    res = CliRunner().invoke(run_command, [str(job), "--report-only", "--json"])
    assert res.exit_code == 0, res.output
    assert '"rows": 36' in res.output and "batch" not in json.loads(res.stdout)
    res = CliRunner().invoke(run_command, [str(job), "--report-only"])  # people get a summary, not JSON
    assert res.exit_code == 0, res.output
    assert "{" not in res.stdout and "36 of 36 rows ok" in res.stdout and "report.html" in res.stdout


def test_cli_overrides_hrtfs_and_rows(tmp_path):
    job = tmp_path / "j.toml"
    job.write_text(SWEEP.replace(f'"{KEMAR}"', '"default"'), encoding="utf-8")
    res = CliRunner().invoke(
        run_command,
        [str(job), "--out", str(tmp_path / "o"), "--hrtf", "default", "--format", "binaural", "--rows", "3", "--json"],
    )
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["rows"] == 3
    res = CliRunner().invoke(run_command, [str(job), "--out", str(tmp_path / "o"), "--rows", "999"])
    assert res.exit_code != 0 and "rows=999" in res.output
    res = CliRunner().invoke(run_command, [str(job), "--out", str(tmp_path / "o"), "--target-lufs", "-20"])
    assert res.exit_code != 0 and "--target-lufs applies to stimulus jobs" in res.output


def test_stimuli_job_refuses_ambisonics(tmp_path):
    job = tmp_path / "s.toml"
    job.write_text(SWEEP.replace('kind = "sweep"', 'kind = "stimuli"'), encoding="utf-8")
    with pytest.raises(StudyError, match="'foa' cannot be played"):
        run(load_job(job))


def test_pulse_hrtf_has_no_interaural_cues_and_fails_against_kemar(tmp_path):
    summary = sweep_report(
        [], [str(KEMAR), str(PULSE)], tmp_path, reference="MIT_KEMAR_normal_pinna", az_step_deg=30, elevations=(0,)
    )
    by = {s["hrtf"]: s for s in summary["hrtf_summary"]}
    assert by["Pulse"]["pass_itd"] is False and by["Pulse"]["pass_ild"] is False
    cols = pq.read_table(tmp_path / "hrtf_directions.parquet").to_pydict()
    pulse = np.array(cols["hrtf"]) == "Pulse"
    assert np.allclose(np.array(cols["itd_us"])[pulse], 0.0, atol=1.0)
    assert np.allclose(np.array(cols["ild_db"])[pulse], 0.0, atol=1e-6)
    lateral = pulse & (np.abs(np.array(cols["azimuth_deg"])) == 90)
    assert np.all(~np.array(cols["within_itd"])[lateral])  # 600+ us of ITD missing at the side
    assert "FAIL" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_binaural_lateral_angle_is_read_back_from_hrtf_cues():
    from t2sa.render.hrtf import load_hrtf

    table = compare.cue_table(load_hrtf(str(KEMAR), 48000))
    assert table["itd_us"][table["lateral_deg"] == 90] > 500  # left leads at +90
    est = compare.estimate_lateral_deg(table["itd_us"][::10], table["ild_db"][::10], table)
    assert est == pytest.approx(table["lateral_deg"][::10])


def test_unknown_reference_is_refused(tmp_path):
    with pytest.raises(StudyError, match="reference='nope'"):
        sweep_report([], ["default"], tmp_path, reference="nope")


def test_render_job_draws_per_format_and_per_hrtf_figures(tmp_path):
    job = tmp_path / "r.toml"
    text = SWEEP.replace('kind = "sweep"', 'kind = "render"').replace(f'"{KEMAR}"', '"default"')
    job.write_text(text.replace("az_step_deg = 60, elevations = [0, 30]", "az_step_deg = 120, elevations = [0]"))
    summary = run(load_job(job))
    assert summary["rows_ok"] == 6  # 3 directions x (binaural + foa)
    names = {Path(p).name for p in summary["figures"]}
    assert {"direction_error.png", "loudness.png", "azimuth_roundtrip.png"} <= names


def test_interrupted_study_exits_130_and_says_how_to_resume(tmp_path, monkeypatch):
    """A study whose batch run was interrupted stops before its report, with the interrupt exit code (not a
    usage error), and says that running it again resumes."""
    import t2sa.batch
    from t2sa.batch.pipeline import JobConfig

    calls = []

    def interrupted_run(config: JobConfig, **kwargs):
        calls.append(config)
        return type("Stats", (), {"total": 3, "ok": 1, "error": 0, "interrupted": True})()

    monkeypatch.setattr(t2sa.batch, "run_job", interrupted_run)
    job = tmp_path / "j.toml"
    job.write_text(SWEEP.replace(f'"{KEMAR}"', '"default"'), encoding="utf-8")
    res = CliRunner().invoke(run_command, [str(job), "--out", str(tmp_path / "o"), "--rows", "3"])
    assert calls, "the batch engine was not called"
    assert res.exit_code == 130, res.output
    assert "interrupted" in res.output and "re-run the same command" in res.output
    assert not (tmp_path / "o" / "report").exists()
