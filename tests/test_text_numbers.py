"""Explicit numbers are read exactly, in both languages, with the documented conventions."""

import math

import pytest

from t2sa.text.cues import parse
from t2sa.text.numbers import find_numbers, parse_number


@pytest.mark.parametrize(
    "token, value",
    [("30", 30), ("2.5", 2.5), ("thirty five", 35), ("two hundred twenty-five", 225), ("one and a half", 1.5),
     ("half a", 0.5), ("삼십", 30), ("이백이십오", 225), ("두", 2), ("열두", 12), ("반", 0.5), ("banana", None)],
)  # fmt: skip
def test_parse_number(token, value):
    assert parse_number(token) == value


@pytest.mark.parametrize(
    "text, az",
    [
        ("30 degrees to the right", -30.0),
        ("30° left", 30.0),
        ("left 45 degrees", 45.0),
        ("오른쪽으로 30도", -30.0),
        ("왼쪽 45도 방향", 45.0),
        ("30도 오른쪽", -30.0),
        # bare angles and "azimuth" use the library's convention (+90 = left); compass words count clockwise
        ("at 90 degrees", 90.0),
        ("약 225도", -135.0),
        ("-30 degrees", -30.0),
        ("azimuth 270", -90.0),
        ("방위각 -120도", -120.0),
        ("bearing 90", -90.0),
        ("heading 270", 90.0),
        ("방위 90도", -90.0),
        ("at 3 o'clock", -90.0),
        ("9 o'clock", 90.0),
        ("at two o'clock", -60.0),
        ("6 o'clock", 180.0),
        ("두 시 방향", -60.0),
        ("10시 방향에서", 60.0),
        ("열두 시 방향", 0.0),
    ],
)
def test_directions_from_numbers_are_exact(text, az):
    frame = parse(text)
    assert frame.az == pytest.approx(az, abs=1e-9)


@pytest.mark.parametrize(
    "text, el",
    [("20 degrees up", 20.0), ("30 degrees below ear level", -30.0), ("위로 20도", 20.0), ("아래로 15도", -15.0),
     ("elevation 40", 40.0), ("고도 35도", 35.0)],
)  # fmt: skip
def test_elevation_numbers(text, el):
    assert parse(text).el == pytest.approx(el)


def test_side_and_elevation_together_in_korean_order():
    frame = parse("오른쪽으로 30도 위로 20도")
    assert (frame.az, frame.el) == (-30.0, 20.0)
    frame = parse("60도 왼쪽 20도 아래")
    assert (frame.az, frame.el) == (60.0, -20.0)


@pytest.mark.parametrize(
    "text, metres",
    [("5 metres away", 5.0), ("3m", 3.0), ("50 cm from you", 0.5), ("three feet away", 3 * 0.3048),
     ("half a metre away", 0.5), ("2.5미터 떨어진 곳", 2.5), ("40센티 거리", 0.4), ("10 ft", 3.048)],
)  # fmt: skip
def test_distances_are_exact(text, metres):
    assert parse(text).dist == pytest.approx(metres)


@pytest.mark.parametrize(
    "text, field, value",
    [
        ("20% wet", "wet", 0.2),
        ("reverb at 35%", "wet", 0.35),
        ("리버브 20%", "wet", 0.2),
        ("잔향 40퍼센트", "wet", 0.4),
        ("volume 50%", "gain", 20 * math.log10(0.5)),
        ("-6 dB", "gain", -6.0),
        ("6 dB quieter", "gain", -6.0),
        ("3dB 크게", "gain", 3.0),
        ("게인 -12dB", "gain", -12.0),
        ("reverb time of 2.5 seconds", "rt60", 2.5),
        ("a 2-second reverb", "rt60", 2.0),
        ("잔향 1.5초", "rt60", 1.5),
        ("DRR of 6 dB", "drr", 6.0),
    ],
)
def test_levels_and_reverb_numbers(text, field, value):
    assert getattr(parse(text), field) == pytest.approx(value)


@pytest.mark.parametrize(
    "text, field, value",
    [("moves left over 3 seconds", "motion_s", 3.0), ("3초 동안 이동해", "motion_s", 3.0),
     ("circles every 2 seconds", "period_s", 2.0), ("2초마다 한 바퀴 돌아", "period_s", 2.0),
     ("after 1.5 seconds it moves away", "delay_s", 1.5), ("2초 후에 멀어져", "delay_s", 2.0)],
)  # fmt: skip
def test_seconds_are_read_by_role(text, field, value):
    assert getattr(parse(text), field) == pytest.approx(value)


def test_turns():
    assert parse("circles around you twice").turns == 2.0
    assert parse("머리 위를 세 바퀴 돌아").turns == 3.0


def test_words_are_not_numbers():
    # "오른쪽" starts with 오 (five), "often" contains "ten", "구도" contains 구 (nine)
    assert find_numbers("오른쪽에서 구도 좋은 소리") == []
    assert find_numbers("it is often said") == []
    assert find_numbers("a dog barks on the left") == []


@pytest.mark.parametrize(
    ("text", "spread", "az"),
    [
        ("Make the width 60 degrees.", 60.0, None),
        ("A 90 degree spread on the right.", 90.0, -90.0),
        ("30 degrees to the right, 60 degrees wide.", 60.0, -30.0),
        ("폭을 60도로 해 줘.", 60.0, None),
        ("너비 45도, 왼쪽.", 45.0, 90.0),
    ],
)
def test_a_width_in_degrees_is_a_width_not_a_direction(text, spread, az):
    from t2sa.text import cues

    frame = cues.parse(text)
    assert frame.spread == pytest.approx(spread)
    assert frame.az == (None if az is None else pytest.approx(az))


def test_a_width_beyond_a_full_circle_is_clamped_with_a_warning():
    from t2sa.text import cues
    from t2sa.text.clean import TextWarning

    with pytest.warns(TextWarning, match="width"):
        assert cues.parse("Width 400 degrees.").spread == pytest.approx(360.0)
