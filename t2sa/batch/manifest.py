"""Manifest: schema check, sweep expansion, ids, output paths. Plain pyarrow, no Ray.

A manifest is a Parquet file (or a folder of them) with one row per (text, sound) pair:

* ``audio`` (string, required): path or URI of the source sound; relative paths are resolved
  against the manifest's folder, so a manifest and its sounds can move together.
* ``text`` (string): what the model turns into :class:`~t2sa.params.SpatialParams`. It may be
  null (or the column absent) on rows that give the position themselves (see below).
* ``id`` (string or integer, unique; default: the row number, counted from 0 over the files
  in name order).
* ``format``, ``hrtf`` (strings): pin this row to one format / HRTF instead of the job's sweep.
* ``output`` (string): file path relative to the output folder (``.wav``, ``.flac``, ``.aiff``).
* ``sample_rate`` (integer): output rate; default the job's ``--sample-rate``, else the source's.
* any SpatialParams field (``azimuth_deg`` ... ``rt60_s`` numbers, ``motion`` string,
  ``trajectory`` list of keyframe structs or a JSON string): a non-null value wins over the
  model. A row whose overrides give the direction (``azimuth_deg`` and ``elevation_deg``, or a
  ``trajectory``) needs no text; its other fields then take the SpatialParams defaults.

The job expands every row over the ``--format`` x ``--hrtf`` sweep into *work rows*, keyed by
``id|format|hrtf tag`` and carrying a ``content_key`` (:mod:`t2sa.batch.identity`: what decides the
file's bytes). The HRTF only matters for binaural, so other formats are not repeated per HRTF.
Problems that concern one row (bad output path, NaN override, unknown format) become an ``error`` on
that work row instead of stopping the job; problems with the table itself (missing or mistyped
columns, duplicate ids, two rows writing one file) raise :class:`ManifestError` before any work.

A manifest with a ``scene_id`` column is a *scene manifest*: one row per sound event, the rows of a
scene grouped by ``scene_id`` (:data:`EVENT_COLUMNS`, :data:`SCENE_COLUMNS`); one work row per scene x
format x HRTF, planned by :mod:`t2sa.batch.scenes`. The column types of both kinds are checked here.
"""

from __future__ import annotations

import hashlib
import json
import math
import posixpath
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from t2sa.errors import FieldError, ManifestError, RenderError
from t2sa.formats import FORMATS, LAYOUT_PREFIX, get_format, hrtf_formats
from t2sa.params import ALL_FIELDS, KEYFRAME_FIELDS, SCALAR_FIELDS, sample_rate_problem
from t2sa.render.hrtf import DEFAULT_HRTF, hrtf_name

from . import identity, storage
from .outfolder import RESERVED

OVERRIDE_FIELDS: tuple[str, ...] = SCALAR_FIELDS + ("motion", "trajectory")
CORE_COLUMNS: tuple[str, ...] = ("id", "text", "audio", "format", "hrtf", "output", "sample_rate")
KNOWN_COLUMNS: tuple[str, ...] = CORE_COLUMNS + OVERRIDE_FIELDS
# Without text, these must be overridden (or a trajectory given); everything else has a default.
DIRECTION_FIELDS: tuple[str, ...] = ("azimuth_deg", "elevation_deg")
AUDIO_SUFFIXES: tuple[str, ...] = (".wav", ".flac")

KEY_SEP = "|"

SCENE_ID = "scene_id"
"""The column that makes a manifest a scene manifest (rows = events, grouped into scenes by it)."""
EVENT_COLUMNS: tuple[str, ...] = ("onset_s", "duration_s", "fit", "level_dbfs", "label", "class_index")
"""Per-event columns of a scene manifest (besides id, audio, text and the SpatialParams overrides)."""
SCENE_COLUMNS: tuple[str, ...] = (
    "scene_duration_s",
    "scene_seed",
    "room_rt60_s",
    "room_drr_db",
    "room_wet",
    "background_noise",
    "background_sound",
    "background_level_db",
    "subtype",
    "labels",
)
"""Per-scene columns of a scene manifest (as are ``format``, ``hrtf``, ``output``, ``sample_rate`` there):
repeated on the rows of a scene, or given on some of them; the values given must agree."""
SCENE_KNOWN_COLUMNS: tuple[str, ...] = KNOWN_COLUMNS + (SCENE_ID,) + EVENT_COLUMNS + SCENE_COLUMNS

