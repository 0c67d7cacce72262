"""The web app and JSON API: analysis off the event loop, limits, pages, formats."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from claimscope import model
from claimscope.server import create_app

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(scope="module")
def client(nlp):
    with TestClient(create_app(nlp=nlp, workers=1, max_body_bytes=200_000)) as c:
        yield c


@pytest.fixture(scope="module")
def bare():
    """An app whose workers never start: for what is answered before any analysis."""
    with TestClient(create_app(max_body_bytes=1000, warm=False)) as c:
        yield c


def test_server_analyze_returns_the_report(client, example_text):
    r = client.post("/api/analyze", json={"text": example_text, "published": "2022-03-20", "id": "ex"})
    assert r.status_code == 200
    report = model.Report.model_validate(r.json())
    assert report.text == example_text and report.article.published == "2022-03-20"
    assert report.attributions and report.claims


@pytest.mark.parametrize("fmt,check", [
    ("html", lambda r: r.headers["content-type"].startswith("text/html") and 'class="claimscope"' in r.text),
    ("claimreview", lambda r: json.loads(r.text)[0]["@type"] == "ClaimReview"),
    ("webannotation", lambda r: json.loads(r.text)[0]["type"] == "Annotation"),
])
def test_server_analyze_formats(client, fmt, check):
    r = client.post(f"/api/analyze?format={fmt}", json={"text": "Officials said that 12 people died in Kherson."})
    assert r.status_code == 200 and check(r)


def test_server_bad_input_is_422_with_the_reason(client):
    r = client.post("/api/analyze", json={"text": "   "})
    assert r.status_code == 422
    assert r.json()["error"] == {"kind": "empty", "message": "[E002] The article holds only whitespace."}
    r = client.post("/api/analyze", json={"txt": "wrong field"})
    assert r.status_code == 422 and "text" in r.json()["error"]["message"]


def test_server_body_over_the_limit_is_413(bare):
    r = bare.post("/api/analyze", json={"text": "x " * 2000})
    assert r.status_code == 413
    err = r.json()["error"]
    assert err["kind"] == "too_large" and "over this server's limit of 1 KB" in err["message"]
    # a streamed body without Content-Length is cut off as well
    r = bare.post("/api/analyze/batch", content=(b'{"text": "word word"}\n' for _ in range(200)))
    assert r.status_code == 413


def test_server_time_limit_is_504(nlp, example_text):
    with TestClient(create_app(nlp=nlp, workers=1, timeout_s=0.001)) as c:
        r = c.post("/api/analyze", json={"text": example_text})
        for _ in range(600):  # let the job end: the pipeline is shared with the other tests' threads
            if c.get("/healthz").json()["running"] == 0:
                break
            time.sleep(0.1)
    assert r.status_code == 504
    assert "per-request limit" in r.json()["error"]["message"]


def test_server_too_many_waiting_is_503(nlp):
    with TestClient(create_app(nlp=nlp, workers=1, max_pending=0)) as c:
        r = c.post("/api/analyze", json={"text": "Officials said so."})
    assert r.status_code == 503 and r.headers["retry-after"] == "5"


def test_server_event_loop_answers_during_an_analysis(nlp, example_text):
    app = create_app(nlp=nlp, workers=1)

    async def scenario():
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                long_text = (example_text + "\n") * 6
                job = asyncio.create_task(c.post("/api/analyze", json={"text": long_text}))
                await asyncio.sleep(0.05)
                health = await c.get("/healthz")
                busy = health.json()["pending"]
                done = await job
                return health.status_code, busy, done.status_code

    status, pending, done = asyncio.run(scenario())
    assert status == 200 and pending == 1 and done == 200


def test_server_same_article_is_analyzed_once(nlp):
    app = create_app(nlp=nlp, workers=1)

    async def scenario():
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                body = {"text": "Officials said that 12 people died in Kherson.", "published": "2022-03-01"}
                first = await asyncio.gather(*[c.post("/api/analyze", json=body) for _ in range(5)])
                again = await c.post("/api/analyze", json=body)
                other = await c.post("/api/analyze", json={**body, "published": "2022-03-02"})
                jobs = (await c.get("/healthz")).json()["jobs"]
                return [r.json() for r in first] + [again.json()], other.json(), jobs

    same, other, jobs = asyncio.run(scenario())
    assert all(r == same[0] for r in same)
    assert other["article"]["published"] == "2022-03-02"
    assert jobs == 2


def test_server_batch_keeps_order_and_errors(client):
    body = b'{"id": "one", "text": "Officials said that 12 people died."}\nnot json\n{"id": "three", "text": ""}\n'
    r = client.post("/api/analyze/batch", content=body)
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert [x.get("id") or x["article"]["id"] for x in lines] == ["one", "batch:2", "three"]
    assert lines[0]["schema"] == "claimscope/1"
    assert lines[1]["error"]["kind"] == "json" and lines[2]["error"]["kind"] == "empty"


def test_server_form_paste_shows_the_report_page(client):
    text = "Officials said <script>alert(1)</script> 12 people died."
    r = client.post("/analyze", data={"text": text, "published": "2022-03-20"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/reports/")
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    assert "script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
    key = r.headers["location"].rsplit("/", 1)[1]
    assert client.get(f"/api/reports/{key}").json()["text"] == text


def test_server_form_batch_upload_lists_the_results(client):
    body = b'{"id": "a", "text": "Officials said that 12 people died."}\n{"id": "b", "text": ""}\n'
    r = client.post("/analyze", data={"text": ""}, files={"batch": ("b.jsonl", body, "application/x-ndjson")})
    assert r.status_code == 200 and "2 articles, 1 errors" in r.text


def test_server_form_empty_says_what_to_do(client):
    r = client.post("/analyze", data={"text": ""}, headers={"accept": "text/html"})
    assert r.status_code == 422 and "Paste an article" in r.text


def test_server_openapi_and_api_page(bare):
    spec = bare.get("/openapi.json").json()
    for path in ("/api/analyze", "/api/analyze/batch", "/api/articles", "/api/claims", "/api/figures", "/api/sources"):
        assert path in spec["paths"]
    assert "Report" in spec["components"]["schemas"]
    page = bare.get("/api")
    assert page.status_code == 200 and "/api/analyze" in page.text
    assert bare.get("/docs").status_code == 404  # no CDN-loaded Swagger UI


def test_server_store_pages_need_a_store(bare):
    for path in ("/api/articles", "/api/claims?q=x", "/api/sources"):
        r = bare.get(path)
        assert r.status_code == 404 and "--db" in r.json()["error"]["message"]


def test_server_index_page(bare):
    r = bare.get("/")
    assert r.status_code == 200 and '<textarea id="text" name="text"' in r.text
    assert "script-src" not in r.headers["content-security-policy"]  # the form page runs no script at all


@pytest.fixture(scope="module")
def with_store(tmp_path_factory):
    from claimscope.store import Store
    from tests.render.sample import sample_report

    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'claims.db'}"
    with Store.open(url) as store:
        store.write([sample_report()])
    with TestClient(create_app(url, warm=False)) as c:
        yield c


def test_server_store_api_lists_and_searches(with_store):
    arts = with_store.get("/api/articles").json()
    assert [a["id"] for a in arts] == ["sample"] and arts[0]["n_claims"] == 6
    assert with_store.get("/api/articles?q=nothing-like-this").json() == []
    claims = with_store.get("/api/claims", params={"q": "DIED"}).json()
    assert [(c["claim"], c["source"]) for c in claims] == [("only 12 people died", "Russia's defence ministry")]
    sources = {r["source"] for r in with_store.get("/api/sources").json()}
    assert "Officials in Kherson" in sources
    figures = with_store.get("/api/figures", params={"measure": "killed"}).json()
    # "killed" reads the whole deaths group (killed, died, death toll), not the word alone.
    assert sorted(f["value"] for f in figures) == [12, 120, 300]
    assert with_store.get("/api/figures", params={"measure": "distance"}).json()[0]["value"] != 120


def test_server_store_article_report_and_pages(with_store):
    report = model.Report.model_validate(with_store.get("/api/articles/sample").json())
    assert len(report.claims) == 6 and report.findings[0].kind == "figure_conflict"
    assert with_store.get("/api/articles/nope").status_code == 404
    page = with_store.get("/articles/sample")
    assert page.status_code == 200 and "Tolls differ in the south" in page.text
    assert 'href="/articles/sample"' in with_store.get("/articles").text
    assert "only 12 people died" in with_store.get("/claims?q=died").text
    assert "Russia&#x27;s defence ministry" in with_store.get("/sources").text


@pytest.mark.slow
def test_server_worker_processes_analyze():
    """The default pool: worker processes, each loading the pipeline once."""
    with TestClient(create_app(workers=1)) as c:
        r = c.post("/api/analyze", json={"text": "Officials said that 12 people died in Kherson."})
        health = c.get("/healthz").json()
    assert r.status_code == 200 and r.json()["attributions"]
    assert health["pool"] == "processes" and health["jobs"] == 1


def test_server_cli_serve_is_registered():
    from typer.testing import CliRunner

    from claimscope.cli import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db", "--max-body-mb", "--timeout", "--workers"):
        assert option in result.output
