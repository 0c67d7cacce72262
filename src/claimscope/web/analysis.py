"""Analysis routes: ``POST /api/analyze``, ``POST /api/analyze/batch``, recent reports, the paste/upload form.

What comes in is normalised at the door: a lone surrogate (``"\\ud800"`` in
JSON, which no UTF-8 text can hold) becomes U+FFFD, the replacement
character, in the text and in every field (then the library's ``prepare``
normalises control characters and metadata); non-string metadata in a
request is refused with 422 (a batch line follows the library: numbers become
strings, anything else a ``metadata`` error record). A request body is JSON (``{"text": ...}``) or the
article itself (``text/plain``, or ``text/html``), with metadata as query
parameters.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal, Optional

from fastapi import APIRouter, File, Form, Path as PathParam, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from claimscope import __version__, model
from claimscope.errors import ClaimscopeError
from claimscope.inputs import MAX_BYTES, InputError, decode, iter_jsonl, safe_str
from claimscope.store import encoder
from claimscope.store.vectors import DIM, MODEL_NAME, to_blob
from claimscope.web.errors import ApiError, ErrorBody, status_for
from claimscope.web.layout import nav, page_response, render_report, table
from claimscope.web.service import AnalysisService, ErrorLine

router = APIRouter()
log = logging.getLogger("claimscope.web")
Format = Literal["json", "html", "claimreview", "webannotation"]
SAVED_HEADER = "X-Claimscope-Stored"  # added | skipped (already stored) | replaced | failed | off (save=false or no --db)
_SAVE = Query(True, description="With a store (`serve --db`): save the report into it (false: analyze only).")
_KEY = r"^[0-9a-f]{16}$"
_ERRORS = {400: {"model": ErrorBody, "description": "The body cannot be read (not UTF-8, not JSON, nested too deeply)."},
           413: {"model": ErrorBody, "description": "The body is over the size limit."},
           415: {"model": ErrorBody, "description": "Neither JSON nor text."},
           422: {"model": ErrorBody, "description": "The article cannot be analyzed (empty, no sentences, bad date, bad field)."},
           503: {"model": ErrorBody, "description": "Busy: retry after the Retry-After header's seconds."},
           504: {"model": ErrorBody, "description": "The analysis ran over the time limit and was stopped."}}


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The article: plain text, or HTML (reduced to its main text).")
    published: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD; anchors relative dates.")
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    id: Optional[str] = None


def clean(value: Any) -> Any:
    """Lone surrogates -> U+FFFD, in a string or inside lists and dicts."""
    if isinstance(value, str):
        return safe_str(value)
    if isinstance(value, dict):
        return {clean(k): clean(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value


def service(request: Request) -> AnalysisService:
    return request.app.state.analysis


def parse_json(body: bytes, *, limit: int) -> Any:
    """A request body as JSON, or a 400 that says why not."""
    try:
        text = decode(body, max_bytes=limit)
    except ClaimscopeError as err:
        raise ApiError.from_library(err) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise ApiError(400, "json", f"The body is not valid JSON ({err.msg}, line {err.lineno} column {err.colno}).") from None
    except RecursionError:
        raise ApiError(400, "json", "The JSON is nested too deeply to read; send one flat object {\"text\": ...}.") from None


def article_from_json(obj: Any) -> dict:
    if not isinstance(obj, dict):
        raise ApiError(422, "request", f"Invalid request: expected a JSON object with a string field 'text'; got {type(obj).__name__}.")
    try:
        return AnalyzeRequest.model_validate(clean(obj)).model_dump()
    except ValidationError as err:
        problems = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or 'body'}: {e['msg']}" for e in err.errors())
        raise ApiError(422, "request", f"Invalid request: {problems}") from None


def article_from_text(body: bytes, ctype: str, meta: dict, *, limit: int) -> dict:
    charset = re.search(r"charset=\"?([\w-]+)", ctype, re.I)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8", "us-ascii", "ascii"):
        raise ApiError(415, "media_type", f"The text is {charset.group(1)}; send it as UTF-8.")
    try:
        text = decode(body, max_bytes=limit)
    except ClaimscopeError as err:
        raise ApiError.from_library(err) from None
    return {"text": clean(text), **{k: clean(v) for k, v in meta.items()}}


def claim_vectors(report: dict) -> list[bytes]:
    """The claims' embeddings as the store keeps them, from the NumPy encoder (the server process never loads torch)."""
    return [to_blob(v) for v in encoder.embed_numpy([c["text"] for c in report.get("claims") or []])]