WORK_SCHEMA = pa.schema(
    [
        ("key", pa.string()),
        ("id", pa.string()),
        ("row", pa.int64()),
        ("text", pa.string()),
        ("audio", pa.string()),  # as written in the manifest
        ("source", pa.string()),  # resolved path / URI that is read
        ("format", pa.string()),
        ("hrtf", pa.string()),  # as given (CLI or manifest); null for non-binaural formats
        ("hrtf_source", pa.string()),  # resolved spec handed to load_hrtf
        ("output", pa.string()),  # relative to the output folder, posix separators
        ("sample_rate", pa.int64()),
        ("overrides", pa.string()),  # JSON object of the non-null override cells
        ("content_key", pa.string()),  # hash of everything that decides the file's bytes
        ("content_parts", pa.string()),  # its parts, shortened (why a row is rendered again)
        ("error", pa.string()),
        ("error_field", pa.string()),
        ("scene", pa.string()),  # scene manifests: the scene and its events as JSON (null for plain rows)
    ]
)


# -- column types --------------------------------------------------------------------------
def _is_str(t: pa.DataType) -> bool:
    return pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_null(t)


def _is_int(t: pa.DataType) -> bool:
    return pa.types.is_integer(t) or pa.types.is_null(t)


def _is_num(t: pa.DataType) -> bool:
    return pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t) or pa.types.is_null(t)


def _is_trajectory(t: pa.DataType) -> bool:
    if _is_str(t):
        return True
    if not (pa.types.is_list(t) or pa.types.is_large_list(t)):
        return False
    item = t.value_type
    if not pa.types.is_struct(item):
        return False
    names = {item.field(i).name for i in range(item.num_fields)}
    return names <= set(KEYFRAME_FIELDS) and all(_is_num(item.field(i).type) for i in range(item.num_fields))


_EXPECTED: dict[str, tuple[Any, str]] = {
    "id": (lambda t: _is_str(t) or _is_int(t), "string or integer"),
    "text": (_is_str, "string"),
    "audio": (_is_str, "string"),
    "format": (_is_str, "string"),
    "hrtf": (_is_str, "string"),
    "output": (_is_str, "string"),
    "sample_rate": (_is_int, "integer"),
    "motion": (_is_str, "string"),
    "trajectory": (_is_trajectory, "list of keyframe structs {" + ", ".join(KEYFRAME_FIELDS) + "} or JSON string"),
    **{name: (_is_num, "number") for name in SCALAR_FIELDS},
}
_SCENE_EXPECTED: dict[str, tuple[Any, str]] = {
    SCENE_ID: (lambda t: _is_str(t) or _is_int(t), "string or integer"),
    "class_index": (_is_int, "integer"),
    "scene_seed": (_is_int, "integer"),
    **{name: (_is_str, "string") for name in ("fit", "label", "background_noise", "background_sound", "subtype", "labels")},
    **{
        name: (_is_num, "number")
        for name in ("onset_s", "duration_s", "level_dbfs", "scene_duration_s", "room_rt60_s", "room_drr_db",
                     "room_wet", "background_level_db")
    },
}


# -- reading -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ManifestFiles:
    """The Parquet file(s) of a manifest and their row counts (metadata only, no data read)."""

    uri: str  # as given
    base: str  # folder that relative paths in the manifest are resolved against
    files: tuple[str, ...]  # paths inside ``filesystem``
    row_groups: tuple[tuple[int, ...], ...]  # rows per row group, per file
    schema: pa.Schema
    filesystem: Any = field(compare=False, repr=False)

    @property
    def num_rows(self) -> int:
        return sum(sum(groups) for groups in self.row_groups)

    def open(self, i: int) -> pq.ParquetFile:
        return pq.ParquetFile(self.filesystem.open_input_file(self.files[i]))


