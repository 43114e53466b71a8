"""Cross-HRTF sweep report: how the same stimuli change from one HRTF to another.

Two views, both against a chosen reference HRTF (LAP-challenge thresholds, t2sa.studies.compare):

* **per direction**, from the HRTF data itself (every HRTF interpolated on one direction grid):
  ITD, ILD, their differences, log-spectral distance, within-threshold flags;
* **per rendered row**, from the batch results: measured ITD/ILD and their differences from the same
  row rendered with the reference, and the round-trip error: the direction estimated back from the
  rendered audio (Ambisonics: intensity vector; binaural: the lateral angle whose HRTF cues best
  match the measured ITD/ILD) against the direction asked for;
* **binaural round trip over the whole sphere** (the ``loc_*`` columns of ``--metrics full``): per HRTF, the median lateral and polar error and the front/back confusion rate
  of the direction estimated back from each static dry row's ears against the HRTF that rendered it
  (:mod:`t2sa.render.localize`), next to the LAP-threshold columns.

Output (``out_dir``): ``hrtf_directions.parquet``, ``hrtf_summary.parquet``/``.csv``,
``rows.parquet``, ``rows_summary.parquet``/``.csv``, ``figures/*.png``, ``report.md``,
``report.html`` and ``summary.json``.
"""

from __future__ import annotations

import csv
import html
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import StudyError
from t2sa.render.hrtf import hrtf_name
from t2sa.studies import compare
from t2sa.studies.compare import LAP_THRESHOLDS


