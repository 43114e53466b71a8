"""Issue 12: text people actually write. Unstated means default, world knowledge as a prior, and the
constructions the rules misread (negation, intensifiers, "far right", partial turns, compounds, height words,
static verbs, several clauses). Every sentence here was written for these tests (none is from a held-out set)."""

from __future__ import annotations

import warnings

import pytest
from support.text import rules_params

from t2sa.text import cues, world
from t2sa.text.frame import wrap
from t2sa.text.trajectory import build_params


def _end_az(p) -> float:
    return wrap(p.trajectory[-1].azimuth_deg)


# -- negation and correction -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The hum is not on the right but on the left.", 90.0),
        ("It doesn't come from behind you, it comes from the front.", 0.0),
        ("A drum on the left -- no, sorry, on the right.", -90.0),
        ("The horn is on the right, I mean the left.", 90.0),
        ("오른쪽 말고 왼쪽에서 휘파람 소리가 나.", 90.0),
        ("앞이 아니라 뒤에서 박수 소리가 들려.", 180.0),
        ("왼쪽에서, 아니 오른쪽에서 북이 울려.", -90.0),
    ],
)
def test_negated_or_corrected_directions_do_not_count(text, az):
    assert cues.parse(text).az == pytest.approx(az)


def test_a_direction_that_is_only_negated_leaves_the_direction_to_the_default():
    frame = cues.parse("The ticking is not on the left.")
    assert frame.az is None and frame.probs["az"] == 0.0  # the network may not guess one either


# -- intensifiers, hedges, "far right" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The phone buzzes just to your left.", 90.0),
        ("Someone hums just on my right.", -90.0),
        ("A voice a little to the left.", 20.0),
        ("A flute slightly to the right.", -20.0),
        ("바로 오른쪽에서 전화가 울려.", -90.0),
        ("살짝 왼쪽에서 피리 소리가 나.", 20.0),
    ],
)
def test_just_is_an_intensifier_and_slightly_a_hedge(text, az):
    assert cues.parse(text).az == pytest.approx(az)


def test_far_right_is_a_direction_and_far_away_a_distance():
    side = cues.parse("A trumpet plays from the far right.")
    assert side.az == pytest.approx(-90.0) and side.dist is None and side.probs["dist"] == 0.0
    away = cues.parse("Far away on the right a trumpet plays.")
    assert away.az == pytest.approx(-90.0) and away.dist is not None and away.dist >= 10.0
    assert cues.parse("맨 왼쪽에서 트럼펫이 울려.").probs["dist"] == 0.0


# -- partial turns -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The bee goes around to your left.", 0.0, 90.0),
        ("A cat creeps from behind you around to your right.", 180.0, -90.0),
        ("뒤에서 오른쪽으로 천천히 돌아가.", 180.0, -90.0),
        ("발소리가 앞에서 왼쪽으로 돌아간다.", 0.0, 90.0),
    ],
)
def test_a_turn_that_ends_somewhere_is_an_arc_not_a_full_circle(text, start, end):
    p = rules_params(text)
    assert p.azimuth_deg == pytest.approx(start, abs=1e-6)
    assert _end_az(p) == pytest.approx(end, abs=1e-6)
    sweep = abs(p.trajectory[-1].azimuth_deg - p.trajectory[0].azimuth_deg)
    assert sweep <= 180.0 + 1e-6  # the short way, not 360 + 90


def test_a_stated_direction_of_rotation_is_honoured_by_an_arc():
    p = rules_params("It circles clockwise from the left to the front.")
    assert p.azimuth_deg == pytest.approx(90.0) and _end_az(p) == pytest.approx(0.0, abs=1e-6)
    assert p.trajectory[-1].azimuth_deg < p.trajectory[0].azimuth_deg  # clockwise = decreasing azimuth
    full = rules_params("It circles around you once.")
    assert abs(full.trajectory[-1].azimuth_deg - full.trajectory[0].azimuth_deg) == pytest.approx(360.0)


