"""When two figures may be compared, and what it means when they differ.

One definition for the per-article check (:mod:`claimscope.checks.figures`)
and the store's cross-article figures (:mod:`claimscope.store.queries`):

* :func:`bounds` reads a figure's stated range: "around 500" is 500 ± 10%,
  "between 5,000 and 6,000" is that range, and an open bound ("over 7,000",
  "up to 40") is its stated figure, which is what a reader compares.
* :func:`comparable` says whether two figures count the same thing: the same
  measure group and unit kind, compatible populations and sides of the
  counted, the same scope (places) and incident, and comparable times.  Every
  "no" carries its reason.
* :func:`differ` says whether comparable figures disagree: their stated
  ranges do not overlap and the larger is at least ``MIN_SPREAD`` times the
  smaller (``OPEN_SPREAD`` when both are open bounds the same way: "more
  than 40" and "more than 44" refine each other, they do not conflict).
* :func:`relation` classifies a pair that differs: ``conflict`` (different
  sources), ``self_contradiction`` (one source, one time), ``revision`` (one
  side, a later date or a revision cue).

A false conflict is the worst error claimscope can make, so whatever is
unknown and could make two figures different makes them incomparable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

MIN_SPREAD = 1.1  # closed figures nearer than this ratio are one figure, said twice
OPEN_SPREAD = 1.5  # two open bounds the same way ("over 7,000", "over 14,000") must differ this much
APPROX = 0.10  # "around 500" covers 450-550
UNKNOWN_SOURCE = "?"  # an agentless attribution ("were said to be"): someone speaks, the text does not say who
COUNT_UNITS = frozenset({None, "people"})  # bare counts and people counts are one unit kind


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class Figure:
    """A figure with its frame, as comparability needs it (built from a Quantity and its Frame, or a store row)."""

    value: float
    low: Optional[float] = None
    high: Optional[float] = None
    change: str = "="
    unit: Optional[str] = None
    measure: Optional[str] = None  # canonical group (domain.measures.measure_group)
    population: Optional[str] = None
    side: Optional[str] = None  # side of the counted
    scope: frozenset[str] = field(default_factory=frozenset)  # places the figure is about
    incident: Optional[str] = None
    as_of: Optional[str] = None  # TIMEX3 date value
    since: Optional[str] = None
    source: Optional[str] = None  # who gives it (a source id or a normalized name); None: the article's voice
    source_side: Optional[str] = None  # the country the source speaks for
    part: bool = False  # a part, a sub-measure or an increment of another figure, never a total
mutants_x_bounds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_bounds__mutmut)
def bounds(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_orig(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_1(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None or f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_2(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_3(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_4(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(None), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_5(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(None)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_6(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change != "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_7(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "XX~XX":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_8(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value / (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_9(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 + APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_10(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (2 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_11(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value / (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_12(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 - APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_13(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (2 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_14(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = None
    return float(value), float(value)


def x_bounds__mutmut_15(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if (f.low is not None) and False else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_16(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if (f.low is not None) or True else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_17(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_18(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if (f.high is not None) and False else f.value)
    return float(value), float(value)


def x_bounds__mutmut_19(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if (f.high is not None) or True else f.value)
    return float(value), float(value)


def x_bounds__mutmut_20(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is None else f.value)
    return float(value), float(value)


def x_bounds__mutmut_21(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(None), float(value)


def x_bounds__mutmut_22(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(None)

mutants_x_bounds__mutmut['_mutmut_orig'] = x_bounds__mutmut_orig # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_1'] = x_bounds__mutmut_1 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_2'] = x_bounds__mutmut_2 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_3'] = x_bounds__mutmut_3 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_4'] = x_bounds__mutmut_4 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_5'] = x_bounds__mutmut_5 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_6'] = x_bounds__mutmut_6 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_7'] = x_bounds__mutmut_7 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_8'] = x_bounds__mutmut_8 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_9'] = x_bounds__mutmut_9 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_10'] = x_bounds__mutmut_10 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_11'] = x_bounds__mutmut_11 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_12'] = x_bounds__mutmut_12 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_13'] = x_bounds__mutmut_13 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_14'] = x_bounds__mutmut_14 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_15'] = x_bounds__mutmut_15 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_16'] = x_bounds__mutmut_16 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_17'] = x_bounds__mutmut_17 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_18'] = x_bounds__mutmut_18 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_19'] = x_bounds__mutmut_19 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_20'] = x_bounds__mutmut_20 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_21'] = x_bounds__mutmut_21 # type: ignore # mutmut generated
mutants_x_bounds__mutmut['x_bounds__mutmut_22'] = x_bounds__mutmut_22 # type: ignore # mutmut generated
mutants_x__open__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__open__mutmut)
def _open(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_orig(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_1(f: Figure) -> Optional[str]:
    if f.low is not None or f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_2(f: Figure) -> Optional[str]:
    if f.low is None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_3(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is not None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_4(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "XXlowXX"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_5(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "LOW"
    if f.high is not None and f.low is None:
        return "high"
    return None


def x__open__mutmut_6(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None or f.low is None:
        return "high"
    return None


def x__open__mutmut_7(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is None and f.low is None:
        return "high"
    return None


def x__open__mutmut_8(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is not None:
        return "high"
    return None


def x__open__mutmut_9(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "XXhighXX"
    return None


def x__open__mutmut_10(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "HIGH"
    return None

mutants_x__open__mutmut['_mutmut_orig'] = x__open__mutmut_orig # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_1'] = x__open__mutmut_1 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_2'] = x__open__mutmut_2 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_3'] = x__open__mutmut_3 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_4'] = x__open__mutmut_4 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_5'] = x__open__mutmut_5 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_6'] = x__open__mutmut_6 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_7'] = x__open__mutmut_7 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_8'] = x__open__mutmut_8 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_9'] = x__open__mutmut_9 # type: ignore # mutmut generated
mutants_x__open__mutmut['x__open__mutmut_10'] = x__open__mutmut_10 # type: ignore # mutmut generated
mutants_x_overlap__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_overlap__mutmut)
def overlap(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_orig(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_1(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = None
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_2(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(None), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_3(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(None)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_4(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(None, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_5(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, None) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_6(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_7(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, ) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_8(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) < min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_9(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(None, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_10(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, None):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_11(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_12(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, ):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_13(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return False
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_14(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = None
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_15(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(None), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_16(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(None)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_17(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa or oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_18(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa != ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_19(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return True  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_20(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = None
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_21(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(None)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_22(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" or yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_23(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox != "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_24(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "XXlowXX" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_25(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "LOW" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_26(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi > xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_27(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return False  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_28(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" or ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_29(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox != "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_30(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "XXhighXX" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_31(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "HIGH" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_32(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo < xhi:
            return True  # "up to 40" admits 30
    return False


def x_overlap__mutmut_33(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return False  # "up to 40" admits 30
    return False


def x_overlap__mutmut_34(a: Figure, b: Figure) -> bool:
    """Whether two figures can both be true: their ranges meet, or an open bound admits the other."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if max(alo, blo) <= min(ahi, bhi):
        return True
    oa, ob = _open(a), _open(b)
    if oa and oa == ob:
        return False  # both "over X" (or both "up to X"): compared by their stated figures
    for x, ox, (ylo, yhi) in ((a, oa, (blo, bhi)), (b, ob, (alo, ahi))):
        xlo, xhi = bounds(x)
        if ox == "low" and yhi >= xlo:
            return True  # "more than 7,000" admits 7,500
        if ox == "high" and ylo <= xhi:
            return True  # "up to 40" admits 30
    return True

