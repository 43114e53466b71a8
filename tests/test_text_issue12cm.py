"""Issue 12, twenty-fifth round: what the development sets ``dev_issue12cm`` to ``dev_issue12cs`` (numbers said every
way; turns that end somewhere; long messages with one subject among several sounds; distance and width by what the
sound is; a mixed everyday set; heights with places and distances; approaches and look-alikes) showed, tested on
sentences of my own: corners written side first ("left-front", "right-back"); a move told with "moved ... from ... to"
that then sits there; a high place (a roof, a tower's top, 꼭대기) said to be far off is only slightly up; "by far the
loudest" is no distance; "runs from 6am" is a time, not a path; subjects marked by "what's keeping me up is", "what I
object to is", "the beeping I mentioned", "the woodpecker I was after", "... 이유는", and sounds set aside by "I'd have
ignored both", "다 괜찮았는데요"; Korean approaches "내 쪽으로 오네", "이리로 와", "점점 크게 들림". Each case failed before this round (592abb7) unless
marked as a guard; the comment says what came out then. Also: Korean angles said roughly ("한 30도쯤", "10~20도"),
steps and blocks away (떨어진) that are no fall, "back where it started" / "back in front" (again, not behind), a
pan told "...에서 시작해서 ...에서 끝"."""

from __future__ import annotations

import pytest
from support.text import end as _end
from support.text import off as _off
from support.text import rules_params
from support.text import trend as _trend

from t2sa.text import cues, world


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        # corners written side first, joined by a hyphen or a slash
        ("The wasp went round from left-front to right-back.", 45.0, -135.0),  # 90 -> -90
        ("Pan the jet from right-front over to left-back.", -45.0, 135.0),  # -90 -> 90
        ("The bee went from left to right-back.", 90.0, -135.0),  # ends at -90 (only the end is a corner)
        # a move told with "moved ... from ... to", then a rest there
        ("The buzz moved slowly from front-left to back-left and stayed there for an hour.", 45.0, 135.0),  # guard
        ("The hum crept from behind me to my right and sat there all evening.", 180.0, -90.0),  # static -90
        ("It flew from the left to the right behind me.", 90.0, -90.0),  # guard: a way, not a corner
    ],
)
def test_moves_between_corners(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert p.motion != "static"
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # a high place far off is only slightly up (its height is metres, its distance tens to hundreds)
        ("A dog is barking on a roof two streets away.", 3.0, 20.0),  # 60
        ("The siren on the roof of the town hall, a long way off, is going again.", 3.0, 20.0),  # 60
        ("저 멀리 교회 지붕에서 종이 울려", 3.0, 20.0),  # 60
        ("멀리 보이는 송전탑 꼭대기에서 새가 울어", 3.0, 20.0),  # 60
        # guards: a roof close by, and heights said in words, stay high
        ("Pigeons are cooing on the roof.", 45.0, 70.0),
        ("A plane drones high above us, far away.", 45.0, 90.0),
        ("저 멀리 하늘 높이 헬기가 떠 있어", 45.0, 90.0),
        ("Something's thumping on the roof, maybe 3 metres up.", 45.0, 70.0),
    ],
)
def test_far_high_places_are_slightly_up(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).elevation_deg <= hi


def test_the_far_height_is_a_new_prior_revision() -> None:
    """Corpus versions keep the prior revision they were generated with: revision 4 keeps the roof at 60 deg."""
    text = "A dog is barking on a roof two streets away."
    assert world.with_knowledge(cues.parse(text), text, revision=4).el == pytest.approx(60.0)
    assert world.with_knowledge(cues.parse(text), text).el == pytest.approx(world.FAR_HEIGHT_DEG)


def test_by_far_the_loudest_is_no_distance() -> None:  # 50 m
    assert cues.parse("The fridge is by far the loudest thing in here.").dist is None
    assert cues.parse("The fridge is far away.").dist is not None  # guard


@pytest.mark.parametrize(
    ("text", "moving"),
    [
        ("The compressor on my left runs from 7am until midnight.", False),  # pass
        ("Their radio on the right plays from dawn till dusk.", False),  # guard
        ("A dog runs from the left to the right.", True),  # guard
    ],
)
def test_a_time_after_from_is_no_path(text: str, moving: bool) -> None:
    assert (rules_params(text).motion not in (None, "static")) is moving


