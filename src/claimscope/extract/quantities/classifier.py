"""A learned check of the rules' verdict "this number is (not) a counted quantity".

The rules (``numbers._not_a_count``) decide first; a logistic regression over token features,
trained on the dev part of ``bench/data/quantities_news.json`` by ``training/train_quantities.py``
(k-fold cross-validation by document), may overturn the verdict.  The weights ship as JSON
(``models/quantities/count_classifier.json``) and are applied here in plain Python, so sklearn
is needed only to train.  Without the file the rules alone decide.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import Optional

from spacy.tokens import Doc

from claimscope.extract.quantities.numbers import _Number


MODEL_PATH = "models/quantities/count_classifier.json"


def _shape(text: str) -> str:
    s = re.sub(r"[0-9]", "d", text)
    s = re.sub(r"[a-z]+", "x", s)
    return re.sub(r"[A-Z]+", "X", s)[:8]


def features(doc: Doc, num: _Number, reason: Optional[str]) -> dict[str, float]:
    """Sparse features of one number phrase: the rules' reason, the words and tags around it."""
    first, last = doc[num.start], doc[num.end - 1]
    prev = doc[num.start - 1] if num.start > 0 else None
    prev2 = doc[num.start - 2] if num.start > 1 else None
    nxt = doc[num.end] if num.end < len(doc) else None
    nxt2 = doc[num.end + 1] if num.end + 1 < len(doc) else None
    f: dict[str, float] = {"bias": 1.0, f"reason={reason or 'kept'}": 1.0}
    f[f"shape={_shape(first.text)}"] = 1.0
    f[f"word={first.lower_}" if first.is_alpha else "word=<digits>"] = 1.0
    f[f"len={min(num.end - num.start, 3)}"] = 1.0
    v = num.value
    if v is not None:
        f["v<=1"] = float(v <= 1)
        f["v<=31"] = float(1 < v <= 31)
        f["v_yearlike"] = float(1900 <= v <= 2100 and v == int(v))
        f["v>=1000"] = float(v >= 1000)
    f["sent_start"] = float(first.is_sent_start)
    f[f"dep={first.dep_}"] = 1.0
    f[f"ent={first.ent_type_ or '-'}"] = 1.0
    f[f"head_pos={first.head.pos_}"] = 1.0
    for name, tok in (("p", prev), ("pp", prev2), ("n", nxt), ("nn", nxt2)):
        if tok is None:
            f[f"{name}=<none>"] = 1.0
            continue
        f[f"{name}_w={tok.lower_}"] = 1.0
        f[f"{name}_tag={tok.tag_}"] = 1.0
        f[f"{name}_title"] = float(tok.text[:1].isupper())
    if prev is not None and nxt is not None:
        f[f"p_n_tag={prev.tag_}|{nxt.tag_}"] = 1.0
    f["glued_prev"] = float(prev is not None and prev.idx + len(prev) == first.idx)
    f["glued_next"] = float(nxt is not None and last.idx + len(last) == nxt.idx)
    return f


@cache
def _model() -> Optional[dict]:
    try:
        text = resources.files("claimscope").joinpath(MODEL_PATH).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return None
    return json.loads(text)


def probability(f: dict[str, float], model: dict) -> float:
    """The model's probability that the number is a counted quantity."""
    w = model["weights"]
    z = model.get("intercept", 0.0) + sum(w.get(k, 0.0) * x for k, x in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_USE: dict = {}  # {"model": dict or None} while training or measuring overrides the shipped model


def use_model(model: Optional[dict], *, shipped: bool = False) -> None:
    """Decide with ``model`` (None: the rules alone); ``shipped=True`` goes back to the shipped file."""
    _USE.clear()
    if not shipped:
        _USE["model"] = model


def is_quantity(doc: Doc, num: _Number, reason: Optional[str]) -> bool:
    """The final verdict: the model's when it ships, else the rules' (``reason is None``)."""
    model = _USE["model"] if "model" in _USE else _model()
    if model is None:
        return reason is None
    return probability(features(doc, num, reason), model) >= model.get("threshold", 0.5)
