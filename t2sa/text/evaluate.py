"""Evaluation of text -> params on JSONL files: the seed's format and t2sa's own held-out format.

Row formats (one JSON object per line, ``text`` required, ``lang`` and ``cat`` optional):

* **seed** (``../shared/seed/tiny.jsonl``): ``az_sc`` = [sin, cos] of a *clockwise* azimuth, ``el_rad``,
  ``dist_m``, ``spread_deg``, ``wet_mix``, ``gain_db``, ``room_depth`` = {"drr_db"} -- converted once, in
  :func:`seed_row_truth`, to the library convention (counter-clockwise degrees).
* **t2sa** (tests/data/heldout_*.jsonl): any of ``azimuth_deg`` (CCW), ``elevation_deg``, ``distance_m``,
  ``spread_deg``, ``wet``, ``gain_db``, ``drr_db``, ``rt60_s``, ``motion``, ``end_azimuth_deg``,
  ``end_elevation_deg``, ``trend`` ("closer" / "farther"), range checks ``distance_range``, ``wet_range``,
  ``spread_range`` ([lo, hi]) and ``exact`` (field names whose stated numbers must come out exactly).

Metrics (each over the rows that carry the field): AE = great-circle angle between predicted and true
start direction (a row with only an elevation scores |d elevation|; a row with an azimuth but no elevation
means ear level); |d ln distance|; spread / wet / gain / DRR MAE; end-direction AE and distance-trend
accuracy for moving rows; motion accuracy; range hit rates; exact-number rate.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import FieldError, T2SAError
from t2sa.params import SpatialParams, angular_distance_deg
from t2sa.text.clean import clean_text

EXACT_TOL = {"azimuth_deg": 0.51, "elevation_deg": 0.51, "end_azimuth_deg": 0.51, "distance_m": 0.011,
             "wet": 0.0051, "gain_db": 0.051, "drr_db": 0.051, "rt60_s": 0.011, "end_distance_m": 0.011}  # fmt: skip


class EvalDataError(T2SAError):
    """An evaluation file or row cannot be used (names the file, line and field)."""


def read_text_rows(path: str | Path, option: str = "data") -> list[tuple[int, dict]]:
    """(line number, row) of a JSONL file whose lines each carry a string ``text``; blank lines skipped.

    One reader for ``t2sa eval --data`` and ``t2sa predict --input``; errors name the option, file and line.
    Invalid UTF-8, a lone surrogate in any string (a ``"\\ud800"`` escape) and a ``duration_s`` that is not
    a positive number are :class:`~t2sa.errors.FieldError` s naming ``file:line``, the field and the value.
    Lines end at ``\\n`` (or ``\\r\\n``) only, so a U+2028 inside a string does not split a row; a UTF-8
    byte-order mark at the start is skipped.
    """
    path = Path(path)
    if not path.is_file():
        raise EvalDataError(f"{option}={str(path)!r}: file not found")
    rows = []
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for lineno, raw in enumerate(data.split(b"\n"), 1):
        where = f"{path}:{lineno}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FieldError("line", raw[max(0, exc.start - 30) : exc.end + 30],
                             f"invalid UTF-8 (byte 0x{raw[exc.start]:02X} at byte {exc.start + 1} of the line)",
                             row=where) from None  # fmt: skip
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalDataError(f"{where}: invalid JSON ({exc.msg} at char {exc.pos})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise EvalDataError(f"{where}: text={row.get('text') if isinstance(row, dict) else row!r}: "
                                "each line needs a string field 'text'")  # fmt: skip
        _check_strings(row, "", where)
        duration = row.get("duration_s")
        if duration is not None and (isinstance(duration, bool) or not isinstance(duration, (int, float))
                                     or not math.isfinite(duration) or duration <= 0):  # fmt: skip
            raise FieldError("duration_s", duration, "must be a positive number of seconds (or null)", row=where)
        rows.append((lineno, row))
    return rows


def _check_strings(value: Any, field: str, where: str) -> None:
    """Refuse a lone surrogate anywhere in a row (it cannot be tokenised or written back as UTF-8)."""
    if isinstance(value, str):
        try:
            clean_text(value, field=field or "value")
        except FieldError as exc:
            raise exc.at_row(where) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_strings(key, f"{field}.{key}" if field else str(key), where)
            _check_strings(item, f"{field}.{key}" if field else str(key), where)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_strings(item, f"{field}[{i}]", where)


def load_rows(path: str | Path) -> list[dict]:
    """Evaluation rows, each tagged with ``_where`` (file:line) for reports."""
    rows = []
    for lineno, row in read_text_rows(path):
        row["_where"] = f"{path}:{lineno}"
        rows.append(row)
    if not rows:
        raise EvalDataError(f"data={str(path)!r}: no rows")
    return rows


def seed_row_truth(row: dict) -> dict:
    """The seed's clockwise sin/cos azimuth and radians -> library fields (the one conversion point)."""
    sin_cw, cos_cw = row["az_sc"]
    truth: dict[str, Any] = {"azimuth_deg": -math.degrees(math.atan2(float(sin_cw), float(cos_cw)))}
    if "el_rad" in row:
        truth["elevation_deg"] = math.degrees(float(row["el_rad"]))
    for src, dst in (("dist_m", "distance_m"), ("spread_deg", "spread_deg"), ("wet_mix", "wet"), ("gain_db", "gain_db")):
        if src in row:
            truth[dst] = float(row[src])
    room = row.get("room_depth") or {}
    if "drr_db" in room:
        truth["drr_db"] = float(room["drr_db"])
    if "rt60_s" in room:
        truth["rt60_s"] = float(room["rt60_s"])
    return truth


