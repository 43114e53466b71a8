"""Content keys: a hash of everything that decides the bytes of one output file.

A work row is done when a valid result row carries the same ``content_key`` (see
:mod:`t2sa.batch.resume`), so changing anything that changes the file re-renders exactly that row and
nothing else. The key is made of five parts, each kept (shortened) in ``content_parts`` so a resubmit can
say *why* a row is rendered again:

* ``params``: the resolved override values, plus the text and the model identity (its files' digest, the
  device class it runs on, ``cpu`` or ``cuda``, and the versions of :data:`MODEL_LIBRARIES`:
  :func:`model_identity`) when the row goes through the text model (a row that overrides every field depends
  on neither);
* ``audio``: the source's identity: path, size and mtime for local files, ETag/size/mtime for URIs
  (from ``fsspec`` ``info``); the clip length the model is told comes from the same file;
* ``hrtf``: a content hash of the SOFA file (binaural only; ``builtin`` for the built-in head);
* ``render``: :data:`RENDERER_VERSION`, the versions of :data:`RENDER_LIBRARIES`, format (and a content hash
  of its file for ``layout:FILE``, so an edited layout renders again), output sample rate, :data:`SUBTYPE`, the
  row key and the seed;
* ``output``: the output path (a moved output is written again).

A scene (:mod:`t2sa.batch.scenes`) has the same five parts over *all* its events
(:func:`scene_content_key`): changing one event renders that scene again, in every format, and no other.

File identities and digests are cached per job token (one token per submit), so each file is looked at
once per job and process, never trusted across jobs.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

from t2sa.formats import LAYOUT_PREFIX, get_format
from t2sa.render.hrtf import DEFAULT_HRTF
from t2sa.scene.model import SYNTH_PREFIX

from . import storage
from .cache import IDENTITIES, fetch_local, stamp

RENDERER_VERSION = "3"
"""Bump when the renderer's output bytes change for the same inputs: every row is then rendered again.
2 (round 33): moving sources' Doppler interpolation runs as an FFT filter bank and their 7.1.4 gains sum in
numpy's einsum order, not in an order BLAS picks by CPU. 3 (round 56): the 3 x 3 inverses of the VBAP bases and of
the HRTF interpolation's facets are written out (:mod:`t2sa.render.linalg3`), not LAPACK's (the demo's binaural files
changed in their last bits)."""

RENDER_LIBRARIES: tuple[str, ...] = ("numpy", "scipy")
"""Libraries whose version is part of every row's key: another numpy or scipy may round differently (measured:
scipy 1.18's FFT against 1.17's changed nearly every file), so a job resumed after an upgrade renders again."""

MODEL_LIBRARIES: tuple[str, ...] = ("torch", "tokenizers")
"""Libraries whose version is part of a text row's key (the model's arithmetic and its tokenizer)."""

SCENE_VERSION = "1"
"""Bump when the scene mixer's (or the DCASE label writer's) bytes change: every scene is then rendered again."""

SUBTYPE = "PCM_24"
"""Sample format of the batch engine's files."""

PARTS: tuple[str, ...] = ("params", "audio", "hrtf", "render", "output")
REASONS: dict[str, str] = {
    "params": "changed parameters",
    "audio": "new audio",
    "hrtf": "changed HRTF",
    "render": "changed settings",
    "output": "changed output path",
}
"""How a changed part is reported when a resubmit renders rows again."""

MISSING = "missing"


def _hash(*items: Any, size: int = 16) -> str:
    text = json.dumps(items, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=size).hexdigest()


def seed_for(key: str) -> int:
    """Render seed from the row key alone (never from worker, batch or time)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "little") & 0x7FFFFFFF


def _digest_file(path: str, h: Any) -> None:
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)


def model_digest(path: str | None) -> str:
    """Hash of every file in the text model folder (the shipped model when ``path`` is None)."""
    if path is None:
        from t2sa.text.predictor import DEFAULT_MODEL_DIR

        folder = Path(DEFAULT_MODEL_DIR)
    else:
        folder = Path(storage.local_path(path))
    if not folder.is_dir():
        return f"{MISSING}:{folder}"  # loading it will fail and name the folder
    h = hashlib.blake2b(digest_size=16)
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(f"{file.relative_to(folder).as_posix()}\0{file.stat().st_size}\0".encode())
        _digest_file(str(file), h)
    return h.hexdigest()


def device_class(device: str | None) -> str:
    """``cuda`` for any GPU device name (``cuda``, ``cuda:1``, ``gpu``), else ``cpu``."""
    name = (device or "cpu").lower()
    return "cuda" if name.startswith(("cuda", "gpu")) else "cpu"


def model_identity(path: str | None, device: str | None) -> str:
    """What of the text model decides a text row's parameters: its files, the class of device it runs on
    (a GPU's answers are not bitwise equal to a CPU's, so moving the model renders again) and the versions of
    :data:`MODEL_LIBRARIES`."""
    return f"{model_digest(path)}@{device_class(device)}@{library_versions(MODEL_LIBRARIES)}"


@functools.cache
def library_versions(names: tuple[str, ...]) -> str:
    """``name=version`` of each installed distribution (``name=none`` when absent), from its metadata: cheap, no
    import. The driver's versions stand for the whole job: a cluster must run one environment."""
    from importlib import metadata

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "none"

    return ",".join(f"{name}={version(name)}" for name in names)


