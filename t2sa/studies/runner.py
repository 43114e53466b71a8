"""Run a job file end to end: (build the manifest) -> batch engine -> report / stimulus set / OSC / plots.

The batch engine (:func:`t2sa.batch.run_job`) does the rendering, with resume: re-running a job only
renders what is missing and then rebuilds the report from all results.
"""

from __future__ import annotations

import glob
import json
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import RunInterrupted, StudyError
from t2sa.formats import web_formats
from t2sa.studies.spec import JobSpec

SOUND_SUFFIXES = (".wav", ".flac")


def find_sounds(patterns: list[str]) -> list[Path]:
    """Files matching the job's sound paths/globs (folders: their .wav/.flac), sorted, unique."""
    found: dict[Path, None] = {}
    for pattern in patterns:
        p = Path(pattern)
        matches = [Path(m) for m in sorted(glob.glob(pattern))] if any(c in pattern for c in "*?[") else [p]
        if not matches or not all(m.exists() for m in matches):
            raise StudyError(f"[inputs] sounds: {pattern!r} matches no file")
        for m in matches:
            if m.is_dir():
                for f in sorted(m.rglob("*")):
                    if f.suffix.lower() in SOUND_SUFFIXES:
                        found.setdefault(f.resolve(), None)
            else:
                found.setdefault(m.resolve(), None)
    if not found:
        raise StudyError(f"[inputs] sounds={patterns!r}: no .wav/.flac files found")
    return list(found)


def _grid_rows(grid: dict[str, Any]) -> list[dict[str, Any]]:
    from t2sa.studies.compare import DEFAULT_ELEVATIONS, direction_grid

    step = float(grid.get("az_step_deg", 30.0))
    elevations = [float(e) for e in grid.get("elevations", DEFAULT_ELEVATIONS)]
    distances = [float(d) for d in grid.get("distances_m", [1.5])]
    rows = []
    for d in distances:
        for az, el in direction_grid(step, elevations):
            rows.append(
                {"id": f"az{az:+05.0f}_el{el:+03.0f}_d{d:g}", "azimuth_deg": az, "elevation_deg": el, "distance_m": d}
            )
    return rows


def build_manifest(spec: JobSpec, out_dir: Path) -> Path:
    """``out_dir/manifest.parquet`` from ``[inputs]``: (texts and/or a direction grid) x sounds."""
    import pyarrow.parquet as pq

    from t2sa.batch.make import build_manifest as batch_build_manifest
    from t2sa.batch.make import read_texts

    inputs = spec.inputs
    texts: list[dict[str, Any]] = []
    if "texts" in inputs:
        texts = [{"id": f"t{i:03d}", "text": str(t)} for i, t in enumerate(inputs["texts"])]
    elif "texts_file" in inputs:
        try:
            texts = read_texts(inputs["texts_file"])
        except (OSError, ValueError) as exc:
            raise StudyError(f"[inputs] texts_file: {exc}") from None
    rows = _grid_rows(inputs["grid"]) if "grid" in inputs else []
    if texts and rows:  # every text at every grid direction
        rows = [{**t, **r, "id": f"{t.get('id', i)}_{r['id']}"} for i, t in enumerate(texts) for r in rows]
    elif texts:
        rows = texts
    sounds = find_sounds(inputs["sounds"])
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        table, _ = batch_build_manifest(rows, sounds, out_dir)
    except Exception as exc:
        raise StudyError(f"[inputs]: cannot build a manifest ({exc})") from None
    wanted = inputs.get("rows")
    if wanted is not None:
        if wanted > table.num_rows:
            raise StudyError(f"[inputs] rows={wanted}: only {table.num_rows} (inputs x sounds) combinations")
        keep = np.unique(np.round(np.linspace(0, table.num_rows - 1, wanted)).astype(int))
        table = table.take(keep)
    path = out_dir / "manifest.parquet"
    pq.write_table(table, path)
    return path


def batch_config(spec: JobSpec, manifest: Path):
    """The batch engine's JobConfig for this job (``[batch]`` keys map onto its fields)."""
    from t2sa.batch import JobConfig

    known = {f.name for f in fields(JobConfig)}
    unknown = set(spec.batch) - known
    if unknown:
        raise StudyError(f"[batch] {sorted(unknown)[0]}: not an option of the batch engine")
    return JobConfig(
        manifest=str(manifest),
        out=str(spec.out),
        formats=tuple(spec.formats),
        hrtfs=tuple(spec.hrtfs),
        sample_rate=spec.sample_rate,
        model=spec.model,
        **spec.batch,
    )


def _absolute_paths(rows: list[dict[str, Any]], out: Path, manifest: Path | str) -> list[dict[str, Any]]:
    """Outputs are stored relative to the output folder, sources relative to the manifest's folder
    (a URI prefix when the manifest is a URI)."""
    from t2sa.batch import storage

    remote = storage.is_uri(str(manifest))
    for r in rows:
        for key, base in (("output", out), ("audio", storage.parent(str(manifest)) if remote else Path(manifest).parent)):
            value = r.get(key)
            if value and "://" not in value and not Path(value).is_absolute():
                r[key] = storage.resolve(value, base) if isinstance(base, str) else str((base / value).resolve())
    return rows


