"""Two-channel loudspeaker stereo: constant-power panning, optional interaural time difference.

Behaviour (two channels cannot place a source behind or above, so this is what they do instead):

* **Front** azimuths map linearly to the pan position ``p = az / 90`` (+90 = hard left, 0 = centre,
  -90 = hard right); gains ``L = sin((1 + p) pi / 4)``, ``R = cos((1 + p) pi / 4)`` keep ``L^2 + R^2 = 1``.
* **Behind** (``|az| > 90``) is mirrored to the front about the interaural axis (``az -> 180 - az``), so
  135 deg pans like 45 deg and 180 deg pans to the centre.
* **Above/below**: the pan position narrows toward the centre with ``cos(elevation)``; straight up or down
  is centred.
* **ITD** (``RenderOptions.stereo_itd``): the far channel is delayed by the Woodworth spherical-head ITD
  ``(a / c)(theta + sin theta)`` of the lateral angle ``theta`` (a = 8.75 cm, c = 343 m/s, at most
  0.66 ms). Fractional delays use a windowed sinc; both channels then carry :data:`ITD_LATENCY` samples
  of extra latency so the near channel is a delayed impulse too.
"""

from __future__ import annotations

import numpy as np

SPEED_OF_SOUND = 343.0
HEAD_RADIUS_M = 0.0875
ITD_HALF_WIDTH = 16
"""Half-length (samples) of the fractional-delay sinc."""
ITD_LATENCY = ITD_HALF_WIDTH


def pan_position(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """Pan position in [-1, 1] (+1 = left) after mirroring rear sources and narrowing with elevation."""
    az = 180.0 - np.mod(180.0 - np.asarray(azimuth_deg, dtype=float), 360.0)  # (-180, 180]
    front = np.where(az > 90.0, 180.0 - az, np.where(az < -90.0, -180.0 - az, az))
    return front / 90.0 * np.cos(np.radians(np.asarray(elevation_deg, dtype=float)))


def pan_gains(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """Constant-power gains ``(..., 2)`` (channel 0 = left)."""
    theta = (1.0 + pan_position(azimuth_deg, elevation_deg)) * np.pi / 4.0
    return np.stack([np.sin(theta), np.cos(theta)], axis=-1)


def woodworth_itd_s(azimuth_deg: np.ndarray, elevation_deg: np.ndarray) -> np.ndarray:
    """Spherical-head ITD in seconds, positive when the left ear leads (source on the left)."""
    az = np.radians(np.asarray(azimuth_deg, dtype=float))
    el = np.radians(np.asarray(elevation_deg, dtype=float))
    lateral = np.arcsin(np.clip(np.sin(az) * np.cos(el), -1.0, 1.0))  # angle from the median plane
    return HEAD_RADIUS_M / SPEED_OF_SOUND * (lateral + np.sin(lateral))


def itd_filter_length(sample_rate: int) -> int:
    max_delay = HEAD_RADIUS_M / SPEED_OF_SOUND * (np.pi / 2 + 1.0) * sample_rate
    return int(2 * ITD_HALF_WIDTH + np.ceil(max_delay) + 1)


def itd_filters(azimuth_deg: np.ndarray, elevation_deg: np.ndarray, sample_rate: int) -> np.ndarray:
    """Fractional-delay FIRs ``(..., 2, L)`` realising the Woodworth ITD on the far channel."""
    itd = woodworth_itd_s(azimuth_deg, elevation_deg) * sample_rate
    delays = np.stack([np.maximum(-itd, 0.0), np.maximum(itd, 0.0)], axis=-1) + ITD_LATENCY  # (..., 2)
    n = np.arange(itd_filter_length(sample_rate))
    t = n - delays[..., None]
    window = np.where(np.abs(t) < ITD_HALF_WIDTH, 0.5 * (1.0 + np.cos(np.pi * t / ITD_HALF_WIDTH)), 0.0)
    filters = np.sinc(t) * window
    return filters / filters.sum(axis=-1, keepdims=True)  # unit DC gain for every fractional delay
