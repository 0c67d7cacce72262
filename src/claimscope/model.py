"""The JSON contract: pydantic models of a claimscope report.

One data model for everything: the CLI, the store, the web app and every
renderer read a :class:`Report`.  ``claimscope schema`` prints the JSON
Schema generated from these classes.

Every span carries ``start``/``end`` as Python ``str`` indices into
``Report.text`` and the ``text`` it covers, so ``report.text[start:end] ==
text`` holds for every span in every report.
"""

from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from claimscope.vocab import (
    AttributionKind,
    Change,
    Epistemic,
    EvidenceKind,
    FigureRelation,
    FindingKind,
    PlaceFeature,
    Section,
    SourceType,
    TimeType,
    Verdict,
)

SCHEMA_VERSION = "claimscope/1"
__version__ = "0.1.0"


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
    section: Section = Field("body", description="Where the attribution stands: body, headline, dateline or byline.")
    speaker: Optional[str] = Field(None, description="Id of the Source (report.sources) who speaks: one speaker, one source.")


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
    epistemic_cue: Optional[Span] = Field(None, description="The words that set the epistemic status, when words did.")
    because: Optional[str] = Field(None, description="The rule that set the epistemic status, in words.")
    hedges: list[Span] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    checkworthiness: Optional[float] = Field(
        None, ge=0.0, le=1.0, description="How much the claim deserves checking (0-1; claimscope.triage.checkworthiness)."
    )


class Frame(_Model):
    """What a figure is about: two figures are compared only when their frames are comparable.

    Every part found in the text keeps its span; parts that are null were not
    found (and are compatible with anything, except where
    :mod:`claimscope.domain.figures` says otherwise).
    """

    measure: Optional[str] = Field(None, description="Canonical measure: killed, injured, displaced, arrested, cost ...")
    measure_span: Optional[Span] = None
    population: Optional[str] = Field(None, description="Population class of the counted: military, civilian, children ...")
    side: Optional[str] = Field(None, description="ISO country of the counted ('Russian soldiers' -> RU), when named.")
    population_span: Optional[Span] = None
    scope: Optional[str] = Field(None, description="Where the counted events happened, as the text names it.")
    scope_places: list[str] = Field(default_factory=list, description="Place ids (report.places) of the scope.")
    scope_span: Optional[Span] = None
    incident: Optional[str] = Field(None, description="Key of the incident counted: figures of different incidents never conflict.")
    incident_span: Optional[Span] = None
    as_of: Optional[str] = Field(None, description="TIMEX3 value the figure is as of (the date of its sentence or paragraph).")
    as_of_time: Optional[str] = Field(None, description="Id of the time expression that dates the figure.")
    since: Optional[str] = Field(None, description="Start of the counted period ('since February 24').")
    source: Optional[str] = Field(None, description="Id of the Source that gives the figure; null for the article's own voice.")
    related_to: Optional[str] = Field(None, description="Id of a quantity this one is part of, a sub-measure of, or restates.")
    relation: Optional[FigureRelation] = None


class Quantity(_Model):
    id: str
    start: int
    end: int
    text: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None
    change: Change = Field("=", description="One of = ~ > < up down.")
    unit: Optional[str] = None
    measure: Optional[str] = Field(None, description="What happened to what is counted: killed, injured, death toll ...")
    entity: Optional[str] = Field(None, description="What is counted: 'Kremlin servicemen' ...")
    measure_span: Optional[Span] = None
    entity_span: Optional[Span] = None
    claim: Optional[str] = None
    attribution: Optional[str] = None
    frame: Optional[Frame] = Field(None, description="What the figure counts, where, when and by whose word.")


class TimeExpression(_Model):
    id: str
    start: int
    end: int
    text: str
    type: TimeType
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
    feature: PlaceFeature = "toponym"
    reason: Optional[str] = Field(None, description="Why the place is unresolved, or how an ambiguity was settled.")
    claim: Optional[str] = None


class FindingValue(_Model):
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    quantity: Optional[str] = None
    source: Optional[str] = Field(None, description="Who gives the figure, as the text names them.")
    source_id: Optional[str] = Field(None, description="Id of the Source (report.sources).")
    as_of: Optional[str] = None
    frame: Optional[Frame] = None


class FactCheckRef(_Model):
    """A known fact-check (the store's ``factchecks`` table) that probably checked a claim."""

    claim: str = Field(description="The claim the fact-check reviewed, in its own words.")
    title: Optional[str] = Field(None, description="The fact-check's headline.")
    rating: Optional[str] = Field(None, description="The publisher's rating, as published ('False', 'Unproven' ...).")
    publisher: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = Field(None, description="Publication date of the fact-check, YYYY-MM-DD.")
    score: float = Field(ge=0.0, le=1.0, description="Re-ranker probability: orders the candidates for one claim.")
    confidence: float = Field(
        ge=0.0, le=1.0, description="How likely this fact-check checked the claim, comparable across claims (claimscope.triage.retrieval)."
    )


class Finding(_Model):
    id: str
    kind: FindingKind
    verdict: Verdict
    summary: str
    because: Optional[str] = Field(None, description="Why the figures (or places) were compared and what settled it.")
    claims: list[str] = Field(default_factory=list)
    values: list[FindingValue] = Field(default_factory=list)
    spread: Optional[float] = None
    places: list[str] = Field(default_factory=list)
    measured: dict[str, float] = Field(default_factory=dict)
    method: Optional[str] = None
    geometry: Optional[dict[str, Any]] = Field(
        None, description="GeoJSON FeatureCollection of what a spatial check measured (points, border, the measured line)."
    )
    factchecks: list[FactCheckRef] = Field(
        default_factory=list,
        description="previously_checked: the known fact-checks that probably checked the claim, best first (omitted when empty).",
    )

    @model_serializer(mode="wrap")
    def _omit_empty_factchecks(self, handler):
        # Only previously_checked findings carry fact-checks: the others serialize as before the field existed.
        data = handler(self)
        if not self.factchecks and isinstance(data, dict):
            data.pop("factchecks", None)
        return data


class Source(_Model):
    """One speaker of the article with all its mentions: "Dmitry Peskov", "Peskov", "he" are one source."""

    id: str
    name: str = Field(description="The fullest name the article gives.")
    type: SourceType
    aliases: list[str] = Field(default_factory=list, description="Other names the article uses for this source.")
    mentions: list[Span] = Field(default_factory=list)
    attributions: list[str] = Field(default_factory=list, description="Ids of the attributions this source speaks in.")


class Profile(_Model):
    """The one-glance sourcing summary an analyst reads first."""

    n_claims: int = 0
    n_attributions: int = 0
    n_sources: int = Field(0, description="Distinct speakers (report.sources), not source strings.")
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
    sources: list[Source] = Field(default_factory=list)
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


class ErrorRecord(_Model):
    """What a batch writes for an input that could not be analyzed."""

    id: Optional[str] = None
    error: dict[str, str]


def json_schema() -> dict:
    return Report.model_json_schema(by_alias=True)
