"""Running a job on a Ray cluster: addresses, storage settings, what the cluster can do, a watchdog.

Why a module of its own: everything here is about the cluster a job runs on, not about rows. The
pipeline calls in at a few points (connect, plan the model stage, watch the run); the CLI parses
addresses and ``--storage-option`` here; ``ray_submit`` builds Ray Jobs from it.

* **Addresses** (:func:`address_kind`): none (a Ray started in this process), ``auto`` or
  ``HOST:PORT`` (this process is the driver, joined to the cluster), ``http(s)://HEAD:8265`` (a Ray
  Job: the driver runs on the head). ``ray://`` (Ray Client) is refused: Ray Data's executor needs a
  local core worker, which Ray Client does not have (Ray 2.60: ``'Worker' object has no attribute
  'core_worker'``).
* **Storage settings** (:func:`storage_env`): ``--storage-option KEY=VALUE`` and the standard
  ``AWS_*`` variables become environment variables that boto/s3fs, pyarrow and fsspec all read, in
  this process and, through ``runtime_env.env_vars``, in every Ray worker. Values never go to
  ``job.json``, results, the job's entrypoint or our log lines (:func:`redact`).
* **Feasibility** (:func:`plan_model_stage`): a GPU asked for on a cluster without one and without
  an autoscaler, or model actors that would take every CPU, are refused or scaled down *before*
  anything starts, instead of sitting at 0 rows.
* **Watching** (:class:`RunWatch`): Ray's own output goes to ``OUT/ray.log``; a watchdog says what
  the job waits for when no row finishes for a while; nodes lost and tasks retried are counted.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from t2sa.errors import InputError, MissingExtraError, T2SAError

from . import storage

# -- addresses ---------------------------------------------------------------------------------
_HOST_PORT = re.compile(r"^(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9_.-]+):(\d{1,5})$")

RAY_CLIENT_REFUSED = (
    "--address {address}: Ray Client (ray://) cannot run Ray Data jobs on Ray {version}; "
    "use --address http://HEAD:8265 (a Ray Job: the driver runs on the head) or run t2sa-batch on "
    "a cluster node with --address auto"
)


def address_kind(address: str | None) -> str:
    """``local`` (no address), ``cluster`` (auto, HOST:PORT) or ``jobs`` (http[s]://); InputError else."""
    if not address:
        return "local"
    if address.startswith(("http://", "https://")):
        return "jobs"
    if address.startswith("ray://"):
        raise InputError(RAY_CLIENT_REFUSED.format(address=address, version=_ray_version()))
    if address == "auto" or _HOST_PORT.match(address):
        return "cluster"
    raise InputError(f"--address {address!r}: expected auto, HOST:PORT or http://HEAD:8265 (Ray Jobs)")


def _ray_version() -> str:
    try:
        import ray

        return ray.__version__
    except ImportError:
        return "2.x"


def connect(address: str, init_args: Mapping[str, Any]) -> None:
    """``ray.init`` on a cluster, with the storage settings for every worker; one-line errors.

    Inside a Ray Job the job's own ``runtime_env`` (set by ``ray_submit``) already holds them, and
    Ray refuses a driver that sets the same variables again.
    """
    import ray

    address_kind(address)
    env = {} if "RAY_JOB_CONFIG_JSON_ENV_VAR" in os.environ else storage_env_for_workers()
    runtime_env = {"env_vars": env} if env else None
    try:
        ray.init(address=address, runtime_env=runtime_env, **init_args)
    except Exception as exc:
        raise connect_error(address, exc) from None


def connect_error(address: str, exc: BaseException) -> T2SAError:
    """What to say when joining the cluster at ``address`` failed."""
    text = " ".join(str(exc).split())
    chain = " ".join(" ".join(str(e).split()) for e in _causes(exc))
    if "InvalidAuthToken" in chain or "AuthenticationError" in chain or type(exc).__name__ == "AuthenticationError":
        return InputError(
            f"--address {address}: the cluster uses token authentication; set RAY_AUTH_MODE=token and "
            "give its token (~/.ray/auth_token, RAY_AUTH_TOKEN_PATH or RAY_AUTH_TOKEN)"
        )
    if address == "auto" and ("Could not find any running Ray instance" in text or "ConnectionError" in chain):
        return InputError("--address auto: no Ray cluster was started on this machine (ray start --head)")
    short = text[:300] + ("..." if len(text) > 300 else "")
    return InputError(f"--address {address}: cannot join the Ray cluster: {short}")


def _causes(exc: BaseException) -> list[BaseException]:
    out, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        out.append(exc)
        exc = exc.__cause__ or exc.__context__
    return out


# -- optional dependencies -----------------------------------------------------------------------
PROTOCOL_EXTRAS = {"s3": ("s3fs", "cluster"), "s3a": ("s3fs", "cluster"), "gs": ("gcsfs", "gcs"), "gcs": ("gcsfs", "gcs")}


def require_protocols(paths: Iterable[str | None]) -> None:
    """MissingExtraError (one line, naming the extra) if a URI's fsspec back end is not installed."""
    import importlib.util

    for path in paths:
        if not path or not storage.is_remote(path):
            continue
        protocol = path.split("://", 1)[0].lower()
        if protocol in PROTOCOL_EXTRAS:
            module, extra = PROTOCOL_EXTRAS[protocol]
            if importlib.util.find_spec(module) is None:
                raise MissingExtraError(f"{protocol}:// URIs ({path})", extra, module)


def require_jobs_client() -> Any:
    """The Ray Jobs SDK's client class, or MissingExtraError naming the ``cluster`` extra."""
    try:
        import requests  # noqa: F401 - the Jobs SDK needs it and says so only with a RuntimeError
        from ray.job_submission import JobSubmissionClient
    except ImportError as exc:
        raise MissingExtraError("--address http://... (Ray Jobs)", "cluster", getattr(exc, "name", None)) from None
    return JobSubmissionClient


# -- storage settings ------------------------------------------------------------------------------
STORAGE_KEYS: dict[str, tuple[str, ...]] = {
    "endpoint_url": ("AWS_ENDPOINT_URL",),
    "region": ("AWS_DEFAULT_REGION", "AWS_REGION"),
    "key": ("AWS_ACCESS_KEY_ID",),
    "secret": ("AWS_SECRET_ACCESS_KEY",),
    "token": ("AWS_SESSION_TOKEN",),
    "profile": ("AWS_PROFILE",),
}
"""``--storage-option`` names (fsspec/s3fs spelling) -> the variables boto, s3fs and pyarrow read."""

FORWARDED_PREFIXES = ("AWS_", "FSSPEC_", "AZURE_STORAGE_", "GOOGLE_APPLICATION_CREDENTIALS", "GOOGLE_CLOUD_PROJECT")
"""Variables of this process that reach every Ray worker (the storage settings, however given)."""

SECRET_HINTS = ("SECRET", "TOKEN", "PASSWORD", "KEY_ID", "ACCESS_KEY", "CREDENTIAL", "SAS", "CONNECTION_STRING")


def storage_env(options: Iterable[str]) -> dict[str, str]:
    """``KEY=VALUE`` settings -> environment variables (InputError, naming the key, if one is unknown).

    Keys: ``endpoint_url``, ``region``, ``key``, ``secret``, ``token``, ``profile`` (S3 and
    S3-compatible stores), ``PROTOCOL.ARG`` for any other fsspec argument (``gcs.project=p``,
    ``s3.requester_pays=true``: fsspec reads them as ``FSSPEC_<PROTOCOL>_<ARG>``), or a variable
    name as is (``AWS_CA_BUNDLE=...``, ``GOOGLE_APPLICATION_CREDENTIALS=...``).
    """
    env: dict[str, str] = {}
    for item in options:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise InputError(f"--storage-option {_redacted_item(item)!r}: expected KEY=VALUE")
        if key.lower() in STORAGE_KEYS:
            for name in STORAGE_KEYS[key.lower()]:
                env[name] = value
        elif "." in key and re.fullmatch(r"[A-Za-z0-9]+\.[A-Za-z0-9_]+", key):
            protocol, arg = key.split(".", 1)
            env[f"FSSPEC_{protocol.upper()}_{arg.upper()}"] = value
        elif key.startswith(FORWARDED_PREFIXES) and key == key.upper():
            env[key] = value
        else:
            known = ", ".join(STORAGE_KEYS)
            raise InputError(
                f"--storage-option {key}: unknown setting; expected one of {known}, PROTOCOL.ARG "
                "(an fsspec argument) or an AWS_*/FSSPEC_*/AZURE_STORAGE_* variable"
            )
    return env


def _redacted_item(item: str) -> str:
    key, sep, _ = item.partition("=")
    return f"{key}=***" if sep else item


def apply_storage_env(env: Mapping[str, str]) -> None:
    """Set the storage settings for this process (and the Ray workers it starts or joins)."""
    if not env:
        return
    os.environ.update(env)
    try:  # fsspec reads FSSPEC_* once, on import
        import fsspec.config

        fsspec.config.set_conf_env(fsspec.config.conf, {k: v for k, v in env.items() if k.startswith("FSSPEC_")})
    except ImportError:
        pass
    _forget_cached_filesystems()


def _forget_cached_filesystems() -> None:
    """fsspec caches file system instances (with the credentials they were made with)."""
    with contextlib.suppress(Exception):
        import fsspec

        for cls in fsspec.registry.values() if hasattr(fsspec.registry, "values") else []:
            with contextlib.suppress(Exception):
                cls.clear_instance_cache()


def storage_env_for_workers(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The storage variables of this process, to give every Ray worker the same access."""
    environ = os.environ if environ is None else environ
    return {k: v for k, v in environ.items() if k.startswith(FORWARDED_PREFIXES)}


def is_secret(name: str) -> bool:
    upper = name.upper()
    return any(h in upper for h in SECRET_HINTS)


def redact(text: str, env: Mapping[str, str] | None = None) -> str:
    """``text`` with the value of every secret storage variable replaced by ``***``."""
    env = storage_env_for_workers() if env is None else env
    for name, value in env.items():
        if value and len(value) >= 4 and is_secret(name):
            text = text.replace(value, "***")
    return text


# -- what the cluster can do -----------------------------------------------------------------------
GPU_BATCH_ROWS = 256
"""Texts per model call on a GPU: one call costs about the same for 16 or 256 short texts."""

MAX_GPU_ACTORS = 64
"""Upper bound of the GPU actor pool when an autoscaler may add GPU nodes but says not how many."""


@dataclass
class ClusterInfo:
    """What ``ray.cluster_resources()`` and the autoscaler's config say about the cluster."""

    cpus: float = 0.0
    gpus: float = 0.0
    nodes: int = 0
    autoscaler: bool = False  # an autoscaler with node types (it may add nodes)
    max_gpus: float | None = None  # most GPUs the autoscaler may bring, when it says

    @classmethod
    def probe(cls) -> ClusterInfo:
        import ray

        res = ray.cluster_resources()
        info = cls(cpus=float(res.get("CPU", 0.0)), gpus=float(res.get("GPU", 0.0)))
        with contextlib.suppress(Exception):
            info.nodes = sum(1 for n in ray.nodes() if n.get("Alive"))
        info.autoscaler, info.max_gpus = _autoscaler()
        return info

    def describe(self) -> str:
        gpu = f", GPU {self.gpus:g}" if self.gpus else ", no GPU"
        scaler = " (autoscaling)" if self.autoscaler else ""
        return f"{self.nodes} node(s), CPU {self.cpus:g}{gpu}{scaler}"


def _autoscaler() -> tuple[bool, float | None]:
    """(is there an autoscaler that may add nodes, the most GPUs it may bring or None)."""
    import ray

    with contextlib.suppress(Exception):
        limits = ray._private.state.state.get_max_resources_from_cluster_config()
        if limits:
            return True, float(limits.get("GPU", 0) or 0)
    with contextlib.suppress(Exception):
        # The v1 autoscaler (ray up cluster.yaml): node types with names from the config. A cluster
        # started by hand has a read-only monitor whose types are all named node_<id>.
        from ray.experimental.internal_kv import _internal_kv_get

        raw = _internal_kv_get("__autoscaling_status")
        report = json.loads(raw).get("autoscaler_report", {}) if raw else {}
        types = set((report.get("node_type_mapping") or {}).values()) | set(report.get("active_nodes") or {})
        if any(not str(t).startswith("node_") for t in types) or report.get("pending_launches"):
            return True, None
    if os.environ.get("T2SA_AUTOSCALING", "") not in ("", "0"):
        return True, None
    return False, None


def model_device_class(device: str, address: str | None) -> str:
    """``cpu`` or ``cuda``: where the text model will run, decided before any content key is made.

    Why before: GPU answers are not bitwise equal to CPU ones, so the device class is part of a text
    row's content key (:func:`t2sa.batch.identity.model_identity`) and the run must then use exactly
    that class. ``auto`` means a GPU when there is one: on the cluster at ``address`` (asked of its
    GCS, no driver started), else on this machine.
    """
    if device == "cpu":
        return "cpu"
    if device == "gpu":
        return "cuda"
    if address:
        return "cuda" if cluster_gpus(address) >= 1 else "cpu"
    return "cuda" if local_cuda() else "cpu"


def cluster_gpus(address: str) -> float:
    """GPUs of the running cluster at ``address`` (``auto`` or HOST:PORT); 0 when it cannot be asked
    (joining it will then fail with its own message, and a job that says ``auto`` runs on CPUs)."""
    return float(cluster_resources(address).get("GPU", 0.0))


def cluster_resources(address: str) -> dict[str, float]:
    """Total resources of the running cluster at ``address``, asked of its GCS without starting a driver;
    empty when it cannot be asked."""
    with contextlib.suppress(Exception):
        from ray._private.services import canonicalize_bootstrap_address
        from ray.autoscaler.v2.sdk import get_cluster_status

        _token_as_ray_init_would(address)
        gcs = canonicalize_bootstrap_address(address)
        if gcs:
            return {k: float(v) for k, v in get_cluster_status(gcs, timeout=10).total_resources().items()}
    return {}


def _token_as_ray_init_would(address: str) -> None:
    """Turn token authentication on for this process where ``ray.init(address)`` would: for ``auto`` (the local
    cluster), when a token exists, as ``ray start`` makes one by default since Ray 2.5x; an explicit address
    needs ``RAY_AUTH_MODE=token`` from the user (Ray's rule). Why: this question reaches the GCS before
    ``ray.init``, and unauthenticated it was refused, so a cluster with GPUs looked like one without (seen on an
    H200 node: ``--address auto`` ran the model on the CPU)."""
    if address != "auto":
        return
    import logging

    from ray._private.authentication.authentication_token_setup import maybe_enable_token_auth_if_token_available

    log = logging.getLogger("ray._private.authentication.authentication_token_setup")
    level = log.level
    log.setLevel(logging.ERROR)  # ray.init says it again, into Ray's own log
    try:
        maybe_enable_token_auth_if_token_available(warn_if_disabled=False)
    finally:
        log.setLevel(level)


def local_cuda() -> bool:
    """A CUDA device torch can use here (torch is imported only where an NVIDIA device exists)."""
    if not any(os.path.exists(p) for p in ("/dev/nvidia0", "/dev/nvidiactl", "/proc/driver/nvidia")):
        return False
    try:
        import torch

        return bool(torch.cuda.is_available())
    except Exception:  # noqa: BLE001 - no torch, broken driver: the CPU
        return False


@dataclass
class ModelStage:
    """How the text model runs: device, actor pool bounds, texts per call, CPUs per actor."""

    use_gpu: bool
    min_actors: int
    max_actors: int
    batch_rows: int
    actor_cpus: float
    notes: list[str] = field(default_factory=list)

    def ray_args(self) -> dict[str, Any]:
        args: dict[str, Any] = {"num_cpus": self.actor_cpus}
        if self.use_gpu:
            args["num_gpus"] = 1
        return args


def plan_model_stage(
    info: ClusterInfo,
    *,
    device: str,
    predict_actors: int | None,
    on_cluster: bool,
    block_rows: int,
    todo: int,
    workers: int,
) -> ModelStage:
    """Decide the model stage from what the cluster has, or refuse (InputError) what would hang.

    * ``--model-device gpu`` on a cluster with no GPU: refused unless an autoscaler may add one.
    * Model actors hold a CPU on a cluster (so none lands on a head that advertises 0 CPUs): as
      many actors as CPUs would leave none for rendering, so the pool is made smaller (a warning).
    * GPU pools grow from one actor up to the GPUs the cluster has or may get.
    """
    notes: list[str] = []
    use_gpu = device == "gpu" or (device == "auto" and info.gpus >= 1)
    if use_gpu and info.gpus < 1:
        if not info.autoscaler or info.max_gpus == 0:
            raise InputError(
                f"--model-device gpu: the cluster has no GPU ({info.describe()}) and no autoscaler that could "
                "add one; use --model-device auto or cpu, or add a GPU node (ray start --num-gpus N)"
            )
        notes.append("no GPU in the cluster yet: the model stage waits for the autoscaler to add a GPU node")
    actor_cpus = 1.0 if (on_cluster or use_gpu) else 0.0
    if use_gpu:
        bring = info.max_gpus if info.max_gpus else (MAX_GPU_ACTORS if info.autoscaler else info.gpus)
        most = int(max(1, info.gpus, bring or 0))
        low = min(predict_actors, most) if predict_actors else 1
        high = predict_actors or most
        batch = min(GPU_BATCH_ROWS, max(block_rows, math.ceil(todo / max(1, 2 * workers))))
        return ModelStage(True, low, high, batch, actor_cpus, notes)
    wanted = predict_actors or 1
    if actor_cpus and not info.autoscaler:
        room = int(info.cpus) - 1  # at least one CPU renders
        if room < 1:
            raise InputError(
                f"the cluster has {info.cpus:g} CPU(s) ({info.describe()}): the model actor and the render "
                "tasks need at least 2; add a node, or give every row its direction so no model is needed"
            )
        if wanted > room:
            notes.append(
                f"--predict-actors {wanted} would leave no CPU of the cluster's {info.cpus:g} for rendering: "
                f"using {room}"
            )
            wanted = room
    return ModelStage(False, wanted, wanted, block_rows, actor_cpus, notes)


# -- watching a run --------------------------------------------------------------------------------
STALL_WARNING_S = 60.0
"""Seconds without a finished row after which the watchdog says what the job is waiting for."""
NODE_DEATH_WAIT_S = 20.0
"""At the end of a run whose tasks were retried, how long to wait for the head to declare a dead node dead."""

RAY_LOG = "ray.log"


class RunWatch:
    """Ray's output to ``OUT/ray.log``, a watchdog for stalls, and what happened to the cluster.

    ``open`` before anything of Ray runs; ``start`` once Ray is up; ``progress`` per finished block;
    ``stop`` before Ray shuts down (counts lost nodes, retried tasks); ``close`` at the very end.
    Every method is safe to call when the one before it did not run.
    """

    def __init__(self, stall_s: float | None = None, echo: Any = None):
        self.stall_s = STALL_WARNING_S if stall_s is None else float(stall_s)
        self._echo = echo
        self.terminal: TextIO | None = None
        self.log_path: str | None = None  # where Ray's output went (local file)
        self.log_dest: str | None = None  # where it ends up (OUT/ray.log, maybe a URI)
        self._saved: dict[int, int] = {}
        self._py_streams: tuple[Any, Any] | None = None
        self._ours: TextIO | None = None
        self._log_fd: int | None = None
        self._last = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._nodes_at_start: dict[str, tuple[bool, str]] = {}
        self.info: ClusterInfo | None = None
        self.stage: ModelStage | None = None
        self.nodes_lost: list[str] = []  # "ADDRESS (node id)" of each node that died during the run
        self.tasks_retried: int | None = None  # None: Ray's state API could not say (no dashboard)
        self.retried_by_name: dict[str, int] = {}
        self.given_up: list[str] = []  # errors of tasks Ray Data gave up on
        self.stalls = 0
        self._handler: logging.Handler | None = None

    # output ---------------------------------------------------------------------------------
    def open(self, out: str) -> None:
        """Send fds 1 and 2 (Ray's C++ and Python output) to the log; keep the terminal for us."""
        if self._saved:
            return
        self.log_dest = storage.join(out, RAY_LOG)
        if storage.is_remote(out):
            fd, self.log_path = tempfile.mkstemp(prefix="t2sa-ray-", suffix=".log")
            os.close(fd)
        else:
            self.log_path = storage.local_path(self.log_dest)
        try:
            self._log_fd = os.open(self.log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):
                    stream.flush()
            for fd in (1, 2):
                self._saved[fd] = os.dup(fd)
            if _writes_to_fd(sys.stderr, 2):
                self.terminal = os.fdopen(os.dup(self._saved[2]), "w", buffering=1, errors="replace")
            else:  # a test runner's capture: our lines go where sys.stderr went
                self.terminal = None
                self._ours = sys.stderr
            for fd in (1, 2):
                os.dup2(self._log_fd, fd)
            # Python-level prints of Ray ("(raylet) Task failed ...") go to sys.stdout/sys.stderr as they
            # are at the time, which need not be fds 1 and 2: they go to the log too.
            self._py_streams = (sys.stdout, sys.stderr)
            log_stream = os.fdopen(os.dup(self._log_fd), "w", buffering=1, errors="replace")
            sys.stdout = sys.stderr = log_stream
        except OSError:
            self.close()
            return
        self._handler = _GivenUpHandler(self.given_up)
        logging.getLogger("ray.data").addHandler(self._handler)

    def stream(self) -> TextIO:
        """Where our own lines (progress bar, watchdog) go while Ray's output goes to the log."""
        if self.terminal is not None:
            return self.terminal
        return self._ours if self._ours is not None else sys.stderr

    def say(self, text: str) -> None:
        if self._echo is not None:
            self._echo(text)
            return
        with contextlib.suppress(Exception):
            stream = self.stream()
            stream.write(text + "\n")
            stream.flush()

    def close(self) -> None:
        """Give fds 1 and 2 back and put the log in OUT (uploaded when OUT is a URI)."""
        if self._handler is not None:
            logging.getLogger("ray.data").removeHandler(self._handler)
            self._handler = None
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        if self._py_streams is not None:
            log_stream = sys.stdout
            sys.stdout, sys.stderr = self._py_streams
            self._py_streams = None
            with contextlib.suppress(Exception):
                log_stream.close()
        self._ours = None
        for fd, saved in self._saved.items():
            with contextlib.suppress(OSError):
                os.dup2(saved, fd)
                os.close(saved)
        self._saved.clear()
        if self.terminal is not None:
            with contextlib.suppress(Exception):
                self.terminal.close()
            self.terminal = None
        if self._log_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._log_fd)
            self._log_fd = None
            if self.log_path and self.log_dest and storage.is_remote(self.log_dest):
                with contextlib.suppress(Exception):
                    storage.put_file(self.log_path, self.log_dest)
                with contextlib.suppress(OSError):
                    os.remove(self.log_path)

    # the run ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Once Ray is up: note the nodes and start the watchdog."""
        with contextlib.suppress(Exception):
            self._nodes_at_start = _nodes()
        self._last = time.monotonic()
        if self.stall_s > 0 and self._thread is None:
            self._thread = threading.Thread(target=self._watch, name="t2sa-watchdog", daemon=True)
            self._thread.start()

    def progress(self, rows: int = 1) -> None:
        self._last = time.monotonic()

    def _watch(self) -> None:
        warned_at = 0.0
        while not self._stop.wait(min(1.0, self.stall_s / 4)):
            idle = time.monotonic() - self._last
            if idle >= self.stall_s and time.monotonic() - warned_at >= self.stall_s:
                warned_at = time.monotonic()
                self.stalls += 1
                self.say(f"t2sa-batch: no progress for {idle:.{0 if idle >= 10 else 1}f} s: {waiting_for()}")

    def stop(self) -> None:
        """Before Ray shuts down: stop the watchdog, count lost nodes and retried tasks."""
        if self._stop.is_set():
            return
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not self._nodes_at_start:
            return
        self.nodes_lost = self._lost_nodes()
        retried = retried_tasks()
        if retried is not None:
            self.retried_by_name = retried
            self.tasks_retried = sum(retried.values())
        # a task retried near the end may be a node that died moments ago, which the head declares dead only once
        # its health checks have failed (15 s by Ray's defaults): wait for that so the summary can name it
        deadline = time.monotonic() + NODE_DEATH_WAIT_S
        while self.tasks_retried and not self.nodes_lost and time.monotonic() < deadline:
            time.sleep(0.5)
            self.nodes_lost = self._lost_nodes()

    def _lost_nodes(self) -> list[str]:
        """"ADDRESS (node id)" of each node alive at the start that the head now reports dead."""
        with contextlib.suppress(Exception):
            return sorted(
                f"{address} ({node[:8]})"
                for node, (alive, address) in _nodes().items()
                if not alive and self._nodes_at_start.get(node, (True, address))[0]
            )
        return []

    def report(self) -> list[str]:
        """Summary lines about the cluster (empty for an in-process run with nothing to say)."""
        lines = []
        if self.info is not None and self.info.nodes:
            where = "GPU" if self.stage and self.stage.use_gpu else "CPU"
            pool = ""
            if self.stage is not None:
                size = f"{self.stage.min_actors}" if self.stage.min_actors == self.stage.max_actors else (
                    f"{self.stage.min_actors}-{self.stage.max_actors}"
                )
                pool = f"; model on {where}, {size} actor(s), {self.stage.batch_rows} texts per call"
            lines.append(f"  {'cluster':<28}{self.info.describe()}{pool}")
        if self.nodes_lost:
            lines.append(f"  {'nodes lost during the run':<28}{len(self.nodes_lost):>12,}  ({', '.join(self.nodes_lost)})")
        if self.tasks_retried:
            names = ", ".join(f"{name} x{n}" for name, n in sorted(self.retried_by_name.items()))
            lines.append(f"  {'tasks retried':<28}{self.tasks_retried:>12,}  ({names})")
        elif self.nodes_lost and self.tasks_retried is None:
            lines.append(f"  {'tasks retried':<28}{'unknown':>12}  (Ray's state API needs the dashboard)")
        if self.given_up:
            lines.append(f"  {'tasks given up':<28}{len(self.given_up):>12,}  (first: {self.given_up[0]})")
        if self.stalls:
            lines.append(f"  {'stall warnings':<28}{self.stalls:>12,}")
        if self.log_dest:
            lines.append(f"  Ray's own messages: {self.log_dest}")
        return lines


def _writes_to_fd(stream: Any, fd: int) -> bool:
    try:
        return stream.fileno() == fd
    except Exception:  # noqa: BLE001 - no file descriptor behind it
        return False


class _GivenUpHandler(logging.Handler):
    """Keeps the error of each task Ray Data gives up on (max_errored_blocks) for the summary."""

    def __init__(self, sink: list[str]):
        super().__init__(logging.ERROR)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            message = record.getMessage()
            if "Ignoring this exception" not in message and "max_errored_blocks" not in message:
                return
            cause = record.exc_info[1] if record.exc_info else None
            text = _first_line(cause) if cause is not None else _first_line(message)
            self.sink.append(redact(text)[:200])


def _first_line(value: Any) -> str:
    from t2sa.errors import describe

    if isinstance(value, BaseException):
        inner = [e for e in _causes(value) if not type(e).__module__.startswith("ray")]
        value = inner[-1] if inner else value
        return describe(value)
    lines = str(value).strip().splitlines()
    return lines[0] if lines else ""


def _ray_up() -> bool:
    """Is Ray initialised here? (Asking Ray anything otherwise would start a new local Ray.)"""
    ray = sys.modules.get("ray")
    return bool(ray is not None and ray.is_initialized())


def _nodes() -> dict[str, tuple[bool, str]]:
    """Node id -> (alive, address) of every node Ray knows of.

    A node counts as dead when Ray says so, or when its raylet no longer accepts connections: Ray marks
    a node dead only after several missed health checks (15 s by default), and a job that ends within
    that time must still say it lost one.
    """
    if not _ray_up():
        return {}
    import ray

    nodes = {}
    for n in ray.nodes():
        address = str(n.get("NodeManagerAddress") or "?")
        alive = bool(n.get("Alive")) and _accepts(address, n.get("NodeManagerPort"))
        nodes[n["NodeID"]] = (alive, address)
    return nodes


def _accepts(host: str, port: Any, timeout_s: float = 2.0) -> bool:
    """Does ``host:port`` accept a TCP connection? (True when there is no port to try.)"""
    import socket

    if not port:
        return True
    try:
        with socket.create_connection((host, int(port)), timeout=timeout_s):
            return True
    except OSError:
        return False


def retried_tasks() -> dict[str, int] | None:
    """Task attempts after the first in this job, by task name (Ray's state API: needs the dashboard, else None)."""
    if not _ray_up():
        return None
    with contextlib.suppress(Exception):
        import ray
        from ray.util.state import list_tasks

        context = ray.get_runtime_context()
        tasks = list_tasks(
            address=context.gcs_address,  # this cluster's, never "auto" (which fails when a machine runs several)
            filters=[("job_id", "=", context.get_job_id()), ("attempt_number", "!=", 0)],
            limit=10000,
            timeout=10,
            raise_on_missing_output=False,
        )
        counts: dict[str, int] = {}
        for task in tasks:
            name = str(getattr(task, "name", None) or "task")
            counts[name] = counts.get(name, 0) + 1
        return counts
    return None


def waiting_for() -> str:
    """What the job waits for, from Ray's state: unplaced resource requests, else free resources."""
    if not _ray_up():
        return "waiting (Ray is not running in this process)"
    parts: list[str] = []
    with contextlib.suppress(Exception):
        import ray
        from ray.autoscaler.v2.sdk import get_cluster_status

        status = get_cluster_status(ray.get_runtime_context().gcs_address)
        for demand in status.resource_demands.ray_task_actor_demand:
            for req in demand.bundles_by_count:
                bundle = {k: round(v, 3) for k, v in sorted(req.bundle.items())}
                parts.append(f"{bundle} x{req.count}")
    with contextlib.suppress(Exception):
        import ray

        total, free = ray.cluster_resources(), ray.available_resources()
        have = ", ".join(f"{k} {free.get(k, 0):g}/{total[k]:g} free" for k in ("CPU", "GPU") if k in total)
        gpu = "" if "GPU" in total else ", no GPU"
        if parts:
            return f"waiting for resources {'; '.join(parts)} (cluster: {have}{gpu})"
        return f"no resource request is waiting (cluster: {have}{gpu}): the running tasks have not finished a block yet"
    return "waiting for resources (Ray's state is not available)"
