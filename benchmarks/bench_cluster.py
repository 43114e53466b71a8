"""The same job in-process and on a two-node Ray cluster: identical bytes, and what the cluster costs.

    python benchmarks/bench_cluster.py               # 1,000 rows
    python benchmarks/bench_cluster.py --rows 200    # quicker

The cluster is real and local: a head (dashboard) and one worker node started with ``ray start``,
``--num-cpus 1`` each, on loopback (the test fixture ``tests/support/cluster.py``), so both runs
have 2 CPUs. Rows: binaural, built-in HRTF, 48 kHz, 1 s clips, directions from override columns
(no text model), ``--metrics none`` (the engine, not the measuring, is under test). Each run is
``t2sa-batch submit`` in a fresh process, as a user runs it; the in-process run starts its own Ray,
the cluster run joins with ``--address HOST:PORT`` (a warm-up job first starts the cluster's workers).
The in-process run goes first, before the cluster starts, so no idle cluster shares the CPUs with it.

Printed per run: wall time, rows/s, task seconds per row (read + render + write, summed over
workers, from ``metrics.parquet``) and the engine's overhead per row per worker
``(wall x CPUs - task seconds) / rows``, over the whole job (Ray's start and the workers' first imports
included: the in-process run starts a Ray, the cluster run joins one) and in the steady state (from the
first results block reaching the driver to the last); then whether every output file is byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the local-cluster helper of the cluster tests

from support.cluster import clean_env, local_cluster  # noqa: E402


def make_job(folder: Path, rows: int, seconds: float = 1.0, sr: int = 48000) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    t = np.arange(int(seconds * sr)) / sr
    for i in range(8):
        x = rng.standard_normal(t.size) * 0.05 + 0.2 * np.sin(2 * np.pi * (200 + 150 * i) * t)
        sf.write(folder / f"src{i}.wav", 0.5 * x / np.max(np.abs(x)), sr, subtype="PCM_16")
    table = pa.table(
        {
            "id": [f"c{i:05d}" for i in range(rows)],
            "audio": [f"src{i % 8}.wav" for i in range(rows)],
            "azimuth_deg": rng.uniform(-180, 180, rows),
            "elevation_deg": rng.uniform(-30, 60, rows),
        }
    )
    pq.write_table(table, folder / "m.parquet")
    return folder / "m.parquet"


TRACED = """
import atexit, json, os, sys, time
from t2sa.batch import pipeline

arrivals = []
update = pipeline._Progress.update

def traced(self, n, ok, error):
    arrivals.append((time.perf_counter(), n))
    update(self, n, ok, error)

