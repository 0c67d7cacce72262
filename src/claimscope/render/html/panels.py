"""The report's text panels: the legend, the sourcing profile, the claim cards and the findings.

A claim card says why its epistemic status is what it is (``Claim.because``,
with the words that set it, ``Claim.epistemic_cue``, marked in the quote); a
finding says why it was reached (``Finding.because``) and, for figures, which
values it compared, by whom and as of when; a ``previously_checked`` finding
lists the known fact-checks that probably checked the claim (rating, publisher,
date, link, match confidence).  Explanations are shown only when the report has
them.
"""

from __future__ import annotations

from typing import Optional

from claimscope import model
from claimscope.render.common import findings_by_claim, source_group, source_name, verdict_class
from claimscope.render.html.base import clip, fmt, h, safe_id
from claimscope.render.html.marks import N_HUES

PROFILE_COLOURS = {
    "named": "#2b6cb0",
    "anonymous": "#c0392b",
    "collective": "#d68910",
    "agentless": "#7d3c98",
    "other": "#7f8c8d",
    "unattributed": "#d5dbe1",
}
PROFILE_LABELS = {
    "named": "named",
    "anonymous": "anonymous",
    "collective": "collective",
    "agentless": "agentless",
    "other": "other (media, pronoun, unknown)",
    "unattributed": "article's own voice",
}
# Quote marks a claim's text may already start or end with (a direct quote): the card then adds none.
QUOTE_MARKS = "\"'“”„‟‘’‚‛«»‹›「」『』"


def legend() -> str:
    items = [
        ('<mark class="cs-source cs-h1">source</mark>', "who is on record"),
        ('<mark class="cs-cue cs-h1">cue</mark>', "says, claims, according to"),
        ('<span class="cs-content cs-h1">content</span>', "what they say"),
        ('<span class="cs-hedge">hedge</span>', "may, appears, reportedly"),
        ('<mark class="cs-evidence">evidence</mark>', "video, photo, document"),
        ('<span class="cs-qty">figure</span>', ""),
        ('<span class="cs-place">place</span>', ""),
        ('<span class="cs-time">date</span>', ""),
    ]
    lis = "".join(f"<li>{k}{(' ' + h(v)) if v else ''}</li>" for k, v in items)
    return f'<ul class="cs-legend" aria-label="Legend">{lis}</ul>'


def profile_panel(report: model.Report, uid: str) -> str:
    attributions = {a.id: a for a in report.attributions}
    counts: dict[str, int] = {}
    for claim in report.claims:
        g = source_group(attributions.get(claim.attribution or ""))
        counts[g] = counts.get(g, 0) + 1
    total = sum(counts.values())
    order = [g for g in PROFILE_COLOURS if counts.get(g)]
    p = report.profile
    if total:
        bar = "".join(
            f'<span style="width:{100 * counts[g] / total:.2f}%;background:{PROFILE_COLOURS[g]}" '
            f'title="{h(PROFILE_LABELS[g])}: {counts[g]}"></span>'
            for g in order
        )
        desc = ", ".join(f"{PROFILE_LABELS[g]} {counts[g]}" for g in order)
        bar_html = f'<div class="cs-bar" role="img" aria-label="Claims by source: {h(desc)}">{bar}</div>'
        keys = "".join(
            f'<li><span class="cs-swatch" style="background:{PROFILE_COLOURS[g]}"></span>{h(PROFILE_LABELS[g])} '
            f"<b>{counts[g]}</b> ({counts[g] / total:.0%})</li>"
            for g in order
        )
        keys_html = f'<ul class="cs-keys">{keys}</ul>'
    else:
        bar_html, keys_html = '<p class="cs-note">No claims found.</p>', ""
    named = ", ".join(h(s) for s in p.named_sources) or "none"
    return (
        f'<section class="cs-panel cs-profile" aria-labelledby="{uid}-h-profile"><h2 id="{uid}-h-profile">Sourcing profile</h2>'
        f'<p class="cs-note">All claims by the kind of source they rest on.</p>{bar_html}{keys_html}'
        f"<p>{p.n_claims} claims, {p.n_attributions} attributions. Of the attributed claims, {p.share_anonymous:.0%} rest on "
        f"anonymous sources, {p.share_anonymous_or_collective:.0%} on anonymous or collective ones. "
        f"Of all claims, {p.share_hedged:.0%} are hedged and {p.share_unattributed:.0%} are in the article's own voice.</p>"
        f"<p>Named sources: {named}</p></section>"
    )


