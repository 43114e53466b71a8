"""Stream a spatial trajectory as OSC messages, or write them to a file to replay later.

Why: live spatialisers and DAWs (SPAT Revolution, L-ISA, d&b En-Scene, Reaper via plug-ins)
take object positions over OSC. t2sa turns text into a trajectory; this module samples that
trajectory at a fixed rate and sends it on a drift-free schedule (absolute deadlines), so a
receiver sees the motion at the speed the clip would play it.

Address schemes (``SCHEMES``) and the angle convention each receiver expects:

* ``adm`` (default): ADM-OSC 1.0 object messages, one value each (``docs/adm-osc.bs`` of the spec):
  ``/adm/obj/{n}/dmax`` metres that ``dist = 1.0`` stands for (``max_distance_m``; sent first in every frame,
  so a receiver scales the distance that follows); ``/adm/obj/{n}/azim`` degrees in [-180, 180], 0 = front,
  **positive = left** (counter-clockwise, the ADM and t2sa convention, so no sign change);
  ``/adm/obj/{n}/elev`` degrees, +90 = up; ``/adm/obj/{n}/dist`` normalised 0..1 =
  ``distance_m / max_distance_m`` (clipped at 1.0, and :func:`range_notes` says so);
  ``/adm/obj/{n}/w`` width normalised 0..1, "0.0 = point source, 1.0 = maximum width", sent as
  ``spread_deg / 360`` (t2sa's spread, like ADM's width, spans 0..360 degrees); ``/adm/obj/{n}/gain`` linear
  gain ``10 ** (gain_db / 20)``. ADM-OSC sets no maximum gain ("the receiver should clamp") but its reference
  implementation (``adm_osc.handler``) and many renderers take 0..1, so gains are clamped to
  ``gain_ceiling_db`` (default 0 dB = 1.0) and :func:`range_notes` says when that happens.
  Receivers that take other units: ``width_units="degrees"`` sends ``w`` as spread in degrees (0..360),
  ``gain_units="db"`` sends ``gain`` in dB (unclamped).
* ``adm-aed``: the same, with position packed into ``/adm/obj/{n}/aed az el dist`` so the three
  values change atomically (the spec's recommended form for position updates).
* ``spat``: FLUX:: SPAT Revolution's own grammar, ``/source/{n}/aed az el dist`` with distance in
  **metres** and azimuth **clockwise** (positive = right, the IRCAM Spat convention), and
  ``/source/{n}/gain`` in dB. (SPAT Revolution also accepts the ``adm`` scheme directly.)
* ``t2sa``: t2sa's own fields and units, ``/t2sa/obj/{n}/azimuth_deg`` (counter-clockwise),
  ``elevation_deg``, ``distance_m``, ``spread_deg``, ``gain_db``: for Max/Pd patches.

``flip_azimuth=True`` negates azimuth for any scheme, for a receiver whose convention differs.

Replay files are JSON Lines: a header line ``{"t2sa_osc": 1, ...}`` then one line per message,
``{"t": seconds, "address": "/adm/obj/1/azim", "args": [30.0]}``. JSON keeps floats and ints apart,
so a replay sends the same OSC type tags as the live stream.
"""

from __future__ import annotations

import json
import math
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import T2SAError
from t2sa.names import file_stem
from t2sa.params import SpatialParams

DEFAULT_PORT = 4001  # ADM-OSC's recommended receive port for object messages
FILE_VERSION = 1


class OSCError(T2SAError):
    """OSC export cannot be done as asked (bad scheme, rate, file, host)."""


@dataclass(frozen=True)
class OSCMessage:
    """One OSC message due ``time_s`` seconds after the stream starts."""

    time_s: float
    address: str
    args: tuple[Any, ...]

    def to_json(self) -> str:
        return json.dumps({"t": round(self.time_s, 9), "address": self.address, "args": list(self.args)})


@dataclass(frozen=True)
class Frames:
    """The trajectory sampled at the stream's instants (all arrays shaped like ``time_s``)."""

    time_s: np.ndarray
    azimuth_deg: np.ndarray
    elevation_deg: np.ndarray
    distance_m: np.ndarray
    spread_deg: np.ndarray
    gain_db: float


