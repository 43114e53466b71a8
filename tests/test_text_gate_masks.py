"""The network's direction gate ignores words the rules mask as not spatial.

"right now", "all right", "someone left the radio on", "left alone" hold the letters of a direction word but
state no direction; before the gate looked past the rules' masks, the shipped network's guess (-86, -82, 78,
93 deg) came through on exactly these texts, although unstated means front."""

from __future__ import annotations

import pytest

from t2sa.text import TextToSpatial


@pytest.fixture(scope="module")
def model():
    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    [
        "A dog barks right now.",
        "The kettle is whistling, all right.",
        "Someone left the radio on.",
        "Left alone, the cat meows.",
    ],
)
def test_masked_direction_words_let_no_network_direction_through(model, text):
    (combined,) = model.predict([text], mode="combined")
    (rules,) = model.predict([text], mode="cues")
    assert (rules.azimuth_deg, rules.elevation_deg) == (0.0, 0.0)
    assert (combined.azimuth_deg, combined.elevation_deg) == (0.0, 0.0)


def test_a_misspelt_direction_word_still_opens_the_gate(model):
    (rules,) = model.predict(["a dog barks on the lefft"], mode="cues")
    (combined,) = model.predict(["a dog barks on the lefft"], mode="combined")
    assert rules.azimuth_deg == 0.0 and combined.azimuth_deg > 30.0  # the network reads the typo; the mask is not in the way


def test_common_typos_of_sides_are_read_by_the_rules(model):  # round 41: "lfet", "rigth" are read as words
    (left,) = model.predict(["a dog barks on the lfet"], mode="cues")
    (right,) = model.predict(["steps sound on the rigth"], mode="cues")
    assert left.azimuth_deg == 90.0 and right.azimuth_deg == -90.0


@pytest.mark.parametrize(
    "text",
    [
        "Cars hum on the highway.",  # "high": the network said 52 deg up
        "The headline news plays on TV.",  # "head": 71 deg up
        "A dog barks in the backyard.",  # "back": 175 deg
        "발표 중에 휴대폰이 울렸어.",  # 발 (foot) in 발표 (a talk): 62 deg down
        "주위에서 사람들이 웅성거려.",  # 위에서 (from above) in 주위에서 (around): the rules read 45 deg up
    ],
)
def test_words_that_only_start_like_a_direction_state_none(model, text):
    """Unstated means front, ear level: before, each of these came out where the comment says."""
    (combined,) = model.predict([text], mode="combined")
    assert (combined.azimuth_deg, combined.elevation_deg) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Thunder rolls over the hills.",
        "The alarm goes off in the hallway.",
        "A drop of water plinks somewhere deep inside the cave.",  # the network's fall from 60 deg up came through
    ],
)
def test_phrases_that_move_nothing_keep_a_source_static(model, text):
    """'rolls', 'goes' are motion stems, but rolling thunder and an alarm going off move nowhere: the network's
    'pass' made the thunder cross from left (90) to right (-90)."""
    (combined,) = model.predict([text], mode="combined")
    assert combined.motion == "static" and combined.azimuth_deg == 0.0


def test_a_stated_height_still_opens_the_gate_beside_such_words(model):
    (combined,) = model.predict(["A helicopter hovers high above the highway."], mode="combined")
    assert combined.elevation_deg > 30.0


@pytest.mark.parametrize(
    "text",
    [
        # other sounds' places: before round 22 the network's guess (-162 / 166 deg) came through on these
        "오르골 소리가 조금씩 느려지다 멈췄어. 그동안 오른쪽에선 빨래 건조기가 돌고 뒤에선 고양이가 그루밍하고.",
        "Footsteps, getting louder and louder, and I was the only one left in the office with the copier humming on my right and the vending machine behind me.",
    ],
)
def test_direction_words_the_rules_set_aside_let_no_network_direction_through(model, text):
    (rules,) = model.predict([text], mode="cues")
    (combined,) = model.predict([text], mode="combined")
    assert rules.azimuth_deg == 0.0 and combined.azimuth_deg == 0.0


def test_set_aside_places_are_the_direction_words_the_rules_read_and_dropped():
    from t2sa.text import cues

    text = cues.normalize("It's not on the left, it's on the right.")
    left = text.index("left")
    assert cues.set_aside_places(text) == ((left, left + len("left")),)  # the negated one; "right" is kept
    assert cues.set_aside_places(cues.normalize("A dog barks on the left.")) == ()


def test_a_network_pass_with_no_side_said_invents_none(model):
    # "왼쪽 무릎" is which knee; "와서" lets the network's motion through, and a pass with no side ran left to right
    text = "우리 영감이 왼쪽 무릎 수술하고 와서 밤새 끙끙 앓아요"
    (combined,) = model.predict([text], mode="combined")
    assert combined.azimuth_deg == 0.0 and combined.motion != "pass"


def test_a_head_kept_up_is_no_height(model):  # the network's 82 deg up came through on "up" before round 22
    (combined,) = model.predict(["Coach shouted right in my face to get my head up."], mode="combined")
    assert combined.elevation_deg == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Back on earlies from Tuesday, and the bin lorry is already grinding away.",  # "back" on a shift: 170 deg
        "The generator coughs back into life after a minute.",  # "back into life": 174 deg
    ],
)
def test_particles_that_look_like_sides_let_no_network_direction_through(model, text):
    """Round 43: "back" and "up" as verb particles opened the gate for a network guess behind or above."""
    (combined,) = model.predict([text], mode="combined")
    assert (combined.azimuth_deg, combined.elevation_deg) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "계단을 다 올라갔더니 어디선가 라디오 소리가 들려.",  # the listener climbs: the network said rise (-30 -> 60)
        "옥상까지 올라가서 쉬는데 어디선가 개가 짖어.",
        "We climbed up to the hut and a generator was droning away.",
    ],
)
def test_a_network_rise_needs_a_height_word_that_agrees(model, text):
    """A rise or fall is a height change, a direction component: with no direction the rules read and no network
    direction that passed the gate, the source stays static at ear level."""
    (combined,) = model.predict([text], mode="combined")
    assert combined.motion == "static"
    assert {round(p.elevation_deg, 6) for p in combined.trajectory} == {0.0}


def test_the_back_of_a_place_still_opens_the_gate(model):  # guard: the network reads "at the back of the house"
    (rules,) = model.predict(["A dog barks at the back of the house."], mode="cues")
    (combined,) = model.predict(["A dog barks at the back of the house."], mode="combined")
    assert rules.azimuth_deg == 0.0 and abs(combined.azimuth_deg) > 150.0
