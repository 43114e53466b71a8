"""What the rules (cues + knowledge, no network) and the shipped model make of a sentence, for the text tests."""

from __future__ import annotations

import warnings
from typing import Any

from t2sa.params import SpatialParams, wrap_azimuth
from t2sa.text import world
from t2sa.text.trajectory import build_params


def rules_params(text: str) -> SpatialParams:
    """The parameters the rules read from ``text`` (clamped-number warnings silenced: the tests assert values)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build_params(world.read(text), text=text)


def off(a: float, b: float) -> float:
    """Degrees between two azimuths (180 and -180 are the same place)."""
    return abs(wrap_azimuth(a - b))


def end(p: SpatialParams) -> tuple[float, float]:
    """Azimuth and elevation where ``p``'s trajectory ends."""
    k = p.trajectory[-1]
    return k.azimuth_deg, k.elevation_deg


def distance_trend(p: SpatialParams) -> str:
    """Which way ``p``'s source moves in distance: "closer", "farther" or "none"."""
    d0, d1 = p.trajectory[0].distance_m, p.trajectory[-1].distance_m
    return "closer" if d1 < d0 else "farther" if d1 > d0 else "none"


def trend(text: str) -> str:
    """Which way the rules move a sentence's source: "closer", "farther" or "none"."""
    return distance_trend(rules_params(text))


def moves_between(text: str, start: float, stop: float, tol: float = 1.0) -> bool:
    """Whether the rules move ``text``'s source from azimuth ``start`` to ``stop`` (within ``tol`` degrees)."""
    p = rules_params(text)
    return p.motion != "static" and off(p.azimuth_deg, start) <= tol and off(end(p)[0], stop) <= tol


def heard(model: Any, text: str) -> SpatialParams:
    """What the shipped model (rules, knowledge and network combined) makes of one sentence."""
    (params,) = model.predict([text], mode="combined")
    return params


def places(model: Any, text: str) -> tuple[float, float, float, float, str | None]:
    """Where :func:`heard` starts and ends a sentence's source, and how it moves."""
    p = heard(model, text)
    return (p.azimuth_deg, p.elevation_deg, *end(p), p.motion)