_FIELDS = ("azimuth_deg", "elevation_deg", "distance_m", "spread_deg", "wet", "gain_db", "drr_db", "rt60_s",
           "motion", "end_azimuth_deg", "end_elevation_deg", "end_distance_m", "trend", "distance_range",
           "wet_range", "spread_range", "exact")  # fmt: skip
_NUMBERS = ("azimuth_deg", "elevation_deg", "distance_m", "spread_deg", "wet", "gain_db", "drr_db", "rt60_s",
            "end_azimuth_deg", "end_elevation_deg", "end_distance_m")  # fmt: skip
"""The labels that are numbers."""
_EXACT_FIELDS = tuple(k for k in _NUMBERS if k != "end_elevation_deg")
"""Fields ``exact`` may name: numbers :func:`score_row` can compare exactly (the clip length ``duration_s`` is an
input, not an output)."""


def row_truth(row: dict) -> dict:
    """Ground truth of a row in either format, in library conventions."""
    if "az_sc" in row:
        return seed_row_truth(row)
    truth = {k: row[k] for k in _FIELDS if k in row and row[k] is not None}
    for key in _NUMBERS:
        if key in truth and (isinstance(truth[key], bool) or not isinstance(truth[key], (int, float))):
            raise EvalDataError(f"{row.get('_where', '?')}: {key}={truth[key]!r}: must be a number")
    if "trend" in truth and truth["trend"] not in ("closer", "farther"):
        raise EvalDataError(f"{row.get('_where', '?')}: trend={truth['trend']!r}: expected 'closer' or 'farther'")
    for field in truth.get("exact", ()):
        if field not in _EXACT_FIELDS or field not in truth:
            why = "not a labelled number of this row" if field in _EXACT_FIELDS else "not an output field"
            raise EvalDataError(f"{row.get('_where', '?')}: exact={truth['exact']!r}: {field!r} is {why}")
    return truth


def angular_error(az_p: float, el_p: float, az_t: float | None, el_t: float | None) -> float:
    """Great-circle angle in degrees; without a true azimuth only the elevation counts."""
    if az_t is None:
        return abs(el_p - (el_t or 0.0))
    return angular_distance_deg(az_p, el_p, az_t, el_t or 0.0)


def score_row(pred: SpatialParams, truth: dict) -> dict[str, float]:
    """Per-row errors / hits for every metric the row's truth allows."""
    out: dict[str, float] = {}
    if "azimuth_deg" in truth or "elevation_deg" in truth:
        out["ae"] = angular_error(pred.azimuth_deg, pred.elevation_deg, truth.get("azimuth_deg"), truth.get("elevation_deg"))
        out["ae20"] = float(out["ae"] <= 20.0)
    if "distance_m" in truth:
        out["dlogd"] = abs(math.log(pred.distance_m) - math.log(truth["distance_m"]))
    for key, name in (("spread_deg", "spread"), ("wet", "wet"), ("gain_db", "gain"), ("drr_db", "drr")):
        if key in truth:
            out[name] = abs(getattr(pred, key) - truth[key])
    last = pred.trajectory[-1]
    if "end_azimuth_deg" in truth or "end_elevation_deg" in truth:
        end_el_t = truth.get("end_elevation_deg", truth.get("elevation_deg", 0.0) if "end_azimuth_deg" in truth else None)
        out["end_ae"] = angular_error(last.azimuth_deg, last.elevation_deg, truth.get("end_azimuth_deg"), end_el_t)
    if "trend" in truth:
        change = math.log(last.distance_m) - math.log(pred.trajectory[0].distance_m)
        want = -1 if truth["trend"] == "closer" else 1
        out["trend_ok"] = float(change * want > 0.05)
    if "motion" in truth:
        out["motion_ok"] = float(pred.motion == truth["motion"])
    for key, attr in (("distance_range", "distance_m"), ("wet_range", "wet"), ("spread_range", "spread_deg")):
        if key in truth:
            lo, hi = truth[key]
            hit = float(lo <= getattr(pred, attr) <= hi)
            out["range_ok"] = out.get("range_ok", 1.0) * hit
            out[RANGE_METRIC[key]] = hit
    if "exact" in truth:
        ok = 1.0
        for field in truth["exact"]:
            if field == "end_azimuth_deg":
                value = last.azimuth_deg
                err = abs((value - truth[field] + 180) % 360 - 180)
            elif field == "end_distance_m":
                err = abs(last.distance_m - truth[field]) / truth[field]
            elif field == "distance_m":
                err = abs(pred.distance_m - truth[field]) / truth[field]
            elif field == "azimuth_deg":
                err = abs((pred.azimuth_deg - truth[field] + 180) % 360 - 180)
            else:
                err = abs(getattr(pred, field) - truth[field])
            ok *= float(err <= EXACT_TOL.get(field, 0.011))
        out["exact_ok"] = ok
    return out


