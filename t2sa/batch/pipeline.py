"""The job: plan it, stream it through Ray Data (or a plain loop), write results as they arrive.

Ray layer, kept thin (all logic lives in manifest/predict/rendering/results/resume)::

    ManifestSource                 read tasks: row groups -> work rows over the sweep, done keys
                                   filtered out; Ray Data splits them into blocks of --batch-size
                                   rows (fewer for small jobs). In-process jobs without the model:
                                   one read task per block (a slice of a row group) that Ray Data
                                   fuses into its render task (no read workers; block_ranges)
      -> map_batches(PredictStage)   actor pool, one block per call: model loaded once per actor,
                                     1 GPU each if the cluster has GPUs, else CPU actors that reserve
                                     no CPU slot; left out when no row needs the model
      -> map_batches(render_batch)   CPU tasks, one block each (num_cpus=1, max_retries=3): render
                                     each row streamed to its file, measure it, journal the result
      -> driver: iter_batches()      each finished block -> results part, progress bar, stats

Rows carry paths and parameters, never audio. The driver holds no rows beyond the current
results buffer, so its memory does not grow with the manifest. Exceptions, all compact columns
read once: the duplicate-id check (ids), one 8-byte hash per output (collisions) and, on resume,
the key/content key/status columns of earlier results (a few tens of bytes per row).

Before any work, :func:`prepare` checks the settings and the manifest, takes the output folder's
lock (one job per folder), tidies up after the last job (orphan temporary files, damaged results
parts, the journal of a killed run) and works out what is done by content key and why the rest is
rendered (:mod:`t2sa.batch.resume`).

Block size is set by asking the read for ``ceil(rows / block)`` blocks, not by a repartition
(Ray 2.60's streaming repartition cut blocks to single rows and stalled); blocks per job are capped
(MAX_BLOCKS) because Ray Data keeps a little bookkeeping per block in the driver.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from functools import partial
from typing import Any

import pyarrow as pa

from t2sa.errors import InputError, T2SAError
from t2sa.params import sample_rate_problem

from . import cluster, journal, resume, storage
from . import manifest as mf
from .identity import model_identity
from .measuring import METRICS_LEVELS
from .outfolder import OutLock, check_out, remove_orphans, safe_output_path
from .predict import no_model, predict_rows
from .rendering import Backend, render_rows
from .results import RESULT_SCHEMA, ResultWriter, RunStats, append_metrics, new_run_id, results_table, write_job_json
from .scenes import iter_scene_work, read_units, scene_setup, write_events_table

PREDICTED_SCHEMA = mf.WORK_SCHEMA.append(pa.field("params", pa.string()))
for _name, _type in (
    ("fields_from_model", pa.list_(pa.string())),
    ("fields_from_override", pa.list_(pa.string())),
    ("predict_s", pa.float64()),
):
    PREDICTED_SCHEMA = PREDICTED_SCHEMA.append(pa.field(_name, _type))

log = logging.getLogger("t2sa.batch")

TASK_RETRIES = 3
"""Retries of a render task whose worker process or node died (exceptions are rows, not retries)."""


@dataclass
class JobConfig:
    """What ``t2sa-batch submit`` was asked to do (also written to DIR/job.json)."""

    manifest: str
    out: str
    formats: tuple[str, ...] = ("binaural",)
    hrtfs: tuple[str, ...] = ("default",)
    sample_rate: int | None = None
    model: str | None = None
    workers: int | None = None  # concurrent render tasks; None = every CPU
    batch_size: int = 64  # rows per block: one model call, one render task (fewer for small jobs); a Ray Data
    # task costs ~0.1 s of CPU over all processes (bench_batch: 16 rows per task took 1.4x the CPU per row of 50)
    rows_per_task: int | None = None  # cap on rows per block (kept for job files; same as a smaller batch_size)
    address: str | None = None
    max_error_rate: float = 0.0
    overwrite: bool = False
    progress: bool = True
    model_device: str = "auto"  # auto | cpu | gpu
    predict_actors: int | None = None
    use_ray: bool = True
    part_rows: int = 2000  # rows per results part (also flushed every 5 s)
    metrics: str = "full"  # full | basic | none (see t2sa.batch.measuring.METRICS_LEVELS)
    metrics_from_file: bool = False  # measure each file read back, not the samples the render wrote

    def check(self) -> None:
        """Refuse settings that cannot run (InputError: one line, nothing started), from the CLI or a job file."""

        def whole(name: str, option: str, value: Any, optional: bool) -> None:
            if value is None and optional:
                return
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InputError(f"{option} {value!r}: must be a whole number of at least 1")

        whole("batch_size", "--batch-size", self.batch_size, False)
        whole("rows_per_task", "--rows-per-task", self.rows_per_task, True)
        whole("workers", "--workers", self.workers, True)
        whole("part_rows", "--part-rows", self.part_rows, False)
        whole("predict_actors", "--predict-actors", self.predict_actors, True)
        if self.sample_rate is not None and sample_rate_problem(self.sample_rate):
            raise InputError(f"--sample-rate {self.sample_rate!r}: {sample_rate_problem(self.sample_rate)}")
        if not isinstance(self.max_error_rate, (int, float)) or not 0.0 <= float(self.max_error_rate) <= 1.0:
            raise InputError(f"--max-error-rate {self.max_error_rate!r}: must be between 0 and 1")
        if self.metrics not in METRICS_LEVELS:
            raise InputError(f"--metrics {self.metrics!r}: expected one of {', '.join(METRICS_LEVELS)}")
        if self.model_device not in ("auto", "cpu", "gpu"):
            raise InputError(f"--model-device {self.model_device!r}: expected auto, cpu or gpu")


class ModelLoader:
    """Zero-argument callable that loads the text model (called lazily, once per actor)."""

    def __init__(self, path: str | None = None, device: str | None = None, threads: int | None = None):
        self.path, self.device, self.threads = path, device, threads

    def __call__(self) -> Any:
        if self.threads:
            with contextlib.suppress(Exception):
                import torch

                torch.set_num_threads(self.threads)
        from t2sa.text import TextToSpatial

        return TextToSpatial.load(self.path, device=self.device)


class PredictStage:
    """Ray Data actor: holds one model for its lifetime, predicts a block of work rows."""

    def __init__(self, loader: Callable[[], Any]):
        self._loader = loader
        self._model: Any = None

    def _model_once(self) -> Any:
        if self._model is None:
            self._model = self._loader()
        return self._model

    def __call__(self, table: pa.Table) -> pa.Table:
        rows = predict_rows(table.to_pylist(), self._model_once)
        return pa.Table.from_pylist(rows, schema=PREDICTED_SCHEMA)


def render_batch(
    table: pa.Table,
    out_root: str,
    backend: Backend | None = None,
    metrics: str = "full",
    run_id: str | None = None,
    metrics_from_file: bool = False,
) -> pa.Table:
    """Ray Data task body: a block of predicted rows -> a block of result rows.

    Rows that come straight from the manifest (jobs where no row needs the model skip the actor
    stage) get their overrides turned into parameters here.
    """
    rows = table.to_pylist()
    if "params" not in table.column_names:
        rows = predict_rows(rows, no_model)
    return results_table(render_rows(rows, out_root, backend, metrics, run_id, metrics_from_file=metrics_from_file))


# -- planning ------------------------------------------------------------------------------
@dataclass
class Job:
    config: JobConfig
    files: mf.ManifestFiles
    plan: mf.Plan
    warnings: list[str]
    state: resume.ResumeState
    total: int
    done: int
    model_rows: int = 0  # rows to render that need the text model
    run_id: str = ""
    survey: resume.Survey | None = None  # why rows are rendered again, keys whose old results go
    tidy: resume.Tidy | None = None  # what was put in order after the last job
    lock: OutLock | None = None
    model_device: str = "cpu"  # where the text model runs (cpu | cuda), as in the content keys

    @property
    def todo(self) -> int:
        return self.total - self.done

    @property
    def notices(self) -> list[str]:
        """What happened to the output folder while preparing (orphans removed, damaged parts, recovered rows)."""
        return list(self.tidy.notices) if self.tidy else []

    @property
    def reasons(self) -> str:
        """Why the rows to render are rendered (``5 new, 12 changed parameters, ...``)."""
        return resume.describe_reasons(self.survey.reasons) if self.survey else ""

    def release(self) -> None:
        """Let other jobs use the output folder (run_job does this when it ends)."""
        if self.lock is not None:
            self.lock.release()


def known_formats() -> tuple[str, ...]:
    """The registry's formats; ``in`` also accepts ``layout:FILE`` (:class:`t2sa.batch.manifest.KnownFormats`)."""
    return mf.known_formats()


