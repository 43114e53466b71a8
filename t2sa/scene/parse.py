"""Scenes from text: split a sentence into its sources and their relative timing, then one params each.

"a dog barks on the left while a car passes from right to left" is two sources; today's text model would
merge them into one. :func:`split_scene_text` cuts a text at connectives, but **only where a new subject
follows**, so a single-source text ("moves left and right", "짖으면서 다가와") stays one clause and behaves
exactly as today:

* at the same time: ``while``, ``whilst``, ``as``, ``and``, ``meanwhile``, ``at the same time``, list commas;
  ``동시에``, ``-는 동안``, ``한편``, ``그리고``, ``-고``, ``-면서``, commas;
* afterwards: ``then``, ``afterwards``, ``after that``, ``later`` (the next group starts when the previous one
  ends); ``after N seconds``, ``N seconds later``, ``after a few seconds`` (= 3 s; "a couple" 2, "several" 5)
  count from the previous group's **start**; ``그 다음``, ``그 후``, ``이어서``, ``잠시 후`` (1 s), ``N초 후``.

A new subject is an English determiner or pronoun-like word (``a``, ``the``, ``another``, ``someone``,
numbers, "I hear a ...", ...; not ``it``, not "the sound/noise/volume"), or a sound source the knowledge base
(:mod:`t2sa.text.knowledge`) names, bare, followed by its verb ("rain falls", "footsteps approach"; not a
verb of the source before: "... and honks", "... while honking"); in Korean, a word carrying the subject
particle 이/가/도 (or 은/는 before a place word) within the clause itself (not a later one), other than the
clause's verb or a place ("뒤가 아니야"), or a known source ending a verbless list item ("왼쪽에 개, 오른쪽에
고양이"). A weak connective ("and", a comma, -고) also needs a place word on both sides, or two different known
sources as the subjects ("the rain gets heavier and the thunder rolls"). A sentence opening with a connective
starts a new source only if a new subject follows ("Then a car passes." yes, "Later it runs left." no). A
text with one source comes back as one clause holding the text exactly as given.

Each clause gets its own params through :func:`t2sa.resolve.resolve_params` (given its sound's length, so
"over 3 seconds" lands right); the room (RT60, DRR, wet) is read from the whole text, since "in a big hall"
describes the one room every source shares.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from t2sa.errors import FieldError
from t2sa.params import SpatialParams
from t2sa.scene.model import Event, Room, Scene

FEW_S = 3.0
MOMENT_S = 1.0

_NUM_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "a few": FEW_S, "few": FEW_S, "a couple of": 2, "a couple": 2,
              "several": 5, "half a": 0.5, "half an": 0.5}
_KO_NUM = {"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10, "몇": FEW_S}
_EN_AMOUNT = (r"(?:\d+(?:\.\d+)?|a\s+few|a\s+couple(?:\s+of)?|several|one|two|three|four|five|six|seven|eight|nine|"
              r"ten|half\s+an?|an?)")
_EN_DELAY = (  # a stated delay, counted from the previous group's start
    rf"after\s+(?P<n1>{_EN_AMOUNT})\s+(?:more\s+)?sec(?:ond)?s?"
    rf"|(?P<n2>{_EN_AMOUNT})\s+sec(?:ond)?s?\s+(?:later(?:\s+on)?|after\s+that|afterwards)"
)
_EN_MOMENT = r"after\s+a\s+(?:moment|while|bit)|(?:a\s+(?:few\s+)?)?moments?\s+later"
_EN_SEQ = rf"{_EN_DELAY}|{_EN_MOMENT}|then|afterwards|after\s+that|later(?:\s+on)?|next"
_EN_SIM = r"while|whilst|as|and|meanwhile|at\s+the\s+same\s+time|simultaneously"
_EN_CUT = re.compile(
    rf"(?P<comma>,\s*)?\b(?P<words>(?:(?:and|but)\s+)?(?:(?:{_EN_SEQ}|{_EN_SIM})\b[\s,]*)+)|(?P<bare>,\s*)",
    re.IGNORECASE,
)
_EN_SUBJECT = re.compile(
    r"^(?:suddenly[\s,]+|also\s+|there\s+(?:is|are|comes?)\s+|there'?s\s+|(?:i|you|we)\s+(?:can\s+)?hear\s+)?"
    r"(?:an?|the|another|some|someone|somebody|something|my|your|his|her|their|our|this|that|these|those|"
    r"two|three|four|five|several|many|people|children|kids|birds|dogs|cars)\b(?P<rest>\s+\w+)?",
    re.IGNORECASE,
)
_NOT_NEW = re.compile(r"^\s+(?:sound|sounds|noise|volume|voice|echo|level|reverb|same|room|hall|other|bit|little|few|"
                     r"couple|lot|while|moment|second|seconds)\b",
                      re.IGNORECASE)

_KO_NUMBER = r"(?:\d+(?:\.\d+)?|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)"
_KO_SEQ = (
    rf"(?P<k1>{_KO_NUMBER})\s*초\s*(?:후|뒤|있다가)(?:에)?|그\s*다음(?:에)?|그\s*후(?:에)?|그\s*뒤(?:에)?"
    r"|그러고\s*나서|그리고\s*나서|이어서|잠시\s*(?:후|뒤)(?:에)?|조금\s*(?:후|뒤|있다가)(?:에)?|다음에"
)
_KO_SEQ_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _KO_SEQ)
_EN_SEQ_PLAIN = re.sub(r"\(\?P<\w+>", "(?:", _EN_SEQ)
_KO_SIM = r"동시에|한편|그리고|그와\s*동시에|그\s*사이(?:에)?"
_KO_FINAL_N = "".join(chr(0xAC00 + 28 * k + 4) for k in range(19 * 21))  # syllables ending in ㄴ: 은, 간, 는 ...
_KO_CUT = re.compile(
    rf"(?P<adn>(?<=[는은])\s+(?:동안|사이)(?:에)?)[\s,]*(?:(?:{_KO_SEQ_PLAIN}|{_KO_SIM})[\s,]*)*"
    rf"|(?P<after>(?<=[{_KO_FINAL_N}])\s+(?:다음|후|뒤)(?:에)?(?=[\s,]))[\s,]*"
    rf"|(?P<words>(?:[\s,]+(?:{_KO_SEQ_PLAIN}|{_KO_SIM})(?=[\s,]))+)[\s,]*"
    rf"|(?P<conn>(?<=[고서])(?<!하고)(?<![에와과리기]서)[\s,]+)(?:나서[\s,]+)?(?:(?:{_KO_SEQ_PLAIN}|{_KO_SIM})[\s,]*)*"
    rf"|(?P<bare>,\s*)"
)
_KO_NOT_SUBJECT = ("다가", "가까이", "높이", "깊이", "같이", "많이", "길이", "멀리", "옆이", "뒤가", "앞이", "위가",
                   "아래가", "쪽이", "뒤도", "앞도", "위도", "아래도")
_KO_SAME = ("소리", "음", "볼륨", "음량", "울림", "메아리", "잔향")
_KO_PLACE = re.compile(r"(?:에서|에게|에|쪽|으로|로|위|아래|앞|뒤|옆)$")
_HANGUL = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class SceneClause:
    """One source of a text: its words and when it starts.

    Clauses of one ``group`` start together. A group after the first starts ``delay_s`` after the
    ``anchor`` (``"start"`` or ``"end"``) of the previous group; the first starts at 0.
    """

    text: str
    group: int
    anchor: str = "start"
    delay_s: float = 0.0


def _en_amount(word: str | None) -> float:
    if not word:
        return MOMENT_S
    word = re.sub(r"\s+", " ", word.lower()).strip()
    try:
        return float(word)
    except ValueError:
        return float(_NUM_WORDS.get(word, FEW_S))


def _ko_amount(word: str | None) -> float:
    if not word:
        return MOMENT_S
    try:
        return float(word)
    except ValueError:
        return float(_KO_NUM.get(word, FEW_S))


def _timing_en(words: str) -> tuple[bool, str, float]:
    """(is sequential, anchor, delay) of an English connective phrase (a stated delay wins over "then")."""
    m = re.search(_EN_DELAY, words, re.IGNORECASE)
    if m:
        return True, "start", _en_amount(m.group("n1") or m.group("n2"))
    if re.search(_EN_MOMENT, words, re.IGNORECASE):
        return True, "end", MOMENT_S
    if re.search(_EN_SEQ_PLAIN, words, re.IGNORECASE):
        return True, "end", 0.0
    return False, "start", 0.0


def _timing_ko(words: str) -> tuple[bool, str, float]:
    m = re.search(rf"(?P<k1>{_KO_NUMBER})\s*초\s*(?:후|뒤|있다가)", words)
    if m:
        return True, "start", _ko_amount(m.group("k1"))
    if re.search(r"잠시|조금", words):
        return True, "end", MOMENT_S
    if re.search(_KO_SEQ_PLAIN, words) or re.match(r"^[\s,]*(?:다음|후|뒤|나서)", words):
        return True, "end", 0.0  # ... 짖은 다음 / 지나간 뒤 / 짖고 나서: when it ends
    return False, "start", 0.0


def _strip_lead(piece: str, korean: bool) -> str:
    """A clause without the connectives it starts with ("While a dog barks" -> "a dog barks")."""
    words = (_KO_SEQ_PLAIN + "|" + _KO_SIM) if korean else (_EN_SEQ_PLAIN + "|" + _EN_SIM + "|but")
    lead = re.compile(rf"^(?:(?:{words})(?:\b|(?=\s))[\s,]*)+", re.IGNORECASE)
    stripped = lead.sub("", piece).strip(" ,")
    return stripped or piece


def _en_new_subject(rest: str, known: frozenset[str] = frozenset()) -> bool:
    """Does ``rest`` start with a subject: a determiner-led noun, or a sound source named bare ("rain falls",
    "footsteps approach") that is not one of the ``known`` sources of the clause before ("... and barks")."""
    rest = rest.lstrip(" ,")
    m = _EN_SUBJECT.match(rest)
    if m:
        if re.match(r"^(?:the|this|that)\s", rest, re.IGNORECASE) and known and _subject_source(rest, False) in known:
            return False  # "A dog barks. The dog then runs": the same dog
        return not (m.group("rest") and _NOT_NEW.match(m.group("rest")))
    return _en_bare_source(rest, known)


_EN_MID_THEN = re.compile(r"^(?:[\w']+\s+){1,3}(?:then|afterwards|later|next)\s", re.IGNORECASE)
_EN_NOT_VERB = re.compile(r"^\s+(?:\w+ly|on|in|at|to|from|with|by|of|off|up|down|away|back|again|twice|once|and|or|"
                          r"but|then|while|as|_|into|onto|over|under|through|across|around|toward|towards|near|past|"
                          r"something|someone|somebody|anything|it|me|him|her|them|us|you|a|an|the|my|your|his|their|"
                          r"our|this|that|these|those)\b", re.IGNORECASE)


def _en_bare_source(rest: str, known: frozenset[str]) -> bool:
    """A known sound source (``t2sa.text.knowledge``) opening the clause, followed by its verb: not a verb form
    of the source itself ("honking", "barks twice"), not a source already named before."""
    found = _sources(rest)
    if not found or found[0].start != 0:
        return False
    first = found[0]
    after = rest[first.end:]
    if re.search(r"(?:ing|ed)$", first.matched, re.IGNORECASE) or first.entry.id in known:
        return False
    verb = re.match(r"^\s+([a-z']+)", after, re.IGNORECASE)  # a finite verb ("engines whining" describes)
    return bool(verb) and not verb.group(1).lower().endswith("ing") and not _EN_NOT_VERB.match(after)


def _sources(text: str) -> list[Any]:
    """Sound sources the knowledge base names in ``text`` (in order)."""
    from t2sa.text.knowledge import find_mentions

    return sorted((m for m in find_mentions(text) if m.kind == "source"), key=lambda m: m.start)


def _source_ids(text: str) -> frozenset[str]:
    return frozenset(m.entry.id for m in _sources(text))


def _subject_source(side: str, korean: bool) -> str | None:
    """The known source that is a clause's subject (English: named within its first words; Korean: carrying a
    subject particle), or None."""
    for m in _sources(side):
        if korean:
            if re.match(r"^[이가도은는](?:\s|$)", side[m.end:]):
                return m.entry.id
        elif len(side[:m.start].split()) <= 2:
            return m.entry.id
        else:
            break
    return None


def _ko_new_subject(rest: str, known: frozenset[str] = frozenset()) -> bool:
    """Does ``rest`` hold a subject (a word with 이/가/도, or 은/는 before a place word), or is its first item a
    verbless list entry ending in a known source ("오른쪽에 고양이, ...")?"""
    if _ko_list_item(rest.split(",")[0].strip(" ._")):
        return True
    words = rest.replace(",", " ").split()
    for j, w in enumerate(words[:-1]):  # the last word is the clause's verb
        w = w.strip(".!?\"'")
        if len(w) < 2 or any(w.endswith(x) for x in _KO_NOT_SUBJECT) or re.match(r"^[0-9.]+[도이가]$", w):
            continue
        if j and words[j - 1] in ("그", "이", "저") and known and _source_ids(w) & known:
            continue  # "개가 짖는다. 그 개가 ...": the same dog
        if w[:-1] in _KO_SAME and not (j and (_sources(words[j - 1]) or _ko_adnominal(words[j - 1]))):
            continue  # "소리가" alone is the sound already named ("기타 소리가", "웅웅거리는 소리가": a new one)
        if w[-1] in "이가도":
            return True
        if w[-1] in "은는" and any(_KO_PLACE.search(v) for v in words[j + 1:-1]):
            return True
    return False


def _ko_adnominal(word: str) -> bool:
    """A word that modifies the noun after it (-는, -(으)ㄴ, -던: "웅웅거리는", "낮은", "울리던")."""
    last = word.strip(".,!?")[-1:]
    return bool(last) and "가" <= last <= "힣" and (last in "는던" or (ord(last) - 0xAC00) % 28 == 4)


def _ko_list_item(segment: str) -> bool:
    """A verbless item of a Korean list whose last word is a sound source, bare or with a particle."""
    words = segment.split()
    if len(words) < 2:
        return False
    last = words[-1].strip(".!?\"'")
    start = len(segment) - len(segment.split()[-1])
    for m in _sources(segment):
        if m.start == start and last[len(m.matched):] in ("", "이", "가", "은", "는", "도"):
            return True
    return False


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?;。])\s+", text.strip())
    return [p.strip() for p in parts if p.strip()]


def split_scene_text(text: str) -> list[SceneClause]:
    """The sources of ``text`` with their relative timing (one clause for single-source text)."""
    if not isinstance(text, str) or not text.strip():
        raise FieldError("text", text, "must be a non-empty string")
    given = text
    text = re.sub(r"\s+", " ", text.strip())
    clauses: list[SceneClause] = []
    group, anchor, delay = 0, "start", 0.0
    for sentence in _sentences(text):
        korean = bool(_HANGUL.search(sentence))
        pieces = _cut(sentence, korean)
        if clauses and not _new_source_sentence(clauses[-1].text, sentence, korean):
            # a sentence that adds to the previous source ("... as if someone were walking upstairs.")
            last = clauses.pop()
            clauses.append(SceneClause(f"{last.text} {sentence}", last.group, last.anchor, last.delay_s))
            continue
        for piece, sequential, p_anchor, p_delay in pieces:
            if clauses and not sequential and not korean and _EN_MID_THEN.match(piece):
                sequential, p_anchor, p_delay = True, "end", 0.0  # "A car then passes."
            if clauses and sequential:
                group, anchor, delay = group + 1, p_anchor, p_delay
            clauses.append(SceneClause(piece, group, anchor if group else "start", delay if group else 0.0))
    if len(clauses) <= 1:  # one source: the text as given, word for word (what `t2sa predict` reads)
        return [SceneClause(given, 0)]
    return [replace(c, text=c.text.rstrip(" ;")) for c in clauses]


def _new_source_sentence(previous: str, sentence: str, korean: bool) -> bool:
    """Does a new sentence start another source? When it opens with a connective, or when both it and the
    previous one have a subject and a place word."""
    if re.search(r"(?:처럼|듯이?|같이)\W*$", sentence) or re.match(r"^(?:as\s+if|as\s+though|like)\b", sentence, re.I):
        return False  # a simile describes the previous source
    lead = (_KO_SEQ_PLAIN + "|" + _KO_SIM) if korean else (_EN_SEQ_PLAIN + "|" + _EN_SIM)
    subject = _ko_new_subject if korean else _en_new_subject
    opening = re.match(rf"^(?:(?:{lead})(?:\b|(?=\s))[\s,]*)+", sentence, re.IGNORECASE)
    known = _source_ids(previous)
    if opening:  # "Then a car passes." yes; "Later it runs to the right." no (the same source goes on)
        rest = sentence[opening.end():]
        return subject(_clause_head(rest) if korean else rest, known)
    return bool(subject(sentence, known) and subject(previous + " _") and _PLACE_WORDS.search(sentence)
                and _PLACE_WORDS.search(previous))


def _cut(sentence: str, korean: bool) -> list[tuple[str, bool, str, float]]:
    """Pieces of one sentence: (text, starts after the previous piece, anchor, delay).

    A cut needs a source on both sides (a subject, see the module doc). A weak connective ("and", a comma,
    -고, -면서) also needs a place or direction word on both sides ("the house is silent, and" is not a source).
    """
    pattern = _KO_CUT if korean else _EN_CUT
    subject = _ko_new_subject if korean else _en_new_subject
    timing = _timing_ko if korean else _timing_en
    pieces: list[tuple[str, bool, str, float]] = []
    start, pending = 0, (False, "start", 0.0)
    lead = re.match(r"^(?:" + (_KO_SEQ_PLAIN if korean else _EN_SEQ_PLAIN) + r")\b[\s,]*", sentence, re.IGNORECASE)
    if lead:  # "Then a car passes." continues the previous sentence
        pending = timing(lead.group(0))
        start = lead.end()
    # "While a dog barks on the left, a car ...": the first comma closes the subordinate clause; after "After
    # the dog stops, ..." / "Once ..., ..." the next source starts when that one ends
    opening = re.match(r"^(?:(?P<with>while|whilst|meanwhile)|(?P<after>after|once))\b\s*", sentence[start:], re.I)
    subordinate, first, prefix = bool(opening) and not korean, start, ""
    if subordinate and opening.group("after"):
        start += opening.end()
    for m in pattern.finditer(sentence, start):
        before = _strip_lead(sentence[start:m.start()].strip(" ,"), korean)
        rest = sentence[m.end():]
        if not before or not rest.strip():
            continue
        phrase = m.group(0)
        if not korean and re.search(r"\bas\s*$", phrase, re.IGNORECASE) and re.search(
                r"\b(?:as\s+\w+|such|so)\s*$", sentence[:m.start()], re.IGNORECASE):
            continue  # "as loud as a jet", "such as a ..."
        known = _source_ids(before)
        if subordinate and opening.group("after") and not known:
            # "After a long silence, a note rings": a time, not a source; it stays with the first clause
            subordinate, prefix, start = False, sentence[first:m.end()], m.end()
            continue
        explicit = _explicit(phrase, korean) or (subordinate and "," in phrase)
        head = _clause_head(rest) if korean else rest  # a Korean subject may come late, but in this clause
        if not (subject(head, known) and subject(before + " _")):
            continue
        if not explicit and not (_PLACE_WORDS.search(before) and _PLACE_WORDS.search(rest)) and not (
                phrase.strip(" ,").lower() != "as" and _two_sources(before, rest, korean)):
            continue  # a weak connective: places on both sides, or two different named sources as subjects
        pieces.append((prefix + before, *pending))
        prefix = ""
        pending = (True, "end", 0.0) if subordinate and opening.group("after") and "," in phrase else timing(phrase)
        start, subordinate = m.end(), False
    tail = sentence[start:].strip(" ,")
    if tail:
        pieces.append((prefix + _strip_lead(tail, korean), *pending))
    if korean:
        return [q for p in pieces for q in _ko_conjoined(p)]
    return _share_predicates(pieces)


def _en_subject_end(piece: str) -> int | None:
    """Where a clause's subject (a known source within its first words) ends, or None."""
    for m in _sources(piece):
        return m.end if len(piece[:m.start].split()) <= 2 else None
    return None


