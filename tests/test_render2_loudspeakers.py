"""Loudspeaker formats (5.1, 7.1.4, layout:FILE): channel order, VBAP energy vectors, layout files, errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from t2sa.errors import RenderError
from t2sa.formats import ITU_5_1, ITU_7_1_4, get_format, is_format
from t2sa.metrics import measure
from t2sa.params import SpatialParams, angular_distance_deg
from t2sa.render import RenderOptions, render, render_stream
from t2sa.render.loudspeakers import energy_vector, triangulate, unit_vectors, vbap_gains, velocity_vector

SR = 48000


def _gains(fmt: str, az: float, el: float = 0.0, **opts) -> np.ndarray:
    x = np.zeros(4)
    x[0] = 0.5
    out = render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el), fmt, options=RenderOptions(**opts)).audio
    return out[:, 0] / 0.5


def _direction(vec: np.ndarray) -> tuple[float, float]:
    return float(np.degrees(np.arctan2(vec[1], vec[0]))), float(np.degrees(np.arctan2(vec[2], np.hypot(vec[0], vec[1]))))


@pytest.mark.parametrize(
    ("fmt", "labels"),
    [
        ("5.1", "L R C LFE Ls Rs"),
        ("7.1.4", "L R C LFE Ls Rs Lrs Rrs Ltf Rtf Ltr Rtr"),
    ],
)
def test_itu_channel_order_and_a_source_at_each_speaker_plays_from_that_speaker_only(fmt, labels):
    f = get_format(fmt)
    assert f.channel_labels == tuple(labels.split()) and f.channels == len(labels.split())
    for ch, spk in enumerate(f.speakers):
        if spk.lfe:
            continue
        g = _gains(fmt, spk.azimuth_deg, spk.elevation_deg)
        want = np.zeros(f.channels)
        want[ch] = 1.0
        assert g == pytest.approx(want, abs=1e-6), spk.label


def test_itu_directions():
    assert [(s.label, s.azimuth_deg) for s in ITU_5_1 if not s.lfe] == [
        ("L", 30), ("R", -30), ("C", 0), ("Ls", 110), ("Rs", -110)
    ]
    tops = [(s.label, s.azimuth_deg, s.elevation_deg) for s in ITU_7_1_4 if s.elevation_deg > 0]
    assert tops == [("Ltf", 45, 45), ("Rtf", -45, 45), ("Ltr", 135, 45), ("Rtr", -135, 45)]


@pytest.mark.parametrize("fmt", ["5.1", "7.1.4"])
def test_energy_vector_points_at_sources_between_speakers(fmt):
    f = get_format(fmt)
    rng = np.random.default_rng(3)
    az = rng.uniform(-180, 180, 200)
    el = np.zeros(200) if fmt == "5.1" else rng.uniform(0.0, 40.0, 200)
    g = vbap_gains(triangulate(f.speakers), az, el)
    assert np.allclose(np.sum(g**2, axis=-1), 1.0)  # constant power
    assert np.all(g[:, f.channel_labels.index("LFE")] == 0.0)
    e_az, e_el = np.apply_along_axis(_direction, -1, energy_vector(g, f.speakers)).T
    assert np.max(angular_distance_deg(az, el, e_az, e_el)) < 0.5
    # and so does the energy vector of what a render actually puts out (channel energies)
    for a, e in [(60.0, 0.0), (-160.0, 0.0), (20.0, 25.0 if fmt == "7.1.4" else 0.0)]:
        x = 0.1 * np.random.default_rng(0).standard_normal(SR // 4)
        out = render(x, SR, SpatialParams(azimuth_deg=a, elevation_deg=e, distance_m=0.5), fmt).audio
        energy = np.sum(out.astype(float) ** 2, axis=-1)
        d_az, d_el = _direction(energy_vector(np.sqrt(energy), f.speakers))
        assert angular_distance_deg(a, e, d_az, d_el) < 1.0
        # 1/r level (no air absorption inside 1 m): total energy at 0.5 m is 4 times the input's
        assert energy.sum() / np.sum(x.astype(np.float32) ** 2) == pytest.approx(4.0, rel=1e-4)


def test_amplitude_law_is_classic_vbap_its_velocity_vector_points_at_the_source():
    f = get_format("5.1")
    az = np.linspace(-179, 179, 97)
    g_amp = vbap_gains(triangulate(f.speakers), az, 0 * az, "amplitude")
    v_az, _ = np.apply_along_axis(_direction, -1, velocity_vector(g_amp, f.speakers)).T
    assert np.max(np.abs(((v_az - az + 180) % 360) - 180)) < 0.5
    # the two laws differ between speakers (energy vector of classic VBAP leans to the nearer speaker)
    e_az, _ = np.apply_along_axis(_direction, -1, energy_vector(g_amp, f.speakers)).T
    assert np.max(np.abs(((e_az - az + 180) % 360) - 180)) > 5.0
    rendered = _gains("5.1", 70.0, loudspeaker_panning="amplitude")
    assert rendered == pytest.approx(vbap_gains(triangulate(f.speakers), 70.0, 0.0, "amplitude"), abs=1e-6)
    with pytest.raises(RenderError, match="loudspeaker_panning"):
        _gains("5.1", 0.0, loudspeaker_panning="vbip")


def test_gains_are_continuous_over_the_sphere():
    tri = triangulate(ITU_7_1_4)
    az = np.linspace(-180, 180, 1441)
    for el in (-60.0, -10.0, 0.0, 20.0, 44.0, 70.0, 89.0):
        g = vbap_gains(tri, az, np.full_like(az, el))
        assert np.all(np.isfinite(g)) and np.allclose(np.sum(g**2, axis=-1), 1.0)
        assert np.max(np.abs(np.diff(g, axis=0))) < 0.1  # 0.25 deg steps: no jumps at triangle edges


def test_imaginary_speakers_fill_what_a_layout_lacks():
    f51 = get_format("5.1")
    above = vbap_gains(triangulate(f51.speakers), 0.0, 90.0)
    full = [i for i, s in enumerate(f51.speakers) if not s.lfe]
    assert above[full] == pytest.approx(np.full(5, np.sqrt(1 / 5)))  # straight up: every speaker alike
    below = vbap_gains(triangulate(ITU_7_1_4), 0.0, -90.0)
    labels = get_format("7.1.4").channel_labels
    assert all(below[labels.index(t)] == 0.0 for t in ("Ltf", "Rtf", "Ltr", "Rtr"))
    assert np.sum(below**2) == pytest.approx(1.0)


def test_layout_files_json_and_csv(tmp_path):
    speakers = [
        {"label": s.label, "azimuth_deg": s.azimuth_deg, "elevation_deg": s.elevation_deg, "lfe": s.lfe}
        for s in ITU_5_1
    ]
    (tmp_path / "five.json").write_text(json.dumps({"speakers": speakers}))
    rows = ["label,azimuth_deg,elevation_deg,lfe"] + [
        f"{s['label']},{'' if s['lfe'] else s['azimuth_deg']},{'' if s['lfe'] else s['elevation_deg']},{int(s['lfe'])}"
        for s in speakers
    ]
    (tmp_path / "five.csv").write_text("\n".join(rows) + "\n")
    x = 0.1 * np.random.default_rng(1).standard_normal(SR // 5)
    params = SpatialParams(azimuth_deg=75.0, distance_m=3.0, wet=0.3, spread_deg=20.0)
    ref = render(x, SR, params, "5.1", seed=2).audio
    for name in ("five.json", "five.csv"):
        fmt = f"layout:{tmp_path / name}"
        assert is_format(fmt) and get_format(fmt).channel_labels == get_format("5.1").channel_labels
        assert get_format(fmt).slug == "layout-five"
        assert np.array_equal(render(x, SR, params, fmt, seed=2).audio, ref)
        assert np.array_equal(np.concatenate(list(render_stream(x, SR, params, fmt, seed=2, chunk_s=0.03)), 1), ref)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"speakers": [{"label": "A", "azimuth_deg": 0}]}', "at least 2 full-range"),
        ('[{"label": "A", "azimuth_deg": 0}, {"label": "A", "azimuth_deg": 90}]', "label 'A' is used twice"),
        ('[{"azimuth_deg": 0}, {"azimuth_deg": 0.5}]', "less than 1 deg apart"),
        ('[{"azimuth_deg": 0}, {"azimuth_deg": 90, "elevation_deg": 120}]', r"speaker 2 \(S2\): elevation_deg=120"),
        ('[{"azimuth_deg": 0}, {"elevation_deg": 10}]', r"speaker 2 \(S2\): azimuth_deg missing"),
        ('[{"azimuth_deg": 0}, {"azimuth_deg": 90, "gain": 2}]', "unknown field 'gain'"),
        ("[{", "not valid JSON"),
    ],
)
def test_bad_layout_files_are_refused_naming_file_speaker_and_field(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(RenderError, match=message) as info:
        render(np.zeros(100), SR, SpatialParams(), f"layout:{path}")
    assert "bad.json" in str(info.value)
    assert not is_format(f"layout:{tmp_path / 'missing.json'}")


def test_a_frontal_layout_still_pans_every_direction(tmp_path):
    (tmp_path / "lcr.csv").write_text("label,azimuth_deg\nL,30\nC,0\nR,-30\n")
    fmt = f"layout:{tmp_path / 'lcr.csv'}"
    for az in (0.0, 20.0, 90.0, 180.0, -120.0):
        g = _gains(fmt, az)
        assert np.sum(g**2) == pytest.approx(1.0, abs=1e-5)
    assert _gains(fmt, 15.0)[0] > _gains(fmt, 15.0)[2]  # left of centre: more L than R


def test_reverb_and_measure_on_a_layout():
    x = 0.1 * np.random.default_rng(4).standard_normal(SR)
    out = render(x, SR, SpatialParams(azimuth_deg=0.0, wet=1.0, rt60_s=0.5), "7.1.4").audio
    labels = get_format("7.1.4").channel_labels
    assert not np.any(out[labels.index("LFE")])
    tail = out[:, len(x) :]
    assert all(np.any(tail[i]) for i, lab in enumerate(labels) if lab != "LFE")  # every speaker gets reverb
    m = measure(out, SR, "7.1.4")
    assert np.isfinite(m["loudness_lufs"]) and np.isnan(m["itd_s"])
    # loudness of a panned source does not depend on where it is panned (energy preserving)
    a = measure(render(x, SR, SpatialParams(azimuth_deg=30.0), "5.1").audio, SR, "5.1")["loudness_lufs"]
    b = measure(render(x, SR, SpatialParams(azimuth_deg=70.0), "5.1").audio, SR, "5.1")["loudness_lufs"]
    assert a == pytest.approx(b, abs=0.05)


def test_cli_renders_named_and_file_layouts(tmp_path):
    import soundfile as sf

    from t2sa.cli.main import main

    sf.write(tmp_path / "in.wav", 0.1 * np.random.default_rng(0).standard_normal(SR // 2), SR)
    (tmp_path / "ring.json").write_text(json.dumps([{"azimuth_deg": a} for a in (0, 90, 180, -90)] + [{"lfe": True}]))
    runner = CliRunner()
    for fmt, channels in (("5.1", 6), ("7.1.4", 12), (f"layout:{tmp_path / 'ring.json'}", 5)):
        out = tmp_path / "out.wav"
        res = runner.invoke(main, ["render", str(tmp_path / "in.wav"), str(out), "--format", fmt, "--params", '{"azimuth_deg": 45}'])
        assert res.exit_code == 0, res.output
        assert sf.info(out).channels == channels
    res = runner.invoke(
        main, ["render", str(tmp_path / "in.wav"), str(tmp_path / "x.wav"), "--format", "layout:nope.json", "--params", "{}"]
    )
    assert res.exit_code == 1 and "layout file 'nope.json': file not found" in res.output
    assert not (tmp_path / "x.wav").exists()


def test_unit_vectors_convention():
    assert unit_vectors(np.array(90.0), np.array(0.0)) == pytest.approx([0, 1, 0], abs=1e-12)  # +90 = left


def test_allrad_for_dense_layouts(tmp_path):
    rings = [(0.0, 0.0, 8), (22.5, 45.0, 8), (45.0, -35.0, 4)]
    speakers = [{"azimuth_deg": off + k * 360 / n, "elevation_deg": el} for off, el, n in rings for k in range(n)]
    (tmp_path / "dome.json").write_text(json.dumps(speakers + [{"azimuth_deg": 0, "elevation_deg": 90}]))
    f = get_format(f"layout:{tmp_path / 'dome.json'}")
    tri = triangulate(f.speakers)
    rng = np.random.default_rng(5)
    az, el = rng.uniform(-180, 180, 300), rng.uniform(-20, 80, 300)
    allrad = vbap_gains(tri, az, el, "allrad")
    vbap = vbap_gains(tri, az, el, "energy")
    assert np.allclose(np.sum(allrad**2, axis=-1), 1.0)
    e_az, e_el = np.apply_along_axis(_direction, -1, energy_vector(allrad, f.speakers)).T
    err = angular_distance_deg(az, el, e_az, e_el)
    assert np.median(err) < 4.0 and np.max(err) < 12.0
    # smoother than VBAP: more speakers active (above -20 dB) for every direction
    active = lambda g: np.sum(g**2 > 0.01 * np.max(g**2, axis=-1, keepdims=True), axis=-1)  # noqa: E731
    assert np.all(active(allrad) >= active(vbap)) and np.mean(active(allrad)) > 2 * np.mean(active(vbap))
    rendered = _gains(f.name, 30.0, 10.0, loudspeaker_panning="allrad")
    assert rendered == pytest.approx(vbap_gains(tri, 30.0, 10.0, "allrad"), abs=1e-6)
