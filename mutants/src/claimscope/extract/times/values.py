"""TIMEX3 value arithmetic: calendar steps and the spelling of dates, weeks, quarters and durations."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

# A fraction of a unit in the next smaller one: "2 1/2 years" -> P2Y6M, "a minute and a half" -> PT1M30S.
_SUBUNIT = {"Y": (12, "M"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def year_str(year: int) -> str:
    """A TIMEX3 year, "0998" or "2022"; ValueError outside 1..9999 (the rules turn it into a reason)."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} out of range")
    return f"{year:04d}"


def decade_str(decade: int) -> str:
    """A TIMEX3 decade, "199" for the 1990s; ValueError outside the calendar years."""
    if not 0 <= decade <= dt.MAXYEAR // 10:
        raise ValueError(f"decade {decade} out of range")
    return f"{decade:03d}"


def century_str(century: int) -> str:
    """A TIMEX3 century, "19" for the 1900s; ValueError outside the calendar years."""
    if not 0 <= century <= dt.MAXYEAR // 100:
        raise ValueError(f"century {century} out of range")
    return f"{century:02d}"


def month_str(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def shift_month(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def duration_value(n: Optional[float], unit: str, half: bool = False) -> str:
    """P3Y, PT5H30M, PXM (n None: a vague amount); decades and centuries in years (P10Y) unless vague (PXY, PXC)."""
    if n is not None and half:
        n += 0.5
    if unit in ("DE", "CE"):
        if n is None:
            return "PXY" if unit == "DE" else "PXC"
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if n is not None and n != int(n) and unit in _SUBUNIT:
        per, sub = _SUBUNIT[unit]
        whole, rest = int(n), round((n - int(n)) * per)
        head = duration_value(float(whole), unit) if whole else "P"
        tail = duration_value(float(rest), sub)[1:]
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
