"""Issue 12, sixty-second round: distance trends said in everyday words the rules left to the network ("buzzing
closer", "further away each second", "every blast sounds further out", "squeaks off down the aisle", "pulled up
outside", "갈수록 흐려져", "아까보다 훨씬 또렷해"), found in the development sets' trend misses; and, from the
development set ``dev_issue12ip`` (written blind after held-out 61 was frozen), a listener facing the performers with
the audience behind, a listener facing a group with the wall behind the group ahead, "two rows behind", and a Korean
listener's own seat "캠프파이어 앞에서 ... 앉아 있는데". All sentences are my own. The comments say which cases failed
on the round's starting code (d38e8c5) and which are guards."""

from __future__ import annotations

import pytest
from support.text import distance_trend, heard, off, trend

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # failed at the start (the rules read no trend; the network filled some, not all)
        ("A wasp is buzzing closer on my left.", "closer"),
        ("The tea trolley on my right rattles closer as the nurse pushes it along the ward.", "closer"),
        ("The hedge cutter is working its way closer along the lane behind us.", "closer"),
        ("The bin lorry sounds clearer every minute, somewhere on the left.", "closer"),
        ("The knocking is behind me and it's sharper every minute.", "closer"),
        ("A dog on the right keeps barking, and each bark comes from a bit nearer.", "closer"),
        ("A taxi just pulled up outside, on my right.", "closer"),
        ("왼쪽에서 손수레가 덜컹덜컹 점점 크게 굴러오더라.", "closer"),
        ("앞에서 나는 트럭 소리가 아까보다 훨씬 또렷해.", "closer"),
        ("The voices of the walkers ahead are drifting further off, somewhere in front of us.", "farther"),
        ("The cleaner's cart is squeaking off down the corridor to my left, further away each second.", "farther"),
        ("The ship's horn dead ahead was deafening, and now every blast sounds further out.", "farther"),
        ("The buoy bell straight ahead, and with every wave it's a bit further out.", "farther"),
        ("The shopping trolley squeaks off down the aisle behind me.", "farther"),
        ("The small plane is taxiing away behind me, engine droning.", "farther"),
        ("They've driven off to the right now, the engine's just a murmur.", "farther"),
        ("Geese on the left, fainter every wingbeat.", "farther"),
        ("뒤에서 들리던 사이렌이 갈수록 흐려져.", "farther"),
        ("오른쪽에서 나던 경운기 소리가 저 언덕 너머로 가더니 안 들리더라.", "farther"),
        ("카트 소리가 복도 왼쪽 끝에서부터 드르륵 오더니 우리 병실 문 앞에서 딱 멈췄어.", "closer"),
        ("The milk float rattled up to the gate on my right and stopped.", "closer"),
        ("The tea urn went squeaking away from my left down the aisle.", "farther"),
    ],
)
def test_a_distance_trend_in_everyday_words(model, text, way):
    assert trend(text) == way  # the rules alone read it now
    assert distance_trend(heard(model, text)) == way


@pytest.mark.parametrize(
    "text",
    [
        # guards (passed at the start too): where a thing is, or a sound heard from a place, is no move
        "The cabin sits closer to the lake than ours, on the left.",
        "Take a closer look at the speaker on the right.",
        "A scooter horn beeped off to the right.",
        "The cat bounced off the wall on my left.",
        "We pulled up at the lights and a horn sounded on my right.",
        "The hooves are a far patter off to the right.",
        # guards the round's review added (passed at the start; the first two failed on the round's rules before it)
        "The voice is closer by the window on the left.",
        "The hall sounds further away than it is, on my right.",
        "The cabin was placed closer to the lake, on the left.",
    ],
)
def test_places_and_rebounds_are_no_distance_trend(text):
    assert trend(text) == "none"


def test_a_programme_sliding_off_a_seat_is_no_recession():
    # failed at the start: "slid off a seat" was read as sliding away
    assert trend("A programme slid off a seat somewhere on my left.") == "none"


@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: facing the performers, the audience is behind the listener
        ("Conducting the choir, facing the singers, when a phone went off in the audience.", 180.0),
        ("On the podium facing the orchestra, I heard a cough from the front row of the audience.", 180.0),
        ("오케스트라 쪽을 보고 지휘하는데 객석에서 휴대폰이 울렸어.", 180.0),
        # failed at the start: a few rows back is behind the listener's own row
        ("In the stalls facing the stage, someone two rows behind kept rustling a bag.", 180.0),
        # failed at the start: facing a group, the wall behind the group is ahead; a Korean group's back too
        ("Facing my pupils on the mat, I heard the wall bars creak behind the kids.", 0.0),
        ("전시실에서 관광객들 쪽 보고 설명하는데 관광객들 뒤편에서 휴대폰이 울렸어.", 0.0),
        # failed at the start: the listener's own seat before a thing is not the sound's place
        ("모닥불 앞에서 애들 쪽 보고 앉아 있는데 내 등 뒤 숲에서 부엉이가 울어.", 180.0),
        # guards (passed at the start too): a named side still wins, and "behind me" stays behind
        ("Conducting the band, facing the players, when the trumpet on my left cracked a note.", 90.0),
        ("Facing the class, I heard the radiator ticking behind me.", 180.0),
        ("현관 앞에서 서 있는데 뒤에서 오토바이 소리가 났어.", 180.0),
        # guard the round's review added (passed at the start; failed on the round's rules before it): "in the house" is home
        ("Conducting the choir at home, facing the singers, when a phone rang in the house.", 0.0),
    ],
)
def test_which_way_the_listener_faces_a_group(model, text, azimuth):
    p = heard(model, text)
    assert off(p.azimuth_deg, azimuth) <= 20.0, p.azimuth_deg


