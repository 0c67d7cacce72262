"""What a figure counts: its measure, and a counted thing borrowed from a neighbour.

* measure: the canonical group of the quantity's measure (domain.measures); for
  money and percentages without a measure word, what they are about
  ("about:unemployment").  Durations, ages and distances have no frame.
* a counted thing named in another sentence: a figure that names nothing
  counted (or only a place or an organisation) takes the counted noun of a
  figure before it when its own sentence names that noun again ("New York was
  the billionaire capital, with 79").
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from claimscope import model
from claimscope.domain.figures import COUNT_UNITS
from claimscope.domain.measures import known_measure, measure_group
from claimscope.domain.units import singular
from claimscope.frames.common import _name_key
from claimscope.frames.sources import _GIVER_INSIDE

INCIDENT_GAP = 2  # sentences between two figures of one measure beyond which they count different incidents
NO_FRAME_UNITS = frozenset(
    "years of age,months of age,weeks of age,days of age,year,month,week,day,hour,minute,second,decade,century,km,mi,nmi,m,kg,t,ft,sq km,ha,acre,°C,°F".split(",")
)
_WORDS = re.compile(r"[a-z][a-z'-]*")
# Counted nouns that stand for a figure said before ("the total", "that figure", "it").
_ANAPHORS = frozenset("total figure number count tally estimate estimates it that this which one ones others other".split())
# Counted nouns too generic to say what is counted on their own.
_DETERMINERS = frozenset("the a an its their his her our this that these those some all".split())
_GENERIC_HEADS = frozenset("people person percent time times year years thing things way ways point points part".split())
# Before a counted noun named again: whose it is ("LinkedIn's active monthly"), or a rate ("a share", "per person").
_OTHER_OWNER = re.compile(r"(?:['’]s?\s+(?:[a-z][\w-]*\s+){0,2}|\b(?:a|an|per|each)\s+)$")
_COMPARED_TO = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+$")  # "568 billionaires to America's 535"
# Words that set two figures of one sentence against each other: the second may leave its measure unsaid.
_CONTRAST = re.compile(r"\b(?:while|whereas|another|others?|but|compared with|versus|vs\.?|initially|earlier|up from|down from|rather than|instead of)\b", re.I)


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
    qs: list[model.Quantity], starts: list[int], text: str, givers: dict[str, str], names: frozenset[str] = frozenset(),
    places: tuple[tuple[int, int], ...] = (),
) -> dict[str, model.Quantity]:
    """Figures that take their measure from a neighbour ("one company says 2,400 billionaires, another says
    about 1,800"; "initially 10, has risen to 12"; "the total may have climbed above 8,000").

    A figure with no measure of its own, or whose counted noun is an anaphor ("total", "figure", "it"), borrows
    from the nearest figure of the same unit with a measure: in its sentence first, then in the
    ``INCIDENT_GAP`` sentences before it.  A counted "entity" that is the figure's own source ("Forbes says it
    is $4.5 billion") counts nothing.  Two figures of one sentence are set side by side by a contrast word or by
    another source giving the second ("Hurun lists X at $6.5 billion, Forbes says it is $4.5 billion"), or by a
    comparison with a name's figure ("China had 568 billionaires to America's 535").

    A figure that names nothing counted (no counted noun, or one that is only a place or a source of the article:
    "Beijing ranked fourth with 51") also borrows from a figure of the ``INCIDENT_GAP`` sentences before it when its
    own sentence names that figure's counted noun in other words ("New York was the billionaire capital, with 79"):
    the counted thing named in another sentence.
    """
    out: dict[str, model.Quantity] = {}

    def entity(q: model.Quantity) -> Optional[str]:
        giver = givers.get(q.id)
        if q.entity and (_name_key(q.entity) in names or (giver and q.entity.lower() in giver.lower())):
            return None
        return q.entity

    entity_spans = [(c.entity_span.start, c.entity_span.end) for c in qs if c.entity_span]

    def named_elsewhere(donor: model.Quantity, sent: tuple[int, int]) -> bool:
        """A count's common noun ("billionaires"), named again outside any figure's counted words."""
        head = _head(entity(donor))
        if not head or donor.unit not in COUNT_UNITS or not donor.entity_span:
            return False
        if not re.search(rf"\b{re.escape(head)}", text[donor.entity_span.start : donor.entity_span.end]):
            return False  # a name ("Bloomberg snagged 13 percent"), not a common noun
        if re.match(r"^\s*-", text[donor.end : donor.entity_span.start + 1]) or donor.end == donor.entity_span.start:
            return False  # "the 22-member committee": a size that modifies a noun, not a count of things
        for m in re.finditer(rf"\b{re.escape(head)}(?:s|es)?\b", text[sent[0] : sent[1]]):
            at = sent[0] + m.start()
            if any(s <= at < e for s, e in entity_spans):
                continue
            if _OTHER_OWNER.search(text[max(sent[0], at - 40) : at]):
                continue  # "LinkedIn's active monthly users", "1,850 francs a share": someone else's, or a rate
            return True
        return False

    sentence = {q.id: bisect.bisect_right(starts, q.start) - 1 for q in qs}
    for q in qs:
        own = entity(q)
        head = _head(own)
        if own and _measure(q, own) is not None and head not in _ANAPHORS:
            continue
        if own and head not in _ANAPHORS:
            continue  # it counts something else, only unnamed
        if own and q.entity_span and re.search(r"\ban?\s+$", text[max(0, q.entity_span.start - 4) : q.entity_span.start]):
            continue  # "donated a total of $5,000", "a number of": an indefinite total restates no figure before it
        if not own and q.measure and measure_group(q.measure):
            continue  # a measure word of its own
        anaphor = head in _ANAPHORS
        same = [
            c for c in qs if c is not q and sentence[c.id] == sentence[q.id]
            and (anaphor or _sets_against(text[min(c.end, q.end) : max(c.start, q.start)], min(c.end, q.end), places))
        ]
        before = [c for c in qs if 0 < sentence[q.id] - sentence[c.id] <= INCIDENT_GAP] if anaphor else []
        if not own:  # nothing counted named: the counted noun of a figure near it, named again in its sentence
            i = sentence[q.id]
            bounds_ = (starts[i], starts[i + 1] if i + 1 < len(starts) else len(text))
            nearby = [c for c in qs if c is not q and 0 <= i - sentence[c.id] <= INCIDENT_GAP and c.start < q.start]
            before += [c for c in nearby if c not in same and c not in before and entity(c) and named_elsewhere(c, bounds_)]
        for group in (sorted(same, key=lambda c: abs(c.start - q.start)), sorted(before, key=lambda c: -c.start)):
            donor = next(
                (c for c in group if c.unit == q.unit and entity(c) and _measure(c, entity(c)) and _head(entity(c)) not in _ANAPHORS),
                None,
            )
            if donor is not None:
                out[q.id] = donor
                break
    return out


def _sets_against(between: str, at: int = 0, places: tuple[tuple[int, int], ...] = ()) -> bool:
    """Whether the text ``between`` two figures (starting at offset ``at``) sets them side by side."""
    if _CONTRAST.search(between) or _GIVER_INSIDE.search(between):
        return True
    compared = _COMPARED_TO.search(between)  # "568 billionaires to America's 535": a place's figure, set beside
    return bool(compared) and (at + compared.start(1), at + compared.end(1)) in places
