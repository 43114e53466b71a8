"""Issue 12, ninth round: what the development sets ``dev_issue12p`` / ``dev_issue12q`` and hand-made look-alike
sentences showed. Each case failed before this round unless marked as a guard; the comment says what came out."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("A whole field of crickets on every side of us.", 180, 360),  # 90 (the cricket's usual width)
        ("Wind rushing through the forest canopy all around us.", 180, 360),  # 120
        ("Rain pouring down all around the car.", 180, 360),  # 30
        ("빗소리가 온 사방을 감싸고 있다.", 180, 360),  # 120
        ("A single cricket chirping under the porch.", 0, 20),  # 90
        ("A lone bee drones past the window.", 0, 20),  # 60
        ("풀숲에서 귀뚜라미 한 마리가 울어.", 0, 20),  # 90
        ("The choir fills the whole hall.", 90, 150),  # guard: filling a hall stays 120
    ],
)
def test_widths_said_by_how_much_of_the_circle(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).spread_deg <= hi


@pytest.mark.parametrize(
    ("text", "az", "width"),
    [
        ("A wall of guitars spread from hard left to hard right.", 0.0, 180.0),  # a pass from left to right, 10 deg wide
        ("The flute is a thin silver thread stretched across from my left to my right.", 0.0, 180.0),
        ("Pad spanning from front-left to front-right.", 0.0, 90.0),
        ("스트링은 왼쪽에서 오른쪽까지 넓게 펼쳐 줘.", 0.0, 180.0),
    ],
)
def test_a_source_spread_between_two_places_is_one_wide_static_source(text: str, az: float, width: float) -> None:
    p = rules_params(text)
    assert p.motion == "static" and _off(p.azimuth_deg, az) < 1.0 and p.spread_deg == pytest.approx(width)


def test_a_move_from_a_to_b_is_still_a_move() -> None:  # guard
    p = rules_params("A car drives from left to right.")
    assert p.motion == "pass" and _off(_end(p)[0], -90.0) < 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # the distances of a scene of other sounds said before a new one ("..., and then a bike bell ...")
        ("Walking home I could hear sirens miles away and a dog in someone's yard, and then a bike bell rang right "
         "behind my right shoulder.", 0.3, 6.0),  # 1000 m
        ("Game audio note: the ambient bed is a humming generator plus distant gulls; the pickup sound for the key "
         "should come from the floor just in front of the player, quiet and close.", 0.2, 2.0),  # 50 m
        ("The thunder was far away, and then it rolled in right over our heads.", 20.0, 5000.0),  # guard: the same sound
        ("Far away on the left a dog barks.", 20.0, 5000.0),  # guard: no scene before it
    ],
)
def test_a_new_sound_after_a_scene_does_not_take_the_scenes_distance(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    "text",
    [
        "That dog is heading straight for me, from my right.",  # static
        "A tractor chugs slowly towards the farmhouse where we're standing.",  # static
        "The bull charged right at us from the left.",  # static
    ],
)
def test_coming_at_the_listener_in_other_words_comes_closer(text: str) -> None:
    p = rules_params(text)
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("빗소리가 잔잔한 가운데 천둥이 오른쪽 멀리서 우르릉거렸다.", -90.0),  # -45: 가운데 after a modifier is "amid"
        ("바쁜 가운데 왼쪽에서 전화가 울렸어.", 90.0),  # 45
        ("무대 가운데에서 노래해.", 0.0),  # guard: the centre of the stage
    ],
)
def test_amid_is_no_centre(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


def test_leaves_brushing_is_no_pass() -> None:
    p = rules_params("나뭇잎 스치는 바람 소리가 왼쪽 숲 전체에서 넓게 들려온다.")  # a pass from 45 to 135
    assert p.motion == "static" and p.azimuth_deg == 90.0


@pytest.mark.parametrize(
    ("text", "az", "end_az"),
    [
        ("Before it fades out, the bell moves from behind you on the left to just in front of you.", 135.0, 0.0),  # 180
        ("A motorbike comes up from behind me on the left and roars past until it's well out in front.", 135.0, 0.0),  # 180
        ("We heard the drone on the right, it swept across to the left and hung there.", -90.0, 90.0),  # ended -90
        ("The waiter walks from my right, behind my chair, over to my left.", -90.0, 90.0),  # guard: a way, not a corner
        ("It swings round from the left, behind you, to the right.", 90.0, -90.0),  # guard
    ],
)
def test_a_side_said_with_the_start_is_the_starts_corner(text: str, az: float, end_az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) < 1.0 and _off(_end(p)[0], end_az) < 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("The chime sits slightly above the listener, dead centre.", 20.0),  # 70
        ("The sound sits a bit above my head.", 70.0),  # guard: above the head is well above
    ],
)
def test_slightly_above_the_listener_is_a_little_up(text: str, el: float) -> None:
    assert rules_params(text).elevation_deg == pytest.approx(el)


def test_around_my_head_is_close() -> None:
    assert rules_params("A mosquito whines around my head in the dark.").distance_m < 0.6  # 1.0


def test_a_very_slight_nudge_in_korean_is_a_hedge() -> None:
    p = rules_params("보컬은 센터에서 오른쪽으로 아주 약간만 비껴서 놓아 주세요.")  # a pass from 0 to -90
    assert p.motion == "static" and p.azimuth_deg == pytest.approx(-20.0)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The neighbour's lawnmower a few gardens over.", 15.0, 100.0),  # 6
        ("Kids shouting on the far side of the football pitch, to my left.", 40.0, 150.0),  # 6
        ("A dog barking way off down the valley.", 100.0, 3000.0),  # 50
        ("운동장 건너편 끝에서 호루라기 소리가 났어.", 40.0, 200.0),  # 20
        ("아득히 먼 곳에서 기차 기적 소리가 들려왔다.", 300.0, 10000.0),  # 100
        ("Someone is shouting across the street.", 10.0, 40.0),  # guard
        ("강당 저 끝에서 박수 소리가 나.", 10.0, 40.0),  # guard: the end of a hall is nearer than the end of a pitch
    ],
)
def test_far_places_said_without_numbers(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The whole stadium is applauding.", 180, 360),  # 113 (the network's)
        ("숲 전체에서 매미 소리가 쏟아지듯 울렸다.", 120, 360),  # 90
        ("The choir fills the entire nave of the cathedral.", 90, 360),  # 60
    ],
)
def test_a_whole_place_full_of_sound_is_wide(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).spread_deg <= hi


@pytest.mark.parametrize(
    ("text", "az", "lo", "hi"),
    [
        # the sounds to ignore, or those before the one the sentence cares about, are not where it is
        ("Instructions: ignore the pink noise coming from the ceiling speakers. The target is a short spoken word, "
         "presented from the loudspeaker behind you on the right, at roughly ear height.", -135.0, 0.5, 10.0),  # el 30
        ("정면의 피아노 소리와 왼쪽의 빗소리는 무시하시고, 오른쪽 귀 쪽에서 작게 들리는 초침 소리에만 집중해 주세요.", -90.0, 0.05, 5.0),  # 0
        ("숙소 앞 도로에서는 차 지나가는 소리가 나고 마당에서는 닭이 운다. 그래도 제일 좋은 건 왼쪽 창문 너머 저 멀리서 들려오는 "
         "파도 소리다.", 90.0, 20.0, 2000.0),  # 0
        ("경비병 발소리와 무전기 잡음은 멀리 배경으로 빼 주세요. 대신 동료의 귓속말은 플레이어 왼쪽 귀에 바짝 붙여 주세요.", 90.0, 0.02, 0.5),  # 50 m
        ("At the station a busker strums by the exit, but for this recording I only care about the guard's whistle at "
         "the far end of the platform, off to my right.", -90.0, 30.0, 300.0),  # 20 m, coming closer
    ],
)
def test_the_sound_the_sentence_is_about(text: str, az: float, lo: float, hi: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) < 1.0 and p.elevation_deg == 0.0 and lo <= p.distance_m <= hi
    assert p.trajectory[-1].distance_m == p.distance_m  # it stays where it is


def test_from_a_to_b_and_back_again_ends_where_it_began() -> None:
    p = rules_params("The whistle goes from front-left to front-right and back again.")  # ended front-right
    assert _off(p.azimuth_deg, 45.0) < 1.0 and _off(_end(p)[0], 45.0) < 1.0
    assert min(k.azimuth_deg for k in p.trajectory) == pytest.approx(-45.0)  # by way of the front-right


def test_from_behind_me_to_my_left_is_a_way_not_a_corner() -> None:
    p = rules_params("The bird flew from behind me to my left, stayed there for a minute, then took off to the right.")
    assert _off(p.azimuth_deg, 180.0) < 1.0  # 135 (read as the corner behind-left)
    assert _off(_end(p)[0], -90.0) < 1.0


def test_sneaking_up_behind_me_is_not_up_high() -> None:
    p = rules_params("Then somebody sneaking up right behind me, I literally spun round.")  # elevation 40
    assert p.elevation_deg == 0.0 and _off(p.azimuth_deg, 180.0) < 1.0
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m


@pytest.mark.parametrize(
    ("text", "az", "end_az"),
    [
        ("A dog starts barking on my left and then runs over to my right.", 90.0, -90.0),  # guard: the same dog
        ("The music is on my left at first; then it drifts to the right.", 90.0, -90.0),  # guard
    ],
)
def test_and_then_a_verb_goes_on_with_the_same_sound(text: str, az: float, end_az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) < 1.0 and _off(_end(p)[0], end_az) < 1.0


def test_the_focus_named_after_a_scene() -> None:
    p = rules_params("Film note: rain on the windows, a kettle whistling off-screen, and a dog barking far down the "
                     "street. The kettle is the focus; put it in the kitchen doorway, hard left of frame.")  # 40 m
    assert _off(p.azimuth_deg, 90.0) < 1.0 and p.distance_m < 10.0


def test_places_before_amid_are_the_scenes() -> None:
    p = rules_params("왼쪽 이어폰에서 음악이 작게 새어 나오는 가운데, 오토바이가 뒤에서 오른쪽으로 빠져나갔다.")  # started left
    assert _off(p.azimuth_deg, 180.0) < 1.0 and _off(_end(p)[0], -90.0) < 1.0


@pytest.mark.parametrize(
    ("text", "end_az"),
    [
        ("Not clockwise - counter-clockwise, a quarter turn from the front.", 90.0),  # -90 (the negated turn won)
        ("A quarter turn from the front, clockwise.", -90.0),  # guard
    ],
)
def test_a_negated_turn_direction_is_not_the_turn(text: str, end_az: float) -> None:
    assert _off(_end(rules_params(text))[0], end_az) < 1.0


def test_turning_counterclockwise_in_korean_is_an_orbit() -> None:
    p = rules_params("시계 방향 말고 반시계 방향으로 돌아.")  # static
    assert p.motion == "orbit" and p.trajectory[-1].azimuth_deg > p.trajectory[0].azimuth_deg  # counterclockwise: +az


@pytest.mark.parametrize(
    "text",
    [
        "The toy helicopter lifts off the table in front of me and keeps climbing until it's hovering right above my head.",
        "새벽에 모기 한 마리가 오른쪽 귀 바로 옆에서 앵앵거리다가 위로 올라가서 천장 쪽으로 사라졌어",
    ],
)
def test_a_rise_from_a_named_place_starts_at_ear_level(text: str) -> None:
    p = rules_params(text)  # started 30 deg below the ear
    assert p.motion == "rise" and p.elevation_deg == 0.0 and p.trajectory[-1].elevation_deg > 40.0


def test_a_rise_from_nowhere_keeps_the_usual_low_start() -> None:  # guard
    p = rules_params("The sound rises.")
    assert p.elevation_deg < 0.0 < p.trajectory[-1].elevation_deg


def test_in_front_of_my_feet_is_low_in_front() -> None:
    p = rules_params("비둘기가 발 앞에서 구구거리다가 푸드덕 날아올라서 내 왼쪽 위 전깃줄에 앉았어.")  # started left, ear level
    assert (p.azimuth_deg, p.elevation_deg) == (0.0, -60.0)


@pytest.mark.parametrize(
    ("text", "motion", "trend", "kept"),
    [
        ("A busker strums by the exit, off to my right.", "approach", -1, False),  # "exit" is a motion stem, no way in
        ("The fan hums by the exit on the left.", "recede", 1, False),
        ("A car comes toward me from the left.", "approach", -1, True),  # guard
        ("The bus pulls away on the left.", "recede", 1, True),  # guard
        ("오른쪽에서 버스가 천천히 다가와.", "approach", -1, True),  # guard
    ],
)
def test_a_network_way_in_or_out_needs_a_word_for_it(text: str, motion: str, trend: int, kept: bool) -> None:
    from t2sa.text import world
    from t2sa.text.frame import Frame
    from t2sa.text.predictor import combine

    cue = world.read(text)
    out = combine(cue, Frame(motion=motion, trend=trend, probs={"static": 0.05}), text)
    assert (out.trend == trend) is kept and (out.motion == motion) is (kept or cue.motion == motion)


@pytest.mark.parametrize(
    "text",
    [
        "The guy across the dinner table telling me about his holiday.",  # 0.45 (the network's guess)
        "식탁 맞은편에 앉은 동생이 국을 후루룩 마신다.",  # 4 m (across a room)
    ],
)
def test_across_a_table_is_about_a_metre(text: str) -> None:
    assert 0.6 <= rules_params(text).distance_m <= 2.0


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Getting quieter all the time, the chatter slips away to the front-left.", "farther"),  # static
        ("The bus pulled away to the left after waiting in front of the stop.", "farther"),  # static
        ("The car pulled up beside me.", "closer"),  # static
        ("벌 한 마리가 정면에서 내 얼굴 쪽으로 윙 하고 날아왔다.", "closer"),  # static (날아왔 was no motion word)
        ("모기 한 마리가 오른쪽 귀 코앞까지 날아왔다.", "closer"),  # a pass from the right ear to the front
    ],
)
def test_ways_in_and_out_in_other_words(text: str, trend: str) -> None:
    p = rules_params(text)
    d0, d1 = p.trajectory[0].distance_m, p.trajectory[-1].distance_m
    assert (d1 < d0) if trend == "closer" else (d1 > d0)


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("새소리는 정면에서 약간 위쪽으로 들리도록 해 주세요.", 20.0),  # a rise from 0 to 20
        ("보컬을 정면에서 살짝 아래로 놓아 주세요.", -20.0),
    ],
)
def test_the_front_nudged_up_or_down_is_a_place(text: str, el: float) -> None:
    p = rules_params(text)
    assert p.motion == "static" and (p.azimuth_deg, p.elevation_deg) == (0.0, el)


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("Put the harp halfway round to the right, between straight ahead and your right ear.", -45.0),  # an orbit
        ("Place it halfway to the left.", 45.0),  # 90
    ],
)
def test_halfway_to_a_side_is_half_the_way_from_the_front(text: str, az: float) -> None:
    p = rules_params(text)
    assert p.motion == "static" and p.azimuth_deg == az


def test_settled_is_where_a_sequence_ends() -> None:
    p = rules_params("From the hedge on my left the blackbird flew to the fence on the right, then hopped back and "
                     "settled on the gate straight ahead.")  # ended on the right
    assert _off(p.azimuth_deg, 90.0) < 1.0 and _off(_end(p)[0], 0.0) < 1.0


@pytest.mark.parametrize(
    ("text", "hi"),
    [
        ("At the campsite a motorbike tore past on the road, and then a fox screamed from the hedge just behind my "
         "left shoulder.", 1.0),  # 20 m
        ("A bee is bumbling around right in front of my nose.", 0.4),  # 1 m
    ],
)
def test_at_the_shoulder_or_the_nose_is_close(text: str, hi: float) -> None:
    assert rules_params(text).distance_m <= hi


def test_a_shoulder_in_a_simile_is_not_where_the_sound_is() -> None:  # guard
    p = rules_params("The thunder growls like a giant standing just behind my right shoulder.")
    assert p.distance_m > 100.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("현악기 섹션은 8시 방향쯤에 두고 너무 퍼지지 않게 좁게.", 0, 20),  # 60 ("퍼지" read as wide)
        ("축구장을 가득 메운 관중이 한꺼번에 함성을 지른다.", 120, 360),  # 90
    ],
)
def test_korean_widths_negated_or_filled(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).spread_deg <= hi


def test_the_centre_nudged_down_in_a_mixing_note() -> None:
    p = rules_params("발자국 폴리는 센터에서 조금 아래로 내려 주세요.")  # a fall
    assert p.motion == "static" and (p.azimuth_deg, p.elevation_deg) == (0.0, -20.0)
