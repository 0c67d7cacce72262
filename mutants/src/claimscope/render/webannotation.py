"""W3C Web Annotation JSON-LD: one annotation per span of the report.

Each annotation targets the article (its URL, or ``urn:sha256:<hash>`` of the
analyzed text) through two selectors that must agree: a
``TextQuoteSelector`` (exact text with up to 32 characters of prefix and
suffix, which survives small edits of the page) and a
``TextPositionSelector`` (start/end in Unicode code points, which is what
Python ``str`` offsets are). Bodies are ``TextualBody`` tags (the role of the
span: source, cue, content, claim, hedge, evidence, figure, place, date) and a
description; related spans share the ``claimscope`` ids in their tags.

See https://www.w3.org/TR/annotation-model/ (sections 3.2, 4.2.4, 4.2.6).
"""

from __future__ import annotations

from typing import Iterator, Optional

from claimscope import model
from claimscope.render.common import source_name

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_LEN = 32


def article_iri(report: model.Report) -> str:
    return report.article.url or f"urn:sha256:{report.article.sha256}"


def selectors(text: str, start: int, end: int, *, context: int = CONTEXT_LEN) -> list[dict]:
    return [
        {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": text[max(0, start - context):start],
         "suffix": text[end:end + context]},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def _spans(report: model.Report) -> Iterator[tuple[str, str, int, int, str, list[str]]]:
    """(id suffix, role, start, end, description, tags) for every span of the report."""
    attributions = {a.id: a for a in report.attributions}
    for a in report.attributions:
        who = source_name(a)
        if a.source is not None:
            yield (f"{a.id}-source", "source", a.source.start, a.source.end,
                   f"Source of attribution {a.id} ({a.source_type or 'unknown'})", [a.id])
        if a.antecedent is not None:
            yield (f"{a.id}-antecedent", "antecedent", a.antecedent.start, a.antecedent.end,
                   f"Antecedent of the pronoun source of {a.id}", [a.id])
        yield (f"{a.id}-cue", "cue", a.cue.start, a.cue.end,
               f"Cue of attribution {a.id} ({a.kind}); source: {who or 'none'}", [a.id, a.kind])
        for i, c in enumerate(a.content):
            yield (f"{a.id}-content-{i}", "content", c.start, c.end, f"Content of attribution {a.id}; source: {who or 'none'}", [a.id])
    for c in report.claims:
        a = attributions.get(c.attribution or "")
        who = source_name(a) if a else None
        desc = f"Claim {c.id}, {c.epistemic}; source: " + (who or ("no named agent" if a else "the article's own voice"))
        yield (c.id, "claim", c.start, c.end, desc, [c.id, c.epistemic] + ([a.id] if a else []))
        for i, h in enumerate(c.hedges):
            yield (f"{c.id}-hedge-{i}", "hedge", h.start, h.end, f"Hedge in claim {c.id}", [c.id])
        for i, e in enumerate(c.evidence):
            yield (f"{c.id}-evidence-{i}", "evidence", e.span.start, e.span.end, f"Evidence ({e.kind}) for claim {c.id}", [c.id, e.kind])
    for q in report.quantities:
        bits = [f"value {q.value:g}" if q.value is not None else None, f"unit {q.unit}" if q.unit else None,
                f"measure {q.measure}" if q.measure else None, f"of {q.entity}" if q.entity else None]
        yield (q.id, "figure", q.start, q.end, "Figure: " + ", ".join(b for b in bits if b), [x for x in (q.claim, q.measure) if x])
    for p in report.places:
        if p.lat is None or p.lon is None:
            desc = f"Unresolved place ({p.reason or 'no match'})"
        else:
            where = f"geonames {p.geonameid}" if p.geonameid is not None else f"approximate point: {p.reason or 'no GeoNames id'}"
            desc = f"Place: {p.name or p.text}, {p.country or '?'} ({p.lat:.4f}, {p.lon:.4f}), {where}"
        yield (p.id, "place", p.start, p.end, desc, [x for x in (p.claim,) if x])
    for t in report.times:
        desc = f"{t.type} {t.value}" if t.value else f"{t.type}, unresolved ({t.reason or 'no value'})"
        yield (t.id, "date", t.start, t.end, desc, [x for x in (t.claim,) if x])


def _link(report: model.Report, item_id: str) -> str:
    return f"urn:claimscope:{report.article.sha256[:16]}:{item_id}"


def to_webannotation(report: model.Report, *, creator: Optional[str] = None) -> list[dict]:
    """One W3C Web Annotation per span, in the order attributions, claims, figures, places, dates."""
    source = article_iri(report)
    generator = {"type": "Software", "name": f"claimscope {report.claimscope_version}"}
    out = []
    for suffix, role, start, end, description, tags in _spans(report):
        bodies = [{"type": "TextualBody", "purpose": "tagging", "value": role}]
        bodies += [{"type": "TextualBody", "purpose": "tagging", "value": tag} for tag in tags]
        bodies.append({"type": "TextualBody", "purpose": "describing", "value": description, "format": "text/plain"})
        anno = {
            "@context": CONTEXT,
            "id": _link(report, suffix),
            "type": "Annotation",
            "motivation": "highlighting" if role in ("claim", "content") else "tagging",
            "generator": generator,
            "body": bodies,
            "target": {"source": source, "selector": selectors(report.text, start, end)},
        }
        if creator:
            anno["creator"] = creator
        out.append(anno)
    return out
