"""Written files: the same render gives the same bytes every time (no clock in any header), temporary files
cannot be hijacked, an output never replaces its own input or a symlink, and OS failures (disk full, size
limits, permissions) are one line naming the path and the cause, with nothing left behind."""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.audio import AudioWriter, write_audio
from t2sa.cli.render import render_command
from t2sa.errors import StorageError
from t2sa.params import SpatialParams
from t2sa.render import render, render_to_file

SR = 48000
REPO = Path(__file__).parents[1]
PARAMS = SpatialParams(azimuth_deg=40.0, spread_deg=20.0, wet=0.4, rt60_s=0.3)
CONTAINERS = [("FLOAT", ".wav"), ("PCM_16", ".wav"), ("PCM_24", ".wav"), ("PCM_16", ".flac"), ("PCM_24", ".flac")]


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _riff_chunks(path: Path) -> list[tuple[bytes, bytes]]:
    data = path.read_bytes()
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        cid, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        chunks.append((cid, data[pos + 8 : pos + 8 + size]))
        pos += 8 + size + (size & 1)
    return chunks


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize(("subtype", "ext"), CONTAINERS)
def test_the_same_render_written_five_times_has_one_md5(tmp_path, subtype, ext):
    x = 0.2 * np.random.default_rng(0).standard_normal(SR // 4)
    audio = render(x, SR, PARAMS, "foa", seed=1).audio
    direct = {_md5(write_audio(tmp_path / f"w{i}{ext}", audio, SR, subtype)) for i in range(5)}
    streamed = {_md5(render_to_file(x, tmp_path / f"s{i}{ext}", SR, PARAMS, "foa", seed=1, subtype=subtype,
                                    chunk_s=0.05).path) for i in range(5)}
    assert len(direct) == 1 and direct == streamed
    back, sr = sf.read(tmp_path / f"w0{ext}", dtype="float32", always_2d=True)
    assert sr == SR and back.shape == audio.T.shape and sf.info(tmp_path / f"w0{ext}").subtype == subtype


@pytest.mark.parametrize("subtype", ["FLOAT", "PCM_24"])
def test_wav_headers_hold_no_time_stamp(tmp_path, subtype):
    # libsndfile's PEAK chunk (added to FLOAT WAVs) holds the wall-clock time: identical renders then differ
    # whenever the second changes between them. No chunk of a written WAV may carry a time.
    path = write_audio(tmp_path / "o.wav", 0.5 * np.ones((2, 1000)), SR, subtype)
    chunks = _riff_chunks(path)
    ids = [cid for cid, _ in chunks]
    assert ids[0] == b"fmt " and b"data" in ids
    for cid, body in chunks:
        if cid == b"PEAK":
            assert body[4:8] == bytes(4), "PEAK chunk carries a time stamp"
        assert cid in (b"fmt ", b"fact", b"PAD ", b"data", b"PEAK"), cid


def test_a_planted_symlink_at_a_temporary_name_is_never_followed(tmp_path):
    # old temporary names were '.NAME.tmp-PID': anyone could plant a link there and have t2sa write through it
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    pid = os.getpid()
    for name in (f".o.wav.tmp-{pid}", f".o.wav.spill-{pid}", f".o.wav.tmp-{pid}.wav"):
        (out_dir / name).symlink_to(victim)
    x = 0.05 * np.random.default_rng(1).standard_normal(SR // 2)
    x[-2000:] = 0.9  # loud at the end: the normalisation's spill file is used too
    res = render_to_file(x, out_dir / "o.wav", SR, SpatialParams(gain_db=6.0), "stereo", chunk_s=0.1)
    assert res.gain_applied_db < 0
    assert victim.read_bytes() == b"precious"
    assert not (out_dir / "o.wav").is_symlink() and sf.info(out_dir / "o.wav").frames == len(x)
    assert all((out_dir / n).is_symlink() for n in (f".o.wav.tmp-{pid}", f".o.wav.spill-{pid}"))  # untouched
    assert sorted(p.name for p in out_dir.iterdir() if not p.is_symlink()) == ["o.wav"]


def test_temporary_files_are_fresh_private_names_in_the_destination_folder(tmp_path, monkeypatch):
    seen = []
    original = AudioWriter.write

    def spy(self, block, **kw):
        seen.append(self.tmp)
        return original(self, block, **kw)

    monkeypatch.setattr(AudioWriter, "write", spy)
    write_audio(tmp_path / "a.wav", np.zeros((1, 100)), SR)
    write_audio(tmp_path / "a.wav", np.zeros((1, 100)), SR)
    assert len(seen) == 2 and seen[0] != seen[1]  # not derived from the process id alone
    assert all(p.parent == tmp_path and p.name.startswith(".a.wav.tmp-") for p in seen)
    # the finished file has the usual permissions (mkstemp alone would leave it 0600)
    umask = os.umask(0o022)
    os.umask(umask)
    assert (tmp_path / "a.wav").stat().st_mode & 0o777 == 0o666 & ~umask


def test_a_symlinked_destination_is_refused_before_any_work(tmp_path):
    real = tmp_path / "real.wav"
    real.write_bytes(b"keep me")
    link = tmp_path / "link.wav"
    link.symlink_to(real)
    with pytest.raises(StorageError, match="link.wav.*symbolic link"):
        write_audio(link, np.zeros((1, 10)), SR)
    with pytest.raises(StorageError, match="symbolic link"):
        render_to_file(np.zeros(100), link, SR, SpatialParams(), "stereo")
    assert link.is_symlink() and real.read_bytes() == b"keep me"
    assert _leftovers(tmp_path) == []


def _wav(path: Path, seconds: float = 0.3, rate: int = SR) -> Path:
    sf.write(path, 0.2 * np.random.default_rng(3).standard_normal(int(seconds * rate)), rate, subtype="PCM_16")
    return path


@pytest.mark.parametrize("how", ["same name", "another spelling", "symlink to it", "hard link"])
def test_output_equal_to_input_is_refused_with_one_line(tmp_path, how):
    src = _wav(tmp_path / "in.wav")
    before = src.read_bytes()
    out = {"same name": src, "another spelling": f"{tmp_path}/./../{tmp_path.name}/in.wav"}.get(how)
    given_in = src
    if how == "symlink to it":
        given_in = tmp_path / "alias.wav"
        given_in.symlink_to(src)
        out = src
    elif how == "hard link":
        out = tmp_path / "hard.wav"
        os.link(src, out)
    res = CliRunner().invoke(render_command, [str(given_in), str(out), "--params", "{}"])
    assert res.exit_code == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "is the input file" in lines[0] and "Traceback" not in res.output
    assert src.read_bytes() == before
    with pytest.raises(StorageError, match="is the input file"):
        render_to_file(given_in, out, SR, SpatialParams(), "stereo")
    assert src.read_bytes() == before and _leftovers(tmp_path) == []


_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, like a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from t2sa.cli.main import main
main(["render", *sys.argv[2:]])
"""


def _limited_render(limit: int, src: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", _LIMITED, str(limit), str(src), str(out), "--params",
                           '{"wet": 0.3}', "--format", "foa", "-q"], capture_output=True, text=True, cwd=REPO,
                          timeout=120)


@pytest.mark.parametrize("ext", [".wav", ".flac"])
def test_a_failing_write_says_why_in_one_line_and_keeps_the_old_file(tmp_path, ext):
    src = _wav(tmp_path / "in.wav", seconds=1.0)
    full = tmp_path / f"full{ext}"
    assert _limited_render(1 << 30, src, full).returncode == 0
    size = full.stat().st_size
    out = tmp_path / f"o{ext}"
    out.write_bytes(b"previous")
    # mid-file, and (FLAC) only the encoder's last write at close, which libsndfile does not report
    for limit in (size // 2, size - 50):
        res = _limited_render(limit, src, out)
        lines = res.stderr.strip().splitlines()
        assert res.returncode == 1 and len(lines) == 1, res.stderr
        assert lines[0].startswith(f"error: cannot write '{out}'"), lines[0]
        assert "File too large" in lines[0] or "incomplete" in lines[0], lines[0]
        assert "System error" not in lines[0]
        assert out.read_bytes() == b"previous"
        assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
def test_a_folder_without_write_permission_is_refused_before_any_work(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StorageError, match="ro/o.wav.*permission"):
            render_to_file(np.zeros(100), folder / "o.wav", SR, SpatialParams(), "stereo")
    finally:
        folder.chmod(0o755)


def test_a_peak_chunk_written_anyway_gets_its_time_stamp_zeroed(tmp_path):
    # the backstop for a libsndfile that ignores SFC_SET_ADD_PEAK_CHUNK: plain soundfile writes one
    from t2sa.audio import _zero_peak_stamps

    path = tmp_path / "p.wav"
    sf.write(path, 0.5 * np.ones((100, 2)), SR, subtype="FLOAT")
    (peak,) = [body for cid, body in _riff_chunks(path) if cid == b"PEAK"]
    assert peak[4:8] != bytes(4)  # libsndfile stamped it with the time
    samples = sf.read(path, dtype="float32")[0]
    fd = os.open(path, os.O_RDWR)
    try:
        _zero_peak_stamps(fd)
    finally:
        os.close(fd)
    (peak,) = [body for cid, body in _riff_chunks(path) if cid == b"PEAK"]
    assert peak[4:8] == bytes(4) and np.array_equal(sf.read(path, dtype="float32")[0], samples)
