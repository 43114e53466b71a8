"""SELD labels: what is active where, per 100 ms frame, in the DCASE (2022-2024) metadata format.

One CSV per audio file, same name, no header, one line per active event per frame::

    frame,class,track,azimuth,elevation,distance

* ``frame``: index of the 100 ms frame (frame ``f`` covers ``[f * 0.1, (f + 1) * 0.1)`` s), from 0; frames
  with nothing active have no line, overlapping events give several lines with the same frame.
* ``class``: index in the dataset's class map, from 0.
* ``track``: the event's track (source number index): the lowest index not used by another event whose
  frames overlap it, so two simultaneous events of the same class have different tracks.
* ``azimuth`` / ``elevation``: integer degrees, azimuth in [-180, 180] counter-clockwise (+90 = left, as
  t2sa and DCASE), elevation in [-90, 90].
* ``distance``: integer centimetres (DCASE 2024).

A frame is active for an event when any sample of the event's sound falls in it. The direction of an active
frame is where the event's sound energy is during that frame: the energy-weighted mean direction of 10 ms
sub-blocks (energy of the dry sound, times 1/r^2), i.e. what an intensity-vector estimate of that frame
measures; for a silent stretch inside an event (between footsteps) the plain mean over the frame. Distance
is weighted the same way.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from t2sa.errors import FieldError, InputError
from t2sa.scene.mix import fitted_sound, onset_sample
from t2sa.scene.model import Scene, SceneError

FRAME_S = 0.1
SUB_BLOCKS = 10
COLUMNS = ("frame", "class", "track", "azimuth", "elevation", "distance")


@dataclass(frozen=True)
class LabelRow:
    """One line of a DCASE metadata file."""

    frame: int
    class_index: int
    track: int
    azimuth: int
    elevation: int
    distance: int

    def line(self) -> str:
        return f"{self.frame},{self.class_index},{self.track},{self.azimuth},{self.elevation},{self.distance}"


@dataclass(frozen=True)
class EventLabels:
    """The frame-wise truth of one event (floats, before the rounding of the CSV)."""

    index: int
    label: str
    class_index: int
    track: int
    start: int
    """First sample of the event's sound in the scene."""
    end: int
    """One past its last sample."""
    frames: np.ndarray
    azimuth_deg: np.ndarray
    elevation_deg: np.ndarray
    distance_m: np.ndarray


def frame_bounds(n_samples: int, sample_rate: int, frame_s: float = FRAME_S, sub: int = 1) -> np.ndarray:
    """Sample boundaries of the frames (of ``sub`` sub-blocks each) covering ``n_samples`` (the last may be short)."""
    step = sample_rate * frame_s / sub
    count = int(math.ceil(n_samples / step - 1e-9))
    return np.minimum(np.round(np.arange(count + 1) * step).astype(np.int64), n_samples)


def n_frames(scene: Scene, frame_s: float = FRAME_S) -> int:
    return len(frame_bounds(scene.n_samples, scene.sample_rate, frame_s)) - 1


def class_map_of(scene: Scene) -> dict[str, int]:
    """Class indices in order of first appearance (for a scene rendered on its own)."""
    out: dict[str, int] = {}
    for i, ev in enumerate(scene.events):
        if ev.label is None:
            raise SceneError(scene.name, "label", None, "an event needs a label (class) for SELD labels", event=i)
        out.setdefault(ev.label, len(out))
    return out


def event_labels(scene: Scene, class_map: Mapping[str, int] | None = None, frame_s: float = FRAME_S) -> list[EventLabels]:
    """The frame-wise labels of every event with sound in the scene, in event order."""
    class_map = dict(class_map) if class_map is not None else class_map_of(scene)
    sr = scene.sample_rate
    sub_bounds = frame_bounds(scene.n_samples, sr, frame_s, SUB_BLOCKS)
    out = []
    for i, ev in enumerate(scene.events):
        if ev.label is None or ev.label not in class_map:
            raise SceneError(scene.name, "label", ev.label,
                             f"not in the class map ({', '.join(class_map) or 'empty'})", event=i)
        x = fitted_sound(scene, i)
        if x.size == 0:
            continue
        a = onset_sample(scene, i)
        out.append(_one_event(scene, i, x, a, sub_bounds, class_map[ev.label]))
    _assign_tracks(out)
    return out


