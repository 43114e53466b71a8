"""Issue 12, fourth round: 'go off' (an alarm, fireworks, a bomb) is firing, not leaving.

Before this round every form of 'go off' read as a recede, so 'a car alarm goes off across the street' moved
away from the listener and lost its implied distance. Going off *somewhere* (into the distance, down the road)
still recedes."""

from __future__ import annotations

import pytest
from support.text import rules_params

FIRING = [
    ("Fireworks are going off over the river.", 8.0, 2000.0),
    ("A car alarm goes off in the car park across the street.", 8.0, 80.0),
    ("My alarm clock went off.", 0.05, 3.0),
]


@pytest.mark.parametrize(("text", "lo", "hi"), FIRING)
def test_go_off_is_firing_not_leaving(text: str, lo: float, hi: float) -> None:
    p = rules_params(text)
    assert p.motion != "recede", (text, p.motion)
    assert lo <= p.distance_m <= hi, (text, p.distance_m)


LEAVING = [
    "The truck goes off down the road.",
    "The dog went off into the distance.",
    "The car goes away.",
]


@pytest.mark.parametrize("text", LEAVING)
def test_go_off_somewhere_still_recedes(text: str) -> None:
    assert rules_params(text).motion == "recede", text


FADING_KO = [
    "발소리가 작아져.",
    "개 짖는 소리가 작아지고 있어.",
]


@pytest.mark.parametrize("text", FADING_KO)
def test_korean_sound_getting_smaller_recedes(text: str) -> None:
    """소리가 작아져 (a sound getting quieter) is a recede, as '점점 작아' and '작아지며' already were."""
    assert rules_params(text).motion == "recede", text


FAR_END = [
    "The dog barks at the far end of the park.",
    "The drummer is not close at all, he's at the other end of the field.",
    "Kids shout on the far side of the playground.",
    "공원 끝에서 개가 짖어.",
    "드러머는 전혀 가깝지 않아, 운동장 저 끝에 있어.",
    "놀이터 반대편에서 애들이 소리 질러.",
]


@pytest.mark.parametrize("text", FAR_END)
def test_far_end_of_an_open_space_is_far(text: str) -> None:
    """The far end / other side of a field, park or playground is tens of metres off, like 'across the field'."""
    d = rules_params(text).distance_m
    assert 8.0 <= d <= 100.0, (text, d)
