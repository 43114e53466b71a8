"""Issue 12, twenty-second round: what the development sets ``dev_issue12bq`` (several sounds with one subject,
moves and trends told over clauses), ``dev_issue12br`` (moves in everyday words), ``dev_issue12bs`` (implied distance,
width, rooms), ``dev_issue12bt`` (every category, new voices) and ``dev_issue12bu`` (places relative to things,
corrections, look-alikes), written blind, showed, tested on sentences of my own: a sound faint before a later time
and loud or right here after it came closer (and the reverse went away); a far place then, after a later time, a near
one is an arrival; the subject marked by what bothers the writer ("what keeps me up is", "the one I can't stand is");
a move told clause by clause skips the places of other sounds; an approach that "tore off" somewhere ends there;
"behind my armchair" is behind the listener; a correction that names the word it takes back drops it; distances by
place ("a couple of farms over", "across the plain", "right behind my chair"); look-alikes ("back to bar 32", "the
right-answer buzzer", "왼쪽 무릎 수술", "the only one left"). Each case failed before this round (eab4635) unless
marked as a guard; the comment says what came out then."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # none: faint before, then loud or right here after a later time, and the reverse
        ("The drilling was a faint whine down the street on Monday; by Thursday it was screaming right outside the front door.", "closer"),
        ("아침엔 저 멀리서 희미하던 예초기 소리가 점심때쯤엔 바로 창문 밖에서 시끄럽게 들려.", "closer"),
        ("When we got there the band was booming right in front of us; an hour later it was just a murmur.", "farther"),
        # none: a far place, then a near one after a later time
        ("The ambulance was way off to the left when we sat down, and by the time we stood up it was wailing right behind us.", "closer"),
        ("The bin lorry was clanking somewhere off to my left when I woke, and by the time I'd showered it was beeping right outside the window in front of me.", "closer"),
    ],
)
def test_a_trend_told_across_a_later_time(text: str, want: str) -> None:
    assert _trend(text) == want


def test_places_before_and_after_a_later_time_are_start_and_end() -> None:  # 90 -> 90 (one place, both)
    p = rules_params("기차가 떠날 때는 바로 왼쪽 옆에서 크게 들렸는데 몇 분 지나니까 앞쪽 멀리서 가물가물하더라.")
    assert _off(p.azimuth_deg, 90.0) <= 1.0 and _off(_end(p)[0], 0.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The kettle hums behind me and the cat is purring on my right, but what keeps me awake is the tap dripping to my left.", 90.0),  # 180
        ("Printers in front, chatter behind me, but honestly the worst was the man on my right humming.", -90.0),  # guard
        ("For the form: the bass upstairs is one thing and the dog on the left is another, but this is about the car alarm to my right.", -90.0),  # 90
        ("The traffic is faint and the fan is fine, but the one I can't stand is the neighbour hammering on my right.", -90.0),  # 0: a negation
        ("It can't be on the left, it's on the right.", -90.0),  # guard: can't still negates
        ("Sorry, I said left before. The bell is actually on the right.", -90.0),  # 90
        ("아까 왼쪽이라고 한 거 취소요, 종소리는 오른쪽에서 났어요.", -90.0),  # 90
        ("The cat is snoring just behind my armchair while I'm sat in it.", 180.0),  # 0: no place
        ("Keeper's notes: the away fans behind my goal never stopped drumming.", 180.0),  # 0
        ("카페 뒷테이블에서 웃음소리가 계속 나.", 180.0),  # 0
        ("Pan the shaker 30 left, please.", 30.0),  # 90
    ],
)
def test_where_the_subject_is(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Back to bar 12, please, and keep the snare tight.",  # guard: a rehearsal call
        "The right-answer buzzer went off and the audience cheered.",  # -90
        "우리 할아버지가 오른쪽 무릎 수술하고 오셔서 밤새 앓으셔.",  # -90
        "우리 회사 오른팔 박 과장님 코 고는 소리가 장난 아니야.",  # -90
        "Footsteps, getting closer and closer, and I was the only one left in the lab with the fridge humming on my right.",  # 90
    ],
)
def test_look_alikes_and_other_sounds_place_nothing(text: str) -> None:
    assert _off(rules_params(text).azimuth_deg, 0.0) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # ended 180: the busker's place counted as a step of the move
        ("The pigeons flapped off the gutter behind me and landed on the fountain in front, while a busker kept singing to my left.", 180.0, 0.0),
        # ended 180: the approach kept its start
        ("A jet ski approached from front-left and tore off back-right.", 45.0, -135.0),
        # ended -90: one full circle and back to the start
        ("A gull came in from the right, circled once, then settled on the railing to our left.", -90.0, 90.0),
    ],
)
def test_where_a_move_starts_and_ends(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0


def test_an_approach_with_a_trolley_is_no_background_clause() -> None:  # guard
    p = rules_params("A waiter with a squeaky trolley is coming up behind me.")
    assert _off(p.azimuth_deg, 180.0) <= 1.0 and _trend("A waiter with a squeaky trolley is coming up behind me.") == "closer"


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("A dog barking on the left, a couple of farms over.", 200.0, 2000.0),  # 6 m
        ("An elk calling from far off across the plain.", 200.0, 2000.0),  # 180 m
        ("A train horn from the line beyond the valley.", 200.0, 2000.0),  # 30 m
        ("The boiler ticking right behind my chair.", 0.3, 1.5),  # 3 m
        ("The hamster squeaking right by my pillow.", 0.1, 0.6),  # 5 m
        ("Sirens way back on the motorway, miles back yet.", 500.0, 2000.0),  # 50 m
        ("할머니가 마당 저쪽 끝에서 부르셔.", 20.0, 60.0),  # 1.2 m
    ],
)
def test_distances_said_by_place(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # a scene listed sound by sound, then the one the sentence is about
        ("Office today: printer jamming behind me, two people on a call to my left, and Dave, on my right, eating crisps.", -90.0),  # 180
        ("Ward at night: a pump beeping on my left, the nurses chatting ahead, and the man on my right coughing for an hour.", -90.0),  # 90
        ("Lovely cottage, the brook on the left side is lovely and the lane in front is quiet, but the pump humming behind me ran all night.", 180.0),  # 90
        ("Rain on the skylight, the dog yapping on the left, the boiler behind me, and through all of it a phone keeps buzzing.", 0.0),  # 135
        # not a list: a move told clause by clause (guard)
        ("The cat starts on the left, wanders behind me, and finally settles on my right.", 90.0),
        # other sounds by scene or by "meanwhile"
        ("배에서 앞쪽은 엔진 소리, 왼쪽은 파도 소리였는데 갑자기 오른쪽 뒤에서 물개가 푸우 하고 숨을 쉬었어.", -135.0),  # 0
        ("까마귀가 왼쪽 전봇대에서 날아서 앞쪽 지붕에 앉았는데, 그때 오른쪽에서 개가 짖었어.", 90.0),  # guard: the crow's own move
        ("회의록: 프로젝터 팬은 앞쪽, 에어컨은 천장. 문제는 오른쪽 뒤편에서 계속 들리는 키보드 소리임.", -135.0),  # -90 / 60 up
        ("골대 앞에 서 있는데 내 뒤 관중석에서 북을 계속 쳐.", 180.0),  # 0
        # a Korean scene listed sound by sound, then a turn to the subject
        ("밤에 들어 보니 냉장고는 왼쪽에서 웅웅, 시계는 앞에서 째깍째깍, 거기다 오른쪽 창문 밖에서 누가 봉투를 뒤져.", -90.0),  # 0
        ("강아지는 오른쪽 소파에서 자고 고양이는 뒤에서 스크래처를 긁는데, 갑자기 초인종이 울렸어.", 0.0),  # -135
        ("왼쪽에선 TV가 켜져 있고 오른쪽에선 누가 설거지를 하는데, 내가 말하는 건 설거지 소리야.", -90.0),  # guard: names a listed sound
    ],
)
def test_the_subject_among_other_sounds(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The whistle was crystal clear off to my left, then duller and duller.", "farther"),  # none
        ("The scooter got smaller and tinnier down the road.", "farther"),  # none
        ("The choir swelled to a roar as we reached the door.", "closer"),  # none
        ("The helicopter was thundering to my right a minute ago, now it's a faint hum.", "farther"),  # none
        ("The cuckoo was a tiny far-off thing at five, and by breakfast it was in the pine, deafening.", "closer"),  # none
        ("The spaniel came trotting over from my left.", "closer"),  # none
        ("Mum, the hoover is coming to my room!", "closer"),  # none
        ("애가 장난감 차 타고 나한테 돌진해 옴.", "closer"),  # none
    ],
)
def test_trends_told_by_the_sound_or_the_way(text: str, want: str) -> None:
    assert _trend(text) == want


def test_heights_said_by_place() -> None:
    assert rules_params("A mouse scratching down by the skirting board on my left.").elevation_deg == pytest.approx(-45.0)  # 0
    assert rules_params("The alarm is chirping high above me, right up in the stairwell.").elevation_deg == pytest.approx(60.0)  # 85
    assert _off(rules_params("A wren singing right up in the rafters.").azimuth_deg, 0.0) <= 1.0  # -90


@pytest.mark.parametrize(
    "text",
    [
        "Horns all morning, with tailbacks right back to the junction.",  # 180
        "오른쪽 클릭하면 장전 소리가 나.",  # -90
        "Right-click and the reload sound plays.",  # guard
    ],
)
def test_more_look_alikes(text: str) -> None:
    assert _off(rules_params(text).azimuth_deg, 0.0) <= 1.0


def test_a_far_word_the_writer_takes_back_is_no_distance() -> None:  # 1000 m
    # (was <= 3 m; since round 25 "just outside the window" is a few metres, 6 m, inside the 1-10 m the writer of
    # dev_issue12bu labelled for this sentence)
    assert 1.0 <= rules_params("Thought the owl was miles off but no, it's close, just outside the window.").distance_m <= 10.0


def test_a_whole_road_full_of_traffic_is_wide() -> None:  # 30 deg
    assert rules_params("정류장 앞 도로 전체가 출근길 차 소리로 가득해요.").spread_deg >= 90.0