def source_identity(path: str | None, token: str = "") -> str:
    """Identity of a source file without reading it: size + mtime (local) or ETag/size/mtime (URI)."""
    if not path:
        return MISSING
    if not storage.is_remote(path):
        st = stamp(path)
        return MISSING if st is None else f"{st[0]}:{st[1]}"

    def remote() -> str:
        try:
            fs, inner = storage.fsspec_fs(path)
            info = fs.info(inner)
        except Exception:  # noqa: BLE001 - a missing source is the render stage's error to report
            return MISSING
        keep = {k: info.get(k) for k in ("ETag", "etag", "size", "LastModified", "last_modified", "mtime", "md5Hash")}
        return _hash({k: v for k, v in keep.items() if v is not None}, size=8)

    return IDENTITIES.get(("source", token, path), remote)


def file_digest(path: str | None, token: str = "") -> str:
    """Content hash of an HRTF file (cached per job token); ``builtin`` for the built-in head."""
    if path is None or path == DEFAULT_HRTF:
        return "builtin"

    def digest() -> str:
        try:
            local = fetch_local(path, source_identity(path, token)) if storage.is_remote(path) else path
            h = hashlib.blake2b(digest_size=16)
            _digest_file(storage.local_path(local), h)
            return h.hexdigest()
        except OSError:
            return MISSING  # the render stage reports the unreadable file

    if storage.is_remote(path):
        return IDENTITIES.get(("digest", token, path), digest)
    return IDENTITIES.get(("digest", token, path, stamp(path)), digest)


def format_identity(fmt: Any, token: str = "") -> Any:
    """What of a format decides the bytes: its name, plus the content hash of a ``layout:`` file."""
    if isinstance(fmt, str) and fmt.startswith(LAYOUT_PREFIX):
        return [fmt, file_digest(fmt[len(LAYOUT_PREFIX) :], token)]
    return fmt


def content_key(
    row: dict[str, Any], *, uses_model: bool, model: str = "", token: str = ""
) -> tuple[str, str]:
    """(``content_key``, ``content_parts``) of a work row (see the module docstring)."""
    if uses_model:
        params = _hash("model", model, row.get("text"), row.get("overrides"))
    else:
        params = _hash("overrides", row.get("overrides"))
    source = row.get("source")
    audio = _hash(source, source_identity(source, token))
    hrtf = ""
    try:
        if get_format(row.get("format")).uses_hrtf:
            hrtf = _hash(file_digest(row.get("hrtf_source"), token))
    except Exception:  # noqa: BLE001 - an unknown format is an error row; its key does not matter
        hrtf = ""
    fmt = format_identity(row.get("format"), token)
    render = _hash(
        RENDERER_VERSION, library_versions(RENDER_LIBRARIES), fmt, row.get("sample_rate"), SUBTYPE, row["key"],
        seed_for(row["key"]),
    )
    output = _hash(row.get("output"))
    values = (params, audio, hrtf, render, output)
    key = _hash(*values)
    parts = ";".join(f"{name[0]}={value[:8]}" for name, value in zip(PARTS, values, strict=True))
    return key, parts


def sound_identity(source: str | None, token: str = "") -> str:
    """:func:`source_identity`, or the name itself for a generated sound (``synth:CLASS?seed=N&duration=S``,
    :mod:`t2sa.scene.bank`: the name decides the samples)."""
    if source and source.startswith(SYNTH_PREFIX):
        return source
    return source_identity(source, token)


def scene_content_key(row: dict[str, Any], scene: dict[str, Any], *, model: str = "", token: str = "") -> tuple[str, str]:
    """(``content_key``, ``content_parts``) of a scene work row; ``scene`` is its JSON object
    (:mod:`t2sa.batch.scenes`: ``scene`` settings, ``labels`` path, ``events``)."""
    events = scene["events"]
    uses_model = any(e.get("uses_model") for e in events)
    cells = [
        [e.get("id"), e.get("text") if e.get("uses_model") else None, e.get("overrides")]
        + [e.get(k) for k in ("onset_s", "duration_s", "fit", "level_dbfs", "label", "class_index")]
        for e in events
    ]
    params = _hash("scene", model if uses_model else "", scene["scene"], cells)
    settings = scene["scene"]
    background = (settings.get("background") or {}).get("sound")
    audio = _hash(
        [(e.get("source"), sound_identity(e.get("source"), token)) for e in events],
        (background, sound_identity(background, token)) if background else None,
    )
    hrtf = ""
    try:
        if get_format(row.get("format")).uses_hrtf:
            hrtf = _hash(file_digest(row.get("hrtf_source"), token))
    except Exception:  # noqa: BLE001 - an unknown format is an error row; its key does not matter
        hrtf = ""
    render = _hash(
        RENDERER_VERSION, SCENE_VERSION, library_versions(RENDER_LIBRARIES), format_identity(row.get("format"), token),
        row.get("sample_rate"), settings.get("subtype"), row["key"],
    )
    output = _hash(row.get("output"), scene.get("labels"))
    values = (params, audio, hrtf, render, output)
    key = _hash(*values)
    parts = ";".join(f"{name[0]}={value[:8]}" for name, value in zip(PARTS, values, strict=True))
    return key, parts


def changed_parts(old: str | None, new: str) -> list[str]:
    """Names of the parts that differ between two ``content_parts`` strings (all of them if ``old`` is None)."""
    if not old:
        return list(PARTS)
    a = dict(p.split("=", 1) for p in old.split(";") if "=" in p)
    b = dict(p.split("=", 1) for p in new.split(";") if "=" in p)
    return [name for name in PARTS if a.get(name[0]) != b.get(name[0])]
