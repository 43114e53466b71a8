"""A SELD dataset job through the batch engine (``[dataset] engine = "batch"``): the dataset runner writes
a scene manifest and submits it; the files are byte for byte those of the process pool; resume by content."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from t2sa.batch.results import read_results
from t2sa.cli.batch import main as batch_main
from t2sa.cli.main import main as t2sa_main
from t2sa.errors import InputError
from t2sa.scene.seld import job_from_dict, load_job, run_dataset

JOB = """scenes = 3
seed = 4

[dataset]
out = "{out}"
duration_s = 2.5
sample_rate = 16000
formats = ["foa", "binaural"]
subtype = "PCM_16"
{extra}

[events]
max_polyphony = 2
density = 0.7
duration_s = [0.5, 1.5]
moving_share = 0.5
"""


def _job_file(folder: Path, name: str, extra: str = "") -> Path:
    path = folder / f"{name}.toml"
    path.write_text(JOB.format(out=name, extra=extra), encoding="utf-8")
    return path


def dataset_files(root: Path) -> dict[str, bytes]:
    """Audio, labels and scene files (what the dataset is), not the batch engine's bookkeeping."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.parent != root and p.suffix in (".wav", ".csv", ".json")}


@pytest.fixture(scope="module")
def pool_dataset(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seld_pool")
    result = CliRunner().invoke(t2sa_main, ["scene", "dataset", str(_job_file(folder, "pool")), "-q"])
    assert result.exit_code == 0, result.output
    return folder / "pool"


def test_the_batch_engine_writes_the_dataset_byte_for_byte_and_resumes_by_content(pool_dataset, tmp_path):
    job_file = _job_file(tmp_path, "batch", 'engine = "batch"')
    runner = CliRunner()
    result = runner.invoke(batch_main, ["run", str(job_file), "--no-ray"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "batch"
    assert "6 scene outputs (3 scenes x 2 formats), 0 already done, rendering 6" in result.stderr
    files = dataset_files(out)
    assert len(files) == 3 * 4 and files == dataset_files(pool_dataset)  # 2 formats + labels + scene file
    assert json.loads(result.stdout) == json.loads((pool_dataset / "card.json").read_text())

    results = read_results(str(out)).to_pylist()
    assert len(results) == 6 and {r["status"] for r in results} == {"ok"}
    assert {r["labels"] for r in results} == {p for p in files if p.startswith("metadata_dev/")}  # formats share them
    events = pq.read_table(out / "events.parquet")
    assert events.num_rows == 2 * sum(r["n_events"] for r in results if r["format"] == "foa")

    again = runner.invoke(batch_main, ["run", str(job_file), "--no-ray"])
    assert again.exit_code == 0 and "6 already done, rendering 0" in again.stderr
    lost = next(p for p in files if p.startswith("binaural_dev/"))
    (out / lost).unlink()
    redo = runner.invoke(batch_main, ["run", str(job_file), "--no-ray"])
    assert redo.exit_code == 0 and "5 already done, rendering 1 (1 missing or damaged files)" in redo.stderr
    assert dataset_files(out) == files


def test_the_batch_engine_is_only_reached_through_a_renderer_and_an_address_needs_it(tmp_path):
    job = load_job(_job_file(tmp_path, "plain", 'engine = "batch"'))
    with pytest.raises(InputError, match="engine='batch': run it with 't2sa-batch run'"):
        run_dataset(job)
    base = {"scenes": 1, "dataset": {"out": str(tmp_path / "x"), "duration_s": 2.0}}
    with pytest.raises(InputError, match="dataset.address='auto': only the batch engine runs on a cluster"):
        job_from_dict({**base, "dataset": {**base["dataset"], "address": "auto"}})
    with pytest.raises(InputError, match="dataset.engine='ray': expected one of processes, batch"):
        job_from_dict({**base, "dataset": {**base["dataset"], "engine": "ray"}})
