"""The one parameter path: (text | params JSON | params file | a table row) + overrides -> ``SpatialParams``.

``t2sa render``, ``predict``, ``osc``, ``plot``, the studies and the batch engine all build their parameters
here, so an override, a keyframe rule or an error message means the same thing everywhere:

* a **base**: the text model's answer for ``text`` (given the clip length, so "over 3 seconds" lands at the
  right fraction), or the JSON object in ``params`` / ``params_file``, or the parameter columns of a row;
* then **overrides** (a mapping of ``SpatialParams`` fields) replace fields of the base. A trajectory given
  as an override also sets the static fields from its first keyframe; a new static position on a moving
  base shifts the trajectory's first keyframe (:meth:`SpatialParams.with_overrides`).

Limits live in :data:`t2sa.params.RANGES` only; the errors are :class:`t2sa.errors.ParamError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from t2sa.params import ALL_FIELDS, KEYFRAME_FIELDS, SCALAR_FIELDS, ParamError, SpatialParams

_POSITION_FIELDS = tuple(f for f in KEYFRAME_FIELDS if f != "t")


def read_params_json(params: str | None = None, params_file: str | Path | None = None) -> dict[str, Any] | None:
    """The JSON object given inline or in a file (at most one of them), or None when neither is."""
    if params is not None and params_file is not None:
        raise ParamError("params", str(params_file), "give --params or --params-file, not both")
    raw, where = params, ""
    if params_file is not None:
        try:
            raw = Path(params_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ParamError("params-file", str(params_file), f"cannot read ({reason})") from None
        where = f" in {params_file}"
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ParamError("params", raw.strip()[:80], f"not valid JSON{where} ({exc.msg} at char {exc.pos})") from None
    if not isinstance(data, dict):
        raise ParamError("params", data, f"must be a JSON object{where}")
    return data


def params_from_row(row: Mapping[str, Any]) -> SpatialParams:
    """The ``SpatialParams`` held in a result/manifest row's parameter columns (other columns ignored)."""
    data = {k: row[k] for k in ALL_FIELDS if k in row and row[k] is not None}
    if not data:
        raise ParamError("params", None, f"row {row.get('id')!r} has no parameter columns")
    return SpatialParams.from_dict(data)


def apply_overrides(base: SpatialParams | None, overrides: Mapping[str, Any] | None) -> SpatialParams:
    """``base`` with ``overrides`` applied (``base`` None: the overrides alone, on the documented defaults)."""
    ov = dict(overrides or {})
    unknown = sorted(set(ov) - set(ALL_FIELDS))
    if unknown:
        raise ParamError(unknown[0], ov[unknown[0]], f"unknown field; known fields: {', '.join(ALL_FIELDS)}")
    trajectory = ov.get("trajectory")
    if trajectory:
        first = trajectory[0]
        first = first.to_dict() if hasattr(first, "to_dict") else first
        if isinstance(first, Mapping):
            for name in _POSITION_FIELDS:
                if name not in ov and first.get(name) is not None:
                    ov[name] = first[name]
    if base is None:
        return SpatialParams.from_dict(ov)
    for name in SCALAR_FIELDS:  # fail with the field's own name before dataclasses.replace does
        if name in ov and (isinstance(ov[name], bool) or not isinstance(ov[name], (int, float))):
            raise ParamError(name, ov[name], "must be a number")
    return base.with_overrides(**ov) if ov else base


def resolve_params(
    *,
    text: str | None = None,
    params: str | None = None,
    params_file: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    duration_s: float | None = None,
    predictor: Any | Callable[[], Any] | None = None,
) -> SpatialParams:
    """One ``SpatialParams`` from text and/or JSON (see the module docstring).

    With ``text``, the JSON (inline or file) and ``overrides`` override the model's answer; without it the
    JSON is the whole description. ``predictor`` is a loaded text model, a function returning one, or None
    for the shipped model (imported only here, so JSON-only paths never load torch).
    """
    given = read_params_json(params, params_file)
    merged = {**(given or {}), **dict(overrides or {})}
    if text is None:
        if given is None and not overrides:
            raise ParamError("params", None, "give a text, --params JSON or --params-file FILE")
        return apply_overrides(None, merged)
    return apply_overrides(predict_one(text, duration_s, predictor), merged)


def predict_one(text: str, duration_s: float | None = None, predictor: Any | Callable[[], Any] | None = None) -> SpatialParams:
    """The text model's parameters for one text (the shipped model unless ``predictor`` is given)."""
    if predictor is None:
        # lazy: torch is loaded only when a text needs it; the inference loader skips sentence-transformers
        from t2sa.text.fast_load import predict_one_text

        return predict_one_text(text, duration_s)
    if callable(predictor) and not hasattr(predictor, "predict"):
        predictor = predictor()
    return predictor.predict([text], duration_s=duration_s)[0]
