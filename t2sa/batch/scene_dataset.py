"""SELD datasets on the batch engine: a dataset job (``jobs/seld_dataset.toml``) as a scene manifest.

Why: the dataset runner (:mod:`t2sa.scene.seld`) renders scenes in a process pool on one machine; a job with
``[dataset] engine = "batch"`` is written as a scene manifest (one row per event, :mod:`t2sa.batch.scenes`)
and submitted to the batch engine, so it runs on a Ray cluster (``[dataset] address``), resumes by content
and records results like any batch job. The files are the ones the pool writes, byte for byte: each event's
sound, position (every SpatialParams field as an override, so no text model), onset, duration, level, gain
and label; the scene's length, seed, rate, sample format, room and background; the dataset's paths
(``{format}_dev/dev-<split>/<name>.wav``, ``metadata_dev/...csv``) and the job's class map (``class_index``).

``OUT/scene_manifest.parquet`` is that manifest (``t2sa-batch submit`` takes it as is); ``OUT/results``,
``OUT/events.parquet`` are the batch engine's. The scene files (``scenes_dev/...json``, with each format's
normalisation gain from the results) and the card are written by the dataset runner's own code afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa

from t2sa.errors import T2SAError
from t2sa.params import SCALAR_FIELDS
from t2sa.scene.model import SYNTH_PREFIX
from t2sa.scene.seld import SeldJob, class_map, dataset_scene, hrtf_path, scene_name, write_scene_file

from . import storage
from .results import read_results

MANIFEST_NAME = "scene_manifest.parquet"


def dataset_renderer(job: SeldJob, *, use_ray: bool = True) -> Callable[[SeldJob, list[str], Callable[[str], None]], None] | None:
    """The ``render`` argument of :func:`t2sa.scene.seld.run_dataset` for this job: None for the process pool
    (``engine = "processes"``), the batch engine otherwise (``use_ray=False``: in this process, no Ray)."""
    if job.engine != "batch":
        return None
    return partial(render_dataset, use_ray=use_ray)


def _absolute(sound: str) -> str:
    return sound if sound.startswith(SYNTH_PREFIX) or "://" in sound else str(Path(sound).resolve())


def dataset_manifest(job: SeldJob, splits: list[str]) -> pa.Table:
    """The scene manifest of the whole dataset (see the module doc); deterministic in the job."""
    cmap = class_map(job)
    rows: list[dict[str, Any]] = []
    for index, split in enumerate(splits):
        scene = dataset_scene(job, index, split)
        name = scene_name(job, index, split)
        bg = scene.background
        common = {
            "scene_id": name,
            "scene_duration_s": float(scene.duration_s),
            "scene_seed": int(scene.seed),
            "sample_rate": int(scene.sample_rate),
            "subtype": job.subtype,
            "room_rt60_s": float(scene.room.rt60_s),
            "room_drr_db": float(scene.room.drr_db),
            "room_wet": float(scene.room.wet),
            "background_noise": bg.noise if bg is not None else None,
            "background_sound": _absolute(str(bg.sound)) if bg is not None and bg.sound else None,
            "background_level_db": float(bg.level_db) if bg is not None else None,
            "output": f"{{format}}_dev/dev-{split}/{name}.wav",
            "labels": f"metadata_dev/dev-{split}/{name}.csv",
        }
        for k, ev in enumerate(scene.events):
            params = ev.params.to_dict()
            cells = {f: float(params[f]) for f in SCALAR_FIELDS}
            cells["gain_db"] = float(ev.params.gain_db + ev.gain_db)  # one gain: the params' (as the mixer adds them)
            rows.append({
                "id": f"{name}_e{k:03d}",
                "audio": _absolute(str(ev.sound)),
                **cells,
                "motion": params["motion"],
                "trajectory": params["trajectory"],
                "onset_s": float(ev.onset_s),
                "duration_s": None if ev.duration_s is None else float(ev.duration_s),
                "fit": ev.fit,
                "level_dbfs": ev.level_dbfs,
                "label": ev.label,
                "class_index": cmap[ev.label],
                **common,
            })
    return pa.Table.from_pylist(rows)


def render_dataset(job: SeldJob, splits: list[str], say: Callable[[str], None], *, use_ray: bool = True) -> None:
    """Render the dataset's scenes on the batch engine (what is done already is skipped by content), then write
    the scene files of every finished scene. Raises T2SAError naming the first failed scene."""
    from .pipeline import JobConfig, prepare, run_job

    out = str(job.out.resolve())
    manifest = storage.join(out, MANIFEST_NAME)
    storage.write_parquet_atomic(dataset_manifest(job, splits), manifest)
    hrtf = hrtf_path(job)
    config = JobConfig(
        manifest=manifest, out=out, formats=tuple(job.formats),
        hrtfs=(hrtf if hrtf == "default" else str(Path(hrtf).resolve()),),
        workers=job.workers, address=job.address, use_ray=use_ray, progress=False, metrics="basic",
    )
    plan = prepare(config)
    where = f"Ray at {job.address}" if job.address else ("Ray in this process" if use_ray else "no Ray")
    say(f"batch engine ({where}): {plan.total} scene outputs ({job.scenes} scenes x {len(job.formats)} formats), "
        f"{plan.done} already done, rendering {plan.todo}" + (f" ({plan.reasons})" if plan.todo and plan.reasons else ""))
    stats = run_job(config, job=plan)
    if stats.interrupted:
        raise KeyboardInterrupt
    results = read_results(out, columns=["id", "format", "status", "error", "gain_applied_db"]).to_pylist()
    by_scene: dict[str, dict[str, dict[str, Any]]] = {}
    for r in results:
        by_scene.setdefault(r["id"], {})[r["format"]] = r
    failed = [r for r in results if r["status"] != "ok"]
    for index, split in enumerate(splits):
        done = by_scene.get(scene_name(job, index, split), {})
        if all(done.get(f, {}).get("status") == "ok" for f in job.formats):
            gains = {f: done[f]["gain_applied_db"] for f in job.formats}
            write_scene_file(job, index, split, dataset_scene(job, index, split), gains)
    if failed or stats.lost:
        first = failed[0]["error"] if failed else f"{stats.lost} scene output(s) lost (workers died)"
        raise T2SAError(f"{len(failed) + stats.lost} of {stats.total} scene outputs failed; first: {first} "
                        f"(results in {storage.join(out, 'results')}; run the job again to retry)")
