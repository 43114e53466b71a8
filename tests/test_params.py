"""SpatialParams: validation names field and value, round trips are lossless, trajectories follow the rules."""

from __future__ import annotations

import math

import numpy as np
import pytest

from t2sa.params import Keyframe, ParamError, SpatialParams, from_arrow, to_arrow, wrap_azimuth


def _kf(t: float, az: float, el: float = 0.0, d: float = 1.0, s: float = 0.0) -> dict:
    return {"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": d, "spread_deg": s}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("elevation_deg", 91.0),
        ("elevation_deg", float("nan")),
        ("distance_m", 0.0),
        ("distance_m", float("inf")),
        ("wet", 1.5),
        ("wet", -0.1),
        ("spread_deg", -1.0),
        ("rt60_s", 0.0),
        ("gain_db", "loud"),
        ("azimuth_deg", float("nan")),
        ("motion", "teleport"),
    ],
)
def test_bad_values_name_field_and_value(field: str, value: object) -> None:
    with pytest.raises(ParamError) as info:
        SpatialParams(**{field: value})
    assert info.value.field == field
    assert field in str(info.value)
    assert repr(value) in str(info.value) or str(value) in str(info.value)


def test_unknown_field_is_refused_with_its_name() -> None:
    with pytest.raises(ParamError, match="azimuth"):
        SpatialParams.from_dict({"azimuth": 30})


def test_bad_keyframe_names_index_and_field() -> None:
    with pytest.raises(ParamError) as info:
        SpatialParams(trajectory=[_kf(0, 0), _kf(1, 0, d=-2.0)])
    assert info.value.field == "trajectory[1].distance_m"
    with pytest.raises(ParamError, match=r"trajectory\[1\]\.t"):
        SpatialParams(trajectory=[_kf(0, 0), _kf(0, 10)])
    with pytest.raises(ParamError, match=r"trajectory\[0\]\.azimuth_deg"):
        SpatialParams(azimuth_deg=10, trajectory=[_kf(0, 0), _kf(1, 10)])


def test_invalid_json_is_a_param_error() -> None:
    with pytest.raises(ParamError, match="not valid JSON"):
        SpatialParams.from_json("{azimuth_deg: 3")


def test_azimuth_wraps_to_half_open_interval() -> None:
    assert SpatialParams(azimuth_deg=270).azimuth_deg == -90.0
    assert SpatialParams(azimuth_deg=-180).azimuth_deg == 180.0
    assert SpatialParams(azimuth_deg=540).azimuth_deg == 180.0
    np.testing.assert_allclose(wrap_azimuth(np.array([181.0, -181.0, 360.0])), [-179.0, 179.0, 0.0])


def test_a_scalar_azimuth_wraps_to_the_same_bits_as_an_array() -> None:
    """Scalars take a plain-float path (ten times sooner than numpy): the same bits as the array path, on boundaries,
    signed zeros, tiny and huge values and a spread of random angles."""
    rng = np.random.default_rng(7)
    values = np.concatenate([
        [0.0, -0.0, 180.0, -180.0, 360.0, -360.0, 540.0, -540.0, 5e-324, -5e-324, 1e-15, -1e-15, 1e20, -1e20],
        np.nextafter(180.0, [0.0, 360.0]), np.nextafter(-180.0, [-360.0, 0.0]), rng.uniform(-1e3, 1e3, 20_000),
        rng.integers(-720, 721, 2_000).astype(float), rng.normal(0.0, 1e-12, 2_000),
    ])
    scalar = np.array([wrap_azimuth(float(v)) for v in values])
    assert all(type(wrap_azimuth(float(v))) is float for v in values[:10])
    assert scalar.tobytes() == wrap_azimuth(values).tobytes()


def test_static_params_get_one_keyframe_equal_to_fields() -> None:
    p = SpatialParams(azimuth_deg=45, elevation_deg=10, distance_m=2.5, spread_deg=20)
    assert p.is_static
    assert p.trajectory == (Keyframe(0.0, 45.0, 10.0, 2.5, 20.0),)


def test_json_round_trip_is_lossless() -> None:
    p = SpatialParams(
        azimuth_deg=-30.25,
        elevation_deg=12.5,
        distance_m=3.0,
        spread_deg=15.0,
        wet=0.3,
        gain_db=-6.0,
        drr_db=4.0,
        rt60_s=1.2,
        motion="pass",
        trajectory=[_kf(0, -30.25, 12.5, 3.0, 15.0), _kf(0.5, 0, 0, 1.0, 5.0), _kf(1, 90, 0, 3.0, 15.0)],
    )
    assert SpatialParams.from_json(p.to_json()) == p


def test_arrow_round_trip_is_lossless() -> None:
    ps = [
        SpatialParams(azimuth_deg=a, distance_m=d, motion="approach", trajectory=[_kf(0, a, d=d), _kf(1, a, d=0.5)])
        for a, d in [(10.0, 4.0), (-120.0, 2.0)]
    ] + [SpatialParams(wet=0.5, rt60_s=2.0)]
    table = to_arrow(ps)
    assert table.num_rows == 3
    assert from_arrow(table) == ps


def test_path_takes_shortest_arc_through_the_back() -> None:
    # 150 (back-left) -> -150 (back-right): the short way is 60 degrees through 180, not 300 through the front.
    p = SpatialParams(azimuth_deg=150, motion="pass", trajectory=[_kf(0, 150), _kf(1, -150)])
    mid = p.sample(0.5)["azimuth_deg"]
    assert abs(abs(float(mid)) - 180.0) < 1e-9
    az = p.sample(np.linspace(0, 1, 101))["azimuth_deg"]
    assert np.all(np.abs(az) >= 150.0 - 1e-9)


def test_orbit_makes_full_turns_as_written() -> None:
    p = SpatialParams(motion="orbit", trajectory=[_kf(0, 0), _kf(1, 360)])
    s = p.sample([0.0, 0.25, 0.5, 0.75, 1.0])["azimuth_deg"]
    np.testing.assert_allclose(s, [0.0, 90.0, 180.0, -90.0, 0.0], atol=1e-9)
    # The same keyframes as a path do not move at all (shortest arc of 0 degrees).
    q = SpatialParams(motion="path", trajectory=[_kf(0, 0), _kf(1, 360)])
    np.testing.assert_allclose(q.sample([0.25, 0.5])["azimuth_deg"], [0.0, 0.0], atol=1e-9)


def test_distance_is_interpolated_in_log_distance() -> None:
    p = SpatialParams(distance_m=4.0, motion="approach", trajectory=[_kf(0, 0, d=4.0), _kf(1, 0, d=1.0)])
    assert math.isclose(float(p.sample(0.5)["distance_m"]), 2.0)


def test_sample_clamps_outside_clip() -> None:
    p = SpatialParams(motion="rise", trajectory=[_kf(0, 0, el=0), _kf(1, 0, el=60)])
    s = p.sample([-1.0, 2.0])["elevation_deg"]
    np.testing.assert_allclose(s, [0.0, 60.0])


def test_with_overrides_moves_static_source_and_keeps_paths_consistent() -> None:
    p = SpatialParams(azimuth_deg=30)
    q = p.with_overrides(azimuth_deg=-60, wet=0.4)
    assert q.azimuth_deg == -60 and q.trajectory[0].azimuth_deg == -60 and q.wet == 0.4
    m = SpatialParams(motion="pass", trajectory=[_kf(0, 0), _kf(1, 90)])
    n = m.with_overrides(azimuth_deg=-90)
    assert n.trajectory[0].azimuth_deg == -90 and n.trajectory[-1].azimuth_deg == 90
