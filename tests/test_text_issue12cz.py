"""Issue 12, twenty-seventh round: what the development sets ``dev_issue12cz`` to ``dev_issue12dd`` showed, tested
on sentences of my own. Turns said by amount: fractions ("3/4 바퀴", "an eighth of a turn", "two thirds of the way
round"), whole turns and a half ("한 바퀴 반", "two and a half laps", "a lap and a half"), degrees beyond a turn
("CCW 450 degrees", "540도 회전"), angles in words ("ninety degrees clockwise"), half a turn in degrees with no sense
("rotates 180 degrees"), a Korean sense before the angle ("반시계 방향으로 90도 선회"), and what the turn is counted
from ("정면 기준으로"); a Korean sense and an angle that name a place ("시계 방향으로 60도 되는 곳"); Korean clock hours
where a turn starts or stops ("9시에서 출발", "3시에서 멈추게"); "뒤에서 오른쪽 지나서" (a start, then the way);
"머리 주위로 반 바퀴 돌더니 ... 멈춰있음" (a turn that comes to rest, not a static sound). Each case failed before
this round (4284962) unless marked as a guard; the comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import moves_between, rules_params
from support.text import off as _off


def _sweep(text: str) -> float:
    """Signed degrees the rules turn ``text``'s source through (+ = counter-clockwise seen from above)."""
    tr = rules_params(text).trajectory
    return tr[-1].azimuth_deg - tr[0].azimuth_deg


@pytest.mark.parametrize(
    ("text", "start", "sweep"),
    [
        # fractions of a turn
        ("알람 소리를 앞에서 시작해서 시계 방향으로 3/4 바퀴 돌려 줘", 0.0, -270.0),  # 4 turns ("4 바퀴")
        ("반시계 방향으로 1/8 바퀴만, 오른쪽에서 출발하는 걸로", -90.0, 45.0),  # 8 turns
        ("Give the rattle an eighth of a turn clockwise, starting dead ahead.", 0.0, -45.0),  # static
        ("The chant goes two thirds of the way round counter-clockwise from behind me.", 180.0, 240.0),  # static
        ("팔분의 일 바퀴만 반시계 방향으로 돌려, 뒤에서 시작", 180.0, 45.0),  # a whole turn
        # whole turns and a half
        ("뒤에서 출발해서 머리 둘레를 두 바퀴 반 돌고 끝", 180.0, 900.0),  # static
        ("A bee does two and a half laps round my chair, starting on the left.", 90.0, 900.0),  # static
        ("The siren makes a lap and a half anticlockwise, beginning in front.", 0.0, 540.0),  # one turn
        # degrees beyond a whole turn, angles in words, half a turn in degrees
        ("Source starts at the back and spins CCW 450 degrees.", 180.0, 450.0),  # static at 90
        ("왼쪽에서 시작해서 반시계 방향으로 540도 회전", 90.0, 540.0),  # static at 180
        ("Start the hum on my left and swing it ninety degrees clockwise.", 90.0, -90.0),  # a sway
        ("The bell rotates 180 degrees around me, starting behind.", 180.0, 180.0),  # static
        # a Korean sense before the angle; what the turn is counted from
        ("사이렌이 오른쪽에서 시작해서 반시계 방향으로 90도 선회 후 정지", -90.0, 90.0),  # the 90 read as left: 180
        ("반시계 방향으로 180도, 오른쪽 뒤에서 시작", -135.0, 180.0),  # static behind
        ("뒤 기준으로 시계 방향 45도만 돌려 줘", 180.0, -45.0),  # static
    ],
)
def test_turns_said_by_amount_go_that_far(text: str, start: float, sweep: float) -> None:
    p = rules_params(text)
    assert p.motion == "orbit"
    assert _off(p.azimuth_deg, start) <= 1.0
    assert abs(_sweep(text) - sweep) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("정면 기준 시계 방향으로 30도 되는 지점에 새소리 넣어 주세요", -30.0),  # 30
        ("반시계 방향으로 120도, 바로 거기에 종소리", 120.0),  # guard (the angle alone)
        ("시계 방향으로 100도쯤 되는 곳에서 물소리", -100.0),  # 100
    ],
)
def test_a_sense_and_an_angle_that_name_a_place_place_it(text: str, az: float) -> None:
    p = rules_params(text)
    assert p.motion == "static"
    assert _off(p.azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # Korean clock hours where a turn starts or stops
        ("3시에서 시작해서 시계 방향으로 돌려서 9시에서 멈추게", -90.0, 90.0),  # a whole turn from the front
        ("드론 소리: 12시에서 출발, 반시계 방향 반 바퀴", 0.0, 180.0),  # guard (front is the default)
        ("6시에서 출발해서 시계 방향으로 4분의 1 바퀴", 180.0, 90.0),  # front to the right (the hour was no place)
        # a start, then the way it goes
        ("종소리가 앞에서 왼쪽 지나서 뒤로 가서 끝나", 0.0, 180.0),  # 20 -> 180
        ("오토바이가 뒤에서 왼쪽 거쳐서 앞으로 빠져나감", 180.0, 0.0),  # 135 (a corner) -> 0
        # a turn that comes to rest is no static sound
        ("노래 소리가 오른쪽에서 시작해서 머리 주위로 반 바퀴 돌더니 왼쪽에 멈춰있어", -90.0, 90.0),  # static
    ],
)
def test_turns_and_ways_start_and_stop_where_they_say(text: str, start: float, stop: float) -> None:
    assert moves_between(text, start, stop)


