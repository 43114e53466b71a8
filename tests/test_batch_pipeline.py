"""The batch engine on Ray (one in-process Ray session for the module): bad rows, sweeps, a worker
killed mid-job, identical outputs for any worker count, interrupt + resume, URIs, Ray Jobs, the demo."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.batch import ray_submit
from t2sa.batch.identity import seed_for
from t2sa.batch.pipeline import JobConfig, run_job
from t2sa.batch.rendering import Backend
from t2sa.batch.results import list_parts, read_results
from t2sa.cli.batch import main

ROOT = Path(__file__).resolve().parents[1]
HRTF = HRTF_DIR


@pytest.fixture(scope="module")
def ray_address():
    import ray

    from t2sa.batch.pipeline import start_ray

    started = start_ray(None, 2)
    yield ray.get_runtime_context().gcs_address
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def sounds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sounds")
    rng = np.random.default_rng(3)
    for i in range(3):
        sf.write(folder / f"s{i}.wav", rng.standard_normal(16000 + 4000 * i) * 0.1, 16000, subtype="PCM_16")
    (folder / "garbage.wav").write_bytes(rng.bytes(3000))
    return folder


def _manifest(path: Path, rows: list[dict]) -> str:
    columns = list(dict.fromkeys(k for r in rows for k in r))  # from_pylist would take the first row's keys
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]), path)
    return str(path)


def _direction_rows(n: int, sounds: Path, **extra) -> list[dict]:
    return [
        {
            "id": f"r{i:03d}",
            "audio": str(sounds / f"s{i % 3}.wav"),
            "azimuth_deg": float(i * 37 % 360 - 180),
            "elevation_deg": float(i * 11 % 60 - 20),
            **extra,
        }
        for i in range(n)
    ]


def _part_keys(out: Path | str) -> list[str]:
    return [k for p in list_parts(str(out)) for k in pq.read_table(p, columns=["key"])["key"].to_pylist()]


def test_bad_rows_become_error_rows_and_the_rest_renders(ray_address, sounds, tmp_path):
    rows = _direction_rows(8, sounds)
    bad = {
        "missing": {"audio": str(sounds / "missing.wav")},
        "garbage": {"audio": str(sounds / "garbage.wav")},
        "notext": {"azimuth_deg": None, "elevation_deg": None, "text": ""},
        "nan": {"azimuth_deg": float("nan")},
        "sofa": {"hrtf": str(HRTF / "bad" / "fail-issue-130.sofa")},
        "escape": {"output": "../../escaped.wav"},
        "range": {"elevation_deg": 100.0},
    }
    for name, cells in bad.items():
        rows.append({**_direction_rows(1, sounds)[0], "id": name, "text": "", **cells})
    for r in rows:
        r.setdefault("text", None)
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["submit", manifest, "--out", str(out), "--no-progress"])
    assert result.exit_code == 1, result.output  # 7 errors > --max-error-rate 0
    assert "15 manifest rows -> 15 work rows" in result.stderr
    assert re.search(r"rendered ok +8\n", result.stdout) and re.search(r"errors +7\n", result.stdout)
    assert f"results: {out / 'results'}" in result.stdout
    assert "error rate 46.67% > --max-error-rate 0.00%" in result.stderr

    table = read_results(str(out))
    assert sorted(table["id"].to_pylist()) == sorted(r["id"] for r in rows)  # every id exactly once
    by_id = {r["id"]: r for r in table.to_pylist()}
    expect = {
        "missing": ("audio", "not found"),
        "garbage": ("audio", "cannot be read"),
        "notext": ("text", "empty text"),
        "nan": ("azimuth_deg", "NaN"),
        "sofa": ("hrtf", "fail-issue-130.sofa"),
        "escape": ("output", "escapes"),
        "range": ("elevation_deg", "out of range"),
    }
    for name, (field, needle) in expect.items():
        r = by_id[name]
        assert r["status"] == "error" and r["error_field"] == field and needle in r["error"], r
    for r in table.to_pylist():
        if r["status"] == "ok":
            assert (out / r["output"]).is_file() and r["duration_s"] > 0
    assert not (tmp_path / "escaped.wav").exists()

    again = runner.invoke(main, ["submit", manifest, "--out", str(out), "--no-progress", "--max-error-rate", "0.5"])
    assert again.exit_code == 0, again.output
    assert "8 already done, 7 to render" in again.stderr  # only the errors are tried again
    assert sorted(_part_keys(out)) == sorted(table["key"].to_pylist())  # superseded error rows were removed

    status = runner.invoke(main, ["status", str(out)])
    assert status.exit_code == 0
    assert "15 work rows recorded" in status.output and re.search(r"binaural +default +error +6\n", status.output)
    assert re.search(r"binaural +fail-issue-130 +error +1\n", status.output)
    assert "last runs:" in status.output


def test_cross_hrtf_sweep_renders_every_combination(ray_address, sounds, tmp_path):
    manifest = _manifest(tmp_path / "m.parquet", _direction_rows(3, sounds))
    pulse, kemar = str(HRTF / "Pulse.sofa"), str(HRTF / "MIT_KEMAR_normal_pinna.sofa")
    stats = run_job(
        JobConfig(
            manifest=manifest,
            out=str(tmp_path / "out"),
            formats=("binaural", "foa"),
            hrtfs=("default", pulse, kemar),
            progress=False,
            address=ray_address,
        )
    )
    assert (stats.total, stats.ok, stats.error) == (12, 12, 0)
    table = read_results(str(tmp_path / "out"))
    combos = {(r["format"], r["hrtf"]) for r in table.to_pylist()}
    assert combos == {("binaural", "default"), ("binaural", pulse), ("binaural", kemar), ("foa", None)}
    for r in table.to_pylist():
        assert (tmp_path / "out" / r["output"]).is_file()
        if r["hrtf"] == pulse:
            assert abs(r["itd_s"]) < 1e-5 and abs(r["ild_db"]) < 0.1  # the pulse HRTF has no cues
        if r["format"] == "foa":
            assert r["direction_error_deg"] < 3
    metrics = pq.read_table(tmp_path / "out" / "metrics.parquet").to_pylist()
    assert metrics[-1]["ok"] == 12 and metrics[-1]["rows_per_s"] > 0 and metrics[-1]["render_s"] > 0


def test_worker_killed_mid_job_is_retried_and_every_id_appears_once(ray_address, sounds, tmp_path):
    rows = _direction_rows(12, sounds)
    manifest = _manifest(tmp_path / "m.parquet", rows)
    sentinel = tmp_path / "killed"
    victim = seed_for("r005|binaural|default")

    def render_or_die(source, out_path, sr, params, *, seed, **kw):
        from t2sa.render import render_to_file

        if seed == victim and not os.path.exists(sentinel):
            open(sentinel, "w").write(str(os.getpid()))
            os._exit(1)  # the worker process dies mid-task, like an OOM kill
        return render_to_file(source, out_path, sr, params, seed=seed, **kw)

    out = tmp_path / "out"
    stats = run_job(
        JobConfig(manifest=manifest, out=str(out), progress=False, rows_per_task=2, workers=2),
        backend=Backend(render_to_file=render_or_die),
    )
    assert sentinel.exists()
    assert (stats.ok, stats.error, stats.lost) == (12, 0, 0)
    keys = _part_keys(out)
    assert sorted(keys) == sorted(f"{r['id']}|binaural|default" for r in rows)  # exactly once, even in raw parts
    table = read_results(str(out))
    victim_row = table.filter(pc.equal(table["id"], "r005")).to_pylist()[0]
    assert victim_row["worker"].split(":")[1] != sentinel.read_text()  # rendered again by another process
    assert sf.info(out / victim_row["output"]).duration > 0.9


def test_outputs_are_bit_identical_whatever_the_number_of_workers(ray_address, sounds, tmp_path):
    rows = _direction_rows(6, sounds, spread_deg=40.0, wet=0.6, rt60_s=0.4)
    manifest = _manifest(tmp_path / "m.parquet", rows)
    runs = {
        "w1": JobConfig(manifest=manifest, out=str(tmp_path / "w1"), workers=1, rows_per_task=6, progress=False),
        "w2": JobConfig(manifest=manifest, out=str(tmp_path / "w2"), workers=2, rows_per_task=1, progress=False),
        "local": JobConfig(manifest=manifest, out=str(tmp_path / "local"), use_ray=False, progress=False),
    }
    for config in runs.values():
        assert run_job(config).ok == 6
    for r in rows:
        rel = Path("audio") / "binaural-default" / f"{r['id']}.wav"
        data = {name: (tmp_path / name / rel).read_bytes() for name in runs}
        assert data["w1"] == data["w2"] == data["local"]


def _submit_process(manifest: str, out: Path, address: str) -> subprocess.Popen:
    cmd = [
        sys.executable,
        "-m",
        "t2sa.cli.batch",
        "submit",
        manifest,
        "--out",
        str(out),
        "--address",
        address,
        "--workers",
        "1",
        "--rows-per-task",
        "2",
        "--part-rows",
        "2",
        "--no-progress",
    ]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _rendered_parts(out: Path) -> int:
    """Parts written by rendering (not the ones a submit writes from a killed run's journal as it starts)."""
    return sum(1 for p in list_parts(str(out)) if "-journal" not in p)


def _wait_for_parts(out: Path, n: int, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if _rendered_parts(out) >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"submit ended early: {proc.communicate()}")
        time.sleep(0.1)
    raise AssertionError("no results parts appeared")


def test_interrupted_job_resumes_without_rendering_anything_twice(ray_address, sounds, tmp_path):
    rows = _direction_rows(200, sounds, wet=0.5)  # long enough that no run ends before it is stopped
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"

    first = _submit_process(manifest, out, ray_address)
    _wait_for_parts(out, 1, first)
    first.send_signal(signal.SIGINT)  # Ctrl-C
    stdout, err = first.communicate(timeout=60)
    assert first.returncode == 130, stdout + err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert "submit the same command again to continue" in err
    assert pq.read_table(out / "metrics.parquet").to_pylist()[-1]["interrupted"] is True

    second = _submit_process(manifest, out, ray_address)
    n_before = _rendered_parts(out)
    _wait_for_parts(out, n_before + 1, second)
    second.terminate()  # SIGTERM (plain `kill`): also flushes and stops cleanly
    stdout, err = second.communicate(timeout=60)
    assert second.returncode == 130, stdout + err
    # Ray Data's executor is stopped before Ray is: no "Exception ignored in <generator _ray_stream>" traceback,
    # no abort at exit (which once turned this 130 into -6)
    assert "Traceback" not in err and "Exception ignored" not in err, err

    third = _submit_process(manifest, out, ray_address)
    n_before = _rendered_parts(out)
    _wait_for_parts(out, n_before + 2, third)
    third.kill()  # SIGKILL: no chance to flush
    third.wait(timeout=30)

    done_before = read_results(str(out))
    assert 0 < done_before.num_rows < len(rows)
    assert set(done_before["status"].to_pylist()) == {"ok"}
    stamps = {r["output"]: os.stat(out / r["output"]).st_mtime_ns for r in done_before.to_pylist()}
    log = tmp_path / "rendered.log"
    keys = {seed_for(f"{r['id']}|binaural|default"): f"{r['id']}|binaural|default" for r in rows}

    def counting_render(source, out_path, sr, params, *, seed, **kw):
        from t2sa.render import render_to_file

        with open(log, "a") as f:
            f.write(keys[seed] + "\n")
        return render_to_file(source, out_path, sr, params, seed=seed, **kw)

    stats = run_job(
        JobConfig(manifest=manifest, out=str(out), progress=False), backend=Backend(render_to_file=counting_render)
    )
    # rows the killed run finished but never recorded come back from its journal, not from a render
    assert stats.skipped == done_before.num_rows + stats.recovered
    assert stats.ok == len(rows) - stats.skipped
    rendered = log.read_text().split()
    assert len(rendered) == len(set(rendered)) == stats.ok
    assert not set(rendered) & set(done_before["key"].to_pylist())  # nothing done was rendered again
    assert all(os.stat(out / o).st_mtime_ns == t for o, t in stamps.items())
    final = read_results(str(out))
    assert sorted(final["id"].to_pylist()) == sorted(r["id"] for r in rows)
    assert set(final["status"].to_pylist()) == {"ok"}
    assert sorted(_part_keys(out)) == sorted(final["key"].to_pylist())  # no key recorded twice


def test_resume_redoes_errors_and_deleted_files_over_uris(ray_address, sounds, tmp_path):
    late = tmp_path / "late.wav"
    rows = _direction_rows(4, sounds) + [{**_direction_rows(1, sounds)[0], "id": "late", "audio": "late.wav"}]
    manifest = _manifest(tmp_path / "m.parquet", rows)  # 'late.wav' is relative to the manifest's folder
    uri_manifest, uri_out = f"file://{manifest}", f"file://{tmp_path / 'out'}"
    config = JobConfig(manifest=uri_manifest, out=uri_out, progress=False)
    first = run_job(config)
    assert (first.ok, first.error) == (4, 1)

    sf.write(late, np.zeros(8000), 16000)  # the missing sound appears
    (tmp_path / "out" / "audio" / "binaural-default" / "r002.wav").unlink()  # and a finished file is lost
    log = tmp_path / "rendered.log"

    def counting_render(source, out_path, sr, params, *, seed, **kw):
        from t2sa.render import render_to_file

        with open(log, "a") as f:
            f.write(f"{seed}\n")
        return render_to_file(source, out_path, sr, params, seed=seed, **kw)

    second = run_job(config, backend=Backend(render_to_file=counting_render))
    assert (second.skipped, second.ok, second.error) == (3, 2, 0)
    assert sorted(map(int, log.read_text().split())) == sorted(
        seed_for(f"{i}|binaural|default") for i in ("late", "r002")
    )
    table = read_results(uri_out)
    assert table.num_rows == 5 and set(table["status"].to_pylist()) == {"ok"}
    assert sorted(_part_keys(uri_out)) == sorted(table["key"].to_pylist())
    assert run_job(config).ok == 0  # all done: nothing to render
    again = run_job(JobConfig(manifest=uri_manifest, out=uri_out, progress=False, overwrite=True))
    assert (again.skipped, again.ok) == (0, 5)  # --overwrite forgets the results and renders everything
    assert sorted(_part_keys(uri_out)) == sorted(table["key"].to_pylist())


def test_http_address_submits_a_ray_job(monkeypatch):
    calls = {}

    class FakeClient:
        def __init__(self, address):
            calls["address"] = address
            self.polls = 0

        def submit_job(self, entrypoint, runtime_env=None, metadata=None):
            calls["entrypoint"] = entrypoint
            return "raysubmit_123"

        def get_job_status(self, job_id):
            self.polls += 1
            return "RUNNING" if self.polls < 3 else calls["final"]

        def get_job_logs(self, job_id):
            return "t2sa-batch done\n"

    import ray.job_submission

    monkeypatch.setattr(ray.job_submission, "JobSubmissionClient", FakeClient)
    for final, code in (("SUCCEEDED", 0), ("FAILED", 1)):
        calls["final"] = final
        argv = ["s3://b/m.parquet", "--out", "s3://b/out", "-f", "foa", "--address", "http://head:8265"]
        monkeypatch.setattr(sys, "argv", ["t2sa-batch", "submit", *argv])
        monkeypatch.setattr(ray_submit.time, "sleep", lambda s: None)
        result = CliRunner().invoke(main, ["submit", *argv])
        assert result.exit_code == code, result.output
        assert calls["address"] == "http://head:8265"
        assert (
            calls["entrypoint"]
            == "python -m t2sa.cli.batch submit s3://b/m.parquet --out s3://b/out --format foa --no-progress --address auto"
        )
        assert "raysubmit_123" in result.stderr and "t2sa-batch done" in result.stdout


def test_demo_manifest_runs_with_the_shipped_model(ray_address, tmp_path):
    out = tmp_path / "demo"
    result = CliRunner().invoke(main, ["submit", str(ROOT / "manifests" / "demo.parquet"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = read_results(str(out))
    assert table.num_rows == 13 and set(table["status"].to_pylist()) == {"ok"}
    by_id = {r["id"]: r for r in table.to_pylist()}
    assert by_id["probe-left-90"]["fields_from_model"] == [] and by_id["probe-left-90"]["azimuth_deg"] == 90.0
    assert by_id["probe-left-90"]["itd_s"] > 2e-4  # a source on the left reaches the left ear first
    assert "azimuth_deg" in by_id["bell-left"]["fields_from_model"]
    assert by_id["bee-orbit"]["motion"] == "orbit" and len(by_id["bee-orbit"]["trajectory"]) == 3
    assert by_id["bell-front-foa"]["format"] == "foa" and by_id["bell-front-foa"]["channels"] == 4
    assert f"results: {out / 'results'}" in result.stdout
    assert "13/13" in result.stderr and "row/s" in result.stderr  # the progress bar: done/total and rate


def test_reads_fused_into_render_tasks_give_the_rows_of_the_row_group_reads(tmp_path, monkeypatch):
    """One read slice per render task (block_ranges + iter_range_work) gives the same work rows, row numbers
    (default ids) and content keys as reading whole row groups, over several row groups and a sweep; a job
    with most rows done or big row groups keeps the row-group reads."""
    from t2sa.batch import pipeline as pl

    sf.write(tmp_path / "s.wav", np.zeros(1600, dtype=np.float32), 16000)
    rows = [{"audio": "s.wav", "azimuth_deg": float(i), "elevation_deg": 0.0} for i in range(23)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "m.parquet", row_group_size=10)
    job = pl.prepare(JobConfig(manifest=str(tmp_path / "m.parquet"), out=str(tmp_path / "out"), formats=("binaural", "foa")))
    try:
        whole = pa.concat_tables(list(pl.iter_work(job.files, job.plan, pl._read_units(job), job.state.done, 7)))
        ranges = pl.block_ranges(job, 6)
        assert ranges is not None and len(ranges) == 9  # groups of 10, 10, 3 rows in slices of 3 manifest rows
        blocks = [list(pl.iter_range_work(job.files, job.plan, r, job.state.done, 6)) for r in ranges]
        assert all(len(b) == 1 and len(b[0]) <= 6 for b in blocks)
        sliced = pa.concat_tables([t for b in blocks for t in b])
        assert sliced["id"].to_pylist() == whole["id"].to_pylist() == [str(i) for i in range(23) for _ in range(2)]
        assert sliced["content_key"].to_pylist() == whole["content_key"].to_pylist()
        monkeypatch.setattr(pl, "FUSED_READ_GROUP_ROWS", 9)
        assert pl.block_ranges(job, 6) is None
        monkeypatch.undo()
        job.done = job.total // 2
        assert pl.block_ranges(job, 6) is None
    finally:
        job.release()
