"""What a text states about a sound: the semantic *frame* shared by every part of t2sa.text.

The corpus generator samples frames and writes sentences for them; the cue parser reads a frame out of a
sentence; the network predicts a frame (a value plus a "was it stated?" probability per attribute); the
trajectory builder turns a frame into :class:`~t2sa.params.SpatialParams`. Keeping one definition means the
labels the network learns, the rules and the renderer input can never drift apart.

``None`` means *the text is silent about it*. Silence is resolved in exactly one place,
:data:`NEUTRAL` (static attributes) and :func:`t2sa.text.trajectory.build_params` (motion-dependent
defaults such as "an approaching source starts 5 m away"); the training loss masks silent attributes
instead of teaching the network a random or arbitrary value (the seed drew random labels there).

All angles use the library convention: azimuth 0 = front, +90 = left (counter-clockwise), elevation +90 = up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields, replace

# -- neutral defaults: what an unstated attribute becomes ----------------------------------
NEUTRAL: dict[str, float] = {
    "azimuth_deg": 0.0,  # straight ahead: where an unplaced voice is heard
    "elevation_deg": 0.0,  # ear level
    "distance_m": 1.5,  # conversational distance
    "spread_deg": 15.0,  # a small, but not point-like, source
    "wet": 0.2,  # a little room, as in an ordinary living room
    "gain_db": 0.0,
    "drr_db": 6.0,
    "rt60_s": 0.5,
}
"""Neutral value of each static attribute the text does not state (one place, documented in the README)."""

SLIGHT_DEG = 20.0
""""slightly left", "a bit right of centre", "살짝 왼쪽": 20 degrees off the named reference."""

SECONDARY_WEIGHT = 0.4
"""Weight of a hedged second direction ("left, slightly behind" = left + 0.4 * behind = about 112 deg)."""

# Room presets: (wet, drr_db, rt60_s). wet**2 * 10**(-drr/10) is the tail energy relative to the direct
# sound at 1 m (see t2sa.params), so these give DRRs at 1 m from about +38 dB (anechoic) to -1 dB (cathedral).
ROOMS: dict[str, tuple[float, float, float]] = {
    "anechoic": (0.03, 14.0, 0.15),
    "dry": (0.05, 12.0, 0.25),
    "studio": (0.08, 10.0, 0.3),
    "car": (0.05, 12.0, 0.15),
    "outdoors": (0.05, 12.0, 0.3),
    "forest": (0.12, 8.0, 0.7),
    "street": (0.15, 8.0, 0.8),
    "room": (0.2, 6.0, 0.5),
    "bathroom": (0.45, 3.0, 1.1),
    "classroom": (0.3, 4.0, 0.9),
    "slightly_wet": (0.35, 3.0, 1.0),
    "hall": (0.5, 0.0, 2.0),
    "wet": (0.6, 0.0, 2.2),
    "gym": (0.55, -1.0, 2.5),
    "stairwell": (0.55, 0.0, 2.2),
    "tunnel": (0.65, -2.0, 3.0),
    "cave": (0.7, -3.0, 3.5),
    "very_wet": (0.8, -4.0, 3.5),
    "cathedral": (0.7, -4.0, 4.5),
}

OCCLUSION_GAIN_DB = -9.0
"""Through a wall / behind a door: the direct path is attenuated (no low-pass exists in SpatialParams)."""
OCCLUSION_DRR_DROP_DB = 6.0
OCCLUSION_MIN_SPREAD = 40.0

# Motion defaults (used by the trajectory builder when the text does not say)
APPROACH_FROM_M = 5.0
APPROACH_TO_M = 0.8
RECEDE_FROM_M = 1.0
RECEDE_TO_M = 8.0
PASS_DISTANCE_M = 3.0
PASS_CLOSEST_RATIO = 0.35
RISE_FROM_DEG = -30.0
RISE_TO_DEG = 60.0

REG_ATTRS: tuple[str, ...] = (
    "az",
    "el",
    "end_az",
    "end_el",
    "dist",
    "end_dist",
    "spread",
    "wet",
    "gain",
    "drr",
    "rt60",
)
"""Continuous attributes a text may state (``az`` etc. are the start direction)."""

TRENDS = (-1, 0, 1)  # distance / elevation / speed trend classes: decreasing, none, increasing


@dataclass
class Frame:
    """Everything a text may state about one sound; ``None`` = not stated."""

    az: float | None = None
    el: float | None = None
    end_az: float | None = None
    end_el: float | None = None
    dist: float | None = None
    end_dist: float | None = None
    spread: float | None = None
    wet: float | None = None
    gain: float | None = None
    drr: float | None = None
    rt60: float | None = None
    motion: str | None = None
    trend: int = 0  # distance trend: -1 closer, +1 farther (also implied by approach / recede)
    vtrend: int = 0  # elevation trend: +1 up, -1 down
    speed: int = 0  # -1 slow, +1 fast
    turns: float | None = None  # full turns for orbit / spiral; cycles for sway / zigzag
    clockwise: bool | None = None
    via_back: bool = False  # a pass that goes behind the listener
    via_az: float | None = None  # a pass that goes by this side ("passing on my right")
    via_el: float | None = None  # ... or this height ("flies over my head from front to back")
    motion_s: float | None = None  # "over 3 seconds": the motion takes this long
    period_s: float | None = None  # "every 2 seconds": one turn / cycle takes this long
    delay_s: float | None = None  # "after 2 seconds": the motion starts then
    waypoints: list[tuple[float, float]] = field(default_factory=list)  # "path" motion: (az, el) stops
    occlusion: float | None = None  # 0..1: a door (0.5), a wall (0.8) between source and listener
    probs: dict[str, float] = field(default_factory=dict)  # network only: P(stated) per attribute, P(static)

    def stated(self) -> dict[str, bool]:
        return {name: getattr(self, name) is not None for name in REG_ATTRS}

    def copy(self, **changes) -> "Frame":
        return replace(self, waypoints=list(self.waypoints), probs=dict(self.probs), **changes)

    def merged_over(self, base: "Frame") -> "Frame":
        """This frame's stated fields on top of ``base`` (used to let cues override the network)."""
        out = base.copy()
        for f in fields(self):
            mine = getattr(self, f.name)
            if f.name == "probs":
                continue
            if f.name == "waypoints":
                if mine:
                    out.waypoints = list(mine)
            elif f.name in ("trend", "vtrend", "speed"):
                if mine:
                    setattr(out, f.name, mine)
            elif f.name == "via_back":
                out.via_back = out.via_back or mine
            elif mine is not None:
                setattr(out, f.name, mine)
        return out


