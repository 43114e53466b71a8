"""Sentences people wrote by hand, with frozen labels: the part of corpus version 3 that is not generated.

The template corpus teaches the network the vocabulary of space; it does not teach the way people actually write
("the one I want placed is the ice-cream van, which is behind me", long diary sentences with three sounds). The
project's development sets (``tests/data/dev_*.jsonl``, written blind and already used to tune the rules) are such
text. :func:`build` turns them into training examples once, and the result ships as ``written.jsonl`` next to this
module, so that ``t2sa train`` never reads the tests and its corpus does not move when a rule changes later:

* the frame of each sentence is what the rules and the knowledge base read (:func:`t2sa.text.world.read`) ...
* ... with the writer's own labels on top where the row has them (start and end direction, a distance trend, the
  motion class, and distance / width / wet/dry moved into the labelled band when the rules' value lies outside).
  A row marked ``unstated`` for the direction has none.

Held-out sets (``heldout*``) and the blind set are read only to leave out the few development sentences that are
word for word the same as one of theirs: they stay what they are for.

Version 4 leaves ``written.jsonl`` as it was, so that a version-3 corpus, and the model trained on it, can still be
made again. It holds version 3's sentences (labels as they were; less any that a held-out set written since also
holds), the development sentences written since, and the left-right mirror image of each of them whose mirror the
rules read as one (:mod:`.mirror`). Version 5 keeps version 4's rows as they were and adds the development
sentences written since (with their mirror images), the same way. One file, ``written_v5.jsonl``
(:data:`DATA_V5`), holds both: version 4's sentences are its first :data:`V4_ROWS` rows. Version 6 is version 5
less the sentences a held-out set written since also holds, plus the development sentences written since and their
mirror images; ``written_v6.jsonl`` (:data:`DATA_V6`) holds only that change. Version 7 is version 6 changed the
same way (``written_v7.jsonl``, :data:`DATA_V7`): the 25 development sets of rounds 12-17 (dev_issue12x to 12av)
and their mirror images, less the version-6 sentences held-out sets 12-16 also hold. Version 8 is version 7 changed
the same way (``written_v8.jsonl``, :data:`DATA_V8`): the development sets of rounds 18-19 (dev_issue12aw to 12bc)
and their mirror images, less the version-7 sentences held-out sets 17-19 also hold. Version 9 is version 8 changed
the same way (``written_v9.jsonl.gz``, :data:`DATA_V9`, gzip-compressed: it is four times version 8's size): the
development sets of rounds 20-59 (dev_issue12bd to 12im) and their mirror images, less the version-8 sentences
held-out sets 20-59 also hold.

    python -m t2sa.text.corpus.written tests/data     # rebuild written_v9.jsonl.gz from the development sets
"""

from __future__ import annotations

import gzip
import json
import math
import sys
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from t2sa.text.frame import Frame, wrap

from .mirror import mirror_frame, mirror_text

DATA = Path(__file__).with_name("written.jsonl")
"""The written sentences of corpus version 3 (frozen: :func:`build` no longer writes it)."""
DATA_V5 = Path(__file__).with_name("written_v5.jsonl")
"""The written sentences of corpus versions 4 and 5 (:func:`build`)."""
V4_ROWS = 4278
"""Version 4's sentences: the first rows of :data:`DATA_V5`, as version 4's own file held them."""
DATA_V6 = Path(__file__).with_name("written_v6.jsonl")
"""What version 6 changes in version 5 (:func:`build`): ``{"drop": text}`` rows for version-5 sentences that a
held-out set written since also holds, then the sentences it adds."""
DATA_V7 = Path(__file__).with_name("written_v7.jsonl")
"""What version 7 changes in version 6, the same way (:func:`build`)."""
DATA_V8 = Path(__file__).with_name("written_v8.jsonl")
"""What version 8 changes in version 7, the same way (:func:`build`)."""
DATA_V9 = Path(__file__).with_name("written_v9.jsonl.gz")
"""What version 9 changes in version 8, the same way (:func:`build`), gzip-compressed."""
CHANGES = {6: DATA_V6, 7: DATA_V7, 8: DATA_V8, 9: DATA_V9}
"""Each version from 6 on, and the file of what it changes in the version before."""
NEWEST = max(CHANGES)
SOURCES = "dev_*.jsonl"
"""Which files of the evaluation data :func:`build` reads (development sets only, never held-out or blind)."""
NEXT_VERSION: tuple[str, ...] = ("dev_issue12in_*.jsonl", "dev_issue12io_*.jsonl", "dev_issue12ip_*.jsonl")
"""Development sets written after the newest version was built (and its network trained): :func:`build` leaves
them for the next version, which comes with its own retraining; until then only the rules are tuned on them."""

