"""Frame -> :class:`~t2sa.params.SpatialParams`: resolve silence to defaults and build the trajectory.

The network and the cue parser say *what* the text states (start, end, motion type, turns, timing); this
module decides how a motion of that type looks, in one place:

* ``static``: one keyframe.
* ``approach`` / ``recede``: start -> end on one bearing (the end bearing if one was named), distance
  from 5 m to 0.8 m (approach) or 1 m to 8 m (recede) unless stated.
* ``pass``: start -> closest point -> end; the closest point lies on the front side (or behind, for
  "passes behind you") at 35 % of the distance, so level and ITD swing as a passing source's do.
* ``orbit``: full turns (counter-clockwise unless "clockwise"), a keyframe every 45 degrees with unwrapped
  azimuths; ``spiral``: the same with 2 turns by default and a distance (or elevation) change.
* ``rise`` / ``fall``: elevation from -30 to +60 degrees (or the reverse) unless stated; a rise from a stated side
  starts at ear level (a plane taking off from the runway on the right).
* ``zigzag``: sharp alternations of +/-35 degrees about the start -> end line; ``sway``: a smooth +/-20
  degree sinusoid (sampled every 1/16 cycle).
* ``path``: the named waypoints, evenly spaced in time.

Timing ("over 3 seconds", "every 2 seconds", "after 1 second") needs the clip duration, because keyframe
times are fractions of the clip; without ``duration_s`` the motion spans the whole clip and a
:class:`~t2sa.text.clean.TextWarning` says the timing was ignored (likewise when it does not fit the clip).

Every value is clamped to :data:`t2sa.params.RANGES` (the one source of limits); stated numbers were already
clamped, with a warning, by the cue parser, so only values derived here (an approach's end, a network
guess) are clamped silently.
"""

from __future__ import annotations

import math

import numpy as np

from t2sa.params import RANGES, Keyframe, SpatialParams
from t2sa.text.clean import warn_text
from t2sa.text.frame import (
    APPROACH_FROM_M,
    APPROACH_TO_M,
    NEUTRAL,
    PASS_CLOSEST_RATIO,
    PASS_DISTANCE_M,
    RECEDE_FROM_M,
    RECEDE_TO_M,
    RISE_FROM_DEG,
    RISE_TO_DEG,
    Frame,
    wrap,
)

ZIGZAG_DEG = 35.0
SWAY_DEG = 20.0
TURNS = {"orbit": (0.25, 50.0), "spiral": (0.25, 50.0), "zigzag": (0.5, 40.0), "sway": (0.5, 40.0)}
"""Turns (orbit, spiral) or cycles (zigzag, sway) a trajectory draws at least / at most."""


def _clamp(name: str, value: float) -> float:
    """``value`` within ``RANGES[name]`` of :mod:`t2sa.params`."""
    lo, hi = RANGES[name]
    if lo is not None:
        value = max(value, lo)
    if hi is not None:
        value = min(value, hi)
    return float(value)


def _within(value: float, limits: tuple[float, float]) -> float:
    return float(min(max(value, limits[0]), limits[1]))


def _clamp_el(el: float) -> float:
    return _clamp("elevation_deg", el)


def _clamp_d(d: float) -> float:
    return _clamp("distance_m", d)


