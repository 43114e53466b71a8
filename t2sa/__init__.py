"""t2sa: text to spatial audio.

Data flows one way: text -> :class:`SpatialParams` -> :func:`render` -> audio -> files -> result rows.
Heavy parts (torch, Ray) are imported only when used, so ``import t2sa`` stays fast.
"""

from __future__ import annotations

from typing import Any

from t2sa.errors import AudioError, HRTFError, ModelError, RenderError, T2SAError
from t2sa.params import Keyframe, ParamError, SpatialParams

__version__ = "0.1.0"

__all__ = [
    "AudioError",
    "HRTFError",
    "Keyframe",
    "ModelError",
    "ParamError",
    "RenderError",
    "SpatialParams",
    "T2SAError",
    "TextToSpatial",
    "render",
]


def __getattr__(name: str) -> Any:
    if name == "render":
        # the package, which is callable as render(): once a submodule such as t2sa.render.hrtf is
        # imported, Python binds t2sa.render to the package anyway, so this name means one thing always
        import t2sa.render

        return t2sa.render
    if name == "TextToSpatial":
        from t2sa.text import TextToSpatial

        return TextToSpatial
    raise AttributeError(f"module 't2sa' has no attribute {name!r}")
