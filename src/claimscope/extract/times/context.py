"""What the rules resolve against: the text, the reference date and the tense at each offset."""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable, Optional

_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?$")
# words before a month or day that put it before the reference date, whatever the tense
_BEFORE_NOW = re.compile(r"\b(?:ended|since)\s+$", re.I)
# words before a month or day that set a term, whatever the tense of the verb
_TERM = re.compile(r"\b(?:effective|payable|through|until|till|record)\s+$", re.I)


class Context:
    """The document one run of the rules works on.

    ``ref`` is the reference date (publication date, else the first full date of
    the text, else None); ``tense_at(offset)`` is below 0 (past), 0 or above 0 (future), ±2 when read off
    the verb that governs the expression and ±1 when only the sentence tells;
    ``last_quarter`` is the quarter an earnings report is about (:meth:`quarter`), read by "a year earlier" and
    "the same period"; ``mentions`` the calendar dates resolved so far (start, end,
    value), read by "that year" and "the following month" (rules run in text order).
    """

    def __init__(self, text: str, reference: Optional[dt.date], tense_at: Callable[[int], int]):
        self.text = text
        self.ref = reference
        self.tense_at = tense_at
        self.last_quarter: Optional[str] = None
        self._reporting = False  # last_quarter is a quarter of the reference year, named first ("third-quarter net")
        self.mentions: list[tuple[int, int, str]] = []

    def quarter(self, value: str, *, reporting: bool) -> None:
        """A quarter resolved in the text. The first quarter placed by the reference date ("third-quarter net",
        "the latest quarter") is the period the report is about and stays so ("after a flat second quarter" does not
        move it); a quarter with its own year ("the third quarter of 1984") counts only until then."""
        if self._reporting:
            return
        self.last_quarter = value
        self._reporting = reporting

    @property
    def report_quarter(self) -> Optional[str]:
        """The quarter the report is about, when one was named ("third-quarter net"), else None."""
        return self.last_quarter if self._reporting else None

    def period_of_months(self) -> None:
        """ "the first nine months", "for the six months": from here "a year earlier" is the year, not the quarter."""
        self.last_quarter = None
        self._reporting = False

    def mention(self, start: int, end: int, value: Optional[str]) -> None:
        """Record a calendar date ("1995", "1995-05", "1995-05-22") that later anaphora can refer to."""
        if value and _CALENDAR.match(value):
            self.mentions.append((start, end, value))

    def last_mention(self, pos: int, length: int) -> Optional[str]:
        """The value of the last date mentioned before ``pos`` with at least ``length`` characters
        (4 a year, 7 a month, 10 a day); of two ending together ("May 22, 1995" and its "1995") the longer."""
        best = None
        for start, end, value in self.mentions:
            if end > pos or len(value) < length:
                continue
            if best is None or end > best[1] or (end == best[1] and start < best[0]):
                best = (start, end, value)
        return best[2] if best else None

    def before(self, m_start: int, n: int) -> str:
        """The ``n`` characters before an offset."""
        return self.text[max(0, m_start - n) : m_start]

    def after(self, m_end: int, n: int) -> str:
        return self.text[m_end : m_end + n]

    def year_for(self, month: int, pos: int, day: int = 15) -> int:
        """The year that puts month/day nearest the reference date, past dates preferred unless the verb is future."""
        ref = self.ref
        if _BEFORE_NOW.search(self.before(pos, 12)):
            # "the fiscal year ended Jan. 31", "since March": a date that has passed, the latest such
            return ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
        tense = self.tense_at(pos)
        if tense < 0 and _TERM.search(self.before(pos, 15)):
            tense = 0  # "payable Dec. 7", "effective Feb. 1", "loans through January": a term that may lie ahead
        best, best_score = ref.year, None
        for year in (ref.year - 1, ref.year, ref.year + 1):
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                continue
            cand = dt.date(year, month, min(day, 28))
            dist = abs((cand - ref).days)
            if cand > ref and tense <= 0:
                # a past verb that governs the date (-2) is surer than a past verb somewhere in the sentence (-1)
                dist *= (5.0 if tense < -1 else 2.5) if tense < 0 else 1.5
            if cand < ref and tense > 0:
                dist *= 3
            if best_score is None or dist < best_score:
                best, best_score = year, dist
        return best

    def weekday_date(self, wd: int, direction: int) -> dt.date:
        """The weekday ``wd`` (ISO) before (-1), after (+1) or in the week of (0) the reference date."""
        ref = self.ref
        diff = wd - ref.isoweekday()
        if direction < 0:
            return ref + dt.timedelta(days=diff - 7 if diff >= 0 else diff)
        if direction > 0:
            return ref + dt.timedelta(days=diff + 7 if diff <= 0 else diff)
        return ref + dt.timedelta(days=diff)
