"""The two pipeline stages as plain functions over lists of row dicts (no Ray here).

* :func:`predict_rows`: text -> SpatialParams for the rows that need the model, merged with the
  row's overrides. Texts are de-duplicated per batch (a text crossed with many sounds and a sweep
  is predicted once).
* :func:`render_rows`: read the source, render, write the file atomically, read it back and
  measure it. Every exception of a row becomes an ``error`` row that names the id, the field and
  the value; nothing a row does can stop the others.

Both are deterministic in the row alone (the render seed is a hash of the row key), so the output
files do not depend on batching, worker count or retries.

The real model/renderer are looked up lazily through :class:`Backend`; tests and other callers can
pass their own (the functions never import torch unless a row needs the model).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import socket
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from t2sa.errors import T2SAError
from t2sa.params import ALL_FIELDS, ParamError, SpatialParams, angular_distance_deg
from t2sa.resolve import apply_overrides

from . import storage
from .manifest import needs_model

# Fields the model decides when a row has text (everything a SpatialParams holds).
MODEL_FIELDS: tuple[str, ...] = ALL_FIELDS


def no_model() -> Any:
    """Loader for jobs where no row needs the model (the planner counted them): never called."""
    from t2sa.errors import ModelError

    raise ModelError("this job was planned without the text model, yet a row needs it")


# -- back ends -----------------------------------------------------------------------------
@dataclass
class Backend:
    """The functions the stages call; ``None`` means the real t2sa implementation.

    Why a seam: the batch engine must be testable (and benchmarkable) with the stages swapped
    for instrumented ones, e.g. one that kills its own worker on a chosen row.
    """

    read_audio: Callable[..., Any] | None = None
    render: Callable[..., Any] | None = None
    write_audio: Callable[..., Any] | None = None
    load_hrtf: Callable[..., Any] | None = None
    measure: Callable[..., Any] | None = None
    resample: Callable[..., Any] | None = None

    def resolved(self) -> Backend:
        from t2sa import audio, metrics
        from t2sa.render import render
        from t2sa.render.hrtf import load_hrtf

        return Backend(
            read_audio=self.read_audio or audio.read_audio,
            render=self.render or render,
            write_audio=self.write_audio or audio.write_audio,
            load_hrtf=self.load_hrtf or load_hrtf,
            measure=self.measure or metrics.measure,
            resample=self.resample or audio.resample,
        )


# -- predict -------------------------------------------------------------------------------
def _takes_duration(model: Any) -> bool:
    import inspect

    try:
        return "duration_s" in inspect.signature(model.predict).parameters
    except (TypeError, ValueError):
        return False


def clip_duration(source: str | None) -> float | None:
    """Seconds of a local sound file from its header (None for URIs or unreadable files).

    Why: keyframe times are fractions of the clip, so a text that states seconds ("passes in
    2 seconds") can only be honoured by a model that knows the clip's length.
    """
    if not source or (storage.is_uri(source) and not source.startswith("file://")):
        return None

    def read() -> float:
        import soundfile as sf

        return float(sf.info(_local(source)).duration)

    try:
        return _DURATIONS.get((source, _stamp(source)), read)
    except Exception:  # noqa: BLE001 - the render stage reports unreadable sounds
        return None


def predict_rows(rows: list[dict[str, Any]], predictor: Any | Callable[[], Any]) -> list[dict[str, Any]]:
    """Add ``params`` (JSON), ``fields_from_model``, ``fields_from_override`` and ``predict_s``.

    ``predictor`` has ``.predict(list[str]) -> list[SpatialParams]`` (given ``duration_s=`` too
    when its ``predict`` takes it), or is a zero-argument callable returning one (called only if
    some row needs the model, so override-only jobs never load it). Each distinct (text, clip
    length) is predicted once per batch.
    """
    start = time.perf_counter()
    overrides = [json.loads(row["overrides"]) if row.get("overrides") else {} for row in rows]
    uses = [
        row.get("error") is None and needs_model(row.get("text"), ov) for row, ov in zip(rows, overrides, strict=True)
    ]
    predicted: dict[tuple[str, float | None], SpatialParams | Exception] = {}
    wanted: list[tuple[str, float | None]] = []
    keys: list[tuple[str, float | None] | None] = [None] * len(rows)
    if any(uses):
        model = predictor if hasattr(predictor, "predict") else predictor()
        start = time.perf_counter()  # predict_s is inference only; loading the model is start-up
        with_duration = _takes_duration(model)
        for i, (row, use) in enumerate(zip(rows, uses, strict=True)):
            if use:
                keys[i] = (row["text"], clip_duration(row.get("source")) if with_duration else None)
        wanted = list(dict.fromkeys(k for k in keys if k is not None))

        def run(batch: list[tuple[str, float | None]]) -> list[SpatialParams]:
            texts = [t for t, _ in batch]
            if with_duration:
                return model.predict(texts, duration_s=[d for _, d in batch])
            return model.predict(texts)

        try:
            out = run(wanted)
            if len(out) != len(wanted):
                raise RuntimeError(f"model returned {len(out)} predictions for {len(wanted)} texts")
            predicted = dict(zip(wanted, out, strict=True))
        except Exception:  # noqa: BLE001 - find the text(s) at fault one by one
            for key in wanted:
                try:
                    predicted[key] = run([key])[0]
                except Exception as exc:  # noqa: BLE001
                    predicted[key] = exc
    per_row = (time.perf_counter() - start) / max(1, sum(uses))
    out_rows = []
    for row, ov, use_model, key in zip(rows, overrides, uses, keys, strict=True):
        row = dict(row)
        row.update(params=None, fields_from_model=None, fields_from_override=sorted(ov), predict_s=0.0)
        if row.get("error") is None:
            try:
                base = None
                if use_model:
                    base = predicted[key]
                    if isinstance(base, Exception):
                        raise _ModelFailure(base)
                    row["predict_s"] = per_row
                params = apply_overrides(base, ov)
                row["params"] = params.to_json()
                row["fields_from_model"] = [f for f in MODEL_FIELDS if f not in ov] if use_model else []
            except _ModelFailure as exc:
                row["error"] = f"id={row['id']!r} text={row.get('text')!r}: model failed: {_describe(exc.cause)}"
                row["error_field"] = "text"
            except ParamError as exc:
                row["error"] = f"id={row['id']!r}: override {exc}"
                row["error_field"] = exc.field.split("[", 1)[0].split(".", 1)[0]
            except Exception as exc:  # noqa: BLE001
                row["error"] = f"id={row['id']!r}: overrides {row.get('overrides')}: {_describe(exc)}"
                row["error_field"] = "overrides"
        out_rows.append(row)
    return out_rows


class _ModelFailure(Exception):
    def __init__(self, cause: Exception):
        self.cause = cause
        super().__init__(str(cause))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, T2SAError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


# -- per-process caches ---------------------------------------------------------------------
class _LRU:
    """A small LRU keyed cache with an optional size budget (bytes of numpy values)."""

    def __init__(self, max_items: int, max_bytes: int | None = None):
        self.items: OrderedDict[Any, Any] = OrderedDict()
        self.max_items, self.max_bytes, self.bytes = max_items, max_bytes, 0

    def get(self, key: Any, make: Callable[[], Any]) -> Any:
        if key in self.items:
            self.items.move_to_end(key)
            value = self.items[key]
        else:
            try:
                value = make()
            except Exception as exc:  # noqa: BLE001 - remember failures too (a broken SOFA file)
                value = _Failed(exc)
            self.items[key] = value
            self.bytes += _nbytes(value)
            while len(self.items) > self.max_items or (
                self.max_bytes and self.bytes > self.max_bytes and len(self.items) > 1
            ):
                _, old = self.items.popitem(last=False)
                self.bytes -= _nbytes(old)
        if isinstance(value, _Failed):
            raise value.exc
        return value


class _Failed:
    def __init__(self, exc: Exception):
        self.exc = exc


def _nbytes(value: Any) -> int:
    if isinstance(value, tuple):
        return sum(_nbytes(v) for v in value)
    return int(getattr(value, "nbytes", 0))


_HRTFS = _LRU(8)
_SOURCES = _LRU(64, max_bytes=128 << 20)
_EXPECTED_ITD = _LRU(4096)
_DURATIONS = _LRU(4096)


def clear_caches() -> None:
    for cache in (_HRTFS, _SOURCES, _EXPECTED_ITD, _DURATIONS):
        cache.items.clear()
        cache.bytes = 0


def _local(path: str) -> str:
    return path[len("file://") :] if path.startswith("file://") else path


def _stamp(path: str) -> tuple[int, int] | None:
    """(mtime, size) of a local file, so a cache in a long-lived worker never serves stale data."""
    if storage.is_uri(path) and not path.startswith("file://"):
        return None
    try:
        st = os.stat(_local(path))
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _fetch(uri: str) -> str:
    """Local copy of a remote file (HRTFs: sofar reads local files only)."""
    if not storage.is_uri(uri) or uri.startswith("file://"):
        return _local(uri)
    fs, inner = storage.fsspec_fs(uri)
    folder = os.path.join(tempfile.gettempdir(), "t2sa-cache")
    os.makedirs(folder, exist_ok=True)
    local = os.path.join(
        folder, hashlib.blake2b(uri.encode(), digest_size=8).hexdigest() + "-" + os.path.basename(inner)
    )
    if not os.path.exists(local):
        fs.get_file(inner, local + ".tmp")
        os.replace(local + ".tmp", local)
    return local


# -- render ---------------------------------------------------------------------------------
def seed_for(key: str) -> int:
    """Render seed from the row key alone (never from worker, batch or time)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "little") & 0x7FFFFFFF


