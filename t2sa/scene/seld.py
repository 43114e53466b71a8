"""SELD datasets: N seeded scenes of T seconds from a sound bank, FOA (or any format) audio + DCASE labels.

A job file (``jobs/seld_dataset.toml``) states the whole dataset; :func:`load_job` checks every key up front
(a typo must not fall back to a default after an hour of rendering) and :func:`run_dataset` writes::

    OUT/foa_dev/dev-train/fold1_scene0003.wav          audio (one folder per format: foa_dev, binaural_dev, ...)
    OUT/metadata_dev/dev-train/fold1_scene0003.csv     DCASE labels (t2sa.scene.labels), same name as the audio
    OUT/scenes_dev/dev-train/fold1_scene0003.json      the scene itself (renders again to the same bytes)
    OUT/class_map.json, OUT/dataset.json               class indices; the job that made the folder
    OUT/card.md, OUT/card.json, OUT/*.png              counts, polyphony, class balance, direction coverage

Scenes (:func:`sample_scene`): each of ``max_polyphony`` tracks alternates silence and events, so at most
that many events overlap; a track is busy a share ``density`` of the time on average (gaps are exponential,
at least 0.2 s so a track's events never share a label frame). Event length uniform in ``duration_s``;
class uniform over the classes; azimuth uniform in ``azimuth_deg``; elevation uniform over the sphere
(``elevation_distribution = "sphere"``) or in degrees between the ``elevation_deg`` limits; distance uniform in
``distance_m``; a share ``moving_share`` of events moves in azimuth at a speed uniform in ``speed_deg_s``
(either direction). Each scene has its own room (RT60, DRR, wet uniform in their ranges) and background
(``snr_db``: the background's channel-0 RMS is ``level_dbfs - snr_db``, where an event at 1 m has RMS
``level_dbfs`` before its ``gain_db``).

Who renders: ``[dataset] engine = "processes"`` (default) renders the scenes in a pool of ``workers``
processes here; ``engine = "batch"`` hands them to the t2sa batch engine as a scene manifest (on Ray, in this
process or on the cluster at ``[dataset] address``; ``t2sa-batch run`` and ``t2sa scene dataset`` pass
:func:`run_dataset` that renderer, see :mod:`t2sa.batch.scene_dataset`). Both write the same bytes.

Reproducible: scene ``i`` depends only on (``seed``, ``i``) and the job, so the same job gives the same bytes
whatever the number of workers or the engine, and a run that was interrupted resumes where it stopped (a folder holds one
job's dataset: another job, seed or number of scenes is refused). Splits: a seeded
permutation of the scene indices, cut in the stated shares; the fold number in the name is 1 (train),
2 (val), 3 (test).
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import InputError
from t2sa.formats import FORMATS, get_format
from t2sa.params import SpatialParams, sample_rate_problem
from t2sa.scene.bank import SYNTH_RMS_DBFS, FolderBank, SyntheticBank, cached_sounds, check_classes, open_bank
from t2sa.scene.model import Background, Event, Room, Scene, scene_from_dict, scene_to_dict

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SPLITS = ("train", "val", "test")
FOLDS = {"train": 1, "val": 2, "test": 3}
MIN_GAP_S = 0.2
MIN_EVENT_S = 0.3
MAX_STEP_DEG = 90.0
ENGINES = ("processes", "batch")
"""Who renders the scenes: a process pool here, or the t2sa batch engine (Ray; see the module doc)."""


@dataclass(frozen=True)
class SeldJob:
    """Everything that decides a dataset's bytes (see the module doc and ``jobs/seld_dataset.toml``)."""

    scenes: int
    out: Path
    seed: int = 0
    name: str = "t2sa_seld"
    duration_s: float = 60.0
    sample_rate: int = 24000
    formats: tuple[str, ...] = ("foa",)
    hrtf: str = "default"
    bank: str = "synthetic"
    classes: tuple[str, ...] | None = None
    subtype: str = "PCM_16"
    workers: int = 1
    engine: str = "processes"
    address: str | None = None
    """``engine = "batch"``: the Ray cluster to render on (``auto``, ``HOST:PORT``); None = Ray in this process."""
    check_scenes: int = 0
    splits: tuple[tuple[str, float], ...] = (("train", 0.6), ("val", 0.2), ("test", 0.2))
    max_polyphony: int = 3
    density: float = 0.5
    event_duration_s: tuple[float, float] = (1.0, 5.0)
    moving_share: float = 0.4
    speed_deg_s: tuple[float, float] = (10.0, 40.0)
    azimuth_deg: tuple[float, float] = (-180.0, 180.0)
    elevation_deg: tuple[float, float] = (-40.0, 40.0)
    elevation_distribution: str = "sphere"
    distance_m: tuple[float, float] = (1.0, 4.0)
    gain_db: tuple[float, float] = (-10.0, 0.0)
    level_dbfs: float = SYNTH_RMS_DBFS
    spread_deg: tuple[float, float] = (0.0, 0.0)
    rt60_s: tuple[float, float] = (0.3, 1.5)
    drr_db: tuple[float, float] = (0.0, 10.0)
    wet: tuple[float, float] = (0.5, 1.0)
    background: bool = True
    noise: str = "pink"
    background_sound: str | None = None
    snr_db: tuple[float, float] = (15.0, 30.0)
    base: Path = field(default=Path("."), compare=False)
    """The job file's folder (relative bank and background paths)."""

    def fingerprint(self) -> dict[str, Any]:
        """What decides the bytes (not where they go, not how many workers render them). The number of scenes is
        part of it: the splits are a permutation of all the scene indices."""
        data = asdict(self)
        for key in ("out", "workers", "engine", "address", "base", "check_scenes"):
            data.pop(key)
        data["bank"] = self.bank if self.bank == "synthetic" else str((self.base / self.bank).resolve())
        return json.loads(json.dumps(data, default=str))


