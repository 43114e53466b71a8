"""Reading and writing SOFA (AES69) SimpleFreeFieldHRIR files with sofar, with checks of our own.

Why our own checks: sofar reads many broken files without complaint (or fails with whatever
OSError / AttributeError / KeyError netCDF raises), and its verifier rejects some perfectly usable
SOFA 0.4 files. We read with ``verify=False`` and check exactly what rendering relies on, so every
refusal is an :class:`~t2sa.errors.HRTFError` that names the file and the reason.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from t2sa.errors import HRTFError
from t2sa.render.hrtf_interp import fractional_delay

CONVENTION = "SimpleFreeFieldHRIR"
AUTHOR_CONTACT = "t2sa (generated file; see its GLOBAL_Comment)"
DEFAULT_EARS = np.array([[0.0, 0.0875, 0.0], [0.0, -0.0875, 0.0]])
"""SOFA's conventional ears: on the y axis (+-90 degrees), 8.75 cm from the centre; left first."""


@dataclass(frozen=True)
class SofaHRIR:
    """The parts of a SimpleFreeFieldHRIR file rendering needs (validated)."""

    name: str
    sample_rate: int
    directions: np.ndarray  # (M, 2) azimuth, elevation in degrees
    irs: np.ndarray  # (M, 2, N), receiver 0 = left ear
    distance_m: float


@contextlib.contextmanager
def _quiet():
    """Silence sofar: it prints notes about custom entries to stdout and warns about SOFA 0.4 files,
    which would be repeated for every row of a batch."""
    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        yield


@contextlib.contextmanager
def _sofa_named(path: Path):
    """sofar replaces any suffix with '.sofa' before opening; give other names a '.sofa' symlink."""
    if path.suffix == ".sofa":
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="t2sa-sofa-") as tmp:
        link = Path(tmp) / "hrtf.sofa"
        link.symlink_to(path.resolve())
        yield link


def _fail(path: Path, reason: str) -> HRTFError:
    return HRTFError(f"HRTF file '{path}': {reason}")


def _get(sofa, name: str, path: Path):
    try:
        return getattr(sofa, name)
    except AttributeError:
        raise _fail(path, f"missing SOFA variable {name}") from None


def read_sofa_hrir(path: str | os.PathLike) -> SofaHRIR:
    """Read and validate a SimpleFreeFieldHRIR file (SOFA conventions 0.4 or 1.0).

    Positions may be spherical (degrees or radians) or Cartesian; they become azimuth/elevation
    degrees. ``Data.Delay`` (per measurement or global, per ear) is applied to the IRs, so the
    returned IRs carry their full timing. Receiver 0 is taken as the left ear as the convention
    says; ``ReceiverPosition`` is deliberately ignored (it is wrong in common SOFA 0.4 files).
    """
    import sofar  # imported here: sofar/netCDF are slow to import and only needed for SOFA files

    path = Path(path).expanduser()
    if not path.exists():
        raise _fail(path, "file not found")
    if not path.is_file():
        raise _fail(path, "not a regular file")
    try:
        with _quiet(), _sofa_named(path) as readable:
            sofa = sofar.read_sofa(str(readable), verify=False, verbose=False)
    except Exception as exc:  # netCDF/HDF5/sofar raise OSError, AttributeError, KeyError, ValueError, ...
        raise _fail(path, f"cannot be read as a SOFA file (corrupt or not netCDF-4/HDF5): {type(exc).__name__}: {exc}") from exc

    convention = str(getattr(sofa, "GLOBAL_SOFAConventions", "") or "")
    version = str(getattr(sofa, "GLOBAL_SOFAConventionsVersion", "") or "")
    if convention != CONVENTION:
        raise _fail(path, f"SOFA convention is '{convention or '?'}' (version {version or '?'}), expected {CONVENTION}")

    irs = np.asarray(_get(sofa, "Data_IR", path), dtype=np.float64)
    if irs.ndim != 3:
        raise _fail(path, f"Data.IR has shape {irs.shape}, expected 3-D (measurements, receivers, samples)")
    m, r, n = irs.shape
    if m < 1:
        raise _fail(path, "contains no measurements")
    if r != 2:
        raise _fail(path, f"has {r} receivers, expected 2 (left and right ear)")
    if n < 2:
        raise _fail(path, f"IRs are {n} sample(s) long")
    bad = ~np.isfinite(irs)
    if bad.any():
        raise _fail(path, f"Data.IR contains {int(bad.sum())} NaN/inf values (first in measurement {int(np.argwhere(bad)[0][0])})")
    silent = ~np.any(irs != 0.0, axis=-1)  # (M, 2)
    if silent.any():
        mi, ri = (int(i) for i in np.argwhere(silent)[0])
        raise _fail(path, f"{int(silent.sum())} all-zero IR(s) (first: measurement {mi}, receiver {ri})")

    sample_rate = _sample_rate(sofa, path)
    directions, distance = _directions(sofa, path, m)
    irs = _apply_delay(sofa, path, irs)
    _check_view(sofa, path)
    name = path.stem
    return SofaHRIR(name=name, sample_rate=sample_rate, directions=directions, irs=irs, distance_m=distance)


