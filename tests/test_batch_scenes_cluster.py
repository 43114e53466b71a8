"""The SELD job on a two-node local Ray cluster (a head that takes no work, two 1-CPU worker nodes): the
same audio, labels and scene files, byte for byte, as the process pool on one machine."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_batch_scenes_seld import _job_file, dataset_files

from t2sa.batch.results import read_results
from t2sa.batch.scene_dataset import dataset_renderer
from t2sa.cli.main import main as t2sa_main
from t2sa.scene.seld import load_job, run_dataset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def two_nodes():
    import ray
    from ray.cluster_utils import Cluster

    from t2sa.batch.pipeline import start_ray

    if ray.is_initialized():
        ray.shutdown()
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    workers = [c.add_node(num_cpus=1), c.add_node(num_cpus=1)]
    c.wait_for_nodes()
    start_ray(c.address, None)
    yield c, {w.node_id for w in workers}
    ray.shutdown()
    c.shutdown()


def test_the_seld_job_on_two_nodes_writes_the_same_bytes_as_one_machine(two_nodes, tmp_path):
    cluster, worker_ids = two_nodes
    pool = CliRunner().invoke(t2sa_main, ["scene", "dataset", str(_job_file(tmp_path, "pool")), "-q"])
    assert pool.exit_code == 0, pool.output
    job = load_job(_job_file(tmp_path, "nodes", f'engine = "batch"\naddress = "{cluster.address}"'))
    messages: list[str] = []
    run_dataset(job, render=dataset_renderer(job), echo=messages.append)
    assert any(f"Ray at {cluster.address}" in m for m in messages)
    files = dataset_files(tmp_path / "nodes")
    assert len(files) == 12 and files == dataset_files(tmp_path / "pool")
    nodes = {r["node"] for r in read_results(str(tmp_path / "nodes")).to_pylist()}
    assert nodes and nodes <= worker_ids  # rendered on the worker nodes, never on the head
    assert Path(tmp_path / "nodes" / "scene_manifest.parquet").is_file()
