"""Derive the compact world map the HTML report draws from Natural Earth (public domain).

Reads ne_110m_admin_0_countries.json (GeoJSON), simplifies every outline,
rounds coordinates to 0.01 degree and writes
``src/claimscope/render/assets/world_110m.json``:

    {"source": ..., "precision": 2,
     "countries": [{"iso2": "BY", "iso3": "BLR", "name": "Belarus",
                    "label": [lon, lat], "bbox": [w, s, e, n],
                    "polygons": [[[lon, lat, lon, lat, ...], <hole>...], ...]}]}

Rings are flat lists [lon0, lat0, lon1, lat1, ...]. The output is
reproducible: the same input gives the same bytes.

Usage:
    .venv/bin/python scripts/derive_map.py [../shared/data/naturalearth/ne_110m_admin_0_countries.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import shape, mapping, MultiPolygon, Polygon

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "data" / "naturalearth" / "ne_110m_admin_0_countries.json"
OUT = ROOT / "src" / "claimscope" / "render" / "assets" / "world_110m.json"
TOLERANCE = 0.02  # degrees; the 110m outlines are already coarse
PRECISION = 2
# Natural Earth marks a few countries' ISO_A2 as -99 (disputed or special cases).
ISO2_FIX = {"FRA": "FR", "NOR": "NO", "KOS": "XK", "CYN": "", "SOL": ""}


def _ring(coords) -> list[float]:
    flat: list[float] = []
    last = None
    for lon, lat in coords:
        pt = (round(lon, PRECISION), round(lat, PRECISION))
        if pt != last:
            flat.extend(pt)
            last = pt
    return flat


def _polygons(geom) -> list:
    polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    out = []
    for poly in polys:
        poly = poly.simplify(TOLERANCE, preserve_topology=True)
        if poly.is_empty or not isinstance(poly, Polygon):
            continue
        rings = [_ring(poly.exterior.coords)] + [_ring(r.coords) for r in poly.interiors]
        rings = [r for r in rings if len(r) >= 8]
        if rings:
            out.append(rings)
    return out


def derive(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    countries = []
    for feature in data["features"]:
        props = feature["properties"]
        geom = shape(feature["geometry"])
        iso3 = props.get("ADM0_A3") or ""
        iso2 = props.get("ISO_A2") or ""
        if iso2 == "-99":
            iso2 = ISO2_FIX.get(iso3, "")
        largest = max(geom.geoms, key=lambda g: g.area) if isinstance(geom, MultiPolygon) else geom
        label = largest.representative_point()
        w, s, e, n = geom.bounds
        countries.append(
            {
                "iso2": iso2,
                "iso3": iso3,
                "name": props.get("NAME") or props.get("ADMIN") or iso3,
                "label": [round(label.x, PRECISION), round(label.y, PRECISION)],
                "bbox": [round(w, PRECISION), round(s, PRECISION), round(e, PRECISION), round(n, PRECISION)],
                "polygons": _polygons(geom),
            }
        )
    countries.sort(key=lambda c: (c["iso3"], c["name"]))
    return {
        "source": "Natural Earth 1:110m Admin 0 Countries (public domain), simplified "
        f"{TOLERANCE} deg, rounded to {PRECISION} decimals by scripts/derive_map.py",
        "precision": PRECISION,
        "countries": countries,
    }


def main(argv: list[str]) -> None:
    src = Path(argv[0]) if argv else DEFAULT_IN
    result = derive(src)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1024:.0f} KB, {len(result['countries'])} countries)")


if __name__ == "__main__":
    main(sys.argv[1:])
