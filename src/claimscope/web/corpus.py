"""Browsing a store: articles, claims, figures and sources, as JSON (``/api/...``) and as pages.

The claims page finds claims by meaning as ``claimscope claims search`` does
(:func:`claimscope.store.vectors.search_text`, the query embedded with the NumPy
encoder, so the server never loads torch); without a query it lists the claims most
worth checking first, as ``claimscope claims --rank checkworthy`` (``rank=recent``: newest
first; ``/api/claims`` takes ``rank`` too, newest first by default); the figures page lists the measures,
and for one measure shows the corpus conflicts and the report's figures chart
(:mod:`claimscope.web.figures`).

Every route needs a store (``claimscope serve --db URL``); without one they
answer 404 ``no_store``. Queries run in threads, off the event loop. Paging
numbers are bounded integers (422 outside the range); an article id is its
external id, its row id or a SHA-256 prefix, and an id that matches nothing,
whatever its form (``99999999999999999999999`` included), is a 404.
"""

from __future__ import annotations

from html import escape
from typing import Literal, Optional
from urllib.parse import quote

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from claimscope.store import browse, queries
from claimscope.vocab import ClaimRank
from claimscope.store.stance import claim_stances
from claimscope.store.vectors import VectorIndex, search_text
from claimscope.web.errors import ApiError, ErrorBody
from claimscope.web.figures import figures_html
from claimscope.web.layout import nav, page_response, render_report, table

router = APIRouter()
Format = Literal["json", "html", "claimreview", "webannotation"]
Match = Literal["meaning", "words"]
_MATCH = Query("words", description="meaning: ranked by meaning and facts, as `claimscope claims search` "
               "(score = cosine + boosts, 0.6 or more: the same claim); words: the text contains `q`.")
MAX_OFFSET = 2**63 - 1  # SQL's BIGINT: a larger offset cannot be bound
_ID = Path(..., min_length=1, max_length=256, description="External id, row id, or SHA-256 prefix (8+ hex digits).")


def store(request: Request):
    db = request.app.state.store
    if db is None:
        raise ApiError(404, "no_store", "No store is configured; start the server with --db URL.")
    return db


def _article_link(r: dict) -> str:
    return f"/articles/{quote(str(r['article']), safe='')}"


async def stored_report(request: Request, article_id: str) -> bytes:
    db = store(request)
    try:
        report = await run_in_threadpool(browse.report, db, article_id)
    except OverflowError:  # a row id past SQLite's integer range: no such article
        report = None
    if report is None:
        raise ApiError(404, "not_found", f"No article '{article_id}' in the store.")
    return report.model_dump_json(by_alias=True).encode("utf-8")


# -- JSON ---------------------------------------------------------------------------------------


@router.get("/api/articles", summary="Articles in the store", responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
async def api_articles(request: Request, limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0, le=MAX_OFFSET),
                       q: Optional[str] = Query(None, max_length=500)):
    """Stored articles, newest first; `q` filters on title, outlet or id."""
    return await run_in_threadpool(browse.articles, store(request), limit=limit, offset=offset, q=q)


@router.get("/api/articles/{article_id}", summary="One stored article's report", responses={404: {"model": ErrorBody}})
async def api_article(request: Request, article_id: str = _ID, format: Format = "json"):
    return await render_report(await stored_report(request, article_id), format)


def semantic_claims(db, q: str, *, k: int) -> Optional[list[dict]]:
    """The stored claims closest to ``q`` in meaning (``claims search``), or None when the store holds no vectors.

    Rows carry the listing's keys (``browse.claims``): ``id`` the stored claim's (``/api/claims/{id}/stance``),
    ``claim_id`` the report's id of the claim (``c3``), so both modes of ``/api/claims`` read alike.
    """
    index = VectorIndex(db).sync()
    if len(index) == 0:
        return None
    rows = search_text(db, q, k=k, index=index)
    return [{"claim": r["text"], "score": r["score"], "cosine": r["cosine"], "same_claim": r["same_claim"],
             "source": r["source"], "source_type": r["source_type"], "epistemic": r["epistemic"],
             "published": r["published"], "outlet": r["outlet"], "article": r["ext_id"], "id": r["claim_id"],
             "claim_id": r["local_id"]}
            for r in rows]


_RANK = Query(None, description="checkworthy: the claims most worth checking first, by `checkworthiness` (0-1; claims "
              "stored without one last), as `claimscope claims --rank checkworthy`; recent (the default): newest article first. "
              "Orders the words match and the whole listing; `match=meaning` ranks by meaning.")


