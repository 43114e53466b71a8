"""Pictures people look at: a trajectory (top view + parameters over time) and batch summaries.

Why: a table of azimuths does not tell whether "a bee circling my head" really circles. These figures
are for reports, stimulus pages and quick checks. Matplotlib's object API with the Agg canvas is used
(never pyplot), so nothing global changes and the same input gives the same PNG bytes.

Top view: seen from above, front up, the listener's left on the left of the picture (t2sa azimuth is
counter-clockwise, +90 = left, so x_picture = -sin(az) and y_picture = cos(az)).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.params import SpatialParams

# Fonts tried, in order, for Hangul in titles (Korean prompts); DejaVu Sans has no Hangul glyphs.
CJK_FONTS = (
    "NanumGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Noto Sans CJK JP",
    "Source Han Sans KR",
    "UnDotum",
    "Malgun Gothic",
    "AppleGothic",
)
DPI = 110


def style() -> dict[str, Any]:
    """Matplotlib rc settings used by every t2sa figure (fonts with Hangul fallback, grid)."""
    return _rc()


# File names of those fonts, for when matplotlib's font cache predates their installation.
CJK_FONT_FILES = re.compile(r"(NanumGothic|NotoSans(CJK|KR|JP)|SourceHanSans|UnDotum|malgun|AppleGothic)", re.I)


@functools.lru_cache(maxsize=1)
def hangul_font() -> str | None:
    """The family used for Hangul, or None when no Hangul font is installed.

    Matplotlib lists only the fonts it saw when it built its cache (``~/.cache/matplotlib``), so a font
    installed later (``apt-get install fonts-nanum``) would draw boxes. The font files are therefore
    looked up on disk and added to the font manager when the cache does not know them.
    """
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((f for f in CJK_FONTS if f in names), None)

    family = known()
    if family is None:
        for path in sorted(font_manager.findSystemFonts()):
            if CJK_FONT_FILES.search(Path(path).name):
                try:
                    font_manager.fontManager.addfont(path)
                except (OSError, RuntimeError, ValueError):  # an unreadable font file: try the next
                    continue
        family = known()
    return family


def _rc() -> dict[str, Any]:
    hangul = hangul_font()
    families = ["DejaVu Sans"] + ([hangul] if hangul else [])
    return {
        "font.family": families,
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "svg.hashsalt": "t2sa",
        "path.simplify": False,
    }


def save_figure(fig, path: str | Path) -> Path:
    """Write ``fig`` as PNG atomically (fixed dpi, no software/time metadata: same input, same bytes)."""
    return _save(fig, path)


def new_figure(width: float, height: float):
    """A constrained-layout figure on an Agg canvas (no pyplot, no global state)."""
    return _new_figure(width, height)


def _save(fig, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp.png")
    fig.savefig(tmp, dpi=DPI, metadata={"Software": None})
    tmp.replace(path)
    return path


def _new_figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _break_wraps(t: np.ndarray, az: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaNs where a wrapped azimuth jumps across +-180 so the line is not drawn across."""
    jumps = np.flatnonzero(np.abs(np.diff(az)) > 180.0)
    return np.insert(t, jumps + 1, np.nan), np.insert(az, jumps + 1, np.nan)


def top_view_xy(azimuth_deg: np.ndarray, elevation_deg: np.ndarray, distance_m: np.ndarray):
    """Picture coordinates of positions seen from above (x right, y front), metres."""
    az, el = np.radians(azimuth_deg), np.radians(elevation_deg)
    ground = np.asarray(distance_m) * np.cos(el)
    return -np.sin(az) * ground, np.cos(az) * ground


def _describe(params: SpatialParams) -> str:
    return (
        f"motion {params.motion} | spread {params.spread_deg:.0f}° | gain {params.gain_db:+.1f} dB | "
        f"wet {params.wet:.2f} | DRR {params.drr_db:+.1f} dB | RT60 {params.rt60_s:.2f} s"
    )


