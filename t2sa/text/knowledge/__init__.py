"""World knowledge for the text reader: where listeners assume everyday sound sources and places are.

A whisper is at the ear, thunder is far away, rain is all around, a ceiling speaker is above, something under
the bed is below and close. The rules cannot see this from direction words, so it lives here, *as data*:
``sources.csv`` (sound sources), ``places.csv`` (places, objects and relations such as "under the bed" or
"across the street") and ``false_friends.csv`` (words that contain a name but mean something else: "새로" is
"newly", not "bird"). The columns are described in ``README.md`` next to them.

:func:`load` reads and validates the files once (cached); any bad cell raises :class:`KnowledgeDataError`
naming the file, line, column and value. :func:`find_mentions` finds the sources and places named in a
sentence, in English (case-insensitive, whole words) and Korean (substrings; particles such as 이/가/을/를/
에서/소리 may be attached), longest match first. Each language has one precompiled regex (a trie of all
names), so matching costs one scan per language and text.

Nothing here decides what a sentence means; the cue reader and the corpus decide how to use a mention.
"""

from __future__ import annotations

import csv
import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from t2sa.errors import T2SAError
from t2sa.params import MOTIONS, RANGES
from t2sa.text.frame import ROOMS

__all__ = [
    "DISTANCE_BANDS",
    "ELEVATION_BANDS",
    "WIDTH_BANDS",
    "Entry",
    "KnowledgeBase",
    "KnowledgeDataError",
    "Mention",
    "find_mentions",
    "load",
]

DATA_DIR = Path(__file__).parent

# -- the bands of the data, and the range of values each allows (inclusive) --------------------------------------
ELEVATION_BANDS: dict[str, tuple[float, float]] = {
    "below": (-90.0, -30.0),  # clearly lower than the ears: under the bed, downstairs, in a pocket
    "ground": (-75.0, -3.0),  # on the floor or the ground somewhere around (the angle depends on the distance)
    "ear": (-25.0, 25.0),  # about ear height
    "above": (10.0, 70.0),  # raised: a shelf, a tree, the ceiling seen at an angle, upstairs
    "overhead": (60.0, 90.0),  # over the head: a ceiling fan, rain on the roof, "directly overhead"
}
DISTANCE_BANDS: dict[str, tuple[float, float]] = {
    "intimate": (0.05, 0.5),
    "near": (0.5, 2.0),
    "mid": (2.0, 10.0),
    "far": (10.0, 100.0),
    "very_far": (100.0, 1000.0),
}
WIDTH_BANDS: dict[str, tuple[float, float]] = {
    "point": (0.0, 5.0),
    "narrow": (5.0, 30.0),
    "wide": (30.0, 120.0),
    "enveloping": (90.0, 360.0),
}
SETTINGS = ("indoor", "outdoor", "either")
PLACE_KINDS = ("position", "place")  # position: where the source is relative to the listener; place: a space

_ENTRY_COLUMNS = ("en", "ko", "elevation", "elevation_deg", "distance", "distance_m", "width", "spread_deg",
                  "setting", "room")  # fmt: skip
SOURCE_COLUMNS = ("id", *_ENTRY_COLUMNS, "moving", "motion", "rationale")
PLACE_COLUMNS = ("id", "kind", *_ENTRY_COLUMNS, "rationale")
FALSE_FRIEND_COLUMNS = ("lang", "word", "rationale")
LATER_FILES = {"sources_later.csv": True, "places_later.csv": False}
"""Entries added after the corpora of the shipped network were generated, one ``revision`` column first (the
knowledge-prior revision, :data:`t2sa.text.world.PRIOR_REVISION`, from which on they are read). Why apart: the corpus
generator draws sources and places from the main files' lists, and a corpus generated with an older prior revision
must stay bit for bit what it was (``t2sa train`` rebuilds the shipped weights from it), so a later entry neither joins
those lists nor is mentioned to an older revision; the next corpus version folds them in."""

_ID = re.compile(r"[a-z][a-z0-9_]*")
_EN_NAME = re.compile(r"[a-z0-9àâçéèêëîïôûüñ'./& -]+")
_HANGUL = re.compile(r"[가-힣]")
_KO_NAME = re.compile(r"[가-힣 ]+\+?")
_BRACES = re.compile(r"\{([^{}]*)\}")
_LATIN = re.compile(r"[A-Za-z]")
# leading function words do not make an English name longer: "from the ceiling" loses to "ceiling speaker"
_LEAD = re.compile(
    r"(?:(?:from|on|in|at|into|onto|inside|outside|under|beneath|underneath|below|above|over|through|by|near|behind|"
    r"across|along|up|down|to|toward|towards|out|of|off)\s+)*"
    r"(?:(?:the|a|an|my|your|his|her|its|our|their|this|that|these|those|one|some)\s+)?",
    re.I,
)