@router.get("/api/claims", summary="Search stored claims", responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
async def api_claims(request: Request, q: str = Query("", max_length=500), limit: int = Query(50, ge=1, le=1000),
                     offset: int = Query(0, ge=0, le=MAX_OFFSET), match: Match = _MATCH, rank: Optional[ClaimRank] = _RANK):
    """Claims whose text contains `q` (case-insensitive), with source, status, article and `checkworthiness`, newest
    first or, with `rank=checkworthy`, most worth checking first; with `match=meaning`, the `limit` claims closest in
    meaning, best first, each with its `score` (as the CLI's `claims search`)."""
    db = store(request)
    if match == "meaning" and q:
        if rank is not None:
            raise ApiError(422, "request", "rank orders the words match and the listing; match=meaning ranks by meaning.")
        rows = await run_in_threadpool(semantic_claims, db, q, k=limit)
        if rows is None:
            raise ApiError(404, "no_vectors", "The store holds no claim vectors; run `claimscope claims index --db URL`.")
        return rows
    return await run_in_threadpool(browse.claims, db, q=q, limit=limit, offset=offset, rank=rank or "recent")


@router.get("/api/figures", summary="Figures of a measure across the store", responses={404: {"model": ErrorBody}})
async def api_figures(request: Request, measure: str = Query(..., min_length=1, max_length=200)):
    return await run_in_threadpool(queries.figures, store(request), measure)


@router.get("/api/sources", summary="Who is cited across the store", responses={404: {"model": ErrorBody}})
async def api_sources(request: Request):
    return await run_in_threadpool(queries.sources, store(request))


# -- pages --------------------------------------------------------------------------------------


def _search(action: str, label: str, name: str, value: str, extra: str = "") -> str:
    return (f'<form method="get" action="{action}"><label>{label} <input name="{name}" value="{escape(value, quote=True)}"{extra}>'
            '</label><button type="submit">Search</button></form>')


@router.get("/articles", include_in_schema=False)
async def articles_page(request: Request, q: str = Query("", max_length=500), offset: int = Query(0, ge=0, le=MAX_OFFSET)):
    rows = await run_in_threadpool(browse.articles, store(request), limit=100, offset=offset, q=q or None)
    html = table(rows, ["id", "published", "outlet", "title", "n_claims"],
                 links={"id": lambda r: f"/articles/{quote(str(r['id']), safe='')}"})
    return page_response("Articles", f"<h1>Articles</h1>{_search('/articles', 'Title or outlet contains', 'q', q)}{html}")


@router.get("/articles/{article_id}", include_in_schema=False)
async def article_page(request: Request, article_id: str = _ID):
    return await render_report(await stored_report(request, article_id), "html", nav_html=nav())


_SCORE_NOTE = ('<p class="cs-note">Ranked by meaning, as <code>claimscope claims search</code>: score = cosine of the '
               'embeddings (-1 to 1) plus boosts (figures agree +0.15, disagree -0.5; same side +0.1, other side -0.3; '
               'a shared place +0.05), so it can pass 1; 0.6 or more: the same claim. '
               '<a href="/claims?q={q}&amp;match=words">Match the words instead</a>.</p>')


_RANK_NOTE = {
    "checkworthy": ('<p class="cs-note">Most worth checking first: score = check-worthiness (0-1, '
                    '<code>claimscope claims --rank checkworthy</code>), claims stored without one last. '
                    '<a href="/claims?{query}rank=recent">Newest first instead</a>.</p>'),
    "recent": ('<p class="cs-note">Newest article first; score = check-worthiness (0-1). '
               '<a href="/claims?{query}rank=checkworthy">Most worth checking first instead</a>.</p>'),
}


def _scored(rows: list[dict]) -> list[dict]:
    """Listing rows with their check-worthiness as the report prints it (two decimals)."""
    return [{**r, "score": None if r.get("checkworthiness") is None else f"{r['checkworthiness']:.2f}"} for r in rows]


@router.get("/claims", include_in_schema=False)
async def claims_page(request: Request, q: str = Query("", max_length=500), match: Match = "meaning",
                      rank: Optional[ClaimRank] = None):
    db = store(request)
    form = _search("/claims", "Claim, in your own words", "q", q)
    rows = await run_in_threadpool(semantic_claims, db, q, k=50) if q and match == "meaning" else None
    if rows is not None:
        html = table(rows, ["score", "claim", "source", "epistemic", "published", "outlet", "article", "id"],
                     links={"article": _article_link, "id": lambda r: f"/claims/{int(r['id'])}"})
        return page_response("Claims", f"<h1>Claims like: {escape(q)}</h1>{form}{_SCORE_NOTE.format(q=quote(q))}{html}")
    note = ('<p class="cs-note">The store holds no claim vectors (run <code>claimscope claims index</code>): '
            'claims containing the words.</p>') if q and match == "meaning" else ""
    # No query: the claims most worth checking first; words keep their order (newest first) unless asked.
    rank = rank or ("recent" if q else "checkworthy")
    rows = await run_in_threadpool(browse.claims, db, q=q, limit=200, offset=0, rank=rank)
    query = f"q={quote(q)}&amp;match=words&amp;" if q else ""
    html = table(_scored(rows), ["score", "claim", "source", "epistemic", "published", "outlet", "article", "id"],
                 links={"article": _article_link, "id": lambda r: f"/claims/{int(r['id'])}"})
    return page_response("Claims", f"<h1>Claims</h1>{form}{note}{_RANK_NOTE[rank].format(query=query)}{html}")


def _stances(db, claim_id: int) -> dict:
    try:
        claim, rows, found = claim_stances(db, claim_id)
    except LookupError:
        raise ApiError(404, "not_found", f"No claim with id {claim_id} in the store.") from None
    return {"claim": claim, "stances": rows, "findings": [f.model_dump(mode="json") for f in found]}


_CLAIM_ID = Path(..., ge=1, le=MAX_OFFSET, description="A stored claim's id (from /api/claims).")


@router.get("/api/claims/{claim_id}/stance", summary="Who disputes whom: the stance of every article carrying a claim",
            responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
async def api_claim_stance(request: Request, claim_id: int = _CLAIM_ID):
    """Every article that carries the claim (or a matching one), oldest first, with its stance toward the claim
    (agree, disagree, discuss, unrelated), a score and the sentences that decided it; and the `disputed` /
    `supported` findings that sum them up (as `claimscope claims stance ID`)."""
    return await run_in_threadpool(_stances, store(request), claim_id)


@router.get("/claims/{claim_id}", include_in_schema=False)
async def claim_page(request: Request, claim_id: int = _CLAIM_ID):
    found = await run_in_threadpool(_stances, store(request), claim_id)
    claim = found["claim"]
    summary = "".join(f'<p class="cs-finding"><strong>{escape(f["verdict"])}</strong>: {escape(f["summary"])}</p>'
                      for f in found["findings"])
    html = table(found["stances"], ["published", "outlet", "source", "stance", "score", "claim", "evidence", "article"],
                 links={"article": _article_link})
    return page_response(f"Claim {claim_id}", f"<h1>Who disputes whom</h1><p>\u201c{escape(claim['text'])}\u201d "
                                              f"({escape(str(claim.get('source') or 'the article'))}, "
                                              f"{escape(str(claim.get('outlet') or claim['ext_id']))})</p>{summary}{html}")


@router.get("/figures", include_in_schema=False)
async def figures_page(request: Request, measure: str = Query("", max_length=200)):
    db = store(request)
    form = _search("/figures", "Measure", "measure", measure, ' placeholder="killed, death toll, injured"')
    if not measure:  # the measures the store holds, as `claimscope figures` lists them
        listed = await run_in_threadpool(queries.measures, db)
        html = table(listed, ["measure", "figures", "articles", "spellings"],
                     links={"measure": lambda r: f"/figures?measure={quote(str(r['measure']))}"})
        return page_response("Figures", f"<h1>Figures</h1>{form}{html}")
    def work() -> tuple[list[dict], Optional[str]]:
        rows = queries.figures(db, measure)
        return rows, figures_html(rows, queries.figure_conflicts(rows, measure), measure)

    rows, chart = await run_in_threadpool(work)
    html = table(rows, ["published", "outlet", "source", "figure", "value", "measure", "entity", "article"],
                 links={"article": _article_link})
    return page_response("Figures", f"<h1>Figures: {escape(measure)}</h1>{form}{chart or ''}<h2>All figures</h2>{html}")


@router.get("/sources", include_in_schema=False)
async def sources_page(request: Request):
    rows = await run_in_threadpool(queries.sources, store(request))
    html = table(rows, ["source", "source_type", "outlet", "claims", "articles", "first_published"])
    return page_response("Sources", f"<h1>Sources</h1>{html}")
