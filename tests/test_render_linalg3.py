"""The written-out 3 x 3 inverses and determinants (:mod:`t2sa.render.linalg3`) that keep panning bases off LAPACK."""

from __future__ import annotations

import numpy as np

from t2sa.render.linalg3 import det3, inv3


def test_inverse_times_matrix_is_the_identity_and_det_matches_the_volume() -> None:
    m = np.random.default_rng(3).standard_normal((500, 3, 3))
    assert np.allclose(np.einsum("nij,njk->nik", inv3(m), m), np.eye(3), atol=1e-9)
    # the determinant is the signed volume of the rows: a permutation of two rows flips it, scaling one scales it
    assert np.allclose(det3(m[:, [1, 0, 2]]), -det3(m))
    assert np.allclose(det3(m * np.array([2.0, 1.0, 1.0])[None, :, None]), 2.0 * det3(m))
    assert np.allclose(det3(np.eye(3)), 1.0)


def test_a_singular_matrix_gives_no_finite_inverse() -> None:
    flat = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [1.0, 1.0, 0.0]])  # three coplanar rows
    assert det3(flat) == 0.0
    assert not np.all(np.isfinite(inv3(flat)))
