"""t2sa-batch says clearly what it cannot do, as t2sa render does (issue 11): no job in a folder, HRTF with a
format that takes none."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.cli.batch import main

REPO_MANIFEST = str(Path(__file__).resolve().parents[1] / "manifests" / "demo.parquet")


def test_status_of_a_folder_without_a_job_is_an_error_not_an_empty_job(tmp_path):
    res = CliRunner().invoke(main, ["status", str(tmp_path / "nothing")])
    assert res.exit_code == 2
    assert "no t2sa-batch job here" in res.output and "nothing" in res.output


def test_an_hrtf_with_only_formats_that_take_none_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    res = CliRunner().invoke(
        main, ["submit", REPO_MANIFEST, "--out", str(out), "--format", "foa", "--hrtf", str(HRTF_DIR / "Pulse.sofa")]
    )
    assert res.exit_code == 2
    assert "--hrtf applies to binaural only" in res.output and "foa" in res.output
    assert not out.exists()  # nothing started, nothing written
