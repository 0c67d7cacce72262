"""Calendar dates: ISO and numeric dates, month-day-year, months, years, decades, seasons, quarters.

"February 24, 2022" and "24 February 2022" are read by ``dateparser``
(cached; only strings a pattern already matched reach it); a month or day
without a year is placed in the year nearest the reference date, by the tense
of its verb (:meth:`Context.year_for`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

import dateparser

from claimscope.domain.numbers import ORDINALS
from claimscope.extract.times.rules import Hit, hit, rule, unplaced
from claimscope.extract.times.values import century_str, quarter, year_str
from claimscope.extract.times.words import CENTURY_ORDINALS, DECADE_WORDS, YEAR_ONES, YEAR_TENS, capitalized, mod_of, month_num, names

NO_SUCH_DAY = "the month has no such day"
# words before a bare number that make it a year: "in 1998", "since 2001", "fiscal 1999", "the post-1959 politics"
_YEAR_CONTEXT = frozenset("the in of since by until till from during for fiscal before after early late mid around through and post pre".split())


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> Optional[dt.date]:
    """An explicit calendar date ("February 24, 2022", "24 Feb 2022") through dateparser, cached."""
    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    )
    return parsed.date() if parsed else None


# -- ISO and numeric dates -----------------------------------------------------


@rule(r"\b(?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)\b", type="DATE", priority=3)
def iso(m, ctx):
    return hit(m, m.group("iso"))


@rule(r"\b(?P<num_date>[01]?\d/[0-3]?\d/(?:\d\d)?\d\d)\b", type="DATE", priority=3)
def numdate(m, ctx):
    """ "3/15/98" -> 1998-03-15 (US order); "13/45/2000" is no date."""
    mo, d, y = m.group("num_date").split("/")
    y = int(y)
    if y < 100:
        y += 1900 if y > 30 else 2000
    try:
        return hit(m, dt.date(y, int(mo), int(d)).isoformat())
    except ValueError:
        return None


# -- month, day and year -----------------------------------------------------------


@rule(r"\b{PREFIX}{MONTH}\s+{DAY}(?:\s*,\s*|\s+){YEAR}\b", type="DATE", priority=3)
def mdy(m, ctx):
    """ "February 24, 2022", "early March 1, 1998"."""
    if not capitalized(m.group("month")):
        return None
    date = parse_absolute(ctx.text[m.start("month") : m.end()])
    if date is None:
        try:
            date = dt.date(int(m.group("year")), month_num(m.group("month")), int(m.group("day")))
        except ValueError:
            return hit(m, None, mod=mod_of(m.group("mod")), reason=NO_SUCH_DAY)
    return hit(m, date.isoformat(), mod=mod_of(m.group("mod")))


@rule(r"\b{PREFIX}{MONTH}\s+{DAY}\b(?!\s*(?:%|percent|people|million|billion|,\d))", type="DATE", priority=2)
def md(m, ctx):
    """ "February 24", "as early as March 1" (not "March 10 percent")."""
    if not capitalized(m.group("month")):
        return None
    return _month_day(m, ctx, int(m.group("day")))


@rule(r"\b{PREFIX}{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?\b", type="DATE", priority=2)
def dmy(m, ctx):
    """ "24 February 2022", "the 5th of May"."""
    if not capitalized(m.group("month")):
        return None
    if m.group("year"):
        date = parse_absolute(ctx.text[m.start("day") : m.end()])
        if date:
            return hit(m, date.isoformat(), mod=mod_of(m.group("mod")), priority=3)
    return _month_day(m, ctx, int(m.group("day")))


def _month_day(m, ctx, day: int):
    month = month_num(m.group("month"))
    if not 1 <= day <= 31:
        return None
    mod = mod_of(m.group("mod"))
    if ctx.ref is None:
        return unplaced(m, mod=mod)
    year = ctx.year_for(month, m.start(), day)
    try:
        return hit(m, dt.date(year, month, day).isoformat(), mod=mod, needs_ref=True)
    except ValueError:
        return hit(m, None, mod=mod, reason=NO_SUCH_DAY)  # "February 30"


@rule(r"\b{PREFIX}{MONTH}(?:\s+of)?,?\s+{YEAR}\b", type="DATE", priority=2)
def my(m, ctx):
    """ "June 2024", "late March of 1998"."""
    if not capitalized(m.group("month")):
        return None
    return hit(m, f"{int(m.group('year')):04d}-{month_num(m.group('month')):02d}", mod=mod_of(m.group("mod")))


@rule(r"\b{PREFIX}{MONTH}\s+(?:of\s+)?(?P<myrel>this|last|next)\s+year\b", type="DATE", priority=2)
def month_of_relative_year(m, ctx):
    """ "June last year" -> 1997-06, "in April next year", "early October this year" (START)."""
    if not capitalized(m.group("month")):
        return None
    mod = mod_of(m.group("mod"))
    if ctx.ref is None:
        return unplaced(m, mod=mod)
    year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[m.group("myrel").lower()]
    return hit(m, f"{year_str(year)}-{month_num(m.group('month')):02d}", mod=mod, needs_ref=True)


@rule(r"\b{PREFIX}{MONTH}\b", type="DATE", priority=1)
def bare_month(m, ctx):
    """ "in March", "early March"; "May" and "March" only after a preposition ("they may", "the march")."""
    word = m.group("month")
    if not capitalized(word) or (len(word) <= 3 and not word.endswith(".") and word.lower() not in ("may",)):
        return None
    before = ctx.before(m.start(), 12).lower()
    if word.lower() in ("may", "march") and not m.group("mod") and not re.search(
        r"\b(the|in|since|by|until|of|last|next|this|early|late|mid|through|from|to|during|before|after)\s+$", before
    ):
        return None
    number = month_num(word)
    mod = mod_of(m.group("mod"))
    if ctx.ref is None:
        return unplaced(m, mod=mod)
    return hit(m, f"{year_str(ctx.year_for(number, m.start()))}-{number:02d}", mod=mod, needs_ref=True)


# -- years and decades ------------------------------------------------------------------


@rule(r"\b{PREFIX}(?P<fiscal>fiscal\s+(?:year\s+)?)?{YEAR}\b(?![-/]\d)", type="DATE", priority=1)
def bare_year(m, ctx):
    """ "in 1998", "fiscal 1999"; not "1998 percent", "$2000" or "2000 people"."""
    after = ctx.after(m.end(), 12)
    before = ctx.before(m.start(), 2)
    before_word = re.search(r"(\w+)\W*$", ctx.before(m.start(), 15))
    dated = bool(m.group("fiscal") or m.group("mod")) or (
        before_word is not None and before_word.group(1).lower() in _YEAR_CONTEXT
    )
    if re.match(r"\s*(?:%|percent|,\d|\.\d|-year)", after, re.I):
        return None
    if not dated and re.match(r"\s*(?:people|[a-z]+s\b)", after, re.I):
        return None  # "2000 people": a count
    if re.search(r"[$€£\d]\s?$|\d[.,]$", before):
        return None
    return hit(m, m.group("year"), mod=mod_of(m.group("mod")))


@rule(
    r"\b(?:(?:the\s+)?(?P<sseason>{SEASONS})\s+of\s+|{MONTH}(?:\s+of)?,?\s+)?"
    r"(?:the\s+year\s+)?(?P<century>nineteen|eighteen|twenty)[\s-]+(?P<tens>{YEAR_TENS})(?:[\s-]+(?P<ones>{YEAR_ONES}))?\b",
    type="DATE",
    priority=2,
)
def spelled_year(m, ctx):
    """ "nineteen ninety-eight" -> 1998, "January nineteen ninety-seven" -> 1997-01, "the winter of nineteen
    ninety-four" -> 1994-WI (broadcast transcripts spell their years); "twenty" years only after "the year"."""
    tens = YEAR_TENS[m.group("tens").lower()]
    if tens < 20 and m.group("ones"):
        return None
    ones = YEAR_ONES[m.group("ones").lower()] if m.group("ones") else 0
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group("century").lower()]
    if century == 20 and not m.group(0).lower().startswith("the year"):
        return None  # "twenty twenty" is rare; "twenty five" is a number
    year = f"{century * 100 + tens + ones:04d}"
    if m.group("month") and capitalized(m.group("month")):
        return hit(m, f"{year}-{month_num(m.group('month')):02d}")
    if m.group("sseason"):
        return hit(m, f"{year}-{names()[m.group('sseason').lower()][1]}")
    return hit(m, year)


