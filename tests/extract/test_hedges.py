"""Tests of hedge and stance cues (claimscope_hedging)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import extensions
from claimscope.extract.hedges import HEDGE_LABELS, default_cues, find_hedges
from tests.conftest import base_parse as parse

pytestmark = pytest.mark.model



def hedges(nlp, text, cues=None):
    return [(s.text, s.label_) for s in find_hedges(parse(nlp, text), cues=cues or default_cues())]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sources suggest that the plan failed.", [("suggest", "hedged")]),
        ("A video appears to show tanks.", [("appears to show", "hedged")]),
        ("The figures seem to confirm it.", [("seem to confirm", "hedged")]),
        ("The strike reportedly killed ten people.", [("reportedly", "alleged")]),
        ("He allegedly took the money.", [("allegedly", "alleged")]),
        ("Guards were said to be furious.", [("were said to be", "alleged")]),
        ("The toll is estimated to be 300.", [("is estimated to be", "estimated")]),
        ("An estimated 300 people fled.", [("An estimated", "estimated")]),
        ("The Kremlin denied the report.", [("denied", "denied")]),
        ("Officials rejected the figures.", [("rejected", "denied")]),
        ("The claim could not be independently verified.", [("could not be independently verified", "hedged")]),
        ("Moscow, on the other hand, disputes the count.", [("on the other hand", "disputed"), ("disputes", "disputed")]),
    ],
)
def test_hedges_labels_cues(nlp, text, expected):
    assert hedges(nlp, text) == expected


def test_hedges_may_the_month_is_not_a_cue(nlp):
    assert hedges(nlp, "The talks may resume in May.") == [("may", "hedged")]
    assert hedges(nlp, "The vote took place on May 3.") == []


def test_hedges_claims_the_noun_is_not_a_cue(nlp):
    assert hedges(nlp, "The claims were false.") == []
    assert hedges(nlp, "The army claims that it won.") == [("claims", "alleged")]


def test_hedges_claim_tagged_as_noun_but_used_as_verb(nlp):
    # en_core_web_sm parses "the plant claim" as a noun phrase; "that" after a noun shows the verb.
    found = hedges(nlp, "Meanwhile, personnel at the region’s clinical facility claim that 2,500 bodies have been returned.")
    assert ("claim", "alleged") in found


def test_hedges_plain_cue_set_means_hedged(nlp):
    assert hedges(nlp, "It may rain and it might snow.", cues={"may"}) == [("may", "hedged")]


def test_hedges_unknown_label_names_the_valid_ones(nlp):
    with pytest.raises(ValueError, match="hedged"):
        list(find_hedges(parse(nlp, "It may rain."), cues={"may": "unsure"}))


def test_hedges_spans_lie_in_a_sentence_span(nlp):
    doc = parse(nlp, "He said it. It may rain tomorrow.")
    sent = list(doc.sents)[1]
    assert [s.text for s in find_hedges(sent, cues=default_cues())] == ["may"]


def test_hedges_default_lexicon_labels_are_valid():
    for spec in default_cues().values():
        assert spec.split(" ")[0] in HEDGE_LABELS


def test_hedges_component_add_by_name_writes_span_group():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_hedging", config={"cues": {"reportedly": "alleged"}})
    doc = nlp("He reportedly left.")
    assert [(s.text, s.label_) for s in doc.spans[extensions.HEDGES_KEY]] == [("reportedly", "alleged")]


def test_hedges_component_to_bytes_round_trip():
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("claimscope_hedging", config={"cues": {"reportedly": "alleged"}})
    other = spacy.blank("en").add_pipe("claimscope_hedging")
    other.from_bytes(tagger.to_bytes())
    assert other.cfg == tagger.cfg
    assert other.cues == {"reportedly": "alleged"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The strike could hit the grid.", [("could", "hedged")]),
        ("He could not be reached for comment.", []),
        ("They left before the police could arrive.", []),
        ("The water rose as high as it could go.", []),
    ],
)
def test_hedges_could_of_possibility_not_ability(nlp, text, expected):
    assert hedges(nlp, text) == expected
