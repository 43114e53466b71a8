"""Issue 12, fourteenth round, second part: what the development set ``dev_issue12ag`` (written blind) showed,
tested on look-alike sentences of my own: compass words read from the way the listener faces, "my other left",
a negated motion named with its source ("it's not a bus going past"), a Korean "난 거 말고", back seats, "딱 머리
위", and distances counted in words ("a couple of feet", "half a mile"). Each case failed before this round
(fdab65c) unless marked as a guard; the comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import off as _off
from support.text import rules_params


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("I'm facing west; the church bell is to the north.", -90.0),  # 0
        ("Looking east, the waterfall is to the north.", 90.0),  # -45
        ("서쪽을 바라보고 서 있는데 종소리가 북쪽에서 들려.", -90.0),  # 0
        ("Facing north, a dog barks to the east.", -90.0),  # guard: north is front anyway
        ("The wind comes from the west.", 90.0),  # guard: no facing said
        ("No, my other left! The tap is dripping over there.", -90.0),  # 90
        ("It's not a bus going past, it's a bus idling on my right.", -90.0),  # -45 (a pass)
        ("오른쪽에서 난 거 말고 왼쪽 뒤에서 들린 소리.", 135.0),  # 180
        ("택시 왼쪽 뒷자리에서 휴대폰이 울려.", 135.0),  # 90
    ],
)
def test_where_it_is(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


def test_a_negated_pass_stays_put() -> None:
    assert rules_params("It's not a bus going past, it's a bus idling on my right.").motion == "static"  # pass


def test_right_above_the_head() -> None:
    assert rules_params("딱 머리 위에서 새가 울어.").elevation_deg == pytest.approx(85.0)  # 70


@pytest.mark.parametrize(
    ("text", "m"),
    [
        ("Footsteps a couple of feet behind me.", 0.6096),  # 3.0
        ("A few feet to my right, a phone buzzes.", 0.9144),  # 1.5
        ("A foghorn half a mile to the left.", 804.672),  # 500
        ("A dog barks a couple of metres away.", 2.0),  # guard
        ("A drone hovers 10 yds off to the left.", 9.144),  # guard: plural abbreviations stay units
        ("A bee buzzes 20 cms from my ear.", 0.2),  # guard
    ],
)
def test_distance_counted_in_words(text: str, m: float) -> None:
    assert rules_params(text).distance_m == pytest.approx(m, rel=1e-6)
