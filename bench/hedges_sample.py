"""Hedge and evidence cues on a corpus: counts per label and a random sample to check by hand.

Runs the base model plus ``claimscope_hedging`` and ``claimscope_evidence``
over the ``text/*.txt`` files of a PolNeAR split (any folder of .txt files
works), prints how many cues of each label it found per 1,000 sentences and
prints ``--sample`` random cues in context, for a precision check by hand.

Usage:
    .venv/bin/python bench/hedges_sample.py [../shared/data/polnear/dev] [--limit N] [--sample 50] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

import spacy

from claimscope import extensions
from claimscope.extract import evidence, hedges  # noqa: F401  (register the factories)
from claimscope.pipeline import BASE_MODEL

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared/data/polnear/dev"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--what", choices=("hedges", "evidence"), default="hedges")
    args = parser.parse_args()

    root = Path(args.corpus)
    files = sorted((root / "text").glob("*.txt") if (root / "text").is_dir() else root.glob("*.txt"))[: args.limit]
    nlp = spacy.load(BASE_MODEL)
    nlp.add_pipe("claimscope_hedging")
    nlp.add_pipe("claimscope_evidence")
    key = extensions.HEDGES_KEY if args.what == "hedges" else extensions.EVIDENCE_KEY
    found, n_sents = [], 0
    for path, doc in zip(files, nlp.pipe(p.read_text(encoding="utf-8") for p in files)):
        n_sents += sum(1 for _ in doc.sents)
        for span in doc.spans[key]:
            sent = span.sent
            context = (sent.text[: span.start_char - sent.start_char] + "[[" + span.text + "]]" + sent.text[span.end_char - sent.start_char :])
            found.append((path.stem, span.label_, span.text, " ".join(context.split())))
    counts = Counter(label for _, label, _, _ in found)
    print(f"{len(files)} documents, {n_sents} sentences, {len(found)} {args.what}")
    for label, n in counts.most_common():
        print(f"  {label:20s} {n:5d}  {1000 * n / max(1, n_sents):6.1f} per 1,000 sentences")
    random.seed(args.seed)
    for i, (name, label, text, context) in enumerate(random.sample(found, min(args.sample, len(found)))):
        print(f"{i:3d} {label:10s} {text!r:28s} {context[:160]}")


if __name__ == "__main__":
    main()
