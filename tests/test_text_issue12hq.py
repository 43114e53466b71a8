"""Issue 12, fifty-third round: what the development sets ``dev_issue12hq`` to ``dev_issue12hs`` (written blind) showed
about rooms whose roof, ceiling or floor is the room and not a height (a boomy wash off a glass roof, an open rooftop,
a basement the listener is in, 천장 맞고, 지하 3층은 울려요), the listener climbing into a tank or mopping a floor, others
gone up to a meeting, the listener's own ear, a ringtone played right out, a broken wing mirror, rooms said to be dead
or to ring ("swallows every echo", "all carpet and heavy drapes", "smacks off the concrete pillars"), the far end or
side of a place by its size, the very last pew, a place denied in the next sentence ("It isn't") or by "쪽 아님", under a
tall thing, "said it backwards", "Left Bank Bakery", from behind the listener's booth, all the way down to the front,
inches from the ear, up on the shelf and a quarry blast; then moves after a sound that goes on or is silent, car lengths
and sea cables, a Korean scene and then a subject that moves, the listener's room below or above (지하 5층 대합실은, 무대 밑
기계실은, a plant room under the pool, a hay loft) and later Korean sentences that open on another place, in sentences of
my own. The comments say which cases failed on the round's starting code (cc1fbdc) and which are guards that passed
there too."""

from __future__ import annotations

import pytest
from support.text import end, heard, off

from t2sa.text.predictor import TextToSpatial


@pytest.fixture(scope="module")
def model() -> TextToSpatial:
    return TextToSpatial.load()


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The toddlers shrieking in the shallow end on my right turn into one big boomy wash off that high glass roof.", -90.0),
        ("Up on the open rooftop the band plays on and nothing comes back off anything.", 0.0),
        ("Security, basement level 3: a van alarm going off down here bounces off every wall.", 0.0),
        ("We climbed into the old water tank and my shout boomed round it for ages.", 0.0),
        ("왼쪽 코트 애들 공 튀기는 소리가 천장 맞고 계속 울려", 90.0),
        ("지하 2층은 진짜 울려요. 누가 문 쾅 닫으면 한참 웅웅거려", 0.0),
        ("옥상 물탱크 안에 들어가서 벽을 톡 쳤더니 한참 울렸어", 0.0),
        ("탁 트인 옥상이라 뒤에서 누가 노래해도 소리가 그냥 하늘로 날아가", 180.0),
    ],
)
def test_a_roof_ceiling_or_floor_that_is_the_room_is_no_height(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)  # all failed before (a height of 60 or -65, or a rise)
    assert off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg) <= 1.0 and p.motion == "static"


