"""t2sa-batch against a real Ray cluster: a head with the dashboard and one worker node started with
``ray start`` (token authentication on, as Ray 2.60 sets it up), and an S3 server (moto), all on
loopback. The commands run as users run them, in their own processes."""

from __future__ import annotations

import contextlib
import io
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


def test_job_file_storage_table_reaches_the_driver_and_every_worker(ray_cluster, s3, tmp_path):
    manifest = write_job(tmp_path / "data", n=3)
    s3.put("jobfile/m.parquet", manifest)
    s3.put("jobfile/s.wav", tmp_path / "data" / "s.wav")
    sofa = s3.put("jobfile/pulse.sofa", PULSE_SOFA)
    job = tmp_path / "job.toml"
    job.write_text(
        f"""[job]
kind = "render"
out = "out"
manifest = "s3://{s3.bucket}/jobfile/m.parquet"
hrtfs = ["{sofa}"]

[batch]
address = "{ray_cluster.address}"
progress = false
metrics = "basic"

[storage]
endpoint_url = "{s3.endpoint}"
region = "{s3.region}"
key = "{s3.key}"
secret = "${{T2SA_TEST_S3_SECRET}}"
"""
    )
    env = ray_cluster.env(T2SA_TEST_S3_SECRET=s3.secret)  # no AWS_* variable anywhere: only [storage]
    done = batch(ray_cluster, "run", str(job), cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr + done.stdout
    table = read_results(str(tmp_path / "out"))
    assert table.num_rows == 3 and set(table["status"].to_pylist()) == {"ok"}, table["error"].to_pylist()
    assert set(table["hrtf"].to_pylist()) == {sofa}  # the manifest, its audio and the HRTF read from S3
    assert s3.secret not in done.stdout + done.stderr
    for path in (tmp_path / "out").rglob("*"):  # job.json, results, Ray's log, the summary: no secret
        if path.is_file():
            assert s3.secret.encode() not in path.read_bytes(), path


def test_refused_credentials_are_error_rows_with_their_cause(ray_cluster, s3, tmp_path):
    write_job(tmp_path, n=2)
    uri = s3.put("refused/s.wav", tmp_path / "s.wav")
    rows = [{"id": f"r{i}", "audio": uri, "azimuth_deg": 30.0 * i, "elevation_deg": 0.0} for i in range(2)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "remote.parquet")
    out = tmp_path / "out"
    with s3.credentials_checked():  # the store now refuses the key the settings give
        done = batch(ray_cluster, "submit", "remote.parquet", "--out", str(out), "--address", ray_cluster.address,
                     "--no-progress", "--metrics", "none", *s3.options(), cwd=tmp_path)
    assert done.returncode == 1, done.stderr + done.stdout  # errors past --max-error-rate, not a crash
    table = read_results(str(out))
    assert table["status"].to_pylist() == ["error", "error"] and set(table["error_field"].to_pylist()) == {"audio"}
    for message in table["error"].to_pylist():
        assert f"audio file '{uri}': access denied (Forbidden); check the storage credentials" in message
    assert "errors                                 2" in done.stdout and "lost" not in done.stdout
    assert "access denied (Forbidden)" in done.stdout.split("first errors:", 1)[1]
    assert s3.secret not in done.stdout + done.stderr


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


RESOURCES_PROBE = "from t2sa.batch import cluster; print(cluster.cluster_resources('auto').get('CPU'))"


def test_the_device_question_reaches_a_token_cluster_as_ray_init_would(ray_cluster):
    """``--address auto`` with no RAY_AUTH_MODE set, as a user runs it after ``ray start``: the GCS is asked
    with the cluster's token, as ``ray.init("auto")`` would ask it. Unauthenticated, the question was refused
    and a cluster with GPUs looked like one without (the model then ran on the CPU of a GPU node)."""
    env = {k: v for k, v in ray_cluster.env(RAY_ADDRESS=ray_cluster.address).items() if k != "RAY_AUTH_MODE"}
    asked = subprocess.run([sys.executable, "-c", RESOURCES_PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert asked.returncode == 0, asked.stderr
    assert asked.stdout.strip() == "2.0", asked.stdout + asked.stderr  # both nodes' CPUs, so the GCS answered
    # an explicit address is Ray's other rule: the user sets RAY_AUTH_MODE=token, and the question then reaches it
    probe = RESOURCES_PROBE.replace("'auto'", repr(ray_cluster.address))
    asked = subprocess.run([sys.executable, "-c", probe], env=ray_cluster.env(), capture_output=True, text=True, timeout=120)
    assert asked.stdout.strip() == "2.0", asked.stdout + asked.stderr


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


def test_worker_node_killed_mid_job_is_named_in_the_summary(ray_cluster, tmp_path):
    """A third node joins, renders, and is killed (SIGKILL to its whole process group) while its rows are
    in flight: every id ends once, and the summary names the lost node and counts the retried tasks."""
    import os
    import signal
    import time

    extra = ray_cluster.add_worker()
    # 60 s rows: the job (about 20 s) outlasts the head declaring the killed node dead (5 s here); with 4 s rows it
    # once ended 2-3 s after the kill, before the node was known to be gone, and the summary could not name it
    sf.write(tmp_path / "s.wav", np.random.default_rng(7).standard_normal(60 * 24000) * 0.1, 24000)
    rows = [{"id": f"k{i:03d}", "audio": "s.wav", "azimuth_deg": float(i * 7), "elevation_deg": 0.0} for i in range(120)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    out = tmp_path / "out"
    job = subprocess.Popen(
        [sys.executable, "-m", "t2sa.cli.batch", "submit", "m.parquet", "--out", str(out), "--address",
         ray_cluster.address, "--rows-per-task", "4", "--no-progress"],
        cwd=tmp_path, env=ray_cluster.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    journal = out / ".t2sa" / "journal"

    def rendering_on_extra_node() -> bool:  # a row journaled by a worker process of the extra node
        for file in journal.rglob("*.jsonl") if journal.is_dir() else []:
            with contextlib.suppress(ValueError, OSError):
                if os.getsid(int(file.stem.rsplit("-", 1)[1])) == extra.pid:
                    return True
        return False

    deadline = time.monotonic() + 240
    while not rendering_on_extra_node() and job.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert job.poll() is None, "the job ended before the extra node rendered a row"
    ray_cluster.kill_node(extra)
    try:
        stdout, stderr = job.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        job.send_signal(signal.SIGINT)
        stdout, stderr = job.communicate(timeout=60)
        raise AssertionError(f"job did not end after the node was killed\n{stderr}\n{stdout}") from None
    assert job.returncode == 0, stderr + stdout
    table = read_results(str(out))
    assert sorted(table["id"].to_pylist()) == sorted(r["id"] for r in rows) and set(table["status"].to_pylist()) == {"ok"}
    lost = [line for line in stdout.splitlines() if line.strip().startswith("nodes lost during the run")]
    assert len(lost) == 1 and lost[0].split()[5] == "1" and "(127.0.0.1 (" in lost[0], stdout
    retried = [line for line in stdout.splitlines() if line.strip().startswith("tasks retried")]
    assert len(retried) == 1 and int(retried[0].split()[2]) >= 1 and "render_batch" in retried[0], stdout
    assert "node it was running on is dead" not in stdout + stderr  # Ray's own lines: in OUT/ray.log


def test_interrupted_job_on_object_storage_resumes_where_it_stopped(ray_cluster, s3, tmp_path):
    """Ctrl-C a cluster job that reads and writes S3 (credentials only in the storage options): it stops
    cleanly with no temporary object left; the same command again finishes the rest without rewriting any
    file the first run wrote, and every id is recorded once."""
    import signal
    import time

    sf.write(tmp_path / "s.wav", np.random.default_rng(11).standard_normal(72000) * 0.1, 24000)  # 3 s
    # enough rows that even a fast machine is still rendering when the first few objects appear
    rows = [{"id": f"r{i:03d}", "audio": "s.wav", "azimuth_deg": float(i * 1.5), "elevation_deg": 0.0, "wet": 0.5}
            for i in range(240)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    manifest = s3.put("resume/m.parquet", tmp_path / "m.parquet")
    s3.put("resume/s.wav", tmp_path / "s.wav")
    out = f"s3://{s3.bucket}/out/resume"
    argv = [sys.executable, "-m", "t2sa.cli.batch", "submit", manifest, "--out", out, "--address",
            ray_cluster.address, "--rows-per-task", "4", "--no-progress", *s3.options()]

    def audio_objects() -> dict[str, tuple[object, str]]:
        listing = s3.client().list_objects_v2(Bucket=s3.bucket, Prefix="out/resume/audio/")
        return {o["Key"]: (o["LastModified"], o["ETag"]) for o in listing.get("Contents", []) if o["Key"].endswith(".wav")}

    def recorded_outputs() -> set[str]:  # rows in results parts (the next submit also recovers journaled ones)
        parts = [k for k in s3.keys("out/resume/results/") if k.endswith(".parquet")]
        return {f"out/resume/{o}" for k in parts for o in pq.read_table(io.BytesIO(s3.read(k)))["output"].to_pylist()}

    first = subprocess.Popen(argv, cwd=tmp_path, env=ray_cluster.env(), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while len(audio_objects()) < 4 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert first.poll() is None, "the job ended before it could be interrupted"
    first.send_signal(signal.SIGINT)
    stdout, stderr = first.communicate(timeout=120)
    assert first.returncode == 130, stderr + stdout
    assert "submit the same command again to continue" in stderr
    assert not [k for k in s3.keys("out/resume/") if ".tmp" in k]  # no half-written object left behind
    written, recorded = audio_objects(), recorded_outputs()
    assert 0 < len(written) < len(rows) and recorded <= set(written)

    done = subprocess.run(argv, cwd=tmp_path, env=ray_cluster.env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr + done.stdout
    after = audio_objects()
    assert len(after) == len(rows)
    assert all(after[k] == written[k] for k in recorded)  # nothing recorded as done was written again
    rewritten = [k for k in written if after[k][0] != written[k][0]]
    assert len(rewritten) <= 8  # at most the rows in flight (2 workers x 4 rows per task) are redone ...
    assert all(after[k][1] == written[k][1] for k in written)  # ... and they come out byte for byte the same
    status = batch(ray_cluster, "status", out, *s3.options(), cwd=tmp_path)
    assert status.returncode == 0 and f"{len(rows)} work rows recorded" in status.stdout, status.stdout
    assert not [k for k in s3.keys("out/resume/") if ".tmp" in k]
