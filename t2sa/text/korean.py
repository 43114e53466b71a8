"""Small Korean helpers: particles that depend on the final consonant (이/가, 을/를, 으로/로 ...)."""

from __future__ import annotations

_PAIRS = {
    "이": ("이", "가"),
    "가": ("이", "가"),
    "은": ("은", "는"),
    "는": ("은", "는"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
    "이나": ("이나", "나"),
    "이랑": ("이랑", "랑"),
}
_DIGIT_HAS_FINAL = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False, "6": True, "7": True,
                    "8": True, "9": False}  # fmt: skip
_DIGIT_RIEUL = {"1", "7", "8"}  # 일, 칠, 팔 end in ㄹ


def final_consonant(word: str) -> int | None:
    """Index (0 = none, 8 = ㄹ) of the last syllable's final consonant; None if not Hangul/digit."""
    word = word.rstrip(" )]\"'")
    if not word:
        return None
    ch = word[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28
    if ch in _DIGIT_HAS_FINAL:
        return 8 if ch in _DIGIT_RIEUL else (4 if _DIGIT_HAS_FINAL[ch] else 0)
    if ch.isalpha():  # Latin letters: most names of letters end in a vowel sound (TV가, DJ가)
        return 4 if ch.lower() in "lmnr" else 0
    return None


def josa(word: str, particle: str) -> str:
    """``word`` + the right form of ``particle`` ("왼쪽"+"로" -> "왼쪽으로", "뒤"+"으로" -> "뒤로")."""
    pair = _PAIRS.get(particle)
    if pair is None:
        return word + particle
    final = final_consonant(word)
    if final is None:
        return word + pair[1]
    if pair[0] == "으로":
        return word + (pair[1] if final in (0, 8) else pair[0])
    return word + (pair[0] if final else pair[1])
