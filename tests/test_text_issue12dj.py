"""Issue 12, twenty-ninth round: what the development sets ``dev_issue12dj`` to ``dev_issue12dm`` showed, tested on
sentences of my own. The listener turning by an amount, with where the sound was before and / or is after ("I turned a
quarter to my left and the drums ended up behind me", "오른쪽으로 반 바퀴 돌았더니"); corrections said as "I'd have
sworn ...", "what I took for ... was actually ..." and 다시 들어보니; words that look like moves or places in another
sense ("went down well", "prices went up", "left it running", "엄마 올라가셨어요?", "영상 올라오자마자"); the top shelf
(맨 윗칸) as a height of its own. Each case failed before this round (6c274a3) unless marked as a guard; the comment
says what came out then."""

from __future__ import annotations

import pytest
from support.text import off as _off
from support.text import rules_params


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # the listener turns: the sound was where it was said to be and ends where the turn takes it
        ("The drums were on my right, then I turned a quarter to the right.", -90.0, 0.0),  # static at -90
        ("I spun 90 degrees to my left and the piano that had been ahead of me ended up on my right.", 0.0, -90.0),  # 90 -> -90
        ("The hose was hissing behind me, so I turned a quarter to the right to see it.", 180.0, -90.0),  # static at -135
        ("The shaker was behind me until I did a three-quarter turn to the left.", 180.0, -90.0),  # ends at 90
        ("I turned my back on the stage, so the band that was in front of me is behind me now.", 0.0, 180.0),  # static in front
        ("오른쪽으로 90도 돌았더니 앞에 있던 분수 소리가 왼쪽에서 들려", 0.0, 90.0),  # 90 -> -90
        ("뒤에서 들리던 음악, 내가 오른쪽으로 반 바퀴 돌았더니 정면에서 들리네", 180.0, 0.0),  # ends at -90
        ("왼쪽에서 울리던 알람, 제가 왼쪽으로 90도 도니까 딱 정면이에요", 90.0, 0.0),  # static at 90
    ],
)
def test_a_listener_who_turns_moves_the_sound_the_other_way(text: str, start: float, stop: float) -> None:
    tr = rules_params(text).trajectory
    assert _off(tr[0].azimuth_deg, start) <= 1.0
    assert _off(tr[-1].azimuth_deg, stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("I turned left at the corner and a dog barked behind me.", 180.0),  # guard: where it was before is not said
        ("I turned the radio up on my left.", 90.0),  # guard: no turn of the listener
    ],
)
def test_turns_that_say_nothing_of_where_a_sound_was_are_no_move(text: str, az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and p.motion == "static"


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("I'd have sworn the owl was behind me, but listening again it's up on the left.", 90.0),  # 135
        ("What I took for rain on the right was actually the kettle on my left.", 90.0),  # -90
        ("I was sure the ticking came from the front, but it's coming from the right.", -90.0),  # -45
        ("처음엔 뒤 같았는데 다시 들어보니 오른쪽이야, 그 삐 소리", -90.0),  # -135
    ],
)
def test_a_first_impression_corrected_is_not_the_place(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("The toast went down well, and the clapping went on for ages.", 0.0, 0.0),  # 60 up (a fall)
        ("It all came down to the last penalty, and the whistle nearly deafened me.", 0.0, 0.0),  # 60 up
        ("Rents went up again and the pipes still bang every night.", 0.0, 0.0),  # -30 (a rise)
        ("The generator coughed, so I reset it and left it running.", 0.0, 0.0),  # 90 (left)
        ("할머니 내려오셨어? 아까부터 주전자 삐 소리 나는데", 0.0, 0.0),  # 30 up (a fall)
        ("사진 올라오자마자 댓글 알림이 계속 울려", 0.0, 0.0),  # -30 (a rise)
        ("I left it on my right, still beeping.", -90.0, 0.0),  # guard
    ],
)
def test_words_that_look_like_moves_or_places_in_another_sense(text: str, az: float, el: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0
    assert abs(p.elevation_deg - el) <= 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("A music box is playing on the top shelf in front of me.", 35.0),  # 20
        ("찬장 맨 윗칸에서 타이머가 울려", 35.0),  # 0
        ("A cat is purring on a shelf to my right.", 20.0),  # guard: a shelf, not the top one
        ("맨 위층에서 쿵쿵거려", 45.0),  # guard: the top floor is no shelf
    ],
)
def test_the_top_shelf_is_above_the_head(text: str, el: float) -> None:
    assert abs(rules_params(text).elevation_deg - el) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # the place said as where it ends, after a comma, is the end; an earlier "towards" is the way there
        ("The voice starts in front, drifts towards the right, ending back-right.", 0.0, -135.0),  # ends at -90
        ("The hum starts behind, then slides towards the left, ending up front-left.", 180.0, 45.0),  # guard
    ],
)
def test_the_end_said_last_is_the_end(text: str, start: float, stop: float) -> None:
    tr = rules_params(text).trajectory
    assert _off(tr[0].azimuth_deg, start) <= 1.0
    assert _off(tr[-1].azimuth_deg, stop) <= 1.0


def test_a_turn_and_a_quarter_past_the_face_first() -> None:
    tr = rules_params("The bee circled my head one and a quarter times, starting at my left ear, past my face first.").trajectory
    assert _off(tr[0].azimuth_deg, 90.0) <= 1.0
    assert abs((tr[-1].azimuth_deg - tr[0].azimuth_deg) + 450.0) <= 1.0  # clockwise; +360 (one turn the other way)
