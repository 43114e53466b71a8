"""The SELD dataset job through ``t2sa-batch run``: scene-seconds per wall-second, a scene's cost against its
events rendered alone, and (``--cluster``) the same job on a two-node cluster, byte for byte.

    python benchmarks/bench_seld.py                          # the target: 200 scenes x 60 s FOA
    python benchmarks/bench_seld.py --scenes 10 --cluster    # smaller, plus the two-node comparison

The job is ``jobs/seld_dataset.toml`` as shipped (FOA at 24 kHz, up to 3 overlapping events of 1-5 s, 40 %
moving, RT60 0.3-1.5 s, pink background, labels checked on the first 3 scenes for the card, the batch
engine), with ``scenes = N`` and ``out`` in a temp folder; it runs as a user runs it: ``t2sa-batch run
JOB`` in a fresh process, Ray started in that process with ``--workers`` (default 2, every core here). Printed:
the process's wall time (Ray start, manifest, rendering, labels, card), scene-seconds per wall-second, and the
batch engine's own figures (``metrics.parquet``: job wall time and task seconds).

Cost ratio: for ``--ratio-scenes`` of the job's scenes (read back from their scene files), one core: rendering
the scene (``render_scene_to_file``, block-wise, with and without its background) against the sum of rendering
each of its events alone (``t2sa.render.render`` with the scene's room: one reverb tail per event, as a
renderer without scenes does it). Sounds are synthesised once first, so both sides time rendering only.
Target: scene / alone <= 1.3.

``--cluster``: a head and one worker node started with ``ray start`` (``--num-cpus 1`` each, on loopback: the
cluster tests' ``tests/support/cluster.py``); the same job with ``[dataset] address = HOST:PORT`` runs on it,
and every audio, label and scene file is compared with the in-process run's.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JOB = ROOT / "jobs" / "seld_dataset.toml"


def job_file(folder: Path, name: str, scenes: int, workers: int, address: str | None = None) -> Path:
    """The shipped job with N scenes, out in ``folder/name``, on the batch engine (and a cluster)."""
    text = JOB.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^scenes = \d+", f"scenes = {scenes}", text)
    text = re.sub(r'(?m)^out = ".*"', f'out = "{name}"', text)
    text = re.sub(r"(?m)^workers = \d+", f"workers = {workers}", text)
    text = re.sub(r'(?m)^engine = "[^"]*"', 'engine = "batch"', text)
    if address:
        text = text.replace("[dataset]\n", f'[dataset]\naddress = "{address}"\n', 1)
    path = folder / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def run_job(path: Path, env: dict[str, str] | None = None) -> tuple[float, str]:
    """``t2sa-batch run PATH`` in a fresh process; (wall seconds, its stderr)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "t2sa.cli.batch", "run", str(path)], cwd=path.parent,
                          env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"t2sa-batch run {path} failed:\n{done.stderr[-3000:]}\n{done.stdout[-2000:]}")
    return wall, done.stderr


