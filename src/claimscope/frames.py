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
  climbed to", "now stands at"); earlier: it words the figure as the earlier
  one of its source ("Initial estimates put …", "up from the earlier $20",
  "the previously reported range", "that Unisys said a month ago").  The
  article's own figures are a revision only by the earlier cue: its "now has a
  total of 1,353" sets a running total against a part.
* who gives it: the attribution holding it, a possessive name right before it
  ("Forbes's 1,864", not a person's "Cruz's 538" nor a score's "1,630 to
  Sanders' 870"), the claimant of a "claim that" clause ("his recent claim
  that …" -> the name opening the sentence), the named subject of a giving
  verb in its clause; one name of the article's sources is that source
  ("Forbes put …" and "Forbes says …").  A source that holds a figure ("72
  percent of Democrats said") is no source.
* owner: whose the counted is, when a titled name says so ("Mr. Trump's
  wealth", "As for Mr. Bloomberg, Forbes put his net worth").
* a counted thing named in another sentence: a figure that names nothing
  counted (or only a place or an organisation) takes the counted noun of a
  figure before it when its own sentence names that noun again ("New York was
  the billionaire capital, with 79").
* own place: in a sentence with several places, the place of the figure's
  phrase ("100 billionaires in Beijing", "to America's 535", "China had 568").
* alternatives ("one or two instances") are vague; a figure of a scenario
  ("you might spend", "if") is never one side of a self-contradiction.
* rival_range: one range that gives several sources' estimates ("their
  valuations for him range from $75 billion to $85 billion").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Optional

from functools import cache

from claimscope import model
from claimscope.domain.figures import COUNT_UNITS, UNKNOWN_SOURCE, Figure
from claimscope.domain.measures import known_measure, measure_group, population_of, side_of
from claimscope.domain.numbers import vague_range
from claimscope.domain.sides import find_sides
from claimscope.domain.units import singular
from claimscope.lexicon import word_table

INCIDENT_GAP = 2  # sentences between two figures of one measure beyond which they count different incidents
NO_FRAME_UNITS = frozenset(
    "years of age,months of age,weeks of age,days of age,year,month,week,day,hour,minute,second,decade,century,km,mi,nmi,m,kg,t,ft,sq km,ha,acre,°C,°F".split(",")
)

_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of whom|of them|an additional|another|a further|additional)\s+$", re.I)
_PART_AFTER = re.compile(
    r"^\s*(?:more|others|other|additional)?\s*(?:of (?:the|them|those|whom)|among|(?:from\s+)?each\b|apiece\b)", re.I
)
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
# Before a counted noun named again: whose it is ("LinkedIn's active monthly"), or a rate ("a share", "per person").
_OTHER_OWNER = re.compile(r"(?:['’]s?\s+(?:[a-z][\w-]*\s+){0,2}|\b(?:a|an|per|each)\s+)$")
_PLACE_AFTER = re.compile(r"^\s*(?:[a-z][\w'-]*\s+){0,3}?(?:in|at)\s+(?:the\s+)?")
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s+$")
_HOLDS_GAP = re.compile(r"^\s+(?:has|had|have|holds|held|counts|counted|ranks|ranked)\s+(?:about\s+|some\s+|nearly\s+)?$")
_CLAUSE_SUBJECT = re.compile(r"^\s*(?:(?:while|whereas|but|and|that)\s+)?(?:the\s+)?")
_COMPARED_TO = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s?\s+$")  # "568 billionaires to America's 535"
_SCORE_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:percent|%|points?))?\s+to\s+$")
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
# "his recent claim that …", "Mr. Trump's claims that …": the claimant gives the figures of the claim's clause.
_CLAIMANT = re.compile(
    r"(?:\b(?P<pron>his|her|their)|(?P<name>\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})['’]s?)\s+"
    r"(?:(?:own|recent|latest|earlier|new|repeated|false|previous|widely\s+\w+ed)\s+)*"
    r"(?:claims?|assertions?|contention|allegations?|boast)\s+(?:(?:in|on|last|this)\s+\w+\s+)?that\s+(?P<rest>[^();]*)$"
)
_CLAIM_ENDS = re.compile(r"\b(?:while|whereas|but|although|though)\b", re.I)
# The subject of a sentence that opens with a name ("Trump, in turn, cites …", "Trump never cited …").
_SUBJECT = re.compile(r"^\s*(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep)\.\s+|President\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*,|\s+[a-z])")
_NOT_SUBJECTS = frozenset(
    "The A An But And Or So Yet In On At For From By With This That These Those It He She They We I You When While As If "
    "After Before Since Still Meanwhile However Also Now Then There Here Some Many Most All One Despite Unlike Like "
    "Although Though Because Of To Even Not Only".split()
)
# A person named with a title ("Mr. Trump", "Sen. John McCain"): whose a counted thing is ("Mr. Trump's wealth").
_TITLED = r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Prof)\.\s+(?:[A-Z][\w-]*\.?\s+){0,2}([A-Z][\w-]+)"
_OWNED_NAME = re.compile(rf"^(?:the\s+)?{_TITLED}(?:['’]s?)?(?=\s|$)")
_OWNED_PRONOUN = re.compile(r"\b(?:his|her)\s+$", re.I)
_TITLED_ANY = re.compile(rf"\b{_TITLED}(?=['’\s,.;:]|$)")
# A figure marked as the earlier of two ("Initial estimates put …", "up from the earlier $20", "the previously
# reported range of …", "that Unisys said a month ago"): the other figure of that source replaces it.
_EARLIER = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|previous(?:ly)?|earlier|at first)\s+(?:\w+\s+)?"
    r"(?:estimates?|reports?|reported|figures?|counts?|toll|tally|said|says|estimated|announced|put|projections?|"
    r"projected|forecasts?|amount|number|total|range)\b"
    r"|\b(?:the|an|its|their|his|her)\s+(?:earlier|initial|original|previous)\s+\$?$"
    r"|\b(?:said|reported|estimated|announced|put|projected|predicted)\s+(?:\w+\s+){1,3}ago\b",
    re.I,
)
# Several sources' estimates given as one range: "their valuations for him range from $75 billion to $85 billion",
# "The candidates' respective estimates of the number … ranges from 100,000 to 250,000".
_RIVAL_RANGE = re.compile(
    r"\b(?P<noun>(?i:estimates|valuations|counts|tallies|projections|forecasts))\b(?P<mid>[^.;()\d]{0,80}?)\s+"
    r"(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+(?:from\s+|between\s+)?$"
)
# A figure of a scenario, not a statement: "You might spend $20 million", "suppose that … (1,237)".
_HYPOTHETICAL = re.compile(r"\b(?:might|could|would|suppose|supposing|imagine|if)\b", re.I)
# Two figures offered as alternatives: "one or two instances", "100,000, 200,000 or 250,000".
_ALTERNATIVE = re.compile(r"^\s*,?\s*(?:or|and/or)\s*$")
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
    earlier: bool = False  # worded as the earlier figure of its source ("initial estimates", "up from the earlier")


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


