"""Train the fact-check re-ranker (claimscope/models/triage/factcheck_ranker.json).

    OMP_NUM_THREADS=1 .venv/bin/python training/train_factcheck_ranker.py

Reads CheckThat! 2020 task 2 from ../shared/data/factchecks/clef2020-task2 (10,375 verified claims, 800 train
and 197 dev tweets with qrels).  Embeddings (MiniLM, claimscope.store.vectors.embed) are cached in
training/output/triage/ (about 6 minutes on one core the first time).  Prints first-stage recall, 5-fold
cross-validated train MAP@5, and dev MAP@1/3/5/10 of the first stage alone and re-ranked; then fits on all of
train and writes the weights.  Deterministic: the folds and the solver are seeded.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from claimscope.store.vectors import embed
from claimscope.triage.factchecks import load_verified_claims, read_qrels, read_queries
from claimscope.triage.retrieval import ABSOLUTE, ABSOLUTE_COLUMNS, CANDIDATES, FEATURES, MODEL_PATH, FactcheckIndex, retrieval_metrics
from claimscope.triage.text import claim_key, clean_query, sentences, tokens, tweet_year

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "factchecks" / "clef2020-task2"
CACHE = ROOT / "training" / "output" / "triage"
SEED = 13
C = 1.0


def cached(name: str, texts: list[str]) -> np.ndarray:
    """MiniLM embeddings of ``texts``, cached by name, count and a hash of the texts (a change of clean_query re-encodes)."""
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:12]
    path = CACHE / f"{name}.{len(texts)}.{digest}.npy"
    if path.exists():
        return np.load(path).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    vecs = embed(texts, threads=1).astype(np.float16)
    np.save(path, vecs)
    return vecs.astype(np.float32)  # as read back next time: the first run and later ones give the same figures


def load(data: Path = DATA):
    checks = load_verified_claims(data / "verified_claims.docs.tsv")
    claim_vecs = cached("vclaim", [c.claim for c in checks])
    title_vecs = cached("title", [c.title or c.claim for c in checks])
    splits = {}
    for split in ("train", "dev"):
        queries = read_queries(data / split / "tweets.queries.tsv")
        qvecs = cached(f"{split}-queries", [clean_query(t) for _, t in queries])
        sents = [sentences(clean_query(t)) for _, t in queries]
        flat = cached(f"{split}-sentences", [x for ss in sents for x in ss])
        ends = np.cumsum([len(ss) for ss in sents])
        # as FactcheckIndex.search does: a query's sentences count only when it has several
        svecs = [flat[e - len(ss) : e] if len(ss) > 1 else None for ss, e in zip(sents, ends)]
        splits[split] = (queries, (qvecs, svecs), read_qrels(data / split / "tweet-vclaim-pairs.qrels"))
    return checks, claim_vecs, title_vecs, splits


def candidate_rows(index: FactcheckIndex, queries, qvecs, qrels):
    """Per query: (qid, candidate doc ids, features, labels)."""
    out = []
    for (qid, text), qvec, svec in zip(queries, *qvecs):
        query = clean_query(text)
        stage = index.first_stage(tokens(query), qvec, n=CANDIDATES)
        ids = [index.checks[i].id for i in stage["ids"]]
        x = index.features(query, qvec, stage, svec, year=tweet_year(text))
        y = np.asarray([1 if d in qrels.get(qid, set()) else 0 for d in ids])
        out.append((qid, ids, x, y))
    return out


def fit(rows) -> dict:
    x = np.vstack([r[2] for r in rows])
    y = np.concatenate([r[3] for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, class_weight="balanced", random_state=SEED)
    lr.fit((x - mean) / scale, y)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(), "intercept": float(lr.intercept_[0])}


def copies(key: dict[str, str], ids: list[str], y: np.ndarray) -> np.ndarray:
    """Candidates that are not gold but copies of a gold claim (``key``: id -> :func:`claim_key`): checked, not wrong."""
    gold = {key[d] for d, g in zip(ids, y) if g}
    return np.asarray([not g and key[d] in gold for d, g in zip(ids, y)], dtype=bool)


def fit_match(rows, weights: dict, key: dict[str, str]) -> dict:
    """The match-confidence model: gold candidates against each query's best-ranked wrong candidate (absolute features).

    A copy of the gold claim is not a wrong candidate: taken as one, it taught the model that word-for-word agreement
    with a fact-check speaks against a match.
    """
    ranker = FactcheckIndex([], ranker=weights)
    xs, ys = [], []
    for _, ids, x, y in rows:
        if y.any():
            xs.append(x[y == 1])
            ys.extend([1] * int(y.sum()))
        wrong = np.flatnonzero((y == 0) & ~copies(key, ids, y))
        if len(wrong):
            best = wrong[np.argmax(ranker.rerank_scores(x[wrong]))]
            xs.append(x[best : best + 1])
            ys.append(0)
    x = np.vstack(xs)[:, ABSOLUTE_COLUMNS]
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=C, max_iter=2000, random_state=SEED).fit((x - mean) / scale, np.asarray(ys))
    return {"features": list(ABSOLUTE), "mean": mean.tolist(), "scale": scale.tolist(), "coef": lr.coef_[0].tolist(),
            "intercept": float(lr.intercept_[0])}


def match_quality(rows, weights: dict, threshold: float, key: dict[str, str]) -> dict:
    """Dev precision/recall of "checked before" at ``threshold``: the best candidate with its gold present, and without.

    A copy of the gold claim counts as the gold.
    """
    ranker = FactcheckIndex([], ranker=weights)
    tp = fp = 0
    for _, ids, x, y in rows:
        y = y | copies(key, ids, y)
        s, conf = ranker.rerank_scores(x), ranker.match_confidence(x)
        j = int(np.argmax(s))
        if conf[j] >= threshold:
            tp, fp = tp + int(y[j] == 1), fp + int(y[j] == 0)
        wrong = np.flatnonzero(y == 0)
        if len(wrong):
            j = wrong[int(np.argmax(s[wrong]))]
            fp += int(conf[j] >= threshold)
    return {"precision": tp / max(tp + fp, 1), "recall": tp / max(len(rows), 1)}


def ranked(index: FactcheckIndex, rows, weights: dict | None) -> dict[str, list[str]]:
    runs = {}
    for qid, ids, x, _ in rows:
        if weights is None:
            runs[qid] = ids
            continue
        index.ranker = weights
        order = np.argsort(-index.rerank_scores(x), kind="stable")
        runs[qid] = [ids[j] for j in order]
    return runs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    checks, cv, tv, splits = load(args.data)
    index = FactcheckIndex(checks, claim_vecs=cv, title_vecs=tv, ranker={})
    train_q, train_v, train_rel = splits["train"]
    dev_q, dev_v, dev_rel = splits["dev"]
    train_rows = candidate_rows(index, train_q, train_v, train_rel)
    dev_rows = candidate_rows(index, dev_q, dev_v, dev_rel)
    recall = {s: float(np.mean([r[3].any() for r in rows])) for s, rows in (("train", train_rows), ("dev", dev_rows))}
    print(f"first stage recall@{CANDIDATES}: train {recall['train']:.3f} dev {recall['dev']:.3f}")

    folds = KFold(n_splits=5, shuffle=True, random_state=SEED)
    cv_runs: dict[str, list[str]] = {}
    for tr, te in folds.split(train_rows):
        w = fit([train_rows[i] for i in tr])
        cv_runs.update(ranked(index, [train_rows[i] for i in te], w))
    cv_metrics = retrieval_metrics(cv_runs, train_rel)
    first_dev = retrieval_metrics(ranked(index, dev_rows, None), dev_rel)
    first_train = retrieval_metrics(ranked(index, train_rows, None), train_rel)
    weights = fit(train_rows)
    key = {c.id: claim_key(c.claim) for c in checks}
    weights["match"] = fit_match(train_rows, weights, key)
    for t in (0.5, 0.7, 0.8, 0.9):
        q = match_quality(dev_rows, weights, t, key)
        print(f"checked-before at confidence >= {t}: dev precision {q['precision']:.3f} recall {q['recall']:.3f}")
    dev_metrics = retrieval_metrics(ranked(index, dev_rows, weights), dev_rel)
    print(f"first stage (BM25+MiniLM RRF): train MAP@5 {first_train['map@5']:.4f}  dev MAP@5 {first_dev['map@5']:.4f}")
    print(f"re-ranked: train 5-fold CV MAP@5 {cv_metrics['map@5']:.4f}  dev MAP@5 {dev_metrics['map@5']:.4f}")
    print("dev:", json.dumps({k: round(v, 4) for k, v in dev_metrics.items()}))
    model = {
        "model": "logistic regression over (query, fact-check) pair features",
        "features": list(FEATURES),
        **weights,
        "first_stage": {"bm25": "k1=1.2 b=0.75 over claim+title", "dense": "all-MiniLM-L6-v2 cosine to mean(claim, title)",
                        "fusion": "reciprocal rank, k=60", "candidates": CANDIDATES},
        "trained_on": "CheckThat! 2020 task 2 train (800 tweets, 10,375 verified claims)",
        "metrics": {"train_cv5_map@5": round(cv_metrics["map@5"], 4), "dev": {k: round(v, 4) for k, v in dev_metrics.items()},
                    "dev_first_stage_map@5": round(first_dev["map@5"], 4), f"dev_recall@{CANDIDATES}": round(recall["dev"], 4)},
        "seed": SEED,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
