"""Issue 12, seventeenth round: what the development sets ``dev_issue12ao`` (what a listener assumes about distance,
width and the room) and ``dev_issue12ap`` (every category, new voices), written blind, showed, tested on look-alike
sentences of my own: a far word said of a source that is usually heard from afar (a siren, a train, church bells) is
farther than the generic far word; "nearby", "close by" and 근처 are a few metres, not arm's length; the next bed, the
inside of a helmet, the middle of a lake and the far side of a reservoir; a width word that is negated ("not in one
spot", "한 점에 모으지 말고") gives way to the one that is not; beds of sound ("wrap the whole lobby", "right across the
square", a whole flock, 한꺼번에, 거리 전체, 넓게 깔 것) are wide and a thin sound through a gap (가느다랗게) stays narrow
however muffled; closets full of coats, built-in wardrobes and a duvet over the head are dry and a tiled floor rings;
"새어 들어와" is a leak, not an arrival, and "한참 떨어진" is far, not a fall; "carried on off ahead" passes;
"…지 마시고요" negates; a move that stops "right beside me on the right" comes closer. From ``dev_issue12aq``-``12at``
(several sounds, one subject; every category; implied bands): more ways of marking the subject, a subject named first
or placed just before an appositive mark, an opening "with ..." scene, replies and idioms that are no place, passes that
shoot off ahead, nautical sides, the mic as the listener, turns by an angle with a sense, and wider beds of sound.
Each case failed before this round (e09c21e) unless marked as a guard; the comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend


@pytest.mark.parametrize(
    ("field", "text", "lo", "hi"),
    [
        # far words with sources heard from afar: farther than the generic 50 m
        ("distance_m", "An ambulance siren wails far away on the left.", 150.0, 1000.0),  # 50
        ("distance_m", "저 멀리서 기차 소리가 희미하게 들려.", 150.0, 1000.0),  # 50
        ("distance_m", "Far off, the church bells of the next parish.", 500.0, 1000.0),  # 300
        # guards: a far word with a source heard close by stays the generic band; a named far place says how far
        ("distance_m", "A dog barks far away.", 80.0, 150.0),  # 100 m since round 37 (was 50)
        ("distance_m", "Someone is talking far away.", 80.0, 150.0),  # 100 m since round 37 (was 50)
        ("distance_m", "A car alarm in the car park across the street.", 10.0, 60.0),
        # nearby / close by / 근처: a few metres
        ("distance_m", "There's an owl hooting somewhere close by.", 2.0, 6.0),  # 0.8
        ("distance_m", "A frog croaking nearby.", 2.0, 6.0),  # 0.8
        ("distance_m", "근처 어딘가에서 개가 짖어.", 2.0, 6.0),  # 0.8
        # guards: near the listener's own body or "close to me" stay near
        ("distance_m", "A mosquito is whining somewhere near my ear.", 0.02, 0.5),
        ("distance_m", "It's close to me.", 0.3, 1.2),
        ("distance_m", "내 근처에서 모기가 앵앵거려.", 0.05, 1.0),
        # places
        ("distance_m", "The man in the next bed snores all night.", 1.0, 2.5),  # 1.5 default (snoring ...)
        ("distance_m", "옆 침대 환자분이 밤새 속삭여요.", 1.0, 2.5),  # 0.3 (a whisper's own distance)
        ("distance_m", "There's a fly inside my helmet!", 0.02, 0.3),  # 1.0
        ("distance_m", "A duck quacking in the middle of the lake.", 50.0, 500.0),  # 1.5
        ("distance_m", "저수지 한가운데서 물고기가 튀어 올라.", 50.0, 500.0),  # 1.5
        ("distance_m", "저수지 건너편에서 누가 노래를 불러.", 100.0, 1000.0),  # 20
        # width
        ("spread_deg", "The crowd murmur should wrap the whole foyer, not sit in one spot.", 110.0, 360.0),  # 90
        ("spread_deg", "효과음을 한 점에 모으지 말고 공간 전체를 감싸게 깔아 주세요.", 90.0, 360.0),  # 5
        ("spread_deg", "Stalls and chatter all across the square.", 110.0, 360.0),  # 100
        # guard: "right across the street" is a place (opposite), not a width
        ("spread_deg", "A busker with one violin right across the street.", 0.0, 30.0),
        ("spread_deg", "A whole flock of sheep on the hill.", 60.0, 360.0),  # 20
        ("spread_deg", "오리들이 한꺼번에 꽥꽥거려.", 60.0, 360.0),  # 20
        ("spread_deg", "빗소리를 골목 전체에 넓게 깔 것.", 90.0, 360.0),  # 60
        ("spread_deg", "문 틈으로 가느다랗게 들리는 피아노 소리.", 0.0, 15.0),  # 40 (the muffling's minimum)
        # guard: a muffled sound with no width word is as wide as muffling makes it
        ("spread_deg", "문 너머로 피아노 소리가 들려.", 30.0, 90.0),
        # wet / dry
        ("wet", "I was hiding in a wardrobe full of winter jackets.", 0.0, 0.15),  # 0.2
        ("wet", "붙박이장 안에서 휴대폰으로 녹음했어.", 0.0, 0.15),  # 0.2
        ("wet", "이불을 뒤집어쓰고 노래를 불렀어.", 0.0, 0.15),  # 0.2
        ("wet", "타일 깔린 진료실에서 강아지가 짖어.", 0.3, 1.0),  # 0.2
        ("spread_deg", "The whole gull colony on the rocks is shrieking.", 60.0, 360.0),  # 10
        ("spread_deg", "A whole hillside of cows mooing behind the fence.", 60.0, 360.0),  # 15-40
        ("spread_deg", "The entire home end is chanting.", 60.0, 360.0),  # narrow
        ("distance_m", "A peacock screaming at the far end of the zoo.", 100.0, 1000.0),  # 30
        ("distance_m", "캠핑장 맨 끝에서 누가 기타를 쳐.", 100.0, 1000.0),  # default
        ("azimuth_deg", "Somebody keeps knocking behind our tent.", 179.0, 181.0),  # front
        ("distance_m", "Something is calling somewhere out there.", 50.0, 2000.0),  # 1.5
        ("distance_m", "Ducks quacking way out on the lake.", 50.0, 2000.0),  # guard (right before: the lake)
        ("distance_m", "The pub is a stone's throw away, we hear every song.", 10.0, 100.0),  # 1.0, receding
        ("distance_m", "Music from the flat three doors down.", 8.0, 30.0),  # 50
        ("distance_m", "Sheep bleating in the next field over.", 50.0, 600.0),  # 20
        ("distance_m", "옆 텐트에서 코 고는 소리가 다 들려.", 2.0, 10.0),  # 0.8
        ("distance_m", "아주 먼 곳에서 기차 소리가 들려.", 150.0, 1000.0),  # 100
        # guard: the flat next door is through the wall
        ("distance_m", "Someone's hammering in the flat next door.", 2.0, 10.0),
        ("spread_deg", "The waterfall should fill the whole canyon.", 110.0, 360.0),  # 40
        ("spread_deg", "폭포 소리가 협곡 전체를 채우게 해 주세요.", 110.0, 360.0),  # 40
        ("spread_deg", "뻐꾸기 소리가 온 산에 울려 퍼져.", 110.0, 360.0),  # 5-10
        ("spread_deg", "Wind whistling through the keyhole.", 0.0, 15.0),  # 270 (wind)
        ("spread_deg", "Let the wind surround you on every side.", 270.0, 360.0),  # 240
        ("spread_deg", "파도 소리가 사방에서 들려.", 270.0, 360.0),  # 240
    ],
)
def test_implied_bands(field: str, text: str, lo: float, hi: float) -> None:
    """Distance, width and wet/dry implied by the source, the place or the wording."""
    value = getattr(rules_params(text), field)
    assert lo <= value <= hi, (text, field, value)


@pytest.mark.parametrize(
    "text",
    [
        "옆자리 직원 통화 소리가 계속 새어 들어와.",  # approach
        "왼쪽으로 한참 떨어진 공장에서 기계 소리가 나.",  # fall
    ],
)
def test_korean_leaks_and_far_places_are_no_motion(text: str) -> None:
    assert rules_params(text).motion == "static", text


def test_korean_leak_keeps_its_nearness() -> None:
    p = rules_params("옆자리 직원 통화 소리가 계속 새어 들어와.")
    assert 0.3 <= p.distance_m <= 2.0, p.distance_m  # 5 m, coming in


def test_carried_on_off_ahead_passes() -> None:
    p = rules_params("The lorry came up from behind us and carried on off ahead.")  # 180 static
    assert _off(p.azimuth_deg, 180.0) <= 1.0 and _off(_end(p)[0], 0.0) <= 1.0, (p.azimuth_deg, _end(p))


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("피아노는 왼쪽에 두지 마시고요, 오른쪽으로 옮겨 주세요.", -90.0),  # 90
        ("북소리 뒤에 두지 마세요, 앞에 놔 주세요.", 0.0),  # 180
        ("왼쪽에 두지 말고 오른쪽에 둬.", -90.0),  # guard
        ("내레이션은 오른쪽에서 나오지 말고 왼쪽에서 나오게 해 주세요.", 90.0),  # -90
        ("왼쪽에서 나오면 안 돼요, 오른쪽에서 나와야 해요.", -90.0),  # 90
    ],
)
def test_korean_polite_dont_put_it_there(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0, text


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("The cart rolled up the corridor from behind me and stopped right beside me on the left.", "closer"),  # none
        ("The dog trotted in from the back of the garden and sat down next to me on the right.", "closer"),  # guard
        ("The bus passes me on the right and disappears off ahead.", "none"),  # guard
        ("Watch out, the wolves on your right are getting close.", "closer"),  # none
        ("A kid on a scooter is racing up the path behind me.", "closer"),  # none
        ("택배 트럭이 왼쪽 모퉁이 돌아 나오는 소리가 나.", "closer"),  # none
        ("It's getting close to midnight and the clock ticks on my left.", "none"),  # guard
    ],
)
def test_trends_said_in_passing(text: str, trend: str) -> None:
    assert _trend(text) == trend, text


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # from dev_issue12aq (several sounds, one of them the subject): the subject named late with a marker
        ("The radio is on in the kitchen to my left, what I'm complaining about is the drilling behind me, and the fan in "
         "front is fine.", 180.0),  # 90
        ("A fan hums in front and a clock ticks on the right; the noise I keep hearing is from the attic behind me.",
         180.0),
        ("Traffic ahead, a dog on the right, and what we'd all come for, the cuckoo calling from the left.", 90.0),
        ("Rain on the roof, a kettle in front, and the sound the scene is about, a door creaking behind us.", 180.0),
        ("The wind was everywhere and the stream on my left, and then the thing that made me freeze: a growl behind.",
         180.0),
        ("The music comes from the front speakers, but it's the buzz on the right that nobody can fix.", -90.0),
        ("앞에선 시계 소리가 나는데 제가 계속 신경 쓰는 건 뒤쪽에서 나는 물소리고, 오른쪽 선풍기는 괜찮아요.", 180.0),  # -135
        ("왼쪽에서 티비 소리가 나는데, 제가 민원 넣은 건 오른쪽 공사장 소음이고 앞쪽 애들 소리는 괜찮아요.", -90.0),  # 90
        # guards: the subject named first, then a new sentence or a ';' about other sounds
        ("What I'm trying to record is the warbler on my left; the road behind me and the geese in front drown it out.",
         90.0),
        ("오늘 녹음할 소리는 왼쪽 개울물 소리. 뒤쪽 도로 소음이랑 앞쪽 새소리는 어쩔 수 없어.", 90.0),
        # guard: a move that goes on in the next sentence ("It ...") keeps its end
        ("What I'm recording is the train coming from the left. It ends up on my right.", 90.0),
    ],
)
def test_the_subject_among_several_sounds(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0, (text, rules_params(text).azimuth_deg)


def test_a_move_told_over_sentences_after_a_subject_named_first_keeps_its_end() -> None:
    p = rules_params("What I'm recording is the train coming from the left. It ends up on my right.")
    assert _off(_end(p)[0], -90.0) <= 1.0, _end(p)


@pytest.mark.parametrize(
    "text",
    [
        "What a right old din from the pub until midnight.",  # -90
        "I'm right at the back of the coach and someone is snoring.",  # 180
        "In the back bedroom you can hear a tap dripping.",  # 180
    ],
)
def test_not_places_of_the_sound(text: str) -> None:
    """A reply, an idiom and the listener's own place say nothing about where the sound is: the documented front."""
    assert _off(rules_params(text).azimuth_deg, 0.0) <= 1.0, (text, rules_params(text).azimuth_deg)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A fire engine came up behind my van and shot off ahead.", 180.0, 0.0),  # static front
        ("A police car raced up behind us and tore off ahead.", 180.0, 0.0),  # guard (the older pattern)
    ],
)
def test_passes_from_behind_that_shoot_off_ahead(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], end) <= 1.0, (text, p.azimuth_deg, _end(p))


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Dear diary, today the elephant trumpeted back at me!!", "azimuth_deg"),  # 179
        ("밑져야 본전이니까 종 한번 쳐 봐요.", "elevation_deg"),  # -42
    ],
)
def test_look_alikes_give_the_network_no_place(text: str, field: str) -> None:
    """'trumpeted back at me', '밑져야': the rules read no place, and the network's guess may not bring one in through
    "back" or 밑 (the documented front and ear level; combined gave 179 and -42 deg before this round)."""
    from t2sa.text.predictor import TextToSpatial

    p = TextToSpatial.load().predict([text])[0]
    assert abs(getattr(p, field)) <= 1.0 if field == "elevation_deg" else _off(p.azimuth_deg, 0.0) <= 1.0, p


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # from dev_issue12aq/12ar/12as/12at: the subject's own clause just before an appositive mark, an opening
        # "with ..." scene
        ("The fridge hums behind me and a clock ticks on the left; just in front, the sound this note is about, a "
         "kettle starting to sing.", 0.0),  # 60
        ("With the TV still on behind me, the doorbell rings on my left.", 90.0),  # 135
    ],
)
def test_subject_next_to_an_appositive_mark_or_after_a_with_scene(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0, (text, rules_params(text).azimuth_deg)


def test_drops_off_into_the_distance_goes_away() -> None:
    p = rules_params("The motorbike on my left speeds up and its whine drops off into the distance.")  # fall, 60 up
    assert p.motion == "recede" and abs(p.elevation_deg) <= 1.0, (p.motion, p.elevation_deg)


@pytest.mark.parametrize(
    "text",
    [
        "왼쪽 호수 위에서 오리가 꽥꽥거려.",  # 45 up
        "네 노래가 큰 위로가 됐어.",  # 45 up
    ],
)
def test_korean_look_alike_heights(text: str) -> None:
    assert abs(rules_params(text).elevation_deg) <= 1.0, (text, rules_params(text).elevation_deg)


def test_a_sound_that_circles_all_around_still_has_no_width() -> None:
    """(guard) "circles all around you" is a motion; the wider all-around width must not become the source's."""
    assert rules_params("The drone circles all around you.").spread_deg <= 20.0


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # an angle with "clockwise" is how far the turn goes (it was a bearing: +90, the wrong side)
        ("Turn it 90 degrees clockwise from the front.", -90.0),  # 90
        ("Rotate it clockwise by 90 degrees from straight ahead.", -90.0),  # 90
        ("앞에서 시계 방향으로 90도만 돌려 주세요.", -90.0),  # 90
        ("Turn it 90 degrees counter-clockwise from the front.", 90.0),  # guard (the same number either way)
        ("Turn it 45 degrees to the left from straight ahead.", 45.0),  # guard
    ],
)
def test_turns_by_an_angle_with_a_sense(text: str, end: float) -> None:
    assert _off(_end(rules_params(text))[0], end) <= 1.0, (text, _end(rules_params(text)))


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("A bell buoy clanging off the starboard bow.", -45.0),  # -90
        ("A gull screaming off the port quarter.", 135.0),  # front
        ("Engine noise dead astern.", 180.0),  # front
        ("좌현 쪽에서 돌고래 숨소리가 들려.", 90.0),  # front
        ("선미 쪽에서 물 튀는 소리가 나.", 180.0),  # front
        ("In this take the owl is right behind the mic.", 180.0),  # front
    ],
)
def test_places_on_a_boat_and_at_the_mic(text: str, az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0, (text, p.azimuth_deg)


def test_the_sea_out_in_front() -> None:
    p = rules_params("통통배가 오른쪽 포구에서 나와 앞바다 쪽으로 멀어진다.")  # ended where it started (right)
    assert _off(p.azimuth_deg, -90.0) <= 1.0 and _off(_end(p)[0], 0.0) <= 1.0, (p.azimuth_deg, _end(p))


def test_a_voice_into_the_mic_is_at_the_ear() -> None:
    assert rules_params("The narrator leans right into the mic for the last line.").distance_m <= 0.3  # 1.5


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("Thunder right overhead, the whole house shook.", 85.0),  # 20, a fly-over
        ("Something is scratching under the patio.", -60.0),  # 0
        ("땅속에서 뭔가 긁는 소리가 나.", -60.0),  # 0
    ],
)
def test_heights_of_thunder_overhead_and_things_underground(text: str, el: float) -> None:
    assert abs(rules_params(text).elevation_deg - el) <= 1.0, (text, rules_params(text).elevation_deg)


def test_hours_of_your_clock_face_before_round() -> None:
    """"from your nine round to your six": an hour of "your" clock followed by "round" is a clock position (the start
    was read as front)."""
    p = rules_params("The drone's gone from your nine round to your six.")  # start 0
    assert _off(p.azimuth_deg, 90.0) <= 1.0 and _off(_end(p)[0], 180.0) <= 1.0, (p.azimuth_deg, _end(p))
