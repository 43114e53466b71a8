"""Start-up cost of `t2sa render`: the built-in head model comes from an exact disk cache, and a plain
render never imports scipy.signal (most of a second)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from t2sa.render import sphere_head as headmodel
from t2sa.render.hrtf_interp import onset_delays

REPO = Path(__file__).parents[1]
RATE = 16000  # small model: fast to compute


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("T2SA_CACHE_DIR", str(tmp_path / "cache"))
    headmodel.cached_head_model_with_onsets.cache_clear()
    yield tmp_path / "cache"
    headmodel.cached_head_model_with_onsets.cache_clear()


def test_cached_model_is_bit_identical_and_used(cache, monkeypatch):
    directions, irs, onsets = headmodel.cached_head_model_with_onsets(RATE)
    files = list(cache.glob(f"headmodel-{RATE}-*.npz"))
    assert len(files) == 1
    fresh_dirs, fresh = headmodel.head_model_irs(RATE)
    assert np.array_equal(irs, fresh) and np.array_equal(directions, fresh_dirs)
    assert np.array_equal(onsets, onset_delays(fresh, RATE))
    assert not irs.flags.writeable

    headmodel.cached_head_model_with_onsets.cache_clear()
    monkeypatch.setattr(headmodel, "head_model_irs", lambda *a, **k: pytest.fail("recomputed despite the cache"))
    _, again, onsets_again = headmodel.cached_head_model_with_onsets(RATE)
    assert np.array_equal(again, irs) and np.array_equal(onsets_again, onsets)


def test_damaged_cache_is_ignored_and_rewritten(cache):
    _, irs, _ = headmodel.cached_head_model_with_onsets(RATE)
    (path,) = cache.glob(f"headmodel-{RATE}-*.npz")
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0xFF  # flip bits inside the IR data: the digest no longer matches
    path.write_bytes(bytes(raw))
    headmodel.cached_head_model_with_onsets.cache_clear()
    _, again, _ = headmodel.cached_head_model_with_onsets(RATE)
    assert np.array_equal(again, irs)
    path.write_bytes(b"not a numpy file")
    headmodel.cached_head_model_with_onsets.cache_clear()
    assert np.array_equal(headmodel.cached_head_model_with_onsets(RATE)[1], irs)
    assert headmodel._load_cached(RATE, len(irs)) is not None  # rewritten


def test_cache_can_be_switched_off_and_survives_an_unwritable_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("T2SA_CACHE_DIR", "off")
    assert headmodel.cache_dir() is None
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("T2SA_CACHE_DIR", str(blocker / "sub"))
    headmodel.cached_head_model_with_onsets.cache_clear()
    try:
        _, irs, _ = headmodel.cached_head_model_with_onsets(RATE)
        assert irs.shape[-1] == round(256 * RATE / 48000)
    finally:
        headmodel.cached_head_model_with_onsets.cache_clear()


def _fresh_process(code: str, cache: Path) -> str:
    """What ``code`` prints in a fresh Python process (so that imports start from nothing)."""
    env = {"T2SA_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"}
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=120, env=env)
    assert res.returncode == 0, res.stderr
    return res.stdout.strip()


def test_plain_binaural_render_does_not_import_scipy_signal(tmp_path):
    code = (
        "import sys, numpy as np\n"
        "from t2sa.render import render\n"
        "render(np.ones(4800) * 0.1, 48000, {'azimuth_deg': 30, 'wet': 0.3}, 'binaural')\n"
        "print('scipy.signal' in sys.modules)\n"
    )
    assert _fresh_process(code, tmp_path) == "False"


def test_metering_a_render_imports_neither_scipy_signal_nor_pyloudnorm(tmp_path):
    """A batch worker's first metered row must not pay for pyloudnorm's imports (scipy.signal, scipy.stats:
    about a second per process); the K-weighting is designed in t2sa.metrics instead."""
    code = (
        "import sys, numpy as np\n"
        "from t2sa.metrics import measure\n"
        "x = np.random.default_rng(0).standard_normal((2, 48000)).astype(np.float32) * 0.1\n"
        "out = measure(x, 48000, 'binaural')\n"
        "assert np.isfinite(out['loudness_lufs'])\n"
        "print(sorted(m for m in ('scipy.signal', 'scipy.stats', 'pyloudnorm') if m in sys.modules))\n"
    )
    assert _fresh_process(code, tmp_path) == "[]"


@pytest.mark.parametrize("sr", [8000, 22050, 44100, 48000, 96000])
def test_k_weighting_equals_pyloudnorms_cascade(sr):
    import pyloudnorm
    from scipy.signal import lfilter

    from t2sa.metrics import k_tail, k_weighting

    b, a = np.ones(1), np.ones(1)
    for stage in pyloudnorm.Meter(sr)._filters.values():
        b, a = np.polymul(b, stage.b * stage.passband_gain), np.polymul(a, stage.a)
    got_b, got_a = k_weighting(sr)
    assert np.allclose(got_b, b, rtol=0, atol=1e-13) and np.allclose(got_a, a, rtol=0, atol=1e-13)
    # the impulse response's tail, found here without scipy.signal, is where lfilter's says
    h = lfilter(b, a, np.r_[1.0, np.zeros(sr)])
    rest = np.cumsum((h * h)[::-1])[::-1]
    assert k_tail(sr) == int(np.argmax(rest < 1e-12 * rest[0]))
