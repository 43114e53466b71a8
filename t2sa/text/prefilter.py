"""Literal prefilters for regular expressions: strings one of which every match needs, found from the parse tree.

Why: the cue reader runs ~340 phrase patterns over every text, and most of them start with a look-behind
(``(?<![a-z])right``), which keeps Python's ``re`` from scanning for a literal prefix: it tries the whole pattern
at every position. A text that holds none of a pattern's required strings cannot match it, and ``str in str`` is
a fast substring search, so checking those strings first skips most patterns at a fraction of the cost. The
analysis is conservative (anything it does not understand requires nothing), so a screened pattern finds
exactly what the pattern finds: :func:`required_literals` only ever returns strings that every match of the
pattern (or a look-ahead/-behind it needs to hold) contains.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from re import _constants as C  # noqa: N812 - the opcodes of re's parse tree
from re import _parser
from typing import Any

Literals = frozenset[str]
"""Options of one requirement: a text holds at least one of them."""

_MAX = sys.maxsize  # the default ``endpos`` of re.Pattern methods


def required_literals(pattern: re.Pattern | ScreenedPattern | str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings of which every text that ``pattern`` matches holds at least one (``None``: no such set known).

    Case-insensitive patterns get none (the caller's text would have to be folded the same way)."""
    if not isinstance(pattern, str):
        pattern, flags = pattern.pattern, pattern.flags
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(_parser.parse(pattern, flags))
    return None if found is None else tuple(sorted(found, key=lambda s: (len(s), s)))


