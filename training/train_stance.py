"""Train the stance model (claimscope/models/stance/stance.npz and stance.json.gz) on FNC-1.

    OMP_NUM_THREADS=1 .venv/bin/python training/train_stance.py --claim-cv --arc-cv   # the shipped model
    OMP_NUM_THREADS=1 .venv/bin/python training/train_stance.py --limit-bodies 250 --no-write   # a quick try

Reads ../shared/data/stance/fnc-1/{train_stances,train_bodies}.csv.  A development split is frozen by
body: a body is dev when md5("fnc-body:<Body ID>") mod 100 < 20 (every pair of a dev body is dev).
On the other bodies (train): 5-fold cross-validation grouped by body (GroupKFold over body ids, so
pairs sharing a body stay in one fold) and, with --claim-cv, 5-fold CV grouped by claim (new claims);
the decision threshold and class biases are tuned on the out-of-fold predictions (of both CVs); the
model is then fitted on all train bodies, written, and scored once on dev.  Also scores ARC
(../shared/data/stance/arc: trained on FNC, tested on ARC's training file; --arc-cv: CV on ARC).
Deterministic (fixed seeds); 5-9 minutes on one core.  Prints every figure docs/stance.md gives.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claimscope.stance.features import FEATURES, Idf, lexical_terms, pair_features, read_headline
from claimscope.stance.io import read_bodies, read_stances
from claimscope.stance.predict import ARRAYS, META, MODEL_DIR, StanceModel
from claimscope.stance.scoring import LABELS, RELATED, metrics
from claimscope.stance.text import read_body, tokens

ROOT = Path(__file__).resolve().parent.parent
FNC = ROOT.parent / "shared" / "data" / "stance" / "fnc-1"
ARC = ROOT.parent / "shared" / "data" / "stance" / "arc"
SEED = 15
FOLDS = 5
DEV_PERCENT = 20
MIN_DF = 3
LR_C = 2.0
GB = dict(learning_rate=0.08, max_iter=300, max_leaf_nodes=31, min_samples_leaf=20, l2_regularization=1.0,
          early_stopping=True, validation_fraction=0.1, n_iter_no_change=20)
# Stage-2 sample weights: inverse class frequency to this power (1 = fully balanced).
WEIGHT_POWER = 1.0


def is_dev(body_id: str) -> bool:
    return int(hashlib.md5(f"fnc-body:{body_id}".encode()).hexdigest(), 16) % 100 < DEV_PERCENT


def fit_idf(texts: list[str]) -> Idf:
    df: Counter = Counter()
    for t in texts:
        df.update(set(tokens(t)))
    n = len(texts)
    table = {w: round(math.log((1 + n) / (1 + c)) + 1.0, 4) for w, c in df.items() if c >= 2}
    return Idf(table, round(math.log((1 + n) / 2) + 1.0, 4))


HEADLINE_TERMS = True  # --no-headline-terms sets it: the lexical model then never sees the headline's words


def featurize(rows: list[dict], bodies: dict[str, str], idf: Idf):
    read = {bid: read_body(text) for bid, text in bodies.items()}
    heads: dict[str, object] = {}
    X = np.zeros((len(rows), len(FEATURES)), dtype=np.float32)
    terms = []
    for i, r in enumerate(rows):
        h = heads.get(r["Headline"])
        if h is None:
            h = heads[r["Headline"]] = read_headline(r["Headline"], idf)
        body = read[r["Body ID"]]
        X[i], rel = pair_features(h, body, idf)
        terms.append(lexical_terms(h, body, rel, HEADLINE_TERMS))
    return X, terms


def vocabulary(term_lists) -> list[str]:
    df: Counter = Counter()
    for t in term_lists:
        df.update(t)
    return sorted(t for t, c in df.items() if c >= MIN_DF)


def term_matrix(term_lists, index: dict[str, int]):
    rows, cols, vals = [], [], []
    for r, terms in enumerate(term_lists):
        ids = sorted({index[t] for t in terms if t in index})
        if ids:
            v = 1.0 / math.sqrt(len(ids))
            rows.extend([r] * len(ids))
            cols.extend(ids)
            vals.extend([v] * len(ids))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(term_lists), len(index)))


def class_weights(y: np.ndarray) -> np.ndarray:
    counts = np.bincount(y, minlength=3).astype(float)
    w = (counts.sum() / np.maximum(counts, 1)) ** WEIGHT_POWER
    return w[y] / w[y].mean()


def fit_lexical(terms, y, vocab=None):
    vocab = vocab or vocabulary(terms)
    index = {t: i for i, t in enumerate(vocab)}
    lr = LogisticRegression(C=LR_C, class_weight="balanced", max_iter=2000, random_state=SEED)
    lr.fit(term_matrix(terms, index), y)
    return vocab, index, lr


def lexical_oof(terms, y, groups) -> np.ndarray:
    """Out-of-fold lexical probabilities (3 inner folds by body), the stage-2 input for training."""
    out = np.zeros((len(y), 3))
    for tr, te in GroupKFold(n_splits=3).split(y, y, groups):
        _, index, lr = fit_lexical([terms[i] for i in tr], y[tr])
        out[te] = lr.predict_proba(term_matrix([terms[i] for i in te], index))
    return out


def fit_all(X, terms, labels, groups):
    """Stage 1 on all pairs, stage 2 on the related ones; returns the fitted pieces."""
    y1 = np.array([lab != "unrelated" for lab in labels], dtype=int)
    rel = np.flatnonzero(y1)
    stage1 = HistGradientBoostingClassifier(random_state=SEED, **GB).fit(X, y1)
    y2 = np.array([RELATED.index(labels[i]) for i in rel])
    t2 = [terms[i] for i in rel]
    lex = lexical_oof(t2, y2, groups[rel])
    stage2 = HistGradientBoostingClassifier(random_state=SEED, **GB)
    stage2.fit(np.hstack([X[rel], lex.astype(np.float32)]), y2, sample_weight=class_weights(y2))
    vocab, index, lr = fit_lexical(t2, y2)
    return stage1, stage2, vocab, lr


def export_trees(model: HistGradientBoostingClassifier, prefix: str) -> dict:
    feats, thr, left, right, val, leaf, miss, roots, tclass = [], [], [], [], [], [], [], [], []
    offset = 0
    depth = 0
    for iteration in model._predictors:
        for c, tree in enumerate(iteration):
            nodes = tree.nodes
            roots.append(offset)
            tclass.append(c)
            feats.append(nodes["feature_idx"])
            thr.append(nodes["num_threshold"])
            left.append(nodes["left"] + offset)
            right.append(nodes["right"] + offset)
            val.append(nodes["value"])
            leaf.append(nodes["is_leaf"])
            miss.append(nodes["missing_go_to_left"])
            depth = max(depth, int(nodes["depth"].max()))
            offset += len(nodes)
    baseline = np.asarray(model._baseline_prediction, dtype=np.float64).ravel()
    return {
        f"{prefix}feature": np.concatenate(feats).astype(np.int16), f"{prefix}threshold": np.concatenate(thr),
        f"{prefix}left": np.concatenate(left).astype(np.int32), f"{prefix}right": np.concatenate(right).astype(np.int32),
        f"{prefix}value": np.concatenate(val).astype(np.float32), f"{prefix}leaf": np.concatenate(leaf).astype(bool),
        f"{prefix}missing_left": np.concatenate(miss).astype(bool), f"{prefix}roots": np.array(roots, np.int32),
        f"{prefix}tree_class": np.array(tclass, np.int16), f"{prefix}baseline": baseline,
        f"{prefix}depth": np.array(depth + 1),
    }


def pack(stage1, stage2, vocab, lr, idf: Idf, threshold: float, bias, figures: dict):
    arrays = {**export_trees(stage1, "rel_"), **export_trees(stage2, "st_")}
    arrays["lr_coef"] = lr.coef_.astype(np.float32)
    arrays["lr_intercept"] = lr.intercept_.astype(np.float64)
    meta = {
        "features": list(FEATURES), "idf": idf.table, "idf_default": idf.default, "vocab": vocab,
        "threshold": threshold, "headline_terms": HEADLINE_TERMS, "bias": [float(b) for b in bias], "labels": list(LABELS), "figures": figures,
    }
    return arrays, meta


def probabilities(stage1, stage2, lr, vocab, X, terms) -> np.ndarray:
    index = {t: i for i, t in enumerate(vocab)}
    p_rel = stage1.predict_proba(X)[:, 1]
    lex = lr.predict_proba(term_matrix(terms, index))
    p_st = stage2.predict_proba(np.hstack([X, lex.astype(np.float32)]))
    return np.hstack([p_rel[:, None] * p_st, (1 - p_rel)[:, None]])


def decide(probs, threshold, bias) -> list[str]:
    p_rel = 1 - probs[:, 3]
    st = np.log(np.clip(probs[:, :3] / np.maximum(p_rel, 1e-12)[:, None], 1e-12, None)) + np.asarray(bias)
    labels = [RELATED[i] for i in st.argmax(axis=1)]
    return [lab if pr >= threshold else "unrelated" for lab, pr in zip(labels, p_rel)]


def objective(m: dict) -> float:
    # The targets, each as a fraction of its target: FNC 83, macro-F1 0.65, disagree 0.35.
    return min(m["fnc_relative"] / 83, m["macro_f1"] / 0.65, m["f1"]["disagree"] / 0.35) + 0.1 * m["macro_f1"]


def _fast_objective(gold: np.ndarray, probs: np.ndarray, t: float, bias) -> float:
    """:func:`objective` from a numpy confusion matrix (the grid below scores hundreds of settings)."""
    p_rel = 1 - probs[:, 3]
    st = np.log(np.clip(probs[:, :3] / np.maximum(p_rel, 1e-12)[:, None], 1e-12, None)) + np.asarray(bias)
    pred = np.where(p_rel >= t, st.argmax(axis=1), 3)
    cm = np.bincount(gold * 4 + pred, minlength=16).reshape(4, 4).astype(float)
    tp = np.diag(cm)
    f1 = np.where(tp > 0, 2 * tp / np.maximum(cm.sum(0) + cm.sum(1), 1), 0.0)
    n_rel = cm[:3].sum()
    score = 0.25 * tp[3] + 0.25 * cm[:3, :3].sum() + 0.75 * tp[:3].sum()
    fnc = 100 * score / (0.25 * cm[3].sum() + n_rel)
    return min(fnc / 83, f1.mean() / 0.65, f1[1] / 0.35) + 0.1 * f1.mean()


def tune(sets) -> tuple[float, list[float]]:
    """Threshold on P(related) and biases on agree/disagree, best on average over (probs, gold) sets."""
    coded = [(np.array([LABELS.index(g) for g in gold]), probs) for probs, gold in sets]
    best = (-1.0, 0.5, [0.0, 0.0, 0.0])
    for t in np.arange(0.2, 0.651, 0.05):
        for b_agree in np.arange(-0.8, 0.41, 0.2):
            for b_dis in np.arange(-0.8, 1.21, 0.2):
                bias = [round(float(b_agree), 2), round(float(b_dis), 2), 0.0]
                score = float(np.mean([_fast_objective(g, p, t, bias) for g, p in coded]))
                if score > best[0] + 1e-12:
                    best = (score, round(float(t), 2), bias)
    return best[1], best[2]


def show(name: str, m: dict) -> None:
    f1 = " ".join(f"{k}={v:.3f}" for k, v in m["f1"].items())
    print(f"{name}: FNC {m['fnc_relative']:.2f} ({m['fnc_score']:.2f}/{m['fnc_max']:.2f})  macro-F1 {m['macro_f1']:.3f}  "
          f"acc {m['accuracy']:.3f}  n {m['n']}  F1 {f1}", flush=True)


def rounded(m: dict) -> dict:
    return {k: (round(v, 6) if isinstance(v, float) else ({a: round(b, 6) for a, b in v.items()} if isinstance(v, dict) else v))
            for k, v in m.items() if k not in ("fnc_score", "fnc_max")}


def claims_of(rows: list[dict]) -> np.ndarray:
    """A claim id per pair: connected components of headlines and bodies joined by related pairs.

    FNC-1 pairs each claim's headlines with its own bodies (related) and with random others
    (unrelated); a pair gets the claim of its body, so folds by claim hold out whole claims, as
    FNC-1's test set did (new claims, new bodies)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for r in rows:
        if r["Stance"] != "unrelated":
            parent[find("h:" + r["Headline"])] = find("b:" + r["Body ID"])
    ids: dict[str, int] = {}
    return np.array([ids.setdefault(find("b:" + r["Body ID"]), len(ids)) for r in rows])


