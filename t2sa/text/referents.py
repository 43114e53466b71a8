"""A sound named again at the end of a long message: which earlier sentence it points back to.

People who describe a scene in several sentences often place each sound as they go and only say at the end which
one they mean, without its place: "... At 06:12 a bittern started booming off to the right, quite far out. Got four
minutes of it. The booming is the take I'm keeping.", "... 근데 모기가 오른쪽 귀에 대고 앵앵거림. ... 그 앵앵 소리
때문에 미치겠음". The sentence that names the same sound earlier holds its place, distance and motion; the places of
the other sentences are the other sounds'. The cue reader (:func:`t2sa.text.cues.find_spans`) keeps only what that
sentence says (and the sentences that go on about it with "it", "they", "he"). Words are matched by a light stem
("booming" ~ "booming", "coughing" ~ "cough", "hums" ~ "humming", "popped" ~ "pop"); Korean words by their stem
before a particle.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+|$)")
_EN_NAMED = re.compile(r"(?<![a-z'])(?:the|that|this|those|these)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?")
"""A sound named with a determiner ("that ice machine", "the booming"): its first two words."""
_EN_WORD = re.compile(r"[a-z][a-z'-]*")
_EN_SKIP = frozenset(
    "sound sounds noise noises one ones thing things bit part take takes clip clips video videos recording recordings "
    "record album channel game bug point reason problem issue issues way time times day days night nights morning "
    "evening afternoon minute minutes hour hours second seconds end whole same other last first next only best worst "
    "main real kind sort type case eye ear ears people guy guys lot rest place spot side room house home thing's "
    "i i'm i've it it's its is was are were be been what which who where when why how and or but of in on at to for "
    "with from by as one's cue shot scene sample track file mix edit story question text message note log".split()
)
"""Words that name no sound of the scene (or name the sound in general): never a link back."""
_EN_CONTINUE = re.compile(r"\s*(?:(?:then|and|but|so)\s+)?(?:it|it's|its|they|they're|he|she|he's|she's)(?![a-z])")
"""A sentence that goes on about the sound of the one before ("It's coming from the cupboard behind me")."""
_KO_NAMED = re.compile(r"(?<![가-힣])그\s+([가-힣]+)(?:\s+([가-힣]+))?|([가-힣]+)\s*(?=소리|소린|음(?![가-힣]))")
"""A Korean sound named with 그 ("그 앵앵 소리", "그 배 소리") or before 소리 ("유리 소리", "긁는 소리")."""
_KO_WORD = re.compile(r"[가-힣]+")
_KO_PARTICLE = re.compile(r"(?:이랑|랑|이|가|은|는|을|를|도|만|에|의|에서|소리|소리가|소리는|소리를|소리에|소린|때문에|거리는|거림|대는)$")
_KO_SKIP = frozenset("소리 소린 그거 그게 그건 거 것 이거 저거 때문에 진짜 너무 계속 제일 좀 또 다 아직도 이상한 무슨 어떤 그냥".split())
_KO_AFTER_STEM = frozenset("이가은는을를도만에의랑와과로으하거대소까께처보부한했해였")
"""How a Korean word may go on after the stem it names (a particle, 하다/거리다/대다, 소리): "천둥이", "통화하는데",
"앵앵거림"; not another noun ("기차" is not "기차역", "개" not "개울"). A doubled stem counts too ("펑" in "펑펑")."""
_EN_BEFORE = re.compile(r"(?<![a-z'])(?:they|he|she|their|his|her)(?![a-z'])")
"""A pronoun in the sentence that names the sound ("Every night at 1 they start dragging ...", "Their bass comes up
..."): the sentence before says who they are, and where ("It's the people upstairs.")."""
_MIN_STEM = 3
_EN_CLAUSE = re.compile(
    r"(?:[,;:]\s+|\s(?:and|while|but|whereas)\s+)(?=(?:the|a|an|my|our|his|her|their|someone|somebody|something|some)\s)"
)
"""Where a sentence turns to another sound ("There's a whining noise just to the right of the TV, the dog is snoring
to my left and ..."); "..., then jumps round to behind ..." goes on about the same one."""


_OF_A_THING = re.compile(r"(?<![a-z])(?:right|left)\s+of\s+(?:the|a|an|my|our|his|her|their)\s")
"""A place beside a thing ("just to the right of the TV"): where that thing is may be said in another sentence."""


def _clause(text: str, a: int, b: int, at: int) -> tuple[int, int]:
    """The clause of the sentence ``text[a:b]`` that holds position ``at`` (see :data:`_EN_CLAUSE`)."""
    lo, hi = a, b
    for m in _EN_CLAUSE.finditer(text, a, b):
        if m.end() <= at:
            lo = m.end()
        elif m.start() > at:
            hi = m.start()
            break
    return lo, hi


class NamedAgain(NamedTuple):
    """Spans of the normalised text: the sentences about the sound (``start``, ``end``), the clause of those sentences
    that names it and of the sentence before that says who "he" or "they" is (``places``: English only, else the
    sentences) and where the closing sentence that names it again begins (``closing``)."""

    start: int
    end: int
    places: tuple[tuple[int, int], ...]
    closing: int


def _stem_en(word: str) -> str:
    """A light English stem: "booming" -> "boom", "coughs" -> "cough", "humming" -> "hum", "whine" -> "whin"."""
    w = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM and not (suffix == "s" and w.endswith("ss")):
            if suffix == "es" and w[-3] not in "sxzh":
                continue
            w = w[: -len(suffix)]
            break
    if len(w) > _MIN_STEM and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]  # "humm(ing)" -> "hum", "popp(ed)" -> "pop", "bell(s)" -> "bel" (both sides alike)
    if len(w) > _MIN_STEM and w.endswith("e"):
        w = w[:-1]
    return w


