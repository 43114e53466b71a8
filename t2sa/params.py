"""Spatial parameters: the one contract between text understanding and rendering.

Conventions (everywhere in t2sa):

* ``azimuth_deg``: 0 = front, +90 = left, -90 = right, 180 = back (counter-clockwise seen
  from above, as in SOFA and AmbiX). Static azimuths are wrapped to (-180, 180].
* ``elevation_deg``: +90 = straight up, -90 = straight down.
* ``distance_m``: metres from the centre of the head; levels are relative to 1 m.
* ``spread_deg``: angular width of the source; 0 = point source.
* ``wet`` (0..1) and ``drr_db``: the reverberant send. The reverb's energy relative to the
  direct sound *at 1 m* is ``wet**2 * 10**(-drr_db / 10)``, so ``wet = 1`` gives a direct-to-
  reverberant ratio of ``drr_db`` at 1 m, ``wet = 0`` gives no tail at all, and the ratio falls
  by 6 dB per doubling of distance (the tail does not depend on distance, the direct sound does).
* ``rt60_s``: reverberation time of the late tail.
* ``occlusion`` (0..1): how much a partition between source and listener muffles the sound (0 = none,
  1 = a heavy wall); the filter is defined in :mod:`t2sa.render.occlusion`.
* ``trajectory``: keyframes ``{t, azimuth_deg, elevation_deg, distance_m, spread_deg}`` with ``t``
  in 0..1 of the clip. The first keyframe equals the static fields; a static source has one.
  Keyframe azimuths may be unwrapped (e.g. 0 -> 360 for one full counter-clockwise turn).
  Between keyframes, ``orbit`` and ``spiral`` motions follow the azimuths as written (full turns);
  every other motion takes the shortest arc. Distance is interpolated in log distance.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from t2sa.errors import ParamError

__all__ = ["RANGES", "MOTIONS", "Keyframe", "ParamError", "SpatialParams", "angular_distance_deg", "wrap_azimuth"]

MOTIONS: tuple[str, ...] = (
    "static",
    "approach",
    "recede",
    "pass",
    "orbit",
    "rise",
    "fall",
    "zigzag",
    "sway",
    "spiral",
    "path",
)
"""Motion types. ``path`` is a free keyframed path; the others name what the text said."""

FULL_TURN_MOTIONS: frozenset[str] = frozenset({"orbit", "spiral"})

# field -> (low, high); None means open on that side. Azimuth has no range: it is wrapped.
RANGES: dict[str, tuple[float | None, float | None]] = {
    "elevation_deg": (-90.0, 90.0),
    "distance_m": (0.05, 1000.0),
    "spread_deg": (0.0, 360.0),
    "wet": (0.0, 1.0),
    "gain_db": (-120.0, 40.0),
    "drr_db": (-40.0, 40.0),
    "rt60_s": (0.05, 20.0),
    "occlusion": (0.0, 1.0),
    "t": (0.0, 1.0),
}

SAMPLE_RATE_RANGE: tuple[int, int] = (8000, 384000)
"""Output sample rates t2sa renders at (Hz): every entry point (CLI, manifest, scenes, renderer) checks this."""


def sample_rate_problem(value: Any) -> str | None:
    """Why ``value`` is not a usable output rate, or None when it is (one rule for every entry point)."""
    lo, hi = SAMPLE_RATE_RANGE
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        return "must be a whole number of Hz"
    if not math.isfinite(value) or value != int(value) or not lo <= value <= hi:
        return f"must be a whole number of Hz from {lo} to {hi}"
    return None


KEYFRAME_FIELDS: tuple[str, ...] = ("t", "azimuth_deg", "elevation_deg", "distance_m", "spread_deg")
SCALAR_FIELDS: tuple[str, ...] = (
    "azimuth_deg",
    "elevation_deg",
    "distance_m",
    "spread_deg",
    "wet",
    "gain_db",
    "drr_db",
    "rt60_s",
    "occlusion",
)
ALL_FIELDS: tuple[str, ...] = SCALAR_FIELDS + ("motion", "trajectory")


def wrap_azimuth(az: float | np.ndarray) -> float | np.ndarray:
    """Wrap azimuth(s) in degrees to (-180, 180]."""
    if type(az) is float:  # the same bits as the array path (Python's float % rounds as np.mod does), ~10x sooner
        return 180.0 - (180.0 - az) % 360.0
    wrapped = 180.0 - np.mod(180.0 - np.asarray(az, dtype=float), 360.0)
    return float(wrapped) if np.ndim(wrapped) == 0 else wrapped


def angular_distance_deg(az1: Any, el1: Any, az2: Any, el2: Any) -> Any:
    """Great-circle angle in degrees between directions (azimuth, elevation in degrees); vectorised,
    a float for scalar input. The one angle every error metric (text, render round trip, reports) uses."""
    a1, e1, a2, e2 = (np.radians(np.asarray(v, dtype=float)) for v in (az1, el1, az2, el2))
    cos = np.sin(e1) * np.sin(e2) + np.cos(e1) * np.cos(e2) * np.cos(a1 - a2)
    angle = np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))
    return float(angle) if np.ndim(angle) == 0 else angle


def _check_number(name: str, value: Any) -> float:
    numeric = (int, float, np.integer, np.floating)
    if type(value) is not float and (isinstance(value, bool) or not isinstance(value, numeric)):  # floats: no checks
        raise ParamError(name, value, "must be a number")
    value = float(value)
    if not math.isfinite(value):
        raise ParamError(name, value, "must be finite")
    base = name.rsplit(".", 1)[-1]
    lo, hi = RANGES.get(base, (None, None))
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ParamError(name, value, f"out of range [{lo}, {hi}]")
    return value


@dataclass(frozen=True)
class Keyframe:
    """One point of a trajectory; ``t`` is the fraction (0..1) of the clip."""

    t: float
    azimuth_deg: float
    elevation_deg: float
    distance_m: float
    spread_deg: float

    def to_dict(self) -> dict[str, float]:
        return {name: getattr(self, name) for name in KEYFRAME_FIELDS}


@dataclass(frozen=True)
class SpatialParams:
    """Where a sound is, how it moves and in what space. Validated on construction."""

    azimuth_deg: float = 0.0
    elevation_deg: float = 0.0
    distance_m: float = 1.0
    spread_deg: float = 0.0
    wet: float = 0.0
    gain_db: float = 0.0
    drr_db: float = 0.0
    rt60_s: float = 0.5
    motion: str = "static"
    trajectory: tuple[Keyframe, ...] = field(default_factory=tuple)
    occlusion: float = 0.0

    def __post_init__(self) -> None:
        values = {name: _check_number(name, getattr(self, name)) for name in SCALAR_FIELDS}
        values["azimuth_deg"] = wrap_azimuth(values["azimuth_deg"])
        for name, value in values.items():
            object.__setattr__(self, name, value)
        if self.motion not in MOTIONS:
            raise ParamError("motion", self.motion, f"unknown motion; expected one of {', '.join(MOTIONS)}")
        keyframes = _coerce_keyframes(self.trajectory)
        if not keyframes:
            keyframes = (
                Keyframe(0.0, self.azimuth_deg, self.elevation_deg, self.distance_m, self.spread_deg),
            )
        first = keyframes[0]
        if first.t != 0.0:
            raise ParamError("trajectory[0].t", first.t, "the first keyframe must be at t=0")
        for name in ("elevation_deg", "distance_m", "spread_deg"):
            if not math.isclose(getattr(first, name), getattr(self, name), rel_tol=1e-9, abs_tol=1e-9):
                raise ParamError(
                    f"trajectory[0].{name}", getattr(first, name), f"must equal {name}={getattr(self, name)!r}"
                )
        az_gap = abs(wrap_azimuth(first.azimuth_deg - self.azimuth_deg))
        if az_gap > 1e-9:
            raise ParamError(
                "trajectory[0].azimuth_deg", first.azimuth_deg, f"must equal azimuth_deg={self.azimuth_deg!r}"
            )
        times = [k.t for k in keyframes]
        for i in range(1, len(times)):
            if times[i] <= times[i - 1]:
                raise ParamError(f"trajectory[{i}].t", times[i], "keyframe times must strictly increase")
        object.__setattr__(self, "trajectory", keyframes)

    # -- construction -------------------------------------------------------------------
    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "SpatialParams":
        """Build from a plain mapping (JSON, a Parquet row); unknown fields are an error."""
        if not isinstance(data, Mapping):
            raise ParamError("params", data, "must be a JSON object / mapping")
        unknown = sorted(set(data) - set(ALL_FIELDS))
        if unknown:
            raise ParamError(unknown[0], data[unknown[0]], f"unknown field; known fields: {', '.join(ALL_FIELDS)}")
        kwargs = {k: v for k, v in data.items() if v is not None}
        return cls(**kwargs)

    @classmethod
    def from_json(cls, text: str) -> "SpatialParams":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParamError("params", text, f"not valid JSON ({exc.msg} at char {exc.pos})") from None
        return cls.from_dict(data)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name) for name in SCALAR_FIELDS}
        out["motion"] = self.motion
        out["trajectory"] = [k.to_dict() for k in self.trajectory]
        return out

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)

    def with_overrides(self, **overrides: Any) -> "SpatialParams":
        """Return a copy with fields replaced; a new static position resets a 1-keyframe trajectory."""
        moved = {"azimuth_deg", "elevation_deg", "distance_m", "spread_deg"} & set(overrides)
        if moved and "trajectory" not in overrides:
            if len(self.trajectory) == 1:
                overrides["trajectory"] = ()
            else:
                overrides["trajectory"] = _shift_first_keyframe(self, overrides)
        return replace(self, **overrides)

    # -- trajectory ---------------------------------------------------------------------
    @property
    def is_static(self) -> bool:
        return len(self.trajectory) == 1

    def sample(self, t: np.ndarray | Sequence[float] | float) -> dict[str, np.ndarray]:
        """Positions at clip fractions ``t`` (0..1), vectorised.

        Returns arrays ``azimuth_deg`` (wrapped), ``elevation_deg``, ``distance_m`` and
        ``spread_deg`` shaped like ``t``.
        """
        t = np.clip(np.asarray(t, dtype=float), 0.0, 1.0)
        times = np.array([k.t for k in self.trajectory])
        az = unwrap_keyframe_azimuths(self.trajectory, self.motion)
        el = np.array([k.elevation_deg for k in self.trajectory])
        logd = np.log(np.array([k.distance_m for k in self.trajectory]))
        spread = np.array([k.spread_deg for k in self.trajectory])
        return {
            "azimuth_deg": wrap_azimuth(np.interp(t, times, az)),
            "elevation_deg": np.interp(t, times, el),
            "distance_m": np.exp(np.interp(t, times, logd)),
            "spread_deg": np.interp(t, times, spread),
        }


def unwrap_keyframe_azimuths(keyframes: Sequence[Keyframe], motion: str) -> np.ndarray:
    """Keyframe azimuths as a continuous sequence to interpolate linearly.

    Full-turn motions keep the azimuths as written; other motions move along the shortest arc
    between consecutive keyframes (a step of exactly 180 degrees goes counter-clockwise).
    """
    az = np.array([k.azimuth_deg for k in keyframes], dtype=float)
    if motion in FULL_TURN_MOTIONS or len(az) < 2:
        return az
    steps = wrap_azimuth(np.diff(az))
    return np.concatenate([[az[0]], az[0] + np.cumsum(steps)])


def _coerce_keyframes(raw: Iterable[Any]) -> tuple[Keyframe, ...]:
    if raw is None:
        return ()
    if isinstance(raw, (str, bytes)) or not isinstance(raw, Iterable):
        raise ParamError("trajectory", raw, "must be a list of keyframes")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, Keyframe):  # every field there, none unknown: only the values to check
            out.append(Keyframe(**{k: _check_number(f"trajectory[{i}].{k}", getattr(item, k)) for k in KEYFRAME_FIELDS}))
            continue
        if not isinstance(item, Mapping):
            raise ParamError(f"trajectory[{i}]", item, "a keyframe must be an object with " + ", ".join(KEYFRAME_FIELDS))
        unknown = sorted(set(item) - set(KEYFRAME_FIELDS))
        if unknown:
            raise ParamError(f"trajectory[{i}].{unknown[0]}", item[unknown[0]], "unknown keyframe field")
        missing = [k for k in KEYFRAME_FIELDS if item.get(k) is None]
        if missing:
            raise ParamError(f"trajectory[{i}].{missing[0]}", None, "missing keyframe field")
        values = {k: _check_number(f"trajectory[{i}].{k}", item[k]) for k in KEYFRAME_FIELDS}
        out.append(Keyframe(**values))
    return tuple(out)


def _shift_first_keyframe(params: SpatialParams, overrides: Mapping[str, Any]) -> tuple[Keyframe, ...]:
    first = params.trajectory[0]
    moved = {k: overrides[k] for k in ("azimuth_deg", "elevation_deg", "distance_m", "spread_deg") if k in overrides}
    return (replace(first, **moved),) + params.trajectory[1:]


# -- Arrow ----------------------------------------------------------------------------------
def arrow_schema():
    """Arrow schema of a table of ``SpatialParams`` (one row each)."""
    import pyarrow as pa

    keyframe = pa.struct([(name, pa.float64()) for name in KEYFRAME_FIELDS])
    return pa.schema(
        [(name, pa.float64()) for name in SCALAR_FIELDS]
        + [("motion", pa.string()), ("trajectory", pa.list_(keyframe))]
    )


def to_arrow(params: Sequence[SpatialParams]):
    """A ``pyarrow.Table`` with one row per ``SpatialParams``."""
    import pyarrow as pa

    return pa.Table.from_pylist([p.to_dict() for p in params], schema=arrow_schema())


def from_arrow(table) -> list[SpatialParams]:
    """Inverse of :func:`to_arrow`; extra columns are ignored."""
    cols = [c for c in ALL_FIELDS if c in table.column_names]
    return [SpatialParams.from_dict(row) for row in table.select(cols).to_pylist()]