def open_manifest(uri: str) -> ManifestFiles:
    """Locate the manifest file(s) and read their metadata; raise ManifestError if unusable."""
    try:
        fs, path = storage.arrow_fs(uri)
        info = fs.get_file_info(path)
    except Exception as exc:  # noqa: BLE001 - any filesystem error is a bad manifest location
        raise ManifestError(uri, [f"cannot open: {exc}"]) from None
    import pyarrow.fs as pafs

    if info.type == pafs.FileType.NotFound:
        raise ManifestError(uri, ["no such file or folder"])
    if info.type == pafs.FileType.Directory:
        infos = fs.get_file_info(pafs.FileSelector(path, recursive=True))
        files = sorted(
            i.path
            for i in infos
            if i.type == pafs.FileType.File
            and i.path.endswith(".parquet")
            and not any(part.startswith((".", "_")) for part in PurePosixPath(i.path).relative_to(path).parts)
        )
        if not files:
            raise ManifestError(uri, ["folder holds no .parquet files"])
        base = uri
    else:
        files = [path]
        base = storage.parent(uri)
    schemas, groups = [], []
    for f in files:
        try:
            meta = pq.ParquetFile(fs.open_input_file(f))
        except Exception as exc:  # noqa: BLE001
            raise ManifestError(uri, [f"{f}: not a readable Parquet file ({exc})"]) from None
        schemas.append(meta.schema_arrow)
        groups.append(tuple(meta.metadata.row_group(g).num_rows for g in range(meta.num_row_groups)))
    problems = []
    for f, s in zip(files[1:], schemas[1:], strict=True):
        if not s.equals(schemas[0]):
            problems.append(f"{f}: schema differs from {files[0]}")
    if problems:
        raise ManifestError(uri, problems)
    return ManifestFiles(uri, base, tuple(files), tuple(groups), schemas[0], fs)


def check_schema(schema: pa.Schema) -> tuple[list[str], list[str]]:
    """Return (problems, warnings) for a manifest schema: missing or mistyped columns."""
    problems, warnings = [], []
    names = set(schema.names)
    scene = SCENE_ID in names
    expected = {**_EXPECTED, **_SCENE_EXPECTED} if scene else _EXPECTED
    known = SCENE_KNOWN_COLUMNS if scene else KNOWN_COLUMNS
    if scene and "scene_duration_s" not in names:
        problems.append("missing column 'scene_duration_s' (number: the length of each scene in seconds)")
    if "audio" not in names:
        problems.append("missing column 'audio' (string: path or URI of the source sound)")
    has_direction = set(DIRECTION_FIELDS) <= names or "trajectory" in names
    if "text" not in names and not has_direction:
        problems.append(
            "missing column 'text' (string); it may only be left out when the manifest gives the direction "
            "itself ('azimuth_deg' and 'elevation_deg', or 'trajectory')"
        )
    for name in schema.names:
        if name in expected:
            ok, wanted = expected[name]
            t = schema.field(name).type
            if not ok(t):
                problems.append(f"column '{name}' has type {t}, expected {wanted}")
        elif not scene and name in _SCENE_EXPECTED:
            warnings.append(f"column '{name}' is not used (a scene column: add '{SCENE_ID}' to make this a scene manifest)")
        else:
            import difflib

            close = difflib.get_close_matches(name, known, n=1, cutoff=0.75)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            warnings.append(f"column '{name}' is not used{hint}")
    return problems, warnings


def scan_ids(files: ManifestFiles) -> list[str]:
    """Problems with the id column: nulls and duplicates (reads only that column). Outputs are checked
    for collisions over the whole sweep by :func:`t2sa.batch.resume.survey`."""
    problems = []
    for col in ("id",):
        if col not in files.schema.names:
            continue
        values = []
        for i in range(len(files.files)):
            values.append(files.open(i).read(columns=[col]).column(col).cast(pa.string()))
        arr = pa.chunked_array([c for v in values for c in v.chunks], type=pa.string())
        if col == "id" and arr.null_count:
            rows = pc.indices_nonzero(pc.is_null(arr)).to_pylist()[:10]
            problems.append(f"column 'id': {arr.null_count} null value(s) (rows {rows}); give every row an id")
        counts = pc.value_counts(arr.drop_null())
        dup_mask = pc.greater(counts.field("counts"), 1)
        dups = counts.filter(dup_mask)
        if len(dups):
            shown = ", ".join(
                f"{v!r} x{n}"
                for v, n in zip(
                    dups.field("values").to_pylist()[:10], dups.field("counts").to_pylist()[:10], strict=True
                )
            )
            more = f" and {len(dups) - 10} more" if len(dups) > 10 else ""
            problems.append(f"column '{col}': {len(dups)} duplicate value(s): {shown}{more}")
    return problems


