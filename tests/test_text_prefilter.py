"""The literal prefilter of the cue reader: it may only skip patterns that cannot match.

The cue reader searches a text only with the patterns whose required strings it holds. A requirement that is
wrong (a string some match lacks) would silently drop a cue, so the analysis is checked on constructed patterns
(branches, optional and repeated parts, look-arounds) and on every real pattern against real sentences.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from t2sa.text.cue_patterns import COMPILED, SCREEN
from t2sa.text.cues import normalize
from t2sa.text.prefilter import (
    LiteralIndex,
    ScreenedAlternation,
    ScreenedBranches,
    ScreenedPattern,
    ScreenedPatterns,
    may_match,
    required_literals,
    top_level_alternatives,
)

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "pattern, need",
    [
        (r"(?<![a-z])right(?=\s+now)", ("right",)),  # the longest run; the look-ahead's "now" is shorter
        (r"(?:left|right)\s+side", ("side",)),
        (r"(?:left|right)\s+(?:of|to)", ("left", "right")),  # an alternation: one of its options
        (r"x*y+z?", ("y",)),  # optional parts need nothing; "one or more" needs its body
        (r"(?:a|)bc|d", ("bc", "d")),  # "a" is optional, "bc" is not
        (r"x?|d", None),  # one alternative needs nothing: the whole needs nothing
        (r"(?!nope)ab", ("ab",)),  # a negative look-ahead's text need not be there
        (r"(?<=왼쪽\s)정중앙", ("정중앙",)),
        (r"(?i)Left", None),  # case-folded: the caller's text would have to be folded the same way
        (r"a(?i:B)c", ("a",)),
        (r"[abc]+\d", None),
    ],
)
def test_required_literals_of_constructed_patterns(pattern, need):
    found = required_literals(re.compile(pattern))
    assert (None if found is None else set(found)) == (None if need is None else set(need))


@pytest.mark.parametrize("pattern", [r"(?:left|right)\s+(?:of|to)", r"x*y+z?", r"(?<![a-z])right(?=\s+now)", r"(?<=쪽\s)정중앙"])
def test_a_text_without_the_required_strings_is_never_matched(pattern):
    compiled = re.compile(pattern)
    need = required_literals(compiled)
    for text in ["left of", "right to", "xxyy", "yz", "right now", "right then", "왼쪽 정중앙", "정중앙", "", "zz"]:
        if compiled.search(text):
            assert may_match(text, need), (pattern, text)


def _texts() -> list[str]:
    texts = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(normalize(json.loads(line)["text"]))
    return list(dict.fromkeys(texts))


def test_every_cue_pattern_that_matches_a_real_sentence_passes_its_screen():
    """Every (pattern, sentence) pair of the ~340 table patterns and a third of the test sentences (both
    languages, ~2,000): wherever the pattern matches, the screen names it as a candidate."""
    texts = _texts()[::3]
    assert len(texts) > 1500
    matched = 0
    for text in texts:
        candidates = set(SCREEN.candidates(text))
        for i, (pattern, _kind, _payload) in enumerate(COMPILED):
            if pattern.search(text):
                matched += 1
                assert i in candidates, (pattern.pattern[:80], text)
    assert matched > 5000  # the check ran over real matches, not an empty table


def test_literal_index_finds_exactly_the_strings_a_text_holds():
    strings = ["a", "ab", "abc", "abcd", "bcd", "왼", "왼쪽", "오른쪽으로", "x y"]
    index = LiteralIndex(strings)
    for text in ["abcd", "xabx", "왼쪽으로", "오른쪽", "오른쪽으로 가", "x y z", "", "bc"]:
        assert index.present(text) == {s for s in strings if s in text}, text
    with pytest.raises(ValueError, match="empty"):
        LiteralIndex(["a", ""])


def test_screened_patterns_keep_table_order_and_patterns_without_requirements():
    screen = ScreenedPatterns([re.compile(p) for p in (r"left", r"\d+", r"right|left", r"behind")])
    assert screen.candidates("to the left") == [0, 1, 2]  # \d+ needs nothing, so it is always a candidate
    assert screen.candidates("behind me") == [1, 3]


def test_alternatives_split_only_at_the_top_level():
    source = r"a|(?:b|c)|[|(]x|\||[]|]y|(?<![a-z])z(?=\))"
    parts = top_level_alternatives(source)
    assert parts == ["a", "(?:b|c)", "[|(]x", r"\|", "[]|]y", r"(?<![a-z])z(?=\))"]
    assert "|".join(parts) == source


@pytest.mark.parametrize(
    "pattern, texts",
    [
        # the leftmost start wins; at one start, the earlier alternative, even where a later one is longer
        (r"ab|abcd|bc|(?<![a-z])cd", ["abcd", "xabcd", "bcd cd", "ab ab abcd", "cdcd", ""]),
        (r"left(?=\s+of)|left|right\s+(?:of|to)|of\s+\w+", ["left of me", "right to left of it", "of left", "leftleft"]),
        # an alternative that can match nothing: the whole pattern decides what follows an empty match
        (r"(?:^|,\s*)(?=a)|ab|b", ["ab, ab", "b", "ba", ", a"]),
    ],
)
def test_a_screened_alternation_finds_the_matches_the_pattern_finds(pattern, texts):
    compiled = re.compile(pattern)
    screened = ScreenedAlternation(compiled)
    for text in texts:
        assert screened.spans(text) == tuple(m.span() for m in compiled.finditer(text)), text
        assert screened.search(text) == bool(compiled.search(text)), text
        for pos, end in ((1, len(text)), (0, max(0, len(text) - 2))):
            assert screened.spans(text, pos, end) == tuple(m.span() for m in compiled.finditer(text, pos, end)), (text, pos, end)
            assert screened.search(text, pos, end) == bool(compiled.search(text, pos, end)), (text, pos, end)


@pytest.mark.parametrize(
    ("name", "need", "step", "least"), [("_FOCUS_MARK", "_FOCUS_NEED", 1, 100), ("_FOCUS_MARK_29", "_FOCUS_NEED_29", 3, 30), ("_CORRECT", "_CORRECT_NEED", 1, 300)]
)
def test_the_reader_s_screened_markers_find_what_the_whole_patterns_find(name, need, step, least):
    """The reader searches for focus marks and correction markers only in texts that hold one of their required
    strings, and then only with the alternatives the text can match (before: a fifth of the reader's time). On every
    real sentence (a third of them for the marks read before round 30, a subset of today's), both screens let every
    match through, and the screened search finds the same spans as the whole pattern, in the same order."""
    from t2sa.text import cues

    compiled, strings = getattr(cues, name), getattr(cues, need)
    screened = ScreenedAlternation(compiled)
    assert len(screened.alternatives) > 100 and strings is not None
    found = 0
    for text in _texts()[::step]:
        want = tuple(m.span() for m in compiled.finditer(text))
        assert screened.spans(text) == want, text
        if want:
            found += 1
            assert may_match(text, strings), text
    assert found > least


def _screened_patterns() -> list[tuple[str, ScreenedPattern]]:
    from t2sa.text import cues, numbers

    return [(f"{mod.__name__}.{k}", v) for mod in (cues, numbers) for k, v in vars(mod).items() if isinstance(v, ScreenedPattern)]


def test_a_screened_pattern_answers_as_its_pattern_where_a_look_behind_reads_before_pos():
    """The screen reads the whole text, not only ``text[pos:endpos]``: a look-behind may need a word before ``pos``."""
    compiled = re.compile(r"(?<=turned )left|(?<![a-z])right\b")
    screened = ScreenedPattern(compiled)
    assert set(screened.need) == {"turned ", "right"}
    for text, pos, end in [("i turned left", 9, 13), ("left", 0, 4), ("go right", 3, 8), ("go right", 0, 5), ("", 0, 0)]:
        want = compiled.search(text, pos, end)
        got = screened.search(text, pos, end)
        assert (got and got.span()) == (want and want.span()), (text, pos, end)
        assert [m.span() for m in screened.finditer(text, pos, end)] == [m.span() for m in compiled.finditer(text, pos, end)]
        assert screened.sub("X", text) == compiled.sub("X", text)
    assert screened.search("a text with neither word") is None
    assert required_literals(screened) == screened.need and screened.pattern == compiled.pattern


def test_the_reader_s_screened_patterns_find_on_real_sentences_what_their_patterns_find():
    """Each phrase pattern the reader screens (a pattern searched in every text that most texts cannot match)
    gives, on every test sentence, the same matches as its pattern, searched from the start and from the middle."""
    patterns = _screened_patterns()
    assert len(patterns) >= 20
    texts = _texts()[::2]
    matched = 0
    for name, screened in patterns:
        compiled = screened.compiled
        for text in texts:
            want = [m.span() for m in compiled.finditer(text)]
            assert [m.span() for m in screened.finditer(text)] == want, (name, text)
            matched += bool(want)
            mid = len(text) // 2
            a, b = compiled.search(text, mid), screened.search(text, mid)
            assert (a and a.span()) == (b and b.span()), (name, text)
            a, b = compiled.match(text, mid), screened.match(text, mid)
            assert (a and a.span()) == (b and b.span()), (name, text)
    assert matched > 1000  # the check ran over real matches


def test_screened_branches_drop_only_alternatives_that_cannot_match_and_keep_group_numbers():
    """Alternatives whose required strings a text lacks are replaced by a never-matching placeholder with the same
    groups: matches, group numbers and group names are the whole pattern's, in texts of either language."""
    compiled = re.compile(r"(?P<en>turned)\s+(left|right)|(?<![가-힣])(?P<ko>돌았)(다|어)|(x)?(?P<any>\d+)")
    screened = ScreenedBranches(compiled)
    for text in ["i turned left", "왼쪽으로 돌았다", "turned right, then 돌았어 3 times", "90", "nothing here", ""]:
        want = [(m.span(), m.groups(), m.groupdict(), m.lastindex) for m in compiled.finditer(text)]
        got = [(m.span(), m.groups(), m.groupdict(), m.lastindex) for m in screened.finditer(text)]
        assert got == want, text
    reduced = screened.reduced("i turned left")
    assert reduced is not compiled and reduced.groups == compiled.groups and reduced.groupindex == compiled.groupindex
    assert screened.reduced("왼쪽으로 돌았다 turned") is not None and ScreenedBranches(re.compile(r"ab|cd")).reduced("xyz") is None
