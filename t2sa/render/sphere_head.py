"""Built-in HRIRs: a rigid spherical head (exact Rayleigh series) with a simple pinna, no download.

Why this model:

* Head: the exact solution for a plane wave scattered by a rigid sphere (Rayleigh 1904; see Duda &
  Martens 1998, JASA 104(5)) gives the pressure at an ear point as a function of the angle ``theta``
  between the source direction and the ear and of ``mu = k a``::

      H(mu, theta) = mu**-2 * sum_m (-i)**(m - 1) (2m + 1) P_m(cos theta) / h_m'(mu)

  relative to the free field at the head centre (``h_m`` the spherical Hankel function of the first
  kind, e^{-i w t} time convention; conjugated here to numpy's FFT convention). It contains all the
  physics a spherical head has: ILD ~0 dB at low frequency, growing with frequency to ~+6 dB at the
  near ear (pressure doubling) and -10..-20 dB in the far ear's shadow, the "bright spot" right
  opposite the source, and the ITD (Kuhn's 1.5 a/c sin(theta) at low frequency, Woodworth's
  (a/c)(theta + sin theta) at high frequency), so no separate delay model is needed.
* Ears at +-100 degrees azimuth on the equator (Brown & Duda 1998 place them 10 degrees behind the
  interaural axis, which matches measured heads better and gives a small front/back difference).
* Pinna: a sphere alone is identical on every cone of confusion, so an elevation cue is added after
  Brown & Duda's pinna model: five echoes with reflection coefficients (0.5, -1, 0.5, -0.25, 0.25) and
  delays ``A_k cos(alpha/2) sin(D_k (90 deg - phi)) + B_k`` samples at 44.1 kHz (A = 1, 5, 5, 5, 5;
  B = 2, 4, 7, 11, 13; D = 1, .5, .5, .5, .5), with ``alpha`` the lateral angle and ``phi`` the
  elevation within the cone (mirrored front/back). The echoes sum to 1 at DC, so low-frequency
  levels stay those of the sphere. Rear sources get a first-order pinna-shadow shelf (up to -6 dB
  above ~3 kHz straight behind), the main front/back cue of a real pinna.

Everything is closed-form and deterministic; results are cached per sample rate, in memory and on disk
(:func:`cached_head_model_with_onsets`).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np

from t2sa.render.ambisonics import legendre_polynomials

HEAD_RADIUS_M = 0.0875
SPEED_OF_SOUND = 343.0
EAR_AZIMUTH_DEG = 100.0
REFERENCE_RATE = 48000
REFERENCE_TAPS = 256
CENTRE_DELAY_S = 0.75e-3  # the head centre's arrival time inside the IR: room for the near ear (a/c = 0.26 ms) and pre-ringing
MEASUREMENT_DISTANCE_M = 1.0  # nominal: the model is far field (plane wave), independent of distance

PINNA_RHO = np.array([0.5, -1.0, 0.5, -0.25, 0.25])
PINNA_A = np.array([1.0, 5.0, 5.0, 5.0, 5.0])
PINNA_B = np.array([2.0, 4.0, 7.0, 11.0, 13.0])
PINNA_D = np.array([1.0, 0.5, 0.5, 0.5, 0.5])
PINNA_RATE = 44100.0
REAR_SHADOW_DB = 6.0
REAR_SHADOW_HZ = 3000.0

REFERENCES = (
    "Duda RO, Martens WL (1998) Range dependence of the response of a spherical head model, JASA 104(5); "
    "Brown CP, Duda RO (1998) A structural model for binaural sound synthesis, IEEE TSAP 6(5)"
)


def ear_positions_m() -> np.ndarray:
    """Where the model's ears are, (2, 3) metres [left, right], x front, y left, z up (SOFA's listener frame).

    Metadata for SOFA's ``ReceiverPosition``: on the sphere's equator at +-``EAR_AZIMUTH_DEG``.
    """
    az = np.deg2rad(EAR_AZIMUTH_DEG)
    x, y = HEAD_RADIUS_M * np.cos(az), HEAD_RADIUS_M * np.sin(az)
    return np.array([[x, y, 0.0], [x, -y, 0.0]])


def grid(az_step_deg: float = 5.0, el_step_deg: float = 5.0) -> np.ndarray:
    """Full-sphere ring grid (n, 2) [azimuth, elevation] degrees.

    Rings every ``el_step_deg`` from -90 to 90; on each ring the azimuth count is a multiple of 4 close
    to 360 cos(el) / az_step, so spacing on the sphere stays near ``az_step_deg``. Every other ring is
    rotated by half a step (the horizontal ring is not, so 0, +-90 and 180 are on the grid), which
    gives near-equilateral triangles instead of split trapezoids. The grid is mirror-symmetric
    (az -> -az) and so is its triangulation (see ``hrtf_interp._canonical_diagonals``), so left/right
    symmetry of interpolated filters is exact.
    """
    rows = []
    for el in np.arange(-90.0, 90.0 + 1e-9, el_step_deg):
        count = 4 * int(round(360.0 / az_step_deg * np.cos(np.deg2rad(el)) / 4.0))
        if count < 4 or abs(abs(el) - 90.0) < 1e-9:
            rows.append([0.0, el])
            continue
        stagger = 0.5 if int(round(el / el_step_deg)) % 2 else 0.0
        az = (np.arange(count) + stagger) * (360.0 / count)
        az = np.mod(az + 180.0, 360.0) - 180.0
        rows.extend([a, el] for a in az)
    return np.array(rows, dtype=np.float64)


def sphere_response(theta_rad: np.ndarray, freqs_hz: np.ndarray, radius_m: float = HEAD_RADIUS_M, c: float = SPEED_OF_SOUND) -> np.ndarray:
    """Rigid-sphere surface pressure / free-field centre pressure, (len(theta), len(freqs)), numpy FFT convention.

    ``theta`` is the angle between the source direction and the ear point (0 = ear faces the source).
    DC is exactly 1. The series is summed to well past ``mu`` where terms are negligible.
    """
    theta = np.asarray(theta_rad, dtype=np.float64).ravel()
    freqs = np.asarray(freqs_hz, dtype=np.float64).ravel()
    mu = 2.0 * np.pi * freqs * radius_m / c
    out = np.ones((theta.size, freqs.size), dtype=np.complex128)
    pos = mu > 0
    if not np.any(pos):
        return out
    from scipy.special import spherical_jn, spherical_yn  # lazy: only needed when not cached

    mu_p = mu[pos]
    m_max = int(np.ceil(mu_p.max() + 4.0 * mu_p.max() ** (1.0 / 3.0) + 20))
    m = np.arange(m_max + 1)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        dh = spherical_jn(m[:, None], mu_p[None, :], derivative=True) + 1j * spherical_yn(m[:, None], mu_p[None, :], derivative=True)
        inv = 1.0 / dh
    inv = np.where(np.isfinite(inv), inv, 0.0)
    coef = ((-1j) ** (m - 1) * (2 * m + 1))[:, None] * inv / mu_p[None, :] ** 2  # (m, f)
    legendre = legendre_polynomials(np.cos(theta), m_max)  # (theta, m)
    h = legendre @ coef
    out[:, pos] = np.conj(h)  # e^{-iwt} -> numpy's e^{+iwt}: a delay is exp(-i w tau)
    return out


def interaural_polar(directions: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lateral angle (rad, +left, -pi/2..pi/2) and polar angle (rad, 0 front, pi/2 up, pi back) per direction."""
    az = np.deg2rad(directions[:, 0])
    el = np.deg2rad(directions[:, 1])
    x, y, z = np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)
    lateral = np.arcsin(np.clip(y, -1.0, 1.0))
    polar = np.arctan2(z, x)  # -pi..pi, 0 front, pi/2 up, +-pi back
    return lateral, polar


