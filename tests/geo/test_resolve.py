"""Tests of mention resolution with the text's context."""

from __future__ import annotations

import pytest

from claimscope.geo.gazetteer import load_gazetteer
from claimscope.geo.resolve import Mention, appositive_container, feature_hint, resolve_mentions, to_places
from claimscope.lexicon import word_table
from tests.conftest import find_span


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _resolve(text, names, gaz):
    mentions = [Mention(*find_span(text, n)) for n in names]
    return resolve_mentions(text, mentions, gaz)


def test_resolve_appositive_country(gaz):
    text = "Passengers at the train station in Mazyr, Belarus, were shocked."
    assert appositive_container(text, find_span(text, "Mazyr")[1], gaz).country == "BY"
    (r,) = _resolve(text, ["Mazyr"], gaz)
    assert r.entry.geonameid == 625324


def test_resolve_appositive_us_state_picks_the_right_town(gaz):
    text = "The plant in Paris, Texas, closed."
    (r,) = _resolve(text, ["Paris"], gaz)
    assert (r.entry.country, r.entry.admin1) == ("US", "TX")
    assert "TX" in r.reason


def test_resolve_demonym_feature_word(gaz):
    text = "a convoy passed through the Belarusian city of Homel"
    feature, country = feature_hint(text, *find_span(text, "Homel"), gaz, word_table("geo_feature_words.txt"))
    assert feature == "settlement" and country.country == "BY"


def test_resolve_unresolved_keeps_reason(gaz):
    text = "They met in Blorptown yesterday."
    (r,) = _resolve(text, ["Blorptown"], gaz)
    assert r.entry is None and "Blorptown" in r.reason


def test_resolve_to_places_ids_in_text_order(gaz):
    text = "From Kyiv to Lviv, Ukraine."
    mentions = [Mention(*find_span(text, "Lviv")), Mention(*find_span(text, "Kyiv"))]
    places = to_places(mentions, resolve_mentions(text, mentions, gaz))
    assert [(p.id, text[p.span[0]:p.span[1]]) for p in places] == [("p1", "Kyiv"), ("p2", "Lviv")]
    assert all(p.country == "UA" for p in places)


def test_resolve_demonym_mention(gaz):
    text = "Russian buses"
    (r,) = resolve_mentions(text, [Mention(0, 7, "demonym")], gaz)
    assert r.entry.country == "RU"


def test_resolve_nearness_to_unambiguous_places():
    from claimscope.geo.gazetteer import Entry, Gazetteer

    head = [
        Entry(1, "Springfield", "city", "US", "MA", 42.10, -72.59, 155000),
        Entry(2, "Springfield", "city", "US", "IL", 39.80, -89.64, 116000),
        Entry(3, "Peoria", "city", "US", "IL", 40.69, -89.59, 110000),
    ]
    g = Gazetteer(head, [("springfield", 0, True), ("springfield", 1, True), ("peoria", 2, True)])
    alone = "He grew up in Springfield."
    assert _resolve(alone, ["Springfield"], g)[0].entry.admin1 == "MA"  # population
    near = "He grew up in Springfield and worked in Peoria."
    r = _resolve(near, ["Springfield", "Peoria"], g)[0]
    assert r.entry.admin1 == "IL" and "nearness" in r.reason


def test_resolve_demonym_before_small_town(gaz):
    # "Canadian" is also a small Texas town: the demonym wins over the small-town tier.
    text = "The Canadian team won."
    (r,) = _resolve(text, ["Canadian"], gaz)
    assert r.entry.country == "CA" and r.entry.kind == "country"


def test_resolve_feature_inside_a_named_settlement_is_approximate(gaz):
    text = "The rally at Zqxwell Arena in Boise drew thousands."
    (r,) = _resolve(text, ["Zqxwell Arena"], gaz)
    assert r.entry.kind == "approximate" and r.entry.geonameid is None
    assert r.entry.name == "Boise" and "approximate" in r.reason and r.confidence <= 0.3
    (p,) = to_places([Mention(*find_span(text, "Zqxwell Arena"))], [r])
    assert p.geonameid is None and p.lat is not None


def test_resolve_unknown_feature_next_to_a_region_stays_unresolved(gaz):
    text = "The rally at Zqxwell Arena, Texas, drew thousands."
    (r,) = _resolve(text, ["Zqxwell Arena"], gaz)
    assert r.entry is None


def test_resolve_comma_without_appositive_gives_no_approximate_point(gaz):
    text = "Beyond Zqxwell Arena, Boise has other venues."
    (r,) = _resolve(text, ["Zqxwell Arena"], gaz)
    assert r.entry is None


