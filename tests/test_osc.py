"""OSC export: addresses, values and conventions per scheme, real UDP delivery and timing, replay files."""

from __future__ import annotations

import json
import threading
import time

import numpy as np
import pytest
from click.testing import CliRunner
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import ThreadingOSCUDPServer

from t2sa import osc
from t2sa.cli.osc import osc_command
from t2sa.params import SpatialParams

STATIC = SpatialParams(azimuth_deg=30.0, elevation_deg=10.0, distance_m=3.0, spread_deg=45.0, gain_db=-6.0)
ORBIT = SpatialParams(
    azimuth_deg=0.0,
    motion="orbit",
    trajectory=[
        {"t": 0.0, "azimuth_deg": 0.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
        {"t": 1.0, "azimuth_deg": 360.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
    ],
)


class Receiver:
    """A real python-osc UDP server on loopback recording (receive time, address, args)."""

    def __init__(self) -> None:
        self.got: list[tuple[float, str, tuple]] = []
        dispatcher = Dispatcher()
        dispatcher.set_default_handler(lambda address, *args: self.got.append((time.perf_counter(), address, args)))
        self.server = ThreadingOSCUDPServer(("127.0.0.1", 0), dispatcher)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def __enter__(self) -> "Receiver":
        self.thread.start()
        return self

    def wait_for(self, n: int, timeout: float = 5.0) -> None:
        end = time.monotonic() + timeout
        while len(self.got) < n and time.monotonic() < end:
            time.sleep(0.01)

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def by_address(messages):
    out: dict[str, list] = {}
    for m in messages:
        out.setdefault(m.address, []).append(m.args)
    return out


def test_adm_scheme_addresses_units_and_left_positive_azimuth():
    msgs = osc.trajectory_messages(STATIC, duration_s=1.0, rate_hz=10, object_id=3, max_distance_m=6.0)
    got = by_address(msgs)
    assert set(got) == {f"/adm/obj/3/{k}" for k in ("dmax", "azim", "elev", "dist", "w", "gain")}
    assert msgs[0].address == "/adm/obj/3/dmax" and msgs[0].args == (6.0,)  # before the distance it scales
    assert len(got["/adm/obj/3/azim"]) == 11  # 0.0, 0.1, ..., 1.0 s
    assert got["/adm/obj/3/azim"][0] == pytest.approx((30.0,))  # ADM-OSC: positive = left, as t2sa
    assert got["/adm/obj/3/elev"][0] == pytest.approx((10.0,))
    assert got["/adm/obj/3/dist"][0] == pytest.approx((0.5,))  # 3 m of 6 m
    assert got["/adm/obj/3/w"][0] == pytest.approx((0.125,))  # 45 of 360 degrees: 1.0 = all around
    assert got["/adm/obj/3/gain"][0] == pytest.approx((10 ** (-6 / 20),))
    times = sorted({m.time_s for m in msgs})
    assert np.allclose(np.diff(times), 0.1)


def test_distance_beyond_max_is_clipped_and_aed_is_packed():
    far = STATIC.with_overrides(distance_m=50.0)
    msgs = osc.trajectory_messages(far, duration_s=0.5, rate_hz=4, scheme="adm-aed")
    aed = by_address(msgs)["/adm/obj/1/aed"]
    assert aed[0] == pytest.approx((30.0, 10.0, 1.0))


def test_spat_scheme_is_clockwise_in_metres_and_flip_inverts():
    spat = by_address(osc.trajectory_messages(STATIC, duration_s=0.2, rate_hz=10, scheme="spat"))
    assert spat["/source/1/aed"][0] == pytest.approx((-30.0, 10.0, 3.0))
    assert spat["/source/1/gain"][0] == pytest.approx((-6.0,))
    flipped = by_address(osc.trajectory_messages(STATIC, duration_s=0.2, rate_hz=10, flip_azimuth=True))
    assert flipped["/adm/obj/1/azim"][0] == pytest.approx((-30.0,))


def test_orbit_follows_the_trajectory_counter_clockwise():
    msgs = osc.trajectory_messages(ORBIT, duration_s=4.0, rate_hz=4, scheme="t2sa")
    az = np.array([a[0] for a in by_address(msgs)["/t2sa/obj/1/azimuth_deg"]])
    assert len(az) == 17
    # quarter turns every second: front, left, back, right, front
    assert az[[0, 4, 8, 12, 16]] == pytest.approx([0.0, 90.0, 180.0, -90.0, 0.0], abs=1e-9)
    assert np.all((np.diff(np.unwrap(np.radians(az)))) > 0)  # always turning left


def test_duration_not_a_multiple_of_the_period_still_ends_on_the_last_keyframe():
    frames = osc.sample_frames(ORBIT, duration_s=1.05, rate_hz=10)
    assert frames.time_s[-1] == pytest.approx(1.05)
    assert frames.azimuth_deg[-1] == pytest.approx(0.0, abs=1e-9)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"scheme": "nope"}, "scheme"),
        ({"rate_hz": 0}, "rate_hz"),
        ({"duration_s": -1.0}, "duration_s"),
        ({"object_id": 0}, "object_id"),
        ({"max_distance_m": 0.0}, "max_distance_m"),
    ],
)
def test_bad_options_name_the_field(kwargs, field):
    with pytest.raises(osc.OSCError, match=field):
        osc.trajectory_messages(STATIC, **kwargs)