def prepare(config: JobConfig) -> Job:
    """Check the settings and manifest, take the output folder, tidy it and work out what is done.

    Raises (InputError / ManifestError / T2SAError, one line each) before any row is rendered. The
    returned job holds the output folder's lock until :func:`run_job` ends (or ``job.release()``).
    """
    config.check()
    files = mf.open_manifest(config.manifest)
    problems, warnings = mf.check_schema(files.schema)
    if not problems:
        problems += mf.scan_ids(files)
    if problems:
        raise mf.ManifestError(config.manifest, problems)
    formats = known_formats()
    chosen = tuple(dict.fromkeys(mf.resolve_format(f, os.getcwd()) for f in config.formats))
    for f in chosen:
        if (problem := mf.format_problem(f)) is not None:
            raise T2SAError(f"--format {f!r}: {problem}")
    try:
        hrtfs = mf.make_hrtf_choices(config.hrtfs, base=os.getcwd())
    except ValueError as exc:
        raise T2SAError(str(exc)) from None
    for h in hrtfs:
        if h.source != mf.DEFAULT_HRTF and not storage.exists(h.source):
            raise T2SAError(f"--hrtf {h.spec!r}: no such file")
    run_id = new_run_id()
    # cpu or cuda, fixed now: it is part of text rows' content keys, and the run uses exactly it
    device = cluster.model_device_class(config.model_device, config.address) if "text" in files.schema.names else ""
    plan = mf.Plan(
        base=files.base,
        formats=chosen,
        hrtfs=hrtfs,
        known_formats=formats,
        sample_rate=config.sample_rate,
        token=run_id,
        model_digest=model_identity(config.model, device) if device else "",  # files + device class
        scenes=scene_setup(files),  # scene manifests (a scene_id column): t2sa.batch.scenes
    )
    check_out(config.out)
    lock = OutLock(config.out)
    lock.acquire()
    try:
        if not storage.is_remote(config.out):
            for name in ("results", "metrics.parquet", "job.json", ".t2sa"):  # the job's own files stay inside
                try:
                    safe_output_path(config.out, name)
                except T2SAError as exc:
                    raise InputError(f"--out {config.out}: {name} {exc}") from None
        if config.overwrite:
            resume.clear_results(config.out)
        tidy = resume.tidy(config.out, run_id)
        state = resume.scan(config.out)
        found = resume.survey(files, plan, state)
        resume.check_collisions(config.manifest, found)
    except BaseException:
        lock.release()
        raise
    return Job(
        config, files, plan, warnings, state, found.total, found.done, found.model, run_id, found, tidy, lock,
        device or "cpu",
    )