def _stem_ko(word: str) -> str:
    """A Korean word before its particle ("천둥이" -> "천둥", "앵앵거림" -> "앵앵")."""
    stem = _KO_PARTICLE.sub("", word)
    return stem or word


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _named_words(sentence: str, korean: bool) -> set[str]:
    out: set[str] = set()
    if korean:
        for m in _KO_NAMED.finditer(sentence):
            for w in m.groups():
                if w and w not in _KO_SKIP:
                    stem = _stem_ko(w)
                    if stem not in _KO_SKIP:
                        out.add(stem)
        return out
    for m in _EN_NAMED.finditer(sentence):
        for w in m.groups():
            if w and w not in _EN_SKIP and len(w) >= _MIN_STEM:
                out.add(_stem_en(w))
    return out


def _mention(sentence: str, stems: set[str], korean: bool) -> int | None:
    """Where ``sentence`` first names one of ``stems`` (None where it does not)."""
    if korean:
        for m in _KO_WORD.finditer(sentence):
            word = m.group()
            for s in stems:
                rest = word[len(s):]
                if word.startswith(s) and (not rest or rest[0] in _KO_AFTER_STEM or rest.startswith(s)):
                    return m.start()
                if len(word) > len(s) and _stem_ko(word).endswith(s):
                    return m.start()  # the head of a compound: "그 배 소리" names the "통통배"
        return None
    return next((m.start() for m in _EN_WORD.finditer(sentence) if _stem_en(m.group()) in stems), None)


_SET_ASIDE = re.compile(r"\s*(?:ignore|never\s+mind|forget\s+(?:about\s+)?|don'?t\s+worry\s+about)(?![a-z])")
"""A closing sentence that sets a sound aside ("Ignore the gunfire on the left"): it does not name the subject again."""


@lru_cache(maxsize=512)
def named_again(text: str) -> NamedAgain | None:
    """Where the normalised ``text`` speaks of the sound a closing sentence names again without a place ("The booming
    is the take I'm keeping."), or None. Only where exactly one earlier sentence names
    it; a closing sentence with no such word lets the one before it speak ("The pinging. All night.")."""
    spans = _sentences(text)
    if len(spans) < 3:
        return None
    korean = bool(re.search(r"[가-힣]", text))
    for back in (1, 2):
        if len(spans) - back < 2:
            return None
        lo, hi = spans[-back]
        if not korean and _SET_ASIDE.match(text, lo):
            continue  # "Ignore the gunfire on the left, that's the other team.": the sound set aside is not named again (round 52)
        stems = _named_words(text[lo:hi], korean)
        if not stems:
            continue
        hits = [(i, at) for i, (a, b) in enumerate(spans[: -back]) if (at := _mention(text[a:b], stems, korean)) is not None]
        if len(hits) != 1:
            return None
        (first, at), = hits
        last = first
        if not korean:
            a = spans[first][0]
            if first > 0 and (_EN_CONTINUE.match(text, a) or _EN_BEFORE.search(text, a, a + at)):
                first -= 1  # "Rex was scratching ... Then he trotted round to the front ...": he is the sound
            while last + 1 < len(spans) - back and _EN_CONTINUE.match(text, spans[last + 1][0]):
                last += 1  # "... nope. It's coming from the cupboard behind me on the right."
        if korean:
            return NamedAgain(spans[first][0], spans[last][1], ((spans[first][0], spans[last][1]),), lo)
        a, b = spans[hits[0][0]]
        if _OF_A_THING.search(text, a, b):
            return None  # "just to the right of the TV": a place beside a thing placed elsewhere
        places = [_clause(text, a, b, a + at)]
        if first < hits[0][0]:  # the sentence that says who "he" is: its first clause
            places.append(_clause(text, *spans[first], spans[first][0]))
        for i in range(hits[0][0] + 1, last + 1):  # "It isn't, the clock is on the left ...": its first clause
            places.append(_clause(text, *spans[i], spans[i][0]))
        return NamedAgain(spans[first][0], spans[last][1], tuple(places), lo)
    return None
