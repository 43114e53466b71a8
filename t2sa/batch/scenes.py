"""Scene manifests: rows are sound events, grouped into scenes by ``scene_id``; one file per scene and format.

A manifest with a ``scene_id`` column (``manifests/README.md``, "Scene manifests") holds one row per event:
its sound (``audio``: a path, URI or ``synth:`` name), ``text`` and/or parameter overrides as in any
manifest, ``onset_s``, ``duration_s``, ``fit``, ``level_dbfs``, ``label`` (and ``class_index``), plus the
scene's own columns (:data:`t2sa.batch.manifest.SCENE_COLUMNS`, and ``format``, ``hrtf``, ``output``,
``sample_rate``), whose values must agree over the rows of a scene. The stages are those of plain
manifests, each a plain function (the Ray layer only orchestrates):

* planning (driver): :func:`scene_setup` reads the compact ``scene_id``, ``label`` and ``class_index``
  columns once (a null scene id or a label numbered two ways stops the job before any work; the
  class map); :func:`read_units` cuts the scenes, in order of their first row, into read units of whole
  scenes (a scene's rows need not be consecutive).
* expansion (read tasks): :func:`expand_scene` -> one work row per scene x format x HRTF, the scene as JSON
  in its ``scene`` column. A bad cell of an event or of the scene becomes an error on the scene's work
  rows naming scene, event, field and value; the other scenes go on. The content key covers every event
  (:func:`t2sa.batch.identity.scene_content_key`): changing one event renders its scene again, nothing else.
* predict: :func:`predict_scene_rows`: each event's text, given the length its sound plays for, in one
  model call per block; overrides win as in plain rows. The scene's room decides ``wet``, ``rt60_s``
  and ``drr_db`` (what an event's text says of them is ignored).
* render: :func:`render_scene_row` -> :func:`t2sa.scene.render_scene_to_file` (streamed, atomic), the DCASE
  labels next to it (:mod:`t2sa.scene.labels`), the file measured at ``basic`` (a mix has no one direction)
  -> one result row per scene x format, its events nested in the ``events`` column.
* :func:`write_events_table`: ``OUT/events.parquet``, one row per event and scene output.

Same scene, same bytes: a scene's seed is ``scene_seed`` (default: a hash of its id), never the worker's.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from t2sa.audio import SUBTYPES
from t2sa.errors import AudioError, FieldError, ManifestError, StorageError, describe
from t2sa.formats import get_format
from t2sa.params import ALL_FIELDS, SpatialParams
from t2sa.resolve import apply_overrides
from t2sa.scene.model import SYNTH_PREFIX, Background, Event, Room, Scene, SceneError

from . import journal, storage
from . import manifest as mf
from .identity import SUBTYPE, scene_content_key, seed_for
from .predict import clip_duration, load_model, predict_texts, takes_duration
from .results import EVENT_STRUCT, read_results, result_row

ROOM_FIELDS: tuple[str, ...] = ("wet", "rt60_s", "drr_db")
"""SpatialParams fields the scene's room decides (an event's values for them are not used)."""
DEFAULT_SAMPLE_RATE = 48000
"""Scene rate when neither the ``sample_rate`` column nor ``--sample-rate`` gives one."""
UNIT_ROWS = 2048
"""Event rows per read unit (whole scenes, so a unit may hold more)."""
READ_BATCH = 4096
LABEL_SUFFIXES: tuple[str, ...] = (".csv",)
SCENE_CELLS: tuple[str, ...] = ("format", "hrtf", "output", "sample_rate") + mf.SCENE_COLUMNS
"""Cells that belong to the scene, not to one event: the values given on its rows must agree."""
EVENTS_FILE = "events.parquet"

# scene model field -> manifest column, for errors the model raises
_SCENE_FIELD_COLUMNS = {
    "name": mf.SCENE_ID,
    "duration_s": "scene_duration_s",
    "seed": "scene_seed",
    "room.rt60_s": "room_rt60_s",
    "room.drr_db": "room_drr_db",
    "room.wet": "room_wet",
    "background.level_db": "background_level_db",
    "background.noise": "background_noise",
    "background.sound": "background_sound",
}
_EVENT_FIELD = re.compile(r"^events\[(\d+)\]\.(.+)$")


class SceneRowError(FieldError):
    """A bad cell of a scene manifest: names the scene, the event (its id) when one is at fault, the field
    (a column name) and the value. Its message is the ``error`` of the scene's result rows."""

    def __init__(self, scene: str, field: str, value: Any, reason: str, *, event: str | None = None):
        super().__init__(field, value, reason, row=scene)
        self.scene, self.event = scene, event
        where = f"scene {scene!r}" + (f", event {event!r}" if event is not None else "")
        text = repr(value)
        shown = text if len(text) <= 120 else text[:117] + "..."
        Exception.__init__(self, f"{where}: {field}={shown}: {reason}")

    @property
    def column(self) -> str:
        """The manifest column at fault (``trajectory[2].t`` -> ``trajectory``), for ``error_field``."""
        return self.field.split("[", 1)[0].split(".", 1)[0]


