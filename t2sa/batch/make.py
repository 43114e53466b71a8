"""``t2sa-batch make-manifest``: texts (CSV/TSV/JSONL/TXT) crossed with sound files -> Parquet."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from t2sa.errors import InputError
from t2sa.params import SCALAR_FIELDS

from .manifest import KNOWN_COLUMNS, ManifestError, check_schema, safe_id

_INTS = ("sample_rate",)


def read_texts(path: str, text_column: str = "text") -> list[dict[str, Any]]:
    """Rows of a text table; every row gets ``text`` (renamed from ``text_column``)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        rows = []
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    elif suffix in (".csv", ".tsv"):
        with p.open(encoding="utf-8", newline="") as f:
            rows = [dict(r) for r in csv.DictReader(f, delimiter="\t" if suffix == ".tsv" else ",")]
    elif suffix == ".txt":
        rows = [{"text": line.strip()} for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        raise InputError(f"{path}: unknown text file type {suffix!r} (use .csv, .tsv, .jsonl or .txt)")
    if not rows:
        raise InputError(f"{path}: no rows")
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            raise InputError(f"{path}: row {n} is not an object")
        if text_column != "text" and text_column in row:
            row["text"] = row.pop(text_column)
    return rows


def find_sounds(specs: Sequence[str], extensions: Sequence[str]) -> list[Path]:
    """Sound files from files and folders (recursive), sorted, without duplicates."""
    found: dict[Path, None] = {}
    for spec in specs:
        p = Path(spec)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in extensions and not f.name.startswith("."):
                    found.setdefault(f.resolve(), None)
        elif p.is_file():
            found.setdefault(p.resolve(), None)
        else:
            raise InputError(f"--sound {spec!r}: no such file or folder")
    if not found:
        raise InputError(f"--sound {', '.join(specs)}: no sound files ({', '.join(extensions)})")
    return list(found)


def _cell(name: str, value: Any) -> Any:
    """CSV cells are strings: empty -> null, numbers parsed for numeric columns."""
    if isinstance(value, str) and name != "text":
        value = value.strip()
        if value == "":
            return None
        if name in SCALAR_FIELDS:
            try:
                return float(value)
            except ValueError:
                raise InputError(f"column {name!r}: {value!r} is not a number") from None
        if name in _INTS:
            try:
                return int(value)
            except ValueError:
                raise InputError(f"column {name!r}: {value!r} is not an integer") from None
        if name == "trajectory":
            return value
    return value


def build_manifest(
    rows: list[dict[str, Any]], sounds: list[Path] | None, manifest_dir: Path
) -> tuple[pa.Table, list[str]]:
    """(manifest table, names of input columns left out)."""
    keep = [c for c in KNOWN_COLUMNS if any(c in r for r in rows)]
    dropped = sorted({c for r in rows for c in r} - set(KNOWN_COLUMNS))
    if sounds is not None and "output" in keep:
        raise InputError("column 'output' cannot be crossed with several sounds (every sound would write one file)")
    if sounds is not None:
        keep = [c for c in keep if c != "audio"]
    out_rows: list[dict[str, Any]] = []
    width = len(str(len(rows) - 1))
    for i, row in enumerate(rows):
        try:
            base = {c: _cell(c, row.get(c)) for c in keep}
        except InputError as exc:
            raise InputError(f"text row {i}: {exc}") from None
        if base.get("trajectory") is not None and not isinstance(base["trajectory"], str):
            base["trajectory"] = json.dumps(base["trajectory"])
        text_id = str(base.pop("id")) if base.get("id") is not None else f"t{i:0{width}d}"
        if sounds is None:
            if not row.get("audio"):
                raise InputError(f"row {i}: no 'audio' and no --sound to cross with")
            out_rows.append({"id": text_id, **base})
            continue
        for s in sounds:
            out_rows.append({"id": f"{text_id}__{safe_id(s.stem)}", **base, "audio": _relative(s, manifest_dir)})
    table = pa.Table.from_pylist(out_rows)
    table = table.select([c for c in KNOWN_COLUMNS if c in table.column_names])
    problems, _ = check_schema(table.schema)
    ids = table["id"].to_pylist()
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids (two texts with the same id, or two sounds with the same file name)")
    if problems:
        raise ManifestError("(new manifest)", problems)
    return table, dropped


def _relative(path: Path, folder: Path) -> str:
    """Path relative to the manifest's folder when it is inside or near it, else absolute."""
    try:
        rel = os.path.relpath(path, folder)
    except ValueError:
        return str(path)
    return Path(rel).as_posix() if not rel.startswith("../../..") else str(path)
