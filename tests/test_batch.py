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


# -- issue 12: never crash, never stall, never lose a record --------------------------------


def test_batch_analyze_many_retries_one_by_one_so_only_the_bad_article_fails(nlp, monkeypatch):
    from claimscope import model
    from claimscope.core import analyze_many

    pipe = nlp.get_pipe("claimscope_claims")
    real = pipe.find

    def exploding(doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("a component broke on this one")
        return real(doc)

    monkeypatch.setattr(pipe, "find", exploding)
    items = [ARTICLES[0], ArticleInput(id="bad", text="Officials said EXPLODE 5 people died."), ARTICLES[1], ARTICLES[2]]
    results = list(analyze_many(items, nlp=nlp, batch_size=16))
    assert [type(r).__name__ for r in results] == ["Report", "ErrorRecord", "Report", "Report"]
    assert results[1].id == "bad" and results[1].error["kind"] == "internal" and "RuntimeError" in results[1].error["message"]
    assert [r.article.id for r in results if isinstance(r, model.Report)] == ["a", "b", "c"]


def test_batch_analyze_many_yields_one_result_per_item_whatever_it_is(nlp):
    from claimscope.core import analyze_many

    items = [
        {"text": "Officials said 500 people died.", "id": 7, "title": "\ud800", "unknown": 1},
        None,
        42,
        {"id": "no-text"},
        InputError("e", ClaimscopeError("json", "bad line")),
        ArticleInput(text="Officials said 3 died.", id=["x"]),
        "Officials said 9 people died.",
    ]
    results = list(analyze_many(items, nlp=nlp))
    assert len(results) == len(items)
    assert [type(r).__name__ for r in results] == ["Report", "ErrorRecord", "ErrorRecord", "ErrorRecord", "ErrorRecord", "ErrorRecord", "Report"]
    assert results[0].article.id == "7" and results[0].article.title == "\ufffd"
    for r in results:
        json.loads(r.model_dump_json(by_alias=True))


def test_batch_an_article_over_its_work_budget_is_a_too_complex_record(nlp, monkeypatch):
    import claimscope
    from claimscope import core

    monkeypatch.setattr(core, "BUDGET_BASE_S", 0.0)
    monkeypatch.setattr(core, "BUDGET_PER_TOKEN_S", 0.0)
    results = list(core.analyze_many(ARTICLES[:2], nlp=nlp))
    assert [r.error["kind"] for r in results] == ["too_complex", "too_complex"]
    assert "E017" in results[0].error["message"]
    with pytest.raises(ClaimscopeError) as info:
        claimscope.analyze("Officials said 500 people died.", nlp=nlp)
    assert info.value.kind == "too_complex"


def test_batch_an_article_over_the_token_cap_is_too_complex_before_any_work(nlp, monkeypatch):
    from claimscope import core

    monkeypatch.setattr(core, "MAX_TOKENS", 20)
    [short, long] = core.analyze_many([ARTICLES[0], ArticleInput(id="long", text="Officials said 5 died. " * 10)], nlp=nlp)
    assert short.article.id == "a"
    assert long.id == "long" and long.error["kind"] == "too_complex" and "E023" in long.error["message"]


def test_batch_text_over_the_pipeline_max_length_is_a_coded_error(nlp, monkeypatch):
    from claimscope.core import make_doc

    monkeypatch.setattr(nlp, "max_length", 100)
    with pytest.raises(ClaimscopeError) as info:
        make_doc(nlp, "Officials said. " * 10)
    assert info.value.kind == "too_large" and "E016" in info.value.message


def test_batch_long_runs_are_tokenized_in_linear_time_with_true_offsets(nlp):
    import time

    from claimscope.core import MAX_RUN, make_doc

    text = "Officials said " + "!" * 30_000 + " 500 killed. " + "x" * 200 + " https://example.com/a"
    start = time.perf_counter()
    doc = make_doc(nlp, text)
    assert time.perf_counter() - start < 5  # 119 s for the whole analysis before (issue 12), most of it here
    assert doc.text == text and max(len(t) for t in doc) <= max(MAX_RUN, len("https://example.com/a"))
    assert [t.text for t in make_doc(nlp, "Officials said 500 people died.")] == [t.text for t in nlp.make_doc("Officials said 500 people died.")]


def test_batch_sentence_guard_splits_only_overlong_stretches(nlp):
    from claimscope.extract.sentence_guard import MAX_SENTENCE_TOKENS, find_forced_starts

    assert find_forced_starts(["He", "said", "."] * 100) == []  # real sentence ends: untouched
    words = ["word"] * 600
    words[240] = ","
    assert find_forced_starts(words) == [241, 491]  # after the comma near the limit, then at the limit
    assert find_forced_starts(["!"] * 1000, 250) == [250, 500, 750]  # a run of "!" is one end, not 1000
    doc = nlp("He said that " * 400)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    normal = "Ukraine's military said that 14,000 Russian troops had been killed. Moscow denied it."
    with nlp.select_pipes(disable=["claimscope_sentence_guard"]):
        unguarded = [s.text for s in nlp(normal).sents]
    assert [s.text for s in nlp(normal).sents] == unguarded


def test_batch_local_cluster_listens_on_loopback_only():
    import ipaddress

    import psutil

    from claimscope.batch import make_client

    client = make_client(workers=1, processes=False)
    try:
        listening = [c.laddr.ip for c in psutil.Process().net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
        assert listening and all(ipaddress.ip_address(ip).is_loopback for ip in listening)
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()


def test_batch_a_success_clears_only_the_failures_of_the_same_input(nlp, store, tmp_path):
    path = tmp_path / "m.jsonl"
    good = json.dumps({"id": "x", "text": ARTICLES[0].text})
    path.write_text(json.dumps({"id": "x", "text": ""}) + "\n" + good + "\n", encoding="utf-8")
    summary = ingest([path], store, workers=0, vectors=False)
    assert (summary.added, summary.failed) == (1, 1)
    [failure] = store.failures()  # line 1 failed; line 2, the same id, succeeded: line 1's failure stays
    assert failure["item_id"] == "x" and failure["kind"] == "empty" and "m.jsonl:1]" in failure["message"]
    path.write_text(json.dumps({"id": "x", "text": ARTICLES[1].text}) + "\n" + good + "\n", encoding="utf-8")
    summary = ingest([path], store, workers=0, vectors=False)  # line 1 fixed
    assert (summary.added, summary.skipped) == (1, 1) and store.failures() == []


def test_batch_a_chunk_that_dies_in_process_is_recorded_article_by_article(store, monkeypatch):
    import claimscope.batch as batch

    def dying(chunk, **kwargs):
        raise MemoryError("worker ran out")

    monkeypatch.setattr(batch, "analyze_chunk", dying)
    summary = ingest(items=ARTICLES, store=store, workers=0, vectors=False, chunk_size=2)
    assert summary.failed == 3 and {f["kind"] for f in store.failures()} == {"worker"}