# -- job file ------------------------------------------------------------------------------------------
_TOP = {"scenes": int, "seed": int}
_TABLES: dict[str, dict[str, Any]] = {
    "dataset": {"name": str, "out": str, "duration_s": float, "sample_rate": int, "formats": list, "hrtf": str,
                "bank": str, "classes": list, "subtype": str, "workers": int, "check_scenes": int,
                "engine": str, "address": str},
    "splits": {"train": float, "val": float, "test": float},
    "events": {"max_polyphony": int, "density": float, "duration_s": "range", "moving_share": float,
               "speed_deg_s": "range", "azimuth_deg": "range", "elevation_deg": "range",
               "elevation_distribution": str, "distance_m": "range", "gain_db": "range", "level_dbfs": float,
               "spread_deg": "range"},
    "room": {"rt60_s": "range", "drr_db": "range", "wet": "range"},
    "background": {"enabled": bool, "noise": str, "sound": str, "snr_db": "range"},
}
_RENAME = {("events", "duration_s"): "event_duration_s", ("background", "enabled"): "background",
           ("background", "sound"): "background_sound"}


def _bad(where: str, value: Any, reason: str) -> InputError:
    return InputError(f"job {where}={value!r}: {reason}")


def _value(where: str, value: Any, kind: Any) -> Any:
    if kind == "range":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = [value, value]
        ok = isinstance(value, list) and len(value) == 2 and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value)
        if not ok:
            raise _bad(where, value, "expected [low, high] (numbers) or one number")
        if value[0] > value[1]:
            raise _bad(where, value, "low is above high")
        return (float(value[0]), float(value[1]))
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise _bad(where, value, "expected a number")
        return float(value)
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise _bad(where, value, "expected an integer")
    if kind in (str, bool, list) and not isinstance(value, kind):
        raise _bad(where, value, f"expected a {kind.__name__}")
    return value


