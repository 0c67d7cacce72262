"""Frame every countable quantity of a report: the rules of the sibling modules, put together in text order.

* incident: figures of one measure more than ``INCIDENT_GAP`` sentences from
  the previous figure of that measure start a new incident (a report on
  several attacks tells them one after the other).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from claimscope import model
from claimscope.domain.figures import UNKNOWN_SOURCE, Figure
from claimscope.domain.measures import population_of, side_of
from claimscope.domain.sides import find_sides
from claimscope.frames.common import Framed, _CLAUSE_BREAK, _name_key, _paragraph_starts, _sentence_index
from claimscope.frames.counted import INCIDENT_GAP, NO_FRAME_UNITS, _borrowed, _measure
from claimscope.frames.owners import _holder, _own_places, _owner, _place_key, _places_in
from claimscope.frames.revisions import _dates_in, _is_earlier, _is_revised
from claimscope.frames.sources import (
    _attribution_of, _claimant, _clause_giver, _figure_in, _participle_giver, _possessor, _source_key, _speaker_of,
)
from claimscope.frames.wording import _ALTERNATIVE, _HYPOTHETICAL, _SCORE_GAP, _is_modifier, _is_part, _is_vague, _modality


def frame_report(report: model.Report) -> list[Framed]:
    """Frame every countable quantity of ``report`` and set ``Quantity.frame`` (returned in text order)."""
    starts, sents = _sentence_index(report)
    paragraphs = _paragraph_starts(report.text)
    framed: list[Framed] = []
    last_sentence: dict[str, int] = {}
    incident: dict[str, int] = {}
    quantities = sorted(report.quantities, key=lambda q: q.start)
    countable = [q for q in quantities if q.value is not None and q.unit not in NO_FRAME_UNITS]
    position = {q.id: k for k, q in enumerate(countable)}
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
        owners[q.id] = _possessor(report, q, sent) or _claimant(report, q, sent) or (
            None if att else _clause_giver(report, q, sent) or _participle_giver(report, q, sent)
        )
        giver = owners[q.id] or (att.source.text if att and att.source else None)
        if giver:
            givers[q.id] = giver
    # names that count nothing when a figure's counted "entity" is only one of them: places and the article's sources
    toponyms = [p for p in report.places if p.feature == "toponym"]
    names = frozenset(_name_key(p.text) for p in toponyms) | frozenset(
        _name_key(n) for src in report.sources if src.type == "named_organization" for n in (src.name, *src.aliases)
    )  # a person named as the counted ("people under 45 … Mr. Sanders") is left as the parse has it
    borrowed = _borrowed(countable, starts, report.text, givers, names, tuple((p.start, p.end) for p in toponyms))

    def entity_of(x: model.Quantity) -> Optional[str]:  # the figure's own source, or a place, is not what it counts
        giver = givers.get(x.id)
        if x.entity and (_name_key(x.entity) in names or (giver and x.entity.lower() in giver.lower())):
            return None
        return x.entity

    for q in quantities:
        donor = borrowed.get(q.id, q)
        measure = _measure(donor, entity_of(donor))
        if q.value is None or measure is None or q.unit in NO_FRAME_UNITS or _is_modifier(report, q):
            continue
        i = max(0, bisect.bisect_right(starts, q.start) - 1)
        sent = sents[i]
        att = atts[q.id]
        source, source_text, source_side = _source_key(att)
        if att and att.source and any(_figure_in(att.source, x) for x in quantities):
            source = UNKNOWN_SOURCE  # "72 percent of Democrats said …, while 48 percent": poll answers, not a source
        owner = owners.get(q.id)
        if owner:
            source, source_text, side = _speaker_of(report, owner) or owner.lower(), owner, find_sides(owner)
            source_side = side[0] if side else None
        scope = _own_places(report, q, sent, _places_in(report, sent.start, sent.end, exclude), exclude)
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
        owner_of = _owner(report, donor, sents[max(0, bisect.bisect_right(starts, donor.start) - 1)]) or _holder(report, q, sent)
        figure = Figure(
            value=float(q.value), low=q.low, high=q.high, change=q.change, unit=q.unit, measure=measure,
            population=frame.population, side=frame.side, owner=owner_of, scope=scope, incident=frame.incident, as_of=frame.as_of,
            since=since, source=source, source_side=source_side, part=part, vague=_is_vague(q), sentence=i,
            borrowed=donor is not q,
        )
        revised = _is_revised(report, q, sent)
        k = position[q.id]
        prev_end = countable[k - 1].end if k > 0 else sent.start
        following = countable[k + 1].start if k + 1 < len(countable) and countable[k + 1].start < sent.end else None
        earlier = _is_earlier(report, q, sent, prev_end, following)
        alternative = (k > 0 and bool(_ALTERNATIVE.match(report.text[countable[k - 1].end : q.start]))) or (
            following is not None and bool(_ALTERNATIVE.match(report.text[q.end : following]))
        )
        if alternative:
            figure = replace(figure, vague=True)
        first = None  # the first figure of a score "44% to 43%" that this figure belongs to
        if k > 0 and countable[k - 1].unit == q.unit and _SCORE_GAP.match(report.text[countable[k - 1].end : q.start]):
            first = countable[k - 1]
        elif following is not None and countable[k + 1].unit == q.unit and _SCORE_GAP.match(report.text[q.end : following]):
            first = q
        if first is not None and not re.search(r"\b(?:from|between)\s+$", report.text[sent.start : first.start]):
            figure = replace(figure, modality="score")
        clause = _CLAUSE_BREAK.split(report.text[max(sent.start, prev_end) : q.start])[-1]
        modality = _modality(report, q, q.start - len(clause), sent)
        if modality:
            figure = replace(figure, modality=modality)
        if _HYPOTHETICAL.search(clause) or _HYPOTHETICAL.search(report.text[sent.start : q.start].split(",")[0]):
            figure = replace(figure, hypothetical=True)
        framed.append(Framed(q, frame, figure, i, revised, source_text, earlier))
    return framed
