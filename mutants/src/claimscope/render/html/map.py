"""The map panel: resolved places on the bundled world map, and what each spatial check measured.

Countries come from the bundled Natural Earth 1:110m map (``assets/world_110m.json``).
A spatial check is drawn only from what it measured, ``Finding.geometry`` (a
GeoJSON FeatureCollection the check writes): the border line or country outline
at the scale the verdict was measured at (Natural Earth 1:10m borders, 1:50m
outlines), the measured line from the place to the nearest border point or to
the other place, and the points.  So the line on the map ends on the border the
verdict measured, not on the coarser background outline.  Nothing here reads a
gazetteer or boundary data: the renderer reads only the report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from claimscope import model
from claimscope.render.common import verdict_class
from claimscope.render.html.base import area_geonameids, h, halo_text, world_map

WIDTH = 620
VERDICT_COLOURS = {"bad": "#b3261e", "good": "#1e6b34"}
OTHER_COLOUR = "#8a5300"
MEASURED_LINE_COLOUR = "#3a3f47"  # a border or outline the check measured against


def is_area(place: model.Place) -> bool:
    """A country, a continent or a demonym ("Russian"): drawn as a shaded area, not as a dot."""
    return place.feature == "demonym" or (place.geonameid is not None and place.geonameid in area_geonameids())


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


def _line_path(coords: list[tuple[float, float]], proj: "_Projection") -> str:
    return "M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in (proj(lon, lat) for lon, lat in coords))


def _ring_path(rings: list[list[float]], proj: "_Projection") -> str:
    parts = []
    for ring in rings:
        pts = [proj(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(parts)


@dataclass
class _Check:
    """What one spatial check measured, read from its ``geometry``."""

    finding: model.Finding
    points: list[tuple[float, float]] = field(default_factory=list)  # the places (lon, lat)
    nearest: Optional[tuple[float, float]] = None  # the nearest border or outline point
    measured: list[tuple[float, float]] = field(default_factory=list)  # the measured line
    distance_km: Optional[float] = None
    to: Optional[str] = None  # "border" | "outline" | None (another place)
    lines: list[tuple[str, str, list[list[tuple[float, float]]]]] = field(default_factory=list)  # (role, title, parts)
    scales: list[str] = field(default_factory=list)
    area: Optional[str] = None  # the country a place was checked to be in

    @property
    def frame(self) -> list[tuple[float, float]]:
        return self.points + ([self.nearest] if self.nearest else []) + self.measured[:1] + self.measured[-1:]

    @property
    def colour(self) -> str:
        return VERDICT_COLOURS.get(verdict_class(self.finding.verdict), OTHER_COLOUR)

    @property
    def label(self) -> str:
        verdict = self.finding.verdict
        if self.measured:
            dist = f"{self.distance_km:,.0f} km · " if self.distance_km is not None else ""
            return f"{dist}{'to ' + self.to + ' · ' if self.to else ''}{verdict}"
        return f"in {self.area} · {verdict}" if self.area else verdict


def _xy(value) -> Optional[tuple[float, float]]:
    if isinstance(value, (list, tuple)) and len(value) >= 2 and all(isinstance(v, (int, float)) for v in value[:2]):
        return float(value[0]), float(value[1])
    return None


def _coords(values) -> list[tuple[float, float]]:
    pts = [_xy(v) for v in values] if isinstance(values, list) else []
    return [p for p in pts if p is not None]


def read_check(f: model.Finding) -> Optional[_Check]:
    """A spatial check's geometry as drawable parts; None when the finding carries none (nothing was measured)."""
    g = f.geometry
    if not isinstance(g, dict) or g.get("type") != "FeatureCollection":
        return None
    check = _Check(f)
    for feature in g.get("features") or []:
        geom = (feature or {}).get("geometry") or {}
        props = (feature or {}).get("properties") or {}
        role, kind, coords = props.get("role"), geom.get("type"), geom.get("coordinates")
        if kind == "Point" and _xy(coords):
            if role == "nearest":
                check.nearest = _xy(coords)
            else:
                check.points.append(_xy(coords))
        elif kind == "LineString" and role == "measured":
            check.measured = _coords(coords)
            check.distance_km = props.get("distance_km", f.measured.get("distance_km"))
            check.to = props.get("to")
        elif kind in ("LineString", "MultiLineString"):
            parts = [_coords(coords)] if kind == "LineString" else [_coords(c) for c in coords or []]
            scale = props.get("scale")
            name = props.get("name") or ""
            what = "border" if role == "border" else "outline" if role == "outline" else (role or "line")
            title = f"{name} {what}".strip() + (f", Natural Earth {scale}, as the check measured it" if scale else "")
            check.lines.append((what, title, [p for p in parts if len(p) >= 2]))
            if scale and scale not in check.scales:
                check.scales.append(scale)
            if role == "outline":
                check.area = name or props.get("country")
    return check if check.points or check.measured else None