@pytest.mark.parametrize(
    "text",
    [
        "Somebody down the corridor keeps letting that alarm ring right out, it's driving me mad.",
        "My right ear's been bunged up since the swim, so the whole concert sounded odd.",
        "왼쪽 귀가 좀 먹먹해서 그런지 오늘 종소리가 이상하게 들렸어",
        "수영장 청소하는 날이라 모터가 계속 윙윙. 직원들은 다 위로 올라가서 회의 중",
        "관리인 아저씨가 보일러실 갔다 오시더니 그 덜컹 소리 배관 맞대",
        "왼쪽 사이드미러 깨진 그 트럭 주인이 와서 경적 한 번 울리고 갔어",
        "뒷마당 쪽 아님. 거기 아까 다 뒤져 봤는데 새끼 고양이 우는 소리는 계속 나",
        "강당 바닥 닦는데 누가 떨어뜨린 공 튀는 소리가 강당 전체에 울렸어",
    ],
)
def test_words_of_the_listener_or_of_others_place_nothing(model: TextToSpatial, text: str) -> None:
    p = heard(model, text)  # all failed before (a side, behind, a height or a rise)
    assert off(p.azimuth_deg, 0.0) <= 1.0 and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    ("text", "dry"),
    [
        ("Snow on the ground and the crow on my left sounded oddly flat, like the snow swallows every echo.", True),
        ("The lobby is all carpet and heavy drapes, so the piano on my left barely carries.", True),
        ("이 방은 소리가 다 죽어서 왼쪽 기타가 작게 들려", True),
        ("Basement B1: a horn going off down here smacks off the concrete pillars and keeps on ringing.", False),
        ("지하 3층은 진짜 울려요. 앞에서 누가 소리 지르면 귀가 멍해", False),
    ],
)
def test_rooms_said_to_be_dead_or_to_ring(model: TextToSpatial, text: str, dry: bool) -> None:
    wet = heard(model, text).wet  # all but the first Korean one failed before (0.2-0.5, or 0.15 for the ringing ones)
    assert wet <= 0.25 if dry else wet >= 0.5


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Some kid at the far side of the pool on my left keeps shouting for his mum.", 8.0, 40.0),
        ("A pallet truck beeping way down the end of aisle twelve, on my right.", 20.0, 80.0),
        ("An alarm going at the far end of the multi-storey, off to my right.", 25.0, 150.0),
        ("A dog barking right down the far end of the beach, off to my left.", 100.0, 1000.0),
        ("저는 성당 맨 뒷자리고 성가대는 저 앞에 있어서 작게 들려요", 15.0, 60.0),
        ("수영장 반대편 끝, 내 정면 저 멀리서 누가 호루라기 불어", 15.0, 55.0),
        ("내 오른쪽으로 길 하나 건너면 있는 공터에서 개가 짖어", 15.0, 80.0),
        ("Oxygen hissing inches from my left ear the whole ride.", 0.02, 0.3),
        ("A dull boom way off behind us, the quarry blasting like every Friday.", 300.0, 5000.0),
    ],
)
def test_far_ends_last_pews_the_ear_and_a_quarry_blast(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    assert lo <= heard(model, text).distance_m <= hi  # all failed before


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("It's not right next to me; the radio is on the other side of the room.", 2.0, 10.0),
        ("The organ is way up at the front and I'm sat in the very last pew.", 15.0, 60.0),
        ("저는 버스 맨 뒷자리인데 기사님 라디오가 앞에서 들려요.", 4.0, 15.0),
        ("Bells from the village on the far side of the valley, off to my right.", 300.0, 5000.0),
    ],
)
def test_far_sides_said_before_keep_their_distance(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    assert lo <= heard(model, text).distance_m <= hi  # guards: passed before


@pytest.mark.parametrize(
    ("text", "az", "el"),
    [
        ("체육관 저쪽 끝, 내 왼쪽 골대 밑에서 공 튀기는 소리가 난다", 90.0, 0.0),
        ("The guest swore the knocking was round the back. It isn't, the knocking's on my right, at the side door.", -90.0, 0.0),
        ("Not right - left. The mower in the next garden is on my left, sorry, said it backwards.", 90.0, 0.0),
        ("Right Bank Café's delivery scooter is beeping outside on my left.", 90.0, 0.0),
        ("The kettle's whistling up on the shelf to my right.", -90.0, 45.0),
        ("침대 밑에서 고양이가 울어", 0.0, -60.0),
    ],
)
def test_places_under_tall_things_denied_or_up_on_a_shelf(model: TextToSpatial, text: str, az: float, el: float) -> None:
    p = heard(model, text)  # the first five failed before (-45 height, behind, behind, the left, 20); the last is a guard
    assert off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg - el) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("A latecomer's heels came in through the doors behind me, came down the aisle on my right and kept going all the way down to the front.", 180.0, 0.0),
        ("The little train came tooting out from behind my kiosk, round the duck pond in front and came to rest on my left.", 180.0, 90.0),
        ("새벽 납품 트럭이 뒤쪽 골목에서 들어오더니 왼쪽 창고 문 앞에 딱 붙었어", 180.0, 90.0),
        ("오토바이가 뒤에서 와서 오른쪽 편의점 앞에 세우더라", 180.0, -90.0),
        ("트럭이 뒤에서 와서 오른쪽 창고 앞에 딱 붙었어", 180.0, -90.0),
    ],
)
def test_moves_from_behind_the_listeners_booth_and_down_to_the_front(
    model: TextToSpatial, text: str, start: float, stop: float
) -> None:
    p = heard(model, text)  # all failed before (a height of -65, the front, the front, static 135 twice)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The boiler hums behind me all night. Around 2 the laundry cart rattled in from the side door on my left and got parked by the dryers on my right.", 90.0, -90.0),
        ("The radio's on the windowsill to my right and silent, but the cat's paws went from the hall behind me, along the sofa on my left and stopped at the bowl in front of me.", 180.0, 0.0),
        ("냉장고는 오른쪽에서 계속 돌아가고 있었고, 새벽에 누가 내 앞에서 병을 떨어뜨렸는데 그게 데굴데굴 굴러서 왼쪽 식탁 쪽까지 가서 멈췄어", 0.0, 90.0),
        ("택시가 앞쪽 출구로 나가려다 말고 후진해서 왼쪽 주차장 쪽으로 들어가더니 거기서 시동 껐어", 0.0, 90.0),
        ("구슬이 뒤에서 굴러서 왼쪽 소파 쪽까지 갔어", 180.0, 90.0),
    ],
)
def test_moves_after_a_sound_that_goes_on_or_is_silent(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # all failed before (static behind, the silent radio's right, static, the left, static 135)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


def test_a_move_that_comes_right_up_to_the_listener_comes_closer(model: TextToSpatial) -> None:  # failed before (no trend)
    p = heard(model, "The puppy started in the kitchen behind me, trotted round by the piano on the right, then came right up to my chair in front and flopped down.")
    assert off(p.azimuth_deg, 180.0) <= 1.0 and off(end(p)[0], 0.0) <= 1.0 and p.trajectory[-1].distance_m < p.distance_m


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The moped sat four car lengths ahead of me at the lights, engine ticking.", 16.0, 20.0),
        ("A horn answered from about three cables off our port bow.", 450.0, 650.0),
        ("바로 내 뒤에 선 형 목소리가 귀에 대고 말하는 것 같아", 0.3, 1.2),
    ],
)
def test_car_lengths_sea_cables_and_as_if_at_the_ear(model: TextToSpatial, text: str, lo: float, hi: float) -> None:
    assert lo <= heard(model, text).distance_m <= hi  # all failed before (the default, 1.5 m, 0.25 m)


