"""FNC-1's score, as its ``scorer.py`` computes it, and per-class and macro F1.

FNC-1 weighting (``score_submission``): +0.25 for a correct ``unrelated``; +0.25 when gold and
prediction are both related (any of agree, disagree, discuss); +0.75 more when a related label is
exactly right.  The maximum is ``0.25 * n_unrelated + 1.0 * n_related`` (``score_defaults``); the
competition reported the score as a percentage of that maximum (``relative``).
"""

from __future__ import annotations

from typing import Sequence

from claimscope.vocab import STANCES

LABELS = STANCES  # agree, disagree, discuss, unrelated (claimscope.vocab)
RELATED = LABELS[:3]


def fnc_score(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Raw score, max, null (all unrelated) and relative score (percent of max), as scorer.py."""
    score = 0.0
    for g, t in zip(gold, pred, strict=True):
        if g == t:
            score += 0.25
            if g != "unrelated":
                score += 0.50
        if g in RELATED and t in RELATED:
            score += 0.25
    n_unrelated = sum(g == "unrelated" for g in gold)
    null = 0.25 * n_unrelated
    best = null + (len(gold) - n_unrelated)
    return {"score": score, "max": best, "null": null, "relative": 100.0 * score / best if best else 0.0}


def confusion(gold: Sequence[str], pred: Sequence[str]) -> list[list[int]]:
    cm = [[0] * len(LABELS) for _ in LABELS]
    for g, t in zip(gold, pred, strict=True):
        cm[LABELS.index(g)][LABELS.index(t)] += 1
    return cm


def per_class_f1(gold: Sequence[str], pred: Sequence[str]) -> dict[str, float]:
    out = {}
    for label in LABELS:
        tp = sum(g == label and t == label for g, t in zip(gold, pred))
        fp = sum(g != label and t == label for g, t in zip(gold, pred))
        fn = sum(g == label and t != label for g, t in zip(gold, pred))
        out[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def metrics(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """FNC-1 score (relative, raw, max), macro-F1 over the four classes, per-class F1, accuracy, n."""
    fnc = fnc_score(gold, pred)
    f1 = per_class_f1(gold, pred)
    return {
        "fnc_relative": fnc["relative"], "fnc_score": fnc["score"], "fnc_max": fnc["max"],
        "macro_f1": sum(f1.values()) / len(f1), "f1": f1,
        "accuracy": sum(g == t for g, t in zip(gold, pred)) / len(gold) if gold else 0.0, "n": len(gold),
    }
