"""Compare HRTF sets with the metrics and thresholds used in the LAP challenge.

Why: a sweep renders the same stimuli through several HRTFs; users ask "how different are these
HRTFs, where, and does it matter?". The LAP challenge (Listener Acoustic Personalisation, 2024) judged
HRTF sets against a reference with three differences, averaged over directions, and thresholds near
the just-noticeable difference of each:

* ITD difference <= 62.5 us (``LAP_THRESHOLDS["itd_us"]``)
* ILD difference <= 4.4 dB
* log-spectral distance (LSD) <= 7.4 dB

Here every HRTF is interpolated (its own ``HRTF.filters``) at one shared set of directions, resampled
to one rate, and compared per direction with the reference HRTF. ITD and ILD come from
:func:`t2sa.metrics.itd_s` and :func:`t2sa.metrics.ild_db` (the same estimators used on rendered
audio, so the per-direction and per-row numbers agree in meaning). LSD is the RMS over frequency
(default 200 Hz-16 kHz) of the dB difference of the magnitude spectra, averaged over the two ears.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from t2sa.params import angular_distance_deg

LAP_THRESHOLDS: dict[str, float] = {"itd_us": 62.5, "ild_db": 4.4, "lsd_db": 7.4}

DEFAULT_ELEVATIONS: tuple[float, ...] = (-30.0, -15.0, 0.0, 15.0, 30.0, 45.0, 60.0)


def direction_grid(az_step_deg: float = 10.0, elevations: Sequence[float] = DEFAULT_ELEVATIONS) -> np.ndarray:
    """A regular (n, 2) grid of [azimuth, elevation] degrees; azimuth in (-180, 180].

    The default stays within -30..60 degrees of elevation, which every shipped/measured set covers
    (MIT KEMAR from -40, LISTEN from -45), so no HRTF is extrapolated far below its data.
    """
    if not 0 < az_step_deg <= 180:
        raise ValueError(f"az_step_deg={az_step_deg!r}: must be in (0, 180]")
    az = np.arange(-180.0 + az_step_deg, 180.0 + 1e-9, az_step_deg)
    grid = np.array([(a, e) for e in elevations for a in az], dtype=float)
    return grid


def magnitude_db(irs: np.ndarray, sample_rate: int, nfft: int, fmin: float, fmax: float) -> np.ndarray:
    """dB magnitude spectra (..., bins) of IRs on ``nfft`` bins kept between fmin and fmax."""
    spectrum = np.abs(np.fft.rfft(irs, n=nfft, axis=-1))
    freqs = np.fft.rfftfreq(nfft, 1.0 / sample_rate)
    keep = (freqs >= fmin) & (freqs <= fmax)
    if not keep.any():
        raise ValueError(f"no frequency bin between fmin={fmin} and fmax={fmax} Hz at nfft={nfft}")
    floor = 1e-8 * max(float(spectrum.max()), 1e-30)  # -160 dB re the loudest bin: no log(0)
    return 20.0 * np.log10(np.maximum(spectrum[..., keep], floor))


def log_spectral_distance(
    irs: np.ndarray,
    reference_irs: np.ndarray,
    sample_rate: int,
    *,
    fmin: float = 200.0,
    fmax: float = 16000.0,
) -> np.ndarray:
    """LSD in dB per direction between two (n, 2, taps) HRIR arrays at the same rate.

    RMS over frequency bins of the dB difference, then the mean of the two ears. Lengths may differ:
    both are zero-padded to one FFT size (at least 512 taps, so bins are <= 94 Hz apart at 48 kHz).
    """
    irs, reference_irs = np.asarray(irs, dtype=float), np.asarray(reference_irs, dtype=float)
    if irs.shape[:2] != reference_irs.shape[:2]:
        raise ValueError(f"HRIR arrays differ in shape: {irs.shape} vs {reference_irs.shape}")
    nfft = int(2 ** np.ceil(np.log2(max(512, irs.shape[-1], reference_irs.shape[-1]))))
    fmax = min(fmax, sample_rate / 2.0)
    diff = magnitude_db(irs, sample_rate, nfft, fmin, fmax) - magnitude_db(reference_irs, sample_rate, nfft, fmin, fmax)
    return np.sqrt(np.mean(diff**2, axis=-1)).mean(axis=-1)


def hrir_itd_ild(irs: np.ndarray, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """ITD (s, positive = left ear leads) and ILD (dB) of each (2, taps) HRIR pair, via t2sa.metrics."""
    from t2sa.metrics import ild_db, itd_s

    # zero-pad short IRs so the ITD estimator's low-pass can ring out instead of being cut off
    pad = max(0, 1024 - irs.shape[-1])
    padded = np.pad(irs, ((0, 0), (0, 0), (0, pad))) if pad else irs
    itd = np.array([itd_s(pair, sample_rate) for pair in padded], dtype=float)
    ild = np.array([ild_db(pair) for pair in irs], dtype=float)
    return itd, ild


def compare_hrtfs(
    hrtfs: Mapping[str, Any],
    reference: str,
    directions: np.ndarray,
    *,
    sample_rate: int = 48000,
    fmin: float = 200.0,
    fmax: float = 16000.0,
) -> dict[str, np.ndarray]:
    """Per (HRTF, direction) metrics as columns (a dict of equal-length arrays).

    ``hrtfs`` maps a display name to an ``HRTF`` (``t2sa.render.hrtf``: ``at_rate``, ``filters``).
    Differences are ``this - reference``; ``within_*`` flags apply the LAP thresholds to each
    direction's absolute difference (LSD to its value).
    """
    if reference not in hrtfs:
        raise KeyError(f"reference={reference!r} is not one of the HRTFs: {', '.join(hrtfs)}")
    directions = np.asarray(directions, dtype=float)
    az, el = directions[:, 0], directions[:, 1]
    irs: dict[str, np.ndarray] = {}
    for name, hrtf in hrtfs.items():
        at_rate = hrtf.at_rate(sample_rate) if getattr(hrtf, "sample_rate", sample_rate) != sample_rate else hrtf
        irs[name] = np.asarray(at_rate.filters(az, el), dtype=float)
    ref_itd, ref_ild = hrir_itd_ild(irs[reference], sample_rate)
    columns: dict[str, list[np.ndarray]] = {}
    for name in hrtfs:
        itd, ild = (ref_itd, ref_ild) if name == reference else hrir_itd_ild(irs[name], sample_rate)
        lsd = (
            np.zeros(len(az))
            if name == reference
            else log_spectral_distance(irs[name], irs[reference], sample_rate, fmin=fmin, fmax=fmax)
        )
        d_itd_us = (itd - ref_itd) * 1e6
        d_ild = ild - ref_ild
        part = {
            "hrtf": np.array([name] * len(az), dtype=object),
            "azimuth_deg": az,
            "elevation_deg": el,
            "itd_us": itd * 1e6,
            "ild_db": ild,
            "d_itd_us": d_itd_us,
            "d_ild_db": d_ild,
            "lsd_db": lsd,
            "within_itd": np.abs(d_itd_us) <= LAP_THRESHOLDS["itd_us"],
            "within_ild": np.abs(d_ild) <= LAP_THRESHOLDS["ild_db"],
            "within_lsd": lsd <= LAP_THRESHOLDS["lsd_db"],
        }
        for key, value in part.items():
            columns.setdefault(key, []).append(value)
    return {key: np.concatenate(parts) for key, parts in columns.items()}


def summarise_directions(columns: Mapping[str, np.ndarray], order: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """One summary row per HRTF: mean absolute differences, pass/fail against LAP, share of directions within."""
    names = list(order) if order is not None else list(dict.fromkeys(columns["hrtf"]))
    out = []
    for name in names:
        sel = columns["hrtf"] == name
        mean_itd = float(np.mean(np.abs(columns["d_itd_us"][sel])))
        mean_ild = float(np.mean(np.abs(columns["d_ild_db"][sel])))
        mean_lsd = float(np.mean(columns["lsd_db"][sel]))
        out.append(
            {
                "hrtf": name,
                "directions": int(sel.sum()),
                "mean_abs_d_itd_us": mean_itd,
                "mean_abs_d_ild_db": mean_ild,
                "mean_lsd_db": mean_lsd,
                "max_abs_d_itd_us": float(np.max(np.abs(columns["d_itd_us"][sel]))),
                "max_abs_d_ild_db": float(np.max(np.abs(columns["d_ild_db"][sel]))),
                "max_lsd_db": float(np.max(columns["lsd_db"][sel])),
                "pass_itd": mean_itd <= LAP_THRESHOLDS["itd_us"],
                "pass_ild": mean_ild <= LAP_THRESHOLDS["ild_db"],
                "pass_lsd": mean_lsd <= LAP_THRESHOLDS["lsd_db"],
                "share_within_itd": float(np.mean(columns["within_itd"][sel])),
                "share_within_ild": float(np.mean(columns["within_ild"][sel])),
                "share_within_lsd": float(np.mean(columns["within_lsd"][sel])),
            }
        )
    return out


def lateral_deg(azimuth_deg, elevation_deg) -> np.ndarray:
    """Lateral angle (degrees, +90 = left): the angle from the median plane, what ITD and ILD encode."""
    az, el = np.radians(np.asarray(azimuth_deg, dtype=float)), np.radians(np.asarray(elevation_deg, dtype=float))
    return np.degrees(np.arcsin(np.clip(np.sin(az) * np.cos(el), -1.0, 1.0)))


def cue_table(hrtf: Any, *, sample_rate: int = 48000, step_deg: float = 1.0) -> dict[str, np.ndarray]:
    """ITD/ILD of ``hrtf`` along the frontal horizontal arc (lateral -90..90 degrees).

    Used to read a lateral angle back from the ITD/ILD measured on a binaural render.
    """
    lateral = np.arange(-90.0, 90.0 + 1e-9, step_deg)
    at_rate = hrtf.at_rate(sample_rate) if getattr(hrtf, "sample_rate", sample_rate) != sample_rate else hrtf
    itd, ild = hrir_itd_ild(np.asarray(at_rate.filters(lateral, np.zeros_like(lateral)), dtype=float), sample_rate)
    return {"lateral_deg": lateral, "itd_us": itd * 1e6, "ild_db": ild}


def estimate_lateral_deg(itd_us: np.ndarray, ild_db: np.ndarray, table: Mapping[str, np.ndarray]) -> np.ndarray:
    """Lateral angle whose HRTF cues best match measured (ITD, ILD), each scaled by its LAP threshold."""
    itd_us, ild_db = np.atleast_1d(np.asarray(itd_us, dtype=float)), np.atleast_1d(np.asarray(ild_db, dtype=float))
    cost = ((itd_us[:, None] - table["itd_us"][None, :]) / LAP_THRESHOLDS["itd_us"]) ** 2 + (
        (ild_db[:, None] - table["ild_db"][None, :]) / LAP_THRESHOLDS["ild_db"]
    ) ** 2
    est = table["lateral_deg"][np.argmin(np.where(np.isfinite(cost), cost, np.inf), axis=1)]
    return np.where(np.isfinite(itd_us) & np.isfinite(ild_db), est, np.nan)


def compare_rows(
    rows: Sequence[Mapping[str, Any]],
    reference: str,
    cue_tables: Mapping[str, Mapping[str, np.ndarray]] | None = None,
) -> list[dict[str, Any]]:
    """Per rendered row: round-trip direction/lateral error and ITD/ILD differences from the reference.

    A row's reference is the row with the same ``id`` and ``format`` rendered with ``reference``.
    The intended direction is the row's static (first keyframe) direction; ``moving`` marks rows whose
    trajectory has more than one keyframe, where one estimated direction is only indicative.

    * Ambisonic rows carry an estimated direction (``est_azimuth_deg``/``est_elevation_deg``): both the
      great-circle ``direction_error_deg`` and the ``lateral_error_deg`` are reported.
    * Binaural rows carry ITD/ILD. With ``cue_tables[hrtf]`` (:func:`cue_table`), the lateral angle
      is read back from them and ``lateral_error_deg`` reported; interaural cues cannot tell front from
      back or up from down (cone of confusion), so ``direction_error_deg`` stays NaN for them.
    * Binaural rows measured with ``--metrics full`` also carry the full-sphere round trip
      (:mod:`t2sa.render.localize`, static dry rows): ``loc_*`` (estimated direction, lateral and polar
      errors, front/back confusion) are passed through as they are.
    """
    ok = [r for r in rows if r.get("status", "ok") == "ok"]
    ref = {(r.get("id"), r.get("format")): r for r in ok if r.get("hrtf") == reference}
    out = []
    for r in ok:
        item = {k: r.get(k) for k in ("id", "text", "format", "hrtf", "azimuth_deg", "elevation_deg", "distance_m")}
        traj = r.get("trajectory")
        item["moving"] = bool(traj is not None and len(traj) > 1)
        az, el = _num(r.get("azimuth_deg")), _num(r.get("elevation_deg"))
        est_az, est_el = _num(r.get("est_azimuth_deg")), _num(r.get("est_elevation_deg"))
        item["itd_us"] = _num(r.get("itd_s"), 1e6)
        item["ild_db"] = _num(r.get("ild_db"))
        item["lateral_deg"] = float(lateral_deg(az, el))
        if np.isfinite(est_az) and np.isfinite(est_el):
            item["direction_error_deg"] = float(angular_distance_deg(az, el, est_az, est_el))
            item["est_lateral_deg"] = float(lateral_deg(est_az, est_el))
        else:
            item["direction_error_deg"] = float("nan")
            table = (cue_tables or {}).get(str(r.get("hrtf")))
            item["est_lateral_deg"] = (
                float(estimate_lateral_deg(item["itd_us"], item["ild_db"], table)[0]) if table else float("nan")
            )
        item["lateral_error_deg"] = abs(item["est_lateral_deg"] - item["lateral_deg"])
        base = ref.get((r.get("id"), r.get("format")))
        item["d_itd_us"] = item["itd_us"] - _num(base.get("itd_s"), 1e6) if base else float("nan")
        item["d_ild_db"] = item["ild_db"] - _num(base.get("ild_db")) if base else float("nan")
        item["within_itd"] = bool(abs(item["d_itd_us"]) <= LAP_THRESHOLDS["itd_us"])
        item["within_ild"] = bool(abs(item["d_ild_db"]) <= LAP_THRESHOLDS["ild_db"])
        for key in LOC_COLUMNS:
            item[key] = _num(r.get(key))
        item["loc_front_back"] = _flag(r.get("loc_front_back"))
        out.append(item)
    return out


LOC_COLUMNS: tuple[str, ...] = (
    "loc_azimuth_deg", "loc_elevation_deg", "loc_lateral_error_deg", "loc_polar_error_deg",
)
"""The binaural round trip's numeric columns (``loc_front_back`` is the confusion flag)."""


