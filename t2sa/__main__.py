"""``python -m t2sa ...`` is the ``t2sa`` command (for environments whose scripts folder is not on PATH)."""

from t2sa.cli.main import main

if __name__ == "__main__":
    main()