def test_resolve_approximate_point_holds_for_the_same_name_elsewhere(gaz):
    text = "Fans filled Zqxwell Arena, Boise. Later Zqxwell Arena emptied."
    first, second = resolve_mentions(text, [Mention(12, 25), Mention(text.rindex("Zqxwell"), text.rindex("Zqxwell") + 13)], gaz)
    assert first.entry.kind == second.entry.kind == "approximate" and second.entry.name == "Boise"


def test_resolve_demonym_outranks_a_small_namesake_town(gaz):
    # "Arab" is also a town of some 8,000 in Alabama.
    (r,) = _resolve("Arab leaders met on Sunday.", ["Arab"], gaz)
    assert r.entry.kind != "city" and "demonym" in r.reason


def test_resolve_list_of_countries_is_not_an_appositive(gaz):
    text = "The trade pact includes Mexico, the US, and Canada."
    (r,) = _resolve(text, ["Mexico"], gaz)
    assert r.entry.kind == "country" and r.entry.country == "MX"


def test_resolve_city_inside_an_organization_name_is_the_well_known_one(gaz):
    text = "Officials in Boston and Maine discussed the Cambridge Analytica affair."
    *_, r = _resolve(text, ["Boston", "Maine", "Cambridge"], gaz)
    assert r.entry.country == "GB"
    # Without the organization's name, the article's US context decides.
    text2 = "Officials in Boston and Maine met in Cambridge on Monday."
    *_, r2 = _resolve(text2, ["Boston", "Maine", "Cambridge"], gaz)
    assert r2.entry.country == "US"


def test_resolve_point_without_id_says_where_it_comes_from(gaz):
    text = "Ships crossed the Black Sea near Tolland County."
    mentions = [Mention(*find_span(text, "Black Sea")), Mention(*find_span(text, "Tolland County"))]
    sea, county = to_places(mentions, resolve_mentions(text, mentions, gaz))
    assert sea.geonameid is None and sea.lat is not None and "curated" in sea.reason
    assert county.geonameid is None and "zip codes" in county.reason


def test_resolve_unknown_name_is_placed_at_the_article_focus(gaz):
    text = "Police in Boise said the fire spread from Zqxwell Heights. Boise firefighters and crews from Nampa helped."
    names = ["Boise", "Zqxwell Heights", "Nampa"]
    mentions = [Mention(*find_span(text, n)) for n in names] + [Mention(text.rindex("Boise"), text.rindex("Boise") + 5)]
    _, r, _, _ = resolve_mentions(text, mentions, gaz, focus_fallback=True)
    assert r.entry.kind == "approximate" and r.entry.geonameid is None and r.entry.name == "Boise"
    assert r.confidence <= 0.1 and "focus (named 2 times)" in r.reason
    # off by default: a name the gazetteer lacks stays unresolved, with its reason
    _, r, _, _ = resolve_mentions(text, mentions, gaz)
    assert r.entry is None and "Zqxwell" in r.reason


def test_resolve_no_focus_without_a_named_settlement(gaz):
    text = "The fire spread from Zqxwell Heights across Idaho."
    r, _ = _resolve(text, ["Zqxwell Heights", "Idaho"], gaz)
    assert r.entry is None


def test_resolve_article_countries_weigh_by_their_share(gaz):
    # Britain is named twice (once as a demonym), the US once: Rome is not Rome, Georgia.
    text = "British doctors in Britain said the U.S. offer came too late; the boy was flown to Rome."
    *_, r = _resolve(text, ["British", "Britain", "U.S.", "Rome"], gaz)
    assert r.entry.country == "IT"


def test_resolve_a_state_is_no_nearness_anchor(gaz):
    # The town of California, Pennsylvania lies near West Virginia's centroid; the state is meant.
    text = "He campaigned in West Virginia and said people vote twice in California."
    _, r = _resolve(text, ["West Virginia", "California"], gaz)
    assert r.entry.kind == "us_state" and r.entry.admin1 == "CA"


def test_resolve_short_form_of_a_county_named_in_full(gaz):
    text = "Suffolk County detectives searched the house, the Suffolk Times reported."
    full, short = _resolve(text, ["Suffolk County", "Suffolk"], gaz)
    assert full.entry.kind == "admin2" and short.entry == full.entry and "short for" in short.reason
    # Without the full name, "Suffolk" is ranked on its own.
    (alone,) = _resolve("the Suffolk Times reported.", ["Suffolk"], gaz)
    assert alone.entry.kind != "admin2"


