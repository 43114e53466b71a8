"""Issue 12's out-of-distribution check: the seed's ``tiny.jsonl`` rows whose label agrees with their text.

    python benchmarks/eval_seed_agreeing.py              # --show lists the kept rows; --model DIR another model

The seed's labels were drawn partly at random (an elevation of -30 deg for "approaches from the left", "behind a
door" labelled as the listener's back), so its whole-file figure measures the labels as much as the model. A row
is kept where every side its text names (left / right / front / back, in either language) agrees with its label,
it names no occluder (door, wall, curtain, window), and its elevation label is 0 unless the text names a height.
Prints the mean angular error and the share within 20 deg per mode (network / rules / combined) on the kept rows,
and the whole file for comparison.
"""

from __future__ import annotations

import argparse
import re
import warnings
from pathlib import Path

from t2sa.text import TextToSpatial
from t2sa.text.evaluate import evaluate, load_rows, row_truth

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "tiny.jsonl"
SIDES = (
    (re.compile(r"(?<![a-z])left|왼|좌측"), lambda a: 20.0 < a < 160.0),
    (re.compile(r"(?<![a-z])right(?!\s+(?:behind|away|now|there|here))|오른|우측"), lambda a: -160.0 < a < -20.0),
    (re.compile(r"(?<![a-z])(?:front|ahead)|앞|정면"), lambda a: abs(a) < 70.0),
    (re.compile(r"(?<![a-z])(?:behind|back|rear)|뒤|후방"), lambda a: abs(a) > 110.0),
)
OCCLUDER = re.compile(r"door|wall|curtain|window|문\s*뒤|벽|커튼|창문")
HEIGHT = re.compile(r"\b(?:above|below|over|under|up|down|high|overhead)\b|위|아래|밑|높|낮")


def agreeing(rows: list[dict]) -> list[dict]:
    """The rows whose label says what their text says (see the module doc)."""
    keep = []
    for row in rows:
        truth, text = row_truth(row), row["text"].lower()
        if "azimuth_deg" not in truth:
            continue
        said = [ok for pattern, ok in SIDES if pattern.search(text)]
        flat = truth.get("elevation_deg", 0.0) == 0.0 or HEIGHT.search(text)
        if said and all(ok(truth["azimuth_deg"]) for ok in said) and not OCCLUDER.search(text) and flat:
            keep.append(row)
    return keep


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SEED)
    parser.add_argument("--model", default=None)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    rows = load_rows(args.data)
    keep = agreeing(rows)
    model = TextToSpatial.load(args.model)
    print(f"{len(rows)} rows; {len(keep)} whose named side agrees with the label (no occluder; elevation 0 unless a "
          "height is named)")  # fmt: skip
    res = evaluate(model, keep, modes=("network", "cues", "combined"))
    for mode in ("network", "cues", "combined"):
        a = res[mode]["all"]
        print(f"  {mode:9s} mean angle {a['ae'][0]:5.1f} deg, within 20 deg {a['ae20'][0]:5.1f} %")
    whole = evaluate(model, rows, modes=("combined",))["combined"]["all"]
    print(f"  whole file, combined: {whole['ae'][0]:.1f} deg, within 20 deg {whole['ae20'][0]:.1f} %")
    if args.show:
        for row, p in zip(keep, model.predict([r["text"] for r in keep]), strict=True):
            t = row_truth(row)
            print(f"  {t['azimuth_deg']:7.1f}/{t.get('elevation_deg', 0.0):5.1f} -> {p.azimuth_deg:7.1f}/"
                  f"{p.elevation_deg:5.1f}  {row['text']}")  # fmt: skip


if __name__ == "__main__":
    main()
