"""Bilingual training corpus generated from semantic frames.

Each example is drawn in two steps: (1) a :class:`~t2sa.text.frame.Frame` -- what the sentence will
state: a direction (cardinal, diagonal, hedged "slightly left", clock position, degrees, compass, height
words and places), distance (words, metres, cm, feet, steps), width, room, occlusion, loudness, a motion
(approach, recede, pass A->B, orbit, rise, fall, zigzag, sway, spiral) with speed, turns and seconds;
(2) a sentence in English or Korean that says exactly that, among sound sources and verbs that say
nothing about space (distractors), in varied word order, Korean particles and endings, imperative /
descriptive / fragment styles, long multi-clause sentences, similes, punctuation, casing and typos.

Labels are therefore deterministic wherever the sentence states an attribute; everything the sentence
does not state stays ``None`` in the frame and is masked in the loss (see :mod:`t2sa.text.labels`).
Generation is seeded: the same ``(n, seed)`` always gives the same corpus (:func:`corpus_hash`).
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass

from t2sa.text.cues import finish_motion, pass_mirror
from t2sa.text.frame import (
    ROOMS,
    SECONDARY_WEIGHT,
    SLIGHT_DEG,
    Frame,
    apply_occlusion,
    apply_room,
    compose_directions,
    wrap,
)
from t2sa.text.korean import josa


@dataclass
class Example:
    text: str
    lang: str
    frame: Frame
    style: str  # plain | long | metaphor | paraphrase | numeric | moving | fragment | silent


# =============================================================================================
# Directions
# =============================================================================================
# name: (azimuth, English phrases by role, Korean nouns)
AZ: dict[str, tuple[float, dict[str, list[str]], list[str]]] = {
    "front": (0.0, {
        "at": ["in front of you", "in front", "ahead", "straight ahead", "ahead of you", "right in front of you",
               "directly in front of you", "dead ahead", "in front of me", "front and center", "in the center",
               "center stage", "facing you", "in front of the listener", "just in front", "up front", "centered",
               "in the middle", "dead center", "right ahead"],
        "from": ["from the front", "from in front", "from ahead", "from straight ahead", "from in front of you",
                 "from directly ahead", "from the center", "from up front"],
        "to": ["to the front", "to the front of you", "to the center", "toward the front",
               "into the center", "towards the middle", "back to the center"],
    }, ["앞", "앞쪽", "정면", "전방", "앞편", "바로 앞", "눈앞", "정면 쪽", "중앙", "가운데", "한가운데", "센터"]),
    "back": (180.0, {
        "at": ["behind you", "behind", "at your back", "at the back", "in the back", "to the rear", "directly behind you",
               "right behind you", "behind your head", "at the back of your head", "behind me", "behind the listener",
               "in the rear", "somewhere behind you", "back there behind you"],
        "from": ["from behind", "from behind you", "from the back", "from the rear", "from directly behind",
                 "from behind your head", "from somewhere behind you", "from behind me"],
        "to": ["to behind you", "to the back", "to the rear", "toward the back", "around to behind you",
               "towards the rear", "to the back of your head"],
    }, ["뒤", "뒤쪽", "뒤편", "등 뒤", "후방", "바로 뒤", "머리 뒤", "뒷편", "내 뒤", "등 뒤쪽"]),
    "left": (90.0, {
        "at": ["on your left", "to your left", "to the left", "on the left", "on the left side", "at your left",
               "left of you", "on your left-hand side", "off to the left", "over on the left", "by your left side",
               "on the left-hand side", "at the left", "hard left", "far left", "panned left", "left side",
               "on my left", "to my left", "at your left side", "way over on the left", "in the left channel"],
        "from": ["from the left", "from your left", "from the left side", "from the left-hand side",
                 "from over on the left", "from off to the left", "from the far left", "from my left"],
        "to": ["to the left", "to your left", "toward the left", "towards your left", "over to the left", "leftward",
               "off to the left", "into the left side", "to the far left", "over to your left side"],
    }, ["왼쪽", "왼편", "좌측", "왼쪽 옆", "왼쪽 편", "왼쪽 측면", "내 왼쪽", "왼쪽 끝"]),
    "right": (-90.0, {
        "at": ["on your right", "to your right", "to the right", "on the right", "on the right side", "at your right",
               "right of you", "on your right-hand side", "off to the right", "over on the right", "by your right side",
               "on the right-hand side", "at the right", "hard right", "far right", "panned right", "right side",
               "on my right", "to my right", "at your right side", "way over on the right", "in the right channel"],
        "from": ["from the right", "from your right", "from the right side", "from the right-hand side",
                 "from over on the right", "from off to the right", "from the far right", "from my right"],
        "to": ["to the right", "to your right", "toward the right", "towards your right", "over to the right",
               "rightward", "off to the right", "into the right side", "to the far right", "over to your right side"],
    }, ["오른쪽", "오른편", "우측", "오른쪽 옆", "오른쪽 편", "오른쪽 측면", "내 오른쪽", "오른쪽 끝"]),
    "front_left": (45.0, {
        "at": ["in front of you to the left", "ahead on your left", "ahead and to the left", "front-left", "front left",
               "at the front left", "diagonally in front on the left", "left front", "forward left", "ahead to the left",
               "in front and to the left", "to the left and ahead", "on your front left", "diagonally left ahead"],
        "from": ["from the front left", "from the front-left", "from ahead on the left", "from the left front",
                 "from diagonally in front on the left", "from in front and to the left"],
        "to": ["to the front left", "toward the front-left", "to the left front", "to your front left"],
    }, ["왼쪽 앞", "앞 왼쪽", "좌측 전방", "왼쪽 대각선 앞", "왼쪽 앞편", "앞쪽 왼편", "좌전방", "왼쪽 앞쪽", "앞쪽 왼쪽"]),
    "front_right": (-45.0, {
        "at": ["in front of you to the right", "ahead on your right", "ahead and to the right", "front-right",
               "front right", "at the front right", "diagonally in front on the right", "right front", "forward right",
               "ahead to the right", "in front and to the right", "to the right and ahead", "on your front right",
               "diagonally right ahead"],
        "from": ["from the front right", "from the front-right", "from ahead on the right", "from the right front",
                 "from diagonally in front on the right", "from in front and to the right"],
        "to": ["to the front right", "toward the front-right", "to the right front", "to your front right"],
    }, ["오른쪽 앞", "앞 오른쪽", "우측 전방", "오른쪽 대각선 앞", "오른쪽 앞편", "앞쪽 오른편", "우전방", "오른쪽 앞쪽", "앞쪽 오른쪽"]),
    "back_left": (135.0, {
        "at": ["behind you to the left", "behind you on the left", "back-left", "back left", "left rear", "rear left",
               "over your left shoulder", "behind your left shoulder", "diagonally behind on the left",
               "behind and to the left", "to the left and behind", "at your back left", "left and behind you"],
        "from": ["from behind on the left", "from the back left", "from the back-left", "from the left rear",
                 "from over your left shoulder", "from behind and to the left"],
        "to": ["to the back left", "toward the back-left", "to behind you on the left", "to the left rear",
               "to your back left"],
    }, ["왼쪽 뒤", "뒤 왼쪽", "좌측 후방", "왼쪽 대각선 뒤", "왼쪽 뒤편", "뒤쪽 왼편", "좌후방", "왼쪽 어깨 너머", "왼쪽 뒤쪽", "뒤쪽 왼쪽"]),
    "back_right": (-135.0, {
        "at": ["behind you to the right", "behind you on the right", "back-right", "back right", "right rear",
               "rear right", "over your right shoulder", "behind your right shoulder", "diagonally behind on the right",
               "behind and to the right", "to the right and behind", "at your back right", "right and behind you"],
        "from": ["from behind on the right", "from the back right", "from the back-right", "from the right rear",
                 "from over your right shoulder", "from behind and to the right"],
        "to": ["to the back right", "toward the back-right", "to behind you on the right", "to the right rear",
               "to your back right"],
    }, ["오른쪽 뒤", "뒤 오른쪽", "우측 후방", "오른쪽 대각선 뒤", "오른쪽 뒤편", "뒤쪽 오른편", "우후방", "오른쪽 어깨 너머", "오른쪽 뒤쪽", "뒤쪽 오른쪽"]),
    "slight_left": (SLIGHT_DEG, {
        "at": ["slightly to the left", "a little to the left", "a bit left of center", "just left of centre",
               "slightly left of center", "a touch to the left", "a little left of the middle", "slightly left",
               "just off center to the left", "a tad to the left"],
        "from": ["from slightly to the left", "from a little left of center", "from just left of centre"],
        "to": ["slightly to the left", "a little to the left", "just left of center"],
    }, ["살짝 왼쪽", "약간 왼쪽", "조금 왼쪽", "정면에서 약간 왼쪽", "중앙에서 살짝 왼쪽", "가운데서 조금 왼쪽", "약간 왼편"]),
    "slight_right": (-SLIGHT_DEG, {
        "at": ["slightly to the right", "a little to the right", "a bit right of center", "just right of centre",
               "slightly right of center", "a touch to the right", "a little right of the middle", "slightly right",
               "just off center to the right", "a tad to the right"],
        "from": ["from slightly to the right", "from a little right of center", "from just right of centre"],
        "to": ["slightly to the right", "a little to the right", "just right of center"],
    }, ["살짝 오른쪽", "약간 오른쪽", "조금 오른쪽", "정면에서 약간 오른쪽", "중앙에서 살짝 오른쪽", "가운데서 조금 오른쪽", "약간 오른편"]),
}  # fmt: skip

COMPASS = {
    "north": (0.0, ["north", "the north"], ["북쪽"]),
    "south": (180.0, ["south", "the south"], ["남쪽"]),
    "east": (-90.0, ["east", "the east"], ["동쪽"]),
    "west": (90.0, ["west", "the west"], ["서쪽"]),
}

# name: (elevation, English phrases by role, Korean nouns)
EL: dict[str, tuple[float, dict[str, list[str]], list[str]]] = {
    "zenith": (85.0, {
        "at": ["directly overhead", "right above your head", "straight above you", "directly above you",
               "right over your head", "at the top of your head", "straight up above"],
        "from": ["from directly overhead", "from right above your head", "from straight above"],
        "to": ["to directly overhead", "up to right above your head", "to straight above you"],
    }, ["머리 바로 위", "바로 머리 위", "정수리 위", "머리 꼭대기", "바로 위", "정수리"]),
    "overhead": (70.0, {
        "at": ["overhead", "above your head", "over your head", "above you", "over my head", "above the listener"],
        "from": ["from overhead", "from above your head", "from over your head"],
        "to": ["up to above your head", "to above your head", "to right over your head"],
    }, ["머리 위", "머리 위쪽", "내 머리 위"]),
    "high": (60.0, {
        "at": ["high above", "high overhead", "high up in the air", "way up above", "in the sky", "up in the sky",
               "high in the sky", "on the ceiling", "near the ceiling", "up by the ceiling", "in mid-air"],
        "from": ["from high above", "from the sky", "from up in the sky", "from the ceiling", "from way up"],
        "to": ["up to the ceiling", "into the sky", "up into the air", "up to the sky", "up toward the ceiling"],
    }, ["천장", "하늘", "공중", "허공", "높은 곳", "저 위", "하늘 높이", "천장 쪽", "상공"]),
    "above": (45.0, {
        "at": ["above", "up above", "up there", "up high", "high up", "upstairs", "on the floor above",
               "in the apartment above", "on the roof", "on the rooftop", "up in the trees", "in the attic"],
        "from": ["from above", "from up above", "from upstairs", "from the roof", "from the floor above",
                 "from up in the trees"],
        "to": ["up to the roof", "up to the floor above", "up into the trees", "up to the attic"],
    }, ["위", "위쪽", "위층", "지붕 위", "윗집", "높은 데", "나무 위", "다락"]),
    "slightly_above": (20.0, {
        "at": ["slightly above", "a little higher", "a bit above ear level", "slightly raised", "just above ear level",
               "slightly elevated"],
        "from": ["from slightly above", "from a little higher up"],
        "to": ["to slightly above ear level", "to a little higher"],
    }, ["살짝 위", "약간 위", "조금 위쪽", "조금 높은 곳", "약간 높은 곳"]),
    "ear_level": (0.0, {
        "at": ["at ear level", "at head height", "at eye level", "level with your ears", "at ear height"],
        "from": ["from ear level", "from head height"],
        "to": ["to ear level", "down to head height"],
    }, ["귀 높이", "눈높이", "머리 높이", "같은 높이"]),
    "slightly_below": (-20.0, {
        "at": ["slightly below", "a little lower", "a bit below ear level", "just below ear level",
               "slightly lower down"],
        "from": ["from slightly below", "from a little lower"],
        "to": ["to slightly below ear level", "down to a little lower"],
    }, ["살짝 아래", "약간 아래", "조금 아래쪽", "조금 낮은 곳", "약간 낮은 곳"]),
    "below": (-45.0, {
        "at": ["below", "beneath you", "down below", "underneath", "down low", "low to the ground", "on the floor",
               "on the ground", "near the floor", "along the floor", "under the table", "under the desk",
               "under the bed", "beneath the chair", "downstairs", "on the floor below"],
        "from": ["from below", "from beneath", "from the floor", "from the ground", "from under the table",
                 "from downstairs", "from underneath"],
        "to": ["down to the floor", "to the ground", "down toward the floor", "down to the ground"],
    }, ["아래", "아래쪽", "밑", "바닥", "땅바닥", "책상 밑", "테이블 아래", "침대 밑", "의자 밑", "아래층", "낮은 곳", "지면"]),
    "feet": (-65.0, {
        "at": ["at your feet", "under your feet", "by your feet", "beneath your feet", "down at your feet",
               "in the basement", "underground", "in the cellar", "beneath the floor", "under the floorboards"],
        "from": ["from under your feet", "from the basement", "from underground", "from beneath the floor"],
        "to": ["down to your feet", "into the basement", "down to the basement", "down to under the floor"],
    }, ["발밑", "발 아래", "발치", "지하실", "지하", "땅속", "바닥 밑", "발아래"]),
}  # fmt: skip

AZ_SECONDARY_EN = {
    "back": ["behind", "to the back", "toward the back", "back"],
    "front": ["ahead", "forward", "in front", "to the front"],
    "left": ["to the left", "left", "toward the left"],
    "right": ["to the right", "right", "toward the right"],
}
AZ_SECONDARY_KO = {"back": ["뒤쪽", "뒤", "뒤편"], "front": ["앞쪽", "앞"], "left": ["왼쪽", "왼편"], "right": ["오른쪽", "오른편"]}

# =============================================================================================
# Distance, width, room, occlusion, loudness
# =============================================================================================
DIST = {
    "ear": (0.25, ["in your ear", "right at your ear", "right by your ear", "next to your ear", "into your ear",
                   "in my ear", "close to your ear", "at your ear"],
            ["귓가", "귀 바로 옆", "귀에 대고", "귓속", "귀 옆", "귓전"]),
    "very_close": (0.4, ["very close", "really close", "right next to you", "up close", "extremely close",
                         "inches from you", "so close", "super close", "right under your nose"],
                   ["아주 가까이", "바로 옆", "바로 곁", "매우 가까이", "엄청 가까이", "아주 가까운 곳"]),
    "close": (0.8, ["close", "nearby", "close by", "near you", "close to you", "next to you", "at arm's length",
                    "within reach", "near", "beside you", "close to the listener"],
              ["가까이", "가까운 곳", "근처", "곁", "가까운 데", "손 닿을 거리"]),
    "few_m": (2.0, ["a few metres away", "a couple of meters away", "a few steps away", "not too far",
                    "at a medium distance", "a few meters off", "not very far away"],
              ["몇 걸음 떨어진 곳", "몇 미터 떨어진 곳", "조금 떨어진 곳", "멀지 않은 곳", "두세 걸음 떨어진 곳"]),
    "room_far": (4.0, ["across the room", "on the other side of the room", "at the far end of the room",
                       "by the far wall", "in the far corner"],
                 ["방 건너편", "방 반대편", "맞은편", "방 끝", "반대편 벽 쪽"]),
    "far": (10.0, ["far away", "in the distance", "far off", "distant", "a long way off", "from afar",
                   "way off", "down the street", "across the street", "far"],
            ["멀리", "먼 곳", "멀찍이", "저 멀리", "먼 데", "길 건너편", "저편", "멀리 떨어진 곳"]),
    "very_far": (30.0, ["very far away", "miles away", "on the horizon", "far, far away", "really far away",
                        "far in the distance", "beyond the hills"],
                 ["아주 멀리", "까마득히 먼 곳", "지평선 너머", "아득히 먼 곳", "엄청 멀리", "산 너머"]),
}  # fmt: skip

SPREAD = {
    "point": (5.0, ["as a pinpoint", "narrow", "focused", "tight and focused", "like a single point",
                    "point-like", "very narrow", "in mono", "as a point source"],
              ["한 점처럼", "좁게", "점처럼", "모노로", "콕 집어서 한 점에서", "아주 좁게"]),
    "medium": (35.0, ["a bit wide", "fairly wide", "somewhat spread out", "moderately wide", "slightly wide"],
               ["약간 넓게", "조금 넓게", "살짝 퍼지게", "적당히 넓게"]),
    "wide": (60.0, ["wide", "broad", "spread out", "widely", "with a wide image", "diffuse", "spread wide"],
             ["넓게", "넓은", "와이드하게", "넓게 퍼져서", "퍼지듯", "넓게 퍼지며"]),
    "huge": (120.0, ["very wide", "all around you", "everywhere", "enveloping you", "surrounding you",
                     "filling the whole room", "from every direction", "wrapping around you", "immersive and wide"],
             ["아주 넓게", "사방에서", "공간 전체를 감싸듯", "온 방을 가득 채우며", "감싸듯이", "사방으로 퍼지며", "둘러싸듯"]),
}  # fmt: skip

ROOM_WORDS = {
    "dry": (["completely dry", "dry", "with no reverb", "without any echo", "bone dry", "in a dead room",
             "close-miked and dry", "with no room sound"],
            ["건조하게", "울림 없이", "잔향 없이", "드라이하게", "에코 없이", "리버브 없이"]),
    "studio": (["in a studio", "in a vocal booth", "in a recording studio"], ["스튜디오에서", "녹음실에서", "녹음 부스에서"]),
    "car": (["inside a car", "in the car"], ["차 안에서", "자동차 안에서"]),
    "outdoors": (["outside", "outdoors", "in an open field", "in the open air", "in a park", "on a beach",
                  "in a meadow"], ["야외에서", "바깥에서", "들판에서", "공원에서", "해변에서", "운동장에서"]),
    "forest": (["in a forest", "in the woods"], ["숲속에서", "숲에서"]),
    "street": (["on the street", "in an alley", "on a city street"], ["길거리에서", "골목에서", "도로에서"]),
    "room": (["in a small room", "in the living room", "in a bedroom", "in my office", "in a small office"],
             ["작은 방에서", "거실에서", "침실에서", "사무실에서", "방 안에서"]),
    "bathroom": (["in a bathroom", "in the shower", "in a tiled bathroom"], ["욕실에서", "화장실에서", "샤워실에서"]),
    "classroom": (["in a classroom", "in a meeting room"], ["교실에서", "회의실에서", "강의실에서"]),
    "slightly_wet": (["with a little reverb", "with a touch of reverb", "slightly reverberant", "with some echo"],
                     ["약간의 잔향과 함께", "살짝 울리게", "은은한 잔향으로", "조금 울리게"]),
    "hall": (["in a concert hall", "in a big hall", "in an auditorium", "in a theater", "in a large hall"],
             ["콘서트홀에서", "큰 홀에서", "강당에서", "공연장에서", "극장에서"]),
    "wet": (["with lots of reverb", "echoey", "reverberant", "with a big reverb", "echoing",
             "in a reverberant space", "wet"], ["울림이 많게", "잔향이 길게", "에코가 많이", "울려 퍼지게", "메아리치듯"]),
    "gym": (["in a gym", "in an empty warehouse", "in a parking garage", "in a subway station"],
            ["체육관에서", "빈 창고에서", "지하 주차장에서", "지하철역에서"]),
    "stairwell": (["in a stairwell", "in a long corridor"], ["계단실에서", "긴 복도에서"]),
    "tunnel": (["in a tunnel", "in an underpass"], ["터널 안에서", "지하도에서"]),
    "cave": (["in a cave", "in a huge cavern"], ["동굴 안에서", "동굴 속에서"]),
    "very_wet": (["drenched in reverb", "very echoey", "with an endless echo", "extremely reverberant", "with a huge reverb tail"],
                 ["아주 울리게", "끝없는 메아리처럼", "엄청 울리게", "잔향이 아주 길게"]),
    "cathedral": (["in a cathedral", "in a church", "in a huge cathedral", "in a stone church"],
                  ["성당에서", "교회에서", "대성당에서", "예배당에서"]),
}  # fmt: skip

OCCLUSION_WORDS = (
    ["through the wall", "behind a closed door", "from the next room", "through a thick wall", "muffled",
     "behind the door", "from next door", "through the floor", "muffled, as if behind a wall"],
    ["벽 너머에서", "닫힌 문 뒤에서", "옆방에서", "두꺼운 벽 너머로", "먹먹하게", "문 너머에서", "옆집에서", "벽 뒤에서"],
)  # fmt: skip

GAIN_WORDS = {
    -15.0: (["barely audible", "very quietly", "very faintly", "almost inaudible", "extremely soft"],
            ["겨우 들릴 만큼", "아주 작게", "희미하게", "들릴 듯 말 듯", "아주 조용히"]),
    -9.0: (["in a whisper", "whispering", "murmuring"], ["속삭이듯", "소곤소곤", "속삭이며"]),
    -6.0: (["quietly", "softly", "faintly", "at a low volume", "gently and quietly"],
           ["작게", "조용히", "살며시", "나지막이", "은은하게", "잔잔하게"]),
    4.0: (["loudly", "loud", "with a booming sound", "powerfully", "strongly"], ["크게", "큰 소리로", "우렁차게", "시끄럽게", "힘차게"]),
    8.0: (["very loudly", "deafeningly", "at full volume", "extremely loud", "thunderously"],
          ["아주 크게", "엄청 크게", "귀청이 떨어질 듯", "최대 볼륨으로", "엄청 시끄럽게"]),
}  # fmt: skip

# =============================================================================================
# Sources and neutral verbs (distractors: they say nothing about space)
# =============================================================================================
SOURCES_EN = [
    ("a dog", "barks"), ("the dog", "is barking"), ("a puppy", "whines"), ("a cat", "meows"), ("a bird", "sings"),
    ("birds", "chirp"), ("a violin", "plays"), ("the piano", "plays"), ("a guitar", "strums"),
    ("the drums", "play"), ("a bell", "rings"), ("church bells", "ring"), ("a phone", "rings"), ("my phone", "buzzes"),
    ("an alarm clock", "goes off"), ("a clock", "ticks"), ("footsteps", "sound"), ("a voice", "speaks"),
    ("someone", "is talking"), ("a woman", "sings"), ("a man", "coughs"), ("a child", "laughs"), ("the kids", "giggle"),
    ("a crowd", "cheers"), ("people", "chatter"), ("the rain", "patters"), ("thunder", "rumbles"),
    ("the wind", "howls"), ("a car", "honks"), ("a motorbike", "revs"), ("a train", "rumbles"), ("a plane", "drones"),
    ("a helicopter", "thumps"), ("a bee", "buzzes"), ("a mosquito", "whines"), ("a fly", "buzzes"), ("a drone", "hums"),
    ("a choir", "sings"), ("a saxophone", "plays"), ("a flute", "plays"), ("a cello", "plays"), ("the singer", "sings"),
    ("a baby", "cries"), ("water", "trickles"), ("a fountain", "splashes"), ("a kettle", "whistles"),
    ("the radio", "plays"), ("the TV", "is on"), ("a typewriter", "clacks"), ("a keyboard", "clicks"),
    ("a door", "creaks"), ("a horn", "blares"), ("a siren", "wails"), ("an ambulance", "wails"), ("fireworks", "pop"),
    ("the waves", "crash"), ("a whistle", "blows"), ("a frog", "croaks"), ("crickets", "chirp"), ("an owl", "hoots"),
    ("a synth pad", "swells"), ("the lead vocal", "sings"), ("the narrator", "speaks"), ("the hi-hat", "ticks"),
    ("a snare drum", "hits"), ("the bass", "thumps"), ("a ghost", "moans"), ("a robot", "beeps"),
    ("the announcer", "speaks"), ("a fan", "whirs"), ("an engine", "roars"), ("a rooster", "crows"),
    ("a cow", "moos"), ("a horse", "neighs"), ("a trumpet", "blares"), ("a music box", "tinkles"),
    ("wind chimes", "jingle"), ("keys", "jingle"), ("a glass", "clinks"), ("someone's voice", "calls out"),
    ("an old man", "hums a tune"), ("a girl", "sings"), ("the audience", "claps"), ("a toy", "squeaks"),
    ("the sound", "plays"), ("it", "sounds"), ("the noise", "is heard"), ("a buzzing", "starts"),
    ("a melody", "plays"), ("a heartbeat", "pulses"), ("a clarinet", "plays"), ("an accordion", "plays"),
    ("a harp", "plays"), ("a dripping tap", "drips"), ("a printer", "whirs"), ("the microwave", "beeps"),
]  # fmt: skip
GENERIC_VERBS_EN = ["can be heard", "is heard", "sounds", "is playing", "makes a sound", "comes through",
                    "is audible", "goes on"]  # fmt: skip

SOURCES_KO = [
    ("개", "짖어"), ("강아지", "낑낑거려"), ("고양이", "야옹거려"), ("새", "지저귀어"), ("새들", "지저귀어"),
    ("바이올린", "연주돼"), ("피아노", "연주돼"), ("기타", "연주돼"), ("북", "둥둥 울려"), ("드럼", "쿵쿵거려"),
    ("종", "울려"), ("교회 종", "울려"), ("전화", "울려"), ("휴대폰", "진동해"), ("알람", "울려"), ("시계", "똑딱거려"),
    ("발소리", "들려"), ("목소리", "들려"), ("누군가", "말하고 있어"), ("어떤 여자", "노래해"), ("남자", "기침해"),
    ("아이", "웃어"), ("아이들", "떠들어"), ("사람들", "웅성거려"), ("군중", "환호해"), ("빗소리", "들려"),
    ("천둥", "우르릉거려"), ("바람", "윙윙거려"), ("차", "경적을 울려"), ("오토바이", "부릉거려"), ("기차", "덜컹거려"),
    ("비행기", "웅웅거려"), ("헬리콥터", "두두두 울려"), ("벌", "윙윙거려"), ("모기", "앵앵거려"), ("파리", "윙윙거려"),
    ("드론", "윙 소리를 내"), ("합창단", "노래해"), ("색소폰", "연주돼"), ("플루트", "연주돼"), ("첼로", "연주돼"),
    ("가수", "노래해"), ("아기", "울어"), ("물소리", "졸졸 들려"), ("분수", "물을 뿜어"), ("주전자", "삑 소리를 내"),
    ("라디오", "켜져 있어"), ("TV", "켜져 있어"), ("타자기", "타닥거려"), ("키보드", "딸깍거려"), ("문", "삐걱거려"),
    ("경적", "울려"), ("사이렌", "울려"), ("구급차", "사이렌을 울려"), ("불꽃놀이", "펑펑 터져"), ("파도", "철썩거려"),
    ("호루라기", "삑삑 울려"), ("개구리", "개굴개굴 울어"), ("귀뚜라미", "울어"), ("부엉이", "부엉부엉 울어"),
    ("신스 패드", "깔려"), ("보컬", "노래해"), ("내레이터", "말해"), ("하이햇", "찰랑거려"), ("스네어", "울려"),
    ("베이스", "둥둥거려"), ("유령", "흐느껴"), ("로봇", "삐삐거려"), ("엔진", "으르렁거려"), ("선풍기", "돌아가는 소리를 내"),
    ("닭", "꼬끼오 울어"), ("소", "음메 울어"), ("말", "히힝 울어"), ("트럼펫", "울려"), ("오르골", "딩동거려"),
    ("풍경", "딸랑거려"), ("열쇠", "짤랑거려"), ("유리잔", "쨍그랑거려"), ("할아버지", "콧노래를 불러"),
    ("여자아이", "노래해"), ("관객", "박수를 쳐"), ("장난감", "삑삑거려"), ("소리", "나"), ("그 소리", "들려"),
    ("심장 박동", "쿵쿵 울려"), ("클라리넷", "연주돼"), ("아코디언", "연주돼"), ("하프", "연주돼"), ("멜로디", "흘러나와"),
]  # fmt: skip
KO_STATIC_ENDINGS = ["들려", "들린다", "들려요", "들립니다", "들려와", "들리네", "소리가 나", "소리가 난다", "소리가 들려요",
                     "들리는 것 같아", "울려"]  # fmt: skip

FILLERS_EN = ["while it rains", "in the middle of the night", "and it sounds a bit sad", "like in an old movie",
              "I think", "somehow", "while the song plays", "and it feels eerie", "as I read a book",
              "during a quiet evening", "and nobody else seems to notice", "just before dawn", "on a lazy Sunday",
              "as the lights go out", "and I can't quite see it", "over the background music", "in a dream",
              "for no obvious reason", "and it is strangely calming", "as the film starts", "after dinner",
              "while I'm trying to sleep", "in this scene", "in the game", "for the intro", "at the start of the track",
              "while the kettle boils", "with a warm tone", "with a metallic timbre", "and it's kind of creepy"]  # fmt: skip
FILLERS_KO = ["비 오는 밤에", "갑자기", "왠지 슬프게", "옛날 영화처럼", "아무도 모르게", "잠들기 직전에", "조용한 저녁에",
              "음악이 흐르는 동안", "꿈속에서", "책을 읽고 있는데", "영화가 시작되자", "새벽녘에", "게임 속에서", "이 장면에서",
              "인트로에서", "저녁을 먹고 나서", "따뜻한 음색으로", "금속성 음색으로", "왠지 으스스하게", "어쩐지 편안하게",
              "불이 꺼지자", "일요일 오후에", "배경음악과 함께", "나도 모르게", "괜히 신경 쓰이게"]  # fmt: skip
INTRO_EN = ["I hear", "You can hear", "There's", "I can hear", "We hear", "Imagine", "Picture", "In the recording there's"]
IMPERATIVE_EN = ["place", "put", "position", "pan", "set", "move", "locate"]
IMPERATIVE_KO = ["배치해 줘", "놓아 줘", "두세요", "배치해 주세요", "위치시켜 줘", "들리게 해 줘", "들리게 해주세요", "놔 줘"]
OBJECTS_EN = ["the sound", "the voice", "it", "the violin", "the dog", "the source", "this sound", "the effect",
              "the vocal", "the guitar", "the bell", "the narration", "the sample"]  # fmt: skip
OBJECTS_KO = ["소리", "목소리", "이 소리", "바이올린", "개 짖는 소리", "음원", "효과음", "보컬", "기타 소리", "종소리", "내레이션"]

# =============================================================================================
# Motion verbs
# =============================================================================================
MOTION_EN = {
    "approach": ["approaches", "comes closer", "comes toward you", "gets closer", "draws near", "moves closer",
                 "walks up to you", "creeps closer", "is approaching", "is coming closer", "closes in", "edges closer",
                 "gradually gets nearer", "moves toward you", "heads toward you", "drifts closer", "grows closer",
                 "comes nearer and nearer", "is getting closer", "comes in close"],
    "recede": ["moves away", "recedes", "goes away", "drifts away", "fades into the distance", "walks away",
               "gets farther away", "is moving away", "retreats", "floats away", "drifts off into the distance",
               "pulls away", "fades away into the distance", "travels away from you", "gets further and further away",
               "is going away"],
    "pass": ["passes", "goes", "moves", "travels", "sweeps", "glides", "crosses", "pans", "slides", "shifts", "flies",
             "drifts", "runs", "walks", "zooms", "whooshes"],
    "orbit": ["circles around you", "orbits around your head", "goes around you", "spins around you",
              "circles the room", "moves in a circle around you", "makes a full circle around you",
              "loops around your head", "revolves around you", "swirls around you", "goes round and round",
              "circles around the listener", "travels around you in a circle", "orbits you"],
    "rise": ["rises", "climbs", "goes up", "floats up", "ascends", "lifts off", "drifts upward", "soars up",
             "rises up", "moves upward", "climbs higher and higher", "floats upward"],
    "fall": ["falls", "drops", "descends", "comes down", "drifts down", "plummets", "floats down", "rains down",
             "moves downward", "sinks", "drops down"],
    "zigzag": ["zigzags", "moves in a zigzag", "darts back and forth", "zigzags left and right",
               "jerks from side to side", "moves erratically", "zig-zags"],
    "sway": ["sways", "sways from side to side", "swings back and forth", "rocks gently", "wobbles",
             "drifts back and forth", "oscillates left and right", "moves side to side", "swings like a pendulum"],
    "spiral": ["spirals", "spirals around you", "corkscrews", "moves in a spiral", "swirls in a spiral"],
    "static": ["stays put", "doesn't move", "stays still", "is stationary", "stays in place", "never moves"],
}  # fmt: skip
PASS_SIDE_EN = ["passes by", "goes by", "flies by", "whooshes past", "drives by", "zooms past", "runs past",
                "walks past", "passes", "speeds past"]  # fmt: skip
MOTION_KO = {
    "approach": ["다가와", "다가온다", "다가와요", "다가옵니다", "다가오고 있어", "다가오는 중이야", "가까워져", "가까워진다",
                 "점점 가까워져", "가까워지고 있어", "가까이 다가와", "접근해", "접근한다", "걸어와", "날아와", "점점 다가와"],
    "recede": ["멀어져", "멀어진다", "멀어져요", "멀어지고 있어", "점점 멀어져", "사라져", "멀리 사라져", "떠나가", "떠나간다",
               "물러나", "멀어집니다", "멀리 가 버려"],
    "pass": ["지나가", "지나간다", "지나가요", "스쳐 지나가", "가로질러 가", "가로지른다", "이동해", "이동한다", "이동해요",
             "옮겨 가", "휙 지나가", "넘어가", "지나갑니다", "움직여 가"],
    "orbit": ["주위를 돌아", "주위를 돈다", "머리 주위를 빙빙 돌아", "한 바퀴 돌아", "원을 그리며 돌아", "맴돌아", "맴돈다",
              "빙글빙글 돌아", "주변을 회전해", "둘레를 돌아", "주위를 돌고 있어", "주변을 빙 돌아"],
    "rise": ["올라가", "올라간다", "올라가요", "솟아올라", "떠올라", "위로 올라가", "상승해", "날아올라", "점점 올라가"],
    "fall": ["떨어져", "떨어진다", "내려와", "내려온다", "내려가", "가라앉아", "하강해", "아래로 떨어져", "천천히 내려와"],
    "zigzag": ["지그재그로 움직여", "지그재그로 이동해", "갈지자로 움직여", "지그재그로 왔다 갔다 해"],
    "sway": ["좌우로 흔들려", "흔들린다", "흔들흔들해", "왔다 갔다 해", "좌우로 왔다 갔다 해", "출렁거려", "천천히 흔들려"],
    "spiral": ["나선형으로 돌아", "소용돌이치듯 돌아", "나선을 그리며 움직여", "회오리처럼 돌아"],
    "static": ["가만히 있어", "제자리에 있어", "움직이지 않아", "고정되어 있어"],
}  # fmt: skip
SPEED_EN = {-1: ["slowly", "gradually", "leisurely", "very slowly"], 1: ["quickly", "fast", "rapidly", "swiftly"]}
SPEED_KO = {-1: ["천천히", "느리게", "서서히", "느릿느릿"], 1: ["빠르게", "빨리", "휙", "재빨리", "순식간에"]}
CLOCKWISE_EN = {True: ["clockwise"], False: ["counterclockwise", "anticlockwise", "counter-clockwise"]}
CLOCKWISE_KO = {True: ["시계 방향으로"], False: ["반시계 방향으로", "시계 반대 방향으로"]}
TURNS_EN = {1.0: ["once"], 2.0: ["twice", "two times"], 3.0: ["three times", "3 times"], 4.0: ["four times"]}
TURNS_KO = {1.0: ["한 바퀴"], 2.0: ["두 바퀴"], 3.0: ["세 바퀴", "3바퀴"], 4.0: ["네 바퀴"]}
KO_NATIVE_HOURS = {1: "한", 2: "두", 3: "세", 4: "네", 5: "다섯", 6: "여섯", 7: "일곱", 8: "여덟", 9: "아홉", 10: "열",
                   11: "열한", 12: "열두"}  # fmt: skip
EN_NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                   10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 45: "forty-five",
                   60: "sixty", 90: "ninety"}  # fmt: skip

# Similes / metaphors that state a position (same labels as the plain concept)
METAPHOR_EN = {
    ("back", None): ["as if someone were standing right behind you", "like a shadow following at your back"],
    ("left", None): ["as if a friend were sitting on your left", "like a friend sitting on your left"],
    ("right", None): ["as if someone were leaning in on your right", "like a neighbour sitting on your right"],
    ("front", None): ["as if it were right before your eyes", "like a performer on a stage in front of you"],
    (None, "high"): ["like a bird circling in the sky", "as if it came down from the heavens", "like rain on a skylight"],
    (None, "overhead"): ["like a lamp hanging over your head", "as if it floated just above your head"],
    (None, "feet"): ["as if it were crawling around your feet", "like something scurrying under the floorboards"],
    (None, "below"): ["as if it came up from the floor", "like a rumble from the ground"],
}  # fmt: skip
METAPHOR_KO = {
    ("back", None): ["마치 누가 바로 뒤에 서 있는 것처럼", "그림자처럼 등 뒤에 붙어서"],
    ("left", None): ["마치 왼쪽에 누가 서 있는 것처럼", "왼쪽에 앉은 친구처럼"],
    ("right", None): ["마치 오른쪽에 누가 앉아 있는 것처럼", "오른쪽 어깨에 기댄 듯이"],
    ("front", None): ["마치 눈앞에 있는 것처럼", "무대 위 공연자처럼 정면에서"],
    (None, "high"): ["하늘에서 내려오는 것처럼", "천장에 매달린 듯이", "하늘을 나는 새처럼 저 위에서"],
    (None, "overhead"): ["머리 위에 매달린 전등처럼", "머리 위에 떠 있는 것처럼"],
    (None, "feet"): ["발밑을 기어 다니는 것처럼", "마룻바닥 밑에서 긁는 듯이"],
    (None, "below"): ["바닥에서 울리는 것처럼", "바닥을 긁는 듯이"],
}  # fmt: skip


# =============================================================================================
# Sampling a frame plan
# =============================================================================================
@dataclass
class Plan:
    """What to say (concept names) -- the frame is derived from it, then the sentence realises it."""

    lang: str
    start: tuple | None = None  # direction spec: ("az", name) / ("el", name) / ("azel", az, el) / ("num", kind, value)
    end: tuple | None = None
    side_only: bool = False  # pass described by its side ("passes by on your left")
    dist: tuple | None = None  # ("word", name) / ("num", metres, unit)
    end_dist: tuple | None = None
    spread: str | None = None
    room: str | None = None
    wet_pct: float | None = None
    rt60_num: float | None = None
    gain: float | None = None
    gain_num: float | None = None
    occluded: bool = False
    motion: str | None = None
    speed: int = 0
    turns: float | None = None
    clockwise: bool | None = None
    motion_s: float | None = None
    period_s: float | None = None
    delay_s: float | None = None
    vtrend: int = 0
    trend: int = 0
    static_said: bool = False
    metaphor: bool = False
    style: str = "plain"


def _sample_direction(rng: random.Random, plan: Plan, role: str, allow_numbers: bool = True) -> tuple:
    r = rng.random()
    if allow_numbers and r < 0.16:
        kind = rng.choices(["side_deg", "bearing", "clock", "compass", "elev_deg"], weights=[4, 2, 4, 1, 1.5])[0]
        if kind == "side_deg":
            v = rng.choice([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90, 100, 110, 120, 135, 150])
            if rng.random() < 0.3:
                v = rng.randint(3, 170)
            return ("num", "side_deg", v * rng.choice([1, -1]))
        if kind == "bearing":
            return ("num", "bearing", rng.choice(list(range(0, 360, 15)) + [rng.randint(0, 359)]))
        if kind == "clock":
            return ("num", "clock", rng.randint(1, 12))
        if kind == "compass":
            return ("compass", rng.choice(list(COMPASS)))
        side = ("num", "side_deg", rng.choice([30, 45, 60, 90, -30, -45, -60, -90, 0]))
        return ("num", "elev_deg", rng.choice([10, 15, 20, 30, 40, 45, 60, -10, -20, -30, -45]), side if rng.random() < 0.5 else None)
    r = rng.random()
    if r < 0.58:
        name = rng.choices(list(AZ), weights=[3, 3, 4, 4, 2, 2, 2, 2, 1.2, 1.2])[0]
        return ("az", name)
    if r < 0.7:
        return ("el", rng.choice(list(EL)))
    if r < 0.86:
        return ("azel", rng.choice(["front", "back", "left", "right", "front_left", "front_right", "back_left", "back_right"]),
                rng.choice(["overhead", "high", "above", "slightly_above", "slightly_below", "below", "feet", "zenith"]))
    primary = rng.choice(["front", "back", "left", "right"])
    secondary = rng.choice(["left", "right"] if primary in ("front", "back") else ["front", "back"])
    return ("hedge", primary, secondary)


def direction_value(spec: tuple | None) -> tuple[float | None, float | None]:
    """(azimuth, elevation) a direction spec states (None = not stated)."""
    if spec is None:
        return None, None
    kind = spec[0]
    if kind == "az":
        return AZ[spec[1]][0], None
    if kind == "el":
        return None, EL[spec[1]][0]
    if kind == "azel":
        return AZ[spec[1]][0], EL[spec[2]][0]
    if kind == "compass":
        return COMPASS[spec[1]][0], None
    if kind == "hedge":
        return compose_directions([(AZ[spec[1]][0], None, 1.0), (AZ[spec[2]][0], None, SECONDARY_WEIGHT)])[0], None
    if kind == "num":
        if spec[1] == "side_deg":
            return float(spec[2]), None
        if spec[1] == "bearing":
            return wrap(-float(spec[2])), None
        if spec[1] == "clock":
            return wrap(-30.0 * (spec[2] % 12)), None
        if spec[1] == "elev_deg":
            az = None if spec[3] is None else float(spec[3][2])
            return az, float(spec[2])
    raise ValueError(spec)


def sample_plan(rng: random.Random, lang: str) -> Plan:
    plan = Plan(lang=lang)
    moving = rng.random() < 0.42
    if moving:
        plan.motion = rng.choices(
            ["approach", "recede", "pass", "orbit", "rise", "fall", "zigzag", "sway", "spiral"],
            weights=[3, 3, 4, 2.5, 1.5, 1.5, 1, 1, 1],
        )[0]
        _sample_motion(rng, plan)
        plan.style = "moving"
    else:
        if rng.random() < 0.82:
            plan.start = _sample_direction(rng, plan, "at")
        if rng.random() < 0.03:
            plan.static_said = True
    if not moving or plan.motion in ("orbit", "sway", "zigzag", "spiral"):
        if rng.random() < 0.38:
            plan.dist = _sample_dist(rng)
    if rng.random() < 0.22:
        plan.spread = rng.choice(list(SPREAD))
    if rng.random() < 0.3:
        plan.room = rng.choice(list(ROOM_WORDS))
    if rng.random() < 0.05:
        plan.wet_pct = rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100])
        if plan.room in ("wet", "very_wet", "slightly_wet", "dry"):
            plan.room = None
    if rng.random() < 0.03:
        plan.rt60_num = rng.choice([0.3, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0])
    if rng.random() < 0.06:
        plan.occluded = True
    if rng.random() < 0.16:
        plan.gain = rng.choice(list(GAIN_WORDS))
    elif rng.random() < 0.03:
        plan.gain_num = rng.choice([-12, -10, -9, -6, -3, 3, 6])
    if not moving and plan.start is not None and plan.start[0] in ("az", "el") and rng.random() < 0.08:
        key = (plan.start[1], None) if plan.start[0] == "az" else (None, plan.start[1])
        if key in (METAPHOR_EN if lang == "en" else METAPHOR_KO):
            plan.metaphor = True
            plan.style = "metaphor"
    numeric = any(s is not None and s[0] == "num" for s in (plan.start, plan.end)) or any(
        v is not None for v in (plan.wet_pct, plan.rt60_num, plan.gain_num, plan.motion_s, plan.period_s, plan.delay_s)
    ) or (plan.dist is not None and plan.dist[0] == "num")
    if numeric and plan.style == "plain":
        plan.style = "numeric"
    return plan


def _sample_dist(rng: random.Random) -> tuple:
    if rng.random() < 0.3:
        unit = rng.choices(["m", "cm", "ft", "steps"], weights=[6, 1.5, 1, 0.7])[0]
        if unit == "m":
            v = rng.choice([0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50])
        elif unit == "cm":
            v = rng.choice([10, 20, 30, 40, 50, 70])
        elif unit == "ft":
            v = rng.choice([1, 2, 3, 5, 10, 20])
        else:
            v = rng.choice([1, 2, 3, 5])
        return ("num", v, unit)
    return ("word", rng.choice(list(DIST)))


def _sample_motion(rng: random.Random, plan: Plan) -> None:
    m = plan.motion
    if rng.random() < 0.4:
        plan.speed = rng.choice([-1, 1])
    if m in ("approach", "recede"):
        if rng.random() < 0.75:
            plan.start = _sample_direction(rng, plan, "from")
        if rng.random() < 0.3:
            far, near = ("word", rng.choice(["far", "very_far", "room_far"])), ("word", rng.choice(["ear", "very_close", "close"]))
            if rng.random() < 0.35:
                far = ("num", rng.choice([5, 8, 10, 15, 20, 30]), "m")
                near = ("num", rng.choice([0.5, 1, 1.5, 2]), "m")
            pick = rng.random()
            if m == "approach":
                plan.dist, plan.end_dist = (far, near) if pick < 0.4 else ((far, None) if pick < 0.7 else (None, near))
            else:
                plan.dist, plan.end_dist = (near, far) if pick < 0.4 else ((near, None) if pick < 0.7 else (None, far))
    elif m == "pass":
        r = rng.random()
        if r < 0.55:
            plan.start = _sample_direction(rng, plan, "from")
            plan.end = _sample_direction(rng, plan, "to")
            if direction_value(plan.start)[0] is None or direction_value(plan.end)[0] is None:
                plan.start, plan.end = ("az", "left"), ("az", "right")
            elif abs(wrap(direction_value(plan.start)[0] - direction_value(plan.end)[0])) < 30:
                plan.end = ("az", rng.choice(["left", "right", "back", "front"]))
                if abs(wrap(direction_value(plan.start)[0] - direction_value(plan.end)[0])) < 30:
                    plan.end = ("az", "back" if abs(direction_value(plan.start)[0]) < 90 else "front")
        elif r < 0.8:
            plan.start = ("az", rng.choice(["left", "right", "front", "back"]))
            plan.side_only = True
        elif r < 0.9:
            plan.start = _sample_direction(rng, plan, "from", allow_numbers=False)
            if direction_value(plan.start)[0] is None:
                plan.start = ("az", "left")
        else:
            plan.end = ("az", rng.choice(["left", "right", "front_left", "back_right", "back"]))
    elif m in ("orbit", "spiral"):
        if rng.random() < 0.3:
            plan.start = ("el", rng.choice(["overhead", "high", "above", "below"]))
        elif rng.random() < 0.2:
            plan.start = ("az", rng.choice(list(AZ)))
        if rng.random() < 0.3:
            plan.turns = rng.choice([1.0, 2.0, 3.0, 4.0])
        if rng.random() < 0.2:
            plan.clockwise = rng.random() < 0.5
        if m == "spiral":
            plan.trend = rng.choice([-1, 0, 0, 1])
            if plan.trend == 0:
                plan.vtrend = rng.choice([-1, 1, 0])
        elif rng.random() < 0.15:
            plan.vtrend = rng.choice([-1, 1])
    elif m in ("rise", "fall"):
        up = m == "rise"
        r = rng.random()
        if r < 0.35:
            plan.start = ("el", rng.choice(["below", "feet", "ear_level"] if up else ["high", "overhead", "above"]))
            if rng.random() < 0.6:
                plan.end = ("el", rng.choice(["high", "overhead", "above", "zenith"] if up else ["below", "feet", "ear_level"]))
        elif r < 0.55:
            plan.start = ("az", rng.choice(["front", "back", "left", "right", "front_left", "back_right"]))
    elif m in ("zigzag", "sway"):
        if rng.random() < 0.4:
            plan.start = ("az", rng.choice(list(AZ)))
        if rng.random() < 0.2:
            plan.turns = rng.choice([2.0, 3.0, 4.0])
    if m not in ("approach", "recede", "static") and rng.random() < 0.12:
        plan.trend = plan.trend or rng.choice([-1, 1])
    if rng.random() < 0.08:
        t = rng.random()
        if t < 0.5:
            plan.motion_s = rng.choice([1, 2, 3, 4, 5, 8, 10])
        elif t < 0.75 and m in ("orbit", "spiral", "sway", "zigzag"):
            plan.period_s = rng.choice([1, 2, 3, 4, 5])
            plan.turns = None
        else:
            plan.delay_s = rng.choice([1, 2, 3, 5])


def plan_to_frame(plan: Plan) -> Frame:
    """The labels: what the sentence for ``plan`` states."""
    f = Frame()
    f.az, f.el = direction_value(plan.start)
    f.end_az, f.end_el = direction_value(plan.end)
    if plan.dist is not None:
        f.dist = dist_value(plan.dist)
    if plan.end_dist is not None:
        f.end_dist = dist_value(plan.end_dist)
    if plan.spread is not None:
        f.spread = SPREAD[plan.spread][0]
    if plan.wet_pct is not None:
        f.wet = plan.wet_pct / 100.0
    if plan.rt60_num is not None:
        f.rt60 = plan.rt60_num
    if plan.room is not None:
        apply_room(f, plan.room)
    if plan.gain is not None:
        f.gain = plan.gain
    if plan.gain_num is not None:
        f.gain = float(plan.gain_num)
    if plan.occluded:
        apply_occlusion(f)
    f.motion = plan.motion if plan.motion else ("static" if plan.static_said else None)
    f.speed = plan.speed
    f.turns = plan.turns
    f.clockwise = plan.clockwise
    f.motion_s, f.period_s, f.delay_s = plan.motion_s, plan.period_s, plan.delay_s
    f.trend = -1 if plan.motion == "approach" else 1 if plan.motion == "recede" else plan.trend
    f.vtrend = 1 if plan.motion == "rise" else -1 if plan.motion == "fall" else plan.vtrend
    if plan.motion in ("zigzag", "sway", "orbit", "spiral", "approach", "recede") and f.end_az is not None and f.az is None:
        f.az, f.end_az = f.end_az, None
    if plan.motion == "pass":
        finish_motion(f, side_only=plan.side_only)
    return f


def dist_value(spec: tuple) -> float:
    if spec[0] == "word":
        return DIST[spec[1]][0]
    _, v, unit = spec
    return float(v) * {"m": 1.0, "cm": 0.01, "ft": 0.3048, "steps": 0.7}[unit]


# =============================================================================================
# Realisation: English
# =============================================================================================
def _fmt_num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def en_direction(rng: random.Random, spec: tuple, role: str) -> str:
    kind = spec[0]
    if kind == "az":
        return rng.choice(AZ[spec[1]][1][role])
    if kind == "el":
        return rng.choice(EL[spec[1]][1][role])
    if kind == "compass":
        word = rng.choice(COMPASS[spec[1]][1])
        return {"at": f"to the {word.replace('the ', '')}", "from": f"from the {word.replace('the ', '')}",
                "to": f"toward the {word.replace('the ', '')}"}[role]  # fmt: skip
    if kind == "azel":
        az = rng.choice(AZ[spec[1]][1]["at"])
        el = rng.choice(EL[spec[2]][1]["at"])
        if role == "from":
            return rng.choice([f"from {el}, {az}", f"{rng.choice(EL[spec[2]][1]['from'])}, {az}",
                               f"{rng.choice(AZ[spec[1]][1]['from'])}, {el}"])  # fmt: skip
        if role == "to":
            return rng.choice([f"{rng.choice(AZ[spec[1]][1]['to'])} and {rng.choice(EL[spec[2]][1]['to'])}",
                               f"{rng.choice(EL[spec[2]][1]['to'])}, {az}"])  # fmt: skip
        return rng.choice([f"{az}, {el}", f"{el} {az}", f"{el}, {az}", f"{az} and {el}", f"{az}, {el}"])
    if kind == "hedge":
        prim = rng.choice(AZ[spec[1]][1][role])
        sec = rng.choice(AZ_SECONDARY_EN[spec[2]])
        return rng.choice([f"{prim}, slightly {sec}", f"{prim} but a little {sec}", f"{prim}, a bit {sec}",
                           f"{prim} and slightly {sec}"])  # fmt: skip
    if kind == "num":
        sub = spec[1]
        pre = {"at": "", "from": "from ", "to": "to "}[role]
        if sub == "side_deg":
            v = spec[2]
            side = "left" if v > 0 else "right"
            n = abs(v)
            if n == 0:
                return pre + "straight ahead"
            ns = EN_NUMBER_WORDS.get(n) if rng.random() < 0.15 else None
            ns = ns or _fmt_num(n)
            deg = rng.choice(["degrees", "°", " degrees", "deg"]).lstrip()
            sep = "" if deg == "°" else " "
            return pre + rng.choice([f"{ns}{sep}{deg} to the {side}", f"{ns}{sep}{deg} {side}", f"{side} {ns}{sep}{deg}",
                                     f"about {ns} degrees off to your {side}", f"{ns} degrees to your {side}",
                                     f"{ns}{sep}{deg} to the {side} of center"])  # fmt: skip
        if sub == "bearing":
            v = spec[2]
            return pre + rng.choice([f"at {v} degrees", f"{v}°", f"at a bearing of {v}", f"at azimuth {v}",
                                     f"around {v} degrees", f"{v} degrees"]).replace("at at", "at")  # fmt: skip
        if sub == "clock":
            h = spec[2]
            hs = EN_NUMBER_WORDS[h] if rng.random() < 0.4 else str(h)
            return pre + rng.choice([f"at {hs} o'clock", f"{hs} o'clock", f"in the {hs} o'clock position",
                                     f"at your {hs} o'clock", f"{hs} o'clock direction"]).replace("from at ", "from ").replace("to at ", "to ")  # fmt: skip
        if sub == "elev_deg":
            v = spec[2]
            updown = "up" if v > 0 else "down"
            word = rng.choice([f"{abs(v)} degrees {updown}", f"{abs(v)} degrees {'above' if v > 0 else 'below'} ear level",
                               f"at {abs(v)} degrees elevation" if v > 0 else f"{abs(v)} degrees below",
                               f"elevated {abs(v)} degrees" if v > 0 else f"{abs(v)}° down"])  # fmt: skip
            if spec[3] is not None:
                side = en_direction(rng, spec[3], "at")
                word = rng.choice([f"{side} and {word}", f"{word}, {side}"])
            return pre + word
    raise ValueError(spec)


def en_dist(rng: random.Random, spec: tuple, role: str = "at") -> str:
    if spec[0] == "word":
        w = rng.choice(DIST[spec[1]][1])
        if role == "from":
            return rng.choice([f"from {w}", f"from {w}"]) if not w.startswith("from") else w
        if role == "to":
            return rng.choice([f"until it is {w}", f"until it's {w}", f"right up to {w}" if spec[1] == "ear" else f"to {w}"])
        return w
    _, v, unit = spec
    vs = _fmt_num(v)
    if unit == "m":
        u = rng.choice(["metres", "meters", "m", " m"]).strip() if v != 1 else rng.choice(["metre", "meter", "m"])
        sep = "" if u == "m" and rng.random() < 0.5 else " "
        word = f"{vs}{sep}{u}"
    elif unit == "cm":
        word = f"{vs} {rng.choice(['cm', 'centimeters', 'centimetres'])}"
    elif unit == "ft":
        word = f"{vs} {rng.choice(['feet', 'ft'])}" if v != 1 else "1 foot"
    else:
        word = f"{EN_NUMBER_WORDS.get(int(v), vs)} {'step' if v == 1 else 'steps'}"
    if role == "from":
        return rng.choice([f"from {word} away", f"from {word} out", f"starting {word} away"])
    if role == "to":
        return rng.choice([f"to within {word}", f"until it is {word} away", f"to {word} from you"])
    return rng.choice([f"{word} away", f"about {word} away", f"{word} from you", f"at {word}", f"{word} off"])


def realize_en(rng: random.Random, plan: Plan) -> str:
    src, verb = rng.choice(SOURCES_EN)
    if rng.random() < 0.15:
        verb = rng.choice(GENERIC_VERBS_EN)
    mods: list[str] = []  # trailing modifiers: distance, width, room, gain, ...
    if plan.dist is not None and plan.motion not in ("approach", "recede"):
        mods.append(en_dist(rng, plan.dist))
    if plan.spread is not None:
        mods.append(rng.choice(SPREAD[plan.spread][1]))
    if plan.gain is not None:
        mods.append(rng.choice(GAIN_WORDS[plan.gain][0]))
    if plan.gain_num is not None:
        g = plan.gain_num
        mods.append(rng.choice([f"at {g:+d} dB", f"{abs(g)} dB {'quieter' if g < 0 else 'louder'}", f"gain {g:+d} dB"]))
    if plan.occluded:
        mods.append(rng.choice(OCCLUSION_WORDS[0]))
    if plan.room is not None:
        mods.append(rng.choice(ROOM_WORDS[plan.room][0]))
    if plan.wet_pct is not None:
        p = _fmt_num(plan.wet_pct)
        mods.append(rng.choice([f"{p}% wet", f"with {p}% reverb", f"reverb at {p}%", f"wet mix {p} percent",
                                f"{p} percent reverb"]))  # fmt: skip
    if plan.rt60_num is not None:
        r = _fmt_num(plan.rt60_num)
        mods.append(rng.choice([f"with a {r}-second reverb", f"RT60 {r} s", f"reverb time {r} seconds",
                                f"with {r} seconds of reverb"]))  # fmt: skip
    rng.shuffle(mods)

    if plan.motion:
        core = _en_motion_clause(rng, plan, src)
    else:
        core = _en_static_clause(rng, plan, src, verb)
    text = core
    for m in mods:
        r = rng.random()
        if r < 0.6:
            text = f"{text}, {m}"
        elif r < 0.8:
            text = f"{text} {m}"
        else:
            text = f"{m[0].upper() + m[1:]}, {text[0].lower() + text[1:] if not text.startswith('I ') else text}"
    if rng.random() < 0.22:
        filler = rng.choice(FILLERS_EN)
        text = f"{text}, {filler}" if rng.random() < 0.6 else f"{filler[0].upper() + filler[1:]}, {text}"
        plan.style = "long" if plan.style == "plain" else plan.style
    if rng.random() < 0.08:  # a second, non-spatial sentence
        text = f"{text}. {rng.choice(['It sounds nice', 'Nothing else is going on', 'The mood is tense', 'It repeats a few times', 'Everything else is silent'])}"
        plan.style = "long" if plan.style == "plain" else plan.style
    return text


def _en_static_clause(rng: random.Random, plan: Plan, src: str, verb: str) -> str:
    if src in ("it", "the sound", "the noise") and rng.random() < 0.7:
        src = "a voice"
    if plan.start is None:
        forms = [f"{src} {verb}", f"{src} {verb}", f"the sound of {src.replace('a ', '').replace('the ', '')}",
                 f"{rng.choice(INTRO_EN)} {src}"]  # fmt: skip
        text = rng.choice(forms)
        if plan.static_said:
            text += " and " + rng.choice(MOTION_EN["static"])
        return text
    if plan.metaphor:
        key = (plan.start[1], None) if plan.start[0] == "az" else (None, plan.start[1])
        return f"{src} {verb}, {rng.choice(METAPHOR_EN[key])}"
    at = en_direction(rng, plan.start, "at")
    frm = en_direction(rng, plan.start, "from") if plan.start[0] in ("az", "el", "compass") else None
    r = rng.random()
    if r < 0.35:
        text = f"{src} {verb} {at}"
    elif r < 0.5:
        text = f"{at[0].upper() + at[1:]}, {src} {verb}"
    elif r < 0.62 and frm:
        text = f"{src} {rng.choice(['comes', 'can be heard', 'is coming', 'sounds', 'rings out', 'is heard'])} {frm}"
    elif r < 0.74:
        obj = rng.choice(OBJECTS_EN)
        verb_i = rng.choice(IMPERATIVE_EN)
        text = f"{verb_i} {obj} {at}"
        if rng.random() < 0.3:
            text = f"please {text}"
        plan.style = "paraphrase" if plan.style == "plain" else plan.style
    elif r < 0.8:
        text = f"{rng.choice(INTRO_EN)} {src} {at}"
    elif r < 0.84:
        text = rng.choice([f"{src} seems to be {at}", f"it sounds like {src} is {at}", f"{src} is somewhere {at}",
                           f"the sound of {src} comes {frm or at}", f"{src} {verb}, and it is {at}",
                           f"you can hear {src} {at}"])  # fmt: skip
    elif r < 0.92:
        text = f"{src}, {at}"
        plan.style = "fragment" if plan.style == "plain" else plan.style
    else:
        text = f"the sound source is {at}"
        plan.style = "paraphrase" if plan.style == "plain" else plan.style
    if plan.static_said:
        text += " and " + rng.choice(MOTION_EN["static"])
    return text


def _en_motion_clause(rng: random.Random, plan: Plan, src: str) -> str:
    m = plan.motion
    speed = f" {rng.choice(SPEED_EN[plan.speed])}" if plan.speed else ""
    speed_front = rng.random() < 0.3 and bool(speed)
    if m in ("approach", "recede"):
        v = rng.choice(MOTION_EN[m])
        parts = [f"{src}{speed if speed_front else ''} {v}{'' if speed_front else speed}"]
        if plan.start is not None:
            role = rng.choice(["from", "at"]) if m == "approach" else rng.choice(["at", "to", "from"])
            parts.append(en_direction(rng, plan.start, role))
        if plan.dist is not None:
            parts.append(en_dist(rng, plan.dist, "from"))
        if plan.end_dist is not None:
            parts.append(en_dist(rng, plan.end_dist, "to"))
        text = " ".join(parts[:2]) + "".join(f" {p}" if rng.random() < 0.6 else f", {p}" for p in parts[2:])
    elif m == "pass":
        if plan.side_only:
            side = {"left": "on your left", "right": "on your right", "front": "in front of you", "back": "behind you"}
            alt = {"left": "on the left", "right": "on the right", "front": "right in front of you", "back": "behind your back"}
            where = rng.choice([side[plan.start[1]], alt[plan.start[1]]])
            text = f"{src}{speed} {rng.choice(PASS_SIDE_EN)} {where}"
        else:
            v = rng.choice(MOTION_EN["pass"])
            a = en_direction(rng, plan.start, "from") if plan.start is not None else None
            b = en_direction(rng, plan.end, "to") if plan.end is not None else None
            if a and b:
                r = rng.random()
                if r < 0.6:
                    text = f"{src}{speed} {v} {a} {b}"
                elif r < 0.8:
                    text = f"{src} starts {en_direction(rng, plan.start, 'at')} and{speed} {v} {b}"
                else:
                    text = f"{src}{speed} {rng.choice(['pans', 'moves', 'sweeps'])} {a} over {b}"
            elif a:
                text = f"{src}{speed} {rng.choice(['passes', 'flies past', 'passes by', 'sweeps past', 'crosses'])} {a}"
            else:
                text = f"{src}{speed} {rng.choice(['moves', 'pans', 'travels', 'shifts', 'slides'])} {b}"
    elif m in ("orbit", "spiral"):
        v = rng.choice(MOTION_EN[m])
        if m == "spiral":
            if plan.trend < 0:
                v = rng.choice(["spirals in toward you", "spirals inward", "spirals closer"])
            elif plan.trend > 0:
                v = rng.choice(["spirals outward", "spirals away from you", "spirals out and away"])
            elif plan.vtrend > 0:
                v = rng.choice(["spirals upward", "spirals up", "corkscrews upward"])
            elif plan.vtrend < 0:
                v = rng.choice(["spirals downward", "spirals down", "corkscrews down"])
        extra = []
        if plan.clockwise is not None:
            extra.append(rng.choice(CLOCKWISE_EN[plan.clockwise]))
        if plan.turns is not None:
            extra.append(rng.choice(TURNS_EN[plan.turns]))
        text = f"{src}{speed} {v}" + "".join(f" {e}" for e in extra)
        if plan.start is not None:
            text += " " + (en_direction(rng, plan.start, "at") if plan.start[0] == "el" else f"starting {en_direction(rng, plan.start, 'at')}")
        if m == "orbit" and plan.vtrend:
            text += rng.choice([" while rising", " and rises as it goes"] if plan.vtrend > 0 else [" while sinking down", " and slowly descends"])
    elif m in ("rise", "fall"):
        v = rng.choice(MOTION_EN[m])
        text = f"{src}{speed} {v}"
        if plan.start is not None:
            if plan.start[0] == "el":
                text += " " + en_direction(rng, plan.start, "from")
                if plan.end is not None:
                    text += " " + en_direction(rng, plan.end, "to")
            else:
                text += " " + en_direction(rng, plan.start, "at")
    else:  # zigzag, sway
        v = rng.choice(MOTION_EN[m])
        text = f"{src}{speed} {v}"
        if plan.start is not None:
            text += " " + en_direction(rng, plan.start, "at")
        if plan.turns is not None:
            text += f" {rng.choice(TURNS_EN[plan.turns])}"
    if m not in ("approach", "recede", "spiral") and plan.trend:
        text += rng.choice([", getting closer", " as it comes closer", " while approaching"] if plan.trend < 0 else
                           [", getting farther away", " as it moves away", " while receding"])  # fmt: skip
    if plan.motion_s:
        text += rng.choice([f" over {plan.motion_s:g} seconds", f" in {plan.motion_s:g} seconds", f" within {plan.motion_s:g} s",
                            f" over the course of {plan.motion_s:g} seconds"])  # fmt: skip
    if plan.period_s:
        text += rng.choice([f" every {plan.period_s:g} seconds", f", one turn every {plan.period_s:g} s",
                            f", {plan.period_s:g} seconds per lap"])  # fmt: skip
    if plan.delay_s:
        text = rng.choice([f"after {plan.delay_s:g} seconds, {text}", f"{text} after {plan.delay_s:g} seconds"])
    return text


# =============================================================================================
# Realisation: Korean
# =============================================================================================
KO_ROLE_PARTICLES = {
    "at": ["에서", "에서", "에", "쪽에서", "편에서"],
    "from": ["에서", "에서부터", "부터", "쪽에서"],
    "to": ["으로", "쪽으로", "까지", "을 향해", "방향으로"],
}


def _ko_attach(noun: str, role: str, rng: random.Random) -> str:
    p = rng.choice(KO_ROLE_PARTICLES[role])
    if noun.endswith(("방향", "도", "°", "위치", "지점")) and p.startswith(("쪽", "편", "방향")):
        p = {"쪽에서": "에서", "편에서": "에서", "쪽으로": "으로", "방향으로": "으로"}.get(p, p)
    if p.startswith("쪽") and (noun.endswith("쪽") or noun.endswith("편")):
        p = p[1:] if p != "쪽으로" else "으로"
    if p.startswith("편") and (noun.endswith("쪽") or noun.endswith("편")):
        p = "에서"
    if p == "으로":
        return josa(noun, "으로")
    if p == "을 향해":
        return josa(noun, "을") + " 향해"
    return noun + p


def ko_direction_noun(rng: random.Random, spec: tuple) -> str:
    kind = spec[0]
    if kind == "az":
        return rng.choice(AZ[spec[1]][2])
    if kind == "el":
        return rng.choice(EL[spec[1]][2])
    if kind == "compass":
        return COMPASS[spec[1]][2][0]
    if kind == "azel":
        az = rng.choice(AZ[spec[1]][2])
        el = rng.choice(EL[spec[2]][2])
        return rng.choice([f"{az} {el}", f"{el} {az}", f"{az} {el}"])
    if kind == "hedge":
        prim = rng.choice(AZ[spec[1]][2])
        sec = rng.choice(AZ_SECONDARY_KO[spec[2]])
        return rng.choice([f"{prim}, 약간 {sec}", f"{prim} 살짝 {sec}", f"{prim} 조금 {sec}"])
    if kind == "num":
        sub = spec[1]
        if sub == "side_deg":
            v = spec[2]
            side = rng.choice(["왼쪽", "좌측"]) if v > 0 else rng.choice(["오른쪽", "우측"])
            n = abs(v)
            if n == 0:
                return "정면"
            return rng.choice([f"{side}으로 {n}도", f"{side} {n}도", f"{n}도 {side}", f"{side}으로 약 {n}도", f"{side} {n}° 방향",
                               f"{side}으로 {n}도 방향"]).replace("좌측으로", "좌측으로").replace("우측으로", "우측으로")  # fmt: skip
        if sub == "bearing":
            v = spec[2]
            return rng.choice([f"{v}도 방향", f"약 {v}도", f"{v}도", f"방위각 {v}도", f"{v}° 방향"])
        if sub == "clock":
            h = spec[2]
            hs = KO_NATIVE_HOURS[h] + " " if rng.random() < 0.35 else str(h)
            return rng.choice([f"{hs}시 방향", f"{hs}시 방향", f"{hs}시 쪽"])
        if sub == "elev_deg":
            v = spec[2]
            word = rng.choice([f"위로 {v}도", f"{v}도 위", f"고도 {v}도"]) if v > 0 else rng.choice([f"아래로 {-v}도", f"{-v}도 아래"])
            if spec[3] is not None:
                word = f"{ko_direction_noun(rng, spec[3])} {word}"
            return word
    raise ValueError(spec)


def ko_direction(rng: random.Random, spec: tuple, role: str) -> str:
    noun = ko_direction_noun(rng, spec)
    if spec[0] == "num" and spec[1] in ("side_deg", "elev_deg") and role == "at" and rng.random() < 0.5:
        return noun + rng.choice(["", " 지점에서", " 쪽에서"])
    return _ko_attach(noun, role, rng)


def ko_dist(rng: random.Random, spec: tuple, role: str = "at") -> str:
    if spec[0] == "word":
        w = rng.choice(DIST[spec[1]][2])
        adverb = w.endswith("이") or w.endswith("리")  # 가까이, 멀리, 멀찍이
        if role == "to":
            return w + "까지"
        if role == "from":
            return w + (rng.choice(["서", "서부터"]) if adverb else rng.choice(["에서", "에서부터"]))
        return w + ("" if adverb else rng.choice(["에서", "에서", "에"]))
    _, v, unit = spec
    vs = _fmt_num(v)
    u = {"m": rng.choice(["미터", "m", " 미터"]), "cm": rng.choice(["센티", "cm", "센티미터"]), "ft": "피트",
         "steps": "걸음"}[unit]  # fmt: skip
    if unit == "steps":
        vs = KO_NATIVE_HOURS.get(int(v), vs) + " "
    word = f"{vs}{u}"
    if role == "from":
        return f"{word} 떨어진 곳에서" if rng.random() < 0.5 else f"{word} 떨어진 곳에서부터"
    if role == "to":
        return f"{word} 거리까지" if rng.random() < 0.5 else f"{word}까지"
    return rng.choice([f"{word} 떨어진 곳에서", f"{word} 거리에서", f"{word} 떨어져서", f"약 {word} 거리에서",
                       f"{word} 떨어져 있는 곳에서", f"{word}쯤 떨어진 데서"])


def realize_ko(rng: random.Random, plan: Plan) -> str:
    src, verb = rng.choice(SOURCES_KO)
    subj = josa(src, rng.choice(["이", "이", "은", "도"])) if rng.random() < 0.85 else src
    mods: list[str] = []
    if plan.dist is not None and plan.motion not in ("approach", "recede"):
        mods.append(ko_dist(rng, plan.dist))
    if plan.spread is not None:
        mods.append(rng.choice(SPREAD[plan.spread][2]))
    if plan.gain is not None:
        mods.append(rng.choice(GAIN_WORDS[plan.gain][1]))
    if plan.gain_num is not None:
        g = plan.gain_num
        mods.append(rng.choice([f"{abs(g)}dB {'작게' if g < 0 else '크게'}", f"게인 {g:+d}dB로", f"{g:+d} dB로"]))
    if plan.occluded:
        mods.append(rng.choice(OCCLUSION_WORDS[1]))
    if plan.room is not None:
        mods.append(rng.choice(ROOM_WORDS[plan.room][1]))
    if plan.wet_pct is not None:
        p = _fmt_num(plan.wet_pct)
        mods.append(rng.choice([f"리버브 {p}%로", f"잔향 {p}퍼센트로", f"웻 {p}%", f"리버브를 {p}% 걸어서"]))
    if plan.rt60_num is not None:
        r = _fmt_num(plan.rt60_num)
        mods.append(rng.choice([f"잔향 {r}초로", f"잔향 시간 {r}초", f"리버브 타임 {r}초로"]))
    rng.shuffle(mods)
    mod_text = " ".join(mods)

    if plan.motion:
        core = _ko_motion_clause(rng, plan, subj, mod_text)
    else:
        core = _ko_static_clause(rng, plan, src, subj, verb, mod_text)
    text = core
    if rng.random() < 0.22:
        filler = rng.choice(FILLERS_KO)
        text = f"{filler} {text}" if rng.random() < 0.6 else f"{text}. {filler} 그래"
        plan.style = "long" if plan.style == "plain" else plan.style
    if rng.random() < 0.08:
        text = f"{text}. {rng.choice(['분위기가 좋아', '다른 소리는 없어', '긴장감이 느껴져', '몇 번 반복돼', '나머지는 조용해'])}"
        plan.style = "long" if plan.style == "plain" else plan.style
    return text


def _ko_static_clause(rng, plan: Plan, src: str, subj: str, verb: str, mods: str) -> str:
    ending = verb if rng.random() < 0.5 else rng.choice(KO_STATIC_ENDINGS)
    if plan.start is None:
        text = " ".join(x for x in (subj, mods, ending) if x)
        if plan.static_said:
            text += " " + rng.choice(MOTION_KO["static"])
        return text
    if plan.metaphor:
        key = (plan.start[1], None) if plan.start[0] == "az" else (None, plan.start[1])
        return " ".join(x for x in (rng.choice(METAPHOR_KO[key]), subj, mods, ending) if x)
    where = ko_direction(rng, plan.start, "at")
    r = rng.random()
    if r < 0.4:
        text = " ".join(x for x in (where, subj, mods, ending) if x)
    elif r < 0.6:
        text = " ".join(x for x in (subj, where, mods, ending) if x)
    elif r < 0.75:
        obj = josa(rng.choice(OBJECTS_KO), "을")
        noun = ko_direction_noun(rng, plan.start)
        place = noun + (rng.choice(["에", "쪽에", "에서"]) if not noun.endswith(("쪽", "편", "방향", "도", "°")) else "에")
        text = " ".join(x for x in (obj, place, mods, rng.choice(IMPERATIVE_KO)) if x)
        plan.style = "paraphrase" if plan.style == "plain" else plan.style
    elif r < 0.83:
        text = " ".join(x for x in (where, mods, f"들리는 {src} 소리" if not src.endswith("소리") else f"들리는 {src}") if x)
        plan.style = "fragment" if plan.style == "plain" else plan.style
    elif r < 0.88:
        noun = ko_direction_noun(rng, plan.start)
        text = rng.choice([
            f"{josa(src, '이')} {noun}에 있는 것 같아", f"{noun} 어딘가에서 {src} 소리가 들리는 것 같아",
            f"{noun}에 {josa(src, '이')} 있어", f"{src} 소리가 {noun}{rng.choice(['에서', '쪽에서'])} 나는 것 같아요",
        ]) + (" " + mods if mods else "")
    else:
        text = " ".join(x for x in (f"소리의 위치는 {ko_direction_noun(rng, plan.start)}", mods) if x) + rng.choice(["이야", "야", "입니다", ""])
        plan.style = "paraphrase" if plan.style == "plain" else plan.style
    if plan.static_said:
        text += " " + rng.choice(["그리고 " + rng.choice(MOTION_KO["static"]), rng.choice(MOTION_KO["static"])])
    return text


def _ko_motion_clause(rng, plan: Plan, subj: str, mods: str) -> str:
    m = plan.motion
    speed = rng.choice(SPEED_KO[plan.speed]) if plan.speed else ""
    parts: list[str] = []
    if plan.delay_s:
        parts.append(rng.choice([f"{plan.delay_s:g}초 후에", f"{plan.delay_s:g}초 뒤에", f"{plan.delay_s:g}초 있다가"]))
    if m in ("approach", "recede"):
        where = ko_direction(rng, plan.start, "from" if m == "approach" else rng.choice(["at", "to", "from"])) if plan.start else ""
        d0 = ko_dist(rng, plan.dist, "from") if plan.dist is not None else ""
        d1 = ko_dist(rng, plan.end_dist, "to") if plan.end_dist is not None else ""
        order = [where, subj, d0, d1] if rng.random() < 0.6 else [subj, where, d0, d1]
        parts += order + [mods, speed, rng.choice(MOTION_KO[m])]
    elif m == "pass":
        if plan.side_only:
            side = {"left": ["왼쪽", "왼편", "좌측"], "right": ["오른쪽", "오른편", "우측"], "front": ["앞", "눈앞", "정면"],
                    "back": ["뒤", "등 뒤", "뒤쪽"]}  # fmt: skip
            place = rng.choice(side[plan.start[1]])
            how = rng.choice([josa(place, "을") + " 스쳐", josa(place, "을") + " 지나", place + "에서 스쳐"])
            parts += [subj, how, mods, speed, rng.choice(["지나가", "지나간다", "가", "지나가요", "지나갔어"])]
        else:
            a = ko_direction(rng, plan.start, "from") if plan.start is not None else ""
            b = ko_direction(rng, plan.end, "to") if plan.end is not None else ""
            if a and b and rng.random() < 0.25:
                parts += [subj, a, mods, speed, rng.choice(["출발해서", "시작해서"]), b, rng.choice(MOTION_KO["pass"])]
            else:
                parts += ([a, subj] if rng.random() < 0.5 else [subj, a]) + [b, mods, speed, rng.choice(MOTION_KO["pass"])]
    elif m in ("orbit", "spiral"):
        v = rng.choice(MOTION_KO[m])
        if m == "spiral":
            if plan.trend < 0:
                v = rng.choice(["나선을 그리며 다가와", "소용돌이치며 가까워져", "나선형으로 돌며 다가와"])
            elif plan.trend > 0:
                v = rng.choice(["나선을 그리며 멀어져", "소용돌이치며 멀어져", "나선형으로 돌며 멀어져"])
            elif plan.vtrend > 0:
                v = rng.choice(["나선형으로 돌며 올라가", "회오리처럼 솟아올라", "소용돌이치며 위로 올라가"])
            elif plan.vtrend < 0:
                v = rng.choice(["나선형으로 돌며 내려와", "회오리처럼 내려와", "소용돌이치며 아래로 떨어져"])
        extra = []
        if plan.clockwise is not None:
            extra.append(rng.choice(CLOCKWISE_KO[plan.clockwise]))
        if plan.turns is not None:
            extra.append(rng.choice(TURNS_KO[plan.turns]))
            if v.startswith("한 바퀴"):
                v = "돌아"
        where = ""
        if plan.start is not None:
            noun = ko_direction_noun(rng, plan.start)
            where = josa(noun, "을") if plan.start[0] == "el" and m == "orbit" and rng.random() < 0.5 else _ko_attach(noun, "at", rng) + (" 시작해서" if plan.start[0] != "el" else "")
        parts += [subj, where, mods, speed] + extra + [v]
        if m == "orbit" and plan.vtrend:
            parts.append(rng.choice(["점점 올라가"] if plan.vtrend > 0 else ["점점 내려와"]))
    elif m in ("rise", "fall"):
        where = ""
        if plan.start is not None:
            if plan.start[0] == "el":
                where = ko_direction(rng, plan.start, "from")
                if plan.end is not None:
                    where += " " + ko_direction(rng, plan.end, "to")
            else:
                where = ko_direction(rng, plan.start, "at")
        parts += [where, subj, mods, speed, rng.choice(MOTION_KO[m])]
    else:
        where = ko_direction(rng, plan.start, "at") if plan.start is not None else ""
        turns = rng.choice(["여러 번", f"{KO_NATIVE_HOURS[int(plan.turns)]} 번"]) if plan.turns else ""
        parts += [where, subj, mods, speed, turns, rng.choice(MOTION_KO[m])]
    if m not in ("approach", "recede", "spiral") and plan.trend:
        parts.insert(-1, rng.choice(["점점 가까워지며", "가까워지면서", "다가오면서"] if plan.trend < 0 else ["점점 멀어지며", "멀어지면서"]))
    if plan.motion_s:
        parts.insert(-1, rng.choice([f"{plan.motion_s:g}초 동안", f"{plan.motion_s:g}초에 걸쳐", f"{plan.motion_s:g}초 만에"]))
    if plan.period_s:
        parts.insert(-1, rng.choice([f"{plan.period_s:g}초마다 한 바퀴씩", f"{plan.period_s:g}초마다"]))
    return " ".join(p for p in parts if p)


# =============================================================================================
# Noise: casing, punctuation, typos, spacing
# =============================================================================================
_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4 or not word.isalpha() or not word.isascii():
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.random()
    if op < 0.3:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op < 0.55:
        return word[:i] + word[i + 1 :]
    if op < 0.75:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice(_KEYS) + word[i + 1 :]


def add_noise(rng: random.Random, text: str, lang: str) -> str:
    text = text.replace(" ,", ",").replace("  ", " ").strip()
    if lang == "en":
        if rng.random() < 0.25:
            text = " ".join(_typo(rng, w) if rng.random() < 0.08 else w for w in text.split(" "))
        r = rng.random()
        if r < 0.45:
            text = text[0].upper() + text[1:]
        elif r < 0.5:
            text = text.upper()
        elif r < 0.53:
            text = text.title()
        else:
            text = text.lower()
    else:
        if rng.random() < 0.15:  # Korean writers often drop spaces
            words = text.split(" ")
            text = "".join(w + ("" if rng.random() < 0.3 else " ") for w in words).strip()
    p = rng.random()
    if p < 0.35:
        text += "."
    elif p < 0.42:
        text += "!"
    elif p < 0.47:
        text += "..."
    elif p < 0.5 and lang == "ko":
        text += rng.choice(["~", "요", " ㅎㅎ"]) if not text.endswith("요") else "."
    return text


# =============================================================================================
# Public API
# =============================================================================================
def generate_one(rng: random.Random, lang: str | None = None) -> Example:
    lang = lang or ("en" if rng.random() < 0.5 else "ko")
    plan = sample_plan(rng, lang)
    text = realize_en(rng, plan) if lang == "en" else realize_ko(rng, plan)
    text = text.replace("from at ", "from ").replace("to at ", "to ").replace("from from ", "from ")
    text = add_noise(rng, text, lang)
    frame = plan_to_frame(plan)
    style = plan.style if (plan.start or plan.motion or plan.dist or plan.room or plan.spread) else "silent"
    return Example(text=text, lang=lang, frame=frame, style=style)


def generate(n: int, seed: int = 0) -> list[Example]:
    """``n`` examples, half English and half Korean, deterministic for a given ``seed``."""
    rng = random.Random(seed)
    return [generate_one(rng) for _ in range(n)]


def corpus_hash(examples: list[Example]) -> str:
    """Short digest of texts and labels, stored with the model so a retrain can be checked against it."""
    h = hashlib.sha256()
    for ex in examples:
        h.update(ex.text.encode())
        h.update(json.dumps({k: v for k, v in vars(ex.frame).items()}, sort_keys=True, default=str).encode())
    return h.hexdigest()[:16]


__all__ = ["Example", "generate", "generate_one", "corpus_hash", "plan_to_frame", "pass_mirror", "ROOMS"]
