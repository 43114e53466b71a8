"""Corpus v3's hand-written sentences: only development sets go in, with the writers' own labels on top."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from t2sa.text import corpus
from t2sa.text.corpus import written

DATA = Path(__file__).parent / "data"


def _texts(pattern: str) -> set[str]:
    return {json.loads(line)["text"] for p in DATA.glob(pattern) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_only_development_sentences_are_trained_on() -> None:
    shipped = {text for text, _, _ in written.load()}
    held_out = _texts("heldout*.jsonl") | _texts("blind_*.jsonl")
    assert not shipped & held_out  # a held-out sentence in the corpus would make its figures meaningless
    assert shipped == _texts("dev_*.jsonl") - held_out  # every other development sentence, and nothing else


def test_the_writers_labels_win_over_the_rules() -> None:
    rows = [json.loads(line) for p in sorted(DATA.glob("dev_*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    frames = {text: frame for text, _, frame in written.load()}
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
