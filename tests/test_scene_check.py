"""Labels that are true: the checker measures directions and onsets from the audio, and catches wrong labels."""

from __future__ import annotations

from dataclasses import replace

import pytest

from t2sa.scene.check import check_scene
from t2sa.scene.labels import LabelRow, scene_label_rows
from t2sa.scene.seld import class_map, job_from_dict, sample_scene


@pytest.fixture(scope="module")
def scenes():
    """Two dataset scenes with many moving events (up to 3 overlapping), elevations to +-60 deg."""
    job = job_from_dict({"scenes": 2, "seed": 5,
                         "dataset": {"duration_s": 20.0, "sample_rate": 16000},
                         "events": {"moving_share": 0.6, "speed_deg_s": [10.0, 60.0], "elevation_deg": [-60, 60],
                                    "density": 0.45}})
    return [sample_scene(job, i) for i in range(2)], class_map(job)


def test_labels_match_the_audio_within_the_targets(scenes):
    items, cmap = scenes
    report = None
    for scene in items:
        r = check_scene(scene, cmap, scene_label_rows(scene, cmap))
        report = r if report is None else report.merge(r)
    summary = report.to_dict()
    assert report.passed, summary
    assert summary["median_error_deg"] <= 2.0 and summary["p95_error_deg"] <= 5.0
    assert summary["moving_frames_scored"] >= 30
    assert summary["moving_median_error_deg"] <= 2.0 and summary["moving_p95_error_deg"] <= 5.0
    assert summary["single_source_frames_scored"] >= 60 and summary["overlapping_frames"] >= 20
    assert summary["events_checked"] >= 15
    assert all(abs(e) <= 1 for e in report.onset_errors + report.offset_errors)
    assert summary["csv_mismatches"] == 0


def _rotated(rows: list[LabelRow], degrees: int) -> list[LabelRow]:
    return [replace(r, azimuth=((r.azimuth + degrees + 180) % 360) - 180) for r in rows]


def test_the_checker_catches_wrong_directions(scenes):
    items, cmap = scenes
    scene = items[0]
    rows = scene_label_rows(scene, cmap)
    report = check_scene(scene, cmap, _rotated(rows, 8), edges=False)
    assert not report.passed and report.percentile(50) > 5.0 and report.csv_mismatches > 0
    mirrored = [replace(r, azimuth=-r.azimuth) for r in rows]  # clockwise azimuth: the classic sign error
    assert check_scene(scene, cmap, mirrored, edges=False).percentile(50) > 20.0


def test_the_checker_catches_labels_of_a_static_start_for_moving_events(scenes):
    items, cmap = scenes
    scene = items[0]
    frozen = replace(scene, events=tuple(replace(e, params=e.params.with_overrides(
        motion="static", trajectory=(e.params.trajectory[0],))) for e in scene.events))
    report = check_scene(scene, cmap, scene_label_rows(frozen, cmap), edges=False)
    assert report.percentile(95) > 5.0 and not report.passed
    assert any(f.startswith("moving events: median") for f in report.failures())


def test_wrong_labels_of_a_few_moving_events_fail_even_when_the_static_ones_hide_them(scenes):
    """Moving events judged on their own: one moving event labelled at its start, among many right static
    frames, passes the overall targets but not the moving events' ones."""
    items, cmap = scenes
    scene = items[0]
    right = scene_label_rows(scene, cmap)
    moving = [i for i, e in enumerate(scene.events) if not e.params.is_static]
    frozen = replace(scene, events=tuple(  # the second moving event: few of its frames are single-source
        replace(e, params=e.params.with_overrides(motion="static", trajectory=(e.params.trajectory[0],)))
        if i == moving[1] else e for i, e in enumerate(scene.events)))
    report = check_scene(scene, cmap, scene_label_rows(frozen, cmap), edges=False)
    assert scene_label_rows(frozen, cmap) != right
    assert report.percentile(50) <= 2.0 and report.percentile(95) <= 5.0  # all frames together: hidden
    assert report.percentile(95, moving=True) > 5.0 and not report.passed
    assert report.failures() == [f"moving events: 95th percentile direction error "
                                 f"{report.percentile(95, True):.2f} deg > 5.0", f"{report.csv_mismatches} CSV line(s) "
                                 "differ from the labels computed from the scene"]


def test_the_checker_catches_late_onsets(scenes):
    """Labels made from a scene whose events start 0.3 s late: onsets and CSV both disagree."""
    items, cmap = scenes
    scene = items[1]
    late = replace(scene, events=tuple(replace(e, onset_s=min(e.onset_s + 0.3, scene.duration_s - 0.01))
                                       for e in scene.events))
    report = check_scene(scene, cmap, scene_label_rows(late, cmap), edges=False)
    assert report.csv_mismatches > 0 and not report.passed
    edges = check_scene(scene, cmap)
    assert edges.passed  # the scene's own labels


def test_the_checker_hears_onsets_a_label_writer_got_wrong(scenes, monkeypatch):
    """A label bug (onsets 0.3 s early inside the writer) is caught from the audio, not only from the CSV."""
    import t2sa.scene.labels as labels

    items, cmap = scenes
    scene = items[1]
    right = labels.onset_sample
    monkeypatch.setattr(labels, "onset_sample", lambda s, i: max(right(s, i) - int(0.3 * s.sample_rate), 0))
    report = check_scene(scene, cmap)
    assert report.csv_mismatches == 0  # the CSV agrees with the (buggy) writer ...
    assert any(abs(e) >= 3 for e in report.onset_errors) and not report.passed  # ... the audio does not
