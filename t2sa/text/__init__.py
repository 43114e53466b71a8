"""Text -> spatial parameters (English and Korean).

``TextToSpatial.load()`` loads the shipped model (offline); ``.predict(texts)`` returns one
:class:`~t2sa.params.SpatialParams` per text. torch and sentence-transformers are imported only when a
model is loaded, so ``import t2sa.text`` stays light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TextToSpatial", "parse_cues"]


def __getattr__(name: str) -> Any:
    if name == "TextToSpatial":
        from t2sa.text.predictor import TextToSpatial

        return TextToSpatial
    if name == "parse_cues":
        from t2sa.text.cues import parse

        return parse
    raise AttributeError(f"module 't2sa.text' has no attribute {name!r}")
