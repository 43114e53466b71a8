"""Everyday sentences and hard constructions, with exact labels (issue 12, item 4).

The planner/realiser pair (:mod:`.plan`, :mod:`.realize_en`, :mod:`.realize_ko`) covers the attribute space
evenly but in a templated voice. This module adds what people actually write and what the rules now read:

* sources and places from the knowledge base (:mod:`t2sa.text.knowledge`) in everyday scene framings, with
  or without a direction -- the labels the text leaves open are filled from the knowledge base by
  :func:`t2sa.text.world.with_knowledge` in :func:`t2sa.text.corpus.generate_one`, so the network learns the
  same prior the rules apply, and explicit words still win;
* negation and correction ("not on the left but on the right", "왼쪽 말고 오른쪽"), intensifiers vs hedges
  ("just to your right" is right, "slightly to the right" is 20 deg), "far right" as a direction;
* hyphen and slash compounds ("back-right", "front/left", "뒤-오른쪽"), elevation magnitudes by wording
  ("directly overhead" 85, "directly below" -85, "beneath you" -65);
* static verbs (motion "static"), partial turns that end somewhere ("around to your right"), passes that
  combine a side with front/back, several clauses where the end point is where the motion ends;
* explicit zero and out-of-range numbers (wrapped or clamped to :data:`t2sa.params.RANGES`);
* hard negatives: everyday sentences that name no direction (and words like "right now", "left the room")
  keep the direction unstated.

Each draw returns ``(text, frame, style)``; labels come from what the template states, never from a model.
Everything is drawn from the ``rng`` passed in, in a fixed order: part of the corpus definition.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from t2sa.params import RANGES
from t2sa.text.cues import finish_motion
from t2sa.text.frame import SLIGHT_DEG, Frame, wrap

from .concepts import AZ_DEG
from .vocab_en import AZ_EN, SOURCES_EN
from .vocab_ko import AZ_KO, KO_STATIC_ENDINGS, SOURCES_KO

_SIDES = {"left": 90.0, "right": -90.0}
_MAIN = ["front", "back", "left", "right", "front_left", "front_right", "back_left", "back_right"]
_MAIN_W = [3, 3, 4, 4, 2, 2, 2, 2]
_KO_SIDE = {"left": "왼쪽", "right": "오른쪽"}


# -- Korean particles ------------------------------------------------------------------------------
def _jong(word: str) -> int:
    """Final-consonant index of the last Hangul syllable (0 = none; digits and Latin count as none)."""
    c = word.rstrip()[-1:] or "가"
    return (ord(c) - 0xAC00) % 28 if "가" <= c <= "힣" else 0


def _iga(w: str) -> str:
    return w + ("이" if _jong(w) else "가")


def _ro(w: str) -> str:
    j = _jong(w)
    return w + ("로" if j in (0, 8) else "으로")


def _eun(w: str) -> str:
    return w + ("은" if _jong(w) else "는")


# -- words -----------------------------------------------------------------------------------------
_EN_VERBS = ["is heard", "can be heard", "sounds", "goes off", "keeps going", "is going", "starts up", "makes a noise",
             "comes through", "is audible", "rings out", "hums along", "carries on"]  # fmt: skip
_EN_FRAMES = ["I'm lying in bed and", "We're having dinner when", "On my walk home,", "While I read,",
              "In the middle of the night", "At the bus stop,", "It's late, and", "Sitting on the couch, I notice",
              "As I wake up,", "During the call,", "While I'm cooking,", "Out on the balcony,", "In the office,",
              "On the train,", "Halfway through the movie,", "Right before I fall asleep,", "This morning",
              "At the park,", "Somewhere in the house,", "Just now,"]  # fmt: skip
_KO_FRAMES = ["침대에 누워 있는데", "저녁을 먹고 있을 때", "집에 오는 길에", "책을 읽는 동안", "한밤중에", "버스 정류장에서",
              "늦은 밤에", "소파에 앉아 있으니", "잠에서 깼을 때", "통화하는 중에", "요리하고 있는데", "베란다에 나가 보니",
              "사무실에서", "지하철 안에서", "영화 보는 중간에", "잠들기 직전에", "오늘 아침에", "공원에서", "방금",
              "가만히 있으면"]  # fmt: skip
_EN_NEG_FILLERS = ["right now", "all right", "at the right moment", "after she left the room", "back then",
                   "when he came back home", "as I turn up the volume", "just like the last time", "left and right of nothing",
                   "before everyone left", "which is all right", "right after lunch", "when I look up from my book",
                   "as the lights go down", "the way it used to back home"]  # fmt: skip
_KO_NEG_FILLERS = ["지금", "아까부터", "뒤늦게", "앞으로도 계속", "다시 돌아와서", "바로 그때", "위로하듯", "오랜만에", "또다시",
                   "그러고 나서", "아무 일 없다는 듯"]  # fmt: skip
_EN_SOMEWHERE = ["somewhere", "somewhere in the dark", "somewhere nearby", "from somewhere", "somewhere in the house",
                 "out there somewhere"]  # fmt: skip
_KO_SOMEWHERE = ["어디선가", "어둠 속 어디선가", "어디에선가", "집 안 어딘가에서", "밖 어딘가에서"]


def _kb_source(rng: random.Random, lang: str) -> tuple[str, str]:
    """A source noun and a verb: a knowledge-base name (generic verb) or a source of the templated corpus."""
    from t2sa.text.knowledge import load

    if rng.random() < 0.6:
        entry = rng.choice(load().sources)
        if lang == "en":
            name = rng.choice(entry.en[:3])
            art = rng.choice(["a ", "the ", "the ", "some ", ""])
            return art + name, rng.choice(_EN_VERBS)
        name = rng.choice(entry.ko[:3])
        return name, rng.choice(KO_STATIC_ENDINGS)
    if lang == "en":
        return rng.choice(SOURCES_EN)
    return rng.choice(SOURCES_KO)


def _kb_place(rng: random.Random, lang: str) -> str:
    from t2sa.text.knowledge import load

    entry = rng.choice(load().places)
    if lang == "en":
        name = rng.choice(entry.en[:3])
        if entry.kind == "place" and not name.startswith(("in ", "on ", "at ", "under", "inside", "behind")):
            name = f"in the {name}"
        return name
    name = rng.choice(entry.ko[:3])
    return name if name.endswith("에서") else name + "에서"


def _dir_en(rng: random.Random, name: str, role: str = "at") -> str:
    return rng.choice(AZ_EN[name][role])


def _dir_ko(rng: random.Random, name: str) -> str:
    return rng.choice(AZ_KO[name])


def _pick_main(rng: random.Random) -> str:
    return rng.choices(_MAIN, weights=_MAIN_W)[0]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


# -- scene kinds: each returns (text, frame) -------------------------------------------------------
def _knowledge(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """A source (and maybe a place) from the knowledge base, in an everyday frame; direction stated or not."""
    src, verb = _kb_source(rng, lang)
    place = _kb_place(rng, lang) if rng.random() < 0.35 else None
    f = Frame()
    where = None
    if rng.random() < 0.5:
        name = _pick_main(rng)
        f.az = AZ_DEG[name]
        where = _dir_en(rng, name, rng.choice(["at", "from"])) if lang == "en" else _dir_ko(rng, name) + rng.choice(["에서", "에서", "쪽에서", "에"])
    frame_words = rng.choice(_EN_FRAMES if lang == "en" else _KO_FRAMES) if rng.random() < 0.4 else None
    if lang == "en":
        parts = [src, verb] + ([where] if where else []) + ([place] if place else [])
        r = rng.random()
        if r < 0.3:
            text = " ".join(parts)
        elif r < 0.5:
            text = f"{rng.choice(['I hear', 'I can hear', 'You hear', 'There is', 'We hear'])} {src}" + \
                   (f" {where}" if where else "") + (f" {place}" if place else "")
        elif r < 0.65 and where:
            text = f"{_cap(where)}, {src} {verb}" + (f" {place}" if place else "")
        elif r < 0.8:
            text = f"the sound of {src.removeprefix('a ').removeprefix('the ')}" + (f" {where}" if where else "") + \
                   (f", {place}" if place else "")
        else:
            text = f"{src}" + (f", {where}" if where else "") + (f", {place}" if place else "") + f" — {verb}"
        if frame_words:
            text = f"{frame_words} {text[0].lower() + text[1:]}"
        return text, f
    ko = [place] if place else []
    r = rng.random()
    if r < 0.4:
        ko += ([where] if where else []) + [_iga(src), verb]
    elif r < 0.7:
        ko += [_iga(src)] + ([where] if where else []) + [verb]
    else:
        ko += ([where] if where else []) + [f"{src} 소리가", rng.choice(["들려", "나", "들려와", "난다", "들립니다"])]
    text = " ".join(ko)
    if frame_words:
        text = f"{frame_words} {text}"
    return text, f


def _unstated(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Hard negatives: no direction, but 'somewhere' or words like 'right now' / 'left the room'."""
    src, verb = _kb_source(rng, lang)
    if lang == "en":
        filler = rng.choice(_EN_NEG_FILLERS if rng.random() < 0.6 else _EN_SOMEWHERE)
        text = rng.choice([f"{src} {verb} {filler}", f"{_cap(filler)}, {src} {verb}", f"{src}, {filler}"])
    else:
        filler = rng.choice(_KO_NEG_FILLERS if rng.random() < 0.5 else _KO_SOMEWHERE)
        text = rng.choice([f"{filler} {_iga(src)} {verb}", f"{_iga(src)} {filler} {verb}", f"{filler} {src} 소리가 들려"])
    return text, Frame()


