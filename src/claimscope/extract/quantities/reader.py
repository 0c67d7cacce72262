"""``find_quantities``: the pure function that reads every quantity of a parsed Doc."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from spacy.tokens import Doc, Span

from claimscope import types as t
from claimscope.extract.base import doc_text
from claimscope.extract.quantities.tables import _MARKUP, _MONTHS, _NO_MEASURE_UNITS, _PHONE, _TIME_AND_AGE_UNITS, changes, qualifiers, scales, units
from claimscope.extract.quantities.numbers import _Number, _not_a_count, _number_runs, _one_of_noun, _read_run
from claimscope.extract.quantities.modifiers import _KIND_CHANGE, _change_direction, _match_after, _match_before, _qualifier_ok
from claimscope.extract.quantities.classifier import is_quantity
from claimscope.extract.quantities.concept import _entity_and_measure, _subject_concept

# -- the pure function ----------------------------------------------------------


@dataclass
class _Reading:
    """What is known of one number while its neighbours are read (token indices, exclusive ends)."""

    num: _Number
    value: Optional[float]
    span_start: int
    span_end: int
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None
    kind: Optional[str] = None  # a qualifier kind (data/quantity_qualifiers.en.txt) or "range"
    unit: Optional[str] = None
    unit_end: int = 0


def find_quantities(doc: Doc) -> list[t.Quantity]:
    """The quantities of ``doc`` in text order (ids q1, q2 ...).

    Args:
        doc: a parsed Doc (tagger, parser and NER from the English pipeline).
    """
    out: list[t.Quantity] = []
    quals = qualifiers()
    pre_quals = {k: v for k, v in quals.items() if not v[1]}
    post_quals = {k: v for k, v in quals.items() if v[1]}
    text = doc_text(doc)
    phone_spans = [m.span() for m in _PHONE.finditer(text)] + [m.span() for m in _MARKUP.finditer(text)]
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        numbers: list[Optional[_Number]] = [_read_run(r) for r in _number_runs(sent)]
        used: set[int] = set()
        for k, num in enumerate(numbers):
            if num is None or k in used or not is_quantity(doc, num, _not_a_count(doc, num, phone_spans)):
                continue
            _read_mixed_fraction(doc, num)
            r = _Reading(num=num, value=num.value, span_start=num.start, span_end=num.end)
            if k + 1 < len(numbers) and numbers[k + 1] is not None and _read_range(doc, sent, r, numbers[k + 1]):
                used.add(k + 1)
            if r.kind is None:
                _read_qualifier_before(doc, sent, r, pre_quals)
            _read_unit(doc, sent, r, pre_quals)
            if r.unit is None and _appositive_age(doc, sent, r):
                r.unit = "years of age"
            if r.kind is None:
                match = _match_after(doc, r.span_end, post_quals, 3, sent.end)
                if match:  # qualifiers after: "or more", "-plus", "+"
                    r.qualifier, r.kind, r.span_end = match[1], post_quals[match[1]][0], match[0]
            out.append(_quantity(doc, sent, r))
    out.sort(key=lambda q: q.span)
    return [_with_id(q, f"q{i + 1}") for i, q in enumerate(out)]


def _read_range(doc: Doc, sent: Span, r: _Reading, other: _Number) -> bool:
    """Ranges: "between 5,000 and 6,000", "5,000 to 6,000", "5-6 million", "from 10 to 15"; True when read."""
    num = r.num
    gap = doc[num.end : other.start]
    joiner = " ".join(t.lower_ for t in gap if t.lower_ not in units() or t.is_alpha).strip()
    p_i = num.start - 1
    while p_i > sent.start and doc[p_i].lower_ in units() and not doc[p_i].is_alpha:
        p_i -= 1
    prev = doc[p_i].lower_ if p_i >= sent.start else ""
    is_range = (
        joiner in ("-", "–", "—", "to")
        or (joiner == "and" and prev == "between")
        or (joiner == "or" and not num.scaled and other.scaled)
        # "four or five people": neighbouring whole numbers are one vague count
        or (joiner == "or" and num.value is not None and other.value is not None and other.value == num.value + 1
            and num.value == int(num.value) and not num.scaled and not other.scaled and 2 <= num.value <= 20)
    )
    if is_range and joiner == "to" and prev not in ("from", "between"):
        # "rose to 75 from 60" is not a range; "5,000 to 6,000 people" is
        is_range = other.value is not None and num.value is not None and other.value >= num.value
        if doc[num.start].head.lemma_.lower() in changes() or (num.start > 0 and doc[num.start - 1].lower_ in ("by",)):
            is_range = False
    gap_units = {units()[t.lower_] for t in gap if t.lower_ in units()}
    if len(gap_units) > 1 or (gap_units and not num.scaled and other.scaled):
        return False  # "rose 4.8 % to $ 13.18 billion": two quantities in two units, not a range
    if not is_range or other.value is None or num.value is None:
        return False
    a, b = num.value, other.value
    if not num.scaled and other.scaled:
        # "5 to 6 million": the scale of the second applies to both
        for tok in doc[other.start : other.end]:
            if tok.lower_ in scales() and not scales()[tok.lower_][1]:
                a *= scales()[tok.lower_][0]
    if b < a:
        return False
    r.low, r.high, r.value = a, b, (a + b) / 2
    r.qualifier = "between" if prev == "between" else "range"
    r.kind = "range"
    r.span_end = other.end
    if prev in ("between", "from"):
        r.span_start = p_i
    return True


_FRACTION_TOKENS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3, "1/8": 0.125, "3/8": 0.375, "5/8": 0.625, "7/8": 0.875}


def _read_mixed_fraction(doc: Doc, num: _Number) -> None:
    """"5 1/2 hours", "16 1/8": a whole number and a fraction token are one value."""
    if num.end < len(doc) and doc[num.end].text in _FRACTION_TOKENS and num.value is not None and num.value == int(num.value):
        num.value += _FRACTION_TOKENS[doc[num.end].text]
        num.end += 1


def _appositive_age(doc: Doc, sent: Span, r: _Reading) -> bool:
    """"Carlos Guerrero, 55, said": a bare whole number between commas after a person's name is an age."""
    num = r.num
    if r.kind is not None or num.end - num.start != 1 or num.start - 2 < sent.start or num.end >= sent.end:
        return False
    tok, comma, name, after = doc[num.start], doc[num.start - 1], doc[num.start - 2], doc[num.end]
    if not tok.text.isdigit() or not 1 <= int(tok.text) <= 115 or comma.text != ",":
        return False
    person_noun = name.tag_ == "NN" and name.i - 1 >= sent.start and doc[name.i - 1].lower_ in ("the", "a", "an")  # "The suspect, 45,"
    if not person_noun and name.tag_ not in ("NNP", "NNPS") or name.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY") or name.lower_.rstrip(".") in _MONTHS:
        return False  # the small English model often tags a surname GPE or ORG, so only dates are ruled out
    return after.text in (",", ")", ";") or after.lower_ in ("and", "who", "was", "is", "said")