def _share_predicates(pieces: list[tuple[str, bool, str, float]]) -> list[tuple[str, bool, str, float]]:
    """"a dog and a cat on the left": a bare source ("a dog") takes the predicate of the source after it when
    both start together, so each source keeps what the sentence says of both."""
    out = list(pieces)
    for i in range(len(out) - 2, -1, -1):
        text, nxt = out[i][0], out[i + 1]
        end = _en_subject_end(text)
        if nxt[1] or end is None or text[end:].strip(" ,") or _PLACE_WORDS.search(text):
            continue
        nxt_end = _en_subject_end(nxt[0])
        if nxt_end is not None and nxt[0][nxt_end:].strip():
            out[i] = (text.rstrip(" ,") + nxt[0][nxt_end:], *out[i][1:])
    return out


_KO_AND = re.compile(r"^(?P<a>\S+?)(?:와|과|하고|이랑|랑)\s+(?P<b>\S+?)(?P<p>[이가도])\s+(?P<rest>\S.*)$")


def _ko_conjoined(piece: tuple[str, bool, str, float]) -> list[tuple[str, bool, str, float]]:
    """"개와 고양이가 왼쪽에서 짖는다": two known sources joined by 와/과/하고/랑 share the predicate, one clause
    each ("개가 왼쪽에서 짖는다", "고양이가 왼쪽에서 짖는다"); anything else stays as it is."""
    m = _KO_AND.match(piece[0])
    if not m:
        return [piece]
    a, b = m.group("a"), m.group("b")
    named = {piece[0][x.start:x.end] for x in _sources(piece[0])}
    if a not in named or b not in named:
        return [piece]
    if m.group("p") == "도":
        particle = "도"
    else:
        particle = "이" if (ord(a[-1]) - 0xAC00) % 28 else "가"  # after a final consonant: 이
    rest = m.group("rest")
    return [(f"{a}{particle} {rest}", *piece[1:]), (f"{b}{m.group('p')} {rest}", False, "start", 0.0)]