def build_params(frame: Frame, duration_s: float | None = None, text: str | None = None) -> SpatialParams:
    """SpatialParams for ``frame``; ``duration_s`` (clip length) lets stated seconds map to keyframe times.

    ``text`` (the sentence the frame was read from) is named in the warnings about stated timings or turn
    counts that could not be honoured; without it nothing is warned.
    """
    motion = frame.motion or "static"
    if motion == "static":
        if frame.trend:
            motion = "approach" if frame.trend < 0 else "recede"
        elif frame.vtrend:
            motion = "rise" if frame.vtrend > 0 else "fall"
        elif frame.end_az is not None and frame.az is not None and abs(wrap(frame.end_az - frame.az)) > 10.0:
            motion = "pass"
    spread = _clamp("spread_deg", frame.spread if frame.spread is not None else NEUTRAL["spread_deg"])
    wet = _clamp("wet", frame.wet if frame.wet is not None else NEUTRAL["wet"])
    gain = _clamp("gain_db", frame.gain if frame.gain is not None else NEUTRAL["gain_db"])
    drr = _clamp("drr_db", frame.drr if frame.drr is not None else NEUTRAL["drr_db"])
    rt60 = _clamp("rt60_s", frame.rt60 if frame.rt60 is not None else NEUTRAL["rt60_s"])

    warn = (lambda message: warn_text(text, message)) if text is not None else (lambda message: None)
    if frame.period_s and frame.turns is None and duration_s and motion in ("orbit", "spiral", "sway", "zigzag"):
        span = frame.motion_s if frame.motion_s else duration_s - (frame.delay_s or 0.0)
        frame = frame.copy(turns=max(span / frame.period_s, 0.25))  # "once every 2 s" over the clip
    if frame.turns is not None and motion in TURNS:
        lo, hi = TURNS[motion]
        if not lo <= frame.turns <= hi:
            kind = "turns" if motion in ("orbit", "spiral") else "cycles"
            warn(f"{frame.turns:g} {kind} is outside the {lo:g} to {hi:g} a {motion} draws; using {_within(frame.turns, (lo, hi)):g}")
    _check_timing(frame, motion, duration_s, warn)
    points = _keyframes(frame, motion)  # list of (t, az, el, d) with t in 0..1 of the motion
    times = _timing(frame, motion, duration_s)
    if times is not None and len(points) > 1:
        points = _retime(points, times)
    first = points[0]
    keyframes = tuple(
        Keyframe(float(t), float(az), _clamp_el(el), _clamp_d(d), spread) for t, az, el, d in points
    )
    return SpatialParams(
        azimuth_deg=float(first[1]),
        elevation_deg=_clamp_el(first[2]),
        distance_m=_clamp_d(first[3]),
        spread_deg=spread,
        wet=wet,
        gain_db=gain,
        drr_db=drr,
        rt60_s=rt60,
        motion=motion,
        trajectory=keyframes,
        occlusion=_clamp("occlusion", frame.occlusion or 0.0),
    )


def _keyframes(frame: Frame, motion: str) -> list[tuple[float, float, float, float]]:
    az0 = frame.az if frame.az is not None else (frame.end_az if frame.end_az is not None else NEUTRAL["azimuth_deg"])
    el0 = frame.el if frame.el is not None else NEUTRAL["elevation_deg"]
    az1 = frame.end_az if frame.end_az is not None else az0
    el1 = frame.end_el if frame.end_el is not None else el0
    d_default = NEUTRAL["distance_m"]
    if motion == "static":
        return [(0.0, az0, el0, frame.dist if frame.dist is not None else d_default)]

    if motion in ("approach", "recede"):
        d0, d1 = _radial_distances(frame, motion == "approach")
        return [(0.0, az0, el0, d0), (1.0, az1, el1, d1)]

    if motion == "rise" or motion == "fall":
        up = motion == "rise"
        e0, e1 = frame.el, frame.end_el
        if e0 is None and e1 is None and up and frame.az is not None:
            e0, e1 = 0.0, RISE_TO_DEG  # "takes off from the runway to my right": from a place, at ear level
        elif e0 is None and e1 is None:
            e0, e1 = (RISE_FROM_DEG, RISE_TO_DEG) if up else (RISE_TO_DEG, RISE_FROM_DEG)
        elif e1 is None:
            e1 = min(max(RISE_TO_DEG, e0 + 45.0), 85.0) if up else max(min(RISE_FROM_DEG, e0 - 45.0), -85.0)
        elif e0 is None and up and frame.az is not None and e1 >= 45.0:
            e0 = 0.0  # "lifts off the table in front of me ... until it's right above my head": from a place, at ear level
        elif e0 is None:
            e0 = max(min(RISE_FROM_DEG, e1 - 45.0), -85.0) if up else min(max(RISE_TO_DEG, e1 + 45.0), 85.0)
        d0, d1 = _trend_distances(frame, d_default)
        return [(0.0, az0, e0, d0), (1.0, az1, e1, d1)]

    if motion == "pass":
        return _pass(frame, az0, el0)

    if motion in ("orbit", "spiral"):
        return _orbit(frame, motion, az0, el0)

    if motion in ("zigzag", "sway"):
        return _oscillate(frame, motion, az0, el0, az1, el1)

    if motion == "path":
        stops = frame.waypoints or [(az0, el0), (az1, el1)]
        d0, d1 = _trend_distances(frame, d_default)
        n = len(stops)
        return [
            (i / (n - 1) if n > 1 else 0.0, a, e, d0 * (d1 / d0) ** (i / max(n - 1, 1)))
            for i, (a, e) in enumerate(stops)
        ]
    raise ValueError(f"unknown motion {motion!r}")


