"""Renderer speed and memory on one core: prints a table of realtime factors and ratios to a lower bound.

    python benchmarks/bench_render.py [--repeats 5] [--hrtf PATH.sofa] [--skip-speed] [--skip-memory]
                                      [--memory-render] [--skip-cli]

* Clip: 10 s of noise at 48 kHz (float64, as ``t2sa.audio.read_audio`` returns it).
* Lower bound ("LB"), measured in the same run: ``scipy.signal.oaconvolve`` of the clip with one HRIR pair
  of the same HRTF, in float64 (the clip as given) and float32 (the renderer's working precision).
  ``xLB64`` / ``xLB32`` = render time / LB time (target for static dry binaural: at most 1 x LB64; "LB" in
  the ok column when the realtime target is met but this one is not).
* Realtime factor = clip duration / wall time (``--clock cpu``: CPU time of this one-thread process; best of
  ``--repeats`` after one warm-up), for ``render()``
  (whole clip in one buffer) and for the streaming path (``render_stream``, 5 s blocks, same samples);
  ``strm/rend`` = streaming time / render time (1.00 = no cost for streaming).
* Peak memory: a 10-minute clip (24-bit mono WAV, 48 kHz) rendered by ``render_to_file`` (the streaming
  path the CLI uses) to a 24-bit WAV, each in a fresh subprocess; peak RSS (``VmHWM``, else ``ru_maxrss``)
  of the whole process and the part above its peak after imports and a warm-up render. ``output MB`` is the
  size the whole output would have as float32, for scale. ``--memory-render`` adds the same rows for
  ``read_audio`` + ``render()`` + ``write_audio`` (everything in memory) for comparison.
* CLI: wall time of ``t2sa render`` on a 10 s WAV from the shell (process start to exit), and peak RSS of
  ``t2sa render --format hoa3`` on the 10-minute WAV.

One core: thread pools limited to 1 via environment variables (set before numpy loads) and threadpoolctl.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

SR = 48000
SECONDS = 10.0
REPO = Path(__file__).resolve().parents[1]

TARGETS = {  # realtime factor targets (one core)
    ("binaural", "static dry"): 1500,
    ("binaural", "moving dry"): 300,
    ("binaural", "moving dry doppler"): 200,
    ("binaural", "static rt60=1s"): 100,
    ("foa", "static dry"): 5000,
    ("hoa3", "static dry"): 1500,
    ("7.1.4", "static dry"): 1000,
}
LB_TARGET = ("binaural", "static dry", 1.0)
"""Static dry binaural must take at most this times the float64 bare convolution (xLB64)."""


def _limit_threads() -> None:
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # env vars already limit BLAS/OpenMP pools
        pass


CLOCK = [time.perf_counter]
"""The clock of every timing: wall (default) or, with ``--clock cpu``, this process's CPU time (one thread:
the pools are limited to 1), which a loaded shared machine inflates far less than wall time."""


def _best_time(fn, repeats: int) -> float:
    fn()
    best = float("inf")
    clock = CLOCK[0]
    for _ in range(repeats):
        start = clock()
        fn()
        best = min(best, clock() - start)
    return best


def _cases():
    from t2sa.params import SpatialParams

    def kf(t, az, el=0.0, d=1.0):
        return {"t": t, "azimuth_deg": az, "elevation_deg": el, "distance_m": d, "spread_deg": 0.0}

    from t2sa.render import RenderOptions

    orbit = [kf(i / 4, 90.0 * i / 4, 10.0 * (i % 2), 1.0 + i) for i in range(5)]
    moving = SpatialParams(azimuth_deg=0.0, elevation_deg=0.0, motion="orbit", trajectory=orbit)
    no_doppler = RenderOptions(doppler=False)
    return {  # name -> (params, options); the orbit's distance goes 1 -> 5 m, so Doppler applies by default
        "static dry": (SpatialParams(azimuth_deg=30.0, elevation_deg=10.0), None),
        "moving dry": (moving, no_doppler),
        "moving dry doppler": (moving, None),
        "static rt60=1s": (SpatialParams(azimuth_deg=30.0, wet=0.5, rt60_s=1.0), None),
        "moving rt60=1s": (SpatialParams(azimuth_deg=0.0, motion="orbit", trajectory=orbit, wet=0.5, rt60_s=1.0), None),
        "static spread60 5m": (SpatialParams(azimuth_deg=30.0, spread_deg=60.0, distance_m=5.0), None),
        "static occluded 0.5": (SpatialParams(azimuth_deg=30.0, occlusion=0.5), None),
        "static near 0.3m": (SpatialParams(azimuth_deg=60.0, distance_m=0.3), None),
    }


def speed_table(repeats: int, hrtf_spec: str | None) -> list[dict]:
    from scipy.signal import oaconvolve

    from t2sa.render import FORMATS, render, render_stream
    from t2sa.render.hrtf import load_hrtf

    clip = 0.1 * np.random.default_rng(0).standard_normal(int(SECONDS * SR))
    hrtf = load_hrtf(hrtf_spec, SR)
    pair = np.asarray(hrtf.filters(np.array([30.0]), np.array([10.0]))[0], dtype=np.float64)
    clip32, pair32 = clip.astype(np.float32), pair.astype(np.float32)
    lb64 = _best_time(lambda: oaconvolve(clip[None, :], pair, axes=-1), repeats)
    lb32 = _best_time(lambda: oaconvolve(clip32[None, :], pair32, axes=-1), repeats)
    rows = [
        {"format": "LB oaconvolve f64", "case": f"{pair.shape[-1]} taps", "ms": lb64 * 1e3},
        {"format": "LB oaconvolve f32", "case": f"{pair.shape[-1]} taps", "ms": lb32 * 1e3},
    ]
    for fmt in FORMATS:
        for case, (params, opts) in _cases().items():
            h = hrtf if fmt == "binaural" else None
            t = _best_time(lambda p=params, f=fmt, h=h, o=opts: render(clip, SR, p, f, h, options=o), repeats)
            ts = _best_time(
                lambda p=params, f=fmt, h=h, o=opts: _drain(render_stream(clip, SR, p, f, h, options=o)), repeats
            )
            rows.append(
                {"format": fmt, "case": case, "ms": t * 1e3, "x64": t / lb64, "x32": t / lb32, "stream_ms": ts * 1e3}
            )
    for row in rows:
        row["rtf"] = SECONDS / (row["ms"] / 1e3)
        row["target"] = TARGETS.get((row["format"], row["case"]))
    return rows


def _drain(stream) -> float:
    """Consume a render stream the way render_to_file does (peak per block), without the file."""
    peak = 0.0
    for block in stream:
        peak = max(peak, float(max(block.max(), -block.min())))
    return peak


_PEAK_RSS = """
def peak_rss_mb():
    # VmHWM: this process's own high-water mark. (ru_maxrss would do, but Linux carries it over from the
    # parent across fork + exec, so a child of a big benchmark process would report the parent's size.)
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