def _possessor(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """A name that owns the figure: "compared with Forbes's 1,864", "Hurun's 568" -> "Forbes", "Hurun"."""
    start = max(sentence.start, q.start - 60)
    m = _POSSESSOR.search(report.text[start : q.start])
    if m is None:
        return None
    s, e = start + m.start(1), start + m.end(1)
    if any(p.start < e and s < p.end for p in report.places):
        return None  # "China's 260" names where, not who
    if _SCORE_BEFORE.search(report.text[max(sentence.start, s - 30) : s]):
        return None  # "1,630 to Sanders' 870", "46.2 percent to Clinton's 42.1 percent": whose score, not who gives it
    speaker = _speaker_of(report, m.group(1))
    if _OWNED_NAME.match(m.group(1)) or any(x.id == speaker and x.type == "named_person" for x in report.sources):
        return None  # "compared to Cruz's 538": a person's figure is what they hold, not a count they give
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


def _claimant(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """Who claims a figure of a "claim that" clause: "his recent claim that African Americans killed 81 percent" ->
    the name that opens the sentence ("Trump, in turn, cites …"); "Mr. Trump's claims that his net worth exceeds
    $10 billion" -> "Mr. Trump".  A claim whose owner the sentence does not name rests on an unknown source
    (``UNKNOWN_SOURCE``): never a side of a conflict.  A parenthesis or a semicolon ends the claim's clause."""
    m = _CLAIMANT.search(report.text[sentence.start : q.start])
    if m is None:
        return None
    rest = (sentence.start + m.start("rest"), q.start)
    if _CLAIM_ENDS.search(m.group("rest")) or any(rest[0] <= a.cue.start < rest[1] for a in report.attributions):
        return None  # "… his claim that 40 were arrested, while the police said 12": another voice gives this one
    if m.group("name"):
        words = m.group("name").split()
        while words and words[0] in _NOT_SUBJECTS:
            words.pop(0)  # "Despite Mr. Trump's claims that …"
        return " ".join(words) or UNKNOWN_SOURCE
    if m.group("pron") == "their":
        return UNKNOWN_SOURCE
    subject = _SUBJECT.match(report.text[sentence.start : sentence.start + m.start()])
    if subject is None or subject.group(1).split()[0] in _NOT_SUBJECTS:
        return UNKNOWN_SOURCE
    start = sentence.start + subject.start(1)
    if any(p.start <= start < p.end for p in report.places):
        return UNKNOWN_SOURCE  # "Ukraine, in its claim that …": not resolved to a speaker here
    name = subject.group(1)
    if " " not in name and (singular(name.lower()) in _role_nouns() or re.search(rf"\b{re.escape(name.lower())}\b", report.text)):
        return UNKNOWN_SOURCE  # "Officials doubted his claim …": a common noun that opens the sentence, not a name
    return name


@cache
def _role_nouns() -> frozenset[str]:
    return frozenset(word_table("source_nouns.en.txt"))


def _owner(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """Whose the counted thing is, when a titled name says it: "Mr. Trump's wealth", "Mr. Kamprad is worth",
    "his net worth" after "As for Mr. Bloomberg," (a possessive pronoun takes the last titled name before it in
    its sentence).  The surname, lower-case; None when no titled name says (then it restricts nothing)."""
    m = _OWNED_NAME.match(q.entity or "")
    if m:
        return m.group(1).lower()
    if q.entity_span is None:
        return None
    before = report.text[sentence.start : q.entity_span.start]
    pron = _OWNED_PRONOUN.search(before)
    if pron is None:
        return None
    names = _TITLED_ANY.findall(before[: pron.start()])
    return names[-1].lower() if names else None


def _figure_in(span: model.Span, x: model.Quantity) -> bool:
    """Whether a source span holds a figure: a share or a count of a hundred or more ("72 percent of Democrats",
    "as many as 250,000 Syrian refugees"), not a number of speakers ("one US intelligence analyst", "two officials")."""
    if not (x.start < span.end and span.start < x.end) or x.value is None:
        return False
    return x.unit in ("%", "percent") or x.value >= 100


def _is_earlier(report: model.Report, q: model.Quantity, sentence: model.Span, prev_end: int, next_start: Optional[int]) -> bool:
    """Whether the figure is worded as the earlier figure of its source: a cue between the previous figure of its
    sentence (or the sentence start) and it, or after it when no other figure follows in the sentence."""
    if _EARLIER.search(report.text[max(sentence.start, prev_end) : q.start]):
        return True
    return next_start is None and bool(_EARLIER.search(report.text[q.end : sentence.end]))


def rival_range(report: model.Report, q: model.Quantity) -> Optional[tuple[int, str]]:
    """The words that make one range the ends of several sources' estimates ("their valuations for him range from
    $75 billion to $85 billion"): a plural of estimation (estimates, valuations, counts, tallies, projections,
    forecasts) that ranges or varies, right before a closed range, in its sentence with no figure in between.
    Returns (where the plural starts, the plural)."""
    if q.low is None or q.high is None or q.change not in ("=", "~") or q.unit in NO_FRAME_UNITS:
        return None
    starts, sents = _sentence_index(report)
    sent = sents[max(0, bisect.bisect_right(starts, q.start) - 1)]
    m = _RIVAL_RANGE.search(report.text[sent.start : q.start])
    return (sent.start + m.start(), m.group("noun")) if m else None


def _name_key(name: str) -> str:
    key = " ".join(name.lower().replace("’", "'").split()).removeprefix("the ")
    return key.removesuffix("'s").removesuffix("'")


def _speaker_of(report: model.Report, name: str) -> Optional[str]:
    """The id of the article's source (report.sources) that ``name`` names, by its name or an alias: a figure that
    "Forbes put at …" and one "Forbes says" are one source's."""
    key = _name_key(name)
    for src in report.sources:
        if key in {_name_key(n) for n in (src.name, *src.aliases)}:
            return src.id
    return None


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


def _own_places(
    report: model.Report, q: model.Quantity, sentence: model.Span, scope: frozenset[str], exclude: list[tuple[int, int]]
) -> frozenset[str]:
    """In a sentence that names several places, the place of the figure's own phrase: "the 100 billionaires in
    Beijing", "to America's 535", "while Beijing ranked fourth with 51", "that China had 568 billionaires".
    Else (or when the phrase names none) the sentence's places."""
    if len(scope) < 2:
        return scope
    text = report.text
    places = [p for p in report.places if p.feature == "toponym" and sentence.start <= p.start and p.end <= sentence.end
              and not any(s <= p.start and p.end <= e for s, e in exclude)]
    after = _PLACE_AFTER.match(text[q.end : sentence.end])
    clause = _CLAUSE_BREAK.split(text[sentence.start : q.start])[-1]
    subject = _CLAUSE_SUBJECT.match(clause)
    for p in places:
        if after and p.start == q.end + after.end():
            return frozenset({_place_key(p)})  # "… in Beijing"
        if p.end <= q.start and (_POSSESSIVE_GAP.match(text[p.end : q.start]) or _HOLDS_GAP.match(text[p.end : q.start])):
            return frozenset({_place_key(p)})  # "America's 535", "Kenya had 300"
    if subject and not re.search(r"\d", clause):
        for p in places:
            if p.start == q.start - len(clause) + subject.end():
                return frozenset({_place_key(p)})  # "Beijing ranked fourth with 51"
    return scope


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
    """Whether ``b`` is worded as an update of ``a``: one source gives both and exactly one is worded as the
    earlier figure ("up from the earlier $20"); else, unless both are the article's own, in one sentence the update
    cue stands between them ("initially 10, has risen to 12"); across sentences, anywhere before ``b`` in its
    sentence."""
    if a.earlier != b.earlier and a.figure.source == b.figure.source:
        return True  # "up from the earlier $20", "Initial estimates put …": one source replaces its earlier figure
    if a.figure.source is None and b.figure.source is None:
        return False  # the article's own "now has a total of 1,353" sets a running total against a part, not an update
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
        owners[q.id] = _possessor(report, q, sent) or _claimant(report, q, sent) or (None if att else _clause_giver(report, q, sent))
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
        if q.value is None or measure is None or q.unit in NO_FRAME_UNITS:
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
        owner_of = _owner(report, donor, sents[max(0, bisect.bisect_right(starts, donor.start) - 1)])
        figure = Figure(
            value=float(q.value), low=q.low, high=q.high, change=q.change, unit=q.unit, measure=measure,
            population=frame.population, side=frame.side, owner=owner_of, scope=scope, incident=frame.incident, as_of=frame.as_of,
            since=since, source=source, source_side=source_side, part=part, vague=_is_vague(q), sentence=i,
        )
        revised = bool(_REVISED.search(report.text[sent.start : q.start]))
        k = position[q.id]
        prev_end = countable[k - 1].end if k > 0 else sent.start
        following = countable[k + 1].start if k + 1 < len(countable) and countable[k + 1].start < sent.end else None
        earlier = _is_earlier(report, q, sent, prev_end, following)
        alternative = (k > 0 and bool(_ALTERNATIVE.match(report.text[countable[k - 1].end : q.start]))) or (
            following is not None and bool(_ALTERNATIVE.match(report.text[q.end : following]))
        )
        if alternative:
            figure = replace(figure, vague=True)
        clause = _CLAUSE_BREAK.split(report.text[max(sent.start, prev_end) : q.start])[-1]
        if _HYPOTHETICAL.search(clause) or _HYPOTHETICAL.search(report.text[sent.start : q.start].split(",")[0]):
            figure = replace(figure, hypothetical=True)
        framed.append(Framed(q, frame, figure, i, revised, source_text, earlier))
    return framed