def _read_qualifier_before(doc: Doc, sent: Span, r: _Reading, pre_quals: dict) -> None:
    """"over", "around", "up to" before the number; "several thousand" and vague plurals as lower bounds."""
    num = r.num
    m = _match_before(doc, r.span_start, pre_quals)
    if m is None and r.span_start - 1 > sent.start and doc[r.span_start - 1].lower_ in ("a", "an"):
        m = _match_before(doc, r.span_start - 1, pre_quals)  # "about a half million"
    if m and m[0] >= sent.start and _qualifier_ok(doc, m[0], m[1], num):
        r.qualifier, r.kind, r.span_start = m[1], pre_quals[m[1]][0], m[0]
        return
    before = doc[num.start - 1].lower_ if num.start > sent.start else ""
    if before in ("several", "few", "many") and num.end - num.start == 1 and doc[num.start].lower_ in scales():
        # "several thousand": at least twice the scale (the domain's vague counts say at least 2 or 3)
        r.value = num.value * 2
        r.qualifier, r.kind = before, "low_incl"
        r.span_start = num.start - 1
        if r.span_start > sent.start and doc[r.span_start - 1].lower_ == "a":
            r.span_start -= 1
    elif num.vague:
        r.qualifier, r.kind = doc[num.start : num.end].text.lower(), "low_incl"


