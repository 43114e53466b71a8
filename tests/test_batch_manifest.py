"""Batch manifests without Ray: schema errors, sweep expansion, ids, output paths, make-manifest."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import soundfile as sf
from click.testing import CliRunner

from t2sa.batch import manifest as mf
from t2sa.batch.pipeline import JobConfig, iter_work, prepare
from t2sa.cli.batch import main
from t2sa.render import FORMATS


def _write(path: Path, rows: list[dict], schema: pa.Schema | None = None, row_group_size: int | None = None) -> str:
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=row_group_size)
    return str(path)


def _plan(formats=("binaural",), hrtfs=("default",), base="/data") -> mf.Plan:
    return mf.Plan(base=base, formats=formats, hrtfs=mf.make_hrtf_choices(hrtfs), known_formats=FORMATS)


def test_schema_errors_list_every_problem(tmp_path):
    schema = pa.schema(
        [("id", pa.int64()), ("text", pa.int64()), ("azimuth_deg", pa.string()), ("sample_rate", pa.float64())]
    )
    path = _write(tmp_path / "m.parquet", [{"id": 1, "text": 3, "azimuth_deg": "left", "sample_rate": 4.4e4}], schema)
    with pytest.raises(mf.ManifestError) as info:
        prepare(JobConfig(manifest=path, out=str(tmp_path / "out")))
    message = str(info.value)
    assert "missing column 'audio'" in message
    assert "'text' has type int64, expected string" in message
    assert "'azimuth_deg' has type string, expected number" in message
    assert "'sample_rate' has type double, expected integer" in message
    assert not (tmp_path / "out").exists()  # nothing started


def test_duplicate_and_null_ids_are_refused(tmp_path):
    rows = [{"id": i, "text": "x", "audio": "a.wav"} for i in ("a", "b", "a", "c", "c", "c", None)]
    path = _write(tmp_path / "m.parquet", rows)
    with pytest.raises(mf.ManifestError) as info:
        prepare(JobConfig(manifest=path, out=str(tmp_path / "out")))
    assert "'a' x2" in str(info.value) and "'c' x3" in str(info.value)
    assert "1 null value(s) (rows [6])" in str(info.value)


def test_text_column_optional_only_when_direction_given():
    ok = pa.schema([("audio", pa.string()), ("azimuth_deg", pa.float64()), ("elevation_deg", pa.float64())])
    assert mf.check_schema(ok)[0] == []
    problems, _ = mf.check_schema(pa.schema([("audio", pa.string()), ("azimuth_deg", pa.float64())]))
    assert any("missing column 'text'" in p for p in problems)


def test_unknown_column_warns_with_suggestion():
    problems, warnings = mf.check_schema(
        pa.schema([("audio", pa.string()), ("text", pa.string()), ("azimuth", pa.float64())])
    )
    assert problems == []
    assert warnings == ["column 'azimuth' is not used (did you mean 'azimuth_deg'?)"]


def test_sweep_expansion_binaural_per_hrtf_other_formats_once():
    plan = _plan(formats=("binaural", "foa"), hrtfs=("default", "/x/KEMAR.sofa"))
    work = mf.expand_rows([{"id": "r1", "text": "t", "audio": "s.wav"}], 0, plan)
    combos = {(w["format"], w["hrtf"]) for w in work}
    assert combos == {("binaural", "default"), ("binaural", "/x/KEMAR.sofa"), ("foa", None)}
    keys = [w["key"] for w in work]
    assert len(set(keys)) == 3 and "r1|binaural|KEMAR" in keys and "r1|foa|" in keys
    outputs = {w["output"] for w in work}
    assert outputs == {"audio/binaural-default/r1.wav", "audio/binaural-KEMAR/r1.wav", "audio/foa/r1.wav"}
    assert all(w["source"] == "/data/s.wav" for w in work)  # relative to the manifest folder


def test_row_pins_format_and_hrtf_and_output_is_tagged_in_sweeps():
    plan = _plan(formats=("binaural", "stereo"))
    pinned = mf.expand_rows([{"text": "t", "audio": "s.wav", "format": "hoa3", "output": "a/b.wav"}], 7, plan)
    assert [(w["id"], w["format"], w["output"]) for w in pinned] == [("7", "hoa3", "a/b.wav")]
    swept = mf.expand_rows([{"text": "t", "audio": "s.wav", "output": "x/y.flac"}], 0, plan)
    assert [w["output"] for w in swept] == ["x/y__binaural-default.flac", "x/y__stereo.flac"]
    hrtf_row = mf.expand_rows([{"text": "t", "audio": "s.wav", "hrtf": "sofa/H3.sofa"}], 0, plan)
    assert hrtf_row[0]["hrtf_source"] == "/data/sofa/H3.sofa" and hrtf_row[0]["key"] == "0|binaural|H3"


@pytest.mark.parametrize(
    ("cells", "field", "needle"),
    [
        ({"output": "../../etc/x.wav"}, "output", "escapes the output folder"),
        ({"output": "/abs/x.wav"}, "output", "relative to the output folder"),
        ({"output": "a/../../x.wav"}, "output", "escapes the output folder"),
        ({"output": "results/x.wav"}, "output", "job's own files"),
        ({"output": "x.mp3"}, "output", "must end in one of"),
        ({"azimuth_deg": float("nan"), "elevation_deg": 0.0}, "azimuth_deg", "NaN/inf override"),
        ({"text": "  "}, "text", "empty text and no override for azimuth_deg, elevation_deg"),
        ({"text": None, "azimuth_deg": 10.0}, "text", "no override for elevation_deg"),
        ({"audio": None}, "audio", "no source sound"),
        ({"format": "no-such-format"}, "format", "unknown format"),
        ({"trajectory": "[{oops"}, "trajectory", "not valid JSON"),
    ],
)
def test_bad_row_becomes_an_error_work_row(cells, field, needle):
    row = {"id": "bad", "text": "a dog barks", "audio": "s.wav", **cells}
    (work,) = mf.expand_rows([row], 0, _plan())
    assert work["error_field"] == field
    assert needle in work["error"] and work["error"].startswith(f"row bad: {field}")


def test_override_only_row_needs_no_text():
    (work,) = mf.expand_rows([{"audio": "s.wav", "azimuth_deg": 30.0, "elevation_deg": 10.0}], 0, _plan())
    assert work["error"] is None
    assert json.loads(work["overrides"]) == {"azimuth_deg": 30.0, "elevation_deg": 10.0}


def test_safe_ids_never_collide_and_never_escape():
    a, b = mf.safe_id("a/b"), mf.safe_id("a_b")
    assert a != b and "/" not in a and b == "a_b"
    assert mf.default_output("../../x", "foa", None).startswith("audio/foa/")
    assert ".." not in mf.default_output("../../x", "foa", None)


def test_hrtf_names_must_differ():
    with pytest.raises(ValueError, match="share the name"):
        mf.make_hrtf_choices(["/a/H.sofa", "/b/H.sofa"])
    assert len(mf.make_hrtf_choices(["default", "default"])) == 1


def test_default_ids_are_row_numbers_across_row_groups_and_files(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    _write(folder / "part-0.parquet", [{"text": f"t{i}", "audio": "s.wav"} for i in range(5)], row_group_size=2)
    _write(folder / "part-1.parquet", [{"text": f"t{i}", "audio": "s.wav"} for i in range(5, 8)], row_group_size=2)
    job = prepare(JobConfig(manifest=str(folder), out=str(tmp_path / "out")))
    assert job.files.row_groups == ((2, 2, 1), (2, 1)) and job.total == 8
    units = [(0, (g,), first) for g, first in ((0, 0), (1, 2), (2, 4))] + [(1, (0,), 5), (1, (1,), 7)]
    ids, texts = [], []
    for block in iter_work(job.files, job.plan, units, job.state.done, 3):
        ids += block["id"].to_pylist()
        texts += block["text"].to_pylist()
    assert ids == [str(i) for i in range(8)] and texts == [f"t{i}" for i in range(8)]
    assert all(len(b) <= 3 for b in iter_work(job.files, job.plan, units, job.state.done, 3))


def test_make_manifest_crosses_texts_with_sounds(tmp_path):
    sounds = tmp_path / "sounds"
    (sounds / "sub").mkdir(parents=True)
    for name in ("dog.wav", "sub/rain.flac"):
        sf.write(sounds / name, np.zeros(100), 8000)
    (sounds / "notes.txt").write_text("not a sound")
    texts = tmp_path / "texts.csv"
    texts.write_text(
        "id,text,azimuth_deg,speaker\nk1,왼쪽에서 개가 짖는다,,anna\nk2,rain above,45,bo\n", encoding="utf-8"
    )
    out = tmp_path / "m" / "manifest.parquet"
    result = CliRunner().invoke(main, ["make-manifest", str(texts), "--sound", str(sounds), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 4 rows (2 texts x 2 sounds)" in result.output
    assert "speaker" in result.output  # the dropped column is reported
    table = pq.read_table(out)
    assert table.column_names == ["id", "text", "audio", "azimuth_deg"]
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["k1__dog", "k1__rain", "k2__dog", "k2__rain"]
    assert rows[0]["audio"] == "../sounds/dog.wav"  # relative to the manifest's folder
    assert rows[2]["azimuth_deg"] == 45.0 and rows[0]["azimuth_deg"] is None
    assert rows[0]["text"] == "왼쪽에서 개가 짖는다"
    job = prepare(JobConfig(manifest=str(out), out=str(tmp_path / "o")))  # the result passes the schema check
    assert job.total == 4


def test_make_manifest_reports_bad_input(tmp_path):
    texts = tmp_path / "t.jsonl"
    texts.write_text('{"text": "a"}\n{"text": "b", "elevation_deg": "up"}\n')
    sf.write(tmp_path / "s.wav", np.zeros(10), 8000)
    result = CliRunner().invoke(
        main, ["make-manifest", str(texts), "-s", str(tmp_path / "s.wav"), "-o", str(tmp_path / "m.parquet")]
    )
    assert result.exit_code == 2
    assert "text row 1: column 'elevation_deg': 'up' is not a number" in result.output
    missing = CliRunner().invoke(
        main, ["make-manifest", str(texts), "-s", str(tmp_path / "nope"), "-o", str(tmp_path / "m.parquet")]
    )
    assert missing.exit_code == 2 and "no such file or folder" in missing.output


def test_demo_manifest_is_valid_and_its_sounds_exist(tmp_path):
    demo = Path(__file__).resolve().parents[1] / "manifests" / "demo.parquet"
    job = prepare(JobConfig(manifest=str(demo), out=str(tmp_path / "out")))
    assert job.warnings == [] and job.total == 13
    for row in pq.read_table(demo).to_pylist():
        path = demo.parent / row["audio"]
        info = sf.info(path)
        assert 2.0 <= info.duration <= 4.0 and info.subtype == "PCM_16"
    total = sum(p.stat().st_size for p in (demo.parent / "sounds").iterdir())
    assert total < 400_000
