"""The journal of finished rows: what a hard kill cannot take away.

The driver records results in Parquet parts every few seconds; a ``kill -9`` loses the rows finished
since the last part. So each render worker also writes a row's result here the moment its file is
complete (after the atomic rename), and the next submit turns journal entries into result rows
(:func:`recover`) instead of rendering those rows again. Only the rows in flight at the kill are redone.

Layout: ``OUT/.t2sa/journal/<run id>/``. Locally one JSON line per row, appended with a single
``write`` to ``<host>-<pid>.jsonl`` (a line cut short by a kill is skipped on reading); on object
storage one small ``<uuid>.json`` object per row (objects cannot be appended to). A run that ends
normally deletes its folder; an interrupted or killed one leaves it for the next submit.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from typing import Any

from . import storage
from .outfolder import STATE_DIR


def journal_root(out: str) -> str:
    return storage.join(out, f"{STATE_DIR}/journal")


def run_folder(out: str, run_id: str) -> str:
    return storage.join(journal_root(out), run_id)


def record(out: str, run_id: str, row: dict[str, Any]) -> None:
    """Append one finished row (a result row dict) to this run's journal."""
    line = json.dumps(row, ensure_ascii=False, default=str) + "\n"  # -inf LUFS (silence) as JSON's -Infinity
    folder = run_folder(out, run_id)
    if storage.is_remote(out):
        fs, inner = storage.fsspec_fs(storage.join(folder, f"{uuid.uuid4().hex}.json"))
        fs.pipe_file(inner, line.encode())
        return
    local = storage.local_path(folder)
    os.makedirs(local, exist_ok=True)
    fd = os.open(os.path.join(local, f"{socket.gethostname()}-{os.getpid()}.jsonl"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def _rows(text: str) -> list[dict[str, Any]]:
    rows = []
    for line in text.splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue  # the last line of a killed writer
        if isinstance(row, dict) and row.get("key") and row.get("content_key"):
            rows.append(row)
    return rows


def read_all(out: str) -> tuple[list[dict[str, Any]], list[str]]:
    """(every journal row of earlier runs, the run folders they came from)."""
    root = journal_root(out)
    rows: list[dict[str, Any]] = []
    folders: list[str] = []
    if storage.is_remote(out):
        fs, inner = storage.fsspec_fs(root)
        if not fs.exists(inner):
            return rows, folders
        for path in sorted(fs.find(inner)):
            if path.endswith((".json", ".jsonl")):
                rows += _rows(fs.cat_file(path).decode("utf-8", errors="replace"))
        folders = [f"{root.split('://', 1)[0]}://{p}" for p in fs.ls(inner, detail=False)]
        return rows, folders
    local = storage.local_path(root)
    if not os.path.isdir(local):
        return rows, folders
    for run in sorted(os.listdir(local)):
        folder = os.path.join(local, run)
        if not os.path.isdir(folder):
            continue
        folders.append(folder)
        for name in sorted(os.listdir(folder)):
            if name.endswith(".jsonl"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    rows += _rows(f.read())
    return rows, folders


def remove(folders: list[str]) -> None:
    """Delete journal folders whose rows are now in results parts."""
    import shutil

    for folder in folders:
        if storage.is_remote(folder):
            fs, inner = storage.fsspec_fs(folder)
            if fs.exists(inner):
                fs.rm(inner, recursive=True)
        else:
            shutil.rmtree(storage.local_path(folder), ignore_errors=True)
