"""The one way an id becomes part of a file name (plots, OSC replay files, stimulus sets).

Why one home: a grid row id such as ``az+0090_el+00_d1.5`` must name its trajectory plot, its OSC file and
its key rows the same way, so a person can find one from the other. Letters, digits and ``+ - _ .`` are
kept as they are (they are safe in file names and URL paths on every platform); anything else becomes ``_``.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^0-9A-Za-z+\-_.]")


def file_stem(name: object) -> str:
    """``name`` made safe as a file name stem (same id, same stem; never empty, never hidden)."""
    stem = _UNSAFE.sub("_", str(name))
    if not stem or stem.startswith("."):
        stem = "_" + stem
    return stem
