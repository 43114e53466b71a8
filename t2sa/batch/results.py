"""Result rows: the fixed schema, incremental Parquet parts, the de-duplicated read view, metrics.

Layout of an output folder ``DIR``::

    DIR/audio/<format>[-<hrtf>]/<id>.wav     rendered files (or the manifest's ``output`` paths)
    DIR/results/part-<run>-<seq>.parquet     one row per rendered work row, written as rows finish
    DIR/results/part-<run>-journal.parquet   rows a killed run finished, recovered from its journal
    DIR/metrics.parquet                      one row per job run: counts, rates, time per stage
    DIR/events.parquet                       scene manifests: one row per event and scene output
    DIR/job.json                             the last run's settings
    DIR/.t2sa/lock, DIR/.t2sa/journal/       who is using the folder; finished rows not yet in a part

Parts are written under a dot-name and renamed into place, so readers (``pandas.read_parquet(DIR
/"results")``, ``pyarrow.dataset``) never see half a file and an interrupted job keeps every part it
finished. Each key (``id|format|hrtf``) has one row: a submit removes the rows of keys it is about
to render again (their ``content_key`` changed, they failed, or their file is gone) before it starts,
so a reader never sees a key twice. :func:`read_results` still keeps one row per key (the last
``ok``, else the last row) should a killed job have left two, and skips a damaged part (the next
submit renames it ``_*.damaged``, which readers of the folder skip, and renders its rows again).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from t2sa.errors import describe
from t2sa.params import KEYFRAME_FIELDS, SCALAR_FIELDS, SpatialParams

from . import storage
from .measuring import METRIC_COLUMNS
from .worker import node_id, worker_name

_KEYFRAME = pa.struct([(name, pa.float64()) for name in KEYFRAME_FIELDS])
TIMING_COLUMNS: tuple[str, ...] = ("predict_s", "read_s", "render_s", "write_s", "measure_s")

EVENT_STRUCT = pa.struct(
    [
        ("id", pa.string()),
        ("row", pa.int64()),
        ("label", pa.string()),
        ("class_index", pa.int64()),
        ("text", pa.string()),
        ("audio", pa.string()),
        ("onset_s", pa.float64()),
        ("duration_s", pa.float64()),
        ("fit", pa.string()),
        ("level_dbfs", pa.float64()),
        ("start_s", pa.float64()),  # where its sound plays in the scene (after fitting, cut at the scene's end)
        ("end_s", pa.float64()),
        ("frames", pa.int64()),  # active 100 ms label frames
        ("track", pa.int64()),
        *[(name, pa.float64()) for name in SCALAR_FIELDS],
        ("motion", pa.string()),
        ("trajectory", pa.list_(_KEYFRAME)),
        ("fields_from_model", pa.list_(pa.string())),
        ("fields_from_override", pa.list_(pa.string())),
        ("error", pa.string()),
    ]
)
"""One event of a scene result row (``events`` column; flattened into ``OUT/events.parquet``)."""

RESULT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("row", pa.int64()),
        ("text", pa.string()),
        ("audio", pa.string()),
        ("format", pa.string()),
        ("hrtf", pa.string()),
        ("output", pa.string()),
        ("status", pa.string()),
        ("error", pa.string()),
        ("error_field", pa.string()),
        ("sample_rate", pa.int64()),
        *[(name, pa.float64()) for name in SCALAR_FIELDS],
        ("motion", pa.string()),
        ("trajectory", pa.list_(_KEYFRAME)),
        ("fields_from_model", pa.list_(pa.string())),
        ("fields_from_override", pa.list_(pa.string())),
        ("duration_s", pa.float64()),
        ("channels", pa.int64()),
        ("peak_dbfs", pa.float64()),
        ("loudness_lufs", pa.float64()),
        ("clipped", pa.bool_()),
        ("gain_applied_db", pa.float64()),
        ("itd_s", pa.float64()),
        ("ild_db", pa.float64()),
        ("iacc", pa.float64()),
        ("itd_expected_s", pa.float64()),
        ("est_azimuth_deg", pa.float64()),
        ("est_elevation_deg", pa.float64()),
        ("direction_error_deg", pa.float64()),
        # binaural round trip (--metrics full; static dry binaural rows, else null): the direction estimated
        # back from the ears against the HRTF used, its lateral and polar errors, a front/back confusion
        ("loc_azimuth_deg", pa.float64()),
        ("loc_elevation_deg", pa.float64()),
        ("loc_lateral_error_deg", pa.float64()),
        ("loc_polar_error_deg", pa.float64()),
        ("loc_front_back", pa.bool_()),
        ("labels", pa.string()),  # scene rows: the DCASE label file (relative to the output folder)
        ("labels_bytes", pa.int64()),
        ("n_events", pa.int64()),
        ("overlap_frames", pa.int64()),  # label frames with two or more events active
        ("events", pa.list_(EVENT_STRUCT)),
        *[(name, pa.float64()) for name in TIMING_COLUMNS],
        ("worker", pa.string()),
        ("node", pa.string()),
        ("key", pa.string()),
        ("content_key", pa.string()),
        ("content_parts", pa.string()),
        ("file_bytes", pa.int64()),
        ("run_id", pa.string()),
    ]
)
assert set(METRIC_COLUMNS) <= set(RESULT_SCHEMA.names)


def _finite(v: Any) -> Any:
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


def result_row(
    work: dict[str, Any],
    *,
    status: str,
    error: str | None = None,
    error_field: str | None = None,
    params: SpatialParams | None = None,
    **values: Any,
) -> dict[str, Any]:
    """A result row (dict in RESULT_SCHEMA order) from a work row and what the render produced."""
    out: dict[str, Any] = {name: None for name in RESULT_SCHEMA.names}
    for name in ("id", "row", "text", "audio", "format", "hrtf", "output", "sample_rate", "key", "content_key", "content_parts"):
        out[name] = work.get(name)
    out["fields_from_model"] = work.get("fields_from_model")
    out["fields_from_override"] = work.get("fields_from_override")
    out["predict_s"] = work.get("predict_s") or 0.0
    if params is None and work.get("params"):
        try:
            params = SpatialParams.from_json(work["params"])
        except Exception:  # noqa: BLE001 - show nothing rather than fail the row twice
            params = None
    if params is not None:
        d = params.to_dict()
        for name in SCALAR_FIELDS:
            out[name] = d[name]
        out["motion"] = d["motion"]
        out["trajectory"] = d["trajectory"]
    out["status"], out["error"], out["error_field"] = status, error, error_field
    for name, value in values.items():
        if name in out:
            out[name] = _finite(value)
    out["worker"] = worker_name()
    out["node"] = node_id()
    return out


def results_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=RESULT_SCHEMA)


def new_run_id() -> str:
    """Sortable run id: parts of later runs sort after earlier ones."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:6]


