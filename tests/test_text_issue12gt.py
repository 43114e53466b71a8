"""Issue 12, forty-eighth round: what the development sets ``dev_issue12gt`` to ``dev_issue12gx`` (written blind) showed
about moves told over several clauses (an overtake with no side named, a fly-over whose top is only a point on the way,
"head-on", a way-point told after a comma, a thing set up or parked or put down at the end, another sound starting up
again after the move, a thing carried out through a door, an end said first after a dash), the listener rolling over
away from the sound or turning round at a sound told after the turn, a turn of a vehicle the listener rides in
(타고 가는데 ... 우회전함), Korean stops (세웠어요, 섬, 대더라, 올려놓으셨어), 맞은편 and 경상도 뒤짝, temperatures in degrees,
what remains ("3 quarters left"), "not the left one, the right one", a drill call, a quiet neighbour's side, posture
words and diving boards that are no move, and distances said by the place ("way back down the fairway", "just past the
next fence", "over the river", 옆 골목, 주차장 너머), in sentences of my own. The comments say which cases failed on the
round's starting code (d395f0c) and which are guards that passed there too."""

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
        # an overtake with no side named: from behind to ahead
        ("A van overtook us on the hill.", 180.0, 0.0),
        ("The cyclist is coming up behind you and is about to overtake.", 180.0, 0.0),
        # a fly-over: the top is a point on the way; "head-on" is from the front
        ("The plane came from behind us, roared over our heads and out in front.", 180.0, 0.0),
        ("The drone came at me head-on, skimmed over my cap and off behind.", 0.0, 180.0),
        # places passed and where it comes to rest
        ("A motorbike came up from behind the bus, roared past my window on the left and carried on ahead.", 180.0, 0.0),
        ("The trolley rolled from up by the tills in front of me, past the bins on my right, and banged into the wall behind me.", 0.0, 180.0),
        ("The ice-cream van drove in from the left end of the square, past the front of the cafe, and set up on my right.", 90.0, -90.0),
        ("The ferry was off to our right, then went round to the front.", -90.0, 0.0),
        # another sound takes up again afterwards; a thing carried out through a door
        ("The helicopter came off the sea behind us, thumped past on our left and dropped its load up ahead, and then the generator started up again behind us.", 180.0, 0.0),
        ("The radio was playing on my right; someone took it out through the door behind me.", -90.0, 180.0),
        # the end said first, then where it came from after a dash
        ("The van ended up parked right in front of the shop — it came in behind me and went round past the bins on my left first.", 180.0, 0.0),
        # Korean: where a move stops or is put down, places passed, 맞은편
        ("말이 오른쪽에서 출발해서 앞 지나 왼쪽에서 세웠어요", -90.0, 90.0),
        ("트럭이 뒤에서 들어오더니 오른쪽 빈칸에 대더라", 180.0, -90.0),
        ("리어카가 맞은편에서 건너오더니 우리 가게 왼쪽에 자리 잡았네", 0.0, 90.0),
        ("지게차가 오른쪽 창고에서 후진해서 내 뒤 돌아 왼쪽 트럭 옆에 섬", -90.0, 90.0),
        ("택배 기사님이 뒤쪽 문으로 들어와서 내 오른쪽 지나 앞쪽 창가 책상에 올려놓으셨어", 180.0, 0.0),
        ("킥보드가 앞쪽 입구에서 내려와서 제 오른쪽 자판기 지나서 뒤쪽 주차칸에 댔어요", 0.0, 180.0),  # guard
        ("경운기가 결국 내 앞 창고 옆에 섰는데요, 처음엔 마당 뒤쪽으로 들어와서 왼쪽 담장을 따라 왔어요.", 180.0, 0.0),
    ],
)
def test_a_move_told_over_clauses(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before but the guard: a side pass, a static mix of the places, or the wrong end
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0
    assert abs(end(p)[1]) <= 1.0  # every one ends at ear level


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # rolling over away from the sound: it ends behind
        ("The snoring was on my left, so I rolled over the other way.", 90.0, 180.0),
        ("The fan on my right was rattling so I rolled over the other way and put my back to it.", -90.0, 180.0),
        ("왼쪽에서 코를 골길래 반대쪽으로 돌아누웠다", 90.0, 180.0),
        # turned round at a sound told after the turn, as its cause
        ("I spun right round when the kettle clicked off behind me.", 180.0, 0.0),
        ("Turned right round when the cooker went BANG behind me.", 180.0, 0.0),
        # a vehicle the listener rides in turns
        ("버스 타고 가는데 앞에서 사이렌이 울리다가 기사님이 좌회전함", 0.0, -90.0),
        # a flame flaring up is no rise
        ("뒤에서 가스불 확 올라오는 소리에 놀라서 뒤돌아섰지", 180.0, 0.0),
    ],
)
def test_a_turn_of_the_listener(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before: no turn, a half turn, or a rise
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0
    assert abs(p.elevation_deg) <= 1.0 and abs(end(p)[1]) <= 1.0


def test_a_roll_onto_one_side_still_turns_a_quarter(model: TextToSpatial) -> None:  # guard
    p = heard(model, "The dog was barking on my left, so I rolled over onto my left side.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and off(end(p)[0], 0.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # a temperature is no angle
        ("The fan on my left hums all night, 26 degrees and stuffy.", 90.0),
        ("Water's 18 degrees and the pump is humming behind me.", 180.0),
        ("The radio is on my right, and it's 4 degrees.", -90.0),
        ("스님이 내 왼쪽 한 걸음 거리에서 목탁을 치셨어요. 법당 안은 8도.", 90.0),
        # what remains, a correction of which one, a drill call, dialect
        ("The washer is thumping behind me, 3 quarters left on it.", 180.0),
        ("There's 5 minutes left and the buzzer is behind me.", 180.0),
        ("not the left speaker, the right one", -90.0),
        ("The timer's beeping in the rear-right corner, eyes front, everyone!", -135.0),
        ("저 뒤짝에서 뭐가 자꾸 덜컹거리노", 180.0),
        # sitting down is no height
        ("She plonked herself down on my right with a bag of crisps.", -90.0),
    ],
)
def test_where_it_is(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)  # all failed before: a temperature or a remainder read as a side, a height, or front
    assert off(p.azimuth_deg, az) <= 1.0
    assert abs(p.elevation_deg) <= 1.0


