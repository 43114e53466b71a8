"""t2sa's listening-test sets loaded into the real programs they are written for, in headless Chromium.

webMUSHRA reads its YAML with its own bundled parser and refuses a MUSHRA page whose reference and
conditions differ in sample length, rate or channels; BeaqleJS inserts names as HTML and plays files from
``AudioRoot``. Each test installs a generated set into an unmodified copy of the client (from
``../shared/clients``), opens it, visits every trial and plays every file through the client's own code.
Small synthetic sets first; the two shipped listening-test jobs end to end last (``slow``).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from support import browser, clients

from t2sa.studies.stimuli import StimulusOptions, build_stimulus_set

SR = 48000
JOBS = Path(__file__).resolve().parents[1] / "jobs"
HRTF_DIR = clients.CLIENTS.parent / "hrtf"

pytestmark = [
    pytest.mark.skipif(browser.find_chromium() is None, reason=f"Chromium not installed ({browser.INSTALL_HINT})"),
    pytest.mark.skipif(not clients.WEBMUSHRA.is_dir(), reason=f"clients not found at {clients.CLIENTS}"),
]

TEXTS = {"a": "a bee circles <my> head & hums", "b": "비행기가 머리 위로 지나간다", "c": 'a voice "far" behind'}
# renders of one item differ in length by their tails (a measured HRIR is longer than the built-in one)
CONDITIONS = [("binaural", "default", 0), ("binaural", "/data/MIT_KEMAR.sofa", 302), ("stereo", None, 17)]


def make_rows(folder: Path) -> list[dict]:
    rows = []
    rng = np.random.default_rng(3)
    for item, text in TEXTS.items():
        for j, (fmt, hrtf, extra) in enumerate(CONDITIONS):
            x = rng.normal(size=(2, SR + extra)) * (0.05 + 0.05 * j)
            path = folder / f"{item}_{j}.wav"
            sf.write(path, x.T, SR, subtype="FLOAT")
            rows.append(
                {"id": item, "text": text, "audio": f"{item}.wav", "format": fmt, "hrtf": hrtf, "output": str(path),
                 "status": "ok", "azimuth_deg": 30.0, "elevation_deg": 0.0, "distance_m": 2.0, "duration_s": 1.0}
            )
    return rows


@pytest.fixture(scope="module")
def mushra_set(tmp_path_factory) -> Path:
    src, out = tmp_path_factory.mktemp("rendered"), tmp_path_factory.mktemp("mushra")
    options = StimulusOptions(name="demo", reference="binaural/MIT_KEMAR", anchors=("lp3500", "mono"), seed=4)
    build_stimulus_set(make_rows(src), out, options)
    return out


def trials_of(set_dir: Path) -> dict[int, dict[str, dict]]:
    """trial -> token -> key row."""
    out: dict[int, dict[str, dict]] = {}
    for token, k in clients.key_by_token(set_dir).items():
        out.setdefault(int(k["trial"]), {})[token] = k
    return out


def assert_webmushra_ran_every_trial(run: clients.ClientRun, set_dir: Path, name: str) -> None:
    trials = trials_of(set_dir)
    assert run.errors == [] and not run.popup, run.errors
    assert run.trials_configured == len(trials)
    assert sorted(int(t["id"].removeprefix("trial")) for t in run.trials) == sorted(trials)  # 100 % of the trials
    prefix = f"configs/resources/audio/{name}/"
    for page in run.trials:
        mine = trials[int(page["id"].removeprefix("trial"))]
        files = page["files"] + ([page["reference"]] if "reference" in page else [])
        urls = {f["url"].removeprefix(prefix).removesuffix(".wav") for f in files}
        assert urls == set(mine), page["id"]  # the trial's files, no other
        assert {f["length"] for f in files} == {max(k["samples"] for k in mine.values())}
        assert {(f["rate"], f["channels"]) for f in files} == {(SR, 2)}
        assert len(page["play"]) == len(files), page
        for p in page["play"]:  # every file played through webMUSHRA's own audio control, and not silence
            assert p["active"] == p["expected"] and p["advanced"] > 4096 and p["peak"] > 1e-4, (page["id"], p)


def assert_beaqlejs_ran_every_trial(run: clients.ClientRun, set_dir: Path) -> None:
    trials = trials_of(set_dir)
    assert run.errors == []
    config_ids = {f"trial{t:03d}" for t in trials}
    assert run.trials_configured == len(trials) and {t["id"] for t in run.trials} == config_ids
    for trial in run.trials:
        mine = trials[int(trial["id"].removeprefix("trial"))]
        assert not trial["load_error"] and "ERROR" not in trial["overlay"], trial
        # the reference row, the hidden reference and every other file of the trial
        assert len(trial["items"]) == len(mine) + 1
        assert {Path(i["file"]).stem for i in trial["items"]} == set(mine)
        for item in trial["items"]:
            assert item["error"] is None and item["readyState"] >= 2 and item["advanced"] > 0.05, (trial["id"], item)
        samples = max(k["samples"] for k in mine.values())
        assert {round(i["duration"], 4) for i in trial["items"]} == {round(samples / SR, 4)}


def test_sets_pad_every_trial_to_one_length_and_record_it(mushra_set):
    key = json.loads((mushra_set / "key.json").read_text(encoding="utf-8"))
    for k in key:
        x, sr = sf.read(mushra_set / k["file"], always_2d=True)
        assert (sr, x.shape[1], x.shape[0]) == (k["sample_rate"], k["channels"], k["samples"]) == (SR, 2, SR + 302)
        original = sf.info(k["original"]).frames  # anchors are made from the reference: its length
        assert k["padded_samples"] == k["samples"] - original
        assert not np.any(x[original:])  # the padding is silence, at the end
        assert np.any(x[original - 10 : original])
    assert {k["padded_samples"] for k in key} == {0, 302, 302 - 17}


def test_webmushra_opens_every_mushra_trial_and_plays_every_file(mushra_set):
    run = clients.run_webmushra(mushra_set, "demo")
    assert_webmushra_ran_every_trial(run, mushra_set, "demo")


def test_webmushra_opens_every_mos_page(tmp_path):
    src = tmp_path / "rendered"
    src.mkdir()
    build_stimulus_set(make_rows(src), tmp_path / "mos", StimulusOptions(name="mos", seed=1))
    run = clients.run_webmushra(tmp_path / "mos", "mos")
    assert run.errors == [] and not run.popup, run.errors
    # one single-stimulus page per file; webMUSHRA counts the config's page entries, one per trial
    assert run.trials_configured == len(TEXTS) and len(run.trials) == len(TEXTS) * len(CONDITIONS)
    for page in run.trials:
        assert page["type"] == "LikertSingleStimulusPage" and page["files"][0]["rate"] == SR
        assert all(p["advanced"] > 4096 and p["peak"] > 1e-4 for p in page["play"]), page


def test_beaqlejs_lists_every_trial_and_plays_every_item(mushra_set):
    run = clients.run_beaqlejs(mushra_set)
    assert_beaqlejs_ran_every_trial(run, mushra_set)
    headings = " ".join(t["heading"] for t in run.trials)
    assert "<my> head & hums" in headings and "비행기가" in headings  # shown as text, not eaten as HTML


def test_the_webmushra_check_fails_on_a_trial_of_unequal_lengths(mushra_set, tmp_path):
    broken = tmp_path / "broken"
    import shutil

    shutil.copytree(mushra_set, broken)
    k = next(iter(clients.key_by_token(broken).values()))
    x, sr = sf.read(broken / k["file"], always_2d=True)
    sf.write(broken / k["file"], x[:-100], sr, subtype="PCM_24")
    run = clients.run_webmushra(broken, "demo")
    assert any("different (sample) lengths" in e for e in run.errors)


# -- the shipped listening-test jobs, end to end ------------------------------------------------------
def _run_job(job: str, out: Path) -> Path:
    from t2sa.studies.runner import run
    from t2sa.studies.spec import load_job

    if not (HRTF_DIR / "MIT_KEMAR_normal_pinna.sofa").exists():
        pytest.skip(f"measured HRTFs not found at {HRTF_DIR}")
    summary = run(load_job(JOBS / job), out=out, batch={"use_ray": False, "progress": False}, echo=lambda _m: None)
    assert summary["rows_ok"] == summary["rows"]
    return out / "stimuli"


@pytest.mark.slow
@pytest.mark.parametrize("job", ["listening_test_grid.toml", "listening_test.toml"])
def test_shipped_listening_test_jobs_load_and_play_in_webmushra_and_beaqlejs(job, tmp_path, monkeypatch):
    monkeypatch.setenv("T2SA_HRTF_DIR", str(HRTF_DIR))
    set_dir = _run_job(job, tmp_path / "out")
    summary = json.loads((set_dir / "summary.json").read_text(encoding="utf-8"))
    target = summary["target_lufs"]
    assert summary["target_lufs_effective"] == target  # --target-lufs honoured, not lowered
    for k in clients.key_by_token(set_dir).values():
        assert abs(k["loudness_out_lufs"] - target) <= 0.1
    name = summary["name"]
    assert_webmushra_ran_every_trial(clients.run_webmushra(set_dir, name), set_dir, name)
    assert_beaqlejs_ran_every_trial(clients.run_beaqlejs(set_dir), set_dir)
