"""Rendering scenes: one shared tail equals the sum of the events rendered alone, block-wise = whole,
deterministic, bounded memory, a diffuse background at its stated level, clipping never silent."""

from __future__ import annotations

import tracemalloc
from dataclasses import replace

import numpy as np
import pytest
import soundfile as sf

from t2sa.errors import RenderError
from t2sa.metrics import ambisonic_vector_length, iacc
from t2sa.params import SpatialParams
from t2sa.render import render
from t2sa.scene.mix import ScenePlan, fitted_sound, onset_sample, render_scene, render_scene_to_file
from t2sa.scene.model import Background, Event, Room, Scene

SR = 16000


def _moving(a0: float, a1: float, el: float = 0.0, dist: float = 1.5) -> SpatialParams:
    keys = [{"t": 0, "azimuth_deg": a0, "elevation_deg": el, "distance_m": dist, "spread_deg": 0},
            {"t": 1, "azimuth_deg": a1, "elevation_deg": el, "distance_m": dist, "spread_deg": 0}]
    return SpatialParams(azimuth_deg=a0, elevation_deg=el, distance_m=dist, motion="path", trajectory=keys)


def _scene(**kw) -> Scene:
    events = (
        Event("synth:bell?seed=1&duration=1.5", SpatialParams(azimuth_deg=60, distance_m=2.0, gain_db=-2), onset_s=0.3,
              label="bell"),
        Event("synth:chirp?seed=2&duration=2.0", _moving(-90, 30, el=20), onset_s=0.8, gain_db=-4, label="chirp"),
        Event("synth:noise_burst?seed=3&duration=1.0", SpatialParams(azimuth_deg=170, elevation_deg=-30),
              onset_s=2.2, label="noise"),
    )
    base = dict(duration_s=4.0, events=events, room=Room(rt60_s=0.9, drr_db=2.0, wet=0.8), sample_rate=SR, seed=11)
    return Scene(**{**base, **kw})


@pytest.mark.parametrize("fmt", ["foa", "binaural", "stereo"])
def test_one_shared_tail_equals_the_events_rendered_alone_and_added(fmt):
    scene = _scene()
    mixed = render_scene(scene, fmt, on_clip="keep").audio
    total = np.zeros_like(mixed)
    for i, ev in enumerate(scene.events):
        room = {"wet": scene.room.wet, "drr_db": scene.room.drr_db, "rt60_s": scene.room.rt60_s,
                "gain_db": ev.params.gain_db + ev.gain_db}
        alone = render(fitted_sound(scene, i), SR, ev.params.with_overrides(**room), fmt, seed=scene.room_seed,
                       on_clip="keep").audio
        a = onset_sample(scene, i)
        n = min(alone.shape[1], total.shape[1] - a)
        total[:, a:a + n] += alone[:, :n]
    assert mixed.shape == (total.shape[0], 4 * SR)
    assert np.max(np.abs(mixed - total)) < 1e-5 * np.max(np.abs(total))
    # and the tail is there: after the last event the output is not silent
    assert np.sqrt(np.mean(mixed[:, int(3.4 * SR):] ** 2)) > 1e-4


def test_block_size_does_not_change_a_sample_and_the_file_matches(tmp_path):
    scene = _scene(background=Background(-40.0, "pink"))
    whole = render_scene(scene, "foa", chunk_s=10.0).audio
    small = render_scene(scene, "foa", chunk_s=0.37).audio
    np.testing.assert_array_equal(whole, small)
    out = render_scene_to_file(scene, tmp_path / "a.wav", "foa", subtype="FLOAT", chunk_s=0.5)
    data, sr = sf.read(tmp_path / "a.wav", dtype="float32", always_2d=True)
    assert sr == SR and out.n_samples == 4 * SR
    np.testing.assert_array_equal(data.T, whole)


def test_same_scene_same_bytes_another_seed_other_bytes(tmp_path):
    scene = _scene(background=Background(-40.0, "white"))
    render_scene_to_file(scene, tmp_path / "a.wav", "foa")
    render_scene_to_file(scene, tmp_path / "b.wav", "foa")
    render_scene_to_file(replace(scene, seed=12), tmp_path / "c.wav", "foa")
    a, b, c = ((tmp_path / f"{n}.wav").read_bytes() for n in "abc")
    assert a == b and a != c