def test_resolve_place_in_an_appositive_county(gaz):
    # Rockingham is a town in Western Australia; none of that name lies in Northamptonshire.
    text = "11/12 August: Rockingham, Northamptonshire. 25/26 August: Zqxwell Park, Cheshire."
    rock, park = _resolve(text, ["Rockingham", "Zqxwell Park"], gaz)
    assert rock.entry.kind == "approximate" and rock.entry.name == "Northamptonshire" and "county named with it" in rock.reason
    assert park.entry.kind == "approximate" and park.entry.name == "Cheshire" and park.entry.geonameid is None
    # Without the county, Rockingham is the Australian town.
    (alone,) = _resolve("Rockingham beach.", ["Rockingham"], gaz)
    assert alone.entry.country == "AU"


def test_resolve_name_listed_with_a_state_is_a_state(gaz):
    text = "Firms leave western states such as California or Washington for Texas."
    (r,) = _resolve(text, ["Washington"], gaz)
    assert r.entry.kind == "us_state" and r.entry.admin1 == "WA"
    (r2,) = _resolve("Officials in Washington and Moscow spoke.", ["Washington"], gaz)
    assert r2.entry.kind == "city" and r2.entry.admin1 == "DC"


def test_resolve_name_listed_with_countries_is_a_country(gaz):
    (r,) = _resolve("Talks between Russia, Armenia and Georgia resumed.", ["Georgia"], gaz)
    assert r.entry.kind == "country" and r.entry.country == "GE"
    (r2,) = _resolve("Storms hit Florida and Georgia overnight.", ["Georgia"], gaz)
    assert r2.entry.kind == "us_state" and r2.entry.admin1 == "GA"


def test_resolve_focus_counts_the_country_too(gaz):
    # Liverpool is named three times, but the article is about Egypt: Cairo is its focus.
    text = ("Liverpool runs an academy in Egypt. Liverpool coaches came to Cairo; "
            "the Zqxwell academy trains boys. Egypt loves Liverpool, and Egypt wants more.")
    names = [("Liverpool", 0), ("Egypt", 0), ("Liverpool", 1), ("Cairo", 0), ("Zqxwell", 0), ("Egypt", 1), ("Liverpool", 2), ("Egypt", 2)]
    mentions = []
    for n, k in names:
        i = -1
        for _ in range(k + 1):
            i = text.index(n, i + 1)
        mentions.append(Mention(i, i + len(n)))
    r = resolve_mentions(text, mentions, gaz, focus_fallback=True)[4]
    assert r.entry.kind == "approximate" and r.entry.name == "Cairo"


def test_resolve_region_abbreviation_of_the_articles_country(gaz):
    text = "Wastewater in WA is diluted, officials in Perth said."
    wa, _ = _resolve(text, ["WA", "Perth"], gaz)
    assert wa.entry.kind == "admin1" and wa.entry.country == "AU"
    nb, _ = _resolve("The barn near Estey's Bridge, N.B. burned, police in Fredericton said.", ["N.B.", "Fredericton"], gaz)
    assert nb.entry.name == "New Brunswick"
    # In a US article, WA is Washington; without any place, no region is guessed from the letters.
    us, _ = _resolve("Wildfires in WA spread, officials in Spokane said.", ["WA", "Spokane"], gaz)
    assert us.entry.kind == "us_state" and us.entry.admin1 == "WA"
    (alone,) = _resolve("Wastewater in WA is diluted.", ["WA"], gaz)
    assert alone.entry is None or alone.entry.kind == "city"


def test_resolve_small_town_where_the_appositive_places_it(gaz):
    # No Springfield of the main index lies in Vermont; the small town does.
    (r,) = _resolve("The mill in Springfield, Vermont, closed.", ["Springfield"], gaz)
    assert (r.entry.country, r.entry.admin1) == ("US", "VT") and "small town" in r.reason


def test_resolve_article_context_counts_a_names_likelier_sense(gaz):
    # "the Washington Post" names D.C., not Washington state: Parkland is the Florida one.
    text = "Parkland students rallied across Florida, the Washington Post reported."
    r, *_ = _resolve(text, ["Parkland", "Florida", "Washington"], gaz)
    assert r.entry.admin1 == "FL"
    # "New York", the city, still puts the article in New York state.
    text2 = "Police in New York said the Riverdale station was robbed."
    _, r2 = _resolve(text2, ["New York", "Riverdale"], gaz)
    assert (r2.entry.name, r2.entry.admin1) == ("Riverdale", "NY")


def test_resolve_region_listed_with_a_region_is_of_its_country(gaz):
    text = "Communities on platinum-rich land in the North West and Limpopo provinces sued."
    (r,) = _resolve(text, ["North West"], gaz)
    assert r.entry.kind == "admin1" and r.entry.country == "ZA"


