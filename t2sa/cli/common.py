"""The one way a t2sa command fails, and the options several commands share.

Every command prints a failure as **one line** on stderr, ``error: <what> <value>: <why>``, and exits with:

====  ==========================================================================================
code  meaning
====  ==========================================================================================
0     done
1     the command could not do what was asked (bad input file, parameter, HRTF, render refused;
      for ``t2sa-batch submit``: more failed rows than ``--max-error-rate`` allows)
2     bad usage: unknown option, missing argument, or (``t2sa-batch``) a manifest or job that
      cannot be used at all, so nothing was started
130   interrupted (Ctrl-C, SIGTERM); finished work is kept
====  ==========================================================================================

``--debug`` (on ``t2sa`` and ``t2sa-batch``, or ``T2SA_DEBUG=1``) shows the traceback instead.
"""

from __future__ import annotations

import functools
import os
import sys
import warnings
from collections.abc import Callable
from typing import Any, NoReturn

import click

from t2sa.errors import InputError, MissingExtraError, RunInterrupted, T2SAError, describe

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

USAGE_ERRORS: tuple[type[BaseException], ...] = (InputError,)
"""Errors that mean nothing could be started: exit status 2."""


def debug_enabled() -> bool:
    return os.environ.get("T2SA_DEBUG", "") not in ("", "0")


def set_debug(_ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    """``--debug`` callback: tracebacks instead of one-line errors, for this process and its children."""
    if value:
        os.environ["T2SA_DEBUG"] = "1"
    return value


debug_option = click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=set_debug,
    help="Show tracebacks instead of one-line errors.",
)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print ``error: message`` (one line per line of message) and exit with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def leave_interrupted(message: str) -> NoReturn:
    """Print ``message`` and exit 130 after a run that started Ray was interrupted with everything written.

    A Ray thread cancelled mid-task may still abort the interpreter's own teardown (rc -6 instead of 130, seen
    1 run in ~6), so the process leaves without it (``os._exit``, streams flushed first). Called in-process
    (click's test runner replaces stdout), it is a plain ``sys.exit``.
    """
    click.echo(message, err=True)
    if sys.stdout is not sys.__stdout__:
        sys.exit(EXIT_INTERRUPTED)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)


def exit_code_for(exc: BaseException) -> int:
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_INTERRUPTED
    return EXIT_USAGE if isinstance(exc, USAGE_ERRORS) else EXIT_FAILED


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a command body so that every failure is one line and a documented exit code, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        shown = warnings.showwarning
        warnings.showwarning = _warning_line  # a clamped number, an ignored timing: one line each
        try:
            return fn(*args, **kwargs)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            fail("interrupted", EXIT_INTERRUPTED)
        except RunInterrupted as exc:
            leave_interrupted(f"error: {exc}")
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other tools do
            sys.stderr.close()
            sys.exit(EXIT_FAILED)
        except Exception as exc:  # one readable line, even for a bug
            if debug_enabled():
                raise
            if isinstance(exc, ImportError):  # an optional back end: name the extra that brings it
                exc = MissingExtraError.from_import(exc) or exc
            if isinstance(exc, T2SAError):
                fail(str(exc), exit_code_for(exc))
            fail(f"unexpected {describe(exc)} (run with --debug for the traceback)")
        finally:
            warnings.showwarning = shown

    return wrapper


def _warning_line(message: Warning | str, category: type[Warning], *_args: Any, **_kwargs: Any) -> None:
    """Print a warning raised while a command runs as one ``warning: <message>`` line on stderr."""
    click.echo(f"warning: {' '.join(str(message).split())}", err=True)


def params_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--params JSON`` and ``--params-file FILE``, read by :func:`t2sa.resolve.resolve_params`."""
    fn = click.option("--params-file", "params_file", metavar="FILE", help="File holding a SpatialParams JSON object.")(fn)
    return click.option("--params", "params_json", metavar="JSON", help="SpatialParams as a JSON object.")(fn)


def exactly_one_source(text: str | None, params_json: str | None, params_file: str | None) -> None:
    """Refuse (usage error) unless exactly one of TEXT, --params, --params-file is given."""
    given = [name for name, v in (("TEXT", text), ("--params", params_json), ("--params-file", params_file)) if v]
    if len(given) != 1:
        raise click.UsageError(
            "give exactly one of TEXT, --params JSON or --params-file FILE"
            + (f" (got {', '.join(given)})" if given else "")
        )
