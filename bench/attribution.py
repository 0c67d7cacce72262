"""Attribution on PolNeAR: P/R/F1 (exact and overlap) and throughput vs the bare parse.

    .venv/bin/python bench/attribution.py [CORPUS_DIR] [--limit N] [--json]

CORPUS_DIR defaults to ../shared/data/polnear/dev (relative to the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimscope.evaluate.attribution import run  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "data" / "polnear" / "dev"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args.corpus, limit=args.limit)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"PolNeAR {res['corpus']}: {res['articles']} articles, {res['gold_attributions']} gold attributions")
    print(f"{'':8} {'role':12} {'P':>6} {'R':>6} {'F1':>6}")
    for mode in ("exact", "overlap"):
        for role in ("source", "cue", "content", "attribution"):
            v = res[mode][role]
            print(f"{mode:8} {role:12} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}")
    tp = res.get("throughput")
    if tp:
        print(
            f"throughput: claim engine {tp['claim_engine_articles_per_s']:.2f} articles/s, "
            f"bare parse {tp['bare_parse_articles_per_s']:.2f} articles/s, ratio {tp['ratio']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
