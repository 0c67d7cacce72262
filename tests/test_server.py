"""The web app and JSON API: analysis off the event loop, limits, pages, formats."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from claimscope import model
from claimscope.server import create_app
from claimscope.web.cache import SizedLRU
from claimscope.web.pages import swagger_dir
from claimscope.web.protocol import make_server

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
    assert r.status_code == 503 and int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["kind"] == "busy"


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


@pytest.mark.skipif(swagger_dir() is None, reason="fastapi-offline (Swagger UI) is not installed")
def test_server_swagger_ui_is_served_offline(bare):
    page = bare.get("/docs")
    assert page.status_code == 200
    assert "http" not in page.text.split("<body>")[1]  # every script and style from this server, none from a CDN
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    js = bare.get("/docs/assets/swagger-ui-bundle.js")
    assert js.status_code == 200 and "SwaggerUIBundle" in js.text[:200_000]
    assert "/openapi.json" in bare.get("/docs/init.js").text
    assert bare.get("/docs/assets/..%2F__init__.py").status_code == 404


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
    for option in ("--host", "--port", "--db", "--max-body-mb", "--timeout", "--workers", "--max-pending",
                   "--body-timeout", "--header-timeout", "--keep-alive", "--max-connections"):
        assert option in result.output


def test_server_cli_serve_help_names_the_real_defaults():
    """The options' help names the defaults of the app (the options themselves default to unset)."""
    from claimscope.web import protocol
    from claimscope.web.service import Limits

    assert (Limits.max_body_bytes, Limits.timeout_s, Limits.body_timeout_s) == (10 * 2**20, 60.0, 30.0)
    assert (protocol.DEFAULT_HEADER_TIMEOUT, protocol.DEFAULT_KEEP_ALIVE, protocol.DEFAULT_MAX_CONNECTIONS) == (10.0, 5, 256)


# ---------------------------------------------------------------------------
# hardening (issue 12): workers that can be stopped, a bounded queue, one error shape,
# body/header/connection limits, text/plain, lone surrogates, ids, security headers

def fake_init():
    """A worker without a pipeline (it starts in about a second): for the pool's own behaviour."""
    return "fake"


def fake_run(state, article):
    """Echo the article; ``SLEEP s`` sleeps first, ``FAIL`` raises, ``EXIT`` kills the worker."""
    text = article["text"]
    if text.startswith("SLEEP"):
        time.sleep(float(text.split()[1]))
    elif text.startswith("FAIL"):
        raise RuntimeError("boom")
    elif text.startswith("EXIT"):
        os._exit(3)
    body = json.dumps({"text": text, "pid": os.getpid(), "article": article}).encode()
    return {"json": body, "sha": hashlib.sha256(text.encode()).hexdigest(), "error": None, "summary": None}


FAKE = {"worker_init": "tests.test_server:fake_init", "worker_run": "tests.test_server:fake_run"}


def _fake_threads(**kwargs):
    """An app whose analysis is fake_run in threads (no pipeline, no processes)."""
    return create_app(nlp=object(), worker_run=FAKE["worker_run"], **kwargs)


def test_server_time_limit_stops_the_worker_and_the_next_request_is_served():
    with TestClient(create_app(workers=1, timeout_s=1.0, **FAKE)) as c:
        pid = c.post("/api/analyze", json={"text": "first"}).json()["pid"]
        t0 = time.monotonic()
        r = c.post("/api/analyze", json={"text": "SLEEP 120"})
        assert r.status_code == 504 and time.monotonic() - t0 < 10
        assert r.json()["error"]["kind"] == "timeout" and "was stopped" in r.json()["error"]["message"]
        t0 = time.monotonic()
        after = c.post("/api/analyze", json={"text": "a normal article"})
        assert after.status_code == 200 and time.monotonic() - t0 < 10
        assert after.json()["pid"] != pid  # a fresh worker: the sleeping one was killed
        health = c.get("/healthz").json()
        assert health["recycled"] == 1 and health["running"] == 0 and health["timeouts"] == 1


