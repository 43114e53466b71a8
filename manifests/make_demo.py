"""Make the demo manifest and its sounds: ``python manifests/make_demo.py``.

Writes ``manifests/sounds/*.flac`` (five short mono sounds synthesised with numpy, 16-bit FLAC,
22.05 kHz) and ``manifests/demo.parquet`` (English and Korean descriptions, a few rows that set
the position themselves, a trajectory, a pinned Ambisonics row), and ``manifests/demo_scenes.parquet``
(a scene manifest: two 4 s scenes of the same sounds, one row per event, see README.md). Everything is
seeded, so running it again rewrites the same samples. The outputs are committed: ``t2sa-batch submit
manifests/demo.parquet`` works on a fresh clone without running this.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import soundfile as sf

SR = 22050
HERE = Path(__file__).resolve().parent


def _t(seconds: float) -> np.ndarray:
    return np.arange(int(seconds * SR)) / SR


def _fade(x: np.ndarray, ms: float = 10.0) -> np.ndarray:
    n = int(SR * ms / 1000)
    ramp = np.sin(np.linspace(0, np.pi / 2, n)) ** 2
    x = x.copy()
    x[:n] *= ramp
    x[-n:] *= ramp[::-1]
    return x


def bell() -> np.ndarray:
    """Inharmonic partials (a struck bell's ratios) with per-partial exponential decay; 3 s."""
    t = _t(3.0)
    f0 = 523.25
    partials = [
        (0.5, 0.6, 2.2),
        (1.0, 1.0, 1.6),
        (1.183, 0.5, 1.1),
        (1.506, 0.45, 0.9),
        (2.0, 0.35, 0.7),
        (2.514, 0.25, 0.5),
        (3.011, 0.15, 0.35),
    ]
    x = sum(a * np.exp(-t / tau) * np.sin(2 * np.pi * f0 * r * t) for r, a, tau in partials)
    strike = np.exp(-t / 0.004) * np.random.default_rng(1).standard_normal(t.size) * 0.3
    return _fade(x + strike)


def rhythm() -> np.ndarray:
    """Band-limited noise bursts on a syncopated 120 bpm pattern (hi-hat/snare-like); 2.5 s."""
    from scipy.signal import butter, sosfilt

    rng = np.random.default_rng(2)
    x = np.zeros(int(2.5 * SR))
    step = int(0.125 * SR)
    pattern = [1, 0, 1, 1, 0.6, 0, 1, 0, 1, 0, 0.6, 1, 0, 1, 0.6, 0, 1, 0, 1, 1]
    hp = butter(4, 4000, "highpass", fs=SR, output="sos")
    bp = butter(2, [300, 2500], "bandpass", fs=SR, output="sos")
    for i, level in enumerate(pattern):
        if not level:
            continue
        n = int(0.09 * SR)
        env = np.exp(-np.arange(n) / (0.012 * SR if i % 4 else 0.03 * SR))
        noise = rng.standard_normal(n)
        burst = sosfilt(hp if i % 4 else bp, noise) * env * level
        x[i * step : i * step + n] += burst
    return _fade(x)


def chirp() -> np.ndarray:
    """Repeated bird-like up-chirps (2 -> 5 kHz, 80 ms) with a little vibrato; 2 s."""
    x = np.zeros(int(2.0 * SR))
    n = int(0.08 * SR)
    tt = np.arange(n) / SR
    f = 2000 + 3000 * (tt / tt[-1]) ** 1.5 + 150 * np.sin(2 * np.pi * 40 * tt)
    phase = 2 * np.pi * np.cumsum(f) / SR
    one = np.sin(phase) * np.sin(np.pi * tt / tt[-1]) ** 2
    for start in (0.1, 0.25, 0.4, 0.9, 1.05, 1.5, 1.62, 1.74):
        i = int(start * SR)
        x[i : i + n] += one
    return _fade(x)


def bee() -> np.ndarray:
    """A buzzing bee: 220 Hz sawtooth-rich tone with wing-beat AM and pitch wander; 2.5 s."""
    t = _t(2.5)
    rng = np.random.default_rng(3)
    wander = np.cumsum(rng.standard_normal(t.size)) / np.sqrt(SR) * 6.0
    f = 220 + 12 * np.sin(2 * np.pi * 0.7 * t) + wander
    phase = 2 * np.pi * np.cumsum(f) / SR
    saw = sum(np.sin(k * phase) / k for k in range(1, 12))
    am = 0.75 + 0.25 * np.sin(2 * np.pi * 18 * t)
    return _fade(saw * am, 60.0)


def footsteps() -> np.ndarray:
    """Heel-toe pairs of damped low clicks every 0.5 s; 2.5 s."""
    from scipy.signal import butter, sosfilt

    rng = np.random.default_rng(4)
    x = np.zeros(int(2.5 * SR))
    lp = butter(3, 900, "lowpass", fs=SR, output="sos")
    for k in range(5):
        for offset, level in ((0.0, 1.0), (0.07, 0.5)):
            i = int((0.1 + 0.5 * k + offset) * SR)
            n = int(0.06 * SR)
            click = sosfilt(lp, rng.standard_normal(n)) * np.exp(-np.arange(n) / (0.008 * SR)) * level
            x[i : i + n] += click
    return _fade(x)


SOUNDS = {"bell": bell, "rhythm": rhythm, "chirp": chirp, "bee": bee, "footsteps": footsteps}

ORBIT = [
    {"t": 0.0, "azimuth_deg": 0.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
    {"t": 0.5, "azimuth_deg": 180.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
    {"t": 1.0, "azimuth_deg": 360.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
]

# id, text, sound, overrides
ROWS: list[tuple[str, str | None, str, dict]] = [
    ("bell-left", "a bell ringing softly to my left", "bell", {}),
    ("drums-behind-ko", "드럼 소리가 뒤쪽 멀리서 들린다", "rhythm", {}),
    ("bee-around", "a bee buzzing around my head", "bee", {}),
    ("steps-approach", "footsteps approaching from the right", "footsteps", {}),
    ("bird-above", "a bird chirping high above me", "chirp", {}),
    ("bell-right-ko", "오른쪽 가까이에서 종이 울린다", "bell", {}),
    ("bee-overhead-ko", "머리 위에서 벌이 윙윙거린다", "bee", {}),
    ("steps-recede-ko", "발소리가 앞에서 점점 멀어진다", "footsteps", {}),
    ("drums-hall", "drums in a big reverberant hall, in front of me", "rhythm", {}),
    ("probe-left-90", None, "chirp", {"azimuth_deg": 90.0, "elevation_deg": 0.0}),
    ("probe-back-right-up", None, "rhythm", {"azimuth_deg": -135.0, "elevation_deg": 30.0, "distance_m": 2.0}),
    ("bee-orbit", "a bee circling me", "bee", {"motion": "orbit", "trajectory": json.dumps(ORBIT)}),
    ("bell-front-foa", "a chime straight ahead", "bell", {"format": "foa"}),
]

# scene manifest: scene, id, text, sound, onset, duration, label, overrides (the scene's own cells: SCENES)
SCENES = {
    "street": {"scene_duration_s": 4.0, "room_rt60_s": 0.8, "room_drr_db": 4.0, "room_wet": 0.6,
               "background_noise": "pink", "background_level_db": -45.0},
    "garden": {"scene_duration_s": 4.0, "background_noise": "brown", "background_level_db": -50.0},
}
SCENE_ROWS: list[tuple[str, str, str | None, str, float, float | None, str, dict]] = [
    ("street", "street-bell", "a bell ringing to my left", "bell", 0.0, 2.0, "bell", {}),
    ("street", "street-steps", "footsteps approaching from the right", "footsteps", 0.5, 3.0, "footsteps", {}),
    ("street", "street-drums", None, "rhythm", 2.0, 2.0, "drums", {"azimuth_deg": 160.0, "elevation_deg": 0.0}),
    ("garden", "garden-bird", "새가 머리 위에서 지저귄다", "chirp", 0.3, 1.5, "bird", {}),
    ("garden", "garden-bee", "a bee circling me", "bee", 1.0, 3.0, "bee", {"motion": "orbit", "trajectory": json.dumps(ORBIT)}),
]


def write_scene_manifest() -> Path:
    """``demo_scenes.parquet``: one row per event, grouped by ``scene_id``; the scene cells on every row."""
    rows = []
    for scene, event_id, text, sound, onset, duration, label, overrides in SCENE_ROWS:
        row = {"scene_id": scene, "id": event_id, "text": text, "audio": f"sounds/{sound}.flac", "onset_s": onset,
               "duration_s": duration, "label": label, "azimuth_deg": None, "elevation_deg": None, "motion": None,
               "trajectory": None, **SCENES[scene]}
        row.update(overrides)
        rows.append(row)
    path = HERE / "demo_scenes.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    return path


def main() -> None:
    folder = HERE / "sounds"
    folder.mkdir(exist_ok=True)
    for name, make in SOUNDS.items():
        x = make()
        x = 0.5 * x / np.max(np.abs(x))  # -6 dBFS peak
        sf.write(folder / f"{name}.flac", x.astype(np.float64), SR, subtype="PCM_16", format="FLAC")
    columns = ["id", "text", "audio", "format", "azimuth_deg", "elevation_deg", "distance_m", "motion", "trajectory"]
    rows = []
    for row_id, text, sound, overrides in ROWS:
        row = {c: None for c in columns}
        row.update(id=row_id, text=text, audio=f"sounds/{sound}.flac", **overrides)
        rows.append(row)
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("audio", pa.string()),
            ("format", pa.string()),
            ("azimuth_deg", pa.float64()),
            ("elevation_deg", pa.float64()),
            ("distance_m", pa.float64()),
            ("motion", pa.string()),
            ("trajectory", pa.string()),
        ]
    )
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), HERE / "demo.parquet")
    write_scene_manifest()
    total = sum(f.stat().st_size for f in folder.glob("*.flac"))
    print(f"wrote {len(rows)} rows to {HERE / 'demo.parquet'} and {len(SOUNDS)} sounds ({total / 1024:.0f} kB)")


if __name__ == "__main__":
    main()