# -- compounds ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("The cello sits back-left.", 135.0, None),
        ("Put the shaker front/right.", -45.0, None),
        ("The hi-hat is back/right.", -135.0, None),
        ("A bell chimes up-left.", 90.0, 45.0),  # 40 until round 12: the blind sets all label up-left as "above", 45
        ("뒤-오른쪽 대각에서 소리가 나.", -135.0, None),
        ("좌-후방에서 첼로 소리가 나.", 135.0, None),
        ("왼쪽/앞에서 기타가 울려.", 45.0, None),
    ],
)
def test_hyphen_and_slash_compounds(text, az, el):
    frame = cues.parse(text)
    assert frame.az == pytest.approx(az)
    if el is not None:
        assert frame.el == pytest.approx(el)


# -- elevation by wording ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("A fan hums directly overhead.", 85.0),
        ("A pipe drips directly below you.", -85.0),
        ("Water trickles straight down.", -85.0),
        ("A chime rings slightly above.", 20.0),
        ("A bell rings above.", 45.0),
        ("A bird sings high above.", 60.0),
        ("Something rattles under the bed.", -60.0),
        ("바로 아래에서 물이 똑똑 떨어지는 소리.", -85.0),
        ("머리 바로 위에서 선풍기가 돌아.", 85.0),
    ],
)
def test_height_words_have_their_own_magnitudes(text, el):
    assert cues.parse(text).el == pytest.approx(el)


# -- static verbs ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A train stands at the platform on the right.",
        "The car is parked on the left with its engine running.",
        "A lantern hangs to my left, creaking.",
        "기차가 오른쪽 승강장에 서 있어.",
        "시계가 왼쪽 벽에 걸려 있어.",
        "라디오가 1미터 앞 왼쪽에서 작게 들려.",
    ],
)
def test_static_verbs_never_make_a_source_move(text):
    frame = cues.parse(text)
    assert frame.motion in ("static", None)
    assert rules_params(text).motion == "static"


def test_a_posture_verb_does_not_stop_a_stated_motion():
    assert cues.parse("The man sitting on the left walks to the right.").motion == "pass"


def test_an_echo_down_the_corridor_is_not_a_height():
    p = rules_params("An echo down the corridor.")
    assert p.elevation_deg == 0.0 and p.motion == "static" and p.wet >= 0.5


# -- several clauses ---------------------------------------------------------------------------------------
def test_motion_with_side_and_back_keeps_its_start_and_end():
    p = rules_params("A marble rolls from my right to my left behind me.")
    assert p.azimuth_deg == pytest.approx(-90.0) and _end_az(p) == pytest.approx(90.0)
    mid = p.trajectory[len(p.trajectory) // 2]
    assert abs(wrap(mid.azimuth_deg)) > 90.0  # it goes by the back


# -- world knowledge as a prior ----------------------------------------------------------------------------
def test_knowledge_fills_what_the_words_leave_open():
    assert rules_params("Someone whispers.").distance_m <= 0.5
    thunder = rules_params("Thunder rumbles.")
    assert 300.0 <= thunder.distance_m <= 1000.0  # as far as the knowledge base says, not compressed
    assert rules_params("Rain keeps pouring.").spread_deg >= 90.0
    assert rules_params("A choir sings in a cathedral.").wet >= 0.5
    assert rules_params("The upstairs neighbour is vacuuming.").elevation_deg >= 30.0
    assert rules_params("A mouse scratches under the bed.").elevation_deg <= -50.0
    assert rules_params("천둥이 친다.").distance_m >= 10.0


def test_explicit_words_beat_the_knowledge():
    assert rules_params("A whisper from across the hall.").distance_m >= 2.0
    assert rules_params("Thunder, very close, right next to you.").distance_m <= 1.0
    assert rules_params("An owl hoots on my left.").elevation_deg == 0.0  # a stated side keeps ear level


def test_far_sources_keep_the_distance_a_listener_assumes():
    """Labels written blind put a foghorn at sea or bells in the next village hundreds of metres away: the text
    stage says how far the source is; the renderer's 1/r law then decides how loud that is."""
    assert rules_params("A foghorn sounds out at sea.").distance_m >= 200.0
    assert rules_params("Church bells ring in the next village.").distance_m >= 200.0
    assert 30.0 <= rules_params("A dog barks far away.").distance_m <= 100.0  # "far" alone: a band, not a guess
    assert rules_params("A dog barks.").distance_m <= 10.0


# -- occlusion ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Someone talks behind a door.", 0.5),
        ("Music thumps through a wall.", 0.8),
        ("A TV plays in the next room.", 0.7),
        ("A voice, muffled.", 0.5),
        ("A guitar plays behind a curtain.", 0.2),
        ("A bass thumps through the wall behind a door.", 0.8),
        ("문 뒤에서 누가 말해.", 0.5),
        ("벽 너머에서 음악이 들려.", 0.8),
        ("옆방에서 TV 소리가 나.", 0.7),
        ("먹먹하게 들리는 목소리.", 0.5),
        ("A guitar plays on the left.", 0.0),
    ],
)
def test_occlusion_words_set_the_occlusion_parameter(text, level):
    p = rules_params(text)
    assert p.occlusion == pytest.approx(level)
    if level:
        assert abs(wrap(p.azimuth_deg)) < 90.0  # "behind a door" is not behind the listener


