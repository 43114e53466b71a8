"""The one registry of output formats: everything t2sa knows about a format lives in its :class:`Format`.

Every module asks this registry (channel count, whether an HRTF applies, Ambisonic order, which channels
loudness and metrics read, whether a browser can play it, how the renderer builds its source) instead of
testing format names. Adding a format means one entry here plus the module that computes its gains or
filters, and a class for it in :mod:`t2sa.render.sources` (see CONTRIBUTING.md).

Formats:

* ``binaural``: two ears (channel 0 = left), HRIR convolution; the only format that takes an HRTF.
* ``stereo``: two loudspeakers at +-30 deg, constant-power panning.
* ``foa`` / ``hoa2`` / ``hoa3``: AmbiX (ACN order, SN3D) of order 1, 2, 3.
* ``5.1``: ITU-R BS.775 loudspeakers, channel order (ITU/SMPTE) ``L R C LFE Ls Rs`` at azimuths
  30, -30, 0, -, 110, -110 deg on the horizon.
* ``7.1.4``: ITU-R BS.2051 system J, order ``L R C LFE Ls Rs Lrs Rrs Ltf Rtf Ltr Rtr``: L/R +-30, C 0,
  side surrounds Ls/Rs +-90, rear surrounds Lrs/Rrs +-135 on the horizon, top front Ltf/Rtf +-45 and
  top rear Ltr/Rtr +-135 at elevation 45 deg.
* ``layout:FILE``: any loudspeaker layout described in a small JSON or CSV file (see
  :func:`read_layout`); channel order = the file's order.

Loudspeaker formats are panned by VBAP (:mod:`t2sa.render.loudspeakers`); the LFE channel is part of
the file layout but receives no signal (no bass management: object panning feeds full-range speakers).
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import RenderError

LAYOUT_PREFIX = "layout:"
"""``layout:FILE`` names a loudspeaker layout read from FILE (JSON or CSV)."""

MAX_SPEAKERS = 64


@dataclass(frozen=True)
class Speaker:
    """One loudspeaker of a layout: label, direction (t2sa convention: azimuth +90 = left), LFE or not."""

    label: str
    azimuth_deg: float = 0.0
    elevation_deg: float = 0.0
    lfe: bool = False


@dataclass(frozen=True)
class Format:
    """What an output format is and how every stage treats it."""

    name: str
    channels: int
    description: str
    uses_hrtf: bool = False
    ambisonic_order: int | None = None
    web_playable: bool = False
    """Two-channel audio a browser plays as is (listening-test pages)."""
    interaural_metrics: bool = False
    """ITD and IACC apply (the two channels are ears)."""
    level_difference_metric: bool = False
    """An ILD between channels 0 and 1 means something (ears or a left/right pair)."""
    source: str = ""
    """Name of the class in :mod:`t2sa.render.sources` that computes this format's gains or filters
    (named, not imported, so the registry stays below the renderer in the import order)."""
    speakers: tuple[Speaker, ...] = ()
    """Loudspeaker layouts: one :class:`Speaker` per output channel, in channel order."""

    @property
    def is_ambisonic(self) -> bool:
        return self.ambisonic_order is not None

    @property
    def is_loudspeaker_layout(self) -> bool:
        return bool(self.speakers)

    @property
    def slug(self) -> str:
        """A file-name-safe label for output folders: the name, or ``layout-<file stem>`` for a layout file."""
        if not self.name.startswith(LAYOUT_PREFIX):
            return self.name
        stem = Path(self.name[len(LAYOUT_PREFIX) :]).stem
        return "layout-" + ("".join(c if c.isalnum() or c in "._-" else "_" for c in stem).strip("._") or "file")

    @property
    def channel_labels(self) -> tuple[str, ...]:
        """Channel names: speaker labels, ``L R`` for two-channel formats, ``ACN0..`` for Ambisonics."""
        if self.speakers:
            return tuple(s.label for s in self.speakers)
        if self.is_ambisonic:
            return tuple(f"ACN{i}" for i in range(self.channels))
        return ("L", "R")[: self.channels]

    def loudness_channels(self, audio: np.ndarray) -> np.ndarray:
        """The channels BS.1770 loudness is measured on: W for Ambisonics, the two channels of binaural and
        stereo. Loudspeaker layouts: one channel carrying the summed power of every non-LFE speaker,
        ``sign(x_d) * sqrt(sum_c x_c^2)`` with ``d`` the loudest channel (exact for a panned source, whose
        channels are scaled copies of one signal; the loudness meter takes at most three channels)."""
        if self.is_ambisonic:
            return audio[0]
        if not self.speakers:
            return audio[:2]
        full = [i for i, s in enumerate(self.speakers) if not s.lfe]
        x = np.asarray(audio, dtype=np.float64)[full]
        loudest = int(np.argmax(np.sum(x * x, axis=-1)))
        return np.copysign(np.sqrt(np.sum(x * x, axis=0)), x[loudest])


def _ambisonic(order: int, name: str) -> Format:
    return Format(
        name,
        (order + 1) ** 2,
        f"Ambisonics order {order}, AmbiX (ACN, SN3D)",
        ambisonic_order=order,
        source="AmbisonicSource",
    )


def _layout_format(name: str, speakers: tuple[Speaker, ...], description: str) -> Format:
    return Format(name, len(speakers), description, source="LoudspeakerSource", speakers=speakers)


def _speakers(*rows: tuple[str, float, float]) -> tuple[Speaker, ...]:
    return tuple(Speaker(label, az, el, lfe=label == "LFE") for label, az, el in rows)


ITU_5_1 = _speakers(("L", 30, 0), ("R", -30, 0), ("C", 0, 0), ("LFE", 0, 0), ("Ls", 110, 0), ("Rs", -110, 0))
ITU_7_1_4 = _speakers(
    ("L", 30, 0), ("R", -30, 0), ("C", 0, 0), ("LFE", 0, 0), ("Ls", 90, 0), ("Rs", -90, 0),
    ("Lrs", 135, 0), ("Rrs", -135, 0), ("Ltf", 45, 45), ("Rtf", -45, 45), ("Ltr", 135, 45), ("Rtr", -135, 45),
)

_REGISTRY: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "binaural",
            2,
            "two ears through an HRTF (channel 0 = left ear)",
            uses_hrtf=True,
            web_playable=True,
            interaural_metrics=True,
            level_difference_metric=True,
            source="BinauralSource",
        ),
        Format(
            "stereo",
            2,
            "two loudspeakers at +-30 deg, constant-power panning",
            web_playable=True,
            level_difference_metric=True,
            source="StereoSource",
        ),
        _ambisonic(1, "foa"),
        _ambisonic(2, "hoa2"),
        _ambisonic(3, "hoa3"),
        _layout_format("5.1", ITU_5_1, "ITU-R BS.775 5.1 loudspeakers (L R C LFE Ls Rs), VBAP"),
        _layout_format(
            "7.1.4", ITU_7_1_4, "ITU-R BS.2051 7.1.4 loudspeakers (L R C LFE Ls Rs Lrs Rrs Ltf Rtf Ltr Rtr), VBAP"
        ),
    )
}

FORMATS: tuple[str, ...] = tuple(_REGISTRY)
"""Names of every output format, in the order help texts list them."""


def get_format(name: Any) -> Format:
    """The :class:`Format` called ``name``; an unknown name raises :class:`RenderError` listing the known ones.

    ``layout:FILE`` builds a loudspeaker format from FILE (:func:`read_layout`; cached while the file is
    unchanged); its name is the string as given.
    """
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        pass
    if isinstance(name, str) and name.startswith(LAYOUT_PREFIX):
        path = name[len(LAYOUT_PREFIX) :]
        speakers = read_layout(path)
        return _layout_format(name, speakers, f"loudspeaker layout from '{path}' ({len(speakers)} channels), VBAP")
    raise RenderError(
        f"format={name!r}: unknown; expected one of {', '.join(FORMATS)} or {LAYOUT_PREFIX}FILE (a layout file)"
    ) from None


def is_format(name: Any) -> bool:
    """Whether ``name`` is a format :func:`get_format` can build (a ``layout:`` file is read to check it)."""
    try:
        get_format(name)
    except RenderError:
        return False
    return True


# -- loudspeaker layout files ---------------------------------------------------------------------
def read_layout(path: str | os.PathLike) -> tuple[Speaker, ...]:
    """Loudspeakers from a layout file, in channel order. Raises :class:`RenderError` naming the file,
    the speaker and the field for anything unusable.

    JSON (``.json``): ``{"speakers": [{"label": "L", "azimuth_deg": 30, "elevation_deg": 0}, ...,
    {"label": "LFE", "lfe": true}]}`` (or just the list). CSV (any other name): a header line with
    ``label,azimuth_deg,elevation_deg`` and optionally ``lfe`` (1/0, true/false, yes/no), one row per
    speaker. ``elevation_deg`` defaults to 0; ``label`` to ``S1, S2, ...``; an LFE speaker needs no
    direction. Conventions as everywhere in t2sa: azimuth +90 = left, elevation +90 = up.
    """
    p = Path(os.fspath(path)).expanduser()
    try:
        st = p.resolve().stat()
    except OSError:
        raise RenderError(f"layout file '{path}': file not found") from None
    return _read_layout_cached(str(p.resolve()), st.st_mtime_ns, st.st_size, str(path))


@lru_cache(maxsize=32)
def _read_layout_cached(resolved: str, mtime_ns: int, size: int, shown: str) -> tuple[Speaker, ...]:
    try:
        text = Path(resolved).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RenderError(f"layout file '{shown}': cannot read it ({exc})") from None
    if resolved.lower().endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RenderError(f"layout file '{shown}': not valid JSON ({exc.msg} at char {exc.pos})") from None
        rows = data.get("speakers") if isinstance(data, dict) else data
        if not isinstance(rows, list):
            raise RenderError(f"layout file '{shown}': expected a list of speakers or {{\"speakers\": [...]}}")
    else:
        reader = csv.DictReader(io.StringIO(text), skipinitialspace=True)
        if not reader.fieldnames or "azimuth_deg" not in [f.strip() for f in reader.fieldnames]:
            raise RenderError(f"layout file '{shown}': CSV needs a header line with label,azimuth_deg,elevation_deg[,lfe]")
        rows = [{k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in r.items() if k} for r in reader]
        rows = [{k: v for k, v in r.items() if v not in ("", None)} for r in rows]
    return _check_speakers(rows, shown)


_TRUE = {"1", "true", "yes", "y"}
_FALSE = {"0", "false", "no", "n", ""}


def _check_speakers(rows: list[Any], shown: str) -> tuple[Speaker, ...]:
    speakers: list[Speaker] = []
    for i, row in enumerate(rows):
        where = f"layout file '{shown}': speaker {i + 1}"
        if not isinstance(row, dict):
            raise RenderError(f"{where}: expected an object with label, azimuth_deg, elevation_deg, lfe")
        unknown = sorted(set(row) - {"label", "azimuth_deg", "elevation_deg", "lfe"})
        if unknown:
            raise RenderError(f"{where}: unknown field {unknown[0]!r} (known: label, azimuth_deg, elevation_deg, lfe)")
        lfe = row.get("lfe", False)
        if isinstance(lfe, str) and lfe.lower() in _TRUE | _FALSE:
            lfe = lfe.lower() in _TRUE
        if not isinstance(lfe, bool):
            raise RenderError(f"{where}: lfe={lfe!r}: expected true or false")
        label = str(row.get("label", f"S{i + 1}")).strip() or f"S{i + 1}"
        if not lfe and "azimuth_deg" not in row:
            raise RenderError(f"{where} ({label}): azimuth_deg missing")
        values = []
        for key, lo, hi in (("azimuth_deg", -360.0, 360.0), ("elevation_deg", -90.0, 90.0)):
            raw = row.get(key, 0.0)
            try:
                value = float(raw)
            except (TypeError, ValueError):
                raise RenderError(f"{where} ({label}): {key}={raw!r}: not a number") from None
            if isinstance(raw, bool) or not math.isfinite(value) or not lo <= value <= hi:
                raise RenderError(f"{where} ({label}): {key}={raw!r}: must be a number in [{lo:g}, {hi:g}]")
            values.append(value)
        az = 180.0 - (180.0 - values[0]) % 360.0
        speakers.append(Speaker(label, az, values[1], lfe))
    labels = [s.label for s in speakers]
    dup = next((lab for lab in labels if labels.count(lab) > 1), None)
    if dup is not None:
        raise RenderError(f"layout file '{shown}': label {dup!r} is used twice")
    full = [s for s in speakers if not s.lfe]
    if len(full) < 2 or len(speakers) > MAX_SPEAKERS:
        raise RenderError(
            f"layout file '{shown}': {len(full)} full-range speakers and {len(speakers)} in all; "
            f"need at least 2 full-range and at most {MAX_SPEAKERS}"
        )
    vec = np.array([_unit(s.azimuth_deg, s.elevation_deg) for s in full])
    close = np.argwhere(np.triu(vec @ vec.T, 1) > math.cos(math.radians(1.0)))
    if len(close):
        a, b = close[0]
        raise RenderError(f"layout file '{shown}': speakers {full[a].label!r} and {full[b].label!r} are less than 1 deg apart")
    return tuple(speakers)


def _unit(az: float, el: float) -> tuple[float, float, float]:
    a, e = math.radians(az), math.radians(el)
    return (math.cos(e) * math.cos(a), math.cos(e) * math.sin(a), math.sin(e))


def web_formats() -> tuple[str, ...]:
    """Formats a listening-test page can play as they are."""
    return tuple(f.name for f in _REGISTRY.values() if f.web_playable)


def hrtf_formats() -> tuple[str, ...]:
    """Formats rendered through an HRTF."""
    return tuple(f.name for f in _REGISTRY.values() if f.uses_hrtf)
