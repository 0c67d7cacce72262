"""Fact-check retrieval: query cleaning (hashtags, handles, entities) and the shipped re-ranker's file (issue 16)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from claimscope.triage.factchecks import FactCheck
from claimscope.triage.retrieval import ABSOLUTE, BM25, FEATURES, MODEL_PATH, FactcheckIndex
from claimscope.triage.text import clean_query, split_words, tokens, tweet_year, years

ROOT = Path(__file__).resolve().parents[1]


def test_split_words_of_hashtags_and_handles():
    assert split_words("FreeIran2020") == "Free Iran 2020"
    assert split_words("realDonaldTrump") == "real Donald Trump"
    assert split_words("NYCMayor") == "NYC Mayor"
    assert split_words("Hanif_Jazayeri") == "Hanif Jazayeri"
    assert split_words("janedoe") == "janedoe"  # no boundary to see: left whole


def test_clean_query_splits_tags_and_handles_glued_to_links():
    q = clean_query(
        "As the #IranProtests have shown, @realDonaldTrump &amp; friends #FreeIran2020pic.twitter.com/uB3zOG5EKA "
        "— M. Hanif Jazayeri (@HanifJazayeri) January 5, 2020"
    )
    assert "Iran Protests" in q and "real Donald Trump & friends" in q and "Free Iran 2020" in q
    assert "pic.twitter" not in q and "January" not in q and "#" not in q and "@" not in q
    assert q.endswith("— M. Hanif Jazayeri (Hanif Jazayeri)")  # the author stays: fact-checks name speakers


def test_split_hashtag_words_reach_bm25():
    """A hashtag's words match a fact-check's words, where the glued tag matched nothing."""
    bm = BM25([tokens("Iranian protests spread"), tokens("A free concert in Iran")])
    assert bm.scores(tokens(clean_query("#IranProtests"))).max() > 0
    assert bm.scores(tokens("IranProtests")).max() == 0


def test_shipped_ranker_matches_the_feature_list():
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert model["features"] == list(FEATURES)
    assert len(model["coef"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURES)
    assert model["match"]["features"] == list(ABSOLUTE) and len(model["match"]["coef"]) == len(ABSOLUTE)
    assert all(s > 0 for s in model["scale"])


def _same_vector(texts):
    """One vector for every text, so the cosine says nothing and BM25 decides."""
    out = np.zeros((len(texts), 8), dtype=np.float32)
    out[:, 0] = 1.0
    return out


def test_search_uses_the_cleaned_tweet():
    """A tweet whose only link to its fact-check is a hashtag finds it once the tag is split."""

    checks = [
        FactCheck(id="1", claim="Minecraft is shutting down in 2020.", title="Is Minecraft Shutting Down?"),
        FactCheck(id="2", claim="A photograph shows a flooded airport runway.", title="Flooded Runway"),
    ]
    index = FactcheckIndex(checks, embed=_same_vector)
    tweet = "so sad pic.twitter.com/x #MinecraftShutdown — fan (@fan) January 2, 2020"
    first = index.search(tweet, k=2, rerank=False)  # the fused first stage: BM25 decides
    assert first[0].check.id == "1" and first[0].bm25 > 0 and first[1].bm25 == 0


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_triage", ROOT / "bench" / "triage.py")
    if spec is None or not (ROOT / "training" / "train_checkworthiness.py").exists():
        pytest.skip("bench/ or training/ not in this checkout")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "training"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "training"))
    return module


def test_duplicate_merged_metric_counts_a_copy_of_the_gold_as_a_hit():
    bench = _load_bench()
    checks = [
        FactCheck(id="a", claim='Alexa plays a "creepy laugh."'),
        FactCheck(id="b", claim="Alexa plays a 'creepy laugh.'"),
        FactCheck(id="c", claim="Something else."),
    ]
    qrels = {"q": {"a"}}
    assert bench.collapsed({"q": ["b", "a", "c"]}, qrels, checks)["map@5"] == 1.0
    assert bench.collapsed({"q": ["c", "b"]}, qrels, checks)["map@5"] == 0.5


def test_tweet_year_and_years():
    assert tweet_year("Wow — Jane Doe (@janedoe) May 1, 2020") == 2020
    assert tweet_year("No trailer here, 2020.") is None
    assert years("In June 2018, Ivanka Trump ... not 12018 nor 1066") == {2018}


def test_year_shared_feature_marks_the_fact_check_writing_the_tweets_year():
    checks = [
        FactCheck(id="1", claim="In February 2017, a sitcom star died of a heart attack.", title="Sitcom star dead?"),
        FactCheck(id="2", claim="In 2012, a sitcom star died of a heart attack.", title="Sitcom star dead?"),
    ]
    index = FactcheckIndex(checks, embed=_same_vector)
    query = "RIP sitcom star, heart attack"
    stage = index.first_stage(tokens(query), _same_vector([query])[0])
    col = FEATURES.index("year_shared")
    with_year = dict(zip(stage["ids"], index.features(query, _same_vector([query])[0], stage, year=2017)[:, col]))
    assert with_year == {0: 1.0, 1: 0.0}
    assert not index.features(query, _same_vector([query])[0], stage)[:, col].any()  # no date: no signal
