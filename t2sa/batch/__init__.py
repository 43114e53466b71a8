"""t2sa.batch: render manifests of (text, sound) pairs at scale on Ray (``t2sa-batch``).

Plain modules, usable without Ray: :mod:`~t2sa.batch.manifest` (schema, sweeps, ids, output
paths), :mod:`~t2sa.batch.identity` (content keys), :mod:`~t2sa.batch.predict` and
:mod:`~t2sa.batch.rendering` (the two stages), :mod:`~t2sa.batch.measuring` (metrics of written
files), :mod:`~t2sa.batch.results` (result rows, parts, run figures), :mod:`~t2sa.batch.resume`
(what is done, what changed, tidying up), :mod:`~t2sa.batch.journal` (finished rows that survive a
kill), :mod:`~t2sa.batch.outfolder` (lock, safe paths, orphans), :mod:`~t2sa.batch.cache` and
:mod:`~t2sa.batch.worker` (per-process caches, where a row ran), :mod:`~t2sa.batch.storage` (paths
and URIs). :mod:`~t2sa.batch.pipeline` is the thin Ray Data orchestration and :mod:`~t2sa.cli.batch`
the command line.
"""

from __future__ import annotations

from typing import Any

__all__ = ["JobConfig", "read_results", "run_job"]


def __getattr__(name: str) -> Any:
    if name in ("JobConfig", "run_job"):
        from t2sa.batch import pipeline

        return getattr(pipeline, name)
    if name == "read_results":
        from t2sa.batch.results import read_results

        return read_results
    raise AttributeError(f"module 't2sa.batch' has no attribute {name!r}")
