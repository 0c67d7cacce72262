"""Quantities on real news: bench/data/quantities_news.json (frozen test part first), and CQE's unit sets.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python bench/quantities_news.py            # test, dev, all; then CQE unit sets
    OMP_NUM_THREADS=1 .venv/bin/python bench/quantities_news.py --errors   # also list DEV errors (never test)

The same figures come from ``claimscope evaluate quantities bench/data/quantities_news.json`` and
``claimscope evaluate quantities ../shared/data/quantities/cqe-units``.  Rules are written on the
dev part only; ``--errors`` refuses to show test sentences.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from claimscope.evaluate.quantities import run
from claimscope.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "bench" / "data" / "quantities_news.json"
CQE = ROOT.parent / "shared" / "data" / "quantities" / "cqe-units"
KEYS = ("value_f1", "value_unit_f1", "value_change_f1", "concept_partial_f1", "gold_quantities", "predicted_quantities")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--errors", action="store_true", help="print the dev sentences that are not perfect")
    ap.add_argument("--no-cqe", action="store_true")
    args = ap.parse_args()
    nlp = build_nlp(components=("claimscope_quantities",))
    for split in ("test", "dev"):
        errors: list = [] if args.errors and split == "dev" else None
        m = run(NEWS, nlp=nlp, split=split, errors=errors)
        print(f"news {split:4s} " + "  ".join(f"{k}={m[k]}" for k in KEYS))
        for text, gold, pred in errors or []:
            print("\n" + text)
            print("  gold:", [(q["value"], q.get("change"), q.get("unit"), q.get("referred_concepts")) for q in gold])
            print("  pred:", [(p["value"], p["change"], p["unit"], p["concept"]) for p in pred])
    if not args.no_cqe and CQE.is_dir():
        for f in sorted(CQE.glob("*.json")):
            m = run(f, nlp=nlp)
            print(f"cqe  {f.stem:18s} value_f1={m['value_f1']}  value_unit_f1={m['value_unit_f1']}  n={m['gold_quantities']}")


if __name__ == "__main__":
    main()