def dataset_digests(root: Path) -> dict[str, str]:
    """Audio, labels and scene files (what the dataset is), not the batch engine's bookkeeping."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.rglob("*"))
            if p.is_file() and p.parent != root and p.suffix in (".wav", ".csv", ".json")}


def engine_figures(out: Path) -> str:
    import pyarrow.parquet as pq

    m = pq.read_table(out / "metrics.parquet").to_pylist()[-1]
    task = sum(m[k] for k in ("read_s", "render_s", "write_s", "measure_s", "predict_s"))
    return f"batch engine: job wall {m['wall_s']:.1f} s, task time {task:.1f} s summed over workers"


def cost_ratio(out: Path, count: int, repeats: int) -> None:
    """Scene vs its events alone, one core, on scenes the job wrote (see the module doc)."""
    from threadpoolctl import threadpool_limits

    from t2sa.render import render
    from t2sa.scene.bank import cached_sounds
    from t2sa.scene.mix import fitted_sound, render_scene_to_file
    from t2sa.scene.seld import load_dataset_scene

    files = sorted((out / "scenes_dev").rglob("*.json"))[:count]
    print(f"\nscene vs its events alone ({len(files)} scenes, FOA, one core, best of {repeats}):")
    print("| scene | events | RT60 s | scene s | scene, no bg s | events alone s | scene / alone | no bg / alone |")
    print("|---|---|---|---|---|---|---|---|")
    tot = [0.0, 0.0, 0.0]
    scratch = out.parent / "ratio.wav"

    def best(fn) -> float:
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    with threadpool_limits(1):
        for path in files:
            scene, _ = load_dataset_scene(path)
            quiet = replace(scene, background=None)

            def alone(scene=scene) -> None:
                r = scene.room
                for k, ev in enumerate(scene.events):
                    p = ev.params.with_overrides(wet=r.wet, drr_db=r.drr_db, rt60_s=r.rt60_s,
                                                 gain_db=ev.params.gain_db + ev.gain_db)
                    render(fitted_sound(scene, k), scene.sample_rate, p, "foa", seed=scene.room_seed, on_clip="keep")

            with cached_sounds():
                for k in range(len(scene.events)):
                    fitted_sound(scene, k)  # synthesis once, outside the timings
                ts = best(lambda scene=scene: render_scene_to_file(scene, scratch, "foa"))
                tq = best(lambda quiet=quiet: render_scene_to_file(quiet, scratch, "foa"))
                ta = best(alone)
            tot = [tot[0] + ts, tot[1] + tq, tot[2] + ta]
            print(f"| {path.stem} | {len(scene.events)} | {scene.room.rt60_s:.2f} | {ts:.2f} | {tq:.2f} | {ta:.2f} | "
                  f"{ts / ta:.2f} | {tq / ta:.2f} |")
    scratch.unlink(missing_ok=True)
    print(f"all: scene / sum of events alone = {tot[0] / tot[2]:.2f} with the background, {tot[1] / tot[2]:.2f} "
          "without (target <= 1.3)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scenes", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--ratio-scenes", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--cluster", action="store_true", help="also run the job on a two-node local cluster")
    ap.add_argument("--keep", help="keep the datasets in this folder (default: a temp folder, removed)")
    args = ap.parse_args()
    import tomllib

    job = tomllib.loads(JOB.read_text(encoding="utf-8"))
    duration = float(job["dataset"]["duration_s"])
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="t2sa-bench-seld-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        wall, log = run_job(job_file(folder, "local", args.scenes, args.workers))
        print(f"t2sa-batch run jobs/seld_dataset.toml: {args.scenes} scenes x {duration:g} s "
              f"{'+'.join(job['dataset']['formats'])} at {job['dataset']['sample_rate']} Hz, "
              f"load average {os.getloadavg()[0]:.1f}, Ray in the process, {args.workers} worker(s)")
        print(f"process wall {wall:.1f} s: {args.scenes * duration / wall:.1f} scene-seconds per wall-second "
              f"({wall / args.scenes:.2f} s per scene)")
        print(engine_figures(folder / "local"))
        local = dataset_digests(folder / "local")
        print(f"files: {len(local)} (audio, labels, scene files)")
        if args.cluster:
            sys.path.insert(0, str(ROOT / "tests"))  # the local-cluster helper of the cluster tests
            from support.cluster import local_cluster

            t = time.perf_counter()
            with local_cluster(workers=1) as c:
                up = time.perf_counter() - t
                cwall, _ = run_job(job_file(folder, "cluster", args.scenes, args.workers, c.address), env=c.env())
            remote = dataset_digests(folder / "cluster")
            same = [k for k in local if remote.get(k) == local[k]]
            print(f"\ntwo-node cluster (ray start: head + 1 worker node, 1 CPU each; start {up:.1f} s): process wall "
                  f"{cwall:.1f} s, {args.scenes * duration / cwall:.1f} scene-seconds per wall-second")
            print(engine_figures(folder / "cluster"))
            print(f"byte-identical audio, label and scene files: {len(same)} of {len(local)} "
                  f"({len(remote)} on the cluster)")
            if len(same) != len(local) or len(remote) != len(local):
                sys.exit(1)
        if args.ratio_scenes:
            cost_ratio(folder / "local", args.ratio_scenes, args.repeats)
        if "checking labels" in log:
            card = (folder / "local" / "card.md").read_text(encoding="utf-8")
            check = [line for line in card.splitlines() if "check" in line.lower()]
            print("\nlabel check (card): " + " / ".join(check[:3]))
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
