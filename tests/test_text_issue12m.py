"""Issue 12, eighth round: what held-out 7's tables (not its rows), the development set ``dev_issue12m`` and
hand-made look-alike sentences showed. Each case failed before this round unless marked as a guard; the comment
says what came out."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params

from t2sa.text import world
from t2sa.text.frame import Frame
from t2sa.text.predictor import combine

# idioms with direction words that name no place: the rules read none and the network's guess stays out
IDIOMS = [
    "I'll be right back, the microwave just beeped.",  # 180
    "My right-hand man whistles while he works.",  # -90
    "The cat purrs, right on cue.",  # -90
    "They put the project on the back burner while the drill screamed.",  # 180
    "Left to itself, the kettle boils dry.",  # 90
    "A whistle blows, and then everybody left.",  # 90
    "The train left on time with a long whistle.",  # 90
    "Left unattended, the pot boils over with a hiss.",  # 90
    "The kids are left to play, and they shriek with laughter.",  # 90
    "The left-luggage office is full of ticking suitcases.",  # 90
    "There's a hum coming from the back of the TV.",  # 180
]


@pytest.mark.parametrize("text", IDIOMS)
def test_idioms_with_direction_words_state_no_direction(text: str) -> None:
    assert rules_params(text).azimuth_deg == 0.0


# words that start like a side but are not one: a network guess must not pass the gate on them
LOOK_ALIKES = [
    ("The rigging creaks on the old ship while the crew sings.", -86.0),
    ("A rigid plastic lid rattles in the dishwasher.", -90.0),
    ("The righteous preacher thundered into the microphone.", -53.0),
    ("Rightly or wrongly, the alarm keeps going.", -86.0),
    ("Lefty plays the harmonica by the fire.", 92.0),
    ("The rearview mirror rattles as the car idles.", -180.0),
    ("We're behind schedule and the printer keeps jamming.", -180.0),
    ("He stepped back and the floorboard creaked.", -174.0),
    ("The back of the fridge rattles.", -179.0),
]


@pytest.mark.parametrize(("text", "guess"), LOOK_ALIKES)
def test_a_network_direction_needs_a_real_direction_word(text: str, guess: float) -> None:
    frame = combine(world.read(text), Frame(az=guess, probs={"az": 0.99}), text)
    assert frame.az is None  # each of these came out at the network's guess


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("The violin is placed on the lefft side of the stage.", 80.0),
        ("steps come from the bakc", 170.0),
        ("steps sound on the righ", -80.0),  # ("rigth" is read by the rules since round 41)
    ],
)
def test_misspelt_direction_words_still_let_the_network_in(text: str, guess: float) -> None:  # guard
    frame = combine(world.read(text), Frame(az=guess, probs={"az": 0.99}), text)
    assert frame.az == guess


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The shout came from far away on the right.", 50.0, 2000.0),  # 20 m
        ("저 멀리 왼쪽에서 개가 짖는다.", 30.0, 1000.0),  # 20 m
        ("An owl hooted far away on the left, somewhere deep in the woods.", 50.0, 2000.0),  # 20 m
        ("Thunder grumbling somewhere miles away.", 500.0, 10000.0),  # guard: thunder's own figure
        ("A train horn sounds from miles away.", 1000.0, 10000.0),  # 100 m
        ("A ship's horn from across the bay.", 200.0, 1000.0),  # 100 m
        ("Fireworks crackle over the harbour on the far side of the bay.", 200.0, 5000.0),  # guard: the source says
        ("Hunters' shots echo from the woods across the lake.", 200.0, 2000.0),  # guard: the source says
        ("캠핑장 건너편 산에서 메아리가 돌아온다.", 100.0, 5000.0),  # guard
        ("바다 건너 저편에서 뱃고동이 울려.", 100.0, 5000.0),  # 20 m
        # guards: a named place still says how far "far away" is, and "not far" stays near
        ("The kettle is far away on the right, at the other end of the hall.", 5.0, 40.0),
        ("북소리는 가까이서 나는 게 아니고 저 멀리 뒤쪽에서 울려.", 8.0, 2000.0),
        ("The dog isn't far away at all, he's right beside me.", 0.05, 1.2),
    ],
)
def test_far_words_say_how_far_listeners_mean(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


def test_a_pass_from_left_to_right() -> None:  # guard
    p = rules_params("A car passes from left to right.")
    assert _off(p.azimuth_deg, 90.0) <= 1.0 and _off(_end(p)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("창문은 오른쪽에 있는데 새소리는 왼쪽 뒤에서 들려.", 135.0),  # 180
        ("문은 앞에 있는데 노크 소리가 뒤에서 나서 깜짝 놀랐잖아.", 180.0),  # 0
        ("시계는 왼쪽 벽에 걸려 있지만 째깍거리는 소리는 이상하게 정면에서 들린다.", 0.0),  # 45
        ("TV는 앞에 있는데 소리는 오른쪽 스피커에서만 나와.", -90.0),  # -45
        ("The window is on my right, but the birdsong comes from behind me on the left.", 135.0),  # 180
        ("The clock hangs on the left wall, yet the ticking seems to come from straight ahead.", 0.0),  # 45
        ("Even though the door is on the left, the knocking comes from behind.", 180.0),  # 135
        ("The dog is on my left and it barks.", 90.0),  # guard: the thing that is there is the sound
        ("강아지는 왼쪽에 있는데 조용해.", 90.0),  # guard: no other place named
    ],
)
def test_where_another_thing_is_does_not_place_the_sound(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


def test_a_concessive_clause_after_a_move_keeps_the_move() -> None:
    p = rules_params("A jogger comes from the right and ends up in front of me, even though the park gate is off to the left.")
    assert _off(p.azimuth_deg, -90.0) <= 1.0 and _off(_end(p)[0], 0.0) <= 1.0  # ended at 90


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("Start the whistle at ten o'clock, swing it through twelve, and finish at two.", 60.0, -60.0),  # sway at 60
        ("Set the bird off at my one o'clock, let it flutter across to eleven, then bring it back to twelve for the "
         "last bar.", -30.0, 0.0),  # static at -30
        ("She began singing at my left ear, wandered round in front of me, and finished just behind my right "
         "shoulder.", 90.0, -135.0),  # static at 45
        ("Once the door on the left slams, the footsteps head away from me toward the front-right and fade.",
         -45.0, -45.0),  # started at 90 (the door)
        ("The marching band starts behind us, swings round to our left and stays there, while the crowd on the "
         "right keeps cheering.", 180.0, 90.0),  # swayed at 180
        ("The projector hums overhead, while the presenter paces from my left over to my right and stays there.",
         90.0, -90.0),  # guard: a trailing clause that moves is the sound's own
    ],
)
def test_way_points_and_scene_clauses(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0
    assert _off(_end(p)[0], stop) <= 1.0


def test_a_bare_hour_is_a_clock_position_only_next_to_one() -> None:
    from t2sa.text.numbers import find_numbers

    assert [c.value for c in find_numbers("from ten o'clock round to two") if c.kind == "clock"] == [60.0, -60.0]
    assert not [c for c in find_numbers("the bell rings at two") if c.kind == "clock"]  # a time of day


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Footsteps fade out down the corridor to my right.", 1),  # none
        ("The outboard motor grows from a faint putter off to my right into a roar right beside me.", -1),  # none
        ("Kitty-corner behind me on the left, a shopping trolley starts rolling my way.", -1),  # none
        ("The cat pads over from my right and curls up by my feet.", -1),  # none
        ("A bat flits from the rafters up front-left and swoops down to just above my right shoulder.", -1),  # none
        ("고양이가 발치에서 앞으로 슬금슬금 걸어 나간다.", 1),  # none
        ("A car passes from left to right.", 0),  # guard: a pass that ends nowhere near goes by
    ],
)
def test_distance_trends_said_in_other_words(text: str, trend: int) -> None:
    assert world.read(text).trend == trend


def test_flying_up_in_the_past_tense_rises() -> None:
    assert world.read("바람에 날린 비닐봉지가 발밑에서 하늘로 휙 날아올랐다.").motion == "rise"  # static


def test_a_drone_that_starts_off_to_the_left_and_flies_across() -> None:
    p = rules_params("For the intro the drone should start off to the left and slowly fly across to the right side, "
                     "ending up hard right; keep the wind bed static underneath it.")  # static at -90, el -45
    assert _off(p.azimuth_deg, 90.0) <= 1.0 and _off(_end(p)[0], -90.0) <= 1.0
    assert p.elevation_deg == 0.0 and p.motion != "static"


def test_a_climb_from_a_place_in_front_starts_at_ear_level() -> None:
    p = rules_params("A pigeon took off from the railing in front of me and climbed straight up until it was "
                     "flapping right above my head.")  # started at 85
    assert p.elevation_deg == 0.0 and _end(p)[1] >= 60.0


def test_a_place_relative_to_a_thing_is_not_a_height() -> None:
    assert rules_params("The lamp is on the table and the cat sleeps under it.").elevation_deg == 0.0  # guard


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("뒤쪽에서 살짝 왼쪽으로 비낀 곳에서 시계 소리가 난다.", 160.0),  # a move 180 -> 20
        ("피아노는 왼쪽에서 살짝 앞쪽으로 당긴 자리에 둬 주세요", 70.0),  # a move 90 -> 0
        ("왼쪽으로 약간만 비껴서 들리는 목소리.", 20.0),  # 90
        ("오른쪽에서 조금 뒤쪽으로 치우친 곳에서 소리가 나.", -110.0),
    ],
)
def test_a_side_nudged_toward_another(text: str, az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and _off(_end(p)[0], az) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The guitar sits just shy of hard left.", 70.0),  # 90
        ("The guitar sits almost hard right.", -70.0),  # -90
        ("The door creak comes from just left of straight behind me.", 160.0),  # 135
        ("Fan noise in the left-rear quadrant, centred in it.", 135.0),  # 90
        ("오른쪽 스피커에서 나오는 게 아니에요. 왼쪽 스피커에서만 나와요.", 90.0),  # -90
    ],
)
def test_near_sides_and_negated_speakers(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop", "trend"),
    [
        ("A bee buzzes from my left ear, round the back of my head, to my right ear.", 90.0, -90.0, 0),  # static 90
        ("벌 한 마리가 정면에서 왼쪽 귀 쪽으로 날아든다.", 0.0, 90.0, -1),  # static at 20
        ("모기가 오른쪽 귀에서 앵앵거리더니 왼쪽 귀로 옮겨 갔고, 뒤쪽 창문은 열려 있었어.", -90.0, 90.0, 0),  # guard: near all along
    ],
)
def test_moves_around_the_head(text: str, start: float, stop: float, trend: int) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0
    assert world.read(text).trend == trend


def test_a_balloon_that_floats_up_rises() -> None:
    assert world.read("풍선이 발치에서 머리 위로 천천히 떠오른다.").motion == "rise"  # none


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("왼쪽에선 TV가 켜져 있고 오른쪽에선 누가 설거지를 하는데, 내가 말하는 건 설거지 소리야.", -90.0),  # 90
        ("남자 목소리는 왼쪽, 여자 목소리는 오른쪽 뒤인데 이 줄은 여자 대사예요.", -135.0),  # 90
        ("The radio is on the left and the kettle is on the right; the one I mean is the kettle.", -90.0),  # 90
        ("Of all the sounds here (gulls overhead, waves ahead, kids off to my left) the one I want placed is the "
         "ice-cream van, which is behind me.", 180.0),  # 90
    ],
)
def test_the_sound_named_again_takes_its_own_place(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("It started on my right, the whistle, then moved to the front, and after a pause where the wind picked up "
         "on the left, it finished behind me.", -90.0, 180.0),  # heights of 40 from "up on the left"
        ("The car came from the front, and although everyone turned left to look at the fireworks, it carried on "
         "past us and off behind.", 0.0, 180.0),  # static in front
        ("Note for the mix: keep the rain everywhere, pan the thunder left, but the dialogue line itself sits "
         "slightly right of centre.", -20.0, -20.0),  # 90
    ],
)
def test_phrasal_verbs_other_people_and_the_line_itself(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0
    assert p.elevation_deg == 0.0


def test_a_word_that_only_contains_basement_is_not_low() -> None:
    assert rules_params("뒤풀이 끝나고 앞치마 두른 사장님이 설거지하는 소리가 계속 나").elevation_deg == 0.0  # -65
    assert rules_params("지하실에서 보일러가 웅웅거려.").elevation_deg < -30.0  # guard


# dev 12o: long notes where one sound is "the important cue", corrections, heights by wording
@pytest.mark.parametrize(
    ("text", "az", "el", "lo", "hi"),
    [
        ("Forum post: in the second level, ignore the wind and the distant gunfire; the important cue is the "
         "generator, which should sit clearly on your right at roughly arm's length, so players can find it with "
         "their eyes shut.", -90.0, 0.0, 0.3, 1.5),  # 50 m (the gunfire's)
        ("Sound design for the heist trailer: a clock ticking throughout, distant sirens building, a heartbeat sub "
         "under everything. The safe's dial clicks are the hero sound, so keep them tiny and intimate, right up "
         "against the listener's right ear.", -90.0, 0.0, 0.03, 0.4),  # 50 m
        ("전쟁 영화 참호 장면 믹스 노트. 포격 소리는 저 멀리 지평선 쪽에서 둔하게 울리고 빗소리는 전체를 덮습니다. 이번 컷의 "
         "주인공은 무전기 잡음인데, 인물 바로 앞 팔 길이 정도 떨어진 곳에서 작고 또렷하게 들려야 해요.", 0.0, 0.0, 0.4, 1.2),  # 1,000 m
        ("공포 게임 복도 씬 요청사항입니다. 형광등 지직거림은 천장 전체에 퍼뜨리고, 먼 곳 물 떨어지는 소리에는 리버브를 많이 "
         "주세요. 핵심 이벤트는 아이 웃음소리 하나예요. 플레이어 기준 오른쪽 앞, 대략 다섯 걸음 떨어진 문틈에서 들리게 해 주세요.",
         -45.0, 0.0, 1.0, 8.0),  # el 60, falling
        ("The buzzing wasn't in my left ear like I thought; it was a fly by the right side of my face.",
         -90.0, 0.0, 0.03, 0.5),  # 4 m
        ("비 오는 토요일. 창문을 두드리는 빗방울 소리, 주방에서 엄마가 찌개 끓이는 소리가 섞여 있었는데, 내 귀에 제일 크게 들린 "
         "건 바로 오른쪽 옆에 둔 작은 라디오에서 흘러나오는 옛날 노래였다. 손 뻗으면 닿는 거리라 볼륨을 줄였다.", -90.0, 0.0, 0.3, 1.2),  # 5 m
        ("A stag roaring across the glen at dawn.", 0.0, 0.0, 100.0, 2000.0),  # 30 m
    ],
)
def test_the_important_sound_of_a_long_note(text: str, az: float, el: float, lo: float, hi: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg - el) <= 1.0
    assert lo <= p.distance_m <= hi


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("She said the whistle came from behind, but no, it was right in front of her the whole time.", 0.0, 0.0),  # 180
        ("I was sure the drone was overhead, but it turned out to be hovering at head height off to my left.",
         90.0, 0.0),  # el 35
        ("Notes from the jazz club: glasses clinking at the bar, low chatter. The double bass was at the back corner "
         "of the stage, and from our table it sounded a bit right of centre.", -20.0, 0.0),  # -158
        ("처음엔 왼쪽 앞인 줄 알았는데 다시 들어 보니 오른쪽 앞이더라, 그 피아노.", -45.0, 0.0),  # -90
        ("주머니에서 울리는 줄 알았는데 오른쪽 옆 의자 위에 놓인 휴대폰이었어.", -90.0, 0.0),  # el -55 (the pocket)
        ("The hum isn't above us; it's down in the floor under my chair.", 0.0, -80.0),  # -45
        ("The toddler's giggle comes from down low, around knee height, in front of me.", 0.0, -40.0),  # -30
        ("첼로 소리가 왼쪽 귓가에 살포시 내려앉았다.", 90.0, 0.0),  # el 60: a landing, not a fall
    ],
)
def test_corrections_and_heights_by_wording(text: str, az: float, el: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg - el) <= 1.0


@pytest.mark.parametrize(
    ("text", "motion", "trend"),
    [
        ("왼쪽에서 들리는 사이렌, 다가오는 줄 알았는데 사실은 점점 멀어지고 있었어.", "recede", 1),  # approach
        ("아니 아니, 뒤가 아니라 앞이야. 앞에서 차가 오고 있어.", "approach", -1),  # static
        ("새 한 마리가 나무에서 내 앞으로 내려앉았다.", "fall", 0),  # guard: landing from a tree is a fall
    ],
)
def test_corrected_motions_and_coming_cars(text: str, motion: str, trend: int) -> None:
    f = world.read(text)
    assert f.motion == motion and f.trend == trend


def test_automated_whoosh_and_a_waiter_who_stops_in_front() -> None:
    p = rules_params("Automate the whoosh: start it behind on the left and finish it front right.")
    assert _off(p.azimuth_deg, 135.0) <= 1.0 and _off(_end(p)[0], -45.0) <= 1.0  # 180 -> 180
    f = world.read("Ignore the dog barking on the left: the waiter comes from the back of the room, weaves between "
                   "tables and stops right in front of me.")
    assert f.trend == -1  # none


def test_heights_and_distances_said_with_numbers_of_other_kinds() -> None:
    assert abs(rules_params("앞쪽으로 30도쯤 올려다보는 높이에서 종이 울려.").elevation_deg - 30.0) <= 1.0  # 60
    assert 6.0 <= rules_params("Voices drift up from the courtyard three storeys down.").distance_m <= 40.0  # 1.5 m
    assert rules_params("귀 높이에서 소리가 난다.").elevation_deg == 0.0  # guard: ear height


def test_quite_far_in_korean_even_with_a_particle() -> None:
    p = rules_params("잠이 안 와서 테라스에 나갔더니 왼쪽 방파제 쪽에서 누가 기타를 치고 있었다. 꽤 멀었는데도 또렷하게 들려왔다.")
    assert 15.0 <= p.distance_m <= 300.0  # 4 m


def test_a_far_source_said_to_be_somewhere_does_not_arrive() -> None:
    f = world.read("Not close by - the thunder is far off to the left.")
    assert f.trend == 0 and f.motion != "approach"  # came closer: "off to the left" read as where it went


def test_no_network_distance_in_a_negated_sentence() -> None:
    text = "The voice isn't in my ear, it's somewhere"
    frame = combine(world.read(text), Frame(dist=0.2, probs={"dist": 0.99}), text)
    assert frame.dist is None or frame.dist != 0.2


@pytest.mark.parametrize(
    "text", ["촬영 뒷이야기를 하는데 웃음소리가 크게 났어.", "파티 뒤처리를 하는데 설거지 소리가 계속 났다.", "좌우간 빗소리가 너무 커."]
)
def test_korean_idioms_with_side_syllables_name_no_place(text: str) -> None:  # 180 (뒷이야기); the others guard
    assert rules_params(text).azimuth_deg == 0.0
    frame = combine(world.read(text), Frame(az=170.0, probs={"az": 0.99}), text)
    assert frame.az is None
