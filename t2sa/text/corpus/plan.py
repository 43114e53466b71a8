"""Frame planning: draw *what* a sentence will state, as a :class:`Plan`, and derive its labels.

A plan names concepts (:mod:`.concepts`) and typed positions (:mod:`.specs`); the realisers then word it and
:func:`plan_to_frame` turns it into the :class:`~t2sa.text.frame.Frame` the network learns. Planning first
and wording second is what makes the labels exact: a sentence states precisely what its plan holds.

Every draw from ``rng`` here happens in a fixed order with fixed arguments; the shipped model was trained on
the corpus this produces, so a change to the order, the lists or the probabilities changes the corpus
(``t2sa.text.corpus.corpus_hash``; pinned in ``tests/test_text_corpus.py``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from t2sa.text.cues import finish_motion
from t2sa.text.frame import Frame, apply_occlusion, apply_room, wrap

from .concepts import (
    AZ_DEG,
    GAIN_LEVELS_DB,
    MOTION_WEIGHTS,
    PASS_MOTION,
    PERIODIC_MOTIONS,
    RADIAL_MOTIONS,
    ROOM_NAMES,
    ROUND_MOTIONS,
    SPREAD_DEG,
    SWING_MOTIONS,
    VERTICAL_MOTIONS,
    WETNESS_ROOMS,
)
from .specs import (
    NUMERIC_DIRECTIONS,
    Azimuth,
    DirectionSpec,
    DistanceSpec,
    Elevation,
    NumDistance,
    WordDistance,
    direction_value,
    dist_value,
    sample_direction,
    sample_dist,
)
from .vocab_en import METAPHOR_EN
from .vocab_ko import METAPHOR_KO


@dataclass
class Plan:
    """What to say (concepts and specs) -- the frame is derived from it, then the sentence realises it."""

    lang: str
    start: DirectionSpec | None = None
    end: DirectionSpec | None = None
    side_only: bool = False  # pass described by its side ("passes by on your left")
    dist: DistanceSpec | None = None
    end_dist: DistanceSpec | None = None
    spread: str | None = None
    room: str | None = None
    wet_pct: float | None = None
    rt60_num: float | None = None
    gain: float | None = None
    gain_num: float | None = None
    occluded: bool = False
    motion: str | None = None
    speed: int = 0
    turns: float | None = None
    clockwise: bool | None = None
    motion_s: float | None = None
    period_s: float | None = None
    delay_s: float | None = None
    vtrend: int = 0
    trend: int = 0
    static_said: bool = False
    metaphor: bool = False
    style: str = "plain"


# -- motion ----------------------------------------------------------------------------------------
def _radial_distances(rng: random.Random, approach: bool) -> tuple[DistanceSpec | None, DistanceSpec | None]:
    """Start and end distance of an approach (far -> near) or recession; one of them may be unsaid."""
    far: DistanceSpec = WordDistance(rng.choice(["far", "very_far", "room_far"]))
    near: DistanceSpec = WordDistance(rng.choice(["ear", "very_close", "close"]))
    if rng.random() < 0.35:
        far = NumDistance(rng.choice([5, 8, 10, 15, 20, 30]), "m")
        near = NumDistance(rng.choice([0.5, 1, 1.5, 2]), "m")
    pick = rng.random()
    start, end = (far, near) if approach else (near, far)
    if pick < 0.4:
        return start, end
    return (start, None) if pick < 0.7 else (None, end)


def _plan_radial(rng: random.Random, plan: Plan) -> None:
    if rng.random() < 0.75:
        plan.start = sample_direction(rng)
    if rng.random() < 0.3:
        plan.dist, plan.end_dist = _radial_distances(rng, plan.motion == "approach")


def _azimuth_of(spec: DirectionSpec | None) -> float | None:
    return direction_value(spec)[0]


def _plan_pass_between(rng: random.Random, plan: Plan) -> None:
    """A pass from one stated side to another at least 30 degrees away."""
    plan.start = sample_direction(rng)
    plan.end = sample_direction(rng)
    start_az, end_az = _azimuth_of(plan.start), _azimuth_of(plan.end)
    if start_az is None or end_az is None:
        plan.start, plan.end = Azimuth("left"), Azimuth("right")
        return
    if abs(wrap(start_az - end_az)) < 30:
        plan.end = Azimuth(rng.choice(["left", "right", "back", "front"]))
        if abs(wrap(start_az - _azimuth_of(plan.end))) < 30:
            plan.end = Azimuth("back" if abs(start_az) < 90 else "front")


def _plan_pass(rng: random.Random, plan: Plan) -> None:
    """A pass from a side to another, by one side, from a side, or to a side."""
    r = rng.random()
    if r < 0.55:
        _plan_pass_between(rng, plan)
    elif r < 0.8:
        plan.start = Azimuth(rng.choice(["left", "right", "front", "back"]))
        plan.side_only = True
    elif r < 0.9:
        start = sample_direction(rng, allow_numbers=False)
        plan.start = start if _azimuth_of(start) is not None else Azimuth("left")
    else:
        plan.end = Azimuth(rng.choice(["left", "right", "front_left", "back_right", "back"]))


def _plan_round(rng: random.Random, plan: Plan) -> None:
    """Orbit or spiral: where, how many turns, which way round, and the spiral's heading."""
    if rng.random() < 0.3:
        plan.start = Elevation(rng.choice(["overhead", "high", "above", "below"]))
    elif rng.random() < 0.2:
        plan.start = Azimuth(rng.choice(list(AZ_DEG)))
    if rng.random() < 0.3:
        plan.turns = rng.choice([1.0, 2.0, 3.0, 4.0])
    if rng.random() < 0.2:
        plan.clockwise = rng.random() < 0.5
    if plan.motion == "spiral":
        plan.trend = rng.choice([-1, 0, 0, 1])
        if plan.trend == 0:
            plan.vtrend = rng.choice([-1, 1, 0])
    elif rng.random() < 0.15:
        plan.vtrend = rng.choice([-1, 1])


