"""Turn an annotated ``Doc`` into the :class:`~claimscope.model.Report` contract.

This is the only place where pipeline records become pydantic models; checks
(:mod:`claimscope.checks`) then add findings and the profile is summed up.
"""

from __future__ import annotations

import bisect
import hashlib
from typing import Optional, Sequence

from spacy.tokens import Doc

from claimscope import model
from claimscope import types as t
from claimscope.inputs import ArticleInput


def make_span(text: str, offsets: Optional[t.Offsets]) -> Optional[model.Span]:
    if offsets is None:
        return None
    start, end = offsets
    return model.Span(start=start, end=end, text=text[start:end])


def _flat(text: str, offsets: t.Offsets) -> dict:
    start, end = offsets
    return {"start": start, "end": end, "text": text[start:end]}


class _ClaimIndex:
    """Finds the claim whose span holds a character offset (claims do not overlap much)."""

    def __init__(self, claims: Sequence[model.Claim]):
        self.claims = sorted(claims, key=lambda c: c.start)
        self.starts = [c.start for c in self.claims]

    def find(self, start: int, end: int) -> Optional[model.Claim]:
        i = bisect.bisect_right(self.starts, start) - 1
        # Walk back a little: the innermost claim that contains the span wins.
        best = None
        for j in range(i, max(-1, i - 4), -1):
            c = self.claims[j]
            if c.start <= start and end <= c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return best


def _trimmed(text: str, start: int, end: int) -> model.Span:
    """A span without its surrounding whitespace (spaCy keeps trailing newlines in sentences)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return model.Span(start=start, end=end, text=text[start:end])


def from_doc(doc: Doc, article: ArticleInput, *, pipeline: Optional[dict] = None) -> model.Report:
    """Build the report of one analyzed article (without findings and profile)."""
    text = doc.text
    attributions = [
        model.Attribution(
            id=a.id,
            kind=a.kind,
            source=make_span(text, a.source),
            source_type=a.source_type,
            antecedent=make_span(text, a.antecedent),
            cue=make_span(text, a.cue),
            content=[make_span(text, c) for c in a.content],
            confidence=round(min(1.0, max(0.0, a.confidence)), 3),
            section=a.section,
        )
        for a in (doc._.attributions or [])
    ]
    claims = [
        model.Claim(
            id=c.id,
            **_flat(text, c.span),
            attribution=c.attribution,
            epistemic=c.epistemic,
            epistemic_cue=make_span(text, c.epistemic_cue),
            because=c.because,
            hedges=[make_span(text, h) for h in c.hedges],
            evidence=[model.Evidence(kind=e.kind, span=make_span(text, e.span)) for e in c.evidence],
        )
        for c in (doc._.claims or [])
    ]
    index = _ClaimIndex(claims)
    claim_attr = {c.id: c.attribution for c in claims}

    def claim_of(offsets: t.Offsets) -> Optional[str]:
        found = index.find(*offsets)
        return found.id if found else None

    quantities = []
    for q in doc._.quantities or []:
        cid = claim_of(q.span)
        quantities.append(
            model.Quantity(
                id=q.id,
                **_flat(text, q.span),
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                change=q.change,
                unit=q.unit,
                measure=q.measure,
                entity=q.entity,
                measure_span=make_span(text, q.measure_span),
                entity_span=make_span(text, q.entity_span),
                claim=cid,
                attribution=claim_attr.get(cid) if cid else None,
            )
        )
    times = [
        model.TimeExpression(
            id=x.id,
            **_flat(text, x.span),
            type=x.type,
            value=x.value,
            mod=x.mod,
            anchor=x.anchor,
            reason=x.reason,
            claim=claim_of(x.span),
        )
        for x in (doc._.times or [])
    ]
    places = [
        model.Place(
            id=p.id,
            **_flat(text, p.span),
            geonameid=p.geonameid,
            name=p.name,
            country=p.country,
            admin1=p.admin1,
            lat=p.lat,
            lon=p.lon,
            confidence=round(p.confidence, 3),
            feature=p.feature,
            reason=p.reason,
            claim=claim_of(p.span),
        )
        for p in (doc._.places or [])
    ]
    return model.Report(
        claimscope_version=model.__version__,
        pipeline=pipeline or {},
        article=model.Article(
            id=article.id,
            title=article.title,
            published=article.published,
            url=article.url,
            outlet=article.outlet,
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        ),
        text=text,
        sentences=[_trimmed(text, s.start_char, s.end_char) for s in doc.sents if s.text.strip()],
        attributions=attributions,
        claims=claims,
        quantities=quantities,
        times=times,
        places=places,
    )
