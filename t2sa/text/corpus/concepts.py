"""The concepts a generated sentence can state, by name, with the value each name stands for.

This is the language-neutral inventory the planner samples from; :mod:`.vocab_en` and :mod:`.vocab_ko` word
the same names. It is kept apart from the wording so that a new phrase never moves a label, and a label
never depends on which language says it.

The ORDER of every table here is part of the corpus definition: the planner draws with
``rng.choice(list(TABLE))`` and ``rng.choices(..., weights=...)``, so reordering, inserting or removing an
entry changes every corpus drawn after it -- and the shipped model was trained on that corpus.
"""

from __future__ import annotations

from t2sa.text.frame import SLIGHT_DEG

# -- directions ------------------------------------------------------------------------------------
AZ_DEG: dict[str, float] = {
    "front": 0.0,
    "back": 180.0,
    "left": 90.0,
    "right": -90.0,
    "front_left": 45.0,
    "front_right": -45.0,
    "back_left": 135.0,
    "back_right": -135.0,
    "slight_left": SLIGHT_DEG,
    "slight_right": -SLIGHT_DEG,
}
"""Named azimuths (degrees, +90 = left)."""

COMPASS_DEG: dict[str, float] = {"north": 0.0, "south": 180.0, "east": -90.0, "west": 90.0}
"""Compass points, with north taken as the listener's front."""

EL_DEG: dict[str, float] = {
    "zenith": 85.0,
    "overhead": 70.0,
    "high": 60.0,
    "above": 45.0,
    "slightly_above": 20.0,
    "ear_level": 0.0,
    "slightly_below": -20.0,
    "below": -45.0,
    "feet": -65.0,
}
"""Named elevations (degrees, +90 = up)."""

# -- distance, width, room, loudness ---------------------------------------------------------------
DIST_M: dict[str, float] = {
    "ear": 0.25,
    "very_close": 0.4,
    "close": 0.8,
    "few_m": 2.0,
    "room_far": 4.0,
    "far": 10.0,
    "very_far": 30.0,
}
"""Distance words (metres)."""

UNIT_M: dict[str, float] = {"m": 1.0, "cm": 0.01, "ft": 0.3048, "steps": 0.7}
"""Metres per unit of a numeric distance."""

SPREAD_DEG: dict[str, float] = {"point": 5.0, "medium": 35.0, "wide": 60.0, "huge": 120.0}
"""Source-width words (degrees)."""

ROOM_NAMES: tuple[str, ...] = (
    "dry", "studio", "car", "outdoors", "forest", "street", "room", "bathroom", "classroom", "slightly_wet",
    "hall", "wet", "gym", "stairwell", "tunnel", "cave", "very_wet", "cathedral",
)  # fmt: skip
"""Rooms the sentences name; their acoustics are :data:`t2sa.text.frame.ROOMS`."""

WETNESS_ROOMS: tuple[str, ...] = ("wet", "very_wet", "slightly_wet", "dry")
"""Room words that only say how wet: a stated reverb percentage replaces them."""

GAIN_LEVELS_DB: tuple[float, ...] = (-15.0, -9.0, -6.0, 4.0, 8.0)
"""Loudness words, as gain in dB."""

# -- motion families -------------------------------------------------------------------------------
MOTION_WEIGHTS: dict[str, float] = {
    "approach": 3, "recede": 3, "pass": 4, "orbit": 2.5, "rise": 1.5, "fall": 1.5, "zigzag": 1, "sway": 1, "spiral": 1,
}  # fmt: skip
"""Motions a moving example is drawn from, with their relative weights."""

RADIAL_MOTIONS: tuple[str, ...] = ("approach", "recede")
"""Distance changes; the direction, if stated, is where it starts (or stays)."""

ROUND_MOTIONS: tuple[str, ...] = ("orbit", "spiral")
"""Turn around the listener: turns and a sense of rotation can be stated."""

VERTICAL_MOTIONS: tuple[str, ...] = ("rise", "fall")
"""Elevation changes; a start and end height can be stated."""

SWING_MOTIONS: tuple[str, ...] = ("zigzag", "sway")
"""Side-to-side motions; a number of swings can be stated."""

PERIODIC_MOTIONS: tuple[str, ...] = ("orbit", "sway", "zigzag", "spiral")
"""Repeat with a period: they keep a distance, and a period in seconds can be stated."""

PASS_MOTION = "pass"
"""Goes from one side to another (or by one side)."""
