"""``t2sa-batch run JOB.toml``: run a job file (sweep, listening-test stimuli, plain render)."""

from __future__ import annotations

import json

import click

from t2sa.cli.common import guarded


@click.command("run")
@click.argument("job_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (overrides [job] out).")
@click.option("--hrtf", "hrtfs", multiple=True, help="HRTF ('default' or a SOFA file); repeat; replaces [job] hrtfs.")
@click.option("--format", "formats", multiple=True, help="Output format; repeat; replaces [job] formats.")
@click.option("--rows", type=int, help="Rows to render (evenly spaced subset of [inputs]).")
@click.option("--workers", type=int, help="Concurrent render tasks (default: every CPU).")
@click.option("--no-ray", is_flag=True, help="Render in this process without Ray (small jobs, debugging).")
@click.option("--overwrite", is_flag=True, help="Render everything again instead of resuming.")
@click.option("--report-only", is_flag=True, help="Skip rendering; rebuild the report from existing results.")
@guarded
def run_command(job_file, out, hrtfs, formats, rows, workers, no_ray, overwrite, report_only) -> None:
    """Run JOB_FILE on the batch engine and write its report.

    \b
    t2sa-batch run jobs/hrtf_sweep.toml
    t2sa-batch run jobs/hrtf_sweep.toml --hrtf default --hrtf ~/sofa/subject_003.sofa
    t2sa-batch run jobs/listening_test.toml --out out/my_test
    """
    from t2sa.studies.runner import run
    from t2sa.studies.spec import load_job

    batch = {}
    if workers is not None:
        batch["workers"] = workers
    if no_ray:
        batch["use_ray"] = False
    if overwrite:
        batch["overwrite"] = True
    spec = load_job(job_file)
    summary = run(
        spec,
        out=out,
        hrtfs=list(hrtfs) or None,
        formats=list(formats) or None,
        rows=rows,
        batch=batch,
        report_only=report_only,
        echo=lambda msg: click.echo(msg, err=True),
    )
    click.echo(json.dumps(summary, indent=2, ensure_ascii=False, default=str))
    if "report" in summary:
        click.echo(f"report: {summary['report']}", err=True)
