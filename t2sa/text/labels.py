"""Frames <-> network targets: normalisation, per-attribute masks, and decoding of network outputs.

The head predicts, for each continuous attribute of :data:`t2sa.text.frame.REG_ATTRS`, a value and a
"stated" logit. Values are trained only where the text states them (masked loss); the stated logit is
trained everywhere, so at inference the network itself says whether to use its value or the neutral
default. Directions are regressed as (sin, cos) so the loss has no wrap-around; distances and RT60 in log
space because perception and the ranges are multiplicative.
"""

from __future__ import annotations

import math

import numpy as np

from t2sa.params import MOTIONS
from t2sa.text.frame import REG_ATTRS, Frame

REG_WIDTHS: tuple[tuple[str, int], ...] = (
    ("az", 2),  # (sin, cos)
    ("el", 1),
    ("end_az", 2),  # (sin, cos)
    ("end_el", 1),
    ("dist", 1),
    ("end_dist", 1),
    ("spread", 1),
    ("wet", 1),
    ("gain", 1),
    ("drr", 1),
    ("rt60", 1),
)
"""Columns each attribute takes in the regression vector, in column order (the shipped head's layout)."""


def _columns(widths: tuple[tuple[str, int], ...]) -> dict[str, tuple[int, ...]]:
    """attribute -> its column indices, laid out back to back in the order given."""
    layout: dict[str, tuple[int, ...]] = {}
    start = 0
    for name, width in widths:
        layout[name] = tuple(range(start, start + width))
        start += width
    return layout


REG_LAYOUT: dict[str, tuple[int, ...]] = _columns(REG_WIDTHS)
"""attribute -> (columns in the regression vector)."""
N_REG = sum(width for _, width in REG_WIDTHS)
N_STATED = len(REG_ATTRS)
N_MOTION = len(MOTIONS)
N_TREND = 3

# scalar attribute -> (offset, scale, log?): normalised = (f(x) - offset) / scale
NORM: dict[str, tuple[float, float, bool]] = {
    "el": (0.0, 60.0, False),
    "end_el": (0.0, 60.0, False),
    "dist": (math.log(1.5), 1.5, True),
    "end_dist": (math.log(1.5), 1.5, True),
    "spread": (40.0, 40.0, False),
    "wet": (0.3, 0.3, False),
    "gain": (0.0, 8.0, False),
    "drr": (4.0, 6.0, False),
    "rt60": (math.log(0.8), 1.0, True),
}


def _norm(name: str, x: float) -> float:
    offset, scale, log = NORM[name]
    return ((math.log(max(x, 1e-3)) if log else x) - offset) / scale


def _denorm(name: str, y: float) -> float:
    offset, scale, log = NORM[name]
    v = y * scale + offset
    return math.exp(v) if log else v


def encode_frames(frames: list[Frame]) -> dict[str, np.ndarray]:
    """Targets for a batch: ``reg`` (n, 13), ``stated`` (n, 11) 0/1, and class indices."""
    n = len(frames)
    reg = np.zeros((n, N_REG), dtype=np.float32)
    stated = np.zeros((n, N_STATED), dtype=np.float32)
    motion = np.zeros(n, dtype=np.int64)
    trend = np.ones(n, dtype=np.int64)
    vtrend = np.ones(n, dtype=np.int64)
    speed = np.ones(n, dtype=np.int64)
    for i, f in enumerate(frames):
        for j, name in enumerate(REG_ATTRS):
            value = getattr(f, name)
            if value is None:
                continue
            stated[i, j] = 1.0
            cols = REG_LAYOUT[name]
            if name in ("az", "end_az"):
                reg[i, cols[0]] = math.sin(math.radians(value))
                reg[i, cols[1]] = math.cos(math.radians(value))
            else:
                reg[i, cols[0]] = _norm(name, value)
        motion[i] = MOTIONS.index(f.motion) if f.motion else 0
        trend[i] = f.trend + 1
        vtrend[i] = f.vtrend + 1
        speed[i] = f.speed + 1
    return {"reg": reg, "stated": stated, "motion": motion, "trend": trend, "vtrend": vtrend, "speed": speed}


def decode_outputs(
    reg: np.ndarray,
    stated_prob: np.ndarray,
    motion_prob: np.ndarray,
    trend_prob: np.ndarray,
    vtrend_prob: np.ndarray,
    speed_prob: np.ndarray,
    threshold: float = 0.5,
) -> list[Frame]:
    """Network outputs -> frames; attributes the network thinks are unstated stay ``None``.

    A moving class is used only if the network gives "static" less than half the probability; trends
    likewise need more than half the probability.
    """
    frames = []
    for i in range(reg.shape[0]):
        f = Frame()
        for j, name in enumerate(REG_ATTRS):
            if stated_prob[i, j] < threshold:
                continue
            cols = REG_LAYOUT[name]
            if name in ("az", "end_az"):
                value = math.degrees(math.atan2(float(reg[i, cols[0]]), float(reg[i, cols[1]])))
            else:
                value = _denorm(name, float(reg[i, cols[0]]))
            setattr(f, name, value)
        if f.spread is not None:
            f.spread = min(max(f.spread, 0.0), 180.0)
        if f.wet is not None:
            f.wet = min(max(f.wet, 0.0), 1.0)
        if f.el is not None:
            f.el = min(max(f.el, -90.0), 90.0)
        if f.end_el is not None:
            f.end_el = min(max(f.end_el, -90.0), 90.0)
        f.probs = {name: float(stated_prob[i, j]) for j, name in enumerate(REG_ATTRS)}
        f.probs["static"] = float(motion_prob[i, 0])
        m = int(np.argmax(motion_prob[i]))
        f.motion = MOTIONS[m] if motion_prob[i, 0] < 0.5 and m != 0 else None
        f.trend = _trend(trend_prob[i])
        f.vtrend = _trend(vtrend_prob[i])
        f.speed = _trend(speed_prob[i])
        frames.append(f)
    return frames


def _trend(p: np.ndarray) -> int:
    k = int(np.argmax(p))
    return k - 1 if p[k] > 0.5 else 0