def _read_units(job: Job) -> list[tuple[int, tuple[int, ...], int]]:
    """(file index, row groups, first row number) per read unit, one per row group (scene manifests:
    :class:`t2sa.batch.scenes.SceneUnit`, whole scenes)."""
    if job.plan.scenes is not None:
        return read_units(job.files)
    units, first = [], 0
    for i, groups in enumerate(job.files.row_groups):
        for g, n in enumerate(groups):
            units.append((i, (g,), first))
            first += n
    return units


def iter_work(
    files: mf.ManifestFiles,
    plan: mf.Plan,
    units: list[tuple[int, tuple[int, ...], int]],
    done: Any,
    block_rows: int,
) -> Iterator[pa.Table]:
    """Work rows (not yet done) of some manifest row groups, as blocks of <= ``block_rows``."""
    if not isinstance(done, pa.Array):  # an ObjectRef on Ray
        import ray

        done = ray.get(done)
    if plan.scenes is not None:
        yield from iter_scene_work(files, plan, units, done, block_rows)
        return
    for file_index, groups, first in units:
        batches = mf.iter_manifest_batches(files, file_index, groups, first, block_rows)
        yield from mf.pending_blocks((mf.expand_rows(rows, number, plan) for number, rows in batches), done, block_rows)


def iter_range_work(
    files: mf.ManifestFiles,
    plan: mf.Plan,
    ranges: list[tuple[int, int, int, int, int]],
    done: Any,
    block_rows: int,
) -> Iterator[pa.Table]:
    """Work rows (not yet done) of slices of manifest row groups: ``(file index, row group, the group's first
    row number, start, stop)`` (rows ``[start, stop)`` of the group), as blocks of <= ``block_rows``."""
    if not isinstance(done, pa.Array):  # an ObjectRef on Ray
        import ray

        done = ray.get(done)

    def batches() -> Iterator[list[dict[str, Any]]]:
        for file_index, group, first, start, stop in ranges:
            pf = files.open(file_index)
            columns = [c for c in pf.schema_arrow.names if c in mf.KNOWN_COLUMNS]
            rows = pf.read_row_group(group, columns=columns).slice(start, stop - start).to_pylist()
            yield mf.expand_rows(rows, first + start, plan)

    yield from mf.pending_blocks(batches(), done, block_rows)


