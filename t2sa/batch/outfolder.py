"""The output folder: refuse an unusable one, one job at a time, nothing written outside it, no orphans.

* :func:`check_out` creates ``OUT`` or refuses it in one line (a file, ``/dev/null``, read-only).
* :class:`OutLock`: ``OUT/.t2sa/lock`` holds the pid, host and start time of the job using the folder;
  a second submit is refused while that job lives. A lock whose process is gone (same host) is stale
  and taken over; a lock from another host is only reported (its process cannot be checked from here).
* :func:`safe_output_path` resolves an output path, following symbolic links, and refuses one that
  leaves ``OUT``.
* :func:`remove_orphans` deletes temporary files a killed job left behind (``.NAME.tmp-*``,
  ``.NAME.spill-*``, ``.NAME.<hex>.tmp``), locally and on object storage; it runs while the lock is held.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as _dt
import json
import os
import re
import socket
import uuid
from typing import Any

from t2sa.errors import InputError, StorageError, describe

from . import storage

STATE_DIR = ".t2sa"
"""The job's own bookkeeping inside OUT (the lock, the journal of finished rows)."""
RESERVED: tuple[str, ...] = ("results", "metrics.parquet", "job.json", STATE_DIR)
"""Top-level names in OUT that belong to the job; no output path may start with one."""

TEMP_NAME = re.compile(r"^\.[^/]*\.(?:tmp|spill|input)(?:[-.][^/]*)?$")
"""Names of temporary files (atomic writes, clip spills) that only a running job may own."""


