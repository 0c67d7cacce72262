"""Tests of hedge and stance cues (claimscope_hedging)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import extensions, vocab
from claimscope.extract.hedges import CUE_LABELS, HEDGE_LABELS, STANCE_KEY, STANCE_LABELS, default_cues, find_hedges, stance_cues
from tests.conftest import base_parse as parse

pytestmark = pytest.mark.model



def hedges(nlp, text, cues=None):
    return [(s.text, s.label_) for s in find_hedges(parse(nlp, text), cues=cues or default_cues())]


def stances(nlp, text):
    return hedges(nlp, text, cues=stance_cues())


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
        ("The claim could not be independently verified.", [("could not be independently verified", "hedged")]),
        ("The governor claimed that crime has gone down.", [("claimed", "alleged")]),
        ("The campaign raised roughly $15 million in January.", [("roughly", "estimated")]),
        ("Subsequent estimates put the figure closer to 54,000 pages.", [("estimates put", "estimated")]),
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
    for spec in stance_cues().values():
        assert spec.split(" ")[0] in STANCE_LABELS


def test_hedges_labels_derive_from_vocab():
    # Every weak status of the contract is set by exactly one kind of cue.
    assert set(HEDGE_LABELS) | (set(STANCE_LABELS) & set(vocab.EPISTEMIC)) == vocab.WEAK
    assert set(HEDGE_LABELS) <= set(vocab.EPISTEMIC) and not set(HEDGE_LABELS) & set(STANCE_LABELS)
    assert set(CUE_LABELS) == set(HEDGE_LABELS) | set(STANCE_LABELS)


# Stance cues (stance_cues.en.txt) are no hedges: each of these is a cue of the stance table only.
@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Kremlin denied the report.", [("denied", "denied")]),
        ("The Kremlin rejects the report.", [("rejects", "denied")]),
        ("Officials rejected the figures.", [("rejected", "denied")]),
        ("Campaign chair Paul Manafort dismissed the whole kerfuffle as absurd.", [("dismissed", "denied")]),
        ("The ministry refuted the allegations.", [("refuted", "denied")]),
        ("The ministry called it fake.", [("called it fake", "denied")]),
        ("Trump has called climate change a hoax.", [("called climate change a hoax", "denied")]),
        ("The campaign called the charges unsubstantiated.", [("called the charges unsubstantiated", "denied")]),
        ("Moscow disputes the count.", [("disputes", "disputed")]),
        ("The mayor countered that the water is safe.", [("countered", "disputed")]),
        ("The Russian Defense Ministry, on the other side, claims that the toll is 500.", [("on the other side", "contrast")]),
        ("Moscow, on the other hand, disputes the count.", [("on the other hand", "contrast"), ("disputes", "disputed")]),
    ],
)
def test_hedges_stance_cues_are_not_hedges(nlp, text, expected):
    assert stances(nlp, text) == expected
    assert not [h for h in hedges(nlp, text) if h[1] not in ("alleged",)]  # only "claims" may be a hedge here


@pytest.mark.parametrize(
    "text",
    [
        "No one has disputed a word I said.",
        "But he did not dispute that he lends his thoughts to the campaign.",
        "The Kremlin did not deny the report.",
        "But Trump did not dismiss the report on Tuesday.",
    ],
)
def test_hedges_negated_stance_verb_is_no_cue(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They called him a hero.",
        "He called fake news outlets every day.",
        "The board rejected a request.",
        "They will discuss ways to counter Iran.",
        "Only three elections have featured contested primaries in both parties.",
        "Trump was embroiled in a four-way contest that split Republican voters.",
    ],
)
def test_hedges_stance_verbs_need_a_claim_to_deny(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She is expected to move swiftly to claim an early advantage.",
        "John Kasich's campaign is already claiming a victory of sorts in South Carolina.",
        "Both incidents were claimed by the so-called Islamic State.",
    ],
)
def test_hedges_claim_in_the_sense_of_take_is_no_cue(nlp, text):
    assert ("claim", "alleged") not in hedges(nlp, text) and not [h for h in hedges(nlp, text) if h[0].startswith("claim")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("They had a roughly two-hour-long dinner at the hotel.", []),
        ("Obama has been working on the roughly 30-minute speech for weeks.", []),
        ("She boasts a roughly 45-point lead nationally.", []),
        ("That makes him roughly as popular as Ronald Reagan was.", []),
        ("Bloomberg reported that roughly 1,100 donor names were not disclosed.", [("roughly", "estimated")]),
        ("Now, roughly half of the 7,500 troops are posted outside Iraq.", [("roughly", "estimated")]),
        ("The company employs approximately 20,000 people.", [("approximately", "estimated")]),
    ],
)
def test_hedges_approximation_marks_only_a_figure(nlp, text, expected):
    assert [h for h in hedges(nlp, text) if h[1] == "estimated"] == expected


def test_hedges_component_add_by_name_writes_span_group():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_hedging", config={"cues": {"reportedly": "alleged"}})
    doc = nlp("He reportedly left.")
    assert [(s.text, s.label_) for s in doc.spans[extensions.HEDGES_KEY]] == [("reportedly", "alleged")]
    assert list(doc.spans[STANCE_KEY]) == []


def test_hedges_component_writes_stance_cues_to_their_own_group():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_hedging", config={"cues": {"reportedly": "alleged"}, "stance_cues": {"by contrast": "contrast"}})
    doc = nlp("By contrast, he reportedly left.")
    assert [s.label_ for s in doc.spans[extensions.HEDGES_KEY]] == ["alleged"]
    assert [(s.text, s.label_) for s in doc.spans[STANCE_KEY]] == [("By contrast", "contrast")]


def test_hedges_factory_declares_requires_and_assigns():
    meta = spacy.Language.get_factory_meta("claimscope_hedging")
    assert "doc.spans" in meta.assigns and "token.dep" in meta.requires


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


def test_hedges_claim_noun_after_a_possessive_is_no_cue(nlp):
    # A PolNeAR headline: "Hillary Clinton's Claim That Donald Trump Is In ISIS Recruiting Videos Isn't True".
    assert hedges(nlp, "Hillary Clinton’s Claim That Donald Trump Is In ISIS Recruiting Videos") == []
    assert hedges(nlp, "Ukraine's military claims that the army lost its main base.") == [("claims", "alleged")]