def _sample_rate(sofa, path: Path) -> int:
    rate = np.unique(np.asarray(_get(sofa, "Data_SamplingRate", path), dtype=np.float64).ravel())
    if rate.size != 1 or not np.isfinite(rate[0]) or rate[0] <= 0:
        raise _fail(path, f"Data.SamplingRate is {rate.tolist()}, expected one positive value")
    fs = float(rate[0])
    if abs(fs - round(fs)) > 1e-6 * fs:
        raise _fail(path, f"Data.SamplingRate {fs} Hz is not a whole number of hertz")
    units = str(getattr(sofa, "Data_SamplingRate_Units", "hertz") or "hertz").lower()
    if units not in ("hertz", "hz"):
        raise _fail(path, f"Data.SamplingRate units are '{units}', expected hertz")
    return int(round(fs))


def _directions(sofa, path: Path, m: int) -> tuple[np.ndarray, float]:
    pos = np.asarray(_get(sofa, "SourcePosition", path), dtype=np.float64)
    if pos.ndim == 1 and pos.size == 3:
        pos = pos[None, :]
    if pos.ndim != 2 or pos.shape[1] != 3 or pos.shape[0] not in (m,):
        if not (pos.ndim == 2 and pos.shape == (1, 3) and m == 1):
            raise _fail(path, f"SourcePosition has shape {pos.shape}, expected ({m}, 3)")
    if not np.all(np.isfinite(pos)):
        raise _fail(path, "SourcePosition contains NaN/inf")
    kind = str(getattr(sofa, "SourcePosition_Type", "spherical") or "spherical").lower()
    units = str(getattr(sofa, "SourcePosition_Units", "") or "").lower()
    if kind == "cartesian":
        x, y, z = pos.T
        dist = np.sqrt(x * x + y * y + z * z)
        if np.any(dist <= 0):
            raise _fail(path, "SourcePosition has a source at the origin (no direction)")
        az = np.degrees(np.arctan2(y, x))
        el = np.degrees(np.arctan2(z, np.hypot(x, y)))
    elif kind == "spherical":
        az, el, dist = pos.T
        first_unit = units.split(",")[0].strip() if units else "degree"
        if first_unit.startswith("rad"):
            az, el = np.degrees(az), np.degrees(el)
        if np.any(np.abs(el) > 90.0 + 1e-3):
            raise _fail(path, f"SourcePosition elevation out of -90..90 degrees (max |el| = {np.abs(el).max():.3g})")
        el = np.clip(el, -90.0, 90.0)
    else:
        raise _fail(path, f"SourcePosition_Type is '{kind}', expected spherical or cartesian")
    az = np.mod(az + 180.0, 360.0) - 180.0  # wrap to [-180, 180)
    good = dist[np.isfinite(dist) & (dist > 0)]
    distance = float(np.median(good)) if good.size else 1.0
    return np.stack([az, el], axis=1), distance


def _apply_delay(sofa, path: Path, irs: np.ndarray) -> np.ndarray:
    """SOFA keeps an optional broadband delay per ear outside the IR; fold it in so timing is complete."""
    delay = getattr(sofa, "Data_Delay", None)
    if delay is None:
        return irs
    delay = np.asarray(delay, dtype=np.float64)
    if not np.all(np.isfinite(delay)) or np.any(delay < 0):
        raise _fail(path, "Data.Delay contains negative or NaN/inf values")
    if not np.any(delay):
        return irs
    if delay.size % 2 or delay.reshape(-1, 2).shape[0] not in (1, irs.shape[0]):
        raise _fail(path, f"Data.Delay has shape {delay.shape}, expected (1, 2) or ({irs.shape[0]}, 2)")
    delay = np.broadcast_to(delay.reshape(-1, 2), irs.shape[:2])
    extra = int(np.ceil(delay.max()))
    return fractional_delay(irs, delay, irs.shape[-1] + extra)


