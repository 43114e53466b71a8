"""Audio I/O: mono downmix, resampling, clear errors, atomic writes that never clip silently, loudness."""

from __future__ import annotations

import math

import numpy as np
import pytest
import soundfile as sf

from t2sa.audio import loudness_lufs, read_audio, resample, write_audio
from t2sa.errors import AudioError

SR = 48000


def test_multichannel_is_averaged_to_mono(tmp_path):
    t = np.arange(4800) / SR
    left, right = 0.5 * np.sin(2 * np.pi * 440 * t), 0.25 * np.cos(2 * np.pi * 220 * t)
    path = tmp_path / "st.flac"
    sf.write(path, np.stack([left, right], axis=1), SR, subtype="PCM_24")
    mono, sr = read_audio(path)
    assert sr == SR and mono.ndim == 1 and mono.dtype == np.float64
    assert mono == pytest.approx((left + right) / 2, abs=1e-6)


def test_other_rates_are_resampled_exactly(tmp_path):
    t = np.arange(44100) / 44100
    path = tmp_path / "a.wav"
    sf.write(path, 0.5 * np.sin(2 * np.pi * 1000 * t), 44100, subtype="FLOAT")
    y, sr = read_audio(path, sample_rate=SR)
    assert sr == SR and len(y) == SR
    core = y[1000:-1000]
    expected = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(SR) / SR)[1000:-1000]
    assert np.max(np.abs(core - expected)) < 1e-3
    assert resample(np.ones(10), SR, SR).shape == (10,)


def test_uri_read_through_fsspec(tmp_path):
    import fsspec

    x = 0.1 * np.random.default_rng(0).standard_normal(1000)
    local = tmp_path / "u.wav"
    sf.write(local, x, SR, subtype="FLOAT")
    with fsspec.open("memory://t2sa-test/u.wav", "wb") as fh:
        fh.write(local.read_bytes())
    y, sr = read_audio("memory://t2sa-test/u.wav")
    assert sr == SR and np.allclose(y, x, atol=1e-7)
    with pytest.raises(AudioError, match="memory://t2sa-test/missing.wav"):
        read_audio("memory://t2sa-test/missing.wav")


def test_missing_corrupt_and_empty_files_raise_audio_error_naming_the_path(tmp_path):
    with pytest.raises(AudioError, match="nope.wav.*not found"):
        read_audio(tmp_path / "nope.wav")
    corrupt = tmp_path / "corrupt.wav"
    corrupt.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunkjunkjunk" + bytes(range(256)))
    with pytest.raises(AudioError, match="corrupt.wav.*cannot be read"):
        read_audio(corrupt)
    empty = tmp_path / "empty.wav"
    sf.write(empty, np.zeros((0, 1)), SR)
    with pytest.raises(AudioError, match="empty.wav.*no samples"):
        read_audio(empty)
    text = tmp_path / "notes.flac"
    text.write_text("not audio")
    with pytest.raises(AudioError, match="notes.flac"):
        read_audio(text)


@pytest.mark.parametrize(("subtype", "tol"), [("PCM_16", 2**-15), ("PCM_24", 2**-23), ("FLOAT", 1e-7)])
def test_write_round_trip_and_subtype(tmp_path, subtype, tol):
    x = 0.9 * np.sin(np.linspace(0, 40, 2000))[None, :].repeat(4, axis=0)
    path = write_audio(tmp_path / "o.wav", x, SR, subtype)
    info = sf.info(path)
    assert info.subtype == subtype and info.channels == 4 and info.samplerate == SR
    back, _ = sf.read(path, always_2d=True)
    assert np.max(np.abs(back.T - x)) <= tol
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.wav"]


def test_writes_are_not_forced_to_disk_one_file_at_a_time(tmp_path, monkeypatch):
    """soundfile's close() asks libsndfile to fsync (flush -> sf_write_sync); the writer skips that per-file wait
    (resume checks file sizes instead), and the file is complete when the call returns."""
    synced = []
    monkeypatch.setattr(sf.SoundFile, "flush", lambda self: synced.append(self.name) if self.mode != "r" else None)
    x = 0.5 * np.sin(np.linspace(0, 400, 48000))[None, :].repeat(2, axis=0)
    for name in ("a.wav", "b.flac"):
        write_audio(tmp_path / name, x, SR)
        back, _ = sf.read(tmp_path / name, always_2d=True)
        assert back.shape == (48000, 2) and np.max(np.abs(back.T - x)) <= 2**-23
    with pytest.raises(AudioError):  # the abort path closes without a sync too
        write_audio(tmp_path / "c.wav", np.array([[0.5, 1.2]]), SR)
    assert synced == []


def test_write_refuses_to_clip_and_leaves_no_file(tmp_path):
    x = np.array([[0.5, 1.2, -0.3]])
    with pytest.raises(AudioError, match=r"\+1\.58 dBFS would clip"):
        write_audio(tmp_path / "o.wav", x, SR, "PCM_24")
    assert list(tmp_path.iterdir()) == []
    write_audio(tmp_path / "o.wav", x, SR, "FLOAT")  # float files can hold it
    assert sf.read(tmp_path / "o.wav")[0].max() == pytest.approx(1.2)


def test_failed_write_removes_the_temporary_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "o.flac"
    write_audio(target, np.zeros((1, 100)), SR, "PCM_16")
    before = target.read_bytes()
    with pytest.raises(AudioError, match="o.flac.*at most 8 channels"):
        write_audio(target, np.zeros((9, 100)), SR, "PCM_16")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.flac"]
    # a failure after the temporary file exists (here: the target is a folder) removes it again
    (tmp_path / "dir.wav").mkdir()
    with pytest.raises(AudioError, match="dir.wav"):
        write_audio(tmp_path / "dir.wav", np.zeros((1, 100)), SR)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dir.wav", "o.flac"]
    with pytest.raises(AudioError, match="does not exist"):
        write_audio(tmp_path / "no" / "o.wav", np.zeros((1, 10)), SR)
    with pytest.raises(AudioError, match="FLAC cannot store FLOAT"):
        write_audio(target, np.zeros((1, 100)), SR, "FLOAT")
    with pytest.raises(AudioError, match="NaN"):
        write_audio(tmp_path / "n.wav", np.array([[0.0, np.nan]]), SR)
    with pytest.raises(AudioError, match="subtype"):
        write_audio(tmp_path / "n.wav", np.zeros((1, 10)), SR, "PCM_8")


def test_loudness_of_a_reference_sine_and_edge_cases():
    t = np.arange(3 * SR) / SR
    sine = 0.1 * np.sin(2 * np.pi * 1000 * t)  # -20 dBFS peak 1 kHz sine in one channel: -23.0 LUFS
    assert loudness_lufs(sine, SR) == pytest.approx(-23.0, abs=0.1)
    # the same sine in both ears is 3 dB louder (power sum)
    assert loudness_lufs(np.stack([sine, sine]), SR) == pytest.approx(-20.0, abs=0.1)
    assert loudness_lufs(np.zeros(SR), SR) == -math.inf
    assert math.isnan(loudness_lufs(sine[: SR // 10], SR))