FUSED_READ_GROUP_ROWS = 1 << 16
"""Row groups up to this many rows are read in slices, one per render task (each task reads its group and
keeps its slice: a few ms against the seconds a block takes to render); larger ones in separate read tasks."""
FUSED_READ_SLICES = 32
"""At most this many slices per row group: each slice reads its whole group again, so a big job in one row
group (pyarrow's default for up to a million rows) would read it once per block; such jobs are long enough
that separate read tasks cost nothing that matters."""


def block_ranges(job: Job, rows: int) -> list[list[tuple[int, int, int, int, int]]] | None:
    """Manifest row slices, one per render task, each about ``rows`` work rows (``None``: scene manifests,
    row groups over :data:`FUSED_READ_GROUP_ROWS` or cut in more than :data:`FUSED_READ_SLICES`). Why: a read
    task of its own per block needs a worker process of its own while the render workers are busy
    (in-process Ray starts two extra short-lived workers per job for them, about 0.3 s of CPU each, plus a
    block handed between processes); a read that is one of the render task's own steps (Ray Data fuses a read and a map with the same resources when
    there is one read task per block) costs none of that. Slices are cut by manifest rows (the sweep's work
    rows per manifest row on average); a job with more than a tenth of its rows done reads as before (its
    pending rows are not spread evenly over the manifest)."""
    files = job.files
    if job.plan.scenes is not None or any(n > FUSED_READ_GROUP_ROWS for g in files.row_groups for n in g):
        return None
    manifest_rows = sum(sum(g) for g in files.row_groups)
    if not manifest_rows or not job.todo or job.todo * 10 < job.total * 9:  # a resumed job: row group reads
        return None
    step = max(1, round(rows * manifest_rows / job.todo))
    if any(math.ceil(n / step) > FUSED_READ_SLICES for g in files.row_groups for n in g):
        return None
    out, first = [], 0
    for i, groups in enumerate(files.row_groups):
        for g, n in enumerate(groups):
            out.extend([(i, g, first, a, min(n, a + step))] for a in range(0, n, step))
            first += n
    return out


# -- Ray -----------------------------------------------------------------------------------
def _quiet_ray_logs() -> None:
    for name in ("ray", "ray.data", "ray._private", "ray.util"):
        logging.getLogger(name).setLevel(logging.ERROR)


# How long an interrupted cluster job keeps looking for temporary files after it left the cluster: Ray
# stops the job's worker processes only once the driver is gone, and one may finish writing a temporary first.
TEMP_SETTLE_S = 3.0
TEMP_SETTLE_MAX_S = 10.0
"""After the settle time, how much longer the cleanup goes on while each pass still finds temporary files."""


def _remove_temporaries(out: str, settle_s: float) -> None:
    """Delete the temporary files of rows an interrupt cut short, so a stopped job leaves OUT (a folder or
    a bucket) holding only whole files; the next submit would remove them too, but a user may read OUT
    before that. Called holding OUT's lock, after Ray is shut down."""
    deadline = time.monotonic() + settle_s
    last = time.monotonic() + settle_s + TEMP_SETTLE_MAX_S
    while True:
        removed = 0
        with contextlib.suppress(Exception):  # best effort: the next submit removes what is left
            removed = remove_orphans(out)
        now = time.monotonic()
        if now >= last or (now >= deadline and not removed):
            return  # past the settle time, a pass that found nothing ends it (a cancelled task may still be writing)
        time.sleep(0.5)


