"""HRTF-set comparison metrics: angular error, log-spectral distance, LAP thresholds, per-row comparison."""

from __future__ import annotations

import numpy as np
import pytest

from t2sa.params import angular_distance_deg
from t2sa.studies import compare


def test_angular_error_is_the_great_circle_angle():
    got = angular_distance_deg([0, 0, 179, 45], [0, 90, 0, -30], [90, 123, -179, 45], [0, 90, 0, 30])
    assert got == pytest.approx([90.0, 0.0, 2.0, 60.0], abs=1e-6)


def test_direction_grid_covers_azimuth_once_per_elevation():
    grid = compare.direction_grid(30.0, elevations=(0.0, 30.0))
    assert grid.shape == (24, 2)
    assert set(grid[:, 1]) == {0.0, 30.0}
    assert grid[:, 0].min() > -180 and grid[:, 0].max() == 180.0
    with pytest.raises(ValueError, match="az_step_deg"):
        compare.direction_grid(0.0)


def _random_irs(n=5, taps=256, seed=0):
    rng = np.random.default_rng(seed)
    irs = rng.normal(size=(n, 2, taps)) * np.exp(-np.arange(taps) / 20.0)
    return irs


def test_lsd_of_a_gain_change_is_that_gain_in_db():
    irs = _random_irs()
    assert compare.log_spectral_distance(irs, irs, 48000) == pytest.approx(np.zeros(5), abs=1e-9)
    assert compare.log_spectral_distance(2.0 * irs, irs, 48000) == pytest.approx(np.full(5, 20 * np.log10(2)))
    one_ear = irs.copy()
    one_ear[:, 0] *= 2.0
    assert compare.log_spectral_distance(one_ear, irs, 48000) == pytest.approx(np.full(5, 10 * np.log10(2)))


def test_lsd_ignores_padding_and_pure_delay_but_not_spectral_shape():
    irs = _random_irs(taps=128)
    padded = np.concatenate([irs, np.zeros((5, 2, 384))], axis=-1)
    delayed = np.roll(padded, 7, axis=-1)
    assert compare.log_spectral_distance(padded, irs, 48000) == pytest.approx(np.zeros(5), abs=1e-9)
    assert compare.log_spectral_distance(delayed, irs, 48000) == pytest.approx(np.zeros(5), abs=1e-6)
    other = _random_irs(taps=128, seed=1)
    assert np.all(compare.log_spectral_distance(other, irs, 48000) > 3.0)
    with pytest.raises(ValueError, match="differ in shape"):
        compare.log_spectral_distance(irs[:3], irs, 48000)


def _row(id_, hrtf, fmt="binaural", status="ok", **kw):
    base = {"id": id_, "hrtf": hrtf, "format": fmt, "status": status, "azimuth_deg": 30.0, "elevation_deg": 0.0}
    return {**base, **kw}


def test_rows_are_compared_with_the_same_row_rendered_with_the_reference():
    rows = [
        _row("a", "ref", itd_s=200e-6, ild_db=5.0, est_azimuth_deg=30.0, est_elevation_deg=0.0),
        _row("a", "kemar", itd_s=300e-6, ild_db=6.0, est_azimuth_deg=40.0, est_elevation_deg=0.0),
        _row("a", "kemar", fmt="foa", est_azimuth_deg=20.0, est_elevation_deg=0.0),
        _row("b", "kemar", status="error"),
    ]
    out = compare.compare_rows(rows, reference="ref")
    assert len(out) == 3
    kemar = out[1]
    assert kemar["d_itd_us"] == pytest.approx(100.0)
    assert kemar["d_ild_db"] == pytest.approx(1.0)
    assert kemar["within_itd"] is False and kemar["within_ild"] is True  # 100 us > 62.5 us; 1 dB < 4.4 dB
    assert kemar["direction_error_deg"] == pytest.approx(10.0)
    assert np.isnan(out[2]["d_itd_us"])  # no foa row with the reference HRTF
    summary = {(s["hrtf"], s["format"]): s for s in compare.summarise_rows(out, rows)}
    assert summary[("kemar", "binaural")]["rows_ok"] == 1
    assert summary[("kemar", "binaural")]["rows_error"] == 1
    assert summary[("kemar", "binaural")]["direction_error_mean_deg"] == pytest.approx(10.0)
    assert summary[("ref", "binaural")]["mean_abs_d_itd_us"] == pytest.approx(0.0)


@pytest.mark.parametrize(
    ("metric", "threshold"), [("d_itd_us", 62.5), ("d_ild_db", 4.4), ("lsd_db", 7.4)]
)
def test_pass_and_fail_change_exactly_at_the_lap_challenge_thresholds(metric, threshold):
    """The summary passes an HRTF whose mean error is at the LAP limit (ITD 62.5 us, ILD 4.4 dB, LSD 7.4 dB)
    and fails it just above, per metric and independently of the others."""

    def summary(value):
        n = 4
        cols = {
            "hrtf": np.array(["x"] * n, dtype=object),
            "d_itd_us": np.zeros(n), "d_ild_db": np.zeros(n), "lsd_db": np.zeros(n),
            "within_itd": np.ones(n, bool), "within_ild": np.ones(n, bool), "within_lsd": np.ones(n, bool),
        }
        cols[metric] = np.array([value, -value, value, -value]) if metric != "lsd_db" else np.full(n, value)
        return compare.summarise_directions(cols)[0]

    key = {"d_itd_us": "pass_itd", "d_ild_db": "pass_ild", "lsd_db": "pass_lsd"}[metric]
    assert summary(threshold)[key] and not summary(threshold * 1.001)[key]
    others = {"pass_itd", "pass_ild", "pass_lsd"} - {key}
    assert all(summary(threshold * 1.001)[k] for k in others)
