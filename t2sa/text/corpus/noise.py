"""Surface noise on a realised sentence: casing, end punctuation, typos and dropped spaces.

Real prompts are typed in a hurry, so the network must not rely on tidy text. Noise changes only the
surface -- never a word that states a label (a typo may garble one, as it would in a real prompt).
Like the rest of the generator, the draws from ``rng`` here are part of the corpus definition: keep their
order and arguments.
"""

from __future__ import annotations

import random

_KEYS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rng: random.Random, word: str) -> str:
    """One keyboard slip inside an ASCII word of four letters or more: swap, drop, double or mistype."""
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


def _english_surface(rng: random.Random, text: str) -> str:
    """Occasional typos, then sentence case, all caps, title case or (mostly) lower case."""
    if rng.random() < 0.25:
        text = " ".join(_typo(rng, w) if rng.random() < 0.08 else w for w in text.split(" "))
    r = rng.random()
    if r < 0.45:
        return text[0].upper() + text[1:]
    if r < 0.5:
        return text.upper()
    if r < 0.53:
        return text.title()
    return text.lower()


def _korean_surface(rng: random.Random, text: str) -> str:
    """Korean writers often drop spaces between words."""
    if rng.random() < 0.15:
        words = text.split(" ")
        text = "".join(w + ("" if rng.random() < 0.3 else " ") for w in words).strip()
    return text


def add_noise(rng: random.Random, text: str, lang: str) -> str:
    """``text`` with language-specific surface noise and a random ending (., !, ..., ~, 요, ㅎㅎ or none)."""
    text = text.replace(" ,", ",").replace("  ", " ").strip()
    text = _english_surface(rng, text) if lang == "en" else _korean_surface(rng, text)
    return text + _ending(rng, text, lang)


def _ending(rng: random.Random, text: str, lang: str) -> str:
    p = rng.random()
    if p < 0.35:
        return "."
    if p < 0.42:
        return "!"
    if p < 0.47:
        return "..."
    if p < 0.5 and lang == "ko":
        return rng.choice(["~", "요", " ㅎㅎ"]) if not text.endswith("요") else "."
    return ""