def _flag(value: Any) -> float:
    """A front/back flag as 1.0 / 0.0, NaN when not measured."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return float("nan")
    return float(bool(value))


def roundtrip_stats(rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Median lateral and polar error, their 90th percentiles and the front/back confusion rate of the rows
    that carry a round trip (``loc_*``; NaN and 0 rows when none does).

    The rate counts the targets where a confusion can happen (:func:`t2sa.render.localize.errors`: within
    60 deg of the median plane and more than 10 deg of polar angle from the frontal plane), so a sweep with
    many directions near the ears or overhead does not dilute it."""
    from t2sa.render.localize import FRONTAL_MARGIN_DEG, LATERAL_LIMIT_DEG, interaural_polar

    lat = np.array([_num(r.get("loc_lateral_error_deg")) for r in rows], dtype=float)
    pol = np.array([_num(r.get("loc_polar_error_deg")) for r in rows], dtype=float)
    flags = np.array([_flag(r.get("loc_front_back")) for r in rows], dtype=float)
    t_lat, t_pol = interaural_polar([_num(r.get("azimuth_deg")) for r in rows], [_num(r.get("elevation_deg")) for r in rows])
    can = (np.abs(t_lat) <= LATERAL_LIMIT_DEG) & (np.abs(np.cos(np.radians(t_pol))) > np.sin(np.radians(FRONTAL_MARGIN_DEG)))
    flags = np.where(can, flags, np.nan)
    return {
        "loc_rows": int(np.isfinite(lat).sum()),
        "loc_lateral_error_median_deg": _nanstat(np.nanmedian, lat),
        "loc_lateral_error_p90_deg": _nanstat(lambda v: np.nanpercentile(v, 90), lat),
        "loc_polar_error_median_deg": _nanstat(np.nanmedian, pol),
        "loc_polar_error_p90_deg": _nanstat(lambda v: np.nanpercentile(v, 90), pol),
        "loc_front_back_rate": _nanstat(np.nanmean, flags),
        "loc_front_back_rows": int(np.isfinite(flags).sum()),
    }


