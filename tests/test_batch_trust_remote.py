"""The output-folder bookkeeping on object storage (fsspec's in-memory file system stands in for s3/gs):
journal, orphan temporary files, the lock; and what goes into a content key."""

from __future__ import annotations

import json
import uuid

import fsspec
import pytest

from t2sa.batch import identity, journal
from t2sa.batch import manifest as mf
from t2sa.batch.outfolder import OutLock, remove_orphans
from t2sa.errors import InputError
from t2sa.params import SpatialParams
from t2sa.render import FORMATS


@pytest.fixture()
def out():
    root = f"memory://t2sa-test-{uuid.uuid4().hex[:8]}/out"
    yield root
    fs = fsspec.filesystem("memory")
    path = root.split("://", 1)[1]
    if fs.exists(path):
        fs.rm(path, recursive=True)


def test_journal_on_object_storage_is_one_object_per_row(out):
    rows = [{"key": f"r{i}|binaural|default", "content_key": f"c{i}", "status": "ok", "loudness_lufs": -float("inf")}
            for i in range(3)]
    for row in rows:
        journal.record(out, "run1", row)
    read, folders = journal.read_all(out)
    assert sorted(r["key"] for r in read) == sorted(r["key"] for r in rows)
    assert read[0]["loudness_lufs"] == -float("inf")
    journal.remove(folders)
    assert journal.read_all(out) == ([], [])


def test_orphan_temporary_objects_are_removed(out):
    fs = fsspec.filesystem("memory")
    base = out.split("://", 1)[1]
    names = ["audio/b/.x.wav.tmp-k2j3", "results/.part-1.parquet.1a2b3c4d.tmp", "audio/b/x.wav", "results/part-1.parquet"]
    for name in names:
        fs.pipe_file(f"{base}/{name}", b"data")
    assert remove_orphans(out) == 2
    assert sorted(p.split(base + "/", 1)[1] for p in fs.find(base)) == ["audio/b/x.wav", "results/part-1.parquet"]


def test_lock_on_object_storage(out):
    first = OutLock(out)
    first.acquire()
    fs = fsspec.filesystem("memory")
    lock_path = first.path.split("://", 1)[1]
    held = json.loads(fs.cat_file(lock_path))
    fs.pipe_file(lock_path, json.dumps({**held, "host": "another-host"}).encode())  # as if another machine held it
    with pytest.raises(InputError, match="another t2sa-batch job is using this folder"):
        OutLock(out).acquire()
    fs.pipe_file(lock_path, json.dumps(held).encode())
    first.release()
    assert not fs.exists(lock_path)


def test_content_key_covers_the_model_only_for_rows_that_use_it(tmp_path):
    def keys(model_digest: str) -> dict[str, str]:
        plan = mf.Plan(base=str(tmp_path), formats=("binaural",), hrtfs=mf.make_hrtf_choices(["default"]),
                       known_formats=FORMATS, model_digest=model_digest)
        rows = [
            {"id": "text", "text": "a bee on the left", "audio": "s.wav"},
            {"id": "overrides", "text": "ignored when every field is given", "audio": "s.wav",
             **{k: v for k, v in SpatialParams().to_dict().items() if k != "trajectory"}},
        ]
        return {w["id"]: w["content_key"] for w in mf.expand_rows(rows, 0, plan)}

    a, b = keys("model-a"), keys("model-b")
    assert a["text"] != b["text"] and a["overrides"] == b["overrides"]

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "weights.bin").write_bytes(b"\x00" * 100)
    before = identity.model_digest(str(folder))
    (folder / "weights.bin").write_bytes(b"\x00" * 99 + b"\x01")
    assert identity.model_digest(str(folder)) != before
