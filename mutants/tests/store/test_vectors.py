"""Claim matching through the stored vectors and the usearch index (all-MiniLM-L6-v2, offline)."""

from __future__ import annotations

import numpy as np
import pytest

from claimscope.store import Store
from claimscope.store.vectors import DIM, MODEL_NAME, VectorIndex, backfill, report_vectors, search_text, similar_claims

from .conftest import make_report


@pytest.fixture
def indexed(store, three_reports):
    dicts = [r.to_dict() for r in three_reports]
    store.write(dicts, vectors=[report_vectors(d) for d in dicts], vector_model=MODEL_NAME, vector_dim=DIM)
    return store


def test_vectors_search_matches_paraphrase_not_the_other_side(indexed):
    found = search_text(indexed, "Ukraine says 14,000 Russian troops killed", k=3)
    by_outlet = {r["outlet"]: r for r in found}
    assert by_outlet["Euro Dispatch"]["same_claim"]  # "Kyiv's armed forces ... over 14,000 Kremlin servicemen died"
    assert by_outlet["Kyiv Ledger"]["same_claim"]
    assert not by_outlet["Moscow Courier"]["same_claim"]  # "Russian Defence Ministry ... 500"
    assert found[-1]["outlet"] == "Moscow Courier"


def test_vectors_search_for_the_other_claim_finds_it_first(indexed):
    found = search_text(indexed, "Russia says 500 killed", k=3)
    assert found[0]["outlet"] == "Moscow Courier" and found[0]["same_claim"]
    assert [r["same_claim"] for r in found[1:]] == [False, False]


def test_vectors_similar_excludes_the_claim_itself(indexed):
    (ua,) = [r for r in search_text(indexed, "14,000 Russian troops killed", k=3) if r["outlet"] == "Kyiv Ledger"]
    similar = similar_claims(indexed, ua["claim_id"], k=5)
    assert [r["outlet"] for r in similar] == ["Euro Dispatch"]


def test_vectors_index_follows_updates(indexed, three_reports, tmp_path):
    index = VectorIndex(indexed).sync()
    assert len(index) == 3
    # Re-ingest one article with --update: its claim gets a new id; the index must not keep the old one.
    changed = three_reports[1].model_copy(deep=True)
    changed.article.outlet = "Moscow Courier (updated)"
    d = changed.to_dict()
    indexed.write([d], vectors=[report_vectors(d)], vector_model=MODEL_NAME, vector_dim=DIM, update=True)
    again = VectorIndex(indexed).sync()
    assert len(again) == 3
    found = search_text(indexed, "Russia says 500 killed", k=3, index=again)
    assert found[0]["outlet"] == "Moscow Courier (updated)"


def test_vectors_backfill_embeds_claims_stored_without_vectors(store, three_reports):
    store.write(three_reports)
    assert store.status()["vectors"] == 0
    assert backfill(store) == 3
    assert backfill(store) == 0
    blob_lengths = {len(b) for b in report_vectors(three_reports[0].to_dict())}
    assert blob_lengths == {DIM * 2}  # float16


def test_vectors_index_file_is_reused(tmp_path, three_reports):
    store = Store(f"sqlite:///{tmp_path / 's.db'}")
    dicts = [r.to_dict() for r in three_reports]
    store.write(dicts, vectors=[report_vectors(d) for d in dicts], vector_model=MODEL_NAME, vector_dim=DIM)
    VectorIndex(store).sync()
    assert store.index_path.exists()
    index = VectorIndex(store).sync()
    assert index.meta["count"] == 3
    vec = np.frombuffer(report_vectors(dicts[0])[0], dtype=np.float16)
    assert index.nearest(vec, 1)[0][1] > 0.99
