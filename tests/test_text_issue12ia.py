"""Issue 12, fifty-sixth round: what the development sets ``dev_issue12ia`` to ``dev_issue12ic`` (written blind) showed
about turns and their amounts (a lap and a half said with a particle, a hedged turn whose degrees come after it, a
Korean listener who turned to look at a sound or turned only half way to it, a boat that turned with the listener on
it, a ride that goes round while a sound stays on one side), rooms the listener has left or that are elsewhere, the
listener down in a cellar or out on a roof, a height said in degrees, an hour that is a time of day, "far back on the
right", moves told backwards or with the end first ("... is where it ended up", "right behind me now"), a pause and a
restart by a thing and where a restarted sound finished, a move that ends on the listener's shoulder, "no wait she went
right", a height by the head with a side after it ("above my head to the right"), "trying not to giggle" (no negated
place), Korean heights right above (바로 위층, 천장 속 바로 위), no echo said with 같은 건, and (dev set 12id, written after
the round's first rule commit) long moves of one subject, in sentences of my own. The comments say which
cases failed on the round's starting code (3b311e9) and which are guards that passed there too; the dev set 12id cases
also failed on the round's first rules (5998ffe)."""

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
        ("드론이 오른쪽에서 한 바퀴 반을 돌았어", -90.0, 90.0),
        ("I turned left, roughly 90 degrees, and the radio that had been in front of me was on my right.", 0.0, -90.0),
        ("의자를 돌려서 오른쪽에서 울리던 전화기 쪽을 봤어.", -90.0, 0.0),
        ("왼쪽에서 짖던 강아지 쪽으로 고개를 반쯤 돌렸어.", 90.0, 45.0),
        ("보트가 왼쪽으로 꺾고 나서는 앞에 있던 등대 종소리가 오른쪽에서 들렸어.", 0.0, -90.0),
    ],
)
def test_turns_and_their_amounts(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """"한 바퀴 반을" is a lap and a half; "roughly 90 degrees" after "turned left" is how far; "돌려서 ... 쪽을 봤어" faces it;
    "반쯤 돌렸어" goes half way to it; "꺾고 나서는" is the boat the listener is on."""
    p = heard(model, text)  # all failed before (the end a lap, a quarter or a half turn off, or no turn at all)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("나는 빙빙 도는데 그 종소리는 줄곧 내 왼쪽에서 들렸어", 90.0),  # failed before: an orbit of a lap and a quarter
        ("We went round and round on the ride, and the music box stayed on my right the whole time.", -90.0),  # guard
    ],
)
def test_a_sound_that_stays_on_one_side_while_the_listener_goes_round(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)
    assert p.motion == "static" and off(p.azimuth_deg, az) <= 1.0


def test_a_room_the_listener_has_left_is_not_the_sounds(model: TextToSpatial) -> None:
    p = heard(model, "We stepped out of the echoing church into the sunny square, and a busker is playing on my left.")
    assert p.wet <= 0.3  # failed before: 0.7, the church's


@pytest.mark.parametrize(
    "text",
    [
        "The whistle from my left bounces all over the tin roof.",  # ("left" is a side here, not a room left behind)
        "노래방은 두 블록 건너고 나는 지금 공원 벤치에 있는데 오른쪽에서 참새가 짹짹거려.",
    ],
)
def test_rooms_guards(model: TextToSpatial, text: str) -> None:  # guards: passed before
    p = heard(model, text)
    assert (p.wet >= 0.4) == text.startswith("The whistle")


