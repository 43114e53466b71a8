"""Studies: what researchers build on top of batch renders (``t2sa-batch run JOB.toml``).

A study is described by a job file (TOML, see ``jobs/`` in the repository: :mod:`t2sa.studies.spec`) naming
its inputs, formats, HRTFs, output folder and options. :func:`t2sa.studies.runner.run` renders it on the batch
engine, then builds its product: a cross-HRTF report (:mod:`t2sa.studies.sweep`, :mod:`t2sa.studies.compare`)
or a listening-test stimulus set (:mod:`t2sa.studies.stimuli`, :mod:`t2sa.studies.page`).
"""
