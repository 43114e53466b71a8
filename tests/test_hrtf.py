"""HRTF loading, interpolation, resampling and the built-in head model.

Measured SOFA files come from ../shared/hrtf (never copied into the repo); tests that need them are
skipped with a reason when that folder is absent.
"""

from __future__ import annotations

import os
import pickle
import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest
import sofar
from support.shared import HRTF_DIR

from t2sa.errors import HRTFError
from t2sa.render.hrtf import HRTF, builtin_hrtf, load_hrtf, load_sofa, write_sofa
from t2sa.render.hrtf_interp import fractional_delay, onset_delays, unit_vectors
from t2sa.render.sphere_head import HEAD_RADIUS_M, SPEED_OF_SOUND, sphere_response

SHARED = HRTF_DIR

# file -> (measurements, taps, sample rate)
GOOD = {
    "MIT_KEMAR_normal_pinna.sofa": (710, 512, 44100),
    "FHK_HRIR_L2354.sofa": (2354, 128, 48000),
    "LISTEN_1002_IRC_1002_C_HRIR.sofa": (187, 512, 48000),
    "Pulse.sofa": (1250, 256, 48000),
}
BAD = ["fail-issue-77.sofa", "fail-issue-130.sofa", "fail-issue-163.sofa", "wrong-convention-GeneralFIR-E.sofa"]
REAL = [f for f in GOOD if f != "Pulse.sofa"]  # sets with a head in them (ITD/ILD not zero)


def _hrtf(spec: str | None) -> HRTF:
    """A good file by name, or the built-in model for None (both cached by load_hrtf)."""
    return load_hrtf(None if spec is None else SHARED / spec)


def _itd_ms(irs: np.ndarray, sample_rate: int) -> np.ndarray:
    """ITD (right onset - left onset) of (k, 2, taps) IRs; positive = left ear first."""
    d = onset_delays(irs, sample_rate)
    return (d[:, 1] - d[:, 0]) / sample_rate * 1e3


def _xcorr_itd_ms(ir: np.ndarray, sample_rate: int, up: int = 16) -> float:
    """ITD from the peak of the interaural cross-correlation (upsampled): independent of onset thresholds."""
    n = 4 * ir.shape[-1]
    spec = np.fft.rfft(ir, n, axis=-1)
    xc = np.fft.irfft(spec[1] * np.conj(spec[0]), n * up)
    lag = int(np.argmax(xc))
    lag = lag - n * up if lag > n * up // 2 else lag
    return lag / up / sample_rate * 1e3


def _band_level_db(ir: np.ndarray, sample_rate: int, f_lo: float, f_hi: float) -> np.ndarray:
    spec = np.abs(np.fft.rfft(ir, 8192, axis=-1)) ** 2
    f = np.fft.rfftfreq(8192, 1.0 / sample_rate)
    band = (f >= f_lo) & (f < f_hi)
    return 10 * np.log10(spec[..., band].mean(axis=-1))


def _smoothed_power(x: np.ndarray, freqs: np.ndarray, n_fft: int, frac: int = 6) -> np.ndarray:
    """1/frac-octave smoothed power spectrum (so measurement noise does not count as a notch)."""
    p = np.abs(np.fft.rfft(x, n_fft, axis=-1)) ** 2
    c = np.concatenate([np.zeros(p.shape[:-1] + (1,)), np.cumsum(p, axis=-1)], axis=-1)
    lo = np.searchsorted(freqs, freqs * 2 ** (-1 / (2 * frac)))
    hi = np.maximum(np.searchsorted(freqs, freqs * 2 ** (1 / (2 * frac)), side="right"), lo + 1)
    return (c[..., hi] - c[..., lo]) / (hi - lo)


