"""The predict stage: text -> SpatialParams for the work rows that need the model, merged with overrides.

Texts are de-duplicated per batch (a text crossed with many sounds and a sweep is predicted once);
the model is told each clip's length, so a text that states seconds is honoured. A failure of the
model on one text or a bad override fails only that row (``error`` / ``error_field``), never the batch.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from t2sa.errors import FieldError, ModelError, describe
from t2sa.params import ALL_FIELDS, ParamError, SpatialParams
from t2sa.resolve import apply_overrides

from . import storage
from .cache import DURATIONS, stamp
from .manifest import needs_model

MODEL_FIELDS: tuple[str, ...] = ALL_FIELDS
"""Fields the model decides when a row has text (everything a SpatialParams holds)."""


def no_model() -> Any:
    """Loader for jobs where no row needs the model (the planner counted them): never called."""
    raise ModelError("this job was planned without the text model, yet a row needs it")


def takes_duration(model: Any) -> bool:
    """Whether the model's ``predict`` takes ``duration_s`` (clip lengths)."""
    import inspect

    try:
        return "duration_s" in inspect.signature(model.predict).parameters
    except (TypeError, ValueError):
        return False


def clip_duration(source: str | None) -> float | None:
    """Seconds of a sound file or URI from its header only (None for unreadable files).

    Why: keyframe times are fractions of the clip, so a text that states seconds ("passes in
    2 seconds") can only be honoured by a model that knows the clip's length.
    """
    if not source:
        return None

    def read() -> float:
        import soundfile as sf

        if storage.is_remote(source):  # the header only: small reads, not the object store's 5-50 MB blocks
            fs, inner = storage.fsspec_fs(source)
            with fs.open(inner, "rb", block_size=1 << 16) as fh:
                return float(sf.info(fh).duration)
        return float(sf.info(storage.local_path(source)).duration)

    try:
        return DURATIONS.get((source, stamp(source)), read)
    except Exception:  # noqa: BLE001 - the render stage reports unreadable sounds
        return None


class _ModelFailure(Exception):
    def __init__(self, cause: Exception):
        self.cause = cause
        super().__init__(str(cause))


def predict_texts(
    model: Any, wanted: list[tuple[str, float | None]], with_duration: bool
) -> dict[tuple[str, float | None], SpatialParams | Exception]:
    """The model's answer for each distinct (text, clip length) in one call; if that call fails, each text
    alone, so one bad text fails only its own rows (its value is then the exception)."""
    wanted = list(dict.fromkeys(wanted))
    if not wanted:
        return {}

    def run(batch: list[tuple[str, float | None]]) -> list[SpatialParams]:
        texts = [t for t, _ in batch]
        if with_duration:
            return model.predict(texts, duration_s=[d for _, d in batch])
        return model.predict(texts)

    predicted: dict[tuple[str, float | None], SpatialParams | Exception] = {}
    try:
        out = run(wanted)
        if len(out) != len(wanted):
            raise ModelError(f"model returned {len(out)} predictions for {len(wanted)} texts")
        predicted = dict(zip(wanted, out, strict=True))
    except Exception:  # noqa: BLE001 - find the text(s) at fault one by one
        for key in wanted:
            try:
                predicted[key] = run([key])[0]
            except Exception as exc:  # noqa: BLE001
                predicted[key] = exc
    return predicted


def load_model(predictor: Any | Callable[[], Any]) -> Any:
    """``predictor`` itself if it has ``predict``, else what calling it returns (loads the model)."""
    return predictor if hasattr(predictor, "predict") else predictor()


def predict_rows(rows: list[dict[str, Any]], predictor: Any | Callable[[], Any]) -> list[dict[str, Any]]:
    """Add ``params`` (JSON), ``fields_from_model``, ``fields_from_override`` and ``predict_s``.

    ``predictor`` has ``.predict(list[str]) -> list[SpatialParams]`` (given ``duration_s=`` too
    when its ``predict`` takes it), or is a zero-argument callable returning one (called only if
    some row needs the model, so override-only jobs never load it). Each distinct (text, clip
    length) is predicted once per batch. Scene rows (a ``scene`` JSON, :mod:`t2sa.batch.scenes`) get
    their events' parameters instead.
    """
    if any(row.get("scene") for row in rows):
        from .scenes import predict_scene_rows

        scene_at = [i for i, row in enumerate(rows) if row.get("scene")]
        plain_at = [i for i, row in enumerate(rows) if not row.get("scene")]
        done: list[dict[str, Any] | None] = [None] * len(rows)
        for i, row in zip(scene_at, predict_scene_rows([rows[i] for i in scene_at], predictor), strict=True):
            done[i] = row
        if plain_at:
            for i, row in zip(plain_at, predict_rows([rows[i] for i in plain_at], predictor), strict=True):
                done[i] = row
        return [row for row in done if row is not None]
    start = time.perf_counter()
    overrides = [json.loads(row["overrides"]) if row.get("overrides") else {} for row in rows]
    uses = [
        row.get("error") is None and needs_model(row.get("text"), ov) for row, ov in zip(rows, overrides, strict=True)
    ]
    predicted: dict[tuple[str, float | None], SpatialParams | Exception] = {}
    keys: list[tuple[str, float | None] | None] = [None] * len(rows)
    if any(uses):
        model = load_model(predictor)
        start = time.perf_counter()  # predict_s is inference only; loading the model is start-up
        with_duration = takes_duration(model)
        for i, (row, use) in enumerate(zip(rows, uses, strict=True)):
            if use:
                keys[i] = (row["text"], clip_duration(row.get("source")) if with_duration else None)
        predicted = predict_texts(model, [k for k in keys if k is not None], with_duration)
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
                err = FieldError("text", row.get("text"), f"model failed: {describe(exc.cause)}", row=row["id"])
                row["error"], row["error_field"] = str(err), "text"
            except ParamError as exc:
                row["error"] = str(exc.at_row(row["id"]))
                row["error_field"] = exc.field.split("[", 1)[0].split(".", 1)[0]
            except Exception as exc:  # noqa: BLE001
                err = FieldError("overrides", row.get("overrides"), describe(exc), row=row["id"])
                row["error"], row["error_field"] = str(err), "overrides"
        out_rows.append(row)
    return out_rows
