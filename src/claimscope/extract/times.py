"""Temporal expressions, normalized to TIMEX3 values.

``find_times(text, reference=..., tenses=...)`` finds dates, times, durations
and sets with regular expressions built from the word lists in
``data/time_*.txt`` (fast: one pass of a few compiled patterns over the text,
no per-token calls) and normalizes each to a TIMEX3-style value:

* absolute dates ("February 24, 2022", "24 February 2022") are read by
  ``dateparser`` (cached; only strings the patterns already recognised are
  passed to it);
* dates without a year ("February 24", "early March", "Friday", "last week",
  "this month", "a year ago") are resolved against the reference date: the
  publication date (``doc._.published``), else the first full date in the
  text (``anchor: "text"``), else they are kept with ``value: None`` and a
  ``reason``.  The tense of the sentence decides between the past and the
  coming occurrence of a month or weekday, as in HeidelTime (Strötgen &
  Gertz 2013);
* durations ("three years" -> P3Y, "two-week" -> P2W, "several months" ->
  PXM), sets ("weekly" -> P1W, "every Monday" -> XXXX-WXX-1) and times of
  day ("10 a.m.", "this morning", "at night" -> XXXX-XX-XXTNI).

Modifiers are kept in ``mod``: "early March" -> 2022-03 START, "as early as
March 1" -> 2022-03-01 ON_OR_BEFORE, "more than two years" -> MORE_THAN.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from claimscope import lexicon
from claimscope import types as t
from claimscope.extract.base import Component, doc_text

# -- word lists ----------------------------------------------------------------


@cache
def names() -> dict[str, tuple[str, str]]:
    out = {}
    for k, v in lexicon.word_table("time_names.en.txt").items():
        kind, _, value = v.partition(":")
        out[k] = (kind, value)
    return out


@cache
def units() -> dict[str, str]:
    return {k: v.upper() for k, v in lexicon.word_table("time_units.en.txt").items()}


@cache
def refs() -> dict[str, tuple[str, str]]:
    return {k: tuple(v.split("\t")[:2]) for k, v in lexicon.word_table("time_refs.en.txt").items()}


@cache
def sets() -> dict[str, str]:
    return {k: v.split("\t")[0].strip().upper() for k, v in lexicon.word_table("time_sets.en.txt").items()}


@cache
def adjective_sets() -> frozenset[str]:
    """Set words that stay a recurrence before a noun ("a daily rally"), unlike "annual report"."""
    return frozenset(k for k, v in lexicon.word_table("time_sets.en.txt").items() if v.endswith("\tadj"))


@cache
def holidays() -> dict[str, str]:
    return dict(lexicon.word_table("time_holidays.en.txt"))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday_date(rule: str, year: int) -> Optional[dt.date]:
    """The date of a holiday rule from ``data/time_holidays.en.txt`` in ``year``."""
    m = re.fullmatch(r"EASTER([+-]\d+)", rule)
    if m:
        return _easter(year) + dt.timedelta(days=int(m.group(1)))
    m = re.fullmatch(r"(\d\d)-(\d\d)", rule)
    if m:
        return dt.date(year, int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d\d)-W([1-5L])-([1-7])([+-]\d+)?", rule)
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


@cache
def modifiers() -> dict[str, str]:
    return {k: v.upper() for k, v in lexicon.word_table("time_modifiers.en.txt").items()}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "half a": 0.5, "half an": 0.5, "a half": 0.5,
}
_VAGUE = ("several", "a few", "few", "many", "some", "a couple of", "a couple", "couple of", "numerous")
# A fraction of a unit in the next smaller one: "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S.
_SUBUNIT = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


_YEAR_CONTEXT = frozenset("the in of since by until till from during for fiscal before after early late mid around through and".split())
_SPELLED_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                 "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _num_value(text: str) -> Optional[float]:
    s = text.lower().replace(",", "").strip()
    if s in ("a couple of", "a couple", "couple of"):
        return 2.0
    if s in _VAGUE:
        return None
    if s in _NUM_WORDS:
        return float(_NUM_WORDS[s])
    try:
        return float(s)
    except ValueError:
        pass
    parts = re.split(r"[\s-]+", s)
    total = 0.0
    for p in parts:
        if p in ("and",):
            continue
        if p not in _NUM_WORDS:
            return None
        v = _NUM_WORDS[p]
        total = total * v if v == 100 and total else total + v
    return total


# -- patterns ----------------------------------------------------------------------


@dataclass
class _Hit:
    start: int
    end: int
    type: str
    value: Optional[str]
    mod: Optional[str] = None
    needs_ref: bool = False
    reason: Optional[str] = None
    priority: int = 0


@cache
def _patterns() -> list[tuple[re.Pattern, str]]:
    nm = names()
    months = [k for k, v in nm.items() if v[0] == "M"]
    weekdays = [k for k, v in nm.items() if v[0] == "W"]
    seasons = [k for k, v in nm.items() if v[0] == "S"]
    parts = [k for k, v in nm.items() if v[0] == "P"]
    unit_words = list(units())
    num = r"(?:\d+(?:\.\d+)?|" + _alt([k for k in _NUM_WORDS] + [
        f"{a}-{b}" for a in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
        for b in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    ] + [f"{a} {b}" for a in ("twenty", "thirty", "forty", "fifty") for b in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")]) + ")"
    vague = _alt(_VAGUE)
    mods = _alt([m for m in modifiers() if m not in ("early", "late", "mid")])
    MONTH = rf"(?P<month>{_alt(months)})\.?"
    prefix = rf"(?:(?P<mod>(?:{mods})\s+(?:the\s+)?|(?:early|late|mid)[- ]+|the\s+(?:early|late|mid)[- ]+))?"
    year = r"(?P<year>(?:1[6-9]|20)\d\d)"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    W = rf"(?P<wd>{_alt(weekdays)})"
    U = rf"(?P<unit>{_alt(unit_words)})"
    rel = r"(?P<rel>this|last|next|past|coming|previous|following|current|the past|the last|the next|the coming|the previous|the following|the current)"
    out = [
        # ISO and numeric dates
        (rf"\b(?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)\b", "iso"),
        (r"\b(?P<num_date>[01]?\d/[0-3]?\d/(?:\d\d)?\d\d)\b", "numdate"),
        # month day (year), day month (year), month year, month
        (rf"\b{prefix}{MONTH}\s+{day}(?:\s*,\s*|\s+){year}\b", "mdy"),
        (rf"\b{prefix}{MONTH}\s+{day}\b(?!\s*(?:%|percent|people|million|billion|,\d))", "md"),
        (rf"\b{prefix}{day}\s+(?:of\s+)?{MONTH}(?:,?\s+{year})?\b", "dmy"),
        (rf"\b{prefix}{MONTH}(?:\s+of)?,?\s+{year}\b", "my"),
        (rf"\b{prefix}{MONTH}\b", "m"),
        # years, fiscal years, decades
        (rf"\b{prefix}(?P<fiscal>fiscal\s+(?:year\s+)?)?{year}\b(?![-/]\d)", "y"),
        (rf"\b(?:the\s+year\s+)?(?P<century>nineteen|eighteen|twenty)[\s-]+(?P<tens>{_alt(_SPELLED_TENS)})(?:[\s-]+(?P<ones>{_alt(_SPELLED_ONES)}))?\b", "spelled_year"),
        (rf"\b(?:the\s+year\s+)two\s+thousand(?:\s+and\s+(?P<ones2>{_alt(_SPELLED_ONES)}))?\b", "spelled_2000"),
        (rf"\b(?:the\s+)?{prefix}(?P<dec>(?:1[6-9]|20)\d0)'?s\b", "decade"),
        # quarters and halves
        (rf"\b(?:(?P<qrel>this year's|last year's|next year's|the year-earlier|the year-ago|the fiscal|the)\s+)?(?:fiscal\s+)?(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(?P<qh>quarter|half)(?:\s+of\s+(?:fiscal\s+)?{year})?\b", "quarter"),
        (r"\b(?P<qq>the\s+(?:latest|last|current|previous|past|same|year-earlier|year-ago)\s+quarter|the\s+quarter|the\s+(?:latest|year-earlier|year-ago|same)\s+period)\b", "this_quarter"),
        # relative: this/last/next + unit / month / weekday / season
        (rf"\b(?P<pre>(?:early|late|earlier|later)\s+)?{rel}\s+(?P<what>{_alt(['week', 'month', 'year', 'quarter', 'weekend', 'decade', 'century'] + seasons + months + weekdays)})\b(?!\.?\s+[0-3]?\d\b)", "relative"),
        (r"\b(?P<ye>(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year-(?:earlier|ago)(?:\s+period)?|year-(?:earlier|ago)|the\s+previous\s+year|the\s+prior\s+year)\b", "year_earlier"),
        # n units ago / later / earlier
        (rf"\b(?P<dmod>(?:{mods})\s+)?(?P<num>{num}|{vague})[\s-]+{U}(?P<orso>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|before|after|from now|hence)\b", "offset"),
        # durations
        (rf"\b(?P<dmod>(?:{mods})\s+)?(?:(?P<the>the)\s+)?(?:(?P<drel>past|last|next|first|coming|previous|final|initial|latest|following|remaining|same)\s+)?(?P<num>{num}|{vague})(?P<frac>\s+1/2|\s*½)?[\s-]+(?:(?P<half>and a half)\s+)?(?:(?P<extra>more|additional|further|extra|straight|consecutive|trading|business|working)\s+)?{U}(?P<half2>\s+and\s+a\s+half)?(?P<old>[- ]olds?)?\b(?!-old)", "duration"),
        (rf"\b(?:the\s+)?(?P<drel>past|last|next|coming|previous|recent|following)\s+(?P<unit>{_alt([u for u in unit_words if u.endswith('s')])})\b", "vague_duration"),
        (rf"(?<=\bfor\s)(?P<unit>years|months|decades|weeks|days|hours|centuries)\b", "vague_duration"),
        (r"\b(?:the\s+)?(?:(?:coming|next)\s+)?(?P<unit>years|months|weeks|days|hours)\s+ahead\b", "vague_duration"),
        (rf"\b(?P<the>the)\s+(?P<unit>year|week|month)\b(?!\s*(?:'s|of\b|before|after|earlier|ago|-))", "the_unit"),
        (rf"\b(?P<a>a|one)\s+(?P<unit>year|week|month|day|decade|century|hour|minute)\b(?![-'])", "a_unit"),
        # sets
        (rf"\b(?P<set>{_alt(sets())})\b", "set_word"),
        (rf"\b(?P<every>each|every|per|a|an|twice\s+a|once\s+a|(?:{num})\s+times\s+a)\s+(?P<what>{_alt(['day', 'week', 'month', 'year', 'quarter', 'hour', 'morning', 'night', 'evening', 'weekend', 'decade'] + weekdays + months)})\b", "set_every"),
        (rf"\bevery\s+(?P<num>{num}|other)\s+{U}\b", "set_every_n"),
        (rf"\b(?P<wds>{_alt([w + 's' for w in weekdays])}|(?P<wd1>{_alt(weekdays)})\s+(?P<parts>{_alt(parts)})s)\b", "set_weekdays"),
        # times of day
        (r"\b(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?P<tz>EST|EDT|GMT|UTC|ET|PST|PDT|CET|local time))?", "clock"),
        (r"\b(?P<h>[0-2]?\d):(?P<min>[0-5]\d)\b(?!\s*(?:a\.m|p\.m|am\b|pm\b))", "clock24"),
        (r"\b(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s+(?:o'clock\s+)?(?P<inpart>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b", "clock_part"),
        (r"\b(?P<noon>noon|midnight|midday)\b", "noon"),
        (rf"\b(?P<lunit>{_alt(unit_words)})-long\b", "long"),
        (rf"\b{W}(?:\s+(?P<part>{_alt(parts)}))?\b", "weekday"),
        (rf"\b(?P<wrel>last|next|this|on|coming|past)\s+{W}(?:\s+(?P<part>{_alt(parts)}))?\b", "weekday_rel"),
        (rf"\b(?P<ref>{_alt(refs())})\b", "ref"),
        (rf"\b(?:the\s+)?(?P<season>{_alt(seasons)})\s+(?:of\s+)?{year}\b", "season_year"),
        (rf"\b(?:(?P<hrel>last|next|this)\s+)?(?P<holiday>{_alt(holidays())})(?:\s+{year})?\b", "holiday"),
        (rf"\b(?P<bare>years|months|weeks|decades|centuries)\b", "bare_units"),
        (r"\b(?P<we>the\s+weekend|this\s+weekend)\b", "weekend"),
        (r"\b(?P<ye2>(?:the\s+)?year[- ]end|(?:the\s+)?end\s+of\s+the\s+year|year's\s+end)\b", "year_end"),
        (r"\b(?P<fy>the\s+(?:current\s+|latest\s+|full\s+|same\s+)?(?:fiscal\s+)?year|(?:the\s+)?(?:current|latest)\s+(?:fiscal\s+)?year)\b(?!\s*(?:'s|earlier|ago|before|after|-))", "fiscal_year"),
        (r"\b(?P<sameday>the same day|that day|the day before|the next day|the following day|the previous day|the day after)\b", "sameday"),
    ]
    return [(re.compile(p, re.I), kind) for p, kind in out]


# -- helpers ---------------------------------------------------------------------------


def _shift_month(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _mod_of(text: Optional[str]) -> Optional[str]:
    if not text:
        return None
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    key = re.sub(r"^the ", "the ", key)
    table = modifiers()
    if key in table:
        return table[key]
    key2 = re.sub(r"\s+the$", "", key)
    if key2 in table:
        return table[key2]
    key3 = key.replace("the ", "").strip()
    return table.get(key3)


@lru_cache(maxsize=4096)
def parse_absolute(text: str) -> Optional[dt.date]:
    """An explicit calendar date ("February 24, 2022", "24 Feb 2022") through dateparser, cached."""
    import dateparser

    parsed = dateparser.parse(
        text, languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    )
    return parsed.date() if parsed else None


def _month_num(word: str) -> int:
    return int(names()[word.lower().rstrip(".")][1])


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


# -- resolution -----------------------------------------------------------------------


class _Resolver:
    """Normalizes one pattern hit against the reference date and the tense of its sentence."""

    def __init__(self, text: str, reference: Optional[dt.date], tense_at: Callable[[int], int]):
        self.text = text
        self.ref = reference
        self.tense_at = tense_at  # -1 past, 0 present, +1 future
        self.last_quarter: Optional[str] = None

    def hit(self, m: re.Match, kind: str) -> Optional[_Hit]:
        fn = getattr(self, "_" + kind)
        return fn(m)

    # -- absolute
    def _iso(self, m):
        return _Hit(m.start(), m.end(), "DATE", m.group("iso"), priority=3)

    def _numdate(self, m):
        mo, d, y = m.group("num_date").split("/")
        y = int(y)
        if y < 100:
            y += 1900 if y > 30 else 2000
        try:
            return _Hit(m.start(), m.end(), "DATE", dt.date(y, int(mo), int(d)).isoformat(), priority=3)
        except ValueError:
            return None

    def _start_after_mod(self, m):
        return m.start("month") if m.group("mod") and not _mod_of(m.group("mod")) else m.start()

    def _mdy(self, m):
        if not _capitalized(m.group("month")):
            return None
        core = self.text[m.start("month") : m.end()]
        date = parse_absolute(core)
        if date is None:
            try:
                date = dt.date(int(m.group("year")), _month_num(m.group("month")), int(m.group("day")))
            except ValueError:
                return None
        return _Hit(m.start(), m.end(), "DATE", date.isoformat(), mod=_mod_of(m.group("mod")), priority=3)

    def _dmy(self, m):
        if not _capitalized(m.group("month")):
            return None
        if m.group("year"):
            core = self.text[m.start("day") : m.end()]
            date = parse_absolute(core)
            if date:
                return _Hit(m.start(), m.end(), "DATE", date.isoformat(), mod=_mod_of(m.group("mod")), priority=3)
        return self._month_day(m, int(m.group("day")))

    def _md(self, m):
        if not _capitalized(m.group("month")):
            return None
        if m.group("month").lower() == "may" and not m.group("mod"):
            pass
        return self._month_day(m, int(m.group("day")))

    def _month_day(self, m, day: int):
        month = _month_num(m.group("month"))
        if not 1 <= day <= 31:
            return None
        mod = _mod_of(m.group("mod"))
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, mod=mod, needs_ref=True, priority=2)
        year = self._year_for(month, m.start(), day)
        try:
            return _Hit(m.start(), m.end(), "DATE", dt.date(year, month, day).isoformat(), mod=mod, needs_ref=True, priority=2)
        except ValueError:
            return None

    def _year_for(self, month: int, pos: int, day: int = 15) -> int:
        """The year that puts month/day nearest the reference date, past dates preferred unless the verb is future."""
        ref = self.ref
        tense = self.tense_at(pos)
        best, best_score = ref.year, None
        for year in (ref.year - 1, ref.year, ref.year + 1):
            cand = dt.date(year, month, min(day, 28))
            dist = abs((cand - ref).days)
            if cand > ref and tense <= 0:
                dist *= 2.5 if tense < 0 else 1.5
            if cand < ref and tense > 0:
                dist *= 3
            if best_score is None or dist < best_score:
                best, best_score = year, dist
        return best

    def _my(self, m):
        if not _capitalized(m.group("month")):
            return None
        return _Hit(m.start(), m.end(), "DATE", f"{int(m.group('year')):04d}-{_month_num(m.group('month')):02d}", mod=_mod_of(m.group("mod")), priority=2)

    def _m(self, m):
        word = m.group("month")
        if not _capitalized(word) or (len(word) <= 3 and not word.endswith(".") and word.lower() not in ("may",)):
            return None
        before = self.text[max(0, m.start() - 12) : m.start()].lower()
        if word.lower() in ("may", "march") and not m.group("mod") and not re.search(r"\b(the|in|since|by|until|of|last|next|this|early|late|mid|through|from|to|during|before|after)\s+$", before):
            return None
        month = _month_num(word)
        mod = _mod_of(m.group("mod"))
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, mod=mod, needs_ref=True, priority=1)
        return _Hit(m.start(), m.end(), "DATE", f"{self._year_for(month, m.start()):04d}-{month:02d}", mod=mod, needs_ref=True, priority=1)

    def _y(self, m):
        after = self.text[m.end() : m.end() + 12]
        before = self.text[max(0, m.start() - 2) : m.start()]
        before_word = re.search(r"(\w+)\W*$", self.text[max(0, m.start() - 15) : m.start()])
        dated = bool(m.group("fiscal") or m.group("mod")) or (
            before_word is not None and before_word.group(1).lower() in _YEAR_CONTEXT
        )
        if re.match(r"\s*(?:%|percent|,\d|\.\d|-year)", after, re.I):
            return None
        if not dated and re.match(r"\s*(?:people|[a-z]+s\b)", after, re.I):
            return None  # "2000 people": a count
        if re.search(r"[$€£\d]\s?$|\d[.,]$", before):
            return None
        y = m.group("year")
        mod = _mod_of(m.group("mod"))
        value = f"FY{y}" if m.group("fiscal") and False else y
        return _Hit(m.start(), m.end(), "DATE", value, mod=mod, priority=1)

    def _spelled_year(self, m):
        tens = _SPELLED_TENS[m.group("tens").lower()]
        if tens < 20 and m.group("ones"):
            return None
        ones = _SPELLED_ONES[m.group("ones").lower()] if m.group("ones") else 0
        century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[m.group("century").lower()]
        if century == 20 and not m.group(0).lower().startswith("the year"):
            return None  # "twenty twenty" is rare; "twenty five" is a number
        return _Hit(m.start(), m.end(), "DATE", f"{century * 100 + tens + ones:04d}", priority=2)

    def _spelled_2000(self, m):
        ones = _SPELLED_ONES[m.group("ones2").lower()] if m.group("ones2") else 0
        return _Hit(m.start(), m.end(), "DATE", f"{2000 + ones:04d}", priority=2)

    def _decade(self, m):
        return _Hit(m.start(), m.end(), "DATE", m.group("dec")[:3], mod=_mod_of(m.group("mod")), priority=2)

    def _season_year(self, m):
        return _Hit(m.start(), m.end(), "DATE", f"{m.group('year')}-{names()[m.group('season').lower()][1]}", priority=2)

    # -- quarters
    def _quarter(self, m):
        n = _ORD[m.group("ord").lower()]
        half = m.group("qh").lower() == "half"
        if half and n > 2:
            return None
        qrel = (m.group("qrel") or "").lower()
        if m.group("year") or m.group("qyear"):
            year = int(m.group("year") or m.group("qyear"))
        elif self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True, priority=2)
        else:
            year = self.ref.year
            if "last year" in qrel or "earlier" in qrel or "ago" in qrel:
                year -= 1
            elif "next year" in qrel:
                year += 1
            elif not half and n > _quarter(self.ref) and self.tense_at(m.start()) < 0:
                year -= 1
        value = f"{year}-{'H' if half else 'Q'}{n}"
        if not half:
            self.last_quarter = value
        return _Hit(m.start(), m.end(), "DATE", value, needs_ref=not (m.group("year") or m.group("qyear")), priority=2)

    def _this_quarter(self, m):
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True)
        text = m.group("qq").lower()
        d = self.ref - dt.timedelta(days=45)
        if "period" in text and self.last_quarter:
            value = self.last_quarter
        else:
            value = f"{d.year}-Q{_quarter(d)}"
        if "earlier" in text or "ago" in text:
            y, q = value.split("-")
            value = f"{int(y) - 1}-{q}"
        return _Hit(m.start(), m.end(), "DATE", value, needs_ref=True, priority=1)

    def _year_earlier(self, m):
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True)
        if self.last_quarter:
            y, q = self.last_quarter.split("-")
            value = f"{int(y) - 1}-{q}"
        else:
            value = str(self.ref.year - 1)
        return _Hit(m.start(), m.end(), "DATE", value, needs_ref=True, priority=2)

    # -- relative
    def _relative(self, m):
        rel = m.group("rel").lower().replace("the ", "")
        what = m.group("what").lower()
        pre = (m.group("pre") or "").strip().lower()
        mod = {"early": "START", "late": "END"}.get(pre)
        start = m.start()
        if rel in ("past", "last", "next", "coming", "previous", "following") and m.group("rel").lower().startswith("the ") and what in ("week", "month", "decade", "century", "weekend", "quarter"):
            return _Hit(start, m.end(), "DURATION", self._duration_value(1, units()[what]), priority=2)
        if self.ref is None:
            return _Hit(start, m.end(), "DATE", None, mod=mod, needs_ref=True, priority=2)
        ref = self.ref
        step = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}[rel]
        kind, val = names().get(what, ("U", what))
        if what == "week":
            value = _week(ref + dt.timedelta(weeks=step))
        elif what == "weekend":
            value = _week(ref + dt.timedelta(weeks=step)) + "-WE"
        elif what == "month":
            value = _shift_month(ref, step).strftime("%Y-%m")
        elif what == "year":
            value = str(ref.year + step)
        elif what == "quarter":
            q = _quarter(ref) - 1 + step
            y, q = ref.year + q // 4, q % 4 + 1
            value = f"{y}-Q{q}"
        elif what == "decade":
            value = str(ref.year // 10 + step)
        elif what == "century":
            value = f"{ref.year // 100 + step:02d}"
        elif kind == "S":
            y = ref.year + (step if step else 0)
            value = f"{y}-{val}"
        elif kind == "M":
            month = int(val)
            if step == 0:
                y = ref.year
            elif step < 0:
                y = ref.year if month < ref.month else ref.year - 1
            else:
                y = ref.year if month > ref.month else ref.year + 1
            value = f"{y}-{month:02d}"
        elif kind == "W":
            value = self._weekday_date(int(val), step).isoformat()
        else:
            return None
        return _Hit(start, m.end(), "DATE", value, mod=mod, needs_ref=True, priority=2)

    def _weekday_date(self, wd: int, direction: int) -> dt.date:
        ref = self.ref
        diff = wd - ref.isoweekday()
        if direction < 0:
            return ref + dt.timedelta(days=diff - 7 if diff >= 0 else diff)
        if direction > 0:
            return ref + dt.timedelta(days=diff + 7 if diff <= 0 else diff)
        return ref + dt.timedelta(days=diff)

    def _weekday(self, m):
        if not _capitalized(m.group("wd")):
            return None
        return self._weekday_common(m, None)

    def _weekday_rel(self, m):
        if not _capitalized(m.group("wd")):
            return None
        return self._weekday_common(m, m.group("wrel").lower())

    def _weekday_common(self, m, rel):
        wd = int(names()[m.group("wd").lower()][1])
        part = m.group("part")
        start = m.start("wd") if rel == "on" else m.start()
        if self.ref is None:
            return _Hit(start, m.end(), "TIME" if part else "DATE", None, needs_ref=True, priority=2)
        if rel in ("last", "past"):
            d = self._weekday_date(wd, -1)
        elif rel in ("next", "coming"):
            d = self._weekday_date(wd, 1)
        else:
            tense = self.tense_at(m.start())
            diff = wd - self.ref.isoweekday()
            if diff == 0:
                d = self.ref
            elif tense > 0:
                d = self._weekday_date(wd, 1)
            else:
                d = self._weekday_date(wd, -1)
        value = d.isoformat()
        if part:
            return _Hit(start, m.end(), "TIME", value + "T" + names()[part.lower()][1], needs_ref=True, priority=2)
        return _Hit(start, m.end(), "DATE", value, needs_ref=True, priority=2)

    def _offset(self, m):
        n = _num_value(m.group("num"))
        unit = units()[m.group("unit").lower()]
        direction = m.group("dir").lower()
        sign = 1 if direction in ("later", "after", "from now", "hence") else -1
        dmod = _mod_of(m.group("dmod")) or ("APPROX" if m.group("orso") else None)
        if direction in ("later", "after", "before", "earlier"):
            # anchored to an event, not to the reference date: TimeML marks the duration
            end = m.start("dir")
            while end > m.start() and self.text[end - 1].isspace():
                end -= 1
            return _Hit(m.start(), end, "DURATION", self._duration_value(n, unit), mod=dmod, priority=2)
        if n is None or unit in ("TH", "TM", "TS", "WE"):
            if n is None:
                return _Hit(m.start(), m.end(), "DURATION" if False else "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod=dmod, priority=2)
            return None
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, mod=dmod, needs_ref=True, priority=2)
        ref = self.ref
        n_int = int(n)
        if unit == "Y":
            value = str(ref.year + sign * n_int)
        elif unit == "M":
            value = _shift_month(ref, sign * n_int).strftime("%Y-%m")
        elif unit == "W":
            value = _week(ref + dt.timedelta(weeks=sign * n_int))
        elif unit == "D":
            value = (ref + dt.timedelta(days=sign * n_int)).isoformat()
        elif unit == "DE":
            value = str((ref.year + sign * 10 * n_int) // 10)
        elif unit == "CE":
            value = f"{(ref.year + sign * 100 * n_int) // 100:02d}"
        elif unit == "Q":
            d = _shift_month(ref, sign * 3 * n_int)
            value = f"{d.year}-Q{_quarter(d)}"
        else:
            return None
        return _Hit(m.start(), m.end(), "DATE", value, mod=dmod, needs_ref=True, priority=2)

    # -- durations
    def _duration_value(self, n: Optional[float], unit: str, half: bool = False) -> str:
        if n is not None and half:
            n += 0.5
        if unit in ("DE", "CE"):
            if n is None:
                return "PXY" if unit == "DE" else "PXC"
            n, unit = n * (10 if unit == "DE" else 100), "Y"
        if n is not None and n != int(n) and unit in _SUBUNIT:
            per, sub = _SUBUNIT[unit]
            whole, rest = int(n), round((n - int(n)) * per)
            head = self._duration_value(float(whole), unit) if whole else "P"
            tail = self._duration_value(float(rest), sub)[1:]
            if head.startswith("PT") and tail.startswith("T"):
                tail = tail[1:]
            return head + tail if whole else "P" + tail
        if n is None:
            amount = "X"
        elif n == int(n):
            amount = str(int(n))
        else:
            amount = f"{n:g}"
        if unit.startswith("T"):
            return f"PT{amount}{unit[1:]}"
        return f"P{amount}{unit}"

    def _duration(self, m):
        raw = m.group("num")
        n = _num_value(raw)
        unit = units()[m.group("unit").lower()]
        drel = (m.group("drel") or "").lower()
        glued = self.text[m.end("num") : m.start("unit")] == "-"
        if raw.lower() == "one" and unit == "D" and not glued and not m.group("drel") and not m.group("the") and re.search(
            r"\b(?:will|would|could|might|may|can|should|shall|must|'ll|he|she|they|we|i|you|it)\s+$", self.text[max(0, m.start() - 8) : m.start()], re.I
        ):
            return _Hit(m.start(), m.end(), "DATE", "FUTURE_REF", priority=2)  # "will one day be", "she one day hopes"
        if raw.lower() in ("a", "an", "one") and not glued and not m.group("drel") and not m.group("the") and not m.group("dmod") and not m.group("old") and not m.group("extra") and not m.group("half2") and not m.group("half"):
            return None  # handled by _a_unit (may be a set: "$5 a year")
        if unit == "WE" or m.group("old"):
            return None  # "a 6-year-old": an age, a quantity rather than a time
        # "1998 years"? no: numbers look like years only before a unit when they are small
        if n is not None and n >= 1000:
            return None  # "the 1988 second quarter": a year, not 1988 seconds
        if unit == "Q" and re.search(r"-quarters?$", m.group(0), re.I):
            return None  # "three-quarters of": a fraction
        half = bool(m.group("half") or m.group("half2") or m.group("frac"))
        return _Hit(m.start(), m.end(), "DURATION", self._duration_value(n, unit, half), mod=_mod_of(m.group("dmod")), priority=2)

    def _vague_duration(self, m):
        unit = units()[m.group("unit").lower()]
        if "recent years" in m.group(0).lower():
            return _Hit(m.start(), m.end(), "DATE", "PAST_REF", priority=1)
        return _Hit(m.start(), m.end(), "DURATION", self._duration_value(None, unit), priority=1)

    def _the_unit(self, m):
        unit = units()[m.group("unit").lower()]
        before = self.text[max(0, m.start() - 30) : m.start()]
        part = re.search(r"\b(?:(?:the\s+)?(?P<edge>end|beginning|start|middle|rest|remainder)\s+of|(?P<when>earlier|later)\s+(?:in|this))\s+$", before, re.I)
        if part and unit in ("Y", "M", "W"):
            # "the end of the month" -> this month, END; "earlier in the year" -> this year
            word = (part.group("edge") or part.group("when")).lower()
            mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID", "earlier": None, "later": None}.get(word)
            start = m.start() - (len(before) - part.start())
            if self.ref is None:
                return _Hit(start, m.end(), "DATE", None, mod=mod, needs_ref=True, priority=3)
            value = {"Y": str(self.ref.year), "M": self.ref.strftime("%Y-%m"), "W": _week(self.ref)}[unit]
            return _Hit(start, m.end(), "DATE", value, mod=mod, needs_ref=True, priority=3)
        return _Hit(m.start(), m.end(), "DURATION", f"P1{unit}", priority=0)

    def _a_unit(self, m):
        before = self.text[max(0, m.start() - 25) : m.start()]
        unit = units()[m.group("unit").lower()]
        if re.search(r"(\d|[$€£%]|percent|times|twice|once)[^.;]{0,12}$", before, re.I) and m.group("a").lower() == "a":
            return _Hit(m.start(), m.end(), "SET", self._duration_value(1, unit), priority=1)
        return _Hit(m.start(), m.end(), "DURATION", self._duration_value(1, unit), priority=1)

    # -- sets
    def _set_word(self, m):
        after = self.text[m.end() : m.end() + 20]
        if m.group("set").lower() not in adjective_sets() and re.match(r"\s+(?!and\b|or\b|in\b|on\b|at\b|for\b|to\b|by\b|since\b|from\b|with\b|until\b|basis\b)[a-z]", after):
            return None  # "daily newspaper", "annual report": an adjective, not a recurrence
        return _Hit(m.start(), m.end(), "SET", sets()[m.group("set").lower()], priority=1)

    def _set_every(self, m):
        what = m.group("what").lower()
        every = m.group("every").lower()
        if every in ("a", "an") and what in ("day", "week", "month", "year", "hour", "decade"):
            before = self.text[max(0, m.start() - 25) : m.start()]
            if not re.search(r"(\d|[$€£%]|percent|times|twice|once)[^.;]{0,12}$", before, re.I):
                return None
        kind, val = names().get(what, ("U", what))
        if kind == "W":
            if not _capitalized(m.group("what")):
                return None
            return _Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{val}", priority=2)
        if kind == "P":
            return _Hit(m.start(), m.end(), "SET", f"XXXX-XX-XXT{val}", priority=2)
        if kind == "M":
            if every not in ("each", "every") or not _capitalized(m.group("what")):
                return None
            return _Hit(m.start(), m.end(), "SET", f"XXXX-{int(val):02d}", priority=2)
        return _Hit(m.start(), m.end(), "SET", self._duration_value(1, units()[what]), priority=2)

    def _set_every_n(self, m):
        """ "every two weeks" -> P2W, "every other day" -> P2D."""
        raw = m.group("num").lower()
        n = 2.0 if raw == "other" else _num_value(raw)
        unit = units()[m.group("unit").lower()]
        if n is None or unit == "WE":
            return None
        return _Hit(m.start(), m.end(), "SET", self._duration_value(n, unit), priority=3)

    def _set_weekdays(self, m):
        if not _capitalized(m.group("wds")):
            return None
        if m.group("wd1"):
            wd = names()[m.group("wd1").lower()][1]
            part = names()[m.group("parts").lower()][1]
            return _Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}T{part}", priority=3)
        wd = names()[m.group("wds").lower()[:-1]][1]
        return _Hit(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}", priority=1)

    # -- times of day
    def _clock(self, m):
        h = int(m.group("h"))
        minute = int(m.group("min") or 0)
        pm = m.group("ampm").lower().startswith("p")
        if h > 12:
            return None
        if pm and h < 12:
            h += 12
        if not pm and h == 12:
            h = 0
        hhmm = f"T{h:02d}:{minute:02d}"
        if self.ref is None:
            return _Hit(m.start(), m.end(), "TIME", "XXXX-XX-XX" + hhmm, priority=2)
        return _Hit(m.start(), m.end(), "TIME", self.ref.isoformat() + hhmm, needs_ref=True, priority=2)

    def _clock_part(self, m):
        """ "4 in the morning" -> T04:00, "8 in the evening" -> T20:00."""
        h = int(m.group("h"))
        minute = int(m.group("min") or 0)
        part = m.group("inpart").lower()
        if h < 1 or h > 12:
            return None
        if ("afternoon" in part or "evening" in part or ("night" in part and h >= 6)) and h < 12:
            h += 12
        elif "morning" in part and h == 12:
            h = 0
        hhmm = f"T{h:02d}:{minute:02d}"
        if self.ref is None:
            return _Hit(m.start(), m.end(), "TIME", "XXXX-XX-XX" + hhmm, priority=2)
        return _Hit(m.start(), m.end(), "TIME", self.ref.isoformat() + hhmm, needs_ref=True, priority=2)

    def _long(self, m):
        """ "a day-long strike" -> P1D, "decades-long" -> PXY."""
        word = m.group("lunit").lower()
        unit = units()[word]
        n = None if word.endswith("s") else 1.0
        return _Hit(m.start(), m.end(), "DURATION", self._duration_value(n, unit), priority=1)

    def _clock24(self, m):
        h = int(m.group("h"))
        if h > 24:
            return None
        before = self.text[max(0, m.start() - 4) : m.start()]
        if not re.search(r"\bat\s$", before):
            return None
        hhmm = f"T{h:02d}:{m.group('min')}"
        if self.ref is None:
            return _Hit(m.start(), m.end(), "TIME", "XXXX-XX-XX" + hhmm, priority=1)
        return _Hit(m.start(), m.end(), "TIME", self.ref.isoformat() + hhmm, needs_ref=True, priority=1)

    def _noon(self, m):
        hh = "T24:00" if m.group("noon").lower() == "midnight" else "T12:00"
        if self.ref is None:
            return _Hit(m.start(), m.end(), "TIME", "XXXX-XX-XX" + hh, priority=1)
        return _Hit(m.start(), m.end(), "TIME", self.ref.isoformat() + hh, needs_ref=True, priority=1)

    # -- single words
    def _ref(self, m):
        word = re.sub(r"\s+", " ", m.group("ref").lower())
        typ, rule = refs()[word]
        if word == "may":
            return None
        if rule in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            if word in ("current", "future", "recent", "once") and not self._adjectival_ok(m, word):
                return None
            return _Hit(m.start(), m.end(), typ, rule, priority=0)
        if rule.startswith("XT"):
            start = m.start()
            # TimeML leaves the preposition out of the span: "at night" -> "night"
            sub = re.search(r"(morning|afternoon|evening|night|dawn)$", m.group(0), re.I)
            if sub:
                start = m.start() + sub.start()
            return _Hit(start, m.end(), typ, "XXXX-XX-XX" + rule[1:], priority=1)
        mm = re.match(r"D([+-]\d+)(T\w+)?$", rule)
        if not mm:
            return None
        if self.ref is None:
            return _Hit(m.start(), m.end(), typ, None, needs_ref=True, priority=1)
        d = self.ref + dt.timedelta(days=int(mm.group(1)))
        return _Hit(m.start(), m.end(), typ, d.isoformat() + (mm.group(2) or ""), needs_ref=True, priority=1)

    def _adjectival_ok(self, m, word) -> bool:
        after = self.text[m.end() : m.end() + 20].lower()
        if word == "once":
            return bool(re.match(r"\s+(was|were|had|been|a|an|the)\b", after))
        if word == "current":
            return True
        return True

    def _holiday(self, m):
        name = m.group("holiday")
        if not name[:1].isupper():
            return None
        rule = holidays()[name.lower()]
        if m.group("year"):
            year = int(m.group("year"))
        elif self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True, priority=2)
        else:
            rel = (m.group("hrel") or "").lower()
            this_year = holiday_date(rule, self.ref.year)
            if rel == "last":
                year = self.ref.year if this_year and this_year < self.ref else self.ref.year - 1
            elif rel == "next":
                year = self.ref.year if this_year and this_year > self.ref else self.ref.year + 1
            else:
                probe = holiday_date(rule, self.ref.year)
                year = self._year_for(probe.month, m.start(), probe.day) if probe else self.ref.year
        d = holiday_date(rule, year)
        if d is None:
            return None
        return _Hit(m.start(), m.end(), "DATE", d.isoformat(), needs_ref=not m.group("year"), priority=2)

    def _bare_units(self, m):
        unit = units()[m.group("bare").lower()]
        before = self.text[max(0, m.start() - 12) : m.start()].lower()
        after = self.text[m.end() : m.end() + 12].lower()
        if not (re.search(r"\b(for|over|within|took|take|takes|taken|lasted|last|spent|spend|or)\s+$", before) or re.match(r"\s+(ago|or\b|later|earlier)", after)):
            return None
        return _Hit(m.start(), m.end(), "DURATION", self._duration_value(None, unit), priority=0)

    def _weekend(self, m):
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True, priority=1)
        wd = self.ref.isoweekday()
        d = self.ref - dt.timedelta(days=wd - 6) if wd >= 6 else self.ref - dt.timedelta(days=wd + 1)
        return _Hit(m.start(), m.end(), "DATE", d.isoformat() if False else _week(d) + "-WE", needs_ref=True, priority=1)

    def _year_end(self, m):
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True, mod="END", priority=1)
        return _Hit(m.start(), m.end(), "DATE", str(self.ref.year), mod="END", needs_ref=True, priority=1)

    def _fiscal_year(self, m):
        text = m.group("fy").lower()
        if text in ("the year",):
            return None
        if self.ref is None:
            return _Hit(m.start(), m.end(), "DATE", None, needs_ref=True, priority=1)
        return _Hit(m.start(), m.end(), "DATE", str(self.ref.year), needs_ref=True, priority=1)

    def _sameday(self, m):
        return None


# -- the pure function ---------------------------------------------------------------------


_FULL_DATE = re.compile(
    r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|[0-3]?\d\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b"
)


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
        tense_at: maps a character offset to -1 (past), 0 or +1 (future); default: 0.
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
    resolver = _Resolver(text, ref_date, tense_at or (lambda pos: 0))
    hits: list[_Hit] = []
    for pattern, kind in _patterns():
        for m in pattern.finditer(text):
            hits.append((m, kind))  # type: ignore[arg-type]
    # Resolve in text order so that quarters seen earlier inform "a year earlier".
    hits.sort(key=lambda mk: (mk[0].start(), -(mk[0].end() - mk[0].start())))
    found: list[_Hit] = []
    for m, kind in hits:  # type: ignore[misc]
        h = resolver.hit(m, kind)
        if h is not None and h.end > h.start:
            found.append(h)
    # Keep the longest non-overlapping hits (ties: higher priority, then earlier).
    found.sort(key=lambda h: (-(h.end - h.start), -h.priority, h.start))
    kept: list[_Hit] = []
    for h in found:
        if all(h.end <= k.start or h.start >= k.end for k in kept):
            kept.append(h)
    kept.sort(key=lambda h: h.start)
    kept = _merge_clock_and_day(text, kept)
    out = []
    for i, h in enumerate(kept):
        value, reason, anchor_used = h.value, h.reason, None
        if h.needs_ref:
            if value is None:
                reason = "no publication date and no full date in the text to place it in time"
            else:
                anchor_used = anchor
        out.append(
            t.TimeExpression(
                id=f"t{i + 1}",
                span=_trim(text, h.start, h.end),
                type=h.type,
                value=value,
                mod=h.mod,
                anchor=anchor_used,
                reason=reason,
            )
        )
    return out


# between a clock time and its day: "10 p.m. Wednesday", "5 p.m., Nov. 6", "10:35 a.m. (0735 GMT) Friday"
_GLUE = re.compile(r"^(?:,?\s+(?:on\s+)?|\s*,\s*|\s*\([^()]{1,25}\)\s*,?\s*(?:on\s+)?)$")


def _merge_clock_and_day(text: str, hits: list[_Hit]) -> list[_Hit]:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": one TIME on that day."""
    out: list[_Hit] = []
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
    while end > start and text[end - 1] in " ,.-":
        if text[end - 1] == "." and re.search(r"(?:a\.m|p\.m|[A-Z][a-z]{1,3})\.$", text[start:end]):
            break
        end -= 1
    return start, end


