"""``t2sa plot``: draw a trajectory (from text or parameters) or a batch result's summary figures."""

from __future__ import annotations

import click

from t2sa.cli.common import exactly_one_source, guarded
from t2sa.resolve import resolve_params


@click.command("plot")
@click.argument("text", required=False)
@click.option("--params", "params_json", help="SpatialParams as JSON instead of TEXT.")
@click.option("--params-file", type=click.Path(dir_okay=False), help="File holding SpatialParams JSON.")
@click.option(
    "--results",
    type=click.Path(exists=True),
    help="Batch results (Parquet file or folder): draw per-format / per-HRTF figures into the -o folder.",
)
@click.option("-o", "--out", "out", required=True, type=click.Path(), help="PNG file (or folder for --results).")
@click.option("--duration", "duration_s", type=float, help="Clip length in seconds for the time axis.")
@click.option("--title", help="Figure title (default: the text).")
@guarded
def plot_command(text, params_json, params_file, results, out, duration_s, title) -> None:
    """Draw TEXT's trajectory: top view, azimuth/elevation/distance/spread over time, parameters.

    \b
    t2sa plot "a car passes from left to right" -o car.png --duration 4
    t2sa plot --params '{"azimuth_deg": 90, "elevation_deg": 30}' -o left_up.png
    t2sa plot --results out/sweep/results -o out/sweep/figures
    """
    from t2sa import plot

    if results:
        if any((text, params_json, params_file)):
            raise click.UsageError("--results takes no TEXT/--params")
        paths = plot.summary_figures(results, out)
        click.echo("\n".join(str(p) for p in paths) or "no ok rows: nothing drawn")
        return
    exactly_one_source(text, params_json, params_file)
    params = resolve_params(text=text, params=params_json, params_file=params_file)
    path = plot.plot_trajectory(params, out, title=title or text, duration_s=duration_s)
    click.echo(str(path))
