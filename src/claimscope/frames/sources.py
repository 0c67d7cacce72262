"""Who gives a figure.

The attribution holding it, a possessive name right before it ("Forbes's
1,864", not a person's "Cruz's 538" nor a score's "1,630 to Sanders' 870"), the
claimant of a "claim that" clause ("his recent claim that …" -> the name
opening the sentence), the named subject of a giving verb in its clause; one
name of the article's sources is that source ("Forbes put …" and "Forbes says
…").  A source that holds a figure ("72 percent of Democrats said") is no
source.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from claimscope import model
from claimscope.domain.figures import UNKNOWN_SOURCE
from claimscope.domain.sides import find_sides
from claimscope.domain.units import singular
from claimscope.frames.common import _CLAUSE_BREAK, _name_key
from claimscope.frames.owners import _OWNED_NAME
from claimscope.lexicon import word_table

# "Forbes's 1,864": a proper name in the possessive right before a figure gives it.
_POSSESSOR = re.compile(r"\b([A-Z][\w&.-]*(?:[ /-][A-Z][\w&.-]*){0,3})['’]s?\s+(?:own\s+)?(?:estimate\s+of\s+|count\s+of\s+|figure\s+of\s+)?\$?$")
_SCORE_BEFORE = re.compile(r"\d[\d,.]*(?:\s*(?:percent|%|points?))?\s+to\s+$")
# A named subject of a verb that gives a figure ("Forbes puts …", "while Bloomberg lists …").
_GIVER = re.compile(
    r"^\s*(?:(?:While|Whereas|But|And|Yet|Meanwhile,?)\s+)?(?:the\s+)?([A-Z][\w&.'’-]*(?:[ /-](?:of\s+|the\s+)?[A-Z][\w&.'’-]*){0,4})\s+"
    r"(?:lists|listed|puts|put|pegs|pegged|estimates|estimated|counts|counted|values|valued|ranks|ranked|tallies|"
    r"says|said|finds|found|shows|showed|reports|reported|calculates|calculated|projects|projected)\b"
)
_GIVER_INSIDE = re.compile(_GIVER.pattern.replace("^\\s*", "[,;]\\s*", 1))
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


def _attribution_of(report: model.Report, q: model.Quantity, by_id: dict[str, model.Attribution]) -> Optional[model.Attribution]:
    if q.attribution and q.attribution in by_id:
        return by_id[q.attribution]
    for a in report.attributions:
        if any(c.start <= q.start and q.end <= c.end for c in a.content):
            return a
    return None


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


# "Forbes shot back in an article stating that New York was the billionaire capital, with 79, while Beijing ranked
# fourth with 51": a reporting participle whose clause holds the figure, after a sentence opened by a source's name.
_PARTICIPLE = re.compile(r"\b(?:stating|saying|noting|arguing|claiming|reporting|estimating|asserting|insisting)\s+(?:that\s+)?", re.I)


def _participle_giver(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """The article's source whose name opens the sentence, when a reporting participle ("stating that", "saying")
    stands between it and the figure: the participle's clause is that source's (the extractor found no words of it).
    Only a name of ``report.sources``: a sentence opened by anyone else gives no one."""
    before = report.text[sentence.start : q.start]
    if not _PARTICIPLE.search(before):
        return None
    subject = _SUBJECT.match(before)
    if subject is None or subject.group(1).split()[0] in _NOT_SUBJECTS:
        return None
    name = subject.group(1)
    return name if _speaker_of(report, name) else None


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


def _figure_in(span: model.Span, x: model.Quantity) -> bool:
    """Whether a source span holds a figure: a share or a count of a hundred or more ("72 percent of Democrats",
    "as many as 250,000 Syrian refugees"), not a number of speakers ("one US intelligence analyst", "two officials")."""
    if not (x.start < span.end and span.start < x.end) or x.value is None:
        return False
    return x.unit in ("%", "percent") or x.value >= 100


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
