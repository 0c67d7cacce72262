"""Writing reports into the store: one transaction per batch, one savepoint per article.

:func:`report_rows` is pure: it turns a report (the ``Report.to_dict()``
contract) into rows that refer to each other by the report's local ids.
:func:`write_report` resolves those ids to database ids inside a transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional, Union

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from claimscope import model
from claimscope.domain.sides import source_side
from claimscope.speakers import entity_key, link_sources
from claimscope.store import schema as s
from claimscope.vocab import WEAK

_DETERMINERS = re.compile(r"^(?:the|a|an|one|some|several|two|three|its|their|his|her)\s+", re.I)
_SPACE = re.compile(r"\s+")

ADDED, REPLACED, SKIPPED = "added", "replaced", "skipped"


def source_key(name: str) -> str:
    """A source's name, compared: case, quotes, determiners and spacing ignored (the alias of old stores)."""
    key = _SPACE.sub(" ", name.replace("’", "'").replace("‘", "'").strip().strip(",.;:")).lower()
    previous = None
    while previous != key:
        previous, key = key, _DETERMINERS.sub("", key)
    return key[:300]


@dataclass
class ReportRows:
    article: dict
    sentences: list[dict] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)  # entity key -> row
    aliases: dict[str, list[str]] = field(default_factory=dict)  # entity key -> every name it is cited under
    attributions: list[dict] = field(default_factory=list)  # with "_source_key"
    claims: list[dict] = field(default_factory=list)  # with "_attribution"
    quantities: list[dict] = field(default_factory=list)  # with "_claim"
    places: list[dict] = field(default_factory=list)
    times: list[dict] = field(default_factory=list)
    findings: list[dict] = field(default_factory=list)


def _span_cols(prefix: str, span: Optional[dict]) -> dict:
    span = span or {}
    return {f"{prefix}start": span.get("start"), f"{prefix}end": span.get("end"), f"{prefix}text": span.get("text")}