# -- formats -------------------------------------------------------------------------------
class KnownFormats(tuple):
    """The registry's format names (what messages list); ``in`` also accepts every other name
    :func:`t2sa.formats.get_format` can build (``layout:FILE``), so a layout file is a format wherever
    the engine asks ``fmt in plan.known_formats``."""

    def __contains__(self, name: object) -> bool:
        return tuple.__contains__(self, name) or format_problem(name) is None


def known_formats() -> KnownFormats:
    return KnownFormats(FORMATS)


def format_problem(fmt: object) -> str | None:
    """Why ``fmt`` is not an output format (None if it is): ``unknown format; expected ...``, or what is
    wrong with a ``layout:`` file (missing, unreadable, a bad speaker)."""
    try:
        get_format(fmt)
    except RenderError as exc:
        if isinstance(fmt, str) and fmt.startswith(LAYOUT_PREFIX):
            return str(exc)
        return f"unknown format; expected one of {', '.join(FORMATS)} or {LAYOUT_PREFIX}FILE (a layout file)"
    return None


def resolve_format(fmt: str, base: str | None) -> str:
    """A format name with a relative ``layout:`` path made absolute against ``base`` (the working folder for
    ``--format``, the manifest's folder for a ``format`` cell, the job file's folder in a job file), so every
    worker reads the same file whatever its working folder. Other names are returned as they are."""
    if not (isinstance(fmt, str) and fmt.startswith(LAYOUT_PREFIX)):
        return fmt
    path = fmt[len(LAYOUT_PREFIX) :]
    if not path or path.startswith("~") or storage.is_uri(path) or posixpath.isabs(path):
        return fmt
    if not base or storage.is_remote(base):
        return fmt
    return LAYOUT_PREFIX + storage.resolve(path, storage.local_path(base))


def format_slug(fmt: str) -> str:
    """The output-folder name of a format (:attr:`t2sa.formats.Format.slug`: ``layout-<stem>`` for a layout
    file); a name that is no format keeps a file-safe form of itself (its rows are error rows)."""
    try:
        return get_format(fmt).slug
    except RenderError:
        return _safe(str(fmt)) or "format"


# -- job plan ------------------------------------------------------------------------------
@dataclass(frozen=True)
class HRTFChoice:
    spec: str  # as given ('default' or a path/URI)
    source: str  # resolved spec handed to load_hrtf
    tag: str  # short name used in output paths and row keys


@dataclass(frozen=True)
class Plan:
    """Everything a read task needs to turn manifest rows into work rows (small, picklable)."""

    base: str
    formats: tuple[str, ...]
    hrtfs: tuple[HRTFChoice, ...]
    known_formats: tuple[str, ...]
    sample_rate: int | None = None
    token: str = ""  # one per submit: file identities and digests are cached per job
    model_digest: str = ""  # hash of the text model's files (identity.model_digest)
    scenes: Any = None  # scene manifests: t2sa.batch.scenes.SceneSetup (class map, counts); None otherwise


def make_hrtf_choices(specs: Sequence[str], base: str | None = None) -> tuple[HRTFChoice, ...]:
    """HRTFs of a sweep; paths stay as given (the CLI resolves them against the working dir)."""
    out: list[HRTFChoice] = []
    for spec in specs or (DEFAULT_HRTF,):
        spec = str(spec)
        source = DEFAULT_HRTF if spec == DEFAULT_HRTF else storage.resolve(spec, base)
        choice = HRTFChoice(spec, source, hrtf_name(spec))
        clash = [c for c in out if c.tag == choice.tag]
        if clash and clash[0].source == choice.source:
            continue  # the same HRTF twice
        if clash:
            raise ValueError(f"--hrtf {clash[0].spec!r} and {spec!r} share the name {choice.tag!r}; rename one file")
        out.append(choice)
    return tuple(out)


_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe(text: str) -> str:
    return _SAFE.sub("_", text).strip("._") or ""


def _short_hash(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=4).hexdigest()


_HASHED = re.compile(r"-[0-9a-f]{8}$")


def safe_id(row_id: str) -> str:
    """File-name-safe form of an id; ids that had to change get a hash so two never collide.

    An id that is safe but ends like a hashed one (``a_b-7faae47c``) is hashed too, so it can never
    meet the hashed form of another id (``a b``).
    """
    safe = _safe(row_id)[:80]
    return safe if safe == row_id and not _HASHED.search(row_id) else f"{safe or 'id'}-{_short_hash(row_id)}"


