"""Audio I/O: read (local paths or fsspec URIs) block by block, write atomically and reproducibly, resample,
measure loudness.

Reading policy (what the CLI and batch engine rely on):

* WAV, FLAC, OGG and anything else libsndfile reads. Non-local URIs (``s3://``, ``gs://``, ``http://``,
  ``memory://`` ...) go through ``fsspec`` and are streamed when the remote file is seekable (else read whole).
* **Multichannel input is averaged to mono** (the mean of the channels, so a file of identical channels
  reads back unchanged) because the renderer spatialises a single source.
* **Other sample rates** are converted with a polyphase filter at the exact rational ratio
  (``scipy.signal.resample_poly``), block by block with enough context on each side that the result equals
  one ``resample_poly`` call over the whole signal bit for bit (:func:`resample_blocks`).
* :class:`AudioReader` yields mono blocks, so a long file is never held whole (:func:`read_audio` collects them).
* **Damaged input is refused, never read in part** (a data set must not silently get half a sound): a
  WAV/RF64/AIFF whose header declares more samples than the file holds (an incomplete copy or download;
  libsndfile itself would quietly read what is there), or a file that ends or stops decoding before the frame
  count its header states (FLAC). An OGG header states no length, so a cut OGG reads as a shorter sound.
  Missing, unreadable, corrupt or empty files, and NaN/infinite samples, raise :class:`AudioError` naming the path.

Writing policy (:func:`write_audio`, :class:`AudioWriter`):

* **Atomic and safe**: samples go to a temporary file created in the destination folder with an unpredictable
  name and ``O_EXCL`` (``tempfile.mkstemp``: a symlink planted at that name is never followed), then
  ``os.replace`` moves it into place; any failure or interrupt removes it, so no partial file is ever left under
  either name. The file gets the usual ``0666 & ~umask`` permissions.
* **Refused before any work** (:func:`check_output`): unknown subtype or extension, missing folder, a folder
  at that name, a folder we may not write in, too many channels for FLAC/OGG, FLOAT in FLAC, and a destination
  that **is a symbolic link** (replacing the link by a file, or writing through it to wherever it points, would
  each surprise someone: name the real file or remove the link). :func:`check_distinct` refuses an output that
  is the input file itself (same file after resolving links, hard links included).
* Disk full, file-size limits and other OS failures raise :class:`StorageError` naming the path and the OS
  reason. The closed file is checked before the rename (frame count, last frame decodes), which also catches a
  failed final write that libsndfile does not report (its FLAC encoder ignores it).
* **Reproducible bytes**: nothing in a written file depends on the clock. libsndfile stamps FLOAT WAVs with a
  ``PEAK`` chunk holding the wall-clock time; it is switched off (``SFC_SET_ADD_PEAK_CHUNK``), and any PEAK
  chunk a library still writes gets its time stamp zeroed. PCM WAV and FLAC carry no dates (FLAC's vendor
  string names the libFLAC version only). PCM files refuse samples beyond +-1 instead of clipping them.
"""

from __future__ import annotations

import math
import os
import struct
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from math import gcd
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import AudioError, StorageError

SUBTYPES: tuple[str, ...] = ("PCM_16", "PCM_24", "FLOAT")
_PCM_LIMIT = 1.0
_READ_BLOCK = 1 << 16
_UNKNOWN_FRAMES = (1 << 63) - 1  # libsndfile's frame count when a header states none (streamed FLAC)
_SFC_SET_ADD_PEAK_CHUNK = 0x1050


def _is_uri(path: str) -> bool:
    # the rule of t2sa.batch.storage.is_remote: "<scheme>://" (RFC 3986 scheme) other than file://
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.isascii() and scheme[:1].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme) and not path.startswith("file://")


def _local(path: str) -> str:
    return path[len("file://") :] if path.startswith("file://") else path


