"""Job files (TOML): what to render, through which HRTFs/formats, where, and what to make of it.

Why: a sweep or a listening test is a handful of choices that people re-run and share; writing them
in a file (and checking every key up front) beats a long command line that fails after an hour.

Rules, so a job file reads the same from any working directory:

* Relative paths are relative to **the job file's folder** (``jobs/x.toml`` names the demo manifest
  ``../manifests/demo.parquet``). Command-line overrides (``--out``, ``--hrtf``) are relative to the
  working directory, as usual for a command line.
* Strings may use ``${VAR}`` and ``${VAR:-default}`` (environment variables), e.g. an HRTF folder:
  ``"${T2SA_HRTF_DIR:-../../shared/hrtf}/MIT_KEMAR_normal_pinna.sofa"``. An unset variable without a
  default is an error naming it.
* Unknown tables or keys are errors (a typo must not silently fall back to a default).

Layout (all tables but ``[job]`` optional)::

    [job]      kind = "sweep" | "stimuli" | "render", name, out, manifest (or [inputs]),
               formats = [...], hrtfs = [...], sample_rate, model
    [inputs]   texts = [...] | texts_file, sounds = [paths or globs], grid = {az_step_deg, elevations,
               distances_m}, rows = N (evenly spaced subset), seed
    [batch]    engine options: workers, batch_size, rows_per_task, address, max_error_rate, overwrite,
               use_ray, progress, model_device, predict_actors
    [sweep]    reference, az_step_deg, elevations, fmin_hz, fmax_hz, analysis_rate
    [stimuli]  t2sa.studies.stimuli.StimulusOptions fields
    [osc]      enabled, scheme, rate_hz, max_distance_m, object_id, flip_azimuth, width_units, gain_units,
               gain_ceiling_db (t2sa.osc)
    [plots]    summary (bool), trajectories (how many rows get a trajectory PNG)
    [storage]  object storage settings, the keys ``t2sa-batch submit --storage-option`` takes:
               endpoint_url, region, key, secret, token, profile, an AWS_*/FSSPEC_*/GOOGLE_* variable, or
               PROTOCOL.ARG (also as a sub-table, ``[storage.s3] requester_pays = true``). They reach
               this process and every Ray worker as environment variables and are never written to
               job.json, results, logs or error lines; keep secrets out of the file with
               ``secret = "${MY_SECRET}"``. The standard AWS_*/GOOGLE_* variables work without it.

``[job] manifest`` and ``hrtfs`` may be URIs (s3://, gs://, ...); ``[job] out`` is a local folder
(the report is written there).
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from t2sa.errors import StudyError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KINDS = ("sweep", "stimuli", "render")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")

TABLE_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "job": {
        "kind": str,
        "name": str,
        "out": str,
        "manifest": str,
        "formats": list,
        "hrtfs": list,
        "sample_rate": int,
        "model": str,
        "description": str,
    },
    "inputs": {"texts": list, "texts_file": str, "sounds": list, "grid": dict, "rows": int, "seed": int},
    "batch": {
        "workers": int,
        "batch_size": int,
        "rows_per_task": int,
        "address": str,
        "max_error_rate": (int, float),
        "overwrite": bool,
        "use_ray": bool,
        "progress": bool,
        "model_device": str,
        "predict_actors": int,
        "part_rows": int,
        "metrics": str,
        "metrics_from_file": bool,
    },
    "sweep": {
        "reference": str,
        "az_step_deg": (int, float),
        "elevations": list,
        "fmin_hz": (int, float),
        "fmax_hz": (int, float),
        "analysis_rate": int,
    },
    "stimuli": {
        "name": str,
        "title": str,
        "target_lufs": (int, float),
        "peak_ceiling_dbfs": (int, float),
        "reference": str,
        "anchors": list,
        "seed": int,
        "webmushra_prefix": str,
        "question": str,
        "peak_policy": str,
    },
    "osc": {
        "enabled": bool,
        "scheme": str,
        "rate_hz": (int, float),
        "max_distance_m": (int, float),
        "object_id": int,
        "flip_azimuth": bool,
        "width_units": str,
        "gain_units": str,
        "gain_ceiling_db": (int, float),
    },
    "plots": {"summary": bool, "trajectories": int},
    "storage": {},  # open keys: checked by _storage_env
}
OPEN_TABLES = ("storage",)
"""Tables whose keys are names of settings, not a fixed list (checked by their own function)."""
STORAGE_VALUE_TYPES = (str, bool, int, float)
GRID_KEYS = {"az_step_deg", "elevations", "distances_m"}


@dataclass
class JobSpec:
    """A checked job file. Paths are absolute (resolved against the job file's folder)."""

    path: Path
    kind: str
    name: str
    out: Path
    manifest: Path | str | None = None  # a path, or a URI (s3://...) kept as given
    formats: list[str] = field(default_factory=lambda: ["binaural"])
    hrtfs: list[str] = field(default_factory=lambda: ["default"])
    sample_rate: int | None = None
    model: str | None = None
    inputs: dict[str, Any] = field(default_factory=dict)
    batch: dict[str, Any] = field(default_factory=dict)
    sweep: dict[str, Any] = field(default_factory=dict)
    stimuli: dict[str, Any] = field(default_factory=dict)
    osc: dict[str, Any] = field(default_factory=dict)
    plots: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    storage: dict[str, str] = field(default_factory=dict, repr=False)  # [storage] as variables; secrets


def expand_env(value: Any, where: str) -> Any:
    """Replace ``${VAR}`` / ``${VAR:-default}`` in strings (recursively in lists and tables)."""
    if isinstance(value, str):

        def sub(m: re.Match) -> str:
            name, default = m.group(1), m.group(2)
            if name in os.environ and os.environ[name] != "":
                return os.environ[name]
            if default is not None:
                return default
            raise StudyError(f"{where}: environment variable ${{{name}}} is not set and has no default")

        return _ENV.sub(sub, value)
    if isinstance(value, list):
        return [expand_env(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: expand_env(v, f"{where}.{k}") for k, v in value.items()}
    return value


def _resolve(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p).resolve()


def resolve_hrtf(base: Path, spec: str) -> str:
    """'default' stays; URIs stay; file paths become absolute (relative to the job file)."""
    if spec.strip().lower() in ("default", "builtin", ""):
        return "default"
    if "://" in spec:
        return spec
    return str(_resolve(base, spec))


def resolve_format(base: Path, fmt: str) -> str:
    """``layout:FILE`` with FILE made absolute (relative to the job file); other format names stay."""
    from t2sa.formats import LAYOUT_PREFIX

    if not fmt.startswith(LAYOUT_PREFIX) or "://" in fmt:
        return fmt
    return LAYOUT_PREFIX + str(_resolve(base, fmt[len(LAYOUT_PREFIX) :]))


def load_job(path: str | os.PathLike) -> JobSpec:
    """Read and check a job file; every problem names the file and the key."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise StudyError(f"{path}: cannot read job file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise StudyError(f"{path}: not valid TOML ({exc})") from None
    where = str(path)
    for table in raw:
        if table not in TABLE_KEYS:
            raise StudyError(f"{where}: unknown table [{table}]; known: {', '.join(TABLE_KEYS)}")
        if not isinstance(raw[table], dict):
            raise StudyError(f"{where}: {table} must be a table ([{table}])")
        if table in OPEN_TABLES:
            continue
        for key, value in raw[table].items():
            expected = TABLE_KEYS[table].get(key)
            if expected is None:
                raise StudyError(f"{where}: [{table}] {key}: unknown key; known: {', '.join(TABLE_KEYS[table])}")
            if isinstance(value, bool) and expected is not bool:
                raise StudyError(f"{where}: [{table}] {key}={value!r}: expected {_type_name(expected)}")
            if not isinstance(value, expected):
                raise StudyError(f"{where}: [{table}] {key}={value!r}: expected {_type_name(expected)}")
    storage_table = _storage_items(where, raw.pop("storage", {}))
    raw = expand_env(raw, where)
    storage = _storage_env(where, storage_table)
    job = raw.get("job")
    if not job:
        raise StudyError(f"{where}: missing [job] table")
    base = path.resolve().parent
    kind = job.get("kind", "render")
    if kind not in KINDS:
        raise StudyError(f"{where}: [job] kind={kind!r}: expected one of {', '.join(KINDS)}")
    if "out" not in job:
        raise StudyError(f"{where}: [job] out: missing (the output folder)")
    if "://" in job["out"]:
        raise StudyError(
            f"{where}: [job] out={job['out']!r}: a job file writes its report to a local folder; render to object "
            "storage with t2sa-batch submit --out URI"
        )
    manifest = job.get("manifest")
    inputs = raw.get("inputs", {})
    if bool(manifest) == bool(inputs):
        raise StudyError(f"{where}: give exactly one of [job] manifest or an [inputs] table")
    _check_inputs(where, inputs, base)
    for key in ("formats", "hrtfs"):
        values = job.get(key)
        if values is not None and (not values or not all(isinstance(v, str) and v for v in values)):
            raise StudyError(f"{where}: [job] {key}={values!r}: expected a non-empty list of strings")
    spec = JobSpec(
        path=path.resolve(),
        kind=kind,
        name=job.get("name", path.stem),
        out=_resolve(base, job["out"]),
        manifest=(manifest if "://" in manifest else _resolve(base, manifest)) if manifest else None,
        formats=[resolve_format(base, f) for f in job.get("formats", ["binaural"])],
        hrtfs=[resolve_hrtf(base, h) for h in job.get("hrtfs", ["default"])],
        sample_rate=job.get("sample_rate"),
        model=job.get("model"),
        inputs=inputs,
        batch=raw.get("batch", {}),
        sweep=raw.get("sweep", {}),
        stimuli=raw.get("stimuli", {}),
        osc=raw.get("osc", {}),
        plots=raw.get("plots", {}),
        description=job.get("description", ""),
        storage=storage,
    )
    if spec.sweep.get("reference"):
        ref = spec.sweep["reference"]
        spec.sweep["reference"] = ref if not _looks_like_path(ref) else resolve_hrtf(base, ref)
    return spec


def _storage_items(where: str, table: dict[str, Any]) -> list[tuple[str, Any]]:
    """``[storage]`` as (key, value) pairs, sub-tables flattened to ``PROTOCOL.ARG``; a value of the wrong
    type is named by its key only (it may be a secret)."""
    items: list[tuple[str, Any]] = []
    for key, value in table.items():
        if isinstance(value, dict):
            items += [(f"{key}.{arg}", v) for arg, v in value.items()]
        else:
            items.append((key, value))
    for key, value in items:
        if not isinstance(value, STORAGE_VALUE_TYPES):
            raise StudyError(f"{where}: [storage] {key}: expected a string, number or true/false (value not shown)")
    return items


def _storage_env(where: str, items: list[tuple[str, Any]]) -> dict[str, str]:
    """The ``[storage]`` settings as the variables every storage client reads (:func:`t2sa.batch.cluster.storage_env`)."""
    from t2sa.batch.cluster import storage_env
    from t2sa.errors import InputError

    env: dict[str, str] = {}
    for key, value in items:
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        text = expand_env(text, f"{where}: [storage] {key}")
        try:
            env.update(storage_env([f"{key}={text}"]))
        except InputError as exc:  # its message names the key and never the value
            reason = str(exc).split(": ", 1)[-1]
            raise StudyError(f"{where}: [storage] {key}: {reason}") from None
    return env


def _looks_like_path(value: str) -> bool:
    return "/" in value or value.lower().endswith(".sofa")


def _check_inputs(where: str, inputs: dict[str, Any], base: Path) -> None:
    if not inputs:
        return
    if "texts" in inputs and "texts_file" in inputs:
        raise StudyError(f"{where}: [inputs] give texts or texts_file, not both")
    if not inputs.get("sounds"):
        raise StudyError(f"{where}: [inputs] sounds: missing (paths or globs of the source sounds)")
    if not any(k in inputs for k in ("texts", "texts_file", "grid")):
        raise StudyError(f"{where}: [inputs] needs texts, texts_file or grid (directions to render)")
    grid = inputs.get("grid")
    if grid is not None:
        unknown = set(grid) - GRID_KEYS
        if unknown:
            raise StudyError(
                f"{where}: [inputs] grid.{sorted(unknown)[0]}: unknown key; known: {', '.join(sorted(GRID_KEYS))}"
            )
    if "rows" in inputs and inputs["rows"] < 1:
        raise StudyError(f"{where}: [inputs] rows={inputs['rows']!r}: expected >= 1")
    inputs["sounds"] = [str(_resolve(base, s)) for s in inputs["sounds"]]
    if "texts_file" in inputs:
        inputs["texts_file"] = str(_resolve(base, inputs["texts_file"]))


def _type_name(expected: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true/false", list: "a list", dict: "a table"}
    if isinstance(expected, tuple):
        return " or ".join(names.get(t, t.__name__) for t in expected)
    return names.get(expected, expected.__name__)
