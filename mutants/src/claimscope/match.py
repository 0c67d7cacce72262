"""Claim matching: is this the same claim? Meaning from embeddings, facts from numbers, side and places.

Sentence embeddings alone put "Ukraine says 14,000 Russian troops killed" close
to "Russia says 500 killed" (cosine 0.60 with all-MiniLM-L6-v2) and only a
little closer to its true paraphrase "Kyiv's military claims over 14,000
Kremlin servicemen died" (0.67).  What tells them apart is what a fact-checker
looks at: the figures (14,000 vs 500) and who speaks (Ukraine's side vs
Russia's).  :func:`match_score` adds those to the cosine; everything here is
pure (no model, no database): :mod:`claimscope.store.vectors` feeds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from claimscope.domain.measures import measure_group, measures
from claimscope.domain.numbers import SCALE_ABBREVIATIONS, SCALES
from claimscope.domain.sides import find_sides

# Weights of the evidence beyond the cosine.  A figure or side that disagrees
# weighs more than one that agrees: two claims with different numbers are
# different claims however alike their words.
NUMBERS_AGREE, NUMBERS_DISAGREE = 0.15, -0.5
SIDE_AGREE, SIDE_DISAGREE = 0.10, -0.30
PLACE_SHARED = 0.05
NUMBER_TOLERANCE = 0.05  # relative: "over 14,000" and "14,400" are one figure, 14,000 and 15,000 are not
MEASURE_WINDOW = 6  # words after a figure searched for what it counts ("14,000 Russian troops killed")
SAME_CLAIM = 0.6  # score at or above which two claims are taken as one

_SCALE = {**SCALES, **SCALE_ABBREVIATIONS}
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(thousand|million|billion|mln|bn|k|m)\b)?", re.I
)
_MONTH = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$",
    re.I,
)
_SAY = re.compile(
    r"\b(?:says?|said|claims?|claimed|reports?|reported|states?|stated|announced?|told|estimates?|according to|puts?)\b", re.I
)


@dataclass(frozen=True)
class ClaimFacts:
    """What a claim asserts besides its wording."""

    numbers: tuple[tuple, ...] = ()  # (value, measure, side of what is counted); measure and side may be None
    side: Optional[str] = None
    countries: frozenset[str] = field(default_factory=frozenset)


_WORD = re.compile(r"[A-Za-z]+")


def measure_after(text: str, position: int, *, window: int = MEASURE_WINDOW) -> tuple[Optional[str], Optional[str]]:
    """What a figure at ``position`` counts: (canonical measure, side of the counted) from the words after it.

    "14,000 Russian troops killed" -> ("killed", "RU"); the measure comes from
    ``data/measures.en.txt``, the side from the words before the measure word.
    """
    table = measures()
    end = len(text)
    measure = None
    for i, word in enumerate(_WORD.finditer(text, position)):
        if i >= window:
            end = word.start()
            break
        measure = table.get(word.group(0).lower())
        if measure:
            end = word.start()
            break
    sides = find_sides(text[position:end])
    return measure, (sides[0] if sides else None)


def figure(value: float, measure: Optional[str] = None, entity: Optional[str] = None) -> tuple:
    """A figure as :class:`ClaimFacts` holds it, from a stored quantity (value, measure, entity words)."""
    sides = find_sides(entity or "")
    return (float(value), measure_group(measure), sides[0] if sides else None)


def numbers_in(text: str) -> tuple[tuple, ...]:
    """Figures written in ``text`` with what they count, without dates ("February 24") and bare years ("2022")."""
    out = []
    for m in _NUMBER.finditer(text):
        digits, scale = m.group(1), (m.group(2) or "").lower()
        if _MONTH.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        value = float(digits.replace(",", ""))
        if not scale and "," not in digits and "." not in digits and 1900 <= value <= 2100:
            continue
        if scale == "m" and not digits.replace(".", "").isdigit():
            continue
        found, side = measure_after(text, m.end())
        out.append((value * _SCALE.get(scale, 1.0), measure_group(found), side))
    return tuple(out)


def side_of_text(text: str) -> Optional[str]:
    """The side of whoever speaks in a one-line claim: the first side named before the cue verb."""
    cue = _SAY.search(text)
    if cue is None:
        return None
    sides = find_sides(text[: cue.start()])
    return sides[0] if sides else None


def facts_of_text(text: str) -> ClaimFacts:
    """Facts of free text (a search query): its figures and the side of its speaker."""
    return ClaimFacts(numbers=numbers_in(text), side=side_of_text(text))


def _close(x: float, y: float, tolerance: float) -> bool:
    return abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9)


def _compatible(p: Optional[str], q: Optional[str]) -> bool:
    return p is None or q is None or p == q


def numbers_agree(a: Iterable[tuple], b: Iterable[tuple], *, tolerance: float = NUMBER_TOLERANCE) -> bool:
    """Whether the figures of two claims say the same thing.

    Figures are (value, measure, side of the counted); an unknown measure or
    side is compatible with any.  For every measure both claims count, some
    comparable pair of figures must be equal within ``tolerance`` ("12,000
    killed" is not "15,000 killed" even when both also mention "17 days");
    when they share no measure, any equal comparable pair will do.
    """
    a, b = list(a), list(b)
    shared = {f[1] for f in a if f[1]} & {f[1] for f in b if f[1]}
    if shared:
        verdicts = []
        for measure in shared:
            pairs = [(x, y) for x in a if x[1] == measure for y in b if y[1] == measure and _compatible(x[2], y[2])]
            if pairs:
                verdicts.append(any(_close(x[0], y[0], tolerance) for x, y in pairs))
        if verdicts:
            return all(verdicts)
    return any(
        _close(x[0], y[0], tolerance) and _compatible(x[1], y[1]) and _compatible(x[2], y[2]) for x in a for y in b
    )


def match_score(cosine: float, a: ClaimFacts, b: ClaimFacts) -> float:
    """The cosine of two claims' embeddings, raised or lowered by what their facts say.

    Figures count only when both claims have some, the side only when both
    sides are known: missing facts neither help nor hurt.
    """
    score = cosine
    if a.numbers and b.numbers:
        score += NUMBERS_AGREE if numbers_agree(a.numbers, b.numbers) else NUMBERS_DISAGREE
    if a.side and b.side:
        score += SIDE_AGREE if a.side == b.side else SIDE_DISAGREE
    if a.countries & b.countries:
        score += PLACE_SHARED
    return round(score, 4)
