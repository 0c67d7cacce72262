"""Dates relative to the reference date: "last week", "next March", "Friday", "two years ago", "yesterday"."""

from __future__ import annotations

import datetime as dt
import re

from claimscope.extract.times.rules import Hit, hit, rule, unplaced
from claimscope.extract.times.values import (
    century_str,
    decade_str,
    duration_value,
    month_str,
    quarter,
    shift_month,
    week,
    year_str,
)
from claimscope.extract.times.words import capitalized, count_value, mod_of, names, refs, units

_STEP = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


@rule(
    r"\b(?P<pre>(?:early|late|earlier|later)\s+)?{REL}\s+(?P<what>{RELATIVE_WHAT})\b(?!\.?\s+[0-3]?\d\b)",
    type="DATE",
    priority=2,
)
def relative(m, ctx):
    """ "last week" -> 2022-W10, "this month", "next March", "early last year" (START); "the past week" is a duration."""
    rel = m.group("rel").lower().replace("the ", "")
    what = m.group("what").lower()
    pre = (m.group("pre") or "").strip().lower()
    mod = {"early": "START", "late": "END"}.get(pre)
    if (
        rel in ("past", "last", "next", "coming", "previous", "following")
        and m.group("rel").lower().startswith("the ")
        and what in ("week", "month", "decade", "century", "weekend", "quarter")
    ):
        return hit(m, duration_value(1, units()[what]), type="DURATION")
    if ctx.ref is None:
        return unplaced(m, mod=mod)
    ref = ctx.ref
    step = _STEP[rel]
    kind, val = names().get(what, ("U", what))
    if what == "week":
        value = week(ref + dt.timedelta(weeks=step))
    elif what == "weekend":
        value = week(ref + dt.timedelta(weeks=step)) + "-WE"
    elif what == "month":
        value = month_str(shift_month(ref, step))
    elif what == "year":
        value = year_str(ref.year + step)
    elif what == "quarter":
        q = quarter(ref) - 1 + step
        value = f"{year_str(ref.year + q // 4)}-Q{q % 4 + 1}"
    elif what == "decade":
        value = decade_str(ref.year // 10 + step)
    elif what == "century":
        value = century_str(ref.year // 100 + step)
    elif kind == "S":
        value = f"{year_str(ref.year + step)}-{val}"
    elif kind == "M":
        number = int(val)
        if step == 0:
            y = ref.year
        elif step < 0:
            y = ref.year if number < ref.month else ref.year - 1
        else:
            y = ref.year if number > ref.month else ref.year + 1
        value = f"{year_str(y)}-{number:02d}"
    elif kind == "W":
        value = ctx.weekday_date(int(val), step).isoformat()
    else:
        return None
    return hit(m, value, mod=mod, needs_ref=True)


# -- anaphora: the date last mentioned ---------------------------------------------------

_ANA_STEP = {"that": 0, "the same": 0, "the following": 1, "the previous": -1, "the prior": -1, "the preceding": -1}
_ANA_LENGTH = {"year": 4, "month": 7, "week": 10, "day": 10}
NO_MENTION = "no earlier date in the text for it to refer to"


@rule(
    r"\b(?:(?P<when>earlier|later)\s+)?(?P<ana>that|the\s+same|the\s+following|the\s+previous|the\s+prior|the\s+preceding)"
    r"\s+(?P<aunit>year|month|week|day)\b(?!\s*(?:'s|-|of\b|when\b|that\b|after\b|before\b))",
    type="DATE",
    priority=3,
)
def anaphoric(m, ctx):
    """ "On May 22, 1995 ... the following year" -> 1996, "that month", "earlier that day": the date last mentioned
    (TimeML's temporal focus), not the publication date; without an earlier date, "the following/previous" step from
    the reference date and "that day" stays unresolved with a reason."""
    ana = re.sub(r"\s+", " ", m.group("ana").lower())
    unit = m.group("aunit").lower()
    step = _ANA_STEP[ana]
    if ana in ("the previous", "the prior", "the preceding") and unit == "year" and ctx.last_quarter:
        return None  # "the prior year" in an earnings report: the quarter a year before (year_earlier)
    mod = {"earlier": "START", "later": "END"}.get((m.group("when") or "").lower()) if unit != "day" else None
    value = ctx.last_mention(m.start(), _ANA_LENGTH[unit])
    if value is None:
        if step == 0 or ctx.ref is None:
            return hit(m, None, mod=mod, reason=NO_MENTION)
        base = ctx.ref
    else:
        parts = [int(p) for p in value.split("-")] + [1, 1]  # "1995" -> 1995-01-01, "1995-05" -> 1995-05-01
        base = dt.date(parts[0], parts[1], parts[2])
    if unit == "year":
        out = year_str(base.year + step)
    elif unit == "month":
        out = month_str(shift_month(base, step))
    elif unit == "week":
        out = week(base + dt.timedelta(weeks=step))
    else:
        out = (base + dt.timedelta(days=step)).isoformat()
    return hit(m, out, mod=mod, needs_ref=value is None)


# -- weekdays ------------------------------------------------------------------------


@rule(r"\b{WD}(?:\s+(?P<part>{PARTS}))?\b", type="DATE", priority=2)
def weekday(m, ctx):
    """ "Friday" (the past or the coming one, by tense), "Friday evening" (a TIME)."""
    if not capitalized(m.group("wd")):
        return None
    return _weekday(m, ctx, None)


@rule(r"\b(?P<wrel>last|next|this|on|coming|past)\s+{WD}(?:\s+(?P<part>{PARTS}))?\b", type="DATE", priority=2)
def weekday_rel(m, ctx):
    """ "last Friday", "next Monday"; "on Friday" is spanned without "on"."""
    if not capitalized(m.group("wd")):
        return None
    return _weekday(m, ctx, m.group("wrel").lower())


def _weekday(m, ctx, rel):
    wd = int(names()[m.group("wd").lower()][1])
    part = m.group("part")
    start = m.start("wd") if rel == "on" else m.start()
    typ = "TIME" if part else "DATE"
    if ctx.ref is None:
        return Hit(start, m.end(), None, typ, needs_ref=True)
    if rel in ("last", "past"):
        d = ctx.weekday_date(wd, -1)
    elif rel in ("next", "coming"):
        d = ctx.weekday_date(wd, 1)
    elif wd == ctx.ref.isoweekday():
        d = ctx.ref
    elif re.search(r"\bas\s+soon\s+as\s+$", ctx.before(m.start(), 12), re.I):
        d = ctx.weekday_date(wd, 1)  # "ready to leave as soon as Tuesday": a day still to come
    else:
        d = ctx.weekday_date(wd, 1 if ctx.tense_at(m.start()) > 0 else -1)
    value = d.isoformat() + ("T" + names()[part.lower()][1] if part else "")
    return Hit(start, m.end(), value, typ, needs_ref=True)


# -- n units ago / later --------------------------------------------------------------------


@rule(
    r"\b(?P<dmod>(?:{MODS})\s+)?(?P<num>{NUM}|{VAGUE})[\s-]+{UNIT}(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from now|hence)\b",
    type="DATE",
    priority=2,
)
def offset(m, ctx):
    """ "two weeks ago" -> 2022-W09, "a year from now"; "three days later" is a duration (anchored on an event)."""
    n = count_value(m.group("num"))
    unit = units()[m.group("unit").lower()]
    direction = m.group("dir").lower()
    sign = 1 if direction in ("later", "after", "from now", "hence") else -1
    dmod = mod_of(m.group("dmod")) or ("APPROX" if m.group("orso") else None)
    if direction in ("later", "after", "before", "earlier"):
        # anchored to an event, not to the reference date: TimeML marks the duration
        end = m.start("dir")
        while end > m.start() and ctx.text[end - 1].isspace():
            end -= 1
        return Hit(m.start(), end, duration_value(n, unit), "DURATION", mod=dmod)
    if n is None:
        return hit(m, "PAST_REF" if sign < 0 else "FUTURE_REF", mod=dmod)  # "several years ago"
    if unit in ("TH", "TM", "TS", "WE"):
        return None
    if ctx.ref is None:
        return unplaced(m, mod=dmod)
    ref = ctx.ref
    k = sign * int(n)
    if unit == "Y":
        value = year_str(ref.year + k)
    elif unit == "M":
        value = month_str(shift_month(ref, k))
    elif unit == "W":
        value = week(ref + dt.timedelta(weeks=k))
    elif unit == "D":
        value = (ref + dt.timedelta(days=k)).isoformat()
    elif unit == "DE":
        value = decade_str((ref.year + 10 * k) // 10)
    elif unit == "CE":
        value = century_str((ref.year + 100 * k) // 100)
    elif unit == "Q":
        d = shift_month(ref, 3 * k)
        value = f"{year_str(d.year)}-Q{quarter(d)}"
    else:
        return None
    return hit(m, value, mod=dmod, needs_ref=True)


# -- words that are dates on their own -----------------------------------------------------------


@rule(r"\b(?P<ref>{REFS})\b", type="DATE", priority=1)
def ref_word(m, ctx):
    """ "yesterday" -> the day before, "now" -> PRESENT_REF, "tonight" -> a TIME, "(at) night" -> XXXX-XX-XXTNI."""
    word = re.sub(r"\s+", " ", m.group("ref").lower())
    typ, rule_text = refs()[word]
    if word == "may":
        return None
    if rule_text in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        if word == "once" and not re.match(r"\s+(was|were|had|been|a|an|the)\b", ctx.after(m.end(), 20).lower()):
            return None  # "once" is a time only in "once was", "once a ..."
        return hit(m, rule_text, type=typ, priority=0)
    if rule_text.startswith("XT"):
        start = m.start()
        # TimeML leaves the preposition out of the span: "at night" -> "night"
        sub = re.search(r"(morning|afternoon|evening|night|dawn)$", m.group(0), re.I)
        if sub:
            start = m.start() + sub.start()
        return Hit(start, m.end(), "XXXX-XX-XX" + rule_text[1:], typ)
    mm = re.match(r"D([+-]\d+)(T\w+)?$", rule_text)
    if not mm:
        return None
    if ctx.ref is None:
        return unplaced(m, type=typ)
    d = ctx.ref + dt.timedelta(days=int(mm.group(1)))
    return hit(m, d.isoformat() + (mm.group(2) or ""), type=typ, needs_ref=True)


@rule(r"\b(?P<we>the\s+weekend|this\s+weekend)\b", type="DATE", priority=1)
def weekend(m, ctx):
    """ "this weekend" -> the week's weekend, 2022-W11-WE (the weekend of a Sunday reference is its own)."""
    if ctx.ref is None:
        return unplaced(m)
    wd = ctx.ref.isoweekday()
    d = ctx.ref - dt.timedelta(days=wd - 6) if wd >= 6 else ctx.ref - dt.timedelta(days=wd + 1)
    return hit(m, week(d) + "-WE", needs_ref=True)
