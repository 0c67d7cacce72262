"""Turn an annotated ``Doc`` into the :class:`~claimscope.model.Report` contract.

This is the only place where pipeline records become pydantic models; checks
(:mod:`claimscope.checks`) then add findings and the profile is summed up.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import is_dataclass
from typing import Any, Optional, Sequence

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


def _is_offsets(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, int) for v in value)


def _to_field(value: Any, text: str) -> Any:
    """A record's value as the contract holds it: offsets become spans, nested records their models."""
    if _is_offsets(value):
        return make_span(text, value)
    if is_dataclass(value):
        return to_model(value, getattr(model, type(value).__name__), text)
    if isinstance(value, (tuple, list)):
        return [_to_field(v, text) for v in value]
    return value


def to_model(record: Any, cls: type, text: str, **extra: Any):
    """The contract model ``cls`` of a pipeline record, field by field by name.

    A record's ``span`` becomes the model's ``start``/``end``/``text``; offsets become spans;
    fields the record does not have (links only the whole report knows) come from ``extra``.
    A new field is declared in ``types.py`` and ``model.py``; nothing here changes.
    """
    data: dict[str, Any] = {}
    if hasattr(record, "span") and "start" in cls.model_fields:
        data.update(_flat(text, record.span))
    for name in cls.model_fields:
        if name in extra:
            data[name] = extra[name]
        elif name not in data and hasattr(record, name):
            data[name] = _to_field(getattr(record, name), text)
    return cls(**data)


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
        to_model(a, model.Attribution, text, confidence=round(min(1.0, max(0.0, a.confidence)), 3))
        for a in (doc._.attributions or [])
    ]
    claims = [to_model(c, model.Claim, text) for c in (doc._.claims or [])]
    index = _ClaimIndex(claims)
    claim_attr = {c.id: c.attribution for c in claims}

    def claim_of(offsets: t.Offsets) -> Optional[str]:
        found = index.find(*offsets)
        return found.id if found else None

    quantities = []
    for q in doc._.quantities or []:
        cid = claim_of(q.span)
        quantities.append(to_model(q, model.Quantity, text, claim=cid, attribution=claim_attr.get(cid) if cid else None))
    times = [to_model(x, model.TimeExpression, text, claim=claim_of(x.span)) for x in (doc._.times or [])]
    places = [
        to_model(p, model.Place, text, confidence=round(p.confidence, 3), claim=claim_of(p.span))
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
