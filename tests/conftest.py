"""Test-wide set-up: ``tests/support`` (helpers used only by tests) is importable as ``support``, and the run
stops at once, with one line, when ``../shared`` (HRTFs, client programs, seed data) is not beside the checkout."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from support import shared  # noqa: E402


def pytest_sessionstart(session: pytest.Session) -> None:
    gone = shared.missing()
    if gone:
        pytest.exit(
            f"the tests read ../shared beside the checkout, and {', '.join(gone)} is missing "
            "(clone the project next to its shared folder, as CI does)",
            returncode=4,
        )


MAX_TEST_PROCESSES = 4
"""``-n auto`` (pyproject's addopts): how many pytest-xdist workers at most. Much of the suite waits on other
processes (Ray nodes, ``t2sa-batch`` subprocesses, Chromium), so two workers pay off even on two cores; more than
four buys little (the real-cluster file, run by one worker, is the longest part) and costs memory."""


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """Workers for ``-n auto``: the CPUs this process may use, at least 2 and at most :data:`MAX_TEST_PROCESSES`
    (``-n 0`` runs everything in this process)."""
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(2, min(MAX_TEST_PROCESSES, cpus))
