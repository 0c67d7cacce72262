"""Train the check-worthiness model (claimscope/models/triage/checkworthiness.json).

    OMP_NUM_THREADS=1 .venv/bin/python training/train_checkworthiness.py

Reads the 19 labelled CLEF 2019 CheckThat! task 1 transcripts from
../shared/data/checkworthiness/clef2019-task1/training, prints leave-one-transcript-out MAP, R-precision and
P@10 (each transcript scored by a model fitted on the other 18), then fits on all 19 and writes the weights.
Deterministic (liblinear with a fixed seed), about a minute on one core.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from claimscope.triage.checkworthiness import (
    MODEL_PATH, SIGNALS, CheckworthinessModel, analyzer, ranking_metrics, read_transcript, signal_matrix,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "checkworthiness" / "clef2019-task1" / "training"
SEED = 13
C = 0.5
MIN_DF = 3


def fit(files: list[list[dict]]) -> dict:
    texts = [r["text"] for f in files for r in f]
    y = np.asarray([r["label"] for f in files for r in f])
    vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=MIN_DF, lowercase=False)
    x_text = vec.fit_transform(texts)
    sig = signal_matrix(texts)
    mean, scale = sig.mean(axis=0), sig.std(axis=0)
    scale[scale == 0] = 1.0
    x = sparse.hstack([x_text, sparse.csr_matrix((sig - mean) / scale)]).tocsr()
    lr = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", random_state=SEED, max_iter=2000)
    lr.fit(x, y)
    n_text = x_text.shape[1]
    vocab = [None] * n_text
    for term, j in vec.vocabulary_.items():
        vocab[j] = term
    coef = lr.coef_[0]
    return {
        "vocab": vocab, "idf": [round(float(v), 6) for v in vec.idf_],
        "coef_text": [round(float(v), 6) for v in coef[:n_text]], "signals": list(SIGNALS),
        "coef_signals": [float(v) for v in coef[n_text:]], "signal_mean": mean.tolist(), "signal_scale": scale.tolist(),
        "intercept": float(lr.intercept_[0]),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    paths = sorted(args.data.glob("*.tsv"))
    files = [read_transcript(p) for p in paths]
    per_file = []
    for i, held in enumerate(files):
        model = CheckworthinessModel(fit(files[:i] + files[i + 1 :]))
        per_file.append((model.scores([r["text"] for r in held]), [r["label"] for r in held]))
    loo = ranking_metrics(per_file)
    print(f"leave-one-transcript-out over {len(files)} transcripts: MAP {loo['map']:.4f}  "
          f"R-precision {loo['r_precision']:.4f}  P@10 {loo['p@10']:.4f}")
    weights = fit(files)
    weights = {
        "model": "logistic regression over TF-IDF (words and pairs) and claimscope's signals",
        **weights,
        "trained_on": f"CLEF 2019 CheckThat! task 1 training ({len(files)} transcripts, {sum(map(len, files))} lines)",
        "metrics": {"loo_map": round(loo["map"], 4), "loo_r_precision": round(loo["r_precision"], 4), "loo_p@10": round(loo["p@10"], 4)},
        "seed": SEED, "C": C, "min_df": MIN_DF,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(weights) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