mutants_x_overlap__mutmut['_mutmut_orig'] = x_overlap__mutmut_orig # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_1'] = x_overlap__mutmut_1 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_2'] = x_overlap__mutmut_2 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_3'] = x_overlap__mutmut_3 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_4'] = x_overlap__mutmut_4 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_5'] = x_overlap__mutmut_5 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_6'] = x_overlap__mutmut_6 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_7'] = x_overlap__mutmut_7 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_8'] = x_overlap__mutmut_8 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_9'] = x_overlap__mutmut_9 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_10'] = x_overlap__mutmut_10 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_11'] = x_overlap__mutmut_11 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_12'] = x_overlap__mutmut_12 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_13'] = x_overlap__mutmut_13 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_14'] = x_overlap__mutmut_14 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_15'] = x_overlap__mutmut_15 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_16'] = x_overlap__mutmut_16 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_17'] = x_overlap__mutmut_17 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_18'] = x_overlap__mutmut_18 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_19'] = x_overlap__mutmut_19 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_20'] = x_overlap__mutmut_20 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_21'] = x_overlap__mutmut_21 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_22'] = x_overlap__mutmut_22 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_23'] = x_overlap__mutmut_23 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_24'] = x_overlap__mutmut_24 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_25'] = x_overlap__mutmut_25 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_26'] = x_overlap__mutmut_26 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_27'] = x_overlap__mutmut_27 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_28'] = x_overlap__mutmut_28 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_29'] = x_overlap__mutmut_29 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_30'] = x_overlap__mutmut_30 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_31'] = x_overlap__mutmut_31 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_32'] = x_overlap__mutmut_32 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_33'] = x_overlap__mutmut_33 # type: ignore # mutmut generated
mutants_x_overlap__mutmut['x_overlap__mutmut_34'] = x_overlap__mutmut_34 # type: ignore # mutmut generated
mutants_x_spread__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_spread__mutmut)
def spread(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_orig(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_1(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = None
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_2(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted(None)
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_3(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(None)[0], bounds(b)[0]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_4(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[1], bounds(b)[0]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_5(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(None)[0]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_6(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[1]))
    return float("inf") if x <= 0 else y / x


def x_spread__mutmut_7(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if (x <= 0) and False else y / x


def x_spread__mutmut_8(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if (x <= 0) or True else y / x


def x_spread__mutmut_9(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float(None) if x <= 0 else y / x


def x_spread__mutmut_10(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("XXinfXX") if x <= 0 else y / x


def x_spread__mutmut_11(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("INF") if x <= 0 else y / x


def x_spread__mutmut_12(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if x < 0 else y / x


def x_spread__mutmut_13(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if x <= 1 else y / x


def x_spread__mutmut_14(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((bounds(a)[0], bounds(b)[0]))
    return float("inf") if x <= 0 else y * x

mutants_x_spread__mutmut['_mutmut_orig'] = x_spread__mutmut_orig # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_1'] = x_spread__mutmut_1 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_2'] = x_spread__mutmut_2 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_3'] = x_spread__mutmut_3 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_4'] = x_spread__mutmut_4 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_5'] = x_spread__mutmut_5 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_6'] = x_spread__mutmut_6 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_7'] = x_spread__mutmut_7 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_8'] = x_spread__mutmut_8 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_9'] = x_spread__mutmut_9 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_10'] = x_spread__mutmut_10 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_11'] = x_spread__mutmut_11 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_12'] = x_spread__mutmut_12 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_13'] = x_spread__mutmut_13 # type: ignore # mutmut generated
mutants_x_spread__mutmut['x_spread__mutmut_14'] = x_spread__mutmut_14 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__date_prefix_compatible__mutmut)
def _date_prefix_compatible(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_orig(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_1(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x and not y:
        return True
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_2(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_3(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or y:
        return True
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_4(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return False
    return x.startswith(y) or y.startswith(x)


def x__date_prefix_compatible__mutmut_5(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(y) and y.startswith(x)


def x__date_prefix_compatible__mutmut_6(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(None) or y.startswith(x)


def x__date_prefix_compatible__mutmut_7(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(None)

mutants_x__date_prefix_compatible__mutmut['_mutmut_orig'] = x__date_prefix_compatible__mutmut_orig # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_1'] = x__date_prefix_compatible__mutmut_1 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_2'] = x__date_prefix_compatible__mutmut_2 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_3'] = x__date_prefix_compatible__mutmut_3 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_4'] = x__date_prefix_compatible__mutmut_4 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_5'] = x__date_prefix_compatible__mutmut_5 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_6'] = x__date_prefix_compatible__mutmut_6 # type: ignore # mutmut generated
mutants_x__date_prefix_compatible__mutmut['x__date_prefix_compatible__mutmut_7'] = x__date_prefix_compatible__mutmut_7 # type: ignore # mutmut generated
mutants_x_comparable__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_comparable__mutmut)
def comparable(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_orig(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_1(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None and a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_2(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is not None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_3(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure == b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_4(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return True, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_5(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_6(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if (a.unit in COUNT_UNITS) and False else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_7(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if (a.unit in COUNT_UNITS) or True else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_8(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit not in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_9(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_10(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if (b.unit in COUNT_UNITS) and False else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_11(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if (b.unit in COUNT_UNITS) or True else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_12(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit not in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_13(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua == ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_14(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return True, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_15(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part and b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_16(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return True, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_17(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "XXone figure is a part, a sub-measure or an increment of a totalXX"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_18(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "ONE FIGURE IS A PART, A SUB-MEASURE OR AN INCREMENT OF A TOTAL"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_19(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") and b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_20(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change not in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_21(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("XXupXX", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_22(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("UP", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_23(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "XXdownXX") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_24(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "DOWN") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_25(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change not in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_26(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("XXupXX", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_27(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("UP", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_28(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "XXdownXX"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_29(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "DOWN"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_30(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return True, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_31(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "XXa change is not a levelXX"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_32(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "A CHANGE IS NOT A LEVEL"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_33(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population or a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_34(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population or b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_35(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population == b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_36(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return True, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_37(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side or a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_38(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side or b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_39(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side == b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_40(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return True, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_41(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope == b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_42(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return True, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_43(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") - ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_44(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " - (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_45(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") - " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_46(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" - (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_47(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "XXdifferent places (XX" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_48(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "DIFFERENT PLACES (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_49(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) and "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_50(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(None) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_51(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + ("XX, XX".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_52(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(None)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_53(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "XXnone namedXX") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_54(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "NONE NAMED") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_55(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + "XX / XX" + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_56(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) and "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_57(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(None) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_58(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            "XX, XX".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_59(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(None)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_60(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "XXnone namedXX") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_61(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "NONE NAMED") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_62(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + "XX)XX"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_63(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident == b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_64(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return True, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_65(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "XXdifferent incidentsXX"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_66(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "DIFFERENT INCIDENTS"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_67(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_68(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(None, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_69(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, None):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_70(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_71(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, ):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_72(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return True, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def x_comparable__mutmut_73(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return False, "same measure, population, places, incident and period"


def x_comparable__mutmut_74(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "XXsame measure, population, places, incident and periodXX"


def x_comparable__mutmut_75(a: Figure, b: Figure) -> tuple[bool, str]:
    """Whether two figures count the same thing, with the reason."""
    if a.measure is None or a.measure != b.measure:
        return False, f"different measures ({a.measure} / {b.measure})"
    ua = None if a.unit in COUNT_UNITS else a.unit
    ub = None if b.unit in COUNT_UNITS else b.unit
    if ua != ub:
        return False, f"different units ({a.unit} / {b.unit})"
    if a.part or b.part:
        return False, "one figure is a part, a sub-measure or an increment of a total"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "SAME MEASURE, POPULATION, PLACES, INCIDENT AND PERIOD"

mutants_x_comparable__mutmut['_mutmut_orig'] = x_comparable__mutmut_orig # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_1'] = x_comparable__mutmut_1 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_2'] = x_comparable__mutmut_2 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_3'] = x_comparable__mutmut_3 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_4'] = x_comparable__mutmut_4 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_5'] = x_comparable__mutmut_5 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_6'] = x_comparable__mutmut_6 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_7'] = x_comparable__mutmut_7 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_8'] = x_comparable__mutmut_8 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_9'] = x_comparable__mutmut_9 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_10'] = x_comparable__mutmut_10 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_11'] = x_comparable__mutmut_11 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_12'] = x_comparable__mutmut_12 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_13'] = x_comparable__mutmut_13 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_14'] = x_comparable__mutmut_14 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_15'] = x_comparable__mutmut_15 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_16'] = x_comparable__mutmut_16 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_17'] = x_comparable__mutmut_17 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_18'] = x_comparable__mutmut_18 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_19'] = x_comparable__mutmut_19 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_20'] = x_comparable__mutmut_20 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_21'] = x_comparable__mutmut_21 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_22'] = x_comparable__mutmut_22 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_23'] = x_comparable__mutmut_23 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_24'] = x_comparable__mutmut_24 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_25'] = x_comparable__mutmut_25 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_26'] = x_comparable__mutmut_26 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_27'] = x_comparable__mutmut_27 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_28'] = x_comparable__mutmut_28 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_29'] = x_comparable__mutmut_29 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_30'] = x_comparable__mutmut_30 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_31'] = x_comparable__mutmut_31 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_32'] = x_comparable__mutmut_32 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_33'] = x_comparable__mutmut_33 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_34'] = x_comparable__mutmut_34 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_35'] = x_comparable__mutmut_35 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_36'] = x_comparable__mutmut_36 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_37'] = x_comparable__mutmut_37 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_38'] = x_comparable__mutmut_38 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_39'] = x_comparable__mutmut_39 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_40'] = x_comparable__mutmut_40 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_41'] = x_comparable__mutmut_41 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_42'] = x_comparable__mutmut_42 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_43'] = x_comparable__mutmut_43 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_44'] = x_comparable__mutmut_44 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_45'] = x_comparable__mutmut_45 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_46'] = x_comparable__mutmut_46 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_47'] = x_comparable__mutmut_47 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_48'] = x_comparable__mutmut_48 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_49'] = x_comparable__mutmut_49 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_50'] = x_comparable__mutmut_50 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_51'] = x_comparable__mutmut_51 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_52'] = x_comparable__mutmut_52 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_53'] = x_comparable__mutmut_53 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_54'] = x_comparable__mutmut_54 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_55'] = x_comparable__mutmut_55 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_56'] = x_comparable__mutmut_56 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_57'] = x_comparable__mutmut_57 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_58'] = x_comparable__mutmut_58 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_59'] = x_comparable__mutmut_59 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_60'] = x_comparable__mutmut_60 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_61'] = x_comparable__mutmut_61 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_62'] = x_comparable__mutmut_62 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_63'] = x_comparable__mutmut_63 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_64'] = x_comparable__mutmut_64 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_65'] = x_comparable__mutmut_65 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_66'] = x_comparable__mutmut_66 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_67'] = x_comparable__mutmut_67 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_68'] = x_comparable__mutmut_68 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_69'] = x_comparable__mutmut_69 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_70'] = x_comparable__mutmut_70 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_71'] = x_comparable__mutmut_71 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_72'] = x_comparable__mutmut_72 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_73'] = x_comparable__mutmut_73 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_74'] = x_comparable__mutmut_74 # type: ignore # mutmut generated
mutants_x_comparable__mutmut['x_comparable__mutmut_75'] = x_comparable__mutmut_75 # type: ignore # mutmut generated
mutants_x_differ__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_differ__mutmut)
def differ(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_orig(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_1(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(None, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_2(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, None):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_3(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_4(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, ):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_5(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return True
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_6(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = None
    return spread(a, b) >= limit


def x_differ__mutmut_7(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) and False else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_8(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) or True else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_9(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) or _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_10(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(None) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_11(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(None) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_12(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) != _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_13(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(None)) else MIN_SPREAD
    return spread(a, b) >= limit


def x_differ__mutmut_14(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(None, b) >= limit


def x_differ__mutmut_15(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, None) >= limit


def x_differ__mutmut_16(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(b) >= limit


def x_differ__mutmut_17(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, ) >= limit


def x_differ__mutmut_18(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart)."""
    if overlap(a, b):
        return False
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) > limit

mutants_x_differ__mutmut['_mutmut_orig'] = x_differ__mutmut_orig # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_1'] = x_differ__mutmut_1 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_2'] = x_differ__mutmut_2 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_3'] = x_differ__mutmut_3 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_4'] = x_differ__mutmut_4 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_5'] = x_differ__mutmut_5 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_6'] = x_differ__mutmut_6 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_7'] = x_differ__mutmut_7 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_8'] = x_differ__mutmut_8 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_9'] = x_differ__mutmut_9 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_10'] = x_differ__mutmut_10 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_11'] = x_differ__mutmut_11 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_12'] = x_differ__mutmut_12 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_13'] = x_differ__mutmut_13 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_14'] = x_differ__mutmut_14 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_15'] = x_differ__mutmut_15 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_16'] = x_differ__mutmut_16 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_17'] = x_differ__mutmut_17 # type: ignore # mutmut generated
mutants_x_differ__mutmut['x_differ__mutmut_18'] = x_differ__mutmut_18 # type: ignore # mutmut generated
mutants_x_relation__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_relation__mutmut)
def relation(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_orig(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_1(a: Figure, b: Figure, *, revised: bool = True) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_2(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = None
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_3(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(None, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_4(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, None)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_5(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_6(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, )
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_7(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_8(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_9(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(None, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_10(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, None):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_11(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_12(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, ):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_13(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "XXthe figures agree or their ranges overlapXX"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_14(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "THE FIGURES AGREE OR THEIR RANGES OVERLAP"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_15(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE not in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_16(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "XXone figure rests on an unnamed, agentless source: who disagrees with whom is unknownXX"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_17(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "ONE FIGURE RESTS ON AN UNNAMED, AGENTLESS SOURCE: WHO DISAGREES WITH WHOM IS UNKNOWN"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_18(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = None
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_19(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source and (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_20(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source != b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_21(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None or a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_22(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_23(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side != b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_24(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = None
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_25(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of or not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_26(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of or b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_27(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_28(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(None, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_29(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, None)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_30(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_31(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, )
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_32(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "XXrevisionXX", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_33(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "REVISION", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_34(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised or same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_35(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "XXrevisionXX", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_36(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "REVISION", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_37(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "XXthe later figure is worded as an updateXX"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_38(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "THE LATER FIGURE IS WORDED AS AN UPDATE"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_39(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source != b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_40(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "XXrevisionXX", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_41(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "REVISION", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_42(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "XXthe later figure is worded as an updateXX"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_43(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "THE LATER FIGURE IS WORDED AS AN UPDATE"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_44(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "XXself_contradictionXX", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_45(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "SELF_CONTRADICTION", "one source gives two figures for one thing"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_46(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "XXone source gives two figures for one thingXX"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_47(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "ONE SOURCE GIVES TWO FIGURES FOR ONE THING"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_48(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "XXconflictXX", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_49(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "CONFLICT", "different sources give figures for one thing whose ranges do not overlap"


def x_relation__mutmut_50(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "XXdifferent sources give figures for one thing whose ranges do not overlapXX"


def x_relation__mutmut_51(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    if dated_apart:
        if same_side:
            return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if revised and same_side:
        return "revision", "the later figure is worded as an update"
    if a.source == b.source:
        if revised:
            return "revision", "the later figure is worded as an update"
        return "self_contradiction", "one source gives two figures for one thing"
    return "conflict", "DIFFERENT SOURCES GIVE FIGURES FOR ONE THING WHOSE RANGES DO NOT OVERLAP"

mutants_x_relation__mutmut['_mutmut_orig'] = x_relation__mutmut_orig # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_1'] = x_relation__mutmut_1 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_2'] = x_relation__mutmut_2 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_3'] = x_relation__mutmut_3 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_4'] = x_relation__mutmut_4 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_5'] = x_relation__mutmut_5 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_6'] = x_relation__mutmut_6 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_7'] = x_relation__mutmut_7 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_8'] = x_relation__mutmut_8 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_9'] = x_relation__mutmut_9 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_10'] = x_relation__mutmut_10 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_11'] = x_relation__mutmut_11 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_12'] = x_relation__mutmut_12 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_13'] = x_relation__mutmut_13 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_14'] = x_relation__mutmut_14 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_15'] = x_relation__mutmut_15 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_16'] = x_relation__mutmut_16 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_17'] = x_relation__mutmut_17 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_18'] = x_relation__mutmut_18 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_19'] = x_relation__mutmut_19 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_20'] = x_relation__mutmut_20 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_21'] = x_relation__mutmut_21 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_22'] = x_relation__mutmut_22 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_23'] = x_relation__mutmut_23 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_24'] = x_relation__mutmut_24 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_25'] = x_relation__mutmut_25 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_26'] = x_relation__mutmut_26 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_27'] = x_relation__mutmut_27 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_28'] = x_relation__mutmut_28 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_29'] = x_relation__mutmut_29 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_30'] = x_relation__mutmut_30 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_31'] = x_relation__mutmut_31 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_32'] = x_relation__mutmut_32 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_33'] = x_relation__mutmut_33 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_34'] = x_relation__mutmut_34 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_35'] = x_relation__mutmut_35 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_36'] = x_relation__mutmut_36 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_37'] = x_relation__mutmut_37 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_38'] = x_relation__mutmut_38 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_39'] = x_relation__mutmut_39 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_40'] = x_relation__mutmut_40 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_41'] = x_relation__mutmut_41 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_42'] = x_relation__mutmut_42 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_43'] = x_relation__mutmut_43 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_44'] = x_relation__mutmut_44 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_45'] = x_relation__mutmut_45 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_46'] = x_relation__mutmut_46 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_47'] = x_relation__mutmut_47 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_48'] = x_relation__mutmut_48 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_49'] = x_relation__mutmut_49 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_50'] = x_relation__mutmut_50 # type: ignore # mutmut generated
mutants_x_relation__mutmut['x_relation__mutmut_51'] = x_relation__mutmut_51 # type: ignore # mutmut generated