def test_server_batch_line_over_the_limit_is_a_timeout_record_and_the_rest_go_on():
    with TestClient(create_app(workers=1, timeout_s=1.0, **FAKE)) as c:
        body = b'{"id": "slow", "text": "SLEEP 120"}\n{"id": "ok", "text": "fine"}\n'
        r = c.post("/api/analyze/batch", content=body)
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert r.status_code == 200 and len(lines) == 2
    assert lines[0]["id"] == "slow" and lines[0]["error"]["kind"] == "timeout"
    assert lines[1]["text"] == "fine"


def test_server_dead_worker_is_500_and_replaced():
    with TestClient(create_app(workers=1, **FAKE)) as c:
        r = c.post("/api/analyze", json={"text": "EXIT now"})
        assert r.status_code == 500 and r.json()["error"]["kind"] == "internal"
        assert c.post("/api/analyze", json={"text": "FAIL this"}).json()["error"]["message"].endswith("RuntimeError: boom")
        assert c.post("/api/analyze", json={"text": "fine"}).status_code == 200
        assert c.get("/healthz").json()["recycled"] == 1


@pytest.mark.slow
def test_server_hostile_run_on_does_not_stall_the_server():
    """The issue's case: a 30 KB run-on sentence, then a normal article, on one real worker."""
    hostile = "He said that " * 2400
    with TestClient(create_app(workers=1, timeout_s=3.0)) as c:
        t0 = time.monotonic()
        r = c.post("/api/analyze", json={"text": hostile})
        assert r.status_code in (200, 422, 504) and time.monotonic() - t0 < 10  # stopped at the limit, if not done by then
        t0 = time.monotonic()
        after = c.post("/api/analyze", json={"text": "Officials said that 12 people died in Kherson."})
        assert after.status_code == 200 and time.monotonic() - t0 < 10
        assert after.json()["attributions"]


def test_server_bounded_queue_answers_503_with_retry_after():
    app = _fake_threads(workers=1, max_pending=2)

    async def scenario():
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await asyncio.gather(*[c.post("/api/analyze", json={"text": f"SLEEP 0.5 #{i}"}) for i in range(5)])

    answers = asyncio.run(scenario())
    codes = sorted(r.status_code for r in answers)
    assert codes == [200, 200, 503, 503, 503]
    for r in answers:
        if r.status_code == 503:
            assert int(r.headers["retry-after"]) >= 1 and r.json()["error"]["kind"] == "busy"


def test_server_waiting_longer_than_the_wait_limit_is_503():
    app = _fake_threads(workers=1, wait_s=0.2)

    async def scenario():
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                slow = asyncio.create_task(c.post("/api/analyze", json={"text": "SLEEP 1"}))
                await asyncio.sleep(0.05)
                waiting = await c.post("/api/analyze", json={"text": "quick"})
                return await slow, waiting

    slow, waiting = asyncio.run(scenario())
    assert slow.status_code == 200
    assert waiting.status_code == 503 and "no worker came free within 0.2 s" in waiting.json()["error"]["message"]


def test_server_plain_text_body_with_metadata_in_the_query(client):
    text = "Officials said that 12 people died in Kherson."
    r = client.post("/api/analyze", params={"published": "2022-03-20", "title": "Kherson", "id": "k1"},
                    content=text.encode(), headers={"content-type": "text/plain; charset=utf-8"})
    assert r.status_code == 200
    report = model.Report.model_validate(r.json())
    assert report.text == text and report.article.published == "2022-03-20"
    assert report.article.title == "Kherson" and report.article.id == "k1" and report.attributions
    r = client.post("/api/analyze", content=b"x", headers={"content-type": "application/pdf"})
    assert r.status_code == 415 and r.json()["error"]["kind"] == "media_type"
    r = client.post("/api/analyze", content="Officials said so.".encode("utf-16"),
                    headers={"content-type": "text/plain; charset=utf-16"})
    assert r.status_code == 415


