"""Issue 12, fifty-eighth round: what the development sets ``dev_issue12ii`` to ``dev_issue12ik`` (written blind)
showed about turns (half way towards a sound, turning away from it, a turn that ends facing a sound that came in, a
look back over a Korean shoulder, 돌아서서 그쪽을 봤어, 그쪽으로 45도, 고개만, a head turned towards a named thing, a chair
swivelled or rotated, the car or ferry the listener rides, 좌측/우측 with 방향 전환, a second quarter turn, 90도씩 두 번,
turning back to where one stood, a Korean turn with the sound set in front first, an honoured person's turn), corrections
("I thought was on my left turned out to be", "then realised it's", "그거 아니야") and long messages that say which of
several sounds they are about ("This ticket is only about", "Subject of this entry:", "오늘 적고 싶은 소리는", "거슬리는
건") followed by a sentence that lists the other sounds, and, from dev set 12il (written after held-out 57's first look),
look-alike words (sky-high rents, "ring you right back", "left the radio blaring"), distances by doors and blocks, a
descent that lands and 한 바퀴 반, in sentences of my own. The comments say which cases failed on the round's starting
code (10e1c4b) and which are guards that passed there too (38 of 40 fail there)."""

from __future__ import annotations

import pytest
from support.text import end, heard, off

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The cello was on my left, so I turned halfway towards it.", 90.0, 45.0),
        ("A violin was playing straight ahead of me; I turned away from it to leave.", 0.0, 180.0),
        ("The scooter came buzzing up from my left; I turned with it and ended up facing it.", 90.0, 0.0),
        ("I turned my head right toward the ringing phone.", -90.0, 0.0),
        ("Swivelled my office chair round to face the window when the tapping came from behind.", 180.0, 0.0),
        ("Fax machine whirring on my right. I rotate my chair a quarter turn to the left.", -90.0, -180.0),
        ("뒤에서 고양이가 울어서 오른쪽 어깨 너머로 돌아봤어.", 180.0, 0.0),
        ("왼쪽 멀리서 종이 울리길래 돌아서서 그쪽을 한참 봤어.", 90.0, 0.0),
        ("왼쪽 교실에서 노랫소리가 나서 고개를 그쪽으로 45도쯤 돌렸어.", 90.0, 45.0),
        ("앞에서 라디오가 나오는데 고개만 왼쪽으로 살짝 돌렸어.", 0.0, -20.0),
    ],
)
def test_turns_towards_and_away(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """Half way towards it is half its angle; away from it ends behind; "ended up facing it" and a head turned towards
    a named thing end in front; a desk or office chair swivelled round (or rotated, said in the present) is the
    listener's turn; 어깨 너머로 돌아봤어 is a look back (the shoulder is no side turned to); 돌아서서 그쪽을 봤어 faces it;
    그쪽으로 45도쯤 turns that far towards it; 고개만 is the listener's head."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The flagman's whistle was straight ahead as we reached the bend, then the van swung a full 90 degrees left.", 0.0, -90.0),
        ("Horns blaring on our right, then the kart spun a clean 180 on the wet track.", -90.0, 90.0),
        ("The foghorn was dead ahead, then the ferry came round to port.", 0.0, -90.0),
        ("정면에서 호루라기 소리 들림. 전원 좌측으로 90도 방향 전환 후 대기.", 0.0, -90.0),
        ("갑판에 서 있는데 정면에서 종이 울리고 배가 왼쪽으로 크게 돌았어.", 0.0, -90.0),
    ],
)
def test_the_vehicle_the_listener_rides_turns(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """A car "we" ride in, a ferry that comes round to port, 좌측으로 90도 방향 전환, a boat that "크게 돌았어" with the
    listener on its deck: the listener turns with it."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_another_cars_turn_is_not_the_listeners(model: TextToSpatial) -> None:  # guard: passed before
    p = heard(model, "A car horn blared on my left, then the car swung right into the lane.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and p.motion != "orbit"


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The clock was in front of me. I turned a quarter to the left, then another quarter left.", 0.0, 180.0),
        ("정면에서 북소리가 나는데 왼쪽으로 90도씩 두 번 돌았어.", 0.0, 180.0),
        ("시계를 앞에 두고 왼쪽으로 반 바퀴 돌았어.", 0.0, 180.0),
    ],
)
def test_turns_told_twice(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """A second quarter turn the same way adds up; 90도씩 두 번 is twice 90 (not two laps of the sound); a sound set in
    front before 반 바퀴 돌았어 makes the turn the listener's."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0
    assert p.motion == "orbit" and abs(end(p)[0] - p.azimuth_deg) <= 181.0  # half a lap, not two and a half


def test_turning_back_to_where_one_stood(model: TextToSpatial) -> None:
    p = heard(model, "The generator droned on my left. I swung right to grab the torch, then swung back to where I'd been standing.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and off(end(p)[0], 90.0) <= 1.0  # failed: ended behind


def test_an_honoured_persons_turn_is_not_the_listeners(model: TextToSpatial) -> None:
    p = heard(model, "감독님이 뒤로 돌아서셨는데도 휘슬 소리는 여전히 내 앞에서 들렸어.")
    assert off(p.azimuth_deg, 0.0) <= 1.0 and off(end(p)[0], 0.0) <= 1.0  # failed: read as going behind


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The hum I thought was on my right turned out to be the fridge behind me.", 180.0),
        ("At first I swore the beeping came from the oven in front of me, then realised it's the smoke alarm on my left.", 90.0),
        ("형은 왼쪽에서 났다고 우기는데 그거 아니야, 분명히 뒤에서 났어.", 180.0),
    ],
)
def test_corrections(model: TextToSpatial, text: str, az: float) -> None:
    """A first guess that "turned out to be" elsewhere, "then realised it's", and someone's claim taken back with
    그거 아니야: what comes after wins."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("Printer chugging behind me, radio on my left. This ticket is only about the door chime on my right.", -90.0),
        ("Shift log: kettle behind me, phones ringing on the left. Subject of this entry: the drip in front of me.", 0.0),
        ("뒤쪽에서 지게차 소리, 왼쪽에서 망치 소리. 오늘 적고 싶은 소리는 오른쪽에서 우는 새소리다.", -90.0),
        ("거슬리는 건 딱 하나, 왼쪽 냉장고 소리. 앞쪽 TV 소리, 뒤쪽 세탁기 소리는 다 괜찮아.", 90.0),
        (
            "hearing something odd in the yard, can you tell what it is? the one I mean is the squeaking on my right, near the "
            "shed. the mower behind me and the radio in front are normal. I'd just come out of the house when it started.",
            -90.0,
        ),
    ],
)
def test_the_sound_a_long_message_is_about(model: TextToSpatial, text: str, az: float) -> None:
    """A mark that names the message's sound ("This ticket is only about", "Subject of this entry:", "오늘 적고 싶은
    소리는", "거슬리는 건") takes the places before it as the others'; a later sentence that lists other sounds at their
    places ("앞쪽 TV 소리, 뒤쪽 세탁기 소리는 ...", "the fan behind me and the radio in front are normal") does too."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, az) <= 1.0


def test_a_subject_whose_move_goes_on_after_it_is_named(model: TextToSpatial) -> None:  # guard: passed before
    p = heard(model, "The one I mean is the drone on my left, it flew behind me and then off to my right.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Rents are sky high round here and the ice-cream van has been playing the same tune since noon.",
        "Flat 3B left the radio blaring again, and it's past midnight.",
        "Sorry, the doorbell's going, I'll ring you right back.",
        "My son left his football boots in the back seat and now the car alarm won't stop.",
        "월세가 하늘 높은 줄 모르고 오르는데 옆집 강아지는 또 짖는다.",
    ],
)
def test_look_alike_words_after_the_first_look(model: TextToSpatial, text: str) -> None:
    """Dev set 12il (written after held-out 57's first look): "sky high" rents, 하늘 높은 줄 모르고, "left the radio
    blaring", "ring you right back" and "left his boots in the back seat" place nothing: the default front, level."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Someone on this floor is practising the trumpet, maybe thirty doors down.", 20.0, 100.0),
        ("세 동 건너 놀이터에서 애들 소리가 여기까지 들린다.", 50.0, 300.0),
        ("기숙사 벽 하나 너머로 알람이 계속 울린다.", 1.0, 4.0),
    ],
)
def test_distances_by_doors_and_blocks(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    """"thirty doors down" is down a long corridor; 세 동 건너 is blocks of flats away; 벽 하나 너머 is the next room."""
    p = heard(model, text)  # all failed on 10e1c4b
    assert lo <= p.distance_m <= hi


def test_a_descent_that_lands(model: TextToSpatial) -> None:
    p = heard(model, "The drone hovered high above the field on my right, then slowly came down and landed.")
    assert off(p.azimuth_deg, -90.0) <= 1.0 and p.elevation_deg >= 45.0
    assert off(end(p)[0], -90.0) <= 1.0 and abs(end(p)[1]) <= 1.0  # failed: it ended 45 deg below the ears


def test_one_and_a_half_turns(model: TextToSpatial) -> None:
    p = heard(model, "앞에서 노래가 나오는데 왼쪽으로 한 바퀴 반을 돌았더니 어지러웠어.")
    assert off(p.azimuth_deg, 0.0) <= 1.0 and off(end(p)[0], 180.0) <= 1.0  # failed: a lap and three quarters
