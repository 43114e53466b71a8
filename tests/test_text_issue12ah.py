"""Issue 12, fourteenth round, third part: what the development set ``dev_issue12ah`` (written blind) showed,
tested on look-alike sentences of my own: distances implied by the place (the other end of the house, way across
the park, out in the mountains, deep in a wood, the flats across the road, a friend across a café table, at hand,
on my belly), one of a kind is a point (하나가, 누가 혼자), "spans the whole cliff" is wide, under the covers is
dry, "엄청 높이" is high, and a move that must never happen does not happen. Each case failed before this round
(fdab65c) unless marked as a guard; the comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Mum is calling me from the far end of the flat.", 5.0, 30.0),  # 1.2
        ("거실 반대편 끝에서 아빠가 나를 불러.", 5.0, 30.0),  # 1.2
        ("A band is playing way across the park on my right.", 100.0, 1000.0),  # 20
        ("An elk calling somewhere up in the hills.", 200.0, 1000.0),  # 30
        ("저 멀리 산속에서 부엉이가 운다.", 200.0, 1000.0),  # 50
        ("An owl hooting deep in the forest.", 30.0, 500.0),  # 20
        ("맞은편 아파트 베란다에서 누가 기타를 쳐.", 30.0, 200.0),  # 4.0
        ("맞은편에 앉은 동료가 키보드를 두드려.", 0.5, 1.5),  # 4.0
        ("오른손 옆에 둔 시계가 째깍거려.", 0.05, 0.6),  # 3.0
        ("고양이가 내 배 위에서 골골거려.", 0.05, 0.6),  # 2.5
        ("골목 서너 개 너머에서 공사 소리가 나.", 50.0, 500.0),  # 30
    ],
)
def test_implied_distance(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


def test_at_hand_on_the_side_of_that_hand() -> None:
    assert _off(rules_params("오른손 옆에 둔 시계가 째깍거려.").azimuth_deg, -90.0) < 1.0  # 0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("매미 하나가 창밖에서 울어.", 0.0, 25.0),  # 90
        ("체육관 뒤쪽에서 누가 혼자 박수를 쳐.", 0.0, 25.0),  # 100
        ("The radio play's rain spans the whole stage in front of us.", 90.0, 240.0),  # 10
    ],
)
def test_implied_width(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).spread_deg <= hi


@pytest.mark.parametrize(
    "text",
    [
        "Whispering under the covers with my sister.",  # 0.2 (wet)
        "이불 밑에서 라디오를 작게 들었어.",  # 0.2
    ],
)
def test_under_the_covers_is_dry(text: str) -> None:
    assert rules_params(text).wet <= 0.1


def test_very_high_up() -> None:
    assert rules_params("헬리콥터가 아주 높이 날고 있어.").elevation_deg == pytest.approx(60.0)  # 45


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The drone hum stays far off; it must never sound like it's coming closer.", "none"),  # closer
        ("사이렌이 절대 다가오는 느낌 들면 안 돼.", "none"),  # closer
        ("The siren is coming closer.", "closer"),  # guard
    ],
)
def test_a_move_that_must_not_happen(text: str, want: str) -> None:
    assert _trend(text) == want
