"""Scenes: several sound events in one room, with one shared reverb tail and an optional diffuse background.

Why a scene model: one manifest row is one sound at one place, but real scenes (and SELD datasets) hold
several sources that start, stop and move independently in the *same* room. A :class:`Scene` says

* how long it is (``duration_s``; the output has exactly this length, events and tails are cut there),
  its sample rate and seed;
* its :class:`Room` (``rt60_s``, ``drr_db``, ``wet`` as in :mod:`t2sa.params`): one room for every event,
  rendered as **one** tail fed by the sum of the events (not one tail per event);
* an optional diffuse :class:`Background` (noise or a looped sound) at a stated level;
* its :class:`Event` list: each a sound, an onset, a duration (natural length, trimmed or looped), a gain
  and its :class:`~t2sa.params.SpatialParams` (the room fields of those are ignored: the scene's room wins).

Sounds are a file path (resampled to the scene rate, multichannel averaged), a mono float array at the scene
rate, or ``synth:CLASS?seed=N&duration=S`` (a generated sound of :mod:`t2sa.scene.bank`), so a scene written
as JSON (:func:`scene_to_dict`) renders again to the same bytes.

Every bad value raises :class:`SceneError` (a :class:`t2sa.errors.FieldError`) naming the scene, the event
(index and label), the field and the value.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import FieldError
from t2sa.params import SpatialParams, sample_rate_problem

FITS: tuple[str, ...] = ("trim", "loop")
"""How a sound fills an event's ``duration_s``: cut it (a shorter sound keeps its own length) or repeat it."""
NOISES: tuple[str, ...] = ("white", "pink", "brown")
MAX_DURATION_S = 24 * 3600.0
SYNTH_PREFIX = "synth:"


def _short(value: Any, limit: int = 100) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class SceneError(FieldError):
    """A field of a scene or of one of its events has a bad value (names scene, event, field, value)."""

    def __init__(self, scene: str, field: str, value: Any, reason: str, *, event: int | None = None,
                 event_label: str | None = None):
        full = field if event is None else f"events[{event}].{field}"
        super().__init__(full, value, reason, row=scene)
        self.scene, self.event = scene, event
        where = f"scene {scene!r}"
        if event is not None:
            where += f", event {event}" + (f" ({event_label})" if event_label else "")
        Exception.__init__(self, f"{where}: {full}={_short(value)}: {reason}")


