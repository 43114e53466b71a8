"""``t2sa predict``, ``t2sa train`` and ``t2sa eval``. Heavy imports happen inside the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from t2sa.cli.common import guarded
from t2sa.params import ALL_FIELDS


def _load_model(model: str | None, device: str | None):
    from t2sa.text.fast_load import load_for_inference  # same answers as TextToSpatial.load, seconds sooner

    return load_for_inference(model, device=device)


@click.command("predict")
@click.argument("texts", nargs=-1)
@click.option("--input", "input_path", type=click.Path(dir_okay=False), help="JSONL with a 'text' field per line.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False), help="Write JSONL here (default: stdout).")
@click.option("--model", default=None, help="Model folder (default: the shipped model).")
@click.option("--device", default=None, help="cpu, cuda, cuda:0 ... (default: GPU if present).")
@click.option("--duration", type=float, default=None, help="Clip length in seconds, to honour stated timings.")
@click.option("--mode", type=click.Choice(["combined", "network", "cues"]), default="combined", show_default=True)
@click.option("--batch-size", type=int, default=256, show_default=True)
@guarded
def predict_command(texts, input_path, output_path, model, device, duration, mode, batch_size):
    """Spatial parameters for TEXTS (one JSON object per text) or for every line of --input.

    Input rows keep their other fields; every SpatialParams field (trajectory included) is added at top
    level, replacing a field of the same name. A row's own "duration_s" overrides --duration.

    Terminal escapes and control characters in a text are ignored; invalid UTF-8 is refused naming the
    file and line. A stated number outside the parameter range is clamped and a stated timing without a
    clip length ignored, each with one "warning:" line on stderr.

    --scene TEXT...: split each text into its sources and their timing (= t2sa scene predict).
    """
    if texts and input_path:
        raise click.UsageError("give TEXTS or --input FILE.jsonl, not both")
    if not texts and not input_path:
        raise click.UsageError("give one or more TEXTS, or --input FILE.jsonl")
    if duration is not None and duration <= 0:
        raise click.BadParameter(f"--duration={duration}: must be positive")
    if batch_size < 1:
        raise click.BadParameter(f"--batch-size={batch_size}: must be at least 1")
    if input_path:
        rows = _read_rows(input_path)
    else:
        from t2sa.text.clean import clean_text

        for i, text in enumerate(texts, 1):
            clean_text(text, field=f"TEXT {i}")  # invalid UTF-8 in an argument: one line, before loading the model
        rows = [{"text": t} for t in texts]
    tts = _load_model(model, device)
    durations = [r["duration_s"] if r.get("duration_s") is not None else duration for r in rows]
    params = tts.predict([r["text"] for r in rows], duration_s=durations, mode=mode, batch_size=batch_size)
    out_lines = []
    for row, p in zip(rows, params, strict=True):
        if input_path:
            merged = {k: v for k, v in row.items() if k not in ALL_FIELDS}
            merged.update(p.to_dict())
            out_lines.append(_jsonl(merged))
        else:
            out_lines.append(_jsonl(dict(text=row["text"], **p.to_dict())))
    if output_path:
        target = Path(output_path)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        tmp.replace(target)
        click.echo(f"wrote {len(out_lines)} rows to {target}", err=True)
    else:
        for line in out_lines:
            click.echo(line)


def _jsonl(obj: dict) -> str:
    """One JSON line; U+2028, U+2029 and NEL (legal raw in JSON strings) escaped, so line-based readers
    such as Python's ``str.splitlines`` see exactly one line per row."""
    line = json.dumps(obj, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def _read_rows(path: str) -> list[dict]:
    from t2sa.text.evaluate import read_text_rows

    return [row for _, row in read_text_rows(path, option="--input")]


@click.command("train")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Model folder to write.")
@click.option("--encoder", default="scratch", show_default=True,
              help="'scratch' (bilingual BERT built here, offline) or a sentence-transformers name/path, e.g. "
                   "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2 (needs the network once).")  # fmt: skip
@click.option("--epochs", type=float, default=None, help="Passes over the corpus (default 8, as the shipped model).")
@click.option("--n-train", type=int, default=None, help="Generated training sentences (default 160000).")
@click.option("--batch-size", type=int, default=None, help="Default 128.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--device", default=None, help="auto (default), cpu, cuda ...")
@click.option("--threads", type=int, default=None, help="CPU threads for torch.")
@click.option("--lr", type=float, default=None, help="Encoder learning rate (default depends on --encoder).")
@click.option("--corpus-version", type=click.IntRange(1, 9), default=None,
              help="9 (default, the shipped model's since round 60): 8 plus the development sentences written since (and their mirror images); 5: the model shipped in rounds 10-59, 4 plus the development sentences written since; 6: likewise on 5 (trained in round 11, not shipped); 7: likewise on 6 (round 18); 8: likewise on 7 (round 19); 4: 3 plus later development sentences and left-right mirror images of all; 3: 2 plus the hand-written development sentences; 2: everyday sentences and the knowledge prior; 1: the first corpus.")
@guarded
def train_command(out_dir, encoder, epochs, n_train, batch_size, seed, device, threads, lr, corpus_version):
    """Generate the bilingual corpus and train encoder + head (seeded, reproducible)."""
    from t2sa.text.train import DEFAULTS, train

    train(
        out_dir,
        encoder=encoder,
        n_train=n_train or DEFAULTS["n_train"],
        epochs=epochs if epochs is not None else DEFAULTS["epochs"],
        batch_size=batch_size or DEFAULTS["batch_size"],
        seed=seed,
        device=device,
        threads=threads,
        lr=lr,
        log=lambda msg: click.echo(msg, err=True),
        corpus_version=corpus_version or DEFAULTS["corpus_version"],
    )


@click.command("eval")
@click.option("--data", "data_paths", required=True, multiple=True, type=click.Path(dir_okay=False),
              help="JSONL in the seed's format or t2sa's held-out format (repeatable).")  # fmt: skip
@click.option("--model", default=None, help="Model folder (default: the shipped model).")
@click.option("--device", default=None)
@click.option("--mode", type=click.Choice(["combined", "network", "cues", "all"]), default="combined", show_default=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), default=None, help="Also write metrics as JSON.")
@click.option("--counts/--no-counts", default=False, help="Show how many rows each metric covers.")
@guarded
def eval_command(data_paths, model, device, mode, json_path, counts):
    """Angular error, |d ln distance|, spread / wet / gain / DRR MAE (and moving-source metrics), per language and category."""
    from t2sa.text.evaluate import evaluate, format_table, load_rows

    modes = ("network", "cues", "combined") if mode == "all" else (mode,)
    rows = [r for p in data_paths for r in load_rows(p)]
    tts = _load_model(model, device)
    results = evaluate(tts, rows, modes=modes)
    click.echo(format_table(results, counts=counts))
    if json_path:
        Path(json_path).write_text(json.dumps(results, indent=1) + "\n")
    sys.stdout.flush()