def sample_frames(params: SpatialParams, duration_s: float, rate_hz: float) -> Frames:
    """Sample ``params`` at ``rate_hz`` over a clip of ``duration_s`` seconds (both ends included).

    A static source still gets every frame: receivers that missed the first packet (UDP) catch up.
    """
    if not (isinstance(duration_s, (int, float)) and math.isfinite(duration_s) and duration_s > 0):
        raise OSCError(f"duration_s={duration_s!r}: must be a positive number of seconds")
    if not (isinstance(rate_hz, (int, float)) and math.isfinite(rate_hz) and 0 < rate_hz <= 1000):
        raise OSCError(f"rate_hz={rate_hz!r}: must be in (0, 1000] messages per second")
    n = int(math.floor(duration_s * rate_hz + 1e-9)) + 1
    times = np.arange(n) / float(rate_hz)
    if duration_s - times[-1] > 1e-9:  # end exactly on the last keyframe
        times = np.append(times, float(duration_s))
    pos = params.sample(times / float(duration_s))
    return Frames(
        time_s=times,
        azimuth_deg=np.asarray(pos["azimuth_deg"], dtype=float),
        elevation_deg=np.asarray(pos["elevation_deg"], dtype=float),
        distance_m=np.asarray(pos["distance_m"], dtype=float),
        spread_deg=np.asarray(pos["spread_deg"], dtype=float),
        gain_db=float(params.gain_db),
    )


# -- address schemes ------------------------------------------------------------------------
FrameBuilder = Callable[..., list[list[tuple[str, tuple[Any, ...]]]]]


def _per_frame(frames: Frames, make: Callable[[int], list[tuple[str, tuple[Any, ...]]]]):
    return [make(i) for i in range(len(frames.time_s))]


WIDTH_UNITS = ("normalized", "degrees")
GAIN_UNITS = ("linear", "db")


@dataclass(frozen=True)
class Units:
    """How ADM-OSC values are scaled (see the module doc)."""

    width: str = "normalized"
    gain: str = "linear"
    gain_ceiling_db: float = 0.0

    def check(self) -> None:
        if self.width not in WIDTH_UNITS:
            raise OSCError(f"width_units={self.width!r}: expected one of {', '.join(WIDTH_UNITS)}")
        if self.gain not in GAIN_UNITS:
            raise OSCError(f"gain_units={self.gain!r}: expected one of {', '.join(GAIN_UNITS)}")
        if not (isinstance(self.gain_ceiling_db, (int, float)) and math.isfinite(self.gain_ceiling_db)):
            raise OSCError(f"gain_ceiling_db={self.gain_ceiling_db!r}: must be a number of dB")

    def width_value(self, spread_deg: np.ndarray) -> np.ndarray:
        if self.width == "degrees":
            return np.clip(spread_deg, 0.0, 360.0)
        return np.clip(spread_deg / 360.0, 0.0, 1.0)

    def gain_value(self, gain_db: float) -> float:
        if self.gain == "db":
            return float(gain_db)
        return float(10.0 ** (min(gain_db, self.gain_ceiling_db) / 20.0))


def _adm(frames: Frames, obj: int, max_distance_m: float, az_sign: float, units: Units, *, packed: bool = False):
    dist = np.clip(frames.distance_m / max_distance_m, 0.0, 1.0)
    width = units.width_value(frames.spread_deg)
    gain = units.gain_value(frames.gain_db)
    base = f"/adm/obj/{obj}"
    dmax = [(f"{base}/dmax", (float(max_distance_m),))]

    def make(i: int):
        az, el = az_sign * float(frames.azimuth_deg[i]), float(frames.elevation_deg[i])
        if packed:
            position = [(f"{base}/aed", (az, el, float(dist[i])))]
        else:
            position = [(f"{base}/azim", (az,)), (f"{base}/elev", (el,)), (f"{base}/dist", (float(dist[i]),))]
        return dmax + position + [(f"{base}/w", (float(width[i]),)), (f"{base}/gain", (gain,))]

    return _per_frame(frames, make)


