"""AmbiX (ACN/SN3D) encoding checked numerically, and the direction round trip through rendered channels."""

from __future__ import annotations

import math

import numpy as np
import pytest

from t2sa.metrics import ambisonic_direction, ambisonic_vector_length
from t2sa.params import SpatialParams
from t2sa.render import render
from t2sa.render.ambisonics import sh_sn3d

SR = 48000
S3 = math.sqrt(3) / 2
Q = math.sqrt(5 / 8)
M = math.sqrt(3 / 8)
O15 = math.sqrt(15) / 2


def _great_circle(az1, el1, az2, el2) -> float:
    a1, e1, a2, e2 = map(math.radians, (az1, el1, az2, el2))
    c = math.sin(e1) * math.sin(e2) + math.cos(e1) * math.cos(e2) * math.cos(a1 - a2)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def _impulse_gains(fmt: str, az: float, el: float) -> np.ndarray:
    x = np.zeros(8)
    x[0] = 0.5
    out = render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el), fmt).audio
    return out[:, 0] / 0.5


# hand-written SN3D values (AmbiX spec formulas), ACN order
EXPECTED = [
    # (az, el, {acn: value}) - every channel not listed must be 0
    (90.0, 0.0, {0: 1, 1: 1, 4: 0, 6: -0.5, 8: -S3, 9: -Q, 11: -M, 15: 0}),
    (0.0, 0.0, {0: 1, 3: 1, 6: -0.5, 8: S3, 13: -M, 15: Q}),
    (0.0, 90.0, {0: 1, 2: 1, 6: 1, 12: 1}),
    (-90.0, 0.0, {0: 1, 1: -1, 6: -0.5, 8: -S3, 9: Q, 11: M}),
    (180.0, 0.0, {0: 1, 3: -1, 6: -0.5, 8: S3, 13: M, 15: -Q}),
    (45.0, 0.0, {0: 1, 1: math.sqrt(0.5), 3: math.sqrt(0.5), 4: S3, 6: -0.5, 9: Q * math.sqrt(0.5),
                 11: -M * math.sqrt(0.5), 13: -M * math.sqrt(0.5), 15: -Q * math.sqrt(0.5)}),
    (0.0, -90.0, {0: 1, 2: -1, 6: 1, 12: -1}),
]


@pytest.mark.parametrize(("az", "el", "values"), EXPECTED)
def test_channel_order_and_sn3d_values_match_hand_written_formulas(az, el, values):
    got = _impulse_gains("hoa3", az, el)
    want = np.zeros(16)
    for acn, v in values.items():
        want[acn] = v
    assert got == pytest.approx(want, abs=1e-6)
    # lower orders are the leading channels of the same encoding
    assert _impulse_gains("foa", az, el) == pytest.approx(want[:4], abs=1e-6)
    assert _impulse_gains("hoa2", az, el) == pytest.approx(want[:9], abs=1e-6)


def test_second_order_mixed_terms():
    # az 30, el 20: T (ACN5) = S3 * sin(az) * sin(2 el), S (ACN7) = S3 * cos(az) * sin(2 el), O (ACN10)
    az, el = math.radians(30), math.radians(20)
    got = sh_sn3d(30.0, 20.0, 3)
    assert got[5] == pytest.approx(S3 * math.sin(az) * math.sin(2 * el))
    assert got[7] == pytest.approx(S3 * math.cos(az) * math.sin(2 * el))
    assert got[10] == pytest.approx(O15 * math.sin(2 * az) * math.sin(el) * math.cos(el) ** 2)
    assert got[14] == pytest.approx(O15 * math.cos(2 * az) * math.sin(el) * math.cos(el) ** 2)
    assert got[12] == pytest.approx(math.sin(el) * (5 * math.sin(el) ** 2 - 3) / 2)


def test_sn3d_normalisation_over_the_sphere():
    # N3D = SN3D * sqrt(2n + 1) is orthonormal: mean over the sphere of N3D_i * N3D_j = delta_ij
    n = 20000
    i = np.arange(n) + 0.5
    el = np.degrees(np.arcsin(1 - 2 * i / n))
    az = np.degrees(np.pi * (1 + 5**0.5) * i)
    y = sh_sn3d(az, el, 3)
    order = np.floor(np.sqrt(np.arange(16)))
    n3d = y * np.sqrt(2 * order + 1)
    gram = n3d.T @ n3d / n
    assert gram == pytest.approx(np.eye(16), abs=2e-3)


@pytest.mark.parametrize("fmt", ["foa", "hoa2", "hoa3"])
def test_direction_round_trip_within_one_degree(fmt):
    rng = np.random.default_rng(7)
    x = 0.1 * rng.standard_normal(4800)
    for _ in range(12):
        az = float(rng.uniform(-180, 180))
        el = float(np.degrees(np.arcsin(rng.uniform(-1, 1))))
        dist = float(rng.choice([0.5, 1.0, 3.0, 20.0]))
        out = render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=dist), fmt).audio
        est = ambisonic_direction(out)
        assert _great_circle(az, el, *est) < 1.0, (az, el, est)
        assert ambisonic_vector_length(out) == pytest.approx(1.0, abs=1e-3)


def test_spread_lowers_the_energy_vector_but_keeps_the_direction():
    x = 0.1 * np.random.default_rng(3).standard_normal(SR)
    lengths = []
    for spread in (0.0, 60.0, 180.0):
        out = render(x, SR, SpatialParams(azimuth_deg=40.0, elevation_deg=10.0, spread_deg=spread), "foa").audio
        assert _great_circle(40.0, 10.0, *ambisonic_direction(out)) < 3.0
        lengths.append(ambisonic_vector_length(out))
    assert lengths[0] == pytest.approx(1.0, abs=1e-3)
    assert lengths[0] > lengths[1] + 0.02 > lengths[2] + 0.2


def test_moving_source_direction_follows_the_trajectory():
    x = 0.1 * np.random.default_rng(4).standard_normal(2 * SR)
    kf = [{"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": 2.0, "spread_deg": 0.0}
          for t, az, el in ((0.0, 0.0, 0.0), (0.5, 120.0, 30.0), (1.0, 240.0, 0.0))]
    params = SpatialParams(azimuth_deg=0.0, distance_m=2.0, motion="orbit", trajectory=kf)
    out = render(x, SR, params, "hoa3").audio
    win = SR // 20
    for start in range(0, 2 * SR - win, SR // 4):
        t = (start + win / 2) / (2 * SR - 1)
        want = params.sample(t)
        est = ambisonic_direction(out[:, start : start + win])
        assert _great_circle(float(want["azimuth_deg"]), float(want["elevation_deg"]), *est) < 2.0