HELD_OUT = ("heldout*.jsonl", "blind_*.jsonl")
"""Sets whose sentences never go in: a development sentence that a held-out writer also wrote word for word ("A baby
is crying downstairs.") is left out, so that the held-out figures of the network stay a first look."""
_TREND = {"closer": -1, "farther": 1}


def _said(name: str, value: object) -> bool:
    """Whether a frame field carries a label (0.0 is a direction; a trend of 0 and via_back False are defaults)."""
    if value is None:
        return False
    if name in ("trend", "vtrend", "speed"):
        return value != 0
    if name == "clockwise":
        return True  # False is a direction of turn (counterclockwise), not a default
    return value is not False
_KEEP = ("az", "el", "end_az", "end_el", "dist", "end_dist", "spread", "wet", "gain", "drr", "rt60", "motion",
         "trend", "vtrend", "speed", "turns", "clockwise", "via_back", "via_az", "via_el")  # fmt: skip
"""Frame fields stored per sentence (what the network is trained on; probabilities and timings are not)."""


def _in_band(value: float | None, band: list | None, log: bool) -> float | None:
    """``value`` if it lies in the labelled ``band``, else the band's middle (geometric for distances)."""
    if not band:
        return value
    lo, hi = float(band[0]), float(band[1])
    if value is not None and lo <= value <= hi:
        return value
    return math.sqrt(lo * hi) if log else (lo + hi) / 2.0


def labelled_frame(row: dict) -> Frame:
    """The frame the rules read for ``row["text"]``, with the writer's labels on top (see the module doc)."""
    from t2sa.text.world import read

    frame = read(row["text"]).copy()
    if "azimuth_deg" in row:
        frame.az = float(row["azimuth_deg"])
    if "elevation_deg" in row:
        frame.el = float(row["elevation_deg"])
    if "azimuth_deg" in (row.get("unstated") or []):
        frame.az = frame.el = frame.end_az = frame.end_el = None
    if "end_azimuth_deg" in row:
        frame.end_az = float(row["end_azimuth_deg"])
        frame.end_el = float(row.get("end_elevation_deg", frame.end_el if frame.end_el is not None else 0.0))
    elif "end_elevation_deg" in row:
        frame.end_el = float(row["end_elevation_deg"])
    if row.get("trend") in _TREND:
        frame.trend = _TREND[row["trend"]]
    if row.get("motion"):
        frame.motion = row["motion"]
    frame.dist = _in_band(frame.dist, row.get("distance_range"), log=True)
    frame.spread = _in_band(frame.spread, row.get("spread_range"), log=False)
    frame.wet = _in_band(frame.wet, row.get("wet_range"), log=False)
    return frame


def _labels(frame: Frame) -> dict:
    return {k: getattr(frame, k) for k in _KEEP if _said(k, getattr(frame, k))}


def _same_angle(a: float | None, b: float | None) -> bool:
    return (a is None) == (b is None) and (a is None or abs(wrap(a - b)) < 0.5)


def reads_as_mirror(original: Frame, mirrored: Frame) -> bool:
    """Whether the rules' reading of a mirrored sentence is the mirror image of their reading of the original:
    azimuths of opposite sign, every other attribute the same. Mirrors that fail (a side word that was not
    swapped, or one swapped that was not a side) are not used."""
    flip = mirror_frame(original)
    return (_same_angle(flip.az, mirrored.az) and _same_angle(flip.end_az, mirrored.end_az)
            and _same_angle(flip.el, mirrored.el) and _same_angle(flip.end_el, mirrored.end_el)
            and flip.dist == mirrored.dist and flip.motion == mirrored.motion and flip.trend == mirrored.trend
            and flip.spread == mirrored.spread)  # fmt: skip


def mirrored(text: str, lang: str, frame: Frame) -> tuple[str, Frame] | None:
    """The mirror image of a labelled sentence (text, labels), or None where it has no side or the rules do not
    read its mirror as one (:func:`reads_as_mirror`)."""
    from t2sa.text.world import read

    if frame.az is None and frame.end_az is None:
        return None  # no direction to mirror ("unstated" rows with look-alike words stay as they are)
    text2 = mirror_text(text, lang)
    if text2 is None or not reads_as_mirror(read(text), read(text2)):
        return None
    return text2, mirror_frame(frame)