def test_a_left_turn_at_a_sound_in_front_ends_on_the_right(model: TextToSpatial) -> None:  # failed before (no turn)
    p = heard(model, "I turned left when the bell rang in front of me.")
    assert off(p.azimuth_deg, 0.0) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


def test_the_diving_boards_are_no_dive(model: TextToSpatial) -> None:  # failed before (a fall from 60 degrees up)
    p = heard(model, "A lifeguard's whistle is going over by the diving boards on my left.")
    assert p.motion == "static" and abs(p.elevation_deg) <= 1.0 and off(p.azimuth_deg, 90.0) <= 1.0


def test_a_quiet_neighbour_places_nothing(model: TextToSpatial) -> None:  # failed before (on the left, at ear level)
    p = heard(model, "위층에서 쿵쿵거리는 소리가 계속 나요. 왼쪽 집은 조용한데")
    assert p.elevation_deg >= 30.0 and off(p.azimuth_deg, 90.0) >= 45.0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Someone's shouting 'FORE' from way back down the fairway behind us.", 50.0, 400.0),
        ("The loudspeaker's not far at all, it's just past the next fence on your left.", 5.0, 30.0),
        ("That chainsaw isn't close, it's over the river on the left.", 50.0, 600.0),
        ("Someone is calling for help way down on my right by the lockers.", 10.0, 60.0),
        ("멀지 않아, 바로 옆 골목 오른편이야", 10.0, 80.0),
        ("방송 소리는 뒤쪽 주차장 너머 본관 스피커였어", 30.0, 300.0),
        ("오른쪽 연못 건너편에서 박수 소리가 나요", 60.0, 400.0),
    ],
)
def test_a_distance_by_the_place(model: TextToSpatial, text: str, low: float, high: float) -> None:
    p = heard(model, text)  # all failed before: too close (0.4-4 m)
    assert low <= p.distance_m <= high


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("Church bells drifting over from the village on the far side of the valley.", 300.0),  # guard
        ("A loon calling from way down the far end of the lake, off to my left.", 200.0),  # guard
    ],
)
def test_far_places_stay_far(model: TextToSpatial, text: str, low: float) -> None:
    assert heard(model, text).distance_m >= low


# -- second pass over the same development sets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # another subject moves the sound itself ("wheeled it"); "shut up there" is no height
        ("The cart was rattling right behind my chair, then the porter wheeled it round to the foot of the bed in front of me and it finally shut up there.", 180.0, 0.0),
        # an earlier sentence's 에서 does not hide where the move came in; 맨 뒤 X 앞 is behind
        ("병원에서 있었던 일. 카트가 뒤쪽 문으로 들어와서 내 오른쪽 지나 앞쪽 창가 침대 옆에 섰어요.", 180.0, 0.0),
        ("알바가 앞쪽 카운터에서 출발해서 내 왼쪽 줄 지나 맨 뒤 창고 앞에서 멈춤.", 0.0, 180.0),
        ("자전거가 뒤에서 오다가 왼쪽으로 붙더니, 그 담엔 앞으로 쭉 가버렸어", 180.0, 0.0),  # guard
    ],
)
def test_a_move_told_over_clauses_more(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before but the guard
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0
    assert abs(p.elevation_deg) <= 1.0 and abs(end(p)[1]) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("물소리 앞쪽 아니고 왼쪽 바위 근처예요. 아까 앞이라고 한 거 정정함.", 90.0),  # a place taken back
        ("매표소 앞 대기 의자에 앉아 있는데 오른쪽 복도 끝 안내데스크에서 이름 부르는 소리가 한참 멀리서 들려요.", -90.0),  # the listener's seat
        ("사선 뒤 대기석 3번 자리인데요, 호루라기가 바로 오른쪽으로 다섯 걸음 정도요", -90.0),
        ("That whistle's from the clubhouse way back behind the car park.", 180.0),
    ],
)
def test_where_it_is_more(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)  # all failed before: the listener's own place or a taken-back place mixed in
    assert off(p.azimuth_deg, az) <= 1.0