def row_key(row_id: str, fmt: str, tag: str | None) -> str:
    return KEY_SEP.join((row_id, fmt, tag or ""))


def check_output(output: str, suffixes: tuple[str, ...] = AUDIO_SUFFIXES) -> str:
    """Normalise a relative output path; raise ValueError if it escapes the output folder (or does not
    end in one of ``suffixes``)."""
    text = output.replace("\\", "/")
    if not text.strip():
        raise ValueError("is empty")
    if text.startswith("/") or re.match(r"^[A-Za-z]:", text) or "://" in text:
        raise ValueError("must be a path relative to the output folder")
    norm = posixpath.normpath(text)
    if norm == ".." or norm.startswith("../") or norm == ".":
        raise ValueError("escapes the output folder")
    if PurePosixPath(norm).suffix.lower() not in suffixes:
        raise ValueError(f"must end in one of {', '.join(suffixes)}")
    if norm.split("/", 1)[0] in RESERVED:
        raise ValueError(f"would overwrite the job's own files ({', '.join(RESERVED)})")
    if any(part.startswith(".") for part in norm.split("/")):
        raise ValueError("has a hidden (dot) name; those are the job's temporary files")
    return norm


def default_output(row_id: str, fmt: str, tag: str | None) -> str:
    slug = format_slug(fmt)
    folder = slug if tag is None else f"{slug}-{tag}"
    return f"audio/{folder}/{safe_id(row_id)}.wav"


def tagged_output(output: str, fmt: str, tag: str | None) -> str:
    p = PurePosixPath(output)
    slug = format_slug(fmt)
    label = slug if tag is None else f"{slug}-{tag}"
    return str(p.with_name(f"{p.stem}__{label}{p.suffix}"))


# -- expansion -----------------------------------------------------------------------------
def _bad_number(value: Any) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


def override_cells(row: dict[str, Any]) -> dict[str, Any]:
    """Non-null override cells of a row (a JSON trajectory parsed); raises FieldError."""
    cells: dict[str, Any] = {}
    for name in OVERRIDE_FIELDS:
        value = row.get(name)
        if value is None:
            continue
        if name == "trajectory":
            if isinstance(value, str):
                if not value.strip():
                    continue
                try:
                    value = json.loads(value)
                except json.JSONDecodeError as exc:
                    raise FieldError("trajectory", value, f"not valid JSON ({exc.msg})") from None
            if isinstance(value, list):
                for i, kf in enumerate(value):
                    if isinstance(kf, dict):
                        for k, v in kf.items():
                            if _bad_number(v):
                                raise FieldError(
                                    f"trajectory[{i}].{k}", v, "NaN/inf override; leave the cell null to use the model"
                                )
        elif _bad_number(value):
            raise FieldError(name, value, "NaN/inf override; leave the cell null to use the model")
        cells[name] = value
    return cells


def combos(row: dict[str, Any], plan: Plan) -> list[tuple[str, HRTFChoice | None]]:
    fmt_cell = row.get("format")
    formats = (resolve_format(fmt_cell, plan.base),) if fmt_cell else plan.formats
    hrtf_cell = row.get("hrtf")
    if hrtf_cell:
        hrtfs: tuple[HRTFChoice, ...] = (
            HRTFChoice(
                hrtf_cell,
                DEFAULT_HRTF if hrtf_cell == DEFAULT_HRTF else storage.resolve(hrtf_cell, plan.base),
                hrtf_name(hrtf_cell),
            ),
        )
    else:
        hrtfs = plan.hrtfs
    out: list[tuple[str, HRTFChoice | None]] = []
    for fmt in formats:
        if fmt in hrtf_formats():
            out.extend((fmt, h) for h in hrtfs)
        else:
            out.append((fmt, None))
    return out


