"""Audio I/O: read (local paths or fsspec URIs), write atomically, resample, measure loudness.

Reading policy (what the CLI and batch engine rely on):

* WAV, FLAC, OGG and anything else libsndfile reads. Non-local URIs (``s3://``, ``gs://``, ``http://``,
  ``memory://`` ...) go through ``fsspec.open(uri, "rb")``.
* **Multichannel input is averaged to mono** (the mean of the channels, so a file of identical channels
  reads back unchanged) because the renderer spatialises a single source.
* **Other sample rates** are converted with a polyphase filter at the exact rational ratio
  (``scipy.signal.resample_poly``) when ``sample_rate`` is given.
* Missing, unreadable, corrupt or empty files raise :class:`AudioError` naming the path.

Writing is atomic: samples go to ``.<name>.tmp-<pid>`` next to the target, then ``os.replace`` moves it into
place, so a failed or interrupted write never leaves a partial file under the real name. PCM files
refuse samples beyond +-1 instead of clipping them silently.
"""

from __future__ import annotations

import io
import math
import os
import warnings
from math import gcd
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import AudioError

SUBTYPES: tuple[str, ...] = ("PCM_16", "PCM_24", "FLOAT")
_PCM_LIMIT = 1.0


def _is_uri(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def read_audio(path_or_uri: str | os.PathLike, sample_rate: int | None = None) -> tuple[np.ndarray, int]:
    """Read an audio file as mono float64 ``(n,)`` and its rate (``sample_rate`` if given: resampled)."""
    import soundfile as sf

    name = os.fspath(path_or_uri)
    try:
        if _is_uri(name):
            import fsspec

            with fsspec.open(name, "rb") as fh:
                data, sr = sf.read(io.BytesIO(fh.read()), dtype="float64", always_2d=True)
        else:
            local = name[len("file://") :] if name.startswith("file://") else name
            if not Path(local).is_file():
                raise AudioError(f"audio file '{name}': not found")
            data, sr = sf.read(local, dtype="float64", always_2d=True)
    except AudioError:
        raise
    except FileNotFoundError:
        raise AudioError(f"audio file '{name}': not found") from None
    except Exception as exc:  # libsndfile, fsspec backends and codecs raise many types
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise AudioError(f"audio file '{name}': cannot be read as audio ({reason})") from None
    if data.shape[0] == 0:
        raise AudioError(f"audio file '{name}': contains no samples")
    mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
    if not np.all(np.isfinite(mono)):
        raise AudioError(f"audio file '{name}': contains NaN or infinite samples")
    if sample_rate is not None and int(sample_rate) != sr:
        mono = resample(mono, sr, int(sample_rate))
        sr = int(sample_rate)
    return np.ascontiguousarray(mono), int(sr)


def audio_info(path: str | os.PathLike) -> dict[str, Any]:
    """Channels, rate, frames and subtype of a local file (cheap: reads the header only)."""
    import soundfile as sf

    try:
        info = sf.info(os.fspath(path))
    except Exception as exc:
        raise AudioError(f"audio file '{os.fspath(path)}': cannot be read as audio ({exc})") from None
    return {"channels": info.channels, "sample_rate": info.samplerate, "frames": info.frames, "subtype": info.subtype}


def resample(x: np.ndarray, sr_in: int, sr_out: int) -> np.ndarray:
    """Resample along the last axis with a polyphase filter at the exact ratio ``sr_out / sr_in``."""
    if sr_in <= 0 or sr_out <= 0:
        raise AudioError(f"resample: sample rates must be positive (got {sr_in} -> {sr_out})")
    if sr_in == sr_out:
        return np.asarray(x)
    from scipy.signal import resample_poly

    g = gcd(int(sr_in), int(sr_out))
    return resample_poly(np.asarray(x, dtype=np.float64), int(sr_out) // g, int(sr_in) // g, axis=-1)


def write_audio(path: str | os.PathLike, audio: np.ndarray, sample_rate: int, subtype: str = "PCM_24") -> Path:
    """Write ``audio`` (n_channels, n_samples) atomically; the container follows the extension (.wav, .flac).

    Raises :class:`AudioError` for an unknown subtype, a missing folder, non-finite samples or, for PCM
    subtypes, samples beyond +-1 (clipping is never silent). No file is left behind on error.
    """
    import soundfile as sf

    target = Path(path)
    if subtype not in SUBTYPES:
        raise AudioError(f"subtype={subtype!r}: expected one of {', '.join(SUBTYPES)}")
    audio = np.asarray(audio)
    if audio.ndim == 1:
        audio = audio[None, :]
    if audio.ndim != 2 or audio.shape[1] == 0:
        raise AudioError(f"cannot write '{target}': audio must be (n_channels, n_samples) with samples, got {audio.shape}")
    if not np.all(np.isfinite(audio)):
        raise AudioError(f"cannot write '{target}': audio contains NaN or infinite samples")
    peak = float(np.max(np.abs(audio)))
    if subtype.startswith("PCM") and peak > _PCM_LIMIT:
        raise AudioError(
            f"cannot write '{target}' as {subtype}: peak {20 * math.log10(peak):+.2f} dBFS would clip "
            "(normalise first or write FLOAT)"
        )
    if not target.parent.is_dir():
        raise AudioError(f"cannot write '{target}': folder '{target.parent}' does not exist")
    fmt = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG"}.get(target.suffix.lower())
    if fmt is None:
        raise AudioError(f"cannot write '{target}': unknown extension (use .wav or .flac)")
    if fmt in ("FLAC", "OGG") and audio.shape[0] > 8:
        raise AudioError(f"cannot write '{target}': {fmt} holds at most 8 channels, got {audio.shape[0]} (use .wav)")
    if fmt == "FLAC" and subtype == "FLOAT":
        raise AudioError(f"cannot write '{target}': FLAC cannot store FLOAT samples (use PCM_16/PCM_24 or .wav)")
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sf.write(tmp, np.ascontiguousarray(audio.T), int(sample_rate), subtype=subtype, format=fmt)
        os.replace(tmp, target)
    except Exception as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, AudioError):
            raise
        raise AudioError(f"cannot write '{target}': {exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def loudness_lufs(audio: np.ndarray, sample_rate: int) -> float:
    """Integrated loudness (ITU-R BS.1770-4 via pyloudnorm) of ``audio`` (n_channels, n) or (n,).

    Channels are summed in power with unit weights (binaural and stereo as L/R; at most 3 channels, as
    pyloudnorm weights channels 4-5 as surrounds). Returns ``-inf`` for digital silence and ``nan`` for
    clips shorter than one 400 ms gating block, where BS.1770 is undefined. For Ambisonics, pass the
    W channel only.
    """
    import pyloudnorm

    x = np.asarray(audio, dtype=np.float64)
    if x.ndim == 1:
        x = x[None, :]
    if x.shape[0] > 3:
        raise AudioError(f"loudness_lufs: {x.shape[0]} channels; pass at most 3 (for Ambisonics, the W channel)")
    if x.shape[-1] < int(0.4 * sample_rate) + 1:
        return math.nan
    if not np.any(x):
        return -math.inf
    meter = pyloudnorm.Meter(int(sample_rate))
    with warnings.catch_warnings(), np.errstate(divide="ignore"):
        warnings.simplefilter("ignore")
        value = float(meter.integrated_loudness(x.T if x.shape[0] > 1 else x[0]))
    return value
