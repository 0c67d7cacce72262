"""The stance model's figures: frozen FNC-1 dev split, cross-validation, ARC, and pairs per second.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python bench/stance.py [--fnc ../shared/data/stance/fnc-1] [--arc ../shared/data/stance/arc]

Scores the shipped model (claimscope/models/stance/) on the dev bodies of FNC-1's training file (the
split training/train_stance.py froze: md5 of the body id mod 100 < 20), and on ARC's training file
(the model never saw ARC).  Prints the 5-fold cross-validation figures the training script measured
(grouped by body; rerun them with ``training/train_stance.py --no-write``).  Speed: pairs a second on
one core after loading, bodies read once each (as ``claimscope evaluate stance`` does), with and
without the evidence sentences.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from claimscope.stance.io import read_bodies, read_stances  # noqa: E402
from claimscope.stance.predict import default_model  # noqa: E402
from claimscope.stance.scoring import metrics  # noqa: E402
from claimscope.stance.text import read_body  # noqa: E402
from train_stance import is_dev  # noqa: E402

FNC = ROOT.parent / "shared" / "data" / "stance" / "fnc-1"
ARC = ROOT.parent / "shared" / "data" / "stance" / "arc"
COMMAND = "OMP_NUM_THREADS=1 .venv/bin/python bench/stance.py"


def show(name: str, m: dict) -> None:
    f1 = "  ".join(f"{k} {v:.3f}" for k, v in m["f1"].items())
    print(f"{name:<34} FNC {m['fnc_relative']:6.2f}  macro-F1 {m['macro_f1']:.3f}  F1: {f1}  (n={m['n']})")


def run(rows: list[dict], bodies: dict[str, str], explain: bool) -> tuple[list[str], float]:
    model = default_model()
    t0 = time.perf_counter()
    read: dict = {}
    pairs = []
    for r in rows:
        bid = r["Body ID"]
        if bid not in read:
            read[bid] = read_body(bodies[bid])
        pairs.append((r["Headline"], read[bid]))
    labels = []
    for i in range(0, len(pairs), 512):
        labels.extend(p.label for p in model.predict_many(pairs[i : i + 512], explain=explain))
    return labels, time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fnc", type=Path, default=FNC)
    ap.add_argument("--arc", type=Path, default=ARC)
    args = ap.parse_args(argv)
    print(f"$ {COMMAND}")
    model = default_model()
    figures = model.meta.get("figures", {})
    rows = read_stances(args.fnc / "train_stances.csv")
    bodies = read_bodies(args.fnc / "train_bodies.csv")
    dev = [r for r in rows if is_dev(r["Body ID"])]
    labels, seconds = run(dev, bodies, explain=False)
    show("FNC-1 dev (20% of bodies, frozen)", metrics([r["Stance"] for r in dev], labels))
    if "cv" in figures:
        show("FNC-1 5-fold CV by body (training)", figures["cv"])
    if "cv_by_claim" in figures:
        show("FNC-1 5-fold CV by claim (training)", figures["cv_by_claim"])
    print(f"speed: {len(dev) / seconds:.0f} pairs/s on one core, labels only ({len(dev)} pairs, "
          f"{len({r['Body ID'] for r in dev})} bodies read once each)")
    sample = dev[:2000]
    _, seconds = run(sample, bodies, explain=True)
    print(f"speed: {len(sample) / seconds:.0f} pairs/s with evidence sentences ({len(sample)} pairs)")
    if (args.arc / "arc_stances_train.csv").exists():
        arc = read_stances(args.arc / "arc_stances_train.csv")
        arc_labels, _ = run(arc, read_bodies(args.arc / "arc_bodies.csv"), explain=False)
        show("ARC train (trained on FNC-1 only)", metrics([r["Stance"] for r in arc], arc_labels))
    if "arc_cv" in figures:
        show("ARC 5-fold CV by body (training)", figures["arc_cv"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
