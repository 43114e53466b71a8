"""Real infrastructure for the cluster tests: a two-node Ray cluster started with ``ray start`` and
an S3 server (moto) on loopback.

Why real processes rather than ``ray.cluster_utils``: the users' failures (Jobs API missing,
relative paths resolved on the head, credentials that never reach the workers) only show with a
head started by ``ray start``, a dashboard, and a driver in another process.

Each node runs ``ray start --block`` in its own process group, on free loopback ports and in its
own temp dir, so nothing here touches (or is touched by) another Ray on the machine; ``stop()``
ends the groups and then any process still naming the temp dir, and checks that none is left.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

NODE_CPUS = 1
OBJECT_STORE_BYTES = 100_000_000

CLEAN_ENV_PREFIXES = ("AWS_", "FSSPEC_", "RAY_ADDRESS", "GOOGLE_APPLICATION_CREDENTIALS")


def free_port() -> int:
    return free_ports(1)[0]


def free_ports(count: int, avoid: set[int] | frozenset[int] = frozenset()) -> list[int]:
    """``count`` distinct free loopback ports, none of them in ``avoid``.

    Why all at once: a port whose socket is closed can be handed out again by the very next bind,
    and ``ray start`` refuses two components on one port ("is trying to use a port number ... that
    is used by other components"). Holding every socket open until all are chosen makes them distinct.
    """
    with contextlib.ExitStack() as stack:
        ports: list[int] = []
        while len(ports) < count:
            s = stack.enter_context(socket.socket())
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
            if port not in avoid:
                ports.append(port)
        return ports


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without storage credentials (so a test proves where they come from) and
    with Ray kept on loopback: Ray replaces 127.0.0.1 by the machine's network address unless
    RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 (then only the worker node's ``ray start`` needs it at 1)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(CLEAN_ENV_PREFIXES)}
    env.update(
        AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        AWS_CONFIG_FILE=os.devnull,
        AWS_EC2_METADATA_DISABLED="true",
        RAY_USAGE_STATS_ENABLED="0",
        RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER="0",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


# `ray start` for a worker node refuses RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0, and with it at 1 it rewrites
# the head's 127.0.0.1 to the network address; this keeps the address as given (still `ray start`).
_WORKER_RAY = (
    "import sys, ray._private.services as s; s.resolve_ip_for_localhost = lambda host: host; "
    "from ray.scripts.scripts import main; sys.argv[0] = 'ray'; main()"
)


def _ray_cli(worker: bool = False) -> list[str]:
    return [sys.executable, "-c", _WORKER_RAY] if worker else [sys.executable, "-m", "ray.scripts.scripts"]


@dataclass
class LocalCluster:
    """A head (dashboard, no ``--num-cpus`` limit beyond NODE_CPUS) and worker nodes on loopback."""

    root: Path  # temp dir: ray's --temp-dir, the head's working directory, logs
    gcs_port: int = 0
    dashboard_port: int = 0
    procs: list[subprocess.Popen] = field(default_factory=list)
    used_ports: set[int] = field(default_factory=set)  # every port given to a node of this cluster

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.gcs_port}"

    @property
    def jobs_address(self) -> str:
        return f"http://127.0.0.1:{self.dashboard_port}"

    @property
    def head_cwd(self) -> Path:
        return self.root / "head-cwd"

    @property
    def token_path(self) -> Path:
        return self.root / "auth_token"

    def env(self, **extra: str) -> dict[str, str]:
        """Environment of a client of this cluster: token authentication on, as ``ray start``
        sets it up by default when a token exists, with this cluster's own token."""
        return clean_env(RAY_AUTH_MODE="token", RAY_AUTH_TOKEN_PATH=str(self.token_path), **extra)

    def _ports(self, count: int) -> list[int]:
        """Free ports, distinct from each other and from every port this cluster already gave out."""
        ports = free_ports(count, avoid=self.used_ports)
        self.used_ports.update(ports)
        return ports

    def _node_ports(self) -> list[str]:
        names = (
            "--node-manager-port",
            "--object-manager-port",
            "--dashboard-agent-listen-port",
            "--dashboard-agent-grpc-port",
            "--runtime-env-agent-port",
            "--metrics-export-port",
        )
        return [arg for name, port in zip(names, self._ports(len(names)), strict=True) for arg in (name, str(port))]

    def _start(self, args: list[str], log: str, **env: str) -> None:
        out = open(self.root / log, "wb")  # noqa: SIM115 - kept open for the process's life
        proc = subprocess.Popen(
            [*_ray_cli("--head" not in args), "start", "--block", "--disable-usage-stats", *args],
            cwd=self.head_cwd,
            env=self.env(**env),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(proc)

    def start(self, workers: int = 1, worker_gpus: int = 0, timeout_s: float = 120.0) -> LocalCluster:
        self.head_cwd.mkdir(parents=True, exist_ok=True)
        self.token_path.write_text(secrets.token_hex(32))
        self.gcs_port, self.dashboard_port, client_port = self._ports(3)
        common = ["--num-cpus", str(NODE_CPUS), "--object-store-memory", str(OBJECT_STORE_BYTES)]
        self._start(
            [
                "--head",
                "--node-ip-address",
                "127.0.0.1",
                "--port",
                str(self.gcs_port),
                "--include-dashboard",
                "true",
                "--dashboard-host",
                "127.0.0.1",
                "--dashboard-port",
                str(self.dashboard_port),
                "--ray-client-server-port",
                str(client_port),
                "--temp-dir",
                str(self.root / "ray"),
                *common,
                *self._node_ports(),
            ],
            "head.log",
            # a node that dies is declared dead after 5 failed health checks: 5 s instead of Ray's 15 s
            RAY_health_check_period_ms="1000",
        )
        self._wait_for(lambda: self._alive_nodes() >= 1, timeout_s, "head")
        for _ in range(workers):
            self._start_worker(worker_gpus)
        self._wait_for(lambda: self._alive_nodes() >= 1 + workers, timeout_s, "worker nodes")
        self._wait_for(self._jobs_api_up, timeout_s, "Jobs API")
        return self

    def _start_worker(self, gpus: int = 0) -> subprocess.Popen:
        common = ["--num-cpus", str(NODE_CPUS), "--object-store-memory", str(OBJECT_STORE_BYTES)]
        gpu_args = ["--num-gpus", str(gpus)] if gpus else []
        self._start(
            ["--address", self.address, "--node-ip-address", "127.0.0.1", *common, *gpu_args, *self._node_ports()],
            f"worker{len(self.procs) - 1}.log",
            RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER="1",
        )
        return self.procs[-1]

    def add_worker(self, timeout_s: float = 120.0) -> subprocess.Popen:
        """One more worker node (its ``ray start --block`` process: the node's process group)."""
        before = self._alive_nodes()
        proc = self._start_worker()
        self._wait_for(lambda: self._alive_nodes() > before, timeout_s, "the added worker node")
        return proc

    @staticmethod
    def node_pids(proc: subprocess.Popen) -> list[int]:
        """Every process of the node that ``proc`` (its ``ray start --block``) started: they share its
        session (Ray's workers put themselves in process groups of their own, not in a new session)."""
        found = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                with contextlib.suppress(OSError):
                    if os.getsid(int(entry.name)) == proc.pid:
                        found.append(int(entry.name))
        return found

    def kill_node(self, proc: subprocess.Popen) -> None:
        """SIGKILL every process of a worker node (raylet, object store, agents, its workers): a node crash."""
        for pid in self.node_pids(proc):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)
        self.procs.remove(proc)  # what is left of it (none should be) carries the mark: stop() ends it

    def alive_nodes(self) -> int:
        return self._alive_nodes()

    def _alive_nodes(self) -> int:
        code = (
            "import ray, sys; ray.init(address=sys.argv[1], logging_level='ERROR', log_to_driver=False); "
            "print(sum(n['Alive'] for n in ray.nodes()))"
        )
        try:
            out = subprocess.run(
                [sys.executable, "-c", code, self.address], capture_output=True, text=True, timeout=60, env=self.env()
            )
            return int(out.stdout.strip().splitlines()[-1])
        except (subprocess.TimeoutExpired, ValueError, IndexError):
            return 0

    def _jobs_api_up(self) -> bool:
        import urllib.request

        token = self.token_path.read_text().strip()
        request = urllib.request.Request(
            f"{self.jobs_address}/api/version", headers={"Authorization": f"Bearer {token}"}
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as r:
                return r.status == 200
        except OSError:
            return False

    def _wait_for(self, check, timeout_s: float, what: str) -> None:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            if any(p.poll() is not None for p in self.procs):
                break
            if check():
                return
            time.sleep(1.0)
        logs = "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.root.glob("*.log"))
        self.stop()
        raise RuntimeError(f"local Ray cluster: {what} did not come up\n{logs}")

    def leftover_pids(self) -> list[int]:
        """Processes of this cluster still running: every one of them names the cluster's temp dir
        in its command line or environment (workers rename themselves, but keep the environment)."""
        mark = str(self.root).encode()
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            with contextlib.suppress(OSError):
                if mark in (entry / "cmdline").read_bytes() or mark in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
        return found

    def stop(self) -> None:
        """SIGTERM each ``ray start --block`` (it drains its node and stops what it started), then
        SIGKILL what is left of its process group and any process still carrying this cluster's mark."""
        for proc in reversed(self.procs):  # worker nodes first
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(signal.SIGTERM)
        end = time.monotonic() + 10  # ray start drains its node for up to 30 s: not needed here
        for proc in self.procs:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.1, end - time.monotonic()))
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        for _ in range(20):  # workers outlive their raylet by a moment
            left = self.leftover_pids()
            if not left:
                break
            time.sleep(0.5)
        for pid in self.leftover_pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.procs.clear()


