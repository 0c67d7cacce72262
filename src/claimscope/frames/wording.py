"""How a figure is worded: a part, a vague count, an alternative, a scenario, a range of rival estimates.

* part: "three of the people", "including 12 children", "an additional
  20,000", "in serious condition": a part, an increment or a sub-measure of
  another figure, never compared with a total.
* alternatives ("one or two instances") are vague; a figure of a scenario
  ("you might spend", "if") is never one side of a self-contradiction.
* rival_range: one range that gives several sources' estimates ("their
  valuations for him range from $75 billion to $85 billion").
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from claimscope import model
from claimscope.domain.numbers import vague_range
from claimscope.frames.common import _sentence_index
from claimscope.frames.counted import NO_FRAME_UNITS

_PART_BEFORE = re.compile(
    r"\b(?:including|among them|among whom|of whom|of them|an additional|another|a further|additional|(?:the\s+)?remaining)\s+$", re.I
)
_PART_AFTER = re.compile(
    r"^\s*(?:more|others|other|additional)?\s*(?:of (?:the|them|those|whom)|among|(?:from\s+)?each\b|apiece\b)"
    # "64 million of Telerate's 95 million", "four of the nine": a part of the figure that follows
    r"|^\s*(?:[a-z]+\s+){0,2}?of\s+(?:[\w'’.-]+\s+){0,3}?(?!(?:1[89]|20)\d\d\b)\$?\d"
    # "at least 100 more than the AP count", "about 2,000 pages short of the target": a difference, not a level
    r"|^\s*(?:[a-z]+\s+)?(?:more|fewer|less|short)\s+(?:than|of)\b",
    re.I,
)
# "Of the eight victims, three were stabbed …", "… said that of nine women who had been killed, … only four cases":
# the figures after an opening "of the N" are parts of N.
_OF_TOTAL = re.compile(
    r"(?:^|[,;]\s*|\bthat\s+)[Oo]f\s+(?:the\s+|these\s+|those\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|[a-z]+teen|[a-z]+ty)\s+[a-z]"
)
_SIGNED = re.compile(r"^[+−]\s*\d")  # "(+485.7 billion tenge)": an increment, written with its sign
_SUB_MEASURE = re.compile(
    r"\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|hospitali[sz]ed|in hospital|intensive care|life-threatening)\b", re.I
)
_VAGUE_PLURAL = re.compile(r"^(?:tens of |hundreds of )?(?:dozens|scores|hundreds|thousands|millions|billions)\b", re.I)
# A figure of a scenario, not a statement: "You might spend $20 million", "suppose that … (1,237)".
_HYPOTHETICAL = re.compile(r"\b(?:might|could|would|suppose|supposing|imagine|if)\b", re.I)
# A target or a proposal, not a count of what is: "a candidate needs 2,383 delegates", "its goal of releasing 43,000
# pages", "865 delegates are at stake"; "she supports a $12 wage", "advocating for a $15 an hour minimum wage",
# "Cuba had asked for 28 visas".  The cue stands in the figure's clause, before it (or, for a target, after it).
_TARGET_BEFORE = re.compile(
    r"\b(?:needs?|needed|it takes|requires?|required|goal|target|threshold|quota|magic number)\b(?:\s+(?:of|to|for|at|is|was|win|clinch|reach|releasing|[a-z]+ing))*\s+(?:\w+\s+){0,2}\$?$",
    re.I,
)
_TARGET_AFTER = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:needed|required|to win|to clinch|are at stake|were at stake|is at stake|at stake|up for grabs)\b", re.I)
_PROPOSAL_BEFORE = re.compile(
    r"\b(?:supports|supported|supporting|favou?rs|favou?red|favou?ring|backs|backed|backing|propos(?:es|ed|ing|e)|"
    r"advocat(?:es|ed|ing|e)|calls? for|called for|calling for|push(?:es|ed|ing)? for|ask(?:s|ed)? for|request(?:s|ed)?|"
    r"seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|wants?|wanted|threaten(?:s|ed)?)\b(?!\s+by\b)[^,;:.]{0,60}$",
    re.I,
)
_CLASS_BOUND = re.compile(r"\b(?:or|and)\s+(?:more|fewer|less|older|younger|over|up|above|below)$", re.I)
_CLASS_BEFORE = re.compile(r"\b(?:with|of|giving|donating|earning|making|aged|having)\s+(?:\$\s*)?$", re.I)
# Two figures of a score: "44% to 43%", "1,630 to Sanders' 870" (a range, "from 5 to 7", is read as one figure).
_SCORE_GAP = re.compile(r"^\s*(?:-|to)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?['’]s?\s+)?$")
# A share that answers a poll's question: "72 percent of voters said it bothered them", "38 percent of voters said
# Mr. Clinton should step down".  Two answers are one figure only when they answer in the same words.
_ANSWER = re.compile(
    r"^\s*(?:of\s+(?:[\w'’-]+\s+){0,4}?)?(?P<answer>(?:said|say|says|believe[sd]?|think|thought|want(?:ed)?|approve[sd]?|"
    r"disapprove[sd]?|support(?:ed)?|oppose[sd]?|favou?r(?:ed)?|agree[sd]?|disagree[sd]?|trust(?:ed)?|felt|feel)\b[^,;.]{0,60})",
    re.I,
)
# Two figures offered as alternatives: "one or two instances", "100,000, 200,000 or 250,000".
_ALTERNATIVE = re.compile(r"^\s*,?\s*(?:or|and/or)\s*$")
# Several sources' estimates given as one range: "their valuations for him range from $75 billion to $85 billion",
# "The candidates' respective estimates of the number … ranges from 100,000 to 250,000".
_RIVAL_RANGE = re.compile(
    r"\b(?P<noun>(?i:estimates|valuations|counts|tallies|projections|forecasts))\b(?P<mid>[^.;()\d]{0,80}?)\s+"
    r"(?:range|ranges|ranged|ranging|vary|varies|varied|varying)\s+(?:from\s+|between\s+)?$"
)


def _is_part(report: model.Report, q: model.Quantity, sentence: model.Span) -> bool:
    text = report.text
    before = text[max(sentence.start, q.start - 20) : q.start]
    after = text[q.end : min(sentence.end, q.end + 40)]
    if _PART_BEFORE.search(before) or _PART_AFTER.match(after) or _SIGNED.match(q.text):
        return True
    opener = _OF_TOTAL.search(text[sentence.start : q.start])
    if opener and sentence.start + opener.end() < q.start - 1:
        return True  # a part of the total the sentence opened with (the total itself is where the opener ends)
    clause = text[q.start : min(sentence.end, q.end + 60)]
    return bool(_SUB_MEASURE.search(clause))


def _modality(report: model.Report, q: model.Quantity, clause_start: int, sentence: model.Span) -> Optional[str]:
    """What kind of figure the clause makes it, when not a count of what is: "target" ("needs 2,383"), "class" ("with
    1,000 or more employees"), "proposal" ("supports a $12 wage"), "answer: <words>" (a poll's share that answers a
    question).  None for a count.  Figures of different kinds are never compared (domain.figures.comparable)."""
    before = report.text[clause_start : q.start]
    after = report.text[q.end : min(sentence.end, q.end + 40)]
    if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after):
        return "target"
    if _CLASS_BOUND.search(q.text) and _CLASS_BEFORE.search(report.text[max(sentence.start, q.start - 20) : q.start]):
        return "class"  # "companies with 1,000 or more employees", "voters aged 45 or older": a class, not a count
    if _PROPOSAL_BEFORE.search(before):
        return "proposal"
    answer = _ANSWER.match(report.text[q.end : min(sentence.end, q.end + 90)]) if q.unit in ("%", "percent") else None
    if answer:  # "72 percent of voters said it bothered them": the answer to one question of a poll
        return "answer: " + " ".join(answer.group("answer").lower().split()[:5])
    return None


def _is_modifier(report: model.Report, q: model.Quantity) -> bool:
    """A size that modifies a noun ("the 30-share index", "a two-handed stance", "the Senate's 80-19 vote"), not a
    count: the figure is joined to the next word, or to another figure, by a hyphen."""
    text = report.text
    return bool(re.match(r"^-(?:[a-z]|\d)", text[q.end : q.end + 2])) or bool(re.search(r"\d-$", text[max(0, q.start - 2) : q.start]))


def _is_vague(q: model.Quantity) -> bool:
    return bool(q.qualifier) and vague_range(q.qualifier) is not None or bool(_VAGUE_PLURAL.match(q.text))


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
    if m and re.search(r"\b(?:initial|original|earlier|previous|first)\s+(?:\w+\s+)?$", report.text[sent.start : sent.start + m.start()], re.I):
        return None  # "Initial cost estimates … ranged from $1 billion to $1.2 billion": one side's first range, not rivals
    return (sent.start + m.start(), m.group("noun")) if m else None
