"""The terminal report: sourcing profile first, then each claim with its source highlighted.

Why a claim has its status (``Claim.because``, the cue that set it) and why a
finding was reached (``Finding.because``) are shown under the status and the
summary, in one dim line each, when the report has them.  Claims a known
fact-check probably checked (``previously_checked``) get their own table,
"Checked before", after "Check first".
"""

from __future__ import annotations

from io import StringIO
from typing import Optional

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimscope import model
from claimscope.render.common import number, source_name

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


def _sentence_of(report: model.Report, claim: model.Claim) -> tuple[int, int]:
    """The bounds of the sentence holding the claim's start (the whole text when sentences are unknown)."""
    for sent in report.sentences:
        if sent.start <= claim.start < sent.end:
            return sent.start, max(sent.end, claim.end)
    return 0, len(report.text)


def claim_window(report: model.Report, claim: model.Claim, attribution: Optional[model.Attribution]) -> tuple[int, int]:
    """The text shown for a claim: its span, widened to its source and cue when they stand in its sentence.

    A quote running over several sentences is several claims of one attribution;
    only the sentence that names the source shows it, so no sentence is shown twice.
    """
    start, end = claim.start, claim.end
    if attribution is not None:
        low, high = _sentence_of(report, claim)
        for s in (attribution.source, attribution.cue):
            if s is not None and low <= s.start and s.end <= high:
                start, end = min(start, s.start), max(end, s.end)
    return start, end


def shown_claims(report: model.Report) -> list[tuple[model.Claim, list[str]]]:
    """The claims to show, each with the ids of the claims it holds.

    A claim whose shown text lies inside the shown text of another claim of the
    same attribution (or of the article's own voice) is not shown again: its id
    is listed with the outer claim.
    """
    attributions = {a.id: a for a in report.attributions}
    windows = {c.id: claim_window(report, c, attributions.get(c.attribution or "")) for c in report.claims}
    outer: dict[str, str] = {}
    for c in report.claims:
        s, e = windows[c.id]
        for o in report.claims:
            if o.id == c.id or o.attribution != c.attribution:
                continue
            os_, oe = windows[o.id]
            inside = os_ <= s and e <= oe
            if inside and ((oe - os_) > (e - s) or report.claims.index(o) < report.claims.index(c)):
                outer[c.id] = o.id
                break

    def top(cid: str) -> str:
        seen = set()
        while cid in outer and cid not in seen:
            seen.add(cid)
            cid = outer[cid]
        return cid

    inner: dict[str, list[str]] = {}
    for cid in outer:
        inner.setdefault(top(cid), []).append(cid)
    return [(c, inner.get(c.id, [])) for c in report.claims if c.id not in outer]


def _highlighted(report: model.Report, claim: model.Claim, attribution: Optional[model.Attribution]) -> Text:
    start, end = claim_window(report, claim, attribution)
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
    if claim.epistemic_cue is not None and f"'{claim.epistemic_cue.text}'" not in (claim.because or ""):
        why.append(f"cue “{claim.epistemic_cue.text}”")  # unless the why already quotes it
    if why:
        status.append("\n" + "; ".join(why), style="dim")
    return status


def _because(summary: str, because: Optional[str]) -> Text:
    text = Text(summary)
    if because:
        text.append(f"\nwhy: {because}", style="dim")
    return text


def _table(title: str, columns: list[tuple[str, int]], **kwargs) -> Table:
    """A table that wraps its cells (``overflow="fold"``: long words are broken, never cut) in the given ratios
    (ratio 0: a short column, as wide as its widest cell)."""
    t = Table(title=title, expand=True, **kwargs)
    for name, ratio in columns:
        if ratio == 0:  # ids and short values ("RU", "1.00", "DATE"): as wide as they are, never wrapped
            t.add_column(name, style="dim" if name in ("#", "id") else None, no_wrap=True)
        else:
            t.add_column(name, ratio=ratio, overflow="fold")
    return t


def _words(label: Optional[str]) -> str:
    """A vocabulary value as words: "named_organization" -> "named organization"."""
    return (label or "-").replace("_", " ")


