"""Issue 12, fortieth round: what the development sets ``dev_issue12eq``, ``dev_issue12er`` and ``dev_issue12es``
(written blind) showed about words that place no sound (British "right" for "very", a page, a sore back, a garment
being altered, "back on", the listener's own walk or work, "down here in the cellar"), heights and distances implied by
counted floors, corners, valleys and curling sheets, widths from end to end, sound bouncing off the room, moves that
come up from behind, at the listener or down towards them, and turns told as looks, in sentences of my own. The
comments say which cases failed on the round's starting code (7da4d66) and which are guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, off, rules_params, trend

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    "text",
    [
        # words that look like places and place nothing: the combined answer stays in front at ear level
        "Got home at midnight, right shattered, and the fridge is humming like mad.",  # failed before
        "She told us to read the right-hand page aloud and right then someone's phone rang.",  # failed before
        "Weeded all day, my back is killing me, and the wind chimes just won't stop.",  # guard: passed before too
        "Taking in the left sleeve of the jacket while the radio mutters away.",  # failed before
        "Wheels back on, tyres pumped, and the compressor is still chugging.",  # failed before
        "Quiet on the green, and back in the clubhouse someone is hoovering.",  # failed before
        "Hiked all the way up to the summit and back, and now the kettle is whistling.",  # failed before
        "The 7 o'clock crossing sounded its horn and everyone in the queue groaned.",  # failed before
        "Down here in the wine cellar something keeps dripping.",  # failed before
        "오른쪽 페이지 넘기는데 옆에서 누가 기침을 했어",  # failed before
        "치마 왼쪽 밑단 수선하는데 재봉틀이 덜컹거려",  # failed before
        # guard: a page with no side, and a left shoe that squeaks, are not touched by the new masks
        "The page turns and the clock ticks.",
        # (second and third parts of the round: dev sets 12et to 12ex)
        # a sore limb or a torn glove with a side, the listener's route, seat, posture and film-set calls place nothing
        "Left knee killing me, right glove with a hole in it, and the compressor hums all day.",  # failed before
        "Went back down to the boiler room after lunch and the extractor was whining.",  # failed before
        "We sat down in the front row with our popcorn and someone's phone started ringing.",  # guard: passed before too
        "Cameras reset, everyone back to one, and the fog machine is still hissing.",  # failed before
        "오른쪽 손목에 붕대 감고 있는데 어디서 알람이 계속 울려",  # failed before
        "Up on the cradle at floor forty all morning, and a squeegee squeaking away.",  # failed before
        # things the listener put somewhere, a way back, the listener's legs, a trip down for a brew, a lift ride
        "Threw the tools in the back of the van, and then a car alarm started whooping.",  # failed before
        "Wheeling the trolley back to the kitchen and a phone keeps ringing.",  # guard: passed before too
        "Left my jacket up on the top deck, came down for a brew, and the generator is still going.",  # failed before
        "Stood on my left leg cos the right's gone numb, and the printer is chattering away.",  # failed before
        "엘리베이터 타고 5층 올라가는데 누가 계속 휘파람을 불어",  # failed before
        "피아노 치면서 오른발로 페달 밟는데 누가 박수를 쳤어",  # failed before
    ],
)
def test_words_that_place_nothing_leave_the_default(model, text):
    p = model.predict([text])[0]
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0 and p.motion == "static", (
        text, p.azimuth_deg, p.elevation_deg, p.motion
    )  # fmt: skip


def test_a_left_shoe_that_squeaks_is_still_on_the_left_and_low():
    # guard: the garment mask takes "the left sleeve" of a garment being altered, not "my left shoe"
    p = rules_params("My left shoe squeaks with every step.")
    assert p.azimuth_deg > 30.0, p.azimuth_deg


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        # a counted number of floors up or down is above or below (was a distance only)
        ("Someone is hammering three floors down.", None, -45.0),  # failed before
        ("The party two floors above has been going since nine.", None, 45.0),  # failed before
        # a speaker up in a corner of a room is high on the wall
        ("There's a tiny speaker up in the corner of the waiting room on my right.", -90.0, 45.0),  # failed before
        # guard: the corner of the ceiling stays higher
        ("A moth is fluttering up in the corner of the ceiling.", None, 60.0),
        # "at my heels" is close behind, not at the feet
        ("The little dog trotted up and stopped at my heels.", 180.0, 0.0),  # failed before
        # (second and third parts of the round) look-alikes that put a said side at a height it is not at
        # a facility called a "센터", the room's floor and walls described, where the listener took shelter
        ("물류센터 창고 안에서 오른쪽에 상자 떨어지는 소리가 쿵", -90.0, 0.0),  # failed before
        ("복도 바닥이고 벽이고 다 대리석인데 오른쪽 끝에서 구두 소리가 또각또각", -90.0, 0.0),  # failed before
        ("소나기 피하려고 고가 밑에 들어갔는데 왼쪽에서 자전거 벨이 울려", 90.0, 0.0),  # failed before
        # quoted speech, "lined up right across", "tied up on my right", a trip up or down told in Korean
        ("She leaned in and whispered 'is that the right bus?' into my left ear.", 90.0, 0.0),  # failed before
        ("The brass band's lined up right across the front of the square ahead of me.", 0.0, 0.0),  # failed before
        ("The dinghy's tied up on my left with its engine ticking over.", 90.0, 0.0),  # failed before
        ("3층 병실 다 돌고 내려왔는데 오른쪽에서 아기가 울어", -90.0, 0.0),  # failed before
        ("탁 트인 능선 꼭대기라 오른쪽에서 부르는 소리가 메아리 없이 사라져", -90.0, 0.0),  # failed before
        ("오른쪽에서 양수기가 덜덜, 내려가면 좀 봐 줘", -90.0, 0.0),  # failed before
    ],
)
def test_heights_said_by_floors_corners_and_heels(text, az, el):
    p = rules_params(text)
    assert abs(p.elevation_deg - el) <= 5.0, (text, p.elevation_deg)
    if az is not None:
        assert off(p.azimuth_deg, az) <= 5.0, (text, p.azimuth_deg)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("A dog was barking two valleys over.", 1000.0, 8000.0),  # failed before
        ("Someone shouted from the far end of the sheet.", 25.0, 50.0),  # failed before
        ("시트 반대편 끝에서 스톤 부딪히는 소리", 25.0, 50.0),  # failed before
        ("바로 옆 침대 할아버지가 잠꼬대를 하셔", 0.5, 2.0),  # failed before
        ("I can feel the phone buzzing under my fingertips.", 0.15, 0.7),  # failed before
        # (second and third parts of the round: dev sets 12et to 12ex)
        ("Gulls screaming across the lagoon.", 300.0, 2000.0),  # failed before
        ("A tractor on the farm beyond the railway line.", 150.0, 1500.0),  # failed before
        ("The clock was striking nine from the church tower.", 50.0, 800.0),  # failed before
        ("건너편 골짜기에서 개 짖는 소리가 들려", 200.0, 2000.0),  # failed before
        ("The fog signal sounded off the point.", 100.0, 2000.0),  # failed before
        ("A dog barking a good field away.", 100.0, 800.0),  # failed before
        ("Someone shouting at the far end of the hospital.", 50.0, 400.0),  # failed before
        ("과수원 저 끝에서 트랙터 소리가 들려", 100.0, 800.0),  # failed before
        ("오른쪽 귀에 폰 대고 있는데 친구 목소리가 쩌렁쩌렁해", 0.02, 0.3),  # failed before
        ("A wasp is right under my nose.", 0.1, 0.6),  # guard: passed before too
    ],
)
def test_distances_implied_by_places(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.distance_m <= hi, (text, p.distance_m)


@pytest.mark.parametrize(
    ("text", "lo"),
    [
        ("Kids shrieking the whole length of the pool on my right.", 60.0),  # failed before
        ("무대 양 끝까지 조명이랑 스피커가 쫙 깔려서 소리가 꽉 차", 60.0),  # failed before
        # (second part of the round) every corner, all along, a whole side, 여기저기서
        ("The crowd noise filled every corner of the stadium.", 200.0),  # failed before
        ("Geese honking all along the shore on my left.", 60.0),  # failed before
        ("The waterfall on our left fills that whole side of the gorge.", 60.0),  # failed before
        ("시장 골목 여기저기서 호객하는 소리가 들려", 60.0),  # failed before
    ],
)
def test_end_to_end_is_wide(text, lo):
    assert rules_params(text).spread_deg >= lo, text


@pytest.mark.parametrize(
    "text",
    [
        "Singing in the tiled loo, my voice bounces off everything.",  # failed before
        "In the shipping container every footstep bounces off the metal walls.",  # failed before
    ],
)
def test_sound_bouncing_off_the_room_is_wet_and_does_not_move(text):
    p = rules_params(text)
    assert p.wet >= 0.5 and p.motion == "static" and abs(p.elevation_deg) <= 1.0, (text, p.wet, p.motion, p.elevation_deg)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The hornet came straight at my face.", "closer"),  # failed before
        ("A cart rattles up from behind me.", "closer"),  # failed before
        ("A tractor grinding its way up behind us.", "closer"),  # failed before
        ("트럭이 언덕길로 내 쪽으로 내려오고 있어", "closer"),  # failed before
        ("The lorry thundered off ahead.", "farther"),  # failed before
        # guard: a bus that disappears off ahead after passing keeps no trend
        ("The bus passes me on the right and disappears off ahead.", "none"),
    ],
)
def test_moves_towards_and_away_from_the_listener(text, want):
    assert trend(text) == want, text


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # a pass: up behind, then off ahead, with a place said between
        ("A tanker came up behind me on the bypass and rumbled off ahead.", 180.0, 0.0),  # failed before
        # a Korean landing told with "턱" or with "앞에 있는": where it lands
        ("참새가 뒤에서 날아오더니 앞 난간에 톡 앉았어", 180.0, 0.0),  # failed before
        ("비둘기가 뒤에서 날아오더니 앞에 있는 벤치에 앉았어", 180.0, 0.0),  # failed before
        # the listener turns: a 180, a look round at it, a turn told with 돌아서 / 돌려서 봤더니
        ("The music was on my right, then I did a 180 and it was on my left.", -90.0, 90.0),  # failed before
        ("A fox was yelping behind me on my right, so I turned round to look at it.", -135.0, 0.0),  # failed before
        ("오른쪽에서 종소리가 나서 고개를 오른쪽으로 돌려서 봤더니 딱 정면이야", -90.0, 0.0),  # failed before
        ("왼쪽에서 청소기 소리가 나는데 오른쪽으로 돌아서 창문 쪽 보니까 이제 뒤에서 들려", 90.0, 180.0),  # failed before
        ("오른쪽 어깨 너머로 뒤돌아보니까 거기서 강아지가 낑낑대고 있더라", -135.0, 0.0),  # failed before
        # guard: a quarter turn with its side said keeps its amount, whatever it was for
        ("The hose was hissing behind me, so I turned a quarter to the right to see it.", 180.0, -90.0),
        # (second and third parts of the round: dev sets 12et to 12ex)
        # rolling onto one side turns the face that way by a quarter
        ("A generator was droning on my left, so I rolled over onto my right side.", 90.0, 180.0),  # failed before
        # taking the right at a junction, told turns, word amounts, slewing a cab, a look back to see who it was
        ("The bells were straight ahead, then we took the right at the lights.", 0.0, 90.0),  # failed before
        ("The drummer was in front of me and the coach told us to make a quarter turn to our right.", 0.0, 90.0),  # failed before
        ("The fountain was on my right and I turned about forty-five degrees to the left.", -90.0, -135.0),  # failed before
        ("The siren was dead ahead, then I slewed the crane cab a quarter turn to the right.", 0.0, 90.0),  # failed before
        ("A kid sneezed behind me so I looked back over my left shoulder to see who it was.", 180.0, 0.0),  # failed before
        # Korean: turning the chair towards it, a head turned by a stated amount with 돌려 봤어
        ("오른쪽에서 기타 소리가 나서 의자를 그쪽으로 돌려 앉았어", -90.0, 0.0),  # failed before
        ("뒤에서 경적이 울려서 고개를 오른쪽으로 한 45도 돌려 봤어", 180.0, -135.0),  # failed before
        ("The alarm went off behind me while I was mopping, so I spun round to see what it was.", 180.0, 0.0),  # failed before
        ("A fox yelped on my left while I was locking up, so I spun round to see what it was.", 90.0, 0.0),  # failed before
        ("왼쪽에서 초인종이 울려서 그쪽으로 몸을 돌려 문을 열었어", 90.0, 0.0),  # failed before
        ("뒤에서 경보가 울리길래 완전히 뒤돌아서 소리 질렀어", 180.0, 0.0),  # failed before
        ("누가 왼쪽 뒤에서 부르길래 의자를 돌려서 마주 봤어", 135.0, 0.0),  # failed before
    ],
)
def test_moves_and_turns_end_where_told(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


# -- round 40, second part: dev sets 12et, 12eu and 12ev -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wet_lo", "wet_hi"),
    [
        ("Piano's in the empty ballroom, not a stick of furniture, and the chord just hung there.", 0.55, 1.0),  # failed before
        ("It's a giant tin shed, so the clatter of the forklift booms off all that metal.", 0.5, 1.0),  # failed before
        ("가구 하나 없는 거실이라 박수 소리가 울려", 0.5, 1.0),  # failed before
        ("Out on the moor the shouts just go flat, nothing comes back at all.", 0.0, 0.15),  # failed before
        ("허허벌판이라 메아리 하나 없이 소리가 퍼져", 0.0, 0.15),  # guard: passed before too
        ("We record in a box lined with egg-crate foam.", 0.0, 0.15),  # failed before
    ],
)
def test_rooms_told_by_what_the_sound_does(text, wet_lo, wet_hi):
    p = rules_params(text)
    assert wet_lo <= p.wet <= wet_hi and p.motion == "static", (text, p.wet, p.motion)


def test_one_violin_among_an_orchestra_tuning_everywhere_stays_narrow():  # guard: passed before too
    # guard: "여기저기서" only says there are many; a width word said of the subject ("가늘게") wins
    assert rules_params("무대 여기저기서 음을 맞추는데 왼쪽에서 바이올린 한 대만 가늘게 선율을 켜").spread_deg <= 30.0


def test_a_public_bathhouse_is_a_wet_hall():
    assert rules_params("목욕탕에서 오른쪽 아저씨가 콧노래를 불러").wet >= 0.5  # failed before


# -- round 40, third part: dev sets 12ew and 12ex --------------------------------------------------------------------


def test_across_the_valley_is_far_and_a_dead_room_is_dry():
    assert rules_params("Church bells from the village across the valley on my right.").distance_m >= 500.0  # failed before
    p = rules_params("It's the deadest room I know, all that padding, you drop a cup and it just goes thud.")
    assert p.wet <= 0.2 and p.motion == "static", (p.wet, p.motion)  # failed before


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # guards: "my back to the fireplace" (no mask; read by the rules since round 60, whose network no longer guesses it)
        # and "the right channel" still place the sound
        ("I've got my back to the fireplace and the logs keep popping like gunshots.", 180.0),
        ("Put the ringtone in the right channel, not the left.", -90.0),
    ],
)
def test_backs_and_channels_still_place(model, text, az):
    assert off(model.predict([text])[0].azimuth_deg, az) <= 15.0, text


def test_right_under_the_nose_is_just_below_in_front():
    p = rules_params("A fly is buzzing right under my nose.")  # failed before
    assert off(p.azimuth_deg, 0.0) <= 5.0 and -30.0 <= p.elevation_deg <= -10.0, (p.azimuth_deg, p.elevation_deg)
