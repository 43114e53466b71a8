"""Binaural round trip over the whole sphere: the direction estimated back from the ears against the HRTF used."""

from __future__ import annotations

import math

import numpy as np
import pytest
from support.shared import HRTF_DIR

from t2sa.metrics import LOCALIZATION_KEYS, measure
from t2sa.params import SpatialParams
from t2sa.render import render
from t2sa.render.hrtf import load_hrtf
from t2sa.render.localize import errors, interaural_polar, localize

SR = 48000


def _render(az: float, el: float, hrtf, seed: int = 0, distance: float = 1.0) -> np.ndarray:
    x = 0.05 * np.random.default_rng(seed).standard_normal(SR)
    return render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=distance), "binaural", hrtf).audio


# front/back mirror pairs (same lateral angle: only spectral cues tell them apart), up and down
DIRECTIONS = [(0, 0), (180, 0), (30, 0), (150, 0), (-45, 20), (-135, 20), (90, 0), (0, 60), (0, -30), (120, -30)]


def test_builtin_head_recovers_front_back_and_elevation():
    for i, (az, el) in enumerate(DIRECTIONS):
        loc = localize(_render(az, el, None, seed=i), SR, None, target=(az, el))
        assert loc.great_circle_error_deg < 10.0, (az, el, loc)
        assert not loc.front_back_confusion


@pytest.mark.parametrize("name", ["FHK_HRIR_L2354.sofa", "MIT_KEMAR_normal_pinna.sofa"])
def test_measured_heads_off_grid(name):
    hrtf = load_hrtf(HRTF_DIR / name, SR)
    rng = np.random.default_rng(7)
    errs = []
    for i in range(8):
        az, el = float(rng.uniform(-180, 180)), float(rng.uniform(-30, 60))  # between measured directions
        loc = localize(_render(az, el, hrtf, seed=i, distance=hrtf.measurement_distance_m), SR, hrtf, (az, el))
        errs.append(loc.great_circle_error_deg)
        assert loc.lateral_error_deg < 5.0 and not loc.front_back_confusion, (az, el, loc)
    assert np.median(errs) < 5.0


def test_the_wrong_head_is_worse_than_the_right_one():
    """Matching a KEMAR render against the spherical head (no real pinna) loses the polar angle: the
    estimator really uses the HRTF's spectral cues, not just ITD/ILD."""
    kemar = load_hrtf(HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa", SR)
    right, wrong = [], []
    for i, (az, el) in enumerate(DIRECTIONS):
        y = _render(az, el, kemar, seed=i, distance=kemar.measurement_distance_m)
        right.append(localize(y, SR, kemar, (az, el)).polar_error_deg)
        wrong.append(localize(y, SR, None, (az, el)).polar_error_deg)
    assert np.mean(wrong) > 3 * np.mean(right) + 10.0


def test_errors_and_front_back_flag():
    assert interaural_polar(90.0, 0.0)[0] == pytest.approx(90.0)  # left
    assert interaural_polar(180.0, 0.0)[1] == pytest.approx(180.0)  # back
    assert interaural_polar(0.0, 90.0)[1] == pytest.approx(90.0)  # up
    e = errors((30.0, 0.0), (150.0, 0.0))  # mirror image behind: same lateral angle
    assert e["front_back_confusion"] and e["lateral_error_deg"] == pytest.approx(0.0, abs=1e-9)
    assert e["polar_error_deg"] == pytest.approx(180.0)
    assert not errors((30.0, 0.0), (35.0, 5.0))["front_back_confusion"]
    assert not errors((80.0, 0.0), (100.0, 0.0))["front_back_confusion"]  # near the interaural axis
    assert not errors((0.0, 85.0), (180.0, 85.0))["front_back_confusion"]  # near the frontal plane


def test_measure_reports_the_round_trip_only_when_asked():
    y = _render(150.0, 10.0, None)
    plain = measure(y, SR, "binaural")
    assert all(math.isnan(plain[k]) for k in LOCALIZATION_KEYS)
    got = measure(y, SR, "binaural", localizer=lambda a, sr: localize(a, sr, None, (150.0, 10.0)))
    assert set(got) == set(plain)
    assert got["loc_azimuth_deg"] == pytest.approx(150.0, abs=8) and got["loc_front_back"] == 0.0
    assert got["loc_lateral_error_deg"] < 5.0