def test_a_sound_laid_out_sideways_like_a_wall_is_wide(model: TextToSpatial) -> None:  # failed before (the default width)
    assert heard(model, "왼쪽 철길 기차 소리가 옆으로 길게 벽처럼 깔려 있어").spread_deg >= 90.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("Leaders came in at front-left and turned off back-left.", 45.0, 135.0),
        ("컵이 선반에서 떨어져서 깨졌어", 0.0, 0.0),
    ],
)
def test_turned_off_and_apart_words_keep_their_reading(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # guards: passed before ("turned off" is a turn here, not a sound switched off)
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("뒤에서 커피 머신이 윙윙거리고 있는데, 배달 기사님 발소리가 왼쪽 입구로 들어와서 오른쪽 계산대 앞에서 멈췄어요", 90.0, -90.0),
        ("밖에선 공사 소리 나고 왼쪽에선 라디오 나오는데, 고양이가 오른쪽에서 걸어와서 내 뒤 소파 밑으로 쏙 들어갔어", -90.0, 180.0),
        ("밤에 빨래 개는데 뒤에서 세탁기가 덜덜 돌고, 그때 오른쪽 현관에서 아이 발소리가 오더니 내 바로 앞에 섰어", -90.0, 0.0),
        ("강아지가 왼쪽에서 놀고 있었는데, 주인이 부르니까 앞으로 뛰어왔어", 90.0, 0.0),
    ],
)
def test_a_korean_scene_then_a_subject_that_moves(model: TextToSpatial, text: str, start: float, stop: float) -> None:
    p = heard(model, text)  # the first failed before (from behind, the scene's machine); the others are guards
    assert off(p.azimuth_deg, start) <= 1.0 and off(end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "지하 5층 대합실은 천장이 높아서 안내방송이 웅웅 울려",
        "지하 2층 라이브홀 공사 중. 사방이 콘크리트라 망치 소리가 쾅쾅 울림",
        "극장 무대 밑 기계실은 콘크리트 통이라 펌프 돌면 한참 울려",
        "The plant room under the pool is a bare concrete box, the pumps echo like mad.",
        "Up in the hay loft with bales stacked to the roof, my phone on the left sounds dead flat.",
        "Tiny church, but the vaulting's sky high, and every cough hangs in the air for ages.",
    ],
)
def test_the_listeners_room_below_or_above_is_no_height(model: TextToSpatial, text: str) -> None:
    assert abs(heard(model, text).elevation_deg) <= 1.0  # all failed before (-65, -45 or 60)


def test_a_boiler_room_under_the_ward_is_still_below(model: TextToSpatial) -> None:  # guard: passed before
    assert heard(model, "The boiler room under the ward is humming louder than usual tonight.").elevation_deg <= -45.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("순찰 3일차. 밤 11시에 왼쪽 빌라 담 너머에서 개가 짖음. 뒤쪽 큰길에선 버스 지나가고, 반장님 무전기는 계속 치지직.", 90.0),
        ("아기 침대는 내 왼쪽인데 거기서 밤새 칭얼대요. 뒤쪽 창문 밖으론 오토바이도 가끔 지나가고요.", 90.0),
    ],
)
def test_a_later_korean_sentence_opening_on_another_place_is_another_sound(model: TextToSpatial, text: str, az: float) -> None:
    p = heard(model, text)  # both failed before (135, with a pass)
    assert off(p.azimuth_deg, az) <= 1.0 and p.motion == "static"