def is_seld_job(path: str | os.PathLike) -> bool:
    """Is this TOML file a SELD dataset job (top-level ``scenes = N``)? False when it cannot be read."""
    try:
        return "scenes" in tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_job(path: str | os.PathLike) -> SeldJob:
    """Read and check a SELD job file; relative paths are relative to its folder."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"job file '{p}': cannot read ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"job file '{p}': not valid TOML ({exc})") from None
    return job_from_dict(data, base=p.parent)


def job_from_dict(data: Mapping[str, Any], base: Path = Path(".")) -> SeldJob:
    kwargs: dict[str, Any] = {"base": base}
    for key, value in data.items():
        if key in _TOP:
            kwargs[key] = _value(key, value, _TOP[key])
        elif key in _TABLES:
            if not isinstance(value, Mapping):
                raise _bad(key, value, "expected a table")
            for sub, v in value.items():
                if sub not in _TABLES[key]:
                    raise _bad(f"{key}.{sub}", v, f"unknown key; known: {', '.join(_TABLES[key])}")
                kwargs[_RENAME.get((key, sub), sub) if key != "splits" else f"split:{sub}"] = _value(
                    f"{key}.{sub}", v, _TABLES[key][sub])
        else:
            raise _bad(key, value, f"unknown key; known: {', '.join([*_TOP, *_TABLES])}")
    if "scenes" not in kwargs:
        raise InputError("job: top-level 'scenes = N' is missing")
    if "event_duration_s" not in kwargs and "duration_s" in kwargs:  # short scenes: short events by default
        d = float(kwargs["duration_s"])
        kwargs["event_duration_s"] = (min(1.0, max(d / 2, MIN_EVENT_S)), min(5.0, max(d / 2, MIN_EVENT_S)))
    splits = {k[6:]: kwargs.pop(k) for k in list(kwargs) if k.startswith("split:")}
    if splits:
        kwargs["splits"] = tuple((s, float(splits.get(s, 0.0))) for s in SPLITS)
    if "out" not in kwargs:
        kwargs["out"] = f"out/{kwargs.get('name', 'seld_dataset')}"
    kwargs["out"] = base / kwargs["out"] if not Path(kwargs["out"]).is_absolute() else Path(kwargs["out"])
    for key in ("formats", "classes"):
        if key in kwargs:
            if not all(isinstance(v, str) for v in kwargs[key]) or not kwargs[key]:
                raise _bad(f"dataset.{key}", kwargs[key], "expected a non-empty list of names")
            kwargs[key] = tuple(kwargs[key])
    return check_job(SeldJob(**kwargs))


def check_job(job: SeldJob) -> SeldJob:
    """Refuse values that cannot make a dataset (each error names the key and value)."""
    def need(ok: bool, where: str, value: Any, reason: str) -> None:
        if not ok:
            raise _bad(where, value, reason)

    need(job.scenes >= 1, "scenes", job.scenes, "must be >= 1")
    need(job.seed >= 0, "seed", job.seed, "must be >= 0")
    need(0.5 <= job.duration_s <= 24 * 3600, "dataset.duration_s", job.duration_s, "must be 0.5 s .. 24 h")
    need(not sample_rate_problem(job.sample_rate), "dataset.sample_rate", job.sample_rate,
         str(sample_rate_problem(job.sample_rate)))
    for f in job.formats:
        need(f in FORMATS, "dataset.formats", list(job.formats), f"unknown format {f!r}; known: {', '.join(FORMATS)}")
    need(job.subtype in ("PCM_16", "PCM_24", "FLOAT"), "dataset.subtype", job.subtype, "expected PCM_16, PCM_24 or FLOAT")
    need(job.workers >= 1, "dataset.workers", job.workers, "must be >= 1")
    need(job.engine in ENGINES, "dataset.engine", job.engine, f"expected one of {', '.join(ENGINES)}")
    need(job.address is None or job.engine == "batch", "dataset.address", job.address,
         'only the batch engine runs on a cluster: add engine = "batch"')
    need(job.check_scenes >= 0, "dataset.check_scenes", job.check_scenes, "must be >= 0")
    shares = dict(job.splits)
    need(all(v >= 0 for v in shares.values()) and abs(sum(shares.values()) - 1.0) < 1e-6, "splits", shares,
         "shares must be >= 0 and add up to 1")
    need(1 <= job.max_polyphony <= 16, "events.max_polyphony", job.max_polyphony, "must be 1 .. 16")
    need(0.0 < job.density <= 1.0, "events.density", job.density, "must be in (0, 1]: the busy share of a track")
    need(job.event_duration_s[0] >= MIN_EVENT_S, "events.duration_s", list(job.event_duration_s),
         f"events must last at least {MIN_EVENT_S} s")
    need(job.event_duration_s[1] <= job.duration_s, "events.duration_s", list(job.event_duration_s),
         "longer than the scene")
    need(0.0 <= job.moving_share <= 1.0, "events.moving_share", job.moving_share, "must be in [0, 1]")
    need(job.speed_deg_s[0] >= 0.0, "events.speed_deg_s", list(job.speed_deg_s), "must be >= 0")
    need(-90.0 <= job.elevation_deg[0] and job.elevation_deg[1] <= 90.0, "events.elevation_deg",
         list(job.elevation_deg), "must be within [-90, 90]")
    need(-180.0 <= job.azimuth_deg[0] and job.azimuth_deg[1] <= 180.0, "events.azimuth_deg",
         list(job.azimuth_deg), "must be within [-180, 180]")
    need(job.elevation_distribution in ("sphere", "uniform"), "events.elevation_distribution",
         job.elevation_distribution, "expected 'sphere' or 'uniform'")
    need(job.distance_m[0] >= 0.1, "events.distance_m", list(job.distance_m), "must be >= 0.1 m")
    need(-120.0 <= job.level_dbfs <= 0.0, "events.level_dbfs", job.level_dbfs, "must be in [-120, 0]")
    for key, rng in (("room.rt60_s", job.rt60_s), ("room.drr_db", job.drr_db), ("room.wet", job.wet),
                     ("events.spread_deg", job.spread_deg), ("events.gain_db", job.gain_db)):
        name = key.split(".")[1]
        try:
            for v in rng:
                SpatialParams(**{name: v})
        except Exception as exc:
            raise _bad(key, list(rng), str(getattr(exc, "reason", exc))) from None
    need(job.noise in ("white", "pink", "brown"), "background.noise", job.noise, "expected white, pink or brown")
    bank = _bank(job)
    check_classes(bank, job.classes)
    if job.background_sound is not None:
        need((job.base / job.background_sound).is_file(), "background.sound", job.background_sound, "not a file")
    return job


def _bank(job: SeldJob) -> SyntheticBank | FolderBank:
    return open_bank(job.bank, job.base)


# -- scenes --------------------------------------------------------------------------------------------
def split_of(job: SeldJob) -> list[str]:
    """The split of every scene index: a seeded permutation cut in the stated shares."""
    order = np.random.default_rng([job.seed, 0x5B1]).permutation(job.scenes)
    shares = dict(job.splits)
    counts = [int(round(job.scenes * shares.get(s, 0.0))) for s in SPLITS[:-1]]
    counts.append(job.scenes - sum(counts))
    if counts[-1] < 0:  # rounding up twice: take it from the largest
        counts[int(np.argmax(counts[:-1]))] += counts[-1]
        counts[-1] = 0
    out = [""] * job.scenes
    pos = 0
    for name, count in zip(SPLITS, counts, strict=True):
        for i in order[pos:pos + count]:
            out[int(i)] = name
        pos += count
    return out


def scene_name(job: SeldJob, index: int, split: str) -> str:
    return f"fold{FOLDS[split]}_scene{index + 1:04d}"


def _direction(job: SeldJob, rng: np.random.Generator) -> tuple[float, float, float]:
    az = float(rng.uniform(*job.azimuth_deg))
    lo, hi = job.elevation_deg
    if job.elevation_distribution == "sphere":
        el = float(np.degrees(np.arcsin(rng.uniform(np.sin(np.radians(lo)), np.sin(np.radians(hi))))))
    else:
        el = float(rng.uniform(lo, hi))
    return az, el, float(rng.uniform(*job.distance_m))


def _params(job: SeldJob, rng: np.random.Generator, duration_s: float) -> SpatialParams:
    az, el, dist = _direction(job, rng)
    spread = float(rng.uniform(*job.spread_deg))
    moving = rng.random() < job.moving_share
    speed = float(rng.uniform(*job.speed_deg_s)) * (1.0 if rng.random() < 0.5 else -1.0)
    if not moving or speed == 0.0:
        return SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=dist, spread_deg=spread)
    total = speed * duration_s
    steps = max(1, int(math.ceil(abs(total) / MAX_STEP_DEG)))  # < 180 deg per step: shortest arcs = the path
    keys = [{"t": k / steps, "azimuth_deg": az + total * k / steps, "elevation_deg": el, "distance_m": dist,
             "spread_deg": spread} for k in range(steps + 1)]
    return SpatialParams(azimuth_deg=az, elevation_deg=el, distance_m=dist, spread_deg=spread, motion="path",
                         trajectory=keys)


def sample_scene(job: SeldJob, index: int, bank: SyntheticBank | FolderBank | None = None) -> Scene:
    """Scene ``index`` of the dataset (a function of the job and the index only)."""
    bank = bank or _bank(job)
    classes = check_classes(bank, job.classes)
    rng = np.random.default_rng([job.seed, index, 0x5CE])
    room = Room(rt60_s=float(rng.uniform(*job.rt60_s)), drr_db=float(rng.uniform(*job.drr_db)),
                wet=float(rng.uniform(*job.wet)))
    background = None
    snr = float(rng.uniform(*job.snr_db))
    if job.background:
        sound = str(job.base / job.background_sound) if job.background_sound else None
        background = Background(level_db=job.level_dbfs - snr, noise=job.noise, sound=sound)
    lo, hi = job.event_duration_s
    mean_gap = max((lo + hi) / 2.0 * (1.0 - job.density) / job.density, 0.0)
    level = None if isinstance(bank, SyntheticBank) else job.level_dbfs
    events = []
    for track in range(job.max_polyphony):
        t_rng = np.random.default_rng([job.seed, index, 0x7AC, track])
        pos = float(t_rng.uniform(0.0, mean_gap + MIN_GAP_S))
        while pos < job.duration_s - MIN_EVENT_S:
            onset = round(pos, 4)
            # durations in whole ms, never past the scene's end
            dur = math.floor(min(float(t_rng.uniform(lo, hi)), job.duration_s - onset) * 1000.0) / 1000.0
            if dur < MIN_EVENT_S:
                break
            cls = classes[int(t_rng.integers(len(classes)))]
            sound, trim = bank.pick(cls, t_rng, dur)
            params = _params(job, t_rng, dur)
            events.append(Event(sound=sound, params=params, onset_s=onset, duration_s=trim,
                                gain_db=float(t_rng.uniform(*job.gain_db)), level_dbfs=level, label=cls))
            pos += dur + MIN_GAP_S + float(t_rng.exponential(mean_gap)) if mean_gap > 0 else dur + MIN_GAP_S
    events.sort(key=lambda e: (e.onset_s, e.label))
    seed = int(np.random.SeedSequence([job.seed, index]).generate_state(1)[0])
    return Scene(duration_s=job.duration_s, events=tuple(events), room=room, background=background,
                 sample_rate=job.sample_rate, seed=seed, name=f"scene{index + 1:04d}")


# -- running -------------------------------------------------------------------------------------------
def class_map(job: SeldJob) -> dict[str, int]:
    return {c: i for i, c in enumerate(check_classes(_bank(job), job.classes))}


def _paths(job: SeldJob, index: int, split: str) -> dict[str, Path]:
    name = scene_name(job, index, split)
    folder = f"dev-{split}"
    paths = {f: job.out / f"{f}_dev" / folder / f"{name}.wav" for f in job.formats}
    paths["labels"] = job.out / "metadata_dev" / folder / f"{name}.csv"
    paths["scene"] = job.out / "scenes_dev" / folder / f"{name}.json"
    return paths


def dataset_scene(job: SeldJob, index: int, split: str) -> Scene:
    """Scene ``index`` as the dataset names it (``fold1_scene0003``)."""
    return replace(sample_scene(job, index), name=scene_name(job, index, split))


def hrtf_path(job: SeldJob) -> str:
    """The job's HRTF as a renderer takes it: ``default`` or a path (relative ones from the job file's folder)."""
    if job.hrtf in (None, "default") or Path(job.hrtf).is_absolute():
        return job.hrtf
    return str(job.base / job.hrtf)


def write_scene_file(job: SeldJob, index: int, split: str, scene: Scene, gains: Mapping[str, float]) -> Path:
    """Write the scene file (``scenes_dev/...json``: renders again to the same bytes) with its dataset entry:
    split, index and the normalisation gain of each format."""
    path = _paths(job, index, split)["scene"]
    path.parent.mkdir(parents=True, exist_ok=True)
    data_meta = {"split": split, "index": index, "gain_applied_db": {f: round(float(gains[f]), 4) for f in job.formats}}
    _write_json(path, {**scene_to_dict(scene), "dataset": data_meta})
    return path


def render_one(job: SeldJob, index: int, split: str) -> str:
    """Write scene ``index``'s audio (every format), labels and scene file; returns its name."""
    from t2sa.scene.labels import scene_label_rows, write_labels
    from t2sa.scene.mix import render_scene_to_file

    paths = _paths(job, index, split)
    scene = dataset_scene(job, index, split)
    for p in paths.values():
        p.parent.mkdir(parents=True, exist_ok=True)
    gains = {}
    for fmt in job.formats:
        hrtf = hrtf_path(job) if get_format(fmt).uses_hrtf else None
        written = render_scene_to_file(scene, paths[fmt], fmt, hrtf, subtype=job.subtype)
        gains[fmt] = written.gain_applied_db
    write_scene_file(job, index, split, scene, gains)
    write_labels(paths["labels"], scene_label_rows(scene, class_map(job)))  # last: marks the scene done
    return scene.name


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _render_task(args: tuple[SeldJob, int, str]) -> str:
    with cached_sounds():  # one synthesis per event for all formats and the labels
        return render_one(*args)