# -- unstated means default (needs the shipped model) ------------------------------------------------------
@pytest.fixture(scope="module")
def model():
    from t2sa.text.predictor import TextToSpatial

    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    ["A cricket chirps somewhere in the dark.", "Somewhere a frog croaks in the night.", "어둠 속 어딘가에서 귀뚜라미가 운다."],
)
def test_a_text_without_a_direction_is_heard_in_front(model, text):
    (p,) = model.predict([text])
    assert p.azimuth_deg == 0.0 and p.elevation_deg == 0.0


def test_the_network_still_reads_directions_the_rules_miss(model):
    (p,) = model.predict(["The violin is placed on the lefft side of the stage."])  # a typo the rules miss
    assert p.azimuth_deg > 45.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A jug rattles on the shelf above, while a toy car rolls from my left to my right.", 90.0, -90.0),
        ("A bee hums by my right ear, then darts off to the left.", -90.0, 90.0),
        ("The drummer starts on my left, wanders around behind me, and finally stops on my right.", 90.0, -90.0),
        ("가수가 왼쪽에서 시작해서 뒤를 돌아 마지막엔 오른쪽에 서.", 90.0, -90.0),
    ],
)
def test_the_end_point_is_where_the_motion_ends(text, start, end):
    p = rules_params(text)
    assert p.azimuth_deg == pytest.approx(start, abs=1e-6) and _end_az(p) == pytest.approx(end, abs=1e-6)
    assert p.elevation_deg == 0.0 and p.trajectory[-1].elevation_deg == 0.0  # "above" is the jug's height