def _shape(r) -> dict:
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"kind", "message"}, body
    assert all(isinstance(v, str) and v for v in body["error"].values())
    return body["error"]


def test_server_every_error_has_one_shape(bare):
    cases = [
        (bare.post("/api/analyze", content=b'{"text": "caf\xe9"}', headers={"content-type": "application/json"}), 400, "encoding"),
        (bare.post("/api/analyze", content=b"\xff\xfe plain", headers={"content-type": "text/plain"}), 400, "encoding"),
        (bare.post("/api/analyze", content=b"[" * 500 + b"]" * 500), 422, "request"),
        (bare.post("/api/analyze", content=b'{"text": '), 400, "json"),
        (bare.post("/api/analyze", json=["text"]), 422, "request"),
        (bare.post("/api/analyze", json={"text": 5}), 422, "request"),
        (bare.post("/api/analyze", json={"text": "x", "title": {"a": 1}}), 422, "request"),
        (bare.post("/api/analyze?format=pdf", json={"text": "x"}), 422, "request"),
        (bare.get("/nowhere"), 404, "not_found"),
        (bare.get("/api/analyze"), 405, "method_not_allowed"),
        (bare.get("/api/reports/not-a-key"), 422, "request"),
        (bare.get("/api/reports/0123456789abcdef"), 404, "not_found"),
        (bare.post("/api/analyze", content=b"x" * 2000), 413, "too_large"),
    ]
    for r, status, kind in cases:
        assert r.status_code == status, (r.request.url, r.text)
        assert _shape(r)["kind"] == kind, r.text


def test_server_deeply_nested_json_is_400(bare):
    app = create_app(warm=False, max_body_bytes=1_000_000)
    with TestClient(app) as c:
        r = c.post("/api/analyze", content=b"[" * 100_000 + b"]" * 100_000, headers={"content-type": "application/json"})
    assert r.status_code == 400 and _shape(r)["kind"] == "json"


def test_server_internal_errors_have_the_shape_too():
    app = _fake_threads(workers=1)

    async def boom():
        raise RuntimeError("unexpected")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/boom")
        assert r.status_code == 500 and _shape(r)["kind"] == "internal" and "RuntimeError" in r.json()["error"]["message"]
        r = c.post("/api/analyze", json={"text": "FAIL"})
        assert r.status_code == 500 and _shape(r)["kind"] == "internal"


