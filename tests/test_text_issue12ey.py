"""Issue 12, forty-first round: what the development sets ``dev_issue12ey`` to ``dev_issue12fb`` (written blind) showed
about words that place no sound (right of way, a tray or row of things, a hand said to be relaxed, a machine run
backwards, a note's page, the listener's climb, queues and timetables, a mix note, the listener's fall), sounds that
hang in the air or hit the ceiling, rooms told by their tiles and their ring, far cues said as "heard all the way
here", widths of flocks, walls of noise and whole surfaces, windscreens, turns told as a look or a
chair dragged round, and moves in on one side and out on the other, in sentences of my own. The comments say which
cases failed on the round's starting code (8f97730) and which are guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, off, rules_params

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    [
        # words that look like places and place nothing: the combined answer stays in front at ear level
        "We had right of way at the roundabout and still a horn blared.",  # failed before
        "Iced the left row of buns, swapped the back tray over, and the timer pinged.",  # failed before
        "His left hand is much looser now and the scale sounds lovely.",  # failed before
        "They were running the escalator backwards for a test when the alarm went.",  # failed before
        "Jotted it on the back page of my logbook, top left corner: 05:40, van idling.",  # failed before
        "Climbed the ladder up the side of the silo, and a pigeon started cooing.",  # failed before
        "우측 대기줄 정리하고 좌측 창구 열었는데 갑자기 벨이 울려요",  # failed before
        "드럼은 뒤로 좀 빼고 베이스 올렸는데 지금 기타가 지지직거려",  # failed before
        "빙판에서 뒤로 넘어져서 허리 아픈데 어디서 음악이 계속 나와",  # failed before
        "달력 오른쪽 칸에 적어 뒀는데 방금 전화가 울렸어",  # failed before
        "지하 2층부터 5층까지 올라갔다 내려왔는데 계속 윙윙 소리가 나",  # failed before
        # guard: a sound that is placed on the left is still placed there
        "A kettle whistles on my left.",
    ],
)
def test_words_that_place_nothing_leave_the_default(model, text):
    p = model.predict([text])[0]
    if text.startswith("A kettle"):
        assert off(p.azimuth_deg, 90.0) <= 1.0, (text, p.azimuth_deg)
        return
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0 and p.motion == "static", (
        text, p.azimuth_deg, p.elevation_deg, p.motion
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # what a sound does in the air or against the ceiling is not its height
        ("The trumpets on my right just hang in the air after the last note.", -90.0),  # failed before
        ("Out on the moor, nothing round me but sky, and a curlew calls on my left.", 90.0),  # failed before
        ("왼쪽 테너들 소리가 천장에 맞고 울려", 90.0),  # failed before
        ("창고에 박스가 천장까지 쌓여 있는데 오른쪽에서 누가 불러", -90.0),  # failed before
        ("The dome motor hums on my left and turns with the sky all night.", 90.0),  # failed before
    ],
)
def test_air_and_ceilings_said_of_the_room_give_no_height(text, az):
    p = rules_params(text)
    assert off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg) <= 1.0, (text, p.azimuth_deg, p.elevation_deg)


def test_a_sound_high_in_the_air_above_still_rises():  # guard: passed before too
    assert rules_params("A drone hangs in the air above me.").elevation_deg >= 45.0


@pytest.mark.parametrize(
    ("text", "wet_lo", "wet_hi"),
    [
        ("Inside the reptile house it's all tiles, so every hiss rings round forever.", 0.5, 1.0),  # failed before
        ("천문관 돔 안이라 작은 소리도 울려요", 0.5, 1.0),  # failed before
        ("비닐하우스 안은 작물로 꽉 차서 울림이 거의 없어", 0.0, 0.25),  # failed before
    ],
)
def test_rooms_told_by_their_walls_and_ring(text, wet_lo, wet_hi):
    p = rules_params(text)
    assert wet_lo <= p.wet <= wet_hi, (text, p.wet)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("아랫마을 장터 확성기 소리가 여기까지 들려", 300.0, 3000.0),  # failed before
        ("축제 폭죽 소리가 우리 동네까지 들린다", 500.0, 5000.0),  # failed before
        ("Bells of the next parish drifting over the fields.", 500.0, 3000.0),  # failed before
        ("A dog barking at the end of our street.", 30.0, 300.0),  # failed before
        ("You can hear the pump from way up the tunnel.", 50.0, 400.0),  # failed before
        ("The usher leans in and murmurs the seat number.", 0.05, 0.7),  # failed before
        ("Control crackling in my earpiece.", 0.01, 0.3),  # failed before
        ("울타리 너머 멀리 공사장에서 쿵쿵거려", 100.0, 600.0),  # failed before
        # a door left open is how the listener sits, not a door sounding: the thunder after it is far
        ("Sat in the van with the doors open and thunder rumbling somewhere.", 300.0, 3000.0),  # failed before
        # (third part, dev sets 12fe-12fg)
        ("I pressed my ear to the wall and heard the pipes knocking.", 0.05, 0.5),  # failed before
        ("Commentary right in my ear over the headset.", 0.0, 0.1),  # failed before
        ("A dog barking at the far end of the lake.", 200.0, 3000.0),  # failed before
        ("Bells ringing on the far side of town.", 500.0, 5000.0),  # failed before
        ("A fox screaming just the other side of the fence.", 1.0, 8.0),  # failed before
        ("Music blaring from the next caravan over.", 10.0, 80.0),  # failed before
        ("팔꿈치 닿을 거리에서 누가 기침해", 0.2, 0.8),  # failed before
        ("저 멀리 건너편 선착장에서 뱃고동이 울려", 200.0, 3000.0),  # guard: passed before too
    ],
)
def test_distances_implied_by_words(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.distance_m <= hi, (text, p.distance_m)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Frogs croaking in every ditch around the farm.", 180.0, 360.0),  # failed before
        ("The weir on my right is a proper wall of noise.", 60.0, 360.0),  # failed before
        ("비둘기 떼가 오른쪽 광장에 내려앉아 구구거려", 60.0, 200.0),  # failed before
        ("운동장 전체에 음악이 쫙 깔려 있어", 120.0, 360.0),  # guard: passed before too
        ("놀이터가 온통 애들 웃음소리로 꽉 찼어", 60.0, 360.0),  # failed before
        ("창고 안에서 냉풍기 한 대가 윙윙 돌아가", 0.0, 12.0),  # failed before
        ("Just one open D string, bowed, from the cellist on my left.", 0.0, 8.0),  # failed before
    ],
)
def test_widths_of_flocks_walls_surfaces_and_single_things(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.spread_deg <= hi, (text, p.spread_deg)


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("선풍기가 왼쪽으로 조금 가 있어, 완전 옆은 아니고", 20.0),  # failed before
        ("에어컨이 오른쪽에서 나는 거 같다고 했는데 팀장님이 아니래, 정면 천장이래", 0.0),  # failed before
        ("theres a phone buzzing on my rigth", -90.0),  # failed before
        # guard: what the listener said is kept when nobody corrected it
        ("피아노 왼쪽 뒤에서 나는 것 같다고 했는데... 맞았어", 135.0),
    ],
)
def test_hedges_corrections_and_typos(text, az):
    p = rules_params(text)
    assert off(p.azimuth_deg, az) <= 5.0, (text, p.azimuth_deg)


def test_a_windscreen_is_in_front_whatever_the_network_guesses(model):
    p = model.predict(["트램 앞유리 전체에 우박이 쏟아져"])[0]  # failed before (the network's 26 deg came through)
    assert off(p.azimuth_deg, 0.0) <= 1.0, p.azimuth_deg


def test_a_balcony_upstairs_is_above_with_its_side():
    p = rules_params("A dog yapping from a first-floor balcony on my right.")  # failed before
    assert off(p.azimuth_deg, -90.0) <= 1.0 and 30.0 <= p.elevation_deg <= 60.0, (p.azimuth_deg, p.elevation_deg)


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # the listener turns to look at a sound, drags a seat round to face the other way, or turns towards it
        ("The drill started on my right so I turned to look at it.", -90.0, 0.0),  # failed before
        ("The heater ticks on my left, so I dragged my chair round and faced the other way.", 90.0, -90.0),  # failed before
        ("왼쪽 스피커에서 노래가 나와서 그쪽으로 몸 돌려서 들었어", 90.0, 0.0),  # failed before
        ("예초기가 왼쪽에서 윙윙대는데 그냥 등지고 일했어", 90.0, 180.0),  # failed before
        ("막 뒤에서 종소리가 바로 앞에 있는데, 왼쪽으로 90도 돌았어", 0.0, -90.0),  # failed before
        # a move in on one side and out on the other, past behind; round behind a desk to the other side
        ("The tea trolley rattles in on my right, goes round behind me and out on my left.", -90.0, 90.0),  # failed before
        ("Started on my right by the lift, rattled round behind the counter, and now it's parked on my left.", -90.0, 90.0),  # guard: passed before too
        ("A jet ski came up from dead behind the ferry and tore off ahead of us.", 180.0, 0.0),  # failed before
        # guard: a head turned by a stated amount to look up keeps its place
        ("왼쪽으로 고개 돌려서 한 45도 올려다본 데서 매가 울어", 90.0, 90.0),
    ],
)
def test_turns_and_moves_end_where_told(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


# -- round 41, second part: dev sets 12fc and 12fd ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # Korean turns told in note style (돌림, 쳐다봄), with an amount and 돌아서, a slight turn; an English turn whose
        # clause runs on with "while"
        ("오른쪽에서 드릴 소리가 나서 그쪽으로 몸 돌림", -90.0, 0.0),  # failed before
        ("왼쪽 위 나무에서 새가 울길래 고개 돌려서 쳐다봄", 90.0, 0.0),  # failed before
        ("앞에 시계가 있는데 오른쪽으로 90도 돌아서 설거지하는 동안엔 왼쪽에서 들려", 0.0, 90.0),  # failed before
        ("정면에서 라디오가 나오는데 의자를 오른쪽으로 살짝 돌림", 0.0, 20.0),  # failed before
        ("The printer was in front of me and I turned slightly to the left.", 0.0, -20.0),  # failed before
        ("I swivelled a quarter turn right on the stool while the kettle that had been straight in front of me kept whistling.", 0.0, 90.0),  # failed before
        # a drift from one side across to the other that then sits there; a Korean move told from where it starts to where
        # it ends, with another sound "meanwhile" (그동안) ringing on
        ("The announcer's voice drifted from the left across to the right and just sat there.", 90.0, -90.0),  # failed before
        ("발소리가 왼쪽에서 시작해서 뒤로 돌아 결국 오른쪽에서 끝났는데, 그동안 앞에서는 시계가 계속 울렸어", 90.0, -90.0),  # failed before
        # guard: a quarter turn with its side and no "while" still turns by a quarter
        ("The kettle was in front of me and I swivelled a quarter turn to the right.", 0.0, 90.0),
        # (third part: dev sets 12fe-12fg)
        ("The radio was on my left and I've had to turn my back on it.", 90.0, 180.0),  # failed before
        ("A dog was panting on my right, so I rolled over towards it.", -90.0, 0.0),  # failed before
        ("오른쪽으로 90도 몸 틀었더니 앞에서 나던 음악이 이제 왼쪽에서 들려", 0.0, 90.0),  # failed before
        ("뒤를 돌아봤는데 뒤에서 짖던 개 소리가 이제 앞에서 들려", 180.0, 0.0),  # failed before
        ("뒤돌아서니까 뒤에서 덜컹거리던 환풍기가 바로 앞에 있네", 180.0, 0.0),  # failed before
        ("침대에서 왼쪽으로 돌아누웠더니 왼쪽에서 나던 선풍기 소리가 이제 앞에서 나", 90.0, 0.0),  # guard: passed before too
    ],
)
def test_turns_told_in_notes_hedges_and_rolls(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 5.0 and off(end(p)[0], stop) <= 5.0, (text, p.azimuth_deg, end(p))


def test_turned_right_round_is_no_side(model):
    p = model.predict(["The van was behind the shed so I turned right round to watch it."])[0]  # failed before
    assert off(p.azimuth_deg, -90.0) > 30.0, p.azimuth_deg  # (was -90: "right" read as the side)


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Boats idling at the next lock up.", lambda p: 100.0 <= p.distance_m <= 2000.0),  # failed before
        ("멀리 오른쪽 산기슭에서 포클레인 소리가 들려", lambda p: 300.0 <= p.distance_m <= 3000.0),  # failed before
        ("Cheering from every stand around us.", lambda p: p.spread_deg >= 240.0),  # guard: passed before too
        ("The whole choir hums in front of me.", lambda p: p.spread_deg >= 60.0),  # guard: passed before too
        ("The hammering is under the stage we're standing on.", lambda p: -70.0 <= p.elevation_deg <= -45.0),  # failed before
        ("고도를 120도로 넣었어", lambda p: p.elevation_deg >= 89.0),  # failed before
        ("앞에서 나는 줄 알았는데 뒤따라오던 트럭이었어", lambda p: off(p.azimuth_deg, 180.0) <= 5.0),  # failed before
        ("Inside the tank, concrete all round, and every tap rings like a bell.", lambda p: p.wet >= 0.5),  # guard: passed before too
        ("In the crypt under the chapel my cough just hung there for ages.",
         lambda p: p.wet >= 0.5 and abs(p.elevation_deg) <= 1.0),  # guard: passed before too
        ("The cart squeaks up the corridor towards me, louder every step.", lambda p: p.motion == "approach"),  # guard
        ("The trolley squeaks down the ward, louder every bed it passes.", lambda p: p.motion != "approach"),  # guard
        # guard: a basement named as the sound's place is still below
        ("That drilling isn't upstairs, it's in the basement under the shop.", lambda p: p.elevation_deg <= -45.0),
        # (third part, dev sets 12fe-12fg)
        ("Wind howling along the whole ridge on our left.", lambda p: p.spread_deg >= 60.0 and off(p.azimuth_deg, 90.0) <= 1.0),  # guard: passed before too
        ("The hangar is full of drones buzzing.", lambda p: p.spread_deg >= 60.0),  # failed before
        ("That bell is right astern.", lambda p: off(p.azimuth_deg, 180.0) <= 1.0),  # failed before
        ("A buoy clanging slightly to port of dead ahead.", lambda p: off(p.azimuth_deg, 20.0) <= 1.0),  # failed before
        ("A chime rings above me on the right.", lambda p: off(p.azimuth_deg, -90.0) <= 1.0 and abs(p.elevation_deg - 45.0) <= 5.0),  # failed before
        ("종소리가 거의 바로 뒤인데 약간 오른쪽이야", lambda p: off(p.azimuth_deg, -160.0) <= 1.0),  # failed before
        ("방울 소리가 오른쪽 앞인데, 사실 오른쪽에 더 가까워", lambda p: off(p.azimuth_deg, -65.0) <= 1.0),  # failed before
        ("The ice-cream van is crawling off to my left.", lambda p: p.motion == "recede" and off(p.azimuth_deg, 90.0) <= 1.0),  # failed before
        # guards: "above me" alone is still high overhead, "high above me on the left" still 60
        ("Feet thudding above me.", lambda p: p.elevation_deg >= 65.0),  # guard: passed before too
        ("A gull circling high above me on the left.", lambda p: p.elevation_deg >= 55.0),  # guard: passed before too
        # (fourth part, dev sets 12fh and 12fi)
        ("A bell buoy clanging way out beyond the reef.", lambda p: p.distance_m >= 300.0),  # failed before
        ("A foghorn on the far side of the bay.", lambda p: p.distance_m >= 300.0),  # guard: passed before too
        ("불꽃놀이 소리가 강 건너 우리 가게까지 들려", lambda p: p.distance_m >= 500.0),  # failed before
        ("목에 건 호루라기가 삑 울렸어", lambda p: p.distance_m <= 0.5 and p.elevation_deg <= -30.0),  # failed before
        ("Just one gull crying on its own off to my left.", lambda p: p.spread_deg <= 15.0),  # guard: passed before too
        ("A ball of sardines fizzing on my right.", lambda p: p.spread_deg >= 60.0),  # failed before
        ("The wind is roaring through the whole forest around me.", lambda p: p.spread_deg >= 240.0),  # guard: passed before too
        ("My mate's yelling from right down the end of the road behind me.", lambda p: off(p.azimuth_deg, 180.0) <= 1.0),  # failed before
        ("운동장에서 전교생이 한꺼번에 함성을 질러", lambda p: p.spread_deg >= 90.0),  # guard: passed before too
        # a dive as the diver's outing, a descent to a depth: no fall of the sound
        ("My buddy was tapping his tank behind me the whole dive.", lambda p: p.motion == "static" and abs(p.elevation_deg) <= 1.0),  # failed before
        ("Went down to twenty metres and a boat engine droned the whole time.", lambda p: p.motion == "static" and abs(p.elevation_deg) <= 1.0),  # failed before
        # guard: a sound in the left carriage is still on the left
        ("왼쪽 칸에서 코 고는 소리가 나", lambda p: off(p.azimuth_deg, 90.0) <= 1.0),  # guard: passed before too
    ],
)
def test_places_widths_rooms_sides_and_moves(text, check):
    p = rules_params(text)
    assert check(p), (text, p.azimuth_deg, p.elevation_deg, p.distance_m, p.spread_deg, p.wet, p.motion)


# -- round 41, third part: dev sets 12fe, 12ff and 12fg -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the listener's gloves, hands, posts, tools, dials and screens with sides, among other things
        "Ripped my right glove on a nail and the generator is droning.",  # failed before
        "Spanner in my left hand, torch in my right, and the pump keeps knocking.",  # failed before
        "I'm on the right-hand till after lunch and a phone keeps ringing.",  # failed before
        "Left the ladder round the back and the kettle is whistling.",  # failed before
        "The right fan's dead and something is buzzing.",  # failed before
        "Turned the dial to the left and the fridge started humming.",  # guard: passed before too
        "손잡이를 오른쪽으로 돌리고 나니까 뭔가 윙윙거려",  # guard: passed before too
        "왼쪽 모니터 확인하고 있는데 어디서 삐 소리가 나",  # failed before
        "오른쪽 어깨에 가방 메고 가는데 어디서 음악이 나와",  # guard: passed before too
        # (fourth part: dev sets 12fh and 12fi)
        "Left Sam to lock up the hall and now a car alarm is whooping.",  # failed before
        "Did the top deck, then back down to the galley, and a baby is still crying.",  # failed before
        "The left-hand page is full so I flipped to the back, and someone is whistling.",  # failed before
        "틀 왼쪽 칸부터 차례로 뒤집는데 어디서 전화가 울려",  # guard: passed before too
        "하네스 오른쪽 고리 걸고 왼발 딛는 순간 누가 휘파람을 불었어",  # failed before
        "신청곡이 '뒤돌아보지 말아요'였는데 누가 기침을 했어",  # failed before
    ],
)
def test_the_listeners_hands_tools_posts_and_titles_place_nothing(model, text):
    p = model.predict([text])[0]
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0, (text, p.azimuth_deg, p.elevation_deg)
