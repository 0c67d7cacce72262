"""Train the count classifier of claimscope_quantities (does a number phrase count or measure something?).

Usage:
    OMP_NUM_THREADS=1 .venv/bin/python training/train_quantities.py [--folds 5] [--write]

Data: the DEV part of ``bench/data/quantities_news.json`` only (the test part is never read here).
Every number phrase the reader finds is a candidate, with the rules' verdict (``_not_a_count``)
among its features (``extract/quantities/classifier.py``); its label is whether its value is one of
the gold quantities' values (or bounds) in that sentence.  Logistic regression (sklearn, L2).

Steps:
1. parse the dev sentences once with the base pipeline;
2. k-fold cross-validation grouped by document: for each fold, train on the others and measure the
   value / value+unit / value+change F1 of the whole tagger on the held-out fold, with the rules
   alone and with rules + model (``evaluate.quantities.score``);
3. print both, fold by fold and pooled;
4. with ``--write``, train on all dev sentences and write ``src/claimscope/models/quantities/
   count_classifier.json`` (weights by feature name, intercept, threshold).  Ship it only when the
   pooled cross-validated value F1 is higher than the rules'.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from claimscope.evaluate.quantities import _parse_value, predicted, score
from claimscope.extract.quantities.classifier import MODEL_PATH, features, use_model
from claimscope.extract.quantities.numbers import _not_a_count, _number_runs, _read_run
from claimscope.extract.quantities.reader import _read_mixed_fraction, find_quantities
from claimscope.extract.quantities.tables import _MARKUP, _PHONE
from claimscope.pipeline import build_nlp

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data" / "quantities_news.json"
OUT = ROOT / "src" / "claimscope" / MODEL_PATH


def candidates(doc, gold: list[dict]) -> list[tuple[dict, int]]:
    """(features, label) of every number phrase of a parsed sentence."""
    text = doc.text
    spans = [m.span() for m in _PHONE.finditer(text)] + [m.span() for m in _MARKUP.finditer(text)]
    values = set()
    for g in gold:
        v = _parse_value(g["value"])
        if v:
            values.update(v)
    out = []
    for sent in doc.sents:
        for run in _number_runs(sent):
            num = _read_run(run)
            if num is None:
                continue
            reason = _not_a_count(doc, num, spans)
            f = features(doc, num, reason)
            _read_mixed_fraction(doc, num)
            label = int(num.value is not None and any(abs(num.value - v) <= 1e-6 * max(1, abs(v)) for v in values))
            out.append((f, label))
    return out


def fit(rows: list[tuple[dict, int]], c: float) -> dict:
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in rows])
    y = [label for _, label in rows]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) > 1e-4}
    return {"weights": weights, "intercept": round(float(clf.intercept_[0]), 5), "threshold": 0.5}


def tagger_scores(docs, golds, model) -> dict:
    use_model(model)
    pred = [[predicted(q) for q in find_quantities(doc)] for doc in docs]
    use_model(None, shipped=True)
    return score(golds, pred)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    data = [item for item in json.loads(DATA.read_text(encoding="utf-8")) if item["split"] == "dev"]
    nlp = build_nlp(components=())
    docs = list(nlp.pipe([item["text"] for item in data], batch_size=64))
    golds = [item["quantities"] for item in data]
    cands = [candidates(doc, g) for doc, g in zip(docs, golds)]
    fold_of = [int(hashlib.sha1(item["id"].split("#")[0].encode()).hexdigest(), 16) % args.folds for item in data]
    pooled = {"rules": ([], []), "model": ([], [])}
    for k in range(args.folds):
        train = [r for i, rows in enumerate(cands) if fold_of[i] != k for r in rows]
        held = [i for i in range(len(data)) if fold_of[i] == k]
        model = fit(train, args.c)
        for name, m in (("rules", None), ("model", model)):
            use_model(m)
            pred = [[predicted(q) for q in find_quantities(docs[i])] for i in held]
            use_model(None, shipped=True)
            pooled[name][0].extend(golds[i] for i in held)
            pooled[name][1].extend(pred)
            s = score([golds[i] for i in held], pred)
            print(f"fold {k} {name:5s} value_f1={s['value_f1']} value_unit_f1={s['value_unit_f1']} value_change_f1={s['value_change_f1']}")
    for name, (g, p) in pooled.items():
        s = score(g, p)
        print(f"pooled {name:5s} value_f1={s['value_f1']} value_unit_f1={s['value_unit_f1']} value_change_f1={s['value_change_f1']}")
    if args.write:
        model = fit([r for rows in cands for r in rows], args.c)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(model, indent=0, sort_keys=True), encoding="utf-8")
        print(f"wrote {OUT} ({len(model['weights'])} weights)")


if __name__ == "__main__":
    main()