def test_a_climbing_rope_is_no_rise(model):
    # failed at the start: "climbing" was read as the sound rising
    p = heard(model, "The climbing rope on my right creaked.")
    assert p.motion == "static" and off(p.azimuth_deg, -90.0) <= 20.0, (p.motion, p.azimuth_deg)


@pytest.mark.parametrize(
    ("text", "way"),
    [
        # failed at the start: far at one end of a path and near at the other, with no word of time between
        ("A piper started way off to my left, marched along the front of the stands, and was right there on my right at the end.", "closer"),
        ("The kayak came down the river from behind, went past on the left and carried on ahead until it was a dot.", "farther"),
        ("The tractor started up behind me, went along the hedge on my left, and by sunrise it was way out in front.", "farther"),
    ],
)
def test_far_and_near_at_the_two_ends_of_a_path(text, way):
    assert trend(text) == way


@pytest.mark.parametrize(
    "text",
    [
        # guards (passed at the start too): far at both ends, or near only where it passes, moves no nearer
        "The jet came from way off on the left, roared over and went way off to the right.",
        "A truck came from the far end of the road ahead, thundered right past me and went on behind.",
    ],
)
def test_a_path_far_at_both_ends_or_near_in_between_is_no_arrival(text):
    assert trend(text) != "closer"


def test_another_sound_just_as_the_move_ends_is_not_its_place(model):
    # failed at the start: "just as a bus passes on the right" moved the kite's start to the front-right
    p = heard(model, "The kite lifts off in front of me and climbs until it is right above my head, just as a bus passes on the right.")
    assert off(p.azimuth_deg, 0.0) <= 20.0 and p.motion == "rise", (p.azimuth_deg, p.motion)


@pytest.mark.parametrize(
    ("text", "azimuth"),
    [
        # failed at the start: the thing's own front ("창고 앞") pulled a corner's place to the side
        ("오른쪽 뒤 창고 앞에서 누가 망치질을 하고 있어.", -135.0),
        # guards (passed at the start too): beside a thing at a corner, and a side and a thing's front
        ("왼쪽 뒤 화단 옆에서 귀뚜라미가 울어.", 135.0),
        ("오른쪽 창고 앞에서 누가 망치질을 하고 있어.", -90.0),
    ],
)
def test_a_thing_at_a_corner_in_korean(model, text, azimuth):
    p = heard(model, text)
    assert off(p.azimuth_deg, azimuth) <= 20.0, p.azimuth_deg


def test_right_up_ahead_is_just_ahead(model):
    # failed at the start: "right up" was read as straight up, so the path ended overhead
    p = heard(model, "The siren came from way behind us, went past on the left and now it's right up ahead at the lights.")
    stop_az, stop_el = p.trajectory[-1].azimuth_deg, p.trajectory[-1].elevation_deg
    assert off(stop_az, 0.0) <= 20.0 and abs(stop_el) <= 20.0, (stop_az, stop_el)


def test_clattering_down_from_a_height_falls(model):
    # failed at the start: "clattered down from" was no move, so the bird stayed up on the left
    p = heard(model, "A jackdaw clattered down from the chimney straight above me and landed by my right foot.")
    assert p.motion == "fall" and p.elevation_deg >= 60.0 and p.trajectory[-1].elevation_deg <= -30.0, (
        p.motion, p.elevation_deg, p.trajectory[-1].elevation_deg)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # failed at the start: "not even a wave" negated the path's end ("behind us"), so the pass ran down one side
        ("A runner's bell jingled on the trail ahead of us, came past on the right (not even a wave) and soon it was somewhere behind us.", 0.0, 180.0),
        # guard (passed at the start too): a real negation of a place still takes it back
        ("The bell came past on the right, not on the left, and ended up behind us.", 0.0, 180.0),
        # failed at the start: "at the very back" was no place, so the path was one place on the front-right
        ("On the tram the busker started at the very back, came forward along the left-hand seats and ended up right beside me on my left.", 180.0, 90.0),
        # guard (passed at the start too): the very back of the stalls the listener stands at is the listener's spot
        ("From my spot at the very back of the stalls the tenor is a tiny voice from the stage straight ahead.", 0.0, 0.0),
        # failed at the start: "thundered across" and "drained away" were no move, "and on ahead" no way on
        ("The goods train started way off on my right, thundered across in front of the crossing and drained away to the left.", -90.0, 90.0),
        ("Swans came whooping in from the left, low over the boathouse, and on ahead toward the weir.", 90.0, 0.0),
    ],
)
def test_where_a_path_starts_and_ends(model, text, start, stop):
    p = heard(model, text)
    stop_az = p.trajectory[-1].azimuth_deg
    assert off(p.azimuth_deg, start) <= 20.0 and off(stop_az, stop) <= 20.0, (p.azimuth_deg, stop_az)
