"""``t2sa scene``: predict, render (text or scene file), dataset, check; one-line errors, documented exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.cli.main import main
from t2sa.metrics import ambisonic_direction
from t2sa.scene.labels import read_labels

SR = 16000


def _run(*args: str):
    return CliRunner().invoke(main, ["scene", *[str(a) for a in args]])


def _wav(path: Path, seconds: float) -> Path:
    sf.write(path, 0.2 * np.random.default_rng(len(str(path))).standard_normal(int(seconds * SR)), SR)
    return path


@pytest.fixture(scope="module")
def sounds(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("sounds")
    return _wav(root / "dog.wav", 1.0), _wav(root / "car.wav", 1.5)


def test_predict_splits_the_sources_with_the_shipped_model():
    res = _run("predict", "a dog barks on the left while a car passes from right to left",
               "왼쪽에서 개가 짖는 동안 오른쪽에서 차가 지나가")
    assert res.exit_code == 0, res.output
    for line in res.output.strip().splitlines():
        data = json.loads(line)
        dog, car = data["events"]
        assert dog["params"]["azimuth_deg"] == pytest.approx(90, abs=15)
        keys = car["params"]["trajectory"]
        assert keys[0]["azimuth_deg"] < -45 and keys[-1]["azimuth_deg"] > 45  # right -> left
        assert set(data["room"]) == {"rt60_s", "drr_db", "wet"}


def test_render_from_text_writes_audio_labels_and_plot(sounds, tmp_path):
    dog, car = sounds
    out = tmp_path / "yard.wav"
    res = _run("render", "--text", "a dog barks on the left, then a car passes on the right", "--sound", dog,
               "--sound", car, out, "--format", "foa", "--sample-rate", SR, "--labels", "--plot", tmp_path / "y.png",
               "--save-scene", tmp_path / "yard.json")
    assert res.exit_code == 0, res.output
    audio, sr = sf.read(out, always_2d=True)
    assert sr == SR and audio.shape[1] == 4
    first, second = audio[: int(0.9 * SR)].T, audio[int(1.1 * SR): int(2.4 * SR)].T
    assert ambisonic_direction(first)[0] == pytest.approx(90, abs=20)  # the dog, on the left, first
    assert ambisonic_direction(second)[0] == pytest.approx(-90, abs=20)  # then the car, on the right
    rows = read_labels(out.with_suffix(".csv"))
    assert {r.class_index for r in rows} == {0, 1} and min(r.frame for r in rows if r.class_index == 1) == 10
    assert (tmp_path / "y.png").stat().st_size > 5000
    scene = json.loads((tmp_path / "yard.json").read_text())
    assert [e["label"] for e in scene["events"]] == ["dog", "car"] and scene["events"][1]["onset_s"] == 1.0


def test_render_a_scene_file_to_binaural(tmp_path):
    data = {"name": "hall", "duration_s": 2.0, "sample_rate": SR, "room": {"rt60_s": 0.6, "drr_db": 0, "wet": 0.5},
            "background": {"noise": "pink", "level_db": -50},
            "events": [{"sound": "synth:bell?seed=1&duration=1.0", "label": "bell", "params": {"azimuth_deg": 90}},
                       {"sound": "synth:chirp?seed=2&duration=1.0", "onset_s": 0.5, "label": "chirp",
                        "params": {"azimuth_deg": -90}}]}
    (tmp_path / "hall.json").write_text(json.dumps(data))
    res = _run("render", "--scene", tmp_path / "hall.json", tmp_path / "hall.wav", "--format", "binaural")
    assert res.exit_code == 0, res.output
    info = sf.info(tmp_path / "hall.wav")
    assert (info.channels, info.frames) == (2, 2 * SR)


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        (["--text", "a dog barks on the left while a car passes on the right", "--sound", "{dog}", "{out}"], 1,
         "give one sound per source"),
        (["--text", "a dog barks", "--sound", "{tmp}/none.wav", "{out}"], 1, "none.wav': not found"),
        (["--sound", "{dog}", "{out}"], 2, "give --text"),
        (["--scene", "{tmp}/bad.json", "{out}"], 1, "scene 'bad', event 0"),
        (["--text", "a dog barks", "--sound", "{dog}", "{tmp}/out.mp3"], 1, "use a .wav or .flac"),
    ],
)
def test_errors_are_one_line(sounds, tmp_path, args, code, needle):
    (tmp_path / "bad.json").write_text(json.dumps({"name": "bad", "duration_s": 2, "events": [
        {"sound": "synth:bell?seed=1&duration=1", "onset_s": 3}]}))
    subst = {"dog": str(sounds[0]), "out": str(tmp_path / "o.wav"), "tmp": str(tmp_path)}
    res = _run("render", *[a.format(**subst) for a in args])
    assert res.exit_code == code, res.output
    lines = res.output.strip().splitlines()
    assert needle in res.output and "Traceback" not in res.output
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("error: ")
    assert not (tmp_path / "o.wav").exists()


def test_dataset_and_check_commands(tmp_path):
    job = tmp_path / "job.toml"
    job.write_text('scenes = 2\nseed = 1\n[dataset]\nout = "ds"\nduration_s = 6.0\nsample_rate = 16000\n'
                   '[splits]\ntrain = 0.5\nval = 0.5\ntest = 0.0\n')
    res = _run("dataset", job, "-q")
    assert res.exit_code == 0, res.output
    card = json.loads(res.output)
    assert card["scenes"] == 2 and card["scenes_per_split"] == {"train": 1, "val": 1, "test": 0}
    res = _run("check", tmp_path / "ds")
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["passed"] is True
    # a label file that lies about the directions: the check says so and fails
    broken = tmp_path / "broken"
    shutil.copytree(tmp_path / "ds", broken)
    for csv in (broken / "metadata_dev").rglob("*.csv"):
        lines = [line.split(",") for line in csv.read_text().splitlines()]
        csv.write_text("".join(",".join([*c[:3], str(-int(c[3])), *c[4:]]) + "\n" for c in lines))
    res = _run("check", broken)
    assert res.exit_code == 1 and "labels do not match the audio" in res.output


def test_a_bad_job_file_exits_2(tmp_path):
    job = tmp_path / "job.toml"
    job.write_text("scenes = 2\n[events]\nmax_polyphony = 0\n")
    res = _run("dataset", job)
    assert res.exit_code == 2 and "events.max_polyphony=0" in res.output and "Traceback" not in res.output


def test_t2sa_batch_run_makes_a_seld_job_like_the_other_jobs(tmp_path):
    from t2sa.cli.batch import main as batch_main

    job = tmp_path / "job.toml"
    job.write_text("scenes = 1\n[dataset]\nduration_s = 3.0\nsample_rate = 16000\n")
    res = CliRunner().invoke(batch_main, ["run", str(job), "--out", str(tmp_path / "ds")])
    assert res.exit_code == 0, res.output
    assert len(list((tmp_path / "ds" / "metadata_dev").rglob("*.csv"))) == 1


def test_predict_scene_flag_and_one_source_text_gets_exactly_the_predict_params():
    """``t2sa predict --scene`` is ``t2sa scene predict``; a one-source text is read exactly as ``t2sa predict``
    reads it (the same words, the same model): the same parameters, field for field."""
    one = "a car passes slowly from right to left behind me, far away"
    plain = CliRunner().invoke(main, ["predict", one])
    scene = CliRunner().invoke(main, ["predict", "--scene", one, "a bell rings above while rain falls on the left"])
    assert plain.exit_code == 0 and scene.exit_code == 0, plain.output + scene.output
    expected = json.loads(plain.output)
    first, second = (json.loads(line) for line in scene.output.strip().splitlines())
    assert [e["text"] for e in first["events"]] == [one]
    assert first["events"][0]["params"] == {k: v for k, v in expected.items() if k != "text"}
    assert [e["text"] for e in second["events"]] == ["a bell rings above", "rain falls on the left"]


def test_render_scene_flag_renders_text_with_one_sound_per_source(sounds, tmp_path):
    dog, car = sounds
    out = tmp_path / "two.wav"
    res = CliRunner().invoke(main, ["render", "--scene", "--text", "a dog barks on the left. After 1 second a bell "
                                    "rings on the right", "--sound", str(dog), "--sound", str(car), str(out),
                                    "--sample-rate", str(SR), "--labels"])
    assert res.exit_code == 0, res.output
    assert "event 1: car at 1.00 s, az -90" in res.output and "warning" not in res.output
    audio, sr = sf.read(out, always_2d=True)
    assert sr == SR and audio.shape[1] == 4  # FOA, the scene default
    assert ambisonic_direction(audio[int(0.1 * SR): int(0.9 * SR)].T)[0] == pytest.approx(90, abs=20)
    assert ambisonic_direction(audio[int(1.1 * SR): int(2.4 * SR)].T)[0] == pytest.approx(-90, abs=20)
    # a scene file through the same flag, and the plain command still wants IN and OUT
    (tmp_path / "s.json").write_text(json.dumps({"name": "s", "duration_s": 1.0, "sample_rate": SR, "events": [
        {"sound": "synth:bell?seed=1&duration=0.5", "params": {"azimuth_deg": 30}}]}))
    res = CliRunner().invoke(main, ["render", "--scene", str(tmp_path / "s.json"), str(tmp_path / "s.wav")])
    assert res.exit_code == 0 and sf.info(tmp_path / "s.wav").frames == SR, res.output
    res = CliRunner().invoke(main, ["render", str(tmp_path / "s.wav")])
    assert res.exit_code == 2 and "Missing argument 'OUT'" in res.output
