"""Sets ("weekly" P1W, "every Monday" XXXX-WXX-1) and clock times ("10 a.m." T10:00, "midnight" T24:00)."""

from __future__ import annotations

import re

from claimscope.extract.times.rules import hit, rule
from claimscope.extract.times.values import duration_value
from claimscope.extract.times.words import RATE_BEFORE, adjective_sets, capitalized, count_value, names, sets, units

# -- sets -------------------------------------------------------------------------


@rule(r"\b(?P<set>{SETS})\b", type="SET", priority=1)
def set_word(m, ctx):
    """ "weekly" P1W, "a daily rally"; "annual report" and "daily newspaper" are adjectives, not recurrences."""
    word = m.group("set").lower()
    if word not in adjective_sets() and re.match(
        r"\s+(?!and\b|or\b|in\b|on\b|at\b|for\b|to\b|by\b|since\b|from\b|with\b|until\b|basis\b)[a-z]", ctx.after(m.end(), 20)
    ):
        return None
    return hit(m, sets()[word])


@rule(
    r"\b(?P<every>each|every|per|a|an|twice\s+a|once\s+a|(?:{NUM})\s+times\s+a)\s+(?P<what>{EVERY_WHAT})\b",
    type="SET",
    priority=2,
)
def set_every(m, ctx):
    """ "every Monday" XXXX-WXX-1, "each July" XXXX-07, "every morning", "twice a week" P1W."""
    what = m.group("what").lower()
    every = m.group("every").lower()
    if every in ("a", "an") and not RATE_BEFORE.search(ctx.before(m.start(), 25)):
        return None  # a recurrence only after a figure: "$55 a night", not "after a weekend of", "in a quarter that"
    kind, val = names().get(what, ("U", what))
    if kind == "W":
        if not capitalized(m.group("what")):
            return None
        return hit(m, f"XXXX-WXX-{val}")
    if kind == "P":
        return hit(m, f"XXXX-XX-XXT{val}")
    if kind == "M":
        if every not in ("each", "every") or not capitalized(m.group("what")):
            return None
        return hit(m, f"XXXX-{int(val):02d}")
    return hit(m, duration_value(1, units()[what]))


@rule(r"\bevery\s+(?P<num>{NUM}|other)\s+{UNIT}\b", type="SET", priority=3)
def set_every_n(m, ctx):
    """ "every two weeks" P2W, "every other day" P2D."""
    raw = m.group("num").lower()
    n = 2.0 if raw == "other" else count_value(raw)
    unit = units()[m.group("unit").lower()]
    if n is None or unit == "WE":
        return None
    return hit(m, duration_value(n, unit))


@rule(r"\b(?P<wds>{WEEKDAYS_PLURAL}|(?P<wd1>{WEEKDAYS})\s+(?P<parts>{PARTS})s)\b", type="SET", priority=1)
def set_weekdays(m, ctx):
    """ "Mondays" XXXX-WXX-1, "Tuesday nights" XXXX-WXX-2TNI."""
    if not capitalized(m.group("wds")):
        return None
    if m.group("wd1"):
        wd = names()[m.group("wd1").lower()][1]
        part = names()[m.group("parts").lower()][1]
        return hit(m, f"XXXX-WXX-{wd}T{part}", priority=3)
    return hit(m, f"XXXX-WXX-{names()[m.group('wds').lower()[:-1]][1]}")


# -- clock times ---------------------------------------------------------------------


def _on_reference_day(m, ctx, hhmm: str):
    """A clock time on the reference day (the day it names, if one follows, is merged in later)."""
    if ctx.ref is None:
        return hit(m, "XXXX-XX-XX" + hhmm)
    return hit(m, ctx.ref.isoformat() + hhmm, needs_ref=True)


@rule(
    r"\b(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)"
    r"(?:\s+(?P<tz>EST|EDT|GMT|UTC|ET|PST|PDT|CET|local time))?",
    type="TIME",
    priority=2,
)
def clock(m, ctx):
    """ "10 a.m." T10:00, "5:30 p.m. EST" T17:30, "12 a.m." T00:00."""
    h = int(m.group("h"))
    minute = int(m.group("min") or 0)
    pm = m.group("ampm").lower().startswith("p")
    if h > 12:
        return None
    if pm and h < 12:
        h += 12
    if not pm and h == 12:
        h = 0
    return _on_reference_day(m, ctx, f"T{h:02d}:{minute:02d}")


@rule(r"\b(?P<h>[0-2]?\d):(?P<min>[0-5]\d)\b(?!\s*(?:a\.m|p\.m|am\b|pm\b))", type="TIME", priority=1)
def clock24(m, ctx):
    """ "at 14:30" T14:30 (only after "at": "3:2" scores and ratios stay out)."""
    h = int(m.group("h"))
    if h > 24 or not re.search(r"\bat\s$", ctx.before(m.start(), 4)):
        return None
    return _on_reference_day(m, ctx, f"T{h:02d}:{m.group('min')}")


@rule(
    r"\b(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s+(?:o'clock\s+)?(?P<inpart>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b",
    type="TIME",
    priority=2,
)
def clock_part(m, ctx):
    """ "4 in the morning" T04:00, "8 in the evening" T20:00."""
    h = int(m.group("h"))
    minute = int(m.group("min") or 0)
    part = m.group("inpart").lower()
    if h < 1 or h > 12:
        return None
    if ("afternoon" in part or "evening" in part or ("night" in part and h >= 6)) and h < 12:
        h += 12
    elif "morning" in part and h == 12:
        h = 0
    return _on_reference_day(m, ctx, f"T{h:02d}:{minute:02d}")


@rule(r"\b(?P<noon>noon|midnight|midday)\b", type="TIME", priority=1)
def noon(m, ctx):
    """ "noon", "midday" T12:00; "midnight" T24:00."""
    return _on_reference_day(m, ctx, "T24:00" if m.group("noon").lower() == "midnight" else "T12:00")
