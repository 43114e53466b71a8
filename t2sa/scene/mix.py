"""Rendering a scene: every event's direct sound placed at its onset, one shared room tail, one background.

Signal path (why it is cheaper than rendering each event with its own reverb): each event's fitted sound
(:func:`fitted_sound`), times ``10**((params.gain_db + event.gain_db) / 20)``, is rendered *dry* by the
ordinary renderer (:func:`t2sa.render.core.plan_render` with ``wet = 0``: HRTF or Ambisonic encoding,
distance, air absorption, spread, motion) and delayed to its onset. The room is **one** tail: the sum of
the gained event sounds convolved once with the room's decorrelated reverb IRs (:func:`t2sa.render.room.
reverb_irs`, seeded by the scene, scaled by the format's diffuse-field levels and ``wet * 10**(-drr_db/20)``),
which is what rendering every event alone with the same room and seed and adding them gives (up to float
rounding: see the tests). Early reflections are not rendered in scenes.

Background: a diffuse field made of one independent signal per channel (seeded white noise, coloured pink
or brown by a zero-phase FIR; or the background sound looped from a different seeded offset per channel) at
the format's diffuse-field levels (binaural: two signals mixed to the diffuse-field interaural coherence),
scaled so channel 0 (or the first channel a diffuse field reaches, not an LFE) has the stated RMS.

Memory is bounded: the output is produced in blocks (``chunk_s``); an event's sound is loaded when the
output or the tail first needs it and dropped when both are past it; the noise is generated per block.
The output has exactly ``scene.duration_s`` seconds; tails reaching past the end are cut. Same scene, same
bytes, whatever ``chunk_s`` (every stage adds into the timeline on a grid that does not depend on the
window, see :mod:`t2sa.render.engine`). Clipping follows :func:`t2sa.render.render`'s policy (never silent).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import RenderError
from t2sa.formats import get_format
from t2sa.render import Rendered, RenderOptions, engine, room
from t2sa.render.core import NORMALIZED_PEAK_DBFS, apply_clip_policy, clip_error, plan_render
from t2sa.scene.bank import load_sound
from t2sa.scene.model import Scene, SceneError

DEFAULT_CHUNK_S = 5.0
FADE_S = 0.010
NOISE_BLOCK = 1 << 16
ON_CLIP = ("normalize", "error", "keep")


# -- event sounds ------------------------------------------------------------------------------------
def fit_sound(x: np.ndarray, sample_rate: int, duration_s: float | None, fit: str) -> np.ndarray:
    """``x`` fitted to ``duration_s`` (None: as is): ``trim`` cuts with a 10 ms fade (a shorter sound keeps
    its length), ``loop`` repeats it with 10 ms crossfades and cuts the last repeat with a fade."""
    if duration_s is None:
        return x
    target = max(1, int(round(duration_s * sample_rate)))
    fade = int(FADE_S * sample_rate)
    if fit == "loop" and x.size < target:
        xf = min(fade, x.size // 4)
        step = x.size - xf
        out = np.zeros(target + x.size, dtype=np.float32)
        up = (0.5 * (1.0 - np.cos(np.pi * (np.arange(xf) + 0.5) / xf))).astype(np.float32) if xf else None
        piece = x.astype(np.float32, copy=True)
        if xf:
            piece[:xf] *= up
            piece[-xf:] *= up[::-1]
        first = piece.copy()
        if xf:
            first[:xf] = x[:xf]  # the very start is not faded in
        out[: x.size] += first
        for pos in range(step, target, step):
            out[pos:pos + x.size] += piece
        x = out
    if x.size > target:
        x = x[:target].astype(np.float32, copy=True)
        f = min(fade, target // 2)
        if f:
            x[-f:] *= (0.5 * (1.0 + np.cos(np.pi * (np.arange(f) + 1) / f))).astype(np.float32)
    return x


def fitted_sound(scene: Scene, index: int) -> np.ndarray:
    """Event ``index``'s sound as it plays in the scene (float32, before its gain): loaded at the scene rate,
    fitted to its duration, scaled to its ``level_dbfs`` and cut at the scene's end (may be empty)."""
    ev = scene.events[index]
    sr = scene.sample_rate
    try:
        x = load_sound(ev.sound, sr)
    except Exception as exc:  # AudioError, FieldError: say which event
        from t2sa.errors import describe

        raise SceneError(scene.name, "sound", ev.sound if not isinstance(ev.sound, np.ndarray) else "array",
                         describe(exc), event=index, event_label=ev.label) from None
    x = fit_sound(np.asarray(x, dtype=np.float32), sr, ev.duration_s, ev.fit)
    if ev.level_dbfs is not None:
        rms = float(np.sqrt(np.mean(np.square(x, dtype=np.float64)))) if x.size else 0.0
        if rms > 0:
            x = x * np.float32(10.0 ** (ev.level_dbfs / 20.0) / rms)
    room_left = scene.n_samples - onset_sample(scene, index)
    return x[: max(room_left, 0)]


