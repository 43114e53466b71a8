"""Cluster settings without a cluster: addresses, storage settings, Ray Job requests, missing extras,
what the model stage may ask of a cluster, the watchdog and where Ray's output goes."""

from __future__ import annotations

import json
import os
import shlex
import time

import click
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from t2sa.batch import cluster, ray_submit
from t2sa.batch.cluster import ClusterInfo, RunWatch, plan_model_stage
from t2sa.cli.batch import main, submit_command
from t2sa.cli.common import guarded
from t2sa.errors import InputError, MissingExtraError


# -- addresses ---------------------------------------------------------------------------------
def test_address_kinds_and_ray_client_refused_with_the_alternatives():
    assert cluster.address_kind(None) == "local"
    assert cluster.address_kind("auto") == "cluster"
    assert cluster.address_kind("10.0.0.5:6379") == "cluster"
    assert cluster.address_kind("head-node.internal:6379") == "cluster"
    assert cluster.address_kind("http://head:8265") == "jobs"
    with pytest.raises(InputError) as err:
        cluster.address_kind("ray://head:10001")
    assert "http://HEAD:8265" in str(err.value) and "--address auto" in str(err.value)
    with pytest.raises(InputError, match="expected auto, HOST:PORT"):
        cluster.address_kind("head")


def test_ray_client_address_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["submit", str(tmp_path / "m.parquet"), "--address", "ray://head:10001"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: --address ray://head:10001: Ray Client")


def test_token_authentication_failure_says_what_to_set():
    cause = RuntimeError("ray.exceptions.AuthenticationError: RPC error: InvalidAuthToken: token is missing")
    try:
        raise ConnectionError("Failed to connect to Ray cluster at 127.0.0.1:6379") from cause
    except ConnectionError as exc:
        err = cluster.connect_error("127.0.0.1:6379", exc)
    assert isinstance(err, InputError) and "RAY_AUTH_MODE=token" in str(err)


# -- storage settings ----------------------------------------------------------------------------
def test_storage_options_become_the_variables_every_client_reads():
    env = cluster.storage_env(
        [
            "endpoint_url=http://127.0.0.1:9000",
            "region=eu-west-1",
            "key=AKIAEXAMPLE",
            "secret=s3cr3t=with=equals",
            "gcs.project=my-project",
            "AWS_CA_BUNDLE=/etc/ca.pem",
        ]
    )
    assert env == {
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9000",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_REGION": "eu-west-1",
        "AWS_ACCESS_KEY_ID": "AKIAEXAMPLE",
        "AWS_SECRET_ACCESS_KEY": "s3cr3t=with=equals",
        "FSSPEC_GCS_PROJECT": "my-project",
        "AWS_CA_BUNDLE": "/etc/ca.pem",
    }
    assert cluster.storage_env_for_workers({"AWS_REGION": "x", "HOME": "/root", "FSSPEC_S3_ANON": "1"}) == {
        "AWS_REGION": "x",
        "FSSPEC_S3_ANON": "1",
    }


def test_bad_storage_option_is_refused_without_echoing_its_value():
    with pytest.raises(InputError, match="unknown setting") as err:
        cluster.storage_env(["password=hunter2hunter2"])
    assert "hunter2" not in str(err.value)
    with pytest.raises(InputError, match="expected KEY=VALUE"):
        cluster.storage_env(["endpoint_url"])


def test_fsspec_arguments_apply_in_this_process(monkeypatch):
    import fsspec.config

    monkeypatch.setattr(fsspec.config, "conf", {})
    monkeypatch.setattr(os, "environ", dict(os.environ))
    cluster.apply_storage_env(cluster.storage_env(["memory.t2sa_probe=yes"]))
    assert fsspec.config.conf["memory"]["t2sa_probe"] == "yes"
    assert os.environ["FSSPEC_MEMORY_T2SA_PROBE"] == "yes"


def test_redact_hides_secret_values_only():
    env = {"AWS_SECRET_ACCESS_KEY": "abcd1234secret", "AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "AKIAXYZ"}
    text = cluster.redact("key AKIAXYZ secret abcd1234secret region eu-west-1", env)
    assert text == "key *** secret *** region eu-west-1"


# -- Ray Job requests ----------------------------------------------------------------------------
def _params(manifest: str, **given):
    ctx = submit_command.make_context("submit", [manifest], resilient_parsing=True)
    params = {**ctx.params, **given}
    return params


def test_ray_job_request_makes_paths_absolute_and_keeps_secrets_out_of_the_command(tmp_path):
    params = _params(
        "data/m.parquet",
        formats=("foa", "binaural"),
        hrtfs=("default", "sofa/a.sofa", "s3://bucket/b.sofa"),
        overwrite=True,
        workers=3,
        storage_options=("secret=s3cr3t-value",),
        address="http://head:8265",
    )
    env = {"AWS_SECRET_ACCESS_KEY": "s3cr3t-value", "AWS_ENDPOINT_URL": "http://minio:9000"}
    request = ray_submit.build_request(params, submit_command, out="out/m", cwd=str(tmp_path), env=env)
    argv = shlex.split(request.entrypoint)
    assert argv[:4] == ["python", "-m", "t2sa.cli.batch", "submit"]
    assert argv[4] == str(tmp_path / "data" / "m.parquet")
    assert argv[argv.index("--out") + 1] == str(tmp_path / "out" / "m")  # the default, explicit
    hrtfs = [argv[i + 1] for i, a in enumerate(argv) if a == "--hrtf"]
    assert hrtfs == ["default", str(tmp_path / "sofa" / "a.sofa"), "s3://bucket/b.sofa"]
    assert [argv[i + 1] for i, a in enumerate(argv) if a == "--format"] == ["foa", "binaural"]
    assert "--overwrite" in argv and argv[argv.index("--workers") + 1] == "3"
    assert argv[-2:] == ["--address", "auto"] and "--no-progress" in argv
    assert "s3cr3t" not in request.entrypoint and "--storage-option" not in argv
    assert request.runtime_env["env_vars"] == env
    (module,) = request.runtime_env["py_modules"]
    assert os.path.isfile(os.path.join(module, "cli", "batch.py"))  # this t2sa travels with the job
    assert request.out == str(tmp_path / "out" / "m")
    assert any("relative paths made absolute" in n and "data/m.parquet ->" in n for n in request.notes)


def test_ray_job_request_makes_layout_files_absolute_like_other_paths(tmp_path):
    params = _params("/data/m.parquet", formats=("binaural", "layout:rigs/studio.json", "layout:/etc/t2sa/dome.json"))
    request = ray_submit.build_request(params, submit_command, out="/data/out", cwd=str(tmp_path), env={})
    argv = shlex.split(request.entrypoint)
    formats = [argv[i + 1] for i, a in enumerate(argv) if a == "--format"]
    assert formats == ["binaural", f"layout:{tmp_path / 'rigs' / 'studio.json'}", "layout:/etc/t2sa/dome.json"]
    assert any(f"layout:rigs/studio.json -> layout:{tmp_path / 'rigs' / 'studio.json'}" in n for n in request.notes)
    assert any(str(tmp_path / "rigs" / "studio.json") in n and "local path(s)" in n for n in request.notes)


def test_ray_job_waits_and_reports_where_the_results_are():
    calls = {}

    class Client:
        def submit_job(self, entrypoint, runtime_env=None, metadata=None):
            calls["runtime_env"] = runtime_env
            return "raysubmit_1"

        def get_job_status(self, job_id):
            return "FAILED"

        def get_job_logs(self, job_id):
            return "error: bad manifest\n"

        def get_job_info(self, job_id):
            return type("Info", (), {"driver_exit_code": 2})()

    said: list[str] = []
    request = ray_submit.JobRequest("python -m t2sa.cli.batch submit m", {"env_vars": {"A": "1"}}, "s3://b/out")
    code = ray_submit.submit("http://head:8265", request, client=Client(), echo=said.append, poll_s=0)
    assert code == 2  # the driver's own exit status: nothing was started
    assert any("results: s3://b/out" in s and "t2sa-batch status s3://b/out" in s for s in said)


def test_no_jobs_api_is_one_line_naming_the_extra():
    from support.cluster import free_port

    with pytest.raises(InputError, match=r"ray\[default\]"):
        ray_submit.jobs_client(f"http://127.0.0.1:{free_port()}")


def test_a_port_holding_401_is_not_read_as_a_token_refusal(monkeypatch):
    # CI once drew free port 54015: Ray's "cannot connect to http://127.0.0.1:54015" read as HTTP 401
    def refuse(address):
        raise ConnectionError(f"Failed to connect to Ray at address: {address}.")

    monkeypatch.setattr(cluster, "require_jobs_client", lambda: refuse)
    with pytest.raises(InputError, match=r"no Ray Jobs API there.*ray\[default\]"):
        ray_submit.jobs_client("http://127.0.0.1:54015")

    def unauthorized(address):
        raise RuntimeError("Request failed with status code 401: Unauthorized")

    monkeypatch.setattr(cluster, "require_jobs_client", lambda: unauthorized)
    with pytest.raises(InputError, match="token authentication"):
        ray_submit.jobs_client("http://127.0.0.1:54015")


# -- missing extras ------------------------------------------------------------------------------
def test_missing_s3fs_is_one_line_naming_the_extra(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "s3fs" else real(name, *a))
    result = CliRunner().invoke(main, ["submit", "s3://bucket/m.parquet", "--out", "s3://bucket/out", "--no-ray"])
    assert result.exit_code == 2, result.output
    assert result.stderr == 'error: s3:// URIs (s3://bucket/m.parquet) need the "cluster" extra (s3fs is not installed): pip install "t2sa[cluster]"\n'


def test_import_error_of_an_optional_back_end_is_one_line():
    @click.command()
    @guarded
    def cmd() -> None:
        raise ImportError("Install s3fs to access S3")

    result = CliRunner().invoke(cmd, [])
    assert result.exit_code == 2
    assert result.stderr.strip() == 'error: s3:// URIs need the "cluster" extra (s3fs is not installed): pip install "t2sa[cluster]"'
    assert MissingExtraError.from_import(ImportError("No module named 'numpy'")) is None


def test_the_extras_are_declared():
    from pathlib import Path

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    extras = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    assert any(d.startswith("ray[default") for d in extras["cluster"]) and any(d.startswith("s3fs") for d in extras["cluster"])
    assert any(d.startswith("gcsfs") for d in extras["gcs"])
    assert "t2sa[cluster]" in extras["test"] and any(d.startswith("moto[server]") for d in extras["test"])


# -- what the model stage may ask for --------------------------------------------------------------
def _plan(info, **kw):
    args = {"device": "auto", "predict_actors": None, "on_cluster": True, "block_rows": 16, "todo": 100_000, "workers": 8}
    return plan_model_stage(info, **{**args, **kw})


def test_gpu_asked_on_a_cluster_without_gpu_or_autoscaler_is_refused():
    with pytest.raises(InputError, match="--model-device gpu: the cluster has no GPU"):
        _plan(ClusterInfo(cpus=8, nodes=2), device="gpu")
    with pytest.raises(InputError, match="no autoscaler"):
        _plan(ClusterInfo(cpus=8, nodes=2, autoscaler=True, max_gpus=0), device="gpu")


def test_gpu_pool_grows_with_the_gpus_the_autoscaler_may_add():
    stage = _plan(ClusterInfo(cpus=8, nodes=2, autoscaler=True, max_gpus=4), device="gpu")
    assert (stage.use_gpu, stage.min_actors, stage.max_actors) == (True, 1, 4)
    assert stage.ray_args() == {"num_cpus": 1.0, "num_gpus": 1} and stage.notes
    now = _plan(ClusterInfo(cpus=8, gpus=2, nodes=3))
    assert (now.use_gpu, now.min_actors, now.max_actors) == (True, 1, 2)
    assert now.batch_rows >= 256  # hundreds of texts per GPU call on a big job
    small = _plan(ClusterInfo(cpus=8, gpus=2, nodes=3), todo=40)
    assert small.batch_rows == 16  # a small job still spreads over the render workers


def test_model_actors_never_take_every_cpu():
    stage = _plan(ClusterInfo(cpus=2, nodes=2), predict_actors=2)
    assert (stage.min_actors, stage.max_actors, stage.actor_cpus) == (1, 1, 1.0)
    assert "using 1" in stage.notes[0]
    with pytest.raises(InputError, match="need at least 2"):
        _plan(ClusterInfo(cpus=1, nodes=1))
    local = _plan(ClusterInfo(cpus=2, nodes=1), on_cluster=False, predict_actors=2)
    assert (local.max_actors, local.actor_cpus, local.notes) == (2, 0.0, [])  # in-process: no CPU slot


# -- watching a run ----------------------------------------------------------------------------------
def test_watchdog_says_what_the_job_waits_for_when_nothing_finishes():
    said: list[str] = []
    watch = RunWatch(stall_s=0.3, echo=said.append)
    watch.start()
    time.sleep(1.2)
    watch.stop()
    assert said and said[0].startswith("t2sa-batch: no progress for") and ": waiting" in said[0]
    assert watch.stalls == len(said)
    quiet: list[str] = []
    busy = RunWatch(stall_s=0.5, echo=quiet.append)
    busy.start()
    for _ in range(10):
        busy.progress(1)
        time.sleep(0.1)
    busy.stop()
    assert quiet == []


def test_ray_output_goes_to_the_log_and_our_lines_to_the_terminal(tmp_path, capfd):
    watch = RunWatch(stall_s=0)
    watch.open(str(tmp_path))
    os.write(2, b"[raylet] worker died\n")
    os.write(1, b"(raylet) Task failed, retrying\n")
    watch.say("t2sa-batch: a line for the user")
    watch.close()
    os.write(2, b"after\n")
    captured = capfd.readouterr()
    assert "a line for the user" in captured.err and "after" in captured.err
    assert "worker died" not in captured.err + captured.out and "retrying" not in captured.out
    log = (tmp_path / "ray.log").read_text()
    assert "worker died" in log and "Task failed, retrying" in log
    assert f"  Ray's own messages: {tmp_path / 'ray.log'}" in watch.report()


def test_no_ray_run_writes_no_ray_log(tmp_path):
    rows = [{"id": "a", "audio": "missing.wav", "azimuth_deg": 0.0, "elevation_deg": 0.0}]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    result = CliRunner().invoke(
        main, ["submit", str(tmp_path / "m.parquet"), "--out", str(tmp_path / "out"), "--no-ray", "--max-error-rate", "1"]
    )
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "out" / "ray.log").exists()
    assert json.loads((tmp_path / "out" / "job.json").read_text())["use_ray"] is False


def test_stated_timings_get_the_length_of_remote_audio_from_its_header():
    import uuid

    import fsspec
    import numpy as np
    import soundfile as sf

    from t2sa.batch.predict import clip_duration

    uri = f"memory://t2sa-dur-{uuid.uuid4().hex[:8]}/clip.wav"
    with fsspec.open(uri, "wb") as fh:
        sf.write(fh, np.zeros(24000, dtype=np.float32), 16000, format="WAV")
    assert clip_duration(uri) == pytest.approx(1.5)
    assert clip_duration(uri.replace("clip", "missing")) is None


# -- the device the model runs on is part of text rows' content keys --------------------------------
def test_text_rows_are_keyed_by_the_device_class_of_the_model(tmp_path):
    import numpy as np
    import soundfile as sf

    from t2sa.batch import identity
    from t2sa.batch.pipeline import JobConfig, _read_units, iter_work, prepare

    assert identity.device_class("cuda:1") == identity.device_class("gpu") == "cuda"
    assert identity.device_class(None) == identity.device_class("cpu") == "cpu"
    assert cluster.model_device_class("gpu", None) == "cuda" and cluster.model_device_class("cpu", "auto") == "cpu"
    sf.write(tmp_path / "s.wav", np.zeros(1600, dtype=np.float32), 16000)
    rows = [
        {"id": "t", "audio": "s.wav", "text": "a dog barking on my left", "azimuth_deg": None, "elevation_deg": None},
        {"id": "d", "audio": "s.wav", "text": None, "azimuth_deg": 30.0, "elevation_deg": 0.0},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet")
    keys, devices = {}, {}
    for device in ("cpu", "gpu"):
        job = prepare(JobConfig(manifest=str(tmp_path / "m.parquet"), out=str(tmp_path / "out"), model_device=device))
        try:
            work = pa.concat_tables(list(iter_work(job.files, job.plan, _read_units(job), job.state.done, 16)))
            keys[device] = dict(zip(work["id"].to_pylist(), work["content_key"].to_pylist(), strict=True))
            devices[device] = job.model_device  # what the run will load the model on
        finally:
            job.release()
    assert devices == {"cpu": "cpu", "gpu": "cuda"}
    assert keys["cpu"]["t"] != keys["gpu"]["t"]  # GPU answers are not bitwise CPU answers: rendered again
    assert keys["cpu"]["d"] == keys["gpu"]["d"]  # a row that gives its direction does not use the model


# -- [storage] in job files ------------------------------------------------------------------------
STORAGE_JOB = """
[job]
kind = "render"
out = "out"
manifest = "s3://bucket/job/m.parquet"
hrtfs = ["s3://bucket/hrtf/a.sofa", "sofa/b.sofa"]

[storage]
endpoint_url = "http://127.0.0.1:9000"
region = "eu-west-1"
key = "AKIAEXAMPLE"
secret = "${T2SA_TEST_STORAGE_SECRET}"
AWS_CA_BUNDLE = "/etc/ca.pem"

[storage.s3]
requester_pays = true
"""


def test_job_file_storage_table_gives_the_same_settings_as_storage_options(tmp_path, monkeypatch):
    from t2sa.errors import StudyError
    from t2sa.studies.spec import load_job

    monkeypatch.setenv("T2SA_TEST_STORAGE_SECRET", "s3cr3t-from-the-environment")
    job = tmp_path / "job.toml"
    job.write_text(STORAGE_JOB)
    spec = load_job(job)
    assert spec.storage == cluster.storage_env(
        ["endpoint_url=http://127.0.0.1:9000", "region=eu-west-1", "key=AKIAEXAMPLE",
         "secret=s3cr3t-from-the-environment", "AWS_CA_BUNDLE=/etc/ca.pem", "s3.requester_pays=true"]
    )
    assert spec.manifest == "s3://bucket/job/m.parquet"  # URIs stay URIs, local paths are made absolute
    assert spec.hrtfs == ["s3://bucket/hrtf/a.sofa", str(tmp_path / "sofa" / "b.sofa")]
    assert "s3cr3t" not in repr(spec)
    for table, needle in (
        ('[storage]\npassword = "hunter2hunter2"', "[storage] password: unknown setting"),
        ('[storage]\nsecret = ["hunter2hunter2"]', "[storage] secret: expected a string, number or true/false"),
        ('[storage]\nsecret = "${T2SA_NO_SUCH_VARIABLE}"', "T2SA_NO_SUCH_VARIABLE} is not set"),
    ):
        job.write_text(STORAGE_JOB.split("[storage]")[0] + table + "\n")
        with pytest.raises(StudyError) as err:
            load_job(job)
        assert needle in str(err.value) and "hunter2" not in str(err.value)
    job.write_text(STORAGE_JOB.replace('out = "out"', 'out = "s3://bucket/out"'))
    with pytest.raises(StudyError, match="local folder"):
        load_job(job)
