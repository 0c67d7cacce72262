"""The cross-article listings: figures of a measure, who is cited, where a claim first appeared.

Each listing is a list of flat dicts (one per row), which the CLI renders as
a table or exports as CSV, Parquet or JSON lines.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

import numpy as np
from sqlalchemy import delete, func, select

from claimscope import model
from claimscope.match import SAME_CLAIM, ClaimFacts, canonical_measure, figure, match_score, numbers_in, side_of_text
from claimscope.store import schema as s
from claimscope.store.db import retrying
from claimscope.store.sides import find_sides

NAMED = ("named_person", "named_organization")
CONFLICT_RATIO = 1.5  # figures of one measure further apart than this are a conflict


def figures(store, measure: str) -> list[dict]:
    """Every figure of ``measure`` across the corpus, oldest first."""
    q, c, a, src = s.quantities, s.claims, s.articles, s.sources
    wanted = canonical_measure(measure)
    with store.reader() as conn:
        names = [m for m in conn.execute(select(q.c.measure).distinct()).scalars() if m]
    # Every stored spelling of the measure's group ("killed", "died", "death toll" ...).
    spellings = [m for m in names if canonical_measure(m) == wanted or wanted in m.lower()]
    stmt = (
        select(
            a.c.published, a.c.outlet, a.c.ext_id.label("article"), q.c.value, q.c.low, q.c.high, q.c.qualifier, q.c.measure,
            q.c.entity, q.c.text.label("figure"), src.c.name.label("source"), src.c.source_type, src.c.side,
            c.c.id.label("claim_id"), c.c.epistemic, q.c.local_id.label("quantity"), c.c.text.label("claim"),
        )
        .select_from(q.join(a, a.c.id == q.c.article_id).outerjoin(c, c.c.id == q.c.claim_id).outerjoin(src, src.c.id == c.c.source_id))
        .where(q.c.measure.in_(spellings or [measure]))
        .order_by(a.c.published, a.c.id, q.c.start)
    )
    with store.reader() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    for row in rows:
        sides = find_sides(row.get("entity") or "")
        row["counted"] = sides[0] if sides else None
    return rows


def _figure(row: dict) -> Optional[float]:
    for key in ("value", "high", "low"):
        if row.get(key) is not None:
            return float(row[key])
    return None


def figure_conflicts(rows: list[dict], measure: str) -> list[model.Finding]:
    """Conflicts between the figures different sources give for one measure (pure).

    Figures are compared within what they count: the side of the counted
    (``counted``: "Russian troops" RU, "Ukrainian servicemen" UA, unknown
    compares with either side's group only when no side is known at all).
    One finding per group where at least two sources give figures: the
    spread is the ratio of the largest to the smallest; a spread of 1.5 or
    more is a conflict.
    """
    groups: dict = defaultdict(list)
    for row in rows:
        groups[row.get("counted")].append(row)
    if len(groups) > 1 and None in groups:
        unknown = groups.pop(None)
        if len(groups) == 1:  # one known side: the unknown ones count the same (the text did not repeat it)
            next(iter(groups.values())).extend(unknown)
    found = []
    for counted, group in sorted(groups.items(), key=lambda kv: str(kv[0])):
        for finding in _conflict(group, measure, counted):
            finding.id = f"x{len(found) + 1}"
            found.append(finding)
    return found


def _conflict(rows: list[dict], measure: str, counted: Optional[str]) -> list[model.Finding]:
    by_source: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if _figure(row) is not None and _figure(row) > 0:
            by_source[row.get("source") or "(unattributed)"].append(row)
    if len(by_source) < 2:
        return []
    values = []
    for source, items in by_source.items():
        for row in items:
            values.append(
                model.FindingValue(
                    value=row.get("value"), low=row.get("low"), high=row.get("high"),
                    quantity=f"{row.get('article')}:{row.get('quantity')}", source=source,
                )
            )
    figures_ = [v.value if v.value is not None else (v.high if v.high is not None else v.low) for v in values]
    lo, hi = min(figures_), max(figures_)
    spread = round(hi / lo, 3) if lo else None
    verdict = "conflict" if spread is not None and spread >= CONFLICT_RATIO else "consistent"
    low_row = min(rows, key=lambda r: _figure(r) if _figure(r) else float("inf"))
    high_row = max(rows, key=lambda r: _figure(r) or 0.0)

    def said(r: dict) -> str:
        return f"{_figure(r):,.0f} ({r.get('source') or 'unattributed'}, {r.get('outlet') or '?'}, {r.get('published') or 'undated'})"

    what = f"'{measure}'" + (f" ({counted} side counted)" if counted else "")
    summary = (
        f"{len(by_source)} sources give {len(values)} figures for {what} across "
        f"{len({r.get('article') for r in rows})} articles, from {said(low_row)} to {said(high_row)}"
        + (f": {spread:g}x apart." if spread else ".")
    )
    return [
        model.Finding(
            id="x1",
            kind="figure_conflict",
            verdict=verdict,
            summary=summary,
            claims=sorted({str(r["claim_id"]) for r in rows if r.get("claim_id") is not None}),
            values=values,
            spread=spread,
            method=f"corpus: ratio of the largest to the smallest figure across sources; conflict at >= {CONFLICT_RATIO}",
        )
    ]


def save_corpus_findings(store, key: str, found: list[model.Finding]) -> None:
    """Replace the corpus-level findings computed for ``key`` (e.g. ``figures:killed``)."""

    def work(conn):
        conn.execute(delete(s.findings).where(s.findings.c.scope == "corpus", s.findings.c.key == key))
        if found:
            conn.execute(
                s.findings.insert(),
                [
                    {"scope": "corpus", "key": key, "local_id": f.id, "kind": f.kind, "verdict": f.verdict, "summary": f.summary,
                     "data": f.model_dump(mode="json")}
                    for f in found
                ],
            )

    retrying(store.engine, work)


def sources(store) -> list[dict]:
    """Who is cited, how often, named or anonymous, by outlet; with the first date each appears."""
    c, a, src = s.claims, s.articles, s.sources
    stmt = (
        select(
            src.c.name.label("source"), src.c.source_type, src.c.side, a.c.outlet,
            func.count(c.c.id).label("claims"), func.count(func.distinct(a.c.id)).label("articles"),
            func.min(a.c.published).label("first_published"),
        )
        .select_from(c.join(src, src.c.id == c.c.source_id).join(a, a.c.id == c.c.article_id))
        .group_by(src.c.id, src.c.name, src.c.source_type, src.c.side, a.c.outlet)
        .order_by(func.count(c.c.id).desc(), src.c.name, a.c.outlet)
    )
    with store.reader() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    for row in rows:
        row["named"] = row["source_type"] in NAMED
    return rows


def claim_clusters(store, index, *, k: int = 10, min_score: float = SAME_CLAIM, batch: int = 1024) -> list[dict]:
    """Groups of matched claims across articles, each with where and when it first appeared.

    Every stored claim is searched in the vector index (batched), its
    neighbours re-scored with their facts (:func:`claimscope.match.match_score`);
    taken in order of publication, each claim joins the group of the first
    appearance it matches best (``min_score`` or more, in another article).
    """
    c, a, src = s.claims, s.articles, s.sources
    with store.reader() as conn:
        rows = conn.execute(
            select(c.c.id, c.c.text, c.c.article_id, a.c.published, a.c.outlet, a.c.ext_id, src.c.name, src.c.side)
            .select_from(c.join(a, a.c.id == c.c.article_id).outerjoin(src, src.c.id == c.c.source_id))
        ).all()
        qty: dict[int, list[tuple]] = defaultdict(list)
        q = s.quantities.c
        for cid, value, low, high, measure, entity in conn.execute(
            select(q.claim_id, q.value, q.low, q.high, q.measure, q.entity).where(q.claim_id.is_not(None))
        ):
            qty[cid].extend(figure(v, measure, entity) for v in (value, low, high) if v is not None)
        vec_rows = conn.execute(select(s.vectors.c.claim_id, s.vectors.c.vec)).all()
    info = {r.id: r for r in rows}
    facts = {r.id: ClaimFacts(numbers=tuple(qty.get(r.id) or numbers_in(r.text)), side=r.side or side_of_text(r.text)) for r in rows}
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for start in range(0, len(vec_rows), batch):
        chunk = [r for r in vec_rows[start : start + batch] if r[0] in info]
        if not chunk or index.index is None:
            continue
        vecs = np.stack([np.frombuffer(r[1], dtype=np.float16) for r in chunk])
        matches = index.index.search(vecs, min(k + 1, len(index.index)))
        keys, dists = np.atleast_2d(matches.keys), np.atleast_2d(matches.distances)
        for (cid, _), ks, ds in zip(chunk, keys, dists):
            for other, dist in zip(ks, ds):
                other = int(other)
                if other == cid or other not in info or info[other].article_id == info[cid].article_id:
                    continue
                score = match_score(1.0 - float(dist), facts[cid], facts[other])
                if score >= min_score:
                    neighbours[cid][other] = neighbours[other][cid] = max(score, neighbours[cid].get(other, score))
    # Star clustering in order of publication: a claim joins the earliest-seeded claim it matches
    # best, or seeds a group of its own; so every member matches its group's first appearance
    # (single linkage would chain 12,000 to 14,000 through claims that match both).
    seed_of: dict[int, int] = {}
    for cid in sorted(info, key=lambda m: (info[m].published or "9999", m)):
        seeds = [(score, other) for other, score in neighbours[cid].items() if seed_of.get(other) == other]
        seed_of[cid] = max(seeds)[1] if seeds else cid
    groups: dict[int, list[int]] = defaultdict(list)
    for cid in info:
        groups[seed_of[cid]].append(cid)
    out = []
    for members in groups.values():
        if len({info[m].article_id for m in members}) < 2:
            continue
        members.sort(key=lambda m: (info[m].published or "9999", m))
        first = info[members[0]]
        out.append(
            {
                "first_claim_id": first.id, "first_published": first.published, "first_outlet": first.outlet,
                "first_source": first.name, "claim": first.text, "claims": len(members),
                "articles": len({info[m].article_id for m in members}),
                "outlets": "; ".join(sorted({info[m].outlet for m in members if info[m].outlet})),
                "sources": "; ".join(sorted({info[m].name for m in members if info[m].name})),
                "claim_ids": ",".join(str(m) for m in members),
            }
        )
    out.sort(key=lambda r: (-r["articles"], r["first_published"] or ""))
    return out
