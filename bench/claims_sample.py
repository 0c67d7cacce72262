"""Claims and their epistemic status on a corpus: distribution, a sample to label, and accuracy.

Runs the claim engine (``pipeline.CLAIM_ENGINE_COMPONENTS``: quotes,
attribution, sources, hedging, evidence, claims) over the ``text/*.txt``
files of a PolNeAR split, prints the distribution of epistemic statuses and
claims per sentence, and, when ``--labels`` names a TSV of hand labels
(article, start, end, status), the accuracy of the status on those claims
(a labelled claim that is no longer produced counts as wrong), with each
wrong status and the rule that set it (``because``).  ``--sample`` prints
random claims in context to label, with their ``because``.

Usage:
    .venv/bin/python bench/claims_sample.py [../shared/data/polnear/dev] [--offset 0] [--limit 10] [--sample 50] [--labels FILE]
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter
from pathlib import Path

from claimscope.pipeline import CLAIM_ENGINE_COMPONENTS, build_nlp

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared/data/polnear/dev"))
    parser.add_argument("--offset", type=int, default=0, help="skip this many files (sorted by name)")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--labels", default=None)
    args = parser.parse_args()

    root = Path(args.corpus)
    files = sorted((root / "text").glob("*.txt") if (root / "text").is_dir() else root.glob("*.txt"))[args.offset : args.offset + args.limit]
    nlp = build_nlp(components=CLAIM_ENGINE_COMPONENTS)
    rows, n_sents = [], 0
    for path, doc in zip(files, nlp.pipe(p.read_text(encoding="utf-8") for p in files)):
        n_sents += sum(1 for s in doc.sents if s.text.strip())
        for c in doc._.claims:
            sent = doc.char_span(*c.span, alignment_mode="expand").sent
            rows.append(
                (path.stem, c.span[0], c.span[1], c.epistemic, c.attribution, doc.text[c.span[0] : c.span[1]], sent.text, c.because)
            )
    dist = Counter(r[3] for r in rows)
    print(f"{len(files)} documents, {n_sents} sentences, {len(rows)} claims ({len(rows) / max(1, n_sents):.2f} per sentence)")
    for label, n in dist.most_common():
        print(f"  {label:10s} {n:5d}  {n / len(rows):.1%}")
    if args.labels:
        gold = {}
        with open(args.labels, encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row and not row[0].startswith("#"):
                    gold[(row[0], int(row[1]), int(row[2]))] = row[3]
        predicted = {(r[0], r[1], r[2]): r[3] for r in rows}
        right = sum(1 for key, label in gold.items() if predicted.get(key) == label)
        print(f"hand-labelled claims: {len(gold)}, status accuracy {right / max(1, len(gold)):.3f}")
        for (g, p), n in Counter((g, predicted.get(k, "(gone)")) for k, g in gold.items() if predicted.get(k) != g).most_common():
            print(f"  gold {g:10s} -> {p:10s} {n}")
        because = {(r[0], r[1], r[2]): r[7] for r in rows}
        for key, label in sorted(gold.items()):
            if predicted.get(key) not in (label, None):
                print(f"  {key[0]} {key[1]}-{key[2]}: gold {label}, {predicted[key]} because {because[key]}")
    if args.sample:
        random.seed(args.seed)
        for i, r in enumerate(random.sample(rows, min(args.sample, len(rows)))):
            print(f"{i}\t{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t[[{' '.join(r[5].split())[:150]}]]\tSENT: {' '.join(r[6].split())[:250]}\tBECAUSE: {r[7]}")


if __name__ == "__main__":
    main()
