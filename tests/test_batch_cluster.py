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
    workers = [c.add_node(num_cpus=2) for _ in range(2)]
    c.wait_for_nodes()
    start_ray(c.address, None)
    yield c, workers
    ray.shutdown()
    c.shutdown()


def test_node_removed_mid_job_every_id_once(cluster, tmp_path):
    import ray

    c, (keep, lose) = cluster
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
    )
    assert removed and removed[0] < len(rows)  # the node went away while most rows were still to do
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
