"""Left-right mirror images of hand-written sentences: twice the written text for the network, labels exact.

Swapping every *side* word of a sentence ("left" <-> "right", 왼쪽 <-> 오른쪽, 좌측 <-> 우측, "clockwise" <->
"counterclockwise") mirrors the scene it describes in the median plane, so its labels mirror exactly: azimuths
change sign, elevations, distances, widths, rooms and trends stay, and a turn runs the other way. Why: the
writers' sentences are the network's only text written the way people write, and a network that has seen
"the ice-cream van is behind me, a bit to the left" only with the left learns the left, not the wording.

The hard part is words that look like sides and are not: "right behind you", "right away", "all right", "I left
early", "left over". A word is swapped only where its neighbours make it a side (:data:`_SIDE_BEFORE`,
:data:`_SIDE_AFTER`; "right behind", "right away" have neither); :func:`t2sa.text.corpus.written.mirrored` then keeps a mirror only where the rules read
it as the mirror image of the original, so a missed or wrong swap is dropped rather than mislabelled.
"""

from __future__ import annotations

import re

from t2sa.text.frame import Frame, wrap

_SIDE_BEFORE = frozenset(
    "the your my his her their our its to on from far hard extreme slightly bit little more toward towards "
    "front back rear upper lower top bottom mid centre center lefthand righthand and or of at by over "
    "somewhere way just dead due off directly straight".split()
)
"""Words after which "left" / "right" is a side ("to the right", "front left", "hard right", "a bit left")."""

_SIDE_AFTER = frozenset(
    "side sides ear ears hand hands channel channels speaker speakers shoulder shoulders of wall corner flank field "
    "arm arms edge half rear front leg foot cheek temple eye flank lane pocket headphone earbud monitor".split()
)
"""Words before which "left" / "right" is a side ("right ear", "left of centre", "left channel")."""

_EN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[^A-Za-z]+")
_EN_SWAP = {"left": "right", "right": "left", "leftward": "rightward", "rightward": "leftward",
            "leftwards": "rightwards", "rightwards": "leftwards", "clockwise": "counterclockwise",
            "counterclockwise": "clockwise", "anticlockwise": "clockwise", "counter-clockwise": "clockwise",
            "anti-clockwise": "clockwise"}  # fmt: skip

_KO_SIDE = re.compile(
    r"(왼|오른)(?=\s?(?:쪽|편|손|발|귀|팔|어깨|뺨|옆|다리|눈|주머니|이어폰|스피커|채널))"
    r"|(좌|우)(?=(?:측|전방|후방|상단|하단|회전|\s?-|/))"
    r"|(반\s?시계|시계)(?=\s?(?:방향|반대|쪽))"
)
_KO_SWAP = {"왼": "오른", "오른": "왼", "좌": "우", "우": "좌", "시계": "반시계", "반시계": "시계"}


def _case_like(word: str, model: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _en_is_side(tokens: list[str], i: int) -> bool:
    """Whether word ``tokens[i]`` ("left"/"right") names a side, from its neighbours (tokens alternate with gaps)."""
    before = next((t.lower() for t in reversed(tokens[:i]) if t.strip() and t[0].isalpha()), "")
    after = next((t.lower() for t in tokens[i + 1 :] if t.strip() and t[0].isalpha()), "")
    gap_after = tokens[i + 1] if i + 1 < len(tokens) else ""
    if gap_after.strip().startswith(("-", "/")) or (i > 0 and tokens[i - 1].strip().endswith(("-", "/"))):
        return True  # "front-left", "left/right"
    if before in _SIDE_BEFORE or after in _SIDE_AFTER:
        return True
    if not before and after in ("to", "and", "or", "then"):  # "Left to right, ...", "Right and left ..."
        return True
    return False


def mirror_text(text: str, lang: str) -> str | None:
    """``text`` with every side swapped for the other, or None where it names no side (nothing to mirror)."""
    if lang == "ko":
        out = _KO_SIDE.sub(lambda m: _KO_SWAP[re.sub(r"\s", "", m.group(0))], text)
        return out if out != text else None
    tokens = _EN_WORD.findall(text)
    changed = False
    for i, tok in enumerate(tokens):
        low = tok.lower()
        parts = low.split("-")
        if low in _EN_SWAP and (low not in ("left", "right") or _en_is_side(tokens, i)):
            tokens[i] = _case_like(_EN_SWAP[low], tok)
            changed = True
        elif len(parts) > 1 and any(p in ("left", "right") for p in parts):  # "back-left", "left-hand"
            swapped = [_EN_SWAP[p] if p in ("left", "right") else p for p in parts]
            tokens[i] = _case_like("-".join(swapped), tok)
            changed = True
    return "".join(tokens) if changed else None


def mirror_frame(frame: Frame) -> Frame:
    """The labels of the mirrored scene: azimuths change sign, turns run the other way, nothing else moves."""

    def neg(az: float | None) -> float | None:
        return None if az is None else wrap(-az)

    out = frame.copy(
        az=neg(frame.az),
        end_az=neg(frame.end_az),
        via_az=neg(frame.via_az),
        clockwise=None if frame.clockwise is None else not frame.clockwise,
    )
    out.waypoints = [(wrap(-a), e) for a, e in frame.waypoints]
    return out