_MEMORY_CHILD = (
    _PEAK_RSS
    + """
import os, sys, json, time
for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[v] = "1"
import numpy as np
from t2sa.audio import read_audio, write_audio
from t2sa.params import SpatialParams
from t2sa.render import render, render_to_file
from t2sa.render.hrtf import load_hrtf
fmt, case, hrtf_spec, path, out, how = sys.argv[1:7]
h = load_hrtf(hrtf_spec or None, 48000) if fmt == "binaural" else None
kf = lambda t, az, d: {"t": t, "azimuth_deg": az, "elevation_deg": 0.0, "distance_m": d, "spread_deg": 0.0}
params = {
    "static dry": SpatialParams(azimuth_deg=30.0),
    "moving rt60=1s": SpatialParams(azimuth_deg=0.0, motion="orbit",
        trajectory=[kf(i / 4, 90.0 * i / 4, 1.0 + i) for i in range(5)], wet=0.5, rt60_s=1.0),
    "moving occl=0.5": SpatialParams(azimuth_deg=0.0, distance_m=0.3, motion="orbit", occlusion=0.5,
        trajectory=[kf(i / 4, 90.0 * i / 4, 0.3 + i) for i in range(5)], wet=0.5, rt60_s=1.0),
}[case]
render(np.zeros(4800), 48000, params, fmt, h)  # warm caches, so the baseline includes them
base = peak_rss_mb()
start = time.perf_counter()
if how == "stream":
    res = render_to_file(path, out, 48000, params, fmt, h)
    n_ch, n = res.n_channels, res.n_samples
else:
    x, sr = read_audio(path, 48000)
    res = render(x, sr, params, fmt, h)
    del x
    write_audio(out, res.audio, sr)
    n_ch, n = res.audio.shape
wall = time.perf_counter() - start
peak = peak_rss_mb()
print(json.dumps({"peak_mb": peak, "above_imports_mb": peak - base,
                  "output_mb": n_ch * n * 4 / 2**20, "seconds": wall}))
"""
)

