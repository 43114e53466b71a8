"""The render stage: one predicted work row -> one file (streamed, atomic) -> one result row.

Each row is rendered with :func:`t2sa.render.render_to_file`, block by block, so a worker's memory
does not grow with the clip: short sources are decoded once per worker and kept (many rows share a
few sounds); a source too large for the cache is streamed from its file. The file is then measured
(:mod:`t2sa.batch.measuring`), and the row's result goes to this run's journal
(:mod:`t2sa.batch.journal`) so that a hard kill never loses a finished file.

Every exception of a row becomes an ``error`` row naming the id, the field and the value
(:class:`t2sa.errors.FieldError`); nothing one row does can stop the others. Output paths are
resolved through symbolic links and refused if they leave the output folder.

Rendering is deterministic in the row alone (the seed is a hash of the row key), so files do not
depend on batching, worker count or retries. The real renderer is looked up through
:class:`Backend`, which tests and benchmarks replace (e.g. with one that kills its own worker).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from t2sa.errors import AudioError, FieldError, StorageError, describe
from t2sa.formats import get_format
from t2sa.params import SpatialParams, angular_distance_deg
from t2sa.render.hrtf import DEFAULT_HRTF

from . import journal, storage
from .cache import EXPECTED_ITD, HRTFS, INFOS, SOURCE_CACHE_BYTES, SOURCES, fetch_local, stamp
from .identity import SUBTYPE, seed_for, source_identity
from .measuring import INTERAURAL_LEVELS, LOCALIZING_LEVELS, RenderMeter, measure_file, wants_localization
from .outfolder import safe_output_path
from .results import result_row

STREAM_SOURCE_SAMPLES = SOURCE_CACHE_BYTES // 4 // 4
"""Local sources longer than this (float32 samples: a quarter of the cache) are streamed, not cached."""


@dataclass
class Backend:
    """The functions the render stage calls; ``None`` means the real t2sa implementation.

    Why a seam: the batch engine must be testable (and benchmarkable) with the stage swapped
    for an instrumented one, e.g. one that counts renders or kills its own worker on a chosen row.
    """

    read_audio: Callable[..., Any] | None = None  # (path, sample_rate, dtype="float32") -> (mono, rate)
    render_to_file: Callable[..., Any] | None = None  # t2sa.render.render_to_file's signature
    load_hrtf: Callable[..., Any] | None = None  # (path or None, sample_rate) -> HRTF
    render_scene: Callable[..., Any] | None = None  # t2sa.scene.render_scene_to_file's signature (scene rows)

    def resolved(self) -> Backend:
        from t2sa import audio
        from t2sa.render import render_to_file
        from t2sa.render.hrtf import load_hrtf
        from t2sa.scene.mix import render_scene_to_file

        return Backend(
            read_audio=self.read_audio or audio.read_audio,
            render_to_file=self.render_to_file or render_to_file,
            load_hrtf=self.load_hrtf or load_hrtf,
            render_scene=self.render_scene or render_scene_to_file,
        )


def _step(field: str, value: Any, fn: Callable[[], Any]) -> Any:
    """Run one step of a row; any failure becomes a FieldError naming ``field`` and ``value``."""
    try:
        return fn()
    except FieldError as exc:
        if exc.field == field:
            raise
        raise FieldError(field, value, str(exc)) from exc
    except Exception as exc:  # noqa: BLE001
        raise FieldError(field, value, describe(exc)) from exc


def _source(row: dict[str, Any], be: Backend) -> tuple[Any, int]:
    """(mono float32 signal or a path to stream from, its rate = the output rate)."""
    source, wanted = row["source"], row.get("sample_rate")
    if not storage.is_remote(source):
        info = INFOS.get(("info", source, stamp(source)), lambda: _step("audio", row["audio"], lambda: _info(source)))
        if info.frames > STREAM_SOURCE_SAMPLES:
            return storage.local_path(source), int(wanted or info.samplerate)
    return SOURCES.get(
        ("src", source, stamp(source), wanted),
        lambda: _step("audio", row["audio"], lambda: be.read_audio(source, wanted, dtype="float32")),
    )


def _info(source: str) -> Any:
    import soundfile as sf

    path = storage.local_path(source)
    if not os.path.isfile(path):
        raise AudioError(f"audio file '{source}': not found")
    try:
        return sf.info(path)
    except Exception as exc:  # noqa: BLE001 - libsndfile's messages
        raise AudioError(f"audio file '{source}': cannot be read as audio ({describe(exc)})") from None


def _hrtf(row: dict[str, Any], rate: int, be: Backend) -> Any:
    spec = row.get("hrtf_source") or DEFAULT_HRTF

    def load() -> Any:
        path = None if spec == DEFAULT_HRTF else fetch_local(spec, source_identity(spec))
        return be.load_hrtf(path, rate)

    version = None if spec == DEFAULT_HRTF else stamp(spec)
    return HRTFS.get((spec, version, rate), lambda: _step("hrtf", row.get("hrtf"), load))


def render_one(
    row: dict[str, Any], out_root: str, be: Backend, *, metrics_level: str = "full", from_file: bool = False
) -> dict[str, Any]:
    """Render one work row (with ``params``) -> result fields. Raises FieldError on failure.

    The file is measured from the blocks the render writes (:class:`RenderMeter`); with ``from_file`` (or
    when the backend's ``render_to_file`` does not report its blocks) it is read back and measured.
    """
    times = {"read_s": 0.0, "render_s": 0.0, "write_s": 0.0, "measure_s": 0.0}
    params = SpatialParams.from_json(row["params"])
    fmt = _step("format", row["format"], lambda: get_format(row["format"]))

    t = time.perf_counter()
    signal, rate = _source(row, be)
    hrtf = _hrtf(row, rate, be) if fmt.uses_hrtf else None
    times["read_s"] = time.perf_counter() - t
    localizer = None
    if metrics_level in LOCALIZING_LEVELS and wants_localization(fmt, params, hrtf):
        from t2sa.render.localize import Localizer

        localizer = Localizer(hrtf, (params.azimuth_deg, params.elevation_deg))
    meter = None if metrics_level == "none" or from_file else RenderMeter(rate, fmt, metrics_level, localizer)

    remote = storage.is_remote(out_root)
    # remote outputs are written to a local scratch folder, measured, then uploaded; local ones in place
    with tempfile.TemporaryDirectory(prefix="t2sa-") if remote else contextlib.nullcontext("") as scratch:
        if remote:
            local = os.path.join(scratch, os.path.basename(row["output"]))
        else:
            local = _step("output", row["output"], lambda: safe_output_path(out_root, row["output"]))
            _step("output", row["output"], lambda: os.makedirs(os.path.dirname(local), exist_ok=True))

        t = time.perf_counter()

        def render() -> Any:
            hook = {} if meter is None else {"on_block": meter}
            return be.render_to_file(
                signal, local, rate, params, format=fmt.name, hrtf=hrtf, seed=seed_for(row["key"]), subtype=SUBTYPE,
                **hook,
            )

        try:
            rendered = render()
        except Exception as exc:  # noqa: BLE001 - say which input was at fault
            field, value = "params", params.to_dict()
            if isinstance(exc, (AudioError, StorageError, OSError)):
                field, value = ("output", row["output"]) if local in str(exc) else ("audio", row["audio"])
            raise FieldError(field, value, describe(exc)) from exc
        metered = meter.seconds if meter is not None else 0.0
        times["render_s"] = time.perf_counter() - t - metered  # rendering and writing are one streamed step
        file_bytes = os.path.getsize(local)

        t = time.perf_counter()

        def measure() -> dict[str, Any]:
            if metrics_level == "none":
                return {"duration_s": rendered.n_samples / rendered.sample_rate, "channels": rendered.n_channels}
            if meter is not None and meter.complete(rendered.n_samples, rendered.sample_rate):
                return meter.result()
            return measure_file(local, fmt.name, metrics_level, localizer=localizer)

        metrics = _step("metrics", row["output"], measure)
        if metrics.get("clipped") is None:
            metrics["clipped"] = bool(rendered.clipped)
        metrics["gain_applied_db"] = float(rendered.gain_applied_db)
        metrics["itd_expected_s"] = None
        metrics["direction_error_deg"] = None
        if metrics_level in INTERAURAL_LEVELS and params.is_static and fmt.uses_hrtf and hasattr(hrtf, "filters"):
            metrics["itd_expected_s"] = _expected_itd(row.get("hrtf_source") or DEFAULT_HRTF, hrtf, rate, params)
        if params.is_static and fmt.is_ambisonic and metrics.get("est_azimuth_deg") is not None:
            metrics["direction_error_deg"] = angular_distance_deg(
                metrics["est_azimuth_deg"], metrics["est_elevation_deg"] or 0.0, params.azimuth_deg, params.elevation_deg
            )
        times["measure_s"] = time.perf_counter() - t + metered
        if remote:
            t = time.perf_counter()
            dest = storage.join(out_root, row["output"])
            _step("output", dest, lambda: storage.put_file(local, dest))
            times["write_s"] = time.perf_counter() - t
    return {**metrics, **times, "sample_rate": int(rendered.sample_rate), "file_bytes": file_bytes, "params": params}


def _expected_itd(spec: str, hrtf: Any, sr: int, params: SpatialParams) -> float | None:
    """ITD of the HRIR pair the renderer uses at the target direction (round-trip reference)."""
    from t2sa.metrics import itd_s

    key = (spec, stamp(spec), sr, round(params.azimuth_deg, 3), round(params.elevation_deg, 3))

    def make() -> float:
        ir = hrtf.filters(np.array([params.azimuth_deg]), np.array([params.elevation_deg]))[0]
        return float(itd_s(ir, sr))

    try:
        return EXPECTED_ITD.get(key, make)
    except Exception:  # noqa: BLE001 - a reference value is optional
        return None


def render_row(
    row: dict[str, Any],
    out_root: str,
    be: Backend,
    metrics: str = "full",
    run_id: str | None = None,
    *,
    metrics_from_file: bool = False,
) -> dict[str, Any]:
    """One result row; never raises (every failure becomes ``status='error'``). With ``run_id``, a
    finished row is also written to that run's journal."""
    if row.get("error") is not None:
        return result_row(row, status="error", error=row["error"], error_field=row.get("error_field"))
    try:
        done = render_one(row, out_root, be, metrics_level=metrics, from_file=metrics_from_file)
    except FieldError as exc:
        return result_row(row, status="error", error=str(exc.at_row(row["id"])), error_field=exc.field)
    except Exception as exc:  # noqa: BLE001 - nothing one row does may stop the others
        err = FieldError("render", row.get("output"), describe(exc), row=row["id"])
        return result_row(row, status="error", error=str(err), error_field="render")
    params = done.pop("params")
    result = result_row(row, status="ok", params=params, **done)
    if run_id is not None:
        with contextlib.suppress(Exception):  # the driver still records the row; only kill-safety is lost
            journal.record(out_root, run_id, {**result, "run_id": run_id})
    return result


def render_rows(
    rows: Sequence[dict[str, Any]],
    out_root: str,
    backend: Backend | None = None,
    metrics: str = "full",
    run_id: str | None = None,
    *,
    metrics_from_file: bool = False,
) -> list[dict[str, Any]]:
    """Render a batch of predicted work rows into result rows (see :mod:`t2sa.batch.results`); scene rows
    (a ``scene`` JSON) through :func:`t2sa.batch.scenes.render_scene_row`. ``metrics_from_file``: measure
    each written file read back instead of the samples the render wrote."""
    be = (backend or Backend()).resolved()
    from_file = {"metrics_from_file": metrics_from_file}
    if any(row.get("scene") for row in rows):
        from .scenes import render_scene_row

        return [
            render_scene_row(row, out_root, be, metrics, run_id)
            if row.get("scene")
            else render_row(row, out_root, be, metrics, run_id, **from_file)
            for row in rows
        ]
    return [render_row(row, out_root, be, metrics, run_id, **from_file) for row in rows]
