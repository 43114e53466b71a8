"""Binaural physics with measured HRTFs (../shared/hrtf): interaural cues, interpolation, near field, spread."""

from __future__ import annotations

import numpy as np
import pytest
from support.shared import HRTF_DIR

from t2sa.errors import HRTFError
from t2sa.metrics import iacc, ild_db, itd_s
from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render
from t2sa.render.hrtf import load_hrtf

SR = 48000
MEASURED = ["MIT_KEMAR_normal_pinna.sofa", "FHK_HRIR_L2354.sofa", "LISTEN_1002_IRC_1002_C_HRIR.sofa"]
BAD = sorted((HRTF_DIR / "bad").glob("*.sofa"))


def _impulse(n: int = 32) -> np.ndarray:
    x = np.zeros(n)
    x[0] = 1.0
    return x


def _noise(seconds: float = 0.5, seed: int = 1) -> np.ndarray:
    return 0.1 * np.random.default_rng(seed).standard_normal(int(seconds * SR))


def _render(x, hrtf, options: RenderOptions | None = None, **params) -> np.ndarray:
    return render(x, SR, SpatialParams(**params), "binaural", hrtf, on_clip="keep", options=options).audio


@pytest.mark.parametrize("name", MEASURED)
def test_rendered_itd_ild_match_the_hrirs_own_at_measured_directions(name):
    native = load_hrtf(HRTF_DIR / name)  # at the file's own rate
    hrtf = load_hrtf(HRTF_DIR / name, SR)
    wanted = np.array([[90, 0], [45, 0], [0, 0], [-30, 0], [-90, 0], [135, 0], [60, 30]], dtype=float)
    idx = hrtf.nearest(wanted[:, 0], wanted[:, 1])
    for i in idx:
        az, el = hrtf.directions[i]
        out = _render(_impulse(), hrtf, azimuth_deg=az, elevation_deg=el, distance_m=hrtf.measurement_distance_m)
        own = native.irs[i]
        # ITD to a tenth of a sample at the file's rate, ILD to 0.3 dB (resampling, broadband air filter)
        assert itd_s(out, SR) == pytest.approx(itd_s(own, native.sample_rate), abs=0.1 / native.sample_rate + 1e-6)
        assert ild_db(out) == pytest.approx(ild_db(own), abs=0.3)


@pytest.mark.parametrize("name", [*MEASURED, None])
def test_source_on_the_left_reaches_the_left_ear_first_and_louder(name):
    hrtf = load_hrtf(HRTF_DIR / name if name else None, SR)
    x = _noise()
    left = _render(x, hrtf, azimuth_deg=90.0)
    right = _render(x, hrtf, azimuth_deg=-90.0)
    assert itd_s(left, SR) > 300e-6 and ild_db(left) > 5.0
    assert itd_s(right, SR) < -300e-6 and ild_db(right) < -5.0
    front = _render(x, hrtf, azimuth_deg=0.0)
    assert abs(itd_s(front, SR)) < 60e-6


def test_pulse_hrtf_is_a_pure_delay_with_no_interaural_difference():
    hrtf = load_hrtf(HRTF_DIR / "Pulse.sofa", SR)
    x = _noise(0.1)
    out = _render(x, hrtf, azimuth_deg=70.0, elevation_deg=20.0)
    assert np.allclose(out[0], out[1], atol=1e-6)
    k = int(np.argmax(np.correlate(out[0], x, mode="valid")))
    assert k == 100
    assert np.allclose(out[0, 100 : 100 + len(x)] / out[0, 100 : 100 + len(x)].std(), x / x.std(), atol=1e-4)