def test_server_chunked_body_over_the_limit_is_413(bare):
    def chunks():
        for _ in range(100):
            yield b'{"text": "' + b"word " * 10 + b'"}\n'

    for path in ("/api/analyze", "/api/analyze/batch", "/analyze"):
        r = bare.post(path, content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413 and _shape(r)["kind"] == "too_large", path


def test_server_lone_surrogates_become_the_replacement_character(client):
    body = '{"text": "Officials said \\ud800 500 people died.", "title": "Bad \\udfff title"}'
    r = client.post("/api/analyze", content=body.encode(), headers={"content-type": "application/json"})
    assert r.status_code == 200
    report = r.json()
    assert report["text"] == "Officials said \ufffd 500 people died." and report["article"]["title"] == "Bad \ufffd title"
    lines = (b'{"id": "s", "text": "Officials said \\ud800 500 people died.", "title": "\\ud800"}\n'
             b'{"id": "n", "text": "Officials said 5 people died.", "title": 5}\n'
             b'{"id": "l", "text": "Officials said 5 people died.", "title": ["a"]}\n')
    r = client.post("/api/analyze/batch", content=lines)
    assert r.status_code == 200
    out = [json.loads(x) for x in r.text.splitlines()]
    assert len(out) == 3 and out[0]["article"]["title"] == "\ufffd"  # one line out per line in, whatever it holds
    assert out[2]["id"] == "l" and set(out[2]["error"]) == {"kind", "message"}


def test_server_ids_out_of_range_are_404_or_422(with_store):
    r = with_store.get("/api/articles/99999999999999999999999")
    assert r.status_code == 404 and _shape(r)["kind"] == "not_found"
    assert with_store.get("/articles/99999999999999999999999").status_code == 404
    assert with_store.get("/api/articles/%C2%B2").status_code == 404  # "²" is a digit to str.isdigit, not to int()
    for path in ("/api/articles?offset=99999999999999999999999", "/api/claims?offset=-1", "/api/articles?limit=0",
                 "/articles?offset=99999999999999999999999", "/api/articles/" + "x" * 300):
        r = with_store.get(path)
        assert r.status_code == 422 and _shape(r)["kind"] == "request", path


def test_server_security_headers_on_every_page(client, with_store):
    index = client.get("/")
    assert index.headers["content-security-policy"].startswith("default-src 'none'")
    assert index.headers["x-content-type-options"] == "nosniff" and index.headers["x-frame-options"] == "DENY"
    r = client.post("/analyze", data={"text": "Officials said that 12 people died."}, follow_redirects=False)
    report_page = client.get(r.headers["location"])
    csp = report_page.headers["content-security-policy"]
    assert "script-src 'sha256-" in csp and csp in report_page.text  # the header is the page's own policy
    for page in (with_store.get("/articles/sample"), with_store.get("/articles"), client.get("/nowhere", headers={"accept": "text/html"})):
        assert page.headers["content-security-policy"] and page.headers["x-content-type-options"] == "nosniff"
    api = client.get("/healthz")
    assert api.headers["x-content-type-options"] == "nosniff" and "content-security-policy" not in api.headers


def test_server_recent_reports_are_bounded_in_bytes():
    cache = SizedLRU(max_items=10, max_bytes=100)
    for i in range(5):
        cache.put(i, b"x" * 40, 40)
    assert len(cache) == 2 and cache.bytes == 80 and cache.get(4) is not None and cache.get(0) is None
    cache.put("big", b"x" * 101, 101)
    assert "big" not in cache and cache.bytes == 80
    app = _fake_threads(workers=1, cache_bytes=2_000, keep_reports=100)
    with TestClient(app) as c:
        for i in range(30):
            assert c.post("/api/analyze", json={"text": f"article {i} " + "x" * 100}).status_code == 200
        cached = c.get("/healthz").json()["cached_bytes"]
    assert 0 < cached <= 4_000


# -- real uvicorn: the connection-level limits

class _Served:
    def __init__(self, app, **limits):
        self.server = make_server(app, port=0, log_level="warning", **limits)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)

    def connect(self) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=10)


def _read_all(sock: socket.socket) -> bytes:
    data = b""
    while True:
        try:
            chunk = sock.recv(65536)
        except (ConnectionResetError, TimeoutError):
            break
        if not chunk:
            break
        data += chunk
    return data


def test_server_uvicorn_limits_headers_body_and_connections():
    app = _fake_threads(workers=1, body_timeout_s=1.0, max_body_bytes=2000)
    with _Served(app, header_timeout_s=1.0, keep_alive_s=1, max_connections=3) as srv:
        # slow-loris: a request head that never ends is dropped after the header timeout
        s = srv.connect()
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        t0 = time.monotonic()
        assert _read_all(s) == b"" and time.monotonic() - t0 < 5
        s.close()
        # a body that trickles is cut off after the body timeout, with 408 in the error shape
        s = srv.connect()
        s.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nslow")
        reply = _read_all(s)
        s.close()
        assert reply.startswith(b"HTTP/1.1 408") and b'"kind": "body_timeout"' in reply
        # a chunked body over the limit: 413
        with httpx.Client(base_url=f"http://127.0.0.1:{srv.port}") as c:
            r = c.post("/api/analyze/batch", content=(b'{"text": "word"}\n' for _ in range(300)))
            assert r.status_code == 413 and _shape(r)["kind"] == "too_large"
            assert c.post("/api/analyze", content=b"Officials said so.", headers={"content-type": "text/plain"}).status_code == 200
        # a malformed request head: 400 in the error shape
        s = srv.connect()
        s.sendall(b"GARBAGE\r\n\r\n")
        reply = _read_all(s)
        s.close()
        assert reply.startswith(b"HTTP/1.1 400") and b'"kind": "bad_request"' in reply
        # the connection cap: past it, 503 with Retry-After
        idle = [srv.connect() for _ in range(3)]
        time.sleep(0.2)
        s = srv.connect()
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        reply = _read_all(s)
        assert reply.startswith(b"HTTP/1.1 503") and b"retry-after: 5" in reply.lower() and b'"kind": "busy"' in reply
        for x in idle + [s]:
            x.close()