class KnowledgeDataError(T2SAError):
    """A knowledge file or cell cannot be used (names the file, line, column and value)."""


@dataclass(frozen=True)
class Entry:
    """One source or place and what a listener assumes about it; ``None`` = the entry implies nothing."""

    id: str
    kind: str  # "source", or for places "position" / "place"
    en: tuple[str, ...]  # names after brace expansion, the first is the canonical one
    ko: tuple[str, ...]
    elevation: str | None
    elevation_deg: float | None
    distance: str | None
    distance_m: float | None
    width: str | None
    spread_deg: float | None
    setting: str
    room: str | None
    moving: bool
    motion: str | None
    rationale: str
    where: str  # file:line, for messages
    ko_word_only: tuple[str, ...] = ()  # Korean names written "기타+": matched only as a word + particle
    revision: int = 1  # the knowledge-prior revision from which on the entry is read (``*_later.csv``)

    @property
    def is_source(self) -> bool:
        return self.kind == "source"


@dataclass(frozen=True)
class Mention:
    """A name of ``entry`` found in a text: ``text[start:end] == matched`` (Korean particles not included)."""

    entry: Entry
    start: int
    end: int
    matched: str
    lang: str

    @property
    def kind(self) -> str:
        """ "source", "position" or "place"."""
        return self.entry.kind


# -- reading and validating --------------------------------------------------------------------------------------


def expand_braces(name: str) -> list[str]:
    """``"{under|beneath} the {bed|sofa}"`` -> the four literal names (an empty choice is allowed)."""
    m = _BRACES.search(name)
    if m is None:
        return [" ".join(name.split())]
    out: list[str] = []
    for choice in m.group(1).split("|"):
        out.extend(expand_braces(name[: m.start()] + choice + name[m.end() :]))
    return out


def en_key(name: str) -> str:
    """Lookup key of an English name or match: lower case, one apostrophe, any run of spaces/hyphens = one space."""
    return re.sub(r"[\s\-]+", " ", name.lower().replace("’", "'")).strip()


def ko_key(name: str) -> str:
    """Lookup key of a Korean name or match: spaces removed ("침대 밑" = "침대밑")."""
    return re.sub(r"\s+", "", name)


class _Reader:
    """Cell accessors that raise errors naming file, line, column and value."""

    def __init__(self, path: Path, lineno: int, row: dict[str, str]):
        self.path, self.lineno, self.row = path, lineno, row

    def fail(self, column: str, reason: str) -> KnowledgeDataError:
        value = self.row.get(column, "")
        return KnowledgeDataError(f"{self.path.name}:{self.lineno}: {column}={value!r}: {reason}")

    def text(self, column: str, required: bool = True) -> str:
        value = (self.row.get(column) or "").strip()
        if required and not value:
            raise self.fail(column, "must not be empty")
        return value

    def choice(self, column: str, choices: Iterable[str], required: bool = True) -> str | None:
        value = self.text(column, required)
        if not value:
            return None
        choices = tuple(choices)
        if value not in choices:
            raise self.fail(column, f"expected one of {', '.join(choices)}")
        return value

    def number(self, column: str, field: str, required: bool = True) -> float | None:
        raw = self.text(column, required)
        if not raw:
            return None
        try:
            value = float(raw)
        except ValueError:
            raise self.fail(column, "must be a number") from None
        if not math.isfinite(value):
            raise self.fail(column, "must be finite")
        lo, hi = RANGES[field]
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            raise self.fail(column, f"out of range [{lo}, {hi}] of {field}")
        return value

    def names(self, column: str, lang: str) -> tuple[str, ...]:
        raw = self.text(column)
        if raw.count("{") != raw.count("}"):
            raise self.fail(column, "unbalanced braces")
        out: list[str] = []
        for part in raw.split(";"):
            if not part.strip():
                raise self.fail(column, "empty name (two ';' in a row or a trailing ';')")
            for name in expand_braces(part.strip()):
                if lang == "en" and not _EN_NAME.fullmatch(name):
                    raise self.fail(
                        column, f"English name {name!r}: lower-case letters, digits, spaces, ' - . / & only"
                    )
                if lang == "ko" and not (_KO_NAME.fullmatch(name) and _HANGUL.search(name)):
                    raise self.fail(
                        column,
                        f"Korean name {name!r}: Hangul syllables and spaces only "
                        "(and a final + for a word that needs a particle)",
                    )
                if name not in out:
                    out.append(name)
        return tuple(out)

    def band(self, band_col: str, value_col: str, bands: dict[str, tuple[float, float]], field: str,
             required: bool) -> tuple[str | None, float | None]:  # fmt: skip
        band = self.choice(band_col, bands, required)
        value = self.number(value_col, field, required)
        if (band is None) != (value is None):
            missing = band_col if band is None else value_col
            raise self.fail(missing, f"{band_col} and {value_col} are given together or not at all")
        if band is not None and value is not None:
            lo, hi = bands[band]
            if not lo <= value <= hi:
                raise self.fail(value_col, f"outside the {band!r} band [{lo:g}, {hi:g}]")
        return band, value


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    if not path.is_file():
        raise KnowledgeDataError(f"{path}: file not found")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = tuple(reader.fieldnames or ())
        if header != columns:
            raise KnowledgeDataError(f"{path.name}:1: header={','.join(header)!r}: expected {','.join(columns)}")
        rows = []
        for row in reader:
            if None in row:  # more cells than columns
                raise KnowledgeDataError(f"{path.name}:{reader.line_num}: {len(columns) + len(row[None])} cells: "
                                         f"expected {len(columns)} (quote cells that contain commas)")  # fmt: skip
            if any(v is None for v in row.values()):
                raise KnowledgeDataError(f"{path.name}:{reader.line_num}: too few cells: expected {len(columns)}")
            if not any(v.strip() for v in row.values()):
                continue
            rows.append((reader.line_num, row))
    return rows