@pytest.mark.parametrize(
    "text",
    [
        "회의가 3시에서 4시로 바뀌었는데 왼쪽 방에서 드릴 소리가 계속 나",  # a time, not the clock face
        "9시에 출발하는 버스가 오른쪽에서 부릉거려",
        "The dog on my left barked twice.",  # "twice" is no turn
        "오른쪽 스피커에서 노래가 두 번 반복돼",
    ],
)
def test_times_and_counts_that_are_no_turn_stay_put(text: str) -> None:
    assert rules_params(text).motion == "static"


def test_a_correction_of_a_move_keeps_the_move_said_last() -> None:
    # guard: a name clash in this round's first try dropped only half of the denied move
    p = rules_params("앞에서 뒤로 가는 게 아니라 뒤에서 앞으로 와야 돼.")
    assert _off(p.azimuth_deg, 180.0) <= 1.0
    assert _off(_end(p)[0], 0.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # where a move ends, said late: "at the very end", "till it was ...", "the player's six"
        ("At first the whistle was on my right, then it was behind me, and at the very end it was right in front of "
         "me.", -90.0, 0.0),  # ends behind
        ("The trolley came in from the door on my right, stopped in front of me for a second, then kept rolling till "
         "it was right behind me.", -90.0, 180.0),  # ends in front
        ("Wind pad starts dead ahead, sweeps round the right side and settles at the listener's six.", 0.0, 180.0),  # -90
        # a sentence about another sound going on the whole time, after a move told without a motion word
        ("Dad started the mower behind the shed at my back, pushed it past my right side, and it finally cut out in "
         "front of me. The radio was playing on the left the whole time.", 180.0, 0.0),  # starts at -135
        # Korean: after the way, the last "...에서" is where it ends
        ("공 튀기는 소리가 뒤에서 오더니 내 왼쪽을 지나서 앞쪽 골대 밑에서 멈췄어", 180.0, 0.0),  # guard
        ("수레 소리가 앞에서 오더니 내 왼쪽을 지나서 뒤쪽 창고에서 쿵 하고 내려놨어", 0.0, 180.0),  # 45 -> 135
    ],
)
def test_moves_told_over_clauses_end_where_they_end(text: str, start: float, stop: float) -> None:
    assert moves_between(text, start, stop)