def pinna_response(directions: np.ndarray, freqs_hz: np.ndarray) -> np.ndarray:
    """Brown-Duda pinna echoes (direct + 5 echoes) and rear shadow shelf, (n, len(freqs)), DC = 1."""
    lateral, polar = interaural_polar(directions)
    # elevation inside the cone of confusion, mirrored so front and back share echo delays
    phi = np.where(np.abs(polar) <= np.pi / 2, polar, np.sign(polar) * np.pi - polar)
    delays = PINNA_A[None, :] * np.cos(lateral / 2)[:, None] * np.sin(PINNA_D[None, :] * (np.pi / 2 - phi)[:, None]) + PINNA_B[None, :]
    delays_s = np.maximum(delays, 1.0) / PINNA_RATE  # (n, 5)
    w = 2.0 * np.pi * np.asarray(freqs_hz, dtype=np.float64)
    echoes = 1.0 + np.einsum("k,nkf->nf", PINNA_RHO, np.exp(-1j * delays_s[:, :, None] * w[None, None, :]))
    rear = np.clip(-np.cos(polar), 0.0, 1.0) * np.cos(lateral)  # 1 straight behind, 0 in front and at the sides
    gain_hf = 10.0 ** (-REAR_SHADOW_DB * rear / 20.0)  # high-frequency gain of the shelf
    f = np.asarray(freqs_hz, dtype=np.float64)[None, :]
    shelf = (1.0 + 1j * f / (REAR_SHADOW_HZ / gain_hf[:, None])) / (1.0 + 1j * f / REAR_SHADOW_HZ)
    return echoes * shelf


