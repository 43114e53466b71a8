"""Batch stages without Ray: overrides vs model, per-row errors, real renders measured from the files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from support.shared import HRTF_DIR

from t2sa.batch import cache, identity, predict, rendering
from t2sa.batch import manifest as mf
from t2sa.params import SpatialParams
from t2sa.render import FORMATS

HRTF = HRTF_DIR


class FixedModel:
    """Test double for TextToSpatial: a fixed answer per text, counting calls (merge logic only)."""

    def __init__(self, answers: dict[str, SpatialParams], fail: set[str] = frozenset()):
        self.answers, self.fail, self.calls = answers, fail, []

    def predict(self, texts):
        self.calls.append(list(texts))
        if any(t in self.fail for t in texts):
            raise RuntimeError("cannot parse " + ", ".join(t for t in texts if t in self.fail))
        return [self.answers[t] for t in texts]


@pytest.fixture(scope="module")
def sound(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("src")
    rng = np.random.default_rng(7)
    x = rng.standard_normal(24000) * 0.1  # 1 s of noise at 24 kHz: broadband, so ITD/ILD are measurable
    sf.write(folder / "noise.wav", x, 24000, subtype="PCM_16")
    return folder / "noise.wav"


def _work(rows, formats=("binaural",), hrtfs=("default",), base="/", model=None):
    plan = mf.Plan(base=base, formats=formats, hrtfs=mf.make_hrtf_choices(hrtfs), known_formats=FORMATS)
    work = mf.expand_rows(rows, 0, plan)
    return predict.predict_rows(work, model or FixedModel({}))


def test_overrides_win_and_sources_are_recorded():
    model = FixedModel({"a cat on the right": SpatialParams(azimuth_deg=-90, distance_m=3.0, wet=0.4)})
    rows = [
        {"id": "m", "text": "a cat on the right", "audio": "x.wav"},
        {"id": "o", "text": "a cat on the right", "audio": "x.wav", "distance_m": 1.5},
        {"id": "n", "audio": "x.wav", "azimuth_deg": 45.0, "elevation_deg": 20.0},
    ]
    out = {r["id"]: r for r in _work(rows, model=model)}
    assert model.calls == [["a cat on the right"]]  # one text, predicted once for both rows
    m, o, n = (SpatialParams.from_json(out[k]["params"]) for k in "mon")
    assert (m.azimuth_deg, m.distance_m, m.wet) == (-90.0, 3.0, 0.4)
    assert (o.azimuth_deg, o.distance_m, o.wet) == (-90.0, 1.5, 0.4)
    assert out["o"]["fields_from_override"] == ["distance_m"] and "distance_m" not in out["o"]["fields_from_model"]
    assert "azimuth_deg" in out["o"]["fields_from_model"]
    assert (n.azimuth_deg, n.elevation_deg, n.distance_m) == (45.0, 20.0, 1.0)  # defaults for the rest
    assert out["n"]["fields_from_model"] == []


def test_text_never_reaches_the_model_when_every_field_is_overridden():
    full = {name: value for name, value in SpatialParams(azimuth_deg=10).to_dict().items() if name != "trajectory"}
    model = FixedModel({})
    (row,) = _work([{"id": "f", "text": "ignored", "audio": "x.wav", **full}], model=model)
    assert model.calls == [] and row["error"] is None


def test_trajectory_override_sets_the_static_fields():
    traj = [
        {"t": 0.0, "azimuth_deg": 90.0, "elevation_deg": 10.0, "distance_m": 2.0, "spread_deg": 0.0},
        {"t": 1.0, "azimuth_deg": -90.0, "elevation_deg": 10.0, "distance_m": 2.0, "spread_deg": 0.0},
    ]
    (row,) = _work([{"id": "t", "audio": "x.wav", "trajectory": json.dumps(traj), "motion": "pass"}])
    p = SpatialParams.from_json(row["params"])
    assert (p.azimuth_deg, p.elevation_deg, p.distance_m, p.motion, len(p.trajectory)) == (90.0, 10.0, 2.0, "pass", 2)


def test_bad_override_and_failing_text_only_fail_their_row():
    model = FixedModel({"good": SpatialParams(azimuth_deg=5)}, fail={"bad text"})
    rows = [
        {"id": "ok", "text": "good", "audio": "x.wav"},
        {"id": "range", "text": "good", "audio": "x.wav", "elevation_deg": 120.0},
        {"id": "model", "text": "bad text", "audio": "x.wav"},
    ]
    out = {r["id"]: r for r in _work(rows, model=model)}
    assert out["ok"]["error"] is None
    assert out["range"]["error_field"] == "elevation_deg" and "120.0" in out["range"]["error"]
    assert out["range"]["error"].startswith("row range: elevation_deg=120.0")
    assert out["model"]["error_field"] == "text" and "cannot parse bad text" in out["model"]["error"]


def _render(row, out):
    return rendering.render_row(row, str(out), rendering.Backend().resolved())


def test_binaural_metrics_come_from_the_written_file(sound, tmp_path):
    rows = [
        {"id": f"az{az}", "audio": str(sound), "azimuth_deg": float(az), "elevation_deg": 0.0} for az in (60, -60, 0)
    ]
    results = {r["id"]: _render(r, tmp_path) for r in _work(rows)}
    left, right, front = results["az60"], results["az-60"], results["az0"]
    for r in (left, right, front):
        assert r["status"] == "ok", r["error"]
        audio, sr = sf.read(tmp_path / r["output"], always_2d=True)
        assert sr == 24000 and audio.shape[1] == 2 and abs(audio.shape[0] / sr - r["duration_s"]) < 1e-9
        assert r["peak_dbfs"] <= 0 and np.isfinite(r["loudness_lufs"]) and r["clipped"] is False
        assert r["render_s"] > 0 and r["worker"]
    assert left["itd_s"] > 2e-4 and right["itd_s"] < -2e-4 and abs(front["itd_s"]) < 3e-5
    assert left["ild_db"] > 3 and right["ild_db"] < -3
    for r in (left, right):
        assert abs(r["itd_s"] - r["itd_expected_s"]) < 5e-5  # round trip: the file carries the HRIR's ITD
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]  # no temporary files left


def test_pulse_hrtf_has_no_interaural_cues(sound, tmp_path):
    pulse = str(HRTF / "Pulse.sofa")
    (row,) = _work([{"id": "p", "audio": str(sound), "azimuth_deg": 70.0, "elevation_deg": 0.0}], hrtfs=(pulse,))
    r = _render(row, tmp_path)
    assert r["status"] == "ok", r["error"]
    assert r["output"] == "audio/binaural-Pulse/p.wav" and r["hrtf"] == pulse
    assert abs(r["itd_s"]) < 1e-5 and abs(r["ild_db"]) < 0.1


def test_ambisonic_rows_report_their_direction_error(sound, tmp_path):
    rows = [{"id": "a", "audio": str(sound), "azimuth_deg": 120.0, "elevation_deg": 30.0}]
    for fmt in ("foa", "hoa3"):
        (row,) = _work(rows, formats=(fmt,))
        r = _render(row, tmp_path)
        assert r["status"] == "ok", r["error"]
        assert r["channels"] == {"foa": 4, "hoa3": 16}[fmt]
        assert abs(r["est_azimuth_deg"] - 120.0) < 3 and abs(r["est_elevation_deg"] - 30.0) < 3
        assert r["direction_error_deg"] < 3 and r["itd_s"] is None


def test_render_is_deterministic_in_the_row(sound, tmp_path):
    rows = [{"id": "d", "audio": str(sound), "azimuth_deg": 30.0, "elevation_deg": 0.0, "spread_deg": 60.0, "wet": 0.5}]
    (row,) = _work(rows)
    first = _render(row, tmp_path / "1")
    cache.clear_caches()
    second = _render(row, tmp_path / "2")
    assert first["status"] == second["status"] == "ok"
    assert (tmp_path / "1" / first["output"]).read_bytes() == (tmp_path / "2" / second["output"]).read_bytes()
    assert (
        identity.seed_for("d|binaural|default")
        == identity.seed_for("d|binaural|default")
        != identity.seed_for("e|binaural|default")
    )


def test_sample_rate_column_resamples_the_output(sound, tmp_path):
    (row,) = _work([{"id": "sr", "audio": str(sound), "azimuth_deg": 0.0, "elevation_deg": 0.0, "sample_rate": 48000}])
    r = _render(row, tmp_path)
    assert r["status"] == "ok", r["error"]
    assert r["sample_rate"] == 48000
    assert sf.info(tmp_path / r["output"]).samplerate == 48000


def test_uri_source_and_uri_output_folder(sound, tmp_path):
    (row,) = _work([{"id": "u", "audio": f"file://{sound}", "azimuth_deg": 0.0, "elevation_deg": 0.0}])
    r = rendering.render_row(row, f"file://{tmp_path}", rendering.Backend().resolved())
    assert r["status"] == "ok", r["error"]
    assert (tmp_path / "audio" / "binaural-default" / "u.wav").is_file()


@pytest.mark.parametrize(
    ("kind", "field", "needle"),
    [
        ("missing", "audio", "not found"),
        ("garbage", "audio", "cannot be read as audio"),
        ("sofa-corrupt", "hrtf", "fail-issue-77.sofa"),
        ("sofa-convention", "hrtf", "wrong-convention-GeneralFIR-E.sofa"),
        ("output-is-folder", "output", "clash.wav"),
    ],
)
def test_failures_become_error_rows_naming_field_and_value(kind, field, needle, sound, tmp_path):
    audio, hrtf, output = str(sound), "default", None
    if kind == "missing":
        audio = str(tmp_path / "nope.wav")
    elif kind == "garbage":
        audio = str(tmp_path / "garbage.wav")
        Path(audio).write_bytes(os.urandom(2000))
    elif kind == "sofa-corrupt":
        hrtf = str(HRTF / "bad" / "fail-issue-77.sofa")
    elif kind == "sofa-convention":
        hrtf = str(HRTF / "bad" / "wrong-convention-GeneralFIR-E.sofa")
    else:
        output = "clash.wav"
        (tmp_path / "clash.wav").mkdir()
    row = {"id": "bad", "audio": audio, "azimuth_deg": 10.0, "elevation_deg": 0.0, "output": output, "hrtf": hrtf}
    (work,) = _work([row])
    r = _render(work, tmp_path)
    assert r["status"] == "error" and r["error_field"] == field
    assert r["error"].startswith(f"row bad: {field}=") and needle in r["error"]
    assert r["azimuth_deg"] == 10.0  # the parameters it was going to use are still shown


def test_metrics_levels_trade_measurements_for_speed(sound, tmp_path):
    rows = [{"id": "m", "audio": str(sound), "azimuth_deg": 60.0, "elevation_deg": 0.0}]
    (row,) = _work(rows)
    be = rendering.Backend().resolved()
    full, basic, none = (rendering.render_row(row, str(tmp_path / lvl), be, lvl) for lvl in ("full", "basic", "none"))
    assert full["itd_s"] > 2e-4 and full["iacc"] is not None
    assert basic["loudness_lufs"] == pytest.approx(full["loudness_lufs"]) and basic["peak_dbfs"] == pytest.approx(
        full["peak_dbfs"]
    )
    assert basic["itd_s"] is None and basic["ild_db"] is None
    assert (
        none["loudness_lufs"] is None
        and none["duration_s"] == pytest.approx(full["duration_s"])
        and none["channels"] == 2
    )
    files = [(tmp_path / lvl / r["output"]).read_bytes() for lvl, r in (("full", full), ("none", none))]
    assert files[0] == files[1]  # the level changes what is measured, never the file


def test_model_is_told_each_clips_length(tmp_path):
    """Keyframe times are fractions of the clip: a text that states seconds needs the clip length."""
    for name, seconds in (("short.wav", 1.0), ("long.wav", 2.5)):
        sf.write(tmp_path / name, np.zeros(int(seconds * 8000)), 8000)

    class DurationModel:
        def __init__(self):
            self.calls = []

        def predict(self, texts, duration_s=None):
            self.calls.append((list(texts), list(duration_s)))
            return [SpatialParams(azimuth_deg=10.0 * d) for d in duration_s]

    model = DurationModel()
    text = "a car passes from left to right in 2 seconds"
    rows = [{"id": n, "text": text, "audio": n} for n in ("short.wav", "long.wav", "short.wav")]
    out = _work(rows, base=str(tmp_path), model=model)
    assert model.calls == [([text, text], [1.0, 2.5])]  # one call; the same (text, length) once
    assert [SpatialParams.from_json(r["params"]).azimuth_deg for r in out] == [10.0, 25.0, 10.0]
