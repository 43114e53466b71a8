"""t2sa's OSC stream received by the ADM-OSC 1.0 reference implementation (``adm_osc.handler``).

The handler checks each message against the spec's stable parameters (address, argument count, type,
range). The stream of a text, static and moving, as separate messages and as packed ``aed``, in plain
datagrams and in bundles, goes over real UDP into a python-osc server whose only handler is the
reference one; every message must come through with no error and no unknown address. The handler is
imported from ``../shared/clients/ADM-OSC/Source`` (never copied into the project).
"""

from __future__ import annotations

import sys
import threading
import time

import numpy as np
import pytest
from click.testing import CliRunner
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer
from support.clients import ADM_OSC_SOURCE

from t2sa import osc
from t2sa.cli.osc import osc_command
from t2sa.params import SpatialParams

pytestmark = pytest.mark.skipif(not ADM_OSC_SOURCE.is_dir(), reason=f"ADM-OSC not found at {ADM_OSC_SOURCE}")

TEXTS = {
    "static": "a bell ringing softly to my left",
    "moving": "a bee flies from far behind me on the left to my right ear",
}


@pytest.fixture(scope="module")
def adm_handler():
    sys.path.insert(0, str(ADM_OSC_SOURCE))
    try:
        from adm_osc.handler import adm_handler
    finally:
        sys.path.remove(str(ADM_OSC_SOURCE))
    return adm_handler


@pytest.fixture(scope="module")
def text_params():
    from t2sa.resolve import resolve_params

    return {kind: resolve_params(text=text, duration_s=2.0) for kind, text in TEXTS.items()}


class ReferenceReceiver:
    """A UDP OSC server handing every message to the ADM-OSC reference handler; records what it says."""

    def __init__(self, handler) -> None:
        self.accepted: list[tuple[str, str, tuple]] = []  # (address, attribute, args)
        self.errors: list[str] = []
        self.unknown: list[str] = []
        self.lock = threading.Lock()

        def check(address: str, *args) -> None:
            try:
                _target, _objects, parameter, values = handler(address, *args)
            except ValueError as exc:
                with self.lock:
                    self.errors.append(str(exc).strip())
                return
            with self.lock:
                self.accepted.append((address, parameter.osc_command, tuple(values or ())))

        def unknown(address: str, *args) -> None:
            with self.lock:
                self.unknown.append(address)

        dispatcher = Dispatcher()
        dispatcher.map("/adm/*", check)
        dispatcher.set_default_handler(unknown)
        self.server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def __enter__(self) -> ReferenceReceiver:
        self.thread.start()
        return self

    def count(self) -> int:
        with self.lock:
            return len(self.accepted) + len(self.errors) + len(self.unknown)

    def wait_for(self, n: int, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while self.count() < n and time.monotonic() < end:
            time.sleep(0.01)

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("bundle", [False, True], ids=["datagrams", "bundles"])
@pytest.mark.parametrize("scheme", ["adm", "adm-aed"])
@pytest.mark.parametrize("kind", ["static", "moving"])
def test_reference_handler_accepts_every_message_of_a_text(adm_handler, text_params, kind, scheme, bundle):
    params = text_params[kind]
    assert params.is_static == (kind == "static")
    messages = osc.trajectory_messages(params, duration_s=1.0, rate_hz=20, scheme=scheme, max_distance_m=6.0)
    with ReferenceReceiver(adm_handler) as rx:
        report = osc.stream(messages, "127.0.0.1", rx.port, bundle=bundle)
        rx.wait_for(len(messages))
    assert rx.errors == [] and rx.unknown == []
    assert len(rx.accepted) == len(messages) == report.messages
    assert report.datagrams == (report.instants if bundle else report.messages)
    commands = {c for _, c, _ in rx.accepted}
    position = {"aed"} if scheme == "adm-aed" else {"azim", "elev", "dist"}
    assert commands == position | {"dmax", "w", "gain"}
    # what arrived is the trajectory (float32 on the wire)
    expected = osc.sample_frames(params, 1.0, 20)
    got_az = [a[0] for _, c, a in rx.accepted if c in ("aed", "azim")]
    assert np.asarray(got_az) == pytest.approx(expected.azimuth_deg, abs=1e-3)
    assert {a for _, c, a in rx.accepted if c == "dmax"} == {(6.0,)}


def test_gain_above_unity_is_clamped_with_a_note_and_other_units_are_an_option(adm_handler):
    loud = SpatialParams(azimuth_deg=-40.0, distance_m=9.0, spread_deg=90.0, gain_db=6.0)
    messages = osc.trajectory_messages(loud, duration_s=0.2, rate_hz=10)
    with ReferenceReceiver(adm_handler) as rx:
        osc.stream(messages, "127.0.0.1", rx.port)
        rx.wait_for(len(messages))
    assert rx.errors == [] and len(rx.accepted) == len(messages)
    values = {c: a for _, c, a in rx.accepted}
    assert values["gain"] == pytest.approx((1.0,)) and values["w"] == pytest.approx((0.25,))  # 90 of 360 deg
    assert values["dist"] == pytest.approx((1.0,))
    notes = osc.range_notes(loud, max_distance_m=6.0)
    assert any("gain +6 dB" in n for n in notes) and any("9 m is beyond --max-distance 6 m" in n for n in notes)
    # receivers that take dB or degrees: the documented options (outside ADM-OSC's own units)
    other = osc.trajectory_messages(loud, duration_s=0.0001, rate_hz=10, gain_units="db", width_units="degrees")
    values = {m.address.rsplit("/", 1)[1]: m.args for m in other}
    assert values["gain"] == (6.0,) and values["w"] == pytest.approx((90.0,))
    raised = osc.trajectory_messages(loud, duration_s=0.0001, rate_hz=10, gain_ceiling_db=6.0)
    assert {m.address.rsplit("/", 1)[1]: m.args for m in raised}["gain"] == pytest.approx((10 ** (6 / 20),))


def test_cli_says_messages_and_bundles_apart_and_prints_the_notes(adm_handler):
    with ReferenceReceiver(adm_handler) as rx:
        result = CliRunner().invoke(
            osc_command,
            ["--params", '{"azimuth_deg": 10, "gain_db": 6}', "--duration", "0.2", "--rate", "10", "--bundle",
             "--port", str(rx.port)],
        )
        rx.wait_for(3 * 6)
    assert result.exit_code == 0, result.output
    assert "sent 18 messages in 3 bundles at 3 instants" in result.output
    assert "note: gain +6 dB is above the +0 dB ceiling" in result.output
    assert rx.errors == [] and len(rx.accepted) == 18