def test_a_turn_goes_the_way_its_way_point_says():
    p = rules_params("The drummer starts on my left, wanders around behind me, and finally stops on my right.")
    mid = p.trajectory[len(p.trajectory) // 2]
    assert abs(wrap(mid.azimuth_deg)) > 135.0  # by the back, not by the front


# -- gating: the network fills only what the rules leave open (weights-independent: hand-made network frames) --
def _net(**values):
    """A network frame that is sure of everything it states (P(stated) = 0.99, P(static) = 0.01)."""
    from t2sa.text.frame import Frame

    probs = {name: 0.99 for name in ("az", "el", "end_az", "end_el", "dist", "end_dist", "spread", "wet", "gain", "drr", "rt60")}
    probs["static"] = 0.01
    return Frame(probs=probs, **values)


def _combined(text: str, net):
    from t2sa.text.predictor import combine

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = combine(world.read(text), net, text)
        return frame, build_params(frame, text=text)


def test_a_sure_network_adds_no_direction_part_to_a_direction_the_rules_read():
    frame, p = _combined("A radio plays on my left.", _net(az=60.0, el=40.0, end_az=-90.0, end_el=10.0))
    assert (frame.az, frame.el, frame.end_az, frame.end_el) == (90.0, None, None, None)
    assert p.elevation_deg == 0.0 and _end_az(p) == pytest.approx(90.0)


def test_a_network_motion_does_not_move_a_source_the_rules_placed():
    # a "pass" would have mirrored the rules' left into an end on the right
    frame, p = _combined("A bell rings on my left, loud and clear.", _net(motion="pass", trend=1, vtrend=1))
    assert p.motion == "static" and _end_az(p) == pytest.approx(90.0) and p.trajectory[-1].elevation_deg == 0.0


def test_a_network_motion_needs_a_motion_word():
    frame, p = _combined("스피커는 2시 방향, 3미터 정도 떨어져 있어.", _net(motion="fall", vtrend=-1, trend=1))
    assert p.motion == "static" and p.elevation_deg == 0.0 and p.distance_m == pytest.approx(3.0)
    frame, p = _combined("A voice, far from everything.", _net(motion="approach", trend=-1))
    assert p.motion == "static"


def test_a_static_verb_keeps_the_network_trend_out():
    frame, p = _combined("A truck is parked on my right, its engine running.", _net(motion="recede", trend=1))
    assert p.motion == "static" and p.trajectory[-1].distance_m == pytest.approx(p.distance_m)


def test_a_move_the_rules_read_from_a_to_b_keeps_its_end():
    frame, p = _combined("The hum moves from my left to my right.", _net(motion="orbit", end_az=180.0))
    assert _end_az(p) == pytest.approx(-90.0)


@pytest.mark.parametrize(("net_az", "kept"), [(175.0, True), (80.0, False)])
def test_a_network_direction_must_agree_with_the_direction_word_it_stands_for(net_az, kept):
    frame, p = _combined("Steps come closer from the bakc.", _net(az=net_az))  # a typo the rules do not read
    assert (p.azimuth_deg == pytest.approx(net_az)) is kept
    if not kept:
        assert p.azimuth_deg == 0.0


def test_a_network_distance_needs_a_distance_word():
    for text in ("It sounds soft and warm.", "그 소리는 부드럽고 따뜻해."):
        assert world.read(text).dist is None
        assert _combined(text, _net(dist=12.0))[1].distance_m == pytest.approx(1.5)  # the default
    assert _combined("It sounds soft and warm next to the window.", _net(dist=0.9))[1].distance_m == pytest.approx(0.9)


def test_an_unsure_network_fills_nothing():
    from t2sa.text.predictor import GATES

    net = _net(az=170.0, dist=0.9, spread=80.0, wet=0.7)
    for name in GATES:
        net.probs[name] = GATES[name] - 0.01
    frame, p = _combined("Steps somewhere near the bakc.", net)
    assert (p.azimuth_deg, p.spread_deg, p.wet) == (0.0, 15.0, pytest.approx(0.2))


# -- negated motions and distances -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The siren is not coming closer; it stays far away.",
        "It doesn't come any nearer, the dog keeps barking on the left.",
        "사이렌이 가까워지지 않고 멀리 그대로 있어.",
        "차가 다가오지 않아.",
        "그는 안 움직여.",
    ],
)
def test_a_negated_motion_is_a_source_that_stays(text):
    assert cues.parse(text).motion == "static"


def test_a_negated_distance_gives_way_to_the_one_that_is_said():
    assert rules_params("멀리 말고 바로 옆에서 속삭여.").distance_m < 1.0
    assert rules_params("Not far away but right next to me, a clock ticks.").distance_m < 1.0


# -- second round of rule fixes (sentences written for these tests) --------------------------------------------
@pytest.mark.parametrize(("text", "az"), [("A dog barks from behind.", 180.0), ("Steps come toward me from behind.", 180.0)])
def test_behind_at_the_end_of_a_sentence_is_a_direction(text, az):
    assert rules_params(text).azimuth_deg == pytest.approx(az)


