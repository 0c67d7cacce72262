"""The word lists of the time rules (``data/time_*.txt``) and the pattern pieces built from them.

A rule's pattern names a piece in braces, ``{MONTH}`` or ``{UNIT}``; :func:`pieces`
gives each piece's regular expression, built once from the word lists and from
the number words of :mod:`claimscope.domain.numbers`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable, Optional

from claimscope import lexicon
from claimscope.domain.numbers import FRACTIONS, ONES, ORDINALS, TEENS, TENS, VAGUE, number_value

# -- word lists ----------------------------------------------------------------


@cache
def names() -> dict[str, tuple[str, str]]:
    """Calendar names: word -> (kind, value); kinds M (month), W (weekday), S (season), P (part of day)."""
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


@cache
def modifiers() -> dict[str, str]:
    return {k: v.upper() for k, v in lexicon.word_table("time_modifiers.en.txt").items()}


def _of_kind(kind: str) -> list[str]:
    return [k for k, v in names().items() if v[0] == kind]


# -- reading words ---------------------------------------------------------------


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def count_value(text: str) -> Optional[float]:
    """The count before a unit: "three" -> 3, "twenty-one" -> 21, "a" -> 1, "half an" / "a half" -> 0.5,
    "a couple of" -> 2; None for a vague count ("several", "a few"), which stays an X in the value."""
    s = " ".join(text.lower().replace(",", "").split())
    head, _, rest = s.partition(" ")
    if head in ("a", "an") and rest in FRACTIONS:
        return FRACTIONS[rest]  # "a half hour"
    return number_value(s)


def month_num(word: str) -> int:
    return int(names()[word.lower().rstrip(".")][1])


def capitalized(word: str) -> bool:
    return word[:1].isupper()


def mod_of(text: Optional[str]) -> Optional[str]:
    """The TIMEX3 mod of a modifier phrase ("as early as" -> ON_OR_BEFORE, "early" -> START)."""
    if not text:
        return None
    key = re.sub(r"[\s-]+", " ", text.lower()).strip()
    table = modifiers()
    if key in table:
        return table[key]
    key2 = re.sub(r"\s+the$", "", key)
    if key2 in table:
        return table[key2]
    return table.get(key.replace("the ", "").strip())


# Before "a year" / "a day", a rate makes it a SET: "5% a year", "$3 a day", "twice a week".
RATE_BEFORE = re.compile(r"(\d|[$€£%]|percent|times|twice|once)[^.;]{0,12}$", re.I)


# -- pattern pieces ---------------------------------------------------------------

# Spelled counts before a unit ("zero" is left out: "zero hours" is rarely a duration).
_COUNT_WORDS = [w for w in ONES if w != "zero"] + list(TEENS) + list(TENS) + ["hundred", "a", "an", "half a", "half an", "a half"]
_COMPOUNDS = [f"{a}-{b}" for a in TENS for b in ONES if b != "zero"] + [
    f"{a} {b}" for a in ("twenty", "thirty", "forty", "fifty") for b in ONES if b != "zero"
]
# The last digit of a spelled year ("nineteen ninety-eight"); never "zero".
YEAR_ONES = {k: v for k, v in ONES.items() if v}
YEAR_TENS = {**TEENS, **TENS}
# Spelled ordinals up to "twenty-first" (centuries), derived from the number words: "nineteenth", "twentieth".
CENTURY_ORDINALS = {
    **ORDINALS,
    **{("twelfth" if w == "twelve" else w + "th"): n for w, n in TEENS.items() if n > 10},
    "twentieth": 20,
    **{f"twenty-{w}": 20 + n for w, n in ORDINALS.items() if n == 1},
}
# Decades spelled as words: "the nineties" -> 199 (the 1900s; "the twenties" of this century are rare in news).
DECADE_WORDS = {w[:-1] + "ies": n // 10 for w, n in TENS.items()}
RELATIVE_WORDS = "this|last|next|past|coming|previous|following|current|the past|the last|the next|the coming|the previous|the following|the current"


@cache
def pieces() -> dict[str, str]:
    """Named regex pieces that rule patterns use as ``{NAME}``."""
    months, weekdays, seasons, parts = _of_kind("M"), _of_kind("W"), _of_kind("S"), _of_kind("P")
    unit_words = list(units())
    mods = alt([m for m in modifiers() if m not in ("early", "late", "mid")])
    return {
        "MONTH": rf"(?P<month>{alt(months)})\.?",
        "DAY": r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?",
        "YEAR": r"(?P<year>(?:1[6-9]|20)\d\d)",
        # a modifier before a date: "as early as", "early", "the late"
        "PREFIX": rf"(?:(?P<mod>(?:{mods})\s+(?:the\s+)?|(?:early|late|mid)[- ]+|the\s+(?:early|late|mid)[- ]+))?",
        "MODS": mods,
        "WD": rf"(?P<wd>{alt(weekdays)})",
        "UNIT": rf"(?P<unit>{alt(unit_words)})",
        "REL": rf"(?P<rel>{RELATIVE_WORDS})",
        "NUM": r"(?:\d+(?:\.\d+)?|" + alt(_COUNT_WORDS + _COMPOUNDS) + ")",
        "VAGUE": alt(VAGUE),  # "several months" -> PXM, "a couple of days" -> P2D
        "MONTHS": alt(months),
        "WEEKDAYS": alt(weekdays),
        "WEEKDAYS_PLURAL": alt([w + "s" for w in weekdays]),
        "SEASONS": alt(seasons),
        "PARTS": alt(parts),
        "UNITS": alt(unit_words),
        "PLURAL_UNITS": alt([u for u in unit_words if u.endswith("s")]),
        "RELATIVE_WHAT": alt(["week", "month", "year", "quarter", "weekend", "decade", "century"] + seasons + months + weekdays),
        "EVERY_WHAT": alt(
            ["day", "week", "month", "year", "quarter", "hour", "morning", "night", "evening", "weekend", "decade"]
            + weekdays
            + months
        ),
        "SETS": alt(sets()),
        "REFS": alt(refs()),
        "HOLIDAYS": alt(holidays()),
        "YEAR_TENS": alt(YEAR_TENS),
        "CENTURY_ORDINALS": alt(CENTURY_ORDINALS),
        "DECADE_WORDS": alt(DECADE_WORDS),
        "YEAR_ONES": alt(YEAR_ONES),
    }
