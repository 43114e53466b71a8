"""Frame -> SpatialParams: defaults for silence, and the trajectory shape of every motion type."""

import numpy as np
import pytest

from t2sa.params import RANGES, SpatialParams
from t2sa.text.frame import NEUTRAL, Frame
from t2sa.text.trajectory import build_params


def test_silence_gives_the_documented_neutral_params():
    p = build_params(Frame())
    assert p.motion == "static" and len(p.trajectory) == 1
    assert (p.azimuth_deg, p.elevation_deg, p.distance_m) == (0.0, 0.0, NEUTRAL["distance_m"])
    assert (p.spread_deg, p.wet, p.gain_db, p.drr_db, p.rt60_s) == (
        NEUTRAL["spread_deg"], NEUTRAL["wet"], NEUTRAL["gain_db"], NEUTRAL["drr_db"], NEUTRAL["rt60_s"])  # fmt: skip


def test_approach_ends_nearer_and_recede_farther_on_one_bearing():
    p = build_params(Frame(az=90.0, motion="approach"))
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m / 3
    assert p.trajectory[-1].azimuth_deg == p.trajectory[0].azimuth_deg == 90.0
    q = build_params(Frame(az=-30.0, motion="recede", dist=2.0))
    assert q.distance_m == 2.0 and q.trajectory[-1].distance_m > 2.0 * 2


def test_orbit_makes_full_turns():
    p = build_params(Frame(az=30.0, motion="orbit", turns=2.0))
    az = [k.azimuth_deg for k in p.trajectory]
    assert az[0] == 30.0 and az[-1] == pytest.approx(30.0 + 720.0)
    s = p.sample(np.linspace(0, 1, 801))["azimuth_deg"]
    unwrapped = np.degrees(np.unwrap(np.radians(s)))
    assert unwrapped[-1] - unwrapped[0] == pytest.approx(720.0, abs=1.0)
    cw = build_params(Frame(motion="orbit", clockwise=True))
    assert cw.trajectory[-1].azimuth_deg == pytest.approx(-360.0)


def test_pass_goes_from_start_to_end_through_a_closer_point():
    p = build_params(Frame(az=90.0, end_az=-90.0, motion="pass"))
    first, mid, last = p.trajectory[0], p.trajectory[1], p.trajectory[-1]
    assert (first.azimuth_deg, last.azimuth_deg) == (90.0, -90.0)
    assert mid.azimuth_deg == 0.0  # through the front by default
    assert mid.distance_m < first.distance_m
    behind = build_params(Frame(az=90.0, end_az=-90.0, motion="pass", via_back=True))
    assert abs(behind.trajectory[1].azimuth_deg) == 180.0


def test_rise_and_fall_change_elevation():
    up = build_params(Frame(motion="rise"))
    assert up.trajectory[-1].elevation_deg > up.trajectory[0].elevation_deg + 45
    down = build_params(Frame(motion="fall", el=70.0))
    assert down.elevation_deg == 70.0 and down.trajectory[-1].elevation_deg < 0


def test_zigzag_and_sway_alternate_sides():
    for motion in ("zigzag", "sway"):
        p = build_params(Frame(az=0.0, motion=motion))
        offsets = np.array([k.azimuth_deg for k in p.trajectory])
        assert offsets.max() > 10 and offsets.min() < -10
        signs = np.sign(offsets[np.abs(offsets) > 1])
        assert np.count_nonzero(np.diff(signs)) >= 3


def test_spiral_turns_and_changes_distance():
    p = build_params(Frame(motion="spiral", trend=-1))
    assert p.trajectory[-1].azimuth_deg - p.trajectory[0].azimuth_deg == pytest.approx(720.0)
    assert p.trajectory[-1].distance_m < p.trajectory[0].distance_m


def test_stated_seconds_map_to_clip_fractions():
    p = build_params(Frame(az=90.0, end_az=-90.0, motion="pass", motion_s=2.0), duration_s=8.0)
    assert p.trajectory[-1].t == pytest.approx(0.25)
    assert p.sample(1.0)["azimuth_deg"] == pytest.approx(-90.0)
    delayed = build_params(Frame(motion="recede", delay_s=2.0), duration_s=8.0)
    assert delayed.trajectory[1].t == pytest.approx(0.25)
    assert delayed.trajectory[1].distance_m == delayed.trajectory[0].distance_m
    periodic = build_params(Frame(motion="orbit", period_s=2.0), duration_s=10.0)
    assert periodic.trajectory[-1].azimuth_deg == pytest.approx(5 * 360.0)


def test_every_motion_builds_valid_params():
    for motion in ("static", "approach", "recede", "pass", "orbit", "rise", "fall", "zigzag", "sway", "spiral", "path"):
        p = build_params(Frame(motion=motion, waypoints=[(90.0, 0.0), (0.0, 30.0), (-90.0, 0.0)]))
        assert isinstance(p, SpatialParams) and p.motion == motion
        assert SpatialParams.from_dict(p.to_dict()) == p


@pytest.mark.parametrize(
    "frame",
    [
        Frame(az=0.0, dist=900.0, motion="recede", trend=1),  # was 900 -> 1000 m (capped): going nowhere
        Frame(az=90.0, end_az=-90.0, dist=977.0, motion="pass", trend=1),  # "비행기가 머리 위를 지나 ... 멀어졌다"
        Frame(az=0.0, dist=0.06, motion="approach", trend=-1),  # was 0.06 -> 0.05 m
        Frame(az=0.0, dist=0.06, trend=-1),
    ],
)
def test_a_distance_trend_has_room_within_the_range(frame: Frame) -> None:
    """A source said to go away (or come closer) starts where it still can within the distance range, so the
    trend is heard: at least a factor of 3, whatever start distance the rules or the network gave it."""
    lo, hi = RANGES["distance_m"]
    tr = build_params(frame).trajectory
    d0, d1 = tr[0].distance_m, tr[-1].distance_m
    assert lo <= min(d0, d1) and max(d0, d1) <= hi
    ratio = d1 / d0 if frame.trend > 0 else d0 / d1
    assert ratio >= 2.9


def test_a_trend_that_has_room_keeps_its_start() -> None:  # guard: nothing moves where the range allows it
    tr = build_params(Frame(az=0.0, dist=20.0, motion="recede", trend=1)).trajectory
    assert (tr[0].distance_m, tr[-1].distance_m) == (20.0, 60.0)