# what a node's log says when it failed for a reason no choice of free ports rules out on a shared machine: another
# process took one of its ports between choosing and binding, or, on a loaded machine (the suite runs on several
# processes), its raylet did not register with the GCS within the 30 s that `ray start` allows (fixed in Ray's code)
RETRYABLE = ("Address already in use", "that is used by other components", "Failed to bind", "timed out during startup")


@contextlib.contextmanager
def local_cluster(workers: int = 1, worker_gpus: int = 0, attempts: int = 3) -> Iterator[LocalCluster]:
    """A started cluster; started again on fresh ports (up to ``attempts`` times) only when a node failed for one
    of the :data:`RETRYABLE` reasons; any other failure fails at once."""
    for attempt in range(attempts):
        root = Path(tempfile.mkdtemp(prefix="t2sa-ray-"))
        try:
            cluster = LocalCluster(root).start(workers=workers, worker_gpus=worker_gpus)
            break
        except RuntimeError as error:
            shutil.rmtree(root, ignore_errors=True)
            if attempt == attempts - 1 or not any(mark in str(error) for mark in RETRYABLE):
                raise
    try:
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(root, ignore_errors=True)  # Ray's session logs


@dataclass
class S3Server:
    """An S3-compatible server (moto) on a free loopback port, with one bucket and test credentials."""

    endpoint: str
    bucket: str = "t2sa-cluster-test"
    region: str = "us-east-1"
    key: str = "AKIAT2SATESTKEY00001"
    secret: str = "t2sa-test-secret-6f1c2e9a8b7d"

    def options(self) -> list[str]:
        """``--storage-option`` flags giving endpoint, region and credentials."""
        pairs = {"endpoint_url": self.endpoint, "region": self.region, "key": self.key, "secret": self.secret}
        return [arg for k, v in pairs.items() for arg in ("--storage-option", f"{k}={v}")]

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=self.region,
            aws_access_key_id=self.key,
            aws_secret_access_key=self.secret,
        )

    def put(self, key: str, path: Path) -> str:
        self.client().upload_file(str(path), self.bucket, key)
        return f"s3://{self.bucket}/{key}"

    def keys(self, prefix: str = "") -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=prefix)
        return sorted(o["Key"] for page in pages for o in page.get("Contents", []))

    def read(self, key: str) -> bytes:
        return self.client().get_object(Bucket=self.bucket, Key=key)["Body"].read()

    @contextlib.contextmanager
    def credentials_checked(self) -> Iterator[None]:
        """Requests must be signed with a key the server knows (it knows none, so every key is refused:
        InvalidAccessKeyId), as a real store refuses wrong credentials; the server checks none otherwise."""
        from moto.core.authorization import enable_iam_authentication

        with enable_iam_authentication():
            yield


@contextlib.contextmanager
def s3_server() -> Iterator[S3Server]:
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        s3 = S3Server(f"http://127.0.0.1:{port}")
        s3.client().create_bucket(Bucket=s3.bucket)
        yield s3
    finally:
        server.stop()