def _number(scene: str, name: str, value: Any, lo: float | None, hi: float | None, *, event: int | None = None,
            label: str | None = None, open_low: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise SceneError(scene, name, value, "must be a number", event=event, event_label=label)
    v = float(value)
    if not math.isfinite(v):
        raise SceneError(scene, name, value, "must be finite", event=event, event_label=label)
    if lo is not None and (v <= lo if open_low else v < lo):
        raise SceneError(scene, name, value, f"must be {'>' if open_low else '>='} {lo:g}", event=event,
                         event_label=label)
    if hi is not None and v > hi:
        raise SceneError(scene, name, value, f"must be <= {hi:g}", event=event, event_label=label)
    return v


@dataclass(frozen=True)
class Room:
    """The one room of a scene; the fields mean what they mean in :class:`~t2sa.params.SpatialParams`."""

    rt60_s: float = 0.5
    drr_db: float = 0.0
    wet: float = 0.0


@dataclass(frozen=True)
class Background:
    """A diffuse background: ``noise`` (white/pink/brown) or a looped ``sound`` file, at ``level_db``:
    the RMS in dBFS of output channel 0 (W for Ambisonics, the left ear or loudspeaker otherwise)."""

    level_db: float = -50.0
    noise: str = "pink"
    sound: str | None = None


@dataclass(frozen=True, eq=False)
class Event:
    """One sound event of a scene.

    ``duration_s`` None = the sound's natural length; else ``fit`` says how the sound fills it (``trim``:
    cut with a 10 ms fade, a shorter sound keeps its length; ``loop``: repeated with 10 ms crossfades).
    ``level_dbfs`` (optional) first scales the fitted sound to that RMS; then ``gain_db`` and the params'
    own ``gain_db`` apply. ``label`` is the class name (SELD labels); ``text`` where the params came from.
    """

    sound: str | os.PathLike | np.ndarray
    params: SpatialParams = field(default_factory=SpatialParams)
    onset_s: float = 0.0
    duration_s: float | None = None
    fit: str = "trim"
    gain_db: float = 0.0
    level_dbfs: float | None = None
    label: str | None = None
    text: str | None = None


@dataclass(frozen=True, eq=False)
class Scene:
    """Events in one room over ``duration_s`` seconds (validated on construction, see the module doc)."""

    duration_s: float
    events: tuple[Event, ...] = ()
    room: Room = field(default_factory=Room)
    background: Background | None = None
    sample_rate: int = 48000
    seed: int = 0
    name: str = "scene"

    def __post_init__(self) -> None:
        name = self.name
        if not isinstance(name, str) or not name:
            raise SceneError(str(name), "name", name, "must be a non-empty string")
        _number(name, "duration_s", self.duration_s, 0.0, MAX_DURATION_S, open_low=True)
        sr = self.sample_rate
        if sample_rate_problem(sr):
            raise SceneError(name, "sample_rate", sr, str(sample_rate_problem(sr)))
        if isinstance(self.seed, bool) or not isinstance(self.seed, (int, np.integer)) or self.seed < 0:
            raise SceneError(name, "seed", self.seed, "must be a non-negative integer")
        object.__setattr__(self, "room", _check_room(name, self.room))
        if self.background is not None:
            object.__setattr__(self, "background", _check_background(name, self.background))
        if isinstance(self.events, (str, bytes)) or not isinstance(self.events, Sequence):
            raise SceneError(name, "events", self.events, "must be a list of events")
        events = tuple(_check_event(self, i, ev) for i, ev in enumerate(self.events))
        object.__setattr__(self, "events", events)

    @property
    def n_samples(self) -> int:
        return int(round(self.duration_s * self.sample_rate))

    def event_seed(self, index: int) -> int:
        """Seed of event ``index``'s render (spread decorrelators): from the scene seed and the index only."""
        return int(np.random.SeedSequence([int(self.seed), 1, int(index)]).generate_state(1)[0])

    @property
    def room_seed(self) -> int:
        return int(np.random.SeedSequence([int(self.seed), 2]).generate_state(1)[0])

    @property
    def background_seed(self) -> int:
        return int(np.random.SeedSequence([int(self.seed), 3]).generate_state(1)[0])

    def dry(self) -> Scene:
        """The same events without room tail or background (what the label checker listens to)."""
        return replace(self, room=replace(self.room, wet=0.0), background=None)


def _check_room(scene: str, room: Any) -> Room:
    if isinstance(room, Mapping):
        room = _from_mapping(scene, Room, room, "room")
    if not isinstance(room, Room):
        raise SceneError(scene, "room", room, "must be a Room or an object with rt60_s, drr_db, wet")
    try:
        SpatialParams(rt60_s=room.rt60_s, drr_db=room.drr_db, wet=room.wet)
    except FieldError as exc:
        raise SceneError(scene, f"room.{exc.field}", exc.value, exc.reason) from None
    return room


def _check_background(scene: str, bg: Any) -> Background:
    if isinstance(bg, Mapping):
        bg = _from_mapping(scene, Background, bg, "background")
    if not isinstance(bg, Background):
        raise SceneError(scene, "background", bg, "must be a Background or an object with level_db, noise, sound")
    _number(scene, "background.level_db", bg.level_db, -200.0, 0.0)
    if bg.sound is None and bg.noise not in NOISES:
        raise SceneError(scene, "background.noise", bg.noise, f"expected one of {', '.join(NOISES)}")
    if bg.sound is not None and not isinstance(bg.sound, (str, os.PathLike)):
        raise SceneError(scene, "background.sound", bg.sound, "must be a file path")
    return bg


def _check_event(scene: Scene, i: int, ev: Any) -> Event:
    name = scene.name
    if isinstance(ev, Mapping):
        ev = event_from_dict(ev, scene=name, index=i)
    if not isinstance(ev, Event):
        raise SceneError(name, "event", ev, "must be an Event or an object with sound, params, onset_s, ...", event=i)
    label = ev.label
    if label is not None and (not isinstance(label, str) or not label):
        raise SceneError(name, "label", label, "must be a non-empty string", event=i)
    kw = {"event": i, "label": label}
    onset = _number(name, "onset_s", ev.onset_s, 0.0, None, **kw)
    if onset >= scene.duration_s:
        raise SceneError(name, "onset_s", ev.onset_s, f"must be before the scene's end ({scene.duration_s:g} s)",
                         event=i, event_label=label)
    if ev.duration_s is not None:
        _number(name, "duration_s", ev.duration_s, 0.0, None, open_low=True, **kw)
        if onset + ev.duration_s > scene.duration_s + 1e-9:
            raise SceneError(name, "duration_s", ev.duration_s,
                             f"onset_s + duration_s = {onset + ev.duration_s:g} s is past the scene's end "
                             f"({scene.duration_s:g} s)", event=i, event_label=label)
    if ev.fit not in FITS:
        raise SceneError(name, "fit", ev.fit, f"expected one of {', '.join(FITS)}", event=i, event_label=label)
    if ev.fit == "loop" and ev.duration_s is None:
        raise SceneError(name, "fit", ev.fit, "loop needs a duration_s", event=i, event_label=label)
    _number(name, "gain_db", ev.gain_db, -120.0, 40.0, **kw)
    if ev.level_dbfs is not None:
        _number(name, "level_dbfs", ev.level_dbfs, -120.0, 0.0, **kw)
    if not isinstance(ev.params, SpatialParams):
        raise SceneError(name, "params", ev.params, "must be SpatialParams", event=i, event_label=label)
    _check_sound(name, i, label, ev.sound, scene.sample_rate)
    return ev


def _check_sound(scene: str, i: int, label: str | None, sound: Any, sample_rate: int) -> None:
    if isinstance(sound, np.ndarray):
        if sound.ndim != 1 or sound.size == 0 or not np.issubdtype(sound.dtype, np.floating):
            raise SceneError(scene, "sound", f"array {sound.shape} {sound.dtype}",
                             f"an array sound must be mono float samples at the scene rate ({sample_rate} Hz)",
                             event=i, event_label=label)
        if not np.all(np.isfinite(sound)):
            raise SceneError(scene, "sound", "array", "contains NaN or infinite samples", event=i, event_label=label)
        return
    if not isinstance(sound, (str, os.PathLike)) or not os.fspath(sound):
        raise SceneError(scene, "sound", sound, "must be a file path, a mono float array or 'synth:CLASS?...'",
                         event=i, event_label=label)
    text = os.fspath(sound)
    if isinstance(text, str) and text.startswith(SYNTH_PREFIX):
        from t2sa.scene.bank import parse_synth

        try:
            parse_synth(text)
        except FieldError as exc:
            raise SceneError(scene, "sound", text, exc.reason, event=i, event_label=label) from None


def _from_mapping(scene: str, cls: type, data: Mapping[str, Any], where: str) -> Any:
    known = {f for f in cls.__dataclass_fields__}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SceneError(scene, f"{where}.{unknown[0]}", data[unknown[0]], f"unknown field; known: {', '.join(sorted(known))}")
    return cls(**dict(data))


# -- JSON -------------------------------------------------------------------------------------------
EVENT_KEYS = ("sound", "params", "text", "onset_s", "duration_s", "fit", "gain_db", "level_dbfs", "label")


def event_from_dict(data: Mapping[str, Any], *, scene: str = "scene", index: int = 0, base: Path | None = None,
                    predictor: Any = None) -> Event:
    """An :class:`Event` from a JSON object. ``params`` (a SpatialParams object) and/or ``text``: with text,
    the params are the text model's answer (given the event duration), ``params`` fields override it."""
    if not isinstance(data, Mapping):
        raise SceneError(scene, "event", data, "must be a JSON object", event=index)
    label = data.get("label") if isinstance(data.get("label"), str) else None
    unknown = sorted(set(data) - set(EVENT_KEYS))
    if unknown:
        raise SceneError(scene, unknown[0], data[unknown[0]], f"unknown field; known: {', '.join(EVENT_KEYS)}",
                         event=index, event_label=label)
    if "sound" not in data:
        raise SceneError(scene, "sound", None, "missing", event=index, event_label=label)
    sound = data["sound"]
    if isinstance(sound, str) and base is not None and not sound.startswith(SYNTH_PREFIX) and "://" not in sound:
        sound = str(base / sound) if not Path(sound).is_absolute() else sound
    params_data = data.get("params")
    text = data.get("text")
    if text is not None and (not isinstance(text, str) or not text.strip()):
        raise SceneError(scene, "text", text, "must be a non-empty string", event=index, event_label=label)
    if params_data is not None and not isinstance(params_data, Mapping):
        raise SceneError(scene, "params", params_data, "must be a JSON object", event=index, event_label=label)
    try:
        if text is not None:
            from t2sa.resolve import resolve_params

            params = resolve_params(text=text, overrides=params_data, duration_s=data.get("duration_s"),
                                    predictor=predictor)
        else:
            params = SpatialParams.from_dict(params_data or {})
    except FieldError as exc:
        raise SceneError(scene, f"params.{exc.field}", exc.value, exc.reason, event=index, event_label=label) from None
    kwargs = {k: data[k] for k in ("onset_s", "duration_s", "fit", "gain_db", "level_dbfs", "label") if k in data}
    return Event(sound=sound, params=params, text=text, **kwargs)


def scene_from_dict(data: Mapping[str, Any], *, base: Path | None = None, predictor: Any = None) -> Scene:
    """A :class:`Scene` from a JSON object (see :func:`scene_to_dict`); relative sound paths are relative to
    ``base`` (the JSON file's folder)."""
    if not isinstance(data, Mapping):
        raise SceneError("scene", "scene", data, "must be a JSON object")
    name = data.get("name", "scene")
    name = name if isinstance(name, str) and name else "scene"
    known = ("name", "duration_s", "sample_rate", "seed", "room", "background", "events")
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise SceneError(name, unknown[0], data[unknown[0]], f"unknown field; known: {', '.join(known)}")
    if "duration_s" not in data:
        raise SceneError(name, "duration_s", None, "missing")
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list):
        raise SceneError(name, "events", raw_events, "must be a list")
    bg = data.get("background")
    if isinstance(bg, Mapping) and isinstance(bg.get("sound"), str) and base is not None:
        bg = {**bg, "sound": str(base / bg["sound"])}
    events = tuple(event_from_dict(e, scene=name, index=i, base=base, predictor=predictor)
                   for i, e in enumerate(raw_events))
    kwargs = {k: data[k] for k in ("sample_rate", "seed") if k in data}
    return Scene(duration_s=data["duration_s"], events=events, room=data.get("room", Room()), background=bg,
                 name=name, **kwargs)


