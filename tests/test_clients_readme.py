"""The README's Python example, run as a newcomer would run it: in a fresh interpreter, whatever was imported first.

``from t2sa import render`` must render whether or not ``t2sa.render``'s submodules were imported before
(Python then binds the name to the package, which is therefore callable). Each case runs in its own
process, since import history is the whole point.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

README = Path(__file__).resolve().parents[1] / "README.md"

CALL = """
import numpy as np
mono = np.random.default_rng(0).normal(size=4800) * 0.1
audio, sr = render(mono, 48000, SpatialParams(azimuth_deg=30.0), format="binaural")
assert audio.shape[0] == 2 and sr == 48000, (audio.shape, sr)
audio, sr = render(mono, 48000, SpatialParams(azimuth_deg=-30, wet=0.3, rt60_s=1.2), format="foa")
assert audio.shape[0] == 4
print("rendered")
"""


def run_python(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=300, check=False
    )


@pytest.mark.parametrize(
    "imports",
    [
        "from t2sa import SpatialParams, render",
        "import t2sa.render.hrtf\nfrom t2sa import SpatialParams, render",
        "import t2sa\nfrom t2sa import SpatialParams\nrender = t2sa.render",
    ],
    ids=["fresh", "hrtf-first", "attribute"],
)
def test_render_is_callable_whatever_was_imported_before(imports):
    done = run_python(imports + "\n" + CALL)
    assert done.returncode == 0, done.stderr
    assert "rendered" in done.stdout


def test_the_render_package_keeps_its_functions():
    import t2sa.render.hrtf  # noqa: F401 - binds t2sa.render to the package
    from t2sa import render

    assert callable(render) and callable(render.render_to_file) and render.FORMATS


def _runnable_blocks() -> list[str]:
    """Code blocks the README marks ``<!-- runnable -->`` (the line before the fence)."""
    return re.findall(r"<!-- runnable -->\n```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_readme_marks_its_python_examples_runnable():
    blocks = _runnable_blocks()
    assert any("from t2sa import" in b and "render(" in b for b in blocks)
    assert any("render_scene_to_file" in b for b in blocks)


@pytest.mark.parametrize("index", range(len(_runnable_blocks())))
def test_readme_runnable_block_runs_as_written(tmp_path, index):
    """Each marked block runs in a fresh interpreter in a folder holding the sounds it names."""
    rate = 24000
    t = np.arange(rate) / rate
    sf.write(tmp_path / "voice.wav", np.sin(2 * np.pi * 220 * t) * 0.2, rate)
    sf.write(tmp_path / "dog.wav", np.sin(2 * np.pi * 600 * t) * np.exp(-8 * t) * 0.3, rate)
    sf.write(tmp_path / "car.wav", np.random.default_rng(1).normal(size=rate) * 0.05, rate)
    block = _runnable_blocks()[index]
    done = run_python(textwrap.dedent(block) + "\nprint('block ran')", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "block ran" in done.stdout