def cross_validate(X, terms, labels, groups, t0: float) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by body (GroupKFold: deterministic)."""
    oof = np.zeros((len(labels), 4))
    for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(X, labels, groups)):
        s1, s2, vocab, lr = fit_all(X[tr], [terms[i] for i in tr], [labels[i] for i in tr], groups[tr])
        oof[te] = probabilities(s1, s2, lr, vocab, X[te], [terms[i] for i in te])
        print(f"fold {k + 1}: {time.time() - t0:.0f} s", flush=True)
    return oof


def arc_cross_validation(arc: Path, t0: float) -> dict:
    """ARC on its own: 5-fold CV by body with the same features and models (idf from ARC)."""
    rows = read_stances(arc / "arc_stances_train.csv")
    bodies = read_bodies(arc / "arc_bodies.csv")
    idf = fit_idf(list(bodies.values()) + sorted({r["Headline"] for r in rows}))
    X, terms = featurize(rows, bodies, idf)
    labels = [r["Stance"] for r in rows]
    oof = cross_validate(X, terms, labels, np.array([int(r["Body ID"]) for r in rows]), t0)
    threshold, bias = tune([(oof, labels)])
    m = metrics(labels, decide(oof, threshold, bias))
    show(f"ARC train, {FOLDS}-fold CV by body (trained on ARC; threshold and biases tuned on the same folds)", m)
    return rounded(m)


def main(argv=None) -> int:
    global HEADLINE_TERMS, WEIGHT_POWER
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fnc", type=Path, default=FNC)
    ap.add_argument("--arc", type=Path, default=ARC)
    ap.add_argument("--limit-bodies", type=int, default=None, help="Develop on the first N train bodies only.")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--arc-cv", action="store_true", help="Also cross-validate on ARC alone (about 3 more minutes).")
    ap.add_argument("--claim-cv", action="store_true", help="Also cross-validate by claim (new claims; about 5 more minutes).")
    ap.add_argument("--no-headline-terms", action="store_true", help="Lexical model without the headline's words.")
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help="Where to write the model.")
    ap.add_argument("--weight-power", type=float, default=WEIGHT_POWER)
    ap.add_argument("--save-oof", type=Path, default=None, help="Save out-of-fold and dev probabilities (npz).")
    args = ap.parse_args(argv)
    HEADLINE_TERMS = not args.no_headline_terms
    WEIGHT_POWER = args.weight_power
    t0 = time.time()
    rows = read_stances(args.fnc / "train_stances.csv")
    bodies = read_bodies(args.fnc / "train_bodies.csv")
    train_ids = sorted({r["Body ID"] for r in rows if not is_dev(r["Body ID"])}, key=int)
    if args.limit_bodies:
        train_ids = train_ids[: args.limit_bodies]
    keep = set(train_ids)
    train = [r for r in rows if r["Body ID"] in keep]
    dev = [r for r in rows if is_dev(r["Body ID"])]
    print(f"FNC-1: {len(rows)} pairs; train {len(train)} pairs / {len(keep)} bodies; dev {len(dev)} pairs / "
          f"{len({r['Body ID'] for r in dev})} bodies", flush=True)
    idf = fit_idf([bodies[b] for b in train_ids] + sorted({r["Headline"] for r in train}))
    X, terms = featurize(train, bodies, idf)
    labels = [r["Stance"] for r in train]
    groups = np.array([int(r["Body ID"]) for r in train])
    print(f"features: {time.time() - t0:.0f} s", flush=True)

    oof = cross_validate(X, terms, labels, groups, t0)
    sets = [(oof, labels)]
    if args.claim_cv:
        oof_c = cross_validate(X, terms, labels, claims_of(train), t0)
        sets.append((oof_c, labels))
    threshold, bias = tune(sets)
    print(f"tuned on out-of-fold predictions ({'body and claim folds' if args.claim_cv else 'body folds'}): "
          f"threshold {threshold}, bias agree/disagree/discuss {bias}")
    cv = metrics(labels, decide(oof, threshold, bias))
    show(f"CV ({FOLDS} folds by body)", cv)

    s1, s2, vocab, lr = fit_all(X, terms, labels, groups)
    Xd, terms_d = featurize(dev, bodies, idf)
    dev_gold = [r["Stance"] for r in dev]
    dev_probs = probabilities(s1, s2, lr, vocab, Xd, terms_d)
    dev_pred = decide(dev_probs, threshold, bias)
    dev_m = metrics(dev_gold, dev_pred)
    show("dev (frozen, 20% of bodies)", dev_m)
    if args.save_oof:
        np.savez(args.save_oof, oof=oof, oof_claim=oof_c if args.claim_cv else oof, dev=dev_probs,
                 labels=np.array(labels), dev_gold=np.array(dev_gold))
    seen = {r["Headline"] for r in train}
    unseen = [i for i, r in enumerate(dev) if r["Headline"] not in seen]
    unseen_m = metrics([dev_gold[i] for i in unseen], [dev_pred[i] for i in unseen])
    show("dev, headlines never seen in train", unseen_m)
    figures = {"cv": rounded(cv), "dev": rounded(dev_m), "dev_unseen_headlines": rounded(unseen_m)}
    if args.claim_cv:
        claim_m = metrics(labels, decide(oof_c, threshold, bias))
        show(f"CV ({FOLDS} folds by claim: new claims)", claim_m)
        figures["cv_by_claim"] = rounded(claim_m)

    arrays, meta = pack(s1, s2, vocab, lr, idf, threshold, bias, figures)
    model = StanceModel(arrays, meta)
    read = {}
    pairs = [(r["Headline"], read.setdefault(r["Body ID"], read_body(bodies[r["Body ID"]]))) for r in dev]
    numpy_labels = model.decide(model.probabilities(*model.rows(pairs)[:2]))
    agree = np.mean([a == b for a, b in zip(numpy_labels, dev_pred)])
    print(f"numpy inference agrees with scikit-learn on {agree:.4f} of dev pairs")

    if (args.arc / "arc_stances_train.csv").exists():
        arc_rows = read_stances(args.arc / "arc_stances_train.csv")
        arc_bodies = read_bodies(args.arc / "arc_bodies.csv")
        read = {bid: read_body(t) for bid, t in arc_bodies.items()}
        arc_pred = [p.label for p in model.predict_many([(r["Headline"], read[r["Body ID"]]) for r in arc_rows], explain=False)]
        arc_m = metrics([r["Stance"] for r in arc_rows], arc_pred)
        show("ARC train (model trained on FNC-1)", arc_m)
        meta["figures"]["arc_from_fnc"] = rounded(arc_m)
        if args.arc_cv:
            meta["figures"]["arc_cv"] = arc_cross_validation(args.arc, t0)

    if not args.no_write:
        args.out.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(args.out / ARRAYS, **arrays)
        with gzip.open(args.out / META, "wt", encoding="utf-8", compresslevel=9) as fh:
            json.dump(meta, fh, separators=(",", ":"))
        print(f"wrote {args.out / ARRAYS} and {args.out / META}")
    print(f"total {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