def _check_view(sofa, path: Path) -> None:
    """Positions are taken as listener-relative with the listener looking along +x; say so if not."""
    view = getattr(sofa, "ListenerView", None)
    kind = str(getattr(sofa, "ListenerView_Type", "cartesian") or "cartesian").lower()
    if view is None or kind != "cartesian":
        return
    v = np.asarray(view, dtype=np.float64).reshape(-1, 3)
    norm = np.linalg.norm(v, axis=1)
    if np.any(norm > 0) and not np.allclose(v[norm > 0] / norm[norm > 0, None], [1.0, 0.0, 0.0], atol=1e-3):
        warnings.warn(
            f"HRTF file '{path}': ListenerView is {v[0].tolist()}, not [1, 0, 0]; source positions are used as if "
            "relative to a listener facing +x",
            stacklevel=3,
        )


def write_sofa_hrir(
    path: str | os.PathLike,
    *,
    name: str,
    sample_rate: int,
    directions: np.ndarray,
    irs: np.ndarray,
    distance_m: float,
    comment: str = "",
    receiver_positions: np.ndarray | None = None,
    references: str = "",
    author_contact: str = AUTHOR_CONTACT,
) -> None:
    """Write a SOFA 1.0 SimpleFreeFieldHRIR file that ``sofar.verify`` accepts.

    ``receiver_positions`` (2, 3) metres, [left, right] ears in the listener frame (x front, y left);
    None: the SOFA default, ears on the y axis at +-8.75 cm. ``GLOBAL_ApplicationVersion`` is t2sa's
    version (sofar would put Python's there). Written to a temporary name next to ``path`` and renamed,
    so a reader never sees half a file. Exactly ``path`` is written (sofar would otherwise append '.sofa').
    """
    import sofar

    from t2sa import __version__

    path = Path(path).expanduser()
    if path.parent and not path.parent.exists():
        raise HRTFError(f"HRTF file '{path}': folder {path.parent} does not exist")
    irs = np.asarray(irs, dtype=np.float64)
    directions = np.asarray(directions, dtype=np.float64)
    with _quiet():
        sofa = sofar.Sofa(CONVENTION)
        sofa.GLOBAL_Title = name
        sofa.GLOBAL_DatabaseName = "t2sa"
        sofa.GLOBAL_ListenerShortName = name
        sofa.GLOBAL_Comment = comment
        sofa.GLOBAL_Organization = "t2sa"
        sofa.GLOBAL_License = "MIT"
        sofa.GLOBAL_ApplicationName = "t2sa"
        sofa.GLOBAL_ApplicationVersion = __version__
        sofa.GLOBAL_AuthorContact = author_contact
        if references:
            sofa.GLOBAL_References = references
        sofa.ListenerPosition = np.zeros((1, 3))
        ears = DEFAULT_EARS if receiver_positions is None else np.asarray(receiver_positions, dtype=np.float64)
        if ears.shape != (2, 3) or not np.all(np.isfinite(ears)):
            raise HRTFError(f"HRTF file '{path}': receiver_positions has shape {ears.shape}, expected (2, 3) metres")
        sofa.ReceiverPosition = ears[:, :, None]
        dist = np.full((len(directions), 1), float(distance_m))
        sofa.SourcePosition = np.hstack([np.mod(directions[:, :1], 360.0), directions[:, 1:2], dist])
        sofa.SourcePosition_Type = "spherical"
        sofa.SourcePosition_Units = "degree, degree, metre"
        sofa.Data_IR = irs
        sofa.Data_SamplingRate = float(sample_rate)
        sofa.Data_Delay = np.zeros((1, 2))
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.sofa")
        try:
            sofar.write_sofa(str(tmp), sofa)
            os.replace(tmp, path)
        except HRTFError:
            raise
        except Exception as exc:
            raise HRTFError(f"HRTF file '{path}': cannot be written: {type(exc).__name__}: {exc}") from exc
        finally:
            if tmp.exists():
                tmp.unlink()
