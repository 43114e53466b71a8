"""The shipped text model lives in ``default/`` (a sentence-transformers folder + t2sa head); see t2sa.text."""
