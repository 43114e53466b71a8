"""OSC streaming timing on loopback: how close to its schedule does each update arrive?

Streams an orbit at several rates to a real python-osc UDP server on 127.0.0.1 (in another process) and measures, from the
server's receive timestamps, the timing error of every update (received offset - scheduled offset,
relative to the first update) and the jitter of the period. Target: jitter < 5 ms at 50 updates/s.

    python benchmarks/bench_osc.py [--seconds 10]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import time

import numpy as np
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_server import BlockingOSCUDPServer

from t2sa import osc
from t2sa.params import SpatialParams

ORBIT = SpatialParams(
    motion="orbit",
    trajectory=[
        {"t": 0.0, "azimuth_deg": 0.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
        {"t": 1.0, "azimuth_deg": 360.0, "elevation_deg": 0.0, "distance_m": 1.0, "spread_deg": 0.0},
    ],
)


def _receive(port_queue, result_queue, expected: int, timeout: float) -> None:
    """Receiver in its own process (own GIL): records perf_counter (CLOCK_MONOTONIC, system-wide)."""
    got: list[tuple[float, str]] = []
    dispatcher = Dispatcher()
    dispatcher.set_default_handler(lambda address, *args: got.append((time.perf_counter(), address)))
    server = BlockingOSCUDPServer(("127.0.0.1", 0), dispatcher)
    server.timeout = 0.2
    port_queue.put(server.server_address[1])
    end = time.monotonic() + timeout
    while len(got) < expected and time.monotonic() < end:
        server.handle_request()
    server.server_close()
    result_queue.put(got)


def run(rate: float, seconds: float, scheme: str, bundle: bool) -> dict[str, float]:
    msgs = osc.trajectory_messages(ORBIT, duration_s=seconds, rate_hz=rate, scheme=scheme)
    ctx = mp.get_context("spawn")
    port_q, result_q = ctx.Queue(), ctx.Queue()
    expected = len(msgs)  # the receiver counts messages, also those unpacked from bundles
    proc = ctx.Process(target=_receive, args=(port_q, result_q, expected, seconds + 5.0))
    proc.start()
    port = port_q.get(timeout=30)
    time.sleep(0.2)
    first_address = msgs[0].address
    report = osc.stream(msgs, "127.0.0.1", port, bundle=bundle)
    got = result_q.get(timeout=seconds + 30)
    proc.join()
    recv = np.array([t for t, a in got if a == first_address])
    due = np.array(sorted({m.time_s for m in msgs}))
    n = min(len(recv), len(due))
    err = (recv[:n] - recv[0]) - (due[:n] - due[0])
    err = err - np.median(err)  # constant transport delay is not jitter
    period = np.diff(recv[:n])
    return {
        "rate": rate,
        "updates": len(due),
        "received": f"{len(got)}/{len(msgs)}",
        "datagrams": report.datagrams,
        "err_mean_ms": float(np.mean(np.abs(err)) * 1e3),
        "err_p99_ms": float(np.percentile(np.abs(err), 99) * 1e3),
        "err_max_ms": float(np.max(np.abs(err)) * 1e3),
        "period_jitter_std_ms": float(np.std(period) * 1e3),
        "send_late_max_ms": report.lateness_max_s * 1e3,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    cases = [(50, "adm", False), (50, "adm", True), (100, "adm-aed", False), (200, "adm-aed", False)]
    header = (
        f"{'rate':>5} {'scheme':>8} {'bundle':>6} {'updates':>7} {'datagrams':>9} {'received':>11} {'|err| mean':>10} "
        f"{'p99':>7} {'max':>7} {'period std':>10} {'send late max':>13} {'p99/5ms':>8}"
    )
    print(header)
    for rate, scheme, bundle in cases:
        r = run(rate, args.seconds, scheme, bundle)
        print(
            f"{rate:>5} {scheme:>8} {bundle!s:>6} {r['updates']:>7} {r['datagrams']:>9} {r['received']:>11} "
            f"{r['err_mean_ms']:>9.3f}m "
            f"{r['err_p99_ms']:>6.3f}m {r['err_max_ms']:>6.3f}m {r['period_jitter_std_ms']:>9.3f}m "
            f"{r['send_late_max_ms']:>12.3f}m {r['err_p99_ms'] / 5.0:>8.3f}"
        )
    print(
        "(ms; err = receive offset - scheduled offset, less the median transport delay; p99/5ms < 1 meets the"
        " 5 ms target; max shows the worst scheduling hiccup on a shared machine)"
    )


if __name__ == "__main__":
    main()
