"""The cue parser: sign conventions, start/end roles, and phrases that look spatial but are not."""

import pytest

from t2sa.text.cues import parse


@pytest.mark.parametrize(
    "text, az",
    [
        ("a dog barks on my left", 90.0),
        ("a dog barks on the right", -90.0),
        ("footsteps behind you", 180.0),
        ("straight ahead", 0.0),
        ("front-left", 45.0),
        ("behind you to the right", -135.0),
        ("over your left shoulder", 135.0),
        ("왼쪽에서 개가 짖어", 90.0),
        ("오른편에서 들려요", -90.0),
        ("등 뒤에서", 180.0),
        ("오른쪽 앞에서 발소리가 나", -45.0),
        ("좌측 후방", 135.0),
        ("slightly to the left", 20.0),
        ("살짝 오른쪽", -20.0),
        ("to the west", 90.0),
    ],
)
def test_direction_words_follow_the_ccw_convention(text, az):
    assert parse(text).az == pytest.approx(az, abs=0.5)


def test_hedged_secondary_direction():
    az = parse("on the left, slightly behind").az
    assert 100 < az < 125


@pytest.mark.parametrize(
    "text, el",
    [("directly overhead", 85.0), ("up on the ceiling", 60.0), ("at your feet", -65.0), ("under the table", -45.0),
     ("머리 위에서", 70.0), ("발밑에서", -65.0), ("천장에서", 60.0)],
)  # fmt: skip
def test_heights(text, el):
    frame = parse(text)
    assert frame.el == el
    assert frame.az is None  # a height alone says nothing about azimuth


@pytest.mark.parametrize(
    "text",
    ["someone is right next to you", "knocking behind the door", "문 뒤에서 두드리는 소리", "it zigzags left and right",
     "the high-pitched whine of a mosquito", "잠시 뒤에 종이 울려", "분위기가 좋아", "주위가 조용해"],
)  # fmt: skip
def test_phrases_that_are_not_directions(text):
    frame = parse(text)
    assert frame.az is None and frame.el is None


def test_pass_from_to_roles_in_both_languages():
    for text in ("A car passes from left to right", "차가 왼쪽에서 오른쪽으로 지나가"):
        frame = parse(text)
        assert frame.motion == "pass"
        assert (frame.az, frame.end_az) == (90.0, -90.0)


def test_pass_by_a_side_goes_front_to_back_on_that_side():
    frame = parse("a car passes by on your left")
    assert (frame.az, frame.end_az) == (45.0, 135.0)


@pytest.mark.parametrize(
    "text, motion",
    [("footsteps approach from behind", "approach"), ("발소리가 다가와", "approach"), ("it moves away", "recede"),
     ("멀어집니다", "recede"), ("a bee circles around your head", "orbit"), ("주위를 빙빙 돌아", "orbit"),
     ("it rises slowly", "rise"), ("떨어진다", "fall"), ("zigzags", "zigzag"), ("좌우로 흔들려", "sway"),
     ("spirals upward", "spiral"), ("나선형으로 돌아", "spiral"), ("stays put", "static")],
)  # fmt: skip
def test_motion_words(text, motion):
    assert parse(text).motion == motion


def test_distance_roles_for_approach():
    frame = parse("it approaches from 10 metres away to 1 m")
    assert (frame.dist, frame.end_dist) == (10.0, 1.0)
    frame = parse("멀리서 천천히 다가와")
    assert frame.dist == 50.0 and frame.end_dist is None and frame.speed == -1


def test_rooms_and_occlusion():
    frame = parse("in a huge cathedral")
    assert frame.wet == 0.7 and frame.rt60 == 4.5
    frame = parse("through the wall")
    assert frame.gain < -6 and frame.spread >= 40
    assert parse("church bells ring").rt60 is None  # the bells are the source, not the room


def test_a_stated_wet_number_is_not_overridden_by_room_words():
    frame = parse("20% wet")
    assert frame.wet == 0.2 and frame.rt60 is None


def test_unstated_attributes_stay_none():
    frame = parse("a dog barks")
    assert all(getattr(frame, k) is None for k in ("az", "el", "dist", "spread", "wet", "gain", "drr", "rt60"))
    assert frame.motion is None
