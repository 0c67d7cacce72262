"""Temporal expressions, normalized to TIMEX3 values (the spaCy component ``claimscope_times``).

``find_times(text, reference=..., tense_at=...)`` finds dates, times, durations
and sets with regular expressions built from the word lists in
``data/time_*.txt`` (one pass of a few compiled patterns over the text, no
per-token calls) and normalizes each to a TIMEX3-style value:

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
* anaphoric expressions ("that year", "the following month", "earlier that
  day") are resolved against the date last mentioned in the text (TimeML's
  temporal focus), deictic ones ("Tuesday", "last week") against the reference;
* durations ("three years" -> P3Y, "two-week" -> P2W, "several months" ->
  PXM), sets ("weekly" -> P1W, "every Monday" -> XXXX-WXX-1) and times of
  day ("10 a.m.", "this morning", "at night" -> XXXX-XX-XXTNI).

Modifiers are kept in ``mod``: "early March" -> 2022-03 START, "as early as
March 1" -> 2022-03-01 ON_OR_BEFORE, "more than two years" -> MORE_THAN.

Layout: each rule is a pattern declared on the function that resolves it
(:func:`rules.rule`), grouped by theme in :mod:`.dates`, :mod:`.relative`,
:mod:`.durations`, :mod:`.sets_and_times` and :mod:`.holidays`; :mod:`.words`
holds the word lists and pattern pieces, :mod:`.context` what rules resolve
against, :mod:`.values` the TIMEX3 arithmetic, :mod:`.find` the pure
``find_times``, :mod:`.tense` the tense from the parse and :mod:`.component`
the spaCy component.
"""

from claimscope.extract.times.component import TimeTagger, find_doc_times, make_time_tagger
from claimscope.extract.times.dates import parse_absolute
from claimscope.extract.times.find import anchor_from_text, find_times
from claimscope.extract.times.holidays import easter, holiday_date
from claimscope.extract.times.tense import tense_function

__all__ = [
    "TimeTagger",
    "anchor_from_text",
    "easter",
    "find_doc_times",
    "find_times",
    "holiday_date",
    "make_time_tagger",
    "parse_absolute",
    "tense_function",
]
