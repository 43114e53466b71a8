"""Exactly once and nowhere else: output collisions refused before any work, one job per output folder,
no write through a symbolic link that leaves it, and one-line refusals of unusable settings."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.batch import manifest as mf
from t2sa.batch.pipeline import JobConfig, prepare, run_job
from t2sa.batch.results import read_results
from t2sa.cli.batch import main
from t2sa.errors import InputError, ManifestError

ROOT = Path(__file__).resolve().parents[1]
SR = 8000


@pytest.fixture()
def sound(tmp_path) -> str:
    sf.write(tmp_path / "s.wav", np.random.default_rng(0).standard_normal(SR // 4) * 0.1, SR, subtype="PCM_16")
    return str(tmp_path / "s.wav")


def _manifest(path: Path, rows: list[dict]) -> str:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]), path)
    return str(path)


def _rows(sound: str, *ids: str, **extra) -> list[dict]:
    return [{"id": i, "audio": sound, "azimuth_deg": 0.0, "elevation_deg": 0.0, "output": None, **extra} for i in ids]


def _submit(manifest: str, out: Path, *more: str):
    args = ["submit", manifest, "--out", str(out), "--no-ray", "--no-progress", "--metrics", "none", *more]
    return CliRunner().invoke(main, args)


@pytest.mark.parametrize(
    ("cells", "needle"),
    [
        # an explicit output equal to another row's default path
        ({"b": {"output": "audio/binaural-default/a.wav"}}, "rows 'a' and 'b' both write 'audio/binaural-default/a.wav'"),
        # two explicit outputs that differ only in case
        ({"a": {"output": "x/One.wav"}, "b": {"output": "x/one.wav"}}, "case-insensitive"),
        # two ids whose file names differ only in case
        ({"b": {"id": "A"}}, "rows 'a' and 'A' both write"),
    ],
)
def test_output_collisions_are_refused_before_any_work(sound, tmp_path, cells, needle):
    rows = _rows(sound, "a", "b", "c")
    for r in rows:
        r.update(cells.get(r["id"], {}))
    manifest = _manifest(tmp_path / "m.parquet", rows)
    result = _submit(manifest, tmp_path / "out")
    assert result.exit_code == 2, result.output
    assert needle in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "out" / "audio").exists() and not (tmp_path / "out" / "results").exists()
    assert not (tmp_path / "out" / ".t2sa" / "lock").exists()  # the refused job let go of the folder


def test_ids_that_only_look_alike_get_files_of_their_own(sound, tmp_path):
    hashed = mf.safe_id("a b")  # 'a_b-<8 hex>': an id may be exactly that
    assert hashed.startswith("a_b-") and mf.safe_id(hashed) != hashed
    rows = _rows(sound, "a b", hashed)
    stats = run_job(JobConfig(manifest=_manifest(tmp_path / "m.parquet", rows), out=str(tmp_path / "out"),
                              use_ray=False, progress=False, metrics="none"))
    assert stats.ok == 2
    outputs = read_results(str(tmp_path / "out"))["output"].to_pylist()
    assert len(set(outputs)) == 2 and all((tmp_path / "out" / o).is_file() for o in outputs)


def test_a_symlink_leading_out_of_the_output_folder_is_refused(sound, tmp_path):
    out, outside = tmp_path / "out", tmp_path / "outside"
    (out / "audio").mkdir(parents=True)
    outside.mkdir()
    (out / "audio" / "binaural-default").symlink_to(outside)  # a folder inside OUT that leads out of it
    inside = out / "elsewhere"
    inside.mkdir()
    (out / "linked").symlink_to(inside)  # a link that stays inside is fine
    rows = _rows(sound, "a") + _rows(sound, "b", output="linked/b.wav")
    stats = run_job(JobConfig(manifest=_manifest(tmp_path / "m.parquet", rows), out=str(out), use_ray=False,
                              progress=False, metrics="none"))
    assert (stats.ok, stats.error) == (1, 1)
    by_id = {r["id"]: r for r in read_results(str(out)).to_pylist()}
    assert by_id["a"]["error_field"] == "output"
    assert by_id["a"]["error"].startswith("row a: output='audio/binaural-default/a.wav'")
    assert "outside the output folder" in by_id["a"]["error"]
    assert list(outside.iterdir()) == []  # nothing written through the link
    assert by_id["b"]["status"] == "ok" and (inside / "b.wav").is_file()


def _slow_submit(manifest: str, out: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "t2sa.cli.batch", "submit", manifest, "--out", str(out), "--no-ray", "--no-progress"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def test_a_second_submit_to_the_same_folder_is_refused_while_the_first_runs(tmp_path):
    sf.write(tmp_path / "s.wav", np.random.default_rng(1).standard_normal(SR) * 0.1, SR)
    rows = _rows(str(tmp_path / "s.wav"), *[f"r{i:02d}" for i in range(60)], wet=0.6, rt60_s=1.5)
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"
    first = _slow_submit(manifest, out)
    try:
        end = time.monotonic() + 120
        while not (out / ".t2sa" / "lock").exists() and first.poll() is None and time.monotonic() < end:
            time.sleep(0.02)
        assert first.poll() is None, first.communicate()
        second = _submit(manifest, out)
        assert second.exit_code == 2
        assert f"pid {first.pid} on {socket.gethostname()}" in second.stderr
        assert "another t2sa-batch job is using this folder" in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
    finally:
        first.terminate()
        first.communicate(timeout=60)
    final = run_job(JobConfig(manifest=manifest, out=str(out), use_ray=False, progress=False, metrics="none"))
    keys = read_results(str(out))["key"].to_pylist()
    assert sorted(keys) == sorted(set(keys)) and len(keys) == 60 and final.ok + final.skipped == 60


def test_a_lock_whose_process_is_gone_is_taken_over(sound, tmp_path):
    out = tmp_path / "out"
    (out / ".t2sa").mkdir(parents=True)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    lock = {"pid": gone.pid, "host": socket.gethostname(), "started": "then", "token": "x"}
    (out / ".t2sa" / "lock").write_text(json.dumps(lock))
    config = JobConfig(manifest=_manifest(tmp_path / "m.parquet", _rows(sound, "a")), out=str(out), use_ray=False,
                       progress=False, metrics="none")
    assert run_job(config).ok == 1
    assert not (out / ".t2sa" / "lock").exists()
    lock.update(host="another-host", pid=os.getpid())  # another machine's job cannot be checked: refused
    (out / ".t2sa" / "lock").write_text(json.dumps(lock))
    with pytest.raises(InputError, match="pid .* on another-host"):
        prepare(config)


@pytest.mark.parametrize("case", ["batch-size", "file", "devnull", "read-only"])
def test_unusable_settings_are_one_line_and_exit_2(sound, tmp_path, case):
    manifest = _manifest(tmp_path / "m.parquet", _rows(sound, "a"))
    more: list[str] = []
    out: Path | str = tmp_path / "out"
    needle = ""
    if case == "batch-size":
        more, needle = ["--batch-size", "0"], "--batch-size 0: must be a whole number of at least 1"
    elif case == "file":
        out = tmp_path / "afile"
        out.write_text("x")
        needle = "is not a folder"
    elif case == "devnull":
        out, needle = "/dev/null", "is not a folder"
    else:
        out, needle = "/sys/t2sa-batch-test/out", "cannot create the folder"  # read-only for everyone
    result = _submit(manifest, out, *more)
    assert result.exit_code == 2, result.output
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ") and needle in result.stderr
    assert "Traceback" not in result.output


def test_job_files_get_the_same_checks(tmp_path, sound):
    manifest = _manifest(tmp_path / "m.parquet", _rows(sound, "a"))
    for bad in ({"batch_size": 0}, {"workers": -1}, {"part_rows": 1.5}, {"metrics": "most"}):
        with pytest.raises(InputError):
            prepare(JobConfig(manifest=manifest, out=str(tmp_path / "out"), **bad))
    with pytest.raises(ManifestError):
        prepare(JobConfig(manifest=_manifest(tmp_path / "d.parquet", _rows(sound, "a", "A")), out=str(tmp_path / "o")))
