"""The report's charts: figures by measure and source, and the dates on a timeline (inline SVG)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from claimscope import model
from claimscope.domain.units import is_time_unit, length_unit
from claimscope.render.common import source_name, verdict_class
from claimscope.render.html.base import clip, fmt, h, wrap

# A figure that gives the size of a population ("a city of 500,000", "a population of 54,000",
# "home to some 6,000 residents") is not a count of events or people something happened to.
_POPULATION_BEFORE = re.compile(
    r"\b(?:population(?:\s+of)?|(?:city|town|village|country|nation|region|community)\s+of|home\s+to|inhabited\s+by)\s+"
    r"(?:(?:about|some|around|nearly|roughly|almost|over|more\s+than|less\s+than|fewer\s+than|just|under|only)\s+)?$",
    re.IGNORECASE,
)
_POPULATION_WORDS = re.compile(r"\b(?:population|inhabitants)\b", re.IGNORECASE)


def is_population(q: model.Quantity, text: str) -> bool:
    """Whether a figure is a population size: by its measure or frame, or by the words around it."""
    if "population" in (q.measure or "").lower() or (q.frame is not None and "population" in (q.frame.measure or "").lower()):
        return True
    after = text[q.end : q.end + 16]
    return bool(_POPULATION_BEFORE.search(text[max(0, q.start - 40) : q.start]) or _POPULATION_WORDS.search(q.text)
                or _POPULATION_WORDS.match(after.lstrip()))


def is_chartable(q: model.Quantity, text: str) -> bool:
    """The figures chart shows counts of events and people: no durations, ages, distances or population sizes."""
    return not (is_time_unit(q.unit) or length_unit(q.unit) is not None or is_population(q, text))


def _quantity_source(q: model.Quantity, attributions: dict) -> str:
    a = attributions.get(q.attribution or "")
    if a is None:
        return "article"
    return source_name(a) or f"no named agent ({a.cue.text})"


def figures_panel(report: model.Report) -> str:
    attributions = {a.id: a for a in report.attributions}
    quantities = [q for q in report.quantities
                  if (q.value is not None or q.low is not None or q.high is not None) and is_chartable(q, report.text)]
    if not quantities:
        return '<section class="cs-panel cs-figures"><h2>Figures</h2><p class="cs-note">No figures found.</p></section>'
    by_id = {q.id: q for q in quantities}
    groups: list[tuple[str, Optional[model.Finding], list[model.Quantity]]] = []
    used: set[str] = set()
    for f in report.findings:
        if f.kind != "figure_conflict":
            continue
        # one bar a quantity: the two ends of a rival-estimates range are two values of one quantity
        members = [by_id[qid] for qid in dict.fromkeys(v.quantity for v in f.values) if qid in by_id]
        if members:
            groups.append((f.summary, f, members))
            used.update(q.id for q in members)
    rest: dict[tuple, list[model.Quantity]] = {}
    for q in quantities:
        if q.id not in used:
            rest.setdefault((q.measure or "other figures", q.unit or ""), []).append(q)
    singles: list[model.Quantity] = []
    for (measure, unit), qs in rest.items():
        if len(qs) == 1:  # nothing to compare it with: listed under the chart
            singles.extend(qs)
        else:
            groups.append((measure + (f" ({unit})" if unit else ""), None, qs))

    width, label_w, value_w, row_h = 620, 210, 120, 24
    bar_w = width - label_w - value_w - 10
    y = 8
    parts: list[str] = []
    for title, finding, qs in groups:
        flagged = finding is not None and verdict_class(finding.verdict) != "good"
        head = ("⚠ " if flagged else "") + title
        colour = "#b3261e" if flagged else "#2b6cb0"
        for line in wrap(head, 80, max_lines=3):
            parts.append(f'<text x="0" y="{y + 12}" font-size="12.5" font-weight="bold" fill="{"#b3261e" if flagged else "#1b1f24"}">{h(line)}</text>')
            y += 16
        y += 4
        top = max((q.high if q.high is not None else (q.value if q.value is not None else q.low or 0)) for q in qs) or 1
        scale = bar_w / (top * 1.05)
        for q in qs:
            v = q.value if q.value is not None else (q.low if q.low is not None else q.high)
            src = _quantity_source(q, attributions)
            parts.append(f'<g><title>{h(q.text)} — {h(src)}{" — " + h(q.measure) if q.measure else ""}</title>')
            parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end" fill="#1b1f24">{h(clip(src, 30))}</text>')
            w = max(2.0, (v or 0) * scale)
            parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}" opacity="0.85" rx="2"/>')
            lo, hi = q.low, q.high
            ymid = y + row_h / 2
            reach = w
            if lo is not None and hi is not None and hi > lo:
                parts.append(_whisker(label_w + lo * scale, label_w + hi * scale, ymid, dashed=False))
                reach = max(w, hi * scale)
            elif lo is not None and hi is None:  # "at least", "over": open upwards
                parts.append(_whisker(label_w + lo * scale, label_w + lo * scale + 28, ymid, dashed=True))
                reach = max(w, lo * scale + 28)
            elif hi is not None and lo is None:  # "up to", "as high as"
                parts.append(_whisker(label_w, label_w + hi * scale, ymid, dashed=True))
                reach = max(w, hi * scale)
            parts.append(f'<text x="{label_w + reach + 6:.1f}" y="{y + 15}" font-size="12" fill="#1b1f24">{h(clip(q.text, 28))}</text>')
            parts.append("</g>")
            y += row_h
        y += 8
    desc = "; ".join(f"{t}: " + ", ".join(f"{_quantity_source(q, attributions)} {q.text}" for q in qs) for t, _, qs in groups)
    svg = (f'<svg viewBox="0 0 {width} {y}" width="{width}" height="{y}" role="img" aria-label="Figures chart. {h(desc)}" '
           f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>') if groups else ""
    if singles:
        items = "".join(
            f"<li><b>{h(q.text)}</b>" + (f" · {h(q.measure)}" if q.measure else "") + (f" · {h(q.entity)}" if q.entity else "")
            + f" — {h(_quantity_source(q, attributions))}</li>"
            for q in singles
        )
        svg += f'<h3>{"Other figures" if groups else "Figures"} (one per measure)</h3><ul class="cs-singles">{items}</ul>'
    rows = "".join(
        f"<tr><td>{h(q.text)}</td><td>{fmt(q.value)}</td><td>{fmt(q.low)}–{fmt(q.high)}</td><td>{h(q.unit or '-')}</td>"
        f"<td>{h(q.measure or '-')}</td><td>{h(q.entity or '-')}</td><td>{h(_quantity_source(q, attributions))}</td></tr>"
        for q in report.quantities
    )
    table = ('<details><summary>Data table</summary><table class="cs-table"><thead><tr><th>text</th><th>value</th><th>bounds</th>'
             f"<th>unit</th><th>measure</th><th>what</th><th>source</th></tr></thead><tbody>{rows}</tbody></table></details>")
    return ('<section class="cs-panel cs-figures"><h2>Figures</h2>'
            '<p class="cs-note">Each figure by measure and source; conflicting groups in red, whiskers show stated bounds.</p>'
            f"{svg}{table}</section>")


def _whisker(x1: float, x2: float, y: float, *, dashed: bool) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ""
    return (f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#1b1f24" stroke-width="1.5"{dash}/>'
            f'<line x1="{x1:.1f}" x2="{x1:.1f}" y1="{y - 5:.1f}" y2="{y + 5:.1f}" stroke="#1b1f24" stroke-width="1.5"/>')


def date_range(value: Optional[str]) -> Optional[tuple[date, date]]:
    """The days a TIMEX3-style value covers: 2022-03-01, 2022-03, 2022, 2022-W10, 2022-Q1, 2022-SU."""
    if not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", value):
            d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d, d + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return date(y, mo, 1), nxt - timedelta(days=1)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, q = int(m[1]), int(m[2])
            start = date(y, 3 * q - 2, 1)
            end = date(y + (q == 4), (3 * q) % 12 + 1, 1) - timedelta(days=1)
            return start, end
        if m := re.fullmatch(r"(\d{4})", value):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


# TIMEX3 mods that narrow a period to a part of it: "early March" is the first third of March.
_PART_OF = {"START": (0, 1), "MID": (1, 2), "END": (2, 3)}
_MOD_WORDS = {"START": "start", "MID": "middle", "END": "end", "ON_OR_BEFORE": "on or before", "ON_OR_AFTER": "on or after",
              "BEFORE": "before", "AFTER": "after", "APPROX": "about", "LESS_THAN": "less than", "MORE_THAN": "more than"}


def time_range(t: model.TimeExpression) -> Optional[tuple[date, date]]:
    """The days a time expression covers, its mod applied: 2022-03 START -> March 1 to 10, not the whole month."""
    r = date_range(t.value) if t.type == "DATE" or (t.value and t.type == "TIME") else None
    if r is None or t.mod not in _PART_OF:
        return r
    d0, d1 = r
    days = (d1 - d0).days + 1
    a, b = _PART_OF[t.mod]
    return d0 + timedelta(days=days * a // 3), d0 + timedelta(days=max(days * b // 3 - 1, days * a // 3))


def time_label(t: model.TimeExpression) -> str:
    """ "early March (2022-03, start)": the words, the value and its mod, so two expressions never read as one."""
    mod = _MOD_WORDS.get(t.mod or "", (t.mod or "").lower().replace("_", " "))
    return f"{clip(t.text, 26)} ({t.value}{', ' + mod if mod else ''})"


def timeline_panel(report: model.Report) -> str:
    """One bar per time expression, each in its own lane: "this month" and "early March" are two bars."""
    dated = []
    other = []
    for t in report.times:
        r = time_range(t)
        (dated if r else other).append((t, r))
    pub = date_range(report.article.published)
    if not dated:
        body = '<p class="cs-note">No dates resolved to the calendar.</p>'
    else:
        lo = min([r[0] for _, r in dated] + ([pub[0]] if pub else []))
        hi = max([r[1] for _, r in dated] + ([pub[1]] if pub else []))
        span_days = max(6, (hi - lo).days)
        lo -= timedelta(days=max(1, span_days // 20))
        hi += timedelta(days=max(1, span_days // 20))
        width, left, right = 620, 10, 10
        scale = (width - left - right) / max(1, (hi - lo).days + 1)
        x_of = lambda d: left + (d - lo).days * scale  # noqa: E731
        axis_y = 30
        parts = [f'<line x1="{left}" x2="{width - right}" y1="{axis_y}" y2="{axis_y}" stroke="#5b6b7f" stroke-width="1.5"/>',
                 f'<text x="{left}" y="{axis_y - 14}" font-size="11" fill="#4a5360">{lo.isoformat()}</text>',
                 f'<text x="{width - right}" y="{axis_y - 14}" font-size="11" fill="#4a5360" text-anchor="end">{hi.isoformat()}</text>']
        if pub:
            x = x_of(pub[0])
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{axis_y - 10}" y2="{axis_y + 10}" stroke="#b3261e" stroke-width="2"/>'
                         f'<text x="{x:.1f}" y="{axis_y + 24}" font-size="11" fill="#b3261e" text-anchor="middle">published</text>')
        rows_end: list[float] = []
        row_h = 30
        base = axis_y + 52  # the first lane's bar below the "published" mark
        items = sorted(dated, key=lambda tr: tr[1][0])
        for t, (d0, d1) in items:
            x0, x1 = x_of(d0), x_of(d1 + timedelta(days=1))
            label = time_label(t)
            est = len(label) * 6.2
            # a lane is free when both its last bar and its last label end before this bar starts
            row = next((i for i, end in enumerate(rows_end) if end < x0 - 4), None)
            if row is None:
                row = len(rows_end)
                rows_end.append(0)
            lx = min(x0, width - right - est)
            rows_end[row] = max(x1, lx + est)
            y = base + row * row_h
            parts.append(f'<g data-time="{h(t.id)}"><title>{h(label)}</title>'
                         f'<rect x="{x0:.1f}" y="{axis_y - 4}" width="{max(2, x1 - x0):.1f}" height="8" fill="#8a5300" opacity="0.25"/>'
                         f'<rect class="cs-time-bar" x="{x0:.1f}" y="{y - 22}" width="{max(3, x1 - x0):.1f}" height="8" '
                         f'fill="#8a5300" opacity="0.7"/>'
                         f'<text x="{lx:.1f}" y="{y}" font-size="12" fill="#1b1f24">{h(label)}</text></g>')
        height = base + max(1, len(rows_end)) * row_h - 12
        svg = (f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
               f'aria-label="Timeline: {h("; ".join(time_label(t) for t, _ in items))}" '
               f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')
        body = svg
    if other:
        lis = "".join(f"<li>{h(t.text)} — {h(t.type)} {h(t.value or '(unresolved' + (': ' + t.reason if t.reason else '') + ')')}</li>" for t, _ in other)
        body += f'<h3>Not on the calendar</h3><ul class="cs-note">{lis}</ul>'
    return f'<section class="cs-panel cs-timeline"><h2>Timeline</h2>{body}</section>'