def save_report(db, report_json: bytes, vectors: Optional[list[bytes]] = None) -> str:
    """Write an analyzed report into the store with its claims' vectors, for ``claims search`` and the claims page.

    ``vectors``: the claims' embeddings when :func:`checked_before` already computed them; an article already
    stored (same text) is skipped. Returns the store's outcome: added, replaced, skipped, or failed.
    """
    try:
        report = json.loads(report_json)
        vectors = vectors if vectors is not None else claim_vectors(report)
        [(status, _)] = db.write([report], vectors=[vectors], vector_model=MODEL_NAME, vector_dim=DIM)
        return status
    except (ClaimscopeError, OSError, ValueError) as err:  # the analysis stands; the store could not take it
        log.warning("claimscope: the report was not saved into the store: %s", getattr(err, "message", err))
        return "failed"


def checked_before(db, outcome: dict) -> dict:
    """The outcome with the store's ``previously_checked`` findings in its report (a new dict; the cached one is kept).

    Without a store, for an error, or when the store holds no fact-checks (one COUNT query), the outcome is returned as
    it is. The claims' vectors computed for the match ride along under ``"vectors"`` so saving does not encode them again.
    """
    if db is None or outcome.get("error"):
        return outcome
    from claimscope.store import factchecks as known_factchecks  # the retrieval stack (scipy, usearch), when first needed

    try:
        index = known_factchecks.matcher(db).index()  # one table query; None when the store holds no fact-checks
        if index is None:
            return outcome
        report = json.loads(outcome["json"])
        vectors = claim_vectors(report)
        before = len(report.get("findings") or [])
        known_factchecks.annotate(db, report, vectors, index=index)
    except (ClaimscopeError, OSError, ValueError) as err:  # the analysis stands without them
        log.warning("claimscope: fact-checks were not matched: %s", getattr(err, "message", err))
        return outcome
    out = {**outcome, "vectors": vectors}
    if len(report["findings"]) != before:
        out["json"] = model.Report.model_validate(report).model_dump_json(by_alias=True).encode("utf-8")
        if outcome.get("summary"):
            out["summary"] = {**outcome["summary"], "findings": len(report["findings"])}
    return out


async def annotated(request: Request, outcomes: list[dict]) -> list[dict]:
    """:func:`checked_before` for each outcome, off the event loop (a no-op without a store)."""
    db = request.app.state.store
    if db is None:
        return outcomes
    return [await run_in_threadpool(checked_before, db, o) for o in outcomes]


async def saved(request: Request, outcomes: list[dict], save: bool) -> str:
    """Save successful outcomes into the app's store when it has one and ``save``; the last outcome's status."""
    db = request.app.state.store
    if db is None or not save:
        return "off"
    status = "off"
    for outcome in outcomes:
        if not outcome.get("error"):
            status = await run_in_threadpool(save_report, db, outcome["json"], outcome.get("vectors"))
    return status


def raise_for(outcome: dict) -> None:
    err = outcome.get("error")
    if err:
        raise ApiError(status_for(err.get("kind", "")), err.get("kind", "internal"), err.get("message", ""))


_EXAMPLE_TEXT = (
    "Ukraine's military claims that over 14,000 Russian servicemen have been killed since February 24. "
    "The Russian Defense Ministry, on the other side, claims that the death toll is around 500."
)
_BODY_DOC = {"requestBody": {"required": True, "content": {
    "application/json": {
        "schema": AnalyzeRequest.model_json_schema(),
        "examples": {"two tolls": {"summary": "Two sides' death tolls (a figure conflict)", "value": {
            "text": _EXAMPLE_TEXT, "published": "2022-03-20", "title": "Bodies of Russian soldiers moved via Belarus"}}},
    },
    "text/plain": {
        "schema": {"type": "string", "description": "The article itself (UTF-8); metadata as query parameters."},
        "examples": {"two tolls": {"summary": "The same article as plain text", "value": _EXAMPLE_TEXT}},
    },
}}}