def _edge_midpoints(h: HRTF, n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Midpoints of random edges of measured triangles: the hardest spots for interpolation."""
    g = h.grid
    facets = g.simplices[g.valid]
    rng = np.random.default_rng(seed)
    f = rng.choice(len(facets), n)
    e = rng.integers(0, 3, n)
    m = g.points[facets[f, e]] + g.points[facets[f, (e + 1) % 3]]
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    return np.degrees(np.arctan2(m[:, 1], m[:, 0])), np.degrees(np.arcsin(np.clip(m[:, 2], -1, 1)))


def _write_raw_sofa(path: Path, irs: np.ndarray, positions: np.ndarray | None = None, **attrs) -> Path:
    """A SimpleFreeFieldHRIR file written with sofar directly (not with our writer)."""
    s = sofar.Sofa("SimpleFreeFieldHRIR")
    m, r, _ = irs.shape
    s.Data_IR = irs
    s.Data_SamplingRate = 48000.0
    if positions is None:
        positions = np.c_[np.linspace(-180, 180, m, endpoint=False), np.zeros(m), np.ones(m)]
    s.SourcePosition = positions
    s.ReceiverPosition = np.zeros((r, 3, 1))
    s.Data_Delay = np.zeros((1, r))
    for key, value in attrs.items():
        setattr(s, key, value)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sofar.write_sofa(str(path), s)
    return path


# ---- loading -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", list(GOOD))
def test_good_files_load_with_their_sizes_and_rates(name):
    m, taps, rate = GOOD[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no sofar chatter, no ear-order warning for correct files
        h = load_sofa(SHARED / name)
    assert h.irs.shape == (m, 2, taps)
    assert h.directions.shape == (m, 2)
    assert h.sample_rate == rate
    assert h.name == Path(name).stem
    assert np.all(np.abs(h.directions[:, 1]) <= 90) and np.all(np.abs(h.directions[:, 0]) <= 180)
    assert h.measurement_distance_m > 0
    assert not h.irs.flags.writeable  # shared through caches: must not be mutable


@pytest.mark.parametrize("name", BAD)
def test_bad_files_raise_hrtf_error_naming_the_file(name):
    with pytest.raises(HRTFError, match=name.replace(".", r"\.")):
        load_sofa(SHARED / "bad" / name)
    with pytest.raises(HRTFError, match=name.replace(".", r"\.")):
        load_hrtf(SHARED / "bad" / name)


def test_wrong_convention_and_missing_files_say_why(tmp_path):
    with pytest.raises(HRTFError, match="not found"):
        load_hrtf(tmp_path / "nope.sofa")
    with pytest.raises(HRTFError, match="not a regular file"):
        load_sofa(tmp_path)
    junk = tmp_path / "junk.sofa"
    junk.write_bytes(b"not a netcdf file at all")
    with pytest.raises(HRTFError, match="junk.sofa.*cannot be read"):
        load_sofa(junk)


@pytest.mark.parametrize(
    "case, pattern",
    [("nan", "NaN"), ("zero", "all-zero"), ("receivers", "3 receivers")],
)
def test_bad_data_is_refused(tmp_path, case, pattern):
    rng = np.random.default_rng(1)
    irs = rng.normal(size=(6, 2, 32))
    if case == "nan":
        irs[2, 1, 5] = np.nan
    elif case == "zero":
        irs[4, 0] = 0.0
    else:
        irs = rng.normal(size=(6, 3, 32))
    path = _write_raw_sofa(tmp_path / f"{case}.sofa", irs)
    with pytest.raises(HRTFError, match=rf"{case}\.sofa.*{pattern}"):
        load_sofa(path)


@pytest.mark.filterwarnings("ignore:.*ears look swapped")  # random IRs have no consistent ILD
def test_cartesian_positions_delay_field_and_odd_file_names(tmp_path):
    rng = np.random.default_rng(2)
    irs = rng.normal(size=(5, 2, 64))
    az = np.array([0.0, 90.0, -90.0, 180.0, 45.0])
    el = np.array([0.0, 0.0, 30.0, -20.0, 60.0])
    xyz = unit_vectors(az, el) * 2.0
    path = _write_raw_sofa(
        tmp_path / "cart.sofa", irs, xyz, SourcePosition_Type="cartesian", SourcePosition_Units="metre", Data_Delay=np.array([[3.0, 5.5]])
    )
    h = load_sofa(path)
    assert np.allclose(h.directions, np.c_[np.mod(az + 180, 360) - 180, el], atol=1e-9)
    assert h.measurement_distance_m == pytest.approx(2.0)
    # Data.Delay is folded into the IRs (3 samples left ear, 5.5 right ear)
    assert np.allclose(h.irs[:, 0, 3:67], irs[:, 0], atol=1e-12)
    assert np.allclose(h.irs[:, 1], fractional_delay(irs[:, 1], 5.5, h.taps), atol=1e-12)
    # sofar insists on a '.sofa' suffix; other names still load
    other = tmp_path / "cart.hrir"
    shutil.copy(path, other)
    assert load_sofa(other).irs.shape == h.irs.shape


def test_swapped_ears_are_warned_about(tmp_path):
    h = builtin_hrtf()
    swapped = HRTF("swapped", h.sample_rate, h.directions, h.irs[:, ::-1], 1.0)
    write_sofa(swapped, tmp_path / "swapped.sofa")
    with pytest.warns(UserWarning, match="ears look swapped"):
        load_sofa(tmp_path / "swapped.sofa")


def test_hrtf_validates_its_arrays():
    with pytest.raises(HRTFError, match="directions"):
        HRTF("x", 48000, np.zeros((3, 3)), np.zeros((3, 2, 8)))
    with pytest.raises(HRTFError, match="irs"):
        HRTF("x", 48000, np.zeros((3, 2)), np.zeros((3, 1, 8)))
    with pytest.raises(HRTFError, match="no measurements"):
        HRTF("x", 48000, np.zeros((0, 2)), np.zeros((0, 2, 8)))
    with pytest.raises(HRTFError, match="sample_rate"):
        HRTF("x", 44100.5, np.zeros((1, 2)), np.ones((1, 2, 8)))
    with pytest.raises(HRTFError, match="NaN"):
        builtin_hrtf().filters([0.0, np.nan], 0.0)


# ---- interpolation ---------------------------------------------------------------------------
@pytest.mark.parametrize("spec", [*([pytest.param(f) for f in GOOD]), None])
def test_measured_directions_are_reproduced(spec):
    h = _hrtf(spec)
    # skip duplicate directions (several azimuths at a pole): they cannot all be reproduced
    _, first = np.unique(np.round(unit_vectors(h.directions[:, 0], h.directions[:, 1]), 9), axis=0, return_index=True)
    idx = np.sort(first)[::5]
    out = h.filters(h.directions[idx, 0], h.directions[idx, 1])
    assert out.shape == (len(idx), 2, h.taps)
    scale = np.abs(h.irs).max()
    assert np.abs(out - h.irs[idx]).max() < 1e-9 * scale


@pytest.mark.parametrize("name", REAL)
def test_left_source_reaches_left_ear_first_and_louder(name):
    h = _hrtf(name)
    out = h.filters([90.0, -90.0], [0.0, 0.0])
    itd = _itd_ms(out, h.sample_rate)
    ild = 10 * np.log10((out[:, 0] ** 2).sum(-1) / (out[:, 1] ** 2).sum(-1))
    assert itd[0] > 0.4 and itd[1] < -0.4  # left source: left ear > 0.4 ms earlier
    assert ild[0] > 6 and ild[1] < -6  # and more than 6 dB louder


def test_pulse_has_no_itd_or_ild_anywhere():
    h = _hrtf("Pulse.sofa")
    rng = np.random.default_rng(3)
    az, el = rng.uniform(-180, 180, 300), rng.uniform(-90, 90, 300)
    out = h.filters(az, el)
    assert np.allclose(out[:, 0], out[:, 1], atol=1e-12)
    # and the interpolated pulse is still the pulse at sample 100 (no smearing between equal IRs)
    assert np.allclose(out, h.irs[0][None], atol=1e-9)


@pytest.mark.parametrize("spec", [*([pytest.param(f) for f in REAL]), None])
def test_interpolated_itd_lies_between_the_neighbours(spec):
    h = _hrtf(spec)
    az, el = _edge_midpoints(h, 150)
    idx, w = h.grid.locate(unit_vectors(az, el))
    nb_itd = (h.delays[:, 1] - h.delays[:, 0])[idx]  # samples, (k, 3)
    nb = np.where(w > 1e-6, nb_itd, np.nan)
    lo, hi = np.nanmin(nb, axis=1), np.nanmax(nb, axis=1)
    # the delays put back are the barycentric mix of the neighbours' (exactly between them) ...
    _, delays = h.aligned_filters(az, el)
    applied = delays[:, 1] - delays[:, 0]
    assert np.all((applied >= lo - 1e-9) & (applied <= hi + 1e-9))
    # ... and the output really has that ITD: re-measured on the filters, within a sample of the
    # neighbours' range (the onset of a mixed waveform is itself a little uncertain), and on
    # average on the barycentric value
    itd = _itd_ms(h.filters(az, el), h.sample_rate) * h.sample_rate / 1e3
    assert np.all((itd >= lo - 1.0) & (itd <= hi + 1.0))
    assert np.median(np.abs(itd - applied)) < 0.15


@pytest.mark.parametrize("spec", [*([pytest.param(f) for f in REAL]), None])
def test_interpolation_makes_no_notches_the_neighbours_lack(spec):
    """Comb-filter check: between grid points the (1/6-octave smoothed) magnitude may not dip far below
    every neighbour. A plain sample-by-sample mix of the same neighbours fails this badly, which shows
    the check can fail."""
    h = _hrtf(spec)
    az, el = _edge_midpoints(h, 200, seed=1)
    idx, w = h.grid.locate(unit_vectors(az, el))
    n_fft = 4096
    freqs = np.fft.rfftfreq(n_fft, 1.0 / h.sample_rate)
    band = (freqs >= 200) & (freqs <= min(16000, 0.9 * h.sample_rate / 2))
    neighbours = _smoothed_power(h.irs[idx], freqs, n_fft)
    floor_db = 10 * np.log10(np.where((w > 0.05)[:, :, None, None], neighbours, np.inf).min(axis=1))

    def worst_dip(irs):
        return (floor_db - 10 * np.log10(_smoothed_power(irs, freqs, n_fft)))[..., band].max(axis=-1)

    ours = worst_dip(h.filters(az, el))
    naive = worst_dip(np.einsum("kt,ktrn->krn", w, h.irs[idx]))
    assert ours.max() < 8.0, f"interpolated notch {ours.max():.1f} dB below both neighbours"
    assert np.percentile(ours, 95) < 2.0
    assert naive.max() > 15.0  # the unaligned mix does comb-filter here


def test_directions_below_a_partial_sphere_clamp_to_the_lowest_ring():
    h = _hrtf("MIT_KEMAR_normal_pinna.sofa")  # measured from -40 degrees up
    below = h.filters([30.0, 30.0, 30.0], [-50.0, -70.0, -89.0])
    ring = h.filters(30.0, -40.0)
    assert np.all(np.isfinite(below))
    assert np.abs(below - ring).max() < 0.05 * np.abs(ring).max()
    # continuous across the edge of the measured region
    steps = np.linalg.norm(np.diff(h.filters(np.full(41, 30.0), np.linspace(-35, -45, 41)), axis=0), axis=(1, 2))
    assert steps.max() < 0.05 * np.linalg.norm(ring)


def test_aligned_filters_plus_delays_equal_filters():
    h = builtin_hrtf()
    rng = np.random.default_rng(4)
    az, el = rng.uniform(-180, 180, 20), rng.uniform(-90, 90, 20)
    aligned, delays = h.aligned_filters(az, el)
    assert np.all(delays >= 0)
    rebuilt = fractional_delay(aligned, delays, h.taps)
    assert np.abs(rebuilt - h.filters(az, el)).max() < 1e-3 * np.abs(h.irs).max()


def test_nearest_and_broadcasting():
    h = builtin_hrtf()
    i = h.nearest([0.0, 91.0, -179.0], [0.0, 1.0, 89.0])
    assert np.allclose(h.directions[i[0]], [0, 0]) and np.allclose(h.directions[i[1]], [90, 0])
    assert h.directions[i[2], 1] == 90.0
    assert h.filters(45.0, 0.0).shape == (1, 2, h.taps)
    assert h.filters(np.zeros((3, 4)), 10.0).shape == (12, 2, h.taps)


def test_ring_only_and_tiny_sets_interpolate_sensibly():
    # horizontal-plane set: unit pulses whose left-ear delay follows azimuth
    az = np.arange(0.0, 360.0, 45.0)
    irs = np.zeros((8, 2, 64))
    for i in range(len(az)):
        irs[i, 0, 10 + i] = 1.0
        irs[i, 1, 20] = 1.0
    h = HRTF("ring", 48000, np.c_[az, np.zeros(8)], irs)
    assert h.grid.mode == "ring"
    d = onset_delays(h.filters([22.5, 22.5], [0.0, 60.0]), 48000)
    assert np.allclose(d[:, 0] - d[:, 1], (h.delays[0, 0] + h.delays[1, 0]) / 2 - h.delays[0, 1], atol=0.05)
    tiny = HRTF("tiny", 48000, [[0.0, 0.0], [90.0, 10.0]], irs[:2])
    assert tiny.grid.mode == "nearest"
    assert np.allclose(tiny.filters(80.0, 0.0)[0], irs[1])


def test_pickling_ships_only_the_data_and_renders_identically():
    for h in (builtin_hrtf(), builtin_hrtf().at_rate(16000)):
        h.filters(10.0, 10.0)  # populate the derived-data cache
        clone = pickle.loads(pickle.dumps(h))
        assert len(pickle.dumps(h)) < h.irs.nbytes * 1.1
        # bit-identical in another process (a resampled HRTF keeps its source's onsets)
        assert np.array_equal(clone.filters(33.0, -12.0), h.filters(33.0, -12.0))


# ---- built-in head model -----------------------------------------------------------------------
def test_rigid_sphere_solution_has_the_textbook_limits():
    theta = np.deg2rad([0.0, 60.0, 120.0, 180.0])
    low = sphere_response(theta, np.array([40.0]))[:, 0]
    # ~unit gain at low frequency, with Kuhn's low-frequency delay -1.5 (a/c) cos(theta)
    assert np.allclose(np.abs(low), 1.0, atol=0.01)
    delay = -np.angle(low) / (2 * np.pi * 40.0)
    assert np.allclose(delay, -1.5 * HEAD_RADIUS_M / SPEED_OF_SOUND * np.cos(theta), atol=2e-6)
    # pressure doubling (+6 dB) facing the source at high frequency, deep shadow behind the ear
    high = sphere_response(np.deg2rad([0.0, 150.0]), np.array([16000.0]))[:, 0]
    assert 20 * np.log10(abs(high[0])) == pytest.approx(6.0, abs=0.3)
    assert 20 * np.log10(abs(high[1])) < -6.0


def test_builtin_itd_at_the_side_is_a_human_head():
    h = builtin_hrtf()
    out = h.filters(90.0, 0.0)
    assert 0.6 <= _itd_ms(out, h.sample_rate)[0] <= 0.75
    assert 0.6 <= _xcorr_itd_ms(out[0], h.sample_rate) <= 0.8  # low-frequency weighted: Kuhn's 1.5 a/c is 0.77 ms
    # ITD grows monotonically from the front to the side
    # ITD grows from the front towards the side (it flattens near 90: the ears sit 10 degrees back)
    itd = _itd_ms(h.filters(np.arange(0.0, 76.0, 15.0), 0.0), h.sample_rate)
    assert abs(itd[0]) < 0.02 and np.all(np.diff(itd) > 0.05)


def test_builtin_ild_grows_with_frequency():
    h = builtin_hrtf()
    out = h.filters(90.0, 0.0)[0]
    bands = [(100, 300), (400, 700), (900, 1400), (1800, 2800), (3500, 5500), (7000, 11000)]
    ild = np.array([_band_level_db(out[0], h.sample_rate, lo, hi) - _band_level_db(out[1], h.sample_rate, lo, hi) for lo, hi in bands])
    assert abs(ild[0]) < 1.5  # ~0 dB at low frequency
    assert np.all(np.diff(ild) > 0)  # grows band by band
    assert 10.0 < ild[-1] < 25.0  # 10-25 dB at high frequency


def test_builtin_is_left_right_symmetric_and_has_elevation_cues():
    h = builtin_hrtf()
    rng = np.random.default_rng(5)
    az, el = rng.uniform(-180, 180, 50), rng.uniform(-90, 90, 50)
    assert np.abs(h.filters(az, el) - h.filters(-az, el)[:, ::-1]).max() < 1e-9
    # same lateral angle, different elevation / front-back: spectra must differ (not a bare sphere)
    level = [_band_level_db(h.filters(a, e)[0, 0], h.sample_rate, 4000, 12000) for a, e in [(30, 0), (30, 45), (150, 0)]]
    assert abs(level[0] - level[1]) > 1.0 and abs(level[0] - level[2]) > 1.0


def test_builtin_is_deterministic_and_made_at_each_rate():
    a = builtin_hrtf(44100)
    assert a is builtin_hrtf(44100) and a.sample_rate == 44100
    assert a.taps == round(256 * 44100 / 48000)
    from t2sa.render.sphere_head import head_model_irs

    _, again = head_model_irs(44100)
    assert np.array_equal(again, a.irs)


def test_write_sofa_round_trip_and_verify(tmp_path):
    h = builtin_hrtf()
    path = tmp_path / "builtin.sofa"
    write_sofa(h, path)
    assert not list(tmp_path.glob(".*tmp*"))  # atomic write leaves no temporary
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = sofar.read_sofa(str(path), verbose=False)
    s.verify(issue_handling="raise")  # a valid SOFA file for any SOFA tool
    assert s.GLOBAL_SOFAConventions == "SimpleFreeFieldHRIR"
    back = load_sofa(path)
    assert back.sample_rate == h.sample_rate
    assert np.array_equal(back.irs, h.irs)
    assert np.allclose(back.directions, h.directions, atol=1e-9)
    assert back.measurement_distance_m == h.measurement_distance_m


# ---- resampling and loading API ------------------------------------------------------------------
def test_resampling_keeps_itd_and_level():
    h = _hrtf("MIT_KEMAR_normal_pinna.sofa")
    h48 = h.at_rate(48000)
    assert h48 is h.at_rate(48000) and h48 is load_hrtf(SHARED / "MIT_KEMAR_normal_pinna.sofa", 48000)
    assert h48.sample_rate == 48000 and h48.taps == int(np.ceil(512 * 48000 / 44100))
    # onsets re-measured on the resampled data, not taken from the cache
    itd_before = _itd_ms(h.irs, 44100)
    itd_after = _itd_ms(h48.irs, 48000)
    assert np.abs(itd_after - itd_before).max() < 1e3 / 48000  # within one sample
    # the filters' frequency response is unchanged (not just the waveform)
    assert np.allclose(_band_level_db(h48.irs, 48000, 800, 1200), _band_level_db(h.irs, 44100, 800, 1200), atol=0.2)
    assert np.abs(h48.filters(90.0, 0.0) - h48.irs[h48.nearest(90.0, 0.0)]).max() < 1e-9


def test_load_hrtf_specs_and_cache(tmp_path):
    assert load_hrtf() is builtin_hrtf(48000)
    assert load_hrtf("default") is load_hrtf("BUILTIN") is builtin_hrtf(48000)
    assert load_hrtf(None, 44100) is builtin_hrtf(44100)
    h = builtin_hrtf()
    assert load_hrtf(h) is h
    with pytest.raises(HRTFError, match="sample_rate"):
        load_hrtf(None, 0)
    with pytest.raises(HRTFError, match="spec"):
        load_hrtf(3.5)
    path = tmp_path / "model.sofa"
    write_sofa(h.at_rate(16000), path)
    first = load_hrtf(str(path))
    assert load_hrtf(path) is first  # parsed once
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert load_hrtf(path) is not first  # a changed file is read again


def test_one_direction_queries_are_kept_and_handed_out_as_copies():
    """A batch row's render and its expected-ITD reference both ask for the HRIR pair at the row's direction:
    the second query is served from the HRTF's small cache, with the same bits as a fresh HRTF computes, and
    what a caller does to its array never reaches the next caller."""
    h = builtin_hrtf(48000)
    first = h.filters(np.array([-123.456]), np.array([12.3]))
    first[:] = 0.0  # a caller scribbling on its result
    again = h.filters(np.array([-123.456]), np.array([12.3]))
    fresh = builtin_hrtf(48000)
    fresh_one = HRTF(fresh.name, fresh.sample_rate, fresh.directions, fresh.irs, fresh.measurement_distance_m)
    assert np.any(again)
    assert np.array_equal(again, fresh_one.filters(np.array([-123.456]), np.array([12.3])))
    # -0.0 and 0.0, a scalar and a one-element array: keyed by their exact bits and shapes
    assert h.filters(0.0, 0.0).shape == h.filters(np.array([0.0]), np.array([0.0])).shape == (1, 2, h.taps)
    assert np.array_equal(h.filters(-0.0, 0.0), fresh_one.filters(-0.0, 0.0))
    # many directions at once are not cached and agree with one at a time
    many = h.filters(np.array([10.0, -123.456]), np.array([0.0, 12.3]))
    assert np.allclose(many[1], again[0], atol=1e-12)