def test_events_and_tails_stop_at_the_scene_end():
    scene = Scene(1.0, (Event("synth:noise_burst?seed=1&duration=3.0", SpatialParams(), onset_s=0.5, label="n"),),
                  room=Room(1.5, 0.0, 1.0), sample_rate=SR)
    audio = render_scene(scene, "foa").audio
    assert audio.shape == (4, SR)
    assert np.max(np.abs(audio[:, : int(0.5 * SR)])) < 1e-6  # nothing before the onset (FFT rounding only)
    assert np.any(audio[:, int(0.5 * SR)] != 0.0)


@pytest.mark.parametrize(("fmt", "noise"), [("foa", "white"), ("foa", "pink"), ("hoa2", "brown"),
                                            ("binaural", "white"), ("stereo", "pink")])
def test_background_is_diffuse_at_its_stated_level(fmt, noise):
    scene = Scene(6.0, (), background=Background(-30.0, noise), sample_rate=SR, seed=3)
    audio = render_scene(scene, fmt).audio
    level = 10 * np.log10(np.mean(audio[0].astype(float) ** 2))
    assert abs(level + 30.0) < 1.0
    if audio.shape[0] >= 4:
        assert ambisonic_vector_length(audio) < 0.1  # no direction: a point source gives 1
        order1 = 10 * np.log10(np.mean(audio[1:4].astype(float) ** 2, axis=1))
        assert np.all(np.abs(order1 - (level - 10 * np.log10(3))) < 1.0)  # SN3D diffuse field: 1/3 per channel
    elif fmt == "binaural":
        assert iacc(audio, SR) < 0.3
    else:
        assert abs(np.corrcoef(audio[0], audio[1])[0, 1]) < 0.1


def test_a_background_sound_file_is_looped_and_scaled(tmp_path):
    rain = 0.3 * np.random.default_rng(0).standard_normal(SR // 2)
    sf.write(tmp_path / "rain.wav", rain, SR)
    scene = Scene(5.0, (), background=Background(-35.0, sound=str(tmp_path / "rain.wav")), sample_rate=SR)
    audio = render_scene(scene, "foa").audio
    assert abs(10 * np.log10(np.mean(audio[0].astype(float) ** 2)) + 35.0) < 1.0
    assert ambisonic_vector_length(audio) < 0.15


def test_clipping_is_never_silent(tmp_path):
    loud = Scene(1.0, (Event("synth:noise_burst?seed=1&duration=0.8", SpatialParams(gain_db=20.0), label="n"),),
                 sample_rate=SR)
    rendered = render_scene(loud, "foa")
    assert rendered.gain_applied_db < 0 and abs(20 * np.log10(np.abs(rendered.audio).max()) + 1.0) < 1e-3
    with pytest.raises(RenderError, match="would clip"):
        render_scene(loud, "foa", on_clip="error")
    written = render_scene_to_file(loud, tmp_path / "loud.wav", "foa", subtype="FLOAT", chunk_s=0.1)
    data, _ = sf.read(tmp_path / "loud.wav", dtype="float32", always_2d=True)
    np.testing.assert_allclose(data.T, rendered.audio, atol=1e-6)
    assert written.gain_applied_db == pytest.approx(rendered.gain_applied_db, abs=1e-4)
    with pytest.raises(RenderError):
        render_scene_to_file(loud, tmp_path / "no.wav", "foa", on_clip="error", chunk_s=0.1)
    assert not (tmp_path / "no.wav").exists() and not list(tmp_path.glob(".no.wav*"))


def _peak_bytes(minutes: int) -> tuple[int, int]:
    sr = 8000
    events = tuple(Event(f"synth:beep_train?seed={i}&duration=4.000", SpatialParams(azimuth_deg=i), onset_s=5.0 * i,
                         label="beep") for i in range(12 * minutes))
    plan = ScenePlan(Scene(60.0 * minutes, events, room=Room(0.5, 0.0, 0.5), sample_rate=sr), "foa")
    tracemalloc.start()
    try:
        n = 0
        for block in plan.blocks(2 * sr):
            n += block.shape[1]
            del block
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return n, peak


def test_memory_follows_the_playing_events_not_the_scene_length():
    """20 minutes, 240 events: the whole output would be 77 MB and the event sounds 31 MB."""
    n_short, short = _peak_bytes(2)
    n_long, long = _peak_bytes(20)
    assert (n_short, n_long) == (2 * 60 * 8000, 20 * 60 * 8000)
    assert long < 1.3 * short + 1e6 and long < 25e6, f"peak {short / 1e6:.1f} MB (2 min), {long / 1e6:.1f} MB (20 min)"
