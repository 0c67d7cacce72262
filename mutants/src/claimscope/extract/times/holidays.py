"""Holidays ("Christmas", "Good Friday", "Thanksgiving 1998") from the rules of ``data/time_holidays.en.txt``."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Optional

from claimscope.extract.times.rules import hit, rule, unplaced
from claimscope.extract.times.words import holidays


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's name)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule_text: str, year: int) -> Optional[dt.date]:
    """The date of a holiday rule in ``year``: "12-25" (fixed), "11-W4-4" (4th Thursday), "05-WL-1"
    (last Monday), "EASTER-2" (days from Easter Sunday); None for a rule it cannot read."""
    m = re.fullmatch(r"EASTER([+-]\d+)", rule_text)
    if m:
        return easter(year) + dt.timedelta(days=int(m.group(1)))
    m = re.fullmatch(r"(\d\d)-(\d\d)", rule_text)
    if m:
        return dt.date(year, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d\d)-W([1-5L])-([1-7])([+-]\d+)?", rule_text)
    if not m:
        return None
    month, n, wd = int(m.group(1)), m.group(2), int(m.group(3))
    if n == "L":
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        d = last - dt.timedelta(days=(last.isoweekday() - wd) % 7)
    else:
        first = dt.date(year, month, 1)
        d = first + dt.timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (int(n) - 1))
    return d + dt.timedelta(days=int(m.group(4) or 0))


@rule(r"\b(?:(?P<hrel>last|next|this)\s+)?(?P<holiday>{HOLIDAYS})(?:\s+{YEAR})?\b", type="DATE", priority=2)
def holiday(m, ctx):
    """ "Christmas 1998", "last Thanksgiving"; a bare holiday in the year its verb points to."""
    name = m.group("holiday")
    if not name[:1].isupper():
        return None
    rule_text = holidays()[name.lower()]
    if m.group("year"):
        year = int(m.group("year"))
    elif ctx.ref is None:
        return unplaced(m)
    else:
        rel = (m.group("hrel") or "").lower()
        this_year = holiday_date(rule_text, ctx.ref.year)
        if rel == "last":
            year = ctx.ref.year if this_year and this_year < ctx.ref else ctx.ref.year - 1
        elif rel == "next":
            year = ctx.ref.year if this_year and this_year > ctx.ref else ctx.ref.year + 1
        else:
            year = ctx.year_for(this_year.month, m.start(), this_year.day) if this_year else ctx.ref.year
    d = holiday_date(rule_text, year)
    if d is None:
        return None
    return hit(m, d.isoformat(), needs_ref=not m.group("year"))