def wrap(az: float) -> float:
    """Wrap degrees to (-180, 180]."""
    return 180.0 - (180.0 - az) % 360.0


def compose_directions(parts: list[tuple[float | None, float | None, float]]) -> tuple[float | None, float | None]:
    """Combine direction words into one direction.

    ``parts`` are ``(azimuth or None, elevation or None, weight)``. Azimuths add as weighted unit vectors
    ("front" + "left" = 45 deg; "left" + 0.4 * "behind" = 112 deg), elevations average by weight. A word that
    only names a height ("above") leaves the azimuth unstated and vice versa.
    """
    sx = sy = 0.0
    n_az = 0
    el_sum = el_w = 0.0
    for az, el, w in parts:
        if az is not None:
            sx += w * math.cos(math.radians(az))
            sy += w * math.sin(math.radians(az))
            n_az += 1
        if el is not None:
            el_sum += w * el
            el_w += w
    az_out = None
    if n_az:
        if math.hypot(sx, sy) < 1e-6:  # opposites cancel ("left and right"): keep the first one
            az_out = next(a for a, _, _ in parts if a is not None)
        else:
            az_out = round(math.degrees(math.atan2(sy, sx)), 6)
    el_out = el_sum / el_w if el_w else None
    return az_out, el_out


def apply_room(frame: Frame, room: str) -> None:
    """Set wet / DRR / RT60 from a named room preset (only where not already stated by a number)."""
    wet, drr, rt60 = ROOMS[room]
    if frame.wet is None:
        frame.wet = wet
    if frame.drr is None:
        frame.drr = drr
    if frame.rt60 is None:
        frame.rt60 = rt60


def apply_occlusion(frame: Frame, level: float = 0.5) -> None:
    """A source heard through a wall or door: muffled (``occlusion`` = ``level``, the strongest said wins),
    quieter, less direct sound, wider (diffuse) image."""
    frame.occlusion = max(frame.occlusion or 0.0, level)
    if frame.gain is None:
        frame.gain = OCCLUSION_GAIN_DB
    base = frame.drr if frame.drr is not None else NEUTRAL["drr_db"]
    frame.drr = base - OCCLUSION_DRR_DROP_DB
    frame.spread = max(frame.spread if frame.spread is not None else 0.0, OCCLUSION_MIN_SPREAD)
