"""Issue 12, sixty-first round: what the development set ``dev_issue12io`` (written blind after held-out 60 was frozen)
showed about the back of a hall seen by a listener who faces it from the front ("on stage facing the empty seats ...
the back row"), a listener's own seat named in Korean, a pocket on a named side, a guess taken back by a correction
("I figured it'd stop in front of me, but no, ..."), a landmark placed after where a move stopped, a Korean thing of
two words on a side ("뒤쪽 사우나 문 앞에서"), and a few words that are no place ("leisure-centre", "역 근처 살아서",
"리프트 밑에서"), with underground car parks that ring, and a sound behind the tent, hotel or bus the listener is at,
in sentences of my own. The comments say which cases failed on the round's starting code (133835f) and which are
guards."""

from __future__ import annotations

import pytest
from support.text import end, heard, off

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: facing the house from its front, its back row is ahead
        ("Standing at the pulpit facing the congregation, I heard someone drop a hymn book in the back row.", 0.0),
        ("I was on the stage looking out at the audience when a baby started crying at the back of the hall.", 0.0),
        ("무대 위에서 객석을 바라보고 인사하는데 맨 뒤 좌석에서 박수 소리가 터졌어.", 0.0),
        ("I was on stage facing the seats, sweeping up the confetti, when a phone rang in the back row.", 0.0),
        # failed at the start: the back seat is the listener's, the teacher's desk is at the front
        ("교실 맨 뒷자리에서 칠판 쪽 보고 있는데 교탁 위에서 선생님 알람이 울렸어.", 0.0),
        # guards (passed at the start too): "behind me" is the listener's back, and a listener in the seats faces the stage
        ("Facing the class from the whiteboard, I heard the radiator ticking behind me.", 180.0),
        ("I sat near the stage facing the band and someone coughed at the back of the hall.", 180.0),
        ("맨 뒷자리에서 누가 계속 기침을 해.", 180.0),
    ],
)
def test_the_back_of_a_house_the_listener_faces_is_ahead(model, text, azimuth):
    p = heard(model, text)
    assert off(p.azimuth_deg, azimuth) <= 20.0, p.azimuth_deg


def test_sweeping_up_after_a_show_is_no_motion(model):
    # failed at the start: read as a sweep of the sound (a pass)
    p = heard(model, "I was on stage facing the seats, sweeping up after the show, when a phone rang on my left.")
    assert p.motion == "static" and off(p.azimuth_deg, 90.0) <= 20.0, (p.motion, p.azimuth_deg)


@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: the side kept the pocket from being read, so the phone sat at ear level, 1.5 m away
        ("My pager went off in my right trouser pocket.", -90.0),
        ("Phone's buzzing in my left jacket pocket and my hands are full.", 90.0),
    ],
)
def test_a_pocket_on_a_named_side_is_low_and_close(model, text, azimuth):
    p = heard(model, text)
    assert off(p.azimuth_deg, azimuth) <= 20.0, p.azimuth_deg
    assert p.elevation_deg <= -30.0 and p.distance_m <= 0.8, (p.elevation_deg, p.distance_m)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # failed at the start: the correction took back the place before the guess too
        ("The van came along on my left and I figured it would stop in front of me, but no, it carried on and parked behind me.", 90.0, 180.0),
        # failed at the start: the bench placed after the end pulled the end to the front-left
        ("The ball rolled out from behind me, past my right and stopped in front of me by the goal, with the bench off to the left.", 180.0, 0.0),
        # failed at the start: a side, then a thing of two words, then 앞 (the thing's front, on that side)
        ("공이 왼쪽에서 굴러오더니 오른쪽 사우나 문 앞에서 멈췄어.", 90.0, -90.0),
        # guards (passed at the start too): a start said with "from" before the guess, other two-word things, a guess
        # with no place before it, and a way along a fence
        ("The trolley set off from my right and I'd have sworn it ended behind me, but no, it stopped on my left.", -90.0, 90.0),
        ("공이 왼쪽에서 굴러오더니 뒤쪽 창고 문 앞에서 멈췄어.", 90.0, 180.0),
        ("카트가 왼쪽에서 미끄러지더니 오른쪽 화장실 문 앞에서 섰어.", 90.0, -90.0),
        ("I thought it was on my left, but no, it's on my right.", -90.0, -90.0),
        ("양 한 마리가 앞에서 뛰어오더니 왼쪽 울타리 따라 뒤로 빠져나갔어.", 0.0, 135.0),
        # failed at the start: behind the tent, hotel or bus the listener is at or in is behind the listener
        ("Some lorry has been idling behind the hotel since six.", 180.0, 180.0),
        ("The camp generator behind the tent is thumping away again.", 180.0, 180.0),
        ("A scooter whined up behind the bus, nipped past us on the right and cut in ahead.", 180.0, 0.0),
        # guards (passed at the start too): the place put on a side, and things the listener is not at
        ("The dog behind the house on my left keeps howling.", 90.0, 90.0),
        ("The cat crept out from behind the sofa, which is on my right.", -90.0, -90.0),
    ],
)
def test_a_guess_a_landmark_or_the_listeners_place_sets_the_path(model, text, start, stop):
    p = heard(model, text)
    assert off(p.azimuth_deg, start) <= 20.0, p.azimuth_deg
    assert off(end(p)[0], stop) <= 20.0, end(p)