def trajectory_figure(
    params: SpatialParams,
    *,
    title: str | None = None,
    duration_s: float | None = None,
    samples: int = 241,
):
    """A figure: top view (left) and azimuth, elevation, distance, spread over time (right)."""
    from matplotlib import rc_context
    from matplotlib.collections import LineCollection
    from matplotlib.ticker import FormatStrFormatter

    frac = np.linspace(0.0, 1.0, samples)
    pos = params.sample(frac)
    t = frac * duration_s if duration_s else frac
    t_label = "time (s)" if duration_s else "clip fraction"
    key_t = np.array([k.t for k in params.trajectory])
    key = params.sample(key_t)
    key_t = key_t * duration_s if duration_s else key_t
    with rc_context(_rc()):
        fig = _new_figure(11.0, 6.0)
        grid = fig.add_gridspec(4, 2, width_ratios=(1.05, 1.0))
        top = fig.add_subplot(grid[:, 0])
        x, y = top_view_xy(pos["azimuth_deg"], pos["elevation_deg"], pos["distance_m"])
        r_max = max(1.5, 1.15 * float(np.max(pos["distance_m"])))
        for r in _rings(r_max):
            top.add_patch(_circle(r, fill=False, lw=0.6, ls=":", color="0.6"))
            top.text(0.0, -r, f"{r:g} m", ha="center", va="top", fontsize=7, color="0.45")
        head = min(0.09, r_max * 0.04)
        top.add_patch(_circle(head, fill=True, color="0.75"))
        top.plot([0, 0], [head, 2.2 * head], color="0.4", lw=1.5)  # nose: front
        top.text(-r_max * 0.97, 0, "L", ha="left", va="center", fontsize=11, color="0.35")
        top.text(r_max * 0.97, 0, "R", ha="right", va="center", fontsize=11, color="0.35")
        top.text(0, r_max * 0.97, "front", ha="center", va="top", fontsize=8, color="0.35")
        segments = np.stack([np.column_stack([x[:-1], y[:-1]]), np.column_stack([x[1:], y[1:]])], axis=1)
        lines = LineCollection(segments, cmap="viridis", linewidths=2.5)
        lines.set_array(t[:-1] if len(t) > 1 else t)
        lines.set_gid("trajectory")
        top.add_collection(lines)
        kx, ky = top_view_xy(key["azimuth_deg"], key["elevation_deg"], key["distance_m"])
        top.scatter(kx, ky, c="black", s=14, zorder=3, label="keyframes")
        top.scatter([x[0]], [y[0]], marker="o", s=70, facecolor="white", edgecolor="black", zorder=4, label="start")
        top.scatter([x[-1]], [y[-1]], marker="X", s=70, color="crimson", zorder=4, label="end")
        top.set_xlim(-r_max, r_max)
        top.set_ylim(-r_max, r_max)
        top.set_aspect("equal")
        top.set_xlabel("← left     right → (m)")
        top.set_ylabel("← back     front → (m)")
        top.set_title("top view (seen from above)")
        top.legend(loc="lower right", fontsize=7)
        bar = fig.colorbar(lines, ax=top, shrink=0.6, pad=0.01)
        bar.set_label(t_label)

        az = fig.add_subplot(grid[0, 1])
        az.plot(*_break_wraps(t, pos["azimuth_deg"]), color="tab:blue")
        az.scatter(key_t, key["azimuth_deg"], s=10, color="black", zorder=3)
        az.set_ylim(-185, 185)
        az.set_yticks([-180, -90, 0, 90, 180], ["back", "R -90", "front 0", "L +90", "back"])
        az.set_ylabel("azimuth (°)")
        el = fig.add_subplot(grid[1, 1], sharex=az)
        el.plot(t, pos["elevation_deg"], color="tab:orange")
        el.scatter(key_t, key["elevation_deg"], s=10, color="black", zorder=3)
        lo, hi = float(np.min(pos["elevation_deg"])), float(np.max(pos["elevation_deg"]))
        el.set_ylim(min(-30.0, lo - 10), max(30.0, hi + 10))
        el.set_ylabel("elevation (°)")
        dist = fig.add_subplot(grid[2, 1], sharex=az)
        dist.plot(t, pos["distance_m"], color="tab:green")
        dist.scatter(key_t, key["distance_m"], s=10, color="black", zorder=3)
        dlo, dhi = float(np.min(pos["distance_m"])), float(np.max(pos["distance_m"]))
        dist.set_ylim(dlo / 1.6, dhi * 1.6)  # before the log scale: a constant distance has no autoscale range
        dist.set_yscale("log")
        dist.yaxis.set_major_formatter(FormatStrFormatter("%g"))
        dist.yaxis.set_minor_formatter(FormatStrFormatter("%g"))
        dist.set_ylabel("distance (m)")
        spread = fig.add_subplot(grid[3, 1], sharex=az)
        spread.plot(t, pos["spread_deg"], color="tab:purple")
        spread.set_ylim(0, max(30.0, float(np.max(pos["spread_deg"])) * 1.2))
        spread.set_ylabel("spread (°)")
        spread.set_xlabel(t_label)
        spread.set_xlim(t[0], t[-1])
        for ax in (az, el, dist):
            ax.tick_params(labelbottom=False)
        heading = f"{title}\n{_describe(params)}" if title else _describe(params)
        fig.suptitle(heading, fontsize=10)
    return fig