pipeline._Progress.update = traced
atexit.register(lambda: open(os.environ["T2SA_BENCH_TRACE"], "w").write(json.dumps(arrivals)))
sys.argv[0] = "t2sa-batch"
from t2sa.cli.batch import main
main()
"""
"""``t2sa-batch`` with one addition: when each results block reaches the driver (for the steady-state figure)."""


def submit(manifest: Path, out: Path, env: dict[str, str], *extra: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", TRACED, "submit", str(manifest), "--out", str(out), "--metrics", "none",
         "--no-progress", *extra],
        env={**env, "T2SA_BENCH_TRACE": str(out) + ".trace.json"}, capture_output=True, text=True,
    )
    if done.returncode != 0:
        sys.exit(f"run failed ({out}):\n{done.stderr[-3000:]}\n{done.stdout[-2000:]}")
    return time.perf_counter() - start


def digests(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((out / "audio").rglob("*.wav"))}


def overhead_per_row(out: Path, rows: int, cpus: int) -> float:
    """Seconds per row that the CPUs spent on anything but reading, rendering and writing rows."""
    m = pq.read_table(out / "metrics.parquet").to_pylist()[-1]
    task = m["read_s"] + m["render_s"] + m["write_s"] + m["measure_s"] + m["predict_s"]
    return (m["wall_s"] * cpus - task) / rows


def steady_overhead_per_row(out: Path, rows: int, cpus: int) -> float:
    """The same from the first results block to the last: Ray's start and the workers' first imports left out."""
    m = pq.read_table(out / "metrics.parquet").to_pylist()[-1]
    task = m["read_s"] + m["render_s"] + m["write_s"] + m["measure_s"] + m["predict_s"]
    arrivals = json.loads(Path(str(out) + ".trace.json").read_text())
    later = rows - arrivals[0][1]  # rows after the first block
    return ((arrivals[-1][0] - arrivals[0][0]) * cpus - task * later / rows) / later


def figures(out: Path, rows: int, cpus: int, process_s: float) -> str:
    m = pq.read_table(out / "metrics.parquet").to_pylist()[-1]
    task = m["read_s"] + m["render_s"] + m["write_s"] + m["measure_s"] + m["predict_s"]
    return (
        f"{process_s:8.1f} s {m['wall_s']:8.1f} s {rows / m['wall_s']:8.1f} {1000 * task / rows:10.1f} ms "
        f"{1000 * overhead_per_row(out, rows, cpus):12.1f} ms {1000 * steady_overhead_per_row(out, rows, cpus):9.1f} ms"
    )


def rows_per_node(out: Path) -> str:
    nodes = pq.read_table(out / "results", columns=["node"])["node"].value_counts().to_pylist()
    return " / ".join(str(n["counts"]) for n in sorted(nodes, key=lambda n: -n["counts"]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="t2sa-bench-cluster-") as tmp:
        tmp_path = Path(tmp)
        manifest = make_job(tmp_path / "job", args.rows)
        warm = make_job(tmp_path / "warm", 8)
        load = os.getloadavg()[0]
        # in-process first, with no cluster idling beside it (on a 2-core machine its daemons take a share)
        local_s = submit(manifest, tmp_path / "local", clean_env(), "--workers", "2")
        t = time.perf_counter()
        with local_cluster(workers=1) as c:
            up = time.perf_counter() - t
            env = c.env()
            submit(warm, tmp_path / "warm-out", env, "--address", c.address)
            cluster_s = submit(manifest, tmp_path / "cluster", env, "--address", c.address)
        print(f"t2sa-batch: {args.rows} rows, 1 s clips, binaural 48 kHz, --metrics none; cluster start {up:.1f} s; "
              f"load average {load:.1f} -> {os.getloadavg()[0]:.1f} ({os.cpu_count()} CPUs)")
        print(f"{'run':<34}{'process':>10}{'job wall':>11}{'rows/s':>9}{'task/row':>13}{'overhead/row':>15}"
              f"{'steady':>12}")
        print(f"{'in-process Ray (2 CPUs)':<34}{figures(tmp_path / 'local', args.rows, 2, local_s)}")
        print(f"{'two-node cluster (2 x 1 CPU)':<34}{figures(tmp_path / 'cluster', args.rows, 2, cluster_s)}")
        ratio = overhead_per_row(tmp_path / "cluster", args.rows, 2) / overhead_per_row(tmp_path / "local", args.rows, 2)
        # the steady figures are near 0 (task seconds include waiting for a CPU): their difference, not a ratio
        steady = steady_overhead_per_row(tmp_path / "cluster", args.rows, 2) - steady_overhead_per_row(
            tmp_path / "local", args.rows, 2
        )
        print(f"overhead per row, cluster / in-process: {ratio:.2f} (target <= 1.5); steady state, cluster - "
              f"in-process: {1000 * steady:+.1f} ms; rows per node on the cluster: {rows_per_node(tmp_path / 'cluster')}")
        a, b = digests(tmp_path / "local"), digests(tmp_path / "cluster")
        same = a == b and len(a) == args.rows
        print(f"outputs byte-identical: {same} ({len(a)} vs {len(b)} files)")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