def _entry(path: Path, lineno: int, row: dict[str, str], is_source: bool) -> Entry:
    r = _Reader(path, lineno, row)
    entry_id = r.text("id")
    if not _ID.fullmatch(entry_id):
        raise r.fail("id", "lower-case letters, digits and _ only, starting with a letter")
    kind = "source" if is_source else r.choice("kind", PLACE_KINDS)
    elevation, elevation_deg = r.band("elevation", "elevation_deg", ELEVATION_BANDS, "elevation_deg", is_source)
    distance, distance_m = r.band("distance", "distance_m", DISTANCE_BANDS, "distance_m", is_source)
    width, spread_deg = r.band("width", "spread_deg", WIDTH_BANDS, "spread_deg", is_source)
    moving, motion = False, None
    if is_source:
        moving = r.choice("moving", ("yes", "no")) == "yes"
        movable = tuple(m for m in MOTIONS if m != "static")
        motion = r.choice("motion", movable, required=moving)
        if not moving and motion is not None:
            raise r.fail("motion", "a source that is not usually moving has no motion type")
    ko = r.names("ko", "ko")
    return Entry(
        id=entry_id,
        kind=kind or "",
        en=r.names("en", "en"),
        ko=tuple(n.rstrip("+") for n in ko),
        elevation=elevation,
        elevation_deg=elevation_deg,
        distance=distance,
        distance_m=distance_m,
        width=width,
        spread_deg=spread_deg,
        setting=r.choice("setting", SETTINGS) or "",
        room=r.choice("room", ROOMS, required=False),
        moving=moving,
        motion=motion,
        rationale=r.text("rationale"),
        where=f"{path.name}:{lineno}",
        ko_word_only=tuple(n.rstrip("+") for n in ko if n.endswith("+")),
    )


# -- matching ----------------------------------------------------------------------------------------------------

_SEP = object()  # a space or hyphen inside a name
_EN_SEP = r"[\s\-]+"
_KO_SEP = r"\s*"
_APOSTROPHE = "['’]"
_EN_LETTER = r"A-Za-z0-9À-ÖØ-öø-ÿ"
# Korean particles and endings that may follow a one-syllable name ("개가", "비를", "차에서는"); a longer name is
# matched as a plain substring, so "고양이가", "빗소리를", "길고양이" need nothing of this.
_KO_PARTICLES = ("에서부터", "으로부터", "에게서", "한테서", "로부터", "에서", "에게", "한테", "으로", "까지", "부터",
                 "처럼", "보다", "이랑", "하고", "이다", "이야", "이", "가", "은", "는", "을", "를", "의", "에", "도",
                 "만", "와", "과", "랑", "로", "야")  # fmt: skip
