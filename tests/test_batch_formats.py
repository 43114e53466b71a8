"""Loudspeaker formats in the batch engine: ``5.1``, ``7.1.4`` and ``layout:FILE`` wherever formats are named
(``--format``, a manifest's ``format`` column, job files), one output folder per format (``Format.slug``), and a
layout file's content in the content key (an edited layout is rendered again, an unchanged one is not)."""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.batch import read_results
from t2sa.batch.pipeline import JobConfig, prepare, run_job
from t2sa.cli.batch import main
from t2sa.errors import T2SAError

SR = 16000
LAYOUT = {"speakers": [
    {"label": "FL", "azimuth_deg": 45}, {"label": "FR", "azimuth_deg": -45},
    {"label": "BL", "azimuth_deg": 135}, {"label": "BR", "azimuth_deg": -135},
    {"label": "SUB", "lfe": True},
]}


@pytest.fixture
def job(tmp_path):
    """A manifest of two rows (front-left at 40 deg, back-right at -130 deg) and a 4.1 layout file beside it."""
    sf.write(tmp_path / "noise.wav", np.random.default_rng(0).standard_normal(SR) * 0.1, SR, subtype="PCM_16")
    pq.write_table(pa.table({"id": ["fl", "br"], "audio": ["noise.wav"] * 2, "azimuth_deg": [40.0, -130.0],
                             "elevation_deg": [0.0, 0.0]}), tmp_path / "m.parquet")
    (tmp_path / "quad.json").write_text(json.dumps(LAYOUT), encoding="utf-8")
    return tmp_path


def _run(folder, formats, out="out", **kw):
    return run_job(JobConfig(manifest=str(folder / "m.parquet"), out=str(folder / out), formats=formats, use_ray=False,
                             progress=False, **kw))


def _loudest(path) -> int:
    data, _ = sf.read(path, always_2d=True)
    return int(np.argmax(np.sum(data**2, axis=0)))


def test_5_1_and_7_1_4_rows(job):
    stats = _run(job, ("5.1", "7.1.4"))
    assert stats.ok == 4 and stats.error == 0
    rows = {(r["id"], r["format"]): r for r in read_results(str(job / "out")).to_pylist()}
    r = rows[("fl", "5.1")]
    assert r["output"] == "audio/5.1/fl.wav" and r["channels"] == 6 and r["hrtf"] is None
    assert np.isfinite(r["loudness_lufs"]) and r["itd_s"] is None  # loudspeakers: no ears
    assert _loudest(job / "out" / r["output"]) == 0  # L (+30) for a source at +40
    assert _loudest(job / "out" / rows[("br", "5.1")]["output"]) == 5  # Rs (-110) for -130
    assert rows[("fl", "7.1.4")]["channels"] == 12 and rows[("fl", "7.1.4")]["output"] == "audio/7.1.4/fl.wav"


def test_a_layout_file_on_the_command_line_is_read_relative_to_the_working_folder(job, monkeypatch):
    monkeypatch.chdir(job)
    res = CliRunner().invoke(main, ["submit", "m.parquet", "--out", "out", "--format", "layout:quad.json",
                                    "--format", "binaural", "--no-ray", "--no-progress"])
    assert res.exit_code == 0, res.output
    rows = {(r["id"], r["format"].split(":")[0]): r for r in read_results(str(job / "out")).to_pylist()}
    quad = rows[("br", "layout")]
    assert quad["format"] == f"layout:{job / 'quad.json'}"  # made absolute: every worker reads the same file
    assert quad["output"] == "audio/layout-quad/br.wav" and quad["channels"] == 5
    assert _loudest(job / "out" / quad["output"]) == 3  # BR (-135) for a source at -130
    assert rows[("fl", "binaural")]["output"] == "audio/binaural-default/fl.wav"


def test_a_layout_file_in_the_format_column_is_read_relative_to_the_manifest(job, tmp_path_factory, monkeypatch):
    sub = job / "layouts"
    sub.mkdir()
    (sub / "quad.json").write_text(json.dumps(LAYOUT), encoding="utf-8")
    pq.write_table(pa.table({"id": ["fl"], "audio": ["noise.wav"], "azimuth_deg": [40.0], "elevation_deg": [0.0],
                             "format": ["layout:layouts/quad.json"]}), job / "m.parquet")
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    assert _run(job, ("binaural",)).ok == 1
    (r,) = read_results(str(job / "out")).to_pylist()
    assert r["format"] == f"layout:{sub / 'quad.json'}" and r["channels"] == 5 and r["status"] == "ok"


def test_an_edited_layout_is_rendered_again_and_an_unchanged_one_is_not(job):
    layout = f"layout:{job / 'quad.json'}"
    assert _run(job, (layout, "5.1")).ok == 4
    before = (job / "out" / "audio/layout-quad/fl.wav").read_bytes()
    again = prepare(JobConfig(manifest=str(job / "m.parquet"), out=str(job / "out"), formats=(layout, "5.1")))
    again.release()
    assert again.todo == 0
    moved = {"speakers": [{**s, "azimuth_deg": 30} if s["label"] == "FL" else s for s in LAYOUT["speakers"]]}
    (job / "quad.json").write_text(json.dumps(moved), encoding="utf-8")
    edited = prepare(JobConfig(manifest=str(job / "m.parquet"), out=str(job / "out"), formats=(layout, "5.1")))
    edited.release()
    assert (edited.todo, edited.reasons) == (2, "2 changed settings")  # the layout's rows only, not 5.1
    assert _run(job, (layout, "5.1")).ok == 2
    assert (job / "out" / "audio/layout-quad/fl.wav").read_bytes() != before


def test_bad_layouts_are_refused_in_one_line(job):
    with pytest.raises(T2SAError, match=r"--format 'layout:.*nowhere\.json': layout file .*not found"):
        prepare(JobConfig(manifest=str(job / "m.parquet"), out=str(job / "out"), formats=("layout:nowhere.json",)))
    (job / "one.json").write_text(json.dumps({"speakers": [{"label": "C", "azimuth_deg": 0}]}), encoding="utf-8")
    pq.write_table(pa.table({"id": ["fl", "ok"], "audio": ["noise.wav"] * 2, "azimuth_deg": [40.0, 0.0],
                             "elevation_deg": [0.0, 0.0], "format": ["layout:one.json", "5.1"]}), job / "m.parquet")
    stats = _run(job, ("binaural",))
    assert (stats.ok, stats.error) == (1, 1)
    bad = next(r for r in read_results(str(job / "out")).to_pylist() if r["id"] == "fl")
    assert bad["error_field"] == "format"
    assert bad["error"].startswith("row fl: format='layout:") and "full-range speakers" in bad["error"]
    res = CliRunner().invoke(main, ["submit", str(job / "m.parquet"), "--out", str(job / "o2"), "--format", "7.2"])
    assert res.exit_code == 2 and "--format '7.2': unknown format" in res.output and "layout:FILE" in res.output


def test_job_files_name_layouts_relative_to_themselves(job):
    from t2sa.studies.spec import load_job

    (job / "render.toml").write_text(
        '[job]\nkind = "render"\nout = "out"\nmanifest = "m.parquet"\nformats = ["layout:quad.json", "5.1"]\n'
        "[batch]\nuse_ray = false\nprogress = false\n",
        encoding="utf-8",
    )
    spec = load_job(job / "render.toml")
    assert spec.formats == [f"layout:{job / 'quad.json'}", "5.1"]
    from t2sa.studies.runner import run

    summary = run(spec, echo=lambda *a: None)
    assert summary["batch"]["ok"] == 4
    assert (job / "out" / "audio/layout-quad/br.wav").exists()