def onset_sample(scene: Scene, index: int) -> int:
    return int(round(scene.events[index].onset_s * scene.sample_rate))


def event_gain_db(scene: Scene, index: int) -> float:
    ev = scene.events[index]
    return float(ev.params.gain_db + ev.gain_db)


def direct_params(scene: Scene, index: int):
    """The params event ``index`` is rendered with: its own, dry (the scene's room makes the one tail), no gain
    (applied to the sound first, exactly as :func:`t2sa.render.render` applies ``gain_db``)."""
    return scene.events[index].params.with_overrides(wet=0.0, gain_db=0.0)


class _Signals:
    """Gained event sounds, loaded on first use and forgotten once the direct render and the tail hold or
    have passed them (so memory follows the events that are playing, not the scene)."""

    def __init__(self, scene: Scene):
        self.scene = scene
        self.cache: dict[int, np.ndarray] = {}
        self.users: dict[int, int] = {}

    def get(self, i: int) -> np.ndarray:
        x = self.cache.get(i)
        if x is None:
            x = fitted_sound(self.scene, i)
            gain = event_gain_db(self.scene, i)
            if gain != 0.0:
                x = x * np.float32(10.0 ** (gain / 20.0))
            self.cache[i] = x
            self.users[i] = 0
        return x

    def done(self, i: int, users: int) -> None:
        """One of ``users`` consumers is done with sound ``i``."""
        self.users[i] = self.users.get(i, 0) + 1
        if self.users[i] >= users:
            self.cache.pop(i, None)


class _MixInput(engine.Signal):
    """The sum of the gained event sounds at their onsets: the input of the shared room tail (read in order)."""

    def __init__(self, signals: _Signals, order: list[int], onsets: dict[int, int], n: int, users: int):
        self.signals, self.order, self.onsets, self.n, self.amp, self.users = signals, order, onsets, n, None, users
        self.reset()

    def reset(self) -> None:
        self._next, self._live = 0, []

    def read(self, lo: int, hi: int) -> np.ndarray:
        out = np.zeros(hi - lo, dtype=np.float32)
        while self._next < len(self.order) and self.onsets[self.order[self._next]] < hi:
            self._live.append(self.order[self._next])
            self._next += 1
        keep = []
        for i in self._live:
            x, a = self.signals.get(i), self.onsets[i]
            s, e = max(lo, a), min(hi, a + x.size, self.n)
            if e > s:
                out[s - lo:e - lo] += x[s - a:e - a]
            if a + x.size > hi:
                keep.append(i)
            else:
                self.signals.done(i, self.users)
        self._live = keep
        return out


class _NoiseInput(engine.Signal):
    """Unit-variance white noise, generated per fixed block from (seed, block): any read gives the same values."""

    def __init__(self, n: int, seed: int):
        self.n, self.seed, self.amp = n, seed, None
        self._cache: dict[int, np.ndarray] = {}

    def _block(self, b: int) -> np.ndarray:
        x = self._cache.get(b)
        if x is None:
            x = np.random.default_rng([self.seed, 0x6E6F, b]).standard_normal(NOISE_BLOCK, dtype=np.float32)
            self._cache = {k: v for k, v in self._cache.items() if k == b - 1}  # reads go forward: keep one behind
            self._cache[b] = x
        return x

    def read(self, lo: int, hi: int) -> np.ndarray:
        out = np.zeros(hi - lo, dtype=np.float32)
        a, e = max(lo, 0), min(hi, self.n)
        pos = a
        while pos < e:
            b, off = divmod(pos, NOISE_BLOCK)
            take = min(NOISE_BLOCK - off, e - pos)
            out[pos - lo:pos - lo + take] = self._block(b)[off:off + take]
            pos += take
        return out

    def reset(self) -> None:
        pass


class _LoopInput(engine.Signal):
    """A sound repeated over the scene from a seeded offset (a background recording)."""

    def __init__(self, x: np.ndarray, n: int, offset: int):
        self.x, self.n, self.offset, self.amp = x, n, offset, None

    def read(self, lo: int, hi: int) -> np.ndarray:
        out = np.zeros(hi - lo, dtype=np.float32)
        a, e = max(lo, 0), min(hi, self.n)
        if e > a:
            out[a - lo:e - lo] = np.take(self.x, np.arange(a, e) + self.offset, mode="wrap")
        return out


