"""Near field of the built-in head: the rendered ILD is the rigid sphere's at the source distance."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import spherical_jn, spherical_yn

from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render, render_stream
from t2sa.render.nearfield import ear_angles, sphere_response_at
from t2sa.render.sphere_head import HEAD_RADIUS_M, SPEED_OF_SOUND, sphere_response

SR = 48000
BANDS = np.array([200.0, 500.0, 1000.0, 2000.0, 4000.0])


def _band_ild(y: np.ndarray, centres: np.ndarray = BANDS) -> np.ndarray:
    spec = np.abs(np.fft.rfft(y.astype(float), axis=-1)) ** 2
    f = np.fft.rfftfreq(y.shape[-1], 1 / SR)
    out = []
    for c in centres:
        sel = (f > c / 2 ** (1 / 6)) & (f < c * 2 ** (1 / 6))
        out.append(10 * np.log10(spec[0, sel].sum() / spec[1, sel].sum()))
    return np.array(out)


def _analytic_ild(az: float, el: float, r: float, centres: np.ndarray = BANDS) -> np.ndarray:
    theta = np.radians(ear_angles(np.array(az), np.array(el)))
    h = np.abs(sphere_response_at(theta, centres, r))
    return 20 * np.log10(h[0] / h[1])


def _render(az: float, el: float, r: float, **opts) -> np.ndarray:
    x = 0.05 * np.random.default_rng(0).standard_normal(SR)
    return render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=r), "binaural",
                  options=RenderOptions(**opts)).audio


@pytest.mark.parametrize(("az", "el"), [(90.0, 0.0), (45.0, 0.0), (120.0, 30.0), (-70.0, -20.0)])
@pytest.mark.parametrize("r", [0.6, 0.25, 0.1])
def test_rendered_ild_is_the_sphere_solution_at_the_source_distance(az, el, r):
    assert _band_ild(_render(az, el, r)) == pytest.approx(_analytic_ild(az, el, r), abs=0.5)


def test_ild_grows_as_a_lateral_source_comes_closer_and_stays_zero_in_front():
    lateral = [_band_ild(_render(90.0, 0.0, r))[1] for r in (2.0, 0.8, 0.5, 0.3, 0.2, 0.1)]
    assert np.all(np.diff(lateral) > 0.5) and lateral[-1] > 25.0
    for az, el in ((0.0, 0.0), (180.0, 20.0), (0.0, -40.0)):
        assert np.max(np.abs(_band_ild(_render(az, el, 0.15)))) < 0.05


def test_series_matches_a_direct_evaluation_and_the_plane_wave_limit():
    theta = np.radians([0.0, 40.0, 100.0, 180.0])
    f = np.array([100.0, 1000.0, 3000.0])
    r = 0.3
    mu, rho = 2 * np.pi * f * HEAD_RADIUS_M / SPEED_OF_SOUND, r / HEAD_RADIUS_M
    m = np.arange(60)[:, None]
    h = spherical_jn(m, mu * rho) + 1j * spherical_yn(m, mu * rho)
    dh = spherical_jn(m, mu, derivative=True) + 1j * spherical_yn(m, mu, derivative=True)
    legendre = np.polynomial.legendre.legvander(np.cos(theta), 59)
    direct = np.conj(-(rho / mu) * np.exp(-1j * mu * rho) * (legendre @ ((2 * m + 1) * h / dh)))
    assert np.allclose(sphere_response_at(theta, f, r), direct, rtol=1e-7, atol=1e-9)
    far = sphere_response_at(theta, f, 200.0)
    assert 20 * np.log10(np.abs(far / sphere_response(theta, f))) == pytest.approx(np.zeros((4, 3)), abs=0.05)


def test_far_sources_and_the_option_off_are_unchanged():
    for r in (1.0, 3.0):
        assert np.array_equal(_render(90.0, 0.0, r), _render(90.0, 0.0, r, near_field=False))
    near_off = _render(90.0, 0.0, 0.25, near_field=False)
    assert abs(_band_ild(near_off)[0]) < 0.5  # without the near field a close source has the far-field ILD
    parallax = _band_ild(_render(90.0, 0.0, 0.25, sphere_near_field=False))  # the model used before
    exact = _band_ild(_render(90.0, 0.0, 0.25))
    assert 3.0 < parallax[0] < exact[0] - 1.0


def test_an_approaching_source_streams_bit_identically_and_ends_with_the_near_ild():
    x = 0.05 * np.random.default_rng(1).standard_normal(SR)
    kf = [{"t": 0, "azimuth_deg": 90.0, "elevation_deg": 0.0, "distance_m": 2.0, "spread_deg": 0.0},
          {"t": 0.5, "azimuth_deg": 90.0, "elevation_deg": 0.0, "distance_m": 0.2, "spread_deg": 0.0},
          {"t": 1, "azimuth_deg": 90.0, "elevation_deg": 0.0, "distance_m": 0.2, "spread_deg": 0.0}]
    params = SpatialParams(azimuth_deg=90.0, distance_m=2.0, motion="approach", trajectory=kf)
    whole = render(x, SR, params, "binaural", on_clip="keep").audio
    blocks = list(render_stream(x, SR, params, "binaural", chunk_s=1201 / SR))
    assert np.array_equal(np.concatenate(blocks, axis=1), whole)
    tail = whole[:, int(0.6 * SR) : SR]
    assert _band_ild(tail)[1:4] == pytest.approx(_analytic_ild(90.0, 0.0, 0.2)[1:4], abs=0.7)
