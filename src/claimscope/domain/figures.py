"""When two figures may be compared, and what it means when they differ.

One definition for the per-article check (:mod:`claimscope.checks.figures`)
and the store's cross-article figures (:mod:`claimscope.store.queries`):

* :func:`bounds` reads a figure's stated range: "around 500" is 500 ± 10%,
  "between 5,000 and 6,000" is that range, and an open bound ("over 7,000",
  "up to 40") is its stated figure, which is what a reader compares.
* :func:`comparable` says whether two figures count the same thing: the same
  measure group and unit kind, compatible populations, sides and owners of the
  counted, the same scope (places) and incident, and comparable times.  Every
  "no" carries its reason.
* :func:`differ` says whether comparable figures disagree: their stated
  ranges do not overlap and the larger is at least ``MIN_SPREAD`` times the
  smaller (``OPEN_SPREAD`` when both are open bounds the same way: "more
  than 40" and "more than 44" refine each other, they do not conflict);
  two exact counts written to the unit ("535" and "585") disagree however
  near ("1,300" and "1,400" are round estimates, held to ``MIN_SPREAD``).
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
GENERIC_MEASURES = ("count:", "about:")  # measures named by the counted noun, not by a known measure word
COUNT_UNITS = frozenset({None, "people"})  # bare counts and people counts are one unit kind


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
    owner: Optional[str] = None  # whose the counted is, when a titled name says ("Mr. Trump's wealth"): a surname key
    scope: frozenset[str] = field(default_factory=frozenset)  # places the figure is about
    incident: Optional[str] = None
    as_of: Optional[str] = None  # TIMEX3 date value
    since: Optional[str] = None
    source: Optional[str] = None  # who gives it (a source id or a normalized name); None: the article's voice
    source_side: Optional[str] = None  # the country the source speaks for
    part: bool = False  # a part, a sub-measure or an increment of another figure, never a total
    vague: bool = False  # "thousands", "scores of", "dozens": an order of magnitude, not a figure to contradict
    sentence: Optional[int] = None  # where the figure stands (a self-contradiction needs two statements)
    hypothetical: bool = False  # in a scenario ("you might spend", "if …", "suppose"), not a statement of fact
    # None: a count of what is; else "target" ("needs 2,383"), "class" ("with 1,000 or more employees"), "proposal"
    # ("supports a $12 wage"), "answer: <words>" (a poll's share answering one question), "score" (one side of "44% to 43%")
    modality: Optional[str] = None
    borrowed: bool = False  # its counted thing is named by a neighbouring figure ("three were stabbed", after "four cases")


def bounds(f: Figure) -> tuple[float, float]:
    """The stated range of a figure (see the module docstring)."""
    if f.low is not None and f.high is not None:
        return float(f.low), float(f.high)
    if f.change == "~":
        return f.value * (1 - APPROX), f.value * (1 + APPROX)
    value = f.low if f.low is not None else (f.high if f.high is not None else f.value)
    return float(value), float(value)


def _open(f: Figure) -> Optional[str]:
    if f.low is not None and f.high is None:
        return "low"
    if f.high is not None and f.low is None:
        return "high"
    return None


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


def stated(f: Figure) -> float:
    """The figure as the text states it: the value, the bound of an open bound, the midpoint of a range."""
    if f.low is not None and f.high is None:
        return float(f.low)
    if f.high is not None and f.low is None:
        return float(f.high)
    return float(f.value)


def spread(a: Figure, b: Figure) -> float:
    """The larger stated figure over the smaller (inf when the smaller is 0)."""
    x, y = sorted((stated(a), stated(b)))
    return float("inf") if x <= 0 else y / x


def _date_prefix_compatible(x: Optional[str], y: Optional[str]) -> bool:
    """One date contains the other ("2022-03" and "2022-03-02"), or either is unknown."""
    if not x or not y:
        return True
    return x.startswith(y) or y.startswith(x)


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
    if a.vague or b.vague:
        return False, "a vague count (thousands, scores, dozens) is an order of magnitude, not a figure"
    if a.change in ("up", "down") or b.change in ("up", "down"):
        return False, "a change is not a level"
    if a.modality != b.modality:
        return False, f"a {a.modality or 'count'} is not a {b.modality or 'count'} (a target or a proposal is no count of what is)"
    if a.modality == "score":
        return False, "one side of a score (44% to 43%) is a holder's figure the text does not name"
    if a.population and b.population and a.population != b.population:
        return False, f"different populations ({a.population} / {b.population})"
    if a.side and b.side and a.side != b.side:
        return False, f"the counted belong to different sides ({a.side} / {b.side})"
    if a.owner and b.owner and a.owner != b.owner:
        return False, f"the counted belong to different people ({a.owner} / {b.owner})"
    if a.scope != b.scope:
        return False, "different places (" + (", ".join(sorted(a.scope)) or "none named") + " / " + (
            ", ".join(sorted(b.scope)) or "none named") + ")"
    if a.incident != b.incident:
        return False, "different incidents"
    if bool(a.since) != bool(b.since) and (a.as_of or b.as_of):
        return False, "a total since a date and a figure of one dated period count different periods"
    if not _date_prefix_compatible(a.since, b.since):
        return False, f"different periods (since {a.since} / since {b.since})"
    return True, "same measure, population, places, incident and period"


def _step(x: float) -> float:
    """The precision a figure is written to: 535 -> 1, 1,300 -> 100, 4.9 -> 0.1, 2.5 million -> 100,000."""
    if x == 0:
        return 1.0
    step = 1.0
    while step > 1e-6 and abs(x / step - round(x / step)) > 1e-9:
        step /= 10
    while x % (step * 10) == 0:
        step *= 10
    return step


def _exact(f: Figure) -> bool:
    """An exact count, written to the unit ("535 billionaires", not "1,300", a round figure that estimates); shares
    and sums are often rounded or rebased, and never taken as exact."""
    return (f.change == "=" and f.low is None and f.high is None and not f.vague and f.unit in COUNT_UNITS
            and _step(f.value) < 10)


def differ(a: Figure, b: Figure) -> bool:
    """Whether two comparable figures disagree (ranges apart, and far enough apart).

    Figures must be ``MIN_SPREAD`` apart (``OPEN_SPREAD`` for two open bounds the same way), except two exact
    counts written to the unit ("535", "585"): nearer than that, they still disagree ("1,300" / "1,400" do not)."""
    if overlap(a, b):
        return False
    if _exact(a) and _exact(b) and spread(a, b) < MIN_SPREAD:
        return stated(a) != stated(b)
    limit = OPEN_SPREAD if (_open(a) and _open(a) == _open(b)) else MIN_SPREAD
    return spread(a, b) >= limit


def relation(a: Figure, b: Figure, *, revised: bool = False) -> tuple[Optional[str], str]:
    """How two figures relate: ("conflict" | "self_contradiction" | "revision" | None, why).

    ``a`` comes first in the text (or the corpus); ``revised`` says the text
    of ``b`` marks it as an update ("rose to", "has climbed to", "now").
    """
    ok, why = comparable(a, b)
    if not ok:
        return None, why
    if UNKNOWN_SOURCE in (a.source, b.source):
        return None, "one figure rests on an unnamed, agentless source: who disagrees with whom is unknown"
    same_side = a.source == b.source or (a.source_side is not None and a.source_side == b.source_side)
    dated_apart = a.as_of and b.as_of and not _date_prefix_compatible(a.as_of, b.as_of)
    changed = stated(a) != stated(b) or bounds(a) != bounds(b)
    own_voice = a.source is None and b.source is None
    if same_side and changed and dated_apart and not own_voice:
        return "revision", f"the same side gives a figure as of {a.as_of} and another as of {b.as_of}"
    unknown_side = a.source_side is None or b.source_side is None
    if changed and revised and (same_side or (unknown_side and None not in (a.source, b.source))):
        return "revision", "the later figure is worded as an update (a count that changed, not a disagreement)"
    if revised:
        return None, "the later figure is worded as an update by the other side: a changed count, not a conflict"
    if not differ(a, b):
        return None, "the figures agree or their ranges overlap"
    if dated_apart:
        return None, f"different dates ({a.as_of} / {b.as_of}): figures of different times are not a conflict"
    if a.hypothetical or b.hypothetical:
        return None, "a figure of a scenario (might, would, if) is no statement to disagree with"
    if a.modality == "proposal" and not (a.owner and a.owner == b.owner):
        return None, "proposals of different people (supports $12, advocates $15) are positions, not a disagreement on a fact"
    if a.measure.startswith("count:") and None in (a.source, b.source):
        return None, "a generic count in the article's own voice: a report's counts of one noun count different things"
    if a.source == b.source:
        if a.source is None:
            return None, "the article's own figures: several figures of one measure in a report count different things"
        if a.sentence is not None and a.sentence == b.sentence:
            return None, "one source, one sentence: two figures in one statement count different things"
        if a.measure.startswith(GENERIC_MEASURES):
            return None, "one source's two figures of a generic count (not a known measure) count different things"
        if a.borrowed or b.borrowed:
            return None, "one source's figure that does not name what it counts (it takes a neighbour's) is no second statement"
        return "self_contradiction", "one source gives two figures for one thing in two statements"
    return "conflict", "different sources give figures for one thing whose ranges do not overlap"