# -- the plan ----------------------------------------------------------------------------------------
@dataclass
class _Active:
    index: int
    stages: list[engine.Stage]
    end: int


class ScenePlan:
    """A scene ready to render block by block (:meth:`blocks`); iterating again starts over."""

    def __init__(self, scene: Scene, format: str = "foa", hrtf: Any = None, options: RenderOptions | None = None):
        self.scene = scene
        self.fmt = get_format(format)
        self.format = self.fmt.name
        self.options = options or RenderOptions()
        self.sample_rate = scene.sample_rate
        self.n_channels = self.fmt.channels
        self.n_samples = scene.n_samples
        self.hrtf = None
        if self.fmt.uses_hrtf:
            from t2sa.render.hrtf import load_hrtf

            self.hrtf = load_hrtf(hrtf, scene.sample_rate)
        self.order = sorted(range(len(scene.events)), key=lambda i: (scene.events[i].onset_s, i))
        self.onsets = {i: onset_sample(scene, i) for i in self.order}
        self._shared_irs = self._room_irs()
        self._background = self._background_parts()

    # shared stages -----------------------------------------------------------------------------------
    def _levels(self) -> np.ndarray:
        from t2sa.render.sources import source_class

        return np.asarray(source_class(self.fmt).diffuse_levels(self.fmt), dtype=float)

    def _room_irs(self) -> np.ndarray | None:
        r = self.scene.room
        if r.wet <= 0.0 or not self.order:
            return None
        irs = room.reverb_irs(self.n_channels, r.rt60_s, self.sample_rate, self.scene.room_seed,
                              hf_damping=float(self.options.reverb_hf_damping),
                              binaural_coherence=self.fmt.interaural_metrics and self.options.binaural_reverb_coherence)
        irs *= (self._levels() * room.send_gain(r.wet, r.drr_db))[:, None]
        return irs

    def _background_parts(self) -> list[tuple[tuple[Any, ...], np.ndarray, tuple[int, ...]]]:
        """(input, filters (m, L), output channels) per independent background signal (see module doc)."""
        bg = self.scene.background
        if bg is None:
            return []
        sr, seed, n_ch = self.sample_rate, self.scene.background_seed, self.n_channels
        levels = self._levels()
        reference = levels[0] if levels[0] > 0 else levels[levels > 0][0]  # channel 0, or the first that hears it
        levels = levels / reference * 10.0 ** (bg.level_db / 20.0)
        if bg.sound is None:
            colour = _colour_response(bg.noise, sr)
            sources: list[tuple[Any, ...]] = [("noise", seed * 64 + c) for c in range(n_ch)]
        else:
            x = load_sound(bg.sound, sr)
            rms = float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))
            if rms <= 0:
                raise SceneError(self.scene.name, "background.sound", bg.sound, "is silent")
            x = (x / np.float32(rms)).astype(np.float32)
            offsets = np.random.default_rng([seed, 1]).integers(0, x.size, n_ch)
            colour = None
            sources = [("loop", x, int(o)) for o in offsets]
        if self.fmt.interaural_metrics and n_ch == 2:
            a, b = _diffuse_coherence_filters(colour, sr)
            return [(sources[0], np.stack([a, a]) * levels[:, None], (0, 1)),
                    (sources[1], np.stack([b, -b]) * levels[:, None], (0, 1))]
        h = np.ones(1) if colour is None else _fir(colour, sr)
        return [(sources[c], (h * levels[c])[None, :], (c,)) for c in range(n_ch)]

    def _shared_stages(self, signals: _Signals, users: int) -> list[engine.Stage]:
        stages: list[engine.Stage] = []
        if self._shared_irs is not None:
            mix = _MixInput(signals, self.order, self.onsets, self.n_samples, users)
            stages.append(engine.StaticConvolution(mix, self._shared_irs))
        for source, h, channels in self._background:
            x = (_NoiseInput(self.n_samples, source[1]) if source[0] == "noise"
                 else _LoopInput(source[1], self.n_samples, source[2]))
            stage = engine.static_stage(x, h.astype(np.float32))
            stages.append(stage if len(channels) == self.n_channels else _OnChannels(stage, channels, self.n_channels))
        return stages

    def _plan_event(self, signals: _Signals, i: int, users: int) -> _Active | None:
        x = signals.get(i)
        onset = self.onsets[i]
        if x.size == 0:
            signals.done(i, users)
            return None
        try:
            plan = plan_render(x, self.sample_rate, direct_params(self.scene, i), self.format, self.hrtf,
                               seed=self.scene.event_seed(i), options=self.options, copy=False)
        except SceneError:
            raise
        except Exception as exc:
            from t2sa.errors import T2SAError, describe

            if isinstance(exc, T2SAError):
                ev = self.scene.events[i]
                raise SceneError(self.scene.name, "params", ev.params.to_dict(), describe(exc), event=i,
                                 event_label=ev.label) from None
            raise
        signals.done(i, users)
        stages = [engine.Delayed(s, onset) if onset else s for s in plan.stages]
        return _Active(i, stages, onset + plan.n_samples)

    # rendering ---------------------------------------------------------------------------------------
    def blocks(self, chunk: int) -> Iterator[np.ndarray]:
        """The output as float32 ``(n_channels, <= chunk)`` blocks, before any clip handling."""
        signals = _Signals(self.scene)
        users = 2 if self._shared_irs is not None else 1
        shared = self._shared_stages(signals, users)
        active: list[_Active] = []
        nxt = 0
        for start in range(0, self.n_samples, chunk):
            stop = min(start + chunk, self.n_samples)
            block = np.zeros((self.n_channels, stop - start), dtype=np.float32)
            while nxt < len(self.order) and self.onsets[self.order[nxt]] < stop:
                item = self._plan_event(signals, self.order[nxt], users)
                if item is not None:
                    active.append(item)
                nxt += 1
            for item in active:
                for stage in item.stages:
                    stage.add_into(block, start)
            active = [a for a in active if a.end > stop]
            for stage in shared:
                stage.add_into(block, start)
            yield block


