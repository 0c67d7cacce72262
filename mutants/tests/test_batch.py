"""Batch ingest: Dask in, store out; bad input reported item by item; interrupted runs resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimscope.batch import analyze_chunk, ingest, text_sha256
from claimscope.errors import ClaimscopeError
from claimscope.inputs import ArticleInput, InputError, iter_paths
from claimscope.store import Store

ARTICLES = [
    ArticleInput(id="a", outlet="Kyiv Ledger", published="2022-03-13", text="Ukraine's military said that 14,000 Russian troops had been killed."),
    ArticleInput(id="b", outlet="Moscow Courier", published="2022-03-02", text="The Russian Defence Ministry said that 498 servicemen had been killed."),
    ArticleInput(id="c", outlet="Euro Dispatch", published="2022-03-17", text="Doctors in Homel said the morgues were overflowing."),
]


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'b.db'}")
    yield s
    s.close()


def test_batch_analyze_chunk_moves_dicts(nlp):
    out = analyze_chunk([{"text": ARTICLES[0].text, "id": "a"}, {"text": "   ", "id": "blank"}], vectors=False)
    assert out[0]["report"]["article"]["id"] == "a" and out[0]["report"]["claims"]
    assert out[0].get("vectors") is None
    assert out[1]["id"] == "blank" and out[1]["error"] == {"kind": "empty", "message": out[1]["error"]["message"]}
    assert out[1]["sha256"] == text_sha256("   ")  # which input failed, for the store (failure_tag)


@pytest.mark.slow
def test_batch_ingest_on_a_local_dask_cluster(nlp, store):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0") as cluster:
        items = [*ARTICLES, ArticleInput(id="a-again", text=ARTICLES[0].text)]
        events = []
        summary = ingest(  # as `claimscope ingest --scheduler tcp://HOST:PORT` does
            items=items, store=store, scheduler=cluster.scheduler_address, vectors=False, chunk_size=2,
            on_progress=lambda e, i: events.append(e),
        )
    assert (summary.added, summary.skipped, summary.failed) == (3, 1, 0)
    assert sorted(events) == ["added", "added", "added", "skipped"]
    assert store.status()["articles"] == 3 and store.status()["claims"] >= 2


def test_batch_bad_input_loses_nothing_valid(nlp, store, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLES[0].text, encoding="utf-8")
    (corpus / "a-copy.txt").write_text(ARTICLES[0].text, encoding="utf-8")  # duplicate
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)  # not text
    (corpus / "z-deleted.txt").write_text(ARTICLES[2].text, encoding="utf-8")
    lines = [
        json.dumps({"id": "b", "text": ARTICLES[1].text, "outlet": "Moscow Courier"}),
        "",
        "{broken json",
        json.dumps({"id": "no-text", "title": "no text field"}),
        json.dumps({"id": "c", "text": ARTICLES[2].text}),
    ]
    (corpus / "m.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def deleting(items):
        for n, item in enumerate(items):
            if n == 0:
                (corpus / "z-deleted.txt").unlink()  # deleted after the directory was listed
            yield item

    summary = ingest(items=deleting(iter_paths([corpus])), store=store, workers=0, vectors=False)
    status = store.status()
    assert status["articles"] == 3  # a, b, c: every valid article
    assert summary.skipped == 1  # the copy of a
    kinds = {f["item_id"]: f["kind"] for f in store.failures()}
    assert kinds["image"] == "binary"
    assert kinds["z-deleted"] == "io"
    assert kinds["m:3"] == "json" and kinds["no-text"] == "json"  # broken line (by its line), line without text (by its id)
    assert status["failed"] == summary.failed == 4


def test_batch_interrupted_run_resumes_without_duplicates(nlp, store):
    def interrupted(items, after):
        for n, item in enumerate(items):
            if n == after:
                raise KeyboardInterrupt
            yield item

    articles = ARTICLES + [ArticleInput(id=f"{a.id}2", text=a.text.replace("said", "told reporters")) for a in ARTICLES]
    with pytest.raises(KeyboardInterrupt):
        ingest(items=interrupted(articles, 5), store=store, workers=0, vectors=False, chunk_size=1, write_batch=1)
    first = store.status()["articles"]
    assert 1 <= first <= 5
    summary = ingest(items=articles, store=store, workers=0, vectors=False)
    assert summary.skipped == first and summary.added == 6 - first
    assert store.status()["articles"] == 6


def test_batch_update_replaces(nlp, store):
    ingest(items=ARTICLES[:1], store=store, workers=0, vectors=False)
    summary = ingest(items=ARTICLES[:1], store=store, workers=0, vectors=False, update=True)
    assert summary.replaced == 1 and store.status()["articles"] == 1


def test_batch_records_input_errors(store):
    items = [InputError("gone", ClaimscopeError("io", "No such path: 'gone'."))]
    summary = ingest(items=items, store=store, workers=0)
    assert summary.failed == 1 and store.failures()[0]["item_id"] == "gone"