_LOW = ["below", "feet", "ear_level"]
_HIGH = ["high", "overhead", "above"]
_HIGH_OR_ZENITH = ["high", "overhead", "above", "zenith"]


def _plan_vertical(rng: random.Random, plan: Plan) -> None:
    """Rise or fall: from one height to another, or from a side."""
    up = plan.motion == "rise"
    r = rng.random()
    if r < 0.35:
        plan.start = Elevation(rng.choice(_LOW if up else _HIGH))
        if rng.random() < 0.6:
            plan.end = Elevation(rng.choice(_HIGH_OR_ZENITH if up else _LOW))
    elif r < 0.55:
        plan.start = Azimuth(rng.choice(["front", "back", "left", "right", "front_left", "back_right"]))


def _plan_swing(rng: random.Random, plan: Plan) -> None:
    if rng.random() < 0.4:
        plan.start = Azimuth(rng.choice(list(AZ_DEG)))
    if rng.random() < 0.2:
        plan.turns = rng.choice([2.0, 3.0, 4.0])


_MOTION_PLANNERS: dict[str, Callable[[random.Random, Plan], None]] = {
    **dict.fromkeys(RADIAL_MOTIONS, _plan_radial),
    PASS_MOTION: _plan_pass,
    **dict.fromkeys(ROUND_MOTIONS, _plan_round),
    **dict.fromkeys(VERTICAL_MOTIONS, _plan_vertical),
    **dict.fromkeys(SWING_MOTIONS, _plan_swing),
}


def _plan_timing(rng: random.Random, plan: Plan) -> None:
    """One stated time: the motion's duration, its period (periodic motions), or a delay before it starts."""
    t = rng.random()
    if t < 0.5:
        plan.motion_s = rng.choice([1, 2, 3, 4, 5, 8, 10])
    elif t < 0.75 and plan.motion in PERIODIC_MOTIONS:
        plan.period_s = rng.choice([1, 2, 3, 4, 5])
        plan.turns = None
    else:
        plan.delay_s = rng.choice([1, 2, 3, 5])


def _sample_motion(rng: random.Random, plan: Plan) -> None:
    if rng.random() < 0.4:
        plan.speed = rng.choice([-1, 1])
    _MOTION_PLANNERS[plan.motion](rng, plan)
    if plan.motion not in RADIAL_MOTIONS and rng.random() < 0.12:
        plan.trend = plan.trend or rng.choice([-1, 1])
    if rng.random() < 0.08:
        _plan_timing(rng, plan)


def spiral_heading(plan: Plan) -> str | None:
    """Which way a spiral goes, if the plan says: "in", "out", "up" or "down" (distance first)."""
    if plan.trend:
        return "in" if plan.trend < 0 else "out"
    if plan.vtrend:
        return "up" if plan.vtrend > 0 else "down"
    return None


