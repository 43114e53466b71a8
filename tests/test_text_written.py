"""Corpus v3-v9's hand-written sentences: only development sets go in, with the writers' own labels on top; v4 adds
their left-right mirror images, whose labels mirror exactly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from t2sa.text import corpus
from t2sa.text.corpus import written
from t2sa.text.corpus.mirror import mirror_frame, mirror_text
from t2sa.text.frame import Frame

DATA = Path(__file__).parent / "data"


def _texts(pattern: str) -> set[str]:
    return {json.loads(line)["text"] for p in DATA.glob(pattern) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}


def _more() -> list[dict]:
    return written._stored_rows(written.NEWEST)


def test_only_development_sentences_are_trained_on() -> None:
    shipped = {text for text, _, _ in written.load(written.NEWEST)}
    mirrors = {row["text"] for row in _more() if "mirror_of" in row}
    held_out = _texts("heldout*.jsonl") | _texts("blind_*.jsonl")
    # a held-out sentence in the corpus would make its figures meaningless (held-out 20, written blind after version 8,
    # holds one sentence of development set 12ao word for word, which versions 7 and 8 hold: documented; the shipped
    # version 5 does not; held-out 23, written blind after version 8, holds one short sentence of development sets 12as
    # and 12ay: documented, and version 5 does not hold it either; held-out 24 holds one of development set 12ah, which
    # versions 7 and 8 hold and version 5 does not)
    # (held-out 27, written blind, holds "Pan the tambourine hard left.", which the corpus generator's own sentences of
    # versions 4 to 8 hold: documented)
    # (version 9 drops each of them: it holds no held-out sentence)
    assert shipped & held_out == set()
    v8 = {text for text, _, _ in written.load(8)}
    assert v8 & held_out == {"New Year fireworks going off over the city centre.", "My phone's buzzing in my back pocket.",
                             "The cat's purring on my chest.", "Pan the tambourine hard left."}  # fmt: skip
    # (held-out 18, written after version 7 was built and trained, holds one of its mirror images word for word:
    # documented; version 8 leaves it out)
    v7 = {text for text, _, _ in written.load(7)}
    assert v7 & held_out == {"가느다란 피리 소리 하나가 오른쪽에서 들려.", "New Year fireworks going off over the city centre.",
                             "My phone's buzzing in my back pocket.", "The cat's purring on my chest.",
                             "Pan the tambourine hard left."}  # fmt: skip
    # (version 5, the shipped network's, holds two short sentences of held-out 11 and two of held-out 12, written
    # after it: documented)
    v5 = {text for text, _, _ in written.load(5)}
    assert v5 & held_out == {"The helicopter is directly overhead.", "천둥이 우르릉거려.",
                             "Church bells from the next village over.", "주머니 속 휴대폰이 부르르 떨려.",
                             "Pan the tambourine hard left."}  # fmt: skip
    # every other development sentence, nothing else (one written since was already in, as a mirror image)
    later = {p.name for pattern in written.NEXT_VERSION for p in DATA.glob(pattern)}  # not trained on yet
    earlier = set().union(*(_texts(p.name) for p in DATA.glob("dev_*.jsonl") if p.name not in later))
    assert shipped - mirrors - held_out == earlier - held_out - mirrors
    # version 3's sentences stay as they were, less the 4 that held-out set 9 (written after it) also holds (and the
    # 2 of held-out 11 and the 2 of held-out 12, which versions 4 and 5 kept and version 6 leaves out)
    v3 = {text for text, _, _ in written.load(3)}
    assert v3 - held_out < shipped and len(v3 & held_out) == 8
    # version 4's sentences are version 5's first rows, labels as they were
    assert written.load(5)[: written.V4_ROWS] == written.load(4) and len(written.load(4)) == written.V4_ROWS


def test_the_writers_labels_win_over_the_rules() -> None:
    rows = [json.loads(line) for p in sorted(DATA.glob("dev_*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    frames = {text: frame for text, _, frame in written.load(written.NEWEST)}
    checked, seen = 0, set()
    for row in rows:
        frame = frames.get(row["text"])
        if frame is None or row["text"] in seen:
            continue  # also in a held-out set (left out), or a second writer's copy (the first one's labels go in)
        seen.add(row["text"])
        if "azimuth_deg" in row and "azimuth_deg" not in (row.get("unstated") or []):
            assert frame.az == pytest.approx(row["azimuth_deg"])
            checked += 1
        if "end_azimuth_deg" in row:
            assert frame.end_az == pytest.approx(row["end_azimuth_deg"])
        if row.get("trend"):
            assert frame.trend == {"closer": -1, "farther": 1}[row["trend"]]
        if "azimuth_deg" in (row.get("unstated") or []):
            assert frame.az is None and frame.el is None  # unstated: the network learns "not said"
        if row.get("distance_range") and frame.dist is not None:
            lo, hi = row["distance_range"]
            assert lo <= frame.dist <= hi
    assert checked > 1000


def test_the_written_share_of_a_v3_corpus() -> None:
    examples = corpus.generate(3000, seed=5, version=3)
    share = sum(e.style == "written" for e in examples) / len(examples)
    assert 0.05 < share < 0.11  # WRITTEN_SHARE = 0.08
    again = corpus.generate(3000, seed=5, version=3)
    assert corpus.corpus_hash(examples) == corpus.corpus_hash(again)
    assert not any(e.style == "written" for e in corpus.generate(3000, seed=5, version=2))


def _drawn(version: int) -> tuple[float, list, set[str], set[str]]:
    """Share of written draws in a small corpus of ``version``, those draws, and the pools of it and the one before."""
    examples = corpus.generate(3000, seed=5, version=version)
    drawn = [e for e in examples if e.style == "written"]
    pools = ({text for text, _, _ in written.load(v)} for v in (version, version - 1))
    return len(drawn) / len(examples), drawn, *pools


def test_a_v4_corpus_draws_more_written_text_and_keeps_v3() -> None:
    share, drawn, v4, v3 = _drawn(4)
    assert 0.1 < share < 0.18  # WRITTEN_SHARE[4] = 0.14
    assert any(e.text.casefold() not in {t.casefold() for t in v3} for e in drawn)  # later and mirrored ones too
    assert len(v4) > 1.4 * len(v3)


def test_a_v5_corpus_draws_its_larger_pool_and_keeps_v4() -> None:
    share, _, v5, v4 = _drawn(5)
    assert 0.12 < share < 0.2  # WRITTEN_SHARE[5] = 0.16
    assert v4 < v5 and len(v5) - len(v4) > 400  # dev_issue12r / 12s and their mirror images


def test_a_v6_corpus_draws_its_larger_pool_and_keeps_v5_less_held_out_sentences() -> None:
    share, _, v6, v5 = _drawn(6)
    assert 0.15 < share < 0.23  # WRITTEN_SHARE[6] = 0.19
    gone = v5 - v6
    assert gone == {"The helicopter is directly overhead.", "천둥이 우르릉거려.",  # also in held-out set 11
                    "Church bells from the next village over.", "주머니 속 휴대폰이 부르르 떨려."}  # and in set 12
    assert len(v6) - len(v5) > 900  # dev_issue12t-12w and their mirror images


def test_a_v7_corpus_draws_its_larger_pool_and_keeps_v6() -> None:
    share, drawn, v7, v6 = _drawn(7)
    assert 0.25 < share < 0.35  # WRITTEN_SHARE[7] = 0.3
    assert v6 < v7 and len(v7) - len(v6) > 5000  # dev_issue12x-12av and their mirror images
    new = {e.text.casefold() for e in drawn} - {t.casefold() for t in v6}
    assert new  # some draws come from the new sentences (each with its own noise, so compare loosely)
    # version 6 stays what it was: its own file, unchanged by version 7's
    assert {text for text, _, _ in written.load(6)} == {row["text"] for row in written._stored_rows(6)}


def test_a_v8_corpus_draws_its_larger_pool_and_keeps_v7_less_a_held_out_sentence() -> None:
    share, drawn, v8, v7 = _drawn(8)
    assert 0.25 < share < 0.35  # WRITTEN_SHARE[8] = 0.3
    assert v7 - v8 == {"가느다란 피리 소리 하나가 오른쪽에서 들려."}  # a mirror image held-out 18 also holds
    assert len(v8) - len(v7) > 1000  # dev_issue12aw-12bc and their mirror images
    new = {e.text.casefold() for e in drawn} - {t.casefold() for t in v7}
    assert new
    # version 7 stays what it was: its own file, unchanged by version 8's
    assert {text for text, _, _ in written.load(7)} == {row["text"] for row in written._stored_rows(7)}


def test_a_v9_corpus_draws_its_larger_pool_and_keeps_v8_less_held_out_sentences() -> None:
    share, drawn, v9, v8 = _drawn(9)
    assert 0.35 < share < 0.45  # WRITTEN_SHARE[9] = 0.4
    held_out = _texts("heldout*.jsonl") | _texts("blind_*.jsonl")
    assert v8 - v9 == v8 & held_out and len(v8 & held_out) == 4  # what held-out sets written since also hold
    assert len(v9) - len(v8) > 30_000  # dev_issue12bd-12im and their mirror images
    new = {e.text.casefold() for e in drawn} - {t.casefold() for t in v8}
    assert new
    # version 8 stays what it was: its own file, unchanged by version 9's
    assert {text for text, _, _ in written.load(8)} == {row["text"] for row in written._stored_rows(8)}


def test_the_v9_change_file_is_the_same_bytes_on_every_build(tmp_path: Path) -> None:
    """The compressed change file carries no time stamp or name: the same rows give the same bytes, whenever and
    wherever they are written, and read back as they were."""
    rows = written._read(written.DATA_V9)[:300]
    written.write_rows(rows, tmp_path / "a.jsonl.gz")
    (tmp_path / "b").mkdir()
    written.write_rows(rows, tmp_path / "b" / "other.jsonl.gz")
    assert (tmp_path / "a.jsonl.gz").read_bytes() == (tmp_path / "b" / "other.jsonl.gz").read_bytes()
    assert written._read(tmp_path / "a.jsonl.gz") == rows
    assert written.DATA_V9.read_bytes()[:2] == b"\x1f\x8b"  # the shipped file is compressed



@pytest.mark.parametrize(
    ("text", "lang", "mirror"),
    [
        ("A car goes from left to right, right behind me.", "en", "A car goes from right to left, right behind me."),
        ("Right away the dog on the right barks.", "en", "Right away the dog on the left barks."),
        ("I left the radio on the left side, all right?", "en", "I left the radio on the right side, all right?"),
        ("Front-left, then BACK-RIGHT, clockwise.", "en", "Front-right, then BACK-LEFT, counterclockwise."),
        ("Left to right it sweeps past.", "en", "Right to left it sweeps past."),
        ("The left-hand speaker and my right ear.", "en", "The right-hand speaker and my left ear."),
        ("It's right there, left over from before.", "en", None),  # no side in it: nothing to mirror
        ("왼쪽에서 오른쪽으로 시계 방향으로 돌아.", "ko", "오른쪽에서 왼쪽으로 반시계 방향으로 돌아."),
        ("우편함 옆 좌측에서 반시계 방향으로", "ko", "우편함 옆 우측에서 시계 방향으로"),  # 우편 (mail) is no side
        ("산에 오른 뒤에 좌-후방에서 소리가 나", "ko", "산에 오른 뒤에 우-후방에서 소리가 나"),  # 오른 뒤 = after climbing
        ("좌석 밑에서 우는 소리", "ko", None),
    ],
)
def test_mirror_text_swaps_sides_and_nothing_else(text: str, lang: str, mirror: str | None) -> None:
    assert mirror_text(text, lang) == mirror


def test_mirror_frame_flips_azimuths_and_turns_only() -> None:
    f = Frame(az=30.0, end_az=-170.0, el=20.0, dist=3.0, clockwise=True, via_az=90.0, trend=-1,
              waypoints=[(45.0, 10.0), (180.0, 0.0)])  # fmt: skip
    m = mirror_frame(f)
    assert (m.az, m.end_az, m.via_az, m.clockwise) == (-30.0, 170.0, -90.0, False)
    assert m.waypoints == [(-45.0, 10.0), (180.0, 0.0)]
    assert (m.el, m.dist, m.trend) == (20.0, 3.0, -1)
    assert mirror_frame(m) == f


_STALE_MIRRORS = {
    "The wasp circles round from my right to right in front of my face.",
    "The birdsong swings round from my right to right behind me.",
    "The whisper drifts from behind me to right in front of me.",
}
"""Originals whose frozen mirror images the rules no longer read as mirrors: since round 21 "to right in front of me"
is "exactly in front" (an intensifier), so the mirror "to left in front of me" (version 8, built before) is none.
The next corpus version leaves them out (:func:`t2sa.text.corpus.written.mirrored` keeps only mirrors the rules read
as such); their labels (the writers' own end points) were right either way."""


def test_shipped_mirrors_are_exact_mirror_images_the_rules_read_as_such() -> None:
    from t2sa.text.world import read

    originals = {text: frame for text, _, frame in written.load(written.NEWEST)}
    rows = [row for row in _more() if "mirror_of" in row]
    assert len(rows) > 1000
    for row in rows[::7]:
        frame = originals[row["mirror_of"]]
        assert mirror_text(row["mirror_of"], row["lang"]) == row["text"]
        assert originals[row["text"]] == mirror_frame(frame)
        if row["mirror_of"] not in _STALE_MIRRORS:
            assert written.reads_as_mirror(read(row["mirror_of"]), read(row["text"]))
    stale = [row for row in rows if row["mirror_of"] in _STALE_MIRRORS]
    assert len(stale) == len(_STALE_MIRRORS)  # (each is in the corpus: the list names real rows)
    assert not any(written.reads_as_mirror(read(row["mirror_of"]), read(row["text"])) for row in stale)