def _quote_html(c: model.Claim, limit: int = 300) -> str:
    """The claim's text for its card, its epistemic cue marked, in quote marks unless it carries its own."""
    text = clip(c.text, limit)
    cue = c.epistemic_cue
    if cue is not None and c.start <= cue.start and cue.end - c.start < len(text) and c.text[cue.start - c.start : cue.end - c.start] == cue.text:
        a, b = cue.start - c.start, cue.end - c.start
        body = f'{h(text[:a])}<mark class="cs-ep-cue" title="sets the status">{h(text[a:b])}</mark>{h(text[b:])}'
    else:
        body = h(text)
    own = text[:1] in QUOTE_MARKS or text.rstrip("…")[-1:] in QUOTE_MARKS
    return body if own else f"“{body}”"


def _why(c: model.Claim) -> Optional[str]:
    """Why the claim has its status: the rule in words, and the words that set it."""
    parts = []
    if c.because:
        parts.append(h(c.because))
    if c.epistemic_cue is not None:
        parts.append(f'cue <mark class="cs-ep-cue">{h(c.epistemic_cue.text)}</mark>')
    return " · ".join(parts) or None


def _finding_line(f: model.Finding, uid: str) -> str:
    vc = verdict_class(f.verdict)
    return (f'<a href="#{uid}-finding-{safe_id(f.id)}"><span class="cs-badge cs-v-{vc}">{h(f.verdict)}</span></a> '
            f"{h(f.summary)}")


def claims_section(report: model.Report, uid: str) -> str:
    attributions = {a.id: a for a in report.attributions}
    hue = {a.id: i % N_HUES for i, a in enumerate(report.attributions)}
    fby = findings_by_claim(report)
    cards = []
    for c in report.claims:
        a = attributions.get(c.attribution or "")
        rows = []
        if a is not None:
            who = source_name(a)
            stype = (a.source_type or ("none" if a.source is None else "unknown")).replace("_", " ")
            rows.append(("source", f"<b>{h(who)}</b>" if who else "<i>no named agent</i>"))
            rows.append(("source type", h(stype)))
            if a.antecedent is not None and a.source is not None and a.source_type == "pronoun":
                rows.append(("pronoun", f"“{h(a.source.text)}” refers to {h(a.antecedent.text)}"))
            rows.append(("attribution", f"{h(a.kind.replace('_', ' '))} · cue “{h(a.cue.text)}” · confidence {a.confidence:.2f}"))
        else:
            rows.append(("source", "<i>the article's own voice</i>"))
        rows.append(("status", f'<span class="cs-badge cs-ep">{h(c.epistemic)}</span>'))
        why = _why(c)
        if why:
            rows.append(("why", why))
        if c.hedges:
            rows.append(("hedges", ", ".join(f"“{h(x.text)}”" for x in c.hedges)))
        if c.evidence:
            rows.append(("evidence", ", ".join(f"{h(e.kind)}: “{h(e.span.text)}”" for e in c.evidence)))
        figs = [q.text for q in report.quantities if q.claim == c.id]
        if figs:
            rows.append(("figures", ", ".join(h(x) for x in figs)))
        for f in fby.get(c.id, []):
            rows.append(("finding", _finding_line(f, uid)))
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        hue_cls = f" cs-h{hue[a.id]}" if a is not None else ""
        cards.append(
            f'<li class="cs-card{hue_cls}" id="{uid}-info-{safe_id(c.id)}" data-claim-id="{h(c.id)}"'
            + (f' data-attr-id="{h(a.id)}"' if a is not None else "")
            + f'><div class="cs-card-body"><div class="cs-quote">{_quote_html(c)}</div><dl>{dl}</dl></div>'
            f'<a href="#{uid}-claim-{safe_id(c.id)}" class="cs-note">{h(c.id)} · show in text (chars {c.start}–{c.end})</a></li>'
        )
    body = f'<ol class="cs-cards">{"".join(cards)}</ol>' if cards else '<p class="cs-note">No claims found.</p>'
    return f'<section class="cs-panel cs-claims" aria-labelledby="{uid}-h-claims"><h2 id="{uid}-h-claims">Claims</h2>{body}</section>'