def _clause_head(rest: str) -> str:
    """A Korean clause up to where the next one may start (its verb ending -고/-서/-는 동안, or a comma)."""
    m = re.search(r"(?<=[고서])(?<!하고)(?<![에와과리기]서)[\s,]|(?<=[는은])\s+동안|,", rest)
    return rest[: m.start()] + " _" if m else rest


def _two_sources(before: str, rest: str, korean: bool) -> bool:
    """Both clauses have a known source as subject, and not the same one ("the rain ..., and the thunder ...")."""
    first = _subject_source(before, korean)
    second = _subject_source(rest.split(",")[0], korean)
    return first is not None and second is not None and first != second


def _explicit(phrase: str, korean: bool) -> bool:
    """A connective that says "another source at the same time / afterwards" on its own."""
    if korean:
        return bool(re.search(rf"동안|사이|{_KO_SEQ_PLAIN}|동시에|한편|^[\s,]*(?:다음|후|뒤|나서)", phrase))
    return bool(re.search(rf"\b(?:{_EN_SEQ_PLAIN}|while|whilst|meanwhile|at\s+the\s+same\s+time|simultaneously)\b",
                          phrase, re.IGNORECASE))


_PLACE_WORDS = re.compile(
    r"\b(?:left|right|front|behind|back|above|below|overhead|up|down|under|beneath|north|east|south|west|"
    r"o'?clock|degrees?|sides?|around|toward|towards|away|near|nearby|far|close|outside|inside|upstairs|"
    r"downstairs|next\s+door|distance|corner|ceiling|floor|head|ear)\b"
    r"|왼|오른|앞|뒤|위|아래|옆|머리|귀|방향|멀리|가까|바깥|밖|안쪽|천장|바닥|[0-9]+\s*시|[0-9]+\s*도",
    re.IGNORECASE,
)


