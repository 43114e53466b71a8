"""Ctrl-C / SIGTERM in the batch engine: the first signal is recorded and the job stops at the next finished block
(nothing is thrown into Ray while it submits tasks); a second one stops at once."""

from __future__ import annotations

import os
import signal

import pytest

from t2sa.batch.pipeline import _signals_as_interrupt


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_first_signal_is_recorded_and_said_the_second_stops_at_once(sig: int) -> None:
    received: list[int] = []
    said: list[str] = []
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}  # (SIG_IGN when run in the background)
    with _signals_as_interrupt(received, said.append):
        os.kill(os.getpid(), sig)  # handled before the next bytecode: nothing raised
        assert received == [sig]
        assert said and "Ctrl-C again" in said[0]
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), sig)
            for _ in range(1000):  # let the handler run
                pass
    assert {s: signal.getsignal(s) for s in before} == before  # the previous handlers are back
