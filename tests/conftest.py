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
