"""The claimscope web app and JSON API (FastAPI).

``create_app()`` builds the app; ``claimscope serve`` runs it with uvicorn.

* Pages: paste text, upload a file or a JSONL batch (``/``); the report page
  (``/reports/{key}``); when a store is configured (``db_url``), browse its
  articles, claims, figures and sources.
* API: ``POST /api/analyze`` (one article, JSON in, a Report out, or the
  HTML/ClaimReview/Web Annotation rendering with ``?format=``),
  ``POST /api/analyze/batch`` (JSON lines in and out), ``GET /api/articles``,
  ``GET /api/claims?q=``, ``GET /api/figures?measure=``, ``GET /api/sources``;
  the OpenAPI document is at ``/openapi.json`` and listed at ``/api``.
* Limits: request bodies over ``max_body_bytes`` get 413 with a message that
  names the limit; an analysis taking more than ``timeout_s`` gets 504; when
  more than ``max_pending`` analyses wait, new ones get 503.
* Analysis runs in a worker pool (processes by default, each loading the
  pipeline once), so the event loop never blocks on NLP.

Only this module maps :class:`~claimscope.errors.ClaimscopeError` to HTTP
codes; the library raises, the app answers.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures as cf
import hashlib
import json
import multiprocessing
import os
import sys
import tempfile
import threading
from contextlib import asynccontextmanager
from dataclasses import asdict
from html import escape
from pathlib import Path
from typing import Any, Literal, Optional
from urllib.parse import quote

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from claimscope import __version__, model
from claimscope.errors import ClaimscopeError
from claimscope.inputs import MAX_BYTES, ArticleInput, InputError, decode, iter_jsonl

DEFAULT_MAX_BODY = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 60.0
FORMATS = ("json", "html", "claimreview", "webannotation")
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'"

# ---------------------------------------------------------------------------
# the worker side: each worker process loads the pipeline once

_WORKER_NLP = None


def _worker_init() -> None:
    """Load the pipeline once per worker process; one compute thread each, the pool gives the parallelism."""
    global _WORKER_NLP
    if _WORKER_NLP is None:
        for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        from claimscope.pipeline import load_nlp

        _WORKER_NLP = load_nlp()
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_num_threads(1)


def _worker_warm(_: int) -> int:
    _worker_init()
    return os.getpid()


def _worker_analyze(items: list[dict]) -> list[dict]:
    """Analyze articles (ArticleInput fields) and return report dicts or error records, in order."""
    from claimscope.core import analyze_many

    _worker_init()
    return [r.model_dump(mode="json", by_alias=True) for r in analyze_many([ArticleInput(**d) for d in items], nlp=_WORKER_NLP)]


class Analyzer:
    """Runs analyses off the event loop: a process pool, or threads sharing one pipeline (``nlp``).

    Args:
        workers: pool size.
        nlp: a loaded pipeline; when given, a thread pool uses it (tests,
            single-process deployments) instead of worker processes.
        max_pending: analyses allowed to wait; beyond that ``submit`` refuses.
    """

    def __init__(self, *, workers: int = 2, nlp=None, max_pending: int = 512):
        self.workers = max(1, workers)
        self.nlp = nlp
        self.max_pending = max_pending
        self.pending = 0  # requests waiting for or running an analysis
        self.running = 0  # jobs on the workers (a timed-out job runs on until it ends)
        self.jobs = 0  # jobs submitted since start
        self._slots: Optional[asyncio.Semaphore] = None
        self._lock = threading.Lock()
        if nlp is not None:
            self.kind = "threads"
            self.pool: cf.Executor = cf.ThreadPoolExecutor(self.workers, thread_name_prefix="claimscope-analyze")
        else:
            self.kind = "processes"
            ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
            self.pool = cf.ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_worker_init)

    def warm(self) -> None:
        """Start every worker and load its pipeline now, not on the first request."""
        if self.kind == "processes":
            list(self.pool.map(_worker_warm, range(self.workers)))

    def _run_threaded(self, items: list[dict]) -> list[dict]:
        from claimscope.core import analyze_many

        return [r.model_dump(mode="json", by_alias=True) for r in analyze_many([ArticleInput(**d) for d in items], nlp=self.nlp)]

    async def analyze(self, items: list[dict], *, timeout: float) -> list[dict]:
        """Run one job on a free worker; wait for a free worker first.

        The time limit covers the analysis itself, not the wait for a worker
        (that wait is bounded by ``max_pending``). A timed-out job cannot be
        interrupted inside its worker; its worker stays counted as busy until
        the job ends, so the pool is never oversubscribed.
        """
        with self._lock:
            if self.pending >= self.max_pending:
                raise HTTPException(503, detail={"kind": "busy", "message": f"The server is busy ({self.pending} analyses waiting); retry later."},
                                    headers={"Retry-After": "5"})
            self.pending += 1
        try:
            loop = asyncio.get_running_loop()
            if self._slots is None:
                self._slots = asyncio.Semaphore(self.workers)
            slots = self._slots
            await slots.acquire()
            try:
                fn = self._run_threaded if self.kind == "threads" else _worker_analyze
                future = self.pool.submit(fn, items)
            except BaseException:
                slots.release()
                raise
            future.add_done_callback(lambda _: loop.call_soon_threadsafe(slots.release))
            self.running += 1
            self.jobs += 1
            future.add_done_callback(lambda _: loop.call_soon_threadsafe(self._done))
            try:
                return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout)
            except asyncio.TimeoutError:
                raise HTTPException(504, detail={"kind": "timeout", "message": (
                    f"The analysis took longer than the per-request limit of {timeout:g} s; "
                    "send a shorter text, fewer articles, or start the server with a larger --timeout.")}) from None
        finally:
            with self._lock:
                self.pending -= 1

    def _done(self) -> None:
        self.running -= 1

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


# ---------------------------------------------------------------------------
# request body limit (pure ASGI, so it also covers multipart uploads)


class _TooLarge(Exception):
    pass


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


class BodySizeLimit:
    """Refuse request bodies over ``max_bytes`` with 413, by Content-Length or while streaming."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    def _message(self, size: Optional[int]) -> bytes:
        told = _size(size) if size is not None else "larger than that"
        body = {"error": {"kind": "too_large", "message": (
            f"The request body is {told}, over this server's limit of {_size(self.max_bytes)} "
            "(claimscope serve --max-body-mb). Send smaller articles or split the batch.")}}
        return json.dumps(body).encode()

    async def _refuse(self, send, size: Optional[int]) -> None:
        body = self._message(size)
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await self._refuse(send, int(length))
        seen = 0
        started = False

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge()
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(send, None)


