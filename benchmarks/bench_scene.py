"""Scene rendering speed: scene-seconds per wall-second, and a scene vs the sum of its events rendered alone.

    python benchmarks/bench_scene.py [--scenes 3] [--duration 60] [--sample-rate 48000] [--format foa]

* Scenes: sampled like a SELD dataset (``t2sa.scene.seld.sample_scene``): up to 3 overlapping events
  (3 tracks, each busy half the time), events 1-5 s from the synthetic bank, 40 % moving at 10-40 deg/s,
  a room per scene with RT60 uniform in 0.3-1.5 s (wet 0.5-1), pink background at 15-30 dB SNR.
* ``scene``: ``render_scene_to_file`` (block-wise, 24-bit WAV) with the background; ``scene, no bg``: the same
  without it; ``events alone``: every event rendered by ``t2sa.render.render`` with the scene's room (its own
  reverb tail each, as rendering them one by one would). The generated sounds are made once first
  (``synthesis``; ``t2sa.scene.bank.cached_sounds`` holds them, as the dataset runner does per scene) so all
  three columns time rendering only.
  ``scene / alone`` is the target ratio (<= 1.3; one shared tail should make the scene cheaper).
* ``labels``: DCASE label rows (energy-weighted directions per frame); ``check``: the label checker (dry FOA
  re-render, each event alone for onsets).
* Memory: peak traced allocations (tracemalloc) of a 10-minute scene rendered block-wise, against the size
  of its whole output.

One core (thread pools limited to 1 before numpy loads). Figures are wall times, best of ``--repeats``.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402


def _best(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenes", type=int, default=3)
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--sample-rate", type=int, default=48000)
    ap.add_argument("--format", default="foa")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:
        pass

    from t2sa.render import render
    from t2sa.scene.bank import cached_sounds
    from t2sa.scene.check import check_scene
    from t2sa.scene.labels import scene_label_rows
    from t2sa.scene.mix import fitted_sound, render_scene_to_file
    from t2sa.scene.seld import class_map, job_from_dict, sample_scene

    job = job_from_dict({"scenes": args.scenes, "seed": 1,
                         "dataset": {"duration_s": args.duration, "sample_rate": args.sample_rate},
                         "events": {"max_polyphony": 3, "density": 0.5},
                         "room": {"rt60_s": [0.3, 1.5]}})
    cmap = class_map(job)
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="bench_scene_"))
    out = tmp / "scene.wav"
    for i in range(args.scenes):
        scene = sample_scene(job, i)
        quiet = replace(scene, background=None)

        def alone(scene=scene):
            r = scene.room
            for k, ev in enumerate(scene.events):
                p = ev.params.with_overrides(wet=r.wet, drr_db=r.drr_db, rt60_s=r.rt60_s,
                                             gain_db=ev.params.gain_db + ev.gain_db)
                render(fitted_sound(scene, k), scene.sample_rate, p, args.format, seed=scene.room_seed,
                       on_clip="keep")

        with cached_sounds():
            t_synth = _best(lambda scene=scene: [fitted_sound(scene, k) for k in range(len(scene.events))], 1)
            t_scene = _best(lambda scene=scene: render_scene_to_file(scene, out, args.format), args.repeats)
            t_quiet = _best(lambda quiet=quiet: render_scene_to_file(quiet, out, args.format), args.repeats)
            t_alone = _best(alone, args.repeats)
            t_labels = _best(lambda scene=scene: scene_label_rows(scene, cmap), 1)
            t_check = _best(lambda scene=scene: check_scene(scene, cmap), 1)
        rows.append((i, len(scene.events), scene.room.rt60_s, t_scene, t_quiet, t_alone, t_labels, t_check, t_synth))
    d = args.duration
    print(f"{args.scenes} scenes x {d:g} s {args.format} at {args.sample_rate} Hz, up to 3 overlapping events, "
          "RT60 0.3-1.5 s, one core")
    print("| scene | events | RT60 s | synthesis s | scene s | x realtime | scene, no bg s | events alone s "
          "| scene no bg / alone | labels s | check s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for i, n, rt, ts, tq, ta, tl, tc, tsy in rows:
        print(f"| {i} | {n} | {rt:.2f} | {tsy:.2f} | {ts:.2f} | {d / ts:.0f} | {tq:.2f} | {ta:.2f} | {tq / ta:.2f} | "
              f"{tl:.2f} | {tc:.2f} |")
    ts, tq, ta = (sum(r[k] for r in rows) for k in (3, 4, 5))
    print(f"\nscene-seconds per wall-second: {args.scenes * d / ts:.0f} (with background), "
          f"{args.scenes * d / tq:.0f} (without)")
    print(f"scene (no background) / sum of events alone: {tq / ta:.2f} (target <= 1.3); "
          f"with background: {ts / ta:.2f}")
    if not args.skip_memory:
        long = job_from_dict({"scenes": 1, "seed": 2, "dataset": {"duration_s": 600.0, "sample_rate": args.sample_rate},
                              "events": {"max_polyphony": 3, "density": 0.5}})
        scene = sample_scene(long, 0)
        tracemalloc.start()
        render_scene_to_file(scene, tmp / "long.wav", args.format)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        from t2sa.formats import get_format

        whole = get_format(args.format).channels * 600 * args.sample_rate * 4
        print(f"10-minute scene ({len(scene.events)} events): peak traced memory {peak / 1e6:.0f} MB "
              f"(whole output as float32: {whole / 1e6:.0f} MB)")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