# -- planning (driver) --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SceneSetup:
    """What every read task needs to know about a scene manifest as a whole (small, picklable)."""

    scenes: int
    classes: tuple[tuple[str, int], ...] = ()  # label -> DCASE class index

    @property
    def class_map(self) -> dict[str, int]:
        return dict(self.classes)


def is_scene_manifest(schema: pa.Schema) -> bool:
    return mf.SCENE_ID in schema.names


def _read_columns(files: mf.ManifestFiles, columns: Sequence[str]) -> pa.Table:
    wanted = [c for c in columns if c in files.schema.names]
    return pa.concat_tables([files.open(i).read(columns=wanted) for i in range(len(files.files))])


def scene_setup(files: mf.ManifestFiles) -> SceneSetup | None:
    """None for a plain manifest; else the number of scenes and the class map. Raises ManifestError
    (nothing starts) for events without a scene and for labels numbered inconsistently."""
    if not is_scene_manifest(files.schema):
        return None
    table = _read_columns(files, (mf.SCENE_ID, "label", "class_index"))
    ids = table[mf.SCENE_ID].cast(pa.string())
    problems = []
    empty = pc.or_kleene(pc.is_null(ids), pc.equal(ids, ""))
    n_empty = int(pc.sum(pc.cast(pc.fill_null(empty, True), pa.int64())).as_py() or 0)
    if n_empty:
        rows = pc.indices_nonzero(pc.fill_null(empty, True)).to_pylist()[:10]
        problems.append(f"column '{mf.SCENE_ID}': {n_empty} null or empty value(s) (rows {rows}); give every event its scene")
    classes, more = _class_map(table)
    problems += more
    if problems:
        raise ManifestError(files.uri, problems)
    return SceneSetup(scenes=int(pc.count_distinct(ids).as_py()), classes=tuple(sorted(classes.items(), key=lambda kv: kv[1])))


def _class_map(table: pa.Table) -> tuple[dict[str, int], list[str]]:
    """Labels -> class indices: the ``class_index`` column where given, else the labels sorted, from 0."""
    if "label" not in table.column_names:
        return {}, []
    if "class_index" not in table.column_names:
        labels = sorted(pc.unique(table["label"].drop_null()).to_pylist())
        return {label: i for i, label in enumerate(labels)}, []
    pairs = table.select(["label", "class_index"]).group_by(["label", "class_index"]).aggregate([]).to_pylist()
    indices: dict[str, set[int]] = {}
    for p in pairs:
        if p["label"] is not None:
            indices.setdefault(p["label"], set())
            if p["class_index"] is not None:
                indices[p["label"]].add(int(p["class_index"]))
    problems, out = [], {}
    for label, found in sorted(indices.items()):
        if not found:
            problems.append(f"column 'class_index': label {label!r} has none; give every labelled event its class index")
        elif len(found) > 1:
            problems.append(f"column 'class_index': label {label!r} has several ({', '.join(map(str, sorted(found)))})")
        elif min(found) < 0:
            problems.append(f"column 'class_index': label {label!r} has {min(found)}; indices start at 0")
        else:
            out[label] = next(iter(found))
    by_index: dict[int, list[str]] = {}
    for label, index in out.items():
        by_index.setdefault(index, []).append(label)
    for index, labels in sorted(by_index.items()):
        if len(labels) > 1:
            problems.append(f"column 'class_index': {index} is given to labels {', '.join(map(repr, labels))}")
    return out, problems


@dataclass(frozen=True)
class SceneUnit:
    """Whole scenes for one read task: their rows (global numbers, sorted) and the row groups holding them."""

    rows: np.ndarray
    groups: tuple[tuple[int, int, int], ...]  # (file index, row group, number of its first row)


