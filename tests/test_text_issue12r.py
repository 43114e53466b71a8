"""Issue 12, tenth round: what the development set ``dev_issue12r`` (written blind: clauses, negation, turns,
approach and recede) and hand-made look-alike sentences showed. Each case failed before this round unless marked
as a guard; the comment says what came out."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("앞쪽 드럼 소리가 멀찍이 물러난다.", "farther"),  # none: 물러난 is not 물러나 + 다 to a regex
        ("쫓아오는 발소리! 바로 뒤에서 점점 좁혀 온다.", "closer"),  # none: 좁혀 read as a narrow width
        ("here comes the train, rumbling in on the right", "closer"),  # none
        ("The boat's engine fades as it heads out from the jetty in front of us toward the horizon.", "farther"),
        ("The sun sits low over the horizon on the left.", "none"),  # guard
    ],
)
def test_ways_in_and_out_said_in_everyday_words(text: str, trend: str) -> None:
    assert _trend(text) == trend


def test_narrowing_a_width_is_still_a_width() -> None:  # guard
    assert rules_params("폭을 좁혀 주세요.").spread_deg <= 10.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("소리가 왼쪽 앞에서 나는 줄 알았는데 다시 들어 보니까 왼쪽 뒤더라.", 135.0),  # 90: 뒤더라 not a place
        ("초인종 소리, 뒤쪽 아님. 오른쪽 앞임.", -45.0),  # -90: 앞임 not a place
        ("아까 오른쪽이라고 했던 거 취소할게. 사이렌은 내 왼편 뒤쪽에서 울리고 있어.", 135.0),  # 180
        ("아까 왼쪽이라고 했는데 정정합니다. 오른쪽입니다.", -90.0),  # guard
        ("임시로 왼쪽에 둬", 90.0),  # guard: 임시 is not a copula
        ("The horse is getting nearer, hooves clopping somewhere back to my left.", 135.0),  # 90
        ("The dog went back to my left side.", 90.0),  # guard: going back somewhere is not behind
    ],
)
def test_places_said_with_copulas_cancels_and_back(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a pass to -90: 45도만 was no angle (round 10 then placed it at -45; round 11 turns it from the front, as
        # the writers of dev_issue12r and 12v label it)
        ("정면에서 오른쪽으로 45도만 돌려 줘.", 0.0, -45.0),
        ("발소리가 앞에서 왼쪽으로 빙 돌아 뒤까지 가서 멈춘다.", 0.0, 180.0),  # ended at 135
        ("오른쪽 앞에서 시작해서 왼쪽 뒤에서 딱 멈춰 서.", -45.0, 135.0),  # static at -90: 딱 hid the stop
        ("모기가 오른쪽에서 날아와 왼쪽 귀 옆에 딱 붙었다.", -90.0, 90.0),  # ended at -90
        ("오른쪽에 서 있던 차가 시동을 걸더니 오른쪽 앞으로 멀어져 간다.", -90.0, -45.0),  # -63 to -63
        ("A bee buzzing at my left ear loops round the back of my head and finishes up by my right ear.", 90.0, -90.0),
        ("The kids run round the tree I'm standing under, starting on my right and getting as far as straight "
         "behind me before they stop.", -90.0, 180.0),  # -135 static
        ("Starting on my right, the fly does half a lap round my head.", -90.0, 90.0),  # stayed at -90
        ("A bike bell rings behind me, then the cyclist draws level on my right and pulls on ahead.", 180.0, 0.0),
    ],
)
def test_turns_and_moves_end_where_the_text_says(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0


def test_a_loop_round_the_back_goes_round_the_back() -> None:
    tr = rules_params("A bee buzzing at my left ear loops round the back of my head and finishes up by my right ear.").trajectory
    assert any(_off(k.azimuth_deg, 180.0) < 30.0 for k in tr)  # not through the front


@pytest.mark.parametrize(
    "text",
    [
        "정면에 있던 소리가 위에서 봤을 때 시계 방향으로 4분의 1 바퀴 돈다.",  # 45 deg up
        "Starting in front, it goes a quarter turn clockwise, seen from above.",
    ],
)
def test_seen_from_above_is_a_point_of_view_not_a_height(text: str) -> None:
    p = rules_params(text)
    assert abs(p.elevation_deg) < 1.0 and _off(_end(p)[0], -90.0) < 1.0


def test_a_bird_from_above_is_still_above() -> None:  # guard
    assert rules_params("a bird calls from above").elevation_deg >= 30.0


def test_a_take_off_from_a_side_starts_at_ear_level() -> None:
    p = rules_params("The plane takes off from the runway to my right and climbs away.")
    assert abs(p.elevation_deg) < 1.0 and _end(p)[1] >= 45.0  # started at -30


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The scene: rain on the window to the right, a radio murmuring behind, and our subject, a clock ticking on "
         "the wall in front of me and a little to the left.", 20.0),  # -90
        ("In this shot the camera faces the sea; gulls wheel somewhere overhead and the boat's engine chugs along "
         "behind us, but the cue sheet only asks for the waves, breaking in front of us a good way off.", 0.0),  # 180
        ("After the doorbell on the right stops ringing, someone knocks twice, and it's the knocking I need, coming "
         "from the door at my back.", 180.0),  # -135
        ("비가 창문을 두드리고 왼쪽 먼 곳에서는 천둥이 간간이 울리지만, 이 장면에서 따로 따야 하는 소리는 뒤쪽 문가에서 "
         "삐걱거리는 낡은 마룻바닥 소리다.", 180.0),  # 135
        ("믹싱 메모 - 보컬은 가운데, 베이스도 가운데, 하이햇은 살짝 오른쪽에 두되, 지금 말하는 트라이앵글은 왼쪽 끝까지 "
         "완전히 밀어 주세요.", 90.0),  # 31
        ("현관 앞 택배 기사님 목소리, 왼쪽 창밖 매미 소리, 그리고 오른쪽 옆방에서 탈수 중인 세탁기 소리가 다 들리는데, "
         "오늘 우리가 녹음할 건 그 세탁기 하나야.", -90.0),  # 0
    ],
)
def test_the_sound_a_long_sentence_is_about(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 3.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A motorbike comes in from the far left, roars past in front of me and heads off toward the right for a "
         "second, but then it swings round and parks behind me.", 90.0, 180.0),  # ended at -90
        ("Start the helicopter on the listener's left, bring it over the top of their head, and let it set down "
         "somewhere out to the right, past the fountain that plays in front of them.", 90.0, -90.0),  # ended at 90
        ("The drone starts off hovering behind my right shoulder, drifts slowly round to my left side while the dog "
         "keeps barking out front, and that's where it stays for the rest of the clip.", -135.0, 90.0),  # began at 0
        ("Picture a long corridor: a trolley starts way down at the far end in front of you, rattles past the lifts "
         "on the left and the vending machine on the right, and finally comes to a stop right beside you on your "
         "left.", 0.0, 90.0),  # began 65 deg below, behind
        ("정면에서 다가오던 자전거가 내 오른쪽을 아슬아슬하게 지나쳐 뒤로 빠져나갔는데, 바로 그 순간 왼쪽 도로에서 누가 "
         "경적을 길게 울렸어.", 0.0, 180.0),  # began at 45: the horn's place after "는데," joined the start
        ("Pan the lead from the centre out to hard left and leave it, with the keys parked on the right.", 0.0, 90.0),
        # guard: the keys parked on the right are not where the lead ends
    ],
)
def test_moves_in_long_sentences_start_and_end_where_the_subject_does(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0 and abs(p.elevation_deg) < 1.0


def test_a_scene_said_before_even_so_is_the_background() -> None:
    text = ("앞에서는 라디오가 시끄럽게 떠들고 오른쪽에서는 친구가 큰 소리로 통화 중이었는데도, 왼쪽 뒤에서 누군가 내 이름을 "
            "작게 부르는 게 분명히 들렸어.")  # 0: 었는데도 was no hand-over
    assert _off(rules_params(text).azimuth_deg, 135.0) < 1.0


def test_way_down_low_is_still_low() -> None:  # guard
    assert rules_params("the bass is way down low").elevation_deg <= -30.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # dev_issue12s: the sound a long sentence is about, said in other words
        ("Dear diary: the neighbours' radio blared through the wall on my left all evening and the fridge kept "
         "clicking, but the sound I want to remember is the owl hooting out behind the house, in the old orchard, "
         "long after midnight.", 180.0),  # 90
        ("Cue 14, INT. KITCHEN, NIGHT. Kettle whistle hard left at the stove, fridge hum low behind camera; the cue "
         "we are placing here is the knock on the door, front-right, muffled, a few metres away.", -45.0),  # 90
        ("In this trial you will hear a drum on your left and a flute behind you; ignore both of them and tell us "
         "where the piano is, which we have placed in front of you, a little to the right.", -20.0),  # 90
        ("The last thing I heard before I fell asleep wasn't the wind in the chimney above me or the clock on the "
         "shelf to my left, it was the night train rolling away into the distance somewhere out behind the house.",
         180.0),  # 0
        ("SFX 22: the door slam off-screen left is already cut and the rain on the window stays front; NEW: a car "
         "starts up in the street behind the audience and pulls away until it's gone.", 180.0),  # 90
        ("omg there's a cat fight outside on the right and the tv is on in front of me but listen, there's a siren "
         "coming at us from way behind, getting louder and louder", 180.0),  # -90
        ("In the first version of the scene the music box sat on the windowsill to the left; in the final version "
         "it's on the bedside table just in front of the player.", 0.0),  # 90
        ("I dreamt of a red lamp on my right and a painting of the sea behind me, both completely silent, and the "
         "only sound in the room was a cello, slow and low, coming from my left.", 90.0),  # 180
        ("야 아까 카페에서 말이야, 에스프레소 머신이 오른쪽 뒤에서 계속 치익거리고 입구 쪽 문종도 딸랑거렸는데, 제일 "
         "거슬린 건 내 왼쪽 바로 옆 테이블에서 큰 소리로 통화하던 아저씨 목소리였어", 90.0),  # -135
        ("게임 사운드 브리프: 플레이어가 동굴 입구에 서면 물방울 소리는 머리 위에서 가볍게 떨어지고 박쥐 날갯짓은 멀리 "
         "뒤쪽에 깔아 두되, 이 장면의 핵심인 거대한 짐승의 숨소리는 정면 어둠 속 아주 가까운 곳에서 들려야 한다.", 0.0),
        ("시나리오 지문: 총성이 멎고, 조금 전까지 왼쪽 언덕에서 울리던 나팔 소리마저 끊긴 뒤, 이제 들리는 것은 주인공 "
         "오른쪽 앞 덤불 속에서 새어 나오는 부상병의 가느다란 신음뿐이다.", -45.0),  # 90
        ("엄마 나 지금 터미널인데 안내 방송은 천장에서 울리고 뒤에서는 캐리어 바퀴 소리가 장난 아니야, 근데 통화 방해의 "
         "주범은 앞줄 왼쪽에 앉은 아기 울음소리야, 그래서 잘 안 들려.", 45.0),  # 135, 60 up
        ("폴리 노트: 창밖 왼쪽에 보이는 풍차는 소리 없는 배경일 뿐이니 무시하고, 벽시계 초침은 뒤쪽 벽에 조그맣게, 이 씬의 "
         "주 음원인 주전자 끓는 소리는 오른쪽 가스레인지 위에서 가깝게 들려야 한다.", -90.0),  # -135
        ("첼로를 오른쪽에 둔 건 실수였어요. 왼쪽이에요.", 90.0),  # 0: the place said wrong was kept
    ],
)
def test_the_sound_a_long_sentence_is_about_said_in_other_words(text: str, az: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) < 3.0 and abs(p.elevation_deg) < 1.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A bus pulls out on my right, rumbles across in front of me, and by the time the lights behind me have "
         "changed it's already off on my left.", -90.0, 90.0),  # -45 to 180: the lights' place ended it
        ("After the door slams behind me, footsteps walk to my left.", 180.0, 90.0),  # guard: where they start
        ("A scooter zips past on my left from front to back.", 0.0, 180.0),  # guard (dev_issue12b's labels)
    ],
)
def test_a_by_the_time_clause_is_about_another_thing(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0


def test_a_crowd_surging_this_way_comes_closer() -> None:
    assert _trend("사람들 함성이 앞쪽 광장에서 점점 이쪽으로 몰려온다.") == "closer"  # none: 몰려온 is not 몰려오


def test_filing_out_until_you_can_barely_hear_them_recedes() -> None:
    text = "Still singing, the choir files out through the doors at the back of the hall until you can barely hear them."
    assert _trend(text) == "farther"  # static


def test_a_later_place_after_marjimak_en_ends_the_move() -> None:
    text = ("꿈에서 나는 끝없는 복도를 걷고 있었는데, 처음에는 앞쪽 멀리서 들리던 피아노 소리가 어느새 뒤로 옮겨 가 있었고, "
            "발소리는 내 것뿐이었으며, 마지막엔 그 피아노가 내 오른쪽 귀 옆에서 아주 작게 울렸다.")
    assert _off(_end(rules_params(text))[0], -90.0) < 1.0  # 180: three words between 마지막엔 and the place


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("The tone goes three-quarters of the way around the head, beginning at the front and heading to the right "
         "first.", 90.0),  # -90: "to the right" was read as the end
        ("앞에서 시작해서 오른쪽으로 먼저 가면서 4분의 3 바퀴 돈다.", 90.0),
        ("It goes three-quarters of the way round from the back, to the left first.", -90.0),
    ],
)
def test_the_side_a_turn_goes_to_first_is_its_sense(text: str, end: float) -> None:
    assert _off(_end(rules_params(text))[0], end) < 1.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("My neighbour's dog, which was barking on the left earlier this morning, is now whining quietly behind me "
         "on the right.", -135.0),  # a pass from the left
        ("The blender, which was on the left in the last mix, now sits front right.", -45.0),
        ("The dog, which is on the left, barks.", 90.0),  # guard: an aside in the present says where it is
    ],
)
def test_a_past_aside_says_where_it_was(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The marching band comes round the corner on the left, parades past in front of us and disappears off to "
         "the right.", 90.0, -90.0),  # an orbit: "comes round the corner" was a turn
        ("With the waves crashing steadily on our left, the jet ski came in from the right and sped off out of "
         "earshot straight ahead.", -90.0, 0.0),  # started at 0
        ("시계탑 종소리는 멀리서 가만히 울리고, 그 사이로 자전거 벨 소리가 왼쪽 뒤에서 다가와 내 옆을 스치고 앞으로 "
         "빠져나갔다.", 135.0, 0.0),  # static at 90: the clock tower's 가만히 held the bicycle still
    ],
)
def test_moves_past_things_and_after_other_sounds(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert p.motion != "static" and _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0


def test_a_later_sound_that_stays_still_still_holds() -> None:  # guard
    p = rules_params("아이가 뒤에서 뛰어와 내 왼쪽에 와서 섰는데, 오른쪽에 있던 엄마는 가만히 있었어.")
    assert p.motion != "static" and _off(_end(p)[0], 90.0) < 1.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("휘파람은 오른쪽에서 시작해 머리 뒤를 돌아서 왼쪽에서 끝납니다.", -90.0, 90.0),  # 끝납 is not 끝나 + ㅂ to a regex
        ("게임 사운드 메모: 적 발소리는 오른쪽 뒤에서 시작해서 앞쪽으로 이동, 잠깐 멈췄다가 최종 위치는 왼쪽. 오른쪽에 깔린 "
         "빗소리 앰비언스는 그대로 두고, 발소리만 위치 오토메이션 걸어 주세요.", -135.0, 90.0),  # 잠깐 (briefly) read as "wait"
    ],
)
def test_korean_ends_and_briefly(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0


def test_wait_is_still_a_correction() -> None:  # guard
    assert _off(rules_params("왼쪽, 잠깐만, 오른쪽이야.").azimuth_deg, -90.0) < 1.0


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("A kid on a scooter rattles towards me from straight ahead, then veers off behind me on the right.",
         0.0, -135.0),  # -90 to -90: the places after "then" joined the start
        ("가운데서 나던 신스 패드를 천천히 왼쪽 끝까지 옮겨 주세요.", 0.0, 90.0),  # from 90: 가운데서 was no place
    ],
)
def test_then_veers_off_and_from_the_centre(text: str, start: float, end: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) < 1.0 and _off(_end(p)[0], end) < 1.0


def test_the_very_centre_stays_the_centre() -> None:  # guard
    p = rules_params("한가운데서 종이 울린다.")
    assert p.motion == "static" and _off(p.azimuth_deg, 0.0) < 1.0


@pytest.mark.parametrize(
    ("text", "el"),
    [
        ("왼쪽 앞 나뭇가지에 풍경이 걸려 있다.", 0.0),  # 40: the branch's usual height over the named side
        ("an owl hoots in a tree on my left", 0.0),  # 40
        ("an owl hoots in a tree", 40.0),  # guard: no side said, the tree's height
        ("an owl hoots high in a tree on my left", 55.0),  # guard: "high" is said
        ("The neighbours upstairs on the left are moving furniture.", 45.0),  # guard: upstairs is a word, kept
    ],
)
def test_a_trees_mild_height_gives_way_to_a_named_side(text: str, el: float) -> None:
    assert rules_params(text).elevation_deg == pytest.approx(el, abs=6.0)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("The stadium crowd roars from several streets away.", 150.0, 2000.0),  # 20 m
        ("몇 블록 떨어진 경기장에서 함성이 터져 나오더라.", 150.0, 2000.0),  # 20 m
        ("A rooster crows on a farm down the road.", 50.0, 500.0),  # 40 m
        ("Someone is calling down the street.", 20.0, 100.0),  # guard
    ],
)
def test_blocks_and_streets_away(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("Her voice grew fainter as she walked off.", "farther"),  # none
        ("He walked away from me.", "farther"),  # none: "walked" is not a verb in -s or -ing
        ("Someone walks up behind me.", "closer"),  # none
        ("The ice cream van is coming down our street.", "closer"),  # none
        ("The dog comes bounding over.", "closer"),  # none
        ("The ambulance is getting louder.", "closer"),  # none
        ("그 사람이 멀리 걸어갔다.", "farther"),  # none: 갔다 ended the word
        ("소리가 점점 커진다.", "closer"),  # none: 커진 is not 커지
        ("Turn the reverb up until it gets louder.", "none"),  # guard: a level, not a way in
        ("The ball came over the fence.", "none"),  # guard
    ],
)
def test_ways_in_and_out_said_in_plain_words(text: str, trend: str) -> None:
    assert _trend(text) == trend


def test_coming_down_the_stairs_still_ends_at_ear_level() -> None:  # guard
    p = rules_params("Footsteps come down the stairs from above and stop just behind me.")
    assert _off(_end(p)[0], 180.0) < 1.0 and abs(_end(p)[1]) < 1.0


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("버스가 정류장을 떠났다.", "farther"),  # none: 떠났 is not 떠나
        ("소리가 점점 또렷해진다.", "closer"),  # none
        ("오른쪽 앞에서 조금씩 선명해져", "closer"),  # none (the brief's own example)
        ("발소리가 문 앞까지 왔다.", "closer"),  # none
        ("여기까지 왔어요", "none"),  # guard: no sound, no place
    ],
)
def test_korean_ways_in_and_out(text: str, trend: str) -> None:
    assert _trend(text) == trend


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("뒤에서 나는 것 같았는데 아니었어, 앞이었어.", 0.0),  # 180
        ("왼쪽에 두지 말고 오른쪽에 둬.", -90.0),  # 90
        ("오른쪽보다는 왼쪽에 가까워.", 90.0),  # -90
        ("왼쪽에서 나는 것 같았는데 맞았어.", 90.0),  # guard: confirmed, not denied
        ("왼쪽보다 아주 조금 앞쪽에서 휘파람 소리", 68.2),  # guard: 보다 alone is a reference, not "rather than"
    ],
)
def test_korean_places_denied_after_the_fact(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0


def test_flying_off_in_korean_recedes() -> None:
    assert _trend("새가 머리 위 높이 날아간다.") == "farther"  # none: 날아간 is not 날아가
    assert _trend("새가 날아간 자리에 깃털이 있다.") == "none"  # guard: the place it left


@pytest.mark.parametrize(
    "text",
    [
        "The phone rang right as I left the house.",  # -90
        "In the back of my mind the radio kept playing.",  # 180
        "The movie left me speechless, the credits music swelled.",  # 90
        "The price is below average but the blender is loud.",  # 45 deg down
    ],
)
def test_idioms_with_place_words_name_no_place(text: str) -> None:
    p = rules_params(text)
    assert p.azimuth_deg == 0.0 and p.elevation_deg == 0.0


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("The bell on the right as well as the drum.", -90.0),  # guard
        ("It left me on the left side.", 90.0),  # guard
    ],
)
def test_the_sides_next_to_those_idioms_stay(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) < 1.0