@pytest.mark.parametrize("name", ["MIT_KEMAR_normal_pinna.sofa", "LISTEN_1002_IRC_1002_C_HRIR.sofa"])
def test_interpolated_directions_have_itd_between_their_neighbours(name):
    hrtf = load_hrtf(HRTF_DIR / name, SR)
    d = hrtf.directions
    horizon = np.sort(np.unique(np.round(d[np.abs(d[:, 1]) < 1e-6, 0] % 360.0, 6)))

    def lateral(az: float) -> float:  # angle from the median plane
        return abs(np.degrees(np.arcsin(np.sin(np.radians(az)))))

    checked = 0
    r = float(hrtf.measurement_distance_m)
    for a, b in zip(horizon[:-1], horizon[1:], strict=True):
        # within 70 deg of the median plane ITD grows monotonically with the lateral angle, so "between"
        # is well defined (near +-90 deg the ITD peaks and an in-between direction may exceed both)
        if max(lateral(a), lateral(b)) > 70.0 or a < 180.0 < b:
            continue
        itds = [itd_s(_render(_impulse(), hrtf, azimuth_deg=az, distance_m=r), SR) for az in (a, (a + b) / 2, b)]
        lo, hi = min(itds[0], itds[2]), max(itds[0], itds[2])
        assert lo - 1e-6 <= itds[1] <= hi + 1e-6, (a, b, itds)
        checked += 1
    assert checked >= 10


def test_near_source_on_the_side_gets_a_larger_ild_and_frontal_stays_centred():
    hrtf = load_hrtf(HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa", SR)
    x = _noise()
    far = ild_db(_render(x, hrtf, azimuth_deg=90.0, distance_m=1.4))
    near = ild_db(_render(x, hrtf, azimuth_deg=90.0, distance_m=0.25))
    flat = ild_db(_render(x, hrtf, azimuth_deg=90.0, distance_m=0.25, options=RenderOptions(near_field=False)))
    assert near > far + 3.0
    assert flat == pytest.approx(far, abs=0.3)  # the boost comes from the near-field model, not the level
    assert abs(ild_db(_render(x, hrtf, azimuth_deg=0.0, distance_m=0.25))) < 1.0
    # at the measurement distance the near-field model changes nothing
    on = _render(x, hrtf, azimuth_deg=40.0, distance_m=1.4)
    off = _render(x, hrtf, azimuth_deg=40.0, distance_m=1.4, options=RenderOptions(near_field=False))
    assert np.array_equal(on, off)


def test_spread_lowers_interaural_coherence_and_zero_spread_is_the_point_source():
    x = _noise(1.0)
    point = _render(x, None, azimuth_deg=0.0)
    wide = _render(x, None, azimuth_deg=0.0, spread_deg=120.0)
    assert iacc(point, SR) > 0.9
    assert iacc(wide, SR) < iacc(point, SR) - 0.3
    # decorrelated components add in energy: the width has the mean energy of points over the arc
    arc = [_render(x, None, azimuth_deg=a) for a in 120.0 * ((np.arange(8) + 0.5) / 8 - 0.5)]
    arc_energy = np.mean([np.sum(y**2) for y in arc])
    assert 10 * np.log10(np.sum(wide**2) / arc_energy) == pytest.approx(0.0, abs=0.5)
    explicit_zero = _render(x, None, azimuth_deg=0.0, spread_deg=0.0)
    assert np.array_equal(point, explicit_zero)


def test_every_hrtf_is_levelled_to_unit_diffuse_field_energy():
    x = _noise(1.0)
    levels = []
    for name in [*MEASURED, None]:
        hrtf = load_hrtf(HRTF_DIR / name if name else None, SR)
        out = _render(x, hrtf, azimuth_deg=0.0, distance_m=1.0, options=RenderOptions(near_field=False))
        levels.append(10 * np.log10(np.mean(out**2) / np.mean(x**2)))
    # frontal level differs by HRTF only as much as their frontal gain relative to the diffuse field
    assert max(levels) - min(levels) < 6.0


@pytest.mark.parametrize("path", BAD, ids=[p.name for p in BAD])
def test_bad_sofa_files_are_refused_with_a_clear_error(path):
    with pytest.raises(HRTFError, match=path.name):
        render(_noise(0.05), SR, SpatialParams(), "binaural", path)


def test_hrtf_rate_follows_the_render_rate():
    x = 0.1 * np.random.default_rng(0).standard_normal(22050)
    out, sr = render(x, 44100, SpatialParams(azimuth_deg=90.0), "binaural", HRTF_DIR / "FHK_HRIR_L2354.sofa")
    assert sr == 44100
    assert itd_s(out, 44100) > 300e-6