class FakeClock:
    """A clock that moves only when the stream sleeps (plus planted stalls): timing checked without wall time."""

    def __init__(self, stall_at: float | None = None, stall_s: float = 0.0):
        self.now, self.stall_at, self.stall_s = 1000.0, stall_at, stall_s

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        before = self.now
        self.now += max(seconds, 1e-6)
        if self.stall_at is not None and before < self.stall_at <= self.now:
            self.now += self.stall_s  # the OS did not wake us for a while


def test_stream_delivers_every_message_in_order():
    msgs = osc.trajectory_messages(ORBIT, duration_s=1.0, rate_hz=50)
    with Receiver() as rx:
        report = osc.stream(msgs, "127.0.0.1", rx.port)
        rx.wait_for(len(msgs))
    assert report.messages == report.datagrams == len(msgs) == 51 * 6
    assert [a for _, a, _ in rx.got] == [m.address for m in msgs]
    for (_, _, args), m in zip(rx.got, msgs, strict=True):
        assert args == pytest.approx(m.args, abs=1e-4)  # float32 on the wire


def test_stream_keeps_absolute_deadlines_so_a_stall_does_not_drift():
    """Each instant is sent at start + its time: a 30 ms stall makes the instants due during it late, and the
    ones after it are on time again (no accumulated drift). Real-time jitter is measured by benchmarks/bench_osc.py, not here."""
    msgs = osc.trajectory_messages(ORBIT, duration_s=1.0, rate_hz=50)
    steady = FakeClock()
    with Receiver() as rx:
        report = osc.stream(msgs, "127.0.0.1", rx.port, clock=steady, sleep=steady.sleep)
        rx.wait_for(len(msgs))
    assert report.lateness_max_s < 1e-5
    assert report.duration_s == pytest.approx(1.0, abs=1e-4)  # paced over the second, not sent at once

    stalled = FakeClock(stall_at=1000.0 + 0.01 + 0.305, stall_s=0.030)  # inside the 16th frame's wait
    with Receiver() as rx:
        late = osc.stream(msgs, "127.0.0.1", rx.port, clock=stalled, sleep=stalled.sleep)
        rx.wait_for(len(msgs))
    assert late.lateness_max_s == pytest.approx(0.025, abs=0.006)  # the instant waiting through the stall
    assert late.lateness_mean_s < 0.030 * 2 / 51 + 1e-4  # at most the two instants due during it were late
    assert late.duration_s == pytest.approx(1.0, abs=1e-4)  # the last instant is on time: no drift


def test_bundle_mode_groups_each_instant():
    msgs = osc.trajectory_messages(STATIC, duration_s=0.1, rate_hz=10)
    groups = osc.encode(msgs, bundle=True)
    assert len(groups) == 2 and all(len(d) == 1 and d[0].startswith(b"#bundle") for _, d in groups)
    with Receiver() as rx:
        osc.stream(msgs, "127.0.0.1", rx.port, bundle=True)
        rx.wait_for(len(msgs))
    assert sorted(a for _, a, _ in rx.got) == sorted(m.address for m in msgs)


