"""Scene model: validation names scene, event, field and value; JSON round trips; fitting sounds."""

from __future__ import annotations

import json

import numpy as np
import pytest
import soundfile as sf

from t2sa.errors import FieldError
from t2sa.params import SpatialParams
from t2sa.scene.mix import fit_sound, fitted_sound
from t2sa.scene.model import Background, Event, Room, Scene, SceneError, load_scene, scene_from_dict, scene_to_dict

SR = 16000


def _event(**kw) -> Event:
    base = dict(sound="synth:bell?seed=1&duration=1.0", params=SpatialParams(azimuth_deg=30), onset_s=0.5, label="bell")
    return Event(**{**base, **kw})


@pytest.mark.parametrize(
    ("kw", "field", "value"),
    [
        ({"onset_s": -1.0}, "events[1].onset_s", "-1.0"),
        ({"onset_s": 5.0}, "events[1].onset_s", "5.0"),
        ({"duration_s": 4.9}, "events[1].duration_s", "4.9"),
        ({"fit": "stretch", "duration_s": 1.0}, "events[1].fit", "'stretch'"),
        ({"fit": "loop"}, "events[1].fit", "'loop'"),
        ({"gain_db": float("nan")}, "events[1].gain_db", "nan"),
        ({"sound": 42}, "events[1].sound", "42"),
        ({"sound": "synth:violin?seed=1&duration=1"}, "events[1].sound", "violin"),
        ({"sound": np.array([0.0, np.nan])}, "events[1].sound", "array"),
        ({"sound": np.zeros((2, 10))}, "events[1].sound", "array"),
        ({"label": ""}, "events[1].label", "''"),
    ],
)
def test_bad_event_fields_name_scene_event_field_and_value(kw, field, value):
    with pytest.raises(SceneError) as info:
        Scene(5.0, (_event(), _event(**kw)), name="park", sample_rate=SR)
    err = info.value
    assert isinstance(err, FieldError)
    assert err.field == field and err.row == "park" and err.event == 1
    message = str(err)
    assert message.startswith("scene 'park', event 1") and field in message and value in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"duration_s": 0.0}, "duration_s"),
        ({"sample_rate": 1000}, "sample_rate"),
        ({"seed": -1}, "seed"),
        ({"room": Room(rt60_s=0.0)}, "room.rt60_s"),
        ({"room": Room(wet=2.0)}, "room.wet"),
        ({"room": {"rt60": 1.0}}, "room.rt60"),
        ({"background": Background(level_db=3.0)}, "background.level_db"),
        ({"background": Background(noise="blue")}, "background.noise"),
    ],
)
def test_bad_scene_fields(kw, field):
    with pytest.raises(SceneError) as info:
        Scene(**{"duration_s": 5.0, "events": (_event(),), "name": "hall", **kw})
    assert info.value.field == field and "scene 'hall'" in str(info.value)


def test_bad_params_in_json_name_the_event_and_the_param():
    data = {"name": "s", "duration_s": 4, "events": [{"sound": "synth:bell?seed=1&duration=1", "label": "dog",
                                                     "params": {"distance_m": -3}}]}
    with pytest.raises(SceneError) as info:
        scene_from_dict(data)
    assert info.value.field == "events[0].params.distance_m"
    assert "event 0 (dog)" in str(info.value) and "-3" in str(info.value)
    data["events"][0]["params"] = {"azimuth_deg": 10}
    data["events"][0]["onset"] = 1.0
    with pytest.raises(SceneError, match=r"events\[0\]\.onset=1\.0: unknown field"):
        scene_from_dict(data)