@pytest.mark.parametrize(
    ("text", "az"),
    [
        # the subject marked among several sounds
        ("Owls hooting in front and the river behind me. But what's keeping me awake is a cricket on my left.", 90.0),  # guard
        ("Frogs all round the tent and a guitar by the fire on the left. But what's keeping me up is a mosquito whining in my right ear.", -90.0),  # 90
        ("The trains behind the house I'm used to. What I object to is the dog on the right, barking all night.", -90.0),  # guard
        ("The lorries on the bypass I can live with. What I object to is the generator to my left, which runs from 6am until ten at night.", 90.0),  # 45, a pass
        ("Kettle on the left, radio in front. The ticking I mentioned earlier is from the shelf behind me.", 180.0),  # 45
        ("Gulls on the right, waves in front. The curlew we were after was calling from the marsh on the left.", 90.0),  # -45
        # Korean: the sounds listed first borne with ("다 참았는데", "어쩔 수 없는 거 아는데요", "다 괜찮았는데요"), or the reason
        ("앞에서 TV 소리, 뒤에서 세탁기 소리 다 참았는데 오른쪽 벽에서 긁는 소리는 못 참겠어", -90.0),  # guard
        ("윗집 소리는 어쩔 수 없는 거 아는데요, 왼쪽 벽에서 밤새 뭐가 똑똑 떨어져요", 90.0),  # guard
        ("앞에 음악 소리, 오른쪽 대화 소리 다 괜찮았는데요, 바로 뒤에서 커피 머신이 계속 울려서 힘들었어요", 180.0),  # -90
        ("옆자리 통화, 앞에서 타자 소리 다 견뎠는데 결국 이어폰 낀 이유는 왼쪽에서 나는 드릴 소리였다", 90.0),  # 0
        # sounds set aside after they are named
        ("A fan hummed on my right and a clock ticked behind me, and I'd have ignored both. But the cough came from in front.", 0.0),  # guard
    ],
)
def test_which_sound_the_message_is_about(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "할머니가 흥얼거리시면서 내 쪽으로 오셔",  # guard
        "강아지가 뒤에서 내 쪽으로 천천히 오네",  # none
        "오토바이 소리 저쪽으로 가는 줄 알았는데 아니네, 오른쪽에서 이리로 오네",  # none
        "복도 끝에서 발소리가 점점 크게 들림",  # none
    ],
)
def test_korean_ways_of_coming_closer(text: str) -> None:
    assert _trend(text) == "closer"


@pytest.mark.parametrize(
    ("text", "az"),
    [
        ("에어컨이 오른쪽으로 한 30도쯤에서 웅웅거려", -30.0),  # 30, then a pass to -90
        ("오른쪽 10~20도 사이에서 누가 휘파람 불어", -20.0),  # 20 (a bare angle: left)
        ("오른쪽으로 30도에서 웅웅거려", -30.0),  # guard
    ],
)
def test_korean_angles_said_roughly(text: str, az: float) -> None:
    assert _off(rules_params(text).azimuth_deg, az) <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "오른쪽으로 세 걸음쯤 떨어진 냉장고에서 웅 소리가 나",  # a fall from 60 deg up
        "두 블록 떨어진 왼쪽 공사장에서 쿵쿵 울려",  # a fall from 60 deg up
        "3미터 떨어진 곳에서 개가 짖어",  # guard
    ],
)
def test_steps_and_blocks_away_are_no_fall(text: str) -> None:
    p = rules_params(text)
    assert p.motion in (None, "static") and abs(p.elevation_deg) <= 1.0


@pytest.mark.parametrize(
    ("text", "start", "stop"),
    [
        ("The puppy did a whole lap round me, starting on my right, and stopped right back where it started.", -90.0, -90.0),  # a pass to 180
        ("The fly did a full circle round my head and ended up right back in front of my nose.", 0.0, 0.0),  # ends behind
        ("드럼 패닝은 오른쪽 뒤에서 시작해서 왼쪽 앞에서 끝", -135.0, 45.0),  # static -90
        ("Footsteps behind me, then they went back to the kitchen on my left.", 180.0, 90.0),  # guard: back to a place
    ],
)
def test_where_turns_and_pans_end(text: str, start: float, stop: float) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, start) <= 1.0 and _off(_end(p)[0], stop) <= 1.0


@pytest.mark.parametrize(
    ("text", "az", "el", "moving"),
    [
        ("A van beeped right alongside me on the right and I nearly fell off my bike.", -90.0, 0.0, False),  # 60 deg up, a fall
        ("The falls are dead ahead of the bridge, roaring.", 0.0, 0.0, False),  # a fall from 60 deg up
        ("Rain pouring down all around us, we're stuck under the bus shelter.", 0.0, 0.0, False),  # guard (see below)
        ("Hail clattering all around, we're sheltering under a tree.", 0.0, 0.0, False),  # guard
        ("A cup fell off the table on my right.", -90.0, 60.0, True),  # guard: a fall
        ("The kitten is hiding under the sofa on my left.", 90.0, -45.0, False),  # guard: the sound is under it
    ],
)
def test_the_listener_falling_or_sheltering_is_no_place(text: str, az: float, el: float, moving: bool) -> None:
    p = rules_params(text)
    assert _off(p.azimuth_deg, az) <= 1.0 and abs(p.elevation_deg - el) <= 1.0
    assert (p.motion not in (None, "static")) is moving


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Somebody set off fireworks right outside my kitchen window.", 2.0, 40.0),  # 300 (fireworks are far)
        ("우리 집 바로 앞 길에서 폭죽 소리가 났어", 2.0, 40.0),  # 300
        ("Fireworks are going off over the city.", 100.0, 5000.0),  # guard
    ],
)
def test_right_outside_the_window_is_a_few_metres(text: str, lo: float, hi: float) -> None:
    assert lo <= rules_params(text).distance_m <= hi



def test_where_the_listener_shelters_lets_no_network_height_through() -> None:
    """The network's direction needs a direction word of the text that the rules do not mask; "under" in "I'm stuck
    under the bus shelter" was one, and let the shipped network's guess for the rain all around (53 deg below) through."""
    from t2sa.text import TextToSpatial

    model = TextToSpatial.load()
    texts = ["Rain hammering down all around us and I'm stuck under the bus shelter with the kids",  # -55
             "Torrential rain all around and I'm stuck under the bus shelter"]  # -47  # fmt: skip
    for p in model.predict(texts, mode="combined"):
        assert abs(p.elevation_deg) <= 1.0 and abs(p.azimuth_deg) <= 1.0