def report_rows(report: Union[dict, model.Report]) -> ReportRows:
    """The rows of one report, ids still local (``a1``, ``c3``)."""
    if isinstance(report, dict):
        report = model.Report.model_validate(report)
    given = report.to_dict()  # stored as given: the store gives back the report it was given
    if report.attributions and not report.sources:  # a report built without core.finish
        report = link_sources(report.model_copy(deep=True))
    report = report.to_dict()
    art = report["article"]
    rows = ReportRows(
        article={
            "sha256": art["sha256"],
            "ext_id": (art.get("id") or None) and str(art["id"])[:500],
            "title": art.get("title"),
            "published": art.get("published"),
            "url": art.get("url"),
            "outlet": art.get("outlet"),
            "text": report["text"],
            "schema": report.get("schema"),
            "claimscope_version": report.get("claimscope_version"),
            "pipeline": report.get("pipeline") or {},
            "profile": report.get("profile") or {},
            "report": {k: v for k, v in given.items() if k != "text"},
            "n_claims": len(report.get("claims") or []),
            "ingested_at": datetime.now(timezone.utc),
        }
    )
    rows.sentences = [{"idx": i, "start": x["start"], "end": x["end"]} for i, x in enumerate(report.get("sentences") or [])]
    places = report.get("places") or []
    # Sources are entities (claimscope.speakers): one row per speaker, merged across articles by its key.
    speaker_key: dict[str, str] = {}
    for src in report.get("sources") or []:
        key = entity_key(model.Source(**src), art["sha256"])
        speaker_key[src["id"]] = key
        inside = [p.get("country") for p in places if any(m["start"] <= p["start"] and p["end"] <= m["end"] for m in src["mentions"])]
        rows.sources.setdefault(
            key, {"key": key, "name": src["name"].strip(), "source_type": src["type"], "side": source_side(src["name"], countries=inside)}
        )
        names = rows.aliases.setdefault(key, [])
        for name in [src["name"], *src.get("aliases", [])]:
            if name.strip()[:300] not in names:
                names.append(name.strip()[:300])
    for a in report.get("attributions") or []:
        src = a.get("source")
        key = speaker_key.get(a.get("speaker") or "")
        content = a.get("content") or []
        rows.attributions.append(
            {
                "local_id": a["id"],
                "kind": a["kind"],
                "_source_key": key,
                **_span_cols("source_", src),
                "source_type": a.get("source_type"),
                "antecedent_text": (a.get("antecedent") or {}).get("text"),
                **_span_cols("cue_", a.get("cue")),
                "content_start": min((c["start"] for c in content), default=None),
                "content_end": max((c["end"] for c in content), default=None),
                "confidence": a.get("confidence"),
            }
        )
    for c in report.get("claims") or []:
        rows.claims.append(
            {
                "local_id": c["id"],
                "start": c["start"],
                "end": c["end"],
                "text": c["text"],
                "_attribution": c.get("attribution"),
                "epistemic": c["epistemic"],
                "hedged": c["epistemic"] in WEAK or bool(c.get("hedges")),
                "evidence": ",".join(sorted({e["kind"] for e in c.get("evidence") or []})) or None,
                "checkworthiness": c.get("checkworthiness"),  # revision 0006: set by core.finish, None without it
            }
        )
    for q in report.get("quantities") or []:
        rows.quantities.append(
            {
                "local_id": q["id"], "start": q["start"], "end": q["end"], "text": q["text"], "_claim": q.get("claim"),
                **{k: q.get(k) for k in ("value", "low", "high", "qualifier", "change", "unit", "measure", "entity")},
            }
        )
    for p in places:
        rows.places.append(
            {
                "local_id": p["id"], "start": p["start"], "end": p["end"], "text": p["text"], "_claim": p.get("claim"),
                **{k: p.get(k) for k in ("geonameid", "name", "country", "admin1", "lat", "lon", "confidence", "feature")},
            }
        )
    for x in report.get("times") or []:
        rows.times.append(
            {
                "local_id": x["id"], "start": x["start"], "end": x["end"], "text": x["text"], "_claim": x.get("claim"),
                **{k: x.get(k) for k in ("type", "value", "mod", "anchor")},
            }
        )
    for f in report.get("findings") or []:
        rows.findings.append(
            {"scope": "article", "local_id": f.get("id"), "kind": f["kind"], "verdict": f.get("verdict"), "summary": f.get("summary"), "data": f}
        )
    return rows