def _one_event(scene: Scene, i: int, x: np.ndarray, a: int, sub_bounds: np.ndarray, class_index: int) -> EventLabels:
    ev = scene.events[i]
    e = a + x.size
    k0 = int(np.searchsorted(sub_bounds, a, side="right") - 1)
    k1 = int(np.searchsorted(sub_bounds, e, side="left"))
    lo = np.maximum(sub_bounds[k0:k1], a)
    hi = np.minimum(sub_bounds[k0 + 1:k1 + 1], e)
    cs = np.concatenate([[0.0], np.cumsum(np.square(x, dtype=np.float64))])
    energy = cs[hi - a] - cs[lo - a]
    centre = 0.5 * (lo + hi - 1) - a
    pos = ev.params.sample(centre / max(x.size - 1, 1))
    az, el, dist = (np.radians(pos["azimuth_deg"]), np.radians(pos["elevation_deg"]), pos["distance_m"])
    unit = np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=-1)
    weight = energy / dist**2
    frame_of = np.arange(k0, k1) // SUB_BLOCKS
    frames = np.unique(frame_of)
    idx = np.searchsorted(frames, frame_of)
    total = np.bincount(idx, weights=weight, minlength=len(frames))
    silent = total[idx] <= 0
    weight = np.where(silent, (hi - lo).astype(float), weight)  # silent frame: plain mean over its samples
    total = np.bincount(idx, weights=weight, minlength=len(frames))
    vec = np.stack([np.bincount(idx, weights=weight * unit[:, c], minlength=len(frames)) for c in range(3)], axis=-1)
    d = np.bincount(idx, weights=weight * dist, minlength=len(frames)) / total
    f_az = np.degrees(np.arctan2(vec[:, 1], vec[:, 0]))
    f_el = np.degrees(np.arctan2(vec[:, 2], np.hypot(vec[:, 0], vec[:, 1])))
    return EventLabels(i, ev.label, class_index, 0, a, e, frames, f_az, f_el, d)


def _assign_tracks(events: list[EventLabels]) -> None:
    last: list[int] = []  # last frame of each track
    for j, ev in sorted(enumerate(events), key=lambda p: (int(p[1].frames[0]), p[1].index)):
        first = int(ev.frames[0])
        track = next((t for t, f in enumerate(last) if f < first), len(last))
        if track == len(last):
            last.append(0)
        last[track] = int(ev.frames[-1])
        object.__setattr__(ev, "track", track)
        events[j] = ev


def label_rows(events: Sequence[EventLabels]) -> list[LabelRow]:
    """DCASE rows (rounded), sorted by frame then track."""
    rows = []
    for ev in events:
        az = np.rint(ev.azimuth_deg).astype(int)
        az = np.where(az == -180, 180, az)
        el = np.clip(np.rint(ev.elevation_deg).astype(int), -90, 90)
        dist = np.maximum(np.rint(ev.distance_m * 100.0).astype(int), 1)
        rows += [LabelRow(int(f), ev.class_index, ev.track, int(a), int(e), int(d))
                 for f, a, e, d in zip(ev.frames, az, el, dist, strict=True)]
    rows.sort(key=lambda r: (r.frame, r.track, r.class_index))
    return rows


def scene_label_rows(scene: Scene, class_map: Mapping[str, int] | None = None) -> list[LabelRow]:
    return label_rows(event_labels(scene, class_map))


def write_labels(path: str | os.PathLike, rows: Sequence[LabelRow]) -> Path:
    """Write the CSV atomically (temporary name, then rename)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text("".join(r.line() + "\n" for r in rows), encoding="ascii")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


_LIMITS = {"frame": (0, None), "class": (0, None), "track": (0, None), "azimuth": (-180, 180),
           "elevation": (-90, 90), "distance": (0, None)}


def read_labels(path: str | os.PathLike) -> list[LabelRow]:
    """Read a DCASE metadata CSV (5 columns of older years are read with distance 0); a bad line raises
    :class:`FieldError` naming the file, line, column and value."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"label file '{p}': cannot read ({exc.strerror or exc})") from None
    rows = []
    for no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split(",")]
        where = f"{p}:{no}"
        if len(cells) not in (5, 6):
            raise FieldError("columns", line, f"expected 6 comma-separated integers ({','.join(COLUMNS)})", row=where)
        values = []
        for name, cell in zip(COLUMNS, cells, strict=False):
            try:
                v = int(float(cell)) if float(cell).is_integer() else None
            except ValueError:
                v = None
            lo, hi = _LIMITS[name]
            if v is None or v < lo or (hi is not None and v > hi):
                rng = f"[{lo}, {hi}]" if hi is not None else f">= {lo}"
                raise FieldError(name, cell, f"must be an integer {rng}", row=where)
            values.append(v)
        if len(values) == 5:
            values.append(0)
        rows.append(LabelRow(*values))
    return rows
