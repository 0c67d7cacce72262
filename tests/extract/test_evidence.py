"""Tests of evidence mentions (claimscope_evidence)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import extensions, lexicon
from claimscope.extract.evidence import (
    DEFAULT_COMPOUND_FILE,
    DEFAULT_SHOW_FILE,
    DEFAULT_VERBS_FILE,
    default_cues,
    find_evidence,
)
from claimscope.vocab import EVIDENCE_KINDS
from tests.conftest import base_parse as parse



def evidence(nlp, text):
    found = find_evidence(
        parse(nlp, text),
        cues=default_cues(),
        verbs=lexicon.word_list(DEFAULT_VERBS_FILE),
        show_verbs=lexicon.word_list(DEFAULT_SHOW_FILE),
        compound_heads=lexicon.word_list(DEFAULT_COMPOUND_FILE),
    )
    return [(s.label_, s.text) for s in found]


@pytest.mark.model
@pytest.mark.parametrize(
    "text,expected",
    [
        ("A video appears to show tanks in the square.", [("video", "A video")]),
        ("Satellite images show craters near the airport.", [("photo", "Satellite images")]),
        ("The ministry said in a statement that 12 soldiers died.", [("official_statement", "a statement")]),
        ("According to documents seen by Reuters, the plan was approved.", [("document", "documents")]),
        ("Two eyewitnesses told the BBC they heard explosions.", [("witness", "Two eyewitnesses")]),
        ("By some estimates, 5,000 people fled the city.", [("estimate", "some estimates")]),
        ("Reuters obtained footage of the convoy.", [("video", "footage")]),
        ("A government report released last year found waste.", [("document", "A government report")]),
        ("She pointed to reports that he had lied.", [("media_report", "reports")]),
        ("The clip was reported by the newspaper Kommersant.", [("video", "The clip"), ("media_report", "the newspaper Kommersant")]),
    ],
)
def test_evidence_finds_cited_evidence(nlp, text, expected):
    assert evidence(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "He made a video of his dog.",
        "After people began filming video, the soldiers detained them.",
        "She likes to watch videos at night.",
        "The email controversy hurt her campaign.",
        "If newspaper endorsements equaled victory, she would win.",
        "The lawyers released it to the Post and other media outlets.",
    ],
)
def test_evidence_a_video_in_the_story_is_not_evidence(nlp, text):
    assert evidence(nlp, text) == []


@pytest.mark.model
def test_evidence_compound_head_keeps_the_noun_phrase(nlp):
    # en_core_web_sm parses "a video shot in Homel" with "shot" as the head noun.
    found = evidence(nlp, "In early May, a video shot in Kherson shows a column of trucks.")
    assert [kind for kind, _ in found] == ["video"]
    assert found[0][1].startswith("a video")


def test_evidence_default_lexicon_kinds_are_valid():
    assert set(default_cues().values()) <= set(EVIDENCE_KINDS)


def test_evidence_unknown_kind_names_the_valid_ones():
    doc = spacy.blank("en")("A video.")
    with pytest.raises(ValueError, match="video"):
        list(find_evidence(doc, cues={"video": "clip"}))


def test_evidence_component_add_by_name_on_unparsed_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_evidence")
    doc = nlp("A video shows it.")  # no parse: nothing is cited, nothing breaks
    assert list(doc.spans[extensions.EVIDENCE_KEY]) == []


def test_evidence_component_to_bytes_round_trip():
    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("claimscope_evidence", config={"verbs_file": "evidence_verbs.en.txt"})
    other = spacy.blank("en").add_pipe("claimscope_evidence")
    other.from_bytes(tagger.to_bytes())
    assert other.cfg == tagger.cfg
    assert other.verbs == tagger.verbs


def test_evidence_factory_declares_requires_and_assigns():
    meta = spacy.Language.get_factory_meta("claimscope_evidence")
    assert meta.assigns == ["doc.spans"] and "token.dep" in meta.requires
