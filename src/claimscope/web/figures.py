"""The figures page's conflicts and chart: corpus figures drawn with the report's own chart.

:func:`claimscope.render.html.charts.figures_panel` draws one report's figures,
grouped by the findings that compare them. A corpus listing (``queries.figures``)
and its findings (``queries.figure_conflicts``) become such a report here: one
line of text per stored figure ("SOURCE (OUTLET, DATE) said FIGURE."), so every
span is a real offset into that text, one attribution per source, and each
quantity keyed as the findings name it (``ARTICLE:QUANTITY``).
"""

from __future__ import annotations

import hashlib
from html import escape
from typing import Optional

from claimscope import model
from claimscope.profile import compute_profile
from claimscope.render.common import verdict_class
from claimscope.render.html.charts import figures_panel


def _label(row: dict) -> str:
    where = ", ".join(str(x) for x in (row.get("outlet"), row.get("published")) if x)
    return f"{row.get('source') or 'unattributed'}" + (f" ({where})" if where else "")


def corpus_report(rows: list[dict], findings: list[model.Finding], measure: str) -> model.Report:
    """The stored figures of a measure as one report the HTML chart can draw."""
    text, quantities, attributions = "", [], []
    for i, row in enumerate(rows):
        label, figure = _label(row), str(row.get("figure") or row.get("value") or "")
        if not figure:
            continue
        line = f"{label} said {figure}.\n"
        base = len(text)
        text += line
        aid = f"a{i + 1}"
        attributions.append(model.Attribution(
            id=aid, kind="indirect", source=model.Span(start=base, end=base + len(label), text=label),
            source_type=row.get("source_type") or "unknown",
            cue=model.Span(start=base + len(label) + 1, end=base + len(label) + 5, text="said"), content=[], confidence=1.0))
        start = base + len(label) + 6
        quantities.append(model.Quantity(
            id=f"{row.get('article')}:{row.get('quantity')}", start=start, end=start + len(figure), text=figure,
            value=row.get("value"), low=row.get("low"), high=row.get("high"), qualifier=row.get("qualifier"),
            measure=measure, entity=row.get("entity"), attribution=aid))
    report = model.Report(
        claimscope_version="", pipeline={}, article=model.Article(
            id=f"figures:{measure}", title=f"Figures: {measure}", sha256=hashlib.sha256(text.encode("utf-8")).hexdigest()),
        text=text, sentences=[], attributions=attributions, claims=[], quantities=quantities, times=[], places=[],
        findings=[f.model_copy(update={"claims": []}) for f in findings],
    )
    report.profile = compute_profile(report)
    return report


def conflicts_html(findings: list[model.Finding]) -> str:
    """The corpus findings of a measure: verdict, summary and why, as the report's finding cards show them."""
    if not findings:
        return '<p class="cs-note">No conflicts: fewer than two sources give comparable figures.</p>'
    cards = []
    for f in findings:
        why = f'<dl><dt>why</dt><dd>{escape(f.because)}</dd></dl>' if f.because else ""
        cards.append(f'<li class="cs-card cs-conflict"><span class="cs-badge cs-v-{verdict_class(f.verdict)}">{escape(f.verdict)}</span> '
                     f"<b>{escape(f.summary)}</b>{why}</li>")
    return f'<ol class="cs-cards">{"".join(cards)}</ol>'


def figures_html(rows: list[dict], findings: list[model.Finding], measure: str) -> Optional[str]:
    """Conflicts, then the chart (the report's figures panel), for a measure's stored figures."""
    if not rows:
        return None
    chart = figures_panel(corpus_report(rows, findings, measure))
    return f'<section class="cs-panel cs-findings"><h2>Conflicts</h2>{conflicts_html(findings)}</section>{chart}'
