"""Pictures of scenes and datasets: events over time (class lanes and azimuth), direction coverage.

Matplotlib's object API on the Agg canvas (never pyplot: nothing global changes, same input -> same PNG).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.scene.labels import FRAME_S, EventLabels, LabelRow, event_labels
from t2sa.scene.model import Scene

DPI = 110


def _figure(width: float, height: float) -> Any:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def _save(fig: Any, path: str | os.PathLike) -> Path:
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}.png")
    try:
        fig.savefig(tmp, format="png", metadata={"Software": None})
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _colours(n: int) -> list[Any]:
    from matplotlib import colormaps

    cmap = colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(max(n, 1))]


def plot_scene(scene: Scene, path: str | os.PathLike, class_map: Mapping[str, int] | None = None,
               events: Sequence[EventLabels] | None = None, title: str | None = None) -> Path:
    """One scene's events over time: top, one lane per class (a bar per event, its track written on it);
    bottom, each event's labelled azimuth per 100 ms frame (+90 = left), elevation as marker shade."""
    events = list(events) if events is not None else event_labels(scene, class_map)
    names = dict(class_map) if class_map is not None else {}
    for ev in events:
        names.setdefault(ev.label, ev.class_index)
    classes = sorted(names, key=names.get)
    colours = _colours(len(classes))
    fig = _figure(10.0, 5.6)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1, 1.6]})
    sr = scene.sample_rate
    n_tracks = max([ev.track for ev in events], default=0) + 1
    height = 0.8 / n_tracks
    for ev in events:
        lane = classes.index(ev.label)
        colour = colours[lane]
        start, end = ev.start / sr, ev.end / sr
        y = lane - 0.4 + height * (ev.track + 0.5)  # each track its own row inside the class lane
        top.barh(y, end - start, left=start, height=height * 0.9, color=colour, edgecolor="black", linewidth=0.4)
        top.text(start + 0.03, y, f"{ev.track}", va="center", ha="left", fontsize=7, color="white")
        t = (ev.frames + 0.5) * FRAME_S
        az = np.asarray(ev.azimuth_deg, dtype=float).copy()
        jumps = np.flatnonzero(np.abs(np.diff(az)) > 180.0)  # do not draw a line across +-180
        az_line = np.insert(az, jumps + 1, np.nan)
        t_line = np.insert(t, jumps + 1, np.nan)
        bottom.plot(t_line, az_line, color=colour, linewidth=1.2)
        bottom.scatter(t, az, c=np.clip(ev.elevation_deg, -90, 90), cmap="coolwarm", vmin=-90, vmax=90, s=6,
                       edgecolors="none")
    top.set_yticks(range(len(classes)), classes)
    top.set_ylim(-0.6, max(len(classes), 1) - 0.4)
    top.set_ylabel("class (track on bar)")
    top.grid(True, axis="x", alpha=0.3)
    bottom.set_ylim(-185, 185)
    bottom.set_yticks([-180, -90, 0, 90, 180])
    bottom.set_ylabel("azimuth (deg, +90 = left)")
    bottom.set_xlabel("time (s)")
    bottom.set_xlim(0, scene.duration_s)
    bottom.grid(True, alpha=0.3)
    fig.suptitle(title or f"{scene.name}: {len(events)} events, room RT60 {scene.room.rt60_s:.2f} s", fontsize=10)
    fig.tight_layout()
    return _save(fig, path)


def plot_directions(rows: Sequence[LabelRow], path: str | os.PathLike, title: str = "direction coverage") -> Path:
    """Labelled frames over azimuth x elevation (10 deg cells), the dataset card's coverage picture."""
    fig = _figure(8.0, 3.8)
    ax = fig.subplots()
    az = np.array([r.azimuth for r in rows], dtype=float)
    el = np.array([r.elevation for r in rows], dtype=float)
    hist, _, _ = np.histogram2d(az, el, bins=[np.arange(-180, 181, 10), np.arange(-90, 91, 10)])
    image = ax.imshow(hist.T, origin="lower", extent=[-180, 180, -90, 90], aspect="auto", cmap="viridis")
    ax.invert_xaxis()  # left (+90) on the left, as seen by the listener
    ax.set_xlabel("azimuth (deg, +90 = left)")
    ax.set_ylabel("elevation (deg)")
    ax.set_title(title, fontsize=10)
    fig.colorbar(image, ax=ax, label="labelled frames")
    fig.tight_layout()
    return _save(fig, path)


def plot_bars(counts: Mapping[str, float], path: str | os.PathLike, title: str, ylabel: str) -> Path:
    """A bar chart (class balance, polyphony histogram)."""
    fig = _figure(6.0, 3.2)
    ax = fig.subplots()
    keys = list(counts)
    ax.bar(range(len(keys)), [counts[k] for k in keys], color=_colours(len(keys)))
    ax.set_xticks(range(len(keys)), [str(k) for k in keys], rotation=20 if len(keys) > 6 else 0)
    ax.set_ylabel(ylabel)
    ax.set_title(title, fontsize=10)
    ax.grid(True, axis="y", alpha=0.3)
    fig.tight_layout()
    return _save(fig, path)
