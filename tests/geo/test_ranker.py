"""Tests of the learned candidate ranker (claimscope.geo.ranker) and its wiring in the gazetteer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from claimscope.geo.gazetteer import Context, Entry, load_gazetteer
from claimscope.geo.ranker import FEATURE_NAMES, PlaceRanker, features, load_ranker
from claimscope.geo.scoring import score

SMALL = Entry(1, "Paris", "city", "US", "TX", 33.66, -95.56, 25000)
BIG = Entry(2, "Paris", "city", "FR", "11", 48.85, 2.35, 2_100_000)
CANDS = [(BIG, True), (SMALL, True)]
TEXAS = Context(hint_country="US", hint_admin1=("US", "TX"))


def _ranker(**weights):
    w = np.zeros(len(FEATURE_NAMES))
    for name, value in weights.items():
        w[FEATURE_NAMES.index(name)] = value
    return PlaceRanker(w, np.zeros(len(w)), np.ones(len(w)))


def test_features_one_row_per_candidate():
    x = features(CANDS, TEXAS)
    assert x.shape == (2, len(FEATURE_NAMES))
    row = dict(zip(FEATURE_NAMES, x[1]))
    assert row["rule_score"] == pytest.approx(score(SMALL, True, TEXAS))
    assert row["hint_fits"] == 1.0 and row["rule_top"] == 1.0 and row["most_populous"] == 0.0
    assert dict(zip(FEATURE_NAMES, x[0]))["hint_misses"] == 1.0


def test_neighbour_features():
    near_texas = Context(neighbours=((33.6, -95.5, "US"), (48.0, 2.0, "FR"), (33.0, -96.0, "US")))
    small, big = (dict(zip(FEATURE_NAMES, r)) for r in features([(SMALL, True), (BIG, True)], near_texas))
    assert small["neighbours_near"] == pytest.approx(2 / 3) and small["neighbours_same_country"] == pytest.approx(2 / 3)
    assert big["near_neighbour"] == 1.0 and big["neighbours_near"] == pytest.approx(1 / 3)
    assert features(CANDS, Context())[0][FEATURE_NAMES.index("no_neighbours")] == 1.0


def test_ranker_with_the_rule_score_alone_ranks_like_the_rules():
    gaz = load_gazetteer()
    saved = gaz.ranker
    try:
        gaz.ranker = None
        rules = gaz.resolve("Paris", TEXAS).entry
        gaz.ranker = _ranker(rule_score=1.0)
        assert gaz.resolve("Paris", TEXAS).entry == rules
        gaz.ranker = _ranker(log_population=1.0)  # a model that only looks at population
        assert gaz.resolve("Paris", TEXAS).entry.country == "FR"
    finally:
        gaz.ranker = saved


def test_json_round_trip_and_feature_check():
    r = _ranker(rule_score=1.0, primary_name=0.5)
    back = PlaceRanker.from_json(r.to_json())
    assert back.scores(CANDS, TEXAS) == pytest.approx(r.scores(CANDS, TEXAS))
    data = r.to_json()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError):
        PlaceRanker.from_json(data)


def test_shipped_model_is_used_only_if_it_beat_the_rules():
    shipped = load_ranker()
    assert shipped is not None and len(shipped.w) == len(FEATURE_NAMES)
    meta = shipped.meta
    won = all(
        meta[m][k] >= meta[r][k] for m, r in (("model_cv", "rules_cv"), ("model_heldout", "rules_heldout")) for k in ("accuracy_161km", "exact_id")
    )
    assert shipped.use == (won and (meta["model_cv"] != meta["rules_cv"]) and (meta["model_heldout"] != meta["rules_heldout"]))
    assert (load_gazetteer().ranker is not None) == shipped.use


def _training():
    path = Path(__file__).resolve().parents[2] / "training" / "train_place_ranker.py"
    spec = importlib.util.spec_from_file_location("train_place_ranker", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_is_the_rules_under_a_strong_penalty_and_learns_under_a_weak_one():
    train = _training()
    # Synthetic groups: the rules prefer the first candidate, the right one is the more populous second.
    groups = []
    for i in range(40):
        x = np.zeros((2, len(FEATURE_NAMES)))
        x[0, FEATURE_NAMES.index("rule_score")] = 5.0 + i % 3
        x[1, FEATURE_NAMES.index("rule_score")] = 4.0 + i % 3
        x[1, FEATURE_NAMES.index("log_population")] = 6.0
        x[0, FEATURE_NAMES.index("log_population")] = 4.0 + (i % 2)
        groups.append((i, x, np.array([0.0, 1.0])))
    strong = train.fit(groups, 1e6)
    weak = train.fit(groups, 0.01)
    xs = [(x - strong.mean) / strong.scale for _, x, _ in groups]
    assert all(np.argmax(x @ strong.w) == 0 for x in xs)  # the rules' choice
    assert all(np.argmax(((x * strong.scale + strong.mean - weak.mean) / weak.scale) @ weak.w) == 1 for x in xs)
