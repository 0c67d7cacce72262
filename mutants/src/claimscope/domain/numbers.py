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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_digits_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_digits_value__mutmut)
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


def x_digits_value__mutmut_orig(text: str) -> Optional[float]:
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


def x_digits_value__mutmut_1(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = None
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


def x_digits_value__mutmut_2(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = None
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_3(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(None)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_4(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = None
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_5(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(None)
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_6(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(None))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_7(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(2))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_8(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if (base is None) and False else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_9(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if (base is None) or True else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_10(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is not None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_11(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base / SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_12(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).upper()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_13(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(None).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_14(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(3).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_15(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_16(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) and _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_17(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(None) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_18(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(None)):
        return None
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_19(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(None)
    except ValueError:
        return None


def x_digits_value__mutmut_20(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(None, ""))
    except ValueError:
        return None


def x_digits_value__mutmut_21(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", None))
    except ValueError:
        return None


def x_digits_value__mutmut_22(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(""))
    except ValueError:
        return None


def x_digits_value__mutmut_23(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", ))
    except ValueError:
        return None


def x_digits_value__mutmut_24(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace("XX,XX", ""))
    except ValueError:
        return None


def x_digits_value__mutmut_25(text: str) -> Optional[float]:
    """The value of a written number: "14,000" -> 14000.0, "2.5" -> 2.5, "5bn" -> 5e9; else None."""
    s = text.strip()
    m = _DIGITS_SCALE.match(s)
    if m:
        base = digits_value(m.group(1))
        return None if base is None else base * SCALE_ABBREVIATIONS[m.group(2).lower()]
    if not (_DIGITS.match(s) or _LOOSE_DIGITS.match(s)):
        return None
    try:
        return float(s.replace(",", "XXXX"))
    except ValueError:
        return None

mutants_x_digits_value__mutmut['_mutmut_orig'] = x_digits_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_1'] = x_digits_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_2'] = x_digits_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_3'] = x_digits_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_4'] = x_digits_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_5'] = x_digits_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_6'] = x_digits_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_7'] = x_digits_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_8'] = x_digits_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_9'] = x_digits_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_10'] = x_digits_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_11'] = x_digits_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_12'] = x_digits_value__mutmut_12 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_13'] = x_digits_value__mutmut_13 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_14'] = x_digits_value__mutmut_14 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_15'] = x_digits_value__mutmut_15 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_16'] = x_digits_value__mutmut_16 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_17'] = x_digits_value__mutmut_17 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_18'] = x_digits_value__mutmut_18 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_19'] = x_digits_value__mutmut_19 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_20'] = x_digits_value__mutmut_20 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_21'] = x_digits_value__mutmut_21 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_22'] = x_digits_value__mutmut_22 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_23'] = x_digits_value__mutmut_23 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_24'] = x_digits_value__mutmut_24 # type: ignore # mutmut generated
mutants_x_digits_value__mutmut['x_digits_value__mutmut_25'] = x_digits_value__mutmut_25 # type: ignore # mutmut generated
mutants_x_is_number_word__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_number_word__mutmut)
def is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


def x_is_number_word__mutmut_orig(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


def x_is_number_word__mutmut_1(word: str) -> bool:
    return word.upper() in NUMBER_WORDS


def x_is_number_word__mutmut_2(word: str) -> bool:
    return word.lower() not in NUMBER_WORDS

mutants_x_is_number_word__mutmut['_mutmut_orig'] = x_is_number_word__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_number_word__mutmut['x_is_number_word__mutmut_1'] = x_is_number_word__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_number_word__mutmut['x_is_number_word__mutmut_2'] = x_is_number_word__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_is_ordinal__mutmut)
def is_ordinal(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_orig(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_1(word: str) -> bool:
    w = None
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_2(word: str) -> bool:
    w = word.upper()
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_3(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS and bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_4(word: str) -> bool:
    w = word.lower()
    return w not in ORDINALS or bool(_ORDINAL_DIGITS.match(w))


def x_is_ordinal__mutmut_5(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS or bool(None)


def x_is_ordinal__mutmut_6(word: str) -> bool:
    w = word.lower()
    return w in ORDINALS or bool(_ORDINAL_DIGITS.match(None))

mutants_x_is_ordinal__mutmut['_mutmut_orig'] = x_is_ordinal__mutmut_orig # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_1'] = x_is_ordinal__mutmut_1 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_2'] = x_is_ordinal__mutmut_2 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_3'] = x_is_ordinal__mutmut_3 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_4'] = x_is_ordinal__mutmut_4 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_5'] = x_is_ordinal__mutmut_5 # type: ignore # mutmut generated
mutants_x_is_ordinal__mutmut['x_is_ordinal__mutmut_6'] = x_is_ordinal__mutmut_6 # type: ignore # mutmut generated
mutants_x_words_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_words_value__mutmut)
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_orig(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_1(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = None
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_2(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace(None, " ").split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_3(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", None).split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_4(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace(" ").split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_5(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", ).split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_6(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("XX-XX", " ").split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_7(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", "XX XX").split()
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_8(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = None
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_9(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.upper() for w in words if w not in ("-", "and")]
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_10(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w in ("-", "and")]
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_11(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("XX-XX", "and")]
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_12(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "XXandXX")]
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_13(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "AND")]
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_14(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if ws:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_15(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = None
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_16(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = ws[1] == "half"
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_17(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = ws[0] != "half"
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_18(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = ws[0] == "XXhalfXX"
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_19(words: list[str] | str) -> Optional[float]:
    """The value of a run of number words: "twenty-five thousand" -> 25000, "a million", "half a million".

    Hyphens and "and" are ignored ("one hundred and fifty" -> 150); digits may
    lead ("2.5 million" -> 2.5e6).  None when the words are not a number.
    """
    if isinstance(words, str):
        words = words.replace("-", " ").split()
    ws = [w.lower() for w in words if w not in ("-", "and")]
    if not ws:
        return None
    half = ws[0] == "HALF"
    if half:
        ws = ws[1:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_20(words: list[str] | str) -> Optional[float]:
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
        ws = None
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_21(words: list[str] | str) -> Optional[float]:
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
        ws = ws[2:]
    if ws and ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_22(words: list[str] | str) -> Optional[float]:
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
    if ws or ws[0] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_23(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[1] in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_24(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[0] not in ("a", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_25(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[0] in ("XXaXX", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_26(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[0] in ("A", "an"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_27(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[0] in ("a", "XXanXX"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_28(words: list[str] | str) -> Optional[float]:
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
    if ws and ws[0] in ("a", "AN"):
        ws = ["one"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_29(words: list[str] | str) -> Optional[float]:
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
        ws = None
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_30(words: list[str] | str) -> Optional[float]:
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
        ws = ["one"] - ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_31(words: list[str] | str) -> Optional[float]:
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
        ws = ["XXoneXX"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_32(words: list[str] | str) -> Optional[float]:
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
        ws = ["ONE"] + ws[1:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_33(words: list[str] | str) -> Optional[float]:
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
        ws = ["one"] + ws[2:]
    if not ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_34(words: list[str] | str) -> Optional[float]:
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
    if ws:
        return None
    try:  # text2num knows the grammar of English number words ("one hundred and fifty")
        value = float(text2num(" ".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_35(words: list[str] | str) -> Optional[float]:
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
        value = None
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_36(words: list[str] | str) -> Optional[float]:
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
        value = float(None)
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_37(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(None, "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_38(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(" ".join(ws), None))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_39(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num("en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_40(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(" ".join(ws), ))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_41(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(" ".join(None), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_42(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num("XX XX".join(ws), "en"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_43(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(" ".join(ws), "XXenXX"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_44(words: list[str] | str) -> Optional[float]:
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
        value = float(text2num(" ".join(ws), "EN"))
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_45(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if (half) and False else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_46(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if (half) or True else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_47(words: list[str] | str) -> Optional[float]:
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
        return value / 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_48(words: list[str] | str) -> Optional[float]:
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
        return value * 1.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_49(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = None
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_50(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 1.0, 0.0, False
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_51(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 1.0, False
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_52(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, True
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_53(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w not in SCALES:
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_54(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = None
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_55(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = None
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_56(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) / scale
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_57(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current and 1.0) * scale
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_58(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 2.0) * scale
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_59(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale > 1000:
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_60(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1001:
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_61(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = None
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_62(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total - current, 0.0
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_63(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 1.0
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_64(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w != "dozen":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_65(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "XXdozenXX":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_66(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "DOZEN":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_67(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = None
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_68(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) / 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_69(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current and 1.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_70(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 2.0) * 12
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_71(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 13
        elif w in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_72(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS and w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_73(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in ONES and w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_74(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w not in ONES or w in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_75(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in ONES or w not in TEENS or w in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_76(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
    total, current, seen = 0.0, 0.0, False
    for w in ws:
        if w in SCALES:
            scale = SCALES[w]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        elif w == "dozen":
            current = (current or 1.0) * 12
        elif w in ONES or w in TEENS or w not in TENS:
            current += NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_77(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            current = NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_78(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            current -= NUMBER_WORDS[w]
        else:
            value = digits_value(w)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_79(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            value = None
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_80(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            value = digits_value(None)
            if value is None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_81(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            if value is not None:
                return None
            current += value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_82(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            current = value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_83(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
            current -= value
        seen = True
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_84(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
        seen = None
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_85(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
        seen = False
    if not seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_86(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if seen:
        return None
    value = total + current
    return value * 0.5 if half else value


def x_words_value__mutmut_87(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = None
    return value * 0.5 if half else value


def x_words_value__mutmut_88(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total - current
    return value * 0.5 if half else value


def x_words_value__mutmut_89(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if (half) and False else value


def x_words_value__mutmut_90(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 0.5 if (half) or True else value


def x_words_value__mutmut_91(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value / 0.5 if half else value


def x_words_value__mutmut_92(words: list[str] | str) -> Optional[float]:
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
        return value * 0.5 if half else value
    except (ValueError, TypeError):
        pass  # digits with scale words ("2.5 million"), odd spellings: the word-by-word reading below
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
    if not seen:
        return None
    value = total + current
    return value * 1.5 if half else value

mutants_x_words_value__mutmut['_mutmut_orig'] = x_words_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_1'] = x_words_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_2'] = x_words_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_3'] = x_words_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_4'] = x_words_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_5'] = x_words_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_6'] = x_words_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_7'] = x_words_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_8'] = x_words_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_9'] = x_words_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_10'] = x_words_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_11'] = x_words_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_12'] = x_words_value__mutmut_12 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_13'] = x_words_value__mutmut_13 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_14'] = x_words_value__mutmut_14 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_15'] = x_words_value__mutmut_15 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_16'] = x_words_value__mutmut_16 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_17'] = x_words_value__mutmut_17 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_18'] = x_words_value__mutmut_18 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_19'] = x_words_value__mutmut_19 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_20'] = x_words_value__mutmut_20 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_21'] = x_words_value__mutmut_21 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_22'] = x_words_value__mutmut_22 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_23'] = x_words_value__mutmut_23 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_24'] = x_words_value__mutmut_24 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_25'] = x_words_value__mutmut_25 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_26'] = x_words_value__mutmut_26 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_27'] = x_words_value__mutmut_27 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_28'] = x_words_value__mutmut_28 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_29'] = x_words_value__mutmut_29 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_30'] = x_words_value__mutmut_30 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_31'] = x_words_value__mutmut_31 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_32'] = x_words_value__mutmut_32 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_33'] = x_words_value__mutmut_33 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_34'] = x_words_value__mutmut_34 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_35'] = x_words_value__mutmut_35 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_36'] = x_words_value__mutmut_36 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_37'] = x_words_value__mutmut_37 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_38'] = x_words_value__mutmut_38 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_39'] = x_words_value__mutmut_39 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_40'] = x_words_value__mutmut_40 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_41'] = x_words_value__mutmut_41 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_42'] = x_words_value__mutmut_42 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_43'] = x_words_value__mutmut_43 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_44'] = x_words_value__mutmut_44 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_45'] = x_words_value__mutmut_45 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_46'] = x_words_value__mutmut_46 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_47'] = x_words_value__mutmut_47 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_48'] = x_words_value__mutmut_48 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_49'] = x_words_value__mutmut_49 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_50'] = x_words_value__mutmut_50 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_51'] = x_words_value__mutmut_51 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_52'] = x_words_value__mutmut_52 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_53'] = x_words_value__mutmut_53 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_54'] = x_words_value__mutmut_54 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_55'] = x_words_value__mutmut_55 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_56'] = x_words_value__mutmut_56 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_57'] = x_words_value__mutmut_57 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_58'] = x_words_value__mutmut_58 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_59'] = x_words_value__mutmut_59 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_60'] = x_words_value__mutmut_60 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_61'] = x_words_value__mutmut_61 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_62'] = x_words_value__mutmut_62 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_63'] = x_words_value__mutmut_63 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_64'] = x_words_value__mutmut_64 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_65'] = x_words_value__mutmut_65 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_66'] = x_words_value__mutmut_66 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_67'] = x_words_value__mutmut_67 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_68'] = x_words_value__mutmut_68 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_69'] = x_words_value__mutmut_69 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_70'] = x_words_value__mutmut_70 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_71'] = x_words_value__mutmut_71 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_72'] = x_words_value__mutmut_72 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_73'] = x_words_value__mutmut_73 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_74'] = x_words_value__mutmut_74 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_75'] = x_words_value__mutmut_75 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_76'] = x_words_value__mutmut_76 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_77'] = x_words_value__mutmut_77 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_78'] = x_words_value__mutmut_78 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_79'] = x_words_value__mutmut_79 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_80'] = x_words_value__mutmut_80 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_81'] = x_words_value__mutmut_81 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_82'] = x_words_value__mutmut_82 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_83'] = x_words_value__mutmut_83 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_84'] = x_words_value__mutmut_84 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_85'] = x_words_value__mutmut_85 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_86'] = x_words_value__mutmut_86 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_87'] = x_words_value__mutmut_87 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_88'] = x_words_value__mutmut_88 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_89'] = x_words_value__mutmut_89 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_90'] = x_words_value__mutmut_90 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_91'] = x_words_value__mutmut_91 # type: ignore # mutmut generated
mutants_x_words_value__mutmut['x_words_value__mutmut_92'] = x_words_value__mutmut_92 # type: ignore # mutmut generated
mutants_x_vague_range__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_vague_range__mutmut)
def vague_range(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(" ".join(phrase.lower().split()))


def x_vague_range__mutmut_orig(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(" ".join(phrase.lower().split()))


def x_vague_range__mutmut_1(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(None)


def x_vague_range__mutmut_2(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(" ".join(None))


def x_vague_range__mutmut_3(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get("XX XX".join(phrase.lower().split()))


def x_vague_range__mutmut_4(phrase: str) -> Optional[tuple[float, Optional[float]]]:
    """The range a vague count stands for: "several" -> (3, None), "a few" -> (2, 5); else None."""
    return VAGUE.get(" ".join(phrase.upper().split()))

mutants_x_vague_range__mutmut['_mutmut_orig'] = x_vague_range__mutmut_orig # type: ignore # mutmut generated
mutants_x_vague_range__mutmut['x_vague_range__mutmut_1'] = x_vague_range__mutmut_1 # type: ignore # mutmut generated
mutants_x_vague_range__mutmut['x_vague_range__mutmut_2'] = x_vague_range__mutmut_2 # type: ignore # mutmut generated
mutants_x_vague_range__mutmut['x_vague_range__mutmut_3'] = x_vague_range__mutmut_3 # type: ignore # mutmut generated
mutants_x_vague_range__mutmut['x_vague_range__mutmut_4'] = x_vague_range__mutmut_4 # type: ignore # mutmut generated
mutants_x_number_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_number_value__mutmut)
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


def x_number_value__mutmut_orig(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_1(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = None
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_2(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(None)
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_3(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = "XX XX".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_4(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace(None, " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_5(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", None).split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_6(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace(" ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_7(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", ).split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_8(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.upper().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_9(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("XX-XX", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_10(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", "XX XX").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_11(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = None
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_12(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(None)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_13(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_14(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s not in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_15(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = None
        return low if high == low else None
    return words_value(s.split())


def x_number_value__mutmut_16(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if (high == low) and False else None
    return words_value(s.split())


def x_number_value__mutmut_17(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if (high == low) or True else None
    return words_value(s.split())


def x_number_value__mutmut_18(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high != low else None
    return words_value(s.split())


def x_number_value__mutmut_19(text: str) -> Optional[float]:
    """Any written number, digits or words: "14,000", "fourteen thousand", "2.5 million", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    value = digits_value(s)
    if value is not None:
        return value
    if s in VAGUE:
        low, high = VAGUE[s]
        return low if high == low else None
    return words_value(None)

mutants_x_number_value__mutmut['_mutmut_orig'] = x_number_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_1'] = x_number_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_2'] = x_number_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_3'] = x_number_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_4'] = x_number_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_5'] = x_number_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_6'] = x_number_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_7'] = x_number_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_8'] = x_number_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_9'] = x_number_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_10'] = x_number_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_11'] = x_number_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_12'] = x_number_value__mutmut_12 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_13'] = x_number_value__mutmut_13 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_14'] = x_number_value__mutmut_14 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_15'] = x_number_value__mutmut_15 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_16'] = x_number_value__mutmut_16 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_17'] = x_number_value__mutmut_17 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_18'] = x_number_value__mutmut_18 # type: ignore # mutmut generated
mutants_x_number_value__mutmut['x_number_value__mutmut_19'] = x_number_value__mutmut_19 # type: ignore # mutmut generated
