"""Late reverb: Schroeder decay matches rt60_s, documented wet/drr mapping, decorrelation, determinism."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.signal import butter, sosfiltfilt

from t2sa.metrics import iacc, schroeder_rt60
from t2sa.params import SpatialParams
from t2sa.render import RenderOptions, render
from t2sa.render.room import reverb_irs

SR = 48000


def _impulse(n: int = 16) -> np.ndarray:
    x = np.zeros(n)
    x[0] = 1.0
    return x


def _band(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return sosfiltfilt(butter(4, [lo, hi], "bandpass", fs=SR, output="sos"), x, axis=-1)


@pytest.mark.parametrize("rt60", [0.3, 1.0, 2.0])
def test_schroeder_decay_matches_rt60_through_the_renderer(rt60):
    params = SpatialParams(azimuth_deg=30.0, wet=1.0, drr_db=-10.0, rt60_s=rt60)
    # frequency-independent decay: broadband T30
    flat = render(_impulse(), SR, params, "foa", options=RenderOptions(reverb_hf_damping=1.0), on_clip="keep").audio
    assert schroeder_rt60(flat[0, 1:], SR) == pytest.approx(rt60, rel=0.10)
    # default HF damping: rt60_s holds at mid frequencies, high frequencies decay faster
    damped = render(_impulse(), SR, params, "binaural", on_clip="keep").audio
    mid = schroeder_rt60(_band(damped[0], 350.0, 1000.0), SR)
    assert mid == pytest.approx(rt60, rel=0.10)
    high = schroeder_rt60(_band(damped[0], 8000.0, 16000.0), SR)
    assert high < 0.7 * rt60


def test_wet_zero_leaves_no_tail():
    x = _impulse()
    for fmt, tail in (("foa", 0), ("stereo", 0), ("binaural", None)):
        dry = render(x, SR, SpatialParams(azimuth_deg=20.0, wet=0.0, rt60_s=2.0), fmt).audio
        ref = render(x, SR, SpatialParams(azimuth_deg=20.0), fmt).audio
        assert np.array_equal(dry, ref)
        if tail is not None:
            assert dry.shape[-1] == len(x) + tail
            assert not np.any(dry[:, 1:])
    wet = render(x, SR, SpatialParams(azimuth_deg=20.0, wet=0.5, rt60_s=0.5), "foa").audio
    assert wet.shape[-1] > int(0.5 * SR) and np.any(wet[:, SR // 10 :])


@pytest.mark.parametrize(("fmt", "drr_db", "wet"), [("foa", 6.0, 1.0), ("stereo", 0.0, 1.0), ("hoa2", 10.0, 0.5)])
def test_direct_to_reverberant_ratio_follows_the_documented_mapping(fmt, drr_db, wet):
    out = render(_impulse(1), SR, SpatialParams(azimuth_deg=0.0, wet=wet, drr_db=drr_db, rt60_s=0.8), fmt, on_clip="keep").audio
    ref = 0 if fmt != "stereo" else None
    direct = out[:, 0]
    tail = out[:, 1:]
    if ref == 0:  # Ambisonics: W channel, direct W = 1 at 1 m
        ratio = 10 * np.log10(direct[0] ** 2 / np.sum(tail[0] ** 2))
    else:  # stereo: summed over both channels
        ratio = 10 * np.log10(np.sum(direct**2) / np.sum(tail**2))
    expected = drr_db - 20 * np.log10(wet)
    assert ratio == pytest.approx(expected, abs=0.05)
    # the tail does not depend on distance: the ratio falls 6 dB per doubling
    far = render(_impulse(1), SR, SpatialParams(distance_m=2.0, wet=wet, drr_db=drr_db, rt60_s=0.8), fmt, on_clip="keep").audio
    assert np.allclose(far[:, 1 + 128 :], tail[:, 128:], atol=1e-7)


def test_diffuse_ambisonic_tail_has_sn3d_order_levels_and_is_decorrelated():
    out = render(_impulse(1), SR, SpatialParams(wet=1.0, rt60_s=0.5), "hoa3", on_clip="keep").audio[:, 1:]
    energy = np.sum(out**2, axis=-1)
    order = np.floor(np.sqrt(np.arange(16)))
    assert energy / energy[0] == pytest.approx(1 / (2 * order + 1), rel=1e-4)
    # independent noise: correlations only at the level of chance for this many effective samples
    w2 = out[0] ** 2
    n_eff = np.sum(w2) ** 2 / np.sum(w2**2)
    corr = np.corrcoef(out)
    assert np.max(np.abs(corr - np.eye(16))) < 5.0 / np.sqrt(n_eff)


def test_binaural_tail_is_decorrelated_with_diffuse_field_coherence():
    irs = reverb_irs(2, 1.0, SR, seed=3, binaural_coherence=True)
    assert iacc(irs, SR) < 0.3
    low = _band(irs, 100.0, 300.0)
    assert iacc(low, SR) > 0.8  # low frequencies stay coherent between the ears, as in a real room
    independent = reverb_irs(2, 1.0, SR, seed=3, binaural_coherence=False)
    assert iacc(_band(independent, 100.0, 300.0), SR) < 0.5


def test_reverb_is_seeded():
    x = 0.1 * np.random.default_rng(0).standard_normal(SR // 4)
    p = SpatialParams(wet=0.7, rt60_s=0.6)
    a = render(x, SR, p, "binaural", seed=5).audio
    b = render(x, SR, p, "binaural", seed=5).audio
    c = render(x, SR, p, "binaural", seed=6).audio
    assert np.array_equal(a, b)
    assert not np.allclose(a, c)
    assert reverb_irs(1, 0.5, SR, seed=1) == pytest.approx(reverb_irs(1, 0.5, SR, seed=1))


def test_early_reflections_arrive_from_the_image_sources():
    from t2sa.metrics import ambisonic_direction
    from t2sa.render.room import early_reflections

    params = SpatialParams(azimuth_deg=30.0, distance_m=2.0, wet=1.0, drr_db=40.0, rt60_s=0.5)
    out = render(_impulse(1), SR, params, "foa", on_clip="keep", options=RenderOptions(early_reflections=True)).audio
    plain = render(_impulse(1), SR, params, "foa", on_clip="keep").audio
    assert out.shape == plain.shape  # the late tail outlasts the reflections
    er = out - plain
    images = early_reflections(params)
    assert len(images) == 6
    starts = [int(round(img.delay_s * SR)) for img in images]
    checked = 0
    for img, start in zip(images, starts, strict=True):
        if sorted(abs(start - s) for s in starts)[1] < 4:
            continue  # two images arrive together: their sum is not one image's
        checked += 1
        win = er[:, start : start + 3]  # the image's impulse (minimum-phase air filter: front-loaded)
        assert np.sum(win[0]) == pytest.approx(img.gain / img.params.distance_m, rel=0.02)
        az, el = ambisonic_direction(win)
        assert np.hypot(az - img.params.azimuth_deg, el - img.params.elevation_deg) < 1.0
    assert checked >= 4
    # the floor reflection comes from below, the ceiling's from above, the back wall's from behind
    els = sorted(img.params.elevation_deg for img in images)
    assert els[0] < -20 and els[-1] > 20
    assert any(abs(img.params.azimuth_deg) > 150 for img in images)
    # none without a room
    dry = SpatialParams(azimuth_deg=30.0, distance_m=2.0, wet=0.0)
    opts = RenderOptions(early_reflections=True)
    assert np.array_equal(render(_impulse(1), SR, dry, "foa", options=opts).audio, render(_impulse(1), SR, dry, "foa").audio)
