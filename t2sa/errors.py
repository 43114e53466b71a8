"""The one error family of t2sa: every error raised on purpose names what was wrong and with what value.

``T2SAError`` is the base the command lines print as one line (no traceback, see :mod:`t2sa.cli.common`).
``FieldError`` carries the *where* as data (``row``, ``field``, ``value``, ``reason``) so the batch engine can
put them in result columns and the CLI can print them; every "bad field" error is one of these.
"""

from __future__ import annotations

from typing import Any


class T2SAError(Exception):
    """Base of every error t2sa raises on purpose; the CLIs print these without a traceback."""


class FieldError(T2SAError, ValueError):
    """A field of some input (a parameter, a manifest cell, an option) has a bad value.

    ``field`` names it (``trajectory[2].distance_m`` for keyframes), ``value`` is what was given,
    ``reason`` says why, and ``row`` (optional) names the manifest row or scene it came from.
    """

    def __init__(self, field: str, value: Any, reason: str, *, row: str | None = None):
        self.field = field
        self.value = value
        self.reason = reason
        self.row = row
        where = f"row {row}: " if row is not None else ""
        super().__init__(f"{where}{field}={_short(value)}: {reason}")

    def at_row(self, row: str) -> FieldError:
        """The same error, said of manifest row ``row`` (keeps the subclass)."""
        err = type(self).__new__(type(self))
        FieldError.__init__(err, self.field, self.value, self.reason, row=row)
        return err


class ParamError(FieldError):
    """A spatial parameter is missing, malformed or out of range."""


class AudioError(T2SAError):
    """An audio file is missing, unreadable, empty or of an unsupported layout."""


class HRTFError(T2SAError):
    """An HRTF (SOFA file) cannot be used: unreadable, wrong convention, bad data."""


class RenderError(T2SAError):
    """A render cannot be done as asked (unknown format, clipping refused, ...)."""


class ModelError(T2SAError):
    """The text model cannot be loaded or run."""


class StorageError(T2SAError):
    """A path or URI cannot be read or written as asked (missing, not allowed, outside the output folder)."""


class InputError(T2SAError):
    """An input (manifest, job file, text table, option) cannot be used at all, so nothing was started."""


class ManifestError(InputError):
    """A manifest cannot be used at all (unreadable, missing/mistyped columns, duplicate ids)."""

    def __init__(self, path: str, problems: list[str] | tuple[str, ...]):
        self.path = path
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"manifest {path}: {len(self.problems)} problem(s):\n{lines}")


class StudyError(InputError):
    """A study (job file: sweep, stimulus set), its inputs or its results are wrong."""


class RunInterrupted(T2SAError):
    """A run was interrupted (Ctrl-C, SIGTERM) after keeping what it finished: running it again resumes."""


class MissingExtraError(InputError):
    """An optional dependency is not installed: names the pip extra that brings it (nothing started)."""

    def __init__(self, what: str, extra: str, module: str | None = None):
        self.what, self.extra, self.module = what, extra, module
        missing = f" ({module} is not installed)" if module else ""
        super().__init__(f'{what} need the "{extra}" extra{missing}: pip install "t2sa[{extra}]"')

    @classmethod
    def from_import(cls, exc: ImportError) -> MissingExtraError | None:
        """The extra behind an ImportError of an optional back end (fsspec says "Install s3fs ..."), or None."""
        text = f"{getattr(exc, 'name', '') or ''} {exc}"
        for module, extra, what in _OPTIONAL_MODULES:
            if module in text:
                return cls(what, extra, module)
        return None


_OPTIONAL_MODULES = (
    ("s3fs", "cluster", "s3:// URIs"),
    ("gcsfs", "gcs", "gs:// URIs"),
    ("aiohttp", "cluster", "Ray Jobs and the Ray dashboard"),
    ("ray[default]", "cluster", "Ray Jobs (--address http://...)"),
)


def describe(exc: BaseException) -> str:
    """One line for any exception: a t2sa error's own message, else its type and message."""
    if isinstance(exc, T2SAError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        name = f" {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}{':' + name if name else ''}"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _short(value: Any, limit: int = 120) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
