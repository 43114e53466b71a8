"""The dataset card: what a SELD dataset holds, computed from the files on disk (so a resumed run's card
covers every scene): scenes and hours per split, events per class, moving share, polyphony histogram,
class balance in labelled frames, direction coverage, rooms, background SNR, and (optionally) the label
checker's verdict on the first scenes."""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.scene.labels import LabelRow, read_labels


def write_card(job: Any, splits: list[str], cmap: Mapping[str, int], echo: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Write ``card.json``, ``card.md`` and the figures into ``job.out``; returns the card."""
    from t2sa.scene.check import LabelCheck, check_scene
    from t2sa.scene.plot import plot_bars, plot_directions, plot_scene
    from t2sa.scene.seld import _paths, load_dataset_scene

    say = echo or (lambda _m: None)
    names = {i: c for c, i in cmap.items()}
    rows_all: list[LabelRow] = []
    per_split: Counter = Counter()
    events_per_class: Counter = Counter()
    frames_per_class: Counter = Counter()
    polyphony: Counter = Counter()
    moving = total_events = 0
    rt60s, snrs, normalised = [], [], 0
    scene_files = []
    for i, split in enumerate(splits):
        paths = _paths(job, i, split)
        if not (paths["labels"].is_file() and paths["scene"].is_file()):
            continue
        rows = read_labels(paths["labels"])
        scene, meta = load_dataset_scene(paths["scene"])
        scene_files.append((i, paths, scene, rows))
        per_split[split] += 1
        rows_all += rows
        active = Counter(r.frame for r in rows)
        n_frames = int(math.ceil(scene.duration_s / 0.1 - 1e-9))
        hist = Counter(active.values())
        hist[0] += n_frames - len(active)
        polyphony.update(hist)
        frames_per_class.update(names[r.class_index] for r in rows)
        for ev in scene.events:
            total_events += 1
            events_per_class[ev.label] += 1
            moving += 0 if ev.params.is_static else 1
        rt60s.append(scene.room.rt60_s)
        if scene.background is not None:
            snrs.append(job.level_dbfs - scene.background.level_db)
        normalised += any(v < 0 for v in meta.get("gain_applied_db", {}).values())
    n_scenes = sum(per_split.values())
    coverage = _coverage(rows_all, job)
    card: dict[str, Any] = {
        "name": job.name,
        "seed": job.seed,
        "scenes": n_scenes,
        "scenes_per_split": {s: per_split.get(s, 0) for s in ("train", "val", "test")},
        "hours": round(n_scenes * job.duration_s / 3600.0, 4),
        "scene_duration_s": job.duration_s,
        "sample_rate": job.sample_rate,
        "formats": list(job.formats),
        "bank": job.bank,
        "classes": dict(cmap),
        "events": total_events,
        "events_per_scene": round(total_events / n_scenes, 2) if n_scenes else 0,
        "moving_share": round(moving / total_events, 3) if total_events else 0.0,
        "events_per_class": {c: events_per_class.get(c, 0) for c in cmap},
        "labelled_seconds_per_class": {c: round(frames_per_class.get(c, 0) * 0.1, 1) for c in cmap},
        "labelled_frames_per_class": {c: frames_per_class.get(c, 0) for c in cmap},
        "polyphony_frames": {str(k): polyphony[k] for k in sorted(polyphony)},
        "direction_coverage_10deg": coverage,
        "rt60_s": _summary(rt60s),
        "snr_db": _summary(snrs),
        "scenes_normalised_to_avoid_clipping": normalised,
    }
    if job.check_scenes and scene_files:
        report = LabelCheck()
        for _i, paths, scene, rows in scene_files[: job.check_scenes]:
            say(f"checking labels of {paths['labels'].stem}")
            report = report.merge(check_scene(scene, cmap, rows))
        card["label_check"] = report.to_dict()
    out = Path(job.out)
    plot_directions(rows_all, out / "directions.png", f"{job.name}: labelled frames by direction")
    plot_bars({k: polyphony[k] for k in sorted(polyphony)}, out / "polyphony.png", "frames by number of active events",
              "frames")
    plot_bars(card["labelled_frames_per_class"], out / "classes.png", "labelled frames per class", "frames")
    if scene_files:
        i, paths, scene, _rows = scene_files[0]
        plot_scene(scene, out / "example_scene.png", cmap, title=f"{paths['labels'].stem}: events over time")
    (out / "card.json").write_text(json.dumps(card, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "card.md").write_text(_markdown(card), encoding="utf-8")
    return card


def _summary(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    v = np.asarray(values, dtype=float)
    return {"min": round(float(v.min()), 3), "median": round(float(np.median(v)), 3), "max": round(float(v.max()), 3)}


def _coverage(rows: list[LabelRow], job: Any) -> dict[str, Any]:
    """Share of the 10 x 10 degree cells inside the job's direction ranges that hold a labelled frame."""
    az_lo, az_hi = job.azimuth_deg
    el_lo, el_hi = job.elevation_deg
    az_cells = np.arange(np.floor(az_lo / 10) * 10, az_hi, 10)
    el_cells = np.arange(np.floor(el_lo / 10) * 10, el_hi, 10)
    seen = {(int(np.floor(r.azimuth / 10)), int(np.floor(r.elevation / 10))) for r in rows}
    wanted = {(int(a // 10), int(e // 10)) for a in az_cells for e in el_cells}
    hit = len(wanted & seen)
    return {"cells": len(wanted), "cells_with_frames": hit, "share": round(hit / len(wanted), 3) if wanted else 0.0}


def _markdown(card: dict[str, Any]) -> str:
    lines = [f"# Dataset card: {card['name']}", "",
             f"{card['scenes']} scenes x {card['scene_duration_s']:g} s ({card['hours']} h) at {card['sample_rate']} Hz, "
             f"formats {', '.join(card['formats'])}, bank `{card['bank']}`, seed {card['seed']}. Labels: DCASE SELD "
             "format (100 ms frames: frame, class, track, azimuth, elevation, distance in cm).", "",
             "| split | scenes |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in card["scenes_per_split"].items()]
    lines += ["", f"Events: {card['events']} ({card['events_per_scene']} per scene), moving share {card['moving_share']}.",
              "", "| class | index | events | labelled seconds | labelled frames |", "|---|---|---|---|---|"]
    for c, i in card["classes"].items():
        lines.append(f"| {c} | {i} | {card['events_per_class'][c]} | {card['labelled_seconds_per_class'][c]} | "
                     f"{card['labelled_frames_per_class'][c]} |")
    lines += ["", "Polyphony (frames by number of active events): "
              + ", ".join(f"{k}: {v}" for k, v in card["polyphony_frames"].items()), "",
              f"Direction coverage: {card['direction_coverage_10deg']['cells_with_frames']} of "
              f"{card['direction_coverage_10deg']['cells']} 10-degree cells have labelled frames "
              f"({card['direction_coverage_10deg']['share']:.0%}).", "",
              f"Rooms: RT60 {card['rt60_s']}; background SNR (dB re an event at 1 m): {card['snr_db']}; "
              f"scenes normalised to avoid clipping: {card['scenes_normalised_to_avoid_clipping']}.", ""]
    if "label_check" in card:
        c = card["label_check"]
        lines += [f"Label check on dry FOA re-renders: {c['single_source_frames_scored']} single-source frames, median "
                  f"error {c['median_error_deg']} deg, 95th percentile {c['p95_error_deg']} deg (moving: "
                  f"{c['moving_median_error_deg']} / {c['moving_p95_error_deg']}), onset/offset errors in frames "
                  f"{c['onset_offset_errors_frames']}, overlapping frames {c['overlapping_frames']}: "
                  f"{'PASSED' if c['passed'] else 'FAILED: ' + '; '.join(c['failures'])}.", ""]
    lines += ["![directions](directions.png) ![polyphony](polyphony.png) ![classes](classes.png)", "",
              "![example scene](example_scene.png)", ""]
    return "\n".join(lines)
