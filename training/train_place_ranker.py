"""Train claimscope's learned place-candidate ranker (``src/claimscope/geo/data/place_ranker.json``).

Data: GeoWebNews (``../shared/data/geoparsing/GeoWebNews.xml``), gold toponym
spans resolved as ``claimscope evaluate geoparsing --gold-spans`` does.  The
frozen held-out split (the last 50 articles,
``claimscope.evaluate.geoparsing.heldout``) is never trained on nor used to
choose anything; the other 150 articles are the development set.

1. Collect: resolve the development articles with the rules, recording for each
   gold toponym the last candidate list the gazetteer ranked for its name (the
   final pass) and the article context; a candidate is right when it has the
   gold GeoNames id (else, when no candidate has it, when it lies within 161 km
   of the gold point).
2. Model: a conditional logit (softmax over a name's candidates) on
   :func:`claimscope.geo.ranker.features`, standardized, with an L2 penalty
   towards the rules (the weights that reproduce the rule score), so the model
   is the rules plus learned corrections; fitted with scipy's L-BFGS (training
   only; inference is numpy).  ``--drop`` leaves features out (the penalty is
   then towards 0 for a model without the rule score).
3. 5-fold cross-validation by article on the development set: for each fold the
   model is fitted on the other four and the fold's articles are resolved end to
   end with it; the pooled accuracy@161 km and exact id are compared with the
   rules' on the same articles.  The L2 strength is chosen by that figure.
4. The model fitted on all 150 development articles is evaluated once on the
   held-out split, against the rules there, and written with ``use`` true only
   if it beats the rules on both (accuracy@161 km not lower and exact id higher,
   or the reverse).

Usage::

    OMP_NUM_THREADS=1 python training/train_place_ranker.py [../shared/data/geoparsing/GeoWebNews.xml]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

import claimscope.geo.resolve as resolve_module
from claimscope.evaluate.geoparsing import ACCURACY_KM, HELDOUT_ARTICLES, evaluate_resolution, heldout, read_corpus
from claimscope.geo.gazetteer import load_gazetteer
from claimscope.geo.ranker import FEATURE_NAMES, RANKER_FILE, PlaceRanker, features
from claimscope.geo.records import normalize
from claimscope.geo.resolve import Mention, _clean, resolve_mentions
from claimscope.geo.scoring import km

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "geoparsing" / "GeoWebNews.xml"
OUT = ROOT / "src" / "claimscope" / "geo" / "data" / RANKER_FILE
FOLDS = 5
L2_GRID = (1.0, 10.0, 100.0)


def collect(articles, gazetteer) -> list[tuple[int, np.ndarray, np.ndarray]]:
    """``(article index, features, labels)`` per gold toponym whose final ranking had 2+ candidates and a right one."""
    current = {}
    calls = {}
    original_mention = resolve_module.resolve_mention
    original_rank = type(gazetteer).rank

    def resolve_mention(text, mention, gaz, **kw):
        current["key"] = (current["article"], mention.start, mention.end)
        current["name"] = normalize(_clean(text[mention.start : mention.end]))
        return original_mention(text, mention, gaz, **kw)

    def rank(cands, context):
        if len(cands) > 1 and current.get("resolving") == current.get("name"):
            calls[current["key"]] = (list(cands), context)  # the last call for the mention's own name wins
        return original_rank(gazetteer, cands, context)

    def naming(method):
        def wrapped(name, *a, **kw):
            outer = current.get("resolving")
            current["resolving"] = normalize(name)
            try:
                return method(name, *a, **kw)
            finally:
                current["resolving"] = outer
        return wrapped

    resolve_module.resolve_mention = resolve_mention
    gazetteer.rank = rank
    gazetteer.resolve = naming(gazetteer.resolve)
    gazetteer.resolve_more = naming(gazetteer.resolve_more)
    try:
        for ai, article in enumerate(articles):
            current["article"] = ai
            gold = [g for g in article.toponyms if g.lat is not None]
            resolve_mentions(article.text, [Mention(g.start, g.end) for g in gold], gazetteer)
    finally:
        resolve_module.resolve_mention = original_mention
        del gazetteer.rank, gazetteer.resolve, gazetteer.resolve_more
    groups = []
    for ai, article in enumerate(articles):
        for g in article.toponyms:
            found = calls.get((ai, g.start, g.end))
            if found is None or g.geonameid is None:
                continue
            cands, context = found
            y = np.array([e.geonameid == g.geonameid for e, _ in cands], dtype=float)
            if not y.any():
                y = np.array([km(g.lat, g.lon, e.lat, e.lon) <= ACCURACY_KM for e, _ in cands], dtype=float)
            if y.any() and not y.all():
                groups.append((ai, features(cands, context), y))
    return groups


def fit(groups, l2: float, drop: tuple[str, ...] = ()) -> PlaceRanker:
    """Conditional logit: maximize the log share of a name's right candidates, minus ``l2``/2 |w|^2.
    Features named in ``drop`` get weight 0 (to measure a model without the rules)."""
    cols = [FEATURE_NAMES.index(d) for d in drop]
    if cols:
        groups = [(a, x.copy(), y) for a, x, y in groups]
        for _, x, _ in groups:
            x[:, cols] = 0.0
    x_all = np.vstack([x for _, x, _ in groups])
    mean = x_all.mean(axis=0)
    scale = x_all.std(axis=0)
    scale[scale == 0] = 1.0
    xs = [((x - mean) / scale, y) for _, x, y in groups]

    # The prior is the rules: the rule score's weight that reproduces it (its scale), the others 0;
    # the penalty pulls towards that, so a strong L2 gives the rules back and a weak one corrects them.
    prior = np.zeros(x_all.shape[1])
    if "rule_score" not in drop:
        prior[FEATURE_NAMES.index("rule_score")] = scale[FEATURE_NAMES.index("rule_score")]

    def loss(w):
        total, grad = 0.5 * l2 * (w - prior) @ (w - prior), l2 * (w - prior)
        for x, y in xs:
            s = x @ w
            s = s - s.max()
            p = np.exp(s)
            p /= p.sum()
            py = p @ y
            total -= np.log(py + 1e-12)
            q = p * y / (py + 1e-12)  # the right candidates' posterior share
            grad = grad - (q - p) @ x
        return total, grad

    res = minimize(loss, prior.copy(), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    return PlaceRanker(res.x, mean, scale, use=True)


def counts(metrics: dict) -> tuple[int, int, int]:
    n = metrics["toponyms"]
    return n, round(metrics["accuracy_161km"] * n), round(metrics["exact_id"] * n)


def pooled(parts) -> dict:
    n = sum(p[0] for p in parts)
    return {"toponyms": n, "accuracy_161km": round(sum(p[1] for p in parts) / n, 4), "exact_id": round(sum(p[2] for p in parts) / n, 4)}


def beats(model: dict, rules: dict) -> bool:
    a = model["accuracy_161km"] - rules["accuracy_161km"]
    e = model["exact_id"] - rules["exact_id"]
    return a >= 0 and e >= 0 and (a > 0 or e > 0)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--drop", default="", help="comma-separated features to leave out (e.g. rule_score,rule_margin,rule_top)")
    args = parser.parse_args(argv)
    drop = tuple(d for d in args.drop.split(",") if d)
    articles = read_corpus(args.corpus)
    held = heldout(articles)
    dev = articles[: len(articles) - len(held)]
    gazetteer = load_gazetteer()
    # Collect with a ranker equal to the rules (weight 1 on the rule score), so that the contexts
    # carry what the ranker sees at run time (Context.neighbours) and the rules still decide.
    as_rules = np.zeros(len(FEATURE_NAMES))
    as_rules[FEATURE_NAMES.index("rule_score")] = 1.0
    gazetteer.ranker = PlaceRanker(as_rules, np.zeros(len(FEATURE_NAMES)), np.ones(len(FEATURE_NAMES)))
    groups = collect(dev, gazetteer)
    gazetteer.ranker = None
    print(f"development: {len(dev)} articles, {len(groups)} ambiguous gold toponyms with a right candidate; "
          f"held-out: {len(held)} articles (last {HELDOUT_ARTICLES}, never trained on)", file=sys.stderr)
    fold_of = {ai: ai % FOLDS for ai in range(len(dev))}
    fold_articles = [[a for ai, a in enumerate(dev) if fold_of[ai] == k] for k in range(FOLDS)]
    rules_parts = [counts(evaluate_resolution(fold_articles[k], gazetteer)) for k in range(FOLDS)]
    rules_cv = pooled(rules_parts)
    report = {"dropped_features": list(drop), "rules_cv": rules_cv, "cv": {}}
    best = None
    for l2 in L2_GRID:
        parts = []
        for k in range(FOLDS):
            gazetteer.ranker = fit([g for g in groups if fold_of[g[0]] != k], l2, drop)
            parts.append(counts(evaluate_resolution(fold_articles[k], gazetteer)))
        gazetteer.ranker = None
        cv = pooled(parts)
        report["cv"][str(l2)] = cv
        print(f"l2={l2}: CV {cv}  rules {rules_cv}", file=sys.stderr)
        if best is None or (cv["accuracy_161km"], cv["exact_id"]) > (report["cv"][str(best)]["accuracy_161km"], report["cv"][str(best)]["exact_id"]):
            best = l2
    model = fit(groups, best, drop)
    rules_held = evaluate_resolution(held, gazetteer)
    gazetteer.ranker = model
    model_held = evaluate_resolution(held, gazetteer)
    gazetteer.ranker = None
    keys = ("toponyms", "accuracy_161km", "exact_id")
    report.update({
        "l2": best, "model_cv": report["cv"][str(best)],
        "rules_heldout": {k: rules_held[k] for k in keys}, "model_heldout": {k: model_held[k] for k in keys},
    })
    model.use = beats(report["model_cv"], rules_cv) and beats(report["model_heldout"], report["rules_heldout"])
    model.meta = {"trained": date.today().isoformat(), "corpus": "GeoWebNews, first 150 articles (5-fold CV by article)", **report}
    args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in report.items()}, indent=1))
    print(f"wrote {args.out} (use: {model.use})", file=sys.stderr)


if __name__ == "__main__":
    main()