def _value_line(v: model.FindingValue, quantities: dict) -> str:
    """One compared value: the figure as written, its bounds, who gives it and as of when (when the report says)."""
    q = quantities.get(v.quantity or "")
    shown = q.text if q else fmt(v.value)
    bounds = f" [{fmt(v.low)}–{fmt(v.high)}]" if v.low is not None or v.high is not None else ""
    source = f" — {h(v.source)}" if v.source else ""
    as_of = f' <span class="cs-note">as of {h(v.as_of)}</span>' if v.as_of else ""
    frame = v.frame or (q.frame if q else None)
    parts = [frame.measure, frame.population, frame.side and f"side {frame.side}", frame.scope and f"in {frame.scope}",
             frame.since and f"since {frame.since}"] if frame else []
    framed = f' <span class="cs-note cs-frame">frame: {h(" · ".join(x for x in parts if x))}</span>' if any(parts) else ""
    return f"{h(shown)}{bounds}{source}{as_of}{framed}"


def _factcheck_line(ref: model.FactCheckRef) -> str:
    """One matched fact-check: its rating, the claim it checked, who published it when, a link, the match confidence.

    Only an http(s) URL becomes a link; any other is shown as text.
    """
    rating = f'<span class="cs-badge cs-v-other">{h(ref.rating)}</span> ' if ref.rating else ""
    who = ", ".join(h(x) for x in (ref.publisher, ref.date) if x)
    url = ref.url or ""
    if url.lower().startswith(("http://", "https://")):
        link = f' · <a href="{h(url)}" rel="noopener noreferrer nofollow">{h(clip(url, 80))}</a>'
    else:
        link = f" · {h(url)}" if url else ""
    title = f' <span class="cs-note">({h(ref.title)})</span>' if ref.title else ""
    return (f'{rating}“{h(ref.claim)}”{title}<br><span class="cs-note">'
            f"{who or 'publisher unknown'}{link} · "
            f"match confidence {ref.confidence:.2f}</span>")


def findings_section(report: model.Report, uid: str) -> str:
    if not report.findings:
        return ('<section class="cs-panel cs-findings"><h2>Findings</h2>'
                '<p class="cs-note">No checks applied: no conflicting figures or checkable place relations found.</p></section>')
    quantities = {q.id: q for q in report.quantities}
    places = {p.id: p for p in report.places}
    cards = []
    for f in report.findings:
        vc = verdict_class(f.verdict)
        rows = [("kind", h(f.kind.replace("_", " ")))]
        if f.because:
            rows.append(("why", h(f.because)))
        rows.append(("method", h(f.method or "-")))
        if f.values:
            rows.append(("values", "<br>".join(_value_line(v, quantities) for v in f.values)))
        if f.spread is not None:
            rows.append(("spread", fmt(f.spread)))
        if f.places:
            rows.append(("places", ", ".join(h((places[p].name or places[p].text) if p in places else p) for p in f.places)))
        if f.measured:
            rows.append(("measured", ", ".join(f"{h(k)} {fmt(v)}" for k, v in f.measured.items())))
        if f.factchecks:
            rows.append(("checked by", "<br>".join(_factcheck_line(x) for x in f.factchecks)))
        if f.claims:
            rows.append(("claims", ", ".join(f'<a href="#{uid}-claim-{safe_id(c)}">{h(c)}</a>' for c in f.claims)))
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        cards.append(f'<li class="cs-card" id="{uid}-finding-{safe_id(f.id)}"><div><span class="cs-badge cs-v-{vc}">{h(f.verdict)}</span> '
                     f"<b>{h(f.summary)}</b></div><dl>{dl}</dl></li>")
    return f'<section class="cs-panel cs-findings"><h2>Findings</h2><ol class="cs-cards">{"".join(cards)}</ol></section>'