def read_units(files: mf.ManifestFiles, unit_rows: int = UNIT_ROWS) -> list[SceneUnit]:
    """The scenes, in order of their first row, cut into units of about ``unit_rows`` events."""
    ids = _read_columns(files, (mf.SCENE_ID,))[mf.SCENE_ID].cast(pa.string()).combine_chunks()
    if not len(ids):
        return []
    codes = np.asarray(pc.dictionary_encode(ids).indices.to_numpy(zero_copy_only=False), dtype=np.int64)
    order = np.argsort(codes, kind="stable")  # rows grouped by scene (first appearance), in row order
    counts = np.bincount(codes)
    bounds = np.concatenate([[0], np.cumsum(counts)])
    groups: list[tuple[int, int, int]] = []
    first = 0
    for i, sizes in enumerate(files.row_groups):
        for g, n in enumerate(sizes):
            groups.append((i, g, first))
            first += n
    starts = np.array([g[2] for g in groups], dtype=np.int64)
    units: list[SceneUnit] = []
    pending: list[np.ndarray] = []
    size = 0

    def flush() -> None:
        rows = np.sort(np.concatenate(pending))
        held = np.unique(np.searchsorted(starts, rows, side="right") - 1)
        units.append(SceneUnit(rows, tuple(groups[int(k)] for k in held)))

    for s in range(len(counts)):
        pending.append(order[bounds[s] : bounds[s + 1]])
        size += int(counts[s])
        if size >= unit_rows:
            flush()
            pending, size = [], 0
    if pending:
        flush()
    return units


def _unit_scenes(files: mf.ManifestFiles, unit: SceneUnit) -> list[tuple[str, list[tuple[int, dict[str, Any]]]]]:
    """(scene id, [(row number, row)]) of every scene in a unit, scenes in order of their first row."""
    wanted = unit.rows
    scenes: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    opened: dict[int, Any] = {}
    for file_index, group, first in unit.groups:
        pf = opened.get(file_index) or opened.setdefault(file_index, files.open(file_index))
        columns = [c for c in pf.schema_arrow.names if c in mf.SCENE_KNOWN_COLUMNS]
        number = first
        for batch in pf.iter_batches(batch_size=READ_BATCH, row_groups=[group], columns=columns):
            numbers = np.arange(number, number + batch.num_rows)
            at = np.minimum(np.searchsorted(wanted, numbers), len(wanted) - 1)
            mask = wanted[at] == numbers
            if mask.any():
                kept = batch.filter(pa.array(mask)).to_pylist()
                for n, row in zip(numbers[mask].tolist(), kept, strict=True):
                    scenes.setdefault(str(row[mf.SCENE_ID]), []).append((n, row))
            number += batch.num_rows
    return sorted(scenes.items(), key=lambda kv: kv[1][0][0])


def iter_scene_work(
    files: mf.ManifestFiles, plan: mf.Plan, units: Sequence[SceneUnit], done: Any, block_rows: int
) -> Iterator[pa.Table]:
    """Scene work rows (not yet done) of some read units, as blocks of <= ``block_rows``."""
    yield from mf.pending_blocks(iter_unit_work(files, plan, units), done, block_rows)


def iter_unit_work(files: mf.ManifestFiles, plan: mf.Plan, units: Sequence[SceneUnit]) -> Iterator[list[dict[str, Any]]]:
    """Every scene work row of the units, one list per unit (the survey's and the read tasks' view)."""
    for unit in units:
        work: list[dict[str, Any]] = []
        for scene_id, rows in _unit_scenes(files, unit):
            work += expand_scene(scene_id, rows, plan)
        yield work


# -- expansion ---------------------------------------------------------------------------------------
def _number_cell(value: Any) -> Any:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value


def _event_entry(number: int, row: dict[str, Any], plan: mf.Plan, classes: dict[str, int]) -> dict[str, Any]:
    """An event as the scene JSON holds it, from its manifest row (checked later)."""
    raw_id = row.get("id")
    audio = row.get("audio")
    audio = str(audio) if audio is not None and str(audio).strip() else None
    source = None
    if audio is not None:
        source = audio if audio.startswith(SYNTH_PREFIX) else storage.resolve(audio, plan.base)
    label = row.get("label")
    text = row.get("text")
    return {
        "id": str(number) if raw_id is None else str(raw_id),
        "row": number,
        "text": None if text is None else str(text),
        "audio": audio,
        "source": source,
        "overrides": {},
        "uses_model": False,
        "onset_s": _number_cell(row.get("onset_s")),
        "duration_s": _number_cell(row.get("duration_s")),
        "fit": row.get("fit"),
        "level_dbfs": _number_cell(row.get("level_dbfs")),
        "label": label,
        "class_index": classes.get(label) if label is not None else None,
        "error": None,
    }