def _radial_distances(frame: Frame, approach: bool) -> tuple[float, float]:
    d0, d1 = frame.dist, frame.end_dist
    if approach:
        if d0 is None and d1 is None:
            d0, d1 = APPROACH_FROM_M, APPROACH_TO_M
        elif d0 is None:
            d0 = max(APPROACH_FROM_M, d1 * 4.0)
        elif d1 is None or d1 >= d0:
            d0 = _with_room(d0, -1)
            d1 = min(APPROACH_TO_M, d0 / 3.0)
    else:
        if d0 is None and d1 is None:
            d0, d1 = RECEDE_FROM_M, RECEDE_TO_M
        elif d0 is None:
            d0 = min(RECEDE_FROM_M, d1 / 4.0)
        elif d1 is None or d1 <= d0:
            d0 = _with_room(d0, 1)
            d1 = max(RECEDE_TO_M, d0 * 3.0)
    return d0, d1


def _with_room(d0: float, trend: int) -> float:
    """A start distance that leaves a source room to come closer (``trend`` < 0) or go away (> 0) by a factor of 3
    within the distance range: "비행기가 ... 멀어졌다" 977 m off would go nowhere at the 1,000 m limit."""
    lo, hi = RANGES["distance_m"]
    return max(d0, 3.0 * lo) if trend < 0 else min(d0, hi / 3.0)


def _trend_distances(frame: Frame, default: float) -> tuple[float, float]:
    """Start / end distance of a non-radial motion, with "closer" / "farther" applied if stated."""
    d0 = frame.dist if frame.dist is not None else default
    if frame.end_dist is not None:
        return d0, frame.end_dist
    if frame.trend:
        d0 = _with_room(d0, frame.trend)
        return d0, d0 / 3.0 if frame.trend < 0 else d0 * 3.0
    return d0, d0


