"""Scenes with several sources, and SELD datasets.

* :mod:`t2sa.scene.model`: :class:`Scene`, :class:`Event`, :class:`Room`, :class:`Background`; validation
  (:class:`SceneError`, a :class:`t2sa.errors.FieldError` naming scene, event, field and value); JSON.
* :mod:`t2sa.scene.mix`: :func:`render_scene` / :func:`render_scene_to_file` (any format, one shared room
  tail, block-wise in bounded memory, deterministic).
* :mod:`t2sa.scene.parse`: :func:`split_scene_text`, :func:`scene_from_text` (sources and timing from text).
* :mod:`t2sa.scene.labels`: DCASE SELD metadata (100 ms frames) writer and reader.
* :mod:`t2sa.scene.bank`: sound banks (folder per class, or generated sounds).
* :mod:`t2sa.scene.seld`: SELD dataset jobs (:func:`load_job`, :func:`run_dataset`); :mod:`t2sa.scene.card`.
* :mod:`t2sa.scene.check`: are the labels true? (direction from the FOA intensity, onsets, offsets).
* :mod:`t2sa.scene.plot`: :func:`plot_scene` and the dataset card's figures.
"""

from __future__ import annotations

from t2sa.scene.mix import SceneFile, ScenePlan, render_scene, render_scene_to_file
from t2sa.scene.model import Background, Event, Room, Scene, SceneError, load_scene, scene_from_dict, scene_to_dict

__all__ = [
    "Background",
    "Event",
    "Room",
    "Scene",
    "SceneError",
    "SceneFile",
    "ScenePlan",
    "load_scene",
    "render_scene",
    "render_scene_to_file",
    "scene_from_dict",
    "scene_to_dict",
]
