"""Figure findings: conflicts, self-contradictions and revisions between figures of one frame.

Every countable quantity gets a frame (:mod:`claimscope.frames`); two figures
are compared only when :func:`claimscope.domain.figures.comparable` says they
count the same thing, and :func:`~claimscope.domain.figures.relation` says
what their difference is:

* ``figure_conflict`` / ``conflict``: different sources, ranges apart;
* ``figure_conflict`` / ``self_contradiction``: one source, two figures for one thing;
* ``figure_revision`` / ``revision``: one side, a later date or an update ("rose to").

Figures that are parts, sub-measures or increments ("three of them",
"20,000 injured" beside a death toll, "in serious condition"), of another
incident, place, population, side or period are never compared.  Each finding
says ``because``: the frame shared and the rule that settled it.
"""

from __future__ import annotations

from itertools import combinations
from typing import Optional

from claimscope import model
from claimscope.domain.figures import Figure, comparable, differ, relation, stated
from claimscope.frames import Framed, frame_report, revised_between, rival_range


def find_figure_conflicts(report: model.Report) -> list[model.Finding]:
    """Findings of kind ``figure_conflict`` and ``figure_revision`` for ``report`` (ids are set by ``run_checks``)."""
    framed = frame_report(report)
    conflict_edges: dict[int, set[int]] = {}
    singles: list[tuple[str, str, Framed, Framed]] = []
    by_frame: dict[tuple, list[int]] = {}
    for k, f in enumerate(framed):  # only figures of one measure and incident can relate: no all-pairs loop
        by_frame.setdefault((f.figure.measure, f.figure.incident), []).append(k)
    pairs = (pair for group in by_frame.values() for pair in combinations(group, 2))
    for i, j in pairs:
        a, b = framed[i], framed[j]
        kind, why = relation(a.figure, b.figure, revised=revised_between(report, a, b))
        if kind == "conflict":
            conflict_edges.setdefault(i, set()).add(j)
            conflict_edges.setdefault(j, set()).add(i)
        elif kind in ("self_contradiction", "revision"):
            singles.append((kind, why, a, b))
    findings = [f for f in (_conflict(report, [framed[k] for k in c]) for c in _clusters(framed, conflict_edges)) if f]
    findings += [_single(kind, why, a, b) for kind, why, a, b in singles]
    findings += [f for f in (_rival_range(report, q) for q in report.quantities) if f]
    return sorted(findings, key=lambda f: _first_offset(report, f))


def _first_offset(report: model.Report, finding: model.Finding) -> int:
    by_id = {q.id: q.start for q in report.quantities}
    return min(by_id.get(v.quantity or "", 0) for v in finding.values)


def _clusters(framed: list[Framed], edges: dict[int, set[int]]) -> list[list[int]]:
    """Connected groups of conflicting figures whose members are all comparable with each other."""
    seen: set[int] = set()
    out = []
    for start in sorted(edges):
        if start in seen:
            continue
        group, stack = [], [start]
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            if all(comparable(framed[k].figure, framed[m].figure)[0] for m in group):
                seen.add(k)
                group.append(k)
                stack.extend(sorted(edges.get(k, ())))
        out.append(sorted(group))
    return out


def _value(f: Framed) -> model.FindingValue:
    q = f.quantity
    return model.FindingValue(
        value=q.value, low=q.low, high=q.high, quantity=q.id, source=f.source_text, source_id=f.frame.source,
        as_of=f.frame.as_of, frame=f.frame,
    )


def _label(f: Framed) -> str:
    return _label_measure(f.figure.measure or "?")


def _label_measure(measure: str) -> str:
    return measure.split(":", 1)[1] if measure.startswith(("about:", "count:")) else measure


def _frame_words(f: Framed) -> str:
    parts = [f"measure {_label(f)}"]
    if f.frame.population:
        parts.append(f"population {f.frame.population}")
    if f.frame.side:
        parts.append(f"counted side {f.frame.side}")
    parts.append(f"places {f.frame.scope}" if f.frame.scope else "no place named")
    if f.frame.since:
        parts.append(f"since {f.frame.since}")
    if f.figure.owner and not f.figure.owner.startswith("?"):
        parts.append(f"held by {f.figure.owner}")
    if f.figure.modality:
        parts.append(f"a {f.figure.modality}")
    return ", ".join(parts)


