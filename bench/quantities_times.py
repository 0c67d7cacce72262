"""Cost of numbers and dates: analysis time with claimscope_quantities + claimscope_times vs the claim engine alone.

Usage:
    nice -n 10 .venv/bin/python bench/quantities_times.py [DIR_OR_FILES ...] [--articles 60] [--repeat 3]

Inputs are TimeML files (their <TEXT>), plain-text files, or directories of them; the default is
../shared/data/timebank/TimeBank plus the founding example.  Both pipelines parse the same texts with
``nlp.pipe``; the best of ``--repeat`` runs is kept.  Prints the two times and their ratio (target <= 1.3).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "data" / "timebank" / "TimeBank", ROOT / "examples" / "belarus-bodies.txt"]


def load_texts(paths: list[Path], limit: int) -> list[str]:
    from claimscope.evaluate.times import read_timeml

    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(x for x in p.iterdir() if x.suffix in (".tml", ".txt")))
        elif p.exists():
            files.append(p)
    texts = []
    for f in files[:limit]:
        texts.append(read_timeml(f)[1] if f.suffix == ".tml" else f.read_text(encoding="utf-8"))
    return texts


def best_time(nlp, texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        docs = []
        for text in texts:
            doc = nlp.make_doc(text)
            doc._.published = "2022-03-20"
            docs.append(doc)
        t0 = time.perf_counter()
        for _doc in nlp.pipe(docs, batch_size=16):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from claimscope.pipeline import CLAIM_ENGINE_COMPONENTS, build_nlp

    texts = load_texts(args.paths, args.articles)
    engine = list(CLAIM_ENGINE_COMPONENTS)
    i = engine.index("claimscope_claims") if "claimscope_claims" in engine else len(engine)
    with_ours = engine[:i] + ["claimscope_quantities", "claimscope_times"] + engine[i:]
    base_nlp = build_nlp(components=engine)
    our_nlp = build_nlp(components=with_ours)
    best_time(our_nlp, texts[:3], 1)  # warm-up: word lists, dateparser import
    t_base = best_time(base_nlp, texts, args.repeat)
    t_ours = best_time(our_nlp, texts, args.repeat)
    n_chars = sum(len(t) for t in texts)
    print(f"articles: {len(texts)} ({n_chars} characters)")
    print(f"claim engine alone: {t_base:.2f} s")
    print(f"claim engine + quantities + times: {t_ours:.2f} s")
    print(f"ratio: {t_ours / t_base:.3f} (target <= 1.3)")


if __name__ == "__main__":
    main()
