"""Resume renders exactly what changed, once: content keys, stale and broken outputs, damaged results,
orphan temporary files, and a job killed with SIGKILL (no Ray: the local path, in a subprocess)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.batch.identity import seed_for
from t2sa.batch.pipeline import JobConfig, prepare, run_job
from t2sa.batch.rendering import Backend
from t2sa.batch.results import list_parts, read_results
from t2sa.cli.batch import main
from t2sa.params import SpatialParams

ROOT = Path(__file__).resolve().parents[1]
HRTF = HRTF_DIR
SR = 8000


class TextModel:
    """Stands in for the text model: a direction from the text's characters (deterministic, instant)."""

    def predict(self, texts):
        return [SpatialParams(azimuth_deg=float(sum(map(ord, t)) % 170), elevation_deg=0.0) for t in texts]


def _sound(path: Path, seed: int, seconds: float = 0.25) -> str:
    rng = np.random.default_rng(seed)
    sf.write(path, rng.standard_normal(int(seconds * SR)) * 0.1, SR, subtype="PCM_16")
    return str(path)


def _manifest(path: Path, rows: list[dict]) -> str:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]), path)
    return str(path)


class Counter:
    """A render_to_file that logs which row keys were rendered."""

    def __init__(self, keys: list[str]):
        self.by_seed = {seed_for(k): k for k in keys}
        self.rendered: list[str] = []

    def __call__(self, source, out_path, sr, params, *, seed, **kw):
        from t2sa.render import render_to_file

        self.rendered.append(self.by_seed[seed])
        return render_to_file(source, out_path, sr, params, seed=seed, **kw)


def _mtimes(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in (out / "audio").rglob("*.wav")}


def _keys_once(out: Path) -> pd.DataFrame:
    frame = pd.read_parquet(out / "results")
    assert not frame["key"].duplicated().any(), frame["key"][frame["key"].duplicated()].tolist()
    return frame


def test_resubmit_renders_exactly_the_edited_rows_and_shows_new_values_once(tmp_path):
    sounds = tmp_path / "sounds"
    sounds.mkdir()
    shared = _sound(sounds / "shared.wav", 0)
    hrtf = tmp_path / "h.sofa"
    shutil.copy(HRTF / "Pulse.sofa", hrtf)
    rows = []
    for i in range(20):
        row = {"id": f"r{i:02d}", "audio": shared, "text": None, "azimuth_deg": float(i * 9), "elevation_deg": 0.0}
        if i in (2, 3):  # text rows (the model decides everything)
            row.update(text=f"sound number {i}", azimuth_deg=None, elevation_deg=None)
        if i in (4, 5):  # each with a sound of its own
            row["audio"] = _sound(sounds / f"own{i}.wav", i)
        if i in (6, 7):  # pinned to a SOFA file whose content will change
            row["hrtf"] = str(hrtf)
        rows.append(row)
    manifest = tmp_path / "m.parquet"
    out = tmp_path / "out"
    config = JobConfig(manifest=_manifest(manifest, rows), out=str(out), use_ray=False, progress=False, metrics="none")
    first = run_job(config, loader=TextModel)
    assert (first.ok, first.error) == (20, 0)
    before = _mtimes(out)

    rows[0]["azimuth_deg"], rows[1]["wet"] = 45.0, 0.5  # changed overrides
    rows[2]["text"], rows[3]["text"] = "another sound", "yet another sound"  # changed text
    _sound(sounds / "own4.wav", 40), _sound(sounds / "own5.wav", 50)  # changed audio (same name, same length)
    shutil.copy(HRTF / "MIT_KEMAR_normal_pinna.sofa", hrtf)  # changed HRTF content, same file name
    _manifest(manifest, rows)
    edited = {f"r{i:02d}|binaural|" + ("h" if i in (6, 7) else "default") for i in range(8)}

    job = prepare(config)
    assert (job.done, job.todo) == (12, 8)
    assert job.reasons == "4 changed parameters, 2 changed HRTF, 2 new audio"
    counter = Counter([f"r{i:02d}|binaural|" + ("h" if i in (6, 7) else "default") for i in range(20)])
    second = run_job(config, job=job, loader=TextModel, backend=Backend(render_to_file=counter))
    assert sorted(counter.rendered) == sorted(edited)  # exactly the edited rows, each once
    after = _mtimes(out)
    unchanged = [p for p in before if not any(f"/r{i:02d}.wav" in p for i in range(8))]
    assert len(unchanged) == 12 and all(after[p] == before[p] for p in unchanged)
    assert second.changed == 8 and second.skipped == 12

    frame = _keys_once(out).set_index("id")
    assert len(frame) == 20
    assert frame.loc["r00", "azimuth_deg"] == 45.0 and frame.loc["r01", "wet"] == 0.5
    assert frame.loc["r02", "azimuth_deg"] == float(sum(map(ord, "another sound")) % 170)
    assert frame["content_key"].notna().all()

    counter.rendered.clear()
    third = run_job(config, loader=TextModel, backend=Backend(render_to_file=counter))
    assert counter.rendered == [] and third.skipped == 20  # an unchanged row is never rendered twice