# -- issue 14: the store as the web app's memory, search by meaning, figures with conflicts, fast start ------------


@pytest.fixture(scope="module")
def saving(nlp, tmp_path_factory):
    """An app with a store and one analysis thread: what it analyzes is saved into the store."""
    url = f"sqlite:///{tmp_path_factory.mktemp('saving') / 'saved.db'}"
    with TestClient(create_app(url, nlp=nlp, workers=1)) as c:
        yield c


def test_server_analyses_are_saved_into_the_store_unless_asked_not_to(saving):
    text = "Officials in Kherson said that at least 120 civilians had been killed."
    r = saving.post("/api/analyze", json={"text": text, "id": "kherson-1"})
    assert r.status_code == 200 and r.headers["X-Claimscope-Stored"] == "added"
    assert saving.post("/api/analyze", json={"text": text, "id": "kherson-1"}).headers["X-Claimscope-Stored"] == "skipped"
    other = saving.post("/api/analyze?save=false", json={"text": "The mayor said 40 homes burned.", "id": "not-saved"})
    assert other.status_code == 200 and other.headers["X-Claimscope-Stored"] == "off"
    ids = {a["id"] for a in saving.get("/api/articles").json()}
    assert "kherson-1" in ids and "not-saved" not in ids
    # the form: saved by default, with a note on the report page; the box opts out
    assert 'name="nosave"' in saving.get("/").text
    page = saving.post("/analyze", data={"text": "A governor said 300 people fled the town.", "title": "Fled"})
    assert page.status_code == 200 and "Saved into the store" in page.text
    saving.post("/analyze", data={"text": "A witness said two bridges were destroyed.", "nosave": "1"})
    titles = {a["title"] for a in saving.get("/api/articles").json()}
    assert "Fled" in titles and len(titles) == 2
    # saved with vectors: found by meaning at once
    found = saving.get("/api/claims", params={"q": "civilians were killed in Kherson", "match": "meaning"}).json()
    assert found[0]["article"] == "kherson-1" and found[0]["score"] > 0.5


def test_server_form_without_a_store_has_no_save_box(bare):
    assert 'name="nosave"' not in bare.get("/").text


@pytest.fixture(scope="module")
def with_vectors(tmp_path_factory):
    """A store holding the sample report with its claims' vectors."""
    from claimscope.store import Store
    from claimscope.store.encoder import embed_numpy
    from claimscope.store.vectors import DIM, MODEL_NAME, to_blob
    from tests.render.sample import sample_report

    url = f"sqlite:///{tmp_path_factory.mktemp('vectors') / 'claims.db'}"
    report = sample_report()
    with Store.open(url) as db:
        db.write([report], vectors=[[to_blob(v) for v in embed_numpy([c.text for c in report.claims])]],
                 vector_model=MODEL_NAME, vector_dim=DIM)
    with TestClient(create_app(url, warm=False)) as c:
        yield c