def expand_rows(rows: list[dict[str, Any]], first_row: int, plan: Plan) -> list[dict[str, Any]]:
    """Manifest rows (dicts) numbered from ``first_row`` -> work rows over the sweep."""
    work: list[dict[str, Any]] = []
    for offset, row in enumerate(rows):
        number = first_row + offset
        raw_id = row.get("id")
        row_id = str(number) if raw_id is None else str(raw_id)
        audio = row.get("audio")
        text = row.get("text")
        sweep = combos(row, plan)
        uses_model = needs_model(text, [f for f in OVERRIDE_FIELDS if row.get(f) is not None])
        error = error_field = None
        overrides: dict[str, Any] = {}
        try:
            overrides = override_cells(row)
            if not audio or not str(audio).strip():
                raise FieldError("audio", audio, "no source sound given")
            if not (text and str(text).strip()):
                missing = [f for f in DIRECTION_FIELDS if f not in overrides]
                if missing and "trajectory" not in overrides:
                    raise FieldError(
                        "text",
                        text,
                        f"empty text and no override for {', '.join(missing)}: nothing says where the sound is",
                    )
            sr = row.get("sample_rate")
            if sr is not None and sample_rate_problem(sr):
                raise FieldError("sample_rate", sr, str(sample_rate_problem(sr)))
        except FieldError as exc:
            error, error_field = str(exc.at_row(row_id)), exc.field.split("[", 1)[0]
        for fmt, hrtf in sweep:
            tag = hrtf.tag if hrtf else None
            w_error, w_field = error, error_field
            output = None
            if w_error is None and (reason := format_problem(fmt)) is not None:
                w_error, w_field = str(FieldError("format", fmt, reason, row=row_id)), "format"
            given = row.get("output")
            if given is not None:
                try:
                    output = check_output(str(given))
                    if len(sweep) > 1:
                        output = tagged_output(output, fmt, tag)
                except ValueError as exc:
                    output = None
                    if w_error is None:
                        w_error, w_field = str(FieldError("output", given, str(exc), row=row_id)), "output"
            else:
                output = default_output(row_id, fmt, tag)
            item = {
                "key": row_key(row_id, fmt, tag),
                "id": row_id,
                "row": number,
                "text": None if text is None else str(text),
                "audio": None if audio is None else str(audio),
                "source": storage.resolve(str(audio), plan.base) if audio else None,
                "format": fmt,
                "hrtf": hrtf.spec if hrtf else None,
                "hrtf_source": hrtf.source if hrtf else None,
                "output": output,
                "sample_rate": int(row["sample_rate"]) if row.get("sample_rate") is not None else plan.sample_rate,
                "overrides": json.dumps(overrides, sort_keys=True, ensure_ascii=False) if overrides else None,
                "error": w_error,
                "error_field": w_field,
            }
            item["content_key"], item["content_parts"] = identity.content_key(
                item, uses_model=uses_model, model=plan.model_digest, token=plan.token
            )
            work.append(item)
    return work


def iter_manifest_batches(
    files: ManifestFiles, file_index: int, row_groups: Sequence[int], first_row: int, batch_rows: int
) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """(first row number, rows as dicts) for some row groups of one manifest file, streamed."""
    pf = files.open(file_index)
    columns = [c for c in pf.schema_arrow.names if c in KNOWN_COLUMNS]
    number = first_row
    for batch in pf.iter_batches(batch_size=batch_rows, row_groups=list(row_groups), columns=columns):
        rows = batch.to_pylist()
        yield number, rows
        number += len(rows)


def needs_model(text: str | None, overridden: Any) -> bool:
    """Whether a row's text must go through the model: it has text and some field is not overridden."""
    if not (text and str(text).strip()):
        return False
    covered = set(overridden)
    position = {"azimuth_deg", "elevation_deg", "distance_m", "spread_deg"}
    if "trajectory" in covered:
        covered |= position
    if "motion" in covered and position <= covered:
        covered.add("trajectory")  # a given motion at a given position: static unless a path is given
    return not set(ALL_FIELDS) <= covered


def work_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=WORK_SCHEMA)


def pending_blocks(batches: Iterable[list[dict[str, Any]]], done: pa.Array, block_rows: int) -> Iterator[pa.Table]:
    """The work rows of ``batches`` whose content key is not in ``done``, as tables of at most ``block_rows``."""
    pending: list[dict[str, Any]] = []
    for work in batches:
        if len(done) and work:
            content = pa.array([w["content_key"] for w in work], pa.string())
            keep = pc.invert(pc.is_in(content, value_set=done)).to_pylist()
            work = [w for w, k in zip(work, keep, strict=True) if k]
        pending.extend(work)
        while len(pending) >= block_rows:
            yield work_table(pending[:block_rows])
            pending = pending[block_rows:]
    if pending:
        yield work_table(pending)