def _conflict(report: model.Report, members: list[Framed]) -> Optional[model.Finding]:
    sources = {m.figure.source for m in members}
    if len(members) < 2 or len(sources) < 2:
        return None
    lows = [stated(m.figure) for m in members]
    spread = max(lows) / min(lows) if min(lows) > 0 else None
    parts = [f"{m.quantity.text} ({m.source_text or 'the article'})" for m in members]
    unit = members[0].quantity.unit
    summary = (
        f"{len(sources)} sources give different figures for {_label(members[0])}"
        f"{' in ' + unit if unit and unit != 'people' else ''}: " + "; ".join(parts)
        + (f" — the highest is {spread:.3g}× the lowest." if spread else ".")
    )
    claims = list(dict.fromkeys(m.quantity.claim for m in members if m.quantity.claim))
    return model.Finding(
        id="",
        kind="figure_conflict",
        verdict="conflict",
        summary=summary,
        because=(
            f"Compared as one frame ({_frame_words(members[0])}; one incident; no differing dates): "
            "the sources' ranges do not overlap."
        ),
        method="frames (claimscope.frames) compared by claimscope.domain.figures",
        claims=claims,
        values=[_value(m) for m in members],
        spread=round(spread, 3) if spread else None,
    )


def _single(kind: str, why: str, a: Framed, b: Framed) -> model.Finding:
    who = a.source_text or "the article"
    if kind == "revision" and (
        (b.earlier and not a.earlier) or (a.earlier == b.earlier and a.frame.as_of and b.frame.as_of and b.frame.as_of < a.frame.as_of)
    ):
        a, b = b, a  # old -> new by the words ("the earlier $20") or the dates the text gives, whatever the order of telling
    if kind == "revision":
        when_a, when_b = a.frame.as_of or "earlier", b.frame.as_of or "later"
        summary = f"{who} revises {_label(a)}: {a.quantity.text} ({when_a}) → {b.quantity.text} ({when_b})."
        finding_kind, verdict = "figure_revision", "revision"
    else:
        summary = f"{who} gives two different figures for {_label(a)}: {a.quantity.text} and {b.quantity.text}."
        finding_kind, verdict = "figure_conflict", "self_contradiction"
    lows = [stated(a.figure), stated(b.figure)]
    return model.Finding(
        id="",
        kind=finding_kind,
        verdict=verdict,
        summary=summary,
        because=f"Compared as one frame ({_frame_words(a)}): {why}.",
        method="frames (claimscope.frames) compared by claimscope.domain.figures",
        claims=list(dict.fromkeys(x.quantity.claim for x in (a, b) if x.quantity.claim)),
        values=[_value(a), _value(b)],
        spread=round(max(lows) / min(lows), 3) if min(lows) > 0 else None,
    )


def _rival_range(report: model.Report, q: model.Quantity) -> Optional[model.Finding]:
    """One range that holds several sources' estimates ("their valuations for him range from $75 billion to $85
    billion"): a conflict between its two ends when they differ as two figures would (domain.figures.differ)."""
    found = rival_range(report, q)
    if found is None or not differ(Figure(value=float(q.low)), Figure(value=float(q.high))):
        return None
    start, noun = found
    words = " ".join(report.text[start : q.end].split())
    frame = q.frame
    label = f" of {_label_measure(frame.measure)}" if frame and frame.measure else ""
    ends = [model.FindingValue(value=v, quantity=q.id, source=None, as_of=frame.as_of if frame else None, frame=frame)
            for v in (q.low, q.high)]
    return model.Finding(
        id="",
        kind="figure_conflict",
        verdict="conflict",
        summary=f"Several sources' {noun.lower()}{label} differ in one range: \"{words}\" — the highest is {q.high / q.low:.3g}× the lowest.",
        because=(
            f"One range gives the ends of several sources' {noun} (a plural of estimation that ranges or "
            "varies): its ends are the figures that disagree."
        ),
        method="rival estimates in one range (claimscope.frames.rival_range), ends compared by claimscope.domain.figures",
        claims=[q.claim] if q.claim else [],
        values=ends,
        spread=round(q.high / q.low, 3) if q.low else None,
    )