def _pass(frame: Frame, az0: float, el0: float) -> list[tuple[float, float, float, float]]:
    if frame.az is None and frame.end_az is None:
        if frame.el is not None and frame.el >= 45.0:  # "flies over": front -> overhead -> back
            d = frame.dist if frame.dist is not None else PASS_DISTANCE_M
            e = min(frame.el, 80.0)
            return [(0.0, 0.0, 20.0, d), (0.5, 0.0, e, d * 0.6), (1.0, 180.0, 20.0, d)]
        az0, az1 = (90.0, -90.0)
    else:
        az1 = frame.end_az if frame.end_az is not None else wrap(-az0)
    el1 = frame.end_el if frame.end_el is not None else el0
    step = wrap(az1 - az0)
    if frame.via_az is not None:  # "passing on my right"
        mid_az = az0 + wrap(frame.via_az - az0)
    elif abs(abs(step) - 180.0) < 1.0:  # opposite sides: go through the front unless told "behind"
        mid_az = 180.0 if frame.via_back else 0.0
        if abs(abs(wrap(az0)) - 90.0) > 45.0:  # front <-> back: pass on the left unless told otherwise
            mid_az = 90.0 if not frame.via_back else -90.0
    else:
        mid_az = az0 + step / 2.0
        if frame.via_back and abs(wrap(mid_az)) < 90.0:
            mid_az = wrap(mid_az + 180.0)
    mid_el = frame.via_el if frame.via_el is not None else (el0 + el1) / 2.0
    d0, d1 = _trend_distances(frame, PASS_DISTANCE_M)
    arc = abs(wrap(mid_az - az0)) + abs(wrap(az1 - mid_az))
    dip = PASS_CLOSEST_RATIO if arc >= 90.0 and frame.dist is None and frame.end_dist is None else 1.0
    d_mid = math.sqrt(d0 * d1) * dip
    return [(0.0, az0, el0, d0), (0.5, mid_az, mid_el, d_mid), (1.0, az1, el1, d1)]


def _orbit(frame: Frame, motion: str, az0: float, el0: float) -> list[tuple[float, float, float, float]]:
    turns = frame.turns if frame.turns is not None else (2.0 if motion == "spiral" else 1.0)
    if frame.turns is None and frame.speed > 0 and motion == "orbit":
        turns = 2.0
    turns = _within(turns, TURNS[motion])
    sign = -1.0 if frame.clockwise else 1.0
    if frame.clockwise is None and frame.end_az is not None and frame.turns is not None:
        lands = [abs(wrap(frame.end_az - az0 - s * 360.0 * turns)) < 10.0 for s in (sign, -sign)]
        if lands == [False, True]:  # "한 바퀴를 다 돌고도 90도를 더 ... 오른쪽 방향으로": the way the stated turns end there
            sign = -sign
    if frame.end_az is not None and frame.turns is None and abs(wrap(frame.end_az - az0)) >= 10.0:
        # an arc that ends somewhere ("around to your right"): the short way unless the text says which way
        delta = wrap(frame.end_az - az0)
        if frame.clockwise is not None and (delta < 0) != frame.clockwise:
            delta = delta + 360.0 if frame.clockwise is False else delta - 360.0
        sign = 1.0 if delta > 0 else -1.0
        turns = abs(delta) / 360.0
    elif frame.end_az is not None and frame.turns is not None and abs(wrap(frame.end_az - az0 - sign * 360.0 * turns)) >= 10.0:
        # "circled once, then settled on the rail to our left": the turns, then on round to where it settles (from
        # where the turns left it: "한 바퀴 반 돌았는데 ... 뒤에서 끝났지" is already there)
        delta = wrap(frame.end_az - az0 - sign * 360.0 * turns)
        if delta * sign < 0:
            delta += sign * 360.0
        turns += abs(delta) / 360.0
    n = max(2, int(math.ceil(turns * 8)))
    if motion == "spiral":
        inward = frame.trend <= 0
        d0 = frame.dist if frame.dist is not None else (3.0 if inward else 1.0)
        d1 = frame.end_dist if frame.end_dist is not None else (d0 / 3.0 if inward else d0 * 3.0)
        if frame.vtrend and frame.trend == 0 and frame.dist is None and frame.end_dist is None:
            d1 = d0 = NEUTRAL["distance_m"]
    else:
        d0, d1 = _trend_distances(frame, NEUTRAL["distance_m"])
    e0 = el0
    e1 = frame.end_el if frame.end_el is not None else el0
    if frame.vtrend and frame.end_el is None:
        e0 = frame.el if frame.el is not None else (RISE_FROM_DEG if frame.vtrend > 0 else RISE_TO_DEG)
        e1 = RISE_TO_DEG if frame.vtrend > 0 else RISE_FROM_DEG
    out = []
    for k in range(n + 1):
        f = k / n
        out.append((f, az0 + sign * 360.0 * turns * f, e0 + (e1 - e0) * f, d0 * (d1 / d0) ** f))
    return out