def test_changed_settings_and_output_paths_are_rendered_again(tmp_path):
    audio = _sound(tmp_path / "s.wav", 1)
    rows = [{"id": f"r{i}", "audio": audio, "azimuth_deg": 10.0 * i, "elevation_deg": 0.0} for i in range(3)]
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"
    base = {"manifest": manifest, "out": str(out), "use_ray": False, "progress": False, "metrics": "none"}
    assert run_job(JobConfig(**base)).ok == 3
    job = prepare(JobConfig(**base, sample_rate=16000))
    assert (job.todo, job.reasons) == (3, "3 changed settings")
    stats = run_job(JobConfig(**base, sample_rate=16000), job=job)
    assert stats.ok == 3 and sf.info(out / "audio" / "binaural-default" / "r0.wav").samplerate == 16000
    assert set(_keys_once(out)["sample_rate"]) == {16000}

    rows[1]["output"] = "moved/r1.wav"
    _manifest(tmp_path / "m.parquet", rows)
    job = prepare(JobConfig(**base, sample_rate=16000))
    assert (job.todo, job.reasons) == (1, "1 changed output path")
    run_job(JobConfig(**base, sample_rate=16000), job=job)
    frame = _keys_once(out).set_index("id")
    assert frame.loc["r1", "output"] == "moved/r1.wav" and (out / "moved" / "r1.wav").is_file()


def test_another_numpy_scipy_or_torch_renders_again(tmp_path, monkeypatch):
    """The same inputs give the same bytes only with the same numeric libraries (measured in round 33: scipy 1.18's
    FFT against 1.17's changed nearly every file), so their versions are in every row's key: a job resumed after an
    upgrade renders its rows again instead of mixing files of two environments. Torch and the tokenizer decide a
    text row's parameters, so they key text rows only."""
    from importlib import metadata

    from t2sa.batch import identity

    audio = _sound(tmp_path / "s.wav", 1)
    rows = [{"id": "plain", "audio": audio, "azimuth_deg": 10.0, "elevation_deg": 0.0},
            {"id": "text", "audio": audio, "text": "a bell on my left"}]
    manifest = _manifest(tmp_path / "m.parquet", rows)
    base = {"manifest": manifest, "out": str(tmp_path / "out"), "use_ray": False, "progress": False, "metrics": "none"}
    assert run_job(JobConfig(**base), loader=TextModel).ok == 2
    assert prepare(JobConfig(**base)).todo == 0
    real = metadata.version

    def upgraded(name: str, only: str):
        return "99.0" if name == only else real(name)

    for lib, todo, reasons in (("scipy", 2, "2 changed settings"), ("torch", 1, "1 changed parameters")):
        identity.library_versions.cache_clear()
        monkeypatch.setattr(metadata, "version", lambda name, lib=lib: upgraded(name, lib))
        job = prepare(JobConfig(**base))
        assert (job.todo, job.reasons) == (todo, reasons), lib
    monkeypatch.setattr(metadata, "version", real)
    identity.library_versions.cache_clear()
    assert prepare(JobConfig(**base)).todo == 0


