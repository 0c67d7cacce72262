"""Who disputes whom: the stance of every stored article that carries a claim.

For a stored claim, the articles that carry it (the claim's own article and those with a matching claim,
``claimscope.store.vectors.similar_claims``) each get a stance toward the claim's text from
:func:`claimscope.stance.report.report_stance` (the FNC-1 model over the article, plus the article's own
analysis: a close claim marked ``denied`` is ``disagree``, one only reported is ``discuss``), with the
sentences that decided it.  Two corpus findings sum them up:

* ``disputed``: at least one source or outlet disagrees while another agrees, naming both sides;
* ``supported``: at least two sources agree and none disagrees.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import select

from claimscope import model
from claimscope.stance.report import report_stance
from claimscope.store import browse
from claimscope.store import schema as s
from claimscope.store.vectors import VectorIndex, similar_claims

RELATED = 0.4  # match score from which another article's claim is taken as carrying the claim (same claim: 0.6)


def _claim_row(store, claim_id: int) -> Optional[dict]:
    c, a, src = s.claims, s.articles, s.sources
    stmt = (
        select(c.c.id.label("claim_id"), c.c.text, a.c.ext_id, a.c.outlet, a.c.published, src.c.name.label("source"))
        .select_from(c.join(a, a.c.id == c.c.article_id).outerjoin(src, src.c.id == c.c.source_id))
        .where(c.c.id == claim_id)
    )
    with store.reader() as conn:
        row = conn.execute(stmt).first()
    return dict(row._mapping) if row else None


def claim_stances(store, claim_id: int, *, k: int = 25, min_score: float = RELATED, index: Optional[VectorIndex] = None) -> tuple[dict, list[dict], list[model.Finding]]:
    """(the claim, one row per article that carries it, oldest first, the corpus findings).

    Each row: article, outlet, published, source (of the article's matching claim), its claim text, the
    stance (agree, disagree, discuss, unrelated), its score, and the deciding sentences.
    """
    claim = _claim_row(store, claim_id)
    if claim is None:
        raise LookupError(claim_id)
    carriers = [{**claim, "match": 1.0}]
    seen = {claim["ext_id"]}
    for m in similar_claims(store, claim_id, k=k, min_score=min_score, index=index):
        if m["ext_id"] not in seen:
            seen.add(m["ext_id"])
            carriers.append({**m, "match": m["score"]})
    rows = []
    for c in carriers:
        report = browse.report(store, c["ext_id"])
        if report is None:
            continue
        label, score, evidence = report_stance(claim["text"], report)
        rows.append({
            "article": c["ext_id"], "outlet": c.get("outlet"), "published": c.get("published"), "source": c.get("source"),
            "claim": c["text"], "match": round(float(c["match"]), 3), "stance": label, "score": score,
            "evidence": " … ".join(e.text for e in evidence[:2]),
        })
    rows.sort(key=lambda r: (r.get("published") or "", r["article"]))
    return claim, rows, stance_findings(claim, rows)


def _who(row: dict) -> str:
    return f"{row.get('source') or 'the article'} ({row.get('outlet') or row['article']}, {row.get('published') or 'undated'})"


def stance_findings(claim: dict, rows: list[dict]) -> list[model.Finding]:
    """``disputed`` when some articles disagree and others agree; ``supported`` when two or more agree and none disagrees."""
    agree = [r for r in rows if r["stance"] == "agree"]
    disagree = [r for r in rows if r["stance"] == "disagree"]
    quoted = f"\u201c{' '.join(claim['text'].split())}\u201d"
    if agree and disagree:
        return [model.Finding(
            id="s1", kind="disputed", verdict="disputed",
            summary=f"{'; '.join(_who(r) for r in disagree)} disagree{'s' if len(disagree) == 1 else ''} with {quoted}, "
                    f"which {'; '.join(_who(r) for r in agree)} assert{'s' if len(agree) == 1 else ''}.",
            because="The stance model reads each article (and its own analysis: a denied claim disagrees) toward the claim; "
                    "articles on both sides carry it.",
            method="claimscope.stance (FNC-1 model) over the articles of the claim group",
        )]
    if len(agree) >= 2:
        return [model.Finding(
            id="s1", kind="supported", verdict="supported",
            summary=f"{len(agree)} articles agree with {quoted} and none disagrees: {'; '.join(_who(r) for r in agree)}.",
            because="Every article of the claim group that takes a side agrees with the claim.",
            method="claimscope.stance (FNC-1 model) over the articles of the claim group",
        )]
    return []