@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: "centre" of a building's name read as the front
        ("The squash ball echoed round the leisure-centre court on my right.", -90.0),
        # failed at the start: under a high thing read as below the ears
        ("케이블카 밑에서 누가 오른쪽으로 소리쳐 부르더라.", -90.0),
    ],
)
def test_words_that_are_no_place(model, text, azimuth):
    p = heard(model, text)
    assert off(p.azimuth_deg, azimuth) <= 20.0 and abs(p.elevation_deg) <= 10.0, (p.azimuth_deg, p.elevation_deg)


def test_living_near_a_place_is_not_the_sounds_distance(model):
    # failed at the start: "역 근처 살아서" (I live near the station) made the train 0.8 m away
    p = heard(model, "기차 소리가 왼쪽에서 들려, 역 근처 살아서 그래.")
    assert p.distance_m >= 10.0, p.distance_m


def test_a_sound_leaning_on_the_shoulder_is_close(model):
    # failed at the start: 기댄 (not 기대) missed the shoulder
    p = heard(model, "오른쪽 어깨에 기댄 강아지가 코를 골아.")
    assert p.distance_m <= 0.5 and off(p.azimuth_deg, -90.0) <= 20.0, (p.distance_m, p.azimuth_deg)


@pytest.mark.parametrize(
    "text",
    [
        # failed at the start: a car park read as a gym (wet 0.55); underground it rings like a tunnel
        "Somebody's reversing alarm beeping on my left, level B3 of the car park.",
        "지하 2층 주차장에서 오른쪽 차 문이 쾅 닫혔어.",
    ],
)
def test_an_underground_car_park_is_wet(model, text):
    assert heard(model, text).wet >= 0.6


def test_an_open_air_car_park_stays_dry(model):
    # guard (passed at the start too)
    assert heard(model, "휴게소 야외 주차장이라 탁 트여서 트럭 경적이 하나도 안 울려요").wet <= 0.3



@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: the listener's own way round a headland, and a place "well round to my right", read as the
        # sound circling from the front
        ("The foghorn's moaning off to starboard as we come round the headland.", -90.0),
        ("The drumming is well round to my right, almost behind me.", -158.0),
    ],
)
def test_round_said_of_the_listener_or_a_place_is_no_circling(model, text, azimuth):
    p = heard(model, text)
    assert p.motion == "static" and off(p.azimuth_deg, azimuth) <= 20.0, (p.motion, p.azimuth_deg)


def test_a_sound_still_swings_round_to_a_side(model):
    # guard (passed at the start too): "swung round to my left" is an arc from the front
    p = heard(model, "The siren swung round to my left.")
    assert p.motion == "orbit" and off(end(p)[0], 90.0) <= 20.0, (p.motion, end(p))
