"""The word lists of quantities: qualifiers, scales, units and change words, and token classes."""

from __future__ import annotations

import re
from functools import cache

from claimscope import lexicon
from claimscope.domain.numbers import ONES, SCALES, TEENS, TENS

# -- word lists ---------------------------------------------------------------


@cache
def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A data table whose values may carry extra tab-separated columns."""
    return {k: tuple(v.split("\t")) for k, v in lexicon.word_table(name).items()}


@cache
def qualifiers() -> dict[str, tuple[str, bool]]:
    """phrase -> (kind, comes after the number)."""
    return {k: (v[0], len(v) > 1 and v[1] == "post") for k, v in _table("quantity_qualifiers.en.txt").items()}


@cache
def scales() -> dict[str, tuple[float, bool]]:
    """word -> (multiplier, vague plural)."""
    return {k: (float(v[0]), len(v) > 1 and v[1] == "vague") for k, v in _table("quantity_scales.en.txt").items()}


@cache
def units() -> dict[str, str]:
    return dict(lexicon.word_table("units.en.txt"))


@cache
def changes() -> dict[str, str]:
    return dict(lexicon.word_table("quantity_changes.en.txt"))



# -- number words -------------------------------------------------------------

_NUMBER_WORDS = frozenset(ONES) | frozenset(TEENS) | frozenset(TENS) | frozenset(SCALES)  # the domain's number words
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.I)
_DIGITS = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?$|^[-+]?\.\d+$")
_DIGITS_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k|tn|b|mln)$", re.I)
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?|1[-.])?(?:\(\d{2,4}\)[\s.-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|(?<![\w.,])\d{3}-\d{4}(?![\d,])"
)
# Markup left in scraped text (PolNeAR tweets: <tweet tweet-id="7713..." tweet-date="March 10, 2016">).
_MARKUP = re.compile(r"<[^<>]{0,400}>")
# Street addresses: "115 Spring St.", "the 6100 block of South Ingleside Avenue".
_STREET_WORDS = frozenset("st st. street ave ave. avenue road rd rd. blvd blvd. boulevard lane ln drive dr. way place pl. court ct.".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_TIME_UNITS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades "
    "century centuries".split()
)
_NOT_NAMES = frozenset("between only with for from in since by after before during until about around over some nearly almost up".split())
_YEAR_PREPS = frozenset("in since by until till from of during before after around circa through".split())
_LIGHT_VERBS = frozenset(
    "be estimate reach stand put number total exceed rise climb top hit surpass include remain count grow "
    "jump increase fall drop record approach near double soar"
    .split()
)
_NO_MEASURE_UNITS = frozenset("years of age,months of age,weeks of age,days of age,year,month,week,day,hour,minute,second,decade,century,km,mi,m".split(","))
# Verbs whose object measures their subject: "the wall stretches 700 miles".
_SUBJECT_VERBS = frozenset("cost weigh measure stretch stand travel span cover lose gain hold last run reach exceed top".split())
_TIME_AND_AGE_UNITS = frozenset("years of age,months of age,weeks of age,days of age,year,month,week,day,hour,minute,second,decade,century".split(","))
_FRACTIONS = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())
