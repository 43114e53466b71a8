"""Issue 12, fifth round: what the development set ``dev_issue12e`` (written blind, committed before it was run)
showed the rules reading wrongly. Each case failed before this round; the comment says what came out."""

from __future__ import annotations

import warnings

import pytest

from t2sa.text import world
from t2sa.text.trajectory import build_params


def _params(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_params(world.read(text))


def _end(p) -> tuple[float, float]:
    k = p.trajectory[-1]
    return k.azimuth_deg, k.elevation_deg


# (text, azimuth, elevation): where a static source is
PLACES = [
    ("An alarm bell rings loudly from directly above their head.", None, 85.0),  # 45: "their" was not a head
    ("정수리 바로 위에서 윙 하는 소리가 나.", None, 85.0),  # 45: 위에서 read on its own
    ("The phone buzzes at your right hip.", -90.0, -45.0),  # ear level: the hip was no height
    ("오른쪽 허리춤에서 휴대폰이 부르르 떨려.", -90.0, -45.0),  # ear level
    ("The narrator is right on the listener's nose, dead ahead.", 0.0, 0.0),  # -45: "right on" read as a side
    ("My brother tells a ghost story from the other side of the fire, right across from me.", 0.0, 0.0),  # -90
    ("The chatter comes from a cafe way down the block on the right.", -90.0, 0.0),  # -65 deg: "way down" as below
    ("오른쪽 높이 달린 스피커에서 안내 방송이 나와.", -90.0, 60.0),  # ear level: 높이 달린 was no height
    ("스네어는 가운데에서 살짝 좌측으로 보내.", 20.0, 0.0),  # front: a placement read as a move from the centre
    ("아니, 왼쪽 아니고 오른쪽 뒤라니까.", -135.0, 0.0),  # -90: 뒤라니까 was not a place
    ("오른쪽이 아니었어, 정확히는 정면이었어.", 0.0, 0.0),  # -45: 아니었어 negated nothing
    ("Sitting on a bench, I hear, directly behind me, a man sweeping leaves off the path.", 180.0, 0.0),  # a pass
]


@pytest.mark.parametrize(("text", "az", "el"), PLACES)
def test_places_read_as_said(text: str, az: float | None, el: float) -> None:
    p = _params(text)
    if az is not None:
        assert p.azimuth_deg == pytest.approx(az, abs=1.0), (text, p.azimuth_deg)
    assert p.elevation_deg == pytest.approx(el, abs=1.0), (text, p.elevation_deg)
    assert p.motion == "static", (text, p.motion)
