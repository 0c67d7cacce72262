"""Source typing on PolNeAR's gold sources.

Types every gold attribution source of a PolNeAR split with
``claimscope.extract.sources`` (the spans are PolNeAR's, so this measures the
typing alone, not source finding), prints the distribution of types and, for
the sources hand-labelled in ``bench/data/labels_dev_source_types.tsv``
(article, start, end, label), the accuracy and the confusions.

Usage:
    .venv/bin/python bench/sources_polnear.py [../shared/data/polnear/dev] [--limit N] [--dump out.tsv]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

import spacy

from claimscope import lexicon
from claimscope.evaluate.brat import read_corpus
from claimscope.extract.sources import DEFAULT_TITLES_FILE, default_nouns, type_source
from claimscope.pipeline import BASE_MODEL
from claimscope.types import Attribution

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "labels_dev_source_types.tsv"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(HERE.parent.parent / "shared/data/polnear/dev"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--labels", default=str(LABELS))
    parser.add_argument("--dump", default=None, help="write every typed source to this TSV")
    args = parser.parse_args()

    nlp = spacy.load(BASE_MODEL)
    nouns, titles = default_nouns(), lexicon.word_list(DEFAULT_TITLES_FILE)
    gold = {}
    if Path(args.labels).exists():
        with open(args.labels, encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row and not row[0].startswith("#"):
                    gold[(row[0], int(row[1]), int(row[2]))] = row[3]
    rows = []
    for article in read_corpus(args.corpus, limit=args.limit):
        doc = nlp(article.text)
        for g in article.attributions:
            if not g.source:
                continue
            start, end = g.source[0]
            a = Attribution("a", "indirect", cue=g.cue[0] if g.cue else (start, end), source=(start, end))
            typed = type_source(doc, a, nouns=nouns, titles=titles)
            rows.append((article.name, start, end, article.text[start:end].replace("\n", " "), typed.source_type))
    dist = Counter(r[4] for r in rows)
    print(f"sources typed: {len(rows)}")
    for label, n in dist.most_common():
        print(f"  {label:20s} {n:5d}  {n / len(rows):.1%}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write("\t".join(map(str, r)) + "\n")
    unique = {(r[0], r[1], r[2]): r for r in rows}
    scored = [(gold[key], r[4], r[3]) for key, r in unique.items() if key in gold]
    if scored:
        right = sum(1 for g, p, _ in scored if g == p)
        print(f"hand-labelled sources: {len(scored)}, accuracy {right / len(scored):.3f}")
        no_pron = [(g, p) for g, p, _ in scored if g != "pronoun"]
        if no_pron:
            print(f"  without pronouns: {len(no_pron)}, accuracy {sum(g == p for g, p in no_pron) / len(no_pron):.3f}")
        for (g, p), n in Counter((g, p) for g, p, _ in scored if g != p).most_common():
            print(f"  gold {g:20s} -> {p:20s} {n}")


if __name__ == "__main__":
    main()