@router.post("/api/analyze", summary="Analyze one article", openapi_extra=_BODY_DOC,
             responses={200: {"model": model.Report, "description": "The report (or its rendering with ?format=)."}, **_ERRORS})
async def api_analyze(
    request: Request,
    format: Format = "json",
    published: Optional[str] = Query(None, description="For a text body: publication date, YYYY-MM-DD."),
    title: Optional[str] = Query(None, description="For a text body: the headline."),
    url: Optional[str] = Query(None, description="For a text body: the article's URL."),
    outlet: Optional[str] = Query(None, description="For a text body: the outlet."),
    id: Optional[str] = Query(None, description="For a text body: your id for the article."),
    save: bool = _SAVE,
):
    """Analyze one article: a JSON object `{"text", "published", "title", "url", "outlet", "id"}`, or the
    article itself as `text/plain` with its metadata as query parameters. Returns the Report (schema
    claimscope/1) or its HTML / ClaimReview / Web Annotation form."""
    svc = service(request)
    limit = svc.limits.max_body_bytes
    body = await request.body()
    ctype = request.headers.get("content-type", "")
    mime = ctype.split(";")[0].strip().lower()
    if mime in ("", "application/json") or mime.endswith("+json"):
        article = article_from_json(parse_json(body, limit=limit))
    elif mime in ("text/plain", "text/html", "text/markdown"):
        meta = {"published": published, "title": title, "url": url, "outlet": outlet, "id": id}
        article = article_from_text(body, ctype, meta, limit=limit)
    else:
        raise ApiError(415, "media_type", f"Cannot read a {mime} body; send application/json ({{\"text\": ...}}) "
                       "or text/plain (the article, with metadata as query parameters).")
    outcome = await svc.analyze(article)
    raise_for(outcome)
    [outcome] = await annotated(request, [outcome])
    svc.remember(outcome)
    stored = await saved(request, [outcome], save)
    response = await render_report(outcome["json"], format)
    response.headers[SAVED_HEADER] = stored
    return response


def batch_lines(data: bytes, name: str) -> list:
    """JSON lines -> article dicts, or ErrorLines for lines refused at the door, in order."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.jsonl"
        path.write_bytes(data)
        items = list(iter_jsonl(path))
    out: list = []
    for x in items:
        if isinstance(x, InputError):
            out.append(ErrorLine(x.id, x.error.kind, x.error.message))
            continue
        out.append(clean({k: v for k, v in asdict(x).items() if k != "meta"}))  # prepared: metadata are strings
    return out


@router.post("/api/analyze/batch", summary="Analyze a JSON-lines batch", responses={
    200: {"content": {"application/x-ndjson": {}}, "description": "One JSON line per input line, in order."},
    413: _ERRORS[413], 503: _ERRORS[503]},
    openapi_extra={"requestBody": {"required": True, "content": {"application/x-ndjson": {"schema": {
        "type": "string", "example": '{"id": "a1", "text": "Officials said ...", "published": "2022-03-20"}\n'}}}}})
async def api_batch(request: Request, save: bool = _SAVE):
    """Send JSON lines (one `{"text": ..., "id": ...}` object a line); get one JSON line back per input line,
    a Report or an error record `{"id": ..., "error": {"kind", "message"}}`, in order. Each line has the
    per-analysis time limit; a line over it is a `timeout` error record."""
    items = await run_in_threadpool(batch_lines, await request.body(), "batch")
    outcomes = await annotated(request, await service(request).batch(items))
    stored = await saved(request, outcomes, save)
    return Response(b"".join(o["json"] + b"\n" for o in outcomes), media_type="application/x-ndjson",
                    headers={SAVED_HEADER: stored})


@router.get("/api/reports/{key}", summary="A recent report", responses={404: {"model": ErrorBody}})
async def api_report(request: Request, key: str = PathParam(..., pattern=_KEY), format: Format = "json"):
    """A report analyzed recently by this server, by the first 16 hex digits of its text's SHA-256."""
    report = service(request).pages.get(key)
    if report is None:
        raise ApiError(404, "not_found", f"No recent report '{key}' (recent reports are kept in memory).")
    return await render_report(report, format)


