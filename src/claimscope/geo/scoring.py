"""How candidates are ranked: the score of one entry in its context, and why it won.

The base is ``log10(population)``; the terms below are documented in
docs/places.md ("Resolution").  :func:`near` is the fast nearness test of
ranking (a sphere; measured distances use ``pyproj.Geod`` in
:mod:`claimscope.geo.borders`).
"""

from __future__ import annotations

import math
from typing import Mapping

from claimscope.geo.records import Context, Entry, normalize

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
NEIGHBOUR_KM = 100.0  # a coverage-tier place this near a settlement the article names (first resolution)
GENERIC_REGION = -3.0
EARTH_RADIUS_KM = 6371.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance on a sphere (for ranking only; measured distances use ``pyproj.Geod``)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def near(lat1: float, lon1: float, lat2: float, lon2: float, limit_km: float) -> bool:
    """Whether two points lie within ``limit_km`` of each other (haversine on a sphere: for ranking only)."""
    return km(lat1, lon1, lat2, lon2) <= limit_km


def fits(entry: Entry, context: Context) -> bool:
    """Whether an entry lies in the country or US state stated next to the mention."""
    if context.hint_admin1:
        return (entry.country, entry.admin1) == context.hint_admin1
    return entry.country == context.hint_country


def supported(entry: Entry, context: Context) -> bool:
    """Whether the article vouches for a coverage-tier candidate: it lies where the text places the
    mention, near one of the article's certain places (``NEAR_ANCHOR_KM``) or within ``NEIGHBOUR_KM``
    of any settlement or county it names, in a US state the article names, or in the country the article
    names most (outside the US, whose postal names are too many to go by country)."""
    if context.hint_admin1 or context.hint_country:
        return fits(entry, context)
    if any(near(entry.lat, entry.lon, lat, lon, NEAR_ANCHOR_KM) for lat, lon in context.anchors):
        return True
    if any(near(entry.lat, entry.lon, lat, lon, NEIGHBOUR_KM) for lat, lon, _ in context.neighbours):
        return True
    if entry.country == "US":
        return ("US", entry.admin1) in context.states
    return bool(context.countries) and entry.country in context.countries and share(context.countries, entry.country) == 1.0


def share(counts: Mapping[str, int], key: str) -> float:
    """How often the article names ``key`` relative to its most-named country (1.0 for the most named)."""
    top = max(counts.values())
    return counts[key] / top if top else 0.0


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
            s += ARTICLE_COUNTRY * share(context.countries, entry.country)
        if (entry.country, entry.admin1) in context.states and entry.kind in ("city", "admin2"):
            s += ARTICLE_STATE
    if context.anchors and entry.kind in ("city", "admin1", "admin2", "us_state"):
        if any(near(entry.lat, entry.lon, lat, lon, NEAR_ANCHOR_KM) for lat, lon in context.anchors):
            s += NEAR_ANCHOR
    if entry.kind == "admin1" and entry.country not in context.countries and entry.country != context.hint_country:
        if all(w in GENERIC_REGION_WORDS for w in normalize(entry.name).split()):
            s += GENERIC_REGION  # "Western" (Zambia), "North West" (Botswana) need their country in the text
    if context.feature:
        wanted = {"settlement": ("city",), "region": ("us_state", "admin1", "admin2", "feature"), "country": ("country",)}[context.feature]
        s += FEATURE_MATCH if entry.kind in wanted else FEATURE_MISMATCH
    return s


def why(entry: Entry, primary: bool, context: Context) -> list[str]:
    """The terms of :func:`score` that favoured ``entry``, in words (for the reason)."""
    reasons = []
    if entry.kind != "country" and context.hint_country and entry.country == context.hint_country:
        reasons.append(f"the country stated with it ({context.hint_country})")
    if context.hint_admin1 and (entry.country, entry.admin1) == context.hint_admin1:
        reasons.append(f"the state stated with it ({context.hint_admin1[1]})")
    if context.feature:
        reasons.append(f"the feature word ({context.feature})")
    if entry.kind not in ("country", "continent") and entry.country in context.countries:
        reasons.append(f"a country the article names ({entry.country})")
    if context.anchors and any(near(entry.lat, entry.lon, a, b, NEAR_ANCHOR_KM) for a, b in context.anchors):
        reasons.append("nearness to other places of the article")
    if entry.kind in ("country", "continent", "us_state", "feature"):
        reasons.append(f"kind ({entry.kind})")
    reasons.append("population")
    return reasons