def _write_table(path: Path, rows: Sequence[Mapping[str, Any]] | Mapping[str, np.ndarray]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table(dict(rows)) if isinstance(rows, Mapping) else pa.Table.from_pylist(list(rows))
    pq.write_table(table, path)
    if not isinstance(rows, Mapping):
        with path.with_suffix(".csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=table.column_names)
            writer.writeheader()
            writer.writerows(rows)


def sweep_report(
    results: Sequence[Mapping[str, Any]],
    hrtf_specs: Sequence[str],
    out_dir: str | Path,
    *,
    reference: str | None = None,
    az_step_deg: float = 10.0,
    elevations: Sequence[float] = compare.DEFAULT_ELEVATIONS,
    fmin_hz: float = 200.0,
    fmax_hz: float = 16000.0,
    analysis_rate: int = 48000,
    title: str = "Cross-HRTF sweep",
) -> dict[str, Any]:
    """Compute every metric, write tables, figures and the report; return the summary."""
    from t2sa.render.hrtf import load_hrtf

    out_dir = Path(out_dir)
    (out_dir / "figures").mkdir(parents=True, exist_ok=True)
    labels = {str(spec): hrtf_name(spec) for spec in hrtf_specs}
    if len(set(labels.values())) != len(labels):
        raise StudyError(f"hrtfs={list(hrtf_specs)!r}: two HRTFs share a name; rename one file")
    ref_label = _reference_label(reference, labels)
    hrtfs = {labels[spec]: load_hrtf(spec, analysis_rate) for spec in labels}
    grid = compare.direction_grid(az_step_deg, elevations)
    cols = compare.compare_hrtfs(hrtfs, ref_label, grid, sample_rate=analysis_rate, fmin=fmin_hz, fmax=fmax_hz)
    _write_table(out_dir / "hrtf_directions.parquet", cols)
    dir_summary = compare.summarise_directions(cols, order=list(hrtfs))
    for row in dir_summary:
        h = hrtfs[row["hrtf"]]
        spec = next(s for s, lab in labels.items() if lab == row["hrtf"])
        row.update({"spec": spec, "measurements": len(h.directions), "taps": int(h.irs.shape[-1])})
    _write_table(out_dir / "hrtf_summary.parquet", dir_summary)

    cue_tables = {label: compare.cue_table(h, sample_rate=analysis_rate) for label, h in hrtfs.items()}
    labelled = [{**r, "hrtf": hrtf_name(r.get("hrtf")) if r.get("hrtf") is not None else None} for r in results]
    compared = compare.compare_rows(labelled, ref_label, cue_tables)
    row_summary = compare.summarise_rows(compared, labelled)
    for row in dir_summary:  # the round trip of each HRTF's own (binaural) rows, beside its LAP figures
        row.update(compare.roundtrip_stats([r for r in compared if r.get("hrtf") == row["hrtf"]]))
    if compared:
        _write_table(out_dir / "rows.parquet", compared)
    if row_summary:
        _write_table(out_dir / "rows_summary.parquet", row_summary)

    figures = [
        _cues_vs_azimuth(cols, list(hrtfs), ref_label, out_dir / "figures" / "cues_vs_azimuth.png"),
        _error_maps(cols, [h for h in hrtfs if h != ref_label], ref_label, out_dir / "figures" / "error_maps.png"),
    ]
    if any(np.isfinite(r["lateral_error_deg"]) for r in compared):
        figures.append(_roundtrip(compared, out_dir / "figures" / "roundtrip_lateral.png"))
        figures.append(_roundtrip_map(compared, out_dir / "figures" / "roundtrip_error_map.png"))
    if any(row.get("loc_rows") for row in dir_summary):
        figures.append(_localization(compared, [row["hrtf"] for row in dir_summary if row.get("loc_rows")],
                                     out_dir / "figures" / "roundtrip_localization.png"))
    from t2sa.plot import summary_figures

    figures += summary_figures(labelled, out_dir / "figures")
    summary = {
        "title": title,
        "reference": ref_label,
        "hrtfs": [{"name": lab, "spec": spec} for spec, lab in labels.items()],
        "thresholds": LAP_THRESHOLDS,
        "directions": int(len(grid)),
        "az_step_deg": float(az_step_deg),
        "elevations": [float(e) for e in elevations],
        "analysis_rate": analysis_rate,
        "band_hz": [fmin_hz, fmax_hz],
        "rows": len(results),
        "rows_ok": sum(1 for r in results if r.get("status") == "ok"),
        "rows_error": sum(1 for r in results if r.get("status") == "error"),
        "hrtf_summary": dir_summary,
        "rows_summary": row_summary,
        "figures": [f.relative_to(out_dir).as_posix() for f in figures],
    }
    (out_dir / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False, default=_json_default))
    (out_dir / "report.md").write_text(_markdown(summary), encoding="utf-8")
    (out_dir / "report.html").write_text(_html_report(summary), encoding="utf-8")
    return summary


def _json_default(value: Any) -> Any:
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    if isinstance(value, np.bool_):
        return bool(value)
    raise TypeError(type(value).__name__)


def _reference_label(reference: str | None, labels: Mapping[str, str]) -> str:
    if reference is None:
        return next(iter(labels.values()))
    if reference in labels:
        return labels[reference]
    if reference in labels.values():
        return reference
    raise StudyError(f"reference={reference!r}: not one of the sweep's HRTFs ({', '.join(labels.values())})")


# -- figures ----------------------------------------------------------------------------------
def _horizontal(cols: Mapping[str, np.ndarray], name: str) -> tuple[np.ndarray, np.ndarray]:
    sel = cols["hrtf"] == name
    els = np.unique(cols["elevation_deg"][sel])
    el0 = els[np.argmin(np.abs(els))]
    sel &= cols["elevation_deg"] == el0
    order = np.argsort(cols["azimuth_deg"][sel])
    return sel, order


def _cues_vs_azimuth(cols, names: list[str], ref: str, path: Path) -> Path:
    from matplotlib import rc_context

    from t2sa.plot import new_figure, save_figure, style

    with rc_context(style()):
        fig = new_figure(11.0, 6.5)
        axes = fig.subplots(2, 2, sharex=True)
        for j, name in enumerate(names):
            sel, order = _horizontal(cols, name)
            az = cols["azimuth_deg"][sel][order]
            kw = {"color": "black", "lw": 2.2, "ls": "--"} if name == ref else {"color": f"C{j}", "lw": 1.4}
            label = f"{name} (reference)" if name == ref else name
            axes[0, 0].plot(az, cols["itd_us"][sel][order], label=label, **kw)
            axes[0, 1].plot(az, cols["ild_db"][sel][order], label=label, **kw)
            if name != ref:
                axes[1, 0].plot(az, cols["d_itd_us"][sel][order], color=f"C{j}", lw=1.4)
                axes[1, 1].plot(az, cols["d_ild_db"][sel][order], color=f"C{j}", lw=1.4)
        for ax, thr in ((axes[1, 0], LAP_THRESHOLDS["itd_us"]), (axes[1, 1], LAP_THRESHOLDS["ild_db"])):
            ax.axhspan(-thr, thr, color="tab:green", alpha=0.12, label=f"within ±{thr:g}")
            ax.axhline(0, color="0.4", lw=0.8)
            ax.legend(fontsize=7, loc="upper right")
        axes[0, 0].set_ylabel("ITD (µs, + = left ear leads)")
        axes[0, 1].set_ylabel("ILD (dB, + = left louder)")
        axes[1, 0].set_ylabel(f"ITD − {ref} (µs)")
        axes[1, 1].set_ylabel(f"ILD − {ref} (dB)")
        for ax in axes[1]:
            ax.set_xlabel("azimuth (°, + = left), horizontal plane")
            ax.set_xticks([-180, -90, 0, 90, 180])
        axes[0, 0].legend(fontsize=7)
        fig.suptitle("Interaural cues per HRTF and their difference from the reference (LAP thresholds shaded)")
    return save_figure(fig, path)


def _error_maps(cols, names: list[str], ref: str, path: Path) -> Path:
    from matplotlib import rc_context
    from matplotlib.colors import TwoSlopeNorm

    from t2sa.plot import new_figure, save_figure, style

    metrics = (
        ("d_itd_us", "|ΔITD| (µs)", LAP_THRESHOLDS["itd_us"]),
        ("d_ild_db", "|ΔILD| (dB)", LAP_THRESHOLDS["ild_db"]),
        ("lsd_db", "LSD (dB)", LAP_THRESHOLDS["lsd_db"]),
    )
    rows = max(1, len(names))
    with rc_context(style()):
        fig = new_figure(13.0, 2.6 * rows + 0.8)
        axes = fig.subplots(rows, 3, squeeze=False)
        if not names:
            axes[0, 1].text(0.5, 0.5, "only the reference HRTF: nothing to compare", ha="center", va="center")
        for i, name in enumerate(names):
            sel = cols["hrtf"] == name
            for j, (key, label, thr) in enumerate(metrics):
                ax = axes[i, j]
                values = np.abs(cols[key][sel])
                points = ax.scatter(
                    cols["azimuth_deg"][sel],
                    cols["elevation_deg"][sel],
                    c=values,
                    cmap="RdYlGn_r",
                    norm=TwoSlopeNorm(vmin=0.0, vcenter=thr, vmax=max(2 * thr, float(values.max()))),
                    marker="s",
                    s=28,
                )
                bar = fig.colorbar(points, ax=ax, pad=0.01)
                bar.ax.axhline(thr, color="black", lw=1.2)
                bar.set_label(f"{label}; threshold {thr:g}", fontsize=7)
                ax.set_xlim(185, -185)  # left (+az) on the left, as seen by the listener
                ax.set_xticks([180, 90, 0, -90, -180], ["back", "L 90", "front", "R -90", "back"])
                share = float(np.mean(values <= thr))
                ax.set_title(f"{name}: {label}, mean {values.mean():.3g}, {share:.0%} within", fontsize=8)
                if j == 0:
                    ax.set_ylabel("elevation (°)")
        fig.suptitle(f"Difference from {ref} per direction (green = within the LAP threshold, red = beyond)")
    return save_figure(fig, path)


def _roundtrip_groups(compared: Sequence[Mapping[str, Any]]) -> list[tuple[str, str]]:
    """(hrtf, format) pairs that have at least one finite round-trip error, sorted."""
    return sorted({(str(r["hrtf"]), str(r["format"])) for r in compared if np.isfinite(r["lateral_error_deg"])})


def _facets(n: int, width: float, height: float):
    """A figure with ``n`` panels, at most 4 per row, each ``width`` x ``height`` inches; axes flattened."""
    from t2sa.plot import new_figure

    cols = min(4, n)
    nrows = math.ceil(n / cols)
    fig = new_figure(width * cols + 0.5, height * nrows + 0.5)
    return fig, np.atleast_1d(fig.subplots(nrows, cols, squeeze=False)).ravel()


def _roundtrip(compared: Sequence[Mapping[str, Any]], path: Path) -> Path:
    from matplotlib import rc_context

    from t2sa.plot import save_figure, style

    groups = _roundtrip_groups(compared)
    with rc_context(style()):
        fig, axes = _facets(len(groups), 3.3, 3.2)
        for ax, (hrtf, fmt) in zip(axes, groups, strict=False):
            sel = [r for r in compared if str(r["hrtf"]) == hrtf and str(r["format"]) == fmt]
            true = np.array([r["lateral_deg"] for r in sel])
            est = np.array([r["est_lateral_deg"] for r in sel])
            moving = np.array([r["moving"] for r in sel])
            ax.scatter(true[~moving], est[~moving], s=8, alpha=0.5, label="static")
            if moving.any():
                ax.scatter(true[moving], est[moving], s=8, alpha=0.5, color="tab:orange", label="moving")
            ax.plot([-90, 90], [-90, 90], color="0.4", lw=0.8)
            err = np.abs(est - true)
            ax.set_title(f"{hrtf} / {fmt}: mean {np.nanmean(err):.1f}°", fontsize=8)
            ax.set_xlim(-95, 95)
            ax.set_ylim(-95, 95)
            ax.set_xlabel("intended lateral angle (°)")
            ax.legend(fontsize=6, loc="upper left")
        for ax in axes[len(groups) :]:
            ax.set_visible(False)
        axes[0].set_ylabel("estimated from the render (°)")
        fig.suptitle("Round trip: lateral angle read back from each rendered file")
    return save_figure(fig, path)


def _roundtrip_map(compared: Sequence[Mapping[str, Any]], path: Path) -> Path:
    from matplotlib import rc_context

    from t2sa.plot import save_figure, style

    groups = _roundtrip_groups(compared)
    with rc_context(style()):
        fig, axes = _facets(len(groups), 3.6, 2.8)
        points = None
        for ax, (hrtf, fmt) in zip(axes, groups, strict=False):
            sel = [r for r in compared if str(r["hrtf"]) == hrtf and str(r["format"]) == fmt]
            points = ax.scatter(
                [r["azimuth_deg"] for r in sel],
                [r["elevation_deg"] for r in sel],
                c=[r["lateral_error_deg"] for r in sel],
                cmap="magma_r",
                vmin=0,
                vmax=45,
                s=12,
            )
            ax.set_xlim(185, -185)
            ax.set_xticks([180, 90, 0, -90, -180], ["back", "L", "front", "R", "back"])
            ax.set_title(f"{hrtf} / {fmt}", fontsize=8)
        for ax in axes[len(groups) :]:
            ax.set_visible(False)
        axes[0].set_ylabel("elevation (°)")
        if points is not None:
            fig.colorbar(points, ax=list(axes[: len(groups)]), label="lateral error (°)", shrink=0.8)
        fig.suptitle("Round-trip lateral error per intended direction")
    return save_figure(fig, path)


def _localization(compared: Sequence[Mapping[str, Any]], names: list[str], path: Path) -> Path:
    """Per HRTF: polar error against lateral error of each static dry binaural row, confusions marked."""
    from matplotlib import rc_context

    from t2sa.plot import save_figure, style

    with rc_context(style()):
        fig, axes = _facets(len(names), 3.4, 3.2)
        for ax, name in zip(axes, names, strict=False):
            sel = [r for r in compared if r.get("hrtf") == name and np.isfinite(r.get("loc_lateral_error_deg", np.nan))]
            lat = np.array([r["loc_lateral_error_deg"] for r in sel])
            pol = np.array([r["loc_polar_error_deg"] for r in sel])
            fb = np.array([r.get("loc_front_back") == 1.0 for r in sel], dtype=bool)
            ax.scatter(lat[~fb], pol[~fb], s=9, alpha=0.6, label="no confusion")
            if fb.any():
                ax.scatter(lat[fb], pol[fb], s=14, color="tab:red", marker="x", label="front/back confusion")
            ax.set_xlim(-2, max(30.0, float(np.max(lat, initial=0.0)) + 2))
            ax.set_ylim(-5, 185)
            ax.set_xlabel("lateral error (°)")
            ax.set_title(f"{name}: median {np.median(lat):.1f}° / {np.median(pol):.1f}°, "
                         f"{int(fb.sum())} confusions", fontsize=8)
            ax.legend(fontsize=6, loc="upper right")
        for ax in axes[len(names) :]:
            ax.set_visible(False)
        axes[0].set_ylabel("polar error (°)")
        fig.suptitle("Binaural round trip: direction estimated back from the ears against the HRTF used")
    return save_figure(fig, path)


# -- report text -----------------------------------------------------------------------------
def _fmt(value: Any, digits: int = 2) -> str:
    if isinstance(value, bool):
        return "pass" if value else "FAIL"
    if isinstance(value, float):
        if math.isnan(value):
            return "–"
        return f"{value:.{digits}f}"
    return str(value)


def _pct(value: float) -> str:
    return "–" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{100 * value:.0f}%"


HRTF_COLUMNS = (
    ("hrtf", "HRTF", _fmt),
    ("measurements", "measured dirs", _fmt),
    ("mean_abs_d_itd_us", "mean abs ΔITD (µs)", lambda v: _fmt(v, 1)),
    ("pass_itd", "ITD ≤ 62.5 µs", _fmt),
    ("share_within_itd", "dirs within ITD", _pct),
    ("mean_abs_d_ild_db", "mean abs ΔILD (dB)", _fmt),
    ("pass_ild", "ILD ≤ 4.4 dB", _fmt),
    ("share_within_ild", "dirs within ILD", _pct),
    ("mean_lsd_db", "mean LSD (dB)", _fmt),
    ("pass_lsd", "LSD ≤ 7.4 dB", _fmt),
    ("share_within_lsd", "dirs within LSD", _pct),
    ("loc_lateral_error_median_deg", "round trip: median lateral err (°)", lambda v: _fmt(v, 1)),
    ("loc_polar_error_median_deg", "median polar err (°)", lambda v: _fmt(v, 1)),
    ("loc_front_back_rate", "front/back confusions", _pct),
)
ROW_COLUMNS = (
    ("hrtf", "HRTF", _fmt),
    ("format", "format", _fmt),
    ("rows_ok", "rows ok", _fmt),
    ("rows_error", "errors", _fmt),
    ("lateral_error_mean_deg", "lateral err mean (°)", lambda v: _fmt(v, 1)),
    ("lateral_error_p90_deg", "lateral err p90 (°)", lambda v: _fmt(v, 1)),
    ("static_lateral_error_mean_deg", "static rows (°)", lambda v: _fmt(v, 1)),
    ("direction_error_mean_deg", "direction err mean (°)", lambda v: _fmt(v, 1)),
    ("mean_abs_d_itd_us", "mean abs ΔITD (µs)", lambda v: _fmt(v, 1)),
    ("share_within_itd", "rows within ITD", _pct),
    ("mean_abs_d_ild_db", "mean abs ΔILD (dB)", _fmt),
    ("share_within_ild", "rows within ILD", _pct),
    ("loc_rows", "round-trip rows", lambda v: "–" if not v else _fmt(v)),
    ("loc_lateral_error_median_deg", "median lateral err (°)", lambda v: _fmt(v, 1)),
    ("loc_polar_error_median_deg", "median polar err (°)", lambda v: _fmt(v, 1)),
    ("loc_front_back_rate", "front/back confusions", _pct),
)

METHOD = (
    "Every HRTF is resampled to {rate} Hz and interpolated at the same {n} directions (azimuth step "
    "{step}°, elevations {els}). ITD: interaural cross-correlation of the HRIRs low-passed at 1.5 kHz "
    "(t2sa.metrics.itd_s); ILD: broadband energy ratio (t2sa.metrics.ild_db); LSD: RMS over {fmin:g}-{fmax:g} Hz "
    "of the dB difference of the magnitude spectra, mean of both ears. Pass/fail compares the mean over "
    "directions with the LAP-challenge thresholds (ITD 62.5 µs, ILD 4.4 dB, LSD 7.4 dB); 'within' is the "
    "share of directions (or rows) whose own difference is under the threshold. Round trip: Ambisonic "
    "rows give a direction (intensity vector); from binaural ITD/ILD alone the lateral angle is read back "
    "by matching the HRTF's own cues on the frontal horizontal arc ('lateral err'). With --metrics full "
    "(the default) every static, dry binaural row is also localised over the whole sphere "
    "against the HRTF that rendered it (t2sa.render.localize: ITD, 1/6-octave ILD and monaural spectral "
    "gradients matched with every measured direction): 'median lateral/polar err' are the medians of those "
    "interaural-polar errors and 'front/back confusions' the share of targets within 60° of the median "
    "plane (and away from the frontal plane) estimated on the other side of it. Reverberant, spread, "
    "occluded and moving rows have no round trip (their cues do not belong to one direction)."
)


def _present(rows: Sequence[Mapping[str, Any]], columns) -> tuple:
    """Columns with at least one value (e.g. no direction-error column for a binaural-only sweep)."""
    return tuple(c for c in columns if any(c[2](r.get(c[0])) != "–" for r in rows))


def _table_md(rows: Sequence[Mapping[str, Any]], columns) -> str:
    columns = _present(rows, columns)
    head = "| " + " | ".join(c[1] for c in columns) + " |\n|" + "---|" * len(columns) + "\n"
    return head + "".join("| " + " | ".join(f(r.get(k)) for k, _, f in columns) + " |\n" for r in rows)


def _method(s: Mapping[str, Any]) -> str:
    return METHOD.format(
        rate=s["analysis_rate"],
        n=s["directions"],
        step=f"{s['az_step_deg']:g}",
        els=", ".join(f"{e:g}" for e in s["elevations"]),
        fmin=s["band_hz"][0],
        fmax=s["band_hz"][1],
    )


def _markdown(s: Mapping[str, Any]) -> str:
    lines = [
        f"# {s['title']}",
        "",
        f"Reference HRTF: **{s['reference']}** · {len(s['hrtfs'])} HRTFs · {s['directions']} directions · "
        f"{s['rows']} rendered rows ({s['rows_ok']} ok, {s['rows_error']} errors)",
        "",
        "## HRTF sets compared with the reference (per direction)",
        "",
        _table_md(s["hrtf_summary"], HRTF_COLUMNS),
        "![cues](figures/cues_vs_azimuth.png)",
        "",
        "![error maps](figures/error_maps.png)",
        "",
        "## Rendered rows",
        "",
        _table_md(s["rows_summary"], ROW_COLUMNS) if s["rows_summary"] else "No rendered rows.\n",
    ]
    lines += [
        f"![{Path(f).stem}]({f})\n" for f in s["figures"] if not f.endswith(("cues_vs_azimuth.png", "error_maps.png"))
    ]
    lines += [
        "## Files",
        "",
        "`hrtf_directions.parquet` (per HRTF x direction), `hrtf_summary.parquet/.csv`, `rows.parquet` "
        "(per rendered row), `rows_summary.parquet/.csv`, `summary.json`.",
        "",
        "## Method",
        "",
        _method(s),
        "",
        "HRTF files: " + ", ".join(f"`{h['name']}` = {h['spec']}" for h in s["hrtfs"]),
        "",
    ]
    return "\n".join(lines)


_CSS = (
    "body{font-family:system-ui,sans-serif;margin:24px;color:#1d2330;max-width:1300px}"
    "table{border-collapse:collapse;font-size:13px;margin:8px 0 18px}td,th{border-bottom:1px solid #dde;"
    "padding:4px 8px;text-align:right}th{text-align:center;color:#445;background:#f3f5f8}td:first-child,"
    "td:nth-child(2){text-align:left}.pass{color:#17702a;font-weight:600}.FAIL{color:#b3261e;font-weight:700}"
    "img{max-width:100%;border:1px solid #e3e6ea;margin:6px 0 16px}.meta{color:#556}"
)


def _table_html(rows: Sequence[Mapping[str, Any]], columns) -> str:
    columns = _present(rows, columns)
    head = "<tr>" + "".join(f"<th>{html.escape(c[1])}</th>" for c in columns) + "</tr>"
    body = []
    for r in rows:
        cells = []
        for k, _, f in columns:
            text = f(r.get(k))
            cls = f' class="{text}"' if text in ("pass", "FAIL") else ""
            cells.append(f"<td{cls}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table>{head}{''.join(body)}</table>"


def _html_report(s: Mapping[str, Any]) -> str:
    figs = "".join(f'<img src="{html.escape(f)}" alt="{html.escape(Path(f).stem)}">' for f in s["figures"])
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(s['title'])}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(s['title'])}</h1>"
        f'<p class="meta">Reference HRTF <b>{html.escape(s["reference"])}</b> · {len(s["hrtfs"])} HRTFs · '
        f"{s['directions']} directions · {s['rows']} rendered rows ({s['rows_ok']} ok, {s['rows_error']} errors)</p>"
        "<h2>HRTF sets compared with the reference (per direction)</h2>"
        + _table_html(s["hrtf_summary"], HRTF_COLUMNS)
        + "<h2>Rendered rows (per HRTF and format)</h2>"
        + (_table_html(s["rows_summary"], ROW_COLUMNS) if s["rows_summary"] else "<p>No rendered rows.</p>")
        + "<h2>Figures</h2>"
        + figs
        + "<h2>Method</h2><p>"
        + html.escape(_method(s))
        + "</p><p>HRTF files: "
        + ", ".join(f"<code>{html.escape(h['name'])}</code> = {html.escape(h['spec'])}" for h in s["hrtfs"])
        + "</p></body></html>\n"
    )
