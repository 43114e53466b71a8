"""Submitting ``t2sa-batch submit`` to a Ray cluster as a Ray Job (``--address http://HEAD:8265``).

Why a Ray Job rather than a remote driver: the driver then runs on the head, next to the cluster,
and keeps going if the laptop that submitted it sleeps or loses its connection.

What makes the job run the same as it would here:

* **the command** is rebuilt from the parsed options (never copied from ``sys.argv``), as
  ``python -m t2sa.cli.batch submit ... --address auto``: it needs no ``t2sa-batch`` on the
  cluster's PATH, only a Python with t2sa's dependencies (``cluster.yaml`` installs them);
* **the code**: this t2sa package travels in the job's ``runtime_env.py_modules``, so the head and
  every worker run exactly the code that submitted the job;
* **paths**: the job runs in whatever folder ``ray start`` ran in, so relative local paths
  (manifest, ``--out``, ``--hrtf``, ``--model``, the file of ``--format layout:FILE``) are made
  absolute here and said so; ``--out`` is
  always explicit; local paths must be visible at the same path on the cluster (same machine or a
  shared file system), URIs are read as they are;
* **storage settings** (``--storage-option``, ``AWS_*``...) travel in ``runtime_env.env_vars``,
  never in the command line or the job's metadata.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shlex
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from t2sa.errors import InputError
from t2sa.formats import LAYOUT_PREFIX

from . import cluster, storage

TERMINAL = ("SUCCEEDED", "FAILED", "STOPPED")

PATH_OPTIONS = ("manifest", "out", "hrtfs", "model")
"""Submit parameters that name files: relative local ones are made absolute for the cluster."""

FORMAT_OPTION = "formats"
"""``--format layout:FILE`` names a file too (other format names are left as they are)."""

NOT_FORWARDED = ("address", "no_wait", "storage_options")
"""Submit parameters that concern the submitting side only (storage settings go as variables)."""

PYTHON = "python"
"""The cluster's interpreter in the entrypoint (``cluster.yaml`` puts t2sa's Python first on PATH)."""


def is_jobs_address(address: str | None) -> bool:
    return bool(address) and address.startswith(("http://", "https://"))


def local_paths(paths: Sequence[str | None]) -> list[str]:
    return [p for p in paths if p and p != "default" and not storage.is_uri(p)]


@dataclass
class JobRequest:
    """What is sent to the Jobs API, and what the user is told about it."""

    entrypoint: str
    runtime_env: dict[str, Any]
    out: str
    notes: list[str] = field(default_factory=list)


def _absolute(value: str, cwd: str) -> str:
    if not value or value == "default" or storage.is_uri(value) or os.path.isabs(value):
        return value
    return os.path.normpath(os.path.join(cwd, value))


def _absolute_format(fmt: str, cwd: str) -> str:
    """``layout:FILE`` with a relative local FILE made absolute (the rule of ``manifest.resolve_format``)."""
    from .manifest import resolve_format

    return resolve_format(fmt, cwd)


def build_request(
    params: Mapping[str, Any],
    command: Any,
    *,
    out: str,
    cwd: str | None = None,
    env: Mapping[str, str] | None = None,
    ship_code: bool = True,
) -> JobRequest:
    """The Ray Job for the ``submit`` command ``command`` (click) called with ``params``.

    ``out`` is the output folder the job will use (the default made explicit); ``env`` the storage
    variables for the job (default: this process's, see :func:`cluster.storage_env_for_workers`).
    """
    import click

    cwd = cwd or os.getcwd()
    values = dict(params)
    values["out"] = out
    values["no_progress"] = True
    notes: list[str] = []
    changed: list[str] = []
    for name in PATH_OPTIONS:
        value = values.get(name)
        if isinstance(value, (tuple, list)):
            values[name] = tuple(_absolute(v, cwd) for v in value)
            changed += [f"{v} -> {n}" for v, n in zip(value, values[name], strict=True) if v != n]
        elif isinstance(value, str):
            values[name] = _absolute(value, cwd)
            if values[name] != value:
                changed.append(f"{value} -> {values[name]}")
    if values.get(FORMAT_OPTION):
        formats = tuple(_absolute_format(f, cwd) for f in values[FORMAT_OPTION])
        changed += [f"{f} -> {n}" for f, n in zip(values[FORMAT_OPTION], formats, strict=True) if f != n]
        values[FORMAT_OPTION] = formats
    if changed:
        notes.append("relative paths made absolute for the cluster: " + ", ".join(changed))
    args: list[str] = []
    options: list[str] = []
    for param in command.params:
        name = param.name
        if name in NOT_FORWARDED or name not in values:
            continue
        value = values[name]
        if isinstance(param, click.Argument):
            args += [str(v) for v in value] if isinstance(value, (tuple, list)) else [str(value)]
            continue
        flag = max(param.opts, key=len)  # the long spelling
        if getattr(param, "is_flag", False):
            if value and not param.secondary_opts:
                options.append(flag)
            continue
        if value is None or (isinstance(value, (tuple, list)) and not value):
            continue
        if not getattr(param, "multiple", False) and value == param.default:
            continue
        for v in value if isinstance(value, (tuple, list)) else [value]:
            options += [flag, str(v)]
    entrypoint = shlex.join([PYTHON, "-m", "t2sa.cli.batch", "submit", *args, *options, "--address", "auto"])
    env = dict(cluster.storage_env_for_workers() if env is None else env)
    runtime_env: dict[str, Any] = {}
    if env:
        runtime_env["env_vars"] = env
    if ship_code:
        runtime_env["py_modules"] = [str(Path(__file__).resolve().parents[1])]
        runtime_env["excludes"] = ["__pycache__", "*.pyc", ".pytest_cache"]
    layouts = [f[len(LAYOUT_PREFIX) :] for f in values.get(FORMAT_OPTION) or () if f.startswith(LAYOUT_PREFIX)]
    local = local_paths(
        [values.get("manifest"), values["out"], *(values.get("hrtfs") or ()), values.get("model"), *layouts]
    )
    if local:
        notes.append(
            f"local path(s) {', '.join(local)}: the cluster reads and writes them at these paths "
            "(this machine or a shared file system); use URIs (s3://...) for a remote cluster"
        )
    return JobRequest(entrypoint, runtime_env, values["out"], notes)


_AUTH_REFUSAL = re.compile(r"\b401\b|unauthori[sz]ed|authenticat|auth[_ ]token|\btoken\b", re.IGNORECASE)
"""What a Jobs API refusal for want of a token says (status 401, Ray's token-auth messages)."""


def jobs_client(address: str) -> Any:
    """A Jobs API client for ``address``, or one line saying why there is none."""
    client_class = cluster.require_jobs_client()
    try:
        return client_class(address)
    except Exception as exc:  # noqa: BLE001 - connection, authentication, version: one line each
        text = " ".join(str(exc).split())
        if _AUTH_REFUSAL.search(text.replace(address, "")):  # the address itself may hold "401" (a port)
            raise InputError(
                f"--address {address}: the cluster uses token authentication; set RAY_AUTH_MODE=token and give "
                "its token (~/.ray/auth_token, RAY_AUTH_TOKEN_PATH or RAY_AUTH_TOKEN)"
            ) from None
        raise InputError(
            f"--address {address}: no Ray Jobs API there ({text[:200]}); the head needs the dashboard, "
            'i.e. ray[default] (pip install "t2sa[cluster]" on the cluster), and port 8265 reachable'
        ) from None


def submit(
    address: str,
    request: JobRequest,
    *,
    wait: bool = True,
    client: Any = None,
    poll_s: float = 2.0,
    echo: Callable[[str], None] | None = None,
) -> int:
    """Submit the job; with ``wait``, stream its logs and return its exit status (0 = succeeded)."""
    echo = echo or (lambda text: print(text, file=sys.stderr, flush=True))
    client = client or jobs_client(address)
    for note in request.notes:
        echo(f"note: {note}")
    with _quiet_sdk():  # "Uploading package ..." INFO lines of the Jobs SDK
        job_id = client.submit_job(
            entrypoint=request.entrypoint, runtime_env=request.runtime_env or None, metadata={"tool": "t2sa-batch"}
        )
    echo(f"submitted Ray job {job_id} to {address}\n  entrypoint: {request.entrypoint}")
    follow = f"ray job logs -f {job_id} --address {address}"
    status_cmd = shlex.join(["t2sa-batch", "status", request.out])
    if not wait:
        echo(f"  follow it with: {follow}\n  results: {request.out} (where it stands: {status_cmd})")
        return 0
    shown = 0
    status = None
    try:
        while True:
            status = _status(client.get_job_status(job_id))
            logs = client.get_job_logs(job_id)
            if len(logs) > shown:
                sys.stdout.write(logs[shown:])
                sys.stdout.flush()
                shown = len(logs)
            if status in TERMINAL:
                break
            time.sleep(poll_s)
    except KeyboardInterrupt:
        echo(f"\nstopped following; the job keeps running on the cluster (ray job stop {job_id} --address {address})")
        return 130
    code = 0 if status == "SUCCEEDED" else _exit_code(client, job_id)
    echo(f"Ray job {job_id}: {status}\n  results: {request.out} (where it stands: {status_cmd})")
    return code


@contextlib.contextmanager
def _quiet_sdk() -> Iterator[None]:
    ray_logger = logging.getLogger("ray")
    level = ray_logger.level
    ray_logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        ray_logger.setLevel(level)


def _status(value: Any) -> str:
    return str(getattr(value, "value", value))


def _exit_code(client: Any, job_id: str) -> int:
    """The driver's own exit status (2 = nothing started, 130 = interrupted), else 1."""
    try:
        code = getattr(client.get_job_info(job_id), "driver_exit_code", None)
    except Exception:  # noqa: BLE001 - older Jobs APIs: the status is all there is
        code = None
    return int(code) if isinstance(code, int) and code > 0 else 1