def run_dataset(job: SeldJob, *, out: str | os.PathLike | None = None, scenes: int | None = None,
                workers: int | None = None, echo: Callable[[str], None] | None = None,
                render: Callable[[SeldJob, list[str], Callable[[str], None]], None] | None = None) -> dict[str, Any]:
    """Make (or finish) the dataset; returns the card's summary. Scenes already on disk are kept.

    ``render(job, splits, echo)`` renders every scene not yet done (audio, labels, scene files) in place of
    the process pool: the batch engine's renderer (:func:`t2sa.batch.scene_dataset.dataset_renderer`), which
    a job with ``engine = "batch"`` needs (this layer does not reach up to the batch engine itself)."""
    if out is not None:
        job = replace(job, out=Path(out))
    if scenes is not None:
        job = check_job(replace(job, scenes=int(scenes)))
    if workers is not None:
        job = replace(job, workers=int(workers))
    job.out.mkdir(parents=True, exist_ok=True)
    _claim(job)
    cmap = class_map(job)
    _write_json(job.out / "class_map.json", {"classes": cmap})
    splits = split_of(job)
    say = echo or (lambda _msg: None)
    if render is not None:
        render(job, splits, say)
        from t2sa.scene.card import write_card

        return write_card(job, splits, cmap, echo=say)
    if job.engine != "processes":
        raise InputError(f"job dataset.engine={job.engine!r}: run it with 't2sa-batch run' or 't2sa scene dataset', "
                         "which hand the scenes to the batch engine")
    todo = [(job, i, splits[i]) for i in range(job.scenes)
            if not all(p.is_file() for p in _paths(job, i, splits[i]).values())]
    say(f"{job.scenes - len(todo)} of {job.scenes} scenes already done; rendering {len(todo)}")
    if job.workers > 1 and len(todo) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(job.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            for k, name in enumerate(pool.map(_render_task, todo), start=1):
                say(f"[{k}/{len(todo)}] {name}")
    else:
        for k, task in enumerate(todo, start=1):
            say(f"[{k}/{len(todo)}] {_render_task(task)}")
    from t2sa.scene.card import write_card

    return write_card(job, splits, cmap, echo=say)


def _claim(job: SeldJob) -> None:
    """Refuse to mix scenes of another job into a folder (same settings, seed and number of scenes, or nothing)."""
    marker = job.out / "dataset.json"
    mine = {"name": job.name, "seed": job.seed, "scenes": job.scenes, "job": job.fingerprint()}
    if marker.is_file():
        try:
            theirs = json.loads(marker.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            theirs = None
        if theirs != mine:
            raise InputError(f"output folder '{job.out}' holds a dataset made by another job (its dataset.json "
                             "differs: settings, seed or number of scenes); use another out folder or remove it")
    _write_json(marker, mine)


def load_dataset_scene(path: str | os.PathLike) -> tuple[Scene, dict[str, Any]]:
    """A scene file written by :func:`render_one` and its dataset entry (split, gains)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    meta = data.pop("dataset", {})
    return scene_from_dict(data), meta