_KO_AFTER = ("도", "는", "은", "만", "요", "의", "부터", "까지")
_KO_TAIL = (
    rf"(?=(?:들|떼)?(?:{'|'.join(_KO_PARTICLES)})(?:{'|'.join(_KO_AFTER)})?(?![가-힣])"
    r"|(?:들|떼)(?![가-힣])|[^\s가-힣]|$)"
)
# one-syllable (and "+") names must start a word and not follow a numeral ("사과 한 개를" is not a dog)
_KO_SINGLE_BEFORE = r"(?<![가-힣])(?<![0-9]\s)(?<![0-9])(?<!한\s)(?<!두\s)(?<!세\s)(?<!네\s)(?<!몇\s)"


def _tokens(name: str, lang: str) -> list[object]:
    out: list[object] = []
    seps = " -" if lang == "en" else " "
    for ch in name:
        if ch in seps:
            if out and out[-1] is not _SEP:
                out.append(_SEP)
        else:
            out.append(ch)
    return out


def _trie_regex(names: Iterable[str], lang: str) -> str:
    """One regex for all ``names`` whose alternatives share prefixes; greedy, so the longest name wins."""
    trie: dict = {}
    for name in names:
        node = trie
        for tok in _tokens(name, lang):
            node = node.setdefault(tok, {})
        node[None] = True
    sep = _EN_SEP if lang == "en" else _KO_SEP

    def render(tok: object) -> str:
        if tok is _SEP:
            return sep
        if tok == "'":
            return _APOSTROPHE
        return re.escape(str(tok))

    def build(node: dict) -> str:
        branches = [render(tok) + build(child) for tok, child in node.items() if tok is not None]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if None in node:  # a name ends here: the rest is optional (greedy: longer names first)
            return f"(?:{body})?"
        return body

    return build(trie)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    key: str
    lang: str
    lead: int = 0  # length of leading English prepositions and articles ("from the ")


class KnowledgeBase:
    """The validated entries and the two compiled matchers."""

    def __init__(
        self, sources: list[Entry], places: list[Entry], false_friends: dict[str, set[str]], later: Iterable[Entry] = ()
    ):
        self.sources = tuple(sources)  # (the lists the corpus generator draws from: the main files only)
        self.places = tuple(places)
        self.later = tuple(later)
        self.entries = self.sources + self.places + self.later
        self.by_id = {e.id: e for e in self.entries}
        self._en: dict[str, Entry | None] = {}
        self._ko: dict[str, Entry | None] = {}
        where: dict[tuple[str, str], str] = {}
        for entry in self.entries:
            for lang, names, table, key in (("en", entry.en, self._en, en_key), ("ko", entry.ko, self._ko, ko_key)):
                for name in names:
                    k = key(name)
                    other = table.get(k)
                    if other is not None and other is not entry:
                        raise KnowledgeDataError(
                            f"{entry.where}: {lang}={name!r}: the same name as in {other.where} (id {other.id}); "
                            "a name must belong to one entry"
                        )
                    table[k] = entry
                    where[(lang, k)] = entry.where
        for lang, words in false_friends.items():
            table = self._en if lang == "en" else self._ko
            for word in words:
                k = en_key(word) if lang == "en" else ko_key(word)
                if table.get(k) is not None:
                    raise KnowledgeDataError(f"false_friends.csv: word={word!r}: also a name in {where[(lang, k)]}")
                table[k] = None
        en_names = [k for k in self._en]
        # one-syllable names and names marked "+" must be a whole word followed by a particle ("개가", "기타를");
        # every other Korean name is a substring, whatever is attached ("고양이들이", "길고양이")
        bounded = {k for k in self._ko if len(k) == 1} | {ko_key(n) for e in self.entries for n in e.ko_word_only}
        ko_multi = [k for k in self._ko if k not in bounded]
        en_body = _trie_regex(en_names, "en")
        self._en_re = re.compile(rf"(?<![{_EN_LETTER}])(?=({en_body})(?![{_EN_LETTER}]))", re.IGNORECASE)
        # Korean names may be written with or without their inner spaces: match the spaced form with \s*
        ko_spelled = [n for e in self.entries for n in e.ko if ko_key(n) not in bounded]
        ko_spelled += [w for w in false_friends.get("ko", ()) if ko_key(w) not in bounded]
        ko_body = _trie_regex(sorted(set(ko_spelled) | set(ko_multi)), "ko")
        word = f"{_KO_SINGLE_BEFORE}(?:{_trie_regex(sorted(bounded), 'ko')}){_KO_TAIL}" if bounded else None
        first = sorted({ko_key(n)[0] for n in ko_spelled} | {k[0] for k in bounded})
        alternatives = ko_body + (f"|{word}" if word else "")
        # a Korean name never starts right after a digit ("25도로" is "at 25 degrees", not a road)
        self._ko_re = re.compile(rf"(?<![0-9.°])(?=[{''.join(first)}])(?=({alternatives}))")

    def get(self, entry_id: str) -> Entry:
        """The entry with this id (KeyError names the id)."""
        return self.by_id[entry_id]

    def find_mentions(self, text: str, revision: int | None = None) -> list[Mention]:
        """Sources and places named in ``text``, in text order, none overlapping (longest match first).

        Spans index ``text`` as given if it is NFC-normalised (the usual case), else its NFC form. ``revision``: only
        entries read from that knowledge-prior revision on (:data:`LATER_FILES`); ``None``: all of them.
        """
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        candidates: list[_Candidate] = []
        if _LATIN.search(text):
            for m in self._en_re.finditer(text):
                s, e = m.span(1)
                if e > s:
                    lead = _LEAD.match(m.group(1)).end()  # type: ignore[union-attr]  # (matches the empty string)
                    candidates.append(_Candidate(s, e, en_key(m.group(1)), "en", lead if lead < e - s else 0))
        if _HANGUL.search(text):
            for m in self._ko_re.finditer(text):
                s, e = m.span(1)
                if e > s:
                    candidates.append(_Candidate(s, e, ko_key(m.group(1)), "ko"))
        if revision is not None and self.later:
            candidates = [c for c in candidates if getattr(self._entry_of(c), "revision", 1) <= revision]
        if not candidates:
            return []
        # longest first, not counting leading English prepositions and articles; ties go to the earlier match
        candidates.sort(key=lambda c: (-(c.end - c.start - c.lead), c.start))
        taken: list[tuple[int, int]] = []
        out: list[Mention] = []
        for c in candidates:
            if any(c.start < e and s < c.end for s, e in taken):
                continue
            taken.append((c.start, c.end))
            entry = self._entry_of(c)
            if entry is not None:  # None: a false friend, which only blocks the shorter names inside it
                out.append(Mention(entry, c.start, c.end, text[c.start : c.end], c.lang))
        out.sort(key=lambda m: m.start)
        return out

    def _entry_of(self, c: _Candidate) -> Entry | None:
        return (self._en if c.lang == "en" else self._ko).get(c.key)


