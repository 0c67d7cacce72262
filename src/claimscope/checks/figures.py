"""Figure conflicts: the same measure given with different values by different sources.

Within one report, quantities are grouped when they count the same thing:

* the same canonical measure group (``data/measures.en.txt``: "killed",
  "death toll", "deaths" and "died" are one group; "injured" and "bodies
  returned" are others), or, for money and percentages without a measure,
  the same counted entity;
* compatible units (people counts with bare counts; a currency only with the
  same currency; % with %);
* the same population when both name one ("soldiers" and "civilians" are
  not compared; "people" or no entity is compatible with either);
* the same period when both claims carry a resolved date (different dates
  are different periods).

A group becomes a ``figure_conflict`` finding when its figures come from at
least two different sources (the attribution's source text; the article's
own voice counts as one source) and their ranges do not overlap.  The
spread is max / min of the values.
"""

from __future__ import annotations

from typing import Optional

from claimscope import model
from claimscope.extract.quantities import measure_group, population_of

_COUNT_UNITS = (None, "people")
_TIME_UNITS = frozenset("year month week day hour minute second decade century years of age".split()) | {"years of age"}


def _source(report: model.Report, q: model.Quantity) -> tuple[Optional[str], Optional[str]]:
    """(attribution id, source text) of a quantity: its claim's attribution, else one whose content holds it."""
    by_id = {a.id: a for a in report.attributions}
    att = by_id.get(q.attribution) if q.attribution else None
    if att is None:
        for a in report.attributions:
            if any(c.start <= q.start and q.end <= c.end for c in a.content):
                att = a
                break
    if att is None:
        return None, None
    if att.source is not None:
        return att.id, att.source.text
    return att.id, None


def _unit_key(unit: Optional[str]) -> Optional[str]:
    return None if unit in _COUNT_UNITS else unit


def _bounds(q: model.Quantity) -> tuple[float, float]:
    lo = q.low if q.low is not None else q.value
    hi = q.high if q.high is not None else q.value
    if q.low is not None and q.high is None:
        hi = q.low  # "over 7,000": the figure given is 7,000
    if q.high is not None and q.low is None:
        lo = q.high
    return float(lo), float(hi)


def _claim_dates(report: model.Report) -> dict[str, set[str]]:
    dates: dict[str, set[str]] = {}
    for x in report.times:
        if x.claim and x.type == "DATE" and x.value and x.value[:1].isdigit():
            dates.setdefault(x.claim, set()).add(x.value)
    return dates


def _key(q: model.Quantity) -> Optional[tuple[str, Optional[str]]]:
    if q.value is None or q.unit in _TIME_UNITS:
        return None
    group = measure_group(q.measure)
    if group is None:
        # money and percentages: what they are about stands in for the measure
        if q.unit is None or q.unit == "people" or not q.entity:
            return None
        group = "about:" + q.entity.lower().strip()
    return group, _unit_key(q.unit)


def _compatible(a: model.Quantity, b: model.Quantity, dates: dict[str, set[str]]) -> bool:
    pa, pb = population_of(a.entity), population_of(b.entity)
    if pa and pb and pa != pb:
        return False
    da = dates.get(a.claim or "", set())
    db = dates.get(b.claim or "", set())
    if da and db and not (da & db) and a.claim != b.claim:
        return False
    return True


def find_figure_conflicts(report: model.Report, *, min_spread: float = 1.1) -> list[model.Finding]:
    """Findings of kind ``figure_conflict`` for ``report`` (ids are set by ``run_checks``).

    Args:
        report: an analyzed report.
        min_spread: figures closer than this ratio (max / min) are not a conflict.
    """
    dates = _claim_dates(report)
    groups: dict[tuple, list[model.Quantity]] = {}
    for q in report.quantities:
        key = _key(q)
        if key is not None:
            groups.setdefault(key, []).append(q)
    findings = []
    for (group, unit), members in groups.items():
        # split a group where populations or periods are incompatible (greedy clustering)
        clusters: list[list[model.Quantity]] = []
        for q in members:
            for cluster in clusters:
                if all(_compatible(q, other, dates) for other in cluster):
                    cluster.append(q)
                    break
            else:
                clusters.append([q])
        for cluster in clusters:
            finding = _finding(report, group, unit, cluster, min_spread)
            if finding is not None:
                findings.append(finding)
    return findings


def _finding(report, group, unit, cluster, min_spread) -> Optional[model.Finding]:
    sources = [_source(report, q) for q in cluster]
    distinct = {text.lower() if text else (aid or "article") for aid, text in sources}
    if len(cluster) < 2 or len(distinct) < 2:
        return None
    values = [q.value for q in cluster if q.value and q.value > 0]
    if len(values) < 2:
        return None
    spread = max(values) / min(values)
    bounds = [_bounds(q) for q in cluster]
    overlapping = max(lo for lo, _ in bounds) <= min(hi for _, hi in bounds)
    if spread < min_spread or overlapping:
        return None
    claims = []
    for q in cluster:
        if q.claim and q.claim not in claims:
            claims.append(q.claim)
    label = group[len("about:") :] if group.startswith("about:") else group
    parts = []
    for q, (_, text) in zip(cluster, sources):
        parts.append(f"{q.text} ({text or 'unattributed'})")
    summary = (
        f"{len({s for s in distinct})} sources give different figures for {label}"
        f"{' in ' + unit if unit else ''}: " + "; ".join(parts) + f" — the highest is {spread:.3g}× the lowest."
    )
    return model.Finding(
        id="",
        kind="figure_conflict",
        verdict="conflict",
        summary=summary,
        claims=claims,
        values=[
            model.FindingValue(value=q.value, low=q.low, high=q.high, quantity=q.id, source=text)
            for q, (_, text) in zip(cluster, sources)
        ],
        spread=round(spread, 3),
    )