# -- issue 11: a name inside a longer name resolves in the article's geography -----------------
def test_resolve_facility_in_a_named_settlement_is_not_its_embedded_namesake(gaz):
    # "Drama" is also Dráma, Greece; the text puts the theater in Mariupol.
    text = "The Drama Theater in Mariupol was destroyed by a Russian airstrike."
    mentions = [Mention(*find_span(text, "Drama Theater")), Mention(*find_span(text, "Mariupol")), Mention(*find_span(text, "Russian"), "demonym")]
    theater, city, _ = resolve_mentions(text, mentions, gaz)
    assert city.entry.country == "UA"
    assert theater.entry.country == "UA" and theater.entry.kind == "approximate" and theater.entry.name == "Mariupol"
    assert "Mariupol" in theater.reason


def test_resolve_embedded_name_outside_the_article_countries_stays_unresolved(gaz):
    text = "Civilians hid in the Drama Theater, Ukrainian officials said."
    mentions = [Mention(*find_span(text, "Drama Theater")), Mention(*find_span(text, "Ukrainian"), "demonym")]
    theater, _ = resolve_mentions(text, mentions, gaz)
    assert theater.entry is None
    assert "Drama" in theater.reason and "outside the countries the article names" in theater.reason


def test_resolve_embedded_name_kept_inside_the_geography_or_when_famous(gaz):
    # A plant named after the city it lies in, in an article about that country.
    text = "Work at the Kharkiv Tractor Plant was halted, Ukraine said."
    plant, _ = _resolve(text, ["Kharkiv Tractor Plant", "Ukraine"], gaz)
    assert plant.entry.name == "Kharkiv" and "embedded name" in plant.reason
    # An airport the coverage tier knows by its full name is that airfield (issue 13), not the city.
    text = "Flights from Kharkiv International Airport were halted, Ukraine said."
    airport, _ = _resolve(text, ["Kharkiv International Airport", "Ukraine"], gaz)
    assert airport.entry.kind == "feature" and airport.entry.country == "UA" and "airfield" in airport.reason
    # A city of at least 100,000 abroad still names the event ("Dubai World Cup" in a British article).
    text = "Thunder Snow won the Dubai World Cup, the British trainer said."
    cup, _ = resolve_mentions(text, [Mention(*find_span(text, "Dubai World Cup")), Mention(*find_span(text, "British"), "demonym")], gaz)
    assert cup.entry.country == "AE"


def test_resolve_embedded_name_yields_to_the_stated_settlement_when_far(gaz):
    # An embassy named after its country lies where the text puts it.
    text = "Protesters gathered outside the Embassy of Russia in Vilnius, Lithuania."
    embassy = _resolve(text, ["Embassy of Russia", "Vilnius", "Lithuania"], gaz)[0]
    assert embassy.entry.kind == "approximate" and embassy.entry.name == "Vilnius"


def test_resolve_ambiguous_name_prefers_the_article_countries(gaz):
    # Saki is a town in Crimea and a city of 180,000 in Nigeria.
    assert _resolve("Saki was quiet.", ["Saki"], gaz)[0].entry.country == "NG"
    text = "Explosions hit the airbase near Saki, Russian and Ukrainian officials said."
    mentions = [Mention(*find_span(text, "Saki")), Mention(*find_span(text, "Russian"), "demonym"), Mention(*find_span(text, "Ukrainian"), "demonym")]
    assert resolve_mentions(text, mentions, gaz)[0].entry.country == "UA"


def test_resolve_in_geography():
    from collections import Counter

    from claimscope.geo.records import Entry
    from claimscope.geo.resolve import in_geography

    drama = Entry(736928, "Dráma", "city", "GR", "ESYE11", 41.15, 24.15, 44000)
    assert not in_geography(drama, Counter({"UA": 2, "RU": 1}))
    assert in_geography(drama, Counter({"GR": 1}))
    assert in_geography(drama, Counter())  # the article names no country: nothing to go by
    assert in_geography(drama._replace(population=1_000_000), Counter({"UA": 1}))
    assert in_geography(Entry(1, "Greece", "country", "GR", None, 39.0, 22.0, 10_000_000), Counter({"UA": 1}))


def test_resolve_near_is_public():
    from claimscope.geo.scoring import near

    assert near(50.45, 30.52, 49.84, 24.03, 500.0)  # Kyiv-Lviv, about 470 km
    assert not near(50.45, 30.52, 49.84, 24.03, 400.0)
