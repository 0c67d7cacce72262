"""Whose the counted is and where: owners and places (populations and sides come from domain.measures).

* owner: whose the counted is, when a titled name says so ("Mr. Trump's
  wealth", "As for Mr. Bloomberg, Forbes put his net worth").
* scope: the toponyms of the figure's sentence outside the source's own words
  ("Ukraine's military" does not make a figure about Ukraine); a sentence
  without one takes the places of the previous sentence of its paragraph.
* own place: in a sentence with several places, the place of the figure's
  phrase ("100 billionaires in Beijing", "to America's 535", "China had 568").
"""

from __future__ import annotations

import re
from typing import Optional

from claimscope import model
from claimscope.frames.common import _CLAUSE_BREAK

# A person named with a title ("Mr. Trump", "Sen. John McCain"): whose a counted thing is ("Mr. Trump's wealth").
_TITLED = r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Prof)\.\s+(?:[A-Z][\w-]*\.?\s+){0,2}([A-Z][\w-]+)"
_OWNED_NAME = re.compile(rf"^(?:the\s+)?{_TITLED}(?:['’]s?)?(?=\s|$)")
_OWNED_PRONOUN = re.compile(r"\b(?:his|her)\s+$", re.I)
_TITLED_ANY = re.compile(rf"\b{_TITLED}(?=['’\s,.;:]|$)")
_PLACE_AFTER = re.compile(r"^\s*(?:[a-z][\w'-]*\s+){0,3}?(?:in|at)\s+(?:the\s+)?")
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s+$")
_HOLDS_GAP = re.compile(r"^\s+(?:has|had|have|holds|held|counts|counted|ranks|ranked)\s+(?:about\s+|some\s+|nearly\s+)?$")
_CLAUSE_SUBJECT = re.compile(r"^\s*(?:(?:while|whereas|but|and|that)\s+)?(?:the\s+)?")


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


# Who holds what a figure counts: the subject of a verb of having or getting right before it ("Hillary Clinton has
# raised $2.7 million …, while Bernie Sanders has raised $6 million", "Clinton had 2,205 …, compared with Sanders,
# who had 1,401", "Kasich (who has 25 delegates"), or after it in an object clause ("the $3 million Wasserman
# Schultz raised").  Two figures held by different holders count different things.
_HOLDING = (
    r"(?:has|have|had|holds|held|owns|owned|raised|raises|spent|spends|reported\s+spending|won|wins|received|receives|"
    r"earned|earns|collected|garnered|secured|added|adds|donated|gave|issued|repurchased|bought|sold)"
)
_HOLDER_BEFORE = re.compile(
    rf"(?P<subj>\b[A-Za-z][\w&.'’-]*(?:\s+[A-Za-z][\w&.'’-]*){{0,5}}?)\s+"
    rf"(?:(?:has|have|had|now|also|already|only|so\s+far|reportedly|been|will|would|just)\s+)*{_HOLDING}\s+"
    r"(?:(?:a|an|the|about|some|nearly|almost|roughly|around|more\s+than|less\s+than|at\s+least|only|just|over|under|a\s+total\s+of|total)\s+)*\$?$"
)
_HOLDER_AFTER = re.compile(rf"^\s+(?:[a-z]+\s+)?(?P<subj>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\s+(?:has\s+|had\s+)?{_HOLDING}\b")
_NOT_HOLDERS = frozenset("it this that which there here what".split())
_RELATIVE = frozenset("who which".split())


def _holder(report: model.Report, q: model.Quantity, sentence: model.Span) -> Optional[str]:
    """The holder of what a figure counts (see ``_HOLDER_BEFORE``), lower-case; a relative "who" takes the name
    before it.  None when no verb of having or getting governs the figure; a holder that is a place is none (a
    place is the figure's scope: "China had 568")."""
    text = report.text
    before = text[sentence.start : q.start]
    clause_start = max((m.end() for m in re.finditer(r"[,;:(]\s*|\s+(?:while|whereas|but|and)\s+", before)), default=0)
    clause = before[clause_start:]
    m = _HOLDER_BEFORE.search(clause)
    start = None
    if m:
        words = m.group("subj").split()
        while words and words[0].lower() in ("while", "whereas", "but", "and", "so", "then", "the", "a", "an", "that", "as", "of"):
            words.pop(0)
        if not words:
            return None
        subj = " ".join(words)
        start = sentence.start + clause_start + m.start("subj") + m.group("subj").find(words[0])
        if subj.lower() in _RELATIVE:
            prior = re.search(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})[\s,(]*$", before[: clause_start])
            if not prior:
                return None
            subj, start = prior.group(1), sentence.start + prior.start(1)
    elif re.match(rf"^\s*(?:(?:has|have|had|also|only|just|then)\s+)*{_HOLDING}\s+", clause) or re.search(
        r"(?:^|,\s*)with\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\$?$", clause
    ):
        # "…, reported spending only $1 million", "Trump, with 329 delegates": a holder the clause does not name here
        prior = re.search(r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})[\s,]*$", before[:clause_start]) if clause.lstrip().startswith("with") else None
        return " ".join(prior.group(1).lower().split()) if prior else f"?{q.start}"
    else:
        tail = text[q.end : sentence.end]
        m = _HOLDER_AFTER.match(tail)
        if not m and q.entity_span and q.entity_span.start >= q.end:  # "the 5,000 shares Smith bought": past the noun
            tail = text[q.entity_span.end : sentence.end]
            m = _HOLDER_AFTER.match(tail)
        if not m:
            return None
        subj = m.group("subj")
        start = (sentence.end - len(tail)) + m.start("subj")
    if subj.lower() in _NOT_HOLDERS or any(p.start <= start < p.end for p in report.places):
        return None
    return " ".join(subj.lower().split())


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