def test_back_at_practice_is_no_place_and_wall_to_wall_is_wide() -> None:
    p = rules_params("Back at practice, and the snare keeps rattling between songs.")
    assert p.azimuth_deg == 0.0 and p.elevation_deg == 0.0  # 180 before
    assert rules_params("The whole choir is humming in front of me, wall to wall.").spread_deg >= 60.0  # 10 before


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # Korean negation and doubt in everyday forms
        ("왼쪽은 절대 아니에요. 오른쪽 뒤요", -135.0),  # a corner of left and back-right
        ("오른쪽인가 앞인가 했는데 앞 맞아요", 0.0),  # -45
        ("기타 소리 오른쪽으로 쏠리게 하지 말고 가운데로 해 주세요", 0.0),  # -45
        ("왼쪽 앞 아니고 오른쪽 앞이요", -45.0),  # guard
        # callouts and references
        ("오앞 오앞 발소리 들림", -45.0),  # nothing
        ("왼뒤에 적 있음", 135.0),  # nothing
        ("정면 기준 왼쪽 대각선 뒤에서 종소리", 135.0),  # 68 (front blended in)
    ],
)
def test_korean_negation_doubt_and_callouts_place_the_sound(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


def test_a_place_denied_alone_leaves_the_direction_unstated() -> None:
    p = rules_params("오른쪽은 분명히 아니야. 어디서 나는 건지는 모르겠네")
    assert p.azimuth_deg == 0.0 and p.elevation_deg == 0.0  # -90 before



@pytest.mark.parametrize(
    ("text", "az"),
    [
        # a side said with the angle, however it is said
        ("The buzz is about 25 degrees off centre, to the left.", 25.0),  # guard
        ("가운데에서 왼쪽으로 딱 15도만 옮겨 주세요", 15.0),  # a move from the front to the left
        ("왼쪽 뒤 150도에 종소리", 150.0),  # guard
        ("오른쪽 앞 30도에서 새소리", -30.0),  # 30 (left)
        # a corrected angle keeps the side it corrects
        ("왼쪽 30도... 아 아니다 50도로 해 줘", 50.0),  # guard (the bare angle is already left)
        ("오른쪽 10도, 아니 25도로 옮겨 줘", -25.0),  # 25
        ("Put the shaker 15 degrees right... no, make that 40.", -40.0),  # -15
    ],
)
def test_angles_take_their_side(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("오른쪽 2미터 반 거리에서 시계 소리", 2.4, 2.6),  # 2
        ("뒤에서 열두 걸음쯤 떨어진 데서 문 닫히는 소리", 7.5, 9.5),  # 4
        ("왼쪽으로 팔 뻗으면 바로 닿는 데서 부스럭거려", 0.5, 0.9),  # 1
    ],
)
def test_korean_distances_in_everyday_units(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # "and it's now ... from X": where it is now, even after "from"
        ("The pigeon started on the ledge to my left, walked along to the window in front of me, and it's now cooing "
         "from the gutter on my right.", 90.0, -90.0),  # -90 -> 0
        # a last sentence about someone else doing something is another sound
        ("The cart rattled along the path on my right, came round behind me and has now come to rest on my left; the "
         "driver's shouting at it from the front.", -90.0, 90.0),  # starts in front
        ("The drone took off on my left, swept round behind me and landed right in front of me. The pilot was on the "
         "right grinning.", 90.0, 0.0),  # guard
    ],
)
def test_the_last_place_and_other_doers(text: str, start: float, stop: float) -> None:
    assert moves_between(text, start, stop)


def test_a_later_sentence_about_the_same_sound_still_counts() -> None:
    # guard: the sound named again is no other doer
    assert moves_between("The bell started on my left and went round behind me. The bell is ringing on my right "
                         "now.", 90.0, -90.0)


def test_a_source_named_as_a_side_is_a_place_not_the_sound() -> None:
    from t2sa.text import cues, world

    text = "왼쪽 바다 쪽에서 뱃고동이 길게 울렸어"
    assert rules_params(text).distance_m >= 200.0  # 30 before: the sea, tens of metres away, was taken for the sound
    # revision 6 (what corpus versions and earlier rounds read) keeps the old choice
    assert world.with_knowledge(cues.parse(text), text, revision=6).dist == 30.0


def test_right_up_against_the_pillow_is_near() -> None:
    assert rules_params("The baby monitor on my right is right up against my pillow.").distance_m <= 0.5  # 1.5


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # a place said before a turn that ends somewhere is where the turn starts
        ("The barber started the trimmer at the back of my head and worked it a quarter of the way round to my right "
         "ear.", 180.0, -90.0),  # 0 -> -90
        ("The nurse started the fan at the back of my bed and swung it round to my right.", 180.0, -90.0),  # guard
        # "...아서 이제 X에서": where it is now, not the way it went
        ("벌이 오른쪽 귀에서 윙윙대다가 뒤통수 쪽으로 돌아서 이제 왼쪽 귀에서 윙윙거려", -90.0, 90.0),  # ends behind
    ],
)
def test_turns_start_at_the_place_before_and_end_where_it_is_now(text: str, start: float, stop: float) -> None:
    assert moves_between(text, start, stop)
