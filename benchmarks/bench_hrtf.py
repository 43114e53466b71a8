"""Speed of HRTF loading and interpolation (prints a table; no assertions).

    python benchmarks/bench_hrtf.py [--directions 200] [--repeats 50]

Columns: ``filters ms`` is the best of ``repeats`` calls of ``HRTF.filters`` for N random directions
(uniform on the sphere); ``naive ms`` is the same triangle lookup with a plain sample-by-sample mix
(what comb-filters), so ``ratio`` is the price of onset alignment + magnitude correction;
``x realtime`` compares with one 256-sample block at the HRTF's rate, the renderer's update rate.
Measured SOFA files are read from ../shared/hrtf when present.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from t2sa.render.hrtf import HRTF, builtin_hrtf, load_hrtf
from t2sa.render.hrtf_interp import unit_vectors

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "hrtf"


def best_ms(fn, repeats: int) -> float:
    fn()
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1e3


def naive(h: HRTF, az: np.ndarray, el: np.ndarray) -> np.ndarray:
    idx, w = h.grid.locate(unit_vectors(az, el))
    return np.einsum("kt,ktrn->krn", w, h.irs[idx])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--directions", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    az = rng.uniform(-180, 180, args.directions)
    el = np.degrees(np.arcsin(rng.uniform(-1, 1, args.directions)))

    specs: list[tuple[str, object]] = [("builtin", None)]
    specs += [(p.stem, p) for p in sorted(SHARED.glob("*.sofa"))] if SHARED.is_dir() else []
    header = f"{'hrtf':32s} {'rate':>6s} {'dirs':>5s} {'taps':>5s} {'load ms':>8s} {'cached ms':>9s} {'filters ms':>10s} {'naive ms':>8s} {'ratio':>6s} {'x realtime':>10s}"
    print(f"filters() for {args.directions} directions, best of {args.repeats}")
    print(header)
    print("-" * len(header))
    for label, spec in specs:
        if spec is None:
            builtin_hrtf.cache_clear()
        t = time.perf_counter()
        h = load_hrtf(spec)
        h.filters(0.0, 0.0)  # first use builds onsets, triangulation, spectra
        load = (time.perf_counter() - t) * 1e3
        cached = best_ms(lambda spec=spec: load_hrtf(spec), 20)
        ours = best_ms(lambda h=h: h.filters(az, el), args.repeats)
        plain = best_ms(lambda h=h: naive(h, az, el), args.repeats)
        block_ms = 256 / h.sample_rate * 1e3
        print(
            f"{label[:32]:32s} {h.sample_rate:6d} {len(h):5d} {h.taps:5d} {load:8.1f} {cached:9.4f} {ours:10.2f} {plain:8.2f} {ours / plain:6.2f} {block_ms / ours:10.2f}"
        )


if __name__ == "__main__":
    main()
