"""Are the labels true? Compare a scene's labels with what its (dry, FOA) audio says.

Why: a SELD dataset is only as good as its labels, and a label writer can be wrong in ways no unit test of
the writer sees (an onset in seconds used as samples, azimuth sign, a frame off by one, a moving source
labelled at its start). The checker listens to the audio instead:

* **direction**: on every frame where exactly one event is labelled and the audio is not silent, the FOA
  intensity vector of that 100 ms frame (mean of W*X, W*Y, W*Z, as :func:`t2sa.metrics.ambisonic_direction`)
  gives a direction; its great-circle angle to the label is the error (targets: median <= 2 deg, 95th
  percentile <= 5 deg, moving events included);
* **onsets and offsets**: each event rendered alone (same mixer, same timeline) has a first and last frame
  whose energy is within 60 dB of its loudest frame; they must match its labelled first and last frame
  within one frame;
* **the CSV** (when given) must equal the labels computed from the scene;
* frames with two or more labelled events are counted (polyphony), not scored.

The audio is the scene without room tail or background (:meth:`Scene.dry`): a diffuse tail biases an
intensity estimate by design, so it says nothing about whether the labels are right.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from t2sa.params import angular_distance_deg
from t2sa.scene.labels import FRAME_S, LabelRow, event_labels, frame_bounds, label_rows
from t2sa.scene.mix import fitted_sound, onset_sample, render_scene
from t2sa.scene.model import Scene

MEDIAN_MAX_DEG = 2.0
P95_MAX_DEG = 5.0
EDGE_MAX_FRAMES = 1
SILENCE_DB = -60.0


@dataclass
class LabelCheck:
    """What :func:`check_scene` found (``errors_deg``: one per scored single-source frame)."""

    frames: int = 0
    labelled_frames: int = 0
    single_frames: int = 0
    overlap_frames: int = 0
    errors_deg: list[float] = field(default_factory=list)
    moving_errors_deg: list[float] = field(default_factory=list)
    onset_errors: list[int] = field(default_factory=list)
    offset_errors: list[int] = field(default_factory=list)
    csv_mismatches: int = 0

    def merge(self, other: LabelCheck) -> LabelCheck:
        out = LabelCheck()
        for name in ("frames", "labelled_frames", "single_frames", "overlap_frames", "csv_mismatches"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        for name in ("errors_deg", "moving_errors_deg", "onset_errors", "offset_errors"):
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out

    def percentile(self, q: float, moving: bool = False) -> float:
        values = self.moving_errors_deg if moving else self.errors_deg
        return float(np.percentile(values, q)) if values else float("nan")

    def failures(self) -> list[str]:
        """What misses a target (empty: the labels are true)."""
        out = []
        if not self.errors_deg:
            out.append("no single-source frame to check the direction on")
        else:
            if self.percentile(50) > MEDIAN_MAX_DEG:
                out.append(f"median direction error {self.percentile(50):.2f} deg > {MEDIAN_MAX_DEG}")
            if self.percentile(95) > P95_MAX_DEG:
                out.append(f"95th percentile direction error {self.percentile(95):.2f} deg > {P95_MAX_DEG}")
        if self.moving_errors_deg:  # the same targets for moving events alone (few among many static ones)
            if self.percentile(50, True) > MEDIAN_MAX_DEG:
                out.append(f"moving events: median direction error {self.percentile(50, True):.2f} deg > {MEDIAN_MAX_DEG}")
            if self.percentile(95, True) > P95_MAX_DEG:
                out.append(f"moving events: 95th percentile direction error {self.percentile(95, True):.2f} deg > "
                           f"{P95_MAX_DEG}")
        late = [e for e in self.onset_errors + self.offset_errors if abs(e) > EDGE_MAX_FRAMES]
        if late:
            out.append(f"{len(late)} onset/offset(s) off by more than {EDGE_MAX_FRAMES} frame (worst {max(late, key=abs):+d})")
        if self.csv_mismatches:
            out.append(f"{self.csv_mismatches} CSV line(s) differ from the labels computed from the scene")
        return out

    @property
    def passed(self) -> bool:
        return not self.failures()

    def to_dict(self) -> dict[str, Any]:
        edges = self.onset_errors + self.offset_errors
        return {
            "frames": self.frames,
            "labelled_frames": self.labelled_frames,
            "single_source_frames_scored": self.single_frames,
            "overlapping_frames": self.overlap_frames,
            "median_error_deg": round(self.percentile(50), 3),
            "p95_error_deg": round(self.percentile(95), 3),
            "max_error_deg": round(max(self.errors_deg), 3) if self.errors_deg else None,
            "moving_frames_scored": len(self.moving_errors_deg),
            "moving_median_error_deg": round(self.percentile(50, True), 3),
            "moving_p95_error_deg": round(self.percentile(95, True), 3),
            "events_checked": len(self.onset_errors),
            "onset_offset_errors_frames": {str(k): v for k, v in sorted(Counter(edges).items())},
            "csv_mismatches": self.csv_mismatches,
            "passed": self.passed,
            "failures": self.failures(),
        }


def frame_directions(audio: np.ndarray, sample_rate: int, n_samples: int, frame_s: float = FRAME_S):
    """Per frame: intensity-vector azimuth, elevation (deg) and W energy of FOA/HOA (AmbiX) audio."""
    bounds = frame_bounds(n_samples, sample_rate, frame_s)
    x = np.asarray(audio[:4, :n_samples], dtype=np.float64)
    w = x[0]
    prods = np.stack([w * x[3], w * x[1], w * x[2], w * w])  # x, y, z (ACN 3, 1, 2), energy
    sums = np.add.reduceat(prods, bounds[:-1], axis=1)
    az = np.degrees(np.arctan2(sums[1], sums[0]))
    el = np.degrees(np.arctan2(sums[2], np.hypot(sums[0], sums[1])))
    return az, el, sums[3]


def check_scene(scene: Scene, class_map: Mapping[str, int] | None = None, rows: Sequence[LabelRow] | None = None,
                *, edges: bool = True) -> LabelCheck:
    """Check the labels of ``scene`` (``rows``: a written CSV, compared too) against its dry FOA audio."""
    dry = scene.dry()
    events = event_labels(dry, class_map)
    computed = label_rows(events)
    report = LabelCheck()
    if rows is not None:
        report.csv_mismatches = sum(a != b for a, b in zip(rows, computed, strict=False)) + abs(len(rows) - len(computed))
    rows = list(rows) if rows is not None else computed
    audio = render_scene(dry, "foa", on_clip="keep").audio
    az, el, energy = frame_directions(audio, dry.sample_rate, dry.n_samples)
    report.frames = len(energy)
    floor = float(energy.max(initial=0.0)) * 10.0 ** (SILENCE_DB / 10.0)
    by_frame: dict[int, list[LabelRow]] = {}
    for r in rows:
        by_frame.setdefault(r.frame, []).append(r)
    moving_frames = {(e.class_index, e.track, int(f)) for e in events if not dry.events[e.index].params.is_static
                     for f in e.frames}
    report.labelled_frames = len(by_frame)
    for f, items in sorted(by_frame.items()):
        if len(items) > 1:
            report.overlap_frames += 1
            continue
        if f >= len(energy) or energy[f] <= floor:
            continue
        r = items[0]
        err = float(angular_distance_deg(az[f], el[f], r.azimuth, r.elevation))
        report.errors_deg.append(err)
        if (r.class_index, r.track, f) in moving_frames:
            report.moving_errors_deg.append(err)
    report.single_frames = len(report.errors_deg)
    if edges:
        for ev in events:
            first, last = _audible_frames(dry, ev.index)
            if first is None:
                report.onset_errors.append(10**6)
                continue
            report.onset_errors.append(first - int(ev.frames[0]))
            report.offset_errors.append(last - int(ev.frames[-1]))
    return report


def _audible_frames(dry: Scene, index: int) -> tuple[int | None, int | None]:
    """First and last frame where event ``index``, rendered alone in the scene's timeline, is audible."""
    ev = dry.events[index]
    sr = dry.sample_rate
    # the same timeline, cut 0.3 s after the sound (the frames after it are silent anyway)
    end_s = max((onset_sample(dry, index) + fitted_sound(dry, index).size) / sr + 0.3, ev.onset_s + (ev.duration_s or 0.0))
    alone = replace(dry, events=(ev,), duration_s=min(dry.duration_s, end_s))
    audio = render_scene(alone, "foa", on_clip="keep").audio
    bounds = frame_bounds(alone.n_samples, sr)
    energy = np.add.reduceat(np.square(audio[0], dtype=np.float64), bounds[:-1])
    peak = float(energy.max(initial=0.0))
    if peak <= 0:
        return None, None
    on = np.flatnonzero(energy > peak * 10.0 ** (SILENCE_DB / 10.0))
    return int(on[0]), int(on[-1])
