"""Issue 12, twelfth round: what the development sets ``dev_issue12x`` and ``dev_issue12y`` (written blind) and
look-alike sentences of my own showed. Each case failed before this round unless marked as a guard; the comment
says what came out."""

from __future__ import annotations

import pytest
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # the one sound a long sentence is about, named after the places of others
        ("At the bus stop: an engine idling ahead, two people chatting to my left, and what I'm trying to capture is the "
         "busker's accordion, back and to the right.", -135.0),  # 0
        ("Rain on the left, a kettle ahead, and what we're going to record here is the owl behind us.", 180.0),  # 90
        ("Fireworks far off ahead and music on the right, but the only sound we're positioning is the sparkler, right "
         "here in front.", 0.0),  # -27
        ("Vocal stays dead centre, pad stays wide, and the shaker, which is what this note is about, goes over to the "
         "left side.", 90.0),  # 0 (read as a pass)
        ("Drums in the middle, bass on the right, and the flute, which is what this cue is all about, sits behind.", 180.0),  # -90
        ("지하철 안인데 앞에서 아저씨가 통화하고 오른쪽에선 애기가 울고… 근데 내가 말하고 싶은 건 왼쪽 문 쪽에서 들리는 안내 방송이야.", 90.0),  # 0
        ("앞에서 지글지글 볶는 소리, 왼쪽에선 술잔 소리, 그건 다 배경이고 오른쪽 앞에서 천막 펄럭이는 소리가 메인이에요.", -45.0),  # 0
        ("라디오는 앞에 두고 선풍기는 분위기용이니까 신경 쓰지 말고, 연필 소리만 왼쪽에 넣어 줘.", 90.0),  # 45
        ("제가 강조하고 싶은 건 뒤쪽에서 나는 종소리예요. 앞의 피아노는 그대로.", 180.0),  # guard: the later place is the piano's
        ("There's a lawnmower out front, some guy hammering behind the fence on the left, and a baby monitor crackling "
         "on my right. Place the baby monitor.", -90.0),  # 0
        ("A fan hums on the left and a clock ticks behind me. Position the clock.", 180.0),  # 135
        ("A fan hums on the left and a clock ticks behind me.", 135.0),  # guard: no closing order, both places
        ("보컬이랑 기타는 그대로 두시고요, 움직일 건 카혼 하나예요. 가운데에서 왼쪽으로 약간만.", 20.0),  # 45
        ("가운데에서 오른쪽으로 조금만.", -20.0),  # -90
        # corrections and negation
        ("노크 소리는 왼쪽 앞입니다. 아 죄송해요, 오른쪽 앞이요.", -45.0),  # 0
        ("왼쪽이야. 미안, 오른쪽이야.", -90.0),  # 0
        ("오른쪽 앞이요.", -45.0),  # -90: 앞이요 was not a place
        ("왼쪽에 있는 우리 집 시계 소리 아니고, 앞집 시계야. 정면에서 나.", 0.0),  # 45
        # look-alike words that are no place
        ("Left my keys on the table and now the dishwasher's beeping.", 0.0),  # 90
        ("Left the radio on. It's playing behind me.", 180.0),  # 135
        ("오른손으로 문자 치고 있는데 밥솥에서 취사 완료 소리가 났어.", 0.0),  # -90
        ("왼손에 컵을 들고 있었는데 뒤에서 초인종이 울렸어.", 180.0),  # 135
        ("오른손 쪽에서 소리가 나.", -90.0),  # guard: the right-hand side is a side
        ("The dog is on the left.", 90.0),  # guard
        # the subject first, then other sounds that a clause calls background
        ("The one to place is the kettle, behind me; the radio on the left and the fan up front are just room tone.", 180.0),  # 90
        ("Put the doorbell on the right. The TV chatter in front and the dishwasher behind are background, leave them "
         "alone.", -90.0),  # -45
        ("Only the violin needs placing, front-left; the cellos on the right and the brass at the back are already done.", 45.0),  # 0
        ("위치 잡을 건 세탁기 소리야, 내 뒤쪽. 왼쪽 TV랑 앞에 있는 선풍기는 그냥 배경음이고.", 180.0),  # 90
        ("녹음 메모: 주인공 목소리는 왼쪽 앞에 두고, 오른쪽 빗소리랑 뒤쪽 천둥은 분위기로만 깔아 주세요.", 45.0),  # 90
        ("평가 대상은 오른쪽 벽 너머 옆집 피아노 소리입니다. 위층 발소리와 왼쪽 창밖 오토바이 소리는 제외하세요.", -90.0),  # guard
        ("Rain on the left is just background.", 90.0),  # guard: nothing else is placed
        # places relative to things at the listener's side
        ("강아지가 내 오른쪽 방문 앞에서 낑낑대요.", -90.0),  # -45
        ("Game audio: the generator hums 120 degrees to the player's right, 8 m away.", -120.0),  # 120
        # hedges after the side
        ("박수 소리는 왼쪽으로 아주 살짝만 치우쳐 있어.", 20.0),  # 90
        # time, not places
        ("앞으로 10분 뒤에 알람이 울려요.", 0.0),  # 180
        ("3분 뒤에 다시 울려.", 0.0),  # 180
        ("뒤에서 알람이 울려요.", 180.0),  # guard
    ],
)
def test_where_the_subject_is(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("까마귀 소리는 뒤쪽 높이 올려 주세요.", 60.0),  # 0
        ("저 높이 위에서 새가 울어.", 60.0),  # 52.5
        ("The neighbour's dog barking a few houses down on the right.", 0.0),  # -40: along the street, not below
        ("Drop the hi-hat by 6 dB and sit it 30 degrees right.", 0.0),  # 60, and read as a fall
    ],
)
def test_heights(text: str, el: float) -> None:
    assert abs(rules_params(text).elevation_deg - el) < 1.0


