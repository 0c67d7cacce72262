"""What a figure counts: measure groups, populations and the side of the counted.

``data/measures.en.txt`` maps measure words to canonical groups ("died",
"death toll", "deaths" -> "killed"); ``data/quantity_populations.en.txt`` maps
head nouns of counted entities to population classes ("servicemen" ->
"military").  Every part of claimscope that asks "is this the same measure?"
(the per-article figure check, claim matching, the store's figures) asks
:func:`measure_group`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Optional

from claimscope.domain.sides import find_sides
from claimscope.lexicon import word_table

_WORD = re.compile(r"[a-z]+")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@cache
def measures() -> dict[str, str]:
    """Measure word or lemma (or "<entity lemma> <verb lemma>") -> canonical group."""
    return dict(word_table("measures.en.txt"))


@cache
def populations() -> dict[str, str]:
    """Head noun of a counted entity -> population class."""
    return dict(word_table("quantity_populations.en.txt"))
mutants_x__stems__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__stems__mutmut)
def _stems(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_orig(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_1(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = None
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_2(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith(None):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_3(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("XXiesXX"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_4(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("IES"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_5(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(None)
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_6(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] - "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_7(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:+3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_8(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-4] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_9(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "XXyXX")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_10(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "Y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_11(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith(None):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_12(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("XXesXX"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_13(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("ES"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_14(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(None)
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_15(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:+2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_16(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-3])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_17(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith(None):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_18(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("XXsXX"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_19(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("S"):
        out.append(word[:-1])
    return tuple(out)


def x__stems__mutmut_20(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(None)
    return tuple(out)


def x__stems__mutmut_21(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:+1])
    return tuple(out)


def x__stems__mutmut_22(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-2])
    return tuple(out)


def x__stems__mutmut_23(word: str) -> tuple[str, ...]:
    """The word and its crude singulars: deaths -> death, bodies -> body, witnesses -> witness."""
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    return tuple(None)

mutants_x__stems__mutmut['_mutmut_orig'] = x__stems__mutmut_orig # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_1'] = x__stems__mutmut_1 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_2'] = x__stems__mutmut_2 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_3'] = x__stems__mutmut_3 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_4'] = x__stems__mutmut_4 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_5'] = x__stems__mutmut_5 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_6'] = x__stems__mutmut_6 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_7'] = x__stems__mutmut_7 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_8'] = x__stems__mutmut_8 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_9'] = x__stems__mutmut_9 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_10'] = x__stems__mutmut_10 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_11'] = x__stems__mutmut_11 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_12'] = x__stems__mutmut_12 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_13'] = x__stems__mutmut_13 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_14'] = x__stems__mutmut_14 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_15'] = x__stems__mutmut_15 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_16'] = x__stems__mutmut_16 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_17'] = x__stems__mutmut_17 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_18'] = x__stems__mutmut_18 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_19'] = x__stems__mutmut_19 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_20'] = x__stems__mutmut_20 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_21'] = x__stems__mutmut_21 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_22'] = x__stems__mutmut_22 # type: ignore # mutmut generated
mutants_x__stems__mutmut['x__stems__mutmut_23'] = x__stems__mutmut_23 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_measure_group__mutmut)
def measure_group(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_orig(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_1(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_2(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = None
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_3(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = None
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_4(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(None)
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_5(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = "XX XX".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_6(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.upper().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_7(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key not in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_8(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(None):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_9(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word not in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_10(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:+1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_11(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-2], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_12(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:+2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_13(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-3], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_14(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if (word.endswith("ies")) and False else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_15(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if (word.endswith("ies")) or True else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_16(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] - "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_17(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:+3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_18(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-4] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_19(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "XXyXX" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_20(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "Y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_21(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith(None) else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_22(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("XXiesXX") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_23(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("IES") else None):
            if stem and stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_24(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem or stem in table:
                return table[stem]
    return key


def x_measure_group__mutmut_25(measure: Optional[str]) -> Optional[str]:
    """The canonical group of a measure text: "death toll", "died", "civilian deaths" -> "killed".

    The whole text first, then its words from the last (the head) to the first;
    a text with no known word is its own group.
    """
    if not measure:
        return None
    table = measures()
    key = " ".join(measure.lower().split())
    if key in table:
        return table[key]
    for word in reversed(key.split()):
        if word in table:
            return table[word]
        for stem in (word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem not in table:
                return table[stem]
    return key

mutants_x_measure_group__mutmut['_mutmut_orig'] = x_measure_group__mutmut_orig # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_1'] = x_measure_group__mutmut_1 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_2'] = x_measure_group__mutmut_2 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_3'] = x_measure_group__mutmut_3 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_4'] = x_measure_group__mutmut_4 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_5'] = x_measure_group__mutmut_5 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_6'] = x_measure_group__mutmut_6 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_7'] = x_measure_group__mutmut_7 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_8'] = x_measure_group__mutmut_8 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_9'] = x_measure_group__mutmut_9 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_10'] = x_measure_group__mutmut_10 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_11'] = x_measure_group__mutmut_11 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_12'] = x_measure_group__mutmut_12 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_13'] = x_measure_group__mutmut_13 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_14'] = x_measure_group__mutmut_14 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_15'] = x_measure_group__mutmut_15 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_16'] = x_measure_group__mutmut_16 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_17'] = x_measure_group__mutmut_17 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_18'] = x_measure_group__mutmut_18 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_19'] = x_measure_group__mutmut_19 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_20'] = x_measure_group__mutmut_20 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_21'] = x_measure_group__mutmut_21 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_22'] = x_measure_group__mutmut_22 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_23'] = x_measure_group__mutmut_23 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_24'] = x_measure_group__mutmut_24 # type: ignore # mutmut generated
mutants_x_measure_group__mutmut['x_measure_group__mutmut_25'] = x_measure_group__mutmut_25 # type: ignore # mutmut generated
mutants_x_population_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_population_of__mutmut)
def population_of(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_orig(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_1(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_2(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = None
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_3(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(None):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_4(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(None)):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_5(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.upper())):
        for cand in _stems(word):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_6(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(None):
            if cand in table:
                return table[cand]
    return None


def x_population_of__mutmut_7(entity: Optional[str]) -> Optional[str]:
    """The population class of a counted entity ("Kremlin servicemen" -> "military"), if known."""
    if not entity:
        return None
    table = populations()
    for word in reversed(_WORD.findall(entity.lower())):
        for cand in _stems(word):
            if cand not in table:
                return table[cand]
    return None

mutants_x_population_of__mutmut['_mutmut_orig'] = x_population_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_1'] = x_population_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_2'] = x_population_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_3'] = x_population_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_4'] = x_population_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_5'] = x_population_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_6'] = x_population_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_population_of__mutmut['x_population_of__mutmut_7'] = x_population_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_side_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_side_of__mutmut)
def side_of(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[0] if sides else None


def x_side_of__mutmut_orig(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[0] if sides else None


def x_side_of__mutmut_1(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = None
    return sides[0] if sides else None


def x_side_of__mutmut_2(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(None)
    return sides[0] if sides else None


def x_side_of__mutmut_3(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity and "")
    return sides[0] if sides else None


def x_side_of__mutmut_4(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "XXXX")
    return sides[0] if sides else None


def x_side_of__mutmut_5(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[0] if (sides) and False else None


def x_side_of__mutmut_6(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[0] if (sides) or True else None


def x_side_of__mutmut_7(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[1] if sides else None

mutants_x_side_of__mutmut['_mutmut_orig'] = x_side_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_1'] = x_side_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_2'] = x_side_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_3'] = x_side_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_4'] = x_side_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_5'] = x_side_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_6'] = x_side_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_side_of__mutmut['x_side_of__mutmut_7'] = x_side_of__mutmut_7 # type: ignore # mutmut generated