def results_dir(out_root: str) -> str:
    return storage.join(out_root, "results")


def list_parts(out_root: str) -> list[str]:
    return storage.list_files(results_dir(out_root), ".parquet")


class ResultWriter:
    """Buffers finished result rows and writes them as Parquet parts (atomic rename).

    Flushes every ``flush_rows`` rows or ``flush_s`` seconds, so an interrupted job loses at most
    that much bookkeeping (those rows are simply redone on resume: their files get rewritten
    identically).
    """

    def __init__(self, out_root: str, run_id: str, flush_rows: int = 2000, flush_s: float = 5.0):
        self.out_root, self.run_id = out_root, run_id
        self.flush_rows, self.flush_s = flush_rows, flush_s
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.seq = 0
        self.parts: list[str] = []
        self._last = _now()
        storage.makedirs(results_dir(out_root))

    def add(self, table: pa.Table) -> bool:
        """Buffer rows; returns True when this call wrote a part."""
        if table.num_rows:
            run = pa.array([self.run_id] * table.num_rows, pa.string())
            table = table.set_column(table.schema.get_field_index("run_id"), "run_id", run)
            self.buffer.append(table)
            self.buffered += table.num_rows
        if self.buffered >= self.flush_rows or (self.buffered and _now() - self._last >= self.flush_s):
            self.flush()
            return True
        return False

    def flush(self) -> None:
        self._last = _now()
        if not self.buffered:
            return
        table = pa.concat_tables(self.buffer)
        path = storage.join(results_dir(self.out_root), f"part-{self.run_id}-{self.seq:06d}.parquet")
        storage.write_parquet_atomic(table, path)
        self.parts.append(path)
        self.seq += 1
        self.buffer, self.buffered = [], 0


