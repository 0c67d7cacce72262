"""Frames: what each figure of a report is about.

A figure's frame is its measure (killed, injured ...), the counted population
and its side, the places it is about (scope), the incident it belongs to, the
date it is as of and the period it counts from, and its source.  Frames are
built from the Report alone: the quantity's own measure and entity, the places
and times found in its sentence, its attribution, and the sentences around it.

Rules (each is one function below):

* measure: the canonical group of the quantity's measure (domain.measures); for
  money and percentages without a measure word, what they are about
  ("about:unemployment").  Durations, ages and distances have no frame.
* population and side: from the counted entity and the measure words
  ("civilian deaths" -> civilians; "Kremlin servicemen" -> military, RU).
* scope: the toponyms of the figure's sentence outside the source's own words
  ("Ukraine's military" does not make a figure about Ukraine); a sentence
  without one takes the places of the previous sentence of its paragraph.
* incident: figures of one measure more than ``INCIDENT_GAP`` sentences from
  the previous figure of that measure start a new incident (a report on
  several attacks tells them one after the other).
* as_of and since: a full date in the figure's sentence; one after "since",
  "from" or "as of the start" is the start of the counted period.
* part: "three of the people", "including 12 children", "an additional
  20,000", "in serious condition": a part, an increment or a sub-measure of
  another figure, never compared with a total.
* revised: the figure's sentence words it as an update ("rose to", "has
  climbed to", "now stands at").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from claimscope import model
from claimscope.domain.figures import UNKNOWN_SOURCE, Figure
from claimscope.domain.measures import known_measure, measure_group, population_of, side_of
from claimscope.domain.numbers import vague_range
from claimscope.domain.sides import find_sides
from claimscope.domain.units import singular

INCIDENT_GAP = 2  # sentences between two figures of one measure beyond which they count different incidents
NO_FRAME_UNITS = frozenset(
    "years of age,months of age,weeks of age,days of age,year,month,week,day,hour,minute,second,decade,century,km,mi,nmi,m,kg,t,ft,sq km,ha,acre,°C,°F".split(",")
)

_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them|an additional|another|a further|additional)\s+$", re.I)
_PART_AFTER = re.compile(r"^\s*(?:more|others|other|additional)?\s*(?:of (?:the|them|those|whom)|among)\b", re.I)
_SUB_MEASURE = re.compile(
    r"\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|hospitali[sz]ed|in hospital|intensive care|life-threatening)\b", re.I
)
_WORDS = re.compile(r"[a-z][a-z'-]*")
# Counted nouns that stand for a figure said before ("the total", "that figure", "it").
_ANAPHORS = frozenset("total figure number count tally estimate estimates it that this which one ones others other".split())
# Counted nouns too generic to say what is counted on their own.
_DETERMINERS = frozenset("the a an its their his her our this that these those some all".split())
_GENERIC_HEADS = frozenset("people person percent time times year years thing things way ways point points part".split())
# "Forbes's 1,864": a proper name in the possessive right before a figure gives it.
_POSSESSOR = re.compile(r"\b([A-Z][\w&.-]*(?:[ /-][A-Z][\w&.-]*){0,3})['’]s?\s+(?:own\s+)?(?:estimate\s+of\s+|count\s+of\s+|figure\s+of\s+)?\$?$")
# Where a clause begins inside a sentence, and a named subject of a verb that gives a figure.
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:while|whereas|but|and)\s+", re.I)
_GIVER = re.compile(
    r"^\s*(?:(?:While|Whereas|But|And|Yet|Meanwhile,?)\s+)?(?:the\s+)?([A-Z][\w&.'’-]*(?:[ /-](?:of\s+|the\s+)?[A-Z][\w&.'’-]*){0,4})\s+"
    r"(?:lists|listed|puts|put|pegs|pegged|estimates|estimated|counts|counted|values|valued|ranks|ranked|tallies|"
    r"says|said|finds|found|shows|showed|reports|reported|calculates|calculated|projects|projected)\b"
)
_GIVER_INSIDE = re.compile(_GIVER.pattern.replace("^\\s*", "[,;]\\s*", 1))
_VAGUE_PLURAL = re.compile(r"^(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I)
# Words that set two figures of one sentence against each other: the second may leave its measure unsaid.
_CONTRAST = re.compile(r"\b(?:while|whereas|another|others?|but|compared with|versus|vs\.?|initially|earlier|up from|down from|rather than|instead of)\b", re.I)
_REVISED = re.compile(
    r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|raised|revised|updated|now stands|now at|has reached|"
    r"had reached|reached|up from|down from|from an earlier|later|subsequent|revised|updated|new estimate|now)\b",
    re.I,
)
_SINCE = re.compile(r"\b(?:since|from|as of the start of|beginning)\s+(?:the\s+\w+(?:\s+\w+){0,3}\s+(?:on|in)\s+)?$", re.I)


@dataclass(frozen=True)
class Framed:
    """A quantity with its frame and the reading the comparison needs."""

    quantity: model.Quantity
    frame: model.Frame
    figure: Figure
    sentence: int
    revised: bool
    source_text: Optional[str]


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n+", text):
        starts.append(m.end())
    return starts


def _sentence_index(report: model.Report) -> tuple[list[int], list[model.Span]]:
    sents = report.sentences or [model.Span(start=0, end=len(report.text), text=report.text)]
    return [s.start for s in sents], sents


def _attribution_of(report: model.Report, q: model.Quantity, by_id: dict[str, model.Attribution]) -> Optional[model.Attribution]:
    if q.attribution and q.attribution in by_id:
        return by_id[q.attribution]
    for a in report.attributions:
        if any(c.start <= q.start and q.end <= c.end for c in a.content):
            return a
    return None


def _head(entity: Optional[str]) -> Optional[str]:
    """The head word of a counted entity, singular: "Syrian refugees" -> "refugee"."""
    words = _WORDS.findall((entity or "").lower())
    if not words:
        return None
    return singular(words[-1])


_OWN = object()  # "the quantity's own entity"


def _measure(q: model.Quantity, entity: object = _OWN) -> Optional[str]:
    """The frame's measure: the measure group; else what money or a share is about; else what a count counts."""
    entity = q.entity if entity is _OWN else entity
    group = measure_group(q.measure)
    if group is not None:
        return group
    head = _head(entity)
    if head is None or head in _ANAPHORS or head in _GENERIC_HEADS:
        return None
    named = known_measure(entity)  # "Mr. Trump's wealth", "the real unemployment rate"
    if named is not None:
        return named
    words = [w for w in _WORDS.findall(entity.lower()) if w not in _DETERMINERS]
    key = " ".join(words[:-1] + [head])
    if q.unit not in (None, "people"):
        return "about:" + key
    return "count:" + key


