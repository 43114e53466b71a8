"""``t2sa-batch``: submit a manifest, build one, see where a job stands.

Exit status of ``submit``: 0 when the job finished with an error rate (error rows / work rows)
at most ``--max-error-rate``; 1 past it; 2 for a bad manifest or bad options (nothing was
rendered); 130 when interrupted (Ctrl-C or ``kill``: finished rows are kept, submit again to
continue).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath
from typing import Any

import click

from t2sa import __version__
from t2sa.batch import storage
from t2sa.cli.common import EXIT_USAGE, debug_enabled, debug_option, fail, guarded, leave_interrupted
from t2sa.errors import T2SAError, describe

AUDIO_EXTENSIONS = (".wav", ".flac", ".ogg", ".aiff", ".aif", ".mp3")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="t2sa-batch")
@debug_option
def main() -> None:
    """Render manifests of (text, sound) pairs to spatial audio, on a laptop or a Ray cluster."""


def default_out(manifest: str) -> str:
    """``out/<manifest stem>`` next to where the command runs (local manifests only)."""
    stem = PurePosixPath(manifest.rstrip("/")).stem or "job"
    return os.path.join("out", stem)


@main.command("submit")
@click.argument("manifest")
@click.option("--out", "-o", "out", help="Output folder or URI [default: out/<manifest stem>].")
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    help="Output format (binaural, stereo, foa, hoa2, hoa3, 5.1, 7.1.4 or layout:FILE, a loudspeaker layout "
    "file); repeat to sweep [default: binaural].",
)
@click.option("--hrtf", "hrtfs", multiple=True, help="SOFA file/URI or 'default' (built-in); repeat to sweep.")
@click.option("--sample-rate", type=int, help="Output rate in Hz [default: the source's].")
@click.option("--model", "model", help="Text model folder [default: the shipped model].")
@click.option("--workers", "-j", type=int, help="Concurrent render tasks [default: every CPU].")
@click.option(
    "--batch-size",
    type=int,
    default=64,
    show_default=True,
    help="Rows per block: one model call, one render task (fewer for small jobs).",
)
@click.option(
    "--rows-per-task",
    type=int,
    help="Cap on rows per block (same as a smaller --batch-size; kept for job files).",
    hidden=True,
)
@click.option("--address", help="Ray cluster: 'auto', HOST:PORT (this process drives it), or http://HEAD:8265 (Ray Job).")
@click.option(
    "--storage-option",
    "storage_options",
    multiple=True,
    metavar="KEY=VALUE",
    help="Object storage setting for this process and every Ray worker: endpoint_url, region, key, secret, "
    "token, profile, PROTOCOL.ARG (fsspec) or an AWS_* variable; repeat. Never written to job.json or logs.",
)
@click.option(
    "--stall-warning",
    type=click.FloatRange(0),
    default=60.0,
    show_default=True,
    help="Seconds without a finished row before saying what the job waits for (0: never).",
)
@click.option(
    "--max-error-rate",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Exit 0 while error rows / work rows stays at most this.",
)
@click.option("--overwrite", is_flag=True, help="Forget earlier results in --out and render everything again.")
@click.option(
    "--model-device",
    type=click.Choice(["auto", "cpu", "gpu"]),
    default="auto",
    show_default=True,
    help="Model actors on GPUs (auto: when the cluster has any).",
)
@click.option("--predict-actors", type=int, help="Model actors [default: one per GPU, else 1].")
@click.option(
    "--part-rows",
    type=int,
    default=2000,
    show_default=True,
    help="Rows per results part file (parts are also written every 5 s).",
)
@click.option(
    "--metrics",
    type=click.Choice(["full", "basic", "none"]),
    default="full",
    show_default=True,
    help="Measure each file: full (LUFS, peak, ITD/ILD/IACC or direction, and for static dry binaural rows the "
    "round trip: direction estimated back, lateral/polar error, front/back confusion), basic (no "
    "interaural/direction), none.",
)
@click.option(
    "--metrics-from-file",
    is_flag=True,
    help="Measure each file read back from disk instead of the samples the render wrote (one decode more).",
)
@click.option("--no-ray", is_flag=True, help="Run in this process without Ray (debugging, tiny jobs).")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--no-wait", is_flag=True, help="With an http:// address: submit the Ray Job and return.")
@guarded
def submit_command(
    manifest: str, out: str | None, formats: tuple[str, ...], hrtfs: tuple[str, ...], **opts: Any
) -> None:
    """Render every row of MANIFEST (Parquet) for each --format x --hrtf.

    Rows already done in --out are skipped: same content key (text and model or overrides, audio,
    HRTF content, format, rate, output path) and their file as written. Anything changed is
    rendered again, so an interrupted or edited job is resumed by submitting it again. One job
    at a time per --out.
    """
    from t2sa.batch import cluster, ray_submit

    address = opts["address"]
    if out is None:
        if storage.is_remote(manifest):
            raise click.UsageError("--out is required when the manifest is a URI (give a URI on shared storage)")
        out = default_out(manifest)
    kind = cluster.address_kind(address)  # ray:// refused here, with the alternatives
    cluster.apply_storage_env(cluster.storage_env(opts["storage_options"]))
    cluster.require_protocols([manifest, out, *hrtfs])
    if kind == "jobs":
        ctx = click.get_current_context()
        request = ray_submit.build_request(ctx.params, ctx.command, out=out)
        sys.exit(ray_submit.submit(address, request, wait=not opts["no_wait"]))

    from t2sa.batch.pipeline import JobConfig, prepare, run_job
    from t2sa.errors import RenderError
    from t2sa.formats import get_format

    try:
        takes_hrtf = any(get_format(f).uses_hrtf for f in formats or ("binaural",))
    except RenderError:
        takes_hrtf = True  # an unknown format is reported by the job check, with the others
    if any(h != "default" for h in hrtfs) and not takes_hrtf:
        fail(f"--hrtf applies to binaural only; --format {', '.join(formats)} takes none (as in t2sa render)", EXIT_USAGE)

    config = JobConfig(
        manifest=manifest,
        out=out if storage.is_uri(out) else os.path.abspath(out),
        formats=formats or ("binaural",),
        hrtfs=hrtfs or ("default",),
        sample_rate=opts["sample_rate"],
        model=opts["model"],
        workers=opts["workers"],
        batch_size=opts["batch_size"],
        rows_per_task=opts["rows_per_task"],
        address=address,
        max_error_rate=opts["max_error_rate"],
        overwrite=opts["overwrite"],
        progress=not opts["no_progress"],
        model_device=opts["model_device"],
        predict_actors=opts["predict_actors"],
        use_ray=not opts["no_ray"],
        part_rows=opts["part_rows"],
        metrics=opts["metrics"],
        metrics_from_file=opts["metrics_from_file"],
    )
    try:
        job = prepare(config)
    except T2SAError as exc:
        fail(str(exc), EXIT_USAGE)
    for warning in job.warnings:
        click.echo(f"warning: manifest {manifest}: {warning}", err=True)
    for notice in job.notices:
        click.echo(f"note: {out}: {notice}", err=True)
    why = f" ({job.reasons})" if job.todo and job.reasons else ""
    click.echo(
        f"t2sa-batch: {job.files.num_rows:,} manifest rows"
        + (f" ({job.plan.scenes.scenes:,} scenes)" if job.plan.scenes is not None else "")
        + f" -> {job.total:,} work rows "
        f"({', '.join(job.plan.formats)}; hrtf {', '.join(h.spec for h in job.plan.hrtfs)}); "
        f"{job.done:,} already done, {job.todo:,} to render{why} -> {out}",
        err=True,
    )
    errors: dict[str, int] = {}  # the first few distinct messages (a bad row repeats across a sweep)

    def keep_errors(table: Any, stats: Any) -> None:
        for status, message in zip(table["status"].to_pylist(), table["error"].to_pylist(), strict=True):
            if status != "ok" and (message in errors or len(errors) < 5):
                errors[message] = errors.get(message, 0) + 1

    watch = cluster.RunWatch(stall_s=opts["stall_warning"])
    try:
        stats = run_job(config, job=job, on_batch=keep_errors, watch=watch)
    except T2SAError as exc:
        fail(str(exc), EXIT_USAGE)
    except Exception as exc:  # noqa: BLE001 - e.g. Ray Data giving up after many failed tasks
        if debug_enabled():
            raise
        fail(f"the job stopped: {describe(exc)}\nfinished rows are kept in {out}; fix the cause and submit again to continue.")
    click.echo("\n".join([format_run(stats, errors), *watch.report(), f"  where it stands: t2sa-batch status {out}"]))
    if stats.interrupted:
        leave_interrupted("interrupted: finished rows are kept; submit the same command again to continue.")
    if stats.error_rate > config.max_error_rate:
        click.echo(
            f"error rate {stats.error_rate:.2%} > --max-error-rate {config.max_error_rate:.2%}: exit 1 "
            f"(see the error column of {storage.join(stats.out, 'results')})",
            err=True,
        )
        sys.exit(1)


def format_run(stats: Any, errors: dict[str, int]) -> str:
    from t2sa.batch.results import format_summary

    text = format_summary(stats, (stats.skipped + stats.ok, stats.error))
    if errors:
        lines = [f"    - {m}" + (f"  (x{n})" if n > 1 else "") for m, n in errors.items()]
        rest = stats.error - sum(errors.values())
        if rest > 0:
            lines.append(f"    ... and {rest:,} more (the error column of the results)")
        text += "\n  first errors:\n" + "\n".join(lines)
    return text


@main.command("status")
@click.argument("out")
@click.option("--storage-option", "storage_options", multiple=True, metavar="KEY=VALUE", help="As for submit.")
@guarded
def status_command(out: str, storage_options: tuple[str, ...]) -> None:
    """Where the job in output folder OUT (a folder or URI) stands: rows by status, format and HRTF; last runs."""
    from t2sa.batch import cluster

    cluster.apply_storage_env(cluster.storage_env(storage_options))
    cluster.require_protocols([out])
    import pyarrow as pa
    import pyarrow.compute as pc

    from t2sa.batch.results import read_results
    from t2sa.render.hrtf import hrtf_name

    damaged: list[tuple[str, str]] = []
    table = read_results(out, columns=["format", "hrtf", "status", "error_field"], damaged=damaged)
    for path, reason in damaged:
        click.echo(
            f"warning: results part {path} is damaged ({reason}); it is left out here, and the next submit "
            "sets it aside and renders its rows again",
            err=True,
        )
    if table.num_rows == 0:
        from t2sa.batch import storage as store

        if not store.exists(store.join(out, "job.json")):
            fail(f"{out}: no t2sa-batch job here (no job.json, no results): check the --out of the submit", EXIT_USAGE)
        click.echo(f"{out}: no results yet (a job was started here)")
        return
    click.echo(f"{out}: {table.num_rows:,} work rows recorded")
    tags = pa.array([None if h is None else hrtf_name(h) for h in table["hrtf"].to_pylist()], pa.string())
    table = table.set_column(table.schema.get_field_index("hrtf"), "hrtf", tags)  # HRTFs by name (file stem)
    grouped = (
        table.group_by(["format", "hrtf", "status"])
        .aggregate([([], "count_all")])
        .sort_by([("format", "ascending"), ("hrtf", "ascending"), ("status", "ascending")])
    )
    click.echo(f"  {'format':<10}{'hrtf':<28}{'status':<8}{'rows':>10}")
    for r in grouped.to_pylist():
        click.echo(f"  {r['format'] or '-':<10}{r['hrtf'] or '-':<28}{r['status']:<8}{r['count_all']:>10,}")
    errors = table.filter(pc.not_equal(table["status"], "ok"))
    if errors.num_rows:
        by_field = errors.group_by("error_field").aggregate([([], "count_all")]).to_pylist()
        click.echo("  errors by field: " + ", ".join(f"{r['error_field']}={r['count_all']}" for r in by_field))
    mpath = storage.join(out, "metrics.parquet")
    runs = []
    if storage.exists(mpath):
        try:
            runs = storage.read_parquet(mpath).to_pylist()[-5:]
        except Exception as exc:  # noqa: BLE001 - a damaged metrics file must not hide the results
            click.echo(f"warning: {mpath} is damaged ({describe(exc)}); run figures are not shown", err=True)
    if runs:
        click.echo("  last runs:")
        for r in runs:
            flag = " (interrupted)" if r.get("interrupted") else ""
            click.echo(
                f"    {r['started_at']}  ok {r['ok']:,}  error {r['error']:,}  skipped {r['skipped']:,}  "
                f"{r['rows_per_s']:.2f} rows/s  {r['wall_s']:.1f} s{flag}"
            )


@main.command("make-manifest")
@click.argument("texts", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--sound",
    "-s",
    "sounds",
    multiple=True,
    required=False,
    help="Sound file or folder (searched recursively); repeat. Every text is crossed with every sound.",
)
@click.option(
    "--output", "-o", "output", type=click.Path(dir_okay=False), required=True, help="Manifest to write (.parquet)."
)
@click.option("--text-column", default="text", show_default=True, help="Column holding the text (CSV/JSONL).")
@guarded
def make_manifest_command(texts: str, sounds: tuple[str, ...], output: str, text_column: str) -> None:
    """Build a manifest from TEXTS (CSV, TSV, JSONL or one text per line in .txt) x sound files.

    Columns of TEXTS named like manifest columns (id, format, hrtf, sample_rate, azimuth_deg, ...)
    are carried over; ids become '<text id>__<sound name>'. Without --sound, TEXTS must have an
    'audio' column and is converted row for row.
    """
    from t2sa.batch.make import build_manifest, find_sounds, read_texts

    rows = read_texts(texts, text_column)
    sound_files = find_sounds(sounds, AUDIO_EXTENSIONS) if sounds else None
    table, dropped = build_manifest(rows, sound_files, Path(output).resolve().parent)
    if dropped:
        click.echo(f"warning: columns not used by manifests were left out: {', '.join(dropped)}", err=True)
    import pyarrow.parquet as pq

    Path(output).parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, output)
    detail = f" ({len(rows)} texts x {len(sound_files)} sounds)" if sound_files is not None else ""
    click.echo(f"wrote {table.num_rows:,} rows{detail} to {output}")


def _register() -> None:
    """Commands defined next to the code they drive (``t2sa-batch run`` runs TOML job files)."""
    from t2sa.cli.studies import run_command

    main.add_command(run_command)


_register()

if __name__ == "__main__":
    main()
