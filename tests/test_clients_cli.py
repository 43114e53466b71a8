"""What a newcomer sees on the command line, and the SOFA file a SOFA reader sees.

``t2sa render --text`` shows the parameters it chose and honours stated timings; errors speak in CLI
options; ``t2sa hrtf export`` writes only ``.sofa`` files whose metadata describe the model that made
them; ``t2sa hrtf info`` prints rounded values; ``t2sa-batch run`` prints a readable summary.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from click.testing import CliRunner
from support.shared import HRTF_DIR

from t2sa.cli.main import main
from t2sa.cli.studies import format_job_summary


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "in5.wav"
    rng = np.random.default_rng(0)
    sf.write(path, rng.normal(size=5 * 16000) * 0.05, 16000)
    return path


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def params_line(output: str) -> dict:
    line = next(x for x in output.splitlines() if x.startswith("params: "))
    return json.loads(line.removeprefix("params: "))


def test_render_text_shows_the_params_and_honours_stated_seconds(clip, tmp_path):
    res = invoke("render", str(clip), str(tmp_path / "o.wav"), "--text", "a car passes from left to right over 2 seconds")
    assert res.exit_code == 0, res.output
    params = params_line(res.output)
    assert params["motion"] != "static"
    assert params["trajectory"][-1]["t"] == pytest.approx(2.0 / 5.0)  # 2 s of the 5 s clip
    assert "wrote " in res.output


def test_show_params_prints_json_params_and_quiet_prints_nothing(clip, tmp_path):
    res = invoke("render", str(clip), str(tmp_path / "o.wav"), "--params", '{"azimuth_deg": 30}', "--show-params")
    assert res.exit_code == 0, res.output
    assert params_line(res.output)["azimuth_deg"] == 30.0
    res = invoke("render", str(clip), str(tmp_path / "o.wav"), "--params", '{"azimuth_deg": 30}', "-q")
    assert res.exit_code == 0 and res.output == ""


def test_clip_error_names_the_cli_option(clip, tmp_path):
    res = invoke(
        "render", str(clip), str(tmp_path / "o.wav"), "--params", '{"gain_db": 30}', "--on-clip", "error"
    )
    assert res.exit_code == 1
    assert "--on-clip normalize" in res.output and "on_clip=" not in res.output
    assert not (tmp_path / "o.wav").exists()


def test_hrtf_export_refuses_other_suffixes(tmp_path):
    res = invoke("hrtf", "export", str(tmp_path / "out.txt"))
    assert res.exit_code == 1 and "name it .sofa" in res.output
    assert not (tmp_path / "out.txt").exists()


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    path = tmp_path_factory.mktemp("sofa") / "builtin.sofa"
    res = invoke("hrtf", "export", str(path))
    assert res.exit_code == 0, res.output
    return path


def test_exported_sofa_metadata_describe_the_model(exported):
    import sofar

    from t2sa import __version__
    from t2sa.render.sphere_head import EAR_AZIMUTH_DEG, HEAD_RADIUS_M

    sofa = sofar.read_sofa(str(exported), verbose=False)
    sofa.verify()
    ears = np.asarray(sofa.ReceiverPosition)[:, :, 0]
    azimuths = np.degrees(np.arctan2(ears[:, 1], ears[:, 0]))
    assert azimuths == pytest.approx([EAR_AZIMUTH_DEG, -EAR_AZIMUTH_DEG])  # left first, 10 deg behind the axis
    assert np.linalg.norm(ears, axis=1) == pytest.approx([HEAD_RADIUS_M] * 2)
    assert sofa.GLOBAL_ApplicationName == "t2sa" and sofa.GLOBAL_ApplicationVersion == __version__
    assert sofa.GLOBAL_AuthorContact.strip() and "Duda" in sofa.GLOBAL_References


def test_hrtf_info_rounds_for_display_and_states_the_metrics_itd(exported):
    from t2sa.metrics import itd_s
    from t2sa.render.hrtf import builtin_hrtf
    from t2sa.render.sphere_head import HEAD_RADIUS_M, SPEED_OF_SOUND

    pulse = HRTF_DIR / "Pulse.sofa"  # lowest ring -50.625 deg
    for path in (exported, pulse) if pulse.exists() else (exported,):
        res = invoke("hrtf", "info", str(path))
        assert res.exit_code == 0, res.output
        for line in res.output.splitlines():  # no float noise such as -50.62500000000003
            assert not any(len(n.split(".")[1]) > 3 for n in re.findall(r"-?\d+\.\d+", line)), line
    info = json.loads(invoke("hrtf", "info", str(exported), "--json").output)
    # the figure is the ITD t2sa measures everywhere (1.5 kHz low-passed cross-correlation) ...
    left = builtin_hrtf(48000).filters(np.array([90.0]), np.array([0.0]))[0]
    assert info["itd_at_left_us"] == pytest.approx(itd_s(left, 48000) * 1e6, abs=0.1)
    # ... and it lies between a sphere's high-frequency (Woodworth, ears at +-100 deg) and low-frequency
    # (Kuhn, 3 a/c) limits: about 0.68 ms, not the 0.65 ms of Woodworth's formula with ears at +-90 deg
    a_c = HEAD_RADIUS_M / SPEED_OF_SOUND
    woodworth_100 = a_c * (math.radians(80.0) + math.cos(math.radians(10.0))) * 1e6
    assert woodworth_100 < info["itd_at_left_us"] < 3 * a_c * 1e6
    assert info["itd_at_left_us"] == pytest.approx(682, abs=15)


def test_batch_run_prints_a_readable_summary():
    summary = {
        "job": "listening_test",
        "kind": "stimuli",
        "out": "/x/out",
        "batch": {"total": 24, "skipped": 0, "ok": 23, "error": 1, "wall_s": 6.27, "workers": 2},
        "rows": 24,
        "rows_ok": 23,
        "stimuli": {"items": 8, "stimuli": 40, "conditions": ["binaural/default", "stereo"],
                    "target_lufs_effective": -23.0},
        "report": "/x/out/stimuli/index.html",
        "figures": ["/x/out/figures/loudness.png", "/x/out/figures/peak.png"],
    }
    text = format_job_summary(summary)
    assert "{" not in text
    assert "24 rows: 23 ok, 1 error" in text and "8 trials, 40 files at -23.0 LUFS" in text
    assert "report     /x/out/stimuli/index.html" in text and "2 in /x/out/figures" in text


# -- one-text commands load the text model without sentence-transformers ---------------------------
def _texts() -> list[str]:
    data = Path(__file__).parent / "data"
    return [json.loads(line)["text"] for p in sorted(data.glob("*.jsonl")) for line in p.open(encoding="utf-8") if line.strip()]


def test_fast_loaded_model_answers_bit_for_bit_as_the_full_loader():
    import warnings

    import torch

    from t2sa.text import cues
    from t2sa.text.fast_load import load_fast
    from t2sa.text.predictor import TextToSpatial

    every = _texts()
    texts = every[:: max(1, len(every) // 2000)] + ["very " * 200 + "far to the left"]  # both languages, every length
    full, fast = TextToSpatial.load(), load_fast()  # (bucket); one text past the 96-token cut
    norm = [cues.normalize(t) for t in texts]
    assert torch.equal(full.embed(norm), fast.embed(norm))
    assert full.network_frames(texts) == fast.network_frames(texts)  # the head, too
    with warnings.catch_warnings():  # and the whole path (the rules are the same code in both)
        warnings.simplefilter("ignore")
        a = [p.to_json() for p in full.predict(texts[::5], duration_s=4.0)]
        b = [p.to_json() for p in fast.predict(texts[::5], duration_s=4.0)]
    assert a == b


def test_one_text_commands_never_import_sentence_transformers(clip, tmp_path):
    import subprocess
    import sys

    code = (
        "import sys\nfrom t2sa.cli.main import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n    assert not e.code, e.code\n"
        "heavy = sorted(m for m in ('sentence_transformers', 'transformers', 'sklearn') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    for args in (
        ["predict", "a bee circles my head"],
        ["render", str(clip), str(tmp_path / "o.wav"), "--text", "a bell far behind me"],
    ):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        assert "HEAVY []" in done.stdout, (args, done.stdout[-300:])


def test_a_model_loaded_for_prediction_says_it_cannot_be_saved(tmp_path):
    from t2sa.errors import ModelError
    from t2sa.text.fast_load import load_fast

    with pytest.raises(ModelError, match="prediction only"):
        load_fast().save(tmp_path / "m")


@pytest.mark.parametrize("module", ["t2sa", "t2sa.cli.main"])
def test_python_dash_m_runs_the_command_line(module):
    """``python -m t2sa.cli.main train ...`` once did nothing and exited 0 (no ``__main__`` guard), which a GPU
    check in round 33 met as a training run that silently never ran; ``python -m t2sa`` is the documented form."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", module, "predict", "a bell on my left"], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["azimuth_deg"] == 90.0
    refused = subprocess.run([sys.executable, "-m", module, "render"], capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "Missing argument" in refused.stderr
