"""Issue 12, forty-ninth round: what the development sets ``dev_issue12gy`` to ``dev_issue12hc`` (written blind) showed
about words that place nothing ("the right reference number", "two pins left", "left on hold", "the left-hand part",
"three laps left", a hairpin called by a driver, a crosswalk, an oven's 220 degrees, time passing before thunder), a
sign said as a word ("azimuth minus 45"), a place before and one after said with "now", "suddenly", "after" or "coming
out of it", a posture that does not stop a sound from having moved, "comes out on my left" at the end of a walk round,
"squeezed past" and "slipped past" as passes, heights said of another sound in a later sentence, the listener's
own high place with a sound below it, rooms by how they sound (Korean dead rooms, tiled rooms, an echo thrown back),
distances said by the place (the whole length of a garage, aisles over, within reach, beyond a yard, the next
mountain, at anchor, "from a yard") and widths (wall to wall, every wall, every speaker, a queue from left to right),
in sentences of my own. The comments say which cases failed on the round's starting code (712019e) and which are
guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, heard, off

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    [
        "The tech swears he typed the right serial number, and the scanner keeps chirping.",
        "Is this the right gate? The boarding music is already blaring.",
        "Right tempo, wrong key, and the metronome is still ticking.",
        "I've only got three spare fuses left.",
        "Got left on hold again and the same jingle keeps looping.",
        "Just the left-hand part for now, slowly, and quietly.",
    ],
)
def test_right_as_correct_and_left_as_remaining_place_nothing(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before: read as a side (+-90)
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


def test_laps_left_are_no_orbit(model: TextToSpatial) -> None:  # failed before (an orbit from the left)
    p = heard(model, "Two laps left and the crowd noise is everywhere.")
    assert p.motion != "orbit" and off(p.azimuth_deg, 0.0) <= 1.0


def test_a_lap_to_the_left_still_circles(model: TextToSpatial) -> None:  # guard
    assert heard(model, "The drone does two laps to the left around me.").motion == "orbit"


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("Click track: azimuth minus 60, elevation minus 15, two metres.", -60.0, -15.0),
        ("방위각 마이너스 30도, 고도 20도로 놔 주세요", -30.0, 20.0),
    ],
)
def test_a_sign_said_as_a_word(model: TextToSpatial, text: str, az: float, el: float) -> None:
    p = heard(model, text)  # both failed before: the sign was dropped or the number missed
    assert off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg - el) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("오븐 200도 맞춰 놓으니까 환풍기 소리가 왼쪽에서 웅웅", 90.0),
        ("The oven's at 200 degrees and its fan whirs on my right.", -90.0),
        ("학원 앞에 아빠가 차 대 놓고 내 왼쪽에서 빵빵거려", 90.0),
        ("wait no it's not my right earphone popping, it's the left one", 90.0),  # guard
        ("no it's not my left headphone buzzing it's the right one", -90.0),
        ("Hairpin right, and the bell on my left is still on my left coming out of it.", 90.0),  # guard
    ],
)
def test_where_it_is(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)  # failed before but the guards: an oven's degrees as a bearing, 학원 앞 as the front, the denied side
    assert off(p.azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The dog was sitting on my right, and now it's behind me.", -90.0, 180.0),
        ("The bell was in front of us, so now it's behind us.", 0.0, 180.0),
        ("The heater that was in front of me is suddenly on my left.", 0.0, 90.0),
        ("The clock that was on my right was on my left after.", -90.0, 90.0),
        ("Hairpin right, and the bell that was on my left is on my right coming out of it.", 90.0, -90.0),
        ("The usher starts on my left, strolls round behind me and comes out on my right.", 90.0, -90.0),
        ("As I squeezed past him with the bucket, the porter's radio crackled on my left.", 90.0, 90.0),  # guard: I squeezed
        # a pass from behind by one side runs between that side's back and front corners
        ("A skater came up quickly behind me and slipped past on my right.", -135.0, -45.0),
        ("A cyclist came up behind us and went past on the left.", 135.0, 45.0),  # guard
        ("Sleeping in the back cabin with the engine thumping on my right, I rolled over to face it.", -90.0, 0.0),
    ],
)
def test_where_it_was_and_where_it_is_now(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before but the guard: one place only, or the two mixed
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Noon delivery, the bus was late. The afternoon crossing was calm, a plane droning overhead the whole time.",
        "번개 치고 한 20초는 지나서야 천둥이 우르르 울렸어",
        "횡단보도 앞에 서 있는데 오른쪽에서 버스가 빵 했어",
    ],
)
def test_a_crossing_or_time_passing_is_no_pass(model: TextToSpatial, text: str) -> None:
    assert heard(model, text).motion != "pass"  # all failed before (a pass)


def test_a_later_sentence_about_another_sound_keeps_its_height(model: TextToSpatial) -> None:  # failed before (60 up)
    p = heard(model, "A guitar plays 30 degrees to my right, 2 metres away. The mic also picked up the gulls on the roof.")
    assert off(p.azimuth_deg, -30.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


def test_a_later_sentence_about_the_same_sound_gives_its_height(model: TextToSpatial) -> None:  # guard
    p = heard(model, "The owl is on my left. It's up high in the pine.")
    assert off(p.azimuth_deg, 90.0) <= 1.0 and p.elevation_deg >= 30.0


@pytest.mark.parametrize(
    "text",
    [
        "지붕 위에서 기와 고치는데 저 아래 마당에서 강아지가 짖어요",
        "전망대 꼭대기에 서 있는데 밑에서 아이들 소리가 들려",  # guard
        "From the rooftop the night market is just a hum somewhere below me.",
    ],
)
def test_the_listener_up_high_hears_a_sound_below(model: TextToSpatial, text: str) -> None:
    assert heard(model, text).elevation_deg <= -30.0  # failed before but the guard (up and down mixed)


def test_two_heights_of_two_things_are_not_a_vantage(model: TextToSpatial) -> None:  # guard
    assert heard(model, "위 칸에는 사전, 아래 칸에는 잡지를 꽂다가 알람이 울렸어").elevation_deg > -30.0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The bare concrete threw the slam back at me twice.", 0.5, 1.0),
        ("Listen to the clap go round and round the stone walls.", 0.5, 1.0),  # guard
        ("창고에 옷 상자가 가득이라 소리가 하나도 안 튀어", 0.0, 0.2),
        ("울림이 별로 없는 지하 주차장이에요", 0.0, 0.2),
        ("복도에 카펫까지 깔려서 노랫소리가 퍽퍽해", 0.0, 0.2),
        ("물기 많은 타일 방이라 말소리가 다 울려", 0.4, 1.0),
    ],
)
def test_wet_or_dry_by_how_it_sounds(model: TextToSpatial, text: str, low: float, high: float) -> None:
    assert low <= heard(model, text).wet <= high  # all failed before but the guard


def test_an_echo_heard_twice_is_no_turn(model: TextToSpatial) -> None:  # guard
    p = heard(model, "The bare concrete threw the slam back at me twice.")
    assert p.motion != "orbit" or abs(end(p)[0] - p.azimuth_deg) < 1.0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The alarm is in the far corner, the whole length of the warehouse away.", 20.0, 120.0),
        ("A forklift beeped three aisles over on my right.", 3.0, 15.0),
        ("The fan is so close to my chair that I could touch it.", 0.1, 1.0),  # guard
        ("The printer hum is glued to my desk on the right, I could touch it.", 0.1, 1.0),
        ("The siren is faint on my left, out beyond the goods yard.", 30.0, 300.0),  # guard
        ("The tannoy from the next unit is faint on my right, out beyond the loading bay.", 30.0, 300.0),
        ("A temple bell rings from the next mountain.", 500.0, 1000.0),
        ("A yacht lying at anchor off our port bow, halyards clinking.", 30.0, 800.0),  # guard
        ("The other ketch is riding at anchor off our starboard bow, generator chugging.", 30.0, 800.0),
        ("A dog barking from a yard down the road.", 5.0, 200.0),
    ],
)
def test_a_distance_by_the_place(model: TextToSpatial, text: str, low: float, high: float) -> None:
    assert low <= heard(model, text).distance_m <= high  # all failed before but the guards


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("The waterfall spans the cave in front of us, left wall to right wall.", 100.0),
        ("Cheering comes off every wall of the sports hall at once.", 240.0),
        ("The playlist is blasting out of every speaker in the bar.", 240.0),
        ("The queue stretches along the pavement ahead, from my left all the way to my right, chattering.", 120.0),
    ],
)
def test_a_width_by_the_place(model: TextToSpatial, text: str, low: float) -> None:
    p = heard(model, text)  # all failed before (a narrow source, or a pass from left to right)
    assert p.spread_deg >= low and p.motion != "pass"


def test_on_their_feet_is_no_height(model: TextToSpatial) -> None:  # failed before (56 degrees down)
    assert abs(heard(model, "The whole crowd is on its feet, clapping.").elevation_deg) <= 1.0


# -- second pass: Korean turns told or parked, look-alikes in long Korean posts -------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("아까 앞에서 뻐꾸기가 울었는데 반장님이 다들 오른쪽으로 90도 돌라고 해서 그 뒤론 왼쪽에서 들렸어", 0.0, 90.0),
        ("개울 소리가 오른쪽에서 나는데 차를 왼쪽으로 한 45도 틀어서 다시 댔더니 오른쪽 뒤로 가 버렸어", -90.0, -135.0),
        ("슬리퍼 소리가 내 침대 오른쪽에서 나와서 뒤로 지나가더니 왼쪽 끝 방 앞에서 멈췄어", -90.0, 90.0),
    ],
)
def test_korean_turns_and_moves(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before: the turn's angle read as a place, or 방 앞 as the front
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "다음 모임은 두 달 뒤예요. 오늘은 어디선가 매미가 울었어요",
        "오른쪽 구두 굽이 나가서 절뚝거렸어요. 메트로놈 소리가 계속 났어요",
        "다음 주엔 앞산 말고 뒷산 코스로 가요, 오늘은 새소리가 좋았어요",
        "나는 위층 라운지 가서 라면 먹었는데 누가 계속 휘파람을 불어",
    ],
)
def test_korean_look_alikes_place_nothing(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before: behind, or up
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("에어컨은 20도로 맞춰 놨고 왼쪽에서 가습기 소리가 나", 90.0),  # guard
        ("기숙사 앞 마당에서 응원 소리가 왼쪽에서 나", 90.0),
    ],
)
def test_korean_where_it_is(model: TextToSpatial, text: str, az: float) -> None:
    assert off(heard(model, text).azimuth_deg, az) <= 1.0  # failed before but the guard (front-left)


def test_an_air_conditioner_at_18_degrees_is_no_end(model: TextToSpatial) -> None:  # failed before (a pass to 18 degrees)
    p = heard(model, "왼쪽에서 가습기 소리가 나고 에어컨은 18도로 빵빵해")
    assert p.motion == "static" and off(end(p)[0], 90.0) <= 1.0


@pytest.mark.parametrize("text", ["옆 방(문 세 개 건너)에서 피아노 소리가 나", "딸 기다리는데 옆 연습실(문 두 개 건너)에서 누가 바이올린을 계속 틀려"])
def test_doors_over(model: TextToSpatial, text: str) -> None:  # the second failed before (3 m); the first is a guard
    assert 5.0 <= heard(model, text).distance_m <= 20.0


# -- third pass: Korean places before and now, turns told in one sentence and the sound in the next, 지하 in verbs ----


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("모퉁이 돌고 나니까 앞에서 들리던 북소리가 왼쪽에서 들리더라", 0.0, 90.0),
        ("오른쪽 앞에서 나던 망치 소리가 이제 왼쪽 뒤에서 나", -45.0, 135.0),
        ("오른쪽으로 90도 돌았어. 왼쪽에서 울리던 종소리가 어디로 갔을까", 90.0, 180.0),
        ("우현으로 4분의 3바퀴 돌려서 계류함. 좌현 정횡에서 울리던 부표 종은 이제 어디?", 90.0, 0.0),
        ("That runaway cart started by the exit on my left, hit two bins and finally stopped against the rail on my right.", 90.0, -90.0),  # guard
        ("That loose trolley started by the exit on my left, clipped two others, rolled past in front of me and finally jammed against the railing on my right.", 90.0, -90.0),
        ("The ferry horn started astern, crept up our port side and finished just off the port bow.", 180.0, 45.0),  # guard
        ("The ferry horn started astern, crept up our port side and finished just off the port bow; after that the radio squawked in the wheelhouse behind me.", 180.0, 45.0),
    ],
)
def test_where_it_was_and_where_it_is_now_more(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # failed before but the guards: the two places mixed, the turn's next sentence unread, "the exit" as an end
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "버스가 정지하고 있는데 오른쪽에서 안내 방송이 나와요",
        "점프 착지하고 섰는데 오른쪽에서 호루라기가 울렸어",
        "속도 유지하면서 가는데 오른쪽에서 경적이 울려",
    ],
)
def test_verbs_in_jiha_are_not_underground(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before (the knowledge base read 지하 inside the verb: 80 degrees down)
    assert off(p.azimuth_deg, -90.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


def test_underground_is_still_below(model: TextToSpatial) -> None:  # guard
    assert heard(model, "지하에서 쿵쿵 울리는 소리가 나").elevation_deg <= -45.0


@pytest.mark.parametrize(
    "text",
    [
        "누가 뒤에서 밀어서 내 카트가 반 바퀴 돌았어. 앞에서 울리던 종이 뒤통수에서 울려",
    ],
)
def test_who_pushed_from_behind_is_not_the_sound(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # failed before (it started behind)
    assert off(p.azimuth_deg, 0.0) <= 1.0 and off(end(p)[0], 180.0) <= 1.0


def test_coming_down_after_work_is_no_fall(model: TextToSpatial) -> None:  # failed before (a fall from 60 up)
    p = heard(model, "작업 끝내고 내려오는데 왼쪽 창고에서 알람이 울려서 그쪽으로 몸을 돌렸어요.")
    assert abs(p.elevation_deg) <= 1.0 and abs(end(p)[1]) <= 1.0


def test_on_the_way_up_is_no_height(model: TextToSpatial) -> None:  # failed before (it ended 60 degrees up)
    p = heard(model, "In the gondola you turn a quarter to the left on the way up, so the bell in front of you ends up on your right.")
    assert abs(end(p)[1]) <= 1.0 and off(end(p)[0], -90.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("At the gate the bell was straight ahead of us, then the guide made everyone do a quarter turn right to see the view, so the bell was off on our left.", 0.0, 90.0),
        ("Campsite, 4°C. The pump was thudding on our left, so we swung the van round to face the other way, and now it's thudding on our right.", 90.0, -90.0),
        ("예인선이 뒤쪽에서 따라오다가 우현 옆에 나란히 붙었어", 180.0, -90.0),
        ("드론이 앞에서 시계 방향으로 빙 돌아서 지금 내 오른쪽에 있어", 0.0, -90.0),
    ],
)
def test_turns_and_moves_told_in_long_posts(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before: a turn someone else made us do, "4°C" as a bearing, 나란히 붙었어, 돌아서 지금
    assert off(p.azimuth_deg, start) <= 1.0
    assert off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Empty house, bare boards and bare walls, and the dog's bark behind me sounds like it's in a sports hall.", 0.4, 1.0),  # guard
        ("our new flat is empty, bare boards and bare walls, so the toaster popping in the kitchen behind me sounds like it's in a sports hall", 0.4, 1.0),
    ],
)
def test_an_empty_room_rings(model: TextToSpatial, text: str, low: float, high: float) -> None:
    assert low <= heard(model, text).wet <= high  # the second failed before (0.2: a kitchen)


def test_deep_inside_a_cave_is_far(model: TextToSpatial) -> None:  # failed before (1.5 m)
    assert heard(model, "동굴 저 안쪽 깊은 데서 누가 부르는 소리가 아득하게 들려").distance_m >= 20.0


def test_what_the_listener_wrongly_thought_is_no_move(model: TextToSpatial) -> None:  # failed before (a fall from 60 up)
    p = heard(model, "귀 바로 옆에서 똑, 똑. 처음엔 내 머리에 떨어지는 줄 알았네")
    assert p.motion != "fall"
