"""Typed direction and distance specs: what a plan says about *where*, before it is put into words.

A spec records how a position is stated -- by name ("left"), as a hedge ("ahead, slightly left"), in degrees,
as a clock hour, a compass point, a distance word or a number with a unit -- because the same angle is worded
differently for each. :func:`direction_value` and :func:`dist_value` give the label each spec states, the
realisers (:mod:`.realize_en`, :mod:`.realize_ko`) word it, and :func:`sample_direction` /
:func:`sample_dist` draw one for the planner (with fixed probabilities and order: part of the corpus).
Specs are small frozen dataclasses, so they compare and hash by value (the simile tables are keyed by them)
and an unknown name fails when the spec is made, with a message.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from t2sa.text.frame import SECONDARY_WEIGHT, compose_directions, wrap

from .concepts import AZ_DEG, COMPASS_DEG, DIST_M, EL_DEG, UNIT_M


# -- the specs -------------------------------------------------------------------------------------
def _check(kind: str, name: str, table: dict[str, float]) -> None:
    if name not in table:
        raise ValueError(f"unknown {kind} name {name!r}; expected one of {', '.join(table)}")


@dataclass(frozen=True)
class Azimuth:
    """A named horizontal direction: "left", "front_right", "slight_left" (:data:`.concepts.AZ_DEG`)."""

    name: str

    def __post_init__(self) -> None:
        _check("azimuth", self.name, AZ_DEG)


@dataclass(frozen=True)
class Elevation:
    """A named height, azimuth unstated: "overhead", "feet" (:data:`.concepts.EL_DEG`)."""

    name: str

    def __post_init__(self) -> None:
        _check("elevation", self.name, EL_DEG)


@dataclass(frozen=True)
class AzEl:
    """A named azimuth and a named height said together ("behind you, up above")."""

    az: str
    el: str

    def __post_init__(self) -> None:
        _check("azimuth", self.az, AZ_DEG)
        _check("elevation", self.el, EL_DEG)


@dataclass(frozen=True)
class Compass:
    """A compass point, north = front (:data:`.concepts.COMPASS_DEG`)."""

    name: str

    def __post_init__(self) -> None:
        _check("compass", self.name, COMPASS_DEG)


@dataclass(frozen=True)
class Hedge:
    """A main direction nudged toward a second one ("left, slightly behind")."""

    primary: str
    secondary: str

    def __post_init__(self) -> None:
        _check("azimuth", self.primary, AZ_DEG)
        _check("azimuth", self.secondary, AZ_DEG)


@dataclass(frozen=True)
class SideDeg:
    """Degrees off the front, positive to the left ("30 degrees to the right" = -30)."""

    deg: int


@dataclass(frozen=True)
class Bearing:
    """A bearing in degrees, clockwise from the front as on a compass ("at 90 degrees" = right)."""

    deg: int


@dataclass(frozen=True)
class Clock:
    """A clock position, 12 o'clock = front, 3 o'clock = right."""

    hour: int

    def __post_init__(self) -> None:
        if not 1 <= self.hour <= 12:
            raise ValueError(f"clock hour must be 1..12, got {self.hour!r}")


@dataclass(frozen=True)
class ElevDeg:
    """An elevation in degrees (positive up), optionally with a side in degrees."""

    deg: int
    side: SideDeg | None = None


DirectionSpec = Azimuth | Elevation | AzEl | Compass | Hedge | SideDeg | Bearing | Clock | ElevDeg
NUMERIC_DIRECTIONS = (SideDeg, Bearing, Clock, ElevDeg)
"""Direction specs stated with a number (they make an example "numeric")."""


@dataclass(frozen=True)
class WordDistance:
    """A distance word: "far away", "right at your ear" (:data:`.concepts.DIST_M`)."""

    name: str

    def __post_init__(self) -> None:
        _check("distance", self.name, DIST_M)


@dataclass(frozen=True)
class NumDistance:
    """A number with a unit: 3 m, 50 cm, 10 ft, 2 steps (:data:`.concepts.UNIT_M`)."""

    value: float
    unit: str

    def __post_init__(self) -> None:
        _check("distance unit", self.unit, UNIT_M)


DistanceSpec = WordDistance | NumDistance


# -- what a spec states ----------------------------------------------------------------------------
def direction_value(spec: DirectionSpec | None) -> tuple[float | None, float | None]:
    """(azimuth, elevation) a direction spec states (None = not stated)."""
    if spec is None:
        return None, None
    match spec:
        case Azimuth(name):
            return AZ_DEG[name], None
        case Elevation(name):
            return None, EL_DEG[name]
        case AzEl(az, el):
            return AZ_DEG[az], EL_DEG[el]
        case Compass(name):
            return COMPASS_DEG[name], None
        case Hedge(primary, secondary):
            parts = [(AZ_DEG[primary], None, 1.0), (AZ_DEG[secondary], None, SECONDARY_WEIGHT)]
            return compose_directions(parts)[0], None
        case SideDeg(deg):
            return float(deg), None
        case Bearing(deg):
            return wrap(-float(deg)), None
        case Clock(hour):
            return wrap(-30.0 * (hour % 12)), None
        case ElevDeg(deg, side):
            return (None if side is None else float(side.deg)), float(deg)
    raise TypeError(f"not a direction spec: {spec!r}")


def dist_value(spec: DistanceSpec) -> float:
    """Metres a distance spec states."""
    match spec:
        case WordDistance(name):
            return DIST_M[name]
        case NumDistance(value, unit):
            return float(value) * UNIT_M[unit]
    raise TypeError(f"not a distance spec: {spec!r}")


def fmt_num(v: float) -> str:
    """A stated number as written: ``3`` not ``3.0``, ``1.5`` as is."""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# -- drawing a spec --------------------------------------------------------------------------------
AZ_WEIGHTS: dict[str, float] = {
    "front": 3, "back": 3, "left": 4, "right": 4, "front_left": 2, "front_right": 2, "back_left": 2,
    "back_right": 2, "slight_left": 1.2, "slight_right": 1.2,
}  # fmt: skip
"""Relative frequency of each named azimuth (same keys and order as :data:`.concepts.AZ_DEG`)."""

_AZEL_AZ = ["front", "back", "left", "right", "front_left", "front_right", "back_left", "back_right"]
_AZEL_EL = ["overhead", "high", "above", "slightly_above", "slightly_below", "below", "feet", "zenith"]
_SIDE_DEGS = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90, 100, 110, 120, 135, 150]


def _sample_side_deg(rng: random.Random) -> SideDeg:
    v = rng.choice(_SIDE_DEGS)
    if rng.random() < 0.3:
        v = rng.randint(3, 170)
    return SideDeg(v * rng.choice([1, -1]))


def _sample_bearing(rng: random.Random) -> Bearing:
    return Bearing(rng.choice(list(range(0, 360, 15)) + [rng.randint(0, 359)]))


def _sample_clock(rng: random.Random) -> Clock:
    return Clock(rng.randint(1, 12))


def _sample_compass(rng: random.Random) -> Compass:
    return Compass(rng.choice(list(COMPASS_DEG)))


def _sample_elev_deg(rng: random.Random) -> ElevDeg:
    side = SideDeg(rng.choice([30, 45, 60, 90, -30, -45, -60, -90, 0]))
    deg = rng.choice([10, 15, 20, 30, 40, 45, 60, -10, -20, -30, -45])
    return ElevDeg(deg, side if rng.random() < 0.5 else None)


# kind of numeric direction -> (relative weight, sampler); the order is part of the corpus definition
_NUMERIC_SAMPLERS: dict[str, tuple[float, Callable[[random.Random], DirectionSpec]]] = {
    "side_deg": (4, _sample_side_deg),
    "bearing": (2, _sample_bearing),
    "clock": (4, _sample_clock),
    "compass": (1, _sample_compass),
    "elev_deg": (1.5, _sample_elev_deg),
}


def sample_direction(rng: random.Random, allow_numbers: bool = True) -> DirectionSpec:
    """A direction to state: a number (16% when allowed), a name, a height, both, or a hedge."""
    r = rng.random()
    if allow_numbers and r < 0.16:
        weights = [w for w, _ in _NUMERIC_SAMPLERS.values()]
        kind = rng.choices(list(_NUMERIC_SAMPLERS), weights=weights)[0]
        return _NUMERIC_SAMPLERS[kind][1](rng)
    r = rng.random()
    if r < 0.58:
        return Azimuth(rng.choices(list(AZ_WEIGHTS), weights=list(AZ_WEIGHTS.values()))[0])
    if r < 0.7:
        return Elevation(rng.choice(list(EL_DEG)))
    if r < 0.86:
        return AzEl(rng.choice(_AZEL_AZ), rng.choice(_AZEL_EL))
    primary = rng.choice(["front", "back", "left", "right"])
    secondary = rng.choice(["left", "right"] if primary in ("front", "back") else ["front", "back"])
    return Hedge(primary, secondary)


# unit -> (relative weight, values); the order is part of the corpus definition
_NUM_DISTANCES: dict[str, tuple[float, list[float]]] = {
    "m": (6, [0.5, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 50]),
    "cm": (1.5, [10, 20, 30, 40, 50, 70]),
    "ft": (1, [1, 2, 3, 5, 10, 20]),
    "steps": (0.7, [1, 2, 3, 5]),
}


def sample_dist(rng: random.Random) -> DistanceSpec:
    """A distance to state: a number with a unit (30%) or a distance word."""
    if rng.random() < 0.3:
        weights = [w for w, _ in _NUM_DISTANCES.values()]
        unit = rng.choices(list(_NUM_DISTANCES), weights=weights)[0]
        return NumDistance(rng.choice(_NUM_DISTANCES[unit][1]), unit)
    return WordDistance(rng.choice(list(DIST_M)))