class _OnChannels(engine.Stage):
    """A stage with fewer channels added into some channels of the output (one background channel)."""

    def __init__(self, stage: engine.Stage, channels: tuple[int, ...], n_channels: int):
        self.stage, self.channels, self.n_channels, self.span = stage, list(channels), n_channels, stage.span

    def add_into(self, out: np.ndarray, start: int) -> None:
        buf = np.zeros((len(self.channels), out.shape[1]), dtype=np.float32)
        self.stage.add_into(buf, start)
        out[self.channels] += buf

    def reset(self) -> None:
        self.stage.reset()


def _colour_response(noise: str, sample_rate: int) -> np.ndarray | None:
    """Magnitude (on a 0.08-0.17 s rfft grid) falling 3 dB (pink) or 6 dB (brown) per octave above 20 Hz; None = white."""
    if noise == "white":
        return None
    nfft = _colour_nfft(sample_rate)
    freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
    shape = np.maximum(freqs, 20.0) ** -{"pink": 0.5, "brown": 1.0}[noise]
    shape[0] = 0.0
    return shape


def _colour_nfft(sample_rate: int) -> int:
    return 1 << int(math.ceil(math.log2(0.08 * sample_rate)))


def _fir(response: np.ndarray, sample_rate: int) -> np.ndarray:
    """A zero-phase (centred, Hann-windowed) FIR with this magnitude response; unit energy (white noise in,
    unit variance out)."""
    nfft = _colour_nfft(sample_rate)
    h = np.roll(np.fft.irfft(response, nfft), nfft // 2) * np.hanning(nfft)
    return h / np.linalg.norm(h)


def _diffuse_coherence_filters(colour: np.ndarray | None, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """FIRs ``a``, ``b``: ears ``a*n1 + b*n2`` and ``a*n1 - b*n2`` of independent noises have the interaural
    coherence of a diffuse field, ``sinc(2 f d / c)`` up to its first zero (the model of :mod:`t2sa.render.room`)."""
    nfft = _colour_nfft(sample_rate)
    freqs = np.arange(nfft // 2 + 1) * sample_rate / nfft
    x = 2.0 * freqs * room.EAR_SPACING_M / 343.0
    coherence = np.where(x < 1.0, np.sinc(x), 0.0)
    shape = np.ones_like(freqs) if colour is None else colour
    a = np.roll(np.fft.irfft(shape * np.sqrt((1.0 + coherence) / 2.0), nfft), nfft // 2) * np.hanning(nfft)
    b = np.roll(np.fft.irfft(shape * np.sqrt((1.0 - coherence) / 2.0), nfft), nfft // 2) * np.hanning(nfft)
    norm = math.sqrt(float(np.sum(a**2) + np.sum(b**2)))
    return a / norm, b / norm


# -- entry points ------------------------------------------------------------------------------------
def _chunk(chunk_s: Any, sample_rate: int) -> int:
    ok = not isinstance(chunk_s, bool) and isinstance(chunk_s, (int, float)) and math.isfinite(chunk_s) and chunk_s > 0
    if not ok:
        raise RenderError(f"chunk_s={chunk_s!r}: must be a positive number of seconds")
    return max(1, int(round(chunk_s * sample_rate)))


def _check_on_clip(on_clip: Any) -> None:
    if on_clip not in ON_CLIP:
        raise RenderError(f"on_clip={on_clip!r}: expected one of {', '.join(ON_CLIP)}")


def _peak(block: np.ndarray) -> float:
    peak = float(max(block.max(initial=0.0), -block.min(initial=0.0)))
    if not math.isfinite(peak):
        raise RenderError("scene render produced non-finite samples (please report this as a bug)")
    return peak


def _clip_words(scene: Scene) -> tuple[str, str]:
    return f"scene {scene.name!r}: ", "lower the event gains"


def render_scene(scene: Scene, format: str = "foa", hrtf: Any = None, *, on_clip: str = "normalize",
                 options: RenderOptions | None = None, chunk_s: float = DEFAULT_CHUNK_S) -> Rendered:
    """The whole scene in memory (short scenes, tests); :func:`render_scene_to_file` for long ones."""
    _check_on_clip(on_clip)
    plan = ScenePlan(scene, format, hrtf, options)
    out = np.empty((plan.n_channels, plan.n_samples), dtype=np.float32)
    pos = 0
    for block in plan.blocks(_chunk(chunk_s, scene.sample_rate)):
        out[:, pos:pos + block.shape[1]] = block
        pos += block.shape[1]
    gain_db, clipped = apply_clip_policy(out, _peak(out), on_clip, *_clip_words(scene))
    return Rendered(out, scene.sample_rate, gain_db, clipped, plan.format)


@dataclass(frozen=True)
class SceneFile:
    """What :func:`render_scene_to_file` wrote (``gain_applied_db``: normalisation, 0 or negative)."""

    path: Path
    format: str
    sample_rate: int
    n_channels: int
    n_samples: int
    gain_applied_db: float
    peak_dbfs: float


def render_scene_to_file(scene: Scene, out_path: str | os.PathLike, format: str = "foa", hrtf: Any = None, *,
                         on_clip: str = "normalize", options: RenderOptions | None = None, subtype: str = "PCM_24",
                         chunk_s: float = DEFAULT_CHUNK_S) -> SceneFile:
    """Render ``scene`` block by block into ``out_path`` (atomic: no partial file on error).

    ``normalize``: blocks are written while the peak stays below 0 dBFS; if a block reaches it, the rest is
    rendered only to find the peak and the whole scene is rendered again, scaled to a -1 dBFS peak (at most
    twice the work, no temporary audio on disk).
    """
    from t2sa.audio import AudioWriter, check_output

    _check_on_clip(on_clip)
    chunk = _chunk(chunk_s, scene.sample_rate)
    plan = ScenePlan(scene, format, hrtf, options)
    target = Path(out_path)
    check_output(target, plan.n_channels, subtype)
    peak, loud = 0.0, False
    with AudioWriter(target, plan.n_channels, scene.sample_rate, subtype) as writer:
        for block in plan.blocks(chunk):
            p = _peak(block)
            peak = max(peak, p)
            if p >= 1.0 and on_clip == "error":
                raise clip_error(peak, *_clip_words(scene))
            if p >= 1.0 and on_clip == "normalize":
                loud = True
            if not loud:
                writer.write(block)
        if not loud:
            writer.commit()
            return SceneFile(target, plan.format, scene.sample_rate, plan.n_channels, plan.n_samples, 0.0,
                             _db(peak))
    scale = np.float32(10.0 ** (NORMALIZED_PEAK_DBFS / 20.0) / peak)
    written = 0.0
    with AudioWriter(target, plan.n_channels, scene.sample_rate, subtype) as writer:
        for block in plan.blocks(chunk):
            block *= scale
            written = max(written, _peak(block))
            writer.write(block)
        writer.commit()
    return SceneFile(target, plan.format, scene.sample_rate, plan.n_channels, plan.n_samples,
                     20.0 * math.log10(float(scale)), _db(written))


def _db(peak: float) -> float:
    return 20.0 * math.log10(peak) if peak > 0 else -math.inf
