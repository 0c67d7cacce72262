"""The article with its spans highlighted: the report's spans as marks, laid over the text as nested HTML.

This follows displaCy's approach: the report is first turned into plain marks
(start, end, kind, attributes), then marks are laid over the text. Marks that
cross each other are split into fragments so the markup nests; every fragment
carries the offsets of the whole mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from claimscope import model
from claimscope.render.common import findings_by_claim, source_name
from claimscope.render.html.base import h, safe_id

N_HUES = 8


@dataclass
class Mark:
    start: int
    end: int
    level: int  # outer marks have lower levels
    tag: str
    classes: str
    attrs: dict = field(default_factory=dict)
    first_attrs: dict = field(default_factory=dict)  # only on the first fragment
    seq: int = 0


def build_marks(report: model.Report, uid: str) -> list[Mark]:
    """Turn the report's spans into marks; attribution ``i`` gets hue ``i % 8``."""
    marks: list[Mark] = []
    first_claim: dict[str, str] = {}
    for claim in report.claims:
        if claim.attribution and claim.attribution not in first_claim:
            first_claim[claim.attribution] = claim.id
    attributions = {a.id: a for a in report.attributions}
    hue = {a.id: i % N_HUES for i, a in enumerate(report.attributions)}

    fby = findings_by_claim(report)
    for claim in report.claims:
        a = attributions.get(claim.attribution or "")
        who = source_name(a) if a else None
        label = f"claim, {claim.epistemic}, " + (
            f"source: {who}" if who else ("no named agent" if a else "the article's own voice")
        )
        # a native tooltip where the script does not run (e.g. JupyterLab); the script replaces it
        hint = (f"Source: {who} ({(a.source_type or 'unknown').replace('_', ' ')})" if who
                else ("Source: no named agent" if a else "The article's own voice"))
        hint += f"\nStatus: {claim.epistemic}" + "".join(f"\nFinding: {f.verdict}: {f.summary}" for f in fby.get(claim.id, []))
        cls = f"cs-claim cs-ep-{claim.epistemic}" + (f" cs-h{hue[a.id]}" if a else "")
        marks.append(
            Mark(
                claim.start, claim.end, 0, "span", cls,
                {"data-claim": claim.id, "data-start": claim.start, "data-end": claim.end},
                {"id": f"{uid}-claim-{safe_id(claim.id)}", "tabindex": "0", "role": "group",
                 "aria-label": f"{label}: {claim.text}", "aria-describedby": f"{uid}-info-{safe_id(claim.id)}",
                 "title": hint},
            )
        )
        for hedge in claim.hedges:
            marks.append(Mark(hedge.start, hedge.end, 3, "span", "cs-hedge", {"data-start": hedge.start, "data-end": hedge.end},
                              {"aria-label": f"hedge: {hedge.text}"}))
        for ev in claim.evidence:
            marks.append(Mark(ev.span.start, ev.span.end, 3, "mark", "cs-evidence",
                              {"data-kind": ev.kind, "data-start": ev.span.start, "data-end": ev.span.end},
                              {"aria-label": f"evidence ({ev.kind}): {ev.span.text}"}))

    for a in report.attributions:
        k = hue[a.id]
        common = {"data-attr": a.id}
        if a.id in first_claim:
            common["data-first-claim"] = first_claim[a.id]
        for c in a.content:
            marks.append(Mark(c.start, c.end, 1, "span", f"cs-content cs-h{k}", dict(common, **{"data-start": c.start, "data-end": c.end})))
        if a.source is not None:
            stype = (a.source_type or "unknown").replace("_", " ")
            marks.append(Mark(a.source.start, a.source.end, 2, "mark", f"cs-source cs-h{k}",
                              dict(common, **{"data-start": a.source.start, "data-end": a.source.end}),
                              {"id": f"{uid}-source-{safe_id(a.id)}",
                               "aria-label": f"source ({stype}): {a.source.text}"}))
        if a.antecedent is not None and a.antecedent != a.source:
            marks.append(Mark(a.antecedent.start, a.antecedent.end, 2, "mark", f"cs-antecedent cs-h{k}",
                              dict(common, **{"data-start": a.antecedent.start, "data-end": a.antecedent.end}),
                              {"aria-label": f"who the pronoun refers to: {a.antecedent.text}"}))
        marks.append(Mark(a.cue.start, a.cue.end, 2, "mark", f"cs-cue cs-h{k}",
                          dict(common, **{"data-start": a.cue.start, "data-end": a.cue.end, "data-kind": a.kind}),
                          {"id": f"{uid}-attr-{safe_id(a.id)}", "aria-label": f"attribution cue ({a.kind.replace('_', ' ')}): {a.cue.text}"}))

    for q in report.quantities:
        marks.append(Mark(q.start, q.end, 4, "span", "cs-qty", {"data-ref": q.id, "data-start": q.start, "data-end": q.end},
                          {"aria-label": f"figure: {q.text}" + (f" ({q.measure})" if q.measure else "")}))
    for p in report.places:
        marks.append(Mark(p.start, p.end, 4, "span", "cs-place", {"data-ref": p.id, "data-start": p.start, "data-end": p.end},
                          {"aria-label": f"place: {p.text}" + (f" ({p.name}, {p.country})" if p.name else " (unresolved)")}))
    for t in report.times:
        marks.append(Mark(t.start, t.end, 4, "span", "cs-time", {"data-ref": t.id, "data-start": t.start, "data-end": t.end},
                          {"aria-label": f"date: {t.text}" + (f" ({t.value})" if t.value else "")}))
    n = len(report.text)
    kept = []
    for i, m in enumerate(marks):
        m.start, m.end = max(0, m.start), min(n, m.end)
        if m.start < m.end:
            m.seq = i
            kept.append(m)
    return kept


def _open(m: Mark, first: bool) -> str:
    attrs = {"class": m.classes, **m.attrs}
    if first:
        attrs.update(m.first_attrs)
    else:
        attrs["class"] += " cs-cont"
    return f"<{m.tag} " + " ".join(f'{k}="{h(v)}"' for k, v in attrs.items()) + ">"


def render_marked_text(text: str, marks: list[Mark]) -> str:
    """Lay marks over ``text`` as properly nested, escaped HTML.

    The text is cut at every mark boundary; each piece is wrapped in the marks
    that cover it, outer levels first. A mark that crosses another is split,
    and only its first fragment carries its id and tab stop.
    """
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    by_start: dict[int, list[Mark]] = {}
    for m in marks:
        by_start.setdefault(m.start, []).append(m)
    order = lambda m: (m.level, m.start, -m.end, m.seq)  # noqa: E731
    active: list[Mark] = []
    stack: list[Mark] = []
    opened: set[int] = set()
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [m for m in active if m.end > a] + by_start.get(a, [])
        want = sorted(active, key=order)
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(f"</{m.tag}>")
        stack = stack[:keep]
        for m in want[keep:]:
            out.append(_open(m, id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        out.append(escape(text[a:b], quote=False))
    for m in reversed(stack):
        out.append(f"</{m.tag}>")
    return "".join(out)
