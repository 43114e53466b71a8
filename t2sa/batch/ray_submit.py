"""Submitting ``t2sa-batch submit`` to an existing Ray cluster as a Ray Job.

Why a Ray Job (``--address http://HEAD:8265``) rather than a remote driver: the driver then runs
on the head node, next to the cluster, and keeps going if the laptop that submitted it sleeps or
loses its connection. The job runs the same command with ``--address auto``; the manifest, the
sounds, SOFA files and the output folder must be on storage the cluster can read (URIs such as
``s3://bucket/...`` or a shared file system mounted at the same path everywhere).

``--address ray://HEAD:10001`` or ``--address auto`` instead connect this process to the cluster
as the driver (Ray Client / on the head node): results stream back through this process.
"""

from __future__ import annotations

import shlex
import sys
import time
from collections.abc import Sequence
from typing import Any

TERMINAL = ("SUCCEEDED", "FAILED", "STOPPED")


def is_jobs_address(address: str | None) -> bool:
    return bool(address) and address.startswith(("http://", "https://"))


def job_entrypoint(argv: Sequence[str]) -> str:
    """The command the cluster runs: these submit arguments with ``--address auto``."""
    args: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--address", "--no-wait"):
            skip = arg == "--address"
            continue
        if arg.startswith("--address="):
            continue
        args.append(arg)
    return shlex.join(["t2sa-batch", "submit", *args, "--address", "auto", "--no-progress"])


def local_paths(paths: Sequence[str | None]) -> list[str]:
    from .storage import is_uri

    return [p for p in paths if p and p != "default" and not is_uri(p)]


def submit(
    address: str,
    argv: Sequence[str],
    *,
    wait: bool = True,
    runtime_env: dict[str, Any] | None = None,
    client: Any = None,
    poll_s: float = 2.0,
    echo: Any = None,
) -> int:
    """Submit the job; with ``wait``, stream its logs and return 0 if it succeeded, else 1."""
    echo = echo or (lambda text: print(text, file=sys.stderr, flush=True))
    if client is None:
        from ray.job_submission import JobSubmissionClient

        client = JobSubmissionClient(address)
    entrypoint = job_entrypoint(argv)
    job_id = client.submit_job(entrypoint=entrypoint, runtime_env=runtime_env, metadata={"tool": "t2sa-batch"})
    echo(f"submitted Ray job {job_id} to {address}\n  entrypoint: {entrypoint}")
    echo(f"  follow it with: ray job logs -f {job_id} --address {address}")
    if not wait:
        return 0
    shown = 0
    status = None
    try:
        while True:
            status = str(getattr(client.get_job_status(job_id), "value", client.get_job_status(job_id)))
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
    echo(f"Ray job {job_id}: {status}")
    return 0 if status == "SUCCEEDED" else 1
