"""Streaming renders: block-wise output equals render() bit for bit, memory does not grow with the clip,
files are complete or absent, and the clipping policy holds when the peak is only known at the end."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.audio import AudioWriter, read_audio, write_audio
from t2sa.cli.render import render_command
from t2sa.errors import AudioError, RenderError
from t2sa.params import SpatialParams
from t2sa.render import FORMATS, RenderOptions, render, render_stream, render_to_file
from t2sa.render.room import reverb_length

SR = 48000
CHUNK = 997 / SR  # a prime number of samples: block edges fall everywhere on the engines' grids


def _kf(t, az, el=0.0, d=1.0, s=0.0):
    return {"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": d, "spread_deg": s}


# moving + reverb + spread + near/far (air absorption, parallax) + early reflections
MOVING = SpatialParams(
    azimuth_deg=0.0, distance_m=0.5, motion="orbit", wet=0.5, rt60_s=0.3,
    trajectory=[_kf(i / 4, 90.0 * i, 15.0 * (i % 2), 0.5 + 1.5 * i, 12.0 * i) for i in range(5)],
)
CASES = {
    "moving spread reverb reflections": (MOVING, RenderOptions(early_reflections=True)),
    # point source moving far away: gain-only formats take the air-filter-then-gains path
    "moving far point": (SpatialParams(azimuth_deg=-90.0, distance_m=3.0, motion="path",
                                       trajectory=[_kf(0, -90, 0, 3.0), _kf(1, 90, 20, 8.0)]), RenderOptions(hop=256)),
    "static far spread reverb": (SpatialParams(azimuth_deg=120.0, distance_m=6.0, spread_deg=40.0, wet=0.3), None),
}


def _noise(seconds: float, scale: float = 0.2, seed: int = 0) -> np.ndarray:
    return scale * np.random.default_rng(seed).standard_normal(int(seconds * SR))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", list(CASES))
def test_blocks_equal_the_whole_render_bit_for_bit(fmt, case):
    params, options = CASES[case]
    x = _noise(0.4)
    whole = render(x, SR, params, fmt, seed=5, on_clip="keep", options=options).audio
    stream = render_stream(x, SR, params, fmt, seed=5, options=options, chunk_s=CHUNK)
    blocks = list(stream)
    assert all(b.shape == (whole.shape[0], 997) for b in blocks[:-1]) and len(blocks) == len(stream)
    assert np.array_equal(np.concatenate(blocks, axis=1), whole)
    # iterating again starts over and gives the same blocks (second pass of the normalisation)
    assert np.array_equal(np.concatenate(list(stream), axis=1), whole)


def test_long_reverb_renders_and_streams():
    # rt60 above ~5.5 s used to crash the block-size choice (no block of at most 2**17 was long enough)
    x = _noise(0.05)
    params = SpatialParams(azimuth_deg=30.0, wet=0.5, rt60_s=6.0)
    whole = render(x, SR, params, "foa").audio
    assert whole.shape[1] == len(x) + reverb_length(6.0, SR) - 1
    tail = whole[0, -SR:]
    assert np.all(np.isfinite(whole)) and 0 < np.max(np.abs(tail)) < np.max(np.abs(whole[0, : SR // 2]))
    blocks = list(render_stream(x, SR, params, "foa", chunk_s=0.37))
    assert np.array_equal(np.concatenate(blocks, axis=1), whole)


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}"))


@pytest.mark.parametrize(("fmt", "subtype", "ext"), [("binaural", "PCM_24", ".wav"), ("foa", "PCM_16", ".flac"),
                                                     ("hoa3", "FLOAT", ".wav")])
def test_file_from_a_file_equals_read_render_write(tmp_path, fmt, subtype, ext):
    # stereo 44.1 kHz input: the downmix and the resampling are part of the path
    src = tmp_path / "in.wav"
    sf.write(src, 0.3 * np.random.default_rng(1).standard_normal((30000, 2)), 44100, subtype="PCM_24")
    params = SpatialParams(azimuth_deg=40.0, spread_deg=20.0, wet=0.4, rt60_s=0.3)
    signal, sr = read_audio(src, SR)
    expected = render(signal, sr, params, fmt, seed=2)
    write_audio(tmp_path / f"a{ext}", expected.audio, sr, subtype)
    got = render_to_file(src, tmp_path / f"b{ext}", SR, params, fmt, seed=2, subtype=subtype, chunk_s=CHUNK)
    assert (tmp_path / f"a{ext}").read_bytes() == (tmp_path / f"b{ext}").read_bytes()
    assert (got.n_channels, got.n_samples, got.sample_rate) == (expected.audio.shape[0], expected.audio.shape[1], SR)
    assert got.gain_applied_db == expected.gain_applied_db and not got.clipped
    assert got.peak_dbfs == expected.peak_dbfs
    assert _leftovers(tmp_path, f"b{ext}") == []


def test_block_wise_reading_equals_a_whole_file_read(tmp_path):
    src = tmp_path / "in.flac"
    sf.write(src, 0.5 * np.random.default_rng(2).standard_normal((70001, 3)), 48000, subtype="PCM_24")
    whole = sf.read(src, dtype="float64", always_2d=True)[0].mean(axis=1)
    x64, sr = read_audio(src)
    x32, sr32 = read_audio(src, dtype="float32")
    assert np.array_equal(x64, whole)
    assert sr == sr32 and x32.dtype == np.float32 and np.array_equal(x32, x64.astype(np.float32))
    assert np.array_equal(read_audio(src, 44100, dtype="float32")[0], read_audio(src, 44100)[0].astype(np.float32))


def test_normalisation_needs_the_whole_peak_and_matches_render(tmp_path):
    # quiet for 0.5 s, then loud: the first blocks are written before the peak is known, so the file is
    # rewritten (blocks before the loud one re-rendered, the rest from the float spill) with one gain
    x = _noise(1.0, scale=0.05)
    x[SR // 2 :] *= 40.0
    params = SpatialParams(azimuth_deg=-30.0, wet=0.3, rt60_s=0.2)
    expected = render(x, SR, params, "stereo")
    assert expected.gain_applied_db < -6.0
    got = render_to_file(x, tmp_path / "n.wav", SR, params, "stereo", chunk_s=0.1)
    assert got.gain_applied_db == expected.gain_applied_db and not got.clipped
    assert got.peak_dbfs == pytest.approx(-1.0, abs=1e-4)
    write_audio(tmp_path / "ref.wav", expected.audio, SR)
    assert (tmp_path / "ref.wav").read_bytes() == (tmp_path / "n.wav").read_bytes()
    assert _leftovers(tmp_path, "n.wav") == []  # no temporary, no spill


def test_clip_policies_error_and_keep(tmp_path):
    x = _noise(0.5, scale=0.5)
    loud = SpatialParams(gain_db=20.0)
    out = tmp_path / "c.wav"
    with pytest.raises(RenderError, match=r"peak is at least \+\d+\.\d+ dBFS"):
        render_to_file(x, out, SR, loud, "foa", on_clip="error", chunk_s=0.05)
    with pytest.raises(AudioError, match="PCM_24.*would clip"):
        render_to_file(x, out, SR, loud, "foa", on_clip="keep", chunk_s=0.05)
    assert not out.exists() and _leftovers(tmp_path, "c.wav") == []
    kept = render_to_file(x, out, SR, loud, "foa", on_clip="keep", subtype="FLOAT", chunk_s=0.05)
    data, _ = sf.read(out, dtype="float32", always_2d=True)
    assert kept.clipped and kept.gain_applied_db == 0.0 and kept.peak_dbfs > 0
    assert np.array_equal(data.T, render(x, SR, loud, "foa", on_clip="keep").audio)


def test_failure_mid_render_leaves_no_file_and_keeps_an_old_one(tmp_path, monkeypatch):
    out = tmp_path / "f.wav"
    out.write_bytes(b"previous render")
    written = []
    original = AudioWriter.write

    def failing_write(self, block, **kw):
        written.append(block.shape[1])
        if len(written) == 3:
            raise KeyboardInterrupt  # an interrupt, not just an exception
        return original(self, block, **kw)

    monkeypatch.setattr(AudioWriter, "write", failing_write)
    with pytest.raises(KeyboardInterrupt):
        render_to_file(_noise(0.5), out, SR, SpatialParams(wet=0.2), "hoa3", chunk_s=0.05)
    assert out.read_bytes() == b"previous render" and _leftovers(tmp_path, "f.wav") == []

    # also when it fails during the normalisation's second pass (the spill file must go too)
    written.clear()
    x = _noise(0.5, scale=0.05)
    x[-100:] = 0.9  # loud only at the very end
    with pytest.raises(KeyboardInterrupt):
        render_to_file(x, out, SR, SpatialParams(gain_db=6.0), "stereo", chunk_s=0.2)
    assert out.read_bytes() == b"previous render" and _leftovers(tmp_path, "f.wav") == []


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"out": "missing/x.wav"}, AudioError, "does not exist"),
        ({"out": "x.mp3"}, AudioError, "extension"),
        ({"out": "x.flac", "format": "hoa3"}, AudioError, "at most 8 channels"),
        ({"format": "ambix"}, RenderError, "ambix"),
        ({"chunk_s": 0.0}, RenderError, "chunk_s"),
        ({"chunk_s": float("nan")}, RenderError, "chunk_s"),
        ({"on_clip": "clip"}, RenderError, "on_clip"),
        ({"sample_rate": None}, RenderError, "sample_rate"),
        ({"params": {"distance_m": -1.0}}, ValueError, "distance_m"),
    ],
)
def test_bad_arguments_fail_before_any_work(tmp_path, kwargs, error, match):
    args = {"out": "x.wav", "format": "stereo", "chunk_s": 1.0, "on_clip": "normalize", "sample_rate": SR,
            "params": SpatialParams(), **kwargs}
    with pytest.raises(error, match=match):
        render_to_file(_noise(0.1), tmp_path / args["out"], args["sample_rate"], args["params"], args["format"],
                       on_clip=args["on_clip"], chunk_s=args["chunk_s"])
    assert [p.name for p in tmp_path.iterdir()] == []


def _traced_peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_clip(tmp_path):
    # hoa3 with reverb: the whole 40 s output would be 119 MB of float32; streaming holds the input, one
    # 1 s block and the engines' current chunks, so 4x the clip costs only the 4x larger input
    params = SpatialParams(azimuth_deg=30.0, wet=0.3, rt60_s=0.5)
    peaks, sizes = {}, {}
    for seconds in (10, 40):
        x = _noise(seconds).astype(np.float32)
        peaks[seconds] = _traced_peak(lambda x=x: render_to_file(x, tmp_path / "m.wav", SR, params, "hoa3", chunk_s=1.0))
        sizes[seconds] = 16 * (len(x) + reverb_length(0.5, SR) - 1) * 4
    input_growth = 30 * SR * 4
    assert peaks[40] - peaks[10] < input_growth + 2 * 2**20
    assert peaks[40] < sizes[40] / 2


def test_cli_streams_and_reports_normalisation(tmp_path):
    src = tmp_path / "in.wav"
    x = _noise(0.6, scale=0.05)
    x[SR // 3 :] *= 30.0
    sf.write(src, x, SR, subtype="FLOAT")
    out = tmp_path / "out.wav"
    res = CliRunner().invoke(render_command, [str(src), str(out), "--params", '{"azimuth_deg": 30, "wet": 0.2}',
                                              "--format", "hoa3"])
    assert res.exit_code == 0, res.output
    expected = render(read_audio(src)[0], SR, SpatialParams(azimuth_deg=30.0, wet=0.2), "hoa3")
    assert f"normalised by {expected.gain_applied_db:+.2f} dB" in res.stdout and "16 ch" in res.stdout
    write_audio(tmp_path / "ref.wav", expected.audio, SR)
    assert out.read_bytes() == (tmp_path / "ref.wav").read_bytes()
    assert _leftovers(tmp_path, "out.wav") == []