@rule(r"\b(?:the\s+year\s+)two\s+thousand(?:\s+and\s+(?P<ones2>{YEAR_ONES}))?\b", type="DATE", priority=2)
def spelled_2000(m, ctx):
    """ "the year two thousand and one" -> 2001."""
    ones = YEAR_ONES[m.group("ones2").lower()] if m.group("ones2") else 0
    return hit(m, f"{2000 + ones:04d}")


@rule(r"\b(?:the\s+)?{PREFIX}(?P<dec>(?:1[6-9]|20)\d0)'?s\b", type="DATE", priority=2)
def decade(m, ctx):
    """ "the 1990s" -> 199, "the late 1980s" -> 198 END."""
    return hit(m, m.group("dec")[:3], mod=mod_of(m.group("mod")))


@rule(
    r"\b(?:the\s+)?(?:(?P<mod>early|late|mid)[- ]+)?(?:(?P<cnum>[12]?\d)(?:st|nd|rd|th)|(?P<cword>{CENTURY_ORDINALS}))[\s-]+century\b",
    type="DATE",
    priority=2,
)
def century(m, ctx):
    """ "the 20th century" -> 19, "an 11th-century temple" -> 10, "the late nineteenth century" -> 18 END."""
    n = int(m.group("cnum")) if m.group("cnum") else CENTURY_ORDINALS[m.group("cword").lower()]
    if not 1 <= n <= 21:
        return None
    start = m.start()
    if re.search(r"-century$", m.group(0), re.I) and not m.group("mod"):
        start = m.start("cword") if m.group("cword") else m.start("cnum")  # "the 11th-century temple": "the" is the temple's
    return Hit(start, m.end(), century_str(n - 1), mod=mod_of(m.group("mod")))