def start_ray(address: str | None, workers: int | None) -> bool:
    """Connect to ``address`` or start Ray in this process; returns True if this call started it."""
    import ray

    if ray.is_initialized():
        return False
    _quiet_ray_logs()
    os.environ.setdefault("RAY_DEDUP_LOGS", "0")
    # Ray's C++ core prints internal notices to stderr (they stay in the session's log files).
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    common = {"logging_level": logging.ERROR, "log_to_driver": False, "configure_logging": True}
    with _stderr_to_log():
        if address:
            cluster.connect(address, common)  # storage settings to every worker; one-line errors
        else:
            # address="local": always a fresh in-process Ray, never a cluster someone else
            # started on this machine with `ray start` (use --address auto for that).
            ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, include_dashboard=False, **common)
    _quiet_ray_logs()
    return True


@contextlib.contextmanager
def _stderr_to_log() -> Iterator[None]:
    """Keep Ray's start-up chatter (C++ notices on fd 2) off the terminal; replay it on failure."""
    import tempfile

    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    with tempfile.TemporaryFile() as capture:
        sys.stderr.flush()
        os.dup2(capture.fileno(), 2)
        try:
            yield
        except BaseException:
            os.dup2(saved, 2)
            capture.seek(0)
            sys.stderr.write(capture.read().decode(errors="replace"))
            raise
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _configure_data_context(n_blocks: int) -> None:
    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.enable_operator_progress_bars = False
    ctx.print_on_execution_start = False
    ctx.enable_auto_log_stats = False
    ctx.verbose_stats_logs = False
    # A block whose task failed TASK_RETRIES + 1 times (a row that crashes its worker every time)
    # is dropped and the job goes on: its rows are reported as lost and redone by the next submit.
    # More than ~1% of blocks failing is a systematic fault: the job stops with its error.
    ctx.max_errored_blocks = max(2, n_blocks // 100)
    # Per-operator resource reservations leave render slots idle on small machines (measured: 1.3
    # of 2 CPUs busy with them, 1.9 without); render tasks are the only heavy operator here.
    ctx.op_resource_reservation_enabled = False
    _quiet_ray_logs()


def _make_datasource(job: Job, done_ref: Any, max_tasks: int, ranges: list[Any] | None = None, block: int = 0) -> Any:
    """The manifest as a Ray datasource: read tasks over row groups (Ray Data splits their output into
    ``max_tasks`` blocks), or with ``ranges`` one read task per slice (blocks of <= ``block`` rows)."""
    from ray.data import Datasource, ReadTask
    from ray.data.block import BlockMetadata

    files, plan = job.files, job.plan
    if ranges is not None:
        reads = [partial(iter_range_work, files, plan, r, done_ref, max(1, block)) for r in ranges]
    else:
        units = _read_units(job)
        n_tasks = max(1, min(len(units), max_tasks))
        step = math.ceil(len(units) / n_tasks)
        chunks = [units[i : i + step] for i in range(0, len(units), step)]
        reads = [partial(iter_work, files, plan, chunk, done_ref, READ_BATCH) for chunk in chunks]

    class ManifestSource(Datasource):
        """Row groups of the manifest -> work rows, with global row numbers kept (default ids).

        One read task per row group (grouped when there are very many); Ray Data splits each
        task's output into the number of blocks the pipeline asks for.
        """

        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(
            self, parallelism: int, per_task_row_limit: int | None = None, data_context: Any = None
        ) -> list[Any]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, exec_stats=None, input_files=None)
            return [ReadTask(read, meta) for read in reads]

        @property
        def name(self) -> str:  # shown in Ray's own logs
            return "T2SAManifest"

    return ManifestSource()


READ_BATCH = 4096
"""Manifest rows a read task expands at a time (its output is split into blocks by Ray Data)."""


def _cluster_gpus() -> float:
    import ray

    return float(ray.cluster_resources().get("GPU", 0.0))


MAX_BLOCKS = 20000
"""Blocks per job at most: Ray Data keeps a few kB of bookkeeping per block in the driver (measured
~5 kB), so huge jobs get bigger blocks instead of a driver that grows with the manifest."""