_FUTURE_AUX = frozenset("will 'll shall wo".split())
_FUTURE_WORDS = frozenset("next expected scheduled due planned plans plan upcoming coming".split())


def _verb_tense(verb) -> Optional[int]:
    """+1, -1 or 0 for a verb with its auxiliaries; None when it is not a verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    if any(a.lower_ == "going" for a in auxes) or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)):
        return 1
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had", "'ve") for a in auxes):
        return -1
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB", "VBN"):
        return 0
    return None


def tense_function(doc: Doc) -> Callable[[int], int]:
    """Tense at a character offset: the verb that governs the expression ("will meet on Friday" -> +1).

    Falls back to the sentence: future auxiliaries or words ("next", "scheduled") -> +1, a past-tense
    verb -> -1, else 0.
    """
    import bisect

    has_parse = doc.has_annotation("DEP")
    starts = [tok.idx for tok in doc]
    sent_tense: dict[int, int] = {}

    def sentence_tense(tok) -> int:
        sent = tok.sent if doc.has_annotation("SENT_START") or has_parse else doc[:]
        key = sent.start
        if key not in sent_tense:
            # "had been due to expire Friday", "as previously planned": a plan seen from after the fact
            looking_back = any(t.lower_ in ("had", "previously", "originally") for t in sent)
            future = any(t.lower_ in _FUTURE_AUX for t in sent) or (
                not looking_back and any(t.lower_ in _FUTURE_WORDS for t in sent)
            )
            past = any(t.tag_ == "VBD" for t in sent)
            sent_tense[key] = 1 if future else (-1 if past else 0)
        return sent_tense[key]

    def tense_at(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return 0
        tok = doc[i]
        if has_parse:
            node = tok
            for _ in range(5):
                t = _verb_tense(node)
                if t is not None and node.pos_ in ("VERB", "AUX") and not (t == 0 and node.tag_ == "VBN"):
                    if t == 0:
                        break
                    return t
                if node.head.i == node.i:
                    break
                node = node.head
        return sentence_tense(tok)

    return tense_at


def find_doc_times(doc: Doc, *, use_tense: bool = True) -> list[t.TimeExpression]:
    tense_at = tense_function(doc) if use_tense and (doc.has_annotation("TAG") or doc.has_annotation("SENT_START")) else None
    return find_times(doc_text(doc), reference=doc._.published, tense_at=tense_at)


# -- the component ------------------------------------------------------------------------


class TimeTagger(Component):
    """Writes ``doc._.times`` (a list of :class:`claimscope.types.TimeExpression`)."""

    def find(self, doc: Doc) -> list[t.TimeExpression]:
        if not self.cfg.get("enabled", True):
            return []
        return find_doc_times(doc, use_tense=self.cfg.get("use_tense", True))

    def set_annotations(self, doc: Doc, found: list[t.TimeExpression]) -> None:
        doc._.times = found


@Language.factory(
    "claimscope_times",
    default_config={"enabled": True, "use_tense": True},
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str, enabled: bool = True, use_tense: bool = True) -> TimeTagger:
    return TimeTagger(nlp, name, enabled=enabled, use_tense=use_tense)
