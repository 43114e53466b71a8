"""Every command line of t2sa: ``t2sa`` (:mod:`t2sa.cli.main`) and ``t2sa-batch`` (:mod:`t2sa.cli.batch`).

CLI modules import domain modules, never the other way round. Each command reports failures through
:func:`t2sa.cli.common.fail` (one line, documented exit code, ``--debug`` for the traceback).
"""