def _now() -> float:
    import time

    return time.monotonic()


def _latest_per_key(table: pa.Table) -> pa.Table:
    """One row per key: the last 'ok' row, else the last row (``_ord`` gives the order)."""
    if table.num_rows == 0:
        return table.drop_columns([c for c in ("_ord", "_ok") if c in table.column_names])
    table = table.append_column("_ok", pc.cast(pc.equal(table["status"], "ok"), pa.int8()))
    table = table.sort_by([("key", "ascending"), ("_ok", "descending"), ("_ord", "descending")])
    keys = table["key"].combine_chunks()
    first = pa.concat_arrays([pa.array([True]), pc.fill_null(pc.not_equal(keys[1:], keys[:-1]), True)])
    return table.filter(first).sort_by([("row", "ascending"), ("key", "ascending")]).drop_columns(["_ord", "_ok"])


def read_part(path: str, columns: list[str] | None = None) -> pa.Table:
    """One results part; columns an older part lacks (``content_key``, ...) come back as nulls."""
    pf = storage.parquet_file(path)  # remote: read whole, parsed from memory (see there)
    names = pf.schema_arrow.names
    wanted = names if columns is None else [c for c in columns if c in names]
    table = pf.read(columns=wanted)
    for name in RESULT_SCHEMA.names if columns is None else columns:
        if name not in table.column_names and name in RESULT_SCHEMA.names:
            table = table.append_column(RESULT_SCHEMA.field(name), pa.nulls(table.num_rows, RESULT_SCHEMA.field(name).type))
    return table if columns is None else table.select(columns)


def iter_parts(
    out_root: str, columns: list[str] | None = None, damaged: list[tuple[str, str]] | None = None
) -> Iterator[tuple[str, pa.Table]]:
    """(path, table) of each readable part; unreadable ones are skipped and added to ``damaged``
    as (path, reason) when a list is given."""
    for path in list_parts(out_root):
        try:
            table = read_part(path, columns)
        except Exception as exc:  # noqa: BLE001 - a truncated or foreign file: report, never a traceback
            if damaged is not None:
                damaged.append((path, describe(exc)))
            continue
        yield path, table


def read_results(
    out_root: str, columns: list[str] | None = None, damaged: list[tuple[str, str]] | None = None
) -> pa.Table:
    """All results of an output folder, one row per key, in manifest row order (damaged parts skipped,
    listed in ``damaged`` when given)."""
    cols = None if columns is None else list(dict.fromkeys([*columns, "key", "status", "row"]))
    tables, n = [], 0
    for _, t in iter_parts(out_root, cols, damaged):
        t = t.append_column("_ord", pa.array(range(n, n + t.num_rows), pa.int64()))
        n += t.num_rows
        tables.append(t)
    if not tables:
        schema = RESULT_SCHEMA if columns is None else pa.schema([RESULT_SCHEMA.field(c) for c in cols])
        return schema.empty_table()
    out = _latest_per_key(pa.concat_tables(tables, promote_options="permissive"))
    return out if columns is None else out.select(columns)