def scene_to_dict(scene: Scene) -> dict[str, Any]:
    """The JSON form of a scene (array sounds cannot be written: give them as files or ``synth:`` names)."""
    events = []
    for i, ev in enumerate(scene.events):
        if isinstance(ev.sound, np.ndarray):
            raise SceneError(scene.name, "sound", "array", "an array sound cannot be written to JSON", event=i,
                             event_label=ev.label)
        item: dict[str, Any] = {"sound": os.fspath(ev.sound), "onset_s": ev.onset_s}
        for key in ("duration_s", "level_dbfs", "label", "text"):
            if getattr(ev, key) is not None:
                item[key] = getattr(ev, key)
        if ev.fit != "trim":
            item["fit"] = ev.fit
        if ev.gain_db:
            item["gain_db"] = ev.gain_db
        item["params"] = ev.params.to_dict()
        events.append(item)
    out: dict[str, Any] = {"name": scene.name, "duration_s": scene.duration_s, "sample_rate": int(scene.sample_rate),
                           "seed": int(scene.seed), "room": vars(scene.room).copy()}
    if scene.background is not None:
        out["background"] = {k: v for k, v in vars(scene.background).items() if v is not None}
    out["events"] = events
    return out


def load_scene(path: str | os.PathLike, predictor: Any = None) -> Scene:
    """Read a scene JSON file (events with ``text`` get their params from the text model)."""
    from t2sa.errors import InputError

    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"scene file '{p}': cannot read ({exc.strerror or exc})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"scene file '{p}': not valid JSON ({exc})") from None
    return scene_from_dict(data, base=p.parent, predictor=predictor)
