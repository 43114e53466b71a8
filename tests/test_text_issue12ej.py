"""Issue 12, thirty-eighth round: what the development sets ``dev_issue12ej``, ``dev_issue12ek`` and ``dev_issue12el``
(written blind) showed about the listener's own turns, the listener's route and place that place no sound, scenes
that put a sound at the listener's back or under their home, and one mover among sounds that stay where they are, in
sentences of my own. The comments say which cases failed on the round's starting code (b9faf51) and which are guards
that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, off, rules_params


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("장구 소리가 왼쪽에서 나길래 몸을 아예 그쪽으로 틀었더니 이제 바로 앞이에요", 90.0, 0.0),  # failed before
        ("라디오가 뒤에서 나오길래 반대쪽으로 돌아누웠지", 180.0, 0.0),  # failed before
        ("종소리가 오른쪽에서 울리는데 나는 왼쪽으로 90도 돌았지 뭐야", -90.0, 180.0),  # failed before
        ("강아지가 등 뒤에서 낑낑대길래 그쪽으로 돌아앉았다", 180.0, 0.0),  # failed before
        ("The heater was ticking behind me as I lay there, then I rolled over onto my other side.", 180.0, 0.0),  # failed before
        ("The drip was on my left, so I turned to face tap three.", 90.0, 0.0),  # failed before
        ("The owl was hooting over my left shoulder, so I turned slowly until I was facing it.", 135.0, 0.0),  # failed before
        ("The fan was humming in front of me, then I turned right to grab my mug.", 0.0, 90.0),  # guard
    ],
)
def test_the_listeners_own_turn_moves_the_sound_round_the_head(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # where the sound is before the turn is not said: it is where it is heard after it, not a move from the side
        # the listener turned to
        ("모닥불 보다가 고개를 오른쪽으로 돌렸더니 부엉이 소리가 왼쪽에서 들려", 90.0),  # failed before
        ("I turned left at the lights and a horn went behind me.", 180.0),  # guard
        ("I turned the radio up on my left.", 90.0),  # guard: a place, not the way the listener turned
    ],
)
def test_the_side_a_listener_turns_to_is_not_the_sounds_place(text, az):
    p = rules_params(text)
    assert off(p.azimuth_deg, az) <= 10.0 and off(end(p)[0], az) <= 10.0, (text, p.azimuth_deg, end(p))


def test_a_turn_that_places_nothing_leaves_the_direction_unstated():
    # failed before: the side of the listener's own turn was read as the sound's place, and the network's guess could
    # lean on it; now the direction is the documented default (front)
    from t2sa.text.predictor import TextToSpatial

    text = "칠판 보다가 몸을 오른쪽으로 돌렸는데 선생님은 계속 설명하고 계셔"
    p = TextToSpatial.load().predict([text])[0]
    assert off(p.azimuth_deg, 0.0) <= 10.0, (text, p.azimuth_deg)


def test_a_move_told_before_a_later_turn_keeps_its_end():
    # guard (b9faf51 read it so by accident; the broader Korean turn reader must not undo it): the bee's own move ends
    # behind on the left, and the listener's later turn says nothing of where it is after
    p = rules_params("벌이 앞에서 붕붕거리다가 왼쪽 뒤로 날아가서 멈췄고, 나는 오른쪽으로 고개를 돌렸어.")
    assert off(end(p)[0], 135.0) <= 10.0, end(p)


def test_a_sound_that_circles_half_way_is_not_the_listener_turning():
    # guard: "반 바퀴 돌았어" with its own subject is the sound's half circle, not the listener's turn
    p = rules_params("드론이 내 뒤를 돌아서 왼쪽에서 오른쪽으로 반 바퀴 돌았어")
    assert off(p.azimuth_deg, 90.0) <= 10.0 and off(end(p)[0], -90.0) <= 10.0, (p.azimuth_deg, end(p))


@pytest.mark.parametrize(
    "text",
    [
        "Turned right onto Mill Lane, and that's when the church clock started striking.",  # failed before
        "We took the left-hand fork past the barn and a cuckoo kept calling.",  # failed before
        "Go past the chemist, then first left, and you'll hear the school band practising.",  # failed before
        "Sitting in the left lane of the ring road for ages while someone leans on their horn.",  # failed before
        "Patrolling the north wing, heading east, when an alarm went off.",  # failed before
        "Dimmed the lamp down low, and the kettle started to sing.",  # failed before
        "I left my umbrella behind at the café, and now the rain is drumming away.",  # failed before
        "좌측 깜빡이 넣고 기다리는데 어디서 경적이 빵 울려",  # failed before
        "매표소 오른쪽 줄 끝에 서서 기다리는데 어디선가 색소폰 소리가 들렸어",  # failed before
        "야영장 왼쪽 끝 자리 맡았는데 밤새 누가 하모니카를 불어",  # failed before
        "편의점 지나서 왼쪽 세 번째 건물이 학원인데 거기서 피아노 소리가 나",  # failed before
        "산책하다 오른쪽 장갑 잃어버렸는데 어디서 까치가 계속 울어",  # failed before
    ],
)
def test_the_listeners_route_lane_and_place_in_a_line_place_no_sound(text):
    p = rules_params(text)
    assert off(p.azimuth_deg, 0.0) <= 10.0 and abs(p.elevation_deg) <= 10.0, (text, p.azimuth_deg, p.elevation_deg)


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("I'm at my desk with my back to the landing, and someone's hoovering.", 180.0, 0.0),  # failed before
        ("현관을 등지고 앉아서 밥 먹는데 도어락 삑삑거리는 소리가 나", 180.0, 0.0),  # failed before
        ("We live above a chip shop, so the extractor fan drones all evening.", 0.0, -60.0),  # failed before
        ("My room is right under the gym, and the weights keep thudding.", 0.0, 60.0),  # failed before
        # guard: a place said outright wins over the one the scene implies
        ("I sat with my back to the window and the radio played on my right.", -90.0, 0.0),
    ],
)
def test_what_the_scene_puts_at_the_listeners_back_or_under_their_home(text, az, el):
    p = rules_params(text)
    assert off(p.azimuth_deg, az) <= 10.0 and abs(p.elevation_deg - el) <= 10.0, (text, p.azimuth_deg, p.elevation_deg)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The fridge on my right never budged, of course, but the toy car started behind me and ended up on my left.", 180.0, 90.0),  # failed before
        ("Rex stayed growling in front of me, but Pip went yapping from my left round to my right.", 90.0, -90.0),  # guard
        ("The clock ticked behind me all evening; then the moth, which had been on my left, fluttered over to my right.", 90.0, -90.0),  # failed before
        ("피아노는 앞에서 계속 치고, 기타는 왼쪽에서 치는데, 근데 탬버린은 뒤에서 시작해서 오른쪽까지 갔어", 180.0, -90.0),  # guard
        ("로봇청소기가 뒤에서 출발해서 오른쪽 식탁 앞까지 가서 멈췄어", 180.0, -90.0),  # failed before
        # guard: "it" is the same sound; the move after the cut is its own
        ("The van stayed on my left for a minute, and then it drove from behind me to my right.", 180.0, -90.0),
    ],
)
def test_one_mover_among_sounds_that_stay_is_the_subject(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


def test_a_stayer_with_others_that_only_pass_by_stays_the_subject():
    # guard: the food cart is the subject; the kids only run past it (one place after the cut, no told start and end)
    p = rules_params("The food cart has been parked in front of us all day, even though kids keep running past it to the left.")
    assert off(p.azimuth_deg, 0.0) <= 10.0, p.azimuth_deg


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Queuing at the taxi rank, I can hear thunder grumbling.", 300.0, 2000.0),  # failed before
        ("옆 블록에서 하루 종일 드릴 소리가 나", 30.0, 300.0),  # failed before
        ("개울 건너 숲에서 뻐꾸기가 울어", 20.0, 500.0),  # failed before
    ],
)
def test_distances_implied_by_places(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.distance_m <= hi, (text, p.distance_m)


def test_bells_going_across_town_do_not_cross():
    p = rules_params("Opening the café and the church bells are going across town.")  # failed before: a pass
    assert p.motion == "static" and p.distance_m >= 300.0, (p.motion, p.distance_m)


def test_a_hair_dryer_is_no_dry_room():
    p = rules_params("화장실이 좁고 타일이라 드라이기 소리가 엄청 울려")  # failed before: 드라이 read as "dry"
    assert p.wet >= 0.35, p.wet


def test_a_passenger_seat_while_driving_with_a_space():
    p = rules_params("운전 중인데 조수석 친구가 노래를 크게 불러")  # failed before (운전중인데 was read)
    assert off(p.azimuth_deg, -90.0) <= 10.0, p.azimuth_deg


@pytest.mark.parametrize(
    ("text", "el1"),
    [
        ("아래층에서 누가 계단으로 올라와", 0.0),  # failed before: coming up to the listener ends level, not above
        ("왼쪽 계단 밑에서 강아지 발소리가 올라오는데 점점 커져", 0.0),  # failed before
        ("지하에서 엘리베이터 올라가는 소리가 나", 60.0),  # guard: going up, away from the listener
    ],
)
def test_coming_up_from_below_ends_level_with_the_listener(text, el1):
    p = rules_params(text)
    assert abs(end(p)[1] - el1) <= 10.0, (text, end(p))