# -- params and timing ------------------------------------------------------------------------------------
def _predictor(predictor: Any) -> Any:
    if predictor is None:  # the shipped model as `t2sa predict` loads it (same answers, sooner)
        from t2sa.text.fast_load import load_for_inference

        return load_for_inference()
    if callable(predictor) and not hasattr(predictor, "predict"):
        return predictor()
    return predictor


def room_from_text(text: str, predictor: Any) -> Room:
    """The room every source shares, read from the whole text (only its room is used: what the whole text's
    reading says of timing, e.g. a stated timing without a clip length, is no news to the user)."""
    import warnings

    from t2sa.resolve import resolve_params
    from t2sa.text.clean import TextWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TextWarning)
        p = resolve_params(text=text, predictor=predictor)
    return Room(rt60_s=p.rt60_s, drr_db=p.drr_db, wet=p.wet)


def clause_params(clauses: Sequence[SceneClause], durations: Sequence[float | None] | None, predictor: Any) -> list[SpatialParams]:
    from t2sa.resolve import resolve_params

    durations = list(durations) if durations is not None else [None] * len(clauses)
    return [resolve_params(text=c.text, duration_s=d, predictor=predictor) for c, d in zip(clauses, durations, strict=True)]


def onsets_for(clauses: Sequence[SceneClause], durations: Sequence[float]) -> list[float]:
    """Absolute onsets (s) of the clauses given each one's duration (see :class:`SceneClause`)."""
    onsets: list[float] = []
    group_start, group_end, current = 0.0, 0.0, 0
    prev_start, prev_end = 0.0, 0.0
    for c, d in zip(clauses, durations, strict=True):
        if c.group != current:
            prev_start, prev_end = group_start, group_end
            group_start = (prev_end if c.anchor == "end" else prev_start) + c.delay_s
            group_end, current = group_start, c.group
        onsets.append(group_start)
        group_end = max(group_end, group_start + d)
    return onsets


