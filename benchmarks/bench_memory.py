"""Peak memory of ``t2sa render`` on a long input: it must not grow with the clip (target: < 400 MB for 1 hour).

    python benchmarks/bench_memory.py [--seconds 3600] [--rates 48000,44100] [--formats binaural,foa]

* Input: ``--seconds`` of 24-bit mono noise (default one hour) at each rate in ``--rates``, written in pieces
  into a temporary folder (removed afterwards); needs about 5 GB of free disk for an hour (input, the
  render's float32 copy of it, and the output).
* Each render is ``t2sa render IN OUT.wav --sample-rate 48000`` in a **fresh process**; its peak RSS is
  ``ru_maxrss`` from ``os.wait4`` of that very child (so nothing else is counted). A 44.1 kHz input is
  resampled to 48 kHz on the way (block-wise).
* Cases: a static source with a 1 s reverb, and an orbit (moving source, filters re-computed every 512
  samples) with the same reverb, per format. ``whole MB`` is what the whole output alone would take as
  float32 in memory, for scale.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
TARGET_MB = 400.0
CASES = {
    "static rt60=1s": {"azimuth_deg": 30.0, "wet": 0.3, "rt60_s": 1.0},
    "orbit rt60=1s": {
        "azimuth_deg": 0.0, "motion": "orbit", "wet": 0.3, "rt60_s": 1.0,
        "trajectory": [{"t": i / 4, "azimuth_deg": 90.0 * i, "elevation_deg": 0.0, "distance_m": 1.5,
                        "spread_deg": 0.0} for i in range(5)],
    },
}
_CLI = "import sys\nfrom t2sa.cli.main import main\nsys.exit(main(sys.argv[1:]))\n"


def make_input(folder: Path, rate: int, seconds: int) -> Path:
    import soundfile as sf

    path = folder / f"in-{rate}.wav"
    rng = np.random.default_rng(0)
    with sf.SoundFile(path, "w", rate, 1, subtype="PCM_24") as f:
        for start in range(0, seconds, 10):  # in pieces: this process stays small too
            f.write(0.1 * rng.standard_normal(min(10, seconds - start) * rate))
    return path


def run_render(src: Path, out: Path, fmt: str, params: dict) -> dict:
    """``t2sa render`` in a fresh process: (peak RSS MB, wall s, return code, last stderr line)."""
    args = [sys.executable, "-c", _CLI, "render", str(src), str(out), "--format", fmt, "--sample-rate", "48000",
            "--params", json.dumps(params), "-q"]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)  # the rusage of this child alone
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode().strip().splitlines() if proc.stderr else []
    proc.stdout.close() if proc.stdout else None
    proc.stderr.close() if proc.stderr else None
    return {"peak_mb": usage.ru_maxrss / 1024, "seconds": wall, "rc": proc.returncode, "error": err[-1] if err else ""}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=int, default=3600)
    ap.add_argument("--rates", default="48000,44100")
    ap.add_argument("--formats", default="binaural,foa")
    args = ap.parse_args()
    rates = [int(r) for r in args.rates.split(",")]
    formats = args.formats.split(",")
    channels = {"binaural": 2, "stereo": 2, "foa": 4, "hoa2": 9, "hoa3": 16}

    rows = []
    with tempfile.TemporaryDirectory(prefix="t2sa-bench-memory-") as tmp:
        folder = Path(tmp)
        for rate in rates:
            src = make_input(folder, rate, args.seconds)
            for fmt in formats:
                for case, params in CASES.items():
                    out = folder / "out.wav"
                    res = run_render(src, out, fmt, params)
                    out.unlink(missing_ok=True)
                    whole = channels.get(fmt, 0) * args.seconds * 48000 * 4 / 2**20
                    rows.append({"input": f"{rate} Hz", "format": fmt, "case": case, "whole_mb": whole, **res})
                    print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
            src.unlink()

    print(f"\npeak RSS of `t2sa render` on a {args.seconds / 60:.0f}-minute mono 24-bit input -> 48 kHz "
          f"(target < {TARGET_MB:.0f} MB)\n")
    print(f"{'input':9s} {'format':9s} {'case':15s} {'peak MB':>8s} {'whole MB':>9s} {'wall s':>7s}  ok")
    for r in rows:
        ok = "yes" if r["rc"] == 0 and r["peak_mb"] < TARGET_MB else f"NO {r['error']}"
        print(f"{r['input']:9s} {r['format']:9s} {r['case']:15s} {r['peak_mb']:8.0f} {r['whole_mb']:9.0f} "
              f"{r['seconds']:7.1f}  {ok}")


if __name__ == "__main__":
    main()
