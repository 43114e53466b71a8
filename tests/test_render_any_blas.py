"""Rendered bytes do not depend on which BLAS kernel the CPU gets.

OpenBLAS picks its kernels, and with them the order of every sum in a matrix product, by the CPU: round 33 rendered
the same moving sources on this project's AVX2 machine and on an AVX-512 one (same numpy and scipy) and got other
bits, while ``OPENBLAS_CORETYPE=Haswell`` made the two agree. No product on a render's path goes through BLAS now
(the Doppler interpolator is an FFT filter bank, the rest numpy's einsum loops): the same code on every x86-64 CPU.
This checks it on one machine: OpenBLAS is made to use
other kernels (``OPENBLAS_CORETYPE``, read when numpy loads, so each render runs in its own process) and the
bytes of moving and static renders, every format and a measured HRTF, must not move. Before the change, the
moving renders changed with the kernel. Round 56 found one more on an AVX-512 machine (its default SkylakeX kernel):
the VBAP bases' inverse from ``np.linalg.inv`` (LAPACK) moved a moving 7.1.4 render; the 3 x 3 inverses are written
out now (:mod:`t2sa.render.linalg3`).
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from support.shared import HRTF_DIR

ROOT = Path(__file__).resolve().parents[1]

PROBE = r"""
import hashlib, sys, warnings
import numpy as np
warnings.simplefilter("ignore")
from t2sa.params import SpatialParams
from t2sa.render import render

sig = 0.1 * np.random.default_rng(1).standard_normal(24000)
path = [(0.0, 90.0, 0.0, 8.0), (0.5, 0.0, 20.0, 2.0), (1.0, -90.0, -10.0, 8.0)]
moving = {"azimuth_deg": 90.0, "distance_m": 8.0, "wet": 0.3, "motion": "pass", "trajectory": [
    {"t": t, "azimuth_deg": a, "elevation_deg": e, "distance_m": d, "spread_deg": 0.0} for t, a, e, d in path]}
cases = [(moving, fmt, None) for fmt in ("binaural", "stereo", "foa", "hoa3", "5.1", "7.1.4")]
cases += [(moving, "binaural", sys.argv[1])]
cases += [({"azimuth_deg": 40.0, "elevation_deg": 10.0, "distance_m": 2.0, "wet": 0.3}, "binaural", None),
          ({"azimuth_deg": 100.0, "elevation_deg": 30.0, "occlusion": 0.5}, "7.1.4", None),
          ({"azimuth_deg": -130.0, "distance_m": 0.4}, "binaural", sys.argv[1])]
for params, fmt, hrtf in cases:
    audio, _ = render(sig, 24000, SpatialParams.from_dict(params), format=fmt, hrtf=hrtf, seed=0)
    print(fmt, hashlib.sha256(np.ascontiguousarray(audio).tobytes()).hexdigest())
"""


def _uses_openblas() -> bool:
    try:
        return "openblas" in str(np.__config__.CONFIG["Build Dependencies"]["blas"]["name"]).lower()
    except Exception:  # noqa: BLE001 - an older numpy without the build record
        return False


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"), reason="OpenBLAS core types named here are x86-64's")
@pytest.mark.skipif(not _uses_openblas(), reason="numpy is not built with OpenBLAS here")
def test_renders_are_the_same_bytes_whatever_blas_kernel_the_cpu_gets():
    sofa = str(HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa")
    digests = {}
    for core in ("", "Prescott", "Sandybridge"):
        env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE"}
        if core:
            env["OPENBLAS_CORETYPE"] = core
        done = subprocess.run([sys.executable, "-c", PROBE, sofa], env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr
        digests[core or "default"] = done.stdout.split("\n")
    assert len(digests["default"]) == 11 and digests["Prescott"] == digests["default"] == digests["Sandybridge"]
