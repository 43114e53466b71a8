"""``render``: mono signal + SpatialParams -> binaural, stereo or AmbiX channels. Pure and deterministic.

Signal path: ``x * 10**(gain_db / 20)`` -> occlusion filter (:mod:`t2sa.render.occlusion`, only when
``occlusion > 0``) -> [moving source: propagation delay and Doppler] -> direct sound (format model, distance, spread, air absorption;
one convolution for a static source, crossfaded per-frame filters for a moving one) + late reverb
(:mod:`t2sa.render.room`) -> peak check.

Output length: ``len(signal) + tail`` where the tail is the longest of the direct filter minus one sample
(HRIR taps; for a moving binaural source plus the HRTF's spread of onset delays; plus 10 ms of spread
decorrelator and 2.7 ms of air-absorption filter when those are active; the stereo-ITD delay filter) and,
when ``wet > 0``, the reverb IR (5 ms pre-delay + ``rt60_s``); plus the occlusion filter (5.3 ms) when
``occlusion > 0``, and for a moving source whose distance changes, its largest propagation delay
relative to its closest point (``(r_max - r_min) / 343 m/s``) and 11 samples of interpolator. Stereo and
Ambisonics of a static point source within 1 m add no tail at all. Nothing is trimmed: the tail is part
of the sound. Static sources have no propagation delay (a source 10 m away starts at sample 0 like one at
1 m); moving ones are delayed and Doppler-shifted (:mod:`t2sa.render.propagation`, ``options.doppler``).

Sample rate: the output has the input's rate; HRIRs are resampled to it (``HRTF.at_rate``), every other
filter is designed at it. Resample the *input* first (:func:`t2sa.audio.read_audio` does) for another rate.

Clipping (never silent): the output is float32 and may exceed 1.0 before the check. ``on_clip="normalize"``
(default) scales the whole render so its peak is -1 dBFS whenever the peak reaches 0 dBFS and reports the
(negative) ``gain_applied_db``; ``"error"`` raises :class:`RenderError` stating the peak; ``"keep"`` returns
the audio untouched with ``clipped=True`` (for float files; :func:`t2sa.audio.write_audio` refuses to write
it to PCM).

Randomness (reverb noise, spread decorrelators) comes only from ``seed``: identical calls give
bit-identical output.

Structure: :func:`plan_render` checks the arguments and sets up one engine stage per sound path (direct
sound, each early reflection, reverb); :func:`render` adds them into one buffer, while
:func:`t2sa.render.render_to_file` adds them into successive blocks and writes each (bounded memory, the
same samples: see :mod:`t2sa.render.engine` and :mod:`t2sa.render.stream`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from t2sa.errors import RenderError
from t2sa.formats import Format, get_format
from t2sa.params import SpatialParams, sample_rate_problem
from t2sa.render import engine, room
from t2sa.render.distance import AIR_REFERENCE_M, air_filter_length
from t2sa.render.sources import BinauralSource, FormatSource, Positions, source_class
from t2sa.render.spread import DEFAULT_SOURCES

ON_CLIP: tuple[str, ...] = ("normalize", "error", "keep")
NORMALIZED_PEAK_DBFS = -1.0
_POSITION_KEYS = ("azimuth_deg", "elevation_deg", "distance_m", "spread_deg")


@dataclass(frozen=True)
class RenderOptions:
    """Knobs that are not spatial parameters. Defaults are what the CLI and batch engine use."""

    hop: int | None = None
    """Samples between filter updates of a moving source; None = 512 at 48 kHz, scaled with the rate."""
    crossfade: bool = True
    """Hann crossfade between filter updates (False = hard switching; exists for tests)."""
    stereo_itd: bool = False
    """Add a Woodworth ITD to stereo panning."""
    near_field: bool = True
    """Binaural near field below the HRTF's measurement distance: acoustic parallax for measured HRTFs,
    the exact rigid-sphere solution for the built-in head (see ``sphere_near_field``)."""
    sphere_near_field: bool = True
    """Built-in head: the rigid-sphere solution at the source distance (:mod:`t2sa.render.nearfield`);
    False = acoustic parallax as for measured HRTFs (the renderer's behaviour before it existed)."""
    air_absorption: bool = True
    spread_sources: int = DEFAULT_SOURCES
    """Decorrelated virtual sources over the spread arc."""
    reverb_hf_damping: float = 0.5
    """Reverb RT60 at 8 kHz and above relative to rt60_s (1 = frequency-independent decay)."""
    binaural_reverb_coherence: bool = True
    """Give the binaural tail the frequency-dependent interaural coherence of a diffuse field."""
    early_reflections: bool = False
    """Add the six first-order reflections of a shoebox room sized from rt60_s (when wet > 0)."""
    hrtf_step_deg: float = 2.0
    """Largest direction change between HRTF queries of a moving binaural source (frames in between
    interpolate onset-aligned HRIRs and their delays); 0 = query at every frame."""
    doppler: bool = True
    """Propagation delay and Doppler shift for moving sources whose distance changes
    (:mod:`t2sa.render.propagation`); static sources never have either."""
    loudspeaker_panning: str = "energy"
    """Panning for loudspeaker layouts: ``energy`` (VBAP whose energy vector points at the source),
    ``amplitude`` (classic VBAP: the velocity vector does) or ``allrad`` (max-rE Ambisonics decoded by
    AllRAD: smoother, for dense layouts); see :mod:`t2sa.render.loudspeakers`."""

    def hop_for(self, sample_rate: int) -> int:
        if self.hop is not None:
            if not isinstance(self.hop, (int, np.integer)) or self.hop < 16:
                raise RenderError(f"options.hop={self.hop!r}: must be an integer >= 16")
            return int(self.hop)
        return max(64, int(round(512 * sample_rate / 48000 / 16)) * 16)


@dataclass(frozen=True)
class Rendered:
    """A render: ``audio`` float32 (n_channels, n_samples) at ``sample_rate``.

    ``gain_applied_db`` is the normalisation gain applied to avoid clipping (0.0 if none, negative
    otherwise); ``clipped`` is True only with ``on_clip="keep"`` when the peak reaches 0 dBFS.
    Unpacks as ``audio, sample_rate = render(...)``.
    """

    audio: np.ndarray
    sample_rate: int
    gain_applied_db: float = 0.0
    clipped: bool = False
    format: str = "binaural"

    def __iter__(self) -> Iterator[Any]:
        yield self.audio
        yield self.sample_rate

    @property
    def peak_dbfs(self) -> float:
        from t2sa.metrics import peak_dbfs

        return peak_dbfs(self.audio)


def render(
    signal: np.ndarray,
    sample_rate: int,
    params: SpatialParams | Mapping[str, Any] | str,
    format: str = "binaural",
    hrtf: Any = None,
    *,
    seed: int = 0,
    on_clip: str = "normalize",
    options: RenderOptions | None = None,
) -> Rendered:
    """Render a mono ``signal`` at ``sample_rate`` to ``format`` at the same rate.

    ``params``: :class:`SpatialParams` (or a mapping / JSON string for one). ``hrtf`` (binaural only): a
    SOFA path, an HRTF object, or None / "default" for the built-in head model; it is resampled to
    ``sample_rate`` (other formats ignore it). Raises :class:`RenderError` (or ParamError / HRTFError) with the reason.
    For long clips, :func:`t2sa.render.render_to_file` renders block by block in bounded memory (same samples).
    """
    _check_on_clip(on_clip)
    plan = plan_render(signal, sample_rate, params, format, hrtf, seed=seed, options=options)
    # one output buffer; direct sound, reflections and reverb are added into it in that order
    out = np.zeros((plan.n_channels, plan.n_samples), dtype=np.float32)
    for stage in plan.stages:
        stage.add_into(out, 0)
    del plan
    return _finish(out, sample_rate, format, on_clip)


@dataclass
class RenderPlan:
    """A validated render, ready to produce output: ``stages`` add, in order, into windows of the
    ``(n_channels, n_samples)`` output (see :mod:`t2sa.render.engine`). Holds the float32 input."""

    stages: list[engine.Stage]
    n_channels: int
    n_samples: int
    sample_rate: int
    format: str

    def reset(self) -> None:
        """Start over (to render the same samples again)."""
        for stage in self.stages:
            stage.reset()


def plan_render(
    signal: np.ndarray,
    sample_rate: int,
    params: SpatialParams | Mapping[str, Any] | str,
    format: str = "binaural",
    hrtf: Any = None,
    *,
    seed: int = 0,
    options: RenderOptions | None = None,
    copy: bool = True,
) -> RenderPlan:
    """Check the arguments of :func:`render` and set up its engines (filters, HRTF, reverb IRs).

    ``copy=False`` lets the plan use (and scale in place) a float32 ``signal`` the caller hands over.
    """
    options = options or RenderOptions()
    fmt = get_format(format)
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0:
        raise RenderError(f"seed={seed!r}: must be a non-negative integer")
    sample_rate = _check_rate(sample_rate)
    params = _coerce_params(params)
    if isinstance(signal, engine.SampleFile):  # a long input on disk, checked as it was written (render_to_file)
        x = signal.scaled(10.0 ** (params.gain_db / 20.0)) if params.gain_db != 0.0 else signal
    else:
        x = _check_signal(signal, copy=copy)
        if params.gain_db != 0.0:
            x *= np.float32(10.0 ** (params.gain_db / 20.0))
    n = x.shape[0]
    hop = options.hop_for(sample_rate)
    hrtf_obj = None
    if fmt.uses_hrtf:
        from t2sa.render.hrtf import load_hrtf  # lazy: only binaural needs HRTF/SOFA code

        hrtf_obj = load_hrtf(hrtf, sample_rate)
    occlusion = _occlusion_fir(params, sample_rate)
    # the direct sound, then (option) each early reflection: (params, delay in samples, amplitude)
    sources = [(params, 0, 1.0)]
    if options.early_reflections and params.wet > 0.0:
        sources += [
            (r.params, int(round(r.delay_s * sample_rate)), r.gain * params.wet) for r in room.early_reflections(params)
        ]
    stages: list[engine.Stage] = []
    length = 0
    for src, delay, amp in sources:
        sig = _input(x, amp, occlusion)
        frame_pos = _frame_positions(src, n, hop)
        if frame_pos is not None and _doppler(options):
            sig, frame_pos = _propagate(sig, src, n, sample_rate, hop, frame_pos)
        model = _source(fmt, sample_rate, hrtf_obj, options, int(seed), _summary(src, n, hop), frame_pos is not None)
        if frame_pos is not None and isinstance(model, BinauralSource):
            model.plan(frame_pos, engine.n_frames_for(sig.n, hop), _step_deg(options))
        stage = _direct(sig, sample_rate, src, model, options, hop, frame_pos)
        stages.append(engine.Delayed(stage, delay) if delay else stage)
        length = max(length, sig.n + delay + model.tail)
    if params.wet > 0.0:
        reverb = _reverb_irs(sample_rate, params, fmt, options, int(seed))
        sig = _input(x, None, occlusion)
        length = max(length, sig.n + reverb.shape[-1] - 1)
        stages.append(engine.static_stage(sig, reverb))
    return RenderPlan(stages, stages[0].n_channels, length, sample_rate, format)


def _occlusion_fir(params: SpatialParams, sample_rate: int) -> np.ndarray | None:
    if params.occlusion <= 0.0:
        return None
    from t2sa.render.occlusion import occlusion_filter

    return occlusion_filter(params.occlusion, sample_rate)


def _input(x: Any, amp: float | None, occlusion: np.ndarray | None) -> engine.Signal:
    """The mono input of one sound path (times ``amp``), through the occlusion filter when there is one."""
    sig = engine.Signal(x, amp)
    if occlusion is None:
        return sig
    from t2sa.render.propagation import FIRSignal

    return FIRSignal(sig, occlusion)


def _doppler(options: RenderOptions) -> bool:
    if not isinstance(options.doppler, bool):
        raise RenderError(f"options.doppler={options.doppler!r}: must be True or False")
    return options.doppler


def _propagate(sig: engine.Signal, params: SpatialParams, n: int, sr: int, hop: int, frame_pos: Any):
    """Propagation delay + Doppler (:mod:`t2sa.render.propagation`) for a moving source whose distance
    changes: the input read at emission times, and frame positions taken at those emission times."""
    from t2sa.render.propagation import TAPS, DopplerSignal, EmissionTimes

    times = EmissionTimes(params, n, sr)
    if times.max_delay <= 0.0:
        return sig, frame_pos
    out = DopplerSignal(sig, times, sig.n + int(math.ceil(times.max_delay)) + TAPS // 2 + 1)

    def positions(idx: np.ndarray) -> Positions:
        tau = times(np.asarray(idx, dtype=float) * hop)
        t = np.clip(tau / max(n - 1, 1), 0.0, 1.0)
        return {k: np.asarray(v, dtype=float) for k, v in params.sample(t).items()}

    return out, positions


def _check_on_clip(on_clip: Any) -> None:
    if on_clip not in ON_CLIP:
        raise RenderError(f"on_clip={on_clip!r}: expected one of {', '.join(ON_CLIP)}")


def _step_deg(options: RenderOptions) -> float:
    step = options.hrtf_step_deg
    if isinstance(step, bool) or not isinstance(step, (int, float)) or not math.isfinite(step) or step < 0:
        raise RenderError(f"options.hrtf_step_deg={step!r}: must be a finite number >= 0")
    return float(step)


# -- validation ---------------------------------------------------------------------------------
def _check_rate(sample_rate: Any) -> int:
    problem = sample_rate_problem(sample_rate)
    if problem:
        raise RenderError(f"sample_rate={sample_rate!r}: {problem}")
    return int(sample_rate)


def _coerce_params(params: Any) -> SpatialParams:
    if isinstance(params, SpatialParams):
        return params
    if isinstance(params, str):
        return SpatialParams.from_json(params)
    if isinstance(params, Mapping):
        return SpatialParams.from_dict(params)
    raise RenderError(f"params={params!r}: expected SpatialParams, a mapping or a JSON string")


def _check_signal(signal: Any, copy: bool = True) -> np.ndarray:
    x = np.asarray(signal)
    if x.ndim == 2 and x.shape[0] == 1:
        x = x[0]
    if x.ndim != 1:
        raise RenderError(
            f"signal has shape {x.shape}: render takes mono audio (n_samples,); downmix first "
            "(t2sa.audio.read_audio averages the channels of a multichannel file)"
        )
    if x.size == 0:
        raise RenderError("signal is empty (0 samples)")
    if not np.issubdtype(x.dtype, np.floating):
        raise RenderError(
            f"signal has dtype {x.dtype}: expected float samples in [-1, 1] "
            "(integer PCM must be scaled first; t2sa.audio.read_audio returns floats)"
        )
    # a fresh copy (the caller's array is never modified) unless the caller hands over a float32 array
    x = x.astype(np.float32, copy=copy)
    if not np.all(np.isfinite(x)):
        bad = int(np.flatnonzero(~np.isfinite(x))[0])
        raise RenderError(f"signal contains NaN or infinite values (first at sample {bad})")
    return x


# -- direct sound -------------------------------------------------------------------------------
def _direct(
    x: engine.Signal,
    sr: int,
    params: SpatialParams,
    model: FormatSource,
    opts: RenderOptions,
    hop: int,
    frame_pos: Any,
) -> engine.Stage:
    """The direct sound: one filter for a static source, crossfaded frames otherwise."""
    if frame_pos is None:
        pos = {k: np.array([getattr(params, k)], dtype=float) for k in _POSITION_KEYS}
        if model.gain_only:
            xa = engine.StageSignal(_air_static(x, sr, pos)) if model.air else x
            return engine.StaticGains(xa, model.gains(pos)[0])
        return engine.static_stage(x, model.impulse(pos))

    if model.gain_only:
        xa: engine.Input = x
        if model.air:
            xa = engine.StageSignal(engine.VaryingConvolution(
                x,
                hop,
                air_filter_length(sr),
                1,
                lambda idx, nfft: model.air_spectra(frame_pos(idx)["distance_m"], nfft)[:, None, :],
                crossfade=opts.crossfade,
            ))
        return engine.VaryingGains(xa, hop, lambda idx: model.gains(frame_pos(idx)), model.n_channels)

    def spectra(idx: np.ndarray, nfft: int) -> np.ndarray:
        return model.spectra_frames(idx, nfft, frame_pos)

    per_frame = (1 + model.n_spread) * model.n_channels
    return engine.VaryingConvolution(
        x, hop, model.length, model.n_channels, spectra, crossfade=opts.crossfade, spectra_per_frame=per_frame
    )


def _frame_positions(params: SpatialParams, n: int, hop: int):
    """None for a source that never moves; else a function frame indices -> positions."""
    if params.is_static:
        return None
    keys = params.trajectory
    if all(
        abs(((k.azimuth_deg - keys[0].azimuth_deg + 180.0) % 360.0) - 180.0) < 1e-12
        and k.elevation_deg == keys[0].elevation_deg
        and k.distance_m == keys[0].distance_m
        and k.spread_deg == keys[0].spread_deg
        for k in keys
    ) and params.motion not in ("orbit", "spiral"):
        return None

    def positions(idx: np.ndarray) -> Positions:
        t = np.clip(np.asarray(idx, dtype=float) * hop / max(n - 1, 1), 0.0, 1.0)
        return {k: np.asarray(v, dtype=float) for k, v in params.sample(t).items()}

    return positions


def _summary(params: SpatialParams, n: int, hop: int) -> dict[str, float]:
    """Extremes over the whole clip (decide which filters a model needs)."""
    frames = engine.n_frames_for(n, hop)
    t = np.linspace(0.0, 1.0, min(frames, 4097))
    t = np.union1d(t, [k.t for k in params.trajectory])
    pos = params.sample(t)
    return {"max_spread": float(np.max(pos["spread_deg"])), "max_distance": float(np.max(pos["distance_m"])),
            "min_distance": float(np.min(pos["distance_m"]))}


def _source(fmt: Format, sr: int, hrtf: Any, opts: RenderOptions, seed: int, summary: dict[str, float], moving: bool) -> FormatSource:
    n_spread = int(opts.spread_sources) if summary["max_spread"] > 0 else 0
    if n_spread < 0:
        raise RenderError(f"options.spread_sources={opts.spread_sources!r}: must be >= 1")
    return source_class(fmt).for_format(
        fmt, sr, hrtf, opts, n_spread=n_spread, air=bool(opts.air_absorption), seed=seed,
        max_distance=summary["max_distance"], min_distance=summary["min_distance"], moving=moving,
    )


def _air_static(x: engine.Signal, sr: int, pos: Positions) -> engine.Stage:
    from t2sa.render.distance import air_filters

    return engine.StaticConvolution(x, air_filters(pos["distance_m"] - AIR_REFERENCE_M, sr))


# -- reverb -------------------------------------------------------------------------------------
def _reverb_irs(sr: int, params: SpatialParams, fmt: Format, opts: RenderOptions, seed: int) -> np.ndarray:
    """Per-channel reverb IRs scaled by the send and the format's diffuse-field channel levels."""
    levels = source_class(fmt).diffuse_levels(fmt)
    irs = room.reverb_irs(
        len(levels),
        params.rt60_s,
        sr,
        seed,
        hf_damping=float(opts.reverb_hf_damping),
        binaural_coherence=fmt.interaural_metrics and opts.binaural_reverb_coherence,
    )
    irs *= (levels * room.send_gain(params.wet, params.drr_db))[:, None]
    return irs


# -- level ----------------------------------------------------------------------------------------
def clip_error(peak: float, what: str = "", advice: str = "lower gain_db") -> RenderError:
    """The refusal of ``on_clip="error"``: states the peak, says what to change."""
    return RenderError(
        f"{what}rendered peak is {20.0 * math.log10(peak):+.2f} dBFS and would clip; {advice} or use on_clip='normalize'"
    )


def apply_clip_policy(out: np.ndarray, peak: float, on_clip: str, what: str = "", advice: str = "lower gain_db"
                      ) -> tuple[float, bool]:
    """The one clipping rule (renders and scenes): ``(gain_applied_db, clipped)``; scales ``out`` in place to a
    :data:`NORMALIZED_PEAK_DBFS` peak under ``normalize``, raises under ``error``, flags under ``keep``."""
    if peak < 1.0:
        return 0.0, False
    if on_clip == "error":
        raise clip_error(peak, what, advice)
    if on_clip == "normalize":
        scale = 10.0 ** (NORMALIZED_PEAK_DBFS / 20.0) / peak
        out *= np.float32(scale)
        return 20.0 * math.log10(scale), False
    return 0.0, True


def _finish(out: np.ndarray, sr: int, fmt: str, on_clip: str) -> Rendered:
    peak = float(max(out.max(), -out.min()))
    if not math.isfinite(peak):
        raise RenderError("render produced non-finite samples (please report this as a bug)")
    gain_db, clipped = apply_clip_policy(out, peak, on_clip)
    return Rendered(out, sr, gain_db, clipped, fmt)
