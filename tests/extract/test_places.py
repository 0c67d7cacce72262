"""Tests of the place tagger (claimscope_places)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import extensions  # noqa: F401
from claimscope.extract.places import PlaceTagger, make_place_tagger  # noqa: F401  (registers the factory)
from tests.conftest import find_span


@pytest.fixture(scope="module")
def base():
    from claimscope.pipeline import BASE_MODEL

    nlp = spacy.load(BASE_MODEL, exclude=["lemmatizer"])
    nlp.add_pipe("claimscope_places")
    return nlp


def places(nlp, text):
    doc = nlp(text)
    return [(text[p.span[0] : p.span[1]], p) for p in doc._.places]


def test_places_add_by_name():
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("claimscope_places", config={"match_population": 50000})
    assert isinstance(tagger, PlaceTagger)
    assert tagger.cfg["match_population"] == 50000
    assert nlp.pipe_names == ["claimscope_places"]


def test_places_to_bytes_round_trip():
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("claimscope_places", config={"embedded": False, "labels": ["GPE"]})
    data = tagger.to_bytes()
    other = spacy.blank("en").add_pipe("claimscope_places")
    other.from_bytes(data)
    assert other.cfg["embedded"] is False and other.cfg["labels"] == ["GPE"]


@pytest.mark.model
def test_places_founding_example(nlp, example_text):
    doc = nlp(example_text)
    found = {example_text[p.span[0] : p.span[1]]: p for p in doc._.places}
    expected = {"Russia": "RU", "Belarus": "BY", "Ukraine": "UA", "Homel": "BY", "Mazyr": "BY", "Voznesensk": "UA", "Mykolaiv": "UA"}
    for name, country in expected.items():
        assert name in found, name
        assert found[name].country == country and found[name].lat is not None
    assert found["Belarusian"].feature == "demonym" and found["Belarusian"].country == "BY"
    assert [p.id for p in doc._.places] == [f"p{i}" for i in range(1, len(doc._.places) + 1)]
    starts = [p.span[0] for p in doc._.places]
    assert starts == sorted(starts)


@pytest.mark.model
def test_places_spacy_misses_are_recovered(base):
    text = "Medical staff in Homel, which is close to the Ukraine-Belarus border, are overwhelmed."
    found = dict(places(base, text))
    assert found["Homel"].name == "Homyel'"  # spaCy labels it ORG
    assert found["Belarus"].country == "BY"  # inside "Ukraine-Belarus"
    assert found["Ukraine"].country == "UA"


@pytest.mark.model
@pytest.mark.parametrize(
    "text,word",
    [
        ("Reading the report took an hour.", "Reading"),
        ("Nice work, the minister said.", "Nice"),
        ("In March the army withdrew.", "March"),
        ("Mobile phones were confiscated.", "Mobile"),
        ("George Washington crossed the river.", "Washington"),
    ],
)
def test_places_common_word_collisions_are_not_places(base, text, word):
    assert word not in dict(places(base, text))


@pytest.mark.model
def test_places_common_word_with_place_context(base):
    text = "The festival moved to Nice, France, last year."
    found = dict(places(base, text))
    assert found["Nice"].country == "FR"


@pytest.mark.model
def test_places_demonyms_are_marked(base):
    text = "A convoy of Russian buses crossed the Belarusian city of Homel."
    found = dict(places(base, text))
    assert found["Russian"].feature == "demonym" and found["Russian"].country == "RU"
    assert found["Homel"].feature == "toponym" and found["Homel"].country == "BY"


@pytest.mark.model
def test_places_unresolved_toponym_is_kept_with_reason(base):
    text = "Fighting was reported near Zzyzxburg Heights in Ukraine."
    found = dict(places(base, text))
    unresolved = [p for name, p in found.items() if "Zzyzxburg" in name]
    if unresolved:  # when spaCy labels it, it is kept unresolved, with the reason
        assert unresolved[0].geonameid is None and unresolved[0].lat is None and unresolved[0].reason
    assert found["Ukraine"].country == "UA"


@pytest.mark.model
def test_places_ambiguous_name_says_how_sure(base):
    text = "He grew up in Springfield before moving to Boston."
    found = dict(places(base, text))
    p = found["Springfield"]
    assert p.geonameid is not None and p.confidence < 1.0 and "candidates" in p.reason


@pytest.mark.model
def test_places_person_surname_is_not_a_place(base):
    text = "President Muhammadu Buhari spoke on Monday. Later, Buhari flew to Abuja."
    found = dict(places(base, text))
    assert "Buhari" not in found
    assert found["Abuja"].country == "NG"


@pytest.mark.model
def test_places_feature_word_keeps_unknown_name(base):
    text = "Shells fell on the village of Qwzorivka overnight."
    found = dict(places(base, text))
    assert "Qwzorivka" in found
    assert found["Qwzorivka"].geonameid is None and "Qwzorivka" in found["Qwzorivka"].reason


@pytest.mark.model
def test_places_big_city_opening_a_sentence(base):
    # The small model tags "Kharkiv" NOUN here.
    text = "Kharkiv is about 40 km from the border."
    assert dict(places(base, text))["Kharkiv"].country == "UA"


def test_places_lone_big_city_tagged_person():
    from spacy.tokens import Doc

    from claimscope.extract.places import find_mentions
    from claimscope.geo.gazetteer import load_gazetteer

    words = ["Kyiv", "is", "far", "from", "Lviv", ",", "Olena", "Zelenska", "said", "."]
    pos = ["PROPN", "AUX", "ADV", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["B-PERSON", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * 9)
    found = [doc.text[m.start : m.end] for m in find_mentions(doc, load_gazetteer())]
    assert found == ["Kyiv", "Lviv"]


@pytest.mark.model
def test_places_hyphenated_pair_and_dateline(base):
    text = "KYIV, Ukraine (AP) — Migrants gathered at the U.S.-Mexico border."
    found = dict(places(base, text))
    assert found["KYIV"].name == "Kyiv"
    assert found["U.S."].country == "US" and found["Mexico"].country == "MX"


def test_places_hyphen_parts():
    from claimscope.extract.places import _hyphen_parts
    from claimscope.geo.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert _hyphen_parts("U.S.-Mexico", 10, gaz) == [(10, 14), (15, 21)]
    assert _hyphen_parts("Franco-German", 0, gaz) == []
    assert _hyphen_parts("Mexico", 0, gaz) == []


@pytest.mark.model
def test_places_one_sense_per_article_spares_common_words(base):
    text = "Nice weather greeted delegates arriving in Nice, France. The Independence Day parade in Independence, Missouri was cancelled."
    found = [(text[p.span[0] : p.span[1]], p.span[0]) for p in base(text)._.places]
    assert ("Nice", text.index("Nice,")) in found and ("Nice", 0) not in found
    assert ("Independence", text.index("Independence Day")) not in found


# -- issue 11: a name inside an organisation or a landmark is not a place ---------------------
def _doc(words, ents, pos=None):
    from spacy.tokens import Doc

    pos = pos or ["PROPN" if w[:1].isupper() else "X" for w in words]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


def _found(doc, **kw):
    from claimscope.extract.places import find_mentions
    from claimscope.geo.gazetteer import load_gazetteer

    return [doc.text[m.start : m.end] for m in find_mentions(doc, load_gazetteer(), **kw)]


def test_places_organisation_name_yields_no_place():
    # "Radio Free Europe" (ORG) names no place; Belarus stands alone.
    words = ["According", "to", "Radio", "Free", "Europe", ",", "the", "convoy", "crossed", "into", "Belarus", "."]
    ents = ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-GPE", "O"]
    assert _found(_doc(words, ents)) == ["Belarus"]
    # GeoWebNews' convention (embedded=True) counts the inner name.
    assert _found(_doc(words, ents), embedded=True) == ["Europe", "Belarus"]


def test_places_organisation_head_without_an_entity():
    # spaCy labels "Washington" GPE and leaves "Post" out: the head noun still makes it a name.
    words = ["The", "Washington", "Post", "reported", "from", "Kyiv", "."]
    ents = ["O", "B-GPE", "O", "O", "O", "B-GPE", "O"]
    assert _found(_doc(words, ents)) == ["Kyiv"]
    words = ["He", "worked", "for", "Bank", "of", "America", "in", "Charlotte", "."]
    ents = ["O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    assert _found(_doc(words, ents)) == ["Charlotte"]


def test_places_facility_name_is_one_place():
    # "the Mariupol Drama Theater": the landmark is the place, not "Mariupol" or "Drama" alone.
    words = ["A", "bomb", "hit", "the", "Mariupol", "Drama", "Theater", "."]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert _found(_doc(words, ents)) == ["Mariupol Drama Theater"]
    # An organisation's name used as a site ("at the Bank of England") is a facility too.
    words = ["She", "began", "her", "career", "at", "the", "Bank", "of", "England", "."]
    ents = ["O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert _found(_doc(words, ents)) == ["Bank of England"]


def test_places_not_names_possessive_title_dateline_known_whole():
    # A possessive and common nouns: "Ukraine's military" is Ukraine and its military.
    words = ["Ukraine", "'s", "military", "said", "."]
    assert _found(_doc(words, ["B-ORG", "I-ORG", "I-ORG", "O", "O"])) == ["Ukraine"]
    # A title makes it an office, and the place its modifier.
    words = ["The", "President", "of", "Ukraine", "spoke", "."]
    assert _found(_doc(words, ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"])) == ["Ukraine"]
    # A name in capitals next to an organisation is a dateline.
    words = ["KYIV", "Reuters", "Television", "reported", "."]
    assert _found(_doc(words, ["B-ORG", "I-ORG", "I-ORG", "O", "O"])) == ["KYIV"]
    # A name the gazetteer knows as a whole stays one place.
    words = ["They", "landed", "at", "Heathrow", "Airport", "."]
    assert _found(_doc(words, ["O", "O", "O", "B-ORG", "I-ORG", "O"])) == ["Heathrow Airport"]


def test_places_head_noun_alone_is_not_a_town():
    # "University" (Florida) and "Police" are towns in GeoNames; alone, inside a name, they are head nouns.
    words = ["The", "University", "of", "Kentucky", "and", "the", "Police", "said", "so", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O"]
    assert _found(_doc(words, ents), embedded=True) == ["Kentucky"]


@pytest.mark.model
def test_places_radio_free_europe_and_the_drama_theater(base):
    text = (
        "The video was provided by the news outlet Radio Free Europe/Radio Liberty. "
        "The Drama Theater in Mariupol was destroyed by a Russian airstrike, Ukraine said."
    )
    found = dict(places(base, text))
    assert "Europe" not in found
    assert found["Mariupol"].country == "UA"
    assert all(p.country != "GR" for p in found.values())  # not Dráma, Greece
