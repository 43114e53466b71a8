"""Issue 12, fifth round: what the development set ``dev_issue12e`` (written blind, committed before it was run)
showed the rules reading wrongly. Each case failed before this round; the comment says what came out."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params

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
    p = rules_params(text)
    if az is not None:
        assert p.azimuth_deg == pytest.approx(az, abs=1.0), (text, p.azimuth_deg)
    assert p.elevation_deg == pytest.approx(el, abs=1.0), (text, p.elevation_deg)
    assert p.motion == "static", (text, p.motion)


# (text, start azimuth, end azimuth): moves across clauses and compounds
MOVES = [
    ("오토바이가 왼쪽 앞에서 오른쪽 앞으로 쌩 지나가.", 45.0, -45.0),  # 90 -> -90: the 앞 halves were way-points
    ("비행기가 우측 후방에서 좌측 전방으로 날아가요.", -135.0, 45.0),  # -90 -> 90
    ("노랫소리가 정면에서 시작해서 천천히 오른 쪽으로 돌아가더니 뒤쪽에서 끝났어요.", 0.0, 180.0),  # no end
    ("드론이 오른쪽 뒤에서 윙윙대며 떠오르더니 내 앞을 가로질러 왼쪽 앞에 머물러.", -135.0, 45.0),  # ended in front
    ("The guitarist begins the song on the far right of the stage, strolls across during the solo, and finishes it "
     "on the left side.", -90.0, 90.0),  # static on the right
    ("A ball bounces in front of me, rolls over to the wall on my right and stops there.", 0.0, -90.0),  # -45 static
    ("The cat meows at the door behind me, pads across the rug, and settles down purring on my left.", 180.0, 90.0),
    ("A waiter's trolley rattles up from my right, pauses in front of me, and then carries on until it is behind me "
     "on the left.", -90.0, 135.0),  # ended at 180
]


@pytest.mark.parametrize(("text", "start", "end"), MOVES)
def test_moves_start_and_end_where_said(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0, (text, p.azimuth_deg)
    assert _off(_end(p)[0], end) <= 1.0, (text, _end(p))


def test_a_way_point_behind_a_crossing_stays_a_way_point() -> None:
    """Guard for the compound rule: "from my left to my right behind me" passes behind, it does not end there."""
    p = rules_params("A ball rolls from my left to my right behind me.")
    assert _end(p)[0] == pytest.approx(-90.0, abs=1.0)


# scene-setting clauses and parts of a house: (text, azimuth) of the sound the sentence is about
SCENES = [
    ("We are at the kitchen table, the dishwasher churning behind us and the window open to the street, when my "
     "phone starts ringing from the sofa about three metres away on my right.", -90.0),  # -135: the dishwasher's
    ("캠핑장에 도착해서 텐트를 치고 모닥불 앞에 앉아 있었는데, 바람도 잔잔하고 별도 많았어. 그러다 내 뒤쪽 숲속에서 "
     "부엉이가 낮게 울기 시작해서 한참 동안 그치지 않더라.", 180.0),  # front: the campfire's 앞
    ("A cat starts scratching furiously at the back door behind me and to the right.", -135.0),  # -153: back door
]


@pytest.mark.parametrize(("text", "az"), SCENES)
def test_the_event_not_the_scene_sets_the_place(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


def test_a_move_after_another_sound_starts_where_it_says() -> None:
    """"from the front door ahead of me to the back of the room": the door no longer hides its start."""
    p = rules_params("The kettle clicks off on my left, and after that footsteps cross from the front door ahead of me "
                "to the back of the room.")
    assert _off(p.azimuth_deg, 0.0) <= 1.0 and _off(_end(p)[0], 180.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("건너편 동네 교회에서 종이 울린다.", 100.0, 1000.0),  # 10 m: 건너편 was taken as the figure
        ("왼쪽 멀리 방파제 끝 너머에서 배 한 척이 뱃고동을 길게 울렸다.", 100.0, 1000.0),  # 10 m
        ("Thunder rumbles far away.", 500.0, 1000.0),
        ("A dog barks far away.", 30.0, 100.0),  # a dog is not far by nature: "far" keeps its own figure (50 m)
        ("A whisper from across the hall.", 2.0, 8.0),  # explicit words still beat the whisper's 0.3 m
    ],
)
def test_far_words_are_a_band_that_the_source_refines(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The watch on my wrist ticks quietly.", 0.05, 0.5),  # 0.6
        ("My cat is purring against my right cheek.", 0.05, 0.5),  # 2.5: a cat's usual distance
        ("A cricket chirps in the grass by my shoe.", 0.5, 1.5),  # 4.0; the feet are a metre below the ears
        ("A whisper drifts over from the far side of the church.", 10.0, 60.0),  # 0.3: the whisper's own distance
        ("The drummer is not close at all, he is way at the back of the field.", 10.0, 60.0),  # 4.0: "not close"
        ("옆방이 아니라 바로 여기 내 옆이야.", 0.05, 1.0),  # 5.0: the next room, negated
        ("멀리서 나는 소리 같지? 아니야, 바로 귓가에서 나는 거야.", 0.05, 0.5),  # 10: the corrected "far"
    ],
)
def test_distances_said_by_body_places_and_corrections(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("라디오는 왼쪽에서 작게 켜져 있고, 아이가 오른쪽에서 뛰어와서 내 앞에 딱 서요.", -90.0, 0.0),  # static front
        ("앞에서 누가 노크를 하더니 문이 열리고, 그 사람이 걸어 들어와서 내 왼편 의자에 앉아.", 0.0, 90.0),  # 45 static
        ("새가 앞쪽 나무에서 지저귀다가 날아가서 왼쪽 뒤편 지붕에 자리 잡아.", 0.0, 135.0),  # 90 static
    ],
)
def test_korean_moves_end_where_the_sound_settles(text: str, start: float, end: float) -> None:
    """"내 앞에 딱 서요", "왼편 의자에 앉아", "뒤편 지붕에 자리 잡아": a noun or an adverb between the place and the
    verb that ends the move no longer hides the end."""
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], end) <= 1.0, (p.azimuth_deg, _end(p))


@pytest.mark.parametrize(
    ("text", "hi"),
    [
        ("I zip my jacket up to my chin.", 0.5),  # 1.5: the listener's own action
        ("She pours hot tea into the cup I'm holding.", 1.0),  # 6.9
        ("The hairdresser's scissors snip around my ears.", 0.5),  # 0.8
        ("My mum's voice comes out of the phone pressed to my ear.", 0.3),  # 1.2
        ("귀에 댄 휴대폰 너머로 엄마 목소리가 들려요.", 0.3),  # 1.5
        ("언니가 내 찻잔에 차를 졸졸 따라 줘.", 1.0),  # 1.2
    ],
)
def test_the_listeners_own_things_are_near(text: str, hi: float) -> None:
    """dev_issue12f: what the listener does or holds, and what is pressed to the ear, is at arm's length or nearer."""
    assert rules_params(text).distance_m <= hi


