"""Job files: TOML checking, environment variables, paths relative to the job file."""

from __future__ import annotations

from pathlib import Path

import pytest

from t2sa.errors import StudyError
from t2sa.studies.spec import load_job

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "jobs" / "job.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


BASE = """
[job]
kind = "sweep"
out = "../out/x"
hrtfs = ["default", "${HRTFS:-../sofa}/a.sofa"]
[inputs]
sounds = ["../sounds/*.flac"]
grid = { az_step_deg = 90, elevations = [0] }
"""


def test_paths_resolve_against_the_job_file_and_env_defaults_apply(tmp_path, monkeypatch):
    monkeypatch.delenv("HRTFS", raising=False)
    spec = load_job(write(tmp_path, BASE))
    assert spec.out == (tmp_path / "out" / "x").resolve()
    assert spec.hrtfs == ["default", str((tmp_path / "sofa" / "a.sofa").resolve())]
    assert spec.inputs["sounds"] == [str((tmp_path / "sounds" / "*.flac").resolve())]
    assert spec.name == "job" and spec.formats == ["binaural"]
    monkeypatch.setenv("HRTFS", "/data/hrtf")
    assert load_job(write(tmp_path, BASE)).hrtfs[1] == "/data/hrtf/a.sofa"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        (BASE + "[nope]\nx = 1\n", r"unknown table \[nope\]"),
        (BASE.replace('kind = "sweep"', 'kind = "sweep"\nformat = ["x"]'), r"\[job\] format: unknown key"),
        (BASE.replace('kind = "sweep"', 'kind = "party"'), "kind='party'"),
        (BASE.replace('out = "../out/x"', "out = 3"), r"out=3: expected a string"),
        (BASE.replace("${HRTFS:-../sofa}", "${T2SA_SURELY_UNSET_VAR}"), "T2SA_SURELY_UNSET_VAR"),
        (BASE.replace('out = "../out/x"', 'out = "../out/x"\nmanifest = "m.parquet"'), "exactly one of"),
        (BASE + "[batch]\nworkers = true\n", "workers=True: expected an integer"),
        (BASE.replace("elevations = [0]", "elevations = [0], az = 3"), "grid.az: unknown key"),
        ("[job\n", "not valid TOML"),
    ],
)
def test_bad_job_files_name_the_key(tmp_path, text, match):
    with pytest.raises(StudyError, match=match):
        load_job(write(tmp_path, text))


def test_missing_file_is_a_job_error(tmp_path):
    with pytest.raises(StudyError, match="cannot read job file"):
        load_job(tmp_path / "none.toml")


def _batch_jobs() -> list[str]:
    """The shipped job files ``t2sa-batch run`` takes (a [job] table); scene datasets have their own loader."""
    from t2sa.studies.spec import tomllib  # tomli on Python 3.10

    return sorted(p.name for p in (REPO / "jobs").glob("*.toml") if "job" in tomllib.loads(p.read_text("utf-8")))


def test_every_shipped_job_file_is_one_some_loader_takes():
    from t2sa.scene.seld import load_job as load_scene_job

    batch = set(_batch_jobs())
    others = sorted(p for p in (REPO / "jobs").glob("*.toml") if p.name not in batch)
    for path in others:
        load_scene_job(path)  # raises if it is neither
    assert batch >= {"listening_test.toml", "listening_test_grid.toml", "hrtf_sweep.toml"}


@pytest.mark.parametrize("name", _batch_jobs())
def test_shipped_job_files_load(name, monkeypatch):
    monkeypatch.delenv("T2SA_HRTF_DIR", raising=False)
    spec = load_job(REPO / "jobs" / name)
    assert spec.kind in ("sweep", "stimuli", "render")
    assert spec.out.is_relative_to(REPO / "out")
    if spec.manifest:
        assert spec.manifest.exists()
    for h in spec.hrtfs:
        assert h == "default" or h.endswith(".sofa")