def _reason(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# -- reading ------------------------------------------------------------------------------------------
def read_audio(
    path_or_uri: str | os.PathLike, sample_rate: int | None = None, dtype: str = "float64"
) -> tuple[np.ndarray, int]:
    """Read an audio file as mono ``(n,)`` and its rate (``sample_rate`` if given: resampled).

    ``dtype="float32"`` returns exactly ``read_audio(...)[0].astype(np.float32)`` in less memory. The file is
    read, downmixed and resampled block by block (the same values as whole-file operations), so the only
    clip-sized array is the result.
    """
    if dtype not in ("float64", "float32"):
        raise AudioError(f"read_audio: dtype={dtype!r}: expected 'float64' or 'float32'")
    if sample_rate is not None and int(sample_rate) <= 0:
        raise AudioError(f"resample: sample rates must be positive (got {sample_rate})")
    with AudioReader(path_or_uri) as reader:
        rate = reader.sample_rate if sample_rate is None else int(sample_rate)
        n = reader.frames_at(rate)
        blocks = reader.blocks(rate)
        if n is None:  # length unknown until the end (a streamed FLAC)
            parts = [b.astype(dtype, copy=False) for b in blocks]
            return np.concatenate(parts), rate
        out = np.empty(n, dtype=dtype)
        pos = 0
        for block in blocks:
            out[pos : pos + len(block)] = block
            pos += len(block)
    if pos != n:  # cannot happen: a short read is refused as truncated
        raise AudioError(f"audio file '{reader.name}': read {pos} samples, expected {n}")
    return out, rate


def audio_info(path: str | os.PathLike) -> dict[str, Any]:
    """Channels, rate, frames and subtype of a file (cheap: reads the header only; refuses truncated files)."""
    with AudioReader(path) as reader:
        return {"channels": reader.channels, "sample_rate": reader.sample_rate, "frames": reader.frames,
                "subtype": reader.subtype}


class AudioReader:
    """An audio file opened for block-wise mono reading (see the module docstring for the policy).

    ``sample_rate``, ``channels``, ``subtype`` and ``frames`` (None when the header states no length) describe
    the file; :meth:`blocks` yields its mono samples. Opening reads only the header, and refuses a file whose
    header declares more samples than it holds.
    """

    def __init__(self, path_or_uri: str | os.PathLike):
        import soundfile as sf

        self.name = os.fspath(path_or_uri)
        self._raw: Any = None
        self._guard: _GuardedFile | None = None
        self._file: Any = None
        self._declared: tuple[int, int] | None = None
        try:
            if _is_uri(self.name):
                self._open_uri()
            else:
                local = Path(_local(self.name))
                if local.is_dir():
                    raise AudioError(f"audio file '{self.name}': is a folder, not a file")
                if not local.is_file():
                    raise AudioError(f"audio file '{self.name}': not found")
                with open(local, "rb") as fh:
                    self._declared = _declared_frames(_reader_at(fh), os.fstat(fh.fileno()).st_size)
                self._file = sf.SoundFile(local)
            info = self._file
            self.sample_rate, self.channels, self.subtype = int(info.samplerate), int(info.channels), info.subtype
            frames = int(info.frames)
            self.frames: int | None = None if frames >= _UNKNOWN_FRAMES or frames < 0 else frames
        except AudioError:
            self.close()
            raise
        except FileNotFoundError:
            self.close()
            raise AudioError(f"audio file '{self.name}': not found") from None
        except PermissionError as exc:  # object stores: 403 (wrong or missing credentials, no permission)
            self.close()
            raise AudioError(
                f"audio file '{self.name}': access denied ({_reason(exc)}); check the storage credentials"
            ) from None
        except Exception as exc:  # libsndfile, fsspec backends and codecs raise many types
            self.close()
            raise self._error(f"cannot be read as audio ({_reason(exc)})") from None
        declared = self._declared
        if declared is not None and declared[0] > declared[1]:
            self.close()
            raise AudioError(
                f"audio file '{self.name}': truncated: its header declares {declared[0]} frames but the file "
                f"holds {declared[1]} (an incomplete copy or download?)"
            )
        if self.frames == 0:
            self.close()
            raise AudioError(f"audio file '{self.name}': contains no samples")

    def _open_uri(self) -> None:
        import io

        import fsspec
        import soundfile as sf

        self._raw = fsspec.open(self.name, "rb").open()
        fh: Any = self._raw
        if not _seekable(fh):  # libsndfile needs to seek: hold the bytes (rare: most fsspec files seek)
            fh = io.BytesIO(fh.read())
        self._guard = _GuardedFile(fh)
        size = self._guard.size()
        self._declared = _declared_frames(_reader_at(self._guard), size)
        self._guard.seek(0)
        self._file = sf.SoundFile(self._guard)
        self._check_guard()

    def frames_at(self, sample_rate: int) -> int | None:
        """Samples :meth:`blocks` yields at ``sample_rate`` (None if the file states no length)."""
        if self.frames is None:
            return None
        up, down = _ratio(self.sample_rate, int(sample_rate))
        return -(-self.frames * up // down)

    def blocks(self, sample_rate: int | None = None, block: int = _READ_BLOCK) -> Iterator[np.ndarray]:
        """Mono float64 blocks from the start, resampled to ``sample_rate`` (if given and different).

        Concatenated, they equal averaging a whole-file float64 read (and then ``resample``) exactly.
        Raises :class:`AudioError` if the file ends or fails to decode before its stated length.
        """
        mono = self._mono_blocks(int(block))
        if sample_rate is None or int(sample_rate) == self.sample_rate:
            return mono
        return resample_blocks(mono, self.sample_rate, int(sample_rate))

    def _mono_blocks(self, block: int) -> Iterator[np.ndarray]:
        f, total = self._file, self.frames
        try:
            f.seek(0)
        except Exception as exc:
            raise self._error(f"cannot be read as audio ({_reason(exc)})") from None
        pos = 0
        while total is None or pos < total:
            want = block if total is None else min(block, total - pos)
            try:
                data = f.read(want, dtype="float64", always_2d=True)
            except Exception as exc:
                of = f" of {total}" if total is not None else ""
                raise self._error(f"damaged: decoding failed after frame {pos}{of} ({_reason(exc)})") from None
            self._check_guard()
            if data.shape[0] == 0:
                break
            mono = data.mean(axis=1) if data.shape[1] > 1 else data[:, 0]
            del data
            if not np.all(np.isfinite(mono)):
                raise AudioError(f"audio file '{self.name}': contains NaN or infinite samples")
            pos += len(mono)
            yield mono
        if total is not None and pos < total:
            raise AudioError(
                f"audio file '{self.name}': truncated: it ends after {pos} of the {total} frames its header "
                "declares (an incomplete copy or download?)"
            )
        if pos == 0:
            raise AudioError(f"audio file '{self.name}': contains no samples")

    def _check_guard(self) -> None:
        if self._guard is not None and self._guard.error is not None:
            raise self._error(f"cannot be read ({_reason(self._guard.error)})")

    def _error(self, what: str) -> AudioError:
        if self._guard is not None and self._guard.error is not None:
            what = f"cannot be read ({_reason(self._guard.error)})"
        return AudioError(f"audio file '{self.name}': {what}")

    def close(self) -> None:
        for obj in (self._file, self._raw):
            if obj is not None:
                try:
                    obj.close()
                except Exception:
                    pass
        self._file = self._raw = None

    def __enter__(self) -> AudioReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _seekable(fh: Any) -> bool:
    try:
        return bool(fh.seekable())
    except Exception:
        return False


class _GuardedFile:
    """A remote file for libsndfile's virtual I/O. An exception inside a libsndfile callback would be printed
    as a traceback and lost, so the first one is kept (:class:`AudioReader` reports it) and the read ends."""

    def __init__(self, fh: Any):
        self.fh = fh
        self.error: BaseException | None = None

    def _keep(self, exc: BaseException) -> None:
        if self.error is None:
            self.error = exc

    def size(self) -> int:
        here = self.tell()
        end = self.seek(0, os.SEEK_END)
        self.seek(here)
        return end

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        try:
            self.fh.seek(offset, whence)
        except Exception as exc:
            self._keep(exc)
        return self.tell()

    def tell(self) -> int:
        try:
            return int(self.fh.tell())
        except Exception as exc:
            self._keep(exc)
            return 0

    def read(self, n: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            return bytes(self.fh.read(n))
        except Exception as exc:
            self._keep(exc)
            return b""


# -- container headers (RIFF/RF64 WAV, AIFF): declared length vs what the file holds ----------------------------
ReadAt = Callable[[int, int], bytes]


def _reader_at(fh: Any) -> ReadAt:
    def read_at(offset: int, n: int) -> bytes:
        fh.seek(offset)
        return fh.read(n)

    return read_at


def _fd_reader(fd: int) -> ReadAt:
    return lambda offset, n: os.pread(fd, n, offset)


def _chunks(read_at: ReadAt, size: int, little: bool, start: int = 12, limit: int = 4096) -> Iterator[tuple[bytes, int, int]]:
    """(id, data offset, declared size) of each chunk of a RIFF (``little``) or IFF file, in file order."""
    fmt = "<I" if little else ">I"
    pos = start
    for _ in range(limit):
        if pos + 8 > size:
            return
        head = read_at(pos, 8)
        if len(head) < 8:
            return
        cid, csize = head[:4], struct.unpack(fmt, head[4:])[0]
        yield cid, pos + 8, csize
        pos += 8 + csize + (csize & 1)


def _declared_frames(read_at: ReadAt, size: int) -> tuple[int, int] | None:
    """(frames the header declares, frames the file holds) for WAV/RF64/AIFF; None when unknown or not those.

    A size of 0 or 0xFFFFFFFF (a WAV streamed to a pipe, length never filled in) is taken as "unknown".
    """
    try:
        head = read_at(0, 12)
        if len(head) < 12:
            return None
        if head[:4] in (b"RIFF", b"RF64") and head[8:12] == b"WAVE":
            return _wav_frames(read_at, size, head[:4] == b"RF64")
        if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
            return _aiff_frames(read_at, size)
    except (OSError, struct.error, ValueError):
        return None
    return None


def _wav_frames(read_at: ReadAt, size: int, rf64: bool) -> tuple[int, int] | None:
    align, ds64 = 0, None
    for cid, off, csize in _chunks(read_at, size, little=True):
        if cid == b"fmt " and csize >= 14:
            align = struct.unpack("<H", read_at(off + 12, 2))[0]
        elif cid == b"ds64" and csize >= 16:
            ds64 = struct.unpack("<Q", read_at(off + 8, 8))[0]
        elif cid == b"data":
            if rf64 and csize == 0xFFFFFFFF and ds64 is not None:
                csize = ds64
            if csize in (0, 0xFFFFFFFF) or align == 0:
                return None
            return csize // align, max(size - off, 0) // align
    return None


def _aiff_frames(read_at: ReadAt, size: int) -> tuple[int, int] | None:
    declared, frame_bytes, compressed = None, 0, False
    for cid, off, csize in _chunks(read_at, size, little=False):
        if cid == b"COMM" and csize >= 8:
            channels, declared, bits = struct.unpack(">hIh", read_at(off, 8))
            frame_bytes = channels * ((bits + 7) // 8)
            if csize >= 22:
                compressed = read_at(off + 18, 4) not in (b"NONE", b"twos", b"sowt", b"")
        elif cid == b"SSND" and declared is not None:
            if compressed or frame_bytes <= 0:
                return None
            (offset,) = struct.unpack(">I", read_at(off, 4))
            return declared, max(size - (off + 8 + offset), 0) // frame_bytes
    return None


# -- resampling -----------------------------------------------------------------------------------------
def _ratio(sr_in: int, sr_out: int) -> tuple[int, int]:
    if sr_in <= 0 or sr_out <= 0:
        raise AudioError(f"resample: sample rates must be positive (got {sr_in} -> {sr_out})")
    g = gcd(int(sr_in), int(sr_out))
    return int(sr_out) // g, int(sr_in) // g


def resample(x: np.ndarray, sr_in: int, sr_out: int) -> np.ndarray:
    """Resample along the last axis with a polyphase filter at the exact ratio ``sr_out / sr_in``."""
    up, down = _ratio(sr_in, sr_out)
    if sr_in == sr_out:
        return np.asarray(x)
    from scipy.signal import resample_poly

    return resample_poly(np.asarray(x, dtype=np.float64), up, down, axis=-1)


def resample_blocks(blocks: Iterable[np.ndarray], sr_in: int, sr_out: int) -> Iterator[np.ndarray]:
    """:func:`resample` of a mono signal given as blocks, yielding blocks: the concatenation equals
    ``resample(concatenated input)`` bit for bit, whatever the block sizes.

    Why it is exact: output sample ``p`` of ``resample_poly`` is a dot product of its filter (``10 * max(up,
    down)`` taps each side, at the upsampled rate) with input samples near ``p * down / up``, summed in a fixed
    order. Each call here covers a run of outputs with all the input they touch, starting at an input index
    that is a multiple of ``down`` (so the filter phases line up), and keeps only those outputs. Memory: one
    input block plus a few hundred samples of context.
    """
    up, down = _ratio(sr_in, sr_out)
    if up == down:
        yield from (np.asarray(b, dtype=np.float64) for b in blocks)
        return
    from scipy.signal import resample_poly

    half = 10 * max(up, down)  # resample_poly's filter half-length, in upsampled samples

    def first_input(p: int) -> int:  # a multiple of down at or before the first input output p touches
        return max(0, (p * down - half) // up - 2) // down * down

    def end_input(p: int) -> int:  # one past the last input output p touches (with a margin)
        return (p * down + half) // up + 2

    buf, buf0, p0, total = np.zeros(0), 0, 0, 0

    def emit(p1: int, stop: int) -> np.ndarray:
        nonlocal buf, buf0, p0
        s = first_input(p0)
        y = resample_poly(buf[s - buf0 : stop - buf0], up, down)
        off = s // down * up  # output index of the segment's first sample
        out = y[p0 - off : p1 - off]
        p0 = p1
        keep = first_input(p0)
        buf, buf0 = buf[keep - buf0 :], keep
        return out

    for block in blocks:
        block = np.asarray(block, dtype=np.float64)
        if block.size == 0:
            continue
        buf = np.concatenate([buf, block]) if buf.size else block
        total += block.size
        p1 = max(p0, ((total - 2) * up - half) // down + 1)  # outputs whose input is all here
        while p1 > p0 and end_input(p1 - 1) > total:
            p1 -= 1
        while end_input(p1) <= total:
            p1 += 1
        if p1 > p0:
            yield emit(p1, end_input(p1 - 1))
    n_out = -(-total * up // down)
    if n_out > p0:
        yield emit(n_out, total)


# -- writing --------------------------------------------------------------------------------------------
def write_audio(path: str | os.PathLike, audio: np.ndarray, sample_rate: int, subtype: str = "PCM_24") -> Path:
    """Write ``audio`` (n_channels, n_samples) atomically; the container follows the extension (.wav, .flac).

    Raises :class:`AudioError` for an unknown subtype, a missing folder, non-finite samples or, for PCM
    subtypes, samples beyond +-1 (clipping is never silent); :class:`StorageError` for a symlinked destination
    or an OS failure (disk full, permissions). No file is left behind on error. Same samples -> same bytes.
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

    Unknown subtype or extension, missing folder, a folder or a symbolic link at that name, a folder we may not
    create files in, more than 8 channels in FLAC/OGG, FLOAT in FLAC.
    """
    target = Path(path)
    if subtype not in SUBTYPES:
        raise AudioError(f"subtype={subtype!r}: expected one of {', '.join(SUBTYPES)}")
    if not target.parent.is_dir():
        raise AudioError(f"cannot write '{target}': folder '{target.parent}' does not exist")
    fmt = {".wav": "WAV", ".flac": "FLAC", ".ogg": "OGG"}.get(target.suffix.lower())
    if fmt is None:
        raise AudioError(f"cannot write '{target}': unknown extension (use .wav or .flac)")
    if target.is_symlink():
        raise StorageError(
            f"cannot write '{target}': it is a symbolic link (refused: give the real file name, or remove the link)"
        )
    if target.is_dir():
        raise AudioError(f"cannot write '{target}': it is a folder")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise StorageError(f"cannot write '{target}': no permission to create files in folder '{target.parent}'")
    if fmt in ("FLAC", "OGG") and n_channels > 8:
        raise AudioError(f"cannot write '{target}': {fmt} holds at most 8 channels, got {n_channels} (use .wav)")
    if fmt == "FLAC" and subtype == "FLOAT":
        raise AudioError(f"cannot write '{target}': FLAC cannot store FLOAT samples (use PCM_16/PCM_24 or .wav)")
    return fmt


def check_distinct(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """Refuse to write ``target`` over the input ``source`` (the same file after resolving symbolic links,
    hard links included): the render would read a file while replacing it."""
    src = os.fspath(source)
    if _is_uri(src):
        return
    try:
        same = os.path.samefile(_local(src), os.fspath(target))
    except OSError:  # one of them does not exist: they cannot be the same file
        return
    if same:
        raise StorageError(f"cannot write '{os.fspath(target)}': it is the input file '{src}' (choose another output)")


def storage_error(target: str | os.PathLike, exc: BaseException, doing: str = "write") -> StorageError:
    """One line for an OS failure on ``target``: the path and the OS reason (``No space left on device``)."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else _reason(exc)
    return StorageError(f"cannot {doing} '{os.fspath(target)}': {reason}")


def _umask_mode() -> int:
    """``0666 & ~umask``: the mode ``open()`` would give a new file (mkstemp gives 0600)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def close_unsynced(handle: Any) -> None:
    """Close a ``soundfile.SoundFile`` open for writing without forcing its data to the disk.

    ``SoundFile.close`` first calls ``flush``, which is libsndfile's ``sf_write_sync``: an ``fsync``. A batch
    of millions of files would then wait on the disk once per file (about 6 ms a 5 s stereo file on this
    project's CI machine, far more on spinning or network disks), which no other step asks for. The data
    still reaches the file system when the handle closes (the page cache, as for any ``write``); what a
    crash of the whole machine could leave short, the batch engine's resume finds, since a row only counts
    as done when its file has the size recorded when it was written.
    """
    handle.flush = _no_sync  # an instance attribute: close() calls self.flush()
    handle.close()


def _no_sync() -> None:
    return None


class AudioWriter:
    """Write a file block by block, atomically: blocks go to a fresh temporary file next to the target
    (unpredictable name, ``O_EXCL``) and :meth:`commit` checks it and moves it into place; leaving the ``with``
    block without committing (or any error) removes the temporary file, so a failed write never leaves a
    partial file under either name.

    ``write(block)`` takes (n_channels, n) blocks and applies :func:`write_audio`'s checks to each
    (non-finite samples, PCM peaks beyond +-1). Samples are converted exactly as a whole-file write
    would, so writing a signal in blocks gives the same file as :func:`write_audio`.
    """

    def __init__(self, path: str | os.PathLike, n_channels: int, sample_rate: int, subtype: str = "PCM_24"):
        import soundfile as sf

        self.target = Path(path)
        self.n_channels, self.subtype = int(n_channels), subtype
        self.container = check_output(self.target, self.n_channels, subtype)
        self.frames = 0
        self.tmp: Path | None = None
        self._file: Any = None
        self._fd = -1
        try:
            self._fd, name = tempfile.mkstemp(dir=self.target.parent, prefix=f".{self.target.name}.tmp-")
        except OSError as exc:
            raise storage_error(self.target, exc) from None
        self.tmp = Path(name)
        try:
            os.fchmod(self._fd, _umask_mode())
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self._file = sf.SoundFile(self._fd, "w", int(sample_rate), self.n_channels, subtype=subtype,
                                          format=self.container, closefd=False)
            if self.container == "WAV" and subtype == "FLOAT":
                # libsndfile would add a PEAK chunk stamped with the wall-clock time (different bytes each run)
                sf._snd.sf_command(self._file._file, _SFC_SET_ADD_PEAK_CHUNK, sf._ffi.NULL, 0)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise storage_error(self.target, exc) from None
            if isinstance(exc, Exception):
                raise AudioError(f"cannot write '{self.target}': {_reason(exc)}") from None
            raise

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
            raise self._failure(exc) from None
        self.frames += block.shape[1]

    def _failure(self, exc: BaseException) -> StorageError | AudioError:
        """libsndfile says only "System error." for an OS failure; the OS reason is in its handle."""
        import soundfile as sf

        text = ""
        try:
            if self._file is not None and not self._file.closed:
                text = sf._ffi.string(sf._snd.sf_strerror(self._file._file)).decode("utf-8", "replace").strip()
        except Exception:
            pass
        if text.lower().startswith("system error"):
            cause = text.split(":", 1)[1].strip().rstrip(".") if ":" in text else "input/output error"
            return StorageError(f"cannot write '{self.target}': {cause}")
        if isinstance(exc, OSError):
            return storage_error(self.target, exc)
        return AudioError(f"cannot write '{self.target}': {_reason(exc)}")

    def commit(self) -> Path:
        """Close the file, check it, and move it into place."""
        try:
            try:
                close_unsynced(self._file)
            except Exception as exc:
                raise StorageError(f"cannot write '{self.target}': {_reason(exc)}{_space_hint(self.target)}") from None
            self._verify()
            fd, self._fd = self._fd, -1
            os.close(fd)
            os.replace(self.tmp, self.target)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise storage_error(self.target, exc) from None
            raise
        self.tmp = None
        return self.target

    def _verify(self) -> None:
        """The closed file holds what was written: a failed final write shows as a short or broken file."""
        import soundfile as sf

        fd = self._fd
        if self.container == "WAV":
            _zero_peak_stamps(fd)
        os.lseek(fd, 0, os.SEEK_SET)
        problem = None
        try:
            with sf.SoundFile(fd, closefd=False) as f:
                if f.frames != self.frames or f.channels != self.n_channels:
                    held = "" if f.frames >= _UNKNOWN_FRAMES else f": {f.frames} of the {self.frames} frames written"
                    problem = f"the closed file is incomplete{held}"
                elif self.frames:
                    f.seek(self.frames - 1)
                    if f.read(1, dtype="float32").shape[0] != 1:
                        problem = "its last frame cannot be read back"
        except Exception as exc:
            problem = f"it cannot be read back ({_reason(exc)})"
        if problem is not None:
            hint = _space_hint(self.target) or " (a write failed: disk full or a file size limit?)"
            raise StorageError(f"cannot write '{self.target}': {problem}{hint}")

    def abort(self) -> None:
        """Close and remove the temporary file (nothing is left behind)."""
        if self._file is not None:
            try:
                close_unsynced(self._file)
            except Exception:
                pass
        if self._fd >= 0:
            try:
                os.close(self._fd)
            except OSError:
                pass
            self._fd = -1
        if self.tmp is not None:
            try:
                self.tmp.unlink(missing_ok=True)
            except OSError:
                pass
            self.tmp = None

    def __enter__(self) -> AudioWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.tmp is not None:  # not committed: an error, or the caller gave up
            self.abort()


def _space_hint(target: Path) -> str:
    try:
        st = os.statvfs(target.parent)
    except OSError:
        return ""
    return " (no space left on device)" if st.f_bavail == 0 else ""


def _zero_peak_stamps(fd: int) -> None:
    """Zero the time stamp of any PEAK chunk in a WAV (libsndfile's is switched off; this is the backstop)."""
    size = os.fstat(fd).st_size
    read_at = _fd_reader(fd)
    head = read_at(0, 12)
    if head[:4] not in (b"RIFF", b"RF64") or head[8:12] != b"WAVE":
        return
    for cid, off, csize in _chunks(read_at, size, little=True):
        if cid == b"PEAK" and csize >= 8:
            os.pwrite(fd, bytes(4), off + 4)  # PEAK: version (4 bytes), time stamp (4 bytes), peaks


# -- loudness -------------------------------------------------------------------------------------------
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
