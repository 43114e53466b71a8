"""``t2sa osc``: text (or explicit parameters) -> timed OSC messages, live or to a replay file."""

from __future__ import annotations

import sys

import click

from t2sa.cli.common import exactly_one_source, guarded
from t2sa.resolve import resolve_params


@click.command("osc")
@click.argument("text", required=False)
@click.option("--params", "params_json", help="SpatialParams as JSON instead of TEXT.")
@click.option("--params-file", type=click.Path(dir_okay=False), help="File holding SpatialParams JSON.")
@click.option("--replay", type=click.Path(dir_okay=False), help="Send the timed messages of a replay file instead.")
@click.option(
    "--from-results",
    type=click.Path(exists=True),
    help="Batch results (Parquet file or folder): write one replay file per row into --write-dir.",
)
@click.option("--write-dir", type=click.Path(file_okay=False), help="Folder for --from-results replay files.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Receiver host.")
@click.option("--port", default=4001, show_default=True, type=int, help="Receiver UDP port (ADM-OSC uses 4001).")
@click.option(
    "--scheme",
    default="adm",
    show_default=True,
    type=click.Choice(["adm", "adm-aed", "spat", "t2sa"]),
    help="OSC address scheme (see t2sa.osc).",
)
@click.option("--object", "object_id", default=1, show_default=True, type=int, help="Object / source number.")
@click.option("--rate", "rate_hz", default=50.0, show_default=True, type=float, help="Updates per second.")
@click.option(
    "--duration",
    "duration_s",
    default=5.0,
    show_default=True,
    type=float,
    help="Seconds the trajectory (clip fraction 0..1) takes.",
)
@click.option(
    "--max-distance",
    "max_distance_m",
    default=6.0,
    show_default=True,
    type=float,
    help="Metres mapped to ADM-OSC dist = 1.0.",
)
@click.option("--flip-azimuth", is_flag=True, help="Negate azimuth (receiver with the opposite convention).")
@click.option(
    "--width-units",
    type=click.Choice(["normalized", "degrees"]),
    default="normalized",
    show_default=True,
    help="ADM-OSC w: normalized 0..1 (= spread/360, the spec) or spread in degrees (receivers that take degrees).",
)
@click.option(
    "--gain-units",
    type=click.Choice(["linear", "db"]),
    default="linear",
    show_default=True,
    help="ADM-OSC gain: linear (the spec) or dB (receivers that take dB).",
)
@click.option(
    "--gain-ceiling-db",
    type=float,
    default=0.0,
    show_default=True,
    help="Linear gains above this are clamped to it (ADM-OSC receivers commonly take 0..1 = 0 dB); a note says so.",
)
@click.option("--bundle", is_flag=True, help="Send each instant as one OSC bundle.")
@click.option("--dry-run", is_flag=True, help="Print the timed messages (JSON Lines) instead of sending.")
@click.option(
    "--write",
    "write_path",
    type=click.Path(dir_okay=False),
    help="Write the timed messages to a replay file instead of sending.",
)
@guarded
def osc_command(
    text,
    params_json,
    params_file,
    replay,
    from_results,
    write_dir,
    host,
    port,
    scheme,
    object_id,
    rate_hz,
    duration_s,
    max_distance_m,
    flip_azimuth,
    width_units,
    gain_units,
    gain_ceiling_db,
    bundle,
    dry_run,
    write_path,
) -> None:
    """Stream TEXT's predicted trajectory as OSC (ADM-OSC by default) in real time.

    \b
    t2sa osc "a bee circles my head" --host 192.168.1.20 --port 4001
    t2sa osc --params '{"azimuth_deg": 30}' --dry-run
    t2sa osc "비행기가 머리 위로 지나간다" --write plane.osc.jsonl && t2sa osc --replay plane.osc.jsonl
    t2sa osc --from-results out/results --write-dir out/osc
    """
    from t2sa import osc

    options = dict(
        rate_hz=rate_hz,
        scheme=scheme,
        object_id=object_id,
        max_distance_m=max_distance_m,
        flip_azimuth=flip_azimuth,
        width_units=width_units,
        gain_units=gain_units,
        gain_ceiling_db=gain_ceiling_db,
    )
    if from_results:
        if not write_dir:
            raise click.UsageError("--from-results needs --write-dir")
        import pyarrow.parquet as pq

        rows = pq.read_table(from_results).to_pylist()
        paths = osc.write_row_files(rows, write_dir, default_duration_s=duration_s, **options)
        click.echo(f"wrote {len(paths)} replay files to {write_dir}")
        return
    notes: list[str] = []
    if replay:
        if any((text, params_json, params_file)):
            raise click.UsageError("--replay takes no TEXT/--params")
        messages = osc.read_messages(replay)
    else:
        exactly_one_source(text, params_json, params_file)
        params = resolve_params(text=text, params=params_json, params_file=params_file, duration_s=duration_s)
        messages = osc.trajectory_messages(params, duration_s=duration_s, **options)
        notes = osc.range_notes(params, **options)
        for note in notes:
            click.echo(f"note: {note}", err=True)
    if dry_run:
        for m in messages:
            sys.stdout.write(m.to_json() + "\n")
        return
    if write_path:
        extra = {"notes": notes} if notes else {}
        osc.write_messages(write_path, messages, text=text, duration_s=duration_s, **options, **extra)
        click.echo(f"wrote {len(messages)} messages to {write_path}")
        return
    report = osc.stream(messages, host, port, bundle=bundle)
    click.echo(report.summary(), err=True)