def test_empty_or_truncated_outputs_are_never_done(tmp_path):
    audio = _sound(tmp_path / "s.wav", 2)
    rows = [{"id": f"r{i}", "audio": audio, "azimuth_deg": 10.0 * i, "elevation_deg": 0.0} for i in range(4)]
    config = JobConfig(
        manifest=_manifest(tmp_path / "m.parquet", rows), out=str(tmp_path / "out"), use_ray=False, progress=False
    )
    assert run_job(config).ok == 4
    folder = tmp_path / "out" / "audio" / "binaural-default"
    (folder / "r0.wav").write_bytes(b"")  # 0 bytes
    data = (folder / "r1.wav").read_bytes()
    (folder / "r1.wav").write_bytes(data[: len(data) // 2])  # cut short
    job = prepare(config)
    assert (job.todo, job.reasons) == (2, "2 missing or damaged files")
    assert run_job(config, job=job).ok == 2
    assert sf.info(folder / "r0.wav").frames == sf.info(folder / "r2.wav").frames > 0
    assert len(_keys_once(tmp_path / "out")) == 4


def test_damaged_results_part_is_set_aside_and_its_rows_rendered_again(tmp_path):
    audio = _sound(tmp_path / "s.wav", 3)
    rows = [{"id": f"r{i}", "audio": audio, "azimuth_deg": 10.0 * i, "elevation_deg": 0.0} for i in range(4)]
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["submit", manifest, "--out", str(out), "--no-ray", "--no-progress", "--metrics", "none"]
    assert runner.invoke(main, args).exit_code == 0
    (part,) = list_parts(str(out))
    data = Path(part).read_bytes()
    Path(part).write_bytes(data[: len(data) // 3])  # a truncated part

    status = runner.invoke(main, ["status", str(out)])
    assert status.exit_code == 0 and "Traceback" not in status.output
    assert "is damaged" in status.stderr and "no results yet" in status.stdout

    again = runner.invoke(main, args)
    assert again.exit_code == 0, again.output
    assert "Traceback" not in again.output and "is damaged" in again.stderr
    assert re.search(r"0 already done, 4 to render \(4 new\)", again.stderr)
    aside = Path(part).with_name(f"_{Path(part).name}.damaged")
    assert aside.is_file() and not Path(part).exists()  # kept for inspection, out of the readers' way
    assert len(_keys_once(out)) == 4


def test_orphan_temporary_files_are_removed_at_the_next_submit(tmp_path):
    audio = _sound(tmp_path / "s.wav", 4)
    rows = [{"id": "r0", "audio": audio, "azimuth_deg": 0.0, "elevation_deg": 0.0}]
    config = JobConfig(manifest=_manifest(tmp_path / "m.parquet", rows), out=str(tmp_path / "out"), use_ray=False,
                       progress=False, metrics="none")
    run_job(config)
    out = tmp_path / "out"
    orphans = [
        out / "audio" / "binaural-default" / ".r0.wav.tmp-k2j3h4",  # an audio write cut by a kill
        out / "audio" / "binaural-default" / ".r0.wav.spill-123",
        out / "results" / ".part-x-000000.parquet.1a2b3c4d.tmp",  # a results part cut by a kill
    ]
    for p in orphans:
        p.write_bytes(b"partial")
    keep = out / "audio" / "notes.txt"
    keep.write_text("mine")
    job = prepare(config)
    job.release()
    assert not any(p.exists() for p in orphans) and keep.exists()
    assert any("temporary file" in n for n in job.notices)


def _journal_lines(out: Path) -> int:
    return sum(len(p.read_text().splitlines()) for p in (out / ".t2sa" / "journal").rglob("*.jsonl"))


def test_kill_9_mid_job_loses_at_most_the_row_in_flight(tmp_path):
    audio = _sound(tmp_path / "s.wav", 5, seconds=1.0)
    rows = [
        {"id": f"r{i:02d}", "audio": audio, "azimuth_deg": float(i), "elevation_deg": 0.0, "wet": 0.6, "rt60_s": 1.5}
        for i in range(40)
    ]
    manifest = _manifest(tmp_path / "m.parquet", rows)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "t2sa.cli.batch", "submit", manifest, "--out", str(out), "--no-ray",
           "--no-progress", "--part-rows", "1000"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 120
        while time.monotonic() < end and proc.poll() is None:
            if (out / ".t2sa" / "journal").is_dir() and _journal_lines(out) >= 5:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the job ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert (out / ".t2sa" / "lock").exists()  # left behind by the kill: stale, taken over below
    finished = _mtimes(out)  # every file present is complete (written under a temporary name, then renamed)
    assert 5 <= len(finished) < 40

    keys = [f"r{i:02d}|binaural|default" for i in range(40)]
    counter = Counter(keys)
    stats = run_job(JobConfig(manifest=manifest, out=str(out), use_ray=False, progress=False),
                    backend=Backend(render_to_file=counter))
    assert stats.recovered > 0 and stats.skipped >= len(finished) - 1
    assert len(counter.rendered) == len(set(counter.rendered)) == 40 - stats.skipped
    redone = [p for p in finished if os.stat(out / p).st_mtime_ns != finished[p]]
    assert len(redone) <= 1  # only a row killed between its file's rename and its journal line
    frame = _keys_once(out)
    assert sorted(frame["key"]) == sorted(keys) and set(frame["status"]) == {"ok"}  # 0 duplicates, 0 missing
    assert not [p for p in out.rglob("*") if p.name.startswith(".") and p.is_file()]  # no temporary files
    assert not (out / ".t2sa" / "lock").exists()
    assert read_results(str(out)).num_rows == 40


@pytest.mark.parametrize("kind", ["overrides", "model"])
def test_rows_keep_their_key_when_nothing_changed(tmp_path, kind):
    """The key does not depend on the run: a second prepare of an unchanged job finds everything done."""
    audio = _sound(tmp_path / "s.wav", 6)
    row = {"id": "r0", "audio": audio, "text": "x" if kind == "model" else None}
    if kind == "overrides":
        row.update(azimuth_deg=0.0, elevation_deg=0.0)
    config = JobConfig(manifest=_manifest(tmp_path / "m.parquet", [row]), out=str(tmp_path / "out"),
                       use_ray=False, progress=False, metrics="none")
    run_job(config, loader=TextModel)
    job = prepare(config)
    job.release()
    assert (job.done, job.todo) == (1, 0)
