"""Durations: "three years" P3Y, "two-week" P2W, "several months" PXM, "2 1/2 years" P2Y6M, "decades-long" PXY."""

from __future__ import annotations

import re

from claimscope.extract.times.rules import Hit, hit, rule
from claimscope.extract.times.values import duration_value, month_str, week, year_str
from claimscope.extract.times.words import RATE_BEFORE, count_value, mod_of, units



@rule(
    r"\b(?P<dmod>(?:{MODS})\s+)?(?:(?P<the>the)\s+)?"
    r"(?:(?P<drel>past|last|next|first|coming|previous|final|initial|latest|following|remaining|same)\s+)?"
    r"(?P<num>{NUM}|{VAGUE})(?P<frac>\s+1/2|\s*½)?[\s-]+(?:(?P<half>and a half)\s+)?"
    r"(?:(?P<extra>more|additional|further|extra|straight|consecutive|trading|business|working)\s+)?"
    r"{UNIT}(?P<half2>\s+and\s+a\s+half)?(?P<old>[- ]olds?)?\b(?!-old)",
    type="DURATION",
    priority=2,
)
def duration(m, ctx):
    """ "three years", "the past two weeks", "more than a year", "eight trading days", "one and a half years"."""
    raw = m.group("num").lower()
    n = count_value(raw)
    unit = units()[m.group("unit").lower()]
    glued = ctx.text[m.end("num") : m.start("unit")] == "-"
    bare = not glued and not m.group("drel") and not m.group("the")
    if raw == "one" and unit == "D" and bare and re.search(
        r"\b(?:will|would|could|might|may|can|should|shall|must|'ll|he|she|they|we|i|you|it)\s+$", ctx.before(m.start(), 8), re.I
    ):
        return hit(m, "FUTURE_REF", type="DATE")  # "will one day be", "she one day hopes"
    if raw in ("a", "an", "one") and bare and not any(m.group(g) for g in ("dmod", "old", "extra", "half2", "half")):
        return None  # left to a_unit (may be a set: "$5 a year")
    if unit == "WE" or m.group("old"):
        return None  # "a 6-year-old": an age, a quantity rather than a time
    if n is not None and n >= 1000:
        return None  # "the 1988 second quarter": a year, not 1988 seconds
    if unit == "Q" and re.search(r"-quarters?$", m.group(0), re.I):
        return None  # "three-quarters of": a fraction
    half = bool(m.group("half") or m.group("half2") or m.group("frac"))
    if unit == "M" and n in (6, 9) and (m.group("the") or (m.group("drel") or "").lower() == "first"):
        # "the first nine months", "for the nine months": an earnings report's period of more than a quarter,
        # which "a year earlier" now steps back from (the year, not the quarter)
        ctx.period_of_months()
    dmod = m.group("dmod")
    if dmod and dmod.strip().lower() in ("over", "under") and (m.group("the") or m.group("drel")):
        # "over the past three years": a preposition (during), not "more than"; TimeML spans "the past three years"
        start = m.start("the") if m.group("the") else m.start("drel")
        return Hit(start, m.end(), duration_value(n, unit, half))
    return hit(m, duration_value(n, unit, half), mod=mod_of(dmod))


@rule(
    r"\b(?:the\s+)?(?P<drel>past|last|next|coming|previous|recent|following)\s+(?P<unit>{PLURAL_UNITS})\b",
    r"(?<=\bfor\s)(?P<unit>years|months|decades|weeks|days|hours|centuries)\b",
    r"\b(?:the\s+)?(?:(?:coming|next)\s+)?(?P<unit>years|months|weeks|days|hours)\s+ahead\b",
    type="DURATION",
    priority=1,
)
def vague_duration(m, ctx):
    """ "the past months" PXM, "for years" PXY, "the weeks ahead" PXW; "recent years" is PAST_REF."""
    if "recent years" in m.group(0).lower():
        return hit(m, "PAST_REF", type="DATE")
    return hit(m, duration_value(None, units()[m.group("unit").lower()]))


@rule(r"\b(?P<the>the)\s+(?P<unit>year|week|month)\b(?!\s*(?:'s|of\b|before|after|earlier|ago|-))", type="DURATION", priority=0)
def the_unit(m, ctx):
    """ "the year" P1Y; "the end of the month" / "earlier in the year": the reference month / year."""
    unit = units()[m.group("unit").lower()]
    before = ctx.before(m.start(), 30)
    part = re.search(
        r"\b(?:(?:the\s+)?(?P<edge>end|beginning|start|middle|rest|remainder)\s+of|(?P<when>earlier|later)\s+(?:in|this))\s+$",
        before,
        re.I,
    )
    if part and unit in ("Y", "M", "W"):
        word = (part.group("edge") or part.group("when")).lower()
        mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(word)
        start = m.start() - (len(before) - part.start())
        if ctx.ref is None:
            return Hit(start, m.end(), None, "DATE", mod=mod, needs_ref=True, priority=3)
        value = {"Y": year_str(ctx.ref.year), "M": month_str(ctx.ref), "W": week(ctx.ref)}[unit]
        return Hit(start, m.end(), value, "DATE", mod=mod, needs_ref=True, priority=3)
    return hit(m, f"P1{unit}")


@rule(r"\b(?P<a>a|one)\s+(?P<unit>year|week|month|day|decade|century|hour|minute)\b(?![-'])", type="DURATION", priority=1)
def a_unit(m, ctx):
    """ "a week" P1W; after a figure, a rate: "5% a year" SET P1Y."""
    unit = units()[m.group("unit").lower()]
    if m.group("a").lower() == "a" and RATE_BEFORE.search(ctx.before(m.start(), 25)):
        return hit(m, duration_value(1, unit), type="SET")
    return hit(m, duration_value(1, unit))


@rule(r"\b(?P<lunit>{UNITS})-long\b", type="DURATION", priority=1)
def long(m, ctx):
    """ "a day-long strike" P1D, "decades-long" PXY."""
    word = m.group("lunit").lower()
    return hit(m, duration_value(None if word.endswith("s") else 1.0, units()[word]))


@rule(r"\b(?P<bare>years|months|weeks|decades|centuries)\b", type="DURATION", priority=0)
def bare_units(m, ctx):
    """ "for years", "took months", "weeks ago": PXY, PXM, PXW."""
    before = ctx.before(m.start(), 12).lower()
    after = ctx.after(m.end(), 12).lower()
    if not (
        re.search(r"\b(for|over|within|took|take|takes|taken|lasted|last|spent|spend|or)\s+$", before)
        or re.match(r"\s+(ago|or\b|later|earlier)", after)
    ):
        return None
    return hit(m, duration_value(None, units()[m.group("bare").lower()]))