def test_a_voice_fading_up_and_down_is_no_fall(model: TextToSpatial) -> None:  # failed before (a fall from 60 up)
    p = heard(model, "어제 무전 교신하는데 상대 목소리가 올라갔다 내려갔다 하더라")
    assert p.motion == "static" and abs(p.elevation_deg) <= 1.0


def test_reverb_in_percent_slang(model: TextToSpatial) -> None:  # failed before (0.03)
    assert abs(heard(model, "리버브 30퍼로 줄이고 보컬은 정면에 둬").wet - 0.3) <= 0.011


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The director's sighing on talkback and I get every bit of it in my cans.", 0.0, 0.15),
        ("인이어로 감독님 목소리가 다 들어와요", 0.0, 0.15),
        ("She whispered his name from clear across the ballroom.", 10.0, 50.0),
    ],
)
def test_a_distance_by_what_carries_it(model: TextToSpatial, text: str, low: float, high: float) -> None:
    p = heard(model, text)  # all failed before (0.8 m, 5 m and an approach, 0.3 m)
    assert low <= p.distance_m <= high
    assert p.motion == "static"


@pytest.mark.parametrize(
    "text",
    [
        "Every cow down the row on my left mooing at once.",
        "Sprinklers hissing along the full length of the counter on my right.",
        "Half the village came out and cheered.",
        "Forty-odd kids all screamed at once.",
        "The whole side of my house, from the kitchen end to the garage end, is buzzing with drills.",
        "About twenty singers stood in a row, so the sound comes from everywhere in front of us.",
        "왼쪽 외양간 한 줄 전체가 음매 하고 울어",
        "레인 여섯 개에서 전부 첨벙첨벙",
        "아파트 주민들 다 나와서 박수 쳤어",
        "관객 이백 명이 한꺼번에 환호했어",
        "유아반 아이들이 앞쪽 풀 전체에서 첨벙거려",
    ],
)
def test_many_at_once_is_wide(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before (3-100 degrees)
    assert 110.0 <= p.spread_deg <= 200.0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("One clap and it rang round the whole hemisphere.", 0.5, 1.0),
        ("Recorded it in the garage, honestly drier than the studio.", 0.0, 0.2),
        ("쌀 포대가 가득 쌓인 창고라 말소리가 푹 묻혀", 0.0, 0.2),
        ("컨테이너 안이 철판이라 목소리가 깡깡 울려", 0.2, 0.6),  # a small metal box: some ring
    ],
)
def test_wet_or_dry_by_how_it_sounds(model: TextToSpatial, text: str, low: float, high: float) -> None:
    assert low <= heard(model, text).wet <= high  # all failed before


# -- third pass: another sound in a while-clause, a boat that motored round, "a good kilometre" -------------------


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The patrol boat was sitting off to our left, then motored round in front of the bow and parked itself there, while the other crew yelled from the right bank.", 90.0, 0.0),
        # guards: a while-clause in the middle, and the mover inside the while-clause
        ("The dog's tags were clinking by the sofa on my right, and then, while the fridge hummed on my left, it trotted over to the door in front of me.", -90.0, 0.0),
        ("The fan hums overhead, while the teacher walks from my right over to my left and stays there.", -90.0, 90.0),
    ],
)
def test_a_move_and_a_while_clause(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # the first failed before (-45: both places mixed, no move)
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0


def test_a_while_clause_after_a_place_is_another_sound(model: TextToSpatial) -> None:  # guard
    p = heard(model, "Last bus home (23:10). What's annoying me is the heater on my right, ticking every few seconds, while the screen up front shows the news.")
    assert off(p.azimuth_deg, -90.0) <= 1.0


def test_a_height_then_a_while_clause(model: TextToSpatial) -> None:  # failed before (on the left, at ear level)
    p = heard(model, "There's a kite flapping high up above the field, while some kid two rows over on my left plays a trumpet.")
    assert p.elevation_deg >= 30.0 and off(p.azimuth_deg, 90.0) >= 45.0


def test_a_good_kilometre(model: TextToSpatial) -> None:  # failed before (300 m)
    p = heard(model, "The bell on the island is only just reaching us across the water, must be a good kilometre away.")
    assert p.distance_m >= 700.0


@pytest.mark.parametrize("text", ["The bus is still 600 metres off but closing in.", "The lead bike is still a good kilometre off but you can hear it closing in."])
def test_still_so_far_off_is_where_an_approach_starts(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # failed before: "s-till" read as "till", the number taken as the end
    assert p.distance_m >= 500.0 and p.trajectory[-1].distance_m < p.distance_m / 10.0