def _read_unit(doc: Doc, sent: Span, r: _Reading, pre_quals: dict) -> None:
    """The unit before ("$", "US$", "€") or after ("people", "km", "percent"), and ages ("20 years old")."""
    num, unit_table = r.num, units()
    if r.span_start > 0 or num.start > 0:
        ub = _match_before(doc, num.start, unit_table, 2)
        if ub and ub[0] >= sent.start and unit_table[ub[1]] not in ("people", "year", "point") and not ub[1].isalpha():
            r.unit = unit_table[ub[1]]
            r.span_start = min(r.span_start, ub[0])
            if r.kind is None:
                m = _match_before(doc, ub[0], pre_quals)
                if m and m[0] >= sent.start and _qualifier_ok(doc, m[0], m[1], num):
                    r.qualifier, r.kind, r.span_start = m[1], pre_quals[m[1]][0], m[0]
        elif ub and ub[1] in ("usd", "eur", "gbp", "rs", "dlrs") and ub[0] >= sent.start:
            r.unit = unit_table[ub[1]]
            r.span_start = min(r.span_start, ub[0])
        elif (
            doc[num.start - 1].text == "#" and num.start - 1 >= sent.start and doc[num.start - 1].idx + 1 == doc[num.start].idx
            and (num.scaled or (num.value or 0) >= 1000)  # not "#1 seller"
        ):
            r.unit, r.span_start = "GBP", min(r.span_start, num.start - 1)  # the Penn Treebank's WSJ text writes £ as "#"
    r.unit_end = r.span_end
    ua = _match_after(doc, r.span_end, unit_table, 4, sent.end)
    if ua:
        u = unit_table[ua[1]]
        if r.unit is None or u == r.unit:
            r.unit, r.unit_end = u, ua[0]
    elif r.span_end < sent.end and doc[r.span_end].text == "-" and r.span_end + 1 < sent.end:
        ua = _match_after(doc, r.span_end + 1, unit_table, 4, sent.end)
        if ua and unit_table[ua[1]] not in ("people",):
            r.unit, r.unit_end = unit_table[ua[1]], ua[0]
    if r.unit == "year" and r.unit_end < sent.end and doc[r.unit_end].lower_ == "old":
        r.unit, r.unit_end = "years of age", r.unit_end + 1
    elif r.unit == "year" and r.unit_end + 1 < sent.end and doc[r.unit_end].text == "-" and doc[r.unit_end + 1].lower_ == "old":
        r.unit, r.unit_end = "years of age", r.unit_end + 2
    if r.unit is None and r.span_start > 0 and (doc[r.span_start - 1].lower_ == "aged" or doc[num.start - 1].lower_ == "aged"):
        r.unit = "years of age"
    if r.unit_end > r.span_end and r.unit is not None:
        r.span_end = r.unit_end


def _quantity(doc: Doc, sent: Span, r: _Reading) -> t.Quantity:
    """The record of a fully read number: bounds, change, entity and measure."""
    num, unit, unit_end = r.num, r.unit, r.unit_end
    if r.kind in ("low", "low_incl"):
        r.low = r.value
    elif r.kind in ("high", "high_incl"):
        r.high = r.value
    change = _change_direction(doc, num, unit_end) or _KIND_CHANGE.get(r.kind or "", "=")
    entity, measure, measure_span = _entity_and_measure(doc, num, unit_end, unit)
    if doc[num.start].lower_ == "one" and unit_end < len(doc) and doc[unit_end].lower_ == "of":
        noun = _one_of_noun(doc, num)
        if noun is not None:
            entity = (noun, noun + 1)
    if unit in _NO_MEASURE_UNITS:
        measure = measure_span = None
    if entity is None and unit == "years of age" and unit_end < sent.end and doc[unit_end].pos_ == "NOUN":
        entity = (unit_end, unit_end + 1)  # "a 14-year-old girl"
    if entity is None and unit not in _TIME_AND_AGE_UNITS:
        entity = _subject_concept(doc, num, unit_end)
    entity_span = entity_text = None
    if entity is not None:
        es, ee = entity
        entity_span = (doc[es].idx, doc[ee - 1].idx + len(doc[ee - 1]))
        entity_text = doc_text(doc)[entity_span[0] : entity_span[1]]
    return t.Quantity(
        id="",
        span=(doc[r.span_start].idx, doc[r.span_end - 1].idx + len(doc[r.span_end - 1])),
        value=_clean(r.value),
        low=_clean(r.low),
        high=_clean(r.high),
        qualifier=r.qualifier,
        change=change,
        unit=unit,
        measure=measure.lower() if measure else None,
        entity=entity_text,
        measure_span=measure_span,
        entity_span=entity_span,
    )


def _clean(x: Optional[float]) -> Optional[float]:
    if x is None:
        return None
    return float(round(x, 6))


def _with_id(q: t.Quantity, qid: str) -> t.Quantity:
    return replace(q, id=qid)