def _spat(frames: Frames, obj: int, max_distance_m: float, az_sign: float, units: Units):
    base = f"/source/{obj}"

    def make(i: int):
        aed = (-az_sign * float(frames.azimuth_deg[i]), float(frames.elevation_deg[i]), float(frames.distance_m[i]))
        return [(f"{base}/aed", aed), (f"{base}/gain", (frames.gain_db,))]

    return _per_frame(frames, make)


def _t2sa(frames: Frames, obj: int, max_distance_m: float, az_sign: float, units: Units):
    base = f"/t2sa/obj/{obj}"

    def make(i: int):
        return [
            (f"{base}/azimuth_deg", (az_sign * float(frames.azimuth_deg[i]),)),
            (f"{base}/elevation_deg", (float(frames.elevation_deg[i]),)),
            (f"{base}/distance_m", (float(frames.distance_m[i]),)),
            (f"{base}/spread_deg", (float(frames.spread_deg[i]),)),
            (f"{base}/gain_db", (frames.gain_db,)),
        ]

    return _per_frame(frames, make)


SCHEMES: dict[str, tuple[str, Callable[..., list]]] = {
    "adm": ("ADM-OSC 1.0: dmax + azim/elev/dist/w/gain, azimuth positive = left, dist 0..1", _adm),
    "adm-aed": ("ADM-OSC 1.0 with dmax + packed aed + w + gain", lambda *a: _adm(*a, packed=True)),
    "spat": ("SPAT Revolution: /source/n/aed (azimuth clockwise, metres) + gain dB", _spat),
    "t2sa": ("t2sa fields and units under /t2sa/obj/n/", _t2sa),
}


def trajectory_messages(
    params: SpatialParams,
    *,
    duration_s: float = 5.0,
    rate_hz: float = 50.0,
    scheme: str = "adm",
    object_id: int = 1,
    max_distance_m: float = 6.0,
    flip_azimuth: bool = False,
    width_units: str = "normalized",
    gain_units: str = "linear",
    gain_ceiling_db: float = 0.0,
) -> list[OSCMessage]:
    """The timed OSC messages that play ``params`` over ``duration_s`` seconds, in send order."""
    if scheme not in SCHEMES:
        raise OSCError(f"scheme={scheme!r}: unknown; expected one of {', '.join(SCHEMES)}")
    if isinstance(object_id, bool) or not isinstance(object_id, (int, np.integer)) or object_id < 1:
        raise OSCError(f"object_id={object_id!r}: ADM-OSC object numbers are integers from 1")
    if not (math.isfinite(max_distance_m) and max_distance_m > 0):
        raise OSCError(f"max_distance_m={max_distance_m!r}: must be a positive number of metres")
    units = Units(width_units, gain_units, gain_ceiling_db)
    units.check()
    frames = sample_frames(params, duration_s, rate_hz)
    az_sign = -1.0 if flip_azimuth else 1.0
    per_frame = SCHEMES[scheme][1](frames, int(object_id), float(max_distance_m), az_sign, units)
    return [
        OSCMessage(float(t), address, tuple(args))
        for t, messages in zip(frames.time_s, per_frame, strict=True)
        for address, args in messages
    ]


def range_notes(
    params: SpatialParams,
    *,
    scheme: str = "adm",
    max_distance_m: float = 6.0,
    gain_units: str = "linear",
    gain_ceiling_db: float = 0.0,
    **_ignored: Any,
) -> list[str]:
    """What an ADM-OSC stream of ``params`` cannot say as asked (clipped distance, clamped gain): one line each.

    Nothing is clipped silently: the CLI prints these, and replay files record them in their header.
    """
    if not scheme.startswith("adm"):
        return []
    notes = []
    far = float(np.max(params.sample(np.linspace(0.0, 1.0, 257))["distance_m"]))
    if far > max_distance_m:
        notes.append(
            f"distance up to {far:g} m is beyond --max-distance {max_distance_m:g} m: sent as dist 1.0 "
            f"(raise --max-distance to keep it)"
        )
    if gain_units == "linear" and params.gain_db > gain_ceiling_db:
        notes.append(
            f"gain {params.gain_db:+g} dB is above the {gain_ceiling_db:+g} dB ceiling: sent as linear "
            f"{10 ** (gain_ceiling_db / 20):.4g} (ADM-OSC receivers take 0..1; --gain-ceiling-db "
            f"{params.gain_db:g} for one that takes more, or --gain-units db)"
        )
    if max_distance_m > 100.0:
        notes.append(
            f"dmax {max_distance_m:g} m: the ADM-OSC reference implementation takes dmax up to 100 m"
        )
    return notes


