"""The one registry of output formats: everything t2sa knows about a format lives in its :class:`Format`.

Every module asks this registry (channel count, whether an HRTF applies, Ambisonic order, which channels
loudness and metrics read, whether a browser can play it, how the renderer builds its source) instead of
testing format names. Adding a format means one entry here plus the module that computes its gains or
filters, and a class for it in :mod:`t2sa.render.sources` (see CONTRIBUTING.md).

Formats:

* ``binaural``: two ears (channel 0 = left), HRIR convolution; the only format that takes an HRTF.
* ``stereo``: two loudspeakers at +-30 deg, constant-power panning.
* ``foa`` / ``hoa2`` / ``hoa3``: AmbiX (ACN order, SN3D) of order 1, 2, 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from t2sa.errors import RenderError


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

    @property
    def is_ambisonic(self) -> bool:
        return self.ambisonic_order is not None

    def loudness_channels(self, audio: np.ndarray) -> np.ndarray:
        """The channels BS.1770 loudness is measured on: W for Ambisonics, the two channels otherwise."""
        return audio[0] if self.is_ambisonic else audio[:2]


def _ambisonic(order: int, name: str) -> Format:
    return Format(
        name,
        (order + 1) ** 2,
        f"Ambisonics order {order}, AmbiX (ACN, SN3D)",
        ambisonic_order=order,
        source="AmbisonicSource",
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
    )
}

FORMATS: tuple[str, ...] = tuple(_REGISTRY)
"""Names of every output format, in the order help texts list them."""


def get_format(name: Any) -> Format:
    """The :class:`Format` called ``name``; an unknown name raises :class:`RenderError` listing the known ones."""
    try:
        return _REGISTRY[name]
    except (KeyError, TypeError):
        raise RenderError(f"format={name!r}: unknown; expected one of {', '.join(FORMATS)}") from None


def web_formats() -> tuple[str, ...]:
    """Formats a listening-test page can play as they are."""
    return tuple(f.name for f in _REGISTRY.values() if f.web_playable)


def hrtf_formats() -> tuple[str, ...]:
    """Formats rendered through an HRTF."""
    return tuple(f.name for f in _REGISTRY.values() if f.uses_hrtf)
