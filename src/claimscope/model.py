"""The JSON contract: pydantic models of a claimscope report.

One data model for everything: the CLI, the store, the web app and every
renderer read a :class:`Report`.  ``claimscope schema`` prints the JSON
Schema generated from these classes.

Every span carries ``start``/``end`` as Python ``str`` indices into
``Report.text`` and the ``text`` it covers, so ``report.text[start:end] ==
text`` holds for every span in every report.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "claimscope/1"

AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "floating", "agentless"]
SourceType = Literal[
    "named_person", "named_organization", "anonymous", "collective", "document_or_media", "pronoun", "unknown"
]
Epistemic = Literal["asserted", "reported", "hedged", "alleged", "estimated", "denied", "disputed"]
EvidenceKind = Literal["video", "photo", "document", "witness", "official_statement", "estimate", "media_report"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of the article text."""

    start: int = Field(description="Start offset (Python str index) into the report's text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="report.text[start:end]")


class Article(_Model):
    id: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = Field(None, description="Publication date, YYYY-MM-DD.")
    url: Optional[str] = None
    outlet: Optional[str] = None
    sha256: str = Field(description="SHA-256 of the analyzed text (UTF-8).")


class Attribution(_Model):
    id: str
    kind: AttributionKind
    source: Optional[Span] = None
    source_type: Optional[SourceType] = None
    antecedent: Optional[Span] = Field(
        None, description="For pronoun sources ('they continued'), the antecedent the pronoun refers to."
    )
    cue: Span
    content: list[Span] = Field(default_factory=list, description="Content spans; quotes may run across sentences.")
    confidence: float = Field(ge=0.0, le=1.0)


class Evidence(_Model):
    kind: EvidenceKind
    span: Span


class Claim(_Model):
    id: str
    start: int
    end: int
    text: str
    attribution: Optional[str] = Field(None, description="Attribution id, or null for the article's own voice.")
    epistemic: Epistemic
    hedges: list[Span] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class Quantity(_Model):
    id: str
    start: int
    end: int
    text: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None
    change: str = Field("=", description="One of = ~ > < up down.")
    unit: Optional[str] = None
    measure: Optional[str] = Field(None, description="What happened to what is counted: killed, injured, death toll ...")
    entity: Optional[str] = Field(None, description="What is counted: 'Kremlin servicemen' ...")
    measure_span: Optional[Span] = None
    entity_span: Optional[Span] = None
    claim: Optional[str] = None
    attribution: Optional[str] = None


class TimeExpression(_Model):
    id: str
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: Optional[str] = Field(None, description="TIMEX3-style normalized value, e.g. 2022-02-24, 2022-03, P3Y.")
    mod: Optional[str] = None
    anchor: Optional[str] = Field(None, description="What the value was resolved against: 'published', 'text', ...")
    reason: Optional[str] = Field(None, description="Why value is null, when it is.")
    claim: Optional[str] = None


class Place(_Model):
    id: str
    start: int
    end: int
    text: str
    geonameid: Optional[int] = None
    name: Optional[str] = None
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 code.")
    admin1: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    confidence: float = 0.0
    feature: Literal["toponym", "demonym"] = "toponym"
    reason: Optional[str] = Field(None, description="Why the place is unresolved, or how an ambiguity was settled.")
    claim: Optional[str] = None


class FindingValue(_Model):
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    quantity: Optional[str] = None
    source: Optional[str] = None


class Finding(_Model):
    id: str
    kind: Literal["figure_conflict", "spatial_check"]
    verdict: str
    summary: str
    claims: list[str] = Field(default_factory=list)
    values: list[FindingValue] = Field(default_factory=list)
    spread: Optional[float] = None
    places: list[str] = Field(default_factory=list)
    measured: dict[str, float] = Field(default_factory=dict)
    method: Optional[str] = None


class Profile(_Model):
    """The one-glance sourcing summary an analyst reads first."""

    n_claims: int = 0
    n_attributions: int = 0
    by_source_type: dict[str, int] = Field(default_factory=dict)
    by_kind: dict[str, int] = Field(default_factory=dict)
    share_anonymous: float = Field(0.0, description="Share of attributed claims resting on anonymous sources.")
    share_anonymous_or_collective: float = Field(0.0, description="Share of attributed claims resting on anonymous or collective sources.")
    share_hedged: float = Field(0.0, description="Share of claims that are hedged, alleged, estimated, disputed or denied.")
    share_unattributed: float = 0.0
    named_sources: list[str] = Field(default_factory=list)
    summary: str = ""


class Report(_Model):
    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    claimscope_version: str
    pipeline: dict[str, str] = Field(default_factory=dict, description="Versions of the models used.")
    article: Article
    text: str
    sentences: list[Span] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    profile: Profile = Field(default_factory=Profile)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self, **kwargs) -> str:
        return self.model_dump_json(by_alias=True, **kwargs)

    def to_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")

    def _repr_html_(self) -> str:  # Jupyter, like displaCy
        from claimscope.render.html import render_html

        return render_html(self, standalone=False)


class ErrorRecord(_Model):
    """What a batch writes for an input that could not be analyzed."""

    id: Optional[str] = None
    error: dict[str, str]


def json_schema() -> dict:
    return Report.model_json_schema(by_alias=True)