def sources_table(report: model.Report) -> Optional[Table]:
    """The article's speakers (``report.sources``): one row per source, however many names it goes by."""
    if not report.sources:
        return None
    t = _table("Sources", [("id", 0), ("source", 3), ("type", 2), ("also called", 3), ("attributions", 0)])
    for s in report.sources:
        t.add_row(s.id, s.name, _words(s.type), ", ".join(s.aliases) or "-", str(len(s.attributions)))
    return t


def _who(a: Optional[model.Attribution]) -> Text:
    if a is None:
        return Text("article's own voice", style="dim italic")
    src = a.source.text if a.source else "(no agent)"
    who = Text(f"{src}\n", style="bold")
    who.append(f"{_words(a.source_type)} · {_words(a.kind)}\ncue: {a.cue.text}", style="dim")
    if a.antecedent is not None:
        who.append(f"\n→ {a.antecedent.text}", style="dim")
    return who


def claims_table(report: model.Report) -> Table:
    """One row per claim; a claim whose text another row already shows is named in that row ("also c22")."""
    attributions = {a.id: a for a in report.attributions}
    table = _table("Claims", [("#", 0), ("claim (source highlighted, cue in magenta, hedges underlined)", 5),
                              ("source", 2), ("status (why)", 2)], show_lines=True)
    previous: Optional[model.Claim] = None
    head = ""
    for claim, inner in shown_claims(report):
        a = attributions.get(claim.attribution or "")
        cell = _highlighted(report, claim, a)
        extra = [f"{e.kind}: {e.span.text}" for e in claim.evidence] + [f"hedge: {h.text}" for h in claim.hedges]
        if extra:
            cell.append("\n" + "; ".join(extra), style="dim")
        if inner:
            cell.append(f"\n(also {', '.join(inner)})", style="dim")
        # the next sentence of the same quote: its source and status are the row above's, said in two words
        same = previous is not None and a is not None and previous.attribution == claim.attribution
        head = head if same else claim.id  # the first row of the quote
        who = Text(f"same as {head}", style="dim") if same else _who(a)
        alike = same and (previous.epistemic, previous.because) == (claim.epistemic, claim.because)
        status = Text(claim.epistemic, style=EPISTEMIC_STYLE.get(claim.epistemic, "")) + Text(" (as above)", style="dim") \
            if alike else _status(claim)
        table.add_row(claim.id, cell, who, status)
        previous = claim
    return table


_RANGE_WORDS = {"between", "from"}


def figure_value(q: model.Quantity) -> str:
    """Value, bounds and qualifier in one form: "over 14,000", "around 500", "5,000–6,000", "at least 120"."""
    low, high, value = q.low, q.high, q.value
    qualifier = (q.qualifier or "").strip()
    if low is not None and high is not None and low != high:
        core = f"{number(low)}–{number(high)}"
        return core if not qualifier or qualifier.lower() in _RANGE_WORDS else f"{qualifier} {core}"
    shown = value if value is not None else (low if low is not None else high)
    if shown is None:
        return "-"
    if qualifier:
        return f"{qualifier} {number(shown)}"
    if low is not None and high is None:
        return f"at least {number(low)}"
    if high is not None and low is None:
        return f"at most {number(high)}"
    if q.change == "~":
        return f"about {number(shown)}"
    return number(shown)


def figures_table(report: model.Report) -> Optional[Table]:
    if not report.quantities:
        return None
    attributions = {a.id: a for a in report.attributions}
    t = _table("Figures", [("text", 2), ("value", 2), ("unit", 1), ("counts (measure · entity)", 3), ("source", 3)])
    for q in report.quantities:
        a = attributions.get(q.attribution or "")
        source = (source_name(a) or "(no agent)") if a is not None else "article"
        what = " · ".join(x for x in (q.measure, q.entity) if x) or "-"
        t.add_row(q.text, figure_value(q), q.unit or "-", what, source)
    return t