def test_server_claims_page_searches_by_meaning_like_the_cli(with_vectors):
    query = "how many people were killed"  # no claim contains these words
    assert with_vectors.get("/claims", params={"q": query, "match": "words"}).text.count("<tr>") == 0
    page = with_vectors.get("/claims", params={"q": query}).text
    assert "Ranked by meaning" in page and "<th>score</th>" in page
    assert "at least 120 civilians had been killed" in page and "only 12 people died" in page
    rows = with_vectors.get("/api/claims", params={"q": query, "match": "meaning", "limit": 3}).json()
    assert len(rows) == 3 and rows[0]["score"] >= rows[1]["score"] >= rows[2]["score"]
    assert {"claim", "score", "cosine", "source", "article"} <= set(rows[0])
    assert with_vectors.get("/api/claims", params={"q": "DIED"}).json()[0]["claim"] == "only 12 people died"  # words: the default


def test_server_claims_by_meaning_without_vectors_says_so(with_store):
    page = with_store.get("/claims", params={"q": "died"}).text
    assert "holds no claim vectors" in page and "only 12 people died" in page
    assert with_store.get("/api/claims", params={"q": "died", "match": "meaning"}).status_code == 404


def test_server_figures_page_shows_the_conflict_and_its_chart(with_store):
    page = with_store.get("/figures", params={"measure": "killed"}).text
    conflicts = page.split("<h2>Conflicts</h2>")[1].split("</section>")[0]
    assert "conflict" in conflicts and "why" in conflicts
    assert '<section class="cs-panel cs-figures">' in page and "<svg" in page and "aria-label=\"Figures chart." in page
    assert "Officials in Kherson" in page.split("<svg")[1].split("</svg>")[0]
    listing = with_store.get("/figures").text
    assert 'href="/figures?measure=killed"' in listing and "<th>figures</th>" in listing


def test_server_answers_healthz_while_the_workers_load():
    """The workers load the pipeline in the background: the app answers at once."""
    t0 = time.monotonic()
    with TestClient(create_app(workers=1)) as c:
        r = c.get("/healthz")
        elapsed = time.monotonic() - t0
    assert r.status_code == 200 and elapsed < 5, elapsed


def test_server_openapi_has_examples_for_analyze():
    from claimscope.web import create_app

    spec = create_app(None, workers=1, warm=False).openapi()
    body = spec["paths"]["/api/analyze"]["post"]["requestBody"]["content"]
    example = body["application/json"]["examples"]["two tolls"]["value"]
    assert "14,000" in example["text"] and example["published"] == "2022-03-20"
    assert "text/plain" in body and body["text/plain"]["examples"]


def test_server_claim_page_and_api_show_who_disputes_whom(with_vectors):
    rows = with_vectors.get("/api/claims", params={"q": "only 12 people died", "match": "meaning", "limit": 1}).json()
    claim_id = rows[0]["id"]  # the stored claim's id; claim_id is the report's, as in the listing
    listed = with_vectors.get("/api/claims", params={"q": "only 12 people died"}).json()[0]
    assert (listed["id"], listed["claim_id"]) == (rows[0]["id"], rows[0]["claim_id"]) and rows[0]["claim_id"].startswith("c")
    found = with_vectors.get(f"/api/claims/{claim_id}/stance").json()
    assert found["claim"]["text"] == "only 12 people died"
    assert found["stances"] and all(r["stance"] in ("agree", "disagree", "discuss", "unrelated") for r in found["stances"])
    assert all(r["article"] == "sample" for r in found["stances"])  # the one stored article carries it
    page = with_vectors.get(f"/claims/{claim_id}")
    assert page.status_code == 200 and "Who disputes whom" in page.text and "only 12 people died" in page.text
    assert with_vectors.get("/api/claims/999999/stance").status_code == 404
    assert with_vectors.get("/api/claims/0/stance").status_code == 422
    listing = with_vectors.get("/claims", params={"q": "only 12 people died"}).text
    assert f'href="/claims/{claim_id}"' in listing