def head_model_irs(sample_rate: int, directions: np.ndarray | None = None, taps: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(directions (n, 2), irs (n, 2, taps)) of the spherical-head model at ``sample_rate``.

    Band-limited with a roll-off above 18 kHz (see ``_band_edge``). Taps default to 256 at 48 kHz, scaled with the rate so the IRs always span the same 5.3 ms.
    Built in the frequency domain on a 4x longer FFT (negligible time aliasing), shifted so the head
    centre arrives at 0.75 ms, then windowed (short fade-in before the earliest possible onset,
    half-Hann fade-out over the last quarter) so truncation adds no clicks.
    """
    if directions is None:
        directions = grid()
    directions = np.asarray(directions, dtype=np.float64)
    if taps is None:
        taps = int(round(REFERENCE_TAPS * sample_rate / REFERENCE_RATE))
    n_fft = 4 * taps
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sample_rate)
    az = np.deg2rad(directions[:, 0])
    el = np.deg2rad(directions[:, 1])
    src = np.stack([np.cos(el) * np.cos(az), np.cos(el) * np.sin(az), np.sin(el)], axis=1)
    ear_az = np.deg2rad(EAR_AZIMUTH_DEG)
    ears = np.array([[np.cos(ear_az), np.sin(ear_az), 0.0], [np.cos(ear_az), -np.sin(ear_az), 0.0]])
    theta = np.arccos(np.clip(src @ ears.T, -1.0, 1.0))  # (n, 2)
    spec = sphere_response(theta.ravel(), freqs).reshape(len(directions), 2, -1)
    spec *= pinna_response(directions, freqs)[:, None, :]
    spec *= np.exp(-2j * np.pi * freqs * CENTRE_DELAY_S)[None, None, :]
    spec *= _band_edge(freqs, sample_rate)[None, None, :]
    irs = np.fft.irfft(spec, n_fft, axis=-1)[..., :taps]
    irs *= _window(taps, sample_rate)
    return directions, irs


def _band_edge(freqs: np.ndarray, sample_rate: int) -> np.ndarray:
    """Raised-cosine roll-off from 18 kHz (or 3/4 of Nyquist) to zero at Nyquist.

    Why: the sphere's response is still strong at Nyquist (+6 dB near the ear, a bright spot behind
    the head), and cutting it off there rings like a sinc before the onset, which smears the onset
    of far-ear IRs. Real heads and microphones roll off up there anyway.
    """
    nyquist = sample_rate / 2.0
    f_lo = min(18000.0, 0.75 * nyquist)
    ramp = np.clip((freqs - f_lo) / (nyquist - f_lo), 0.0, 1.0)
    return 0.5 + 0.5 * np.cos(np.pi * ramp)


def _window(taps: int, sample_rate: int) -> np.ndarray:
    win = np.ones(taps)
    earliest = CENTRE_DELAY_S - 1.1 * HEAD_RADIUS_M / SPEED_OF_SOUND  # before the near ear's onset
    fade_in = max(int(earliest * sample_rate * 0.5), 1)
    win[:fade_in] = 0.5 - 0.5 * np.cos(np.pi * np.arange(fade_in) / fade_in)
    fade_out = taps // 4
    win[taps - fade_out :] = 0.5 + 0.5 * np.cos(np.pi * (np.arange(fade_out) + 1) / fade_out)
    return win


@lru_cache(maxsize=8)
def cached_head_model_with_onsets(sample_rate: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Model IRs per rate and their onset delays (``hrtf_interp.onset_delays``), computed once per process
    (read-only arrays, shared by all callers).

    Also kept on disk (see :func:`cache_dir`), because computing them takes a few tenths of a second, most
    of a short ``t2sa render``: the file is keyed by a hash of this module's source, the rate and the
    numpy/scipy versions, holds the exact computed arrays plus their digest, and is written atomically;
    anything unreadable or not matching is ignored and recomputed. So the arrays are bit-identical with or
    without the cache.
    """
    from t2sa.render.hrtf_interp import onset_delays

    directions = grid()
    cached = _load_cached(sample_rate, len(directions))
    if cached is None:
        directions, irs = head_model_irs(sample_rate, directions)
        onsets = onset_delays(irs, sample_rate)
        _store_cached(sample_rate, irs, onsets)
    else:
        irs, onsets = cached
    for a in (directions, irs, onsets):
        a.setflags(write=False)
    return directions, irs, onsets