def build(data_dir: str | Path, out: str | Path = DATA_V9) -> int:
    """Write ``out``, the change version 9 (:data:`NEWEST`) makes to the stored rows of version 8 (read, never
    written, so their labels and mirror images stay as they were): drop the sentences a held-out set in ``data_dir``
    also holds, add the development sets in ``data_dir`` not in it yet (less those of :data:`NEXT_VERSION`), each
    with its mirror image; returns the number of version-9 sentences. (Versions 4 to 8 were built the same way,
    each on the one before; their files are frozen.) A ``.gz`` name is written gzip-compressed, the same bytes on
    every build (:func:`write_rows`)."""
    data = Path(data_dir)
    kept = [p for pattern in HELD_OUT for p in data.glob(pattern)]
    held_out = {json.loads(line)["text"] for p in kept for line in p.read_text(encoding="utf-8").splitlines() if line.strip()}
    stored = _stored_rows(NEWEST - 1)
    seen = {row["text"] for row in stored}
    new = []
    later = {p for pattern in NEXT_VERSION for p in data.glob(pattern)}
    for path in sorted(set(data.glob(SOURCES)) - later):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row and row["text"] not in held_out and row["text"] not in seen:
                new.append((row["text"], row.get("lang", "en"), labelled_frame(row)))
                seen.add(row["text"])
    out_rows: list[dict] = [{"drop": row["text"]} for row in stored if row["text"] in held_out]
    out_rows += [{"text": text, "lang": lang, "frame": _labels(frame)} for text, lang, frame in new]
    for text, lang, frame in new:
        mirror = mirrored(text, lang, frame)
        if mirror is not None and mirror[0] not in seen and mirror[0] not in held_out:
            out_rows.append({"text": mirror[0], "lang": lang, "frame": _labels(mirror[1]), "mirror_of": text})
            seen.add(mirror[0])
    write_rows(out_rows, out)
    return len(_stored_rows(NEWEST, changes={**CHANGES, NEWEST: Path(out)}))


def write_rows(rows: list[dict], out: str | Path) -> None:
    """JSON lines, gzip-compressed where ``out`` ends in ``.gz``: with no time stamp or file name in the header, so
    the same rows give the same bytes on every build."""
    text = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n" for row in rows).encode("utf-8")
    if Path(out).suffix == ".gz":
        with open(out, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as f:
            f.write(text)
    else:
        Path(out).write_bytes(text)


def _read(path: Path) -> list[dict]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def _change(path: Path) -> tuple[set[str], list[dict]]:
    """A version's change file: the sentences it drops from the version before, and the rows it adds."""
    rows = _read(path)
    return {row["drop"] for row in rows if "drop" in row}, [row for row in rows if "drop" not in row]


def _stored_rows(version: int, changes: dict[int, Path] = CHANGES) -> list[dict]:
    """The rows of a stored version as they are in its files (mirror notes included)."""
    if version <= 3:
        return _read(DATA)
    rows = _read(DATA_V5)
    if version == 4:
        return rows[:V4_ROWS]
    for v in range(6, version + 1):
        drop, added = _change(changes[v])
        rows = [row for row in rows if row["text"] not in drop] + added
    return rows


@lru_cache(maxsize=6)
def pool(lang: str | None = None, version: int = 3) -> tuple[tuple[str, str, Frame], ...]:
    """:func:`load`, only the sentences in ``lang`` ("en" / "ko"; None = all), in file order (cached: the corpus
    draws from it thousands of times)."""
    return tuple(w for w in load(version) if lang is None or w[1] == lang)


@lru_cache(maxsize=3)
def load(version: int = 3) -> tuple[tuple[str, str, Frame], ...]:
    """(text, lang, frame) of every shipped hand-written sentence of corpus ``version`` (3: ``written.jsonl``;
    4 and 5: ``written_v5.jsonl``; 6 to 9: with the change files of :data:`CHANGES`), in file order."""
    if version == 4:
        return load(5)[:V4_ROWS]  # (version 4 is version 5's first rows: read and parsed once)
    names = {f.name for f in fields(Frame)}

    def parsed(rows: list[dict]) -> tuple[tuple[str, str, Frame], ...]:
        return tuple((row["text"], row["lang"], Frame(**{k: v for k, v in row["frame"].items() if k in names})) for row in rows)

    if version >= 6:  # the version before (parsed once) with this version's change applied
        drop, added = _change(CHANGES[version])
        return tuple(w for w in load(version - 1) if w[0] not in drop) + parsed(added)
    return parsed(_stored_rows(max(version, 3)))


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    n = build(sys.argv[1] if len(sys.argv) > 1 else "tests/data")
    print(f"{n} sentences in version {NEWEST} ({CHANGES[NEWEST].name})")