def _agreed_cells(scene_id: str, rows: list[tuple[int, dict[str, Any]]], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The scene's own cells: each column's value over its rows (nulls = not given there); two values are an error."""
    cells: dict[str, Any] = {}
    for column in SCENE_CELLS:
        seen: dict[str, tuple[str, Any]] = {}
        for event, (_, row) in zip(events, rows, strict=True):
            value = row.get(column)
            if value is not None:
                seen.setdefault(repr(value), (event["id"], value))
        if len(seen) > 1:
            shown = ", ".join(f"{v!r} in event {e!r}" for e, v in list(seen.values())[:3])
            raise SceneRowError(
                scene_id, column, [v for _, v in seen.values()],
                f"differs between the events of the scene ({shown}); give every row of a scene the same value",
            )
        if seen:
            cells[column] = next(iter(seen.values()))[1]
    return cells


def _check_event(scene_id: str, event: dict[str, Any], row: dict[str, Any]) -> None:
    """The checks a plain row gets (overrides, a sound, something that says where) -> SceneRowError."""
    try:
        event["overrides"] = mf.override_cells(row)
    except FieldError as exc:
        raise SceneRowError(scene_id, exc.field, exc.value, exc.reason, event=event["id"]) from None
    if event["audio"] is None:
        raise SceneRowError(scene_id, "audio", row.get("audio"), "no source sound given", event=event["id"])
    text, ov = event["text"], event["overrides"]
    if not (text and text.strip()):
        missing = [f for f in mf.DIRECTION_FIELDS if f not in ov]
        if missing and "trajectory" not in ov:
            raise SceneRowError(
                scene_id, "text", text,
                f"empty text and no override for {', '.join(missing)}: nothing says where the sound is",
                event=event["id"],
            )
    event["uses_model"] = mf.needs_model(text, set(ov) | set(ROOM_FIELDS))


def _settings(scene_id: str, cells: dict[str, Any], plan: mf.Plan) -> dict[str, Any]:
    """The scene's settings (what decides its bytes besides the events), defaults filled in."""
    duration = cells.get("scene_duration_s")
    if duration is None:
        raise SceneRowError(scene_id, "scene_duration_s", None, "missing: give the scene's length in seconds")
    subtype = cells.get("subtype") or SUBTYPE
    if subtype not in SUBTYPES:
        raise SceneRowError(scene_id, "subtype", subtype, f"expected one of {', '.join(SUBTYPES)}")
    default_room = Room()
    room = {
        "rt60_s": _number_cell(cells.get("room_rt60_s", default_room.rt60_s)),
        "drr_db": _number_cell(cells.get("room_drr_db", default_room.drr_db)),
        "wet": _number_cell(cells.get("room_wet", default_room.wet)),
    }
    background = None
    if any(cells.get(c) is not None for c in ("background_noise", "background_sound", "background_level_db")):
        sound = cells.get("background_sound")
        default_bg = Background()
        background = {
            "level_db": _number_cell(cells.get("background_level_db", default_bg.level_db)),
            "noise": cells.get("background_noise") or default_bg.noise,
            "sound": None if not sound else (sound if sound.startswith(SYNTH_PREFIX) else storage.resolve(sound, plan.base)),
        }
    seed = cells.get("scene_seed")
    return {
        "name": scene_id,
        "duration_s": _number_cell(duration),
        "seed": seed_for(scene_id) if seed is None else seed,
        "sample_rate": cells.get("sample_rate") or plan.sample_rate or DEFAULT_SAMPLE_RATE,
        "subtype": subtype,
        "room": room,
        "background": background,
    }


def build_scene(settings: dict[str, Any], events: list[dict[str, Any]], *, with_params: bool) -> Scene:
    """The :class:`t2sa.scene.Scene` of a scene JSON (placeholder positions before the predict stage).
    Raises :class:`SceneRowError` naming the manifest column and event."""
    try:
        evs = tuple(
            Event(
                sound=e["source"],
                params=SpatialParams.from_dict(e["params"]) if with_params else SpatialParams(),
                onset_s=0.0 if e["onset_s"] is None else e["onset_s"],
                duration_s=e["duration_s"],
                fit=e["fit"] or "trim",
                gain_db=0.0,  # the gain_db column is the params' own (an override, as in every manifest)
                level_dbfs=e["level_dbfs"],
                label=e["label"],
                text=e["text"],
            )
            for e in events
        )
        bg = settings["background"]
        return Scene(
            duration_s=settings["duration_s"], events=evs, room=Room(**settings["room"]),
            background=None if bg is None else Background(**bg), sample_rate=settings["sample_rate"],
            seed=settings["seed"], name=settings["name"],
        )
    except SceneError as exc:
        raise scene_row_error(settings["name"], exc, events) from None


def scene_row_error(scene_id: str, exc: SceneError, events: list[dict[str, Any]]) -> SceneRowError:
    """A :class:`t2sa.scene.SceneError` said in manifest terms: event id instead of index, column names."""
    field, value, event = exc.field, exc.value, None
    m = _EVENT_FIELD.match(field)
    if m and int(m.group(1)) < len(events):
        entry = events[int(m.group(1))]
        event, field = entry["id"], m.group(2)
        if field == "sound":
            field, value = "audio", entry["audio"]
        elif field.startswith("params."):
            field = field[len("params.") :]
    else:
        field = _SCENE_FIELD_COLUMNS.get(field, field)
    return SceneRowError(scene_id, field, value, exc.reason, event=event)


def _place(template: str, fmt: str, tag: str | None, n_combos: int, suffixes: tuple[str, ...]) -> str:
    """An ``output`` / ``labels`` cell for one format: ``{format}`` and ``{hrtf}`` filled in. Without them an
    output is tagged ``__<format>[-<hrtf>]`` when the scene has several outputs (as plain rows are); a label
    file is not (the labels do not depend on the format: every output of the scene shares it)."""
    named = "{format}" in template or "{hrtf}" in template or suffixes == LABEL_SUFFIXES
    try:
        slug = get_format(fmt).slug
    except Exception:  # noqa: BLE001 - an unknown format is reported as such
        slug = fmt
    path = mf.check_output(template.replace("{format}", slug).replace("{hrtf}", tag or ""), suffixes)
    return path if named or n_combos == 1 else mf.tagged_output(path, fmt, tag)


def expand_scene(scene_id: str, rows: list[tuple[int, dict[str, Any]]], plan: mf.Plan) -> list[dict[str, Any]]:
    """A scene's rows (row number, manifest row) -> its work rows over the sweep (see the module doc)."""
    setup: SceneSetup = plan.scenes
    events = [_event_entry(n, row, plan, setup.class_map) for n, row in rows]
    error: SceneRowError | None = None
    cells: dict[str, Any] = {}
    settings: dict[str, Any] = {"name": scene_id}
    try:
        cells = _agreed_cells(scene_id, rows, events)
        for event, (_, row) in zip(events, rows, strict=True):
            _check_event(scene_id, event, row)
        labelled = [e for e in events if e["label"] is not None]
        if labelled and len(labelled) < len(events):
            missing = next(e for e in events if e["label"] is None)
            raise SceneRowError(
                scene_id, "label", None,
                "missing: the scene's other events have labels, and its DCASE labels must list every sound",
                event=missing["id"],
            )
        if cells.get("labels") is not None and not labelled:
            raise SceneRowError(scene_id, "labels", cells["labels"], "the scene's events have no 'label' to write")
        settings = _settings(scene_id, cells, plan)
        build_scene(settings, events, with_params=False)
    except SceneRowError as exc:
        error = exc
        for e in events:
            if exc.event is not None and e["id"] == exc.event:
                e["error"] = str(exc)
    labelled_scene = bool(events) and all(e["label"] is not None for e in events)
    sweep = mf.combos({"format": cells.get("format"), "hrtf": cells.get("hrtf")}, plan)
    uses_model = error is None and any(e["uses_model"] for e in events)
    work = []
    for fmt, hrtf in sweep:
        tag = hrtf.tag if hrtf else None
        w_error = error
        if w_error is None and fmt not in plan.known_formats:
            w_error = SceneRowError(scene_id, "format", fmt, f"unknown format; expected one of {', '.join(plan.known_formats)}")
        output = labels = None
        for column in ("output", "labels"):
            given = cells.get(column)
            try:
                if column == "output":
                    output = mf.default_output(scene_id, fmt, tag) if given is None else _place(str(given), fmt, tag, len(sweep), mf.AUDIO_SUFFIXES)
                elif labelled_scene and output is not None:
                    labels = str(PurePosixPath(output).with_suffix(".csv")) if given is None else _place(str(given), fmt, tag, len(sweep), LABEL_SUFFIXES)
            except ValueError as exc:
                if w_error is None:
                    w_error = SceneRowError(scene_id, column, given, str(exc))
        doc = {"scene": settings, "labels": labels, "events": events}
        item = {
            "key": mf.row_key(scene_id, fmt, tag),
            "id": scene_id,
            "row": rows[0][0],
            "text": None,
            "audio": None,
            "source": None,
            "format": fmt,
            "hrtf": hrtf.spec if hrtf else None,
            "hrtf_source": hrtf.source if hrtf else None,
            "output": output,
            "sample_rate": settings.get("sample_rate") or plan.sample_rate,
            "overrides": None,
            "scene": json.dumps(doc, ensure_ascii=False),
            "error": None if w_error is None else str(w_error),
            "error_field": None if w_error is None else w_error.column,
            "labels": labels,  # for the survey (collisions); not a work column
            "uses_model": uses_model,  # likewise (the model stage is planned from it)
        }
        item["content_key"], item["content_parts"] = scene_content_key(item, doc, model=plan.model_digest, token=plan.token)
        work.append(item)
    return work


# -- predict ------------------------------------------------------------------------------------------
def _sound_length(event: dict[str, Any], scene_s: float | None) -> float | None:
    """Seconds the event's sound plays (what a timed text is about): its duration_s (looped, or trimmed if the
    sound is longer), else the sound's own length; never past the scene's end."""
    source, duration = event.get("source"), event.get("duration_s")
    natural: float | None = None
    if source and source.startswith(SYNTH_PREFIX):
        from t2sa.scene.bank import parse_synth

        with contextlib.suppress(FieldError):
            natural = parse_synth(source)[2]
    else:
        natural = clip_duration(source)
    if duration is None:
        length = natural
    elif event.get("fit") == "loop" or natural is None:
        length = duration
    else:
        length = min(natural, duration)
    if length is not None and scene_s is not None:
        length = min(length, max(scene_s - (event.get("onset_s") or 0.0), 0.0))
    return length if length else None


def predict_scene_rows(rows: list[dict[str, Any]], predictor: Any | Callable[[], Any]) -> list[dict[str, Any]]:
    """Each scene row's events get ``params`` (their text through the model, given its sound's length, then
    the overrides), ``fields_from_model`` and ``fields_from_override``; one bad event fails its scene."""
    from .predict import MODEL_FIELDS

    docs = [json.loads(r["scene"]) if r.get("error") is None else None for r in rows]
    keys: dict[tuple[int, int], tuple[str, float | None]] = {}
    predicted: dict[tuple[str, float | None], SpatialParams | Exception] = {}
    start = time.perf_counter()
    if any(e["uses_model"] for d in docs if d for e in d["events"]):
        model = load_model(predictor)
        start = time.perf_counter()  # inference only, as for plain rows
        with_duration = takes_duration(model)
        for i, d in enumerate(docs):
            for j, e in enumerate(d["events"] if d else []):
                if e["uses_model"]:
                    keys[(i, j)] = (e["text"], _sound_length(e, d["scene"].get("duration_s")) if with_duration else None)
        predicted = predict_texts(model, list(keys.values()), with_duration)
    per_event = (time.perf_counter() - start) / max(1, len(keys))
    out = []
    for i, (row, doc) in enumerate(zip(rows, docs, strict=True)):
        row = dict(row)
        row.update(params=None, fields_from_model=None, fields_from_override=None, predict_s=0.0)
        if doc is not None:
            try:
                for j, e in enumerate(doc["events"]):
                    _predict_event(row["id"], e, keys.get((i, j)), predicted, MODEL_FIELDS)
                    row["predict_s"] += per_event if e["uses_model"] else 0.0
            except SceneRowError as exc:
                for e in doc["events"]:
                    if e["id"] == exc.event:
                        e["error"] = str(exc)
                row["error"], row["error_field"] = str(exc), exc.column
            row["scene"] = json.dumps(doc, ensure_ascii=False)
        out.append(row)
    return out


def _predict_event(scene_id: str, e: dict[str, Any], key: Any, predicted: dict, model_fields: Sequence[str]) -> None:
    ov = e["overrides"] or {}
    base = None
    if e["uses_model"]:
        base = predicted[key]
        if isinstance(base, Exception):
            raise SceneRowError(scene_id, "text", e["text"], f"model failed: {describe(base)}", event=e["id"])
    try:
        params = apply_overrides(base, ov)
    except FieldError as exc:
        raise SceneRowError(scene_id, exc.field, exc.value, exc.reason, event=e["id"]) from None
    except Exception as exc:  # noqa: BLE001
        raise SceneRowError(scene_id, "overrides", ov, describe(exc), event=e["id"]) from None
    e["params"] = params.to_dict()
    e["fields_from_model"] = [f for f in model_fields if f not in ov] if e["uses_model"] else []
    e["fields_from_override"] = sorted(ov)


# -- render -------------------------------------------------------------------------------------------
def _event_rows(doc: dict[str, Any] | None, labels: dict[int, Any] | None = None, sample_rate: int = 0) -> list[dict[str, Any]]:
    """The ``events`` cell of a scene result row (EVENT_STRUCT dicts); ``labels`` (event index -> its
    :class:`t2sa.scene.labels.EventLabels`) is given once the scene is rendered."""
    out = []
    for j, e in enumerate(doc["events"] if doc else []):
        params = e.get("params") or {}
        item = {name: e.get(name) for name in ("id", "row", "label", "class_index", "text", "audio", "onset_s",
                                                "duration_s", "fit", "level_dbfs", "fields_from_model",
                                                "fields_from_override", "error")}
        item.update({name: params.get(name) for name in ALL_FIELDS})
        if labels is not None:
            lab = labels.get(j)
            if lab is None:  # its sound starts at or after the scene's end
                item["frames"] = 0
            else:
                item.update(start_s=lab.start / sample_rate, end_s=lab.end / sample_rate, frames=len(lab.frames),
                            track=lab.track)
        out.append({f.name: item.get(f.name) for f in EVENT_STRUCT})
    return out


def _scene_columns(doc: dict[str, Any] | None) -> dict[str, Any]:
    return {"labels": doc.get("labels") if doc else None, "n_events": len(doc["events"]) if doc else None}


def render_scene_row(
    row: dict[str, Any], out_root: str, be: Any, metrics: str = "full", run_id: str | None = None
) -> dict[str, Any]:
    """One scene result row; never raises (every failure becomes ``status='error'`` naming scene, event,
    field and value). With ``run_id`` a finished row also goes to that run's journal."""
    doc = json.loads(row["scene"]) if row.get("scene") else None
    err: SceneRowError | None = None
    if row.get("error") is not None:
        return result_row(row, status="error", error=row["error"], error_field=row.get("error_field"),
                          events=_event_rows(doc), **_scene_columns(doc))
    try:
        done = _render(row, doc, out_root, be, metrics)
    except SceneRowError as exc:
        err = exc
    except FieldError as exc:
        err = SceneRowError(row["id"], exc.field, exc.value, exc.reason)
    except Exception as exc:  # noqa: BLE001 - nothing one scene does may stop the others
        err = SceneRowError(row["id"], "render", row.get("output"), describe(exc))
    if err is not None:
        for e in doc["events"] if doc else []:
            if err.event is not None and e["id"] == err.event:
                e["error"] = str(err)
        return result_row(row, status="error", error=str(err), error_field=err.column,
                          events=_event_rows(doc), **_scene_columns(doc))
    result = result_row(row, status="ok", **done)
    if run_id is not None:
        with contextlib.suppress(Exception):  # the driver still records the row; only kill-safety is lost
            journal.record(out_root, run_id, {**result, "run_id": run_id})
    return result


def _render(row: dict[str, Any], doc: dict[str, Any], out_root: str, be: Any, metrics: str) -> dict[str, Any]:
    from t2sa.scene.bank import cached_sounds
    from t2sa.scene.labels import event_labels, label_rows, write_labels

    from .measuring import measure_file
    from .outfolder import safe_output_path
    from .rendering import _hrtf, _step

    times = {"read_s": 0.0, "render_s": 0.0, "write_s": 0.0, "measure_s": 0.0}
    scene_id, events, settings = row["id"], doc["events"], doc["scene"]
    scene = build_scene(settings, events, with_params=True)
    fmt = _step("format", row["format"], lambda: get_format(row["format"]))
    t = time.perf_counter()
    hrtf = _hrtf(row, scene.sample_rate, be) if fmt.uses_hrtf else None
    times["read_s"] = time.perf_counter() - t
    labelled = doc.get("labels") is not None
    class_map = {e["label"]: e["class_index"] for e in events} if labelled else {"event": 0}
    timing = scene if labelled else _relabelled(scene)
    remote = storage.is_remote(out_root)
    with tempfile.TemporaryDirectory(prefix="t2sa-") if remote else contextlib.nullcontext("") as scratch:
        paths = {"output": row["output"], "labels": doc.get("labels")}
        local: dict[str, str | None] = {}
        for name, rel in paths.items():
            if rel is None:
                local[name] = None
            elif remote:
                local[name] = os.path.join(scratch, f"{name}{PurePosixPath(rel).suffix}")
            else:
                local[name] = _step(name, rel, lambda rel=rel: safe_output_path(out_root, rel))
                _step(name, rel, lambda p=local[name]: os.makedirs(os.path.dirname(p), exist_ok=True))
        t = time.perf_counter()
        with cached_sounds():  # one load / synthesis of each sound for the mix and its labels
            try:
                written = be.render_scene(scene, local["output"], fmt.name, hrtf, subtype=settings["subtype"])
            except SceneError as exc:
                raise scene_row_error(scene_id, exc, events) from None
            except (AudioError, StorageError, OSError) as exc:
                raise SceneRowError(scene_id, "output", row["output"], describe(exc)) from None
            truth = event_labels(timing, class_map)
        file_bytes = os.path.getsize(local["output"])
        labels_bytes = None
        if labelled:
            lines = label_rows(truth)
            _step("labels", paths["labels"], lambda: write_labels(local["labels"], lines))
            labels_bytes = os.path.getsize(local["labels"])
        times["render_s"] = time.perf_counter() - t
        t = time.perf_counter()
        if metrics == "none":
            measured: dict[str, Any] = {"duration_s": written.n_samples / written.sample_rate, "channels": written.n_channels}
        else:  # a mix has no one direction or ITD: basic (peak, LUFS) whatever the level
            measured = _step("metrics", row["output"], lambda: measure_file(local["output"], fmt.name, "basic"))
        if measured.get("clipped") is None:
            measured["clipped"] = False  # render_scene_to_file normalises (never clips)
        times["measure_s"] = time.perf_counter() - t
        if remote:
            t = time.perf_counter()
            for name, rel in paths.items():
                if rel is not None:
                    dest = storage.join(out_root, rel)
                    _step(name, dest, lambda src=local[name], dest=dest: storage.put_file(src, dest))
            times["write_s"] = time.perf_counter() - t
    active = Counter(f for ev in truth for f in ev.frames.tolist())
    return {
        **measured,
        **times,
        "gain_applied_db": float(written.gain_applied_db),
        "sample_rate": int(written.sample_rate),
        "file_bytes": file_bytes,
        "labels": paths["labels"],
        "labels_bytes": labels_bytes,
        "n_events": len(events),
        "overlap_frames": sum(1 for n in active.values() if n > 1),
        "events": _event_rows(doc, {ev.index: ev for ev in truth}, scene.sample_rate),
    }


def _relabelled(scene: Scene) -> Scene:
    """The scene with every event called ``event``: frames and tracks of a scene without labels."""
    from dataclasses import replace

    return replace(scene, events=tuple(replace(e, label="event") for e in scene.events))


# -- the per-event table ------------------------------------------------------------------------------
_SCENE_HEAD = (("id", "scene_id"), ("format", "format"), ("hrtf", "hrtf"), ("output", "output"),
               ("labels", "labels"), ("status", "status"), ("error", "scene_error"))


def events_table(out: str) -> pa.Table:
    """One row per event and scene output (``scene_id``, ``format``, ``hrtf``, ``output``, ``labels``,
    ``status``, ``scene_error``, then the event's fields: :data:`t2sa.batch.results.EVENT_STRUCT`)."""
    res = read_results(out, columns=[c for c, _ in _SCENE_HEAD] + ["events"])
    res = res.filter(pc.is_valid(res["events"]))
    lists = res["events"].combine_chunks() if res.num_rows else pa.array([], pa.list_(EVENT_STRUCT))
    parents = pc.list_parent_indices(lists)
    head = res.select([c for c, _ in _SCENE_HEAD]).take(parents)
    flat = pc.list_flatten(lists)
    names = [n for _, n in _SCENE_HEAD] + [f.name for f in EVENT_STRUCT]
    return pa.Table.from_arrays([*head.columns, *flat.flatten()], names=names)


def write_events_table(out: str) -> int:
    """Write ``OUT/events.parquet`` (atomic) from the scene results; returns its rows (0: no scene results,
    nothing written)."""
    table = events_table(out)
    if table.num_rows:
        storage.write_parquet_atomic(table, storage.join(out, EVENTS_FILE))
    return table.num_rows
