"""`t2sa render` / `t2sa hrtf`: files in, files out, one-line errors and never a partial output file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.cli.render import hrtf_command, render_command
from t2sa.metrics import ild_db
from t2sa.params import SpatialParams
from t2sa.render.hrtf import load_hrtf

BAD = sorted((HRTF_DIR / "bad").glob("*.sofa"))
REPO = Path(__file__).parents[1]


@pytest.fixture()
def wav(tmp_path) -> Path:
    """A stereo 44.1 kHz 16-bit file: exercises the downmix and the resampling."""
    x = 0.2 * np.random.default_rng(0).standard_normal((22050, 2))
    path = tmp_path / "in.wav"
    sf.write(path, x, 44100, subtype="PCM_16")
    return path


def _run(args: list[str], command=render_command):
    return CliRunner().invoke(command, [str(a) for a in args])


def test_render_writes_24_bit_binaural_at_48k(wav, tmp_path):
    out = tmp_path / "out.wav"
    res = _run([wav, out, "--params", '{"azimuth_deg": 90, "distance_m": 1}'])
    assert res.exit_code == 0, res.output
    info = sf.info(out)
    assert (info.channels, info.samplerate, info.subtype) == (2, 48000, "PCM_24")
    taps = load_hrtf(None, 48000).filters(np.zeros(1), np.zeros(1)).shape[-1]
    assert info.frames == 24000 + taps - 1
    assert "2 channels averaged to mono" in res.stdout and "44100 -> 48000" in res.stdout
    audio, _ = sf.read(out, always_2d=True)
    assert ild_db(audio.T) > 5.0


def test_a_far_source_says_how_far_down_it_renders(wav, tmp_path):
    """Thunder is 1,000 m away (the text stage keeps the distance a listener assumes): 1/r puts its direct sound
    60 dB below the 1 m level, and the command says so instead of leaving a near-silent file unexplained."""
    res = _run([wav, tmp_path / "far.wav", "--params", '{"distance_m": 1000, "wet": 0}'])
    assert res.exit_code == 0, res.output
    assert "1000 m away" in res.stdout and "60 dB below its level at 1 m" in res.stdout
    res = _run([wav, tmp_path / "near.wav", "--params", '{"distance_m": 20}'])
    assert "below its level at 1 m" not in res.stdout


def test_render_params_file_formats_and_subtypes(wav, tmp_path):
    pf = tmp_path / "p.json"
    pf.write_text(SpatialParams(azimuth_deg=-30, wet=0.3, rt60_s=0.4).to_json())
    out = tmp_path / "out.flac"
    res = _run([wav, out, "--params-file", pf, "--format", "foa", "--subtype", "PCM_16", "--sample-rate", "44100", "-q"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""
    info = sf.info(out)
    assert (info.channels, info.samplerate, info.format, info.subtype) == (4, 44100, "FLAC", "PCM_16")
    res = _run([wav, tmp_path / "h3.flac", "--params", "{}", "--format", "hoa3"])
    assert res.exit_code == 1 and "at most 8 channels" in res.stderr
    assert _run([wav, tmp_path / "h3.wav", "--params", "{}", "--format", "hoa3"]).exit_code == 0
    assert sf.info(tmp_path / "h3.wav").channels == 16
    out2 = tmp_path / "f.wav"
    assert _run([wav, out2, "--params", "{}", "--format", "stereo", "--subtype", "FLOAT", "--stereo-itd"]).exit_code == 0
    assert sf.info(out2).subtype == "FLOAT"


def test_identical_cli_runs_write_identical_files(wav, tmp_path):
    args = ["--params", '{"azimuth_deg": 20, "wet": 0.5, "spread_deg": 30}', "--seed", "3"]
    _run([wav, tmp_path / "a.wav", *args])
    _run([wav, tmp_path / "b.wav", *args])
    assert (tmp_path / "a.wav").read_bytes() == (tmp_path / "b.wav").read_bytes()


def _corrupt(tmp_path: Path) -> Path:
    p = tmp_path / "corrupt.wav"
    p.write_bytes(b"RIFF\x10\x00\x00\x00WAVEfmt " + bytes(64))
    return p


def _empty(tmp_path: Path) -> Path:
    p = tmp_path / "empty.wav"
    sf.write(p, np.zeros((0, 1)), 48000)
    return p


CASES = {
    "missing input": (lambda t, w: [t / "missing.wav", "--params", "{}"], "missing.wav"),
    "corrupt input": (lambda t, w: [_corrupt(t), "--params", "{}"], "corrupt.wav"),
    "empty input": (lambda t, w: [_empty(t), "--params", "{}"], "no samples"),
    "bad json": (lambda t, w: [w, "--params", '{"azimuth_deg": 90,'], "not valid JSON"),
    "nan param": (lambda t, w: [w, "--params", '{"distance_m": NaN}'], "distance_m"),
    "out of range": (lambda t, w: [w, "--params", '{"elevation_deg": 100}'], "elevation_deg"),
    "unknown field": (lambda t, w: [w, "--params", '{"azimuth": 10}'], "azimuth"),
    "missing params file": (lambda t, w: [w, "--params-file", t / "nope.json"], "nope.json"),
    "no params": (lambda t, w: [w], "--params"),
    "would clip": (lambda t, w: [w, "--params", '{"gain_db": 40}', "--on-clip", "error"], "dBFS"),
    "hrtf on stereo": (lambda t, w: [w, "--params", "{}", "--format", "stereo", "--hrtf", "x.sofa"], "--hrtf"),
    **{
        f"bad sofa {p.name}": ((lambda t, w, p=p: [w, "--params", "{}", "--hrtf", p]), p.name)
        for p in BAD
    },
    "missing sofa": (lambda t, w: [w, "--params", "{}", "--hrtf", t / "none.sofa"], "none.sofa"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_errors_print_one_line_and_leave_no_output(case, wav, tmp_path):
    make_args, needle = CASES[case]
    out = tmp_path / "out.wav"
    args = make_args(tmp_path, wav)
    res = _run([args[0], out, *args[1:]])
    assert res.exit_code != 0
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], res.stderr
    assert "Traceback" not in res.output
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.wav")]


def test_text_is_loaded_lazily_and_params_override_it(wav, tmp_path, monkeypatch):
    import t2sa.text

    calls = []

    class FakeModel:
        @classmethod
        def load(cls):
            return cls()

        def predict(self, texts, duration_s=None):
            calls.append((texts, duration_s))
            return [SpatialParams(azimuth_deg=90.0, distance_m=2.0)]

    import t2sa.text.fast_load

    monkeypatch.setattr(t2sa.text, "TextToSpatial", FakeModel, raising=False)
    monkeypatch.setattr(t2sa.text.fast_load, "load_for_inference", FakeModel.load)  # what resolve loads through
    out = tmp_path / "t.wav"
    assert _run([wav, out, "--text", "a bird on the left"]).exit_code == 0
    assert calls[0][0] == ["a bird on the left"]
    assert calls[0][1] == pytest.approx(sf.info(str(wav)).duration)  # stated timings need the clip length
    assert ild_db(sf.read(out, always_2d=True)[0].T) > 5
    assert _run([wav, out, "--text", "a bird on the left", "--params", '{"azimuth_deg": -90}']).exit_code == 0
    assert ild_db(sf.read(out, always_2d=True)[0].T) < -5


def test_hrtf_export_and_info(tmp_path):
    out = tmp_path / "head.sofa"
    res = _run([out, "--sample-rate", "44100"], hrtf_command.commands["export"])
    assert res.exit_code == 0, res.output
    back = load_hrtf(out)
    assert back.sample_rate == 44100 and len(back.directions) == len(load_hrtf(None, 44100).directions)
    res = _run([HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa", "--json"], hrtf_command.commands["info"])
    assert res.exit_code == 0, res.output
    info = json.loads(res.stdout)
    assert info["sample_rate"] == 44100 and info["directions"] == 710 and info["itd_at_left_us"] > 300
    bad = _run([BAD[0]], hrtf_command.commands["info"])
    assert bad.exit_code != 0 and bad.stderr.startswith("error: ") and BAD[0].name in bad.stderr


def test_render_command_does_not_import_torch_or_ray(wav, tmp_path):
    out = tmp_path / "o.wav"
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from t2sa.cli.main import main\n"
        f"r = CliRunner().invoke(main, ['render', {str(wav)!r}, {str(out)!r}, '--params', '{{\"azimuth_deg\": 30}}'])\n"
        "assert r.exit_code == 0, r.output\n"
        "print(sorted(m for m in ('torch', 'ray', 'sentence_transformers', 'transformers') if m in sys.modules))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"
    assert out.exists()