def test_the_listener_down_in_the_basement_hears_it_at_their_own_level(model: TextToSpatial) -> None:
    p = heard(model, "I'm down in the basement and the washer is thumping on my left.")  # failed before: -65
    assert off(p.azimuth_deg, 90.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


def test_the_listener_up_in_the_loft(model: TextToSpatial) -> None:  # guard: passed before
    p = heard(model, "Up in the loft, a moth is fluttering behind me.")
    assert off(p.azimuth_deg, 180.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


def test_a_height_said_in_degrees(model: TextToSpatial) -> None:
    p = heard(model, "스피커는 왼쪽 30도, 높이 20도에 두세요.")  # failed before: ear level
    assert off(p.azimuth_deg, 30.0) <= 1.0 and abs(p.elevation_deg - 20.0) <= 1.0


def test_an_hour_before_a_briefing_is_a_time(model: TextToSpatial) -> None:
    p = heard(model, "The generator is humming, time for the 3 o'clock safety briefing.")  # failed before: -90
    assert off(p.azimuth_deg, 0.0) <= 1.0


def test_far_back_on_the_right_is_back_right(model: TextToSpatial) -> None:
    p = heard(model, "A foghorn sounded from far back on the right.")  # failed before: -90
    assert off(p.azimuth_deg, -135.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The busker's drum came from my left, stopped for a while, then started again, right by the fountain, which is behind me.", 90.0, 180.0),
        ("Over on my right is where the trolley ended up. It first rattled in from behind me.", 180.0, -90.0),
        ("It's right behind me now, the whine. Before that it drifted in from my right and hovered about in front for a while.", -90.0, 180.0),
        ("The mower is on my right now. Earlier it was down by the shed, which is behind me, and before that I think it was in front.", 0.0, -90.0),
        ("앞에서 부르던 소리가 한동안 조용했는데, 그러다가 왼쪽에서 다시 불렀어.", 0.0, 90.0),
    ],
)
def test_moves_told_backwards_or_with_a_pause(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """A restart by a thing placed in the next clause, the end said first ("is where it ended up", "right behind me now"), a
    move told backwards (the last "before that" is the earliest), and a Korean pause said as 조용했는데."""
    p = heard(model, text)  # all failed before
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("옆집 음악이 오른쪽 벽 너머에서 들리다가 나중엔 앞쪽 창문 밖에서 들림", -90.0, 0.0),
        ("The toddler ran from my left over to the sofa in front, stood there a moment, then plonked down right behind me.", 90.0, 180.0),
        ("The tractor came up from behind me, got loud as it passed, then pulled away down the track ahead.", 180.0, 0.0),
    ],
)
def test_moves_guards(model: TextToSpatial, text: str, start: float, stop: float) -> None:  # guards: passed before
    p = heard(model, text)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_a_move_that_ends_on_the_listeners_shoulder_comes_closer(model: TextToSpatial) -> None:
    p = heard(model, "A moth fluttered from the lamp on my left onto my right shoulder.")  # failed before: 1 m at both ends
    assert p.trajectory[-1].distance_m <= 0.3 < p.trajectory[0].distance_m
    assert off(p.azimuth_deg, 90.0) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The whistle started on my left, paused, started again front-right, and finished slightly right of straight ahead.", 90.0, -20.0),
        ("The kite swung anticlockwise from about 10 o'clock round the back to 2.", 60.0, -60.0),
    ],
)
def test_where_a_restarted_sound_finished_and_an_hour_said_with_about(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # both failed before (the end where it started again; "from about 10 o'clock" read as no hour)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_a_correction_said_as_no_wait_she_went(model: TextToSpatial) -> None:
    p = heard(model, "She's right in front of me now!! no wait she went right, she's on my right.")  # failed before: -63
    assert off(p.azimuth_deg, -90.0) <= 1.0


def test_a_height_by_the_head_with_a_side_after_it_is_one_place(model: TextToSpatial) -> None:
    p = heard(model, "On the bookcase above my head to the right, the little radio crackles away.")  # failed before: a pass
    assert p.motion == "static" and off(p.azimuth_deg, -90.0) <= 1.0 and p.elevation_deg >= 45.0


def test_trying_not_to_giggle_negates_no_place(model: TextToSpatial) -> None:
    p = heard(model, "Shh, I can hear my brother trying not to giggle in the attic.")  # failed before: ear level
    assert p.elevation_deg >= 30.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("새벽 2시, 바로 위층 욕실에서 물 내리는 소리가 나.", 30.0, 70.0),  # failed before: 85, "바로 위" read in "바로 위층"
        ("벽장 천장 속 바로 위에서 뭔가 긁는 소리가 나.", 80.0, 90.0),  # failed before: 52
    ],
)
def test_korean_heights_right_above(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    assert lo <= heard(model, text).elevation_deg <= hi


def test_no_echo_said_with_gateun_geon_is_dry(model: TextToSpatial) -> None:
    p = heard(model, "동굴이 아니라 들판이라 메아리 같은 건 하나도 없는데, 오른쪽에서 종달새가 울어.")  # failed before: 0.7
    assert p.wet <= 0.3


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("During the speech a bagpiper started way off to my left, came along the front of the tent, and was right there on my right by the time the toast began.", 90.0, -90.0),
        ("The combine started up in the shed behind me, rumbled along the hedge on my right, and by lunchtime it was way out in front by the far gate.", 180.0, 0.0),
        ("발소리가 오른쪽 문에서 시작해서 제 뒤를 돌아 왼쪽 DJ석까지 갔어요.", -90.0, 90.0),
        ("부장님이 서류 들고 제 오른쪽 뒤에서 걸어오시더니, 잠깐 제 옆에 서 계시다가 앞쪽 유리문 너머 회의실로 가셨어요.", -135.0, 0.0),
        ("Around midnight, a fox barking far off on the left. A van came up the track from behind the hedge, headlights sweeping over us, crawled slowly past on our right and parked a bit ahead by the bins.", 180.0, 0.0),
        ("Lorry park, engine ticking as it cools, a horn going off to the left. A road sweeper came at me head-on down the lane, brushed past my door on the right, and kept going till it was just a hum way back behind the trailers.", 0.0, 180.0),
    ],
)
def test_long_moves_of_one_subject(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """Dev set 12id (written after the first look): "started way off to my left" is the start; "..., and was right there on
    my right by the time ..." and "and by lunchtime it was way out in front" are the end; a place named with Latin letters
    (DJ석까지) and an honorific 가셨어요 end a Korean move; a first sentence that only sets the scene, sound by sound with no
    verb ("Around midnight, a fox barking far off on the left."), places other sounds."""
    p = heard(model, text)  # all failed on 3b311e9 and on 5998ffe (the round's first rules)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("Something sniffed around the tent pegs outside on the left, went quiet for ages, then scratched along the back of the tent and ended up rustling in the hedge on our right.", 90.0, -90.0),
        ("The pigeons are up on the gutter to my left as usual. The mower though: Dad started it by the shed in front of me, took it round the pond on the right, and now it's coming back along the fence behind me.", 0.0, 180.0),
    ],
)
def test_long_moves_guards(model: TextToSpatial, text: str, start: float, stop: float) -> None:  # guards: passed before
    p = heard(model, text)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0 and abs(p.elevation_deg) <= 1.0