class RowError(Exception):
    """A failure of one row at one step: ``field`` and ``value`` say where."""

    def __init__(self, field: str, value: Any, cause: BaseException):
        self.field, self.value, self.cause = field, value, cause
        super().__init__(f"{field}={value!r}: {_describe(cause)}")


def _step(field: str, value: Any, fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except RowError:
        raise
    except Exception as exc:  # noqa: BLE001
        raise RowError(field, value, exc) from exc


_WORKER = f"{socket.gethostname()}:{os.getpid()}"


METRIC_COLUMNS: tuple[str, ...] = (
    "duration_s",
    "channels",
    "peak_dbfs",
    "loudness_lufs",
    "clipped",
    "gain_applied_db",
    "itd_s",
    "ild_db",
    "iacc",
    "itd_expected_s",
    "est_azimuth_deg",
    "est_elevation_deg",
    "direction_error_deg",
)


def _metric_columns(m: dict[str, Any], fmt: str) -> dict[str, Any]:
    """Map ``t2sa.metrics.measure``'s dict onto the fixed result columns."""

    def num(*names: str) -> float | None:
        for n in names:
            v = m.get(n)
            if v is not None:
                v = float(v)
                return v if math.isfinite(v) or v == -math.inf else None
        return None

    out = {
        "duration_s": num("duration_s", "duration"),
        "peak_dbfs": num("peak_dbfs", "peak_db"),
        "loudness_lufs": num("loudness_lufs", "lufs", "integrated_lufs"),
        "clipped": None if m.get("clipped") is None else bool(m["clipped"]),
        "itd_s": num("itd_s", "itd") if fmt == "binaural" else None,
        "ild_db": num("ild_db", "ild") if fmt in ("binaural", "stereo") else None,
        "iacc": num("iacc") if fmt == "binaural" else None,
        "est_azimuth_deg": num("azimuth_deg", "est_azimuth_deg", "direction_azimuth_deg"),
        "est_elevation_deg": num("elevation_deg", "est_elevation_deg", "direction_elevation_deg"),
    }
    if out["peak_dbfs"] is not None and out["peak_dbfs"] == -math.inf:
        out["peak_dbfs"] = None
    return out


METRICS_LEVELS: tuple[str, ...] = ("full", "basic", "none")
"""What is measured on each written file (``--metrics``):

* ``full``: :func:`t2sa.metrics.measure` on the file read back: duration, peak, LUFS, clipped, and
  ITD/ILD/IACC (binaural), ILD (stereo) or the estimated direction (Ambisonics).
* ``basic``: duration, peak, LUFS and clipped only (the interaural cross-correlations are most of
  the measuring cost on long clips).
* ``none``: duration and channels from the rendered array; the file is not read back.
"""


def _basic_metrics(audio: np.ndarray, sr: int, fmt: str) -> dict[str, Any]:
    from t2sa.audio import loudness_lufs
    from t2sa.metrics import clipped, peak_dbfs

    # The same loudness rule as t2sa.metrics.measure: W only for Ambisonics, else the first two channels.
    lufs = loudness_lufs(audio[0] if fmt in ("foa", "hoa2", "hoa3") else audio[:2], sr)
    return {
        "duration_s": audio.shape[-1] / sr,
        "peak_dbfs": peak_dbfs(audio),
        "loudness_lufs": lufs,
        "clipped": clipped(audio),
    }


def render_one(row: dict[str, Any], out_root: str, be: Backend, *, metrics_level: str = "full") -> dict[str, Any]:
    """Render one work row (with ``params``) -> result fields. Raises RowError on failure."""
    import soundfile as sf

    times = {"read_s": 0.0, "render_s": 0.0, "write_s": 0.0, "measure_s": 0.0}
    params = SpatialParams.from_json(row["params"])
    fmt, source, key = row["format"], row["source"], row["key"]

    t = time.perf_counter()
    signal, sr_in = _SOURCES.get(
        ("src", source, _stamp(source)), lambda: _step("audio", row["audio"], lambda: be.read_audio(source))
    )
    sr = int(row.get("sample_rate") or sr_in)
    if sr != sr_in:
        signal = _SOURCES.get(
            ("rs", source, _stamp(source), sr), lambda: _step("sample_rate", sr, lambda: be.resample(signal, sr_in, sr))
        )
    hrtf = None
    if fmt == "binaural":
        spec = row.get("hrtf_source") or "default"
        hrtf = _HRTFS.get(
            (spec, _stamp(spec), sr),
            lambda: _step(
                "hrtf", row.get("hrtf"), lambda: be.load_hrtf(None if spec == "default" else _fetch(spec), sr)
            ),
        )
    times["read_s"] = time.perf_counter() - t

    t = time.perf_counter()
    rendered = _step(
        "params", params.to_dict(), lambda: be.render(signal, sr, params, format=fmt, hrtf=hrtf, seed=seed_for(key))
    )
    audio = np.asarray(rendered.audio if hasattr(rendered, "audio") else rendered[0])
    out_sr = int(getattr(rendered, "sample_rate", sr))
    times["render_s"] = time.perf_counter() - t

    t = time.perf_counter()
    dest = storage.join(out_root, row["output"])
    remote = storage.is_uri(dest) and not dest.startswith("file://")
    local = (
        _local(dest) if not remote else os.path.join(tempfile.mkdtemp(prefix="t2sa-"), os.path.basename(row["output"]))
    )

    def write() -> None:
        os.makedirs(os.path.dirname(local), exist_ok=True)
        be.write_audio(local, audio, out_sr)

    _step("output", row["output"], write)
    times["write_s"] = time.perf_counter() - t

    t = time.perf_counter()

    def measure() -> dict[str, Any]:
        if metrics_level == "none":
            return {"duration_s": audio.shape[-1] / out_sr, "channels": audio.shape[0]}
        data, file_sr = sf.read(local, dtype="float64", always_2d=True)
        if metrics_level == "basic":
            return {**_metric_columns(_basic_metrics(data.T, file_sr, fmt), fmt), "channels": data.shape[1]}
        return {**_metric_columns(be.measure(data.T, file_sr, fmt), fmt), "channels": data.shape[1]}

    metrics = _step("metrics", row["output"], measure)
    if metrics.get("clipped") is None:
        metrics["clipped"] = bool(getattr(rendered, "clipped", False))
    metrics["gain_applied_db"] = float(getattr(rendered, "gain_applied_db", 0.0))
    metrics["itd_expected_s"] = None
    metrics["direction_error_deg"] = None
    if params.is_static and fmt == "binaural" and hrtf is not None and hasattr(hrtf, "filters"):
        metrics["itd_expected_s"] = _expected_itd(row.get("hrtf_source") or "default", hrtf, sr, params)
    if params.is_static and fmt in ("foa", "hoa2", "hoa3") and metrics.get("est_azimuth_deg") is not None:
        metrics["direction_error_deg"] = angular_distance_deg(
            metrics["est_azimuth_deg"], metrics["est_elevation_deg"] or 0.0, params.azimuth_deg, params.elevation_deg
        )
    times["measure_s"] = time.perf_counter() - t
    if remote:
        t = time.perf_counter()
        _step("output", dest, lambda: storage.put_file(local, dest))
        os.remove(local)
        os.rmdir(os.path.dirname(local))
        times["write_s"] += time.perf_counter() - t
    return {**metrics, **times, "sample_rate": out_sr, "params": params}


def _expected_itd(spec: str, hrtf: Any, sr: int, params: SpatialParams) -> float | None:
    """ITD of the HRIR pair the renderer uses at the target direction (round-trip reference)."""
    from t2sa.metrics import itd_s

    key = (spec, sr, round(params.azimuth_deg, 3), round(params.elevation_deg, 3))

    def make() -> float:
        ir = hrtf.filters(np.array([params.azimuth_deg]), np.array([params.elevation_deg]))[0]
        return float(itd_s(ir, sr))

    try:
        return _EXPECTED_ITD.get(key, make)
    except Exception:  # noqa: BLE001 - a reference value is optional
        return None


def render_rows(
    rows: Sequence[dict[str, Any]], out_root: str, backend: Backend | None = None, metrics: str = "full"
) -> list[dict[str, Any]]:
    """Render a batch of predicted work rows into result rows (see :mod:`t2sa.batch.results`)."""
    be = (backend or Backend()).resolved()
    return [render_row(row, out_root, be, metrics) for row in rows]


def render_row(row: dict[str, Any], out_root: str, be: Backend, metrics: str = "full") -> dict[str, Any]:
    """One result row; never raises (every failure becomes ``status='error'``)."""
    from .results import result_row

    if row.get("error") is not None:
        return result_row(row, status="error", error=row["error"], error_field=row.get("error_field"))
    try:
        done = render_one(row, out_root, be, metrics_level=metrics)
    except RowError as exc:
        return result_row(row, status="error", error=f"id={row['id']!r} {exc}", error_field=exc.field)
    except Exception as exc:  # noqa: BLE001 - nothing one row does may stop the others
        return result_row(row, status="error", error=f"id={row['id']!r}: {_describe(exc)}", error_field="render")
    params = done.pop("params")
    return result_row(row, status="ok", params=params, **done)


def worker_name() -> str:
    return _WORKER


_NODE: list[str | None] = []


def node_id() -> str | None:
    """Ray node id of this process (None outside Ray): shows where each row was rendered."""
    if not _NODE:
        node = None
        try:
            import sys

            if "ray" in sys.modules:
                import ray

                if ray.is_initialized():
                    node = ray.get_runtime_context().get_node_id()
        except Exception:  # noqa: BLE001 - informative only
            node = None
        _NODE.append(node)
    return _NODE[0]