# -- run statistics -------------------------------------------------------------------------
@dataclass
class RunStats:
    """Figures of one job run (a row of DIR/metrics.parquet and the end-of-run summary)."""

    run_id: str
    manifest: str
    out: str
    started_at: str
    total: int = 0  # work rows in the sweep
    skipped: int = 0  # already done before this run
    changed: int = 0  # of the rows rendered, how many replaced an earlier result (see Job.reasons)
    recovered: int = 0  # rows a killed run finished, taken from its journal at the start of this run
    ok: int = 0  # rendered ok in this run
    error: int = 0
    lost: int = 0  # rows whose render task failed on every retry (workers killed repeatedly)
    wall_s: float = 0.0
    audio_s: float = 0.0
    predict_s: float = 0.0
    read_s: float = 0.0
    render_s: float = 0.0
    write_s: float = 0.0
    measure_s: float = 0.0
    workers: int = 0
    address: str = ""
    formats: list[str] = field(default_factory=list)
    hrtfs: list[str] = field(default_factory=list)
    interrupted: bool = False

    @property
    def done_now(self) -> int:
        return self.ok + self.error

    @property
    def rows_per_s(self) -> float:
        return self.done_now / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def audio_per_wall(self) -> float:
        return self.audio_s / self.wall_s if self.wall_s > 0 else 0.0

    @property
    def error_rate(self) -> float:
        """Errors (and lost rows) over the work rows of the sweep (every unfinished row was retried)."""
        return (self.error + self.lost) / self.total if self.total else 0.0

    def add(self, table: pa.Table) -> None:
        status = table["status"]
        ok = pc.sum(pc.cast(pc.equal(status, "ok"), pa.int64())).as_py() or 0
        self.ok += ok
        self.error += table.num_rows - ok
        self.audio_s += pc.sum(table["duration_s"]).as_py() or 0.0
        for name in ("predict_s", "read_s", "render_s", "write_s", "measure_s"):
            setattr(self, name, getattr(self, name) + (pc.sum(table[name]).as_py() or 0.0))

    def to_row(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(rows_per_s=self.rows_per_s, audio_s_per_wall_s=self.audio_per_wall, error_rate=self.error_rate)
        return d


def append_metrics(out_root: str, stats: RunStats) -> None:
    """Add this run's row to DIR/metrics.parquet (rewritten atomically)."""
    path = storage.join(out_root, "metrics.parquet")
    row = pa.Table.from_pylist([stats.to_row()])
    if storage.exists(path):
        try:
            row = pa.concat_tables([storage.read_parquet(path), row], promote_options="permissive")
        except Exception:  # noqa: BLE001 - a damaged metrics file must not lose this run's row
            pass
    storage.write_parquet_atomic(row, path)


def write_job_json(out_root: str, settings: dict[str, Any]) -> None:
    import fsspec

    path = storage.join(out_root, "job.json")
    with fsspec.open(path, "w") as f:
        json.dump(settings, f, indent=2, sort_keys=True, default=str)


def format_summary(stats: RunStats, results_total: tuple[int, int] | None = None) -> str:
    """The end-of-run table (plain text, fixed width)."""
    stage_total = stats.predict_s + stats.read_s + stats.render_s + stats.write_s + stats.measure_s
    lines = [
        "",
        f"t2sa-batch {'INTERRUPTED' if stats.interrupted else 'done'}: {stats.manifest}",
        f"  {'work rows (rows x sweep)':<28}{stats.total:>12,}",
        f"  {'already done (skipped)':<28}{stats.skipped:>12,}",
        *([f"  {'recovered from a kill':<28}{stats.recovered:>12,}"] if stats.recovered else []),
        f"  {'rendered ok':<28}{stats.ok:>12,}",
        f"  {'errors':<28}{stats.error:>12,}",
        *([f"  {'lost (workers died, retry)':<28}{stats.lost:>12,}"] if stats.lost else []),
        f"  {'wall time':<28}{stats.wall_s:>11.1f}s",
        f"  {'rows / s':<28}{stats.rows_per_s:>12.2f}",
        f"  {'audio s / wall s':<28}{stats.audio_per_wall:>12.2f}",
        "  time per stage (task seconds, summed over workers):",
    ]
    for name in ("predict", "read", "render", "write", "measure"):
        v = getattr(stats, f"{name}_s")
        share = 100.0 * v / stage_total if stage_total > 0 else 0.0
        per = 1000.0 * v / stats.done_now if stats.done_now else 0.0
        lines.append(f"    {name:<26}{v:>11.2f}s {share:5.1f}%  {per:8.1f} ms/row")
    if results_total is not None:
        lines.append(f"  {'results (all runs)':<28}{results_total[0]:>12,} ok, {results_total[1]:,} error")
    lines.append(f"  results: {results_dir(stats.out)}  (metrics: {storage.join(stats.out, 'metrics.parquet')})")
    return "\n".join(lines)