def run(
    spec: JobSpec,
    *,
    out: str | Path | None = None,
    hrtfs: list[str] | None = None,
    formats: list[str] | None = None,
    rows: int | None = None,
    batch: dict[str, Any] | None = None,
    report_only: bool = False,
    echo=print,
) -> dict[str, Any]:
    """Run the job; returns a summary (also written to ``OUT/job_summary.json``)."""
    if out is not None:
        spec = replace(spec, out=Path(out).resolve())
    if hrtfs:
        from t2sa.studies.spec import resolve_hrtf

        spec = replace(spec, hrtfs=[resolve_hrtf(Path.cwd(), h) for h in hrtfs])
    if formats:
        spec = replace(spec, formats=list(formats))
    if rows is not None:
        if spec.manifest is not None:
            raise StudyError("--rows applies to jobs with [inputs]; this job names a manifest")
        spec = replace(spec, inputs={**spec.inputs, "rows": rows})
    if batch:
        spec = replace(spec, batch={**spec.batch, **batch})
    if spec.kind == "stimuli":
        bad = [f for f in spec.formats if f not in web_formats()]
        if bad:
            raise StudyError(
                f"[job] formats: {bad[0]!r} cannot be played in a web listening test ({', '.join(web_formats())})"
            )
    if spec.storage:  # [storage]: for this process and, through t2sa.batch.cluster, every Ray worker
        from t2sa.batch.cluster import apply_storage_env

        apply_storage_env(spec.storage)
    spec.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    manifest = spec.manifest or build_manifest(spec, spec.out)
    summary: dict[str, Any] = {"job": spec.name, "kind": spec.kind, "out": str(spec.out), "manifest": str(manifest)}
    if not report_only:
        from t2sa.batch import run_job

        config = batch_config(spec, manifest)
        echo(f"rendering {manifest} -> {spec.out} ({', '.join(spec.formats)} x {len(spec.hrtfs)} HRTF)")
        stats = run_job(config)
        summary["batch"] = {
            k: getattr(stats, k)
            for k in ("total", "skipped", "ok", "error", "lost", "wall_s", "workers", "interrupted")
            if hasattr(stats, k)
        }
        if getattr(stats, "interrupted", False):
            raise RunInterrupted("interrupted: finished rows are kept; re-run the same command to resume")
    render_s = time.perf_counter() - started
    from t2sa.batch import read_results

    results = _absolute_paths(read_results(str(spec.out)).to_pylist(), spec.out, manifest)
    if not results:
        raise StudyError(f"{spec.out}: no results to report on")
    summary["rows"] = len(results)
    summary["rows_ok"] = sum(1 for r in results if r.get("status") == "ok")
    t = time.perf_counter()
    if spec.kind == "sweep":
        from t2sa.studies.sweep import sweep_report

        sw = spec.sweep
        report = sweep_report(
            results,
            spec.hrtfs,
            spec.out / "report",
            reference=sw.get("reference"),
            az_step_deg=sw.get("az_step_deg", 10.0),
            elevations=sw.get("elevations", (-30.0, -15.0, 0.0, 15.0, 30.0, 45.0, 60.0)),
            fmin_hz=sw.get("fmin_hz", 200.0),
            fmax_hz=sw.get("fmax_hz", 16000.0),
            analysis_rate=sw.get("analysis_rate", 48000),
            title=spec.description or f"Cross-HRTF sweep: {spec.name}",
        )
        summary["report"] = str(spec.out / "report" / "report.html")
        summary["reference"] = report["reference"]
    elif spec.kind == "stimuli":
        from t2sa.studies.stimuli import StimulusOptions, build_stimulus_set

        options = {"name": spec.name, "title": spec.description or spec.name, **spec.stimuli}
        if "anchors" in options:
            options["anchors"] = tuple(options["anchors"])
        built = build_stimulus_set(results, spec.out / "stimuli", StimulusOptions(**options))
        summary["stimuli"] = {k: built[k] for k in ("items", "stimuli", "conditions", "target_lufs_effective")}
        summary["report"] = str(spec.out / "stimuli" / "index.html")
    else:
        from t2sa.plot import summary_figures

        summary["figures"] = [str(p) for p in summary_figures(results, spec.out / "figures")]
    if spec.plots.get("summary") and spec.kind == "stimuli":  # sweep reports and render jobs draw them anyway
        from t2sa.plot import summary_figures

        summary["figures"] = [str(p) for p in summary_figures(results, spec.out / "figures")]
    n_traj = int(spec.plots.get("trajectories", 0))
    if n_traj:
        summary["trajectories"] = _trajectories(results, spec.out / "trajectories", n_traj)
    if spec.osc.get("enabled"):
        from t2sa.osc import write_row_files

        options = {k: v for k, v in spec.osc.items() if k != "enabled"}
        paths = write_row_files(results, spec.out / "osc", **options)
        summary["osc_files"] = len(paths)
    summary["render_s"] = round(render_s, 3)
    summary["report_s"] = round(time.perf_counter() - t, 3)
    (spec.out / "job_summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False, default=str))
    return summary


def _trajectories(results: list[dict[str, Any]], folder: Path, n: int) -> int:
    from t2sa.names import file_stem
    from t2sa.plot import plot_trajectory
    from t2sa.resolve import params_from_row

    seen: set[str] = set()
    for r in results:
        if len(seen) >= n:
            break
        if r.get("status") != "ok" or r.get("id") in seen:
            continue
        seen.add(r["id"])
        plot_trajectory(
            params_from_row(r),
            folder / f"{file_stem(r['id'])}.png",
            title=r.get("text") or str(r["id"]),
            duration_s=r.get("duration_s"),
        )
    return len(seen)
