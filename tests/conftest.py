"""Test-wide set-up: ``tests/support`` (helpers used only by tests) is importable as ``support``."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
