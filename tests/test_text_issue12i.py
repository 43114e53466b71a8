"""Issue 12, seventh round: what the development set ``dev_issue12i`` (written blind, committed before it was run)
showed the rules reading wrongly, and the far-distance decision. Each case failed before this round; the comment
says what came out."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params

from t2sa.text.cues import parse

# (text, start azimuth, end azimuth)
MOVES = [
    ("The train rumbles in from the left and comes to a halt right in front of us.", 90.0, 0.0),  # static at 45
    ("Someone comes in through the door behind you, walks past the desk on your left, and sits down in the chair "
     "facing you.", 180.0, 0.0),  # started at 90: "behind you" was taken for "behind the door"
    ("The bird lands on the railing to the left, hops along it, and by the end it's perched just to my right.",
     90.0, -90.0),  # static on the right
    # dev 12j (Korean clauses)
    ("냉장고 웅웅 소리는 왼쪽 뒤에 깔려 있고, 청소기가 앞에서 출발해 방을 가로질러 오른쪽 뒤 구석에서 멈춤.", 0.0, -135.0),  # 180 -> 0
    ("새소리는 오른쪽 나무에 그대로 있고, 벌 한 마리가 앞에서 날아와 왼쪽 어깨 근처에서 붕붕거려.", 0.0, 90.0),  # static front
    ("차가 왼쪽에서 와서 오른쪽 앞에 섰고, 문 닫히는 소리도 그 자리에서 났다.", 90.0, -45.0),  # static in front
    ("처음엔 뒤에서 났다가 잠깐 조용해지더니, 이번엔 오른쪽 앞에서 다시 들려.", 180.0, -45.0),  # static on the right
    ("앞에서 뒤로 가는 게 아니라 뒤에서 앞으로 와야 돼.", 180.0, 0.0),  # static in front
    ("앞에 있던 라디오를 끄자 뒤쪽 복도에서 발소리가 다가오기 시작했다.", 180.0, 180.0),  # started in front
]


@pytest.mark.parametrize(("text", "start", "stop"), MOVES)
def test_moves_start_and_end_where_the_sentence_says(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0
    assert _off(_end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("Sound note: door slam behind camera.", 180.0, 0.0),  # front: film notes put the listener at the camera
        ("정확히 내 아래에서 쿵쿵 울리는 소리가 올라와.", None, -85.0),  # -45: "exactly below me" is straight down
        ("편의점 앞에서 친구랑 컵라면 먹으면서 한참 수다 떨고 있었는데 그동안 뒤에서 배달 오토바이 소리가 부릉부릉 끊이질 않아서 "
         "대화가 잘 안 들리더라.", 180.0, 0.0),  # front: in front of the shop is where we stood
    ],
)
def test_directions(text: str, az: float | None, el: float) -> None:
    p = rules_params(text)
    if az is not None:
        assert _off(p.azimuth_deg, az) <= 1.0
    assert p.elevation_deg == pytest.approx(el)


def test_a_descent_that_stops_at_a_side_ends_at_ear_level() -> None:
    p = rules_params("발소리가 위층 왼쪽에서 시작해서 계단을 타고 내려오더니 결국 내 앞에서 멈췄어요.")
    assert p.elevation_deg > 30.0 and _end(p)[1] == pytest.approx(0.0)  # ended 45 deg up


def test_a_way_in_is_not_an_occluder() -> None:
    assert parse("Someone comes in through the door behind you.").occlusion is None  # was 0.5 (muffled)
    assert parse("누가 문을 통해 들어와.").occlusion is None
    assert parse("Someone talks through the door.").occlusion == pytest.approx(0.5)  # guard
    assert parse("Someone talks behind the door.").az is None  # guard: the door is behind, not the listener's back


def test_an_echo_that_comes_back_does_not_circle() -> None:
    p = rules_params("캠핑장 건너편 산에서 메아리가 돌아온다.")
    assert p.motion == "static" and p.distance_m >= 100.0  # 20 m (건너편 only), and the network's orbit leaked


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("Thunder grumbles somewhere beyond the hills.", 1000.0),  # 800: the hills' distance brought thunder nearer
        ("Fireworks are going off over the harbour on the other side of the bay.", 300.0),  # 80
    ],
)
def test_very_far_sources(text: str, lo: float) -> None:
    assert rules_params(text).distance_m >= lo


def test_someone_else_staying_still_does_not_stop_the_move() -> None:
    p = rules_params("아이가 뒤에서 웃으며 달려오고 내 왼쪽에 와서 섰는데, 오른쪽에 있던 엄마는 가만히 있었어.")
    assert p.motion != "static"  # static at 135: the mother's 가만히 stopped the child
    assert _off(p.azimuth_deg, 180.0) <= 1.0 and _off(_end(p)[0], 90.0) <= 1.0
    assert rules_params("A car drives up from the left and then stays still.").motion == "static"  # guard


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("Leftover popcorn pops in the microwave as we get back home.", 136.0),
        ("The drummer backs up the singer and the upshot is a great chorus.", -169.0),
        ("He left the engine running and went back for his keys, so it just idles.", 131.0),
        ("시험이 끝나고 뒤풀이에서 누가 노래를 불러.", 170.0),
        ("Back home, the old clock was ticking like always.", 176.5),  # "clock" names no side to check against
    ],
)
def test_look_alike_words_do_not_let_a_network_guess_through(text: str, guess: float) -> None:
    """The shipped network put these 131-169 deg off front although no direction is said (dev 12j)."""
    import warnings

    from t2sa.text import world
    from t2sa.text.frame import Frame
    from t2sa.text.predictor import combine

    probs = {name: 0.99 for name in ("az", "el", "end_az", "end_el")}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        frame = combine(world.read(text), Frame(az=guess, probs=probs), text)
    assert frame.az is None


def test_a_network_direction_still_counts_where_a_direction_word_the_rules_missed_agrees() -> None:
    from t2sa.text import world
    from t2sa.text.frame import Frame
    from t2sa.text.predictor import combine

    text = "steps come from the bakc"  # a typo the rules do not read
    frame = combine(world.read(text), Frame(az=170.0, probs={"az": 0.99}), text)
    assert frame.az == 170.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The sound goes a quarter turn clockwise, starting in front.", 0.0, -90.0),  # static in front
        ("Three-quarters of the way around, clockwise, beginning at the back.", 180.0, -90.0),  # static behind
        ("오른쪽에서 반시계 방향으로 90도 돌아와.", -90.0, 0.0),  # "90도" was read as a bearing (left)
        ("Pan the guitar from 30 left to 30 right over the bridge.", 30.0, -30.0),  # mixing shorthand: ended 135
        ("Helicopter drops in from high up at the front right and sets down right in front of us.", -45.0, 0.0),
    ],
)
def test_turns_by_an_amount_and_mixing_shorthand(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0


def test_a_source_that_arrives_from_far_away_comes_closer() -> None:
    p = rules_params("The freight train rumbles in from way off to the left and grinds to a halt right in front of us.")
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m  # no trend: it stayed 20 m away
    assert _off(_end(p)[0], 0.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("A motorbike comes up from behind me on the right and shoots off ahead to the left.", -135.0, 45.0),  # -90/90
        ("The cart came rattling from back left, swerved past the fountain on my right, and ended its run in front "
         "of me.", 135.0, 0.0),  # static behind
        ("The hornet buzzes round from behind my right shoulder to the front and hangs there.", -135.0, 0.0),  # static
        ("The car isn't coming from the left - it comes from the right and heads off behind.", -90.0, 180.0),  # -135
    ],
)
def test_moves_dev_12j(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0


def test_a_move_that_ends_right_by_the_listener_comes_closer() -> None:
    p = rules_params("Footsteps come down the stairs from above and stop just behind me.")
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m  # no trend before
    passing = rules_params("I hear the train coming from way off on the right, then it rolls past in front of me and "
                           "disappears off to my left.")
    assert passing.motion == "pass"  # guard: a pass from afar goes by, it does not arrive


def test_curling_up_by_the_feet_is_where_the_move_ends() -> None:
    p = rules_params("The cat pads over from my right and curls up by my feet.")
    assert p.elevation_deg == pytest.approx(0.0) and _end(p)[1] < -45.0  # started at the feet


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("There's left-over pizza, and the old fridge hums.", 0.0, 0.0),  # 90: "left" in left-over
        ("After the backlash, the crowd left the hall in silence and a single bell rang.", 0.0, 0.0),  # 90: a verb
        ("시계 초침 소리가 딱 왼쪽 정중앙에서 째깍째깍 들려요", 90.0, 0.0),  # 45: 정중앙 after a side is "dead on"
        ("보컬은 가운데에서 약간만 오른쪽으로.", -20.0, 0.0),  # a move from the centre to the right
        ("그거 앞에서 나는 소리 아니야, 뒤에서 나는 거야.", 180.0, 0.0),  # front: "not the sound from the front"
        ("오른쪽... 아 잠깐, 왼쪽 뒤였어. 거기서 문 닫히는 소리.", 135.0, 0.0),  # 180: "아 잠깐" corrects
        ("뒤쪽 아님. 정면에서 조금 오른쪽임", -20.0, 0.0),  # -158: 아님 negates
        ("종소리는 오른쪽 앞 말고 왼쪽 앞에서 울려야 돼요.", 45.0, 0.0),  # front: the whole corner is negated
        ("Wind chimes tinkle a little over eye level, off to the right.", -90.0, 20.0),  # ear level
        ("At the far left the dog barks.", 90.0, 0.0),  # guard: "the far left the ..." is a place
    ],
)
def test_static_positions_dev_12k(text: str, az: float, el: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and p.elevation_deg == pytest.approx(el, abs=1.0)


def test_left_over_to_the_right_is_still_a_direction() -> None:
    """Guard: the leftovers mask needs "left-over" / "leftover", not "from my left over to my right"."""
    from t2sa.text.cues import find_spans, rules_text

    text = rules_text("The presenter paces from my left over to my right.")
    spans, _ = find_spans(text)
    assert [text[s.start : s.end] for s in spans if s.kind == "dir"] == ["left", "right"]


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("My neighbour's radio is on the left but ignore it, the sound I need placed is the baby crying, which comes "
         "from behind me on the right.", -135.0),  # 180
        ("The phone buzzing on the desk in front of me was annoying, but the sound that made me jump was the door "
         "slamming somewhere to my right.", -90.0),  # -45
        ("왼쪽에 있던 TV는 아까 꺼 놨고, 지금 계속 들리는 건 오른쪽 창문 너머 공사장 드릴 소리야", -90.0),  # 90
        ("비가 와서 창문 닫으려고 갔는데 천둥은 뒤쪽 멀리서 치고 있었고, 이 장면의 주인공 소리는 바로 왼쪽에서 쾅 닫히는 문이야",
         90.0),  # 135
        ("처음엔 앞에서 들리는 줄 알았는데 헤드폰 벗고 다시 들어보니까 그 딸깍 소리는 오른쪽 뒤에서 나는 거였어", -135.0),  # -90
        ("스피커가 왼쪽 앞이랑 오른쪽 앞에 하나씩 있는데 알람 소리는 둘 다 아니고 내 등 뒤 벽시계에서 울림", 180.0),  # 90
        ("While the fountain splashed away in front of us and some kids yelled over on the left, a church bell rang "
         "out from behind.", 180.0),  # 90
        ("Footsteps front/right on the gravel, then nothing.", -45.0),  # front: "right on the gravel" was masked
        ("We left early, but the bass from behind the scenes of the festival was still thumping when we got back to "
         "the car.", 0.0),  # 150: the network's guess came through "left" and "behind"
        ("As the car moves from left to right, it gets louder.", 90.0),  # guard: a leading clause with no place after
    ],
)
def test_the_sound_the_sentence_is_about_dev_12l(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The dog barks from the left at first, though by the time the postman reaches the gate on the right, the "
         "barking has moved to directly in front of us.", 90.0, 0.0),  # ended on the right (the postman's gate)
        ("The skateboarder rolls in from the left, grinds along the rail in front of us, and then clatters away to "
         "the back right where the stairs are, while the music on the left keeps going.", 90.0, -135.0),  # 180
    ],
)
def test_ends_in_long_sentences_dev_12l(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0