def cache_dir() -> Path | None:
    """``$T2SA_CACHE_DIR`` (``off`` or empty: no disk cache), else ``$XDG_CACHE_HOME/t2sa``, else ``~/.cache/t2sa``."""
    env = os.environ.get("T2SA_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "none") else Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "t2sa"


def _cache_path(sample_rate: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import scipy

    key = hashlib.sha256()
    key.update(Path(__file__).read_bytes())
    key.update((Path(__file__).parent / "hrtf_interp.py").read_bytes())  # onset_delays
    key.update(f"|{int(sample_rate)}|{np.__version__}|{scipy.__version__}".encode())
    return folder / f"headmodel-{int(sample_rate)}-{key.hexdigest()[:20]}.npz"


def _digest(*arrays: np.ndarray) -> str:
    h = hashlib.blake2b(digest_size=16)
    for a in arrays:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()


def _load_cached(sample_rate: int, n_directions: int) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        path = _cache_path(sample_rate)
        if path is None or not path.is_file():
            return None
        with np.load(path, allow_pickle=False) as data:
            irs, onsets, digest = np.array(data["irs"]), np.array(data["onsets"]), str(data["digest"])
        taps = int(round(REFERENCE_TAPS * sample_rate / REFERENCE_RATE))
        ok = irs.shape == (n_directions, 2, taps) and onsets.shape == (n_directions, 2)
        if not ok or irs.dtype != np.float64 or onsets.dtype != np.float64 or digest != _digest(irs, onsets):
            return None
        return irs, onsets
    except Exception:  # a damaged or foreign file: recompute
        return None


def _store_cached(sample_rate: int, irs: np.ndarray, onsets: np.ndarray) -> None:
    try:
        path = _cache_path(sample_rate)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        # an unpredictable name created exclusively: a planted file or link at a guessable name is never followed
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.tmp-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, irs=irs, onsets=onsets, digest=np.array(_digest(irs, onsets)))
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    except Exception:  # read-only home, full disk: the cache is only an optimisation
        return
