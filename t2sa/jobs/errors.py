"""The error a job raises when its file, inputs or results cannot be used as asked."""

from __future__ import annotations

from t2sa.errors import T2SAError


class JobError(T2SAError):
    """A job file, its inputs or its results are wrong; the message names the field/file and value."""
