"""The batch engine on a local multi-node Ray cluster: a head that takes no work, two worker nodes,
one of them removed mid-job. The job must still end with every id exactly once."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf

from t2sa.batch.pipeline import JobConfig, run_job
from t2sa.batch.results import list_parts, read_results

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    import ray
    from ray.cluster_utils import Cluster

    from t2sa.batch.pipeline import start_ray

    if ray.is_initialized():
        ray.shutdown()
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 0, "include_dashboard": False})
    # A "GPU" worker (a declared GPU resource: Ray schedules by resources, not by probing hardware)
    # and a CPU worker, like cluster.yaml's gpu_model and cpu_render node types.
    workers = [c.add_node(num_cpus=2, num_gpus=1), c.add_node(num_cpus=2)]
    c.wait_for_nodes()
    start_ray(c.address, None)
    yield c, workers
    ray.shutdown()
    c.shutdown()


def test_model_actor_gets_a_gpu_and_renders_stay_off_the_head(cluster, tmp_path):
    c, (gpu_node, cpu_node) = cluster
    seen = tmp_path / "actor.txt"

    class RecordingLoader:
        """Loads the shipped model on the CPU (there is no real GPU here) and notes where it ran."""

        def __call__(self):
            import ray

            from t2sa.text import TextToSpatial

            ctx = ray.get_runtime_context()
            seen.write_text(f"{ctx.get_node_id()} {ray.get_gpu_ids()}")
            return TextToSpatial.load(device="cpu")

    sf.write(tmp_path / "s.wav", np.random.default_rng(1).standard_normal(8000) * 0.1, 16000)
    texts = ["a dog barking on my left", "rain far behind me", "왼쪽에서 새가 운다", "a car passing from left to right"]
    rows = [{"id": f"t{i}", "text": t, "audio": "s.wav"} for i, t in enumerate(texts)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    stats = run_job(
        JobConfig(manifest=str(tmp_path / "m.parquet"), out=str(tmp_path / "out"), address=c.address, progress=False),
        loader=RecordingLoader(),
    )
    assert (stats.ok, stats.error) == (4, 0)
    node, gpu_ids = seen.read_text().split(" ", 1)
    assert node == gpu_node.node_id and gpu_ids not in ("[]", "")  # one GPU per model actor
    table = read_results(str(tmp_path / "out"))
    assert c.head_node.node_id not in set(table["node"].to_pylist())
    assert all("azimuth_deg" in r["fields_from_model"] for r in table.to_pylist())


def test_node_removed_mid_job_every_id_once(cluster, tmp_path, capfd):
    import ray

    from t2sa.batch.cluster import RunWatch

    c, (keep, lose) = cluster  # the CPU-only worker goes away
    head_id = c.head_node.node_id
    rng = np.random.default_rng(5)
    sf.write(tmp_path / "s.wav", rng.standard_normal(16000) * 0.1, 16000)
    rows = [{"id": f"n{i:02d}", "audio": "s.wav", "azimuth_deg": float(i * 9), "elevation_deg": 0.0} for i in range(40)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    removed = []

    def remove_after_first_batch(table, stats):
        if not removed:
            c.remove_node(lose)
            removed.append(stats.done_now)

    stats = run_job(
        JobConfig(
            manifest=str(tmp_path / "m.parquet"),
            out=str(tmp_path / "out"),
            address=c.address,
            rows_per_task=2,
            progress=False,
        ),
        on_batch=remove_after_first_batch,
        watch=(watch := RunWatch(stall_s=0)),
    )
    assert removed and removed[0] < len(rows)  # the node went away while most rows were still to do
    assert len(watch.nodes_lost) == 1 and "nodes lost during the run" in "\n".join(watch.report())
    # Ray's messages about the dead node and retried tasks are in OUT/ray.log, not on the terminal. Ray writes that
    # message only for a task that was running on the node when it went away, which depends on the machine's timing:
    # where Ray counts a retried task, the message is in the log (round 40: one fresh-clone run in three removed the
    # node between tasks, and an unconditional check failed there)
    printed = capfd.readouterr()
    assert "node it was running on is dead" not in printed.out + printed.err
    log = (tmp_path / "out" / "ray.log").read_text()
    if watch.tasks_retried:
        assert "node it was running on is dead" in log, watch.tasks_retried
    assert len([n for n in ray.nodes() if n["Alive"]]) == 2
    assert (stats.ok, stats.error, stats.lost) == (40, 0, 0)
    table = read_results(str(tmp_path / "out"))
    assert sorted(table["id"].to_pylist()) == [r["id"] for r in rows]
    keys = [k for p in list_parts(str(tmp_path / "out")) for k in pq.read_table(p, columns=["key"])["key"].to_pylist()]
    assert len(keys) == len(set(keys)) == 40  # no row recorded twice
    nodes = set(table["node"].to_pylist())
    assert head_id not in nodes and nodes <= {keep.node_id, lose.node_id}
    for r in table.to_pylist():
        assert (tmp_path / "out" / r["output"]).is_file()


def test_cluster_yaml_is_a_valid_launcher_config():
    """`ray up cluster.yaml` must accept it: head takes no work, a GPU type, CPU types."""
    from pathlib import Path

    import yaml
    from ray.autoscaler._private.util import prepare_config, validate_config

    config = yaml.safe_load((Path(__file__).resolve().parents[1] / "cluster.yaml").read_text())
    validate_config(prepare_config(config))
    types = config["available_node_types"]
    assert types[config["head_node_type"]]["resources"] == {"CPU": 0}
    assert any(t["resources"].get("GPU", 0) >= 1 for t in types.values())
    assert sum(1 for t in types.values() if t["resources"].get("CPU", 0) > 0 and "GPU" not in t["resources"]) >= 1
    assert any("t2sa" in cmd for cmd in config["setup_commands"])