# ---------------------------------------------------------------------------
# API models


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article: plain text, or HTML (reduced to its main text).")
    published: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD; anchors relative dates.")
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    id: Optional[str] = None


class ErrorBody(BaseModel):
    error: dict[str, str]


def _status_for(kind: str) -> int:
    return {"too_large": 413, "internal": 500}.get(kind, 422)


def _error(status: int, kind: str, message: str, headers: Optional[dict] = None) -> JSONResponse:
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status, headers=headers)


# ---------------------------------------------------------------------------
# pages


def _page(title: str, body: str, *, status: int = 200) -> HTMLResponse:
    from claimscope.render.html import _asset

    html = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · claimscope</title><style>body{{margin:0}}{_asset('report.css')}"
        ".claimscope form{display:grid;gap:10px;max-width:900px}.claimscope textarea{width:100%;min-height:260px;font:inherit;padding:8px}"
        ".claimscope input,.claimscope button{font:inherit;padding:4px 8px}.claimscope fieldset{border:1px solid #d0d6de;border-radius:6px}"
        ".claimscope button{background:#0b4fa8;color:#fff;border:0;border-radius:4px;padding:8px 18px;cursor:pointer;justify-self:start}"
        "</style></head>"
        f'<body><div class="claimscope">{_nav()}{body}</div></body></html>\n'
    )
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": PAGE_CSP})


def _nav() -> str:
    return ('<nav class="cs-nav" aria-label="claimscope"><b>claimscope</b> · <a href="/">analyze</a> · '
            '<a href="/articles">articles</a> · <a href="/claims">claims</a> · <a href="/figures">figures</a> · '
            '<a href="/sources">sources</a> · <a href="/api">API</a></nav>')