def _strip(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _insert_returning(conn: Connection, table, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    stmt = table.insert().returning(table.c.id, sort_by_parameter_order=True)
    return [r[0] for r in conn.execute(stmt, rows)]


def _source_ids(conn: Connection, sources: dict[str, dict], aliases: Optional[dict[str, list[str]]] = None) -> dict[str, int]:
    if not sources:
        return {}
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(s.sources).on_conflict_do_nothing(index_elements=["key"]), list(sources.values()))
    found = dict(conn.execute(select(s.sources.c.key, s.sources.c.id).where(s.sources.c.key.in_(list(sources)))).all())
    alias_rows = [{"source_id": found[key], "alias": name} for key, names in (aliases or {}).items() if key in found for name in names]
    if alias_rows:
        conn.execute(insert(s.source_aliases).on_conflict_do_nothing(index_elements=["source_id", "alias"]), alias_rows)
    return found


def delete_article(conn: Connection, article_id: int) -> None:
    """Remove an article and every row that belongs to it (portable: no reliance on ON DELETE)."""
    claim_ids = select(s.claims.c.id).where(s.claims.c.article_id == article_id).scalar_subquery()
    conn.execute(delete(s.vectors).where(s.vectors.c.claim_id.in_(claim_ids)))
    for table in s.ARTICLE_CHILDREN:
        if table is not s.vectors:
            conn.execute(delete(table).where(table.c.article_id == article_id))
    conn.execute(delete(s.articles).where(s.articles.c.id == article_id))


def write_report(
    conn: Connection,
    report: Union[dict, model.Report],
    *,
    vectors: Optional[list[bytes]] = None,
    vector_model: str = "",
    vector_dim: int = 0,
    update: bool = False,
) -> tuple[str, Optional[int]]:
    """Write one report inside the caller's transaction, in a savepoint of its own.

    Args:
        vectors: one embedding blob per claim, in the report's claim order (or None).
        update: replace an article already stored under the same text hash.

    Returns:
        (outcome, article id): outcome is "added", "replaced" or "skipped".
    """
    rows = report_rows(report)
    sha = rows.article["sha256"]
    existing = conn.execute(select(s.articles.c.id).where(s.articles.c.sha256 == sha)).scalar()
    if existing is not None and not update:
        return SKIPPED, existing
    try:
        with conn.begin_nested():
            if existing is not None:
                delete_article(conn, existing)
            article_id = conn.execute(s.articles.insert().returning(s.articles.c.id), rows.article).scalar_one()
            conn.execute(s.sentences.insert(), [{**r, "article_id": article_id} for r in rows.sentences]) if rows.sentences else None
            src_ids = _source_ids(conn, rows.sources, rows.aliases)
            attr_rows = [{**_strip(r), "article_id": article_id, "source_id": src_ids.get(r["_source_key"])} for r in rows.attributions]
            attr_ids = dict(zip((r["local_id"] for r in rows.attributions), _insert_returning(conn, s.attributions, attr_rows)))
            attr_source = {r["local_id"]: r["source_id"] for r in attr_rows}
            claim_rows = [
                {
                    **_strip(r),
                    "article_id": article_id,
                    "attribution_id": attr_ids.get(r["_attribution"]),
                    "source_id": attr_source.get(r["_attribution"]),
                }
                for r in rows.claims
            ]
            claim_ids_list = _insert_returning(conn, s.claims, claim_rows)
            claim_ids = dict(zip((r["local_id"] for r in rows.claims), claim_ids_list))
            for table, recs in ((s.quantities, rows.quantities), (s.places, rows.places), (s.times, rows.times)):
                if recs:
                    conn.execute(table.insert(), [{**_strip(r), "article_id": article_id, "claim_id": claim_ids.get(r["_claim"])} for r in recs])
            if rows.findings:
                conn.execute(s.findings.insert(), [{**r, "article_id": article_id} for r in rows.findings])
            if vectors:
                conn.execute(
                    s.vectors.insert(),
                    [
                        {"claim_id": cid, "model": vector_model, "dim": vector_dim, "vec": blob}
                        for cid, blob in zip(claim_ids_list, vectors)
                        if blob is not None
                    ],
                )
            if rows.article["ext_id"]:
                same_text = s.failures.c.message.contains(f"sha256 {sha[:16]}]")  # the same input only (store.failure_tag)
                conn.execute(delete(s.failures).where(s.failures.c.item_id == rows.article["ext_id"], same_text))
    except IntegrityError:
        # Another writer stored the same text between our check and our insert.
        stored = conn.execute(select(s.articles.c.id).where(s.articles.c.sha256 == sha)).scalar()
        if stored is None:
            raise
        return SKIPPED, stored
    return (REPLACED if existing is not None else ADDED), article_id


def record_failure(conn: Connection, item_id: Optional[str], error: dict) -> None:
    """Record a failed input once (a later failure of the same item replaces the earlier record)."""
    if item_id:
        conn.execute(delete(s.failures).where(s.failures.c.item_id == item_id))
    conn.execute(
        s.failures.insert(),
        {
            "item_id": item_id,
            "kind": error.get("kind", "internal"),
            "message": error.get("message"),
            "created_at": datetime.now(timezone.utc),
        },
    )


def count(conn: Connection, table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar_one()
