"""Browsing a store from the web app: list articles, search claims, load one article's report.

Read-only queries over :mod:`claimscope.store.schema`, in the manner of
:mod:`claimscope.store.queries` (flat dicts, one per row). A stored article
gives back the report it was stored with (revision 0003 on). Articles stored
before that are rebuilt from their rows, lossy where the
store keeps less than the report: an attribution's content is one span (from
the first content start to the last content end), hedges and evidence keep
no spans, and a pronoun's antecedent keeps no offsets.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import func, nulls_last, or_, select

from claimscope import model
from claimscope.vocab import CLAIM_RANKS, ClaimRank
from claimscope.store import schema as s


def _article_where(article_id: str):
    """Match a stored article by its external id, its numeric row id, or a SHA-256 prefix (>= 8 hex digits)."""
    a = s.articles
    conds = [a.c.ext_id == article_id]
    if article_id.isascii() and article_id.isdigit() and int(article_id) < 2**63:  # a BIGINT row id ('²' is a digit too)
        conds.append(a.c.id == int(article_id))
    if len(article_id) >= 8 and all(ch in "0123456789abcdef" for ch in article_id):
        conds.append(a.c.sha256.like(f"{article_id}%"))
    return or_(*conds)


def articles(store, *, limit: int = 50, offset: int = 0, q: Optional[str] = None) -> list[dict]:
    """Stored articles, newest first; ``q`` filters on title, outlet or id (case-insensitive)."""
    a = s.articles
    stmt = select(
        func.coalesce(a.c.ext_id, func.substr(a.c.sha256, 1, 16)).label("id"), a.c.title, a.c.published, a.c.outlet,
        a.c.url, a.c.n_claims, a.c.sha256,
    )
    if q:
        like = f"%{q.lower()}%"
        stmt = stmt.where(or_(func.lower(a.c.title).like(like), func.lower(a.c.outlet).like(like), func.lower(a.c.ext_id).like(like)))
    stmt = stmt.order_by(a.c.published.desc(), a.c.id.desc()).limit(limit).offset(offset)
    with store.reader() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]




def claims(store, *, q: str = "", limit: int = 50, offset: int = 0, rank: ClaimRank = "recent") -> list[dict]:
    """Stored claims whose text contains ``q`` (case-insensitive), with their source, article and check-worthiness.

    ``rank="checkworthy"``: highest ``checkworthiness`` first, claims without one last (then the latest
    stored first); ``rank="recent"``: newest article first, claims in text order.  ``claim_id`` is the
    report's id of the claim (``c3``), ``id`` the stored claim's (``claimscope claims stance ID``).
    """
    if rank not in CLAIM_RANKS:
        raise ValueError(f"unknown rank {rank!r}; known: {', '.join(CLAIM_RANKS)}")
    c, a, src = s.claims, s.articles, s.sources
    if rank == "checkworthy":  # served by ix_claims_checkworthiness (schema.py)
        order = (nulls_last(c.c.checkworthiness.desc()), c.c.id.desc())
    else:
        order = (a.c.published.desc(), a.c.id, c.c.start)
    stmt = (
        select(
            c.c.text.label("claim"), src.c.name.label("source"), src.c.source_type, c.c.epistemic, c.c.start, c.c.end,
            a.c.published, a.c.outlet, func.coalesce(a.c.ext_id, func.substr(a.c.sha256, 1, 16)).label("article"),
            c.c.local_id.label("claim_id"), c.c.id, c.c.checkworthiness,
        )
        .select_from(c.join(a, a.c.id == c.c.article_id).outerjoin(src, src.c.id == c.c.source_id))
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    if q:
        stmt = stmt.where(func.lower(c.c.text).like(f"%{q.lower()}%"))
    with store.reader() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def _span(text: str, start: Optional[int], end: Optional[int]) -> Optional[model.Span]:
    if start is None or end is None:
        return None
    return model.Span(start=start, end=end, text=text[start:end])


def report(store, article_id: str) -> Optional[model.Report]:
    """The report of one stored article (see the module notes on what is lost), or None."""
    a = s.articles
    with store.reader() as conn:
        art = conn.execute(select(a).where(_article_where(article_id)).order_by(a.c.id).limit(1)).first()
        if art is None:
            return None
        art = art._mapping
        text = art["text"]
        if art.get("report"):  # stored whole since revision 0003
            return model.Report.model_validate({**art["report"], "text": text})

        def rows(table):
            return [r._mapping for r in conn.execute(select(table).where(table.c.article_id == art["id"]).order_by(table.c.id))]

        attr_rows = rows(s.attributions)
        claim_rows = rows(s.claims)
        local_attr = {r["id"]: r["local_id"] for r in attr_rows}
        local_claim = {r["id"]: r["local_id"] for r in claim_rows}
        attr_of_claim = {r["local_id"]: local_attr.get(r["attribution_id"]) for r in claim_rows}
        attributions = [
            model.Attribution(
                id=r["local_id"], kind=r["kind"], source=_span(text, r["source_start"], r["source_end"]),
                source_type=r["source_type"], cue=_span(text, r["cue_start"], r["cue_end"]),
                content=[x for x in [_span(text, r["content_start"], r["content_end"])] if x],
                confidence=r["confidence"] or 0.0,
            )
            for r in attr_rows
            if r["cue_start"] is not None
        ]
        claims_ = [
            model.Claim(id=r["local_id"], start=r["start"], end=r["end"], text=text[r["start"]:r["end"]],
                        attribution=local_attr.get(r["attribution_id"]), epistemic=r["epistemic"])
            for r in claim_rows
        ]
        quantities = [
            model.Quantity(
                id=r["local_id"], start=r["start"], end=r["end"], text=text[r["start"]:r["end"]],
                **{k: r[k] for k in ("value", "low", "high", "qualifier", "unit", "measure", "entity")},
                change=r["change"] or "=", claim=local_claim.get(r["claim_id"]),
                attribution=attr_of_claim.get(local_claim.get(r["claim_id"])),
            )
            for r in rows(s.quantities)
        ]
        places = [
            model.Place(
                id=r["local_id"], start=r["start"], end=r["end"], text=text[r["start"]:r["end"]],
                **{k: r[k] for k in ("geonameid", "name", "country", "admin1", "lat", "lon")},
                confidence=r["confidence"] or 0.0, feature=r["feature"] or "toponym", claim=local_claim.get(r["claim_id"]),
            )
            for r in rows(s.places)
        ]
        times = [
            model.TimeExpression(
                id=r["local_id"], start=r["start"], end=r["end"], text=text[r["start"]:r["end"]], type=r["type"] or "DATE",
                value=r["value"], mod=r["mod"], anchor=r["anchor"], claim=local_claim.get(r["claim_id"]),
            )
            for r in rows(s.times)
        ]
        findings = [model.Finding.model_validate(r["data"]) for r in rows(s.findings) if r["scope"] == "article" and r["data"]]
        sentences = [
            model.Span(start=r.start, end=r.end, text=text[r.start:r.end])
            for r in conn.execute(select(s.sentences).where(s.sentences.c.article_id == art["id"]).order_by(s.sentences.c.idx))
        ]
    return model.Report(
        schema=art["schema"] or model.SCHEMA_VERSION,
        claimscope_version=art["claimscope_version"] or "?",
        pipeline=art["pipeline"] or {},
        article=model.Article(id=art["ext_id"], title=art["title"], published=art["published"], url=art["url"],
                              outlet=art["outlet"], sha256=art["sha256"]),
        text=text,
        sentences=sentences,
        attributions=attributions,
        claims=claims_,
        quantities=quantities,
        times=times,
        places=places,
        findings=findings,
        profile=model.Profile.model_validate(art["profile"]) if art["profile"] else model.Profile(),
    )