@rule(r"(?:\bthe\s+)?(?:\b(?P<mod>early|late|mid)[- ]+)?(?:'(?P<dec2>[0-9]0)s\b|\b(?P<decw>{DECADE_WORDS})\b)", type="DATE", priority=2)
def decade_words(m, ctx):
    """ "the nineties" -> 199, "the '80s" -> 198, "the early seventies" -> 197 START (the 1900s)."""
    word = m.group("decw")
    if word and not m.group(0).lower().startswith("the"):
        return None  # "in his sixties": an age
    tens = int(m.group("dec2")) // 10 if m.group("dec2") else DECADE_WORDS[word.lower()]
    return hit(m, f"19{tens}", mod=mod_of(m.group("mod")))


# -- quarters and halves ---------------------------------------------------------------------


@rule(
    r"\b(?:(?P<qrel>this year's|last year's|next year's|the year-earlier|the year-ago|the fiscal|the)\s+)?(?:fiscal\s+)?"
    r"(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[- ](?:fiscal[- ])?(?P<qh>quarter|half)"
    r"(?:\s+of\s+(?:fiscal\s+)?{YEAR})?\b",
    type="DATE",
    priority=2,
)
def quarter_of_year(m, ctx):
    """ "the third quarter" -> 2022-Q3, "last year's second half" -> 2021-H2, "the 1998 first quarter"."""
    word = m.group("ord").lower()
    half = m.group("qh").lower() == "half"
    if word in ("last", "latter"):
        if not m.group("year"):
            return None  # "the last quarter": the one before the reference date (this_quarter)
        n = 2 if half else 4  # "the last half of 1989" -> 1989-H2
    else:
        n = ORDINALS[word] if word in ORDINALS else int(word[:-2])
    if half and n > 2:
        return None
    qrel = (m.group("qrel") or "").lower()
    if m.group("year") or m.group("qyear"):
        y = int(m.group("year") or m.group("qyear"))
    elif ctx.ref is None:
        return unplaced(m)
    else:
        y = ctx.ref.year
        if "last year" in qrel or "earlier" in qrel or "ago" in qrel:
            y -= 1
        elif "next year" in qrel:
            y += 1
        elif not half and n > quarter(ctx.ref) and ctx.tense_at(m.start()) < 0:
            y -= 1
    value = f"{year_str(y)}-{'H' if half else 'Q'}{n}"
    if not half:
        ctx.quarter(value, reporting=not (m.group("year") or m.group("qyear")))
    return hit(m, value, needs_ref=not (m.group("year") or m.group("qyear")))


@rule(
    r"\b(?P<qq>the\s+(?:latest|last|current|previous|past|same|year-earlier|year-ago)\s+quarter|the\s+quarter"
    r"|the\s+(?:latest|year-earlier|year-ago|same)\s+period)\b(?!-)",  # not "the quarter-to-quarter comparison"
    type="DATE",
    priority=1,
)
def this_quarter(m, ctx):
    """ "the latest quarter" -> the quarter before the reference date; "the same period" -> the last quarter named."""
    if ctx.ref is None:
        return unplaced(m, priority=0)
    text = m.group("qq").lower()
    if "period" in text and ctx.last_quarter:
        y, q = ctx.last_quarter.split("-")
    elif text.split()[-1] == "quarter" and len(text.split()) == 2 and ctx.report_quarter:
        y, q = ctx.report_quarter.split("-")  # "the quarter" of a report on its fiscal first quarter
    else:
        d = ctx.ref - dt.timedelta(days=45)
        y, q = str(d.year), f"Q{quarter(d)}"
    if "earlier" in text or "ago" in text:
        y = str(int(y) - 1)
    elif "period" not in text:
        ctx.quarter(f"{y}-{q}", reporting=True)  # "the latest quarter": the quarter the report is about
    return hit(m, f"{year_str(int(y))}-{q}", needs_ref=True)