def _rings(r_max: float) -> list[float]:
    nice = [0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
    rings = [r for r in nice if r <= r_max * 0.98]
    return rings[-4:]


def _circle(r: float, **kwargs):
    from matplotlib.patches import Circle

    return Circle((0.0, 0.0), r, **kwargs)


def plot_trajectory(
    params: SpatialParams,
    path: str | Path,
    *,
    title: str | None = None,
    duration_s: float | None = None,
) -> Path:
    """Draw :func:`trajectory_figure` to a PNG at ``path`` (written atomically)."""
    return _save(trajectory_figure(params, title=title, duration_s=duration_s), path)


# -- batch summaries --------------------------------------------------------------------------
def _column(rows: Sequence[Mapping[str, Any]], name: str) -> np.ndarray:
    return np.array([np.nan if r.get(name) is None else r.get(name) for r in rows], dtype=float)


def _groups(rows: Sequence[Mapping[str, Any]], key: str) -> list[str]:
    return sorted({str(r.get(key)) for r in rows if r.get(key) is not None})


def _is_moving(row: Mapping[str, Any]) -> bool:
    """Whether the row's source moves (its trajectory has more than one keyframe)."""
    trajectory = row.get("trajectory")
    if trajectory is not None and len(trajectory) > 1:
        return True
    return str(row.get("motion") or "static") != "static"


def summary_figures(results: Any, out_dir: str | Path) -> list[Path]:
    """Per-format and per-HRTF figures of a batch result table (``ok`` rows only).

    ``results`` is a pyarrow Table, a pandas-free list of row dicts, or a Parquet path/folder.
    Only what was measured is drawn: the direction round trip for formats with an estimated direction
    (Ambisonics), the ITD round trip (measured vs the HRTF's own ITD at the intended direction) for
    binaural, level and timing for all; a panel or legend entry without data is left out. Moving
    sources are left out of the round trips (one estimate over the whole clip has no single intended
    direction to compare with), and the figure says how many. Returns the PNG paths written.
    """
    rows = _rows(results)
    # formats without an HRTF (stereo, Ambisonics) get "-" so they still show up per format
    rows = [{**r, "hrtf": r.get("hrtf") or "-"} for r in rows if r.get("status", "ok") == "ok"]
    out_dir = Path(out_dir)
    written: list[Path] = []
    if not rows:
        return written
    from matplotlib import rc_context

    from t2sa.params import angular_distance_deg

    formats = _groups(rows, "format") or ["?"]
    hrtfs = _groups(rows, "hrtf") or ["?"]
    have = set().union(*(r.keys() for r in rows))
    static = [r for r in rows if not _is_moving(r)]
    moving = len(rows) - len(static)
    note = f"{moving} moving-source row(s) left out: a whole-clip estimate has no single intended direction" if moving else ""
    with rc_context(_rc()):
        if static and {"azimuth_deg", "elevation_deg", "est_azimuth_deg", "est_elevation_deg"} <= have:
            err = angular_distance_deg(
                _column(static, "azimuth_deg"),
                _column(static, "elevation_deg"),
                _column(static, "est_azimuth_deg"),
                _column(static, "est_elevation_deg"),
            )
            measured = [f for f in formats if _has(static, err, format=f)]
            if measured:
                fig = _new_figure(max(5.0, 1.6 * len(measured) * max(1, len(hrtfs)) ** 0.5 + 2), 3.8)
                ax = fig.add_subplot()
                _grouped_boxes(ax, static, err, measured, hrtfs)
                ax.set_ylabel("round-trip direction error (°)")
                ax.set_title("intended vs estimated direction, per format and HRTF")
                _note(fig, note)
                written.append(_save(fig, out_dir / "direction_error.png"))
                written.append(_roundtrip_scatter(static, measured, hrtfs, err, note, out_dir / "azimuth_roundtrip.png"))
        if static and {"itd_s", "itd_expected_s"} <= have:
            itd, expected = _column(static, "itd_s") * 1e6, _column(static, "itd_expected_s") * 1e6
            both = np.isfinite(itd) & np.isfinite(expected)
            if both.any():
                fig = _new_figure(4.8, 4.2)
                ax = fig.add_subplot()
                for j, h in enumerate(hrtfs):
                    sel = both & np.array([str(r.get("hrtf")) == h for r in static])
                    if sel.any():
                        ax.scatter(expected[sel], itd[sel], s=10, alpha=0.7, color=f"C{j}", label=_short(h))
                lim = 1.1 * max(float(np.max(np.abs(itd[both]))), float(np.max(np.abs(expected[both]))), 100.0)
                ax.plot([-lim, lim], [-lim, lim], color="0.5", lw=0.8)
                ax.set_xlim(-lim, lim)
                ax.set_ylim(-lim, lim)
                ax.set_xlabel("HRTF's ITD at the intended direction (µs)")
                ax.set_ylabel("ITD measured in the render (µs)")
                ax.set_title("binaural ITD round trip")
                ax.legend(fontsize=7, title="HRTF", title_fontsize=7)
                _note(fig, note)
                written.append(_save(fig, out_dir / "itd_roundtrip.png"))
        for column, label, name in (
            ("loudness_lufs", "loudness (LUFS)", "loudness.png"),
            ("peak_dbfs", "peak (dBFS)", "peak.png"),
            ("render_s", "render time per row (s)", "render_time.png"),
        ):
            values = _column(rows, column) if column in have else np.array([])
            measured = [f for f in formats if _has(rows, values, format=f)] if len(values) else []
            if measured:
                fig = _new_figure(max(5.0, 1.6 * len(measured) + 2), 3.4)
                ax = fig.add_subplot()
                _grouped_boxes(ax, rows, values, measured, hrtfs)
                ax.set_ylabel(label)
                ax.set_title(f"{label}, per format and HRTF")
                written.append(_save(fig, out_dir / name))
    return written


def _has(rows: Sequence[Mapping[str, Any]], values: np.ndarray, **match: str) -> bool:
    """Whether any row matching ``match`` (column -> value) has a finite value."""
    sel = np.array([all(str(r.get(k)) == v for k, v in match.items()) for r in rows], dtype=bool)
    return bool(np.isfinite(values[sel]).any())


def _note(fig, text: str) -> None:
    if text:  # a figure-level x label: constrained layout keeps room for it
        fig.supxlabel(text, fontsize=7, color="0.35")


def _roundtrip_scatter(rows, formats: list[str], hrtfs: list[str], err: np.ndarray, note: str, path: Path) -> Path:
    """Intended vs estimated azimuth, one panel per measured format; legend only for HRTFs drawn."""
    fig = _new_figure(3.4 * len(formats) + 1, 3.8)
    axes = fig.subplots(1, len(formats), squeeze=False)[0]
    intended, estimated = _column(rows, "azimuth_deg"), _column(rows, "est_azimuth_deg")
    for ax, fmt in zip(axes, formats, strict=True):
        for j, h in enumerate(hrtfs):
            sel = np.array([str(r.get("format")) == fmt and str(r.get("hrtf")) == h for r in rows], dtype=bool)
            sel &= np.isfinite(err)
            if sel.any():
                ax.scatter(intended[sel], estimated[sel], s=8, alpha=0.6, color=f"C{j}", label=_short(h))
        ax.plot([-180, 180], [-180, 180], color="0.5", lw=0.8)
        ax.set_xlim(-185, 185)
        ax.set_ylim(-185, 185)
        ax.set_title(fmt)
        ax.set_xlabel("intended azimuth (°)")
        if len(ax.get_legend_handles_labels()[0]) > 1:
            ax.legend(fontsize=7, loc="lower right", title="HRTF", title_fontsize=7)
    axes[0].set_ylabel("estimated azimuth (°)")
    _note(fig, note)
    return _save(fig, path)


def _short(name: str, n: int = 28) -> str:
    name = Path(name).stem if ("/" in name or name.endswith(".sofa")) else name
    return name if len(name) <= n else name[: n - 1] + "…"


def _grouped_boxes(ax, rows, values: np.ndarray, formats: list[str], hrtfs: list[str]) -> None:
    width = 0.8 / max(1, len(hrtfs))
    for j, h in enumerate(hrtfs):
        data, positions = [], []
        for i, fmt in enumerate(formats):
            sel = np.array(
                [str(r.get("format", "?")) == fmt and str(r.get("hrtf", "?")) == h for r in rows], dtype=bool
            )
            v = values[sel]
            v = v[np.isfinite(v)]
            if len(v):
                data.append(v)
                positions.append(i - 0.4 + width * (j + 0.5))
        if data:
            box = ax.boxplot(
                data,
                positions=positions,
                widths=width * 0.85,
                patch_artist=True,
                showfliers=False,
                medianprops={"color": "black"},
            )
            for patch in box["boxes"]:
                patch.set_facecolor(f"C{j}")
                patch.set_alpha(0.6)
            ax.plot([], [], color=f"C{j}", lw=6, alpha=0.6, label=_short(h))
    ax.set_xticks(range(len(formats)), formats)
    ax.set_xlim(-0.6, len(formats) - 0.4)
    if len(hrtfs) > 1 and ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=7, title="HRTF", title_fontsize=7)


def _rows(results: Any) -> list[dict[str, Any]]:
    if isinstance(results, (str, Path)):
        import pyarrow.parquet as pq

        return pq.read_table(results).to_pylist()
    if hasattr(results, "to_pylist"):
        return results.to_pylist()
    if isinstance(results, Iterable):
        return [dict(r) for r in results]
    raise TypeError(f"results: expected a table, rows or a Parquet path, got {type(results).__name__}")