def place_groups(report: model.Report) -> list[dict]:
    """The places, one entry per resolved place (or per unresolved name): its mentions and how they are written.

    Most mentioned first; ties in the order of first mention.
    """
    groups: dict[tuple, dict] = {}
    for p in report.places:
        if p.geonameid is not None:
            key: tuple = ("id", p.geonameid)
        elif p.name:
            key = ("name", p.name, p.country)
        else:
            key = ("text", p.text.lower())
        g = groups.setdefault(key, {"place": p, "mentions": 0, "forms": {}, "confidence": p.confidence, "first": p.start})
        g["mentions"] += 1
        g["forms"][p.text] = g["forms"].get(p.text, 0) + 1
        g["confidence"] = max(g["confidence"], p.confidence)
    return sorted(groups.values(), key=lambda g: (-g["mentions"], g["first"]))


def places_table(report: model.Report) -> Optional[Table]:
    if not report.places:
        return None
    t = _table("Places", [("place", 2), ("mentions", 0), ("written as", 3), ("country", 0), ("lat, lon", 2), ("confidence", 0)])
    for g in place_groups(report):
        p = g["place"]
        coords = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else (p.reason or "unresolved")
        forms = ", ".join(f"{text} ×{n}" if n > 1 else text for text, n in g["forms"].items())
        t.add_row(p.name or p.text, str(g["mentions"]), forms, p.country or "-", coords, f"{g['confidence']:.2f}")
    return t


def figures_and_places(report: model.Report) -> list:
    parts = [x for x in (figures_table(report), places_table(report)) if x is not None]
    if report.times:
        t = _table("Dates and times", [("text", 2), ("type", 0), ("value", 3), ("mod", 0)])
        for x in report.times:
            t.add_row(x.text, x.type, x.value or f"(unresolved: {x.reason})", x.mod or "")
        parts.append(t)
    own = [f for f in report.findings if f.kind != "previously_checked"]  # those have their own table, "Checked before"
    if own:
        t = _table("Findings", [("id", 0), ("kind", 2), ("verdict", 0), ("summary", 6)])
        for f in own:
            style = "bold red" if f.verdict in ("conflict", "inconsistent") else ("green" if f.verdict == "consistent" else "")
            t.add_row(f.id, _words(f.kind), Text(f.verdict, style=style), _because(f.summary, f.because))
        parts.append(t)
    return parts


def check_first_table(report: model.Report, n: int = 5) -> Optional[Table]:
    """The claims most worth checking first, by ``Claim.checkworthiness`` (claimscope.triage)."""
    ranked = sorted((c for c in report.claims if c.checkworthiness is not None), key=lambda c: (-c.checkworthiness, c.start))
    if not ranked:
        return None
    t = _table("Check first", [("id", 0), ("score", 0), ("claim", 6), ("status", 2)])
    for c in ranked[:n]:
        t.add_row(c.id, f"{c.checkworthiness:.2f}", " ".join(c.text.split()), c.epistemic)
    return t


def checked_before_table(report: model.Report) -> Optional[Table]:
    """The claims a known fact-check probably checked (``previously_checked`` findings): its rating, publisher, URL,
    and the match confidence, one row per matched fact-check."""
    found = [f for f in report.findings if f.kind == "previously_checked"]
    if not found:
        return None
    claims = {c.id: c for c in report.claims}
    t = _table("Checked before", [("claim", 0), ("conf.", 0), ("rating", 2), ("fact-check", 5), ("publisher, date, URL", 4)])
    for f in found:
        cid = f.claims[0] if f.claims else ""
        said = " ".join(claims[cid].text.split()) if cid in claims else ""
        for n, ref in enumerate(f.factchecks):
            checked = Text(f"\u201c{ref.claim}\u201d")
            if n == 0 and said:
                checked.append(f"\nclaim: {said}", style="dim")
            where = ", ".join(x for x in (ref.publisher, ref.date) if x) or "-"
            # Text, not str: what a fact-check file says is shown as written, never read as rich markup
            t.add_row(Text(cid), f"{ref.confidence:.2f}", Text(ref.rating or "-"), checked, Text(f"{where}\n{ref.url or '(no URL)'}"))
    return t


def render_to(console: Console, report: model.Report) -> None:
    console.print(profile_panel(report))
    first = check_first_table(report)
    if first is not None:
        console.print(first)
    checked = checked_before_table(report)
    if checked is not None:
        console.print(checked)
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