RANGE_METRIC = {"distance_range": "dist_ok", "spread_range": "width_ok", "wet_range": "wetdry_ok"}
"""Each implied range also scored on its own: distance band, width band, wet / dry."""

METRICS = [
    ("ae", "AE deg", "mean"),
    ("dlogd", "|dln d|", "mean"),
    ("spread", "spread MAE", "mean"),
    ("wet", "wet MAE", "mean"),
    ("gain", "gain MAE", "mean"),
    ("drr", "DRR MAE", "mean"),
    ("ae20", "<=20deg %", "pct"),
    ("end_ae", "end AE", "mean"),
    ("trend_ok", "trend %", "pct"),
    ("motion_ok", "motion %", "pct"),
    ("range_ok", "range %", "pct"),
    ("dist_ok", "dist %", "pct"),
    ("width_ok", "width %", "pct"),
    ("wetdry_ok", "wet %", "pct"),
    ("exact_ok", "exact %", "pct"),
]


def aggregate(scores: list[dict[str, float]]) -> dict[str, tuple[float, int]]:
    """Metric -> (mean, count) over rows that have it."""
    out = {}
    for key, _, kind in METRICS:
        values = [s[key] for s in scores if key in s]
        if values:
            mean = float(np.mean(values))
            out[key] = (mean * 100.0 if kind == "pct" else mean, len(values))
    return out


def evaluate(model, rows: list[dict], modes: tuple[str, ...] = ("combined",), batch_size: int = 256) -> dict:
    """``{mode: {group: {metric: (value, n)}}}`` with groups "all", "lang=xx", "cat=yy", "lang=xx/cat=yy"."""
    texts = [r["text"] for r in rows]
    truths = [row_truth(r) for r in rows]
    durations = [r.get("duration_s") for r in rows]
    results = {}
    for mode in modes:
        preds = model.predict(texts, duration_s=durations, mode=mode, batch_size=batch_size)
        groups: dict[str, list[dict]] = defaultdict(list)
        for row, pred, truth in zip(rows, preds, truths, strict=True):
            s = score_row(pred, truth)
            lang, cat = row.get("lang"), row.get("cat")
            groups["all"].append(s)
            if lang:
                groups[f"lang={lang}"].append(s)
            if cat:
                groups[f"cat={cat}"].append(s)
            if lang and cat:
                groups[f"{lang}/{cat}"].append(s)
        results[mode] = {g: aggregate(v) for g, v in sorted(groups.items(), key=lambda kv: _group_order(kv[0]))}
    return results


def _group_order(name: str) -> tuple:
    return (0 if name == "all" else 1 if name.startswith("lang=") else 2 if name.startswith("cat=") else 3, name)


def format_table(results: dict, counts: bool = False) -> str:
    """A plain-text table: one row per (mode, group), one column per metric present."""
    present = [m for m in METRICS if any(m[0] in g for r in results.values() for g in r.values())]
    header = ["mode", "group", "n"] + [label for _, label, _ in present]
    lines = [header]
    for mode, groups in results.items():
        for group, metrics in groups.items():
            n = max((c for _, c in metrics.values()), default=0)
            cells = [mode, group, str(n)]
            for key, _, kind in present:
                if key in metrics:
                    value, count = metrics[key]
                    text = f"{value:.0f}" if kind == "pct" else f"{value:.2f}" if key in ("wet", "dlogd") else f"{value:.1f}"
                    cells.append(f"{text} ({count})" if counts else text)
                else:
                    cells.append("-")
            lines.append(cells)
    widths = [max(len(row[i]) for row in lines) for i in range(len(header))]
    return "\n".join("  ".join(c.rjust(w) if i > 1 else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))) for row in lines)