# -- files ----------------------------------------------------------------------------------
def write_messages(path: str | Path, messages: Sequence[OSCMessage], **meta: Any) -> Path:
    """Write a replay file (JSON Lines, header first); written to a temp name then renamed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {"t2sa_osc": FILE_VERSION, "messages": len(messages), **meta}
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        f.write(json.dumps(header, ensure_ascii=False) + "\n")
        for m in messages:
            f.write(m.to_json() + "\n")
    tmp.replace(path)
    return path


def read_messages(path: str | Path) -> list[OSCMessage]:
    """Read a replay file written by :func:`write_messages` (messages sorted by time, stable)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise OSCError(f"{path}: cannot read OSC replay file ({exc.strerror or exc})") from None
    messages = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise OSCError(f"{path}:{lineno}: not JSON ({exc.msg})") from None
        if lineno == 1 and isinstance(item, dict) and "t2sa_osc" in item:
            if item["t2sa_osc"] != FILE_VERSION:
                raise OSCError(f"{path}: t2sa_osc={item['t2sa_osc']!r}: unsupported file version")
            continue
        if not (isinstance(item, dict) and isinstance(item.get("address"), str) and item["address"].startswith("/")):
            raise OSCError(f"{path}:{lineno}: expected an object with an OSC 'address' starting with '/'")
        t = item.get("t")
        if isinstance(t, bool) or not isinstance(t, (int, float)) or not math.isfinite(t) or t < 0:
            raise OSCError(f"{path}:{lineno}: t={t!r}: must be a time in seconds >= 0")
        args = item.get("args", [])
        if not isinstance(args, list) or not all(isinstance(a, (int, float, str)) for a in args):
            raise OSCError(f"{path}:{lineno}: args={args!r}: must be a list of numbers or strings")
        messages.append(OSCMessage(float(t), item["address"], tuple(args)))
    messages.sort(key=lambda m: m.time_s)
    return messages


# -- sending --------------------------------------------------------------------------------
def encode(messages: Iterable[OSCMessage], *, bundle: bool = False) -> list[tuple[float, list[bytes]]]:
    """Pre-encode datagrams grouped by due time, so the send loop only calls ``sendto``.

    Floats go as float32 ('f'), ints as int32 ('i'), strings as 's'. With ``bundle`` each instant
    is one OSC bundle (timetag 'immediately'), so a receiver applies its values together.
    """
    from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
    from pythonosc.osc_message_builder import OscMessageBuilder

    def build(m: OSCMessage):
        builder = OscMessageBuilder(address=m.address)
        for a in m.args:
            tag = (
                "s"
                if isinstance(a, str)
                else "i"
                if isinstance(a, (int, np.integer)) and not isinstance(a, bool)
                else "f"
            )
            builder.add_arg(a if tag != "f" else float(a), tag)
        return builder.build()

    groups = []
    for t, group in groupby(messages, key=lambda m: m.time_s):
        built = [build(m) for m in group]
        if bundle:
            b = OscBundleBuilder(IMMEDIATELY)
            for msg in built:
                b.add_content(msg)
            groups.append((t, [b.build().dgram]))
        else:
            groups.append((t, [msg.dgram for msg in built]))
    return groups