def _better(a: Literals | None, b: Literals | None) -> Literals | None:
    """The more selective of two requirements: the longer shortest string, then the fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items) -> Literals | None:
    """Every string in the returned set is a requirement's option; each item of a sequence must match, so the
    best requirement of any one item (or any run of literal characters) holds for the sequence."""
    best: Literals | None = None
    run = ""
    for op, arg in items:
        if op is C.LITERAL:
            run += chr(arg)
            continue
        if run:
            best = _better(best, frozenset([run]))
            run = ""
        best = _better(best, _item(op, arg))
    if run:
        best = _better(best, frozenset([run]))
    return best


def _item(op, arg) -> Literals | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, body = arg
        return None if add_flags & (re.IGNORECASE | re.VERBOSE) else _sequence(body)
    if op is C.ATOMIC_GROUP:
        return _sequence(arg)
    if op is C.BRANCH:  # one of the alternatives matches: the union of their requirements, if each has one
        options: set[str] = set()
        for alternative in arg[1]:
            found = _sequence(alternative)
            if found is None:
                return None
            options |= found
        return frozenset(options)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = arg
        return _sequence(body) if low >= 1 else None
    if op is C.ASSERT:  # a look-ahead or look-behind that must hold: its text is in the string too
        return _sequence(arg[1])
    return None  # classes, any, negative look-arounds, anchors, back-references, conditionals


HEAD = 3
"""Strings are indexed by their first characters, at most this many."""


class LiteralIndex:
    """Which of many strings a text holds, in one pass over the text: each position's 1- to :data:`HEAD`-character
    piece is looked up among the strings' beginnings, and only strings that begin there are compared.

    Why: checking ~800 strings one by one with ``in`` costs more than the patterns they screen; a text of 100
    characters has only a few hundred pieces."""

    def __init__(self, strings: Iterable[str]):
        heads: dict[str, list[str]] = {}
        for s in sorted(set(strings)):
            if not s:
                raise ValueError("LiteralIndex: an empty string is in every text")
            heads.setdefault(s[:HEAD], []).append(s)
        self.by_head = {head: tuple(group) for head, group in heads.items()}
        self.widths = sorted({len(head) for head in self.by_head})

    def present(self, text: str) -> set[str]:
        """The indexed strings that occur in ``text``."""
        found: set[str] = set()
        by_head = self.by_head
        for width in self.widths:
            for i in range(len(text) - width + 1):
                group = by_head.get(text[i : i + width])
                if group is not None:
                    found.update(s for s in group if len(s) == width or text.startswith(s, i))
        return found


def _indices_by_string(needs: list[tuple[str, ...] | None]) -> dict[str, tuple[int, ...]]:
    """Each required string -> the indices (ascending) of the patterns that need it (one of whose options it is)."""
    by_string: dict[str, list[int]] = {}
    for i, need in enumerate(needs):
        for s in need or ():
            by_string.setdefault(s, []).append(i)
    return {s: tuple(where) for s, where in by_string.items()}


class ScreenedPatterns:
    """Many patterns screened together: :meth:`candidates` names the ones a text can match, from the required
    strings (:func:`required_literals`) it holds, found in one pass (:class:`LiteralIndex`)."""

    def __init__(self, patterns: Iterable[re.Pattern]):
        needs = [required_literals(p) for p in patterns]
        self.always = frozenset(i for i, need in enumerate(needs) if need is None)
        self.by_string = _indices_by_string(needs)
        self.index = LiteralIndex(self.by_string)

    def candidates(self, text: str) -> list[int]:
        """Indices (ascending) of the patterns that may match ``text``; the others cannot."""
        found = set(self.always)
        for s in self.index.present(text):
            found.update(self.by_string[s])
        return sorted(found)


def may_match(text: str, need: tuple[str, ...] | None) -> bool:
    """False only when ``text`` holds none of ``need`` (:func:`required_literals` of a pattern it then cannot
    match): for a single pattern, where an index would not pay."""
    return need is None or any(s in text for s in need)


def top_level_alternatives(source: str) -> list[str]:
    """The top-level alternatives of a regular expression's source (``"a|(b|c)|[|]"`` -> ``["a", "(b|c)", "[|]"]``):
    split at each ``|`` outside groups, character classes and escapes, so that ``"|".join`` gives ``source`` back."""
    parts, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]" or source[i - 1] == "[" or source[i - 2 : i] == "[^"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


class ScreenedAlternation:
    """A long alternation searched, in each text, only with the alternatives that text can match.

    Why: a pattern of a hundred alternatives, most behind a look-behind, is tried alternative by alternative at every
    position of every text (the focus and correction markers cost the reader a fifth of its time). Alternatives whose
    required strings (:func:`required_literals`) a text lacks cannot match anywhere in it; the few left are searched
    one by one, and their matches are merged as the alternation would find them: the leftmost start wins, and at one
    start the alternative that comes first, whose match at that start is the one the alternation takes. So
    :meth:`spans` gives exactly the spans of ``pattern.finditer`` (checked on every real sentence in the tests).
    Alternatives are compiled alone, once, when first needed."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self._ready = False  # (the analysis waits for the first text: a one-text command may never need it)

    def _prepare(self) -> None:
        pattern = self.pattern
        self._alternatives = top_level_alternatives(pattern.pattern)
        for alt in self._alternatives:
            _parser.parse(alt, pattern.flags)  # (raises if a split was wrong)
        needs = [required_literals(alt, pattern.flags) for alt in self._alternatives]
        self.always = tuple(i for i, need in enumerate(needs) if need is None)
        self.by_string = _indices_by_string(needs)
        self.index = LiteralIndex(self.by_string) if self.by_string else None
        self._compiled: dict[int, re.Pattern] = {}
        self._ready = True

    @property
    def alternatives(self) -> list[str]:
        """The pattern's top-level alternatives, in order."""
        if not self._ready:
            self._prepare()
        return self._alternatives

    def _alternative(self, i: int) -> re.Pattern:
        found = self._compiled.get(i)
        if found is None:
            found = self._compiled[i] = re.compile(self._alternatives[i], self.pattern.flags)
        return found

    def candidates(self, text: str) -> list[int]:
        """Indices (ascending) of the alternatives that may match ``text``; the others cannot."""
        if not self._ready:
            self._prepare()
        found = set(self.always)
        if self.index is not None:
            for s in self.index.present(text):
                found.update(self.by_string[s])
        return sorted(found)

    def spans(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[tuple[int, int], ...]:
        """``tuple(m.span() for m in pattern.finditer(text, pos, endpos))``, from the alternatives ``text`` can match."""
        start, end = pos, len(text) if endpos is None else endpos
        alts = [self._alternative(i) for i in self.candidates(text)]
        nxt = [alt.search(text, pos, end) for alt in alts]
        out = []
        while True:
            best = None
            for m in nxt:  # the leftmost start; at one start, the earlier alternative (strict <)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return tuple(out)
            if best.end() == best.start():  # an empty match: the engine's rules for what may follow it are its own
                return tuple(m.span() for m in self.pattern.finditer(text, start, end))
            out.append(best.span())
            pos = best.end()
            for k, m in enumerate(nxt):
                if m is not None and m.start() < pos:  # swallowed by the match taken: look again after it
                    nxt[k] = alts[k].search(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``pattern.search(text, pos, endpos)`` finds a match."""
        end = len(text) if endpos is None else endpos
        return any(self._alternative(i).search(text, pos, end) for i in self.candidates(text))


def literal_screen(need: tuple[str, ...] | None) -> re.Pattern | None:
    """A pattern that finds any of ``need`` (None for None): one scan in C, sooner than a ``str in str`` per string
    once there are more than two or three."""
    return None if need is None else re.compile("|".join(re.escape(s) for s in sorted(need, key=len, reverse=True)))


class ScreenedPattern:
    """A compiled pattern that answers "no match" at once for a text holding none of its required strings
    (:func:`required_literals`), and otherwise asks the pattern: the same answers as the pattern, sooner.

    Why: a long phrase pattern behind a look-behind is tried at every position of every text, while a substring
    test of its few required words is one fast scan; most texts hold none of them. The whole ``text`` is screened
    (also when ``pos``/``endpos`` narrow the search), since a look-behind may read before ``pos``. Use it where
    a pattern is searched in every text; ``pattern``, ``flags``, ``groups`` and ``groupindex`` are the pattern's.
    """

    __slots__ = ("compiled", "need", "_screen")

    def __init__(self, compiled: re.Pattern):
        self.compiled = compiled
        self.need = required_literals(compiled)
        self._screen = literal_screen(self.need)

    def _for(self, text: str) -> re.Pattern | None:
        """The pattern to search ``text`` with; None where no match can be anywhere in it (every method asks this)."""
        screen = self._screen
        return None if screen is not None and screen.search(text) is None else self.compiled

    def may_match(self, text: str) -> bool:
        """False only when no match of the pattern can be anywhere in ``text``."""
        return self._for(text) is not None

    def search(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        p = self._for(text)
        return None if p is None else p.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        p = self._for(text)
        return None if p is None else p.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _MAX) -> re.Match | None:
        p = self._for(text)
        return None if p is None else p.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _MAX) -> Iterator[re.Match]:
        p = self._for(text)
        return iter(()) if p is None else p.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _MAX) -> list[Any]:
        p = self._for(text)
        return [] if p is None else p.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        p = self._for(text)
        return text if p is None else p.sub(repl, text, count)

    def subn(self, repl: Any, text: str, count: int = 0) -> tuple[str, int]:
        p = self._for(text)
        return (text, 0) if p is None else p.subn(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[Any]:
        p = self._for(text)
        return [text] if p is None else p.split(text, maxsplit)

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Mapping[str, int]:
        return self.compiled.groupindex


def screened(compiled: re.Pattern) -> ScreenedPattern:
    """``compiled`` behind its literal screen (:class:`ScreenedPattern`)."""
    return ScreenedPattern(compiled)


BRANCH_VARIANTS = 32
"""At most this many reduced patterns are compiled per :class:`ScreenedBranches` (then the whole pattern serves)."""


class ScreenedBranches(ScreenedPattern):
    """A pattern of a few long top-level alternatives, searched in each text with only the alternatives that text
    can match (the others replaced by a placeholder that never matches): the same matches, sooner.

    Why: the listener-turn pattern joins an English and a Korean phrase grammar; in an English text the Korean
    alternatives cannot match, yet the engine tries them at every position (more than half of the pattern's time).
    An alternative whose required strings (:func:`required_literals`) the text lacks fails at every position, so
    dropping it changes no match: at each start the alternatives left are tried in their order, as before. The
    placeholder keeps the dropped alternative's groups, so group numbers and names are the pattern's. Only the
    match's ``re`` differs (the reduced pattern). Reduced patterns are compiled once each, when first needed.
    """

    __slots__ = ("_alternatives", "_screens", "_variants")

    def __init__(self, compiled: re.Pattern):
        super().__init__(compiled)
        self._alternatives: list[str] | None = None
        self._screens: list[re.Pattern | None] = []
        self._variants: dict[tuple[bool, ...], re.Pattern] = {}

    def _prepare(self) -> None:
        compiled = self.compiled
        self._alternatives = top_level_alternatives(compiled.pattern)
        self._screens = [literal_screen(required_literals(alt, compiled.flags)) for alt in self._alternatives]

    def _placeholder(self, i: int) -> str:
        """``(?!)`` and alternative ``i``'s capturing groups, empty and in order: it never matches."""
        alone = re.compile(self._alternatives[i], self.compiled.flags)  # type: ignore[index]
        names = {number: name for name, number in alone.groupindex.items()}
        return "(?!)" + "".join(f"(?P<{names[k]}>)" if k in names else "()" for k in range(1, alone.groups + 1))

    def reduced(self, text: str) -> re.Pattern | None:
        """The pattern with only the alternatives ``text`` can match (None: none can)."""
        if self._alternatives is None:
            self._prepare()
        keep = tuple(screen is None or screen.search(text) is not None for screen in self._screens)
        if not any(keep):
            return None
        if all(keep):
            return self.compiled
        found = self._variants.get(keep)
        if found is None:
            if len(self._variants) >= BRANCH_VARIANTS:
                return self.compiled
            parts = [alt if k else self._placeholder(i) for i, (alt, k) in enumerate(zip(self._alternatives, keep, strict=True))]  # type: ignore[arg-type]
            found = self._variants[keep] = re.compile("|".join(parts), self.compiled.flags)
        return found

    _for = reduced  # every method of :class:`ScreenedPattern` searches with the reduced pattern
