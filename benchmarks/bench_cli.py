"""One-text command latency, end to end in fresh processes: where the seconds of ``t2sa render --text`` go.

Target: ``t2sa predict "..."`` and ``t2sa render --text`` under 2 s end to end. Measured in the same run:

* the commands themselves (``t2sa predict``, ``t2sa render --text``, ``t2sa render --params`` for reference);
* loading the text model and predicting one text with :func:`t2sa.text.fast_load.load_fast` (no
  sentence-transformers) against :meth:`TextToSpatial.load` (the sentence-transformers path);
* ``import torch`` and ``import sentence_transformers`` alone.

Each case runs ``--repeat`` times in a new interpreter; the median wall time and the median CPU time
(user + system of the child) are printed. On a shared machine the wall time includes waiting for a core;
CPU time is what the command costs.

    python benchmarks/bench_cli.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = "a car passes from left to right over 2 seconds"


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall s, CPU s) of one run of ``cmd`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        import numpy as np
        import soundfile as sf

        clip = Path(tmp) / "in.wav"
        sf.write(clip, np.random.default_rng(0).normal(size=5 * 48000) * 0.05, 48000)
        out = str(Path(tmp) / "out.wav")
        t2sa = [py, "-m", "t2sa.cli.main"] if not _has_script("t2sa") else ["t2sa"]
        cases = [
            ("import torch", [py, "-c", "import torch"]),
            ("import sentence_transformers", [py, "-c", "import sentence_transformers"]),
            ("load_fast + predict 1 text", [py, "-c", f"from t2sa.text.fast_load import load_fast; load_fast().predict([{TEXT!r}], duration_s=5.0)"]),
            ("TextToSpatial.load + predict 1 text", [py, "-c", f"from t2sa.text import TextToSpatial; TextToSpatial.load().predict([{TEXT!r}], duration_s=5.0)"]),
            ("t2sa predict TEXT", [*t2sa, "predict", TEXT]),
            ("t2sa render --text (5 s clip)", [*t2sa, "render", str(clip), out, "--text", TEXT, "-q"]),
            ("t2sa render --params (5 s clip)", [*t2sa, "render", str(clip), out, "--params", '{"azimuth_deg": 30}', "-q"]),
        ]
        print(f"{'case':<40} {'wall median':>11} {'CPU median':>11} {'wall/2 s':>9}")
        for name, cmd in cases:
            runs = [timed(cmd) for _ in range(args.repeat)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"{name:<40} {wall:>10.2f}s {cpu:>10.2f}s {wall / 2.0:>9.2f}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; wall/2 s < 1 meets the target)")


def _has_script(name: str) -> bool:
    from shutil import which

    return which(name) is not None


if __name__ == "__main__":
    main()
