"""DCASE SELD labels: the format (frames, classes, tracks, CCW azimuth, cm), frame edges, round trip, errors."""

from __future__ import annotations

import numpy as np
import pytest

from t2sa.errors import FieldError
from t2sa.params import SpatialParams
from t2sa.scene.labels import LabelRow, event_labels, label_rows, read_labels, scene_label_rows, write_labels
from t2sa.scene.model import Event, Scene, SceneError
from t2sa.scene.plot import plot_scene

SR = 16000


def _moving(a0: float, a1: float) -> SpatialParams:
    keys = [{"t": 0, "azimuth_deg": a0, "elevation_deg": 10, "distance_m": 2, "spread_deg": 0},
            {"t": 1, "azimuth_deg": a1, "elevation_deg": 10, "distance_m": 2, "spread_deg": 0}]
    return SpatialParams(azimuth_deg=a0, elevation_deg=10, distance_m=2, motion="path", trajectory=keys)


def _scene() -> Scene:
    left = SpatialParams(azimuth_deg=90, elevation_deg=-20, distance_m=1.234)
    return Scene(6.0, (
        Event("synth:noise_burst?seed=1&duration=2.000", left, onset_s=0.55, label="dog"),
        Event("synth:noise_burst?seed=2&duration=1.000", SpatialParams(azimuth_deg=-179.8), onset_s=1.0, label="dog"),
        Event("synth:noise_burst?seed=3&duration=2.000", _moving(-60, 60), onset_s=3.05, label="bird"),
    ), sample_rate=SR, name="yard")


def test_rows_follow_the_dcase_format():
    rows = scene_label_rows(_scene(), {"bird": 0, "dog": 1})
    dog = [r for r in rows if r.class_index == 1 and r.track == 0]
    # 0.55 s .. 2.55 s: frames 5 (0.5-0.6) to 25 (2.5-2.6); +90 = left as in DCASE; 1.234 m = 123 cm
    assert [r.frame for r in dog] == list(range(5, 26))
    assert {(r.azimuth, r.elevation, r.distance) for r in dog} == {(90, -20, 123)}
    second = [r for r in rows if r.class_index == 1 and r.track == 1]
    assert [r.frame for r in second] == list(range(10, 20))  # overlaps the first dog: its own track
    assert {r.azimuth for r in second} == {180}  # -179.8 rounds to -180, written as 180
    bird = [r for r in rows if r.class_index == 0]
    assert bird[0].track == 0  # the first dog's track is free again
    assert [r.frame for r in bird] == list(range(30, 51))
    assert rows == sorted(rows, key=lambda r: (r.frame, r.track, r.class_index))


def test_a_moving_event_is_labelled_where_it_is_in_each_frame():
    events = event_labels(_scene(), {"bird": 0, "dog": 1})
    bird = events[2]
    t = (np.clip((bird.frames + 0.5) * 0.1, 3.05, 5.05) - 3.05) / 2.0
    expected = -60 + 120 * t
    assert np.all(np.diff(bird.azimuth_deg) > 0)
    assert np.max(np.abs(bird.azimuth_deg - expected)[1:-1]) < 2.0  # inner frames: the frame centre
    assert abs(bird.azimuth_deg[0] + 59.0) < 1.5 and abs(bird.azimuth_deg[-1] - 59.5) < 1.5  # edge frames: their part


def test_energy_weighting_puts_a_click_train_where_the_clicks_are():
    """Footsteps are silent most of a frame; the label is where the steps are, not the frame's middle."""
    scene = Scene(4.0, (Event("synth:footsteps?seed=5&duration=3.000", _moving(0, 150), label="steps"),),
                  sample_rate=SR)
    ev = event_labels(scene)[0]
    plain_centre = 150 * np.clip((ev.frames + 0.5) * 0.1 / (ev.end / SR), 0, 1)
    assert np.max(np.abs(ev.azimuth_deg - plain_centre)) > 2.0  # the weighting matters here


def test_write_read_round_trip(tmp_path):
    rows = scene_label_rows(_scene(), {"bird": 0, "dog": 1})
    path = write_labels(tmp_path / "fold1_scene0001.csv", rows)
    text = path.read_text()
    assert text.splitlines()[0] == "5,1,0,90,-20,123"  # no header, integers, DCASE column order
    assert read_labels(path) == rows
    (tmp_path / "old.csv").write_text("3,2,0,-45,10\n")  # 5 columns of DCASE 2021-2023
    assert read_labels(tmp_path / "old.csv") == [LabelRow(3, 2, 0, -45, 10, 0)]


@pytest.mark.parametrize(("line", "field"), [("1,2,3", "columns"), ("1,x,0,0,0,100", "class"),
                                             ("1,0,0,200,0,100", "azimuth"), ("-1,0,0,0,0,100", "frame"),
                                             ("1,0,0,0,95,100", "elevation")])
def test_a_bad_line_names_file_line_and_column(tmp_path, line, field):
    path = tmp_path / "bad.csv"
    path.write_text("0,0,0,0,0,100\n" + line + "\n")
    with pytest.raises(FieldError) as info:
        read_labels(path)
    assert info.value.field == field and info.value.row == f"{path}:2"


def test_labels_need_a_class_for_every_event():
    scene = Scene(2.0, (Event("synth:bell?seed=1&duration=1.0", SpatialParams()),), sample_rate=SR, name="s")
    with pytest.raises(SceneError, match="event 0"):
        label_rows(event_labels(scene))
    with pytest.raises(SceneError, match="not in the class map"):
        event_labels(_scene(), {"dog": 0})


def test_plot_scene_draws_the_same_png_for_the_same_scene(tmp_path):
    a = plot_scene(_scene(), tmp_path / "a.png")
    b = plot_scene(_scene(), tmp_path / "b.png")
    assert a.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and a.read_bytes() == b.read_bytes()
    assert a.stat().st_size > 10_000
