"""``t2sa scene``: scenes with several sources (from text or a scene file) and SELD datasets.

    t2sa scene predict "a dog barks on the left while a car passes from right to left"   (= t2sa predict --scene)
    t2sa scene render --text "a dog barks on the left while a car passes" --sound dog.wav --sound car.wav out.wav
    t2sa render --scene --text "..." --sound dog.wav --sound car.wav out.wav          (the same command)
    t2sa scene render --scene park.json out.wav --format binaural --labels --plot park.png
    t2sa scene dataset jobs/seld_dataset.toml --scenes 20 --workers 2
    t2sa scene check out/seld_dataset

Every failure is one ``error:`` line (exit 1; 2 for an unusable job file); outputs are written atomically.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from t2sa.cli.common import fail, guarded
from t2sa.formats import FORMATS, get_format


@click.group("scene")
def scene_command() -> None:
    """Scenes with several sources, and SELD datasets (FOA + DCASE labels)."""


def scene_flag(name: str, args: list[str]) -> tuple[str, click.Command, list[str]]:
    """``t2sa predict --scene TEXT`` and ``t2sa render --scene --text T --sound A --sound B OUT`` are
    ``t2sa scene predict`` / ``t2sa scene render``: the command that does it, and its arguments (the bare
    ``--scene`` flag dropped; ``render --scene FILE.json`` keeps it, a scene file)."""
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "--scene" and not (name == "render" and i + 1 < len(args) and args[i + 1].lower().endswith(".json")):
            i += 1
            continue
        out.append(a)
        i += 1
    return name, scene_command.commands[name], out


@scene_command.command("predict")
@click.argument("texts", nargs=-1, required=True)
@click.option("--model", default=None, help="Model folder (default: the shipped model).")
@guarded
def scene_predict(texts: tuple[str, ...], model: str | None) -> None:
    """Split each TEXT into its sources and their timing; one JSON object per text (room, events, params)."""
    from t2sa.scene.parse import predict_scene
    from t2sa.text.fast_load import load_for_inference

    tts = load_for_inference(model)  # the model `t2sa predict` uses: one-source text gets the same params
    for text in texts:
        click.echo(json.dumps(predict_scene(text, tts), ensure_ascii=False))


@scene_command.command("render")
@click.argument("output_path", metavar="OUT")
@click.option("--text", metavar="TEXT", help="The scene in words; one --sound per source, in the text's order.")
@click.option("--sound", "sounds", multiple=True, metavar="FILE", help="A source's sound (repeat, in order).")
@click.option("--label", "labels", multiple=True, metavar="NAME", help="Class of each --sound (default: file name).")
@click.option("--scene", "scene_file", metavar="FILE.json", help="A scene file instead of --text/--sound.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="foa", show_default=True)
@click.option("--hrtf", metavar="SOFA", default=None, help="SOFA file for --format binaural (default: built-in).")
@click.option("--sample-rate", type=int, default=48000, show_default=True, help="Scene rate (with --text).")
@click.option("--duration", type=float, default=None, help="Scene length in s (default: until the last sound "
              "ends, plus the room's RT60).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--on-clip", type=click.Choice(("normalize", "error")), default="normalize", show_default=True)
@click.option("--subtype", type=click.Choice(("PCM_16", "PCM_24", "FLOAT")), default="PCM_24", show_default=True)
@click.option("--labels", "write_labels", is_flag=True, help="Also write DCASE labels to OUT with .csv.")
@click.option("--plot", "plot_path", metavar="PNG", help="Draw the events over time.")
@click.option("--save-scene", metavar="FILE.json", help="Write the scene (events, params, onsets) as JSON.")
@click.option("--quiet", "-q", is_flag=True)
@guarded
def scene_render(output_path, text, sounds, labels, scene_file, fmt, hrtf, sample_rate, duration, seed, on_clip,
                 subtype, write_labels, plot_path, save_scene, quiet) -> None:
    """Render a scene to OUT (.wav/.flac): every source in one room with one shared reverb tail."""
    from t2sa.scene.mix import render_scene_to_file
    from t2sa.scene.model import load_scene, scene_to_dict

    if (text is None) == (scene_file is None):
        raise click.UsageError("give --text TEXT with --sound FILE per source, or --scene FILE.json")
    if scene_file and (sounds or labels):
        raise click.UsageError("--sound/--label go with --text, not --scene")
    if text is not None and not sounds:
        raise click.UsageError("--text needs one --sound FILE per source")
    if hrtf is not None and not get_format(fmt).uses_hrtf:
        fail(f"--hrtf only applies to --format binaural (got --format {fmt})")
    if seed < 0:
        fail(f"--seed {seed}: must be >= 0")
    out = Path(output_path)
    if out.suffix.lower() not in (".wav", ".flac"):
        fail(f"OUT '{output_path}': use a .wav or .flac file name")
    if scene_file:
        scene = load_scene(scene_file)
    else:
        from t2sa.scene.parse import scene_from_text

        for s in sounds:
            if "://" not in s and not Path(s).is_file():
                fail(f"--sound '{s}': not found")
        scene = scene_from_text(text, list(sounds), duration_s=duration, sample_rate=sample_rate, seed=seed,
                                name=out.stem, labels=list(labels) or None)
    result = render_scene_to_file(scene, out, fmt, hrtf, on_clip=on_clip, subtype=subtype)
    notes = [f"{len(scene.events)} events", f"room RT60 {scene.room.rt60_s:.2f} s wet {scene.room.wet:.2f}"]
    if result.gain_applied_db:
        notes.append(f"normalised by {result.gain_applied_db:+.2f} dB to avoid clipping")
    if save_scene:
        Path(save_scene).write_text(json.dumps(scene_to_dict(scene), indent=1, ensure_ascii=False) + "\n",
                                    encoding="utf-8")
    if write_labels or plot_path:
        from t2sa.scene.labels import class_map_of, event_labels, label_rows
        from t2sa.scene.labels import write_labels as write_csv

        cmap = class_map_of(scene)
        events = event_labels(scene, cmap)
        if write_labels:
            csv = out.with_suffix(".csv")
            write_csv(csv, label_rows(events))
            notes.append(f"labels {csv} (classes {json.dumps(cmap, ensure_ascii=False)})")
        if plot_path:
            from t2sa.scene.plot import plot_scene

            plot_scene(scene, plot_path, cmap, events)
    if not quiet:
        click.echo(f"wrote {out}: {fmt}, {result.n_channels} ch, {result.sample_rate} Hz, "
                   f"{result.n_samples / result.sample_rate:.3f} s ({'; '.join(notes)})")
        for i, ev in enumerate(scene.events):
            click.echo(f"  event {i}: {ev.label} at {ev.onset_s:.2f} s, az {ev.params.azimuth_deg:+.0f}, "
                       f"el {ev.params.elevation_deg:+.0f}, {ev.params.motion}" + (f"  <- {ev.text!r}" if ev.text else ""))


@scene_command.command("dataset")
@click.argument("job_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", type=click.Path(file_okay=False), help="Output folder (overrides the job's).")
@click.option("--scenes", type=int, help="Number of scenes (overrides the job's).")
@click.option("--workers", type=int, help="Processes rendering scenes (default: the job's).")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
@guarded
def scene_dataset(job_file: str, out: str | None, scenes: int | None, workers: int | None, quiet: bool) -> None:
    """Make a SELD dataset (audio, DCASE labels, class map, dataset card) from JOB_FILE; resumes if stopped."""
    from t2sa.batch.scene_dataset import dataset_renderer
    from t2sa.scene.seld import load_job, run_dataset

    if workers is not None and workers < 1:
        raise click.BadParameter(f"--workers={workers}: must be >= 1")
    job = load_job(job_file)
    card = run_dataset(job, out=out, scenes=scenes, workers=workers, render=dataset_renderer(job),
                       echo=None if quiet else (lambda m: click.echo(m, err=True)))
    click.echo(json.dumps(card, indent=1, ensure_ascii=False))
    check = card.get("label_check")
    if check is not None and not check["passed"]:
        fail("label check failed: " + "; ".join(check["failures"]))


@scene_command.command("check")
@click.argument("dataset_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--scenes", type=int, default=None, help="Check only the first N scenes.")
@guarded
def scene_check(dataset_dir: str, scenes: int | None) -> None:
    """Check a dataset's labels against dry FOA re-renders of its scenes (direction, onsets, CSV)."""
    from t2sa.scene.check import LabelCheck, check_scene
    from t2sa.scene.labels import read_labels
    from t2sa.scene.seld import load_dataset_scene

    root = Path(dataset_dir)
    cmap_file = root / "class_map.json"
    if not cmap_file.is_file():
        fail(f"'{root}': no class_map.json (not a dataset made by 't2sa scene dataset')")
    cmap = json.loads(cmap_file.read_text(encoding="utf-8"))["classes"]
    files = sorted((root / "scenes_dev").glob("*/*.json"))
    if scenes is not None:
        files = files[:scenes]
    if not files:
        fail(f"'{root}': no scene files under scenes_dev/")
    report = LabelCheck()
    for f in files:
        csv = root / "metadata_dev" / f.parent.name / f"{f.stem}.csv"
        scene, _meta = load_dataset_scene(f)
        report = report.merge(check_scene(scene, cmap, read_labels(csv)))
    click.echo(json.dumps({"scenes": len(files), **report.to_dict()}, indent=1))
    if not report.passed:
        fail("labels do not match the audio: " + "; ".join(report.failures()))