_CLI_MEMORY_CHILD = (
    _PEAK_RSS
    + """
import sys
from t2sa.cli.main import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print(peak_rss_mb(), file=sys.stderr)
"""
)

MEMORY_CASES = [
    (fmt, case)
    for fmt in ("binaural", "stereo", "foa", "hoa2", "hoa3", "7.1.4")
    for case in ("static dry", "moving rt60=1s")
] + [("binaural", "moving occl=0.5"), ("7.1.4", "moving occl=0.5")]
"""Moving cases run with Doppler (on by default); ``moving occl=0.5`` adds occlusion and the built-in head's
near field (0.3 -> 4.3 m)."""
LONG_S = 600


def _long_wav(folder: Path) -> Path:
    import soundfile as sf

    path = folder / "long.wav"
    rng = np.random.default_rng(0)
    with sf.SoundFile(path, "w", SR, 1, subtype="PCM_24") as f:
        for _ in range(LONG_S // 10):  # written in pieces: the benchmark process stays small too
            f.write(0.1 * rng.standard_normal(10 * SR))
    return path


def memory_table(hrtf_spec: str | None, with_render: bool) -> list[dict]:
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="t2sa-bench-mem-"))
    try:
        src = _long_wav(tmp)
        for how in ("stream", "render") if with_render else ("stream",):
            for fmt, case in MEMORY_CASES:
                res = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        _MEMORY_CHILD,
                        fmt,
                        case,
                        hrtf_spec or "",
                        str(src),
                        str(tmp / "out.wav"),
                        how,
                    ],
                    capture_output=True,
                    text=True,
                    cwd=REPO,
                    timeout=1800,
                )
                (tmp / "out.wav").unlink(missing_ok=True)
                if res.returncode != 0:
                    rows.append(
                        {"path": how, "format": fmt, "case": case, "error": res.stderr.strip().splitlines()[-1]}
                    )
                    continue
                rows.append({"path": how, "format": fmt, "case": case, **json.loads(res.stdout)})
        out = tmp / "cli.wav"
        args = ["render", str(src), str(out), "--format", "hoa3", "--params", '{"azimuth_deg": 30, "wet": 0.3}', "-q"]
        start = time.perf_counter()
        res = subprocess.run(
            [sys.executable, "-c", _CLI_MEMORY_CHILD, *args], capture_output=True, text=True, cwd=REPO, timeout=1800
        )
        wall = time.perf_counter() - start
        if res.returncode == 0 and out.exists():
            rows.append(
                {
                    "path": "CLI",
                    "format": "hoa3",
                    "case": "static rt60=0.5s",
                    "seconds": wall,
                    "peak_mb": float(res.stderr.strip().splitlines()[-1]),
                }
            )
        else:
            rows.append(
                {"path": "CLI", "format": "hoa3", "case": "static rt60=0.5s", "error": res.stderr.strip()[-200:]}
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def cli_timing(hrtf_spec: str | None, repeats: int) -> dict:
    """Wall time of ``t2sa render`` (the console script; if the full ``t2sa`` CLI cannot start, the render
    command alone via ``python -c``, labelled as such)."""
    import soundfile as sf

    tmp = Path(tempfile.mkdtemp(prefix="t2sa-bench-"))
    try:
        src = tmp / "in.wav"
        sf.write(src, 0.1 * np.random.default_rng(0).standard_normal(int(SECONDS * SR)), SR, subtype="PCM_24")
        tail = [str(src), str(tmp / "out.wav"), "--params", '{"azimuth_deg": 30, "wet": 0.3}']
        if hrtf_spec:
            tail += ["--hrtf", hrtf_spec]
        exe = shutil.which("t2sa")
        commands = []
        if exe:
            commands.append(("t2sa render", [exe, "render", *tail]))
        commands.append(
            (
                "render command only",
                [sys.executable, "-c", "from t2sa.cli.render import render_command as c; c()", *tail],
            )
        )
        no_cache = {**os.environ, "T2SA_CACHE_DIR": "off"}
        for label, args in commands:
            times, cold, res = [], [], None
            subprocess.run(args, capture_output=True, text=True)  # fills the head-model disk cache if empty
            for _ in range(repeats):
                start = time.perf_counter()
                res = subprocess.run(args, capture_output=True, text=True)
                times.append(time.perf_counter() - start)
                if res.returncode != 0:
                    break
                start = time.perf_counter()
                subprocess.run(args, capture_output=True, text=True, env=no_cache)
                cold.append(time.perf_counter() - start)
            if res is not None and res.returncode == 0:
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", "pass"], check=True)
                python_start = time.perf_counter() - start
                return {
                    "label": label,
                    "best_s": min(times),
                    "median_s": float(np.median(times)),
                    "no_cache_median_s": float(np.median(cold)),
                    "python_startup_s": python_start,
                }
            last_error = (res.stderr.strip().splitlines() or ["?"])[-1] if res is not None else "?"
            print(f"# {label}: failed ({last_error})")
        return {"error": "no CLI variant ran"}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--hrtf", default=None, help="SOFA file for the binaural rows (default: built-in head model)")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--memory-render",
        action="store_true",
        help="also measure the in-memory path (read_audio + render + write_audio) for comparison",
    )
    parser.add_argument("--skip-cli", action="store_true")
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall",
        help="time the speed table by wall clock or by this process's CPU time (steadier on a loaded machine)",
    )
    args = parser.parse_args()
    _limit_threads()
    if args.clock == "cpu":
        CLOCK[0] = time.process_time

    print(f"# t2sa render benchmark: {SECONDS:.0f} s clip at {SR} Hz, one core, best of {args.repeats}, {args.clock} clock")
    print(f"# HRTF: {args.hrtf or 'built-in head model'}")
    rows = [] if args.skip_speed else speed_table(args.repeats, args.hrtf)
    if rows:
        print(
            f"{'format':18s} {'case':20s} {'ms':>9s} {'x realtime':>11s} {'target':>7s} {'ok':>3s} {'xLB64':>7s} "
            f"{'xLB32':>7s} {'stream ms':>10s} {'strm x rt':>10s} {'strm/rend':>9s}"
        )
    for r in rows:
        target = r["target"]
        ok = "" if target is None else ("yes" if r["rtf"] >= target else "NO")
        if (r["format"], r["case"]) == LB_TARGET[:2] and ok and r["x64"] > LB_TARGET[2]:
            ok = "LB"  # fast enough, but slower than the bare convolution
        x64 = f"{r['x64']:7.2f}" if "x64" in r else " " * 7
        x32 = f"{r['x32']:7.2f}" if "x32" in r else " " * 7
        stream = ""
        if "stream_ms" in r:
            stream = f" {r['stream_ms']:10.2f} {SECONDS / (r['stream_ms'] / 1e3):10.0f} {r['stream_ms'] / r['ms']:9.2f}"
        print(
            f"{r['format']:18s} {r['case']:20s} {r['ms']:9.2f} {r['rtf']:11.0f} {target or '':>7} {ok:>3s} {x64} {x32}"
            f"{stream}"
        )
    if rows:
        ratios = [r["stream_ms"] / r["ms"] for r in rows if "stream_ms" in r]
        print(
            f"# streaming / render time: median {np.median(ratios):.3f}, geometric mean "
            f"{np.exp(np.mean(np.log(ratios))):.3f}, max {max(ratios):.3f}"
        )

    if not args.skip_memory:
        print(f"\n# peak memory, {LONG_S // 60}-minute clip at {SR} Hz (fresh process each; target < 1024 MB)")
        print(
            f"{'path':7s} {'format':9s} {'case':17s} {'peak MB':>8s} {'above imports':>14s} {'output MB':>10s} "
            f"{'seconds':>8s} {'ok':>3s}"
        )
        for r in memory_table(args.hrtf, args.memory_render):
            if "error" in r:
                print(f"{r['path']:7s} {r['format']:9s} {r['case']:17s} error: {r['error']}")
                continue
            above = f"{r['above_imports_mb']:14.0f}" if "above_imports_mb" in r else " " * 14
            out_mb = f"{r['output_mb']:10.0f}" if "output_mb" in r else " " * 10
            ok = "yes" if r["peak_mb"] < 1024 else "NO"
            print(
                f"{r['path']:7s} {r['format']:9s} {r['case']:17s} {r['peak_mb']:8.0f} {above} {out_mb} "
                f"{r['seconds']:8.1f} {ok:>3s}"
            )

    if not args.skip_cli:
        print("\n# `t2sa render` from the shell: 10 s clip, binaural with reverb (target well under 2 s)")
        r = cli_timing(args.hrtf, 5)
        if "error" in r:
            print(f"error: {r['error']}")
        else:
            print(
                f"{r['label']}: best {r['best_s']:.2f} s, median {r['median_s']:.2f} s; without the head-model "
                f"disk cache (T2SA_CACHE_DIR=off) median {r['no_cache_median_s']:.2f} s "
                f"(bare python start {r['python_startup_s']:.2f} s)"
            )


if __name__ == "__main__":
    main()