def test_replay_file_round_trip_and_replay_over_udp(tmp_path):
    path = tmp_path / "orbit.osc.jsonl"
    runner = CliRunner()
    res = runner.invoke(
        osc_command, ["--params", ORBIT.to_json(), "--duration", "0.5", "--rate", "20", "--write", str(path)]
    )
    assert res.exit_code == 0, res.output
    header = json.loads(path.read_text().splitlines()[0])
    assert header["t2sa_osc"] == 1 and header["scheme"] == "adm"
    msgs = osc.read_messages(path)
    assert msgs == osc.trajectory_messages(ORBIT, duration_s=0.5, rate_hz=20)
    with Receiver() as rx:
        res = runner.invoke(osc_command, ["--replay", str(path), "--port", str(rx.port)])
        assert res.exit_code == 0, res.output
        rx.wait_for(len(msgs))
    assert [a for _, a, _ in rx.got] == [m.address for m in msgs]


def test_replay_file_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"t": 0, "address": "/a", "args": [1]}\n{"t": -1, "address": "/a", "args": [1]}\n')
    with pytest.raises(osc.OSCError, match=r"bad.jsonl:2: t=-1"):
        osc.read_messages(bad)
    with pytest.raises(osc.OSCError, match="cannot read"):
        osc.read_messages(tmp_path / "missing.jsonl")


def test_cli_dry_run_prints_timed_messages_and_rejects_bad_params():
    runner = CliRunner()
    res = runner.invoke(
        osc_command,
        ["--params", '{"azimuth_deg": -45}', "--dry-run", "--duration", "0.1", "--rate", "10", "--scheme", "spat"],
    )
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines()]
    assert lines[0] == {"t": 0.0, "address": "/source/1/aed", "args": [45.0, 0.0, 1.0]}
    assert lines[-1]["t"] == pytest.approx(0.1)
    res = runner.invoke(osc_command, ["--params", '{"elevation_deg": 120}', "--dry-run"])
    assert res.exit_code != 0 and "elevation_deg=120" in res.output
    res = runner.invoke(osc_command, ["--dry-run"])
    assert res.exit_code != 0 and "exactly one of" in res.output


def test_row_files_skip_errors_and_duplicates(tmp_path):
    rows = [
        {"id": "a", "status": "ok", "duration_s": 2.0, **ORBIT.to_dict(), "hrtf": "default"},
        {"id": "a", "status": "ok", "duration_s": 2.0, **ORBIT.to_dict(), "hrtf": "other"},
        {"id": "b/1", "status": "ok", "duration_s": None, "azimuth_deg": -90.0},
        {"id": "c", "status": "error", "azimuth_deg": 0.0},
    ]
    paths = osc.write_row_files(rows, tmp_path, default_duration_s=1.0, rate_hz=10)
    assert [p.name for p in paths] == ["a.osc.jsonl", "b_1.osc.jsonl"]
    a = osc.read_messages(paths[0])
    assert max(m.time_s for m in a) == pytest.approx(2.0)
    b = by_address(osc.read_messages(paths[1]))
    assert b["/adm/obj/1/azim"][0] == (-90.0,)


def test_text_goes_through_the_model():
    from t2sa.text import TextToSpatial

    expected = TextToSpatial.load().predict(["a bird far to the left"])[0]
    res = CliRunner().invoke(osc_command, ["a bird far to the left", "--dry-run", "--duration", "0.1", "--rate", "10"])
    assert res.exit_code == 0, res.output
    first = [json.loads(line) for line in res.stdout.splitlines()][:6]
    azim = next(m for m in first if m["address"] == "/adm/obj/1/azim")
    assert azim["args"][0] == pytest.approx(expected.azimuth_deg)


def test_cli_writes_replay_files_from_batch_results(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {"id": "x", "status": "ok", "duration_s": 1.0, **ORBIT.to_dict()},
        {"id": "y", "status": "error", "duration_s": 1.0, **STATIC.to_dict()},
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "results.parquet")
    res = CliRunner().invoke(
        osc_command,
        ["--from-results", str(tmp_path / "results.parquet"), "--write-dir", str(tmp_path / "osc"), "--rate", "4"],
    )
    assert res.exit_code == 0, res.output
    assert [p.name for p in (tmp_path / "osc").iterdir()] == ["x.osc.jsonl"]
    msgs = osc.read_messages(tmp_path / "osc" / "x.osc.jsonl")
    assert len(by_address(msgs)["/adm/obj/1/azim"]) == 5
    res = CliRunner().invoke(osc_command, ["--from-results", str(tmp_path / "results.parquet")])
    assert res.exit_code != 0 and "--write-dir" in res.output
