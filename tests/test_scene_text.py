"""Scenes from text: sources and timing split out of a sentence; single-source text stays one source."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from t2sa.errors import FieldError
from t2sa.params import SpatialParams
from t2sa.scene.parse import SceneClause, onsets_for, scene_from_text, split_scene_text

DATA = Path(__file__).parent / "data"


def _texts(clauses: list[SceneClause]) -> list[str]:
    return [c.text for c in clauses]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a dog barks on the left while a car passes from right to left",
         ["a dog barks on the left", "a car passes from right to left"]),
        ("While a dog barks on the left, a car passes behind me.", ["a dog barks on the left", "a car passes behind me."]),
        ("a bird sings above, a phone rings on the right and someone knocks behind me",
         ["a bird sings above", "a phone rings on the right", "someone knocks behind me"]),
        ("A dog barks on the left. Meanwhile a bird sings above.", ["A dog barks on the left.", "a bird sings above."]),
        ("왼쪽에서 개가 짖는 동안 오른쪽에서 차가 지나가", ["왼쪽에서 개가 짖는", "오른쪽에서 차가 지나가"]),
        ("개가 왼쪽에서 짖고 차가 오른쪽에서 왼쪽으로 지나가", ["개가 왼쪽에서 짖고", "차가 오른쪽에서 왼쪽으로 지나가"]),
        ("개가 왼쪽에서 짖는다. 동시에 새가 위에서 운다. 한편 누군가 뒤에서 문을 두드린다.",
         ["개가 왼쪽에서 짖는다.", "새가 위에서 운다.", "누군가 뒤에서 문을 두드린다."]),
        ("새는 위에서 날고, 차는 오른쪽에서 지나가", ["새는 위에서 날고", "차는 오른쪽에서 지나가"]),
    ],
)
def test_simultaneous_sources_are_split(text, expected):
    clauses = split_scene_text(text)
    assert _texts(clauses) == expected
    assert {c.group for c in clauses} == {0}


@pytest.mark.parametrize(
    ("text", "timing"),
    [
        ("A dog barks on the left, then a car passes from right to left.", [("start", 0.0), ("end", 0.0)]),
        ("a dog barks on the left and after a few seconds a car passes on the right", [("start", 0.0), ("start", 3.0)]),
        ("a car approaches from the left, then 2 seconds later a horn honks on the right", [("start", 0.0), ("start", 2.0)]),
        ("A dog barks on the left. After a moment a bell rings above.", [("start", 0.0), ("end", 1.0)]),
        ("왼쪽에서 개가 짖어. 그 다음 차가 오른쪽에서 지나가.", [("start", 0.0), ("end", 0.0)]),
        ("개가 왼쪽에서 짖고 3초 후에 차가 오른쪽에서 지나가", [("start", 0.0), ("start", 3.0)]),
        ("개가 왼쪽에서 짖는다. 잠시 후 종이 위에서 울린다.", [("start", 0.0), ("end", 1.0)]),
    ],
)
def test_sequential_sources_get_their_timing(text, timing):
    clauses = split_scene_text(text)
    assert [c.group for c in clauses] == [0, 1]
    assert [(c.anchor, c.delay_s) for c in clauses] == timing


@pytest.mark.parametrize(
    "text",
    [
        "something moves from left to right and back",
        "a bee circles around your head",
        "It is as loud as a jet engine behind me",
        "a helicopter hovers high above you, slightly behind",
        "the sound moves left and the volume drops",
        "The guitar is behind me and a bit to the right.",
        "오른쪽 앞에서 조금씩 선명해져",
        "왼쪽에서 오른쪽으로 지나가고 멀어져",
        "왼쪽에서 짖으면서 다가와",
        "왼쪽으로 90도, 귀 높이보다 30도 아래.",
    ],
)
def test_single_source_text_stays_one_source(text):
    assert _texts(split_scene_text(text)) == [text]


@pytest.mark.parametrize("name", ["heldout_en.jsonl", "heldout_ko.jsonl"])
def test_the_single_source_development_sets_stay_single(name):
    """Hand-written one-source descriptions: at most the one sentence that really has two (rain + a hum)."""
    texts = [json.loads(line)["text"] for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    split = [t for t in texts if len(split_scene_text(t)) > 1]
    assert len(split) <= 1, split
    assert all("rain" in t or "비가" in t for t in split), split


def test_onsets_follow_groups_and_anchors():
    clauses = [SceneClause("a", 0), SceneClause("b", 0), SceneClause("c", 1, "end", 0.5), SceneClause("d", 2, "start", 2.0)]
    assert onsets_for(clauses, [2.0, 3.0, 1.0, 1.0]) == [0.0, 0.0, 3.5, 5.5]


class _Stub:
    """A text model that reads "left"/"right"/"hall" (so these tests need no torch) and records durations."""

    def __init__(self):
        self.durations: list[float | None] = []

    def predict(self, texts, duration_s=None):
        self.durations.append(duration_s)
        text = texts[0]
        az = 90.0 if "left" in text else -90.0 if "right" in text else 0.0
        room = {"rt60_s": 2.0, "wet": 0.6} if "hall" in text else {"rt60_s": 0.4, "wet": 0.0}
        return [SpatialParams(azimuth_deg=az, spread_deg=15.0, **room)]


def _wav(path: Path, seconds: float, sr: int = 16000) -> str:
    sf.write(path, 0.1 * np.random.default_rng(0).standard_normal(int(seconds * sr)), sr)
    return str(path)


def test_scene_from_text_places_each_sound(tmp_path):
    dog, car = _wav(tmp_path / "dog.wav", 1.5), _wav(tmp_path / "car.wav", 2.0)
    stub = _Stub()
    scene = scene_from_text("a dog barks on the left, then a car passes on the right in a big hall", [dog, car],
                            predictor=stub, sample_rate=16000)
    assert [e.label for e in scene.events] == ["dog", "car"]
    assert [e.params.azimuth_deg for e in scene.events] == [90.0, -90.0]
    assert [e.onset_s for e in scene.events] == [0.0, 1.5]  # "then": when the dog's sound ends
    assert stub.durations[:2] == [1.5, 2.0]  # each clause's params know its sound's length
    assert scene.room.rt60_s == 2.0 and scene.room.wet == 0.6  # the room comes from the whole text
    assert scene.duration_s == pytest.approx(3.5 + 2.0)  # until the car ends, plus the room's RT60


def test_one_sound_per_source_or_a_clear_error(tmp_path):
    dog = _wav(tmp_path / "dog.wav", 1.0)
    with pytest.raises(FieldError) as info:
        scene_from_text("a dog barks on the left while a car passes on the right", [dog], predictor=_Stub())
    assert info.value.field == "sound" and "2 source(s)" in str(info.value) and "a car passes" in str(info.value)