def block_rows(job: Job, workers: int) -> int:
    """Rows per block: the model batch and the render task (smaller for small jobs, so every
    worker gets some of the work; larger for huge ones, see MAX_BLOCKS)."""
    cap = min(job.config.batch_size, job.config.rows_per_task or job.config.batch_size)
    rows = min(cap, math.ceil(job.todo / max(1, 2 * workers)))
    if job.todo and rows > 0:  # whole rounds of equal blocks: no last round with idle workers (400 rows: 8 x 50)
        rounds = math.ceil(math.ceil(job.todo / rows) / max(1, workers))
        rows = math.ceil(job.todo / (rounds * max(1, workers)))
    return max(1, rows, math.ceil(job.todo / MAX_BLOCKS))


def _ray_stream(
    job: Job, backend: Backend | None, loader: Callable[[], Any] | None, watch: cluster.RunWatch | None = None
) -> Iterator[pa.Table]:
    import ray
    from ray.data import ActorPoolStrategy

    cfg = job.config
    cpus = int(ray.cluster_resources().get("CPU", 1))
    workers = cfg.workers or max(1, cpus)
    # what the cluster can do decides the model stage; what would hang is refused here (t2sa.batch.cluster)
    info = cluster.ClusterInfo.probe()
    stage = cluster.plan_model_stage(
        info, device="gpu" if job.model_device == "cuda" else "cpu", predict_actors=cfg.predict_actors, on_cluster=bool(cfg.address),
        block_rows=block_rows(job, workers), todo=job.todo, workers=workers,
    ) if job.model_rows else None
    use_gpu = bool(stage and stage.use_gpu)
    if watch is not None:
        watch.info, watch.stage = info, stage
    for note in stage.notes if stage else []:
        (watch.say if watch is not None else log.warning)(f"warning: {note}")
    if loader is None:
        loader = ModelLoader(cfg.model, device="cuda" if use_gpu else "cpu", threads=None if use_gpu else 1)
    done_ref = ray.put(job.state.done)
    rows = block_rows(job, workers)
    n_blocks = max(1, math.ceil(job.todo / rows))
    # in-process, no model: one read task per block, fused into its render task (see block_ranges)
    ranges = block_ranges(job, rows) if stage is None and not cfg.address else None
    if ranges is not None and len(ranges) > MAX_BLOCKS:
        ranges = None
    if ranges is not None:
        n_blocks = len(ranges)
        read_args: dict[str, Any] = {"num_cpus": 1, "ray_remote_args": {"max_retries": TASK_RETRIES}}
    else:
        read_args = {} if cfg.address else {"num_cpus": 0}  # in-process: reads are light
    _configure_data_context(n_blocks)
    with warnings.catch_warnings():  # ray_remote_args: max_retries has no named read parameter (it must match
        warnings.simplefilter("ignore")  # the render's for the two to fuse)
        ds = ray.data.read_datasource(
            _make_datasource(job, done_ref, n_blocks, ranges, rows), override_num_blocks=n_blocks, **read_args
        )
    if stage is not None:  # else the model is never loaded and the actor stage is left out
        # On a cluster a model actor takes a CPU slot (so none lands on a head that advertises 0 CPUs);
        # in-process its one torch thread reserves none, so every core renders. GPU pools grow with the GPUs.
        ds = ds.map_batches(
            PredictStage,
            fn_constructor_args=(loader,),
            batch_size=stage.batch_rows,  # blocks (or hundreds of texts on a GPU) per model call
            batch_format="pyarrow",
            compute=ActorPoolStrategy(min_size=stage.min_actors, max_size=stage.max_actors),
            zero_copy_batch=True,
            **stage.ray_args(),
        )
    render_args: dict[str, Any] = {"num_cpus": 1}
    if cfg.workers and cfg.workers < cpus:
        # Only a real cap: at or above the CPU count the CPU slots limit the tasks anyway, and an
        # explicit cap makes Ray Data wait for a slot to free before sending the next task
        # (measured: 1.2 of 2 CPUs busy with 16-row tasks capped, 1.8 uncapped).
        render_args["concurrency"] = cfg.workers
    with warnings.catch_warnings():
        # max_retries has no named map_batches parameter yet; it bounds retries of a task whose
        # worker died (Ray Data's default is to retry forever, which a row that crashes its
        # worker every time would turn into a hang).
        warnings.simplefilter("ignore")
        ds = ds.map_batches(
            render_batch,
            fn_kwargs={"out_root": cfg.out, "backend": backend, "metrics": cfg.metrics, "run_id": job.run_id,
                       "metrics_from_file": cfg.metrics_from_file},
            batch_size=None,
            batch_format="pyarrow",
            max_retries=TASK_RETRIES,
            **render_args,
        )
    yield from ds.iter_batches(batch_size=None, batch_format="pyarrow", prefetch_batches=0)


