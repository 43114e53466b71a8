"""What is already done in an output folder, and cleaning up rows a later run superseded.

A work row is *done* when its latest result (the last ``ok`` row of its key) says ``ok`` and the
file it names exists. Everything else (errors, rows whose file was deleted, rows never reached)
is rendered again on the next submit. Keys are ``id|format|hrtf tag``; the set is held as one
Arrow string array, a few tens of bytes per done row.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from . import storage
from .results import _latest_per_key, iter_parts, list_parts


@dataclass
class ResumeState:
    done: pa.Array  # keys that are done (status ok, file present)
    redo: pa.Array  # keys with a result that is not done (error, or file missing)
    parts: list[str]  # result parts that existed before this run


def _existing(out_root: str, outputs: list[str]) -> list[bool]:
    if not storage.is_uri(out_root) or out_root.startswith("file://"):
        root = out_root[len("file://") :] if out_root.startswith("file://") else out_root
        return [bool(o) and os.path.exists(os.path.join(root, *o.split("/"))) for o in outputs]
    fs, inner = storage.fsspec_fs(out_root)
    present = {p[len(inner.rstrip("/")) + 1 :] for p in fs.find(inner)} if fs.exists(inner) else set()
    return [bool(o) and o in present for o in outputs]


def scan(out_root: str) -> ResumeState:
    """Read the key/status/output columns of every results part and check the files."""
    tables, n = [], 0
    parts = list_parts(out_root)
    for _, t in iter_parts(out_root, ["key", "status", "output", "row"]):
        t = t.append_column("_ord", pa.array(range(n, n + t.num_rows), pa.int64()))
        n += t.num_rows
        tables.append(t)
    if not tables:
        empty = pa.array([], pa.string())
        return ResumeState(empty, empty, parts)
    latest = _latest_per_key(pa.concat_tables(tables))
    ok = pc.equal(latest["status"], "ok").to_pylist()
    present = _existing(out_root, latest["output"].to_pylist())
    done_mask = pa.array([bool(a) and b for a, b in zip(ok, present, strict=True)])
    keys = latest["key"].combine_chunks()
    return ResumeState(keys.filter(done_mask), keys.filter(pc.invert(done_mask)), parts)


def remove_superseded(parts: list[str], superseded: pa.Array) -> int:
    """Drop rows of the given keys from older parts (their keys were redone); returns rows removed.

    Called after a run finished: every key in ``superseded`` has a newer row in this run's parts.
    A part that only held such rows is deleted; others are rewritten (atomically) without them.
    """
    if not len(superseded):
        return 0
    removed = 0
    for path in parts:
        if not storage.exists(path):
            continue
        table = storage.read_parquet(path)
        stale = pc.is_in(table["key"], value_set=superseded)
        n = pc.sum(pc.cast(stale, pa.int64())).as_py() or 0
        if not n:
            continue
        removed += n
        keep = table.filter(pc.invert(stale))
        if keep.num_rows:
            storage.write_parquet_atomic(keep, path)
        else:
            storage.remove(path)
    return removed


def clear_results(out_root: str) -> int:
    """Remove all results parts (``--overwrite``); rendered files stay and get overwritten."""
    parts = list_parts(out_root)
    for path in parts:
        storage.remove(path)
    return len(parts)
