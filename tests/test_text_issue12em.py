"""Issue 12, thirty-ninth round: what the development sets ``dev_issue12em``, ``dev_issue12en`` and ``dev_issue12eo``
(written blind) showed about the listener looking or turning round at a sound, turns by an amount, the listener's own
posture, body, route, tools and jobs, a backdrop told after a move, sounds said to be "somewhere", hours of the day,
and distances and widths implied by places, in sentences of my own. The comments say which cases failed on the
round's starting code (dfcede6) and which are guards that passed there too."""

from __future__ import annotations

import pytest
from support.text import end, off, rules_params


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # looking or turning round at a sound faces it
        ("뒤에서 고양이가 야옹거리길래 휙 돌아봤지", 180.0, 0.0),  # failed before
        ("왼쪽에서 누가 이름을 부르길래 그쪽으로 돌아봤어요", 90.0, 0.0),  # failed before
        ("뒤에서 드릴 소리가 나길래 뒤로 홱 돌아섰지", 180.0, 0.0),  # failed before
        ("I turned to face the waiter, who'd been talking on my right.", -90.0, 0.0),  # failed before
        ("The kettle was whistling behind me, and I looked back at it over my shoulder.", 180.0, 0.0),  # failed before
        ("I was standing at the sink with the radio going behind me, then turned right round to turn it down.", 180.0, 0.0),  # failed before
        # turning one's back to a sound puts it behind, wherever it was
        ("The telly was blaring on my right, so I turned my back to it.", -90.0, 180.0),  # failed before
        # turns by an amount, towards the sound or with the Korean forms of "turned" and "if I turn"
        ("The band plays on my left, and I turn about 30 degrees towards them.", 90.0, 60.0),  # failed before
        ("오른쪽에서 음악이 나와서 나도 오른쪽으로 45도쯤 틀었어", -90.0, -45.0),  # failed before
        ("앞에 TV가 있는데 의자를 오른쪽으로 90도 돌리면 왼쪽에서 들려요", 0.0, 90.0),  # failed before
        ("오른쪽 창가에 라디오 켜 두고 침대 쪽으로 의자 180도 돌렸더니 왼쪽에서 들림", -90.0, 90.0),  # failed before
        ("버스 타려고 오른쪽으로 돌았는데 앞에서 들리던 공사 소리가 이제 왼쪽에서 나네", 0.0, 90.0),  # failed before
        # looking round, then told where it is: from where it was to where it is
        ("뒤에서 개가 짖길래 돌아봤더니 왼쪽에서 짖고 있더라", 180.0, 90.0),  # failed before
        ("오른쪽 앞에서 전화가 울려서 살짝 고개를 돌리니 정면이 됐어", -45.0, 0.0),  # failed before
        # (round 39, second part: dev set 12ep) turning the back, sitting the other way, looking over a shoulder
        ("왼쪽 앞에서 누가 계속 떠들어서 아예 등지고 앉았음", 45.0, 180.0),  # failed before
        ("앞에서 세탁기 돌아가는 소리 나는데 등 돌리고 빨래 갰어", 0.0, 180.0),  # failed before
        ("왼쪽에서 라디오 소리 나는데 난 뒤로 돌아앉아서 책 읽었어", 90.0, -90.0),  # failed before
        ("왼쪽 뒤에서 알람이 울리는데 의자째로 뒤로 홱 돌았음", 135.0, -45.0),  # failed before
        ("선생님이 뒤에서 부르셔서 의자 빙글 돌려서 쳐다봤어요", 180.0, 0.0),  # failed before
        ("바닥 오른쪽에 둔 스피커 쪽으로 쪼그려 앉은 채로 몸 돌렸어", -90.0, 0.0),  # failed before
        ("Someone called my name from behind, and I glanced back over my right shoulder at them.", 180.0, 0.0),  # failed before
    ],
)
def test_the_listener_looking_or_turning_round_moves_the_sound_round_the_head(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # guard: a sound that comes nearer while the listener looks round stays where it came from (the new reader of
        # looking round must not undo it)
        ("뒤에서 발소리가 점점 가까워져서 돌아봤더니 동생이었어", 180.0),
        # guard: a drone turns, not the listener
        ("The drone hovered on my left, then turned right and flew off.", 90.0),
    ],
)
def test_turns_that_are_not_the_listeners_leave_the_place(text, az):
    assert off(rules_params(text).azimuth_deg, az) <= 10.0, text


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # lying, sitting or standing with no one named is the listener's posture, not a still sound
        ("음악 들으면서 누워 있는데 모기 소리가 왼쪽에서 나다가 머리 뒤로 옮겨갔어", 90.0, 180.0),  # failed before
        # a backdrop told after the move in a clause of its own
        ("공이 왼쪽에서 굴러와서 앞을 지나 오른쪽 끝에서 멈췄어, 뒤쪽 놀이터에선 애들 소리 나고", 90.0, -90.0),  # failed before
        ("종이컵이 앞에서 굴러서 왼쪽으로 가더니 결국 내 뒤에서 멈춤, 오른쪽 프린터는 윙윙", 0.0, 180.0),  # failed before
        ("강아지가 처음엔 내 오른쪽에 있었는데 뒤로 갔다가 지금은 왼쪽에서 짖어. 차는 앞에서 계속 지나가고", -90.0, 90.0),  # failed before
        ("The trolley squealed off to my left, reversed round behind me and parked up on my right, and the till's still beeping up ahead.", 90.0, -90.0),  # failed before
        ("The drill was going on my right when we started, then they moved it round behind me, and the radio on the shelf to my left never stopped.", -90.0, 180.0),  # failed before
        # later-time words are no back; an end told first, then where it came from
        ("새소리가 오른쪽 나무에서 나다가 한참 뒤엔 내 바로 앞에서 났어요", -90.0, 0.0),  # failed before
        ("트럭 소리 결국 왼쪽 공터에서 멈췄는데, 원래 앞쪽 도로 끝에서부터 온 거였어요", 0.0, 90.0),  # failed before
        # "passed" then "stopped in front": the way, not "in front of" a thing
        ("수레가 뒤에서 오더니 내 왼쪽 지나서 앞에 딱 멈췄어", 180.0, 0.0),  # failed before
        ("The bus came up from behind me and carried straight on ahead.", 180.0, 0.0),  # failed before
        # a Korean while-clause of another sound
        ("택배 카트가 앞에서 오다가 내 왼쪽에 잠깐 섰고, 뒤에서 전화벨 울리는 동안 다시 출발해서 오른쪽으로 빠져나갔어요", 0.0, -90.0),  # failed before
    ],
)
def test_a_move_keeps_its_own_places_among_other_sounds(text, start, stop):
    p = rules_params(text)
    assert off(p.azimuth_deg, start) <= 10.0 and off(end(p)[0], stop) <= 10.0, (text, p.azimuth_deg, end(p))


