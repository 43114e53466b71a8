"""Scene manifests in the batch engine: rows are events grouped by scene_id; one file per scene and format
with DCASE labels next to it; a bad event fails only its scene (naming scene, event, field, value);
resume and exactly-once by scene; the same bytes as the scene library, with and without Ray."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.batch.manifest import check_schema
from t2sa.batch.pipeline import JobConfig, prepare, run_job
from t2sa.batch.results import read_results
from t2sa.cli.batch import main
from t2sa.errors import ManifestError
from t2sa.params import SpatialParams
from t2sa.scene import Event, Room, Scene, render_scene_to_file
from t2sa.scene.labels import read_labels, scene_label_rows, write_labels

SR = 16000
CLASSES = {"bell": 0, "chirp": 1, "noise": 2, "tone": 3}  # labels sorted, numbered from 0


@pytest.fixture(scope="module")
def sounds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scene_sounds")
    rng = np.random.default_rng(5)
    sf.write(folder / "noise.wav", (rng.standard_normal(int(1.5 * SR)) * 0.1).astype(np.float32), SR, subtype="PCM_16")
    t = np.arange(int(0.8 * 22050)) / 22050
    sf.write(folder / "tone.wav", (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 22050, subtype="PCM_16")
    return folder


def _write(path: Path, rows: list[dict]) -> str:
    columns = list(dict.fromkeys(k for r in rows for k in r))
    pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows]), path)
    return str(path)


def _rows(sounds: Path) -> list[dict]:
    """Three scenes of 2-3 s: overlapping events in a room, a looped moving tone over noise, a short pair."""
    path = [{"t": 0.0, "azimuth_deg": 90.0, "elevation_deg": 0.0, "distance_m": 2.0, "spread_deg": 0.0},
            {"t": 1.0, "azimuth_deg": 0.0, "elevation_deg": 0.0, "distance_m": 2.0, "spread_deg": 0.0}]
    s1 = {"scene_id": "s1", "scene_duration_s": 3.0, "scene_seed": 11, "room_rt60_s": 0.4, "room_drr_db": 3.0, "room_wet": 0.5}
    s2 = {"scene_id": "s2", "scene_duration_s": 2.0, "background_noise": "pink", "background_level_db": -45.0}
    s3 = {"scene_id": "s3", "scene_duration_s": 2.5, "scene_seed": 3}
    return [
        {"id": "e1", "audio": str(sounds / "noise.wav"), "azimuth_deg": 30.0, "elevation_deg": 0.0, "onset_s": 0.2,
         "duration_s": 1.0, "label": "noise", **s1},
        {"id": "e2", "audio": "synth:bell?seed=3&duration=1.500", "azimuth_deg": -60.0, "elevation_deg": 10.0,
         "distance_m": 2.0, "onset_s": 0.8, "label": "bell", "gain_db": -3.0, "scene_id": "s1"},  # scene cells once
        {"id": "e3", "audio": "tone.wav", "trajectory": path, "motion": "path", "onset_s": 0.0, "duration_s": 2.0,
         "fit": "loop", "label": "tone", **s2},
        {"id": "e4", "audio": "synth:chirp?seed=4&duration=1.000", "azimuth_deg": 180.0, "elevation_deg": 0.0,
         "onset_s": 0.5, "label": "chirp", **s3},
        {"id": "e5", "audio": str(sounds / "noise.wav"), "azimuth_deg": 0.0, "elevation_deg": 45.0, "onset_s": 1.0,
         "duration_s": 0.5, "level_dbfs": -25.0, "label": "noise", **s3},
    ]


def _run(manifest: str, out: Path, **kw):
    cfg = {"formats": ("foa", "binaural"), "sample_rate": SR, "use_ray": False, "progress": False, **kw}
    return run_job(JobConfig(manifest=manifest, out=str(out), **cfg))


def _outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted((out / "audio").rglob("*")) if p.is_file()}


def test_one_file_per_scene_and_format_with_dcase_labels_as_the_scene_library_writes_them(sounds, tmp_path):
    manifest = _write(sounds / "m_render.parquet", _rows(sounds))  # beside the sounds: tone.wav is relative
    out = tmp_path / "out"
    stats = _run(manifest, out)
    assert (stats.total, stats.ok, stats.error) == (6, 6, 0)

    results = {(r["id"], r["format"]): r for r in read_results(str(out)).to_pylist()}
    assert set(results) == {(s, f) for s in ("s1", "s2", "s3") for f in ("foa", "binaural")}
    lengths = {"s1": 3.0, "s2": 2.0, "s3": 2.5}
    for (scene, fmt), r in results.items():
        folder = "foa" if fmt == "foa" else "binaural-default"
        assert r["status"] == "ok" and r["output"] == f"audio/{folder}/{scene}.wav"
        assert r["labels"] == f"audio/{folder}/{scene}.csv"  # DCASE labels next to the audio, same name
        info = sf.info(out / r["output"])
        assert (info.samplerate, info.channels, info.frames) == (SR, 4 if fmt == "foa" else 2, int(lengths[scene] * SR))
        assert r["n_events"] == {"s1": 2, "s2": 1, "s3": 2}[scene]
    assert results[("s1", "foa")]["overlap_frames"] >= 3  # e1 (0.2-1.2 s) and the bell (0.8-2.3 s) overlap
    assert results[("s2", "foa")]["overlap_frames"] == 0

    # the same scene built with the scene library renders to the same bytes and labels
    p1 = SpatialParams(azimuth_deg=30.0)
    p2 = SpatialParams(azimuth_deg=-60.0, elevation_deg=10.0, distance_m=2.0, gain_db=-3.0)
    scene = Scene(duration_s=3.0, sample_rate=SR, seed=11, name="s1", room=Room(rt60_s=0.4, drr_db=3.0, wet=0.5),
                  events=(Event(str(sounds / "noise.wav"), p1, onset_s=0.2, duration_s=1.0, label="noise"),
                          Event("synth:bell?seed=3&duration=1.500", p2, onset_s=0.8, label="bell")))
    for fmt, folder in (("foa", "foa"), ("binaural", "binaural-default")):
        render_scene_to_file(scene, tmp_path / f"ref_{fmt}.wav", fmt, subtype="PCM_24")
        assert (tmp_path / f"ref_{fmt}.wav").read_bytes() == (out / "audio" / folder / "s1.wav").read_bytes()
    write_labels(tmp_path / "ref.csv", scene_label_rows(scene, CLASSES))
    assert (tmp_path / "ref.csv").read_bytes() == (out / "audio" / "foa" / "s1.csv").read_bytes()

    labels = read_labels(out / "audio" / "foa" / "s3.csv")
    chirp = [r for r in labels if r.class_index == CLASSES["chirp"]]
    noise = [r for r in labels if r.class_index == CLASSES["noise"]]
    assert {r.frame for r in chirp} == set(range(5, 15)) and {r.azimuth for r in chirp} == {180}
    assert {r.frame for r in noise} == set(range(10, 15)) and {r.elevation for r in noise} == {45}
    assert {r.track for r in chirp} != {r.track for r in noise}  # simultaneous events: two tracks
    moving = read_labels(out / "audio" / "foa" / "s2.csv")
    assert moving[0].azimuth > 80 and moving[-1].azimuth < 10  # the looped tone follows its path

    events = pq.read_table(out / "events.parquet").to_pylist()
    assert len(events) == 10  # five events x two formats
    e2 = next(e for e in events if e["id"] == "e2" and e["format"] == "foa")
    assert (e2["scene_id"], e2["label"], e2["class_index"], e2["azimuth_deg"], e2["gain_db"]) == ("s1", "bell", 0, -60.0, -3.0)
    assert e2["start_s"] == 0.8 and e2["end_s"] == 2.3 and e2["frames"] == 15 and e2["status"] == "ok"
    e3 = next(e for e in events if e["id"] == "e3")
    assert e3["end_s"] == 2.0 and e3["motion"] == "path" and len(e3["trajectory"]) == 2


def test_a_bad_event_fails_its_scene_naming_scene_event_field_and_value_while_the_others_render(sounds, tmp_path):
    good = {"audio": "synth:bell?seed=1&duration=0.500", "azimuth_deg": 0.0, "elevation_deg": 0.0, "label": "bell",
            "scene_duration_s": 2.0}
    bad = {
        "late": ({"onset_s": 5.0}, "onset_s", "scene 'late', event 'late_e1': onset_s=5.0: must be before the scene's end"),
        "fit": ({"fit": "stretch"}, "fit", "scene 'fit', event 'fit_e1': fit='stretch': expected one of trim, loop"),
        "nan": ({"azimuth_deg": float("nan")}, "azimuth_deg", "scene 'nan', event 'nan_e1': azimuth_deg=nan: NaN"),
        "gone": ({"audio": "missing.wav"}, "audio", "scene 'gone', event 'gone_e1': audio='missing.wav': "),
        "range": ({"elevation_deg": 100.0}, "elevation_deg", "scene 'range', event 'range_e1': elevation_deg=100.0"),
        "room": ({"room_wet": 2.0}, "room_wet", "scene 'room': room_wet=2.0"),
        "split": ({"scene_duration_s": 3.0}, "scene_duration_s", "scene 'split': scene_duration_s=[2.0, 3.0]: differs "
                  "between the events of the scene (2.0 in event 'split_e0', 3.0 in event 'split_e1')"),
        "half": ({"label": None}, "label", "scene 'half', event 'half_e1': label=None: missing"),
    }
    rows = [{"id": "ok_e0", "scene_id": "ok", **good}]
    for name, (cells, _, _) in bad.items():
        rows.append({"id": f"{name}_e0", "scene_id": name, **good})  # a good event in every bad scene
        rows.append({"id": f"{name}_e1", "scene_id": name, **good, "onset_s": 0.5, **cells})
    manifest = _write(sounds / "m_bad.parquet", rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["submit", manifest, "--out", str(out), "--no-ray", "--no-progress",
                                       "-f", "foa", "--sample-rate", str(SR)])
    assert result.exit_code == 1, result.output  # errors past --max-error-rate 0
    assert "17 manifest rows (9 scenes) -> 9 work rows" in result.stderr
    assert "scene 'late', event 'late_e1': onset_s=5.0" in result.stdout  # the first errors, one line each
    assert "Traceback" not in result.output

    table = {r["id"]: r for r in read_results(str(out)).to_pylist()}
    assert set(table) == {"ok", *bad}  # every scene exactly once
    assert table["ok"]["status"] == "ok" and (out / "audio" / "foa" / "ok.wav").is_file()
    for name, (_, field, message) in bad.items():
        r = table[name]
        assert r["status"] == "error" and r["error_field"] == field and r["error"].startswith(message), r["error"]
        assert not (out / "audio" / "foa" / f"{name}.wav").exists()
    assert "not found" in table["gone"]["error"]
    events = {e["id"]: e for e in pq.read_table(out / "events.parquet").to_pylist()}
    assert events["late_e1"]["error"].startswith(bad["late"][2]) and events["late_e0"]["error"] is None
    assert events["late_e0"]["status"] == "error" and events["late_e0"]["scene_error"] == table["late"]["error"]


def test_resubmit_renders_nothing_and_a_changed_event_renders_only_its_scene(sounds, tmp_path):
    rows = _rows(sounds)
    manifest = _write(sounds / "m_resume.parquet", rows)
    out = tmp_path / "out"
    assert _run(manifest, out).ok == 6
    before = {p: (out / p).stat().st_mtime_ns for p in _outputs(out)}
    first = _outputs(out)

    again = _run(manifest, out)
    assert (again.total, again.skipped, again.ok, again.error) == (6, 6, 0, 0)
    assert {p: (out / p).stat().st_mtime_ns for p in _outputs(out)} == before

    rows[2]["trajectory"][1]["azimuth_deg"] = -45.0  # one event of s2
    manifest = _write(sounds / "m_resume.parquet", rows)
    job = prepare(JobConfig(manifest=manifest, out=str(out), formats=("foa", "binaural"), sample_rate=SR,
                            use_ray=False, progress=False))
    assert (job.done, job.todo, job.reasons) == (4, 2, "2 changed parameters")
    changed = run_job(job.config, job=job)
    assert (changed.skipped, changed.ok) == (4, 2)
    now = _outputs(out)
    for p, data in now.items():
        if "/s2." in p:
            assert data != first[p] and (out / p).stat().st_mtime_ns != before[p]
        else:
            assert data == first[p] and (out / p).stat().st_mtime_ns == before[p]
    keys = read_results(str(out))["key"].to_pylist()
    assert sorted(keys) == sorted(f"{s}|{f}|{t}" for s in ("s1", "s2", "s3") for f, t in (("foa", ""), ("binaural", "default")))

    (out / "audio" / "foa" / "s3.csv").unlink()  # a lost label file: that output is not done
    redo = _run(manifest, out)
    assert (redo.skipped, redo.ok) == (5, 1) and (out / "audio" / "foa" / "s3.csv").read_bytes() == first["audio/foa/s3.csv"]


def test_scenes_a_killed_run_finished_are_recovered_from_its_journal_and_rendered_once(sounds, tmp_path):
    from t2sa.batch.results import list_parts

    manifest = _write(sounds / "m_kill.parquet", _rows(sounds))
    out = tmp_path / "out"
    seen = []

    def stop_after_two(table, stats):
        seen.append(table.num_rows)
        if len(seen) == 2:
            raise KeyboardInterrupt

    first = run_job(
        JobConfig(manifest=manifest, out=str(out), formats=("foa", "binaural"), sample_rate=SR, use_ray=False,
                  progress=False, batch_size=1), on_batch=stop_after_two)
    assert first.interrupted and first.ok == 2
    for part in list_parts(str(out)):  # as if killed before the driver wrote its results part
        Path(part).unlink()
    job = prepare(JobConfig(manifest=manifest, out=str(out), formats=("foa", "binaural"), sample_rate=SR,
                            use_ray=False, progress=False))
    assert job.tidy.recovered == 2 and (job.done, job.todo) == (2, 4)
    rest = run_job(job.config, job=job)
    assert (rest.skipped, rest.ok) == (2, 4)
    keys = [k for p in list_parts(str(out)) for k in pq.read_table(p, columns=["key"])["key"].to_pylist()]
    assert len(keys) == len(set(keys)) == 6  # every scene output exactly once
    events = pq.read_table(out / "events.parquet").to_pylist()
    assert len(events) == 10 and all(e["frames"] > 0 for e in events)  # recovered rows keep their events


class _Model:
    """Stands in for the text model: says where from the text ("left" -> 90) and records each call."""

    calls: list[tuple[str, float | None]] = []

    def predict(self, texts, duration_s=None):
        self.calls.extend(zip(texts, duration_s or [None] * len(texts), strict=True))
        return [SpatialParams(azimuth_deg=90.0 if "left" in t else -90.0, elevation_deg=20.0, wet=0.9) for t in texts]


def test_each_event_text_is_predicted_given_the_length_its_sound_plays(sounds, tmp_path):
    common = {"scene_id": "talk", "scene_duration_s": 3.0}
    rows = [
        {"id": "a", "audio": str(sounds / "noise.wav"), "text": "a dog on the left", "onset_s": 0.0, "duration_s": 1.0, **common},
        {"id": "b", "audio": str(sounds / "noise.wav"), "text": "rain on the right", "onset_s": 1.8, **common},
        {"id": "c", "audio": "synth:chirp?seed=1&duration=0.500", "text": "birds on the left", "fit": "loop",
         "duration_s": 1.3, "onset_s": 0.2, "azimuth_deg": 10.0, **common},
    ]
    manifest = _write(tmp_path / "m.parquet", rows)
    _Model.calls = []
    stats = run_job(JobConfig(manifest=manifest, out=str(tmp_path / "out"), formats=("foa",), sample_rate=SR,
                              use_ray=False, progress=False), loader=_Model)
    assert stats.ok == 1, read_results(str(tmp_path / "out"))["error"].to_pylist()
    # trimmed to 1 s; the 1.5 s sound cut at the scene's end (1.2 s left); the 0.5 s chirp looped to 1.3 s
    assert sorted(_Model.calls) == [("a dog on the left", 1.0), ("birds on the left", 1.3), ("rain on the right", 1.2)]
    events = {e["id"]: e for e in pq.read_table(tmp_path / "out" / "events.parquet").to_pylist()}
    assert (events["a"]["azimuth_deg"], events["b"]["azimuth_deg"]) == (90.0, -90.0)
    assert events["c"]["azimuth_deg"] == 10.0 and events["c"]["elevation_deg"] == 20.0  # the override wins
    assert "azimuth_deg" not in events["c"]["fields_from_model"] and events["c"]["fields_from_override"] == ["azimuth_deg"]
    assert events["b"]["end_s"] == 3.0 and events["a"]["wet"] == 0.9  # the model's wet is kept, the room decides


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda rows: rows[1].update(scene_id=None), "column 'scene_id': 1 null or empty value(s) (rows [1])"),
        (lambda rows: [r.update(class_index=i) for i, r in enumerate(rows)], "label 'noise' has several (0, 4)"),
        (lambda rows: [r.pop("scene_duration_s", None) for r in rows], "missing column 'scene_duration_s'"),
        (lambda rows: [r.update(output="same.wav") for r in rows if r.get("scene_duration_s")],
         "scenes 's1' and 's2' both write 'same.wav'"),
    ],
)
def test_a_bad_scene_manifest_stops_before_any_work(sounds, tmp_path, change, message):
    rows = _rows(sounds)
    change(rows)
    manifest = _write(tmp_path / "m.parquet", rows)
    with pytest.raises(ManifestError, match=re.escape(message)):
        prepare(JobConfig(manifest=manifest, out=str(tmp_path / "out"), formats=("foa",), use_ray=False))
    assert not (tmp_path / "out" / "audio").exists()


def test_scene_columns_in_a_plain_manifest_are_named_as_such():
    _, warnings = check_schema(pa.schema([("audio", pa.string()), ("text", pa.string()), ("onset_s", pa.float64())]))
    assert warnings == ["column 'onset_s' is not used (a scene column: add 'scene_id' to make this a scene manifest)"]


def test_the_same_scene_manifest_gives_the_same_bytes_without_ray_and_with_ray(sounds, tmp_path):
    import ray

    from t2sa.batch.pipeline import start_ray

    manifest = _write(sounds / "m_ray.parquet", _rows(sounds))
    assert _run(manifest, tmp_path / "local").ok == 6
    started = start_ray(None, 2)
    try:
        stats = _run(manifest, tmp_path / "ray", use_ray=True, batch_size=1)
    finally:
        if started:
            ray.shutdown()
    assert (stats.ok, stats.error) == (6, 0)
    local, on_ray = _outputs(tmp_path / "local"), _outputs(tmp_path / "ray")
    assert len(local) == 12 and local == on_ray  # six files and their labels, byte for byte
    assert pq.read_table(tmp_path / "ray" / "events.parquet").num_rows == 10


def test_a_background_sound_and_bad_background_name_their_column(sounds, tmp_path):
    rows = [
        {"id": "a", "scene_id": "bg", "audio": "synth:bell?seed=2&duration=0.500", "azimuth_deg": 0.0,
         "elevation_deg": 0.0, "scene_duration_s": 1.0, "background_sound": "tone.wav", "background_level_db": -40.0},
        {"id": "b", "scene_id": "noisy", "audio": "synth:bell?seed=2&duration=0.500", "azimuth_deg": 0.0,
         "elevation_deg": 0.0, "scene_duration_s": 1.0, "background_noise": "purple"},
    ]
    manifest = _write(sounds / "m_bg.parquet", rows)
    out = tmp_path / "out"
    _run(manifest, out, formats=("foa",))
    table = {r["id"]: r for r in read_results(str(out)).to_pylist()}
    assert table["bg"]["status"] == "ok" and table["bg"]["labels"] is None  # no labels column: no label file
    assert not list((out / "audio").rglob("*.csv"))
    w = sf.read(out / "audio" / "foa" / "bg.wav")[0][:, 0]
    assert abs(20 * np.log10(np.sqrt(np.mean(w[int(0.6 * SR):] ** 2))) + 40.0) < 1.5  # the tone at -40 dBFS after the bell
    assert table["noisy"]["error"].startswith("scene 'noisy': background_noise='purple': expected one of")


def test_the_demo_scene_manifest_renders_with_the_text_model(tmp_path):
    manifest = Path(__file__).resolve().parents[1] / "manifests" / "demo_scenes.parquet"
    out = tmp_path / "demo"
    result = CliRunner().invoke(main, ["submit", str(manifest), "--out", str(out), "--no-ray", "--no-progress", "-f", "foa"])
    assert result.exit_code == 0, result.output
    assert "5 manifest rows (2 scenes) -> 2 work rows" in result.stderr
    events = {e["id"]: e for e in pq.read_table(out / "events.parquet").to_pylist()}
    assert events["street-bell"]["azimuth_deg"] == 90.0  # "to my left", read from the text
    assert events["street-steps"]["azimuth_deg"] == -90.0 and events["street-steps"]["motion"] == "approach"
    assert events["garden-bird"]["elevation_deg"] > 45.0  # 머리 위 (above the head)
    assert events["street-drums"]["fields_from_model"] == []  # its direction is given: no text, no model
    for scene in ("street", "garden"):
        info = sf.info(out / "audio" / "foa" / f"{scene}.wav")
        assert (info.channels, info.duration) == (4, 4.0)
        assert read_labels(out / "audio" / "foa" / f"{scene}.csv")


def test_scenes_on_object_storage_upload_audio_and_labels_and_resume(sounds, tmp_path):
    import uuid

    import fsspec

    manifest = _write(sounds / "m_remote.parquet", _rows(sounds))
    root = f"t2sa-scenes-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("memory")
    try:
        assert _run(manifest, f"memory://{root}/out", formats=("foa",)).ok == 3
        assert _run(manifest, tmp_path / "local", formats=("foa",)).ok == 3
        for scene in ("s1", "s2", "s3"):
            for suffix in (".wav", ".csv"):
                local = (tmp_path / "local" / "audio" / "foa" / f"{scene}{suffix}").read_bytes()
                assert fs.cat_file(f"/{root}/out/audio/foa/{scene}{suffix}") == local
        assert _run(manifest, f"memory://{root}/out", formats=("foa",)).skipped == 3
        fs.rm(f"/{root}/out/audio/foa/s2.csv")
        redo = _run(manifest, f"memory://{root}/out", formats=("foa",))
        assert (redo.skipped, redo.ok) == (2, 1) and fs.exists(f"/{root}/out/audio/foa/s2.csv")
    finally:
        if fs.exists(f"/{root}"):
            fs.rm(f"/{root}", recursive=True)
