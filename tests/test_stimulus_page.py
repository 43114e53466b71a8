"""Listening-test stimulus sets: loudness, blinding, anchors, tool configs, and the page in headless Chromium."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
import soundfile as sf
from support import browser

from t2sa.errors import StudyError
from t2sa.studies.stimuli import StimulusOptions, build_stimulus_set, to_yaml

SR = 48000
TEXTS = {"a": "a bee circles my head", "b": "비행기가 머리 위로 지나간다", "c": "a voice far behind on the right"}
CONDITIONS = [("binaural", "default", 0.30), ("binaural", "/data/MIT_KEMAR.sofa", 0.05), ("stereo", None, 0.12)]


def _signal(seed: int, level: float, n: int = SR) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(2, n)) * level / 3.0
    x[1] *= 0.6  # some interaural level difference
    return np.clip(x, -0.99, 0.99)


def make_rows(folder, *, fail=None, silent=None, channels=2):
    rows = []
    for i, (item, text) in enumerate(TEXTS.items()):
        for j, (fmt, hrtf, level) in enumerate(CONDITIONS):
            path = folder / f"{item}_{j}.wav"
            x = _signal(10 * i + j, level)
            if channels != 2:
                x = np.repeat(x[:1], channels, axis=0)
            if silent == (item, j):
                x[:] = 0.0
            sf.write(path, x.T, SR, subtype="FLOAT")
            status = "error" if fail == (item, j) else "ok"
            rows.append(
                {
                    "id": item,
                    "text": text,
                    "audio": f"sounds/{item}.wav",
                    "format": fmt,
                    "hrtf": hrtf,
                    "output": str(path),
                    "status": status,
                    "error": "boom" if status == "error" else None,
                    "azimuth_deg": 30.0 * i,
                    "elevation_deg": 0.0,
                    "distance_m": 2.0,
                    "duration_s": 1.0,
                }
            )
    return rows


def loudness(path) -> float:
    from t2sa.audio import loudness_lufs

    x, sr = sf.read(path, always_2d=True)
    return loudness_lufs(x.T, sr)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    src = tmp_path_factory.mktemp("rendered")
    out = tmp_path_factory.mktemp("set")
    rows = make_rows(src)
    opts = StimulusOptions(name="demo", reference="binaural/default", anchors=("lp3500", "mono"), seed=7)
    summary = build_stimulus_set(rows, out, opts)
    key = json.loads((out / "key.json").read_text())
    return rows, out, summary, key


def test_every_file_is_at_the_target_loudness_and_gain_is_recorded(built):
    rows, out, summary, key = built
    assert summary["items"] == 3 and summary["stimuli"] == 3 * (3 + 2)
    assert summary["ceiling_shift_db"] == 0.0
    for k in key:
        assert loudness(out / k["file"]) == pytest.approx(-23.0, abs=0.05)
        assert k["gain_db"] == pytest.approx(-23.0 - k["loudness_in_lufs"], abs=1e-3)
        if k["role"] != "anchor":
            original, _ = sf.read(k["original"], always_2d=True)
            written, _ = sf.read(out / k["file"], always_2d=True)
            assert written == pytest.approx(original * 10 ** (k["gain_db"] / 20), abs=2e-5)  # 24-bit


def test_names_are_blinded_and_the_key_maps_every_file(built):
    rows, out, summary, key = built
    files = sorted(p.name for p in (out / "stimuli").iterdir())
    assert files == sorted(f"{k['token']}.wav" for k in key)
    for name in files:
        assert all(word not in name for word in ("binaural", "stereo", "default", "KEMAR", "anchor", "ref"))
    with (out / "key.csv").open(encoding="utf-8") as f:
        csv_rows = list(csv.DictReader(f))
    assert [r["token"] for r in csv_rows] == [k["token"] for k in key]
    assert {r["text"] for r in csv_rows} == set(TEXTS.values())  # Korean survives the round trip
    conditions = {(k["item"], k["condition"]) for k in key}
    assert len(conditions) == len(key)
    assert {k["condition"] for k in key} == {
        "binaural/default",
        "binaural/MIT_KEMAR",
        "stereo",
        "anchor/lp3500",
        "anchor/mono",
    }
    for item in TEXTS:  # each trial holds a permutation of positions 1..5
        assert sorted(k["position"] for k in key if k["item"] == item) == [1, 2, 3, 4, 5]


def test_same_seed_same_set_other_seed_other_names(tmp_path, built):
    rows, _, _, key = built
    again = build_stimulus_set(
        rows,
        tmp_path / "again",
        StimulusOptions(name="demo", reference="binaural/default", anchors=("lp3500", "mono"), seed=7),
    )
    assert again["stimuli"] == len(key)
    assert json.loads((tmp_path / "again" / "key.json").read_text()) == [{**k, "original": k["original"]} for k in key]
    build_stimulus_set(rows, tmp_path / "other", StimulusOptions(name="demo", reference="binaural/default", seed=8))
    other = json.loads((tmp_path / "other" / "key.json").read_text())
    assert not {k["token"] for k in other} & {k["token"] for k in key}


def test_anchors_are_band_limited_and_diotic(built):
    _, out, _, key = built
    lp = next(k for k in key if k["condition"] == "anchor/lp3500")
    x, sr = sf.read(out / lp["file"], always_2d=True)
    spec = np.abs(np.fft.rfft(x[:, 0])) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sr)
    assert spec[freqs > 5000].sum() / spec.sum() < 1e-3
    mono = next(k for k in key if k["condition"] == "anchor/mono")
    y, _ = sf.read(out / mono["file"], always_2d=True)
    assert np.array_equal(y[:, 0], y[:, 1])


def test_webmushra_config_is_valid_yaml_with_hidden_reference_pages(built):
    yaml = pytest.importorskip("yaml")
    _, out, summary, key = built
    config = yaml.safe_load((out / summary["files"]["webmushra"]).read_text(encoding="utf-8"))
    assert config["testId"] == "demo"
    assert config["pages"][0]["type"] == "generic" and config["pages"][-1]["type"] == "finish"
    block = config["pages"][1]
    assert block[0] == "random" and len(block) == 4
    prefix = "configs/resources/audio/demo/"
    for page in block[1:]:
        assert page["type"] == "mushra" and page["createAnchor35"] is False
        trial = int(page["id"].removeprefix("trial"))
        mine = {k["token"]: k for k in key if k["trial"] == trial}
        ref = page["reference"].removeprefix(prefix).removesuffix(".wav")
        assert mine[ref]["role"] == "reference"
        assert set(page["stimuli"]) == set(mine) - {ref}  # webMUSHRA adds the hidden reference itself
        for path in [page["reference"], *page["stimuli"].values()]:
            assert (out / "stimuli" / path.removeprefix(prefix)).exists()
        assert mine[ref]["text"] in page["content"]


def test_beaqlejs_config_lists_reference_and_conditions(built):
    _, out, summary, key = built
    text = (out / summary["files"]["beaqlejs"]).read_text(encoding="utf-8")
    config = json.loads(text[text.index("{") : text.rindex("}") + 1])
    assert len(config["Testsets"]) == 3
    for ts in config["Testsets"]:
        files = ts["Files"]
        assert set(files) == {"Reference", "1", "2", "3", "4"}
        for f in files.values():
            assert (out / f).exists()


def test_without_reference_mos_pages_and_no_beaqlejs(tmp_path):
    yaml = pytest.importorskip("yaml")
    summary = build_stimulus_set(make_rows(tmp_path), tmp_path / "mos", StimulusOptions(name="mos"))
    assert "beaqlejs" not in summary["files"]
    config = yaml.safe_load((tmp_path / "mos" / summary["files"]["webmushra"]).read_text(encoding="utf-8"))
    pages = config["pages"][1][1:]
    assert all(p["type"] == "likert_single_stimulus" and len(p["stimuli"]) == 3 for p in pages)
    assert [r["value"] for r in pages[0]["response"]] == ["1", "2", "3", "4", "5"]


def _peaky_rows(tmp_path):
    rows = make_rows(tmp_path)
    clicks = np.zeros((2, SR))
    clicks[:, :: SR // 8] = 0.9  # very low loudness, high peak: +gain would clip
    sf.write(rows[0]["output"], clicks.T, SR, subtype="FLOAT")
    return rows


def test_a_file_that_cannot_reach_the_target_is_refused_with_a_target_that_fits(tmp_path):
    rows = _peaky_rows(tmp_path)
    with pytest.raises(StudyError, match=r"a_0.wav \(binaural/default\) would peak at .*use target_lufs <= (-?\d+(\.\d)?)") as err:
        build_stimulus_set(rows, tmp_path / "set", StimulusOptions(name="peaky"))
    assert not (tmp_path / "set" / "stimuli").exists()  # nothing half-written
    fits = float(err.value.args[0].split("use target_lufs <= ")[1].split(" ")[0])
    summary = build_stimulus_set(rows, tmp_path / "fits", StimulusOptions(name="peaky", target_lufs=fits))
    assert summary["target_lufs_effective"] == fits and summary["ceiling_shift_db"] == 0.0
    key = json.loads((tmp_path / "fits" / "key.json").read_text())
    assert max(k["peak_out_dbfs"] for k in key) <= -1.0
    for k in key:
        assert loudness(tmp_path / "fits" / k["file"]) == pytest.approx(fits, abs=0.1)


def test_lower_all_lowers_every_file_by_the_same_amount(tmp_path):
    rows = _peaky_rows(tmp_path)
    options = StimulusOptions(name="peaky", peak_ceiling_dbfs=-1.0, peak_policy="lower_all")
    summary = build_stimulus_set(rows, tmp_path / "set", options)
    assert summary["ceiling_shift_db"] < -1.0
    key = json.loads((tmp_path / "set" / "key.json").read_text())
    assert max(k["peak_out_dbfs"] for k in key) == pytest.approx(-1.0, abs=0.01)
    for k in key:
        assert loudness(tmp_path / "set" / k["file"]) == pytest.approx(summary["target_lufs_effective"], abs=0.05)


def test_a_decaying_file_reaches_the_target_although_gain_moves_its_tail_across_the_gate(tmp_path):
    from t2sa.audio import loudness_lufs as lufs

    rows = make_rows(tmp_path)
    t = np.arange(3 * SR) / SR
    decay = np.random.default_rng(5).normal(size=(2, 3 * SR)) * 0.003 * np.exp(-t / 0.2)  # a bell-like fade
    sf.write(rows[0]["output"], decay.T, SR, subtype="FLOAT")
    naive = lufs(decay * 10 ** ((-23.0 - lufs(decay, SR)) / 20), SR)
    assert abs(naive + 23.0) > 0.3  # target - loudness alone misses: the -70 LUFS gate is not scale-free
    build_stimulus_set(rows, tmp_path / "set", StimulusOptions(name="decay"))
    for k in json.loads((tmp_path / "set" / "key.json").read_text()):
        assert loudness(tmp_path / "set" / k["file"]) == pytest.approx(-23.0, abs=0.02)


def test_files_at_different_sample_rates_are_refused(tmp_path):
    rows = make_rows(tmp_path)
    x, _ = sf.read(rows[4]["output"], always_2d=True)
    sf.write(rows[4]["output"], x[: SR // 2], SR // 2, subtype="FLOAT")
    with pytest.raises(StudyError, match=r"sample rates differ.*24000 Hz.*b_1.wav.*48000 Hz"):
        build_stimulus_set(rows, tmp_path / "set", StimulusOptions(name="x"))


def test_mushra_limits_of_webmushra_are_refused_before_writing(tmp_path):
    rows = make_rows(tmp_path)
    long = np.zeros((2, 13 * SR))
    long[:, : SR] = _signal(1, 0.3)
    sf.write(rows[0]["output"], long.T, SR, subtype="FLOAT")
    with pytest.raises(StudyError, match=r"item a: 13.00 s long; webMUSHRA refuses"):
        build_stimulus_set(rows, tmp_path / "set", StimulusOptions(name="x", reference="stereo"))


def test_failed_condition_excludes_the_item(tmp_path):
    summary = build_stimulus_set(make_rows(tmp_path, fail=("b", 1)), tmp_path / "set", StimulusOptions(name="x"))
    assert summary["items"] == 2
    assert summary["excluded"] == [
        {"id": "b", "missing": ["binaural/MIT_KEMAR"], "errors": ["binaural/MIT_KEMAR: boom"]}
    ]
    assert "Excluded" in (tmp_path / "set" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("kwargs", "rows_kw", "match"),
    [
        ({"reference": "foa"}, {}, "reference='foa'"),
        ({"anchors": ("lp3500",)}, {}, "set reference"),
        ({"anchors": ("loud",), "reference": "stereo"}, {}, "unknown 'loud'"),
        ({}, {"silent": ("a", 2)}, "loudness undefined"),
        ({}, {"channels": 4}, "4 channels"),
        ({"target_lufs": 3.0}, {}, "target_lufs=3.0"),
        ({"peak_policy": "clip"}, {}, "peak_policy='clip'"),
    ],
)
def test_bad_options_and_inputs_are_refused_with_the_field(tmp_path, kwargs, rows_kw, match):
    with pytest.raises(StudyError, match=match):
        build_stimulus_set(make_rows(tmp_path, **rows_kw), tmp_path / "set", StimulusOptions(name="x", **kwargs))


def test_yaml_writer_quotes_strings_and_nests_lists():
    yaml = pytest.importorskip("yaml")
    value = {"a": "x: y # z", "b": [1, 2.5, True], "c": [["random", {"d": "é"}]], "e": {}, "f": []}
    assert yaml.safe_load(to_yaml(value)) == value
    text = to_yaml(value)
    assert "- -" not in text and "\\u" not in to_yaml({"a": "é\x01"})  # webMUSHRA's parser reads neither


# -- the page in a real browser -------------------------------------------------------------
needs_chromium = pytest.mark.skipif(
    browser.find_chromium() is None, reason=f"Chromium not installed ({browser.INSTALL_HINT})"
)


@needs_chromium
def test_page_loads_without_console_errors_and_every_player_plays(built):
    _, out, summary, key = built
    result = browser.check_page(out / "index.html")
    assert result.console_errors == []
    assert len(result.audio) == len(key)
    for a in result.audio:
        assert a["readyState"] >= 2 and a["advanced"] and a["error"] is None, a
        assert a["duration"] == pytest.approx(1.0, abs=0.01)
    assert len(result.images) == 3 and all(i["naturalWidth"] > 0 for i in result.images)
    assert result.ok, result.problems()


@needs_chromium
def test_the_check_catches_a_missing_file_and_a_script_error(built, tmp_path):
    _, out, _, key = built
    page = (out / "index.html").read_text(encoding="utf-8")
    broken = tmp_path / "index.html"
    broken.write_text(
        page.replace(key[0]["file"], "stimuli/missing.wav").replace("</body>", "<script>nope()</script></body>")
    )
    for sub in ("stimuli", "plots"):
        (tmp_path / sub).symlink_to(out / sub)
    result = browser.check_page(broken)
    assert not result.ok
    assert any("missing.wav" in e or "nope" in e for e in result.console_errors)
    bad = [a for a in result.audio if "missing.wav" in a["src"]]
    assert bad and bad[0]["error"]
    assert any("missing.wav" in p for p in result.problems())
