"""Batch engine throughput vs a plain 2-process loop, and driver memory vs manifest size.

    python benchmarks/bench_batch.py                 # 1,000 rows of 5 s clips + memory at 1k / 20k rows
    python benchmarks/bench_batch.py --rows 200 --memory-rows 1000,5000   # quicker

Throughput (same rows, same machine, same run): binaural, dry, built-in HRTF, 48 kHz, directions
from override columns (so no text model is involved: its cost is separate and per text, not per row).

* ``bare``:  multiprocessing.Pool(2) over rows: read (cached per process), render, write_audio.
* ``bare+measure``: the same plus reading the file back and ``t2sa.metrics.measure`` on it (a
  reference for what measuring after the fact costs).
* ``engine``: ``run_job`` on an in-process Ray with 2 render workers, with ``--metrics none`` and
  ``--metrics full`` (the default: LUFS, peak, ITD/ILD/IACC, expected ITD and the binaural round
  trip, measured from the blocks the render writes, nothing read back). Both are compared with
  ``bare`` (targets: none >= 0.85, full >= 0.7). Ray is started and a tiny job run first (the Pool's
  processes are warmed the same way); those one-off costs are printed separately.

Each run is also charged the CPU seconds of every process it used (the Pool's workers; Ray's workers, its
services and the driver: :class:`TreeCpu`), printed as CPU ms per row and a CPU ratio: what the wall ratio
would be on otherwise idle cores with nothing waiting on the disk. On a shared, loaded machine that figure
moves much less than wall time does; the wall ratios are printed as best and as median of the repeats.

``--row-costs`` (on by default) also prints what each part of a row costs on one core, in this
process, best of many: render+write, each metrics level and the round trip on its own, full metrics with
cold caches (after a 64 MB pass, as in the engine, where the render and the write come between making the
samples and measuring them) and the K-weighting's FFTs alone (the floor of the meter's design).

Memory: the driver's peak RSS (``ru_maxrss``) running a whole job in a fresh process, at 1k and 20k
rows, and how long planning takes (``prepare``: manifest checks, output collisions, content keys,
what is done). Those runs use 0.05 s clips at 8 kHz so that 20k rows finish in minutes: the driver
never touches audio, only rows, so clip length does not change its memory.

Long rows (``--long-seconds``, default 600): peak RSS of a fresh process rendering one long clip
(binaural, 48 kHz) through the engine's render stage (``--no-ray``, default full metrics: streamed
to its file, then measured block by block) next to ``t2sa.render.render_to_file`` alone (what
``t2sa render`` does); the difference is what the engine adds per row.
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import soundfile as sf

N_SOURCES = 8


def make_inputs(folder: Path, rows: int, seconds: float, sr: int) -> Path:
    """N_SOURCES distinct clips (noise bands and tones) reused across ``rows`` manifest rows."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(0)
    n = int(seconds * sr)
    t = np.arange(n) / sr
    for i in range(N_SOURCES):
        x = rng.standard_normal(n) * 0.05 + 0.2 * np.sin(2 * np.pi * (200 + 150 * i) * t) * np.exp(-t)
        sf.write(folder / f"src{i}.wav", x / np.max(np.abs(x)) * 0.5, sr, subtype="PCM_16")
    az = rng.uniform(-180, 180, rows)
    el = rng.uniform(-30, 60, rows)
    table = pa.table(
        {
            "id": [f"b{i:06d}" for i in range(rows)],
            "audio": [f"src{i % N_SOURCES}.wav" for i in range(rows)],
            "azimuth_deg": az,
            "elevation_deg": el,
        }
    )
    path = folder / "manifest.parquet"
    pq.write_table(table, path)
    return path


# -- the plain loop ------------------------------------------------------------------------
_STATE: dict = {}


def _init(sr: int) -> None:
    from t2sa.render.hrtf import load_hrtf

    _STATE["hrtf"] = load_hrtf(None, sr)
    _STATE["sources"] = {}


def _bare_row(args: tuple) -> float:
    from t2sa.audio import read_audio, write_audio
    from t2sa.params import SpatialParams
    from t2sa.render import render

    src, az, el, out, measure = args
    if src not in _STATE["sources"]:
        _STATE["sources"][src] = read_audio(src)
    x, sr = _STATE["sources"][src]
    rendered = render(x, sr, SpatialParams(azimuth_deg=az, elevation_deg=el), format="binaural", hrtf=_STATE["hrtf"])
    write_audio(out, rendered.audio, sr)
    if measure:
        from t2sa.metrics import measure as measure_fn

        data, file_sr = sf.read(out, always_2d=True)
        measure_fn(data.T, file_sr, "binaural")
    return rendered.audio.shape[1] / sr


