"""``t2sa-batch run JOB.toml``: run a job file (sweep, listening-test stimuli, plain render)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
@click.option("--target-lufs", type=float, help="Stimulus jobs: loudness of every file (overrides [stimuli] target_lufs).")
@click.option("--json", "as_json", is_flag=True, help="Print the job summary as one JSON object.")
@guarded
def run_command(
    job_file, out, hrtfs, formats, rows, workers, no_ray, overwrite, report_only, target_lufs, as_json
) -> None:
    """Run JOB_FILE on the batch engine and write its report.

    \b
    t2sa-batch run jobs/hrtf_sweep.toml
    t2sa-batch run jobs/hrtf_sweep.toml --hrtf default --hrtf ~/sofa/subject_003.sofa
    t2sa-batch run jobs/listening_test.toml --out out/my_test --target-lufs -26
    """
    from t2sa.errors import StudyError
    from t2sa.scene.seld import is_seld_job

    if is_seld_job(job_file):  # a SELD dataset job (jobs/seld_dataset.toml): the scene runner makes it
        from t2sa.batch.scene_dataset import dataset_renderer
        from t2sa.scene.seld import load_job as load_seld_job
        from t2sa.scene.seld import run_dataset

        seld_job = load_seld_job(job_file)  # [dataset] engine = "batch": the scenes go through the batch engine
        card = run_dataset(seld_job, out=out, workers=workers, render=dataset_renderer(seld_job, use_ray=not no_ray),
                           echo=lambda m: click.echo(m, err=True))
        click.echo(json.dumps(card, indent=2, ensure_ascii=False))
        return
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
    if target_lufs is not None:
        if spec.kind != "stimuli":
            raise StudyError(f"--target-lufs applies to stimulus jobs; {job_file} is a {spec.kind} job")
        spec.stimuli["target_lufs"] = target_lufs
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
    if as_json:
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(format_job_summary(summary))


def format_job_summary(summary: dict[str, Any]) -> str:
    """The job summary as a few aligned lines (``--json`` prints the whole object)."""
    out = Path(str(summary["out"]))
    lines = [f"job {summary['job']} ({summary['kind']}) -> {out}"]

    def row(label: str, text: str) -> None:
        lines.append(f"  {label:<10} {text}")

    batch = summary.get("batch")
    if batch:
        row(
            "rendered",
            f"{batch.get('total', 0):,} rows: {batch.get('ok', 0):,} ok, {batch.get('error', 0):,} error, "
            f"{batch.get('skipped', 0):,} already done; {batch.get('wall_s', 0.0):.1f} s, "
            f"{batch.get('workers', '?')} worker(s)",
        )
    row("results", f"{summary.get('rows_ok', 0):,} of {summary.get('rows', 0):,} rows ok")
    stimuli = summary.get("stimuli")
    if stimuli:
        row("stimuli", f"{stimuli['items']} trials, {stimuli['stimuli']} files at {stimuli['target_lufs_effective']:.1f} LUFS")
        row("", "conditions: " + ", ".join(stimuli["conditions"]))
    if summary.get("reference"):
        row("reference", str(summary["reference"]))
    for key, label in (("figures", "figures"), ("trajectories", "plots")):
        value = summary.get(key)
        if isinstance(value, list) and value:
            row(label, f"{len(value)} in {Path(value[0]).parent}")
        elif isinstance(value, int) and value:
            row(label, f"{value} in {out / 'trajectories'}")
    if summary.get("osc_files"):
        row("osc", f"{summary['osc_files']} replay files in {out / 'osc'}")
    if summary.get("report"):
        row("report", str(summary["report"]))
    row("summary", str(out / "job_summary.json"))
    return "\n".join(lines)
