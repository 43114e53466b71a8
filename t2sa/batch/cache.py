"""Per-process caches of the render workers: decoded sources, loaded HRTFs, reference ITDs, clip lengths.

Why: a worker renders many rows that share a few sounds and HRTFs; reading and parsing them once per
process is most of the saving. Every cache key includes the file's :func:`stamp` (size, mtime, ctime,
inode), so a long-lived worker never serves a file that changed on disk. Failures are cached too (a
broken SOFA file is parsed once, and every row naming it gets the same error).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from . import storage


class LRU:
    """A small LRU cache with an optional size budget (bytes of the numpy values it holds)."""

    def __init__(self, max_items: int, max_bytes: int | None = None):
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.max_items, self.max_bytes, self.bytes = max_items, max_bytes, 0

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        """The value for ``key``, made (and kept) on a miss; a cached failure is raised again."""
        if key in self.items:
            self.items.move_to_end(key)
            value = self.items[key]
        else:
            try:
                value = make()
            except Exception as exc:  # noqa: BLE001 - remember failures too (a broken SOFA file)
                value = _Failed(exc)
            self.items[key] = value
            self.bytes += _nbytes(value)
            while len(self.items) > self.max_items or (
                self.max_bytes and self.bytes > self.max_bytes and len(self.items) > 1
            ):
                _, old = self.items.popitem(last=False)
                self.bytes -= _nbytes(old)
        if isinstance(value, _Failed):
            raise value.exc
        return value

    def clear(self) -> None:
        self.items.clear()
        self.bytes = 0


class _Failed:
    def __init__(self, exc: Exception):
        self.exc = exc


def _nbytes(value: Any) -> int:
    if isinstance(value, tuple):
        return sum(_nbytes(v) for v in value)
    return int(getattr(value, "nbytes", 0))


SOURCE_CACHE_BYTES = 128 << 20
"""Decoded sources kept per worker; a source larger than a quarter of this is never cached (it is
streamed from its file by :func:`t2sa.render.render_to_file` instead)."""

HRTFS = LRU(8)
SOURCES = LRU(64, max_bytes=SOURCE_CACHE_BYTES)
EXPECTED_ITD = LRU(4096)
DURATIONS = LRU(4096)
INFOS = LRU(4096)  # sound file headers (length decides whether a source is cached or streamed)
IDENTITIES = LRU(1 << 16)  # content-key parts per (job token, file): see t2sa.batch.identity


def clear_caches() -> None:
    for cache in (HRTFS, SOURCES, EXPECTED_ITD, DURATIONS, INFOS, IDENTITIES):
        cache.clear()


def stamp(path: str) -> tuple[int, int, int, int] | None:
    """(size, mtime, ctime, inode) of a local file, None for remote or missing files."""
    if storage.is_remote(path):
        return None
    try:
        st = os.stat(storage.local_path(path))
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def fetch_local(uri: str, version: str = "") -> str:
    """A local copy of a remote file (sofar reads local files only); local paths are returned as they are.

    Copies live in ``$TMPDIR/t2sa-cache`` under a name made from the URI and ``version`` (the
    object's ETag/size, see :func:`t2sa.batch.identity.source_identity`), so a changed object is fetched again.
    """
    if not storage.is_remote(uri):
        return storage.local_path(uri)
    fs, inner = storage.fsspec_fs(uri)
    folder = os.path.join(tempfile.gettempdir(), "t2sa-cache")
    os.makedirs(folder, exist_ok=True)
    digest = hashlib.blake2b(f"{uri}\0{version}".encode(), digest_size=8).hexdigest()
    local = os.path.join(folder, digest + "-" + os.path.basename(inner))
    if not os.path.exists(local):
        tmp = f"{local}.{os.getpid()}.part"
        fs.get_file(inner, tmp)
        os.replace(tmp, local)
    return local
