"""The text model's batch stage on a GPU: texts/s and GPU utilisation per batch size, and how GPU answers
compare with the CPU's (the batch engine's model actors do exactly this ``predict`` call).

    python benchmarks/bench_text_gpu.py [--texts 8192] [--batch-sizes 64,128,256,512,1024] [--json out.json]

Needs a CUDA GPU (prints a note and exits 0 without one). Texts come from the seeded corpus generator (both
languages, all sentence shapes), so runs are comparable. Figures: wall time of ``predict`` over all texts after
one warm-up pass per batch size; utilisation is ``torch.cuda.utilization()`` sampled every 50 ms during the timed
pass (needs the NVIDIA management library); CPU-vs-GPU agreement is measured on the first 512 texts.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _angle(a, b) -> float:
    from t2sa.params import angular_distance_deg

    return float(angular_distance_deg(a.azimuth_deg, a.elevation_deg, b.azimuth_deg, b.elevation_deg))


def _sample_utilisation(torch, stop: threading.Event, out: list[float]) -> None:
    while not stop.is_set():
        try:
            out.append(float(torch.cuda.utilization()))
        except Exception:  # noqa: BLE001 - no NVML: no utilisation figure
            return
        time.sleep(0.05)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--texts", type=int, default=8192)
    ap.add_argument("--batch-sizes", default="64,128,256,512,1024")
    ap.add_argument("--json", dest="json_path")
    args = ap.parse_args()

    import warnings

    import torch

    warnings.simplefilter("ignore")  # corpus texts state timings without a clip length: one warning each
    if not torch.cuda.is_available():
        print("no CUDA GPU here: nothing to measure")
        return 0
    from t2sa.text import TextToSpatial
    from t2sa.text.corpus import generate

    texts = [e.text for e in generate(args.texts, seed=123)]
    report: dict = {"gpu": torch.cuda.get_device_name(0), "torch": torch.__version__, "texts": len(texts), "runs": []}
    print(f"GPU {report['gpu']}, torch {torch.__version__}, {len(texts)} texts")

    t = time.perf_counter()
    gpu = TextToSpatial.load(device="cuda")
    report["load_s"] = time.perf_counter() - t
    for mode in ("network", "combined"):
        for bs in (int(b) for b in args.batch_sizes.split(",")):
            gpu.predict(texts[: 2 * bs], mode=mode, batch_size=bs)  # warm-up: kernels, allocator
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
            util: list[float] = []
            stop = threading.Event()
            sampler = threading.Thread(target=_sample_utilisation, args=(torch, stop, util), daemon=True)
            sampler.start()
            t = time.perf_counter()
            gpu.predict(texts, mode=mode, batch_size=bs)
            torch.cuda.synchronize()
            wall = time.perf_counter() - t
            stop.set()
            sampler.join()
            run = {
                "mode": mode,
                "batch_size": bs,
                "texts_per_s": len(texts) / wall,
                "gpu_util_mean_pct": statistics.fmean(util) if util else None,
                "gpu_util_max_pct": max(util) if util else None,
                "peak_gpu_mem_mb": torch.cuda.max_memory_allocated() / 2**20,
            }
            report["runs"].append(run)
            print(
                f"{mode:9s} batch {bs:5d}: {run['texts_per_s']:9.0f} texts/s, GPU util mean "
                f"{run['gpu_util_mean_pct'] if util else float('nan'):5.1f} % (max "
                f"{run['gpu_util_max_pct'] if util else float('nan'):5.1f} %), peak {run['peak_gpu_mem_mb']:.0f} MB"
            )

    # the same texts on the CPU (int8, the shipped default) and alone vs batched on the GPU
    sub = texts[:512]
    cpu = TextToSpatial.load(device="cpu")
    t = time.perf_counter()
    on_cpu = cpu.predict(sub, mode="network")
    cpu_rate = len(sub) / (time.perf_counter() - t)
    on_gpu = gpu.predict(sub, mode="network", batch_size=256)
    angles = sorted(_angle(a, b) for a, b in zip(on_cpu, on_gpu, strict=True))
    alone = [gpu.predict([s], mode="network", batch_size=256)[0] for s in sub[:64]]
    same_alone = sum(a.to_dict() == b.to_dict() for a, b in zip(alone, on_gpu[:64], strict=True))
    other_bs = gpu.predict(sub, mode="network", batch_size=64)
    same_bs = sum(a.to_dict() == b.to_dict() for a, b in zip(other_bs, on_gpu, strict=True))
    report["cpu_texts_per_s_network"] = cpu_rate
    report["cpu_vs_gpu_direction_deg"] = {
        "median": statistics.median(angles),
        "p95": angles[math.ceil(0.95 * len(angles)) - 1],
        "max": angles[-1],
    }
    report["gpu_alone_equals_batched"] = f"{same_alone}/64"
    report["gpu_batch_64_equals_256"] = f"{same_bs}/{len(sub)}"
    print(f"CPU (int8, this machine's cores) network: {cpu_rate:.0f} texts/s")
    print(f"direction, CPU vs GPU: median {report['cpu_vs_gpu_direction_deg']['median']:.3f} deg, "
          f"p95 {report['cpu_vs_gpu_direction_deg']['p95']:.3f}, max {report['cpu_vs_gpu_direction_deg']['max']:.3f}")
    print(f"GPU, a text alone == in a batch: {same_alone}/64; batch 64 == batch 256: {same_bs}/{len(sub)}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
