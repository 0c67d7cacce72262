"""Measure the quantity tagger on sentences annotated with their quantities.

The file is a JSON list of ``{"text": sentence, "quantities": [{"value":
"14000" or "5000-6000", "change": "= ~ > < up down", "unit": normalized unit
or "-", "referred_concepts": what is counted or "-"}]}``.  Predicted and gold
quantities of a sentence are matched one to one by value; a matched pair then
counts for value+unit, value+change and concept when those agree too.  Each
score is an F1 over all predicted and all gold quantities.

Units are compared after normalization through ``data/units.en.txt`` (so
"percent" and "%" agree).  Concepts: *partial* when the predicted and gold
phrases share a content word, *complete* when their content words are the
same.  ``sentences_per_s`` times the whole pipeline (parse included) in one
process.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Optional

from claimscope.extract.quantities.tables import units
from claimscope.pipeline import build_nlp

_STOP = frozenset("the a an of in on at to for and or its their his her this that these those".split())


def _parse_value(value: str) -> Optional[tuple[float, float]]:
    value = str(value).strip().replace(",", "")
    m = re.fullmatch(r"(-?[\d.]+(?:e[+-]?\d+)?)\s*-\s*(-?[\d.]+(?:e[+-]?\d+)?)", value)
    try:
        if m:
            return float(m.group(1)), float(m.group(2))
        x = float(value)
        return x, x
    except ValueError:
        return None


def _same(a: Optional[tuple[float, float]], b: Optional[tuple[float, float]]) -> bool:
    if a is None or b is None:
        return False
    return all(abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y)) for x, y in zip(a, b))


def _unit(u: Optional[str]) -> str:
    if u is None or u.strip() in ("", "-"):
        return "-"
    key = u.strip().lower()
    return units().get(key, key).lower()


def _words(text: Optional[str]) -> frozenset[str]:
    if not text or text.strip() == "-":
        return frozenset()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP)


def predicted(q) -> dict:
    """A predicted quantity (types.Quantity) in the gold format."""
    if q.low is not None and q.high is not None and q.low != q.high:
        value = (q.low, q.high)
    else:
        value = (q.value, q.value)
    return {
        "value": value,
        "change": q.change,
        "unit": _unit(q.unit),
        "concept": q.entity or q.measure,
    }


def score(gold_items: list[list[dict]], pred_items: list[list[dict]]) -> dict:
    """F1 of values, value+unit, value+change and concepts over matched pairs."""
    n_gold = sum(len(g) for g in gold_items)
    n_pred = sum(len(p) for p in pred_items)
    tp = {"value": 0, "value_unit": 0, "value_change": 0, "concept_partial": 0, "concept_complete": 0}
    for gold, pred in zip(gold_items, pred_items):
        free = list(range(len(pred)))
        for g in gold:
            gv = _parse_value(g["value"])
            match = next((j for j in free if _same(gv, pred[j]["value"])), None)
            if match is None:
                continue
            free.remove(match)
            p = pred[match]
            tp["value"] += 1
            tp["value_unit"] += _unit(g.get("unit")) == p["unit"]
            tp["value_change"] += (g.get("change") or "=") == p["change"]
            gw, pw = _words(g.get("referred_concepts")), _words(p["concept"])
            if not gw:
                tp["concept_partial"] += not pw
                tp["concept_complete"] += not pw
            else:
                tp["concept_partial"] += bool(gw & pw)
                tp["concept_complete"] += gw == pw
    out: dict = {"sentences": len(gold_items), "gold_quantities": n_gold, "predicted_quantities": n_pred}
    for name, k in tp.items():
        precision = k / n_pred if n_pred else 0.0
        recall = k / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[f"{name}_p"] = round(precision, 4)
        out[f"{name}_r"] = round(recall, 4)
        out[f"{name}_f1"] = round(f1, 4)
    return out


def run(file: Path, *, nlp=None, errors: Optional[list] = None) -> dict:
    """Score the quantity tagger on ``file``; returns flat name -> value metrics.

    Args:
        file: the JSON list of annotated sentences.
        nlp: a pipeline with ``claimscope_quantities`` (default: the base model plus it).
        errors: if given, receives ``(text, gold, predicted)`` of every sentence that is not perfect.
    """

    data = json.loads(Path(file).read_text(encoding="utf-8"))
    if nlp is None:
        nlp = build_nlp(components=("claimscope_quantities",))
    texts = [item["text"] for item in data]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    elapsed = time.perf_counter() - t0
    gold_items = [item.get("quantities", []) for item in data]
    pred_items = [[predicted(q) for q in (doc._.quantities or [])] for doc in docs]
    out = score(gold_items, pred_items)
    out["sentences_per_s"] = round(len(texts) / elapsed, 1) if elapsed else 0.0
    if errors is not None:
        for text, g, p in zip(texts, gold_items, pred_items):
            if score([g], [p])["concept_partial_f1"] < 1.0 or score([g], [p])["value_change_f1"] < 1.0 or score([g], [p])["value_unit_f1"] < 1.0:
                if g or p:
                    errors.append((text, g, p))
    return out
