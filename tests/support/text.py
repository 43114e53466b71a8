"""What the rules (cues + knowledge, no network) make of a sentence, for the text tests."""

from __future__ import annotations

import warnings

from t2sa.params import SpatialParams
from t2sa.text import world
from t2sa.text.trajectory import build_params


def rules_params(text: str) -> SpatialParams:
    """The parameters the rules read from ``text`` (clamped-number warnings silenced: the tests assert values)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_params(world.read(text), text=text)