def _draw_check(c: _Check, proj: _Projection) -> str:
    """The border/outline, the measured line (dashed when inconsistent) or a ring, in one group with the summary."""
    out = [f'<g class="cs-check" data-finding="{h(c.finding.id)}"><title>{h(c.finding.summary)}</title>']
    for what, title, parts in c.lines:
        d = "".join(_line_path(p, proj) for p in parts)
        width = 1.8 if what == "border" else 1.1  # a border measured to; an outline is context
        out.append(f'<path class="cs-measured-{what}" d="{d}" fill="none" stroke="{MEASURED_LINE_COLOUR}" stroke-width="{width}" '
                   f'stroke-linejoin="round"><title>{h(title)}</title></path>')
    if len(c.measured) >= 2:
        dash = ' stroke-dasharray="7 4"' if verdict_class(c.finding.verdict) == "bad" else ""
        x2, y2 = proj(*c.measured[-1])
        out.append(f'<path class="cs-measured" d="{_line_path(c.measured, proj)}" fill="none" stroke="{c.colour}" '
                   f'stroke-width="2.5"{dash}/><circle cx="{x2:.1f}" cy="{y2:.1f}" r="2.5" fill="{c.colour}"/>')
    elif c.points:
        x1, y1 = proj(*c.points[0])
        out.append(f'<circle cx="{x1:.1f}" cy="{y1:.1f}" r="11" fill="none" stroke="{c.colour}" stroke-width="2" stroke-dasharray="4 3"/>')
    return "".join(out) + "</g>"


def _label_check(c: _Check, proj: _Projection, labels: "_Labels") -> str:
    if len(c.measured) >= 2:
        (x1, y1), (x2, y2) = proj(*c.measured[0]), proj(*c.measured[-1])
        lx, ly = labels.place((x1 + x2) / 2 + 8, (y1 + y2) / 2 + 4, c.label, 12, left_of=(x1 + x2) / 2 - 8)
    else:
        x1, y1 = proj(*c.points[0])
        lx, ly = labels.place(x1 + 12, y1 + 22, c.label, 12, left_of=x1 - 12)
    return f'<g data-finding="{h(c.finding.id)}">{halo_text(lx, ly, c.label, c.colour, bold=bool(c.measured))}</g>'