INDEX = """
<h1>Analyze a news report</h1>
<p class="cs-note">Who claims what, how sure, on what evidence, with which figures, places and dates.
Paste an article, upload a file (.txt or .html), or a JSON-lines batch (one {"text": ...} object a line).</p>
<form method="post" action="/analyze" enctype="multipart/form-data">
<label for="text"><b>Article text</b></label>
<textarea id="text" name="text" placeholder="Paste the article here"></textarea>
<fieldset><legend>or a file</legend>
<label>Article file <input type="file" name="file" accept=".txt,.html,.htm,.md,text/plain,text/html"></label><br>
<label>JSONL batch <input type="file" name="batch" accept=".jsonl,.ndjson,application/x-ndjson"></label></fieldset>
<fieldset><legend>About the article (optional)</legend>
<label>Published <input type="date" name="published"></label>
<label>Title <input name="title" size="40"></label>
<label>URL <input name="url" size="40"></label>
<label>Outlet <input name="outlet" size="20"></label></fieldset>
<button type="submit" id="analyze">Analyze</button>
</form>
"""


def _table(rows: list[dict], columns: list[str], *, links: Optional[dict] = None) -> str:
    if not rows:
        return '<p class="cs-note">Nothing found.</p>'
    links = links or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c)
            text = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
            cell = escape(text)
            if c in links and v is not None:
                cell = f'<a href="{escape(links[c](r), quote=True)}">{cell}</a>'
            cells.append(f"<td>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="cs-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


# ---------------------------------------------------------------------------
# the app


def create_app(
    db_url: Optional[str] = None,
    *,
    workers: Optional[int] = None,
    nlp=None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    timeout_s: float = DEFAULT_TIMEOUT,
    max_pending: int = 512,
    keep_reports: int = 200,
    warm: bool = True,
) -> FastAPI:
    """Build the claimscope web app.

    Args:
        db_url: a store to browse (``sqlite:///…`` or ``postgresql://…``); none by default.
        workers: analysis workers (default: one per CPU; each holds its own pipeline, about 0.5 GB).
        nlp: a loaded pipeline to share between worker threads instead of worker processes.
        max_body_bytes: larger request bodies get 413.
        timeout_s: per-request limit of an analysis; slower ones get 504.
        max_pending: analyses allowed to wait; more get 503.
        keep_reports: how many recent reports the report pages keep in memory.
        warm: start the workers (and load the pipeline) when the app starts.
    """
    workers = workers or os.cpu_count() or 1  # analysis is CPU-bound: one worker per CPU
    state: dict[str, Any] = {"store": None, "analyzer": None}
    recent: "collections.OrderedDict[str, dict]" = collections.OrderedDict()  # report pages, by text hash
    results: "collections.OrderedDict[str, dict]" = collections.OrderedDict()  # analyses, by request
    inflight: dict[str, asyncio.Future] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        analyzer = Analyzer(workers=workers, nlp=nlp, max_pending=max_pending)
        state["analyzer"] = analyzer
        if db_url:
            from claimscope.store import Store

            state["store"] = await run_in_threadpool(Store.open, db_url)
        if warm:
            await run_in_threadpool(analyzer.warm)
        try:
            yield
        finally:
            analyzer.close()
            if state["store"] is not None:
                state["store"].close()

    app = FastAPI(
        title="claimscope",
        version=__version__,
        description="Who claims what in a news report, how sure, on what evidence; figures, places and dates checked. "
        "Every span carries start/end offsets (Python str indices) into the report's text.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI would load from a CDN; /api lists the endpoints offline
        redoc_url=None,
    )
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        detail = exc.detail if isinstance(exc.detail, dict) else {"kind": "http", "message": str(exc.detail)}
        if "text/html" in request.headers.get("accept", "") and not request.url.path.startswith("/api"):
            return _page("Error", f"<h1>Error {exc.status_code}</h1><p>{escape(detail.get('message', ''))}</p>", status=exc.status_code)
        return JSONResponse({"error": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return _error(422, "request", f"Invalid request: {problems}")

    def analyzer() -> Analyzer:
        return state["analyzer"]

    def store():
        if state["store"] is None:
            raise HTTPException(404, detail={"kind": "no_store", "message": "No store is configured; start the server with --db URL."})
        return state["store"]

    def remember(report: dict) -> str:
        key = report["article"]["sha256"][:16]
        recent[key] = report
        recent.move_to_end(key)
        while len(recent) > keep_reports:
            recent.popitem(last=False)
        return key

    async def analyze_one(article: dict) -> dict:
        """Analyze one article; the same article (text and metadata) is analyzed once.

        Analysis is deterministic for a given pipeline, so a recent result is
        reused, and identical requests arriving together share one job.
        """
        key = hashlib.sha256(json.dumps(article, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        if key in results:
            results.move_to_end(key)
            result = results[key]
        elif key in inflight:
            result = await asyncio.shield(inflight[key])
        else:
            future = asyncio.get_running_loop().create_future()
            inflight[key] = future
            try:
                [result] = await analyzer().analyze([article], timeout=timeout_s)
                future.set_result(result)
            except BaseException as err:
                future.set_exception(err)
                future.exception()  # retrieved: waiters re-raise it, nobody else needs to
                raise
            finally:
                del inflight[key]
            results[key] = result
            while len(results) > keep_reports:
                results.popitem(last=False)
        if "error" in result and "text" not in result:
            err = result["error"]
            raise HTTPException(_status_for(err.get("kind", "")), detail=err)
        return result

    async def render(report_dict: dict, fmt: str, *, nav: str = "") -> Response:
        if fmt == "json":
            return JSONResponse(report_dict)

        def work() -> str:
            report = model.Report.model_validate(report_dict)
            if fmt == "html":
                from claimscope.render.html import render_html

                return render_html(report, nav=nav)
            from claimscope.render import render as render_fmt

            return render_fmt(report, fmt)

        text = await run_in_threadpool(work)
        if fmt == "html":
            return HTMLResponse(text)
        return Response(text, media_type="application/ld+json")

    # -- API ------------------------------------------------------------------------------

    @app.post(
        "/api/analyze",
        summary="Analyze one article",
        responses={200: {"model": model.Report, "description": "The report (or its rendering with ?format=)."},
                   413: {"model": ErrorBody}, 422: {"model": ErrorBody}, 503: {"model": ErrorBody}, 504: {"model": ErrorBody}},
    )
    async def api_analyze(body: AnalyzeRequest, format: Literal["json", "html", "claimreview", "webannotation"] = "json"):
        """Analyze one article; returns the Report (schema claimscope/1) or its HTML / ClaimReview / Web Annotation form."""
        report = await analyze_one(body.model_dump())
        remember(report)
        return await render(report, format)

    @app.post("/api/analyze/batch", summary="Analyze a JSON-lines batch", response_class=PlainTextResponse,
              responses={200: {"content": {"application/x-ndjson": {}}}, 413: {"model": ErrorBody}, 504: {"model": ErrorBody}},
              openapi_extra={"requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {
                  "type": "string", "example": '{"id": "a1", "text": "Officials said ...", "published": "2022-03-20"}\n'}}}}})
    async def api_batch(request: Request):
        """Send JSON lines (one `{"text": ..., "id": ...}` object a line); get one JSON line back per input line,
        a Report or an error record `{"id": ..., "error": {"kind", "message"}}`, in order."""
        data = await request.body()
        results = await _analyze_jsonl(data, "batch")
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
        return Response(lines, media_type="application/x-ndjson")

    async def _analyze_jsonl(data: bytes, name: str) -> list[dict]:
        def parse() -> list:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"{name}.jsonl"
                path.write_bytes(data)
                return list(iter_jsonl(path))

        items = await run_in_threadpool(parse)
        good = [asdict(x) for x in items if isinstance(x, ArticleInput)]
        analyzed = iter(await analyzer().analyze(good, timeout=timeout_s) if good else [])
        out = []
        for x in items:
            if isinstance(x, InputError):
                out.append({"id": x.id, "error": x.error.to_record()})
            else:
                out.append(next(analyzed))
        return out

    @app.get("/api/reports/{key}", summary="A recent report", responses={404: {"model": ErrorBody}})
    async def api_report(key: str, format: Literal["json", "html", "claimreview", "webannotation"] = "json"):
        """A report analyzed recently by this server, by the first 16 hex digits of its text's SHA-256."""
        if key not in recent:
            raise HTTPException(404, detail={"kind": "not_found", "message": f"No recent report '{key}'."})
        return await render(recent[key], format)

    @app.get("/api/articles", summary="Articles in the store")
    async def api_articles(limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0), q: Optional[str] = None):
        db = store()
        from claimscope.store import browse

        return await run_in_threadpool(browse.articles, db, limit=limit, offset=offset, q=q)

    @app.get("/api/articles/{article_id}", summary="One stored article's report", responses={404: {"model": ErrorBody}})
    async def api_article(article_id: str, format: Literal["json", "html", "claimreview", "webannotation"] = "json"):
        report = await _stored_report(article_id)
        return await render(report, format)

    async def _stored_report(article_id: str) -> dict:
        db = store()
        from claimscope.store import browse

        report = await run_in_threadpool(browse.report, db, article_id)
        if report is None:
            raise HTTPException(404, detail={"kind": "not_found", "message": f"No article '{article_id}' in the store."})
        return report.to_dict() if hasattr(report, "to_dict") else report

    @app.get("/api/claims", summary="Search stored claims")
    async def api_claims(q: str = "", limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0)):
        """Claims whose text contains `q` (case-insensitive), with source, status and article."""
        db = store()
        from claimscope.store import browse

        return await run_in_threadpool(browse.claims, db, q=q, limit=limit, offset=offset)

    @app.get("/api/figures", summary="Figures of a measure across the store")
    async def api_figures(measure: str = Query(..., min_length=1)):
        db = store()
        from claimscope.store import queries

        return await run_in_threadpool(queries.figures, db, measure)

    @app.get("/api/sources", summary="Who is cited across the store")
    async def api_sources():
        db = store()
        from claimscope.store import queries

        return await run_in_threadpool(queries.sources, db)

    @app.get("/healthz", summary="Liveness and configuration")
    async def healthz():
        a = analyzer()
        return {"status": "ok", "version": __version__, "workers": a.workers, "pool": a.kind, "pending": a.pending, "running": a.running, "jobs": a.jobs,
                "store": state["store"] is not None, "max_body_bytes": max_body_bytes, "timeout_s": timeout_s}

    # -- pages ----------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return _page("Analyze", INDEX)

    @app.post("/analyze", include_in_schema=False)
    async def analyze_form(
        text: str = Form(""),
        published: str = Form(""),
        title: str = Form(""),
        url: str = Form(""),
        outlet: str = Form(""),
        file: Optional[UploadFile] = File(None),
        batch: Optional[UploadFile] = File(None),
    ):
        meta = {"published": published or None, "title": title or None, "url": url or None, "outlet": outlet or None}
        if batch is not None and batch.filename:
            results = await _analyze_jsonl(await batch.read(), Path(batch.filename).stem or "batch")
            return _batch_page(results)
        article_id = None
        if file is not None and file.filename:
            try:
                text = decode(await file.read(), max_bytes=MAX_BYTES)
            except ClaimscopeError as err:
                raise HTTPException(_status_for(err.kind), detail=err.to_record()) from None
            article_id = Path(file.filename).stem
        else:
            text = text.replace("\r\n", "\n")  # browsers send a textarea's line breaks as CRLF
        if not text.strip():
            raise HTTPException(422, detail={"kind": "empty", "message": "Paste an article or choose a file first."})
        article = {"text": text, "id": article_id, **meta}  # the worker's prepare() reduces HTML to text
        report = await analyze_one(article)
        key = remember(report)
        return RedirectResponse(f"/reports/{key}", status_code=303)

    def _batch_page(results: list[dict]) -> HTMLResponse:
        rows = []
        for r in results:
            if "error" in r and "text" not in r:
                rows.append({"id": r.get("id"), "status": f"error: {r['error'].get('message')}"})
                continue
            key = remember(r)
            p = r.get("profile") or {}
            rows.append({"id": r["article"].get("id") or key, "key": key, "status": "ok", "claims": p.get("n_claims"),
                         "attributions": p.get("n_attributions"), "findings": len(r.get("findings") or []),
                         "summary": p.get("summary")})
        table = _table(rows, ["id", "status", "claims", "attributions", "findings", "summary"],
                       links={"id": lambda r: f"/reports/{r['key']}" if r.get("key") else "#"})
        n_err = sum(1 for r in rows if r["status"] != "ok")
        return _page("Batch", f"<h1>Batch: {len(rows)} articles, {n_err} errors</h1>{table}")

    @app.get("/reports/{key}", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(key: str):
        if key not in recent:
            raise HTTPException(404, detail={"kind": "not_found", "message": f"No recent report '{key}' (reports are kept in memory)."})
        nav = _nav() + (f'<p class="cs-note">Download: <a href="/api/reports/{key}">JSON</a> · '
                        f'<a href="/api/reports/{key}?format=claimreview">ClaimReview</a> · '
                        f'<a href="/api/reports/{key}?format=webannotation">Web Annotation</a></p>')
        return await render(recent[key], "html", nav=nav)

    @app.get("/articles", response_class=HTMLResponse, include_in_schema=False)
    async def articles_page(q: str = "", offset: int = 0):
        db = store()
        from claimscope.store import browse

        rows = await run_in_threadpool(browse.articles, db, limit=100, offset=max(0, offset), q=q or None)
        form = (f'<form method="get" action="/articles"><label>Title or outlet contains <input name="q" value="{escape(q, quote=True)}"></label>'
                '<button type="submit">Search</button></form>')
        table = _table(rows, ["id", "published", "outlet", "title", "n_claims"],
                       links={"id": lambda r: f"/articles/{quote(str(r['id']), safe='')}"})
        return _page("Articles", f"<h1>Articles</h1>{form}{table}")

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    async def article_page(article_id: str):
        report = await _stored_report(article_id)
        return await render(report, "html", nav=_nav())

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    async def claims_page(q: str = ""):
        db = store()
        from claimscope.store import browse

        rows = await run_in_threadpool(browse.claims, db, q=q, limit=200, offset=0)
        form = (f'<form method="get" action="/claims"><label>Claim contains <input name="q" value="{escape(q, quote=True)}"></label>'
                '<button type="submit">Search</button></form>')
        table = _table(rows, ["claim", "source", "epistemic", "published", "outlet", "article"],
                       links={"article": lambda r: f"/articles/{quote(str(r['article']), safe='')}"})
        return _page("Claims", f"<h1>Claims</h1>{form}{table}")

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    async def figures_page(measure: str = ""):
        db = store()
        from claimscope.store import queries

        form = (f'<form method="get" action="/figures"><label>Measure <input name="measure" value="{escape(measure, quote=True)}" '
                'placeholder="killed, death toll, injured"></label><button type="submit">Show</button></form>')
        if not measure:
            return _page("Figures", f"<h1>Figures</h1>{form}")
        rows = await run_in_threadpool(queries.figures, db, measure)
        table = _table(rows, ["published", "outlet", "source", "figure", "value", "measure", "entity", "article"],
                       links={"article": lambda r: f"/articles/{quote(str(r['article']), safe='')}"})
        return _page("Figures", f"<h1>Figures: {escape(measure)}</h1>{form}{table}")

    @app.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    async def sources_page():
        db = store()
        from claimscope.store import queries

        rows = await run_in_threadpool(queries.sources, db)
        table = _table(rows, ["source", "source_type", "outlet", "claims", "articles", "first_published"])
        return _page("Sources", f"<h1>Sources</h1>{table}")

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    async def api_page():
        spec = app.openapi()
        items = []
        for path, ops in spec.get("paths", {}).items():
            for method, op in ops.items():
                items.append(f"<li><code>{escape(method.upper())} {escape(path)}</code> — {escape(op.get('summary', ''))}"
                             f"<br><span class=\"cs-note\">{escape((op.get('description') or '').strip())}</span></li>")
        return _page("API", '<h1>JSON API</h1><p>The OpenAPI document: <a href="/openapi.json">/openapi.json</a>.</p>'
                     f'<ul>{"".join(items)}</ul>')

    return app


def run(host: str = "127.0.0.1", port: int = 8000, db_url: Optional[str] = None, **kwargs) -> None:
    """Serve the app with uvicorn (blocking)."""
    import uvicorn

    uvicorn.run(create_app(db_url, **kwargs), host=host, port=port, log_level="info")