def _borrowed(
    qs: list[model.Quantity], starts: list[int], text: str, givers: dict[str, str]
) -> dict[str, model.Quantity]:
    """Figures that take their measure from a neighbour ("one company says 2,400 billionaires, another says
    about 1,800"; "initially 10, has risen to 12"; "the total may have climbed above 8,000").

    A figure with no measure of its own, or whose counted noun is an anaphor ("total", "figure", "it"), borrows
    from the nearest figure of the same unit with a measure: in its sentence first, then in the
    ``INCIDENT_GAP`` sentences before it.  A counted "entity" that is the figure's own source ("Forbes says it
    is $4.5 billion") counts nothing.  Two figures of one sentence are set side by side by a contrast word or by
    another source giving the second ("Hurun lists X at $6.5 billion, Forbes says it is $4.5 billion").
    """
    out: dict[str, model.Quantity] = {}

    def entity(q: model.Quantity) -> Optional[str]:
        giver = givers.get(q.id)
        return None if q.entity and giver and q.entity.lower() in giver.lower() else q.entity

    sentence = {q.id: bisect.bisect_right(starts, q.start) - 1 for q in qs}
    for q in qs:
        own = entity(q)
        head = _head(own)
        if own and _measure(q, own) is not None and head not in _ANAPHORS:
            continue
        if own and head not in _ANAPHORS:
            continue  # it counts something else, only unnamed
        if not own and q.measure and measure_group(q.measure):
            continue  # a measure word of its own
        anaphor = head in _ANAPHORS
        same = [
            c for c in qs if c is not q and sentence[c.id] == sentence[q.id]
            and (anaphor or _sets_against(text[min(c.end, q.end) : max(c.start, q.start)]))
        ]
        before = [c for c in qs if 0 < sentence[q.id] - sentence[c.id] <= INCIDENT_GAP] if anaphor else []
        for group in (sorted(same, key=lambda c: abs(c.start - q.start)), sorted(before, key=lambda c: -c.start)):
            donor = next(
                (c for c in group if c.unit == q.unit and entity(c) and _measure(c, entity(c)) and _head(entity(c)) not in _ANAPHORS),
                None,
            )
            if donor is not None:
                out[q.id] = donor
                break
    return out