def _load(directory: Path) -> KnowledgeBase:
    sources = [_entry(directory / "sources.csv", n, row, True)
               for n, row in _read_csv(directory / "sources.csv", SOURCE_COLUMNS)]  # fmt: skip
    places = [_entry(directory / "places.csv", n, row, False)
              for n, row in _read_csv(directory / "places.csv", PLACE_COLUMNS)]  # fmt: skip
    seen: dict[str, str] = {}
    later: list[Entry] = []
    for name, is_source in LATER_FILES.items():
        path = directory / name
        if not path.is_file():
            continue
        columns = ("revision", *(SOURCE_COLUMNS if is_source else PLACE_COLUMNS))
        for n, row in _read_csv(path, columns):
            revision = row.pop("revision").strip()
            if not revision.isdigit() or int(revision) < 2:
                raise KnowledgeDataError(f"{name}:{n}: revision={revision!r}: expected a whole number of 2 or more")
            entry = _entry(path, n, row, is_source)
            later.append(replace(entry, revision=int(revision)))
    for entry in sources + places + later:
        if entry.id in seen:
            raise KnowledgeDataError(f"{entry.where}: id={entry.id!r}: already used in {seen[entry.id]}")
        seen[entry.id] = entry.where
    false_friends: dict[str, set[str]] = {"en": set(), "ko": set()}
    ff_path = directory / "false_friends.csv"
    for lineno, row in _read_csv(ff_path, FALSE_FRIEND_COLUMNS):
        r = _Reader(ff_path, lineno, row)
        lang = r.choice("lang", ("en", "ko")) or "en"
        r.text("rationale")
        for word in r.names("word", lang):
            false_friends[lang].add(word)
    return KnowledgeBase(sources, places, false_friends, later)


@functools.lru_cache(maxsize=4)
def _cached(directory: str) -> KnowledgeBase:
    return _load(Path(directory))


def load(directory: str | Path | None = None) -> KnowledgeBase:
    """The knowledge base in ``directory`` (default: the shipped one), read and validated once per process."""
    return _cached(str(Path(directory).resolve() if directory is not None else DATA_DIR))


def find_mentions(text: str, revision: int | None = None) -> list[Mention]:
    """Sources and places named in ``text`` (see :meth:`KnowledgeBase.find_mentions`), shipped data."""
    return load().find_mentions(text, revision)
