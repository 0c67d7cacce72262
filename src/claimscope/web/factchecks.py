"""``GET /api/factchecks?q=TEXT``: the known fact-checks (the store's ``factchecks`` table) most likely to have checked TEXT.

What ``claimscope factchecks match TEXT --json`` prints, as the contract's ``FactCheckRef`` (claim, title, rating,
publisher, url, date, score, confidence), best first.  Without a store the route answers 404 ``no_store``, as the
other store routes; a store without fact-checks matches nothing (``[]``).
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from claimscope import model
from claimscope.web.errors import ApiError, ErrorBody

router = APIRouter()


def _matches(db, q: str, k: int, min_confidence: float) -> list[dict]:
    from claimscope.store.factchecks import matcher
    from claimscope.triage.findings import factcheck_ref

    return [factcheck_ref(m).model_dump(mode="json") for m in matcher(db).search(q, k=k) if m.confidence >= min_confidence]


@router.get("/api/factchecks", summary="Known fact-checks matching a claim", response_model=list[model.FactCheckRef],
            responses={404: {"model": ErrorBody, "description": "No store is configured."},
                       422: {"model": ErrorBody, "description": "A parameter is missing or out of range."}})
async def api_factchecks(
    request: Request,
    q: str = Query(..., min_length=1, max_length=5000, description="A claim or a post to look up."),
    k: int = Query(5, ge=1, le=50, description="How many fact-checks to return."),
    min_confidence: float = Query(0.0, ge=0.0, le=1.0, description="Leave out matches of a lower match confidence."),
):
    """The fact-checks most likely to have checked `q`, best first: `score` orders them, `confidence` (0-1) says how
    likely each checked the claim at all (claimscope reports a claim as checked before from 0.5)."""
    db = request.app.state.store
    if db is None:
        raise ApiError(404, "no_store", "No store is configured; start the server with --db URL.")
    if not q.strip():
        raise ApiError(422, "request", "Invalid request: q is empty.")
    return await run_in_threadpool(_matches, db, q, k, min_confidence)