def _tree_times() -> dict[int, float]:
    """CPU seconds (user + system) of this process and each live descendant, by pid (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(name))
        times[int(name)] = (int(fields[11]) + int(fields[12])) / tick
    out, todo = {}, [os.getpid()]
    while todo:
        pid = todo.pop()
        out[pid] = times.get(pid, 0.0)
        todo += parents.get(pid, [])
    return out


class TreeCpu:
    """CPU seconds used by this process and its descendants (Pool workers; Ray's workers and services, which
    this process starts) while the ``with`` block runs: sampled every 0.5 s by pid, so a process that ends
    (a Ray worker replaced, a Pool worker) keeps what it used up to its last sample. The figure a loaded
    machine does not inflate the way it inflates wall time."""

    def __enter__(self) -> TreeCpu:
        import threading

        self.first = _tree_times()
        self.last = dict(self.first)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> None:
        while not self._stop.wait(0.5):
            self.last.update(_tree_times())

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.last.update(_tree_times())
        self.seconds = sum(t - self.first.get(pid, 0.0) for pid, t in self.last.items())


CPU: dict[str, list[float]] = {}
"""CPU seconds of each timed run (see :class:`TreeCpu`), by run kind."""


def run_bare(manifest: Path, out: Path, sr: int, measure: bool, processes: int = 2) -> float:
    """Wall seconds of the plain loop over all rows."""
    table = pq.read_table(manifest).to_pylist()
    out.mkdir(parents=True, exist_ok=True)
    jobs = [
        (str(manifest.parent / r["audio"]), r["azimuth_deg"], r["elevation_deg"], str(out / f"{r['id']}.wav"), measure)
        for r in table
    ]
    ctx = mp.get_context("spawn")
    with ctx.Pool(processes, initializer=_init, initargs=(sr,)) as pool:
        pool.map(_bare_row, jobs[: processes * 2])  # warm both processes (imports, HRTF) outside the clock
        with TreeCpu() as cpu:
            start = time.perf_counter()
            pool.map(_bare_row, jobs, chunksize=4)
            wall = time.perf_counter() - start
        CPU.setdefault("bare_m" if measure else "bare", []).append(cpu.seconds)
        return wall


def run_engine(manifest: Path, out: Path, metrics: str, workers: int = 2) -> object:
    """Run stats of one job (its wall seconds in ``wall_s``)."""
    import shutil

    from t2sa.batch.pipeline import JobConfig, run_job

    shutil.rmtree(out, ignore_errors=True)
    with TreeCpu() as cpu:
        stats = run_job(JobConfig(manifest=str(manifest), out=str(out), workers=workers, progress=False, metrics=metrics))
    CPU.setdefault(metrics, []).append(cpu.seconds)
    return stats


def warm_engine(root: Path, sr: int, workers: int = 2) -> tuple[float, float]:
    """Start Ray and run a first tiny job (Ray Data's own actors, worker imports, HRTF): the
    counterpart of warming the Pool's processes. Returns (Ray start s, first tiny job s)."""
    from t2sa.batch.pipeline import start_ray

    t = time.perf_counter()
    start_ray(None, workers)
    ray_start = time.perf_counter() - t
    manifest = make_inputs(root / "warm", 2 * workers, 0.5, sr)
    stats = run_engine(manifest, root / "warm" / "out", "full", workers)
    return ray_start, stats.wall_s


# -- memory -------------------------------------------------------------------------------
def _rss() -> int:
    """Resident set size of this process in bytes (Linux /proc)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def memory_child(rows: int, folder: Path) -> None:
    import resource
    import threading

    manifest = folder / "manifest.parquet"  # made by the parent, so this process only runs the job
    from t2sa.batch.pipeline import JobConfig, run_job, start_ray

    start_ray(None, 2)
    rss_before = _rss()
    peak = [rss_before]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss())
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    batch = int(os.environ.get("T2SA_BENCH_BATCH", "16"))
    curve: list[tuple[int, float]] = []  # (rows done, RSS MB) as the job goes

    def on_batch(table, stats) -> None:
        if not curve or stats.done_now - curve[-1][0] >= rows // 10:
            curve.append((stats.done_now, _rss() / 2**20))

    from t2sa.batch.pipeline import prepare

    config = JobConfig(manifest=str(manifest), out=str(folder / "out"), workers=2, progress=False, batch_size=batch)
    t = time.perf_counter()
    job = prepare(config)
    prepare_s = time.perf_counter() - t
    stats = run_job(config, job=job, on_batch=on_batch)
    done.set()
    sampler.join()
    print(
        json.dumps(
            {
                "rows": rows,
                "ok": stats.ok,
                "wall_s": stats.wall_s,
                "prepare_s": prepare_s,
                "rss_before_job_mb": rss_before / 2**20,
                "rss_peak_during_job_mb": peak[0] / 2**20,
                "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "rss_curve_mb": [(n, round(mb, 1)) for n, mb in curve],
            }
        )
    )


def measure_memory(rows: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        make_inputs(Path(tmp), rows, 0.05, 8000)
        proc = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(rows), "--dir", tmp],
            capture_output=True,
            text=True,
            check=True,
        )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def long_row_child(seconds: float, folder: Path, mode: str) -> None:
    """One long row in this (fresh) process: ``engine`` (the batch render stage) or ``render`` (render_to_file)."""
    import resource

    source = folder / "long.wav"
    t = time.perf_counter()
    if mode == "engine":
        from t2sa.batch.pipeline import JobConfig, run_job

        stats = run_job(JobConfig(manifest=str(folder / "long.parquet"), out=str(folder / "out"), use_ray=False,
                                  progress=False))
        assert stats.ok == 1, "the long row failed"
        measure_s = stats.measure_s
    else:
        from t2sa.params import SpatialParams
        from t2sa.render import render_to_file

        render_to_file(str(source), str(folder / "cli.wav"), None, SpatialParams(azimuth_deg=30.0), format="binaural")
        measure_s = 0.0
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "peak_mb": peak, "wall_s": wall, "measure_s": measure_s}))


def measure_long_row(seconds: float) -> list[dict]:
    sr = 48000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rng = np.random.default_rng(1)
        with sf.SoundFile(folder / "long.wav", "w", sr, 1, subtype="PCM_16") as f:
            for _ in range(int(seconds)):
                f.write(rng.standard_normal(sr) * 0.05)
        table = pa.table({"id": ["long"], "audio": ["long.wav"], "azimuth_deg": [30.0], "elevation_deg": [0.0]})
        pq.write_table(table, folder / "long.parquet")
        out = []
        for mode in ("render", "engine"):
            proc = subprocess.run(
                [sys.executable, __file__, "--long-child", mode, "--long-seconds", str(seconds), "--dir", tmp],
                capture_output=True,
                text=True,
                check=True,
            )
            out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--sample-rate", type=int, default=48000)
    ap.add_argument("--memory-rows", default="1000,20000", help="comma-separated; empty to skip")
    ap.add_argument("--repeat", type=int, default=2, help="interleaved repeats; the best of each is shown")
    ap.add_argument("--skip-full", action="store_true", help="only the metrics-none pair (faster)")
    ap.add_argument("--no-row-costs", action="store_true", help="skip the per-row cost table")
    ap.add_argument("--long-seconds", type=float, default=600.0, help="length of the long row; 0 to skip")
    ap.add_argument("--only-long", action="store_true", help="only the long-row memory figures")
    ap.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--long-child", help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, Path(args.dir))
        return
    if args.long_child:
        long_row_child(args.long_seconds, Path(args.dir), args.long_child)
        return
    if args.only_long:
        print_long_row(args.long_seconds)
        return

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        manifest = make_inputs(root / "in", args.rows, args.seconds, args.sample_rate)
        audio_s = args.rows * args.seconds
        print(
            f"{args.rows} rows x {args.seconds:g} s clips, binaural dry, built-in HRTF, {args.sample_rate} Hz, 2 processes"
        )
        ray_start, first_job = warm_engine(root, args.sample_rate)
        CPU.clear()
        runs: dict[str, list[float]] = {k: [] for k in ("bare", "none", "bare_m", "full")}
        load = [os.getloadavg()[0]]
        for _ in range(args.repeat):  # interleaved, best of N: other users of the machine come and go
            runs["bare"].append(run_bare(manifest, root / "bare", args.sample_rate, measure=False))
            stats = run_engine(manifest, root / "engine_none", "none")
            assert stats.ok == args.rows, f"engine rendered {stats.ok} of {args.rows} ok"
            runs["none"].append(stats.wall_s)
            if not args.skip_full:
                runs["bare_m"].append(run_bare(manifest, root / "bare_m", args.sample_rate, measure=True))
                full = run_engine(manifest, root / "engine", "full")
                assert full.ok == args.rows, f"engine rendered {full.ok} of {args.rows} ok"
                runs["full"].append(full.wall_s)
            load.append(os.getloadavg()[0])
        step = max(1, args.rows // 50)
        same = sum(
            (root / "bare" / f"b{i:06d}.wav").read_bytes()
            == (root / "engine_none" / "audio" / "binaural-default" / f"b{i:06d}.wav").read_bytes()
            for i in range(0, args.rows, step)
        )
    n = args.rows
    best = {k: min(v) for k, v in runs.items() if v}
    rows = [("plain loop: render+write", "bare", None), ("engine --metrics none", "none", "bare")]
    if not args.skip_full:
        rows += [
            ("engine --metrics full (default)", "full", "bare"),
            ("plain loop: + read back, measure", "bare_m", "bare"),
        ]
    median = {k: float(np.median(v)) for k, v in runs.items() if v}
    cpu = {k: min(v) for k, v in CPU.items() if v}
    print(f"\nbest of {args.repeat}, interleaved (1-min load average: {', '.join(f'{x:.1f}' for x in load)})")
    print(
        f"{'':<34}{'wall s':>8}{'rows/s':>9}{'audio s/s':>11}{'ms/row/worker':>15}{'/ render+write':>15}"
        f"{'(median)':>9}{'CPU ms/row':>11}{'CPU ratio':>10}"
    )
    for name, key, ref in rows:
        wall = best[key]
        ratio = f"{best[ref] / wall:.2f}" if ref else ""
        med = f"{median[ref] / median[key]:.2f}" if ref else ""
        cpu_ratio = f"{cpu[ref] / cpu[key]:.2f}" if ref and key in cpu and ref in cpu else ""
        print(
            f"{name:<34}{wall:>8.2f}{n / wall:>9.2f}{audio_s / wall:>11.1f}{2000 * wall / n:>15.1f}{ratio:>15}"
            f"{med:>9}{1000 * cpu.get(key, math.nan) / n:>11.2f}{cpu_ratio:>10}"
        )
    print(
        "(CPU: all processes of the run, Ray's services and the driver included, best of the repeats; the CPU ratio is "
        "what the wall ratio would be on idle cores if nothing waited on the disk)"
    )
    print(f"\nengine overhead: {2000 * (best['none'] - best['bare']) / n:+.1f} ms per row per worker (metrics none)")
    if not args.skip_full:
        print(
            f"full metrics: {2000 * (best['full'] - best['none']) / n:+.1f} ms per row per worker over metrics none; "
            f"engine full / the loop that reads back and measures: {best['bare_m'] / best['full']:.2f}"
        )
        print(
            f"metering inside the engine: {1000 * (cpu['full'] - cpu['none']) / n:.2f} ms CPU per row (full less none); "
            f"for full >= 0.7 it may be {1000 * (cpu['bare'] / 0.7 - cpu['none']) / n:.2f}"
        )
    print(
        f"Ray start {ray_start:.1f} s and first (tiny) job {first_job:.1f} s: once per session, not in the figures above"
    )
    print(f"engine files identical to the plain loop's: {same}/{len(range(0, n, step))} sampled")

    if not args.no_row_costs:
        print_row_costs(args.seconds, args.sample_rate)

    sizes = [int(s) for s in args.memory_rows.split(",") if s.strip()]
    if sizes:
        print(
            f"\n{'driver memory':<15}{'rows':>7}{'plan s':>8}{'wall s':>8}{'RSS before':>12}{'at 10%':>9}{'at 90%':>9}"
            f"{'peak':>8}  (MB)"
        )
        for rows in sizes:
            m = measure_memory(rows)
            curve = m["rss_curve_mb"]
            early, late = curve[min(1, len(curve) - 1)][1], curve[-1][1]
            print(
                f"{'':<15}{m['rows']:>7}{m['prepare_s']:>8.1f}{m['wall_s']:>8.1f}{m['rss_before_job_mb']:>12.0f}"
                f"{early:>9.0f}{late:>9.0f}{m['rss_peak_during_job_mb']:>8.0f}"
            )
    if args.long_seconds > 0:
        print_long_row(args.long_seconds)


def print_row_costs(seconds: float, sr: int, repeat: int = 15) -> None:
    """CPU milliseconds of each part of one binaural row on one core (this process, best of ``repeat``)."""
    import scipy.fft as sfft

    from t2sa.audio import write_audio
    from t2sa.batch.rendering import _expected_itd
    from t2sa.metrics import GROUP_CHUNKS, Meter, chunk_plan
    from t2sa.params import SpatialParams
    from t2sa.render import render, render_to_file
    from t2sa.render.hrtf import load_hrtf
    from t2sa.render.localize import Localizer

    hrtf = load_hrtf(None, sr)
    x = (0.05 * np.random.default_rng(0).standard_normal(int(seconds * sr))).astype(np.float32)
    params = SpatialParams(azimuth_deg=40.0, elevation_deg=10.0)
    blocks: list[np.ndarray] = []
    junk = np.zeros(1 << 23)  # 64 MB

    def cpu_ms(fn, cold: bool = False) -> float:
        """Best CPU time of ``fn``; ``cold``: each run after a pass over 64 MB, so that the caches no longer hold the
        row's samples (as in the engine, where the render and the file write come between making and measuring)."""
        fn()
        best = float("inf")
        for _ in range(repeat):
            if cold:
                junk[::8] += 1.0  # every cache line
            t = time.process_time()
            fn()
            best = min(best, time.process_time() - t)
        return 1000 * best

    def meter(full: bool, localize: bool) -> None:
        m = Meter(sr, "binaural", full=full, spectra=localize)
        for b in blocks:
            m.add(b)
        m.result(Localizer(hrtf, (40.0, 10.0)) if localize else None)

    nfft, _span, hop = chunk_plan(sr)
    chunks = -(-len(x) // hop)
    padded = np.zeros((2, GROUP_CHUNKS, nfft), np.float32)

    def k_weighting_ffts() -> None:
        """The float32 FFTs the meter's K-weighting needs (forward, shared with the correlation, and inverse), in
        the meter's groups of chunks: the floor of any exact BS.1770 measure done this way."""
        for i in range(0, chunks, GROUP_CHUNKS):
            c = min(GROUP_CHUNKS, chunks - i)
            sfft.irfft(sfft.rfft(padded[:, :c], axis=-1), nfft, axis=-1, overwrite_x=True)

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "row.wav")

        def keep(block: np.ndarray, start: int) -> None:
            if start == 0:
                blocks.clear()
            blocks.append(block)

        render_to_file(x, out, sr, params, hrtf=hrtf, on_block=keep)
        rng = np.random.default_rng(1)
        figures = {
            "render + write_audio (the plain loop)": cpu_ms(lambda: write_audio(out, render(x, sr, params, hrtf=hrtf).audio,
                                                                                 sr)),
            "render_to_file (the engine)": cpu_ms(lambda: render_to_file(x, out, sr, params, hrtf=hrtf)),
            "metrics basic (peak, LUFS)": cpu_ms(lambda: meter(False, False)),
            "metrics full without the round trip": cpu_ms(lambda: meter(True, False)),
            "metrics full (with the round trip)": cpu_ms(lambda: meter(True, True)),
            "  the same, caches cold": cpu_ms(lambda: meter(True, True), cold=True),
            "  the K-weighting's FFTs alone": cpu_ms(k_weighting_ffts),
            "expected ITD (HRIR at the direction)": cpu_ms(
                lambda: _expected_itd("default", hrtf, sr, SpatialParams(azimuth_deg=float(rng.uniform(-180, 180))))
            ),
        }
    print(f"\ncost of one {seconds:g} s binaural row on one core (CPU ms, best of {repeat}, this process)")
    base = figures["render + write_audio (the plain loop)"]
    for name, ms in figures.items():
        print(f"  {name:<40}{ms:>8.2f} ms{ms / base:>8.2f} x the plain loop's row")
    loc = figures["metrics full (with the round trip)"] - figures["metrics full without the round trip"]
    print(f"  round trip alone: {loc:.2f} ms per row ({100 * loc / base:.0f} % of the plain loop's row)")


def print_long_row(seconds: float) -> None:
    print(f"\none {seconds:g} s row, binaural, 48 kHz, fresh process each (peak RSS, imports included)")
    for m in measure_long_row(seconds):
        name = "render_to_file alone" if m["mode"] == "render" else "engine row, --metrics full"
        extra = f"  (measuring {m['measure_s']:.1f} s)" if m["mode"] == "engine" else ""
        print(f"  {name:<28}{m['peak_mb']:>8.0f} MB{m['wall_s']:>8.1f} s{extra}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONWARNINGS", "ignore")
    main()
