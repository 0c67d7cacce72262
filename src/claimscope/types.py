"""Small frozen records that pipeline components write to ``Doc`` extensions.

Offsets are ``(start_char, end_char)`` tuples of Python ``str`` indices into
``doc.text``.  These are the components' working records, not a second
contract: they carry offsets only (no text copies while components replace
records, e.g. the source typer re-types attributions), and nothing the whole
report alone knows (a quantity's claim, sources, frames).
:func:`claimscope.report.to_model` turns each into its
:class:`claimscope.model` class field by field by name, so a new field is
declared here and in ``model.py`` and nowhere else (docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

Offsets = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """One attribution relation: a source says (cue) some content."""

    id: str
    kind: str
    cue: Offsets
    source: Optional[Offsets] = None
    source_type: Optional[str] = None
    content: tuple[Offsets, ...] = ()
    confidence: float = 0.5
    # For pronoun sources ("they continued"), the span of the antecedent.
    antecedent: Optional[Offsets] = None
    section: str = "body"  # body | headline | dateline | byline (vocab.SECTIONS)


@dataclass(frozen=True)
class Evidence:
    kind: str
    span: Offsets


@dataclass(frozen=True)
class Claim:
    """One asserted proposition with its attribution and epistemic status."""

    id: str
    span: Offsets
    attribution: Optional[str] = None
    epistemic: str = "asserted"
    hedges: tuple[Offsets, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # The words that set ``epistemic`` (None when none did) and the rule, in one sentence.
    epistemic_cue: Optional[Offsets] = None
    because: Optional[str] = None


@dataclass(frozen=True)
class Quantity:
    id: str
    span: Offsets
    value: Optional[float]
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None
    change: str = "="
    unit: Optional[str] = None
    measure: Optional[str] = None
    entity: Optional[str] = None
    measure_span: Optional[Offsets] = None
    entity_span: Optional[Offsets] = None


@dataclass(frozen=True)
class TimeExpression:
    id: str
    span: Offsets
    type: str
    value: Optional[str]
    mod: Optional[str] = None
    anchor: Optional[str] = None
    reason: Optional[str] = None


@dataclass(frozen=True)
class Place:
    id: str
    span: Offsets
    geonameid: Optional[int] = None
    name: Optional[str] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    confidence: float = 0.0
    feature: str = "toponym"  # toponym | demonym
    reason: Optional[str] = None
    extra: dict = field(default_factory=dict, hash=False, compare=False)
