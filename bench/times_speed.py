"""Speed of the times component alone (claimscope_times), against HeidelTime's ~5 s a document.

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python bench/times_speed.py [DIR_OR_FILES ...] [--repeat 3] [--limit N]

Inputs are TimeML files (their <TEXT>) or directories of them; the default is TimeBank + AQUAINT
(../shared/data/timebank). The texts are parsed once with the base pipeline (not timed: the component reads
the tense from the parse that the analysis makes anyway); then ``find_doc_times`` (the component's whole work:
the tense function over the parse and every rule) runs over all documents, best of ``--repeat`` runs.
``find_times`` without the parse (the rules alone, tense 0) is timed too. Prints documents per second,
milliseconds per document, and the speed-up over HeidelTime's 5 s a document (target: >= 100x).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claimscope.evaluate.times import read_timeml
from claimscope.extract.base import doc_text
from claimscope.extract.times import find_doc_times, find_times
from claimscope.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "data" / "timebank" / "TimeBank", ROOT.parent / "shared" / "data" / "timebank" / "AQUAINT"]
HEIDELTIME_S_PER_DOC = 5.0


def load(paths: list[Path], limit: int | None) -> list[tuple[str, str]]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(p.glob("*.tml")) if p.is_dir() else [p])
    out = []
    for f in files[:limit]:
        dct, text, _ = read_timeml(f)
        out.append((dct, text))
    return out


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    items = load(args.paths, args.limit)
    nlp = build_nlp(components=())
    t0 = time.perf_counter()
    docs = list(nlp.pipe((text for _, text in items), batch_size=16))
    parse_s = time.perf_counter() - t0
    for doc, (dct, _) in zip(docs, items):
        doc._.published = dct
    n = len(docs)
    chars = sum(len(text) for _, text in items)
    n_found = sum(len(find_doc_times(doc)) for doc in docs)  # warm the compiled patterns and dateparser's cache once

    component_s = best_of(args.repeat, lambda: [find_doc_times(doc) for doc in docs])
    rules_s = best_of(args.repeat, lambda: [find_times(doc_text(doc), reference=doc._.published) for doc in docs])
    print(f"{n} documents, {chars:,} characters, {n_found} temporal expressions; spaCy parse (not timed below) {parse_s:.1f} s")
    for name, secs in (("times component (find_doc_times, with tense)", component_s), ("rules alone (find_times, no parse)", rules_s)):
        per_doc = secs / n
        print(
            f"{name}: {n / secs:,.0f} docs/s, {1000 * per_doc:.1f} ms/doc, "
            f"{HEIDELTIME_S_PER_DOC / per_doc:,.0f}x HeidelTime's {HEIDELTIME_S_PER_DOC:.0f} s/doc"
        )


if __name__ == "__main__":
    main()