def test_drives_off_recedes():
    p = rules_params("The van drives off to the left.")
    assert p.motion == "recede" and p.azimuth_deg == pytest.approx(90.0)
    assert p.trajectory[-1].distance_m > p.trajectory[0].distance_m


def test_high_up_on_a_side_is_up_high():
    p = rules_params("A knock high up on the left.")
    assert (p.azimuth_deg, p.elevation_deg) == (pytest.approx(90.0), pytest.approx(60.0))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A dog barks on my right while a bike rides from left to right in front of me.", 90.0, -90.0),
        ("왼쪽에서 개가 짖는 동안 자전거가 내 앞을 오른쪽에서 왼쪽으로 지나가.", -90.0, 90.0),
        ("The cat is on the right, then runs behind me and stops on the left.", -90.0, 90.0),
        ("고양이가 오른쪽에 있다가 내 뒤로 뛰어가서 왼쪽에서 멈춰.", -90.0, 90.0),
        ("A toy rolls from the back to the front on my left.", 180.0, 0.0),
    ],
)
def test_moves_in_one_clause_and_along_one_side(text, start, end):
    p = rules_params(text)
    assert p.azimuth_deg == pytest.approx(start, abs=1e-6) and _end_az(p) == pytest.approx(end, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("Forget the left; the horn is on the right.", -90.0),
        ("The chime is neither left nor right, it's behind me.", 180.0),
        ("I thought it was on the right, but it's actually on the left.", 90.0),
        ("오른쪽 스피커가 아니야. 왼쪽 스피커에서 노래가 나.", 90.0),
        ("오른쪽은 잊어, 북은 왼쪽이야.", 90.0),
        ("종은 오른쪽에 없어. 왼쪽에 있어.", 90.0),
        ("오른쪽인 줄 알았는데 사실 왼쪽이야.", 90.0),
    ],
)
def test_more_ways_to_say_where_it_is_not(text, az):
    assert cues.parse(text).az == pytest.approx(az)


def test_a_korean_height_negated_with_a_particle_chain():
    assert cues.parse("위에서가 아니라 아래에서 소리가 나.").el == pytest.approx(-45.0)


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("A cowbell at right-back.", -135.0, 0.0),
        ("Shakers go right/back.", -135.0, 0.0),
        ("A hum slightly above ear level.", 0.0, 20.0),
        ("A tick slightly below eye level.", 0.0, -20.0),
        ("High on the right, a wren sings.", -90.0, 60.0),
        ("A horn mounted high on the wall to my left.", 90.0, 60.0),
        ("A wren sings up-left.", 90.0, 45.0),  # 40 until round 12 (see above)
        ("우상단에서 알림음이 나.", -90.0, 40.0),
        ("뒤쪽 땅에서 발소리가 나.", 180.0, -45.0),
        ("눈 높이보다 약간 위에서 소리가 나.", 0.0, 20.0),
    ],
)
def test_more_compounds_and_height_words(text, az, el):
    p = rules_params(text)
    assert (p.azimuth_deg, p.elevation_deg) == (pytest.approx(az), pytest.approx(el))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A van comes from behind, overtakes me on the right and disappears ahead.", 180.0, 0.0),
        ("The owl was on my right, and now it's on my left.", -90.0, 90.0),
        ("Steps go from the door on my left to the desk on my right.", 90.0, -90.0),
        ("A dog trots from right to left and sits down in front of me.", -90.0, 0.0),
        ("트럭이 뒤에서 와서 오른쪽으로 나를 추월해서 앞으로 사라져.", 180.0, 0.0),
        ("부엉이가 아까는 오른쪽에 있었는데 지금은 왼쪽에 있어.", -90.0, 90.0),
        ("강아지가 오른쪽에서 왼쪽으로 걸어가다가 내 앞에 앉아.", -90.0, 0.0),
    ],
)
def test_where_a_sequence_of_moves_comes_to_rest(text, start, end):
    p = rules_params(text)
    assert p.azimuth_deg == pytest.approx(start, abs=1e-6) and _end_az(p) == pytest.approx(end, abs=1e-6)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The bell is not close by.", 3.0, 6.0),
        ("가까이 있지 않아.", 3.0, 6.0),
        ("The voice is not far.", 1.5, 2.5),
        ("멀리 있지 않아.", 1.5, 2.5),
        ("It's not far away; it's right next to me.", 0.1, 0.6),
    ],
)
def test_a_negated_distance_alone_reads_as_the_moderate_opposite(text, lo, hi):
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("버스가 왼쪽 정류장에 서서 공회전하고 있어.", 90.0, 0.0),  # 공회전 = idling, not turning
        ("냄비가 앞쪽 가스레인지 위에서 끓어.", 0.0, 0.0),  # on top of the stove, not above the listener
        ("오토바이가 뒤쪽 벽에 기대어 있어.", 180.0, 0.0),
    ],
)
def test_korean_static_scenes_stay_put_at_ear_level(text, az, el):
    p = rules_params(text)
    assert p.motion == "static" and (p.azimuth_deg, p.elevation_deg) == (pytest.approx(az), pytest.approx(el))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The bell swings round to the front from my left.", 90.0, 0.0),
        ("벌이 앞에서 오른쪽으로 4분의 1 바퀴 돌아.", 0.0, -90.0),
    ],
)
def test_a_swing_round_or_a_fraction_of_a_turn_from_a_to_b_is_an_arc(text, start, end):
    p = rules_params(text)
    assert p.motion == "orbit"
    assert p.azimuth_deg == pytest.approx(start, abs=1e-6) and _end_az(p) == pytest.approx(end, abs=1e-6)


