"""Local paths and URIs (s3://, gs://, file://, ...) behind one small interface.

Why: on a laptop the manifest, sounds and output folder are local paths; on a cluster they are on
shared storage named by URIs. Everything in t2sa.batch goes through these helpers so the same code
serves both. Parquet goes through pyarrow's filesystems, single files through fsspec.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import re
import uuid
from typing import Any

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_uri(path: str) -> bool:
    return bool(_SCHEME.match(str(path)))


def is_remote(path: str) -> bool:
    """A URI read through fsspec: every URI except ``file://``, which names a local file."""
    return is_uri(path) and not str(path).startswith("file://")


def local_path(path: str) -> str:
    """The file system path of a local path or ``file://`` URI."""
    path = str(path)
    return path[len("file://") :] if path.startswith("file://") else path


def resolve(path: str, base: str | None) -> str:
    """``path`` if absolute or a URI, else joined to ``base`` (a folder path or URI)."""
    path = str(path)
    if is_uri(path) or os.path.isabs(path) or not base:
        return path
    if is_uri(base):
        return base.rstrip("/") + "/" + path
    return os.path.normpath(os.path.join(base, path))


def parent(path: str) -> str:
    """Folder holding ``path``: a URI prefix for URIs, an absolute path for local files."""
    if is_uri(path):
        scheme, rest = path.split("://", 1)
        head = posixpath.dirname(rest.rstrip("/"))
        return f"{scheme}://{head}"
    return os.path.dirname(os.path.abspath(path))


def join(root: str, rel: str) -> str:
    if is_uri(root):
        return root.rstrip("/") + "/" + rel
    return os.path.join(root, *rel.split("/"))


def arrow_fs(path: str) -> tuple[Any, str]:
    """(pyarrow filesystem, path inside it) for a local path or URI."""
    import pyarrow.fs as pafs

    if is_remote(path):
        # Object stores through fsspec (s3fs, gcsfs, ...) like every other file: one client and one set
        # of settings (endpoint, region, credentials: t2sa.batch.cluster) for all of a job's storage.
        fs, inner = fsspec_fs(path)
        return pafs.PyFileSystem(pafs.FSSpecHandler(fs)), inner
    if is_uri(path):
        return pafs.FileSystem.from_uri(path)
    return pafs.LocalFileSystem(), os.path.abspath(path)


def fsspec_fs(path: str) -> tuple[Any, str]:
    import fsspec

    fs, inner = fsspec.core.url_to_fs(path)
    return fs, inner


def exists(path: str) -> bool:
    if is_uri(path):
        fs, inner = fsspec_fs(path)
        return fs.exists(inner)
    return os.path.exists(path)


def makedirs(path: str) -> None:
    if is_uri(path):
        fs, inner = fsspec_fs(path)
        fs.makedirs(inner, exist_ok=True)
    else:
        os.makedirs(path, exist_ok=True)


def list_files(folder: str, suffix: str) -> list[str]:
    """Files directly in ``folder`` ending in ``suffix`` (no dot-files), sorted; [] if none."""
    if not is_uri(folder):
        if not os.path.isdir(folder):
            return []
        return sorted(
            os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(suffix) and not n.startswith((".", "_"))
        )
    scheme = folder.split("://", 1)[0]
    if is_remote(folder):
        # through fsspec itself, as exists / makedirs / remove: pyarrow's bridge to a Python filesystem leaves
        # threads that could abort the interpreter at exit (a C++ "terminate" after t2sa-batch status on S3)
        fs, inner = fsspec_fs(folder)
        if not fs.isdir(inner):
            return []
        names = fs.find(inner, maxdepth=1, withdirs=False)
        return sorted(
            f"{scheme}://{n}" for n in names
            if posixpath.basename(n).endswith(suffix) and not posixpath.basename(n).startswith((".", "_"))
        )
    import pyarrow.fs as pafs

    fs, inner = arrow_fs(folder)
    if fs.get_file_info(inner).type != pafs.FileType.Directory:
        return []
    out = []
    for info in fs.get_file_info(pafs.FileSelector(inner)):
        if (
            info.type == pafs.FileType.File
            and info.base_name.endswith(suffix)
            and not info.base_name.startswith((".", "_"))
        ):
            out.append(f"{scheme}://{info.path}")
    return sorted(out)


def remove(path: str) -> None:
    if is_uri(path):
        fs, inner = fsspec_fs(path)
        fs.rm(inner)
    else:
        os.remove(path)


def write_parquet_atomic(table: Any, path: str) -> None:
    """Write a Parquet file under a dot-name first, then rename it into place.

    Readers (``pyarrow.dataset``, ``pandas.read_parquet`` on the folder) skip dot-files, so a
    crash mid-write never leaves a half file that looks like results.
    """
    import pyarrow.parquet as pq

    fs, inner = arrow_fs(path)
    folder, name = posixpath.split(inner) if is_uri(path) else os.path.split(inner)
    tmp = (posixpath.join if is_uri(path) else os.path.join)(folder, f".{name}.{uuid.uuid4().hex[:8]}.tmp")
    fs.create_dir(folder, recursive=True)
    pq.write_table(table, tmp, filesystem=fs)
    fs.move(tmp, inner)


def parquet_file(path: str) -> Any:
    """A ``pyarrow.parquet.ParquetFile``; remote files are read whole through fsspec and parsed from memory:
    pyarrow's threaded reads through a Python filesystem could still be running when the interpreter exits
    (a C++ abort after ``t2sa-batch status`` on S3 had printed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if is_remote(path):
        fs, inner = fsspec_fs(path)
        with fs.open(inner, "rb") as fh:
            return pq.ParquetFile(pa.BufferReader(fh.read()))
    fs, inner = arrow_fs(path)
    return pq.ParquetFile(fs.open_input_file(inner))


def read_parquet(path: str, columns: list[str] | None = None) -> Any:
    return parquet_file(path).read(columns=columns)


OBJECT_STORES = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss"})
"""Protocols whose uploads are all-or-nothing: an object appears whole or not at all."""


def put_file(local: str, dest: str) -> None:
    """Copy a finished local file to ``dest`` (a URI) so that no reader ever sees half of it.

    On an object store the upload itself is all-or-nothing, so it goes straight to its name: a task cancelled
    mid-upload leaves nothing behind (a temporary object and a rename, which is a copy there, once left
    ``.NAME.<hex>.tmp`` objects when an interrupted job's tasks were cancelled). Elsewhere it is written under a
    temporary name and renamed, and the temporary is removed if the copy is interrupted.
    """
    fs, inner = fsspec_fs(dest)
    folder = posixpath.dirname(inner)
    fs.makedirs(folder, exist_ok=True)
    protocols = {fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)
    if protocols & OBJECT_STORES:
        fs.put_file(local, inner)
        return
    tmp = posixpath.join(folder, f".{posixpath.basename(inner)}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        fs.put_file(local, tmp)
        fs.mv(tmp, inner)
    except BaseException:
        with contextlib.suppress(Exception):
            fs.rm(tmp)
        raise
