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


@cache
def measures() -> dict[str, str]:
    """Measure word or lemma (or "<entity lemma> <verb lemma>") -> canonical group."""
    return dict(word_table("measures.en.txt"))


@cache
def populations() -> dict[str, str]:
    """Head noun of a counted entity -> population class."""
    return dict(word_table("quantity_populations.en.txt"))


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
        # a crude lemma, for verbs and nouns alike: deaths -> death, killed -> kill(e), bodies -> body
        for stem in (word, word[:-1], word[:-2], word[:-3] + "y" if word.endswith("ies") else None):
            if stem and stem in table:
                return table[stem]
    return key


def known_measure(text: Optional[str]) -> Optional[str]:
    """The measure group of a phrase when one of its words is a known measure word, else None (no fallback key)."""
    if not text:
        return None
    table = measures()
    key = " ".join(text.lower().split())
    if key in table:
        return table[key]
    words = _WORD.findall(key)
    for n in (2, 1):  # "net worth" before "worth"
        for i in range(len(words) - n, -1, -1):
            phrase = " ".join(words[i : i + n])
            for cand in (phrase, *(_stems(phrase)[1:] if n == 1 else ())):
                if cand in table:
                    return table[cand]
    return None


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


def side_of(entity: Optional[str]) -> Optional[str]:
    """The side (ISO country) of the counted, when its words name one: "Russian soldiers" -> "RU"."""
    sides = find_sides(entity or "")
    return sides[0] if sides else None