def _sets_against(between: str) -> bool:
    return bool(_CONTRAST.search(between) or _GIVER_INSIDE.search(between))


def _possessor(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """A name that owns the figure: "compared with Forbes's 1,864", "Hurun's 568" -> "Forbes", "Hurun"."""
    start = max(sentence.start, q.start - 60)
    m = _POSSESSOR.search(report.text[start : q.start])
    if m is None:
        return None
    s, e = start + m.start(1), start + m.end(1)
    if any(p.start < e and s < p.end for p in report.places):
        return None  # "China's 260" names where, not who
    return m.group(1)


def _clause_giver(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """The named subject of a figure-giving verb in the figure's own clause: "while Bloomberg lists them … with $55
    billion", "Forbes puts his net worth at $45 billion", "the Tax Foundation estimates that it would cost $374 billion"."""
    before = report.text[sentence.start : q.start]
    clause = _CLAUSE_BREAK.split(before)[-1]
    m = _GIVER.match(clause)
    if m is None:
        return None
    start = q.start - len(clause) + m.start(1)
    if any(p.start <= start < p.end for p in report.places):
        return None  # "China has the most": a place that has, not a source that gives
    return m.group(1)


def _source_key(a: Optional[model.Attribution]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(source key, source text, side of the source); the article's own voice is (None, None, None)."""
    if a is None:
        return None, None, None
    speaker = a.antecedent or a.source
    if speaker is None:
        return UNKNOWN_SOURCE, None, None
    text = " ".join(speaker.text.split())
    key = a.speaker or text.lower().removeprefix("the ")
    sides = find_sides(text)
    return key, a.source.text if a.source else text, (sides[0] if sides else None)


def _places_in(report: model.Report, start: int, end: int, exclude: list[tuple[int, int]]) -> frozenset[str]:
    out = set()
    for p in report.places:
        if p.feature != "toponym" or not (start <= p.start and p.end <= end):
            continue
        if any(s <= p.start and p.end <= e for s, e in exclude):
            continue
        out.add(_place_key(p))
    return frozenset(out)


def _place_key(p: model.Place) -> str:
    return str(p.geonameid) if p.geonameid else p.text.lower()


def _dates_in(
    report: model.Report, q: model.Quantity, start: int, end: int
) -> tuple[Optional[model.TimeExpression], Optional[str]]:
    """(the date the figure is as of, the start of its period): the full dates of its claim, else of its sentence."""
    dates = [x for x in report.times if x.type == "DATE" and x.value and x.value[:1].isdigit()]
    own = [x for x in dates if q.claim and x.claim == q.claim]
    as_of, since = None, None
    for x in own or [x for x in dates if start <= x.start < end]:
        if _SINCE.search(report.text[max(start, x.start - 60) : x.start]):
            since = since or x.value
        elif as_of is None:
            as_of = x
    return as_of, since


def _is_part(report: model.Report, q: model.Quantity, sentence: model.Span) -> bool:
    text = report.text
    before = text[max(sentence.start, q.start - 20) : q.start]
    after = text[q.end : min(sentence.end, q.end + 40)]
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after):
        return True
    clause = text[q.start : min(sentence.end, q.end + 60)]
    return bool(_SUB_MEASURE.search(clause))


def revised_between(report: model.Report, a: Framed, b: Framed) -> bool:
    """Whether ``b`` is worded as an update of ``a``: in one sentence the cue stands between them
    ("initially 10, has risen to 12"); across sentences, anywhere before ``b`` in its sentence."""
    if a.sentence == b.sentence:
        return bool(_REVISED.search(report.text[a.quantity.end : b.quantity.start]))
    return b.revised


def _is_vague(q: model.Quantity) -> bool:
    return bool(q.qualifier) and vague_range(q.qualifier) is not None or bool(_VAGUE_PLURAL.match(q.text))


def frame_report(report: model.Report) -> list[Framed]:
    """Frame every countable quantity of ``report`` and set ``Quantity.frame`` (returned in text order)."""
    starts, sents = _sentence_index(report)
    paragraphs = _paragraph_starts(report.text)
    framed: list[Framed] = []
    last_sentence: dict[str, int] = {}
    incident: dict[str, int] = {}
    quantities = sorted(report.quantities, key=lambda q: q.start)
    countable = [q for q in quantities if q.value is not None and q.unit not in NO_FRAME_UNITS]
    by_id = {a.id: a for a in report.attributions}
    # a source's own words never say where a figure is ("U.S. commanders said", "Ukraine's military")
    exclude = [(a.source.start, a.source.end) for a in report.attributions if a.source] + [
        (a.cue.start, a.cue.end) for a in report.attributions
    ]
    givers: dict[str, str] = {}  # who gives each figure, as the text names them
    owners: dict[str, Optional[str]] = {}
    atts: dict[str, Optional[model.Attribution]] = {}  # each countable figure's attribution, found once
    for q in countable:
        sent = sents[max(0, bisect.bisect_right(starts, q.start) - 1)]
        att = atts[q.id] = _attribution_of(report, q, by_id)
        owners[q.id] = _possessor(report, q, sent) or (None if att else _clause_giver(report, q, sent))
        giver = owners[q.id] or (att.source.text if att and att.source else None)
        if giver:
            givers[q.id] = giver
    borrowed = _borrowed(countable, starts, report.text, givers)

    def entity_of(x: model.Quantity) -> Optional[str]:  # the figure's own source is not what it counts
        giver = givers.get(x.id)
        return None if x.entity and giver and x.entity.lower() in giver.lower() else x.entity

    for q in quantities:
        donor = borrowed.get(q.id, q)
        measure = _measure(donor, entity_of(donor))
        if q.value is None or measure is None or q.unit in NO_FRAME_UNITS:
            continue
        i = max(0, bisect.bisect_right(starts, q.start) - 1)
        sent = sents[i]
        att = atts[q.id]
        source, source_text, source_side = _source_key(att)
        owner = owners.get(q.id)
        if owner:
            source, source_text, side = owner.lower(), owner, find_sides(owner)
            source_side = side[0] if side else None
        scope = _places_in(report, sent.start, sent.end, exclude)
        paragraph = bisect.bisect_right(paragraphs, q.start)
        if not scope and i > 0 and bisect.bisect_right(paragraphs, sents[i - 1].start) == paragraph:
            scope = _places_in(report, sents[i - 1].start, sents[i - 1].end, exclude)
        if measure not in incident:
            incident[measure] = 0
        elif i - last_sentence[measure] > INCIDENT_GAP:
            incident[measure] += 1
        last_sentence[measure] = i
        scope_places = [p for p in report.places if p.feature == "toponym" and _place_key(p) in scope]
        as_of, since = _dates_in(report, q, sent.start, sent.end)
        counted = " ".join(x for x in (donor.entity, donor.measure) if x)
        part = _is_part(report, q, sent)
        frame = model.Frame(
            measure=measure,
            measure_span=donor.measure_span,
            population=population_of(counted),
            side=side_of(donor.entity),
            population_span=donor.entity_span,
            scope=", ".join(dict.fromkeys(p.text for p in scope_places)) or None,
            scope_places=[p.id for p in scope_places],
            incident=f"{measure}#{incident[measure]}",
            as_of=as_of.value if as_of else None,
            as_of_time=as_of.id if as_of else None,
            since=since,
            source=att.speaker if att else None,
            relation="part_of" if part else None,
        )
        q.frame = frame
        figure = Figure(
            value=float(q.value), low=q.low, high=q.high, change=q.change, unit=q.unit, measure=measure,
            population=frame.population, side=frame.side, scope=scope, incident=frame.incident, as_of=frame.as_of,
            since=since, source=source, source_side=source_side, part=part, vague=_is_vague(q), sentence=i,
        )
        revised = bool(_REVISED.search(report.text[sent.start : q.start]))
        framed.append(Framed(q, frame, figure, i, revised, source_text))
    return framed