def test_a_van_jingling_up_on_one_side_is_at_ear_level():
    # failed before: "jingling up on my left" was read as up and to the left
    p = rules_params("The ice-cream van came jingling up on my left.")
    assert off(p.azimuth_deg, 90.0) <= 10.0 and abs(p.elevation_deg) <= 10.0, (p.azimuth_deg, p.elevation_deg)


def test_a_still_sound_lying_somewhere_stays_still():
    # guard: the cat lies still; its place is read and it does not move
    p = rules_params("고양이가 왼쪽 소파에 누워 있는데 가르랑거려")
    assert off(p.azimuth_deg, 90.0) <= 10.0 and p.motion == "static", (p.azimuth_deg, p.motion)


@pytest.mark.parametrize(
    "text",
    [
        "My left knee's playing up again, and the neighbour's drum kit won't stop.",  # failed before
        "왼쪽 무릎이 좀 아파서 쉬는데 옆집 청소기 소리가 계속 나",  # failed before
        "Clip your harness to the left-hand rope, and listen for the bell.",  # failed before
        "The camera's pointed east at the ridge and a dog keeps barking.",  # failed before
        "망원경 서쪽으로 돌려놓고 보는데 개가 계속 짖어",  # failed before
        "볼륨 다이얼 오른쪽 끝까지 돌렸더니 웬 재즈가 나오네",  # failed before
        "I'd just done the right side of the bed when the alarm clock went off.",  # failed before
        "왼쪽 선반 정리 다 끝냈는데 어디서 전화벨이 울려",  # failed before
        "오른쪽 길로 산책 한 바퀴 돌고 왔더니 냉장고 소리가 크게 나",  # failed before
        "회의 끝나고 올라가 보니까 프린터가 삐삐거리고 있더라",  # failed before
        "I'm right behind on the ironing and the phone keeps ringing.",  # failed before
        "줄 맞춰 가다가 뒤처진 애가 호루라기를 불었어",  # guard
        "The timer went off while I was stirring with my right hand.",  # failed before
        "올라오라길래 올라갔더니 어디서 뻐꾸기가 우네",  # failed before
        # a sound said to be somewhere, after other people's places
        "Sam's on my left sorting mail, and somewhere a phone is buzzing.",  # failed before
        "반장님은 내 오른쪽에서 통화하시고, 어디선가 경보음이 울려",  # failed before
        # hours of the day
        "We left at four o'clock and a baby cried the whole way.",  # failed before
        "Caught the six o'clock bus and someone's phone kept ringing.",  # failed before
        "Booked the two o'clock with Dana and the hairdryers never stopped.",  # failed before
    ],
)
def test_the_listeners_body_route_tools_jobs_and_times_place_no_sound(text):
    p = rules_params(text)
    assert off(p.azimuth_deg, 0.0) <= 10.0 and abs(p.elevation_deg) <= 10.0, (text, p.azimuth_deg, p.elevation_deg)