def _oscillate(frame: Frame, motion: str, az0: float, el0: float, az1: float, el1: float):
    d0, d1 = _trend_distances(frame, NEUTRAL["distance_m"])
    cycles = frame.turns if frame.turns is not None else (3.0 if motion == "zigzag" else 2.0)
    if frame.turns is None and frame.speed > 0:
        cycles += 1.0
    cycles = _within(cycles, TURNS[motion])
    step = wrap(az1 - az0)
    lateral = abs(step) > 60.0  # moving sideways: wiggle in elevation instead of azimuth
    if motion == "zigzag":
        n = max(2, int(round(cycles * 2)))
        offsets = [0.0] + [(ZIGZAG_DEG if i % 2 else -ZIGZAG_DEG) for i in range(1, n)] + [0.0]
        fracs = list(np.linspace(0.0, 1.0, len(offsets)))
    else:
        n = max(4, int(round(cycles * 16)))
        fracs = list(np.linspace(0.0, 1.0, n + 1))
        offsets = [SWAY_DEG * math.sin(2.0 * math.pi * cycles * f) for f in fracs]
    amp_scale = 0.6 if lateral else 1.0
    out = []
    for f, off in zip(fracs, offsets, strict=True):
        base_az = az0 + step * f
        base_el = el0 + (el1 - el0) * f
        if lateral:
            out.append((f, base_az, base_el + off * amp_scale, d0 * (d1 / d0) ** f))
        else:
            out.append((f, base_az + off, base_el, d0 * (d1 / d0) ** f))
    return out


def _check_timing(frame: Frame, motion: str, duration_s: float | None, warn) -> None:
    """Warn about stated seconds that :func:`_timing` cannot honour: no clip length, or not within the clip."""
    said = []
    if frame.delay_s:
        said.append(f"after {frame.delay_s:g} s")
    if frame.motion_s:
        said.append(f"over {frame.motion_s:g} s")
    if frame.period_s and frame.turns is None and motion in TURNS:
        said.append(f"every {frame.period_s:g} s")
    if motion == "static" or not said:
        return
    if not duration_s:
        warn(f"the stated timing ({', '.join(said)}) was ignored because the clip length is unknown "
             "(give duration_s / --duration); the motion spans the whole clip")  # fmt: skip
        return
    delay, length = frame.delay_s or 0.0, frame.motion_s or 0.0
    if delay >= duration_s:
        warn(f"the motion starts after {delay:g} s but the clip is only {duration_s:g} s long; it moves in the last instant")
    elif delay + length > duration_s * (1 + 1e-9):
        warn(f"the stated timing ({', '.join(said)}) does not fit the {duration_s:g} s clip; the motion is compressed to end with the clip")


def _timing(frame: Frame, motion: str, duration_s: float | None) -> tuple[float, float] | None:
    """Clip fractions (begin, end) the motion occupies, from stated seconds; None = the whole clip."""
    if motion == "static" or not duration_s or duration_s <= 0:
        return None
    delay = frame.delay_s or 0.0
    length = frame.motion_s
    if not delay and not length:
        return None
    begin = min(max(delay / duration_s, 0.0), 0.999)
    end = 1.0 if not length else min(begin + length / duration_s, 1.0)
    if end <= begin:
        end = min(begin + 1e-3, 1.0)
    return begin, end


def _retime(points, times):
    """Squeeze motion fractions into [begin, end] of the clip, holding the start before ``begin``."""
    begin, end = times
    out = []
    if begin > 0.0:
        _, az, el, d = points[0]
        out.append((0.0, az, el, d))
    for f, az, el, d in points:
        t = begin + (end - begin) * f
        if out and t <= out[-1][0]:
            continue
        out.append((t, az, el, d))
    return out