def _negation(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """'not A but B' and corrections: the label is B."""
    a = _pick_main(rng)
    b = rng.choice([n for n in _MAIN if abs(wrap(AZ_DEG[n] - AZ_DEG[a])) >= 45])
    src, verb = _kb_source(rng, lang)
    if lang == "en":
        A, B = _dir_en(rng, a), _dir_en(rng, b)
        text = rng.choice([
            f"{src} {verb}, not {A} but {B}", f"{src} is not {A} but {B}", f"{src} {verb} {B}, not {A}",
            f"not {A}, {B}: {src}", f"{src} {verb} {A} -- no, sorry, {B}", f"{src} isn't {A}; it's {B}",
            f"{src} {verb} {A}, wait, actually {B}", f"it's not {A}, {src} {verb} {B}",
            f"{src} {verb} {B} rather than {A}", f"not {A} -- {B}. {src} {verb}",
        ])  # fmt: skip
    else:
        A, B = _dir_ko(rng, a), _dir_ko(rng, b)
        text = rng.choice([
            f"{_iga(src)} {A} 말고 {B}에서 {verb}", f"{A}{'이' if _jong(A) else '가'} 아니라 {B}에서 {_iga(src)} {verb}",
            f"{_iga(src)} {A}{'이' if _jong(A) else '가'} 아니고 {B}에서 {verb}", f"{A} 말고 {B}, {_iga(src)} {verb}",
            f"{_iga(src)} {A}에서... 아니, {B}에서 {verb}", f"{_eun(src)} {A} 쪽이 아니라 {B} 쪽에서 {verb}",
            f"{B}에서 {_iga(src)} {verb}, {A} 아님",
        ])  # fmt: skip
    return text, Frame(az=AZ_DEG[b])


_EN_INTENS = ["just to your {s}", "right to your {s}", "directly to your {s}", "just on your {s}", "right on your {s}",
              "directly {s} of you", "immediately to your {s}", "squarely on the {s}", "just {s} of you",
              "on the far {s}", "far {s}", "from the far {s}", "at the extreme {s}", "all the way to the {s}",
              "way over on the {s}", "hard {s}", "fully {s}", "completely to the {s}"]  # fmt: skip
_EN_HEDGES = ["slightly to the {s}", "a little to the {s}", "a bit to the {s}", "a touch to the {s}",
              "just a little to the {s}", "somewhat to the {s}", "slightly {s}", "a bit {s} of center",
              "a little {s} of the middle", "ever so slightly to the {s}"]  # fmt: skip
_KO_INTENS = ["바로 {s}", "딱 {s}", "정확히 {s}", "{s} 바로 옆", "{s} 끝", "맨 {s}", "완전히 {s}", "{s} 맨 끝", "{s} 정중앙",
              "바로 {s} 옆"]  # fmt: skip
_KO_HEDGES = ["살짝 {s}", "약간 {s}", "조금 {s}", "약간만 {s}", "아주 살짝 {s}", "정면에서 조금 {s}", "가운데서 살짝 {s}"]


def _degree(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Intensifiers ('just to your right' = 90) vs hedges ('slightly right' = 20); 'far right' vs 'far away'."""
    side = rng.choice(["left", "right"])
    sign = 1.0 if side == "left" else -1.0
    src, verb = _kb_source(rng, lang)
    hedge = rng.random() < 0.4
    f = Frame(az=sign * (SLIGHT_DEG if hedge else 90.0))
    far = not hedge and rng.random() < 0.25
    if far:
        f.dist = 10.0
    if lang == "en":
        w = rng.choice(_EN_HEDGES if hedge else _EN_INTENS).format(s=side)
        if far:
            w = rng.choice([f"far away on the {side}", f"far off to the {side}", f"in the distance on your {side}",
                            f"far away to your {side}"])  # fmt: skip
        text = rng.choice([f"{src} {verb} {w}", f"{_cap(w)}, {src} {verb}", f"I hear {src} {w}"])
    else:
        w = rng.choice(_KO_HEDGES if hedge else _KO_INTENS).format(s=rng.choice([_KO_SIDE[side], _KO_SIDE[side][:-1] + "편"]))
        if far:
            w = rng.choice([f"저 멀리 {_KO_SIDE[side]}", f"{_KO_SIDE[side]} 멀리", f"멀리 {_KO_SIDE[side]}"])
        text = rng.choice([f"{w}에서 {_iga(src)} {verb}", f"{_iga(src)} {w}에서 {verb}", f"{w}에 {_iga(src)} 있어"])
    return text, f


_EN_FB = {"front": ["front", "fore"], "back": ["back", "rear"]}
_KO_FB = {"front": ["앞", "앞쪽", "전방"], "back": ["뒤", "뒤쪽", "후방"]}
_KO_LR = {"left": ["왼쪽", "좌", "왼"], "right": ["오른쪽", "우", "오른"]}
_EN_UD = {"up": ("up", 40.0), "down": ("down", -40.0)}
_KO_UD = {"up": ("위", 40.0), "down": ("아래", -40.0)}


def _compound(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Hyphen and slash compounds: 'back-right', 'front/left', 'up-right', '뒤-오른쪽', '왼쪽/앞'."""
    side = rng.choice(["left", "right"])
    sep = rng.choice(["-", "/", " / ", "-", "/"])
    src, verb = _kb_source(rng, lang)
    if rng.random() < 0.75:
        fb = rng.choice(["front", "back"])
        f = Frame(az=AZ_DEG[f"{fb}_{side}"])
        if lang == "en":
            a, b = rng.choice(_EN_FB[fb]), side
            word = f"{a}{sep}{b}" if rng.random() < 0.6 else f"{b}{sep}{a}"
        else:
            a, b = rng.choice(_KO_FB[fb]), rng.choice(_KO_LR[side][:1]) if rng.random() < 0.7 else _KO_LR[side][0]
            word = f"{a}{sep}{b}" if rng.random() < 0.6 else f"{b}{sep}{a}"
            if rng.random() < 0.3:
                word += rng.choice([" 대각", " 대각선", " 방향"])
    else:
        ud = rng.choice(["up", "down"])
        f = Frame(az=_SIDES[side], el=_EN_UD[ud][1])
        if lang == "en":
            word = f"{ud}{sep}{side}" if rng.random() < 0.6 else f"{side}{sep}{ud}"
        else:
            u = _KO_UD[ud][0]
            word = f"{u}{sep}{_KO_LR[side][0]}" if rng.random() < 0.6 else f"{_KO_LR[side][0]}{sep}{u}"
    if lang == "en":
        text = rng.choice([f"{src} {verb} {rng.choice(['at ', 'at the ', '', 'from the ', 'on the '])}{word}",
                           f"put {src.removeprefix('the ')} {word}", f"{src}, {word}", f"{_cap(word)}: {src}"])  # fmt: skip
    else:
        text = rng.choice([f"{word}에서 {_iga(src)} {verb}", f"{_iga(src)} {word}에서 {verb}", f"{src} {word}에 배치해 줘",
                           f"{word} {src}"])  # fmt: skip
    return text, f


_EN_EL = [
    (85.0, ["directly overhead", "straight above you", "right above your head", "straight up", "directly above you",
            "right over your head", "dead overhead", "at the zenith"]),
    (70.0, ["overhead", "above your head", "over your head", "up above you"]),
    (60.0, ["high up", "high above", "up in the sky", "on the ceiling", "up by the ceiling"]),
    (45.0, ["above", "up above", "upstairs", "on the floor above"]),
    (20.0, ["slightly above", "a little above ear level", "a bit higher than your head", "just above ear level"]),
    (-20.0, ["slightly below", "a little below ear level", "a bit lower than your ears"]),
    (-45.0, ["below", "down low", "downstairs", "on the floor below", "low down"]),
    (-65.0, ["beneath you", "underneath you", "below you", "at your feet", "under your feet", "in the basement"]),
    (-85.0, ["directly below", "straight below you", "right beneath you", "directly beneath you", "straight down",
             "directly underneath you", "right under you"]),
]  # fmt: skip
_KO_EL = [
    (85.0, ["머리 바로 위", "바로 머리 위", "정수리 바로 위", "정확히 머리 위", "바로 위", "수직으로 위"]),
    (70.0, ["머리 위", "내 머리 위", "머리 위쪽"]),
    (60.0, ["높은 곳", "하늘 높이", "천장", "저 높이", "높이"]),
    (45.0, ["위", "위쪽", "위층", "윗집"]),
    (20.0, ["살짝 위", "약간 위", "조금 위쪽"]),
    (-20.0, ["살짝 아래", "약간 아래", "조금 아래쪽"]),
    (-45.0, ["아래", "아래쪽", "아래층", "낮은 곳"]),
    (-65.0, ["발밑", "내 아래", "발 아래", "지하실"]),
    (-85.0, ["바로 아래", "바로 밑", "정확히 아래", "발 바로 밑", "수직으로 아래", "바로 발밑"]),
]


def _elevation(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Heights by wording, optionally with a side."""
    el, words = rng.choice(_EN_EL if lang == "en" else _KO_EL)
    w = rng.choice(words)
    f = Frame(el=el)
    side = None
    if rng.random() < 0.3:
        side = _pick_main(rng)
        f.az = AZ_DEG[side]
    src, verb = _kb_source(rng, lang)
    if lang == "en":
        if side:
            w = rng.choice([f"{w}, {_dir_en(rng, side)}", f"{_dir_en(rng, side)} and {w}"])
        text = rng.choice([f"{src} {verb} {w}", f"{_cap(w)}, {src} {verb}", f"{src} from {w}", f"I hear {src} {w}"])
    else:
        if side:
            w = f"{_dir_ko(rng, side)} {w}"
        text = rng.choice([f"{w}에서 {_iga(src)} {verb}", f"{_iga(src)} {w}에서 {verb}", f"{w}에 {_iga(src)} 있어"])
    return text, f


_EN_STATIC = ["sits", "stands", "hangs", "is parked", "rests", "lies", "is mounted", "stays put", "sits still",
              "is fixed", "is set up", "stays where it is", "is plugged in", "is propped up"]  # fmt: skip
_EN_STATIC_TAIL = ["playing softly", "humming", "ticking", "buzzing quietly", "running", "idling", "crackling", "", ""]
_KO_STATIC = ["놓여 있어", "걸려 있어", "세워져 있어", "가만히 있어", "틀어져 있어", "주차되어 있어", "켜져 있어", "그대로 있어",
              "꽂혀 있어", "매달려 있어"]  # fmt: skip
_KO_STATIC_TAIL = ["작게 들려", "조용히 울려", "웅웅거려", "똑딱거려", "지직거려", "들려"]


def _static(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Static verbs: the source stays where it is (motion 'static'), whatever else it does."""
    src, _ = _kb_source(rng, lang)
    f = Frame(motion="static")
    name = _pick_main(rng) if rng.random() < 0.8 else None
    if name:
        f.az = AZ_DEG[name]
    if lang == "en":
        where = _dir_en(rng, name) if name else rng.choice(["on the shelf", "on the table", "by the window", "in the corner"])
        tail = rng.choice(_EN_STATIC_TAIL)
        text = f"{src} {rng.choice(_EN_STATIC)} {where}" + (f", {tail}" if tail else "")
    else:
        where = _dir_ko(rng, name) + "에" if name else rng.choice(["선반 위에", "책상 위에", "창가에", "구석에"])
        text = rng.choice([f"{_iga(src)} {where} {rng.choice(_KO_STATIC)}", f"{where} {rng.choice(_KO_STATIC)} {_iga(src)} {rng.choice(_KO_STATIC_TAIL)}",
                           f"{where} {_iga(src)} {rng.choice(_KO_STATIC)}, {rng.choice(_KO_STATIC_TAIL)}"])  # fmt: skip
    return text, f


def _two_apart(rng: random.Random, min_sep: float = 45.0) -> tuple[str, str]:
    a = _pick_main(rng)
    b = rng.choice([n for n in _MAIN if abs(wrap(AZ_DEG[n] - AZ_DEG[a])) >= min_sep])
    return a, b


def _turn(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Partial orbits that end somewhere: 'circles from behind around to your right', '뒤에서 오른쪽으로 돌아가'."""
    a, b = _two_apart(rng)
    src, _ = _kb_source(rng, lang)
    said_start = rng.random() < 0.75
    f = Frame(motion="orbit", az=AZ_DEG[a] if said_start else None, end_az=AZ_DEG[b])
    speed = rng.choice([0, 0, -1, 1])
    f.speed = speed
    if lang == "en":
        sp = {0: "", -1: " slowly", 1: " quickly"}[speed]
        A, B = _dir_en(rng, a, "from"), _dir_en(rng, b, "to")
        if said_start:
            text = rng.choice([f"{src}{sp} circles {A} around {B}", f"{src}{sp} swings around {A} {B}",
                               f"{src}{sp} goes around you {A} and stops {_dir_en(rng, b)}",
                               f"{src}{sp} curves {A} around {B}", f"{src} moves around{sp} {A} {B}"])  # fmt: skip
        else:
            text = rng.choice([f"{src}{sp} goes around {B}", f"{src}{sp} circles around {B}", f"{src}{sp} swings round {B}",
                               f"{src}{sp} moves around you and ends up {_dir_en(rng, b)}"])  # fmt: skip
    else:
        sp = {0: "", -1: "천천히 ", 1: "빠르게 "}[speed]
        A, B = _dir_ko(rng, a), _dir_ko(rng, b)
        verb = rng.choice(["돌아가", "돌아와", "빙 돌아가", "돌아서 가", "원을 그리며 돌아가", "휘돌아 가"])
        if said_start:
            text = rng.choice([f"{_iga(src)} {A}에서 {_ro(B)} {sp}{verb}", f"{A}에서 {_ro(B)} {sp}{verb}",
                               f"{_iga(src)} {A}에서 {B}까지 {sp}빙 돌아", f"{_iga(src)} {A}에서 시작해 {_ro(B)} {sp}{verb}"])  # fmt: skip
        else:
            text = rng.choice([f"{_iga(src)} {_ro(B)} {sp}{verb}", f"{_iga(src)} 내 주위를 돌아 {B}에서 멈춰"])
    return text, f


def _moving_side(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Passes that combine a side with front/back: 'from front-left to back-left', 'from my right to my left behind me'."""
    src, _ = _kb_source(rng, lang)
    f = Frame(motion="pass")
    if rng.random() < 0.5:
        side = rng.choice(["left", "right"])
        fwd = rng.random() < 0.5
        a, b = (f"front_{side}", f"back_{side}") if fwd else (f"back_{side}", f"front_{side}")
        f.az, f.end_az = AZ_DEG[a], AZ_DEG[b]
        if lang == "en":
            text = rng.choice([f"{src} moves {_dir_en(rng, a, 'from')} {_dir_en(rng, b, 'to')}",
                               f"{src} passes {_dir_en(rng, a, 'from')} {_dir_en(rng, b, 'to')}",
                               f"{src} goes past on your {side}, {'front to back' if fwd else 'back to front'}"])  # fmt: skip
        else:
            text = rng.choice([f"{_iga(src)} {_dir_ko(rng, a)}에서 {_ro(_dir_ko(rng, b))} 지나가",
                               f"{_iga(src)} {_KO_SIDE[side]}에서 {'앞에서 뒤로' if fwd else '뒤에서 앞으로'} 지나가"])  # fmt: skip
    else:
        a = rng.choice(["left", "right"])
        b = "right" if a == "left" else "left"
        behind = rng.random() < 0.5
        f.az, f.end_az = AZ_DEG[a], AZ_DEG[b]
        f.via_back = behind
        verb = rng.choice(["rolls", "runs", "bounces", "walks", "moves", "drives", "flies"])
        if lang == "en":
            fb = rng.choice(["behind me", "behind you", "at my back"] if behind else ["in front of me", "in front of you", "ahead of me"])
            text = rng.choice([f"{src} {verb} from my {a} to my {b} {fb}", f"{_cap(fb)}, {src} {verb} from the {a} to the {b}",
                               f"{src} {verb} {fb} from {a} to {b}"])  # fmt: skip
        else:
            fb = rng.choice(["내 뒤에서", "등 뒤로", "뒤쪽으로"] if behind else ["내 앞에서", "눈앞으로", "앞쪽으로"])
            text = rng.choice([f"{_iga(src)} {fb} {_KO_SIDE[a]}에서 {_ro(_KO_SIDE[b])} 지나가",
                               f"{_iga(src)} {_KO_SIDE[a]}에서 {_ro(_KO_SIDE[b])} {fb} 굴러가"])  # fmt: skip
    finish_motion(f)
    return text, f


def _clauses(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Several clauses: the moving source starts at A and ends at B (where the motion ends), a second source elsewhere."""
    a, b = _two_apart(rng)
    c = _pick_main(rng)
    src, _ = _kb_source(rng, lang)
    src2, verb2 = _kb_source(rng, lang)
    f = Frame(motion="pass", az=AZ_DEG[a], end_az=AZ_DEG[b])
    if lang == "en":
        A, B, C = _dir_en(rng, a), _dir_en(rng, b), _dir_en(rng, c)
        text = rng.choice([
            f"{src} starts {A}, then moves {_dir_en(rng, b, 'to')}",
            f"{src} is {A} at first; later it goes over {_dir_en(rng, b, 'to')}",
            f"{src} starts {A}, goes past me and stops {B}",
            f"while {src2} {verb2} {C}, {src} comes {_dir_en(rng, a, 'from')} and ends up {B}",
            f"{src} comes {_dir_en(rng, a, 'from')} and stops {B}, while {src2} {verb2} {C}",
            f"first {src} is {A}, then it drifts {_dir_en(rng, b, 'to')} and stays there",
            f"{src} begins {A} and finishes {B}; meanwhile {src2} {verb2} {C}",
            f"{src} moves {_dir_en(rng, a, 'from')} {_dir_en(rng, b, 'to')}, then {src2} {verb2} {C}",
        ])  # fmt: skip
    else:
        A, B, C = _dir_ko(rng, a), _dir_ko(rng, b), _dir_ko(rng, c)
        text = rng.choice([
            f"{_iga(src)} {A}에서 시작해서 {_ro(B)} 이동해", f"처음엔 {_iga(src)} {A}에 있다가 나중에 {_ro(B)} 가",
            f"{src2} 소리가 {C}에서 들리는 동안 {_iga(src)} {A}에서 와서 {B}에서 멈춰",
            f"{_iga(src)} {A}에서 출발해 내 앞을 지나 {B}에 멈춰", f"{_iga(src)} {A}에서 {_ro(B)} 가고, {_iga(src2)} {C}에서 {verb2}",
            f"{_iga(src2)} {C}에서 {verb2}. {_eun(src)} {A}에서 {B}까지 움직여",
        ])  # fmt: skip
    return text, f


_MAX_DIST = RANGES["distance_m"][1]
_MIN_DIST = RANGES["distance_m"][0]


def _numbers(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Explicit zero and out-of-range numbers: wrapped (azimuth) or clamped (elevation, distance, wet)."""
    src, verb = _kb_source(rng, lang)
    kind = rng.choice(["zero_az", "wrap_az", "el_over", "dist_far", "dist_zero", "wet_over", "wet_zero", "gain_zero",
                       "side_deg", "side_deg"])  # fmt: skip
    f = Frame()
    en = lang == "en"
    if kind == "zero_az":
        f.az = 0.0
        w = rng.choice(["at 0 degrees", "0 degrees off center", "at an azimuth of 0", "0° azimuth"]) if en else \
            rng.choice(["0도 방향", "방위각 0도", "0도"])
    elif kind in ("wrap_az", "side_deg"):
        side = rng.choice(["left", "right"])
        n = rng.randint(361, 420) if kind == "wrap_az" else rng.randint(1, 179)
        f.az = wrap((n % 360) * (1 if side == "left" else -1))
        w = rng.choice([f"{n} degrees to the {side}", f"{n}° {side}", f"{side} {n} degrees"]) if en else \
            rng.choice([f"{_KO_SIDE[side]}으로 {n}도", f"{_KO_SIDE[side]} {n}도", f"{n}도 {_KO_SIDE[side]}"])
    elif kind == "el_over":
        up = rng.random() < 0.7
        n = rng.randint(91, 150)
        f.el = 90.0 if up else -90.0
        w = rng.choice([f"{n} degrees {'up' if up else 'down'}", f"{n} degrees {'above' if up else 'below'}"]) if en else \
            f"{'위' if up else '아래'}로 {n}도"
    elif kind in ("dist_far", "dist_zero"):
        n = rng.choice([1500, 2000, 5000, 10000]) if kind == "dist_far" else 0
        f.dist = _MAX_DIST if kind == "dist_far" else _MIN_DIST
        w = rng.choice([f"{n} m away", f"{n} meters away", f"at {n} metres"]) if en else \
            rng.choice([f"{n}미터 떨어진 곳", f"{n}m 거리", f"{n}미터 거리"])
    elif kind in ("wet_over", "wet_zero"):
        n = rng.choice([120, 150, 200]) if kind == "wet_over" else 0
        f.wet = 1.0 if n else 0.0
        w = rng.choice([f"with {n}% reverb", f"{n}% wet", f"reverb at {n}%"]) if en else \
            rng.choice([f"리버브 {n}%로", f"잔향 {n}%로", f"리버브를 {n}% 걸어서"])
    else:
        f.gain = 0.0
        w = rng.choice(["at 0 dB", "gain 0 dB", "at zero dB"]) if en else rng.choice(["0dB로", "게인 0 dB로", "0 데시벨로"])
    if en:
        text = rng.choice([f"{src} {verb} {w}", f"{_cap(w)}, {src} {verb}", f"put {src.removeprefix('the ')} {w}"])
    else:
        text = rng.choice([f"{w}에서 {_iga(src)} {verb}", f"{_iga(src)} {w} {verb}", f"{src} {w} 배치해 줘"])
    return text, f


_EN_BODY = [(90.0, ["by my left ear", "next to my left ear", "at my left elbow", "beside my left hand"]),
            (-90.0, ["by my right ear", "next to my right ear", "at my right elbow", "beside my right hand"]),
            (180.0, ["right behind my head", "at the back of my neck", "behind my back", "just behind my chair"]),
            (0.0, ["in front of my face", "on the desk in front of me", "on stage in front of me"]),
            (135.0, ["over my left shoulder", "behind my left shoulder"]),
            (-135.0, ["over my right shoulder", "behind my right shoulder"])]  # fmt: skip
_KO_BODY = [(90.0, ["왼쪽 귀 옆", "왼쪽 귓가", "왼손 옆", "왼쪽 팔꿈치 옆"]), (-90.0, ["오른쪽 귀 옆", "오른쪽 귓가", "오른손 옆", "오른쪽 팔꿈치 옆"]),
            (180.0, ["머리 바로 뒤", "목덜미 뒤", "등 바로 뒤", "의자 바로 뒤"]), (0.0, ["얼굴 바로 앞", "눈앞 책상 위", "앞 무대"]),
            (135.0, ["왼쪽 어깨 너머", "왼쪽 어깨 뒤"]), (-135.0, ["오른쪽 어깨 너머", "오른쪽 어깨 뒤"])]  # fmt: skip
_EN_TAILS = ["and it just stays there", "and it's driving me crazy", "while the rain keeps falling outside",
             "and the sound bounces everywhere", "and nobody else seems to notice", "and I can't concentrate",
             "and then it stops", "over and over again", "while everyone else is asleep", "and the room goes quiet"]  # fmt: skip
_KO_TAILS = ["그대로 계속 들려", "신경이 쓰여", "밖에서는 비가 계속 내리고", "소리가 사방에 울려", "아무도 눈치채지 못해", "집중이 안 돼",
             "그러다 멈춰", "계속 반복돼", "다들 자고 있는데", "방이 조용해져"]  # fmt: skip


def _long(rng: random.Random, lang: str) -> tuple[str, Frame]:
    """Long everyday sentences: a framing, one placed source (by name or by a body part), a trailing clause."""
    src, verb = _kb_source(rng, lang)
    if rng.random() < 0.35:
        az, words = rng.choice(_EN_BODY if lang == "en" else _KO_BODY)
        where = rng.choice(words)
    else:
        name = _pick_main(rng)
        az = AZ_DEG[name]
        where = _dir_en(rng, name) if lang == "en" else _dir_ko(rng, name)
    if lang == "en":
        lead, tail = rng.choice(_EN_FRAMES), rng.choice(_EN_TAILS)
        text = rng.choice([f"{lead} {src} {verb} {where}, {tail}", f"{lead} I hear {src} {where}, {tail}"])
    else:
        lead, tail = rng.choice(_KO_FRAMES), rng.choice(_KO_TAILS)
        text = rng.choice([f"{lead} {where}에서 {_iga(src)} {verb}. {tail}", f"{lead} {_iga(src)} {where}에서 {verb}, {tail}",
                           f"{lead} {where}에서 {src} 소리가 들리는데 {tail}"])  # fmt: skip
    return text, Frame(az=az)


KINDS: dict[str, tuple[float, Callable[[random.Random, str], tuple[str, Frame]]]] = {
    "knowledge": (3.0, _knowledge),
    "unstated": (1.2, _unstated),
    "negation": (1.0, _negation),
    "degree": (1.0, _degree),
    "compound": (0.8, _compound),
    "elevation": (1.0, _elevation),
    "static": (0.7, _static),
    "turn": (0.8, _turn),
    "moving": (0.8, _moving_side),
    "clauses": (1.0, _clauses),
    "numeric": (0.8, _numbers),
    "long": (1.5, _long),
}
"""Kinds of everyday sentence with their relative weights (the order is part of the corpus definition)."""


def generate_everyday(rng: random.Random, lang: str) -> tuple[str, Frame, str]:
    """One everyday sentence in ``lang``: ``(text, frame, style)``; the knowledge prior is applied by the caller."""
    kind = rng.choices(list(KINDS), weights=[w for w, _ in KINDS.values()])[0]
    text, frame = KINDS[kind][1](rng, lang)
    text = " ".join(text.split())
    if lang == "en" and rng.random() < 0.7:
        text = _cap(text)
    if rng.random() < 0.6:
        text += rng.choice([".", ".", "!", "...", ""] if lang == "en" else [".", ".", "!", "~", ""])
    return text, frame, kind
