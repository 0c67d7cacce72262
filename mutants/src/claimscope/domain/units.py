"""Units: what kind of thing a unit measures, and conversions between units of one kind.

A unit arrives either normalized, as the quantities component writes it in
``Quantity.unit`` ("km", "mi", "m"), or as the text writes it ("kilometres",
"miles"); ``data/units.en.txt`` maps the written forms to the normalized ones,
so both are read here the same way.
"""

from __future__ import annotations

from typing import Optional

from claimscope.lexicon import word_table

# Normalized length unit -> kilometres per unit.
LENGTH_UNITS: dict[str, float] = {
    "km": 1.0,
    "m": 0.001,
    "cm": 1e-5,
    "mm": 1e-6,
    "mi": 1.609344,
    "nmi": 1.852,
    "ft": 0.0003048,
    "yd": 0.0009144,
}


def normalize_unit(unit: str) -> str:
    """The normalized form of a written unit: "kilometres" -> "km", "miles" -> "mi"; unknown ones as given (lower case)."""
    u = " ".join(unit.lower().split())
    return word_table("units.en.txt").get(u, u)


def length_unit(unit: Optional[str]) -> Optional[str]:
    """The normalized length unit ("km", "mi", ...) of a unit, or None when it is not a length."""
    if not unit:
        return None
    u = normalize_unit(unit)
    return u if u in LENGTH_UNITS else None


def to_km(value: Optional[float], unit: Optional[str]) -> Optional[float]:
    """``value`` in kilometres: to_km(5, "miles") -> 8.04672; None when the unit is not a length (or value is None)."""
    u = length_unit(unit)
    if u is None or value is None:
        return None
    return value * LENGTH_UNITS[u]


def is_time_unit(unit: Optional[str]) -> bool:
    """Whether a unit measures time: "days", "hours", "year", "years of age" (``data/time_units.en.txt``)."""
    if not unit:
        return False
    words = unit.lower().split()
    return bool(words) and words[0] in word_table("time_units.en.txt")