def test_json_round_trip_with_relative_sound_paths(tmp_path):
    sound = tmp_path / "sounds" / "dog.wav"
    sound.parent.mkdir()
    sf.write(sound, 0.1 * np.sin(np.arange(SR) * 0.1), SR)
    moving = SpatialParams(azimuth_deg=90, motion="path", trajectory=[
        {"t": 0, "azimuth_deg": 90, "elevation_deg": 0, "distance_m": 1, "spread_deg": 0},
        {"t": 1, "azimuth_deg": 0, "elevation_deg": 10, "distance_m": 2, "spread_deg": 0}])
    scene = Scene(3.0, (
        Event("sounds/dog.wav", SpatialParams(azimuth_deg=-40, distance_m=2), onset_s=0.25, label="dog"),
        Event("synth:chirp?seed=4&duration=1.500", moving, onset_s=1.0, duration_s=1.2, fit="loop", gain_db=-3,
              level_dbfs=-25, label="chirp"),
    ), room=Room(0.8, 3.0, 0.6), background=Background(-45.0, "brown"), sample_rate=SR, seed=7, name="yard")
    data = scene_to_dict(scene)
    path = tmp_path / "yard.json"
    path.write_text(json.dumps(data))
    back = load_scene(path)
    assert back.events[0].sound == str(tmp_path / "sounds" / "dog.wav")
    again = scene_to_dict(back)
    again["events"][0]["sound"] = "sounds/dog.wav"
    assert again == data
    assert back.events[1].params == moving and back.room == scene.room and back.background == scene.background


def test_trim_cuts_with_a_fade_and_keeps_shorter_sounds():
    x = np.ones(SR, dtype=np.float32)
    y = fit_sound(x, SR, 0.5, "trim")
    assert y.size == SR // 2 and y[0] == 1.0 and y[-1] < 0.01 and y[-int(0.011 * SR)] == 1.0
    assert fit_sound(x, SR, 2.0, "trim").size == SR  # natural length when shorter
    assert fit_sound(x, SR, None, "trim") is x


def test_loop_repeats_to_the_exact_length_without_gaps_or_bumps():
    t = np.arange(int(0.3 * SR))
    x = (0.5 * np.sin(2 * np.pi * 400 * t / SR)).astype(np.float32)  # 120 whole periods: seamless in a loop
    y = fit_sound(x, SR, 1.0, "loop")
    assert y.size == SR
    body = y[: 197 * 80]  # all but the final fade
    envelope = np.abs(body).reshape(-1, 80).max(axis=1)  # 5 ms windows
    assert envelope.min() > 0.45 and envelope.max() < 0.55  # no gap, no doubled level at the joins
    np.testing.assert_array_equal(y[: int(0.25 * SR)], x[: int(0.25 * SR)])


def test_fitted_sound_is_cut_at_the_scene_end_and_scaled_to_its_level():
    scene = Scene(2.0, (_event(sound="synth:noise_burst?seed=2&duration=3", onset_s=1.5, level_dbfs=-30.0),),
                  sample_rate=SR)
    x = fitted_sound(scene, 0)
    assert x.size == int(0.5 * SR)
    full = Scene(4.0, (_event(sound="synth:noise_burst?seed=2&duration=3", onset_s=0.0, level_dbfs=-30.0),),
                 sample_rate=SR)
    y = fitted_sound(full, 0)
    assert abs(10 * np.log10(np.mean(y.astype(float) ** 2)) + 30.0) < 0.01


def test_a_missing_sound_file_names_the_event(tmp_path):
    scene = Scene(2.0, (_event(sound=str(tmp_path / "nope.wav"), label="door"),), sample_rate=SR, name="flat")
    with pytest.raises(SceneError) as info:
        fitted_sound(scene, 0)
    assert "scene 'flat', event 0 (door)" in str(info.value) and "not found" in str(info.value)


def test_generated_sounds_are_made_once_inside_cached_sounds_and_kept_nowhere_else():
    from t2sa.scene.bank import cached_sounds, load_sound

    name = "synth:chirp?seed=3&duration=0.500"
    a, b = load_sound(name, SR), load_sound(name, SR)
    assert a is not b and np.array_equal(a, b) and a.flags.writeable
    with cached_sounds():
        c, d = load_sound(name, SR), load_sound(name, SR)
        assert c is d and not c.flags.writeable  # shared, so nobody may change it
    assert load_sound(name, SR) is not c
