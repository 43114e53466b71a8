"""The text model's batch stage on a GPU: texts/s and GPU utilisation, how GPU answers compare with the CPU's,
and whether they are bitwise batch-invariant (the batch engine's model actors do exactly this ``predict`` call).

    python benchmarks/bench_text_gpu.py [--texts 8192] [--batch-sizes 256,1024] [--json out.json]

Needs a CUDA GPU (prints a note and exits 0 without one). Texts come from the seeded corpus generator (both
languages, all sentence shapes), so runs are comparable. Figures: wall time of ``predict`` over all texts after
one warm-up pass per batch size; utilisation is ``torch.cuda.utilization()`` sampled every 50 ms during the timed
pass (needs the NVIDIA management library). On the first 512 texts: CPU-vs-GPU direction differences; the GPU's
answers alone, with batch sizes 1, 64 and 1,024, shuffled, reversed in batches of 7 and with other batch-mates,
each compared bit for bit with one batch of 256; and a digest of the CPU's and the GPU's network frames (the CPU
digest compares machines: equal digests mean bitwise equal answers).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import random
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _angle(a, b) -> float:
    from t2sa.params import angular_distance_deg

    return float(angular_distance_deg(a.azimuth_deg, a.elevation_deg, b.azimuth_deg, b.elevation_deg))


def _digest(parts) -> str:
    import hashlib

    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode())
    return h.hexdigest()[:16]


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
    ap.add_argument("--batch-sizes", default="256,1024")
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
    # batch invariance on the GPU: the same texts alone, in other batch sizes and in another order, compared
    # bit for bit (the exact repr of every float the network gives, before any rounding)
    def bits(p) -> str:
        return repr(dataclasses.asdict(p)) if dataclasses.is_dataclass(p) else repr(p.to_dict())

    def same(a, b) -> int:
        return sum(bits(x) == bits(y) for x, y in zip(a, b, strict=True))

    frames_cpu = cpu.network_frames(sub)
    frames_gpu = gpu.network_frames(sub)
    frames_gpu_other = gpu.network_frames(list(reversed(sub)), batch_size=7)[::-1]
    report["cpu_network_frames_digest"] = _digest(bits(f) for f in frames_cpu)
    report["gpu_network_frames_digest"] = _digest(bits(f) for f in frames_gpu)
    report["gpu_frames_reversed_equal"] = f"{same(frames_gpu_other, frames_gpu)}/{len(sub)}"

    alone = [gpu.predict([s], mode="network", batch_size=256)[0] for s in sub[:64]]
    same_alone = same(alone, on_gpu[:64])
    same_bs = {bs: same(gpu.predict(sub, mode="network", batch_size=bs), on_gpu) for bs in (1, 64, 1024)}
    order = random.Random(5).sample(range(len(sub)), len(sub))
    shuffled = gpu.predict([sub[i] for i in order], mode="network", batch_size=256)
    back = [None] * len(sub)
    for j, i in enumerate(order):
        back[i] = shuffled[j]
    same_order = same(back, on_gpu)
    mixed = gpu.predict(sub[:100] + texts[-300:], mode="network", batch_size=256)[:100]  # other batch-mates
    same_mates = same(mixed, on_gpu[:100])
    report["gpu_alone_equals_batched"] = f"{same_alone}/64"
    report["gpu_batch_sizes_equal_256"] = {str(bs): f"{n}/{len(sub)}" for bs, n in same_bs.items()}
    report["gpu_shuffled_equals"] = f"{same_order}/{len(sub)}"
    report["gpu_other_batch_mates_equal"] = f"{same_mates}/100"
    report["cpu_texts_per_s_network"] = cpu_rate
    report["cpu_vs_gpu_direction_deg"] = {
        "median": statistics.median(angles),
        "p95": angles[math.ceil(0.95 * len(angles)) - 1],
        "max": angles[-1],
    }
    print(f"CPU (int8, this machine's cores) network: {cpu_rate:.0f} texts/s")
    print(f"direction, CPU vs GPU: median {report['cpu_vs_gpu_direction_deg']['median']:.3f} deg, "
          f"p95 {report['cpu_vs_gpu_direction_deg']['p95']:.3f}, max {report['cpu_vs_gpu_direction_deg']['max']:.3f}")
    print(f"GPU, a text alone == in a batch: {same_alone}/64; other batch sizes == 256: "
          + ", ".join(f"{bs}: {n}/{len(sub)}" for bs, n in same_bs.items())
          + f"; shuffled: {same_order}/{len(sub)}; other batch-mates: {same_mates}/100; frames reversed, "
          f"batch 7: {report['gpu_frames_reversed_equal']}")
    print(f"network frames digest: CPU {report['cpu_network_frames_digest']}, GPU {report['gpu_network_frames_digest']}")
    if args.json_path:
        Path(args.json_path).write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
