"""Error types with messages meant for users: each names what was wrong and with what value."""

from __future__ import annotations


class T2SAError(Exception):
    """Base of every error t2sa raises on purpose; the CLIs print these without a traceback."""


class AudioError(T2SAError):
    """An audio file is missing, unreadable, empty or of an unsupported layout."""


class HRTFError(T2SAError):
    """An HRTF (SOFA file) cannot be used: unreadable, wrong convention, bad data."""


class RenderError(T2SAError):
    """A render cannot be done as asked (unknown format, clipping refused, ...)."""


class ModelError(T2SAError):
    """The text model cannot be loaded or run."""