# -- the plan --------------------------------------------------------------------------------------
def _is_numeric(plan: Plan) -> bool:
    """Whether the plan states any number (the example's style is then "numeric")."""
    numbers = (plan.wet_pct, plan.rt60_num, plan.gain_num, plan.motion_s, plan.period_s, plan.delay_s)
    return (
        any(isinstance(s, NUMERIC_DIRECTIONS) for s in (plan.start, plan.end))
        or any(v is not None for v in numbers)
        or isinstance(plan.dist, NumDistance)
    )


def _sample_static(rng: random.Random, plan: Plan) -> None:
    if rng.random() < 0.82:
        plan.start = sample_direction(rng)
    if rng.random() < 0.03:
        plan.static_said = True


def _sample_scene(rng: random.Random, plan: Plan) -> None:
    """Width, room, reverb, occlusion and loudness, each stated or not independently."""
    if rng.random() < 0.22:
        plan.spread = rng.choice(list(SPREAD_DEG))
    if rng.random() < 0.3:
        plan.room = rng.choice(ROOM_NAMES)
    if rng.random() < 0.05:
        plan.wet_pct = rng.choice([0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100])
        if plan.room in WETNESS_ROOMS:
            plan.room = None
    if rng.random() < 0.03:
        plan.rt60_num = rng.choice([0.3, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0])
    if rng.random() < 0.06:
        plan.occluded = True
    if rng.random() < 0.16:
        plan.gain = rng.choice(GAIN_LEVELS_DB)
    elif rng.random() < 0.03:
        plan.gain_num = rng.choice([-12, -10, -9, -6, -3, 3, 6])


def sample_plan(rng: random.Random, lang: str) -> Plan:
    """Draw what one sentence in ``lang`` ("en" or "ko") will state."""
    plan = Plan(lang=lang)
    moving = rng.random() < 0.42
    if moving:
        plan.motion = rng.choices(list(MOTION_WEIGHTS), weights=list(MOTION_WEIGHTS.values()))[0]
        _sample_motion(rng, plan)
        plan.style = "moving"
    else:
        _sample_static(rng, plan)
    if (not moving or plan.motion in PERIODIC_MOTIONS) and rng.random() < 0.38:
        plan.dist = sample_dist(rng)
    _sample_scene(rng, plan)
    if not moving and isinstance(plan.start, (Azimuth, Elevation)) and rng.random() < 0.08:
        if plan.start in (METAPHOR_EN if lang == "en" else METAPHOR_KO):
            plan.metaphor = True
            plan.style = "metaphor"
    if _is_numeric(plan) and plan.style == "plain":
        plan.style = "numeric"
    return plan


def restyle(plan: Plan, style: str) -> None:
    """Mark the sentence shape the realiser chose, unless the plan already has a more specific style."""
    plan.style = style if plan.style == "plain" else plan.style


def _trend(plan: Plan) -> int:
    return -1 if plan.motion == "approach" else 1 if plan.motion == "recede" else plan.trend


def _vtrend(plan: Plan) -> int:
    return 1 if plan.motion == "rise" else -1 if plan.motion == "fall" else plan.vtrend


def plan_to_frame(plan: Plan) -> Frame:
    """The labels: what the sentence for ``plan`` states."""
    f = Frame()
    f.az, f.el = direction_value(plan.start)
    f.end_az, f.end_el = direction_value(plan.end)
    if plan.dist is not None:
        f.dist = dist_value(plan.dist)
    if plan.end_dist is not None:
        f.end_dist = dist_value(plan.end_dist)
    if plan.spread is not None:
        f.spread = SPREAD_DEG[plan.spread]
    if plan.wet_pct is not None:
        f.wet = plan.wet_pct / 100.0
    if plan.rt60_num is not None:
        f.rt60 = plan.rt60_num
    if plan.room is not None:
        apply_room(f, plan.room)
    if plan.gain is not None:
        f.gain = plan.gain
    if plan.gain_num is not None:
        f.gain = float(plan.gain_num)
    if plan.occluded:
        apply_occlusion(f)
    f.motion = plan.motion if plan.motion else ("static" if plan.static_said else None)
    f.speed = plan.speed
    f.turns = plan.turns
    f.clockwise = plan.clockwise
    f.motion_s, f.period_s, f.delay_s = plan.motion_s, plan.period_s, plan.delay_s
    f.trend = _trend(plan)
    f.vtrend = _vtrend(plan)
    # a motion that keeps its direction states it as its start, however the sentence put it
    if plan.motion in PERIODIC_MOTIONS + RADIAL_MOTIONS and f.end_az is not None and f.az is None:
        f.az, f.end_az = f.end_az, None
    if plan.motion == PASS_MOTION:
        finish_motion(f, side_only=plan.side_only)
    return f