def predict_scene(text: str, predictor: Any = None, durations: Sequence[float | None] | None = None) -> dict[str, Any]:
    """What ``t2sa scene predict`` prints: the clauses, their timing and params, and the room."""
    model = _predictor(predictor)
    clauses = split_scene_text(text)
    params = clause_params(clauses, durations, model)
    return {
        "text": text,
        "room": vars(room_from_text(text, model)).copy(),
        "events": [
            {"text": c.text, "group": c.group, "starts": "with" if c.group == 0 or i and clauses[i - 1].group == c.group
             else f"{c.delay_s:g} s after the previous group's {c.anchor}", "params": p.to_dict()}
            for i, (c, p) in enumerate(zip(clauses, params, strict=True))
        ],
    }


def scene_from_text(text: str, sounds: Sequence[str | Path], *, predictor: Any = None, duration_s: float | None = None,
                    sample_rate: int = 48000, seed: int = 0, name: str = "scene", labels: Sequence[str] | None = None,
                    sound_length: Callable[[Any, int], int] | None = None) -> Scene:
    """A :class:`Scene` of ``text``'s sources playing ``sounds`` (one per source, in the order of the text).

    Onsets follow the text's timing and the sounds' natural lengths; ``duration_s`` None = until the last
    sound ends plus the room's RT60 when it has a tail.
    """
    clauses = split_scene_text(text)
    if len(sounds) != len(clauses):
        listed = " | ".join(c.text for c in clauses)
        raise FieldError("sound", [str(s) for s in sounds],
                         f"the text has {len(clauses)} source(s) ({listed}); give one sound per source, in order")
    if labels is not None and len(labels) != len(sounds):
        raise FieldError("label", list(labels), f"give one label per sound ({len(sounds)})")
    length = sound_length or _sound_length
    durations = [length(s, sample_rate) / sample_rate for s in sounds]
    model = _predictor(predictor)
    params = clause_params(clauses, durations, model)
    room = room_from_text(text, model)
    onsets = onsets_for(clauses, durations)
    end = max(o + d for o, d in zip(onsets, durations, strict=True))
    if duration_s is None:
        duration_s = math.ceil((end + (room.rt60_s if room.wet > 0 else 0.0)) * 10.0) / 10.0
    events = tuple(
        Event(sound=str(s), params=p, onset_s=o, label=(labels[i] if labels else Path(str(s)).stem), text=c.text)
        for i, (s, p, o, c) in enumerate(zip(sounds, params, onsets, clauses, strict=True))
    )
    return Scene(duration_s=duration_s, events=events, room=room, sample_rate=sample_rate, seed=seed, name=name)


def _sound_length(sound: Any, sample_rate: int) -> int:
    from t2sa.scene.bank import load_sound

    return int(load_sound(sound, sample_rate).size)
