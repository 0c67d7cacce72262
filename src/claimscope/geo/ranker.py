"""A learned candidate ranker: a conditional logit over candidate features, the rule score among them.

The rules of :func:`claimscope.geo.scoring.score` order the candidates of a
name by hand-set weights.  :class:`PlaceRanker` scores each candidate by a
linear function of :func:`features` (the rule score itself, population, kind,
name match, the appositive, the article's countries and states, nearness to
its certain places, the feature word...) whose weights were fitted on
GeoWebNews by ``training/train_place_ranker.py`` (5-fold cross-validation by
article, the frozen held-out articles never seen), and shipped as
``geo/data/place_ranker.json``.  Inference is numpy only.

Whether the gazetteer uses it is decided by the model file's ``use`` flag,
which the training script sets only when the model beats the rules both by
cross-validation and on the held-out split (see docs/places.md, "Learned
ranker").
"""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Optional, Sequence

import numpy as np

from claimscope.geo.records import Context, Entry, normalize
from claimscope.geo.scoring import GENERIC_REGION_WORDS, NEAR_ANCHOR_KM, fits, km, score, share

RANKER_FILE = "place_ranker.json"
KIND_NAMES = ("country", "continent", "us_state", "admin1", "admin2", "city", "feature")
FEATURE_NAMES = (
    "rule_score", "log_population", *(f"kind_{k}" for k in KIND_NAMES), "primary_name", "hint_fits", "hint_misses",
    "article_country_share", "article_state", "near_anchor", "anchor_distance", "no_anchors", "feature_match",
    "feature_mismatch", "has_id", "most_populous", "rule_margin", "rule_top", "relative_population",
    "generic_region", "log_candidates", "near_neighbour", "neighbour_distance", "neighbours_near",
    "neighbours_same_country", "no_neighbours",
)
_WANTED = {"settlement": ("city",), "region": ("us_state", "admin1", "admin2", "feature"), "country": ("country",)}


def features(cands: Sequence[tuple[Entry, bool]], context: Context) -> np.ndarray:
    """One row of :data:`FEATURE_NAMES` per candidate."""
    rules = [score(e, p, context) for e, p in cands]
    pops = [math.log10(e.population + 10) for e, _ in cands]
    top_pop = max(pops)
    top_rule, second_rule = (sorted(rules, reverse=True) + [max(rules)])[:2]
    hint = bool(context.hint_admin1 or context.hint_country)
    rows = []
    for (e, primary), rule, pop in zip(cands, rules, pops):
        fit = hint and fits(e, context)
        dist = min((km(e.lat, e.lon, a, b) for a, b in context.anchors), default=None)
        row = [
            rule, pop, *(float(e.kind == k) for k in KIND_NAMES), float(primary), float(fit), float(hint and not fit),
            share(context.countries, e.country) if e.country in context.countries else 0.0,
            float((e.country, e.admin1) in context.states),
            float(dist is not None and dist <= NEAR_ANCHOR_KM),
            math.log1p(dist) / 10.0 if dist is not None else 0.0,
            float(dist is None),
            float(bool(context.feature) and e.kind in _WANTED[context.feature]),
            float(bool(context.feature) and e.kind not in _WANTED[context.feature]),
            float(e.geonameid is not None), float(pop == top_pop), rule - (second_rule if rule == top_rule else top_rule),
            float(rule == top_rule), pop - top_pop,
            float(e.kind == "admin1" and all(w in GENERIC_REGION_WORDS for w in normalize(e.name).split())),
            math.log(len(cands)),
        ]
        if context.neighbours:
            ds = [km(e.lat, e.lon, a, b) for a, b, _ in context.neighbours]
            n = len(ds)
            row += [
                float(min(ds) <= NEAR_ANCHOR_KM), math.log1p(min(ds)) / 10.0, sum(d <= NEAR_ANCHOR_KM for d in ds) / n,
                sum(c == e.country for _, _, c in context.neighbours) / n, 0.0,
            ]
        else:
            row += [0.0, 0.0, 0.0, 0.0, 1.0]
        rows.append(row)
    return np.asarray(rows, dtype=float)


class PlaceRanker:
    """Linear scores over standardized features (weights, means and scales from the model file)."""

    def __init__(self, weights: Sequence[float], mean: Sequence[float], scale: Sequence[float], *, use: bool = True, meta: Optional[dict] = None):
        self.w = np.asarray(weights, dtype=float)
        self.mean = np.asarray(mean, dtype=float)
        self.scale = np.asarray(scale, dtype=float)
        self.use = use
        self.meta = meta or {}

    def scores(self, cands: Sequence[tuple[Entry, bool]], context: Context) -> list[float]:
        """A score per candidate (higher is better; their softmax is the confidence)."""
        x = (features(cands, context) - self.mean) / self.scale
        return (x @ self.w).tolist()

    def to_json(self) -> dict:
        return {
            "features": list(FEATURE_NAMES), "weights": self.w.round(6).tolist(), "mean": self.mean.round(6).tolist(),
            "scale": self.scale.round(6).tolist(), "use": self.use, **self.meta,
        }

    @classmethod
    def from_json(cls, data: dict) -> "PlaceRanker":
        if data.get("features") != list(FEATURE_NAMES):
            raise ValueError("place ranker features differ from claimscope.geo.ranker.FEATURE_NAMES: retrain it")
        meta = {k: v for k, v in data.items() if k not in ("features", "weights", "mean", "scale", "use")}
        return cls(data["weights"], data["mean"], data["scale"], use=bool(data.get("use")), meta=meta)


def load_ranker() -> Optional[PlaceRanker]:
    """The shipped ranker (``geo/data/place_ranker.json``), or None when there is none."""
    path = resources.files("claimscope.geo").joinpath("data", RANKER_FILE)
    if not path.is_file():
        return None
    return PlaceRanker.from_json(json.loads(path.read_text(encoding="utf-8")))
