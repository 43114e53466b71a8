"""t2sa-batch against a real Ray cluster: a head with the dashboard and one worker node started with
``ray start`` (token authentication on, as Ray 2.60 sets it up), and an S3 server (moto), all on
loopback. The commands run as users run them, in their own processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from support.cluster import local_cluster, s3_server
from support.shared import HRTF_DIR

from t2sa.batch.results import read_results

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
PULSE_SOFA = HRTF_DIR / "Pulse.sofa"


@pytest.fixture(scope="module")
def ray_cluster():
    with local_cluster(workers=1) as c:
        yield c
    assert c.leftover_pids() == []  # no Ray process of this cluster outlives the tests


@pytest.fixture(scope="module")
def s3():
    with s3_server() as server:
        yield server


def batch(cluster, *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300):
    """``t2sa-batch ARGS`` in its own process, as a user on this machine would run it."""
    return subprocess.run(
        [sys.executable, "-m", "t2sa.cli.batch", *args],
        cwd=cwd,
        env=env or cluster.env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def write_job(folder: Path, n: int = 4, texts: tuple[str, ...] = ()) -> Path:
    """A manifest of ``n`` rows that give their direction (no model) plus one row per text."""
    folder.mkdir(parents=True, exist_ok=True)
    sf.write(folder / "s.wav", np.random.default_rng(3).standard_normal(4000) * 0.1, 16000)
    rows = [{"id": f"d{i}", "audio": "s.wav", "text": None, "azimuth_deg": 40.0 * i, "elevation_deg": 0.0} for i in range(n)]
    rows += [{"id": f"t{i}", "audio": "s.wav", "text": t, "azimuth_deg": None, "elevation_deg": None} for i, t in enumerate(texts)]
    pq.write_table(pa.Table.from_pylist(rows), folder / "m.parquet")
    return folder / "m.parquet"


def test_driver_joins_the_cluster_by_host_port(ray_cluster, tmp_path):
    manifest = write_job(tmp_path, n=4, texts=("a dog barking on my left",))
    out = tmp_path / "out"
    done = batch(ray_cluster, "submit", str(manifest), "--out", str(out), "--address", ray_cluster.address,
                 "--predict-actors", "2", "--no-progress", cwd=tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    # two actors would take both CPUs of the cluster and rendering would wait forever: scaled down, said so
    assert "--predict-actors 2 would leave no CPU of the cluster's 2 for rendering: using 1" in done.stderr
    table = read_results(str(out))
    assert table.num_rows == 5 and set(table["status"].to_pylist()) == {"ok"}
    by_id = {r["id"]: r for r in table.to_pylist()}
    assert "azimuth_deg" in by_id["t0"]["fields_from_model"]  # the model actor ran on the cluster
    assert "cluster                     2 node(s), CPU 2, no GPU; model on CPU, 1 actor(s)" in done.stdout
    assert (out / "ray.log").is_file() and f"Ray's own messages: {out / 'ray.log'}" in done.stdout
    assert f"where it stands: t2sa-batch status {out}" in done.stdout


def test_ray_job_resolves_relative_paths_where_the_command_ran(ray_cluster, tmp_path):
    write_job(tmp_path / "job", n=3)
    done = batch(ray_cluster, "submit", "job/m.parquet", "--hrtf", str(PULSE_SOFA), "--address",
                 ray_cluster.jobs_address, cwd=tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    out = tmp_path / "out" / "m"  # the default --out, next to where the command ran, not the head's folder
    assert f"job/m.parquet -> {tmp_path / 'job' / 'm.parquet'}" in done.stderr
    assert "entrypoint: python -m t2sa.cli.batch submit" in done.stderr
    assert f"results: {out} (where it stands: t2sa-batch status {out})" in done.stderr
    assert "t2sa-batch done" in done.stdout  # the job's own log, streamed back
    assert not (ray_cluster.head_cwd / "out").exists()
    table = read_results(str(out))
    assert table.num_rows == 3 and set(table["status"].to_pylist()) == {"ok"}
    assert set(table["hrtf"].to_pylist()) == {str(PULSE_SOFA)}
    status = batch(ray_cluster, "status", "out/m", cwd=tmp_path)
    assert status.returncode == 0 and "3 work rows recorded" in status.stdout


def test_object_storage_with_credentials_only_in_the_storage_settings(ray_cluster, s3, tmp_path):
    manifest = write_job(tmp_path, n=3)
    s3.put("job/m.parquet", manifest)
    s3.put("job/s.wav", tmp_path / "s.wav")  # the manifest's relative audio path, next to it
    sofa = s3.put("hrtf/pulse.sofa", PULSE_SOFA)
    out = f"s3://{s3.bucket}/out/run1"
    env = ray_cluster.env()  # no AWS_* variable: neither this process nor the cluster has credentials
    assert not any(k.startswith("AWS_ACCESS") or k.startswith("AWS_SECRET") for k in env)
    done = batch(ray_cluster, "submit", f"s3://{s3.bucket}/job/m.parquet", "--out", out, "--hrtf", sofa,
                 "--address", ray_cluster.address, "--no-progress", *s3.options(), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr + done.stdout
    keys = s3.keys("out/run1/")
    assert {f"out/run1/audio/binaural-pulse/d{i}.wav" for i in range(3)} <= set(keys)
    assert "out/run1/ray.log" in keys and "out/run1/job.json" in keys
    for key in keys:  # job.json, results, metrics, Ray's log: no secret anywhere
        assert s3.secret.encode() not in s3.read(key), key
    assert s3.secret not in done.stdout + done.stderr
    assert s3.secret not in json.dumps(json.loads(s3.read("out/run1/job.json")))
    status = batch(ray_cluster, "status", out, *s3.options(), cwd=tmp_path, env=env)
    assert status.returncode == 0, status.stderr
    assert "3 work rows recorded" in status.stdout and "binaural  pulse" in status.stdout
    # the same as a Ray Job: the settings travel in the job's runtime_env, never in its command line
    job_out = f"s3://{s3.bucket}/out/run2"
    done = batch(ray_cluster, "submit", f"s3://{s3.bucket}/job/m.parquet", "--out", job_out, "--hrtf", sofa,
                 "--address", ray_cluster.jobs_address, *s3.options(), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr + done.stdout
    assert s3.secret not in done.stdout + done.stderr and "rendered ok                            3" in done.stdout
    assert {f"out/run2/audio/binaural-pulse/d{i}.wav" for i in range(3)} <= set(s3.keys("out/run2/"))


def test_gpu_asked_on_a_cluster_without_one_is_refused_before_any_row(ray_cluster, tmp_path):
    manifest = write_job(tmp_path, n=1, texts=("a bird sings above me",))
    out = tmp_path / "out"
    done = batch(ray_cluster, "submit", str(manifest), "--out", str(out), "--address", ray_cluster.address,
                 "--model-device", "gpu", "--no-progress", cwd=tmp_path)
    assert done.returncode == 2, done.stderr + done.stdout
    assert done.stderr.strip().splitlines()[-1] == (
        "error: --model-device gpu: the cluster has no GPU (2 node(s), CPU 2, no GPU) and no autoscaler that "
        "could add one; use --model-device auto or cpu, or add a GPU node (ray start --num-gpus N)"
    )
    assert not (out / "audio").exists()


WAITING_PROBE = """
import sys, time
import ray
from t2sa.batch.cluster import RunWatch
ray.init(address=sys.argv[1], logging_level="ERROR", log_to_driver=False)

@ray.remote(num_gpus=1, num_cpus=1)
class Model:
    def ping(self):
        return 1

pending = Model.remote()  # no GPU anywhere: it can never start
said = []
watch = RunWatch(stall_s=2, echo=said.append)
watch.start()
deadline = time.monotonic() + 60
while not any("GPU" in s for s in said) and time.monotonic() < deadline:
    time.sleep(0.5)
watch.stop()
print(said[-1] if said else "nothing said")
"""


def test_watchdog_names_the_resources_a_stalled_job_waits_for(ray_cluster, tmp_path):
    done = subprocess.run([sys.executable, "-c", WAITING_PROBE, ray_cluster.address], env=ray_cluster.env(),
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("t2sa-batch: no progress for") and "waiting for resources" in line
    assert "'GPU': 1.0" in line and "GPU" in line.split("cluster:", 1)[1]
