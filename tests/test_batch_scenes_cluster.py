"""The SELD job on a real two-node Ray cluster (a head and a worker node started with ``ray start``, 1 CPU
each, token authentication, on loopback: ``tests/support/cluster.py``): ``t2sa-batch run JOB`` joined to it
with ``[dataset] address`` writes the same audio, labels and scene files, byte for byte, as the same job
in one process."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from support.cluster import local_cluster
from test_batch_scenes_seld import _job_file, dataset_files

from t2sa.batch.results import read_results
from t2sa.cli.batch import main as batch_main

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_cluster():
    with local_cluster(workers=1) as c:
        yield c
    assert c.leftover_pids() == []


def test_the_seld_job_on_two_nodes_writes_the_same_bytes_as_one_process(ray_cluster, tmp_path):
    here = CliRunner().invoke(batch_main, ["run", str(_job_file(tmp_path, "here", 'engine = "batch"')), "--no-ray"])
    assert here.exit_code == 0, here.output
    job = _job_file(tmp_path, "nodes", f'engine = "batch"\naddress = "{ray_cluster.address}"')
    done = subprocess.run([sys.executable, "-m", "t2sa.cli.batch", "run", str(job)], cwd=tmp_path,
                          env=ray_cluster.env(), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr + done.stdout
    assert f"batch engine (Ray at {ray_cluster.address}): 6 scene outputs (3 scenes x 2 formats)" in done.stderr
    files = dataset_files(tmp_path / "nodes")
    assert len(files) == 3 * 4 and files == dataset_files(tmp_path / "here")  # foa, binaural, labels, scene file
    assert json.loads(done.stdout) == json.loads(here.stdout)  # the same card
    results = read_results(str(tmp_path / "nodes")).to_pylist()
    assert len(results) == 6 and {r["status"] for r in results} == {"ok"}
    assert all(r["node"] for r in results)  # rendered by the cluster's workers, each row says where