@dataclass(frozen=True)
class StreamReport:
    """How well the stream kept time: lateness = actual send time - deadline (seconds)."""

    messages: int
    datagrams: int
    instants: int
    duration_s: float
    lateness_mean_s: float
    lateness_max_s: float
    lateness_p99_s: float

    def summary(self) -> str:
        packets = f" in {self.datagrams} bundles" if self.datagrams != self.messages else ""
        return (
            f"sent {self.messages} messages{packets} at {self.instants} instants over {self.duration_s:.3f} s; "
            f"lateness mean {self.lateness_mean_s * 1e3:.3f} ms, p99 {self.lateness_p99_s * 1e3:.3f} ms, "
            f"max {self.lateness_max_s * 1e3:.3f} ms"
        )


def stream(
    messages: Sequence[OSCMessage],
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    *,
    bundle: bool = False,
    spin_s: float = 0.002,
    clock: Callable[[], float] = time.perf_counter,
    sleep: Callable[[float], None] = time.sleep,
) -> StreamReport:
    """Send ``messages`` over UDP, each at ``start + time_s``.

    Deadlines are absolute (start + offset), never "previous send + period", so errors do not
    accumulate. The loop sleeps until ``spin_s`` before a deadline (OS sleeps overshoot by up to a
    millisecond or so) and busy-waits the rest, which keeps send jitter well under a millisecond.
    ``clock`` and ``sleep`` are the time source (tests pass a simulated one).
    """
    if not isinstance(port, int) or not 0 < port < 65536:
        raise OSCError(f"port={port!r}: must be an integer 1..65535")
    try:
        family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
    except socket.gaierror as exc:
        raise OSCError(f"host={host!r}: cannot resolve ({exc.strerror})") from None
    groups = encode(messages, bundle=bundle)
    n_messages = len(messages)
    lateness = np.zeros(len(groups))
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        start = clock() + 0.01  # a little lead so the first deadline is not already past
        for k, (t, datagrams) in enumerate(groups):
            deadline = start + t
            remaining = deadline - clock()
            if remaining > spin_s:
                sleep(remaining - spin_s)
            while clock() < deadline:
                sleep(0)  # spin, but let other threads (a GUI, a receiver) have the GIL
            lateness[k] = clock() - deadline
            for dgram in datagrams:
                try:
                    sock.sendto(dgram, address)
                except OSError as exc:
                    raise OSCError(f"sending to {host}:{port} failed: {exc.strerror or exc}") from None
        elapsed = clock() - start
    return StreamReport(
        messages=n_messages,
        datagrams=sum(len(d) for _, d in groups),
        instants=len(groups),
        duration_s=float(elapsed),
        lateness_mean_s=float(lateness.mean()) if len(lateness) else 0.0,
        lateness_max_s=float(lateness.max()) if len(lateness) else 0.0,
        lateness_p99_s=float(np.percentile(lateness, 99)) if len(lateness) else 0.0,
    )


# -- batch rows -----------------------------------------------------------------------------
def write_row_files(
    rows: Iterable[dict[str, Any]],
    out_dir: str | Path,
    *,
    default_duration_s: float = 5.0,
    **options: Any,
) -> list[Path]:
    """Write one replay file per row (``{id}.osc.jsonl``), timed by the row's ``duration_s``.

    Rows whose ``status`` is ``error`` are skipped; a row id appears once even when the results
    hold it for several formats/HRTFs (the trajectory does not depend on them).
    """
    from t2sa.resolve import params_from_row

    out_dir = Path(out_dir)
    written: list[Path] = []
    seen: set[str] = set()
    for row in rows:
        if row.get("status", "ok") != "ok":
            continue
        row_id = str(row.get("id"))
        if row_id in seen:
            continue
        seen.add(row_id)
        duration = row.get("duration_s") or default_duration_s

        params = params_from_row(row)
        msgs = trajectory_messages(params, duration_s=float(duration), **options)
        notes = range_notes(params, **options)
        written.append(
            write_messages(
                out_dir / f"{file_stem(row_id)}.osc.jsonl",
                msgs,
                id=row_id,
                text=row.get("text"),
                duration_s=duration,
                **options,
                **({"notes": notes} if notes else {}),
            )
        )
    return written
