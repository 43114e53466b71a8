"""Deterministic spatial renderer: mono audio + :class:`~t2sa.params.SpatialParams` -> channels.

``render(signal, sample_rate, params, format="binaural", hrtf=None, *, seed=0, on_clip="normalize",
options=None) -> Rendered`` (unpacks as ``audio, sample_rate``). Long clips: ``render_to_file(source,
out_path, sample_rate, params, format, hrtf, *, seed, on_clip, options, subtype, chunk_s)`` renders and
writes block by block in bounded memory (same samples); ``render_stream(...)`` yields the blocks.
Formats: ``binaural`` (HRIR convolution, channel 0 = left ear), ``stereo`` (constant-power panning),
``foa`` / ``hoa2`` / ``hoa3`` (AmbiX: ACN, SN3D), loudspeakers ``5.1``, ``7.1.4``, ``layout:FILE`` (VBAP).

Where each behaviour is documented:

* output length, clipping, determinism: :mod:`t2sa.render.core`
* streaming (bounded memory, bit-identical blocks, clipping policy on files): :mod:`t2sa.render.stream`
* distance level, air absorption, near field: :mod:`t2sa.render.distance`
* moving sources (crossfaded filter updates): :mod:`t2sa.render.engine`
* propagation delay and Doppler of moving sources: :mod:`t2sa.render.propagation`
* occlusion (mass-law transmission filter): :mod:`t2sa.render.occlusion`
* loudspeaker layouts (5.1, 7.1.4, layout:FILE; VBAP): :mod:`t2sa.render.loudspeakers`
* spread: :mod:`t2sa.render.spread`
* reverb mapping (wet, drr_db, rt60_s): :mod:`t2sa.render.room`
* stereo behind/above, ITD: :mod:`t2sa.render.stereo`
* Ambisonic conventions: :mod:`t2sa.render.ambisonics`
* HRTFs (SOFA, interpolation, built-in head model): :mod:`t2sa.render.hrtf`

Importing this package is cheap (numpy/scipy only); SOFA support loads on first binaural render.

The package itself is callable, ``t2sa.render(...)`` = :func:`render`: once any submodule is imported
(``t2sa.render.hrtf``), Python binds the name ``t2sa.render`` to this package, so ``from t2sa import
render`` gives the package whatever was imported before; calling it must then render.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from t2sa.formats import FORMATS
from t2sa.render.core import ON_CLIP, Rendered, RenderOptions, render
from t2sa.render.stream import RenderedFile, RenderStream, render_stream, render_to_file


class _CallablePackage(types.ModuleType):
    """This package's module type: calling it calls :func:`t2sa.render.core.render`."""

    def __call__(self, *args: Any, **kwargs: Any) -> Rendered:
        return render(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage

__all__ = [
    "FORMATS",
    "ON_CLIP",
    "RenderOptions",
    "RenderStream",
    "Rendered",
    "RenderedFile",
    "render",
    "render_stream",
    "render_to_file",
]