def test_a_korean_fraction_of_a_turn_is_read():
    assert cues.parse("소리가 4분의 1 바퀴 돌아.").turns == pytest.approx(0.25)


def _trend(text: str) -> int:
    p = rules_params(text)
    ratio = p.trajectory[-1].distance_m / p.trajectory[0].distance_m
    return -1 if ratio < 0.95 else 1 if ratio > 1.05 else 0


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("An ambulance is heading our way.", -1),
        ("A child comes running to me.", -1),
        ("The tram pulls into the stop on my left.", -1),
        ("The voices grow fainter and fainter.", 1),
        ("Steps fade down the hall.", 1),
        ("A kite rises and disappears into the sky.", 1),
        ("강아지가 멀리 뛰어가 버려.", 1),
        ("트럭이 앞쪽 주차장으로 들어와.", -1),
        ("택시가 출발해.", 1),
    ],
)
def test_everyday_ways_to_say_closer_or_farther(text, trend):
    assert _trend(text) == trend


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("Not from the lamp on the right -- it's the one behind me.", 180.0),
        ("Nothing comes from behind; the hum is in front of you.", 0.0),
        ("The right channel is silent; the voice is only on the left.", 90.0),
        ("Never on the left: the chime always rings on the right.", -90.0),
        ("Right is wrong, it's left.", 90.0),
        ("오른쪽 채널은 조용하고 목소리는 왼쪽에서만 나.", 90.0),
        ("뒤에서는 아무 소리도 안 나고 앞에서 윙윙거려.", 0.0),
        ("오른쪽은 틀렸어, 왼쪽이야.", 90.0),
        ("이제 오른쪽에서는 안 들리고 왼쪽에서만 들려.", 90.0),
    ],
)
def test_silent_wrong_and_nothing_say_where_it_is_not(text, az):
    assert cues.parse(text).az == pytest.approx(az)


@pytest.mark.parametrize("text", ["왼쪽 스피커에서 음악이 나와.", "오른쪽에서 안내 방송이 나와."])
def test_korean_naoda_comes_out_of_a_source_it_does_not_approach(text):
    assert cues.parse(text).motion is None  # 나와 = comes out, not 나(me) + 와(come)


def test_korean_come_to_me_still_approaches():
    assert cues.parse("개가 나한테 달려와.").motion == "approach"
    assert cues.parse("누가 나를 향해 걸어와.").motion == "approach"