@rule(
    r"\b(?P<ye>(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year-(?:earlier|ago)(?:\s+period)?|year-(?:earlier|ago)"
    r"|the\s+previous\s+year|the\s+prior\s+year"
    r"|the\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier))"
    r"|last\s+year's\s+(?:quarter|period))\b",
    type="DATE",
    priority=2,
)
def year_earlier(m, ctx):
    """ "a year earlier" -> the year before, or the quarter a year before the last quarter named; so are "the
    corresponding period last year" and "last year's quarter"."""
    if ctx.ref is None:
        return unplaced(m, priority=0)
    if ctx.last_quarter:
        y, q = ctx.last_quarter.split("-")
        return hit(m, f"{year_str(int(y) - 1)}-{q}", needs_ref=True)
    return hit(m, year_str(ctx.ref.year - 1), needs_ref=True)


@rule(r"\b(?:the|that)\s+(?P<pyear>(?:19|20)\d\d)\s+(?:period|quarter)\b", type="DATE", priority=2)
def year_period(m, ctx):
    """ "the 1988 period" in an earnings report: the quarter the report is about, in that year (1988-Q3); after
    "the first nine months" (no quarter in focus) the year."""
    year = m.group("pyear")
    if ctx.last_quarter:
        return hit(m, f"{year}-{ctx.last_quarter.split('-')[1]}")
    return hit(m, year)


# -- seasons, the year's end, the fiscal year -----------------------------------------------------


@rule(r"\b(?:the\s+)?(?P<season>{SEASONS})\s+(?:of\s+)?{YEAR}\b", type="DATE", priority=2)
def season_year(m, ctx):
    """ "the summer of 1998" -> 1998-SU."""
    return hit(m, f"{m.group('year')}-{names()[m.group('season').lower()][1]}")


@rule(
    r"\b(?:in|during|over|into|through|until|by|since|for|before|after|throughout)\s+(?P<sthe>the)\s+(?P<bseason>{SEASONS})\b(?!\s+of\b)",
    r"\b(?P<past>this\s+past)\s+(?P<bseason>{SEASONS})\b",
    type="DATE",
    priority=1,
)
def bare_season(m, ctx):
    """ "over the summer", "in the spring" -> the season nearest the reference date by tense; "this past spring"
    -> the last one; "the fall of the Wall" stays out (a season only after a preposition)."""
    season = names()[m.group("bseason").lower()][1]
    if ctx.ref is None:
        return unplaced(m)
    middle = _SEASON_MONTH[season]
    if m.groupdict().get("past"):
        year = ctx.ref.year if (ctx.ref.month, ctx.ref.day) > (middle + 1, 15) else ctx.ref.year - 1
    else:
        year = ctx.year_for(middle, m.start())
    start = m.start("sthe") if m.groupdict().get("sthe") else m.start()
    return Hit(start, m.end(), f"{year_str(year)}-{season}", needs_ref=True)


_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


@rule(r"\b(?P<ye2>(?:the\s+)?year[- ]end|(?:the\s+)?end\s+of\s+the\s+year|year's\s+end)\b", type="DATE", priority=1)
def year_end(m, ctx):
    """ "year-end", "the end of the year" -> the reference year, END."""
    if ctx.ref is None:
        return unplaced(m, mod="END")
    return hit(m, year_str(ctx.ref.year), mod="END", needs_ref=True)


@rule(
    r"\b(?P<fy>the\s+(?:current\s+|latest\s+|full\s+|same\s+)?(?:fiscal\s+)?year|(?:the\s+)?(?:current|latest)\s+(?:fiscal\s+)?year)\b"
    r"(?!\s*(?:'s|earlier|ago|before|after|-))",
    type="DATE",
    priority=1,
)
def fiscal_year(m, ctx):
    """ "the current fiscal year" -> the reference year; bare "the year" is left to the duration rules."""
    if m.group("fy").lower() in ("the year",):
        return None
    if re.match(r"\s+(?:ended|ending)\b", ctx.after(m.end(), 10), re.I):
        return hit(m, "P1Y", type="DURATION")  # "the fiscal year ended Jan. 31": a year's span, as "the year ended"
    if ctx.ref is None:
        return unplaced(m)
    return hit(m, year_str(ctx.ref.year), needs_ref=True)