def _local_stream(job: Job, backend: Backend | None, loader: Callable[[], Any] | None) -> Iterator[pa.Table]:
    """The same stages in this process, no Ray (debugging, tiny jobs, a reference for tests)."""
    cfg = job.config
    model: list[Any] = []
    loader = loader or ModelLoader(cfg.model, device=job.model_device)

    def model_once() -> Any:
        if not model:
            model.append(loader())
        return model[0]

    for block in iter_work(job.files, job.plan, _read_units(job), job.state.done, cfg.batch_size):
        predicted = predict_rows(block.to_pylist(), model_once)
        yield results_table(
            render_rows(predicted, cfg.out, backend, cfg.metrics, job.run_id, metrics_from_file=cfg.metrics_from_file)
        )


# -- the job -------------------------------------------------------------------------------
class _Progress:
    def __init__(self, total: int, enabled: bool, file: Any = None):
        self.bar = None
        file = file or sys.stderr
        if enabled and total:
            from tqdm import tqdm

            tty = file.isatty()
            self.bar = tqdm(
                total=total,
                unit="row",
                desc="t2sa-batch",
                dynamic_ncols=True,
                mininterval=0.5 if tty else 15.0,
                smoothing=0.1,
                file=file,
            )

    def update(self, n: int, ok: int, error: int) -> None:
        if self.bar is not None:
            self.bar.set_postfix_str(f"ok={ok} err={error}", refresh=False)
            self.bar.update(n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@contextlib.contextmanager
def _signals_as_interrupt(received: list[int], say: Callable[[str], None] | None = None) -> Iterator[None]:
    """Ctrl-C (SIGINT) and ``kill PID`` (SIGTERM) stop the job the same way: finished rows are written before it ends.

    The first signal is only recorded: the job stops at the next finished block (:func:`_run` checks ``received``),
    so no exception is thrown into Ray while it submits tasks. One thrown there has crashed Ray's core worker
    (``reference_counter.cc: Check failed: submitted_task_ref_count > 0``, the process gone with status 1 and
    nothing written) on a loaded cluster run. A second signal stops at once (``KeyboardInterrupt``).
    """

    def handler(signum: int, frame: Any) -> None:
        received.append(signum)
        if len(received) > 1:
            raise KeyboardInterrupt
        if say is not None:
            with contextlib.suppress(Exception):
                say("stopping after the rows in flight (press Ctrl-C again to stop now)")

    try:
        old = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


def _close_quietly(stream: Iterator[pa.Table]) -> None:
    """Close the result stream before Ray shuts down: its executor stops and cancels the tasks in flight, so no
    temporary file appears after the cleanup (left to the garbage collector, the cancellation ran against a Ray
    that was gone: "No owner found for object"). Closing it once made Ray abort the process, when the interrupt
    was an exception thrown into Ray; the first signal no longer throws (see :func:`_signals_as_interrupt`)."""
    close = getattr(stream, "close", None)
    if close is not None:
        with contextlib.suppress(Exception):
            close()


def _release_arrow_memory() -> None:
    """Hand freed Arrow buffers back to the OS: mimalloc keeps them otherwise, and the driver's
    memory would then show the high-water mark of planning (which reads the whole manifest in
    slices) for the rest of the job."""
    with contextlib.suppress(Exception):
        pa.default_memory_pool().release_unused()


def run_job(
    config: JobConfig,
    *,
    backend: Backend | None = None,
    loader: Callable[[], Any] | None = None,
    job: Job | None = None,
    on_batch: Callable[[pa.Table, RunStats], None] | None = None,
    watch: cluster.RunWatch | None = None,
) -> RunStats:
    """Run (or resume) a job to the end or to Ctrl-C; returns this run's figures.

    ``backend`` / ``loader`` replace the real renderer / model (tests, benchmarks);
    ``on_batch`` is called on the driver after each results block is recorded; ``watch``
    (:class:`t2sa.batch.cluster.RunWatch`) keeps Ray's output in OUT/ray.log and says what a stalled job waits for.

    A first Ctrl-C / SIGTERM stops the job at the next finished block (see :func:`_signals_as_interrupt`); an
    interrupted run records everything (results, its metrics row) before Ray is torn down.
    """
    start = time.perf_counter()
    job = job or prepare(config)
    watch = watch or cluster.RunWatch()
    try:
        return _run(config, job, start, backend, loader, on_batch, watch)
    finally:
        watch.stop()
        watch.close()  # the terminal back, even when the run failed on its way out
        job.release()


def _run(
    config: JobConfig,
    job: Job,
    start: float,
    backend: Backend | None,
    loader: Callable[[], Any] | None,
    on_batch: Callable[[pa.Table, RunStats], None] | None,
    watch: cluster.RunWatch,
) -> RunStats:
    _release_arrow_memory()
    stats = RunStats(
        run_id=job.run_id or new_run_id(),
        manifest=config.manifest,
        out=config.out,
        started_at=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        total=job.total,
        skipped=job.done,
        changed=len(job.survey.superseded) if job.survey else 0,
        recovered=job.tidy.recovered if job.tidy else 0,
        formats=list(job.plan.formats),
        hrtfs=[h.spec for h in job.plan.hrtfs],
        address=config.address or ("local" if config.use_ray else "no-ray"),
    )
    write_job_json(config.out, {**asdict(config), "run_id": stats.run_id})
    if job.survey is not None:
        # the rows about to be rendered again lose their old results now, so no key is ever recorded twice
        resume.remove_superseded(job.state.parts, job.survey.superseded)
    writer = ResultWriter(config.out, stats.run_id, flush_rows=config.part_rows)
    if job.todo and config.use_ray:
        watch.open(config.out)  # Ray's own output -> OUT/ray.log from here on
    progress = _Progress(job.todo, config.progress, watch.stream())
    started_ray = False
    signals: list[int] = []
    stream: Iterator[pa.Table] | None = None
    try:
        if job.todo and config.use_ray:
            started_ray = start_ray(config.address, config.workers)
            watch.start()
        # After Ray's start: it installs its own SIGTERM handler, which would end the process
        # without writing the rows that are finished.
        with _signals_as_interrupt(signals, watch.say):
            if job.todo:
                if config.use_ray:
                    import ray

                    stats.workers = config.workers or int(ray.cluster_resources().get("CPU", 0))
                    stream = _ray_stream(job, backend, loader, watch)
                else:
                    stats.workers = 1
                    stream = _local_stream(job, backend, loader)
                for table in stream:
                    if table.schema != RESULT_SCHEMA:
                        table = table.cast(RESULT_SCHEMA)
                    if writer.add(table):
                        _release_arrow_memory()
                    stats.add(table)
                    progress.update(table.num_rows, stats.ok, stats.error)
                    watch.progress(table.num_rows)
                    if on_batch is not None:
                        on_batch(table, stats)
                    if signals:
                        stats.interrupted = True  # stopped at a block boundary, the finished block recorded
                        break
    except KeyboardInterrupt:
        stats.interrupted = True
    except Exception:
        if not signals:
            raise
        stats.interrupted = True  # an error raised while stopping on a signal
    finally:
        if stream is not None:
            _close_quietly(stream)  # first: the executor cancels the tasks in flight before the bookkeeping below
        progress.close()
        writer.flush()
        stats.wall_s = time.perf_counter() - start
        if not stats.interrupted:
            stats.lost = job.todo - stats.done_now
        watch.stop()  # lost nodes, retried tasks: asked of Ray before it shuts down
        if stats.interrupted:
            append_metrics(config.out, stats)  # before Ray's teardown, which cannot be relied on to return
        if started_ray:
            import ray

            ray.shutdown()
        if stats.interrupted and job.todo:
            _remove_temporaries(config.out, settle_s=TEMP_SETTLE_S if config.address else 0.0)
        watch.close()
    if not stats.interrupted and not stats.lost:
        # every finished row is in a part: the journal is not needed (else the next submit recovers from it)
        journal.remove([journal.run_folder(config.out, stats.run_id)])
    if not stats.interrupted:
        append_metrics(config.out, stats)
    if job.plan.scenes is not None:
        write_events_table(config.out)  # OUT/events.parquet: one row per event and scene output
    return stats
