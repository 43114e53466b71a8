"""What is already done in an output folder, what changed since, and one result row per key.

A work row is *done* when the result row of its key is ``ok``, carries the row's current
``content_key`` (:mod:`t2sa.batch.identity`) and its file exists with the size recorded when it was
written (a 0-byte, truncated or replaced file is not done); for a scene, its label file too. Everything else is rendered again, and
:func:`survey` says why: new rows, changed parameters / audio / HRTF / settings / output path, errors
retried, missing or damaged files.

Before that, :func:`tidy` (run while the output folder's lock is held) puts the folder in order after
whatever stopped the last job: temporary files of killed writers are removed, unreadable results parts
are renamed ``_*.damaged`` (their rows are rendered again), rows that a killed job finished but never
recorded are taken from its journal (:mod:`t2sa.batch.journal`), and a key recorded twice keeps one row.

The driver holds a few compact Arrow columns per recorded row (key, content key, its parts, status),
a few tens of bytes each; manifest rows are streamed.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from t2sa.errors import ManifestError

from . import journal, storage
from . import manifest as mf
from .identity import REASONS, changed_parts
from .outfolder import remove_orphans
from .results import RESULT_SCHEMA, _latest_per_key, iter_parts, list_parts, read_part, results_dir

SCAN_COLUMNS = [
    "key", "status", "output", "row", "content_key", "content_parts", "file_bytes", "run_id", "labels", "labels_bytes",
]


# -- tidying up after the last job ----------------------------------------------------------
@dataclass
class Tidy:
    notices: list[str] = field(default_factory=list)
    orphans: int = 0  # temporary files removed
    recovered: int = 0  # result rows taken from journals
    damaged: int = 0  # results parts renamed *.damaged


def _rename(path: str, target: str) -> None:
    if storage.is_remote(path):
        fs, inner = storage.fsspec_fs(path)
        fs.mv(inner, storage.fsspec_fs(target)[1])
    else:
        os.replace(storage.local_path(path), storage.local_path(target))


def tidy(out: str, run_id: str) -> Tidy:
    """Remove orphans, set damaged parts aside, recover journals, de-duplicate keys (see module doc)."""
    report = Tidy(orphans=remove_orphans(out))
    if report.orphans:
        report.notices.append(f"removed {report.orphans} temporary file(s) left by an interrupted job")
    damaged: list[tuple[str, str]] = []
    recorded: list[pa.Table] = []
    for _, t in iter_parts(out, SCAN_COLUMNS, damaged):  # what scan() reads must be readable
        recorded.append(t.select(["key", "content_key"]))
    for path, reason in damaged:
        # "_" keeps readers of the folder (pandas, pyarrow.dataset) from opening it
        head, name = path.rsplit("/", 1)
        aside = f"_{name}.damaged"
        _rename(path, f"{head}/{aside}")
        report.notices.append(
            f"results part {name} is damaged ({reason}): renamed to {aside}; its rows will be rendered again"
        )
    report.damaged = len(damaged)
    rows, folders = journal.read_all(out)
    fresh = _unrecorded(rows, recorded)
    if fresh:
        table = pa.Table.from_pylist([{n: r.get(n) for n in RESULT_SCHEMA.names} for r in fresh], schema=RESULT_SCHEMA)
        storage.write_parquet_atomic(table, storage.join(results_dir(out), f"part-{run_id}-journal.parquet"))
        report.recovered = len(fresh)
        report.notices.append(f"recovered {len(fresh):,} finished row(s) from the journal of a killed job")
    journal.remove(folders)  # after their rows are safely in a part: a kill in between only recovers them again
    _dedupe(out)
    return report


def _unrecorded(rows: list[dict], recorded: list[pa.Table]) -> list[dict]:
    """Journal rows whose (key, content key) no results part holds yet, each once."""
    if not rows:
        return []
    unique: dict[str, dict] = {}
    for row in rows:
        unique[f"{row['key']}\0{row['content_key']}"] = row
    if recorded:
        table = pa.concat_tables(recorded)
        seen = pc.binary_join_element_wise(table["key"], pc.fill_null(table["content_key"], ""), "\0")
        known = pc.is_in(pa.array(list(unique), pa.string()), value_set=seen.combine_chunks()).to_pylist()
        return [row for row, k in zip(unique.values(), known, strict=True) if not k]
    return list(unique.values())


def _dedupe(out: str) -> int:
    """Keep one row per key over all parts (the last ok, else the last row); returns rows removed."""
    tables, n = [], 0
    parts = list_parts(out)
    for i, path in enumerate(parts):
        try:
            t = read_part(path, ["key", "status"])
        except Exception:  # noqa: BLE001 - damaged parts were set aside by tidy
            continue
        t = t.append_column("_part", pa.array([i] * t.num_rows, pa.int32()))
        t = t.append_column("_idx", pa.array(range(t.num_rows), pa.int64()))
        t = t.append_column("_ord", pa.array(range(n, n + t.num_rows), pa.int64()))
        n += t.num_rows
        tables.append(t)
    if not tables:
        return 0
    table = pa.concat_tables(tables)
    if pc.count_distinct(table["key"]).as_py() == table.num_rows:
        return 0
    kept = _latest_per_key(table)
    keep: dict[int, set[int]] = {}
    for p, idx in zip(kept["_part"].to_pylist(), kept["_idx"].to_pylist(), strict=True):
        keep.setdefault(p, set()).add(idx)
    removed = 0
    for i, path in enumerate(parts):
        rows = int(pc.sum(pc.equal(table["_part"], i)).as_py() or 0)
        mine = keep.get(i, set())
        if len(mine) == rows:
            continue
        removed += rows - len(mine)
        if mine:
            full = read_part(path)
            storage.write_parquet_atomic(full.take(pa.array(sorted(mine), pa.int64())), path)
        else:
            storage.remove(path)
    return removed


# -- what is done -----------------------------------------------------------------------------
@dataclass
class ResumeState:
    done: pa.Array  # content keys of rows that are done
    keys: pa.Array  # every key with a result row
    content_parts: pa.Array  # that row's content_parts ('' for results of older versions)
    status: pa.Array  # 'ok' (done), 'file' (ok, but the file is missing or not as written), 'error'
    parts: list[str]  # result parts that existed before this run

    @classmethod
    def empty(cls, parts: list[str] | None = None) -> ResumeState:
        empty = pa.array([], pa.string())
        return cls(empty, empty, empty, empty, parts or [])


def _file_sizes(out: str, outputs: list[str | None]) -> list[int | None]:
    """Size of each output file (None if missing)."""
    if not storage.is_remote(out):
        root = storage.local_path(out)
        sizes: list[int | None] = []
        for o in outputs:
            try:
                sizes.append(os.stat(os.path.join(root, *o.split("/"))).st_size if o else None)
            except OSError:
                sizes.append(None)
        return sizes
    fs, inner = storage.fsspec_fs(out)
    prefix = inner.rstrip("/") + "/"
    try:
        listing = fs.find(inner, detail=True)
    except FileNotFoundError:
        listing = {}
    present = {p[len(prefix) :]: info.get("size") for p, info in listing.items() if p.startswith(prefix)}
    return [present.get(o) if o else None for o in outputs]


def scan(out: str) -> ResumeState:
    """Read the bookkeeping columns of every results part and check the files they name."""
    tables, n = [], 0
    parts = list_parts(out)
    for _, t in iter_parts(out, SCAN_COLUMNS):
        t = t.append_column("_ord", pa.array(range(n, n + t.num_rows), pa.int64()))
        n += t.num_rows
        tables.append(t)
    if not tables:
        return ResumeState.empty(parts)
    latest = _latest_per_key(pa.concat_tables(tables))
    sizes = _file_sizes(out, latest["output"].to_pylist())
    labels = latest["labels"].to_pylist()
    label_sizes = _file_sizes(out, labels) if any(labels) else [None] * len(labels)
    status = []
    for st, ck, recorded, size, label, label_recorded, label_size in zip(
        latest["status"].to_pylist(), latest["content_key"].to_pylist(), latest["file_bytes"].to_pylist(), sizes,
        labels, latest["labels_bytes"].to_pylist(), label_sizes, strict=True,
    ):
        if st != "ok":
            status.append("error")
        elif ck and recorded and size == recorded and (label is None or label_size == label_recorded):
            status.append("ok")
        else:
            status.append("file")
    status_arr = pa.array(status, pa.string())
    ok = pc.equal(status_arr, "ok")
    keys = latest["key"].combine_chunks()
    return ResumeState(
        done=latest["content_key"].combine_chunks().filter(ok),
        keys=keys,
        content_parts=pc.fill_null(latest["content_parts"], "").combine_chunks(),
        status=status_arr,
        parts=parts,
    )


# -- what this submit will do -----------------------------------------------------------------
@dataclass
class Survey:
    total: int = 0  # work rows in the sweep
    done: int = 0  # of which already done
    model: int = 0  # of the rest, how many need the text model
    reasons: Counter = field(default_factory=Counter)  # why the rest is rendered (a row may have several)
    superseded: pa.Array = field(default_factory=lambda: pa.array([], pa.string()))  # keys whose rows go
    collisions: list[str] = field(default_factory=list)


def _output_hash(output: str) -> int:
    import hashlib

    return int.from_bytes(hashlib.blake2b(output.casefold().encode(), digest_size=8).digest(), "little")


def iter_work_rows(files: mf.ManifestFiles, plan: mf.Plan, batch_rows: int = 2048):
    """Every work row of the manifest, a batch (list of dicts) at a time, rows numbered as the job does
    (scene manifests: one batch per read unit of whole scenes)."""
    if plan.scenes is not None:
        from .scenes import iter_unit_work, read_units

        yield from iter_unit_work(files, plan, read_units(files))
        return
    first = 0
    for i, groups in enumerate(files.row_groups):
        for number, rows in mf.iter_manifest_batches(files, i, range(len(groups)), first, batch_rows):
            yield mf.expand_rows(rows, number, plan)
        first += sum(groups)


def survey(files: mf.ManifestFiles, plan: mf.Plan, state: ResumeState) -> Survey:
    """Count the work, what is done and why the rest is rendered; find output collisions. Raises
    ManifestError (nothing started) when two work rows would write the same file."""
    out = Survey()
    hashes: list[np.ndarray] = []
    superseded: list[str] = []
    for work in iter_work_rows(files, plan):
        if not work:
            continue
        out.total += len(work)
        hashes.append(np.array([_output_hash(path) for _, path in _written(work)], dtype=np.uint64))
        content = pa.array([w["content_key"] for w in work], pa.string())
        done = pc.is_in(content, value_set=state.done).to_pylist() if len(state.done) else [False] * len(work)
        where = pc.index_in(pa.array([w["key"] for w in work], pa.string()), value_set=state.keys).to_pylist()
        for w, is_done, i in zip(work, done, where, strict=True):
            if is_done:
                out.done += 1
                continue
            if _needs_model(w):
                out.model += 1
            if i is None:
                out.reasons["new"] += 1
                continue
            superseded.append(w["key"])
            status, old = state.status[i].as_py(), state.content_parts[i].as_py()
            if status == "error":
                out.reasons["errors retried"] += 1
            elif not old:
                out.reasons["results of an earlier t2sa version"] += 1
            else:
                changed = changed_parts(old, w["content_parts"])
                for name in changed:
                    out.reasons[REASONS[name]] += 1
                if not changed:
                    out.reasons["missing or damaged files"] += 1
    out.superseded = pa.array(superseded, pa.string())
    if hashes:
        all_hashes = np.concatenate(hashes)
        values, counts = np.unique(all_hashes, return_counts=True)
        clashing = set(values[counts > 1].tolist())
        if clashing:
            out.collisions = _name_collisions(files, plan, clashing)
    return out


def _needs_model(w: dict) -> bool:
    """Whether a work row to render needs the text model (a scene row: whether any of its events does)."""
    if w["error"] is not None:
        return False
    if w.get("scene"):
        return bool(w.get("uses_model"))
    return mf.needs_model(w["text"], json.loads(w["overrides"]) if w["overrides"] else {})


def _written(work: list[dict]) -> list[tuple[str, str]]:
    """(id, path) of every file the work rows write: outputs, and each scene's label files once (the
    formats of one scene may share a label file)."""
    paths = [(w["id"], w["output"]) for w in work if w["output"]]
    labels = {(w["id"], w["labels"]) for w in work if w.get("labels")}
    return paths + sorted(labels)


def _name_collisions(files: mf.ManifestFiles, plan: mf.Plan, clashing: set[int]) -> list[str]:
    groups: dict[int, list[tuple[str, str]]] = {}
    for work in iter_work_rows(files, plan):
        for row_id, path in _written(work):
            if (h := _output_hash(path)) in clashing:
                groups.setdefault(h, []).append((row_id, path))
    what, column = ("scenes", "'output' or 'labels'") if plan.scenes is not None else ("rows", "'output'")
    problems = []
    for rows in groups.values():
        (a_id, a_out), *rest = rows
        for b_id, b_out in rest:
            same = "the same file" if a_out == b_out else "the same file on a case-insensitive file system"
            problems.append(f"{what} {a_id!r} and {b_id!r} both write {a_out!r}" + (f" / {b_out!r}" if a_out != b_out else "") + f" ({same}); give one an {column} of its own")
    return problems


def check_collisions(manifest: str, found: Survey) -> None:
    if found.collisions:
        shown = found.collisions[:10]
        if len(found.collisions) > 10:
            shown.append(f"... and {len(found.collisions) - 10} more")
        raise ManifestError(manifest, shown)


def describe_reasons(reasons: Counter) -> str:
    """``12 changed parameters, 3 new audio, 2 changed HRTF`` (largest first)."""
    return ", ".join(f"{n:,} {why}" for why, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))


# -- keeping one row per key ----------------------------------------------------------------
def remove_superseded(parts: list[str], superseded: pa.Array) -> int:
    """Drop rows of the given keys from these parts (they are about to be rendered again); returns
    rows removed. A part that only held such rows is deleted; others are rewritten atomically."""
    if not len(superseded):
        return 0
    removed = 0
    for path in parts:
        if not storage.exists(path):
            continue
        try:
            table = read_part(path)
        except Exception:  # noqa: BLE001 - set aside by tidy; never stop a job for it
            continue
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
    """Remove all results parts and journals (``--overwrite``); rendered files stay and get overwritten."""
    parts = list_parts(out_root)
    for path in parts:
        storage.remove(path)
    _, folders = journal.read_all(out_root)
    journal.remove(folders)
    return len(parts)