@pytest.mark.parametrize("text", ["Right, the kettle has boiled and clicks off.", "왼손잡이 친구가 기타를 치고 있거든.",
                                  "A left-handed guitarist is playing."])
def test_words_that_name_no_side(text: str) -> None:
    p = rules_params(text)
    assert (p.azimuth_deg, p.elevation_deg) == (0.0, 0.0)


def test_going_without_a_side_goes_away_not_across() -> None:
    """"부엌 쪽으로 걸어가" names no side: it was a pass invented from the left (90) to the right (-90)."""
    p = rules_params("고양이가 내 무릎에 앉아 있다가 부엌 쪽으로 걸어가.")
    assert p.motion == "recede" and p.trajectory[-1].distance_m > p.trajectory[0].distance_m
    assert _off(p.azimuth_deg, 0.0) <= 1.0 and _off(_end(p)[0], 0.0) <= 1.0
    moving = rules_params("아이가 왼쪽에서 오른쪽으로 뛰어가.")  # with a path it is still a move from A to B
    assert _off(moving.azimuth_deg, 90.0) <= 1.0 and _off(_end(moving)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [("종은 앞과 오른쪽 사이에 있어.", -45.0), ("왼쪽과 뒤 사이에서 새가 울어.", 135.0),
     ("Put the harp between straight ahead and your right ear.", -45.0)],
)
def test_between_two_directions_is_halfway(text: str, az: float) -> None:
    """"앞과 오른쪽 사이" was read as the right (-90): 앞과 was no place."""
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


def test_a_height_in_another_items_clause_belongs_to_that_sound() -> None:
    """"pigeons flutter in the rafters, and a busker's saxophone comes from the front-left": the rafters' 60 deg
    was the saxophone's height. An item with no verb of its own keeps its height for the sound."""
    p = rules_params("The scene opens in a busy train station: announcements echo through the hall, suitcases roll past, "
                "pigeons flutter in the rafters, and a busker's saxophone comes from the front-left, maybe ten "
                "metres away.")
    assert _off(p.azimuth_deg, 45.0) <= 1.0 and p.elevation_deg == pytest.approx(0.0)
    q = rules_params("High above the crowd, on the left, a bird sings.")
    assert q.elevation_deg > 30.0 and _off(q.azimuth_deg, 90.0) <= 1.0
