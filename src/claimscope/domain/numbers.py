"""One number reader: digits, number words and vague counts.

Every part of claimscope that turns words into numbers (quantities, durations
in times, stated distances in the spatial check, figures in claim matching)
reads them here, so "several", "a dozen" or "2.5 million" mean one thing.

Vague counts are ranges, never a made-up exact value: "several" is at least 3,
"a few" 2 to 5, "dozens of" at least 24.
"""

from __future__ import annotations

import re
from typing import Optional

from text_to_num import text2num

ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, float] = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Abbreviated scales glued to digits or following them: "$3m", "5bn", "2.5 mln".
SCALE_ABBREVIATIONS: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12,
}
# Every single word that is a number (without "a"/"an", which are numbers only before a scale).
NUMBER_WORDS: dict[str, float] = {**ONES, **TEENS, **TENS, **SCALES, "dozen": 12.0}
# Vague counts as (low, high) ranges; high None means open.
VAGUE: dict[str, tuple[float, Optional[float]]] = {
    "a couple of": (2, 2), "a couple": (2, 2), "couple of": (2, 2),
    "a few": (2, 5), "few": (2, 5),
    "several": (3, None), "some": (2, None), "many": (3, None), "numerous": (3, None),
    "a dozen": (12, 12), "dozens of": (24, None), "dozens": (24, None),
    "scores of": (40, None), "hundreds of": (200, None), "thousands of": (2000, None),
    "tens of thousands of": (20000, None), "hundreds of thousands of": (200000, None), "millions of": (2e6, None),
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
FRACTIONS: dict[str, float] = {
    "half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
    "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

_DIGITS = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-+]?\.\d+$")
_DIGITS_SCALE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)(bn|mn|mln|tn|m|k|b)$", re.I)
_LOOSE_DIGITS = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?$")  # "1,5000" as typed: the commas are dropped
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)


def digits_value(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


def is_ordinal(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def words_value(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = ws[0] == "half"
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
    except (ValueError, TypeError):  # digits with scale words ("2.5 million"), odd spellings
        value = scaled_value(ws)
    if value is None:
        return None
    return value * 0.5 if half else value


def scaled_value(ws: list[str]) -> Optional[float]:
    """Word by word: units add, scales multiply what came before ("2.5 million", "3 thousand 500")."""
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    return total + current if seen else None


def vague_range(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(" ".join(phrase.lower().split()))


def number_value(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())