def check_out(out: str) -> None:
    """Create the output folder, or raise InputError (one line) when it cannot be one."""
    if storage.is_remote(out):
        try:
            storage.makedirs(out)
        except Exception as exc:  # noqa: BLE001 - fsspec back ends raise many types
            raise InputError(f"--out {out}: cannot create the folder ({describe(exc)})") from None
        return
    path = storage.local_path(out)
    if os.path.exists(path) and not os.path.isdir(path):
        raise InputError(f"--out {out}: is not a folder (it is a file or a device); give a folder path")
    try:
        os.makedirs(path, exist_ok=True)
    except OSError as exc:
        raise InputError(f"--out {out}: cannot create the folder ({exc.strerror or describe(exc)})") from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise InputError(f"--out {out}: the folder is not writable")


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _process_start(pid: int) -> str | None:
    """Start time of a process (Linux clock ticks since boot), to tell a reused pid from the original."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _alive(pid: int, start: str | None) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    except OSError:
        return False
    now = _process_start(pid)
    return start is None or now is None or now == start


class OutLock:
    """``OUT/.t2sa/lock``: who is using an output folder (see the module docstring)."""

    def __init__(self, out: str):
        self.out = out
        self.path = storage.join(out, f"{STATE_DIR}/lock")
        self.info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": _now(),
            "process_start": _process_start(os.getpid()),
            "token": uuid.uuid4().hex,
        }
        self.held = False

    def acquire(self) -> None:
        """Take the lock or raise InputError naming the job that holds it."""
        for _ in range(5):
            if self._try_create():
                self.held = True
                atexit.register(self.release)
                return
            holder = self._read()
            if holder is not None and holder.get("pid") == os.getpid() and holder.get("host") == self.info["host"]:
                self.info = holder  # this process already holds it (prepare called again)
                self.held = True
                atexit.register(self.release)
                return
            if holder is not None and not self._stale(holder):
                raise InputError(
                    f"--out {self.out}: another t2sa-batch job is using this folder (pid {holder.get('pid')} on "
                    f"{holder.get('host')}, started {holder.get('started')}); wait for it to end, or remove "
                    f"{self.path} if that job is gone"
                )
            self._remove_if(holder)
        raise InputError(f"--out {self.out}: cannot take the lock {self.path} (other jobs keep taking it)")

    def release(self) -> None:
        """Remove the lock if it is still this job's."""
        if not self.held:
            return
        self.held = False
        atexit.unregister(self.release)
        holder = self._read()
        if holder is not None and holder.get("token") == self.info["token"]:
            self._remove_if(holder)

    def _stale(self, holder: dict[str, Any]) -> bool:
        if not holder.get("token"):
            return True  # unreadable: a lock is always written whole, so it was damaged
        if holder.get("host") != self.info["host"]:
            return False
        try:
            pid = int(holder["pid"])
        except (KeyError, TypeError, ValueError):
            return True
        return not _alive(pid, holder.get("process_start"))

    def _data(self) -> bytes:
        return json.dumps(self.info, sort_keys=True).encode()

    def _try_create(self) -> bool:
        data = self._data()
        if storage.is_remote(self.out):
            fs, inner = storage.fsspec_fs(self.path)
            if fs.exists(inner):
                return False
            fs.makedirs(inner.rsplit("/", 1)[0], exist_ok=True)
            fs.pipe_file(inner, data)
            return fs.cat_file(inner) == data  # two jobs racing: the last writer holds it, the other sees so
        path = storage.local_path(self.path)
        folder = os.path.dirname(path)
        try:
            os.makedirs(folder, exist_ok=True)
            tmp = os.path.join(folder, f".lock.{uuid.uuid4().hex[:12]}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except OSError as exc:
            raise InputError(f"--out {self.out}: cannot write in the folder ({exc.strerror or describe(exc)})") from None
        try:
            os.write(fd, data)
            os.close(fd)
            os.link(tmp, path)  # atomic, and fails if a lock exists: the lock is never seen half-written
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            raise InputError(f"--out {self.out}: cannot write in the folder ({exc.strerror or describe(exc)})") from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def _read(self) -> dict[str, Any] | None:
        try:
            if storage.is_remote(self.out):
                fs, inner = storage.fsspec_fs(self.path)
                raw = fs.cat_file(inner)
            else:
                with open(storage.local_path(self.path), "rb") as f:
                    raw = f.read()
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - unreadable: treated as damaged
            return {}
        try:
            data = json.loads(raw)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _remove_if(self, holder: dict[str, Any] | None) -> None:
        """Remove the lock if it still holds ``holder`` (another job may have just taken it over)."""
        if holder is None:
            return
        if self._read() != holder:
            return
        with contextlib.suppress(Exception):  # gone already, or not ours to remove
            if storage.is_remote(self.out):
                fs, inner = storage.fsspec_fs(self.path)
                fs.rm(inner)
            else:
                os.unlink(storage.local_path(self.path))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def safe_output_path(out: str, rel: str) -> str:
    """The local path to write output ``rel`` (posix, relative to ``out``) to, symbolic links resolved.

    Raises StorageError when a link (a folder or the file itself) leads outside the output folder.
    """
    root = os.path.realpath(storage.local_path(out))
    path = root
    for part in rel.split("/"):
        path = os.path.join(path, part)
        if os.path.lexists(path):
            real = os.path.realpath(path)
            if not _inside(real, root):
                raise StorageError(
                    f"resolves to '{real}', outside the output folder '{root}' (through a symbolic link)"
                )
            path = real
    return path


def remove_orphans(out: str) -> int:
    """Delete temporary files left in OUT by killed jobs (call it holding the lock); returns how many."""
    removed = 0
    if storage.is_remote(out):
        fs, inner = storage.fsspec_fs(out)
        with contextlib.suppress(Exception):
            fs.invalidate_cache(inner)  # a cached listing would miss the objects written since it was taken
        try:
            names = fs.find(inner)
        except FileNotFoundError:
            return 0
        for name in names:
            if TEMP_NAME.match(name.rsplit("/", 1)[-1]):
                with contextlib.suppress(Exception):
                    fs.rm(name)
                    removed += 1
        return removed
    for folder, _dirs, files in os.walk(storage.local_path(out)):
        for name in files:
            if TEMP_NAME.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))
                    removed += 1
    return removed
