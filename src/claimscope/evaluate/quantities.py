"""Measure the quantity tagger on sentences annotated with their quantities, by CQE's scoring rules.

A file is a JSON list of ``{"text": sentence, "quantities": [{"value": "14000" or "5000-6000",
"change": "= ~ > < up down", "unit": unit or "-", "referred_concepts": what is counted or "-"}]}``.
CQE's own files (``../shared/data/quantities/cqe-units``) carry ``normalized_unit`` instead of
``unit`` and no change; both are read.  An item may carry ``"split": "dev" | "test"``: the figures
are then printed for the test part first, then dev, then all.

Scoring (CQE's): predicted and gold quantities of a sentence are matched one to one by value
(a range matches a range with the same bounds); a matched pair then counts for value+unit and
value+change when those agree too.  Each score is an F1 over all predicted and all gold
quantities.  Units agree when ``domain.units.same_unit`` says so ("km" = "kilometres" =
"kilometre", "$" = "dollar" = "USD", "houses" = "house"); a gold "-" or "count" (files that do
not name count nouns) agrees with no unit and with any counted noun.  A prediction without a
unit that counts a noun is given that noun as its unit ("12 survivors" -> "survivor").
Concepts: *partial* when the predicted and gold phrases share a content word, *complete* when
their content words are the same.  ``sentences_per_s`` times the whole pipeline (parse
included) in one process.

``run`` on a directory scores every ``*.json`` in it (value and value+unit F1 per file).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Optional

from claimscope.domain.units import canonical_unit, is_count_unit, same_unit
from claimscope.pipeline import build_nlp

_STOP = frozenset("the a an of in on at to for and or its their his her this that these those".split())
_NO_UNIT = ("-", "count")


def _parse_value(value) -> Optional[tuple[float, float]]:
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
    """A unit in the one vocabulary (``domain.units.canonical_unit``)."""
    return canonical_unit(u)


def gold_unit(g: dict) -> str:
    return _unit(g.get("unit", g.get("normalized_unit")))


def unit_agrees(gold: str, pred: str) -> bool:
    """Whether a predicted unit agrees with a gold one (both canonical)."""
    if gold in _NO_UNIT:
        return pred in _NO_UNIT or is_count_unit(pred)
    return same_unit(gold, pred)


def _words(text: Optional[str]) -> frozenset[str]:
    if not text or text.strip() == "-":
        return frozenset()
    words = re.findall(r"[a-z0-9]+", text.lower())
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _STOP)


def predicted(q) -> dict:
    """A predicted quantity (types.Quantity) in the gold format, its unit canonical."""
    if q.low is not None and q.high is not None and q.low != q.high:
        value: Optional[tuple[float, float]] = (q.low, q.high)
    else:
        x = next((v for v in (q.value, q.low, q.high) if v is not None), None)
        value = (x, x) if x is not None else None
    unit = _unit(q.unit)
    if unit == "-" and q.entity:
        unit = _unit(q.entity.split()[-1])
    return {"value": value, "change": q.change, "unit": unit, "concept": q.entity or q.measure}


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
            tp["value_unit"] += unit_agrees(gold_unit(g), p["unit"])
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


_FIRST = ("value_f1", "value_unit_f1", "value_change_f1")


def _ordered(metrics: dict) -> dict:
    """The figures that matter first: value, value+unit, value+change F1, then the rest."""
    return {**{k: metrics[k] for k in _FIRST}, **{k: v for k, v in metrics.items() if k not in _FIRST}}


def predict(data: list[dict], nlp=None) -> tuple[list[list[dict]], float]:
    """Predicted quantities of every item, and the seconds the pipeline took."""
    if nlp is None:
        nlp = build_nlp(components=("claimscope_quantities",))
    t0 = time.perf_counter()
    docs = list(nlp.pipe([item["text"] for item in data], batch_size=64))
    elapsed = time.perf_counter() - t0
    return [[predicted(q) for q in (doc._.quantities or [])] for doc in docs], elapsed


def run(file: Path, *, nlp=None, errors: Optional[list] = None, split: Optional[str] = None) -> dict:
    """Score the quantity tagger on ``file`` (or every ``*.json`` in a directory); flat name -> value metrics.

    Args:
        file: the JSON list of annotated sentences, or a directory of them.
        nlp: a pipeline with ``claimscope_quantities`` (default: the base model plus it).
        errors: if given, receives ``(text, gold, predicted)`` of every sentence whose values, units or changes
            are not all right.
        split: score only the items of this split ("dev" or "test").
    """
    path = Path(file)
    if path.is_dir():
        nlp = nlp or build_nlp(components=("claimscope_quantities",))
        out: dict = {}
        for f in sorted(path.glob("*.json")):
            m = run(f, nlp=nlp)
            out.update({f"{f.stem}.{k}": m[k] for k in ("sentences", "gold_quantities", "value_f1", "value_unit_f1")})
        return out
    data = json.loads(path.read_text(encoding="utf-8"))
    if split is not None:
        data = [item for item in data if item.get("split") == split]
    pred_items, elapsed = predict(data, nlp)
    gold_items = [item.get("quantities", []) for item in data]
    out = _ordered(score(gold_items, pred_items))
    out["sentences_per_s"] = round(len(data) / elapsed, 1) if elapsed else 0.0
    if split is None and any("split" in item for item in data):
        parts: dict = {}
        for name in ("test", "dev"):
            idx = [i for i, item in enumerate(data) if item.get("split") == name]
            m = _ordered(score([gold_items[i] for i in idx], [pred_items[i] for i in idx]))
            parts.update({f"{name}.{k}": v for k, v in m.items()})
        out = {**parts, **{f"all.{k}": v for k, v in out.items()}}
    if errors is not None:
        for item, g, p in zip(data, gold_items, pred_items):
            s = score([g], [p])
            if (g or p) and min(s["value_f1"], s["value_unit_f1"], s["value_change_f1"]) < 1.0:
                errors.append((item["text"], g, p))
    return out
