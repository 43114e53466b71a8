"""Determinants and inverses of stacks of 3 x 3 matrices, written out with cross products.

``np.linalg.det`` and ``np.linalg.inv`` go through LAPACK, and OpenBLAS picks the LU kernel (and with it the last
bits) by the CPU: a moving source's 7.1.4 gains came out differently on an AVX-512 machine than with the AVX2 or
older kernels (round 56). These element-wise formulas are the same numpy loops on every x86-64 CPU, so the panning
bases, and the rendered bytes, do not depend on the machine.
"""

from __future__ import annotations

import numpy as np


def det3(mats: np.ndarray) -> np.ndarray:
    """Determinants ``(...)`` of matrices ``(..., 3, 3)``: ``r0 . (r1 x r2)`` of their rows."""
    m = np.asarray(mats, dtype=float)
    return np.sum(m[..., 0, :] * np.cross(m[..., 1, :], m[..., 2, :]), axis=-1)


def inv3(mats: np.ndarray, det: np.ndarray | None = None) -> np.ndarray:
    """Inverses ``(..., 3, 3)`` of matrices ``(..., 3, 3)`` (rows ``r0, r1, r2``): the columns are ``r1 x r2``,
    ``r2 x r0`` and ``r0 x r1`` over the determinant (``det``: :func:`det3` of ``mats`` where the caller has it already).
    Singular matrices give inf / nan, as the caller must check."""
    m = np.asarray(mats, dtype=float)
    r0, r1, r2 = m[..., 0, :], m[..., 1, :], m[..., 2, :]
    cols = np.stack([np.cross(r1, r2), np.cross(r2, r0), np.cross(r0, r1)], axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return cols / (det3(m) if det is None else np.asarray(det, dtype=float))[..., None, None]
