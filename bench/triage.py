"""Benchmark of triage: fact-check retrieval quality and latency, check-worthiness quality.

Usage:
    OMP_NUM_THREADS=1 nice -n 10 .venv/bin/python bench/triage.py [--scale 100000] [--queries 200] [--skip-cw]
        [--skip-latency] [--orders 3]

Prints:
* fact-check retrieval on CheckThat! 2020 task 2 (../shared/data/factchecks/clef2020-task2): dev MAP@1/3/5/10
  and P@1 of the first stage alone and of the shipped re-ranker, and 5-fold cross-validated train MAP@5
  (re-ranker refitted on four fifths of the train tweets, scored on the fifth); the first stage's recall; the same
  MAP@5 with near-duplicate claims merged, and with the collection in ``--orders`` seeded random orders (equal scores
  keep the collection's order, which puts the claims the tweets were paired with first: see docs/triage.md);
* query latency p50/p95 against ``--scale`` fact-checks (the 10,375 verified claims repeated with one word
  dropped or swapped and their embeddings jittered and renormalised, seeded), after loading: the whole
  ``FactcheckIndex.search`` with the MiniLM query encoding, and without it (precomputed query vectors);
  plus the time to build the index;
* check-worthiness: leave-one-transcript-out MAP, R-precision and P@10 on the 19 CLEF 2019 transcripts.

Embeddings come from training/output/triage (made by training/train_factcheck_ranker.py on first use).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.model_selection import KFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

import train_checkworthiness as tcw  # noqa: E402
import train_factcheck_ranker as tfr  # noqa: E402
from claimscope.store.vectors import embed  # noqa: E402
from claimscope.triage.checkworthiness import CheckworthinessModel, ranking_metrics, read_transcript  # noqa: E402
from claimscope.triage.factchecks import FactCheck  # noqa: E402
from claimscope.triage.retrieval import FactcheckIndex, load_ranker, retrieval_metrics  # noqa: E402
from claimscope.triage.text import claim_key  # noqa: E402

SEED = 13


def collapsed(runs: dict, qrels: dict, checks) -> dict:
    """Metrics with near-duplicate claims merged: each ranked claim counts once, as its duplicate group."""
    key = {c.id: claim_key(c.claim) for c in checks}
    merged = {q: list(dict.fromkeys(key[d] for d in ranked)) for q, ranked in runs.items()}
    return retrieval_metrics(merged, {q: {key[d] for d in rel} for q, rel in qrels.items()})


def evaluate(checks, cv, tv, splits, ranker: dict, order=None) -> dict:
    """Dev (shipped re-ranker), train 5-fold CV (refitted per fold) runs, with the collection in ``order``."""
    if order is not None:
        checks, cv, tv = [checks[i] for i in order], cv[order], tv[order]
    index = FactcheckIndex(checks, claim_vecs=cv, title_vecs=tv, ranker=ranker)
    train_rows = tfr.candidate_rows(index, *splits["train"])
    dev_rows = tfr.candidate_rows(index, *splits["dev"])
    cv_runs: dict = {}
    for tr, te in KFold(n_splits=5, shuffle=True, random_state=tfr.SEED).split(train_rows):
        w = tfr.fit([train_rows[i] for i in tr])
        cv_runs.update(tfr.ranked(index, [train_rows[i] for i in te], w))
    return {
        "first": tfr.ranked(index, dev_rows, None), "dev": tfr.ranked(index, dev_rows, ranker), "cv": cv_runs,
        "recall": {s: float(np.mean([r[3].any() for r in rows])) for s, rows in (("train", train_rows), ("dev", dev_rows))},
    }


def retrieval_quality(orders: int = 3) -> tuple:
    checks, cv, tv, splits = tfr.load()
    shipped = load_ranker()
    dev_rel, train_rel = splits["dev"][2], splits["train"][2]
    runs = evaluate(checks, cv, tv, splits, shipped)
    first = retrieval_metrics(runs["first"], dev_rel)
    dev = retrieval_metrics(runs["dev"], dev_rel)
    cv5 = retrieval_metrics(runs["cv"], train_rel)
    print("fact-check retrieval (CheckThat! 2020 task 2, 10,375 verified claims)")
    print(f"  first stage recall@{tfr.CANDIDATES}: train {runs['recall']['train']:.4f}  dev {runs['recall']['dev']:.4f}")
    print(f"  dev ({dev['queries']} tweets) first stage  MAP@1 {first['map@1']:.4f}  MAP@3 {first['map@3']:.4f}  "
          f"MAP@5 {first['map@5']:.4f}  MAP@10 {first['map@10']:.4f}  P@1 {first['p@1']:.4f}")
    print(f"  dev ({dev['queries']} tweets) re-ranked    MAP@1 {dev['map@1']:.4f}  MAP@3 {dev['map@3']:.4f}  "
          f"MAP@5 {dev['map@5']:.4f}  MAP@10 {dev['map@10']:.4f}  P@1 {dev['p@1']:.4f}")
    print(f"  train ({cv5['queries']} tweets) 5-fold CV  MAP@5 {cv5['map@5']:.4f}  P@1 {cv5['p@1']:.4f}")
    # Near-duplicate claims get equal features (float16 vectors, the same tokens), and equal scores keep the
    # collection's order, in which the claims the tweets were paired with come first: the figures above lean on it.
    dup_dev, dup_cv = collapsed(runs["dev"], dev_rel, checks), collapsed(runs["cv"], train_rel, checks)
    print(f"  near-duplicate claims merged: dev MAP@5 {dup_dev['map@5']:.4f}  train CV MAP@5 {dup_cv['map@5']:.4f}")
    if orders:
        rng = np.random.default_rng(SEED)
        shuffled = [evaluate(checks, cv, tv, splits, shipped, rng.permutation(len(checks))) for _ in range(orders)]
        d = [retrieval_metrics(r["dev"], dev_rel)["map@5"] for r in shuffled]
        c = [retrieval_metrics(r["cv"], train_rel)["map@5"] for r in shuffled]
        print(f"  collection in {orders} random orders (ties broken by chance): dev MAP@5 {np.mean(d):.4f} "
              f"({min(d):.4f}-{max(d):.4f})  train CV MAP@5 {np.mean(c):.4f} ({min(c):.4f}-{max(c):.4f})")
    return checks, cv, tv, splits


def perturb(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 3:
        i = rng.randrange(len(words))
        if rng.random() < 0.5:
            del words[i]
        else:
            j = rng.randrange(len(words))
            words[i], words[j] = words[j], words[i]
    return " ".join(words)


def synthetic(checks, cv, tv, scale: int):
    rng = random.Random(SEED)
    nrng = np.random.default_rng(SEED)
    out, cvs, tvs = list(checks), [cv], [tv]
    copy = 1
    while len(out) < scale:
        n = min(len(checks), scale - len(out))
        out.extend(FactCheck(id=f"{c.id}~{copy}", claim=perturb(c.claim, rng), title=perturb(c.title, rng)) for c in checks[:n])
        for base, acc in ((cv, cvs), (tv, tvs)):
            m = base[:n].astype(np.float32) + nrng.normal(0, 0.02, size=(n, base.shape[1])).astype(np.float32)
            acc.append((m / np.linalg.norm(m, axis=1, keepdims=True)).astype(np.float16))
        copy += 1
    return out, np.vstack(cvs), np.vstack(tvs)


def latency(checks, cv, tv, splits, scale: int, n_queries: int) -> None:
    big, bcv, btv = synthetic(checks, cv, tv, scale)
    t0 = time.perf_counter()
    index = FactcheckIndex(big, embed=embed, claim_vecs=bcv, title_vecs=btv)
    build = time.perf_counter() - t0
    queries, (qvecs, svecs), _ = splits["dev"]
    texts = [t for _, t in queries][:n_queries]
    index.search(texts[0], k=10)  # warm the encoder
    full, pre = [], []
    for i, text in enumerate(texts):
        t = time.perf_counter()
        index.search(text, k=10)
        full.append(time.perf_counter() - t)
        t = time.perf_counter()
        index.search(text, k=10, qvec=qvecs[i], sent_vecs=svecs[i])
        pre.append(time.perf_counter() - t)

    def pct(xs, p):
        return 1000 * float(np.percentile(xs, p))

    print(f"query latency against {len(index):,} fact-checks ({len(texts)} queries, index built in {build:.1f} s)")
    print(f"  search with MiniLM query encoding  p50 {pct(full, 50):.1f} ms  p95 {pct(full, 95):.1f} ms")
    print(f"  search, query vectors precomputed  p50 {pct(pre, 50):.1f} ms  p95 {pct(pre, 95):.1f} ms")


def checkworthiness_quality() -> None:
    paths = sorted(tcw.DATA.glob("*.tsv"))
    files = [read_transcript(p) for p in paths]
    per_file = []
    for i, held in enumerate(files):
        model = CheckworthinessModel(tcw.fit(files[:i] + files[i + 1 :]))
        per_file.append((model.scores([r["text"] for r in held]), [r["label"] for r in held]))
    m = ranking_metrics(per_file)
    print(f"check-worthiness (CLEF 2019 task 1, {len(files)} transcripts, leave-one-transcript-out)")
    print(f"  MAP {m['map']:.4f}  R-precision {m['r_precision']:.4f}  P@10 {m['p@10']:.4f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=197)
    ap.add_argument("--skip-cw", action="store_true", help="Skip the check-worthiness cross-validation (about 2 minutes).")
    ap.add_argument("--skip-latency", action="store_true", help="Skip the latency part (index build 35-63 s).")
    ap.add_argument("--orders", type=int, default=3, help="Random collection orders for the tie-break check (0: none).")
    args = ap.parse_args(argv)
    checks, cv, tv, splits = retrieval_quality(args.orders)
    if not args.skip_latency:
        latency(checks, cv, tv, splits, args.scale, args.queries)
    if not args.skip_cw:
        checkworthiness_quality()
    return 0


if __name__ == "__main__":
    sys.exit(main())
