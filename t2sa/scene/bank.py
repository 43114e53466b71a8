"""Sound banks for scenes and SELD datasets: a folder with one subfolder per class, or generated sounds.

Why a built-in bank: a dataset job must run anywhere with nothing to download, and the same seed must give
the same bytes. The synthetic bank generates its sounds (never ships them as files) from a class name, a
seed and a duration, named ``synth:CLASS?seed=N&duration=S`` so a scene file can name them:

* ``bell``: inharmonic partials, struck again every 0.5-1 s, ringing in between;
* ``beep_train``: two alternating sine tones, 80-150 ms beeps with 30-70 ms gaps;
* ``noise_burst``: band-passed noise (1-2 octaves) with a slow amplitude modulation;
* ``chirp``: exponential frequency sweeps of 120-300 ms (bird-like), short gaps;
* ``footsteps``: heel and toe clicks of low-passed noise every 0.45-0.6 s, the last one at the end.

Every sound has energy from its first to its last 100 ms frame (gaps are shorter than a label frame, the
the footsteps end with a step), so a label's onset and offset are where the sound is; every sound
lasts exactly the duration asked for. Each is scaled to an RMS
of :data:`SYNTH_RMS_DBFS` (less where the peak would pass :data:`SYNTH_PEAK_DBFS`: the sparse footsteps) and
ends with a 10 ms fade.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from t2sa.errors import FieldError, InputError

SYNTH_CLASSES: tuple[str, ...] = ("bell", "beep_train", "noise_burst", "chirp", "footsteps")
SYNTH_RMS_DBFS = -20.0
SYNTH_PEAK_DBFS = -6.0
AUDIO_SUFFIXES = (".wav", ".flac", ".ogg")
FADE_S = 0.010
_SYNTH = re.compile(r"^synth:([a-z_]+)\?seed=(\d+)&duration=([0-9]*\.?[0-9]+)$")


def synth_name(cls: str, seed: int, duration_s: float) -> str:
    """The sound name of a generated sound (what a scene file stores)."""
    return f"synth:{cls}?seed={int(seed)}&duration={duration_s:.3f}"


def parse_synth(name: str) -> tuple[str, int, float]:
    """``(class, seed, duration_s)`` of a ``synth:`` name; :class:`FieldError` when it is malformed."""
    m = _SYNTH.match(name)
    if not m:
        raise FieldError("sound", name, "expected synth:CLASS?seed=N&duration=SECONDS")
    cls, seed, duration = m.group(1), int(m.group(2)), float(m.group(3))
    if cls not in SYNTH_CLASSES:
        raise FieldError("sound", name, f"unknown synthetic class {cls!r}; expected one of {', '.join(SYNTH_CLASSES)}")
    if not 0.05 <= duration <= 3600.0:
        raise FieldError("sound", name, "duration must be between 0.05 and 3600 s")
    return cls, seed, duration


def synthesize(cls: str, seed: int, duration_s: float, sample_rate: int) -> np.ndarray:
    """A generated sound of class ``cls`` (float32 mono; the same arguments give the same samples)."""
    if cls not in SYNTH_CLASSES:
        raise FieldError("class", cls, f"expected one of {', '.join(SYNTH_CLASSES)}")
    rng = np.random.default_rng([int(seed), SYNTH_CLASSES.index(cls), 0x5EED])
    n = max(1, int(round(duration_s * sample_rate)))
    x = _GENERATORS[cls](rng, n, int(sample_rate))
    rms, peak = float(np.sqrt(np.mean(x**2))), float(np.max(np.abs(x)))
    if rms > 0:
        x *= min(10.0 ** (SYNTH_RMS_DBFS / 20.0) / rms, 10.0 ** (SYNTH_PEAK_DBFS / 20.0) / peak)
    fade = min(int(FADE_S * sample_rate), x.size // 2)
    if fade > 0:
        x[-fade:] *= 0.5 * (1.0 + np.cos(np.pi * (np.arange(fade) + 1) / fade))
    return x.astype(np.float32)


def _ramp(n: int, sr: int, ramp_s: float) -> np.ndarray:
    """Raised-cosine fade in and out over ``ramp_s`` (at most half the length)."""
    env = np.ones(n)
    r = min(int(ramp_s * sr), n // 2)
    if r > 0:
        up = 0.5 * (1.0 - np.cos(np.pi * (np.arange(r) + 0.5) / r))
        env[:r] = up
        env[n - r:] = up[::-1]
    return env


def _bell(rng: np.random.Generator, n: int, sr: int) -> np.ndarray:
    f0 = rng.uniform(400.0, 1100.0)
    ratios = np.array([1.0, 2.0, 2.42, 3.0, 4.2, 5.4]) * rng.uniform(0.98, 1.02, 6)
    ratios = ratios[f0 * ratios < 0.45 * sr]
    amps = np.array([1.0, 0.6, 0.5, 0.35, 0.25, 0.15])[: len(ratios)]
    tau0 = rng.uniform(0.4, 0.9)
    taus = tau0 / (1.0 + 0.6 * np.arange(len(ratios)))
    phases = rng.uniform(0.0, 2.0 * np.pi, len(ratios))
    m = min(n, int(6.0 * tau0 * sr))
    t = np.arange(m) / sr
    tone = (amps[:, None] * np.sin(2.0 * np.pi * f0 * ratios[:, None] * t + phases[:, None])
            * np.exp(-t[None, :] / taus[:, None])).sum(axis=0)
    attack = min(int(0.002 * sr), m)
    tone[:attack] *= np.linspace(0.0, 1.0, attack, endpoint=False)
    x = np.zeros(n)
    start = 0
    while start < n:  # the same bell struck again every 0.5-1 s, a little softer or harder
        k = min(m, n - start)
        x[start:start + k] += rng.uniform(0.7, 1.0) * tone[:k]
        start += int(rng.uniform(0.5, 1.0) * sr)
    return x


def _beep_train(rng: np.random.Generator, n: int, sr: int) -> np.ndarray:
    freqs = rng.uniform(600.0, 2500.0, 2)
    x = np.zeros(n)
    pos, k = 0, 0
    while pos < n:
        m = min(int(rng.uniform(0.08, 0.15) * sr), n - pos)
        t = np.arange(m) / sr
        x[pos:pos + m] = np.sin(2.0 * np.pi * freqs[k % 2] * t) * _ramp(m, sr, 0.005)
        pos += m + int(rng.uniform(0.03, 0.07) * sr)
        k += 1
    return x


def _noise_burst(rng: np.random.Generator, n: int, sr: int) -> np.ndarray:
    noise = rng.standard_normal(n)
    spec = np.fft.rfft(noise)
    freqs = np.fft.rfftfreq(n, 1.0 / sr)
    centre = rng.uniform(400.0, min(3000.0, 0.2 * sr))
    width = rng.uniform(1.0, 2.0)  # octaves
    dist = np.abs(np.log2(np.maximum(freqs, 1.0) / centre)) / (width / 2.0)
    spec *= np.where(dist < 1.0, 0.5 * (1.0 + np.cos(np.pi * np.minimum(dist, 1.0))), 0.0)
    x = np.fft.irfft(spec, n)
    t = np.arange(n) / sr
    x *= 1.0 + 0.5 * np.sin(2.0 * np.pi * rng.uniform(1.5, 5.0) * t + rng.uniform(0, 2 * np.pi))
    return x * _ramp(n, sr, 0.02)


def _chirp(rng: np.random.Generator, n: int, sr: int) -> np.ndarray:
    lo, hi = rng.uniform(1000.0, 2000.0), rng.uniform(3000.0, min(6000.0, 0.4 * sr))
    up = rng.random() < 0.5
    x = np.zeros(n)
    pos = 0
    while pos < n:
        m = min(int(rng.uniform(0.12, 0.3) * sr), n - pos)
        length = m / sr
        fa, fb = (lo, hi) if up else (hi, lo)
        t = np.arange(m) / sr
        k = math.log(fb / fa) / max(length, 1e-9)
        phase = 2.0 * np.pi * fa * (np.exp(k * t) - 1.0) / k
        x[pos:pos + m] = np.sin(phase) * _ramp(m, sr, 0.01)
        pos += m + int(rng.uniform(0.03, 0.08) * sr)
    return x


def _footsteps(rng: np.random.Generator, n: int, sr: int) -> np.ndarray:
    noise = rng.standard_normal(n)
    spec = np.fft.rfft(noise)
    freqs = np.fft.rfftfreq(n, 1.0 / sr)
    spec /= 1.0 + (freqs / rng.uniform(800.0, 2000.0)) ** 2
    noise = np.fft.irfft(spec, n)
    env = np.zeros(n)
    click = int(0.06 * sr)
    shape = np.exp(-np.arange(click) / (0.012 * sr))
    shape[: int(0.001 * sr)] *= np.linspace(0.0, 1.0, int(0.001 * sr), endpoint=False)
    toe = int(rng.uniform(0.04, 0.07) * sr)
    # steps every 0.45-0.6 s, spread so the last one ends with the sound (its length is the one asked for)
    span = max(n - toe - click, 0)
    steps = max(2 if span > 0.1 * sr else 1, int(round(span / (rng.uniform(0.45, 0.6) * sr))) + 1)
    starts = np.linspace(0, span, steps)
    starts[1:-1] += rng.uniform(-0.03, 0.03, max(steps - 2, 0)) * sr
    for pos in starts.astype(int):
        for offset, amp in ((0, 1.0), (toe, 0.6)):
            a = pos + offset
            m = min(click, n - a)
            if m > 0:
                env[a:a + m] = np.maximum(env[a:a + m], amp * shape[:m])
    return noise * env


_GENERATORS = {"bell": _bell, "beep_train": _beep_train, "noise_burst": _noise_burst, "chirp": _chirp,
               "footsteps": _footsteps}


# -- sounds of a scene -------------------------------------------------------------------------------
def load_sound(sound: Any, sample_rate: int) -> np.ndarray:
    """A scene sound as float32 mono at ``sample_rate``: a file (resampled), a ``synth:`` name or an array.

    Inside :func:`cached_sounds`, generated sounds are made once and returned read-only.
    """
    if isinstance(sound, np.ndarray):
        return np.array(sound, dtype=np.float32)
    name = os.fspath(sound)
    if name.startswith("synth:"):
        cls, seed, duration = parse_synth(name)
        key = (name, int(sample_rate))
        if _CACHE is not None and key in _CACHE:
            return _CACHE[key]
        x = synthesize(cls, seed, duration, sample_rate)
        if _CACHE is not None:
            x.flags.writeable = False
            _CACHE[key] = x
        return x
    from t2sa.audio import read_audio

    return read_audio(name, sample_rate, dtype="float32")[0]


_CACHE: dict[tuple[str, int], np.ndarray] | None = None


@contextlib.contextmanager
def cached_sounds() -> Iterator[None]:
    """Keep generated sounds while the block runs (one dataset scene: every format and its labels use one
    synthesis); outside it nothing is kept, so memory follows the events that are playing."""
    global _CACHE
    outer = _CACHE
    _CACHE = {} if outer is None else outer
    try:
        yield
    finally:
        _CACHE = outer


class SyntheticBank:
    """The built-in bank: :data:`SYNTH_CLASSES`, any number of variants (one per seed)."""

    name = "synthetic"
    classes: tuple[str, ...] = SYNTH_CLASSES

    def pick(self, cls: str, rng: np.random.Generator, duration_s: float) -> tuple[str, float | None]:
        """A sound of class ``cls`` for an event of about ``duration_s``: (sound name, event duration)."""
        seed = int(rng.integers(0, 2**31 - 1))
        return synth_name(cls, seed, duration_s), None


class FolderBank:
    """A folder with one subfolder per class holding WAV/FLAC/OGG files (sorted, so picks are reproducible)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        if not self.root.is_dir():
            raise InputError(f"sound bank '{self.root}': not a folder")
        files = {}
        for sub in sorted(p for p in self.root.iterdir() if p.is_dir()):
            found = sorted(f for f in sub.iterdir() if f.is_file() and f.suffix.lower() in AUDIO_SUFFIXES)
            if found:
                files[sub.name] = found
        if not files:
            raise InputError(f"sound bank '{self.root}': no class subfolder holds .wav/.flac/.ogg files")
        self.files = files
        self.classes: tuple[str, ...] = tuple(files)
        self.name = str(self.root)

    def pick(self, cls: str, rng: np.random.Generator, duration_s: float) -> tuple[str, float | None]:
        """A file of class ``cls`` (trimmed to ``duration_s`` if longer): (path, event duration)."""
        files = self.files[cls]
        return str(files[int(rng.integers(0, len(files)))]), duration_s


def open_bank(spec: str, base: Path | None = None) -> SyntheticBank | FolderBank:
    """``"synthetic"`` or a folder path (relative to ``base``)."""
    if spec == "synthetic":
        return SyntheticBank()
    path = Path(spec)
    if base is not None and not path.is_absolute():
        path = base / path
    return FolderBank(path)


def check_classes(bank: SyntheticBank | FolderBank, classes: Sequence[str] | None) -> tuple[str, ...]:
    """The classes to use (all of the bank's when None); unknown names are an :class:`InputError`."""
    if classes is None:
        return tuple(bank.classes)
    unknown = [c for c in classes if c not in bank.classes]
    if unknown:
        raise InputError(f"classes: {unknown[0]!r} is not in bank {bank.name} (has {', '.join(bank.classes)})")
    return tuple(classes)
