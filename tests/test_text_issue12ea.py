"""Issue 12, thirty-fourth round: what the development sets ``dev_issue12ea`` and ``dev_issue12dz`` (written blind)
showed about implied rooms, distances, widths and heights, in sentences of my own. The comments say which cases failed
on the round's starting code (b30048a) and which are guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import rules_params


@pytest.mark.parametrize(
    ("text", "dry"),
    [
        ("We clapped in the middle of the empty field and there was no echo at all, 메아리 하나 없더라.", True),  # guard (read so before this round too)
        ("노래방 부스 안은 울림 제로라서 목소리가 그대로 들려", True),  # guard (read so before this round too)
        ("이불을 잔뜩 깔아 놔서 소리 질러도 하나도 안 울려", True),  # guard (read so before this round too)
        ("The practice room is full of cushions, so the drums sound dead in there.", True),  # guard (read so before this round too)
        ("Each hammer blow in the boiler room rings for ages.", False),  # failed before this round
        ("창고 철문을 닫으니까 쾅 소리가 울리고 한참 남아", False),  # guard (read so before this round too)
        ("교회 종소리가 멀리서 울려 퍼져", False),  # guard: a ring, wet
    ],
)
def test_rooms_told_by_what_the_echo_does(text, dry):
    wet = rules_params(text).wet
    assert (wet <= 0.2) if dry else (wet >= 0.5), (text, wet)


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("The buskers were singing in the underpass under the ring road and it rang like a bell.", 0.0),  # guard (read so before this round too)
        ("Under my thick duvet, the rain sounds miles away.", 0.0),  # guard (read so before this round too)
        ("Down in the tunnel under the river our voices boomed.", 0.0),  # failed before this round
        ("지하 주차장 통로에서 친구가 휘파람 부니까 엄청 울렸어", 0.0),  # guard (read so before this round too)
        ("굴다리 아래에서 박수 쳤는데 소리가 계속 돌아왔어", 0.0),  # failed before this round
        ("지하실에서 쿵쿵 소리가 나", -65.0),  # guard: a basement is below
        ("Something is scratching under the floorboards.", -60.0),  # guard
    ],
)
def test_a_place_the_listener_is_in_is_no_height(text, el):
    from t2sa.text.predictor import TextToSpatial

    got = TextToSpatial.load().predict([text])[0].elevation_deg  # (the network's guess must not leak through either)
    assert got == pytest.approx(el, abs=10.0), (text, got)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("My boss muttered something from all the way across the open-plan office.", 6.0, 40.0),  # failed before this round
        ("A nurse whispered across the ward behind me.", 4.0, 40.0),  # failed before this round
        ("The tiger growled right up against the glass on my left.", 0.3, 3.0),  # failed before this round
        ("The owl is a fair way off in the woods behind us.", 15.0, 300.0),  # guard (read so before this round too)
        ("The dog next door is yapping over the fence on my right.", 3.0, 30.0),  # guard
        ("담 너머 옆집에서 개가 짖어", 3.0, 30.0),  # guard (read so before this round too)
        ("A few hundred metres off, a tractor starts up on the left.", 150.0, 600.0),  # failed before this round
        ("저 앞 몇백 미터 밖에서 경적이 울려", 150.0, 600.0),  # failed before this round
        ("몇십 미터 뒤에서 누가 불러", 15.0, 60.0),  # failed before this round
        ("a couple hundred yards behind us a dog barks", 120.0, 250.0),  # failed before this round
        ("The foghorn isn't far tonight.", 50.0, 400.0),  # failed before this round
        ("The radio isn't far, it's on the shelf.", 0.5, 4.0),  # guard: not far for a radio
        ("백 미터 앞에서 사이렌이 울려", 99.0, 101.0),  # guard: a number is exact
    ],
)
def test_distances_implied_by_the_place_and_by_rough_numbers(text, lo, hi):
    d = rules_params(text).distance_m
    assert lo <= d <= hi, (text, d)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The geese are honking all round our cabin tonight.", 240.0, 360.0),  # failed before this round
        ("There's a row of speakers along the back of the stage blasting the intro.", 60.0, 200.0),  # failed before this round
        ("The club has subs all the way along the right wall.", 60.0, 200.0),  # failed before this round
        ("앞에 스피커가 일렬로 쭉 놓여 있어", 60.0, 200.0),  # failed before this round
        ("Only a handful of fans clapping up in the corner.", 5.0, 45.0),  # guard (read so before this round too)
        ("Forget the downpour, it's just a thin trickle from the drainpipe on my left.", 0.0, 25.0),  # failed before this round
        ("A car drives along the street from left to right.", 0.0, 30.0),  # guard: a mover is not a line of sources
    ],
)
def test_widths_told_by_how_many_and_how_spread(text, lo, hi):
    spread = rules_params(text).spread_deg
    assert lo <= spread <= hi, (text, spread)
