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
refuse samples beyond +-1 instead of clipping them silently. :class:`AudioWriter` does the same block by
block (long renders, :func:`t2sa.render.render_to_file`).
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


def read_audio(
    path_or_uri: str | os.PathLike, sample_rate: int | None = None, dtype: str = "float64"
) -> tuple[np.ndarray, int]:
    """Read an audio file as mono ``(n,)`` and its rate (``sample_rate`` if given: resampled).

    ``dtype="float32"`` returns exactly ``read_audio(...)[0].astype(np.float32)`` in less memory. Local
    files are read and downmixed block by block (same values as a whole-file read), so no float64 copy
    of all their channels is ever held; at the file's own rate with ``float32``, no float64 copy at all.
    """
    import soundfile as sf

    if dtype not in ("float64", "float32"):
        raise AudioError(f"read_audio: dtype={dtype!r}: expected 'float64' or 'float32'")
    name = os.fspath(path_or_uri)
    try:
        if _is_uri(name):
            import fsspec

            with fsspec.open(name, "rb") as fh:
                data, sr = sf.read(io.BytesIO(fh.read()), dtype="float64", always_2d=True)
            if data.shape[0] == 0:
                raise AudioError(f"audio file '{name}': contains no samples")
            mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
            del data
            if not np.all(np.isfinite(mono)):
                raise AudioError(f"audio file '{name}': contains NaN or infinite samples")
        else:
            local = name[len("file://") :] if name.startswith("file://") else name
            if not Path(local).is_file():
                raise AudioError(f"audio file '{name}': not found")
            with sf.SoundFile(local) as f:
                same_rate = sample_rate is None or int(sample_rate) == f.samplerate
                mono, sr = _read_mono(f, name, np.float32 if dtype == "float32" and same_rate else np.float64)
    except AudioError:
        raise
    except FileNotFoundError:
        raise AudioError(f"audio file '{name}': not found") from None
    except Exception as exc:  # libsndfile, fsspec backends and codecs raise many types
        raise AudioError(f"audio file '{name}': cannot be read as audio ({_reason(exc)})") from None
    if sample_rate is not None and int(sample_rate) != sr:
        mono = resample(mono, sr, int(sample_rate))
        sr = int(sample_rate)
    if dtype == "float32":
        return mono.astype(np.float32, copy=False), int(sr)
    return np.ascontiguousarray(mono), int(sr)


_READ_BLOCK = 1 << 16