def test_a_level_drop_is_no_fall() -> None:
    assert rules_params("Drop the hi-hat by 6 dB and sit it 30 degrees right.").motion == "static"  # fall
    assert abs(rules_params("The ball drops to the floor.").trajectory[-1].elevation_deg + 45.0) < 1.0  # guard: a fall


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The announcer's voice booms from the far end of the stadium, in front of us.", 50.0, 300.0),  # 20
        ("저 멀리 바다에서 뱃고동 소리.", 300.0, 2000.0),  # 50
        ("오른쪽으로 몇 집 건너에서 개가 짖어요.", 15.0, 200.0),  # 6
        ("두 집 건너 공사 소리가 들려.", 15.0, 200.0),  # guard
        ("The organ plays from the far end of the cathedral.", 10.0, 40.0),  # guard: a hall-sized place stays tens of metres
        ("A dog barks a couple of houses down, off to my left.", 15.0, 100.0),  # 6
        ("기차 경적이 뒤쪽 한참 먼 데서 들린다.", 200.0, 2000.0),  # 50
        ("오른쪽에 딱 붙어 앉은 동생이 통화 중이야.", 0.2, 1.0),  # 1.2
        ("뒤쪽으로 두 블록쯤 떨어진 데서 공연하는 소리가 들려요.", 100.0, 500.0),  # 1.5
        ("A distant siren, far across the city.", 200.0, 2000.0),  # 50
    ],
)
def test_implied_distance(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


def test_a_negated_wide_spread_is_narrow() -> None:
    assert rules_params("드럼 옆으로 넓게 펼치지 말고 가운데에 좁게 모아 줘.").spread_deg <= 30.0  # 60
    assert rules_params("드럼 옆으로 넓게 펼쳐 줘.").spread_deg >= 50.0  # guard


def test_gone_so_far_it_is_barely_heard() -> None:
    assert _trend("고양이가 내 오른쪽에서 야옹거리다가 뒤로 도망가서 이제 거의 안 들려.") == "farther"  # none
    assert _trend("강아지가 왼쪽으로 뛰어가더니 거의 안 들려.") == "farther"  # none


def test_ear_to_ear_is_at_the_head() -> None:
    assert rules_params("A fly buzzed from my right ear across to my left ear, ugh.").distance_m <= 0.5  # 1.0
    assert rules_params("It goes from left to right.").distance_m > 0.5  # guard


def test_from_behind_and_off_ahead() -> None:
    p = rules_params("Commute note: a scooter came up behind me and zipped off ahead.")
    assert _off(p.azimuth_deg, 180.0) < 1.0 and _off(p.trajectory[-1].azimuth_deg, 0.0) < 1.0  # ended behind
    assert _trend("The car zoomed off ahead of us.") == "farther"  # none


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("It was on my left, now it's behind me.", 90.0, 180.0),  # 135, static
        ("the fly started by my right ear, now its at the back of my head lol", -90.0, 180.0),  # -135, static
        ("Footsteps: begin at the door behind me, end at the desk in front.", 180.0, 0.0),  # static behind
        ("공 튀는 소리는 클립 시작할 땐 왼쪽, 끝날 땐 오른쪽이에요.", 90.0, -90.0),  # static left
        ("고양이가 아까는 내 오른쪽 문 앞에서 울더니 지금은 바로 뒤에서 울어.", -90.0, 180.0),  # start 0
        ("Game audio: patrol drone drifts from front-left to back-left over four seconds.", 45.0, 135.0),  # end 180
        ("It was on my left, but now it's behind me.", 90.0, 180.0),  # guard
    ],
)
def test_was_there_now_here(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(p.trajectory[-1].azimuth_deg, end) < 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("The bird's singing up in the tree behind me.", 45.0),  # 0
        ("The ceiling fan whirs straight above.", 85.0),  # 52
        ("Wind chime up-left, gently.", 45.0),  # 0
        ("He walks up right behind me.", 0.0),  # guard: "up right" is no compound
        ("왼쪽 높은 난간 위에서 비둘기가 구구거려.", 60.0),  # 0
        ("멀리서 나는 거 아냐, 귀뚜라미가 내 왼발 바로 옆에 있어.", -65.0),  # 0
        ("근무 일지: 새벽 3시, 오른쪽 창고에서 뭔가 떨어지는 소리 남.", 0.0),  # 60, read as a fall
    ],
)
def test_heights_b(text: str, el: float) -> None:
    assert abs(rules_params(text).elevation_deg - el) < 1.0


def test_a_whole_paddy_is_wide() -> None:
    assert rules_params("논 전체에서 개구리들이 합창하듯 울어대.").spread_deg >= 90.0  # none


@pytest.mark.parametrize(
    "text",
    ["Not overhead. It's the rain hitting the window on my right.", "It's not overhead, it's on my right.",
     "머리 위가 아니라 오른쪽이야."],
)
def test_a_denied_height_is_ear_level(text: str) -> None:
    """The rules drop the negated height; the marker it leaves keeps the network from guessing one (it reads the
    word "overhead" and not the "not")."""
    from t2sa.text.cues import parse

    frame = parse(text)
    assert frame.el is None and frame.probs.get("el") == 0.0  # (no marker: the network's 75)