def summarise_rows(
    compared: Sequence[Mapping[str, Any]], all_rows: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """Per (HRTF, format): row counts (ok/error), direction error stats, mean |dITD|/|dILD|, share within."""
    keys = sorted({(str(r.get("hrtf")), str(r.get("format"))) for r in all_rows})
    out = []
    for hrtf, fmt in keys:
        sel = [r for r in compared if str(r.get("hrtf")) == hrtf and str(r.get("format")) == fmt]
        errors = sum(
            1
            for r in all_rows
            if str(r.get("hrtf")) == hrtf and str(r.get("format")) == fmt and r.get("status") == "error"
        )
        err = np.array([r["direction_error_deg"] for r in sel], dtype=float)
        lat = np.array([r["lateral_error_deg"] for r in sel], dtype=float)
        static_lat = np.array([r["lateral_error_deg"] for r in sel if not r["moving"]], dtype=float)
        d_itd = np.abs(np.array([r["d_itd_us"] for r in sel], dtype=float))
        d_ild = np.abs(np.array([r["d_ild_db"] for r in sel], dtype=float))
        out.append(
            {
                "hrtf": hrtf,
                "format": fmt,
                "rows_ok": len(sel),
                "rows_error": errors,
                "direction_error_mean_deg": _nanstat(np.nanmean, err),
                "direction_error_median_deg": _nanstat(np.nanmedian, err),
                "direction_error_p90_deg": _nanstat(lambda v: np.nanpercentile(v, 90), err),
                "lateral_error_mean_deg": _nanstat(np.nanmean, lat),
                "lateral_error_median_deg": _nanstat(np.nanmedian, lat),
                "lateral_error_p90_deg": _nanstat(lambda v: np.nanpercentile(v, 90), lat),
                "static_lateral_error_mean_deg": _nanstat(np.nanmean, static_lat),
                "mean_abs_d_itd_us": _nanstat(np.nanmean, d_itd),
                "mean_abs_d_ild_db": _nanstat(np.nanmean, d_ild),
                "share_within_itd": float(np.mean([r["within_itd"] for r in sel])) if sel else float("nan"),
                "share_within_ild": float(np.mean([r["within_ild"] for r in sel])) if sel else float("nan"),
                **roundtrip_stats(sel),
            }
        )
    return out


def _num(value: Any, scale: float = 1.0) -> float:
    try:
        return float("nan") if value is None else float(value) * scale
    except (TypeError, ValueError):
        return float("nan")


def _nanstat(fn, values: np.ndarray) -> float:
    return float(fn(values)) if np.isfinite(values).any() else float("nan")
