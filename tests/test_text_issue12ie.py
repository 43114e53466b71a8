"""Issue 12, fifty-seventh round: what the development sets ``dev_issue12ie`` to ``dev_issue12ig`` (written blind) showed
about turns to face a sound (turned round to face a thing with nothing else placed, "... and turned to face it" after a
long first clause, a face-it that beats a place said after it, "all the way round once", "looked back over my shoulder
and there he was", a Korean dryer that "돌았다" before the listener's own turn, 몸을 틀어 그쪽을 마주 보고, a back to a wall
that is a posture, 정문 앞에서 안내하는데 as where the listener works), hedged distances (fairly close, not that far
behind, 꽤 가까이, 생각보다 가까운, 그렇게 멀진 않아), narrow and wide spans (one thin ping, one small spot, the full width
of a bay, a bare "broad" that yields to a span said), look-alike words (left early, 왼쪽 정렬, 뒤에서 호박씨), a hedge
with 비껴서, coyotes going off (sounding, not leaving), the front passenger seat (조수석, right of a Korean driver), a
Korean approach that ends by a thing on a side ("내 왼쪽 화단 옆에 붙었어", "바로 옆까지 왔어") and a static scene brought in
with "there's a ..." followed by another sound's clause, in sentences of my own. The comments say which cases failed on
the round's starting code (2d7c63b) and which are guards that passed there too."""

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
        ("I spun round to face the ringing phone.", 180.0, 0.0),
        ("I heard the parrot squawking on the perch to my left and turned to face it.", 90.0, 0.0),
        ("The kettle clicked off somewhere on my right, so I turned right to face it and reached for the cups on the back shelf.", -90.0, 0.0),
        ("I spun my stool all the way round once and the radio was in front of me again.", 0.0, 0.0),
        ("Somebody whistled from behind, so I looked back over my right shoulder and there she was by the bins.", 180.0, 0.0),
        ("세탁기가 다 돌았다고 오른쪽에서 삐삐 울려서 그쪽으로 돌아섰어.", -90.0, 0.0),
        ("오른쪽 복도에서 종이 울려서 오른쪽으로 몸을 틀어 그쪽을 마주 보고 섰어.", -90.0, 0.0),
        ("창문을 등지고 앉아서 일기 쓰는데 정면에서 시계 알람이 울렸어. 뒤 책장 쪽으로 의자를 반 바퀴 돌렸더니 알람이 등 뒤에서 울려.", 0.0, 180.0),
        ("정문 앞에서 안내하는데 등 뒤 강당에서 종이 울렸어요. 제가 왼쪽으로 돌아서니까 종소리가 왼편에서 들리더라고요.", 180.0, 90.0),
    ],
)
def test_turns_to_face_a_sound(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """Turned round to face a thing and nothing else placed: it was behind and is ahead now; "and turned to face it"
    after its place; a face-it beats "the back shelf" said after it; "all the way round once" is a full turn; "looked
    back over my right shoulder and there she was" faces the sound behind; 돌았다 said of a dryer is not the listener's
    turn; 틀어 그쪽을 마주 보고 faces it; "등지고 앉아서 ... 쓰는데" is how one sits; "정문 앞에서 안내하는데" places the
    listener."""
    p = heard(model, text)  # all failed on 2d7c63b (no turn read, a half turn too many, or the start at a wrong place)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_a_turn_to_face_a_thing_with_another_sound_after_it(model: TextToSpatial) -> None:  # guard: passed before
    p = heard(model, "The radio was on my left. I turned around to face the window.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az", "lo", "hi"),
    [
        ("A dog is barking fairly close on my left.", 90.0, 1.5, 6.0),
        ("It's not that far behind us, the bell.", 180.0, 5.0, 20.0),
        ("그렇게 멀진 않아, 왼쪽에서 북 치는 소리야", 90.0, 5.0, 20.0),
        ("꽤 가까이 오른쪽에서 귀뚜라미가 울어", -90.0, 1.0, 3.0),
        ("생각보다 가까운 오른쪽 나무에서 부엉이가 울어", -90.0, 2.0, 10.0),
    ],
)
def test_hedged_distances(model: TextToSpatial, text: str, az: float, lo: float, hi: float) -> None:
    """"fairly close" is a few metres, not at hand; "not that far behind" keeps "behind" (the denial is of the distance)
    and is some metres off; 그렇게 멀진 않아 likewise; 꽤 가까이 about a metre; 생각보다 가까운 a few metres."""
    p = heard(model, text)  # all failed on 2d7c63b (0.8, 1.5 or 2 m; "behind" dropped as negated)
    assert off(p.azimuth_deg, az) <= 1.0 and lo <= p.distance_m <= hi


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The wind chime makes one thin little ping somewhere on my left.", 0.0, 6.0),
        ("The fan on the shelf to my right whirs from one small spot.", 0.0, 6.0),
        ("The foghorns echoed across the full width of the bay in front of us.", 90.0, 200.0),
        ("One broad wash of engine noise from one end of the runway to the other, right in front of us.", 90.0, 200.0),
    ],
)
def test_narrow_and_wide_spans(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    """One thin ping and one small spot are points; the full width of a bay and "from one end of the runway to the
    other" span the view, and a bare "broad" before them yields to the span said."""
    p = heard(model, text)  # all failed on 2d7c63b (10-60 deg)
    assert lo <= p.spread_deg <= hi


@pytest.mark.parametrize(
    "text",
    [
        "Shift log: left early at 6 because the generator kept droning.",
        "왼쪽 정렬로 바꾸는 중인데 복사기가 계속 윙윙거려.",
        "뒤에서 호박씨 까는 사람들 얘기는 됐고, 시계 초침 소리가 너무 커.",
    ],
)
def test_look_alike_words_place_nothing(model: TextToSpatial, text: str) -> None:
    """Left early (departed), 왼쪽 정렬 (left-aligned), 뒤에서 호박씨 (talking behind one's back): no side."""
    p = heard(model, text)  # all failed on 2d7c63b (a side of 90 deg)
    assert off(p.azimuth_deg, 0.0) <= 1.0


def test_a_hedge_said_with_bikkyeoseo(model: TextToSpatial) -> None:
    p = heard(model, "정면에서 살짝 비껴서 왼쪽, 알람이 울려.")
    assert off(p.azimuth_deg, 20.0) <= 1.0  # failed on 2d7c63b: 45


def test_coyotes_going_off_do_not_leave(model: TextToSpatial) -> None:
    p = heard(model, "Coyotes going off up on the far ridge tonight.")
    assert p.motion == "static" and p.distance_m >= 100.0  # failed on 2d7c63b: a recede from 1 m


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("근데 아까부터 거슬리던 딸깍 소리는 조수석 쪽 문 안에서 나는 거였어.", -90.0),  # failed on 2d7c63b: front
        ("내가 조수석에 앉아 있는데 뒤에서 애가 울어.", 180.0),  # guard: the listener's own seat
    ],
)
def test_the_front_passenger_seat(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)
    assert off(p.azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("오토바이 소리가 앞쪽 멀리서 들리더니 점점 다가와서 내 왼쪽 화단 옆에 붙었어.", 0.0, 90.0),
        ("발소리가 뒤쪽에서 울리더니 점점 가까워져서 내 오른쪽 책장 바로 옆까지 왔어.", 180.0, -90.0),
    ],
)
def test_korean_approaches_that_end_by_a_thing_on_a_side(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # failed on 2d7c63b: one place between the two (45 or -135)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("There's a clock ticking on the wall behind me, the neighbour's dog is barking out in the yard to my left.", 180.0),  # failed: 135
        ("There's a fan humming behind me, and the one I mean is the tap dripping on my right.", -90.0),  # guard
    ],
)
def test_a_sound_brought_in_with_theres_and_another_sounds_clause(model: TextToSpatial, text: str, az: float) -> None:
    """"There's a clock ... behind me, the neighbour's dog is barking ... to my left": two sounds, not one place between
    them; a later sound marked as the one meant ("and the one I mean is ...") stays the subject."""
    p = heard(model, text)
    assert off(p.azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The bell isn't far behind us.", 180.0, 180.0),
        ("My sister says the buzzing is on the left. She's wrong, it's on the right.", -90.0, -90.0),
        ("개 짖는 소리가 앞집에서 나다가 이젠 우리 옆집, 그러니까 내 오른쪽 벽 너머에서 나.", 0.0, -90.0),
    ],
)
def test_after_the_first_look(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    """Dev set 12ih (written after the first look): "isn't far behind" denies the distance, not the place; "She's wrong,
    it's on the right" corrects the place said before it; 이젠 said a few words and a 그러니까 before the place is where
    it is now."""
    p = heard(model, text)  # all failed on 2d7c63b and on f584eb6 (the round's first rules)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_a_whole_span_told_by_its_ends(model: TextToSpatial) -> None:
    p = heard(model, "The rain hammers along the whole roof ahead of us, from the gutter on the left to the chimney on the right.")
    assert p.motion == "static" and off(p.azimuth_deg, 0.0) <= 1.0 and p.spread_deg >= 90.0  # failed: a pass, left to right