@router.get("/healthz", summary="Liveness, load and limits")
async def healthz(request: Request):
    svc = service(request)
    pool = svc.pool
    return {"status": "ok", "version": __version__, "workers": pool.size, "pool": pool.kind,
            "pending": svc.admitted, "running": pool.busy, "jobs": pool.jobs, "recycled": pool.recycled,
            "refused": svc.refused, "timeouts": svc.timeouts, "store": request.app.state.store is not None,
            "max_body_bytes": svc.limits.max_body_bytes, "timeout_s": svc.limits.timeout_s,
            "max_pending": svc.max_pending, "wait_s": svc.wait_s, "cached_bytes": svc.results.bytes + svc.pages.bytes}


# -- the form and the report pages --------------------------------------------------------------


@router.post("/analyze", include_in_schema=False)
async def analyze_form(
    request: Request,
    text: str = Form(""),
    published: str = Form(""),
    title: str = Form(""),
    url: str = Form(""),
    outlet: str = Form(""),
    file: Optional[UploadFile] = File(None),
    batch: Optional[UploadFile] = File(None),
    nosave: str = Form(""),
):
    svc = service(request)
    meta = clean({"published": published or None, "title": title or None, "url": url or None, "outlet": outlet or None})
    if batch is not None and batch.filename:
        items = await run_in_threadpool(batch_lines, await batch.read(), Path(batch.filename).stem or "batch")
        outcomes = await annotated(request, await svc.batch(items))
        await saved(request, outcomes, not nosave)
        return batch_page(svc, outcomes)
    article_id = None
    if file is not None and file.filename:
        try:
            text = decode(await file.read(), max_bytes=MAX_BYTES)
        except ClaimscopeError as err:
            raise ApiError.from_library(err) from None
        article_id = clean(Path(file.filename).stem)
    else:
        text = text.replace("\r\n", "\n")  # browsers send a textarea's line breaks as CRLF
    if not text.strip():
        raise ApiError(422, "empty", "Paste an article or choose a file first.")
    outcome = await svc.analyze({"text": clean(text), "id": article_id, **meta})  # the worker reduces HTML to text
    raise_for(outcome)
    [outcome] = await annotated(request, [outcome])
    key = svc.remember(outcome)
    stored = await saved(request, [outcome], not nosave)
    where = f"/reports/{key}" + (f"?stored={stored}" if stored != "off" else "")
    return RedirectResponse(where, status_code=303, headers={SAVED_HEADER: stored})


def batch_page(svc: AnalysisService, outcomes: list[dict]):
    rows = []
    for o in outcomes:
        if o.get("error"):
            record = json.loads(o["json"])
            rows.append({"id": record.get("id"), "status": f"error: {o['error'].get('message')}"})
            continue
        key = svc.remember(o)
        s = o["summary"] or {}
        rows.append({"id": s.get("id") or key, "key": key, "status": "ok", "claims": s.get("claims"),
                     "attributions": s.get("attributions"), "findings": s.get("findings"), "summary": s.get("summary")})
    html = table(rows, ["id", "status", "claims", "attributions", "findings", "summary"],
                 links={"id": lambda r: f"/reports/{r['key']}" if r.get("key") else "#"})
    n_err = sum(1 for r in rows if r["status"] != "ok")
    return page_response("Batch", f"<h1>Batch: {len(rows)} articles, {n_err} errors</h1>{html}")


@router.get("/reports/{key}", include_in_schema=False)
async def report_page(request: Request, key: str = PathParam(..., pattern=_KEY),
                      stored: Optional[Literal["added", "replaced", "skipped", "failed"]] = None):
    report = service(request).pages.get(key)
    if report is None:
        raise ApiError(404, "not_found", f"No recent report '{key}' (reports are kept in memory).")
    links = (f'<p class="cs-note">Download: <a href="/api/reports/{key}">JSON</a> · '
             f'<a href="/api/reports/{key}?format=claimreview">ClaimReview</a> · '
             f'<a href="/api/reports/{key}?format=webannotation">Web Annotation</a></p>')
    if stored:
        said = {"added": "Saved into the store", "replaced": "Replaced in the store", "skipped": "Already in the store",
                "failed": "Not saved: the store could not take it (see the server log)"}[stored]
        links += f'<p class="cs-note cs-stored">{said}; <a href="/articles">stored articles</a>.</p>'
    return await render_report(report, "html", nav_html=nav() + links)

