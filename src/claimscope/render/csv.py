"""One report's claims and figures as one CSV (``claimscope analyze FILE --format csv``).

One row per claim and one per figure; the ``table`` column says which
(``claim`` or ``figure``), and a column that does not apply to a row is
empty. Claim rows carry the claim's text, source, attribution and status;
figure rows the figure's text, its value, bounds and qualifier (``value``:
the same one-line form as the terminal report, ``over 14,000``; ``number``,
``low``, ``high``: the numbers), unit, measure and entity, and the claim
they stand in. Offsets (``start``, ``end``) are Python str indices into the
report's text, as everywhere in claimscope.
"""

from __future__ import annotations

import csv
import io
from typing import Optional

from claimscope import model
from claimscope.render.common import source_name
from claimscope.render.terminal import figure_value

COLUMNS = [
    "table", "id", "text", "start", "end", "source", "source_type", "attribution", "attribution_kind", "epistemic",
    "because", "value", "number", "low", "high", "qualifier", "unit", "measure", "entity", "claim",
]


def _n(x: Optional[float]) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def rows(report: model.Report) -> list[dict]:
    """The CSV's rows as dicts: the claims in text order, then the figures."""
    attributions = {a.id: a for a in report.attributions}
    out: list[dict] = []
    for c in report.claims:
        a = attributions.get(c.attribution or "")
        out.append({
            "table": "claim", "id": c.id, "text": c.text, "start": c.start, "end": c.end,
            "source": source_name(a) or "", "source_type": (a.source_type or "") if a else "",
            "attribution": c.attribution or "", "attribution_kind": a.kind if a else "", "epistemic": c.epistemic,
            "because": c.because or "",
        })
    for q in report.quantities:
        a = attributions.get(q.attribution or "")
        out.append({
            "table": "figure", "id": q.id, "text": q.text, "start": q.start, "end": q.end,
            "source": (source_name(a) or "") if a else "", "source_type": (a.source_type or "") if a else "",
            "attribution": q.attribution or "", "attribution_kind": a.kind if a else "",
            "value": figure_value(q), "number": _n(q.value), "low": _n(q.low), "high": _n(q.high),
            "qualifier": q.qualifier or "", "unit": q.unit or "", "measure": q.measure or "", "entity": q.entity or "",
            "claim": q.claim or "",
        })
    return out


def render_csv(report: model.Report) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, restval="", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(report))
    return buf.getvalue()