@pytest.mark.parametrize(
    "text",
    [
        "Mind your back on the ladder, love; the phone's ringing again.",
        "Hauled the boxes up the back stairs and a baby was wailing.",
    ],
)
def test_back_in_an_idiom_or_a_name_lets_no_guess_through(text):
    # failed before: the rules read no place, but "back" let the network's guess of "behind" through; the words are
    # now masked for both, and the direction is the documented default (front)
    from t2sa.text.predictor import TextToSpatial

    p = TextToSpatial.load().predict([text])[0]
    assert off(p.azimuth_deg, 0.0) <= 10.0, (text, p.azimuth_deg)


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("A jet at my two o'clock, closing fast.", -60.0),  # guard: a clock position of the listener's
        ("The dripping is at three o'clock.", -90.0),  # guard
        ("A foghorn on my right, somewhere out across the bay.", -90.0),  # guard: "somewhere out there" is its own place
        ("The phone's ringing on my left somewhere.", 90.0),  # guard
        ("오른쪽 어딘가에서 폰이 울려", -90.0),  # guard
    ],
)
def test_clock_positions_and_places_said_with_somewhere_still_count(text, az):
    assert off(rules_params(text).azimuth_deg, az) <= 10.0, text


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("A puck cracked against the boards at the far end of the rink.", 20.0, 70.0),  # failed before
        ("A cow is lowing at the far end of the meadow.", 80.0, 800.0),  # failed before
        ("Someone's car alarm is going at the far side of the car park.", 60.0, 400.0),  # failed before
        ("빙상장 반대편 끝에서 호루라기 소리가 나", 20.0, 70.0),  # failed before
        ("운동장 맨 끝에서 누가 공 차는 소리가 들려", 40.0, 200.0),  # failed before
        ("골목 하나 건너서 노래방 소리가 들려", 20.0, 150.0),  # failed before
        ("바로 옆 벤치, 내 오른쪽에서 할머니가 라디오를 들으셔", 0.5, 3.0),  # failed before
        ("The far end of the pitch had a whistle going.", 40.0, 150.0),  # guard: pitches keep their distance
        ("Someone's hoovering a couple of rooms away.", 4.0, 15.0),  # failed before
        ("Sheep are bleating on the other side of the hill.", 300.0, 3000.0),  # failed before
        ("언덕 너머에서 개 짖는 소리가 들려", 300.0, 3000.0),  # guard
    ],
)
def test_distances_implied_by_the_far_end_of_a_place(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.distance_m <= hi, (text, p.distance_m)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The hum of the generator seems to wrap right around my head.", 180.0, 360.0),  # failed before
        ("The carol singers are spread across the churchyard in front of us.", 60.0, 200.0),  # failed before
        ("음악이 마당 전체에 넓게 퍼져요", 150.0, 360.0),  # failed before
        ("손뼉 소리가 왼쪽으로 길게 쫙 이어져요", 60.0, 200.0),  # failed before
    ],
)
def test_widths_of_a_place_filled_and_of_a_long_line(text, lo, hi):
    p = rules_params(text)
    assert lo <= p.spread_deg <= hi, (text, p.spread_deg)
