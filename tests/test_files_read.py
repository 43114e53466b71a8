"""Reading files: block-wise resampling equals one resample_poly call bit for bit, a render from a file holds
no clip-sized input in memory yet gives the same samples, and truncated or damaged files are refused with one
line instead of being rendered in part."""

from __future__ import annotations

import io
import struct
import tracemalloc
from math import gcd
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner
from scipy.signal import resample_poly

import t2sa.render.stream as stream
from t2sa.audio import AudioReader, audio_info, read_audio, resample, resample_blocks, write_audio
from t2sa.cli.render import render_command
from t2sa.errors import AudioError
from t2sa.params import SpatialParams
from t2sa.render import render, render_to_file
from t2sa.render.engine import SampleFile

SR = 48000


def _pieces(x: np.ndarray, sizes: list[int]):
    pos, i = 0, 0
    while pos < len(x):
        step = sizes[i % len(sizes)]
        yield x[pos : pos + step]
        pos, i = pos + step, i + 1


@pytest.mark.parametrize(("sr_in", "sr_out"), [(44100, 48000), (48000, 44100), (22050, 48000), (96000, 48000),
                                               (8000, 48000), (48000, 8000), (11025, 44100), (384000, 8000)])
def test_block_wise_resampling_equals_one_resample_poly_call(sr_in, sr_out):
    rng = np.random.default_rng(sr_in + sr_out)
    g = gcd(sr_in, sr_out)
    for n in (1, 146, 147, 1001, 30011):
        x = rng.standard_normal(n)
        whole = resample_poly(x, sr_out // g, sr_in // g)
        for sizes in ([1], [7], [997], [4096, 13, 1]):
            if n > 2000 and sizes[0] < 100:
                continue
            got = np.concatenate(list(resample_blocks(_pieces(x, sizes), sr_in, sr_out)))
            assert got.shape == whole.shape and np.array_equal(got, whole), (n, sizes)
    assert np.array_equal(resample(x, sr_in, sr_out), whole)


@pytest.mark.parametrize("rate", [44100, 48000])
def test_reader_blocks_equal_a_whole_file_read(tmp_path, rate):
    src = tmp_path / "in.flac"
    sf.write(src, 0.4 * np.random.default_rng(4).standard_normal((150001, 2)), rate, subtype="PCM_24")
    whole = sf.read(src, dtype="float64", always_2d=True)[0].mean(axis=1)
    expected = resample(whole, rate, SR)
    with AudioReader(src) as reader:
        assert (reader.frames, reader.channels, reader.sample_rate) == (150001, 2, rate)
        assert reader.frames_at(SR) == len(expected)
        for block in (997, 65536):
            assert np.array_equal(np.concatenate(list(reader.blocks(SR, block=block))), expected)
    assert np.array_equal(read_audio(src, SR)[0], expected)
    assert np.array_equal(read_audio(src, SR, dtype="float32")[0], expected.astype(np.float32))


def test_sample_file_reads_ranges_scaled_like_an_array():
    x = np.random.default_rng(5).standard_normal(10007).astype(np.float32)
    fh = io.BytesIO(x.tobytes())
    samples = SampleFile(fh, len(x))
    assert samples.shape == (10007,) and np.array_equal(samples[0:10007], x)
    assert np.array_equal(samples[5000:5003], x[5000:5003]) and samples[20000:20010].size == 0
    gain = 10.0 ** (-7.3 / 20.0)
    scaled = x.copy()
    scaled *= np.float32(gain)  # what plan_render does to an in-memory input
    assert np.array_equal(samples.scaled(gain)[123:9000], scaled[123:9000])


@pytest.mark.parametrize("on_disk", [True, False])
@pytest.mark.parametrize(("rate", "fmt", "gain_db"), [(44100, "binaural", 0.0), (48000, "foa", -4.0),
                                                      (32000, "stereo", 3.0)])
def test_a_file_renders_to_the_same_bytes_from_memory_or_from_its_disk_copy(tmp_path, monkeypatch, rate, fmt,
                                                                            gain_db, on_disk):
    # more than one read block (65536 frames) and several output blocks; gain applied on the disk copy's reads
    monkeypatch.setattr(stream, "IN_MEMORY_SAMPLES", 0 if on_disk else 1 << 20)
    src = tmp_path / "in.wav"
    sf.write(src, 0.1 * np.random.default_rng(6).standard_normal((150000, 2)), rate, subtype="PCM_24")
    params = SpatialParams(azimuth_deg=-60.0, wet=0.3, rt60_s=0.2, gain_db=gain_db)
    expected = render(read_audio(src, SR)[0], SR, params, fmt, seed=3)
    write_audio(tmp_path / "a.wav", expected.audio, SR)
    got = render_to_file(src, tmp_path / "b.wav", SR, params, fmt, seed=3, chunk_s=0.37)
    assert (tmp_path / "a.wav").read_bytes() == (tmp_path / "b.wav").read_bytes()
    assert got.n_samples == expected.audio.shape[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.wav", "b.wav", "in.wav"]  # disk copy gone


def _peak_traced(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("rate", [48000, 44100])
def test_rendering_a_file_holds_no_clip_sized_input(tmp_path, monkeypatch, rate):
    # the old path read the whole input into memory (float32; float64 while resampling): 30 s more input
    # cost 5.8 MB more at least. Now a long input goes to a temporary file and only blocks are held
    # (here "long" is anything, so that short clips show it).
    monkeypatch.setattr(stream, "IN_MEMORY_SAMPLES", 0)
    params = SpatialParams(azimuth_deg=30.0)
    peaks = {}
    for seconds in (10, 40):
        src = tmp_path / f"in{seconds}.wav"
        sf.write(src, 0.1 * np.random.default_rng(7).standard_normal(seconds * rate), rate, subtype="PCM_16")
        peaks[seconds] = _peak_traced(lambda src=src: render_to_file(src, tmp_path / "o.wav", SR, params, "foa",
                                                                      chunk_s=1.0))
    assert peaks[40] - peaks[10] < 2 * 2**20, peaks
    assert peaks[40] < 40 * SR * 4 / 2, peaks  # well below the float32 input alone


# -- truncated and damaged files ---------------------------------------------------------------------------
def _cut(path: Path, keep: float = 0.5) -> Path:
    data = path.read_bytes()
    cut = path.with_name("cut-" + path.name)
    cut.write_bytes(data[: int(len(data) * keep)])
    return cut


def _source(tmp_path: Path, ext: str, fmt: str, subtype: str) -> Path:
    path = tmp_path / f"in{ext}"
    sf.write(path, 0.2 * np.random.default_rng(8).standard_normal((SR, 2)), SR, subtype=subtype, format=fmt)
    return path


TRUNCATED = [(".wav", "WAV", "PCM_16"), (".wav", "WAV", "FLOAT"), (".wav", "RF64", "PCM_24"),
             (".aiff", "AIFF", "PCM_16"), (".flac", "FLAC", "PCM_24")]


@pytest.mark.parametrize(("ext", "fmt", "subtype"), TRUNCATED)
def test_a_truncated_file_is_refused_not_rendered_in_part(tmp_path, ext, fmt, subtype):
    cut = _cut(_source(tmp_path, ext, fmt, subtype))
    with pytest.raises(AudioError, match=rf"{cut.name}'?: (truncated|damaged)"):
        read_audio(cut)
    with pytest.raises(AudioError, match="truncated|damaged"):
        render_to_file(cut, tmp_path / "o.wav", SR, SpatialParams(), "stereo")
    res = CliRunner().invoke(render_command, [str(cut), str(tmp_path / "o.wav"), "--params", "{}"])
    lines = res.stderr.strip().splitlines()
    assert res.exit_code == 1 and len(lines) == 1 and cut.name in lines[0], res.output
    assert ("truncated" in lines[0] or "damaged" in lines[0]) and "Traceback" not in res.output
    assert not (tmp_path / "o.wav").exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_truncation_names_the_frames_declared_and_held(tmp_path):
    cut = _cut(_source(tmp_path, ".wav", "WAV", "PCM_16"))  # 4 bytes a frame, 44-byte header
    held = (len(cut.read_bytes()) - 44) // 4
    with pytest.raises(AudioError, match=f"header declares {SR} frames but the file holds {held}"):
        audio_info(cut)


def test_a_wav_of_unknown_length_reads_whole(tmp_path):
    # a WAV streamed to a pipe never gets its sizes filled in (0xFFFFFFFF): that is not truncation
    src = _source(tmp_path, ".wav", "WAV", "PCM_16")
    raw = bytearray(src.read_bytes())
    assert raw[36:40] == b"data"
    raw[4:8] = raw[40:44] = struct.pack("<I", 0xFFFFFFFF)
    streamed = tmp_path / "streamed.wav"
    streamed.write_bytes(bytes(raw))
    assert np.array_equal(read_audio(streamed)[0], read_audio(src)[0])


def test_a_damaged_flac_is_refused_with_one_line(tmp_path):
    src = _source(tmp_path, ".flac", "FLAC", "PCM_16")
    raw = bytearray(src.read_bytes())
    raw[len(raw) // 2 : len(raw) // 2 + 400] = bytes(400)
    bad = tmp_path / "bad.flac"
    bad.write_bytes(bytes(raw))
    with pytest.raises(AudioError, match="bad.flac'?: damaged"):
        read_audio(bad)


@pytest.mark.parametrize("what", ["folder", "not audio", "header only"])
def test_invalid_inputs_give_one_line(tmp_path, what):
    path = tmp_path / "x.wav"
    if what == "folder":
        path.mkdir()
    elif what == "not audio":
        path.write_text("hello")
    else:
        path.write_bytes(_source(tmp_path, ".wav", "WAV", "PCM_16").read_bytes()[:44])
    res = CliRunner().invoke(render_command, [str(path), str(tmp_path / "o.wav"), "--params", "{}"])
    lines = res.stderr.strip().splitlines()
    assert res.exit_code == 1 and len(lines) == 1 and "x.wav" in lines[0] and "Traceback" not in res.output
    assert lines[0].startswith("error: audio file") and "unexpected" not in lines[0]


def test_a_remote_file_streams_and_its_failures_are_one_error(tmp_path, monkeypatch, capfd):
    import fsspec

    src = _source(tmp_path, ".wav", "WAV", "PCM_16")
    with fsspec.open("memory://t2sa-files/in.wav", "wb") as fh:
        fh.write(src.read_bytes())
    with fsspec.open("memory://t2sa-files/cut.wav", "wb") as fh:
        fh.write(_cut(src).read_bytes())
    assert np.array_equal(read_audio("memory://t2sa-files/in.wav")[0], read_audio(src)[0])
    with pytest.raises(AudioError, match="cut.wav'?: truncated"):
        read_audio("memory://t2sa-files/cut.wav")

    class Dropping(io.BytesIO):  # a connection that breaks half-way through the samples
        def read(self, n=-1):
            if self.tell() > 40000:
                raise ConnectionResetError("connection reset by peer")
            return super().read(n)

    class Opener:
        def __init__(self, *a, **k):
            pass

        def open(self):
            return Dropping(src.read_bytes())

    monkeypatch.setattr(fsspec, "open", Opener)
    capfd.readouterr()
    with pytest.raises(AudioError, match="s3://bucket/in.wav.*connection reset"):
        read_audio("s3://bucket/in.wav")
    assert "Traceback" not in capfd.readouterr().err  # libsndfile's callbacks never print one
