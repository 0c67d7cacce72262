"""The gazetteer's records and name keys: what a look-up returns and how names meet.

Pure data (no files read here): :class:`Entry` (one place), :class:`Context`
(what the article says around a mention), :class:`Resolution` (the chosen
entry, its confidence and the reason), and :func:`normalize`, the key every
name is folded to before a look-up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Mapping, NamedTuple, Optional

KINDS = ("country", "continent", "us_state", "admin1", "admin2", "city", "feature", "approximate")


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
    # (lat, lon, country) of the article's other places as first resolved, whatever their doubt:
    # features of the learned ranker only (claimscope.geo.ranker), the rules ignore them.
    neighbours: tuple = ()


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
