"""SELD dataset jobs: checked job files, DCASE layout, same seed same bytes (any workers), resume, card."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from t2sa.errors import InputError
from t2sa.scene.labels import read_labels
from t2sa.scene.seld import job_from_dict, load_job, run_dataset, sample_scene, split_of

REPO = Path(__file__).parents[1]


def _job(out: Path, **events):
    return job_from_dict({"scenes": 4, "seed": 9,
                          "dataset": {"out": str(out), "duration_s": 8.0, "sample_rate": 16000, "check_scenes": 1},
                          "splits": {"train": 0.5, "val": 0.25, "test": 0.25},
                          "events": {"max_polyphony": 2, "density": 0.7, "duration_s": [1.0, 3.0], **events}})


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
            and p.suffix in (".wav", ".csv", ".json")}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("seld") / "a"
    card = run_dataset(_job(out))
    return out, card


def test_layout_names_and_labels(dataset):
    out, card = dataset
    wavs = sorted((out / "foa_dev").rglob("*.wav"))
    csvs = sorted((out / "metadata_dev").rglob("*.csv"))
    assert len(wavs) == len(csvs) == 4
    assert [(w.parent.name, w.stem) for w in wavs] == [(c.parent.name, c.stem) for c in csvs]  # NAME.wav + NAME.csv
    assert {w.parent.name for w in wavs} == {"dev-train", "dev-val", "dev-test"}
    for w in wavs:
        fold = {"dev-train": "1", "dev-val": "2", "dev-test": "3"}[w.parent.name]
        assert w.stem.startswith(f"fold{fold}_scene")
        info = sf.info(w)
        assert (info.channels, info.samplerate, info.frames, info.subtype) == (4, 16000, 8 * 16000, "PCM_16")
    cmap = json.loads((out / "class_map.json").read_text())["classes"]
    assert cmap == {"bell": 0, "beep_train": 1, "noise_burst": 2, "chirp": 3, "footsteps": 4}
    for c in csvs:
        rows = read_labels(c)
        assert rows and max(Counter(r.frame for r in rows).values()) <= 2  # max_polyphony
        assert all(0 <= r.frame < 80 and r.track < 2 and 100 <= r.distance <= 400 for r in rows)
        assert all(-45 <= r.elevation <= 45 for r in rows)


def test_card_counts_what_is_on_disk(dataset):
    out, card = dataset
    assert card == json.loads((out / "card.json").read_text())
    assert card["scenes"] == 4 and card["scenes_per_split"] == {"train": 2, "val": 1, "test": 1}
    assert sum(card["polyphony_frames"].values()) == 4 * 80
    labelled = sum(len(read_labels(c)) for c in (out / "metadata_dev").rglob("*.csv"))
    assert sum(card["labelled_frames_per_class"].values()) == labelled
    assert card["label_check"]["passed"], card["label_check"]
    for name in ("card.md", "directions.png", "polyphony.png", "classes.png", "example_scene.png"):
        assert (out / name).stat().st_size > 500


def test_same_job_same_bytes_with_two_workers_and_resume(dataset, tmp_path):
    out, _ = dataset
    other = tmp_path / "b"
    run_dataset(_job(other), workers=2)
    assert _files(other) == _files(out)
    victim = next((other / "foa_dev").rglob("*.wav"))
    before = victim.read_bytes()
    victim.unlink()
    notes: list[str] = []
    run_dataset(_job(other), echo=notes.append)
    assert "3 of 4 scenes already done; rendering 1" in notes
    assert victim.read_bytes() == before


def test_another_seed_is_another_dataset_and_refuses_the_folder(dataset, tmp_path):
    out, _ = dataset
    job = _job(out)
    reseeded = job_from_dict({"scenes": 4, "seed": 10, "dataset": {"out": str(out), "duration_s": 8.0,
                                                                   "sample_rate": 16000}})
    assert split_of(reseeded) != split_of(job) or sample_scene(reseeded, 0).events != sample_scene(job, 0).events
    with pytest.raises(InputError, match="another job"):
        run_dataset(reseeded)


def test_scenes_respect_the_job(tmp_path):
    job = _job(tmp_path, moving_share=1.0, speed_deg_s=[20.0, 20.0], max_polyphony=3, density=0.5)
    for i in range(3):
        scene = sample_scene(job, i)
        for ev in scene.events:
            assert not ev.params.is_static
            keys = ev.params.trajectory
            length = float(ev.sound.split("duration=")[1])  # every synthetic sound lasts exactly this
            swept = abs(keys[-1].azimuth_deg - keys[0].azimuth_deg)
            assert swept == pytest.approx(20.0 * length, rel=0.01)
    assert sample_scene(job, 1).seed == sample_scene(job, 1).seed != sample_scene(job, 2).seed


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"seed": 1}, "'scenes = N' is missing"),
        ({"scenes": 2, "dataset": {"formats": ["foa", "quad"]}}, "unknown format 'quad'"),
        ({"scenes": 2, "events": {"speed": [1, 2]}}, "job events.speed=[1, 2]: unknown key"),
        ({"scenes": 2, "events": {"distance_m": [3, 1]}}, "low is above high"),
        ({"scenes": 2, "events": {"density": 0}}, "events.density=0.0"),
        ({"scenes": 2, "room": {"rt60_s": [0.3, 40]}}, "room.rt60_s"),
        ({"scenes": 2, "splits": {"train": 0.9, "val": 0.2}}, "add up to 1"),
        ({"scenes": 2, "dataset": {"bank": "no/such/folder"}}, "not a folder"),
        ({"scenes": 2, "dataset": {"classes": ["bell", "violin"]}}, "'violin' is not in bank"),
        ({"scenes": 2, "colour": "blue"}, "job colour='blue': unknown key"),
    ],
)
def test_a_bad_job_is_refused_up_front(data, message):
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]").replace(".", r"\.")):
        job_from_dict(data)


def test_a_folder_bank(tmp_path):
    for cls, f in (("dog", 300.0), ("car", 900.0)):
        (tmp_path / "bank" / cls).mkdir(parents=True)
        for k in range(2):
            t = np.arange(16000 * (1 + k)) / 16000
            sf.write(tmp_path / "bank" / cls / f"{k}.wav", 0.3 * np.sin(2 * np.pi * f * t), 16000)
    (tmp_path / "bank" / "empty").mkdir()
    job = job_from_dict({"scenes": 1, "dataset": {"bank": "bank", "duration_s": 6.0, "sample_rate": 16000}},
                        base=tmp_path)
    scene = sample_scene(job, 0)
    assert {e.label for e in scene.events} <= {"car", "dog"} and scene.events
    assert all(Path(e.sound).parent.parent == tmp_path / "bank" and e.level_dbfs == -20.0 for e in scene.events)


def test_the_shipped_job_runs(tmp_path):
    from t2sa.batch.scene_dataset import dataset_renderer

    job = load_job(REPO / "jobs" / "seld_dataset.toml")
    assert job.scenes == 200 and job.formats == ("foa",) and job.sample_rate == 24000 and job.engine == "batch"
    card = run_dataset(job, out=tmp_path / "seld", scenes=1, render=dataset_renderer(job, use_ray=False))
    assert card["scenes"] == 1 and card["label_check"]["passed"], card.get("label_check")
    wav = next((tmp_path / "seld" / "foa_dev").rglob("*.wav"))
    assert sf.info(wav).frames == 60 * 24000


def test_more_scenes_is_another_dataset(dataset):
    out, _ = dataset
    with pytest.raises(InputError, match="number of scenes"):
        run_dataset(_job(out), scenes=5)
