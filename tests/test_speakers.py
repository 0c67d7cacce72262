"""One speaker, one source (claimscope.speakers): the mentions of each speaker of an article, gathered."""

from __future__ import annotations

import pytest

import claimscope
from claimscope import model
from claimscope.profile import compute_profile
from claimscope.speakers import entity_key, find_sources, link_sources, org_words, person_name


def span(text, needle, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return model.Span(start=start, end=start + len(needle), text=needle)


def report(text, attributions):
    """Attributions as (source, type, occurrence, antecedent or None, section)."""
    attrs = []
    for i, item in enumerate(attributions, start=1):
        source, stype, occ, ante, section = (list(item) + [0, None, "body"][len(item) - 2 :])[:5]
        attrs.append(
            model.Attribution(
                id=f"a{i}", kind="indirect", source=span(text, source, occ), source_type=stype,
                antecedent=span(text, ante) if ante else None, cue=span(text, "said"), confidence=0.9, section=section,
            )
        )
    claims = [
        model.Claim(id=f"c{a.id[1:]}", start=a.source.start, end=a.source.end, text=a.source.text, attribution=a.id, epistemic="reported")
        for a in attrs
    ]
    return model.Report(claimscope_version="test", article=model.Article(sha256="0" * 64), text=text, attributions=attrs, claims=claims)


def by_attribution(sources):
    return {aid: s for s in sources for aid in s.attributions}


# ---------------------------------------------------------------- people
def test_speakers_surname_is_the_earlier_full_name_titles_stripped():
    text = "Kremlin spokesman Dmitry Peskov said no. Peskov said yes. Sen. John McCain said so. McCain said it."
    r = report(text, [("Kremlin spokesman Dmitry Peskov", "named_person"), ("Peskov", "named_person", 1),
                      ("Sen. John McCain", "named_person"), ("McCain", "named_person", 1)])
    s = find_sources(r)
    assert [(x.name, x.attributions) for x in s] == [("Dmitry Peskov", ["a1", "a2"]), ("John McCain", ["a3", "a4"])]
    assert s[0].aliases == ["Kremlin spokesman Dmitry Peskov", "Peskov"]
    assert [m.text for m in s[1].mentions] == ["Sen. John McCain", "McCain"]


def test_speakers_surname_typed_an_organisation_still_joins_the_person():
    # en_core_web_sm calls a lone surname ORG in some sentences
    text = "Ukraine's interior minister Ihor Klymenko said 20 died. Klymenko said more were missing."
    s = find_sources(report(text, [("Ukraine's interior minister Ihor Klymenko", "named_person"), ("Klymenko", "named_organization", 1)]))
    assert len(s) == 1 and s[0].name == "Ihor Klymenko" and s[0].type == "named_person"


def test_speakers_different_given_names_are_different_people():
    text = "Hillary Clinton said yes. Bill Clinton said no. Clinton said maybe."
    s = find_sources(report(text, [("Hillary Clinton", "named_person"), ("Bill Clinton", "named_person"), ("Clinton", "named_person", 2)]))
    assert [x.name for x in s] == ["Hillary Clinton", "Bill Clinton"]
    assert by_attribution(s)["a3"].name == "Bill Clinton"  # the nearest earlier full name


def test_speakers_the_minister_is_the_latest_person_with_that_title():
    text = "Interior minister Ihor Klymenko said 20 died. The minister said more were missing."
    s = find_sources(report(text, [("Interior minister Ihor Klymenko", "named_person"), ("The minister", "unknown")]))
    assert len(s) == 1 and s[0].attributions == ["a1", "a2"]


def test_speakers_the_minister_with_no_minister_before_is_its_own_source():
    text = "The minister said 20 died. Mayor Vitali Klitschko said so."
    s = find_sources(report(text, [("The minister", "unknown"), ("Mayor Vitali Klitschko", "named_person")]))
    assert len(s) == 2


def test_speakers_pronoun_is_its_antecedent():
    text = "Sen. John McCain said so. He said it again."
    s = find_sources(report(text, [("Sen. John McCain", "named_person"), ("He", "named_person", 0, "Sen. John McCain")]))
    assert len(s) == 1 and s[0].attributions == ["a1", "a2"]
    assert "He" not in s[0].aliases and [m.text for m in s[0].mentions] == ["Sen. John McCain", "He"]


def test_speakers_person_name_rule():
    assert person_name("Kremlin spokesman Dmitry Peskov") == ["Dmitry", "Peskov"]
    assert person_name("Sen. John McCain, R-Ariz.") == ["John", "McCain"]
    assert person_name("Prime Minister Boris Johnson") == ["Boris", "Johnson"]
    assert person_name("Ukraine's Ihor Klymenko") == ["Ihor", "Klymenko"]
    assert person_name("the minister") == []


# ---------------------------------------------------------------- organisations
def test_speakers_organisation_variants_and_spellings_are_one():
    text = "The Russian Defense Ministry said x. Russia's defence ministry said y. The ministry said z."
    s = find_sources(report(text, [("The Russian Defense Ministry", "named_organization"), ("Russia's defence ministry", "named_organization"),
                                   ("The ministry", "named_organization")]))
    assert len(s) == 1 and s[0].name == "The Russian Defense Ministry"
    assert s[0].aliases == ["Russia's defence ministry", "The ministry"]
    of, possessive = org_words("the Ministry of Defence of Russia"), org_words("Russia's Defense Ministry")
    assert set(of) == set(possessive) == {"RU", "defense", "ministry"} and of[-1] == possessive[-1] == "ministry"


def test_speakers_the_ministry_with_two_ministries_is_its_own_source():
    text = "The Russian Defense Ministry said x. The Ukrainian Foreign Ministry said y. The ministry said z."
    s = find_sources(report(text, [("The Russian Defense Ministry", "named_organization"), ("The Ukrainian Foreign Ministry", "named_organization"),
                                   ("The ministry", "named_organization")]))
    assert len(s) == 3


def test_speakers_acronym_is_the_organisation_it_spells():
    text = "The IMF said x. The International Monetary Fund said y."
    s = find_sources(report(text, [("The IMF", "named_organization"), ("The International Monetary Fund", "named_organization")]))
    assert len(s) == 1 and s[0].name == "The International Monetary Fund"


# ---------------------------------------------------------------- generic descriptions, bylines
def test_speakers_generic_descriptions_are_one_per_wording():
    text = "Officials said a. officials said b. A local said c. Sources said d. A local said e."
    s = find_sources(report(text, [("Officials", "collective"), ("officials", "collective"), ("A local", "anonymous"),
                                   ("Sources", "anonymous"), ("A local", "anonymous", 1)]))
    assert [(x.name, x.attributions) for x in s] == [("Officials", ["a1", "a2"]), ("A local", ["a3", "a5"]), ("Sources", ["a4"])]


def test_speakers_bylines_and_datelines_speak_no_claim():
    text = "Officials said a. Jane Doe said b."
    r = link_sources(report(text, [("Officials", "collective"), ("Jane Doe", "named_person", 0, None, "byline")]))
    assert [x.name for x in r.sources] == ["Officials"]
    assert [a.speaker for a in r.attributions] == ["s1", None]


def test_speakers_link_sets_the_speaker_of_each_attribution():
    text = "Kremlin spokesman Dmitry Peskov said no. Officials said yes. Peskov said maybe."
    r = link_sources(report(text, [("Kremlin spokesman Dmitry Peskov", "named_person"), ("Officials", "collective"), ("Peskov", "named_person", 1)]))
    assert [s.id for s in r.sources] == ["s1", "s2"]
    assert [a.speaker for a in r.attributions] == ["s1", "s2", "s1"]
    assert r.sources[0].mentions[0].text == r.text[r.sources[0].mentions[0].start : r.sources[0].mentions[0].end]


def test_speakers_profile_names_each_speaker_once():
    text = "Kremlin spokesman Dmitry Peskov said no. Peskov said yes. Officials said so. Sen. John McCain said it. McCain said more."
    r = report(text, [("Kremlin spokesman Dmitry Peskov", "named_person"), ("Peskov", "named_person", 1), ("Officials", "collective"),
                      ("Sen. John McCain", "named_person"), ("McCain", "named_person", 1)])
    p = compute_profile(link_sources(r))
    assert p.named_sources == ["Dmitry Peskov", "John McCain"]
    assert p.n_sources == 3
    assert "two named people speak (Dmitry Peskov and John McCain)" in p.summary


# ---------------------------------------------------------------- store keys
def test_speakers_entity_keys_merge_names_never_generic_descriptions():
    ministry = model.Source(id="s1", name="The Russian Defense Ministry", type="named_organization")
    british = model.Source(id="s1", name="Russia's defence ministry", type="named_organization")
    assert entity_key(ministry, "a" * 64) == entity_key(british, "b" * 64)
    officials = model.Source(id="s2", name="officials", type="collective")
    assert entity_key(officials, "a" * 64) != entity_key(officials, "b" * 64)
    bare = model.Source(id="s3", name="the ministry", type="named_organization")
    assert entity_key(bare, "a" * 64) != entity_key(bare, "b" * 64)  # which ministry depends on the article
    person = model.Source(id="s4", name="John McCain", type="named_person")
    assert entity_key(person, "a" * 64) == entity_key(person, "b" * 64) == "john mccain"


# ---------------------------------------------------------------- through the pipeline
ARTICLES = [
    (
        "Kremlin spokesman Dmitry Peskov said the talks had failed. Peskov said Moscow would respond.\n"
        "Sen. John McCain said the sanctions should stay. McCain said Russia must pay. He added that the vote was close.",
        ["Dmitry Peskov", "John McCain"],
    ),
    (
        "Ukraine's interior minister Ihor Klymenko said on Monday that 20 people were killed. "
        "Klymenko said rescuers were still searching.",
        ["Ihor Klymenko"],
    ),
    (
        "The Russian Defense Ministry said 40 drones were downed. Russia's defence ministry said later that 12 more were hit. "
        "The ministry also said two pilots died.",
        ["The Russian Defense Ministry"],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("text,named", ARTICLES)
def test_speakers_articles_name_each_speaker_once(nlp, text, named):
    r = claimscope.analyze(text, nlp=nlp)
    assert r.profile.named_sources == named
    assert all(a.speaker for a in r.attributions if a.source is not None)
    for s in r.sources:
        assert all(r.text[m.start : m.end] == m.text for m in s.mentions)


# ---------------------------------------------------------------- name forms seen in PolNeAR dev
def test_speakers_person_name_forms_from_news():
    assert person_name("Homeland Security Secretary Jeh Johnson") == ["Jeh", "Johnson"]
    assert person_name("Former President Bill Clinton") == ["Bill", "Clinton"]
    assert person_name("Senate Minority Leader Harry Reid") == ["Harry", "Reid"]
    assert person_name("Representative Charles B. Rangel of New York") == ["Charles", "B.", "Rangel"]
    assert person_name("Mayor Bill de Blasio") == ["Bill", "de", "Blasio"]


def test_speakers_sentence_initial_word_is_not_part_of_the_fullest_name():
    text = "Rival Hillary Clinton said no. Later, Hillary Clinton said yes. Clinton said maybe."
    s = find_sources(report(text, [("Rival Hillary Clinton", "named_person"), ("Hillary Clinton", "named_person", 1), ("Clinton", "named_person", 2)]))
    assert [(x.name, len(x.attributions)) for x in s] == [("Hillary Clinton", 3)]


def test_speakers_several_people_in_one_mention_are_not_one_of_them():
    text = "Mr. Obama said so. Mr. Kerry and Mr. Obama said more."
    s = find_sources(report(text, [("Mr. Obama", "named_person"), ("Mr. Kerry and Mr. Obama", "named_person")]))
    assert [x.name for x in s] == ["Obama", "Mr. Kerry and Mr. Obama"]


def test_speakers_organisation_name_without_its_description():
    text = "The event organizer Alliance to Reclaim Our Schools said x. AROS said y."
    s = find_sources(report(text, [("The event organizer Alliance to Reclaim Our Schools", "named_organization"), ("AROS", "named_organization")]))
    assert [(x.name, x.attributions) for x in s] == [("Alliance to Reclaim Our Schools", ["a1", "a2"])]


def test_speakers_a_surname_used_before_a_full_name_keeps_its_own_referent():
    text = "Trump said no. Ivanka Trump said yes. Trump said maybe."
    s = find_sources(report(text, [("Trump", "named_person"), ("Ivanka Trump", "named_person"), ("Trump", "named_person", 2)]))
    assert [(x.name, x.attributions) for x in s] == [("Trump", ["a1", "a3"]), ("Ivanka Trump", ["a2"])]


def test_speakers_headline_surname_is_the_later_full_name():
    text = "Peskov said talks failed\n\nKremlin spokesman Dmitry Peskov said the talks had failed."
    r = report(text, [("Peskov", "named_person", 0, None, "headline"), ("Kremlin spokesman Dmitry Peskov", "named_person")])
    assert [(x.name, x.attributions) for x in find_sources(r)] == [("Dmitry Peskov", ["a1", "a2"])]


def test_speakers_a_role_from_a_place_is_no_name():
    assert person_name("Senator from Texas") == []
    assert person_name("Sen. Ted Cruz of Texas") == ["Ted", "Cruz"]


def test_speakers_a_lone_name_typed_both_ways_is_one_person():
    text = "Trump said no. Trump said yes."
    s = find_sources(report(text, [("Trump", "named_organization"), ("Trump", "named_person", 1)]))
    assert [(x.name, x.type, x.attributions) for x in s] == [("Trump", "named_person", ["a1", "a2"])]


def test_speakers_pronoun_with_an_unmatched_antecedent_joins_the_organisation_it_names():
    # the antecedent is no attribution's source span: the name it gives is matched instead
    text = "The Russian Defense Ministry said x. A video of the Russian Defense Ministry showed y. It said z."
    r = report(text, [("The Russian Defense Ministry", "named_organization"), ("It", "named_organization")])
    r.attributions[1].antecedent = span(text, "the Russian Defense Ministry")
    s = find_sources(r)
    assert [(x.name, x.attributions) for x in s] == [("The Russian Defense Ministry", ["a1", "a2"])]
