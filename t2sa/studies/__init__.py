"""Jobs users run again and again: cross-HRTF sweeps, listening-test stimulus sets (``t2sa-batch run``).

A job is a TOML file (see ``jobs/`` in the repository) naming its inputs, formats, HRTFs, output folder
and options; :func:`t2sa.studies.runner.run_job` runs it on the batch engine and writes its report.
"""
