"""``find_times``: run every rule over the text, keep the longest non-overlapping hits, merge clock and day."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Callable, Optional

from claimscope import types as t

# The theme modules register their rules on import; rules run in this order (it only breaks exact ties).
from claimscope.extract.times import dates, durations, holidays, relative, sets_and_times  # noqa: F401
from claimscope.extract.times.context import Context
from claimscope.extract.times.dates import parse_absolute
from claimscope.extract.times.rules import Hit, compiled

NO_ANCHOR = "no publication date and no full date in the text to place it in time"

_FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|[0-3]?\d\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)
# between a clock time and its day: "10 p.m. Wednesday", "5 p.m., Nov. 6", "10:35 a.m. (0735 GMT) Friday"
_GLUE = re.compile(r"^(?:,?\s+(?:on\s+)?|\s*,\s*|\s*\([^()]{1,25}\)\s*,?\s*(?:on\s+)?)$")


def anchor_from_text(text: str) -> Optional[dt.date]:
    """The first full calendar date written in the text, if any."""
    m = _FULL_DATE.search(text)
    if not m:
        return None
    s = m.group(0)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", s):
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            return None
    return parse_absolute(s)


def find_times(
    text: str,
    *,
    reference: Optional[str] = None,
    tense_at: Optional[Callable[[int], int]] = None,
) -> list[t.TimeExpression]:
    """The temporal expressions of ``text`` with TIMEX3 values.

    Args:
        text: the article.
        reference: publication date "YYYY-MM-DD" (or a longer ISO timestamp), or None.
        tense_at: maps a character offset to a tense: below 0 past, 0, above 0 future (-2/+2 when the governing
            verb says so, as :func:`tense_function` gives); default: 0.
    """
    anchor = None
    ref_date: Optional[dt.date] = None
    if reference:
        try:
            ref_date = dt.date.fromisoformat(reference[:10])
            anchor = "published"
        except ValueError:
            ref_date = None
    if ref_date is None:
        ref_date = anchor_from_text(text)
        anchor = "text" if ref_date else None
    ctx = Context(text, ref_date, tense_at or (lambda pos: 0))
    matches = [(m, r) for pattern, r in compiled() for m in pattern.finditer(text)]
    # Resolve in text order so that quarters seen earlier inform "a year earlier".
    matches.sort(key=lambda mr: (mr[0].start(), -(mr[0].end() - mr[0].start())))
    found: list[Hit] = []
    for m, r in matches:
        h = r.apply(m, ctx)
        if h is not None and h.end > h.start:
            found.append(h)
            if h.type == "DATE":
                ctx.mention(h.start, h.end, h.value)
    # Keep the longest non-overlapping hits (ties: higher priority, then earlier).
    found.sort(key=lambda h: (-(h.end - h.start), -h.priority, h.start))
    kept: list[Hit] = []
    for h in found:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    kept = [h for h in kept if not _in_title(text, h)]
    kept = _merge_clock_and_day(text, kept)
    out = []
    for i, h in enumerate(kept):
        reason, anchor_used = h.reason, None
        if h.needs_ref:
            if h.value is None:
                reason = reason or NO_ANCHOR
            else:
                anchor_used = anchor
        out.append(
            t.TimeExpression(
                id=f"t{i + 1}",
                span=_trim(text, h.start, h.end),
                type=h.type,
                value=h.value,
                mod=h.mod,
                anchor=anchor_used,
                reason=reason,
            )
        )
    return out


# Time words that news writes in lower case; capitalized inside a sentence they are part of a name:
# "60 Minutes", ABC's "This Week With David Brinkley", the film "High Noon", "48 Hours".
_TITLE_WORD = re.compile(r"\b(?:Weeks?|Months?|Years?|Hours?|Minutes?|Seconds?|Decades?|Century|Noon|Midnight)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'`(\n\u201c\u2018]|--|_)\s*$")


def _in_title(text: str, h: Hit) -> bool:
    """A temporal phrase with a time word capitalized inside a sentence: a title or a name, not a time
    (in a headline written in title case, "Shootings in Chicago this Year", it is a time)."""
    if not _TITLE_WORD.search(text, h.start, h.end):
        return False
    line_start = text.rfind("\n", 0, h.start) + 1
    line_end = text.find("\n", h.end)
    words = re.findall(r"[^\W\d_]+", text[line_start : line_end if line_end >= 0 else len(text)])
    if words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False
    for w in _TITLE_WORD.finditer(text, h.start, h.end):
        if text[max(0, w.start() - 4) : w.start()] == "New ":
            continue  # "New Year's Day": a holiday's name is the time
        if w.start() > h.start or not _SENTENCE_START.search(text[max(0, h.start - 4) : h.start]):
            return True
    return False


def _merge_clock_and_day(text: str, hits: list[Hit]) -> list[Hit]:
    """ "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": one TIME on that day;
    "Saturday, April 25": one DATE, the explicit date's."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.type == "TIME"
            and prev.value
            and "T" in prev.value
            and h.type == "DATE"
            and h.value
            and re.fullmatch(r"\d{4}-\d\d-\d\d", h.value)
            and _GLUE.match(text[prev.end : h.start])
        ):
            clock = prev.value[prev.value.index("T") :]
            if "(" in text[prev.end : h.start]:
                # "10:35 a.m. (0735 GMT) Friday": the day dates the clock, both stay expressions of their own
                out[-1] = replace(prev, value=h.value + clock, needs_ref=prev.needs_ref or h.needs_ref)
                out.append(h)
                continue
            out[-1] = replace(prev, end=h.end, value=h.value + clock, needs_ref=prev.needs_ref or h.needs_ref)
            continue
        if (
            prev is not None
            and prev.type == "DATE"
            and prev.needs_ref
            and re.fullmatch(r"[A-Z][a-z]+day", text[prev.start : prev.end])
            and h.type == "DATE"
            and re.match(r"^\s*,\s*$", text[prev.end : h.start])
            and h.value
        ):
            # "Saturday, April 25": the explicit date decides
            out[-1] = replace(h, start=prev.start)
            continue
        out.append(h)
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without trailing spaces, commas, hyphens and periods (but "a.m." and "Sept." keep theirs)."""
    while end > start and text[end - 1] in " ,.-":
        if text[end - 1] == "." and re.search(r"(?:a\.m|p\.m|[A-Z][a-z]{1,3})\.$", text[start:end]):
            break
        end -= 1
    return start, end