def map_panel(report: model.Report, uid: str) -> str:
    resolved = [p for p in report.places if p.lat is not None and p.lon is not None]
    checks = [c for c in (read_check(f) for f in report.findings if f.kind == "spatial_check") if c is not None]
    points = [p for p in resolved if not is_area(p)]
    # The frame follows what the checks measured, then all points: a country's centroid
    # thousands of km away would shrink everything else.
    frame = [xy for c in checks for xy in c.frame] or [(p.lon, p.lat) for p in points]
    table = _places_table(report)
    if not frame:
        return ('<section class="cs-panel cs-map"><h2>Map</h2><p class="cs-note">No resolved places.</p>'
                f"{table}</section>")
    west, south, east, north = _extent(_core_points(frame))
    proj = _Projection(west, south, east, north, WIDTH)
    W, H = proj.width, proj.height
    out = [f'<clipPath id="{uid}-clip"><rect width="{W:.0f}" height="{H:.0f}"/></clipPath>',
           f'<rect width="{W:.0f}" height="{H:.0f}" fill="#dcebf5"/>', f'<g clip-path="url(#{uid}-clip)">']
    named_countries = {p.country for p in resolved if p.country}
    # Where a check drew the line it measured, the coarse background outlines step back.
    stroke = ' stroke="#b4b7bc" stroke-width="0.6"' if any(c.lines for c in checks) else ' stroke="#8c8f94" stroke-width="0.8"'
    country_labels = []
    for country in world_map():
        cw, cs, ce, cn = country["bbox"]
        if ce < west or cw > east or cn < south or cs > north:
            continue
        d = "".join(_ring_path(poly, proj) for poly in country["polygons"])
        fill = "#fbf7ec" if country["iso2"] in named_countries else "#eeeeea"
        out.append(f'<path d="{d}" fill="{fill}"{stroke} fill-rule="evenodd"><title>{h(country["name"])}</title></path>')
        lx, ly = country["label"]
        if west < lx < east and south < ly < north:
            country_labels.append((*proj(lx, ly), country["name"].upper()))
    # places (one dot per distinct point), then the checks; labels are placed last so they do not collide
    labels = _Labels(W, H)
    seen: dict[tuple, model.Place] = {}
    for p in points:
        if west <= p.lon <= east and south <= p.lat <= north:
            seen.setdefault((round(p.lat, 3), round(p.lon, 3)), p)
    for p in seen.values():
        labels.block(*proj(p.lon, p.lat), 6)
    out.extend(_draw_check(c, proj) for c in checks)
    texts: list[str] = []
    for p in seen.values():
        x, y = proj(p.lon, p.lat)
        name = p.name or p.text
        shown = p.text if p.text != name else name
        lx, ly = labels.place(x + 8, y - 7, shown, 14, left_of=x - 8)
        # A point without a GeoNames id is an approximation (e.g. "X in Brooklyn"): drawn hollow, reason in the tooltip.
        approximate = p.geonameid is None
        note = f" - approximate: {p.reason}" if approximate and p.reason else (" - approximate" if approximate else "")
        fill, dot_stroke = ("#fff", "#1b1f24") if approximate else ("#1b1f24", "#fff")
        out.append(f'<g class="cs-map-place" data-place="{h(p.id)}"><title>{h(p.text)}: {h(name)} ({p.lat:.3f}, {p.lon:.3f}){h(note)}</title>'
                   f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{dot_stroke}" stroke-width="1.5"/></g>')
        texts.append(halo_text(lx, ly, shown, "#1b1f24", size=14, bold=True))
    texts.extend(_label_check(c, proj, labels) for c in checks)
    for x, y, name in country_labels:  # country names only where they collide with nothing
        w = len(name) * 13 * 0.75
        box = (x - w / 2, y - 14, x + w / 2, y + 2)
        if box[0] >= 0 and box[2] <= W and not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in labels.boxes):
            labels.boxes.append(box)
            out.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="13" fill="#7b7f86" text-anchor="middle" '
                       f'letter-spacing="2">{h(name)}</text>')
    out.extend(texts)
    out.append("</g>")
    out.append(_scale_bar(proj, W, H))
    names = ", ".join(sorted({p.text for p in seen.values()}))
    svg = (f'<svg viewBox="0 0 {W:.0f} {H:.0f}" width="{W:.0f}" height="{H:.0f}" role="img" '
           f'aria-label="Map of the places: {h(names)}" xmlns="http://www.w3.org/2000/svg">{"".join(out)}</svg>')
    scales = sorted({s for c in checks for s in c.scales})
    measured_at = (f" The borders and outlines the checks measured are drawn dark, at the scale they were measured at "
                   f"(Natural Earth {', '.join(scales)}); the measured line ends where the check measured.") if scales else ""
    return ('<section class="cs-panel cs-map"><h2>Map</h2>'
            '<p class="cs-note">Resolved places (countries shaded); spatial checks as lines or rings with the measured '
            f'distance and verdict. Countries: Natural Earth 1:110m.{measured_at}</p>' + svg + table + "</section>")


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
        f"<tr><td>{h(p.text)}</td><td>{h(p.name or '-')}</td><td>{h(p.country or '-')}</td>"
        f"<td>{f'{p.lat:.3f}, {p.lon:.3f}' if p.lat is not None and p.lon is not None else h(p.reason or 'unresolved')}</td>"
        f"<td>{p.confidence:.2f}</td></tr>"
        for p in report.places
    )
    return ('<details><summary>Places table</summary><table class="cs-table"><thead><tr><th>text</th><th>resolved</th>'
            f"<th>country</th><th>lat, lon</th><th>confidence</th></tr></thead><tbody>{rows}</tbody></table></details>")
