"""The terminal report: sourcing profile first, then each claim with its source highlighted.

Why a claim has its status (``Claim.because``, the cue that set it) and why a
finding was reached (``Finding.because``) are shown under the status and the
summary, in one dim line each, when the report has them.
"""

from __future__ import annotations

from io import StringIO
from typing import Optional

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimscope import model
from claimscope.render.common import source_name

SOURCE_STYLE = "bold black on bright_yellow"
CUE_STYLE = "bold magenta"
HEDGE_STYLE = "underline red"
EVIDENCE_STYLE = "bold cyan"
EPISTEMIC_STYLE = {
    "asserted": "white",
    "reported": "green",
    "hedged": "yellow",
    "alleged": "orange1",
    "estimated": "cyan",
    "denied": "red",
    "disputed": "red",
}


def profile_panel(report: model.Report) -> Panel:
    p = report.profile
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    table.add_column()
    table.add_row("claims", str(p.n_claims))
    table.add_row("attributions", str(p.n_attributions))
    table.add_row("by source type", ", ".join(f"{k} {v}" for k, v in sorted(p.by_source_type.items(), key=lambda kv: -kv[1])) or "-")
    table.add_row("by kind", ", ".join(f"{k} {v}" for k, v in sorted(p.by_kind.items(), key=lambda kv: -kv[1])) or "-")
    table.add_row("anonymous", f"{p.share_anonymous:.0%} of attributed claims ({p.share_anonymous_or_collective:.0%} with collective)")
    table.add_row("hedged", f"{p.share_hedged:.0%} of claims")
    table.add_row("named sources", ", ".join(p.named_sources) or "-")
    title = report.article.title or report.article.id or "article"
    return Panel(Group(Text(p.summary, style="italic"), table), title=f"Sourcing profile - {title}", expand=False)


def _highlighted(report: model.Report, claim: model.Claim, attribution: Optional[model.Attribution]) -> Text:
    start, end = claim.start, claim.end
    if attribution is not None:
        # Show the whole sentence around source and cue, even when they lie outside the claim.
        spans = [s for s in [attribution.source, attribution.cue] if s is not None]
        start = min([start] + [s.start for s in spans])
        end = max([end] + [s.end for s in spans])
    text = Text(report.text[start:end].replace("\n", " "))

    def mark(span: Optional[model.Span], style: str) -> None:
        if span is not None and start <= span.start and span.end <= end:
            text.stylize(style, span.start - start, span.end - start)

    if attribution is not None:
        mark(attribution.source, SOURCE_STYLE)
        mark(attribution.cue, CUE_STYLE)
    for hedge in claim.hedges:
        mark(hedge, HEDGE_STYLE)
    for ev in claim.evidence:
        mark(ev.span, EVIDENCE_STYLE)
    return text


def _status(claim: model.Claim) -> Text:
    """The epistemic status, and under it why (the rule, the cue), compact."""
    status = Text(claim.epistemic, style=EPISTEMIC_STYLE.get(claim.epistemic, ""))
    why = [claim.because] if claim.because else []
    if claim.epistemic_cue is not None:
        why.append(f"cue “{claim.epistemic_cue.text}”")
    if why:
        status.append("\n" + "; ".join(why), style="dim")
    return status


def _because(summary: str, because: Optional[str]) -> Text:
    text = Text(summary)
    if because:
        text.append(f"\nwhy: {because}", style="dim")
    return text


def sources_table(report: model.Report) -> Optional[Table]:
    """The article's speakers (``report.sources``): one row per source, however many names it goes by."""
    if not report.sources:
        return None
    t = Table(title="Sources", expand=True)
    for col in ("id", "source", "type", "also called", "attributions"):
        t.add_column(col)
    for s in report.sources:
        t.add_row(s.id, s.name, s.type.replace("_", " "), ", ".join(s.aliases) or "-", str(len(s.attributions)))
    return t


def claims_table(report: model.Report) -> Table:
    attributions = {a.id: a for a in report.attributions}
    table = Table(title="Claims", show_lines=True, expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("claim (source highlighted, cue in magenta, hedges underlined)", ratio=5)
    table.add_column("source", ratio=2)
    table.add_column("status (why)", ratio=2)
    table.add_column("evidence / hedges", ratio=2)
    for claim in report.claims:
        a = attributions.get(claim.attribution or "")
        if a is not None:
            src = a.source.text if a.source else "(no agent)"
            who = Text(f"{src}\n", style="bold")
            who.append(f"{a.source_type or '-'} · {a.kind}\ncue: {a.cue.text}", style="dim")
            if a.antecedent is not None:
                who.append(f"\n→ {a.antecedent.text}", style="dim")
        else:
            who = Text("article's own voice", style="dim italic")
        extra = [f"{e.kind}: {e.span.text}" for e in claim.evidence] + [f"hedge: {h.text}" for h in claim.hedges]
        table.add_row(claim.id, _highlighted(report, claim, a), who, _status(claim), "\n".join(extra) or "-")
    return table


def _num(x: Optional[float]) -> str:
    return "" if x is None else f"{x:g}"


def figures_and_places(report: model.Report) -> list:
    parts = []
    if report.quantities:
        t = Table(title="Figures", expand=True)
        attributions = {a.id: a for a in report.attributions}
        for col in ("text", "value", "bounds", "unit", "measure", "entity", "source"):
            t.add_column(col)
        for q in report.quantities:
            bounds = f"{_num(q.low)}–{_num(q.high)}" if q.low is not None or q.high is not None else "-"
            a = attributions.get(q.attribution or "")
            source = (source_name(a) or "(no agent)") if a is not None else "article"
            t.add_row(q.text, _num(q.value) or "-", bounds, q.unit or "-", q.measure or "-", q.entity or "-", source)
        parts.append(t)
    if report.places:
        t = Table(title="Places", expand=True)
        for col in ("text", "resolved", "country", "lat, lon", "confidence"):
            t.add_column(col)
        for p in report.places:
            coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None else (p.reason or "unresolved")
            t.add_row(p.text, p.name or "-", p.country or "-", coords, f"{p.confidence:.2f}")
        parts.append(t)
    if report.times:
        t = Table(title="Dates and times", expand=True)
        for col in ("text", "type", "value", "mod"):
            t.add_column(col)
        for x in report.times:
            t.add_row(x.text, x.type, x.value or f"(unresolved: {x.reason})", x.mod or "")
        parts.append(t)
    if report.findings:
        t = Table(title="Findings", expand=True)
        for col in ("id", "kind", "verdict", "summary"):
            t.add_column(col)
        for f in report.findings:
            style = "bold red" if f.verdict in ("conflict", "inconsistent") else ("green" if f.verdict == "consistent" else "")
            t.add_row(f.id, f.kind, Text(f.verdict, style=style), _because(f.summary, f.because))
        parts.append(t)
    return parts


def render_to(console: Console, report: model.Report) -> None:
    console.print(profile_panel(report))
    sources = sources_table(report)
    if sources is not None:
        console.print(sources)
    console.print(claims_table(report))
    for part in figures_and_places(report):
        console.print(part)


def render_text(report: model.Report, *, width: int = 140) -> str:
    buf = StringIO()
    render_to(Console(file=buf, width=width, force_terminal=False, color_system=None), report)
    return buf.getvalue()
