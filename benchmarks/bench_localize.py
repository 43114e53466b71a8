"""Binaural round trip over the sphere: how often :func:`t2sa.render.localize.localize` recovers the rendered
direction, per HRTF (built-in head, MIT KEMAR, FHK KU100, LISTEN 1002).

    python benchmarks/bench_localize.py [--n 100] [--seconds 2] [--hrtf-dir ../shared/hrtf]

Each HRTF: ``--n`` directions drawn uniformly over the part of the sphere it measured (seeded; elevations
below its lowest ring are skipped), each a dry render of ``--seconds`` of white noise at 48 kHz at the HRTF's
measurement distance (no near-field parallax, no air absorption), localised against the same HRTF. Prints
the median great-circle, lateral and polar errors, the share within 10 / 20 deg, the front/back confusion
rate (targets within 60 deg of the median plane) and, as a reference, the same on the HRTF's own measured
directions (no interpolation between them).
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

import numpy as np

SR = 48000
HRTFS = {
    "built-in head": None,
    "MIT KEMAR": "MIT_KEMAR_normal_pinna.sofa",
    "FHK KU100": "FHK_HRIR_L2354.sofa",
    "LISTEN 1002": "LISTEN_1002_IRC_1002_C_HRIR.sofa",
}


def _directions(hrtf, n: int, rng: np.random.Generator, on_grid: bool) -> list[tuple[float, float]]:
    if on_grid:
        idx = rng.choice(len(hrtf.directions), size=min(n, len(hrtf.directions)), replace=False)
        return [(float(a), float(e)) for a, e in hrtf.directions[idx]]
    lowest = float(hrtf.directions[:, 1].min())
    out: list[tuple[float, float]] = []
    while len(out) < n:
        az, el = rng.uniform(-180, 180), float(np.degrees(np.arcsin(rng.uniform(-1, 1))))
        if el >= lowest:
            out.append((float(az), el))
    return out


def run(name: str, spec: str | None, n: int, seconds: float, on_grid: bool) -> dict:
    from t2sa.params import SpatialParams
    from t2sa.render import render
    from t2sa.render.hrtf import load_hrtf
    from t2sa.render.localize import LATERAL_LIMIT_DEG, localize

    hrtf = load_hrtf(spec, SR)
    distance = max(1.0, hrtf.measurement_distance_m)
    rng = np.random.default_rng(2024)
    rows, start = [], time.perf_counter()
    for i, (az, el) in enumerate(_directions(hrtf, n, rng, on_grid)):
        x = 0.05 * np.random.default_rng(1000 + i).standard_normal(int(seconds * SR))
        y = render(x, SR, SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=distance), "binaural", hrtf).audio
        rows.append(localize(y, SR, hrtf, (az, el)))
    gc = np.array([r.great_circle_error_deg for r in rows])
    lat = np.array([r.lateral_error_deg for r in rows])
    inner = [r for r in rows if abs(r.lateral_deg) <= LATERAL_LIMIT_DEG]
    pol = np.array([r.polar_error_deg for r in inner])
    fb = np.array([r.front_back_confusion for r in inner])
    return {
        "hrtf": name, "grid": "measured" if on_grid else "random", "n": len(rows),
        "gc_median": float(np.median(gc)), "within10": float(np.mean(gc <= 10)), "within20": float(np.mean(gc <= 20)),
        "lat_median": float(np.median(lat)), "pol_median": float(np.median(pol)) if len(pol) else float("nan"),
        "front_back": float(np.mean(fb)) if len(fb) else float("nan"), "seconds": time.perf_counter() - start,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--hrtf-dir", default=str(Path(__file__).resolve().parents[2] / "shared" / "hrtf"))
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    print(f"# binaural round trip: {args.n} directions per HRTF, {args.seconds:g} s white noise, {SR} Hz")
    print(f"{'HRTF':14s} {'directions':10s} {'n':>4s} {'median':>7s} {'<=10':>6s} {'<=20':>6s} {'lateral':>8s} "
          f"{'polar':>6s} {'F/B':>6s} {'s':>5s}")
    for name, file in HRTFS.items():
        spec = None if file is None else str(Path(args.hrtf_dir) / file)
        for on_grid in (False, True):
            r = run(name, spec, args.n, args.seconds, on_grid)
            print(f"{r['hrtf']:14s} {r['grid']:10s} {r['n']:4d} {r['gc_median']:6.1f}° {r['within10']:6.0%} "
                  f"{r['within20']:6.0%} {r['lat_median']:7.1f}° {r['pol_median']:5.1f}° {r['front_back']:6.1%} "
                  f"{r['seconds']:5.1f}")
    print("# median = great-circle error; lateral/polar: median errors (polar and F/B for |lateral| <= 60 deg)")


if __name__ == "__main__":
    main()
