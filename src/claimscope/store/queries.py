"""The cross-article listings: figures of a measure, who is cited, where a claim first appeared.

Each listing is a list of flat dicts (one per row), which the CLI renders as
a table or exports as CSV, Parquet or JSON lines.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Optional

import numpy as np
from sqlalchemy import delete, func, select

from claimscope import model
from claimscope.domain.figures import Figure, comparable, relation
from claimscope.domain.measures import measure_group, population_of, side_of
from claimscope.match import SAME_CLAIM, ClaimFacts, figure, match_score, numbers_in, side_of_text
from claimscope.store import schema as s
from claimscope.store.db import retrying

NAMED = ("named_person", "named_organization")


def figures(store, measure: str) -> list[dict]:
    """Every figure of ``measure`` across the corpus, oldest first, each with its frame (from the stored report)."""
    q, c, a, src = s.quantities, s.claims, s.articles, s.sources
    wanted = measure_group(measure)
    with store.reader() as conn:
        names = [m for m in conn.execute(select(q.c.measure).distinct()).scalars() if m]
    # Every stored spelling of the measure's group ("killed", "died", "death toll", "civilian deaths" ...).
    spellings = [m for m in names if measure_group(m) == wanted or wanted in m.lower()]
    stmt = (
        select(
            a.c.id.label("article_id"), a.c.published, a.c.outlet, a.c.ext_id.label("article"), q.c.value, q.c.low,
            q.c.high, q.c.qualifier, q.c.measure, q.c.entity, q.c.text.label("figure"), src.c.name.label("source"),
            src.c.source_type, src.c.side, c.c.id.label("claim_id"), c.c.epistemic, q.c.local_id.label("quantity"),
            c.c.text.label("claim"),
        )
        .select_from(q.join(a, a.c.id == q.c.article_id).outerjoin(c, c.c.id == q.c.claim_id).outerjoin(src, src.c.id == c.c.source_id))
        .where(q.c.measure.in_(spellings or [measure]))
        .order_by(a.c.published, a.c.id, q.c.start)
    )
    with store.reader() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        ids = sorted({r["article_id"] for r in rows})
        frames: dict[tuple, dict] = {}
        for article_id, report in conn.execute(select(a.c.id, a.c.report).where(a.c.id.in_(ids))) if ids else ():
            for quantity in (report or {}).get("quantities") or []:
                if quantity.get("frame"):
                    frames[(article_id, quantity["id"])] = quantity["frame"]
    for row in rows:
        frame = frames.get((row.pop("article_id"), row["quantity"])) or {}
        row["counted"] = frame.get("side") or side_of(row.get("entity"))
        row["population"] = frame.get("population") or population_of(row.get("entity"))
        row["scope"] = frame.get("scope")
        row["as_of"] = frame.get("as_of")
        row["part"] = frame.get("relation") is not None
        row["frame"] = " · ".join(str(x) for x in (wanted, row["population"], row["counted"], row["scope"]) if x)
    return rows


def measures(store) -> list[dict]:
    """What the stored figures count: one row per measure group (:func:`measure_group`), most figures first.

    ``spellings`` lists the stored measure texts of the group ("death toll; died; killed").
    """
    q = s.quantities.c
    stmt = select(q.measure, func.count().label("n")).where(q.measure.is_not(None)).group_by(q.measure)
    groups: dict[str, dict] = {}
    with store.reader() as conn:
        pairs = conn.execute(select(q.measure, q.article_id).distinct().where(q.measure.is_not(None))).all()
        counts = conn.execute(stmt).all()
    articles: dict[str, set] = defaultdict(set)
    for measure, article_id in pairs:
        articles[measure_group(measure) or measure].add(article_id)
    for measure, n in counts:
        key = measure_group(measure) or measure
        g = groups.setdefault(key, {"measure": key, "figures": 0, "articles": 0, "spellings": []})
        g["figures"] += n
        g["spellings"].append(measure)
    for key, g in groups.items():
        g["articles"] = len(articles[key])
        g["spellings"] = "; ".join(sorted(set(g["spellings"])))
    return sorted(groups.values(), key=lambda g: (-g["figures"], g["measure"]))


def _figure(row: dict) -> Optional[float]:
    for key in ("value", "high", "low"):
        if row.get(key) is not None:
            return float(row[key])
    return None


def _as_figure(row: dict, measure: Optional[str]) -> Figure:
    """A store row as the domain compares figures: its frame, its source, its date.

    A figure the text does not date is taken as of its article's month: tolls a
    month apart are a revision or a different time, never a conflict.
    """
    name = (row.get("source") or "").strip().lower() or None
    scope = frozenset(p.strip().lower() for p in (row.get("scope") or "").split(",") if p.strip())
    return Figure(
        value=_figure(row), low=row.get("low"), high=row.get("high"), measure=measure,
        population=row.get("population"), side=row.get("counted"), scope=scope,
        as_of=row.get("as_of") or (row.get("published") or "")[:7] or None, source=name, source_side=row.get("side"),
        part=bool(row.get("part")),
    )


def figure_conflicts(rows: list[dict], measure: str) -> list[model.Finding]:
    """Conflicts and revisions between the figures of one measure across articles (pure).

    The same rule as within an article (:mod:`claimscope.domain.figures`):
    figures are grouped by frame (population, side of the counted, places;
    an unknown part of a frame is compatible with any), and a group with
    figures from at least two sources is a finding: ``conflict`` when two
    of them differ as the domain defines it (ranges apart, dates compatible),
    ``consistent`` otherwise.  A later figure of the same source is a
    ``figure_revision``, never a conflict.
    """
    wanted = measure_group(measure)
    usable = [r for r in rows if _figure(r) is not None and _figure(r) > 0 and not r.get("part")]
    figs = [_as_figure(r, wanted) for r in usable]
    groups: list[list[int]] = []
    for i, f in enumerate(figs):  # greedy: a figure joins the first group it is comparable with, member by member
        for group in groups:
            if all(comparable(f, figs[j])[0] for j in group):
                group.append(i)
                break
        else:
            groups.append([i])
    found: list[model.Finding] = []
    for group in groups:
        found.extend(_group_findings([usable[i] for i in group], [figs[i] for i in group], measure))
    for k, finding in enumerate(found):
        finding.id = f"x{k + 1}"
    return found


def _said(r: dict) -> str:
    return f"{_figure(r):,.0f} ({r.get('source') or 'unattributed'}, {r.get('outlet') or '?'}, {r.get('published') or 'undated'})"


def _group_findings(rows: list[dict], figs: list[Figure], measure: str) -> list[model.Finding]:
    out = []
    conflicting: set[int] = set()
    for i, j in combinations(range(len(rows)), 2):
        kind, why = relation(figs[i], figs[j])
        if kind == "conflict":
            conflicting |= {i, j}
        elif kind == "revision":
            out.append(
                model.Finding(
                    id="", kind="figure_revision", verdict="revision",
                    summary=f"{rows[i].get('source') or 'unattributed'} revises '{measure}': {_said(rows[i])} → {_said(rows[j])}.",
                    because=f"{why}.", method="corpus: claimscope.domain.figures.relation",
                    claims=sorted({str(r["claim_id"]) for r in (rows[i], rows[j]) if r.get("claim_id") is not None}),
                    values=[_finding_value(r) for r in (rows[i], rows[j])],
                )
            )
    sources = {f.source for f in figs}
    if len(sources) < 2:
        return out
    members = sorted(conflicting) if conflicting else list(range(len(rows)))
    chosen = [rows[k] for k in members]
    values = [_figure(r) for r in chosen]
    spread = round(max(values) / min(values), 3) if min(values) else None
    counted = rows[0].get("counted")
    what = f"'{measure}'" + (f" ({counted} side counted)" if counted else "")
    low_row, high_row = min(chosen, key=_figure), max(chosen, key=_figure)
    summary = (
        f"{len({(r.get('source') or '').lower() for r in chosen})} sources give {len(chosen)} figures for {what} across "
        f"{len({r.get('article') for r in chosen})} articles, from {_said(low_row)} to {_said(high_row)}"
        + (f": {spread:g}x apart." if spread else ".")
    )
    out.insert(
        0,
        model.Finding(
            id="", kind="figure_conflict", verdict="conflict" if conflicting else "consistent", summary=summary,
            because=(
                "Same frame (" + (rows[0].get("frame") or measure) + "): "
                + ("ranges of different sources do not overlap, at comparable dates." if conflicting
                   else "the sources' figures agree within the domain's tolerance or their ranges overlap.")
            ),
            claims=sorted({str(r["claim_id"]) for r in chosen if r.get("claim_id") is not None}),
            values=[_finding_value(r) for r in chosen],
            spread=spread,
            method="corpus: frames compared by claimscope.domain.figures (the same rule as within an article)",
        ),
    )
    return out


def _finding_value(row: dict) -> model.FindingValue:
    return model.FindingValue(
        value=row.get("value"), low=row.get("low"), high=row.get("high"),
        quantity=f"{row.get('article')}:{row.get('quantity')}", source=row.get("source") or "(unattributed)",
        as_of=row.get("as_of") or row.get("published"),
    )


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
    """Who is cited: one row per source entity, with its aliases, outlets, claims, articles and first date.

    A source is an entity (:func:`claimscope.speakers.entity_key`): "The Russian
    Defense Ministry" and "Russia's defence ministry" are one row whatever the
    outlet; a generic description ("officials") is one row per article.
    """
    c, a, src, al = s.claims, s.articles, s.sources, s.source_aliases
    stmt = (
        select(
            src.c.id, src.c.name.label("source"), src.c.source_type, src.c.side,
            func.count(c.c.id).label("claims"), func.count(func.distinct(a.c.id)).label("articles"),
            func.min(a.c.published).label("first_published"),
        )
        .select_from(c.join(src, src.c.id == c.c.source_id).join(a, a.c.id == c.c.article_id))
        .group_by(src.c.id, src.c.name, src.c.source_type, src.c.side)
        .order_by(func.count(c.c.id).desc(), src.c.name)
    )
    with store.reader() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        outlets: dict[int, set[str]] = defaultdict(set)
        for sid, outlet in conn.execute(
            select(c.c.source_id, a.c.outlet).distinct().select_from(c.join(a, a.c.id == c.c.article_id)).where(c.c.source_id.is_not(None))
        ):
            if outlet:
                outlets[sid].add(outlet)
        aliases: dict[int, list[str]] = defaultdict(list)
        for sid, alias in conn.execute(select(al.c.source_id, al.c.alias).order_by(al.c.id)):
            aliases[sid].append(alias)
    for row in rows:
        sid = row.pop("id")
        row["named"] = row["source_type"] in NAMED
        row["aliases"] = "; ".join(x for x in aliases.get(sid, []) if x != row["source"])
        row["outlet"] = "; ".join(sorted(outlets.get(sid, ())))
        row["outlets"] = len(outlets.get(sid, ()))
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
