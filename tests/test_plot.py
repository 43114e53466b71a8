"""Trajectory and batch-summary pictures: geometry of the top view, determinism, CLI, summary figures."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from click.testing import CliRunner
from matplotlib.image import imread

from t2sa import plot
from t2sa.cli.plot import plot_command
from t2sa.params import SpatialParams

ORBIT = SpatialParams(
    distance_m=2.0,
    motion="orbit",
    trajectory=[
        {"t": 0.0, "azimuth_deg": 0.0, "elevation_deg": 0.0, "distance_m": 2.0, "spread_deg": 0.0},
        {"t": 1.0, "azimuth_deg": 360.0, "elevation_deg": 0.0, "distance_m": 2.0, "spread_deg": 0.0},
    ],
)


def trajectory_points(fig) -> np.ndarray:
    for ax in fig.axes:
        for coll in ax.collections:
            if coll.get_gid() == "trajectory":
                segs = coll.get_segments()
                return np.array([s[0] for s in segs] + [segs[-1][1]])
    raise AssertionError("no trajectory collection in figure")


def test_top_view_puts_left_on_the_left_and_front_up():
    left = trajectory_points(plot.trajectory_figure(SpatialParams(azimuth_deg=90.0, distance_m=3.0)))
    assert left[:, 0] == pytest.approx(-3.0) and left[:, 1] == pytest.approx(0.0, abs=1e-9)
    front_up = trajectory_points(plot.trajectory_figure(SpatialParams(elevation_deg=60.0, distance_m=2.0)))
    assert front_up[:, 1] == pytest.approx(1.0)  # ground projection: 2 m * cos 60


def test_orbit_turns_counter_clockwise_seen_from_above():
    pts = trajectory_points(plot.trajectory_figure(ORBIT, samples=9))
    # front -> left -> back -> right -> front
    assert pts[[0, 2, 4, 6, 8]] == pytest.approx(np.array([[0, 2], [-2, 0], [0, -2], [2, 0], [0, 2]]), abs=1e-9)


def test_png_is_deterministic_and_depends_on_input(tmp_path):
    a = plot.plot_trajectory(ORBIT, tmp_path / "a.png", title="orbit", duration_s=4.0)
    b = plot.plot_trajectory(ORBIT, tmp_path / "b.png", title="orbit", duration_s=4.0)
    c = plot.plot_trajectory(ORBIT.with_overrides(gain_db=-6.0), tmp_path / "c.png", title="orbit", duration_s=4.0)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    image = imread(a)
    assert image.shape[0] > 500 and image.shape[1] > 1000
    assert image[..., :3].std() > 0.05  # not a blank canvas
    assert not list(tmp_path.glob("*.tmp*"))


def _hangul_font_file() -> str | None:
    from matplotlib import font_manager

    return next((p for p in font_manager.findSystemFonts() if plot.CJK_FONT_FILES.search(p.rsplit("/", 1)[-1])), None)


def test_korean_title_renders_without_missing_glyphs_even_with_a_stale_font_cache(tmp_path, monkeypatch):
    if _hangul_font_file() is None:
        pytest.skip("no Hangul font installed (apt-get install -y fonts-nanum)")
    from matplotlib import font_manager

    # matplotlib's cache was built before the font was installed: it lists no Hangul font
    stale = [f for f in font_manager.fontManager.ttflist if f.name not in plot.CJK_FONTS]
    monkeypatch.setattr(font_manager.fontManager, "ttflist", stale)
    plot.hangul_font.cache_clear()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)" for boxes
            plot.plot_trajectory(ORBIT, tmp_path / "ko.png", title="벌이 머리 주위를 돈다")
        assert plot.hangul_font() in plot.CJK_FONTS
    finally:
        plot.hangul_font.cache_clear()


def test_plot_command_writes_png_and_reports_bad_input(tmp_path):
    runner = CliRunner()
    out = tmp_path / "p.png"
    res = runner.invoke(plot_command, ["--params", '{"azimuth_deg": -90}', "-o", str(out), "--duration", "2"])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    res = runner.invoke(plot_command, ["--params", '{"distance_m": -1}', "-o", str(out)])
    assert res.exit_code != 0 and "distance_m=-1" in res.output
    res = runner.invoke(plot_command, ["-o", str(out)])
    assert res.exit_code != 0 and "exactly one of" in res.output


def _rows():
    rng = np.random.default_rng(0)
    rows = []
    for i in range(24):
        az, el = float(rng.uniform(-180, 180)), float(rng.uniform(-30, 60))
        for fmt in ("binaural", "foa"):
            for hrtf in ("default", "kemar.sofa"):
                if fmt == "foa" and hrtf != "default":
                    continue
                rows.append(
                    {
                        "id": f"r{i}",
                        "format": fmt,
                        "hrtf": hrtf,
                        "status": "ok",
                        "azimuth_deg": az,
                        "elevation_deg": el,
                        "est_azimuth_deg": az + float(rng.normal(0, 10)),
                        "est_elevation_deg": el + float(rng.normal(0, 5)),
                        "loudness_lufs": float(rng.normal(-23, 2)),
                        "peak_dbfs": float(rng.normal(-6, 1)),
                    }
                )
    rows.append({"id": "bad", "format": "binaural", "hrtf": "default", "status": "error", "azimuth_deg": None})
    return rows


def test_summary_figures_per_format_and_hrtf(tmp_path):
    paths = plot.summary_figures(_rows(), tmp_path)
    assert {p.name for p in paths} == {"direction_error.png", "azimuth_roundtrip.png", "loudness.png", "peak.png"}
    for p in paths:
        assert imread(p).shape[0] > 200
    # the CLI reads the same rows from Parquet
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(_rows()), tmp_path / "results.parquet")
    res = CliRunner().invoke(plot_command, ["--results", str(tmp_path / "results.parquet"), "-o", str(tmp_path / "f")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "f" / "direction_error.png").exists()


def _drawn(monkeypatch) -> dict[str, object]:
    """Capture the figures summary_figures saves, by file name."""
    figures: dict[str, object] = {}
    save = plot._save

    def keep(fig, path):
        figures[str(path).rsplit("/", 1)[-1]] = fig
        return save(fig, path)

    monkeypatch.setattr(plot, "_save", keep)
    return figures


def test_summary_draws_only_what_was_measured_and_leaves_moving_sources_out(tmp_path, monkeypatch):
    rows = []
    for i, az in enumerate((-90.0, -30.0, 0.0, 45.0, 120.0)):
        base = {"id": f"s{i}", "status": "ok", "azimuth_deg": az, "elevation_deg": 0.0, "motion": "static",
                "loudness_lufs": -23.0, "peak_dbfs": -6.0}
        for hrtf in ("default", "kemar.sofa"):  # binaural: no direction estimate, an ITD instead
            rows.append({**base, "format": "binaural", "hrtf": hrtf, "est_azimuth_deg": None,
                         "est_elevation_deg": None, "itd_s": 6e-4 * np.sin(np.radians(az)),
                         "itd_expected_s": 6.1e-4 * np.sin(np.radians(az))})
        rows.append({**base, "format": "stereo", "hrtf": None, "est_azimuth_deg": None, "est_elevation_deg": None})
        rows.append({**base, "format": "foa", "hrtf": None, "est_azimuth_deg": az + 1.0, "est_elevation_deg": 0.5})
    # a moving source: its whole-clip estimate (90) is not comparable with its start azimuth (0)
    rows.append({"id": "orbit", "status": "ok", "format": "foa", "hrtf": None, "azimuth_deg": 0.0,
                 "elevation_deg": 0.0, "motion": "orbit", "est_azimuth_deg": 90.0, "est_elevation_deg": 0.0,
                 "trajectory": [{"t": 0.0}, {"t": 1.0}]})
    figures = _drawn(monkeypatch)
    plot.summary_figures(rows, tmp_path)
    assert {"direction_error.png", "azimuth_roundtrip.png", "itd_roundtrip.png"} <= set(figures)
    panels = [ax for ax in figures["azimuth_roundtrip.png"].axes if ax.get_title()]
    assert [ax.get_title() for ax in panels] == ["foa"]  # no empty binaural / stereo panels
    points = np.concatenate([c.get_offsets() for c in panels[0].collections])
    assert len(points) == 5 and np.all(np.abs(points[:, 1] - points[:, 0]) < 2)  # the orbit is not an outlier
    assert panels[0].get_legend() is None  # one HRTF ("-"): no legend of HRTFs without points
    note = figures["azimuth_roundtrip.png"].get_supxlabel()
    assert "1 moving-source row" in note
    boxes = figures["direction_error.png"].axes[0]
    assert [t.get_text() for t in boxes.get_xticklabels()] == ["foa"]
    itd = figures["itd_roundtrip.png"].axes[0]
    assert [t.get_text() for t in itd.get_legend().get_texts()] == ["default", "kemar"]
    assert sum(len(c.get_offsets()) for c in itd.collections) == 10


def test_summary_of_only_failed_rows_draws_nothing(tmp_path):
    assert plot.summary_figures([{"id": "x", "status": "error"}], tmp_path) == []


def test_plot_text_goes_through_the_model(tmp_path):
    from t2sa.text import TextToSpatial

    params = TextToSpatial.load().predict(["a bird far to the left"])[0]
    out = tmp_path / "bird.png"
    res = CliRunner().invoke(plot_command, ["a bird far to the left", "-o", str(out)])
    assert res.exit_code == 0, res.output
    expected = plot.plot_trajectory(params, tmp_path / "direct.png", title="a bird far to the left")
    assert out.read_bytes() == expected.read_bytes()