def _reason(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _read_mono(f: Any, name: str, dtype: type) -> tuple[np.ndarray, int]:
    """Mono of an open SoundFile, read in float64 blocks and averaged per block (the same values as
    averaging a whole-file read), stored as ``dtype``."""
    n, sr = f.frames, f.samplerate
    out = np.empty(n, dtype=dtype)
    pos = 0
    while pos < n:
        data = f.read(min(_READ_BLOCK, n - pos), dtype="float64", always_2d=True)
        if data.shape[0] == 0:
            break
        mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
        if not np.all(np.isfinite(mono)):
            raise AudioError(f"audio file '{name}': contains NaN or infinite samples")
        out[pos : pos + len(mono)] = mono
        pos += len(mono)
    if pos == 0:
        raise AudioError(f"audio file '{name}': contains no samples")
    return (out[:pos] if pos < n else out), int(sr)


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
    target = Path(path)
    if subtype not in SUBTYPES:
        raise AudioError(f"subtype={subtype!r}: expected one of {', '.join(SUBTYPES)}")
    audio = np.asarray(audio)
    if audio.ndim == 1:
        audio = audio[None, :]
    if audio.ndim != 2 or audio.shape[1] == 0:
        raise AudioError(f"cannot write '{target}': audio must be (n_channels, n_samples) with samples, got {audio.shape}")
    _check_samples(target, audio, subtype)
    with AudioWriter(target, audio.shape[0], sample_rate, subtype) as writer:
        writer.write(audio, checked=True)
        return writer.commit()


def _check_samples(target: Path, audio: np.ndarray, subtype: str) -> None:
    if subtype not in SUBTYPES:
        raise AudioError(f"subtype={subtype!r}: expected one of {', '.join(SUBTYPES)}")
    if not np.all(np.isfinite(audio)):
        raise AudioError(f"cannot write '{target}': audio contains NaN or infinite samples")
    peak = float(np.max(np.abs(audio))) if audio.size else 0.0
    if subtype.startswith("PCM") and peak > _PCM_LIMIT:
        raise AudioError(
            f"cannot write '{target}' as {subtype}: peak {20 * math.log10(peak):+.2f} dBFS would clip "
            "(normalise first or write FLOAT)"
        )


def check_output(path: str | os.PathLike, n_channels: int, subtype: str = "PCM_24") -> str:
    """Refuse an output that cannot be written, before any work is done; returns the container name.

    Unknown subtype or extension, missing folder, more than 8 channels in FLAC/OGG, FLOAT in FLAC.
    """
    target = Path(path)
    if subtype not in SUBTYPES:
        raise AudioError(f"subtype={subtype!r}: expected one of {', '.join(SUBTYPES)}")
    if not target.parent.is_dir():
        raise AudioError(f"cannot write '{target}': folder '{target.parent}' does not exist")
    fmt = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG"}.get(target.suffix.lower())
    if fmt is None:
        raise AudioError(f"cannot write '{target}': unknown extension (use .wav or .flac)")
    if fmt in ("FLAC", "OGG") and n_channels > 8:
        raise AudioError(f"cannot write '{target}': {fmt} holds at most 8 channels, got {n_channels} (use .wav)")
    if fmt == "FLAC" and subtype == "FLOAT":
        raise AudioError(f"cannot write '{target}': FLAC cannot store FLOAT samples (use PCM_16/PCM_24 or .wav)")
    return fmt


class AudioWriter:
    """Write a file block by block, atomically: blocks go to ``.<name>.tmp-<pid>`` next to the target and
    :meth:`commit` moves it into place; leaving the ``with`` block without committing (or any error)
    removes the temporary file, so a failed write never leaves a partial file under either name.

    ``write(block)`` takes (n_channels, n) blocks and applies :func:`write_audio`'s checks to each
    (non-finite samples, PCM peaks beyond +-1). Samples are converted exactly as a whole-file write
    would, so writing a signal in blocks gives the same file as :func:`write_audio`.
    """

    def __init__(self, path: str | os.PathLike, n_channels: int, sample_rate: int, subtype: str = "PCM_24"):
        import soundfile as sf

        self.target = Path(path)
        self.n_channels, self.subtype = int(n_channels), subtype
        fmt = check_output(self.target, self.n_channels, subtype)
        self.tmp = self.target.with_name(f".{self.target.name}.tmp-{os.getpid()}")
        self.frames = 0
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._file = sf.SoundFile(self.tmp, "w", int(sample_rate), self.n_channels, subtype=subtype, format=fmt)
        except Exception as exc:
            self.tmp.unlink(missing_ok=True)
            raise AudioError(f"cannot write '{self.target}': {_reason(exc)}") from None

    def write(self, block: np.ndarray, *, checked: bool = False) -> None:
        block = np.asarray(block)
        if block.ndim != 2 or block.shape[0] != self.n_channels:
            raise AudioError(f"cannot write '{self.target}': expected ({self.n_channels}, n) blocks, got {block.shape}")
        if not checked:
            _check_samples(self.target, block, self.subtype)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._file.write(np.ascontiguousarray(block.T))
        except Exception as exc:
            raise AudioError(f"cannot write '{self.target}': {_reason(exc)}") from None
        self.frames += block.shape[1]

    def commit(self) -> Path:
        """Close the file and move it into place."""
        try:
            self._file.close()
            os.replace(self.tmp, self.target)
        except Exception as exc:
            self.abort()
            raise AudioError(f"cannot write '{self.target}': {_reason(exc)}") from None
        return self.target

    def abort(self) -> None:
        """Close and remove the temporary file (nothing is left behind)."""
        try:
            self._file.close()
        except Exception:
            pass
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> AudioWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.tmp.exists():  # not committed: an error, or the caller gave up
            self.abort()


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
