"""Where the tests find ``../shared`` (beside the checkout): measured HRTFs, real client programs, seed data.

The project never copies these files; CI has the folder too. ``tests/conftest.py`` stops the run with one clear
line when it is missing, instead of letting tests fail one by one (or skip) for a reason they cannot name.
"""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
HRTF_DIR = SHARED / "hrtf"
CLIENTS_DIR = SHARED / "clients"
SEED_DIR = SHARED / "seed"


def missing() -> list[str]:
    """The parts of ``../shared`` the tests need that are not there."""
    return [str(p) for p in (HRTF_DIR, CLIENTS_DIR, SEED_DIR) if not p.is_dir()]
