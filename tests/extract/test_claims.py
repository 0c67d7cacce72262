"""Tests of claim building (claimscope_claims)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import lexicon
from claimscope.extract import evidence as ev
from claimscope.extract.claims import build_claims
from claimscope.extract.hedges import default_cues, find_hedges
from claimscope.types import Attribution
from tests.conftest import base_parse as parse, find_span



def attr(text, aid, kind, cue, source=None, content=(), antecedent=None):
    """An attribution stated by its strings (``(needle, occurrence)`` for a repeated one)."""

    def off(x):
        if x is None:
            return None
        return find_span(text, *x) if isinstance(x, tuple) else find_span(text, x)

    return Attribution(aid, kind, cue=off(cue), source=off(source), content=tuple(off(c) for c in content), antecedent=off(antecedent))


def claims(nlp, text, attributions=()):
    doc = parse(nlp, text)
    found = build_claims(
        doc,
        attributions=list(attributions),
        hedges=list(find_hedges(doc, cues=default_cues())),
        evidence=list(
            ev.find_evidence(
                doc,
                cues=ev.default_cues(),
                verbs=lexicon.word_list(ev.DEFAULT_VERBS_FILE),
                show_verbs=lexicon.word_list(ev.DEFAULT_SHOW_FILE),
            )
        ),
    )
    return [
        {
            "id": c.id,
            "text": text[c.span[0] : c.span[1]],
            "attribution": c.attribution,
            "epistemic": c.epistemic,
            "hedges": [text[s:e] for s, e in c.hedges],
            "evidence": [(e.kind, text[e.span[0] : e.span[1]]) for e in c.evidence],
        }
        for c in found
    ]


pytestmark = pytest.mark.model


def test_claims_own_voice_without_attributions(nlp):
    found = claims(nlp, "The bridge collapsed on Monday. Three people died in the river.")
    assert [(c["id"], c["text"], c["attribution"], c["epistemic"]) for c in found] == [
        ("c1", "The bridge collapsed on Monday.", None, "asserted"),
        ("c2", "Three people died in the river.", None, "asserted"),
    ]


@pytest.mark.parametrize("text", ["", "   ", "Live updates", "Breaking news: Kyiv, Odesa and Lviv", "Photo: Reuters"])
def test_claims_no_propositions_no_claims(nlp, text):
    assert claims(nlp, text) == []


def test_claims_two_attributions_in_one_sentence(nlp):
    text = "Guards at the prison were said to be furious about the search, while local doctors warned of full wards."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "agentless", "were said", content=["Guards at the prison", "to be furious about the search"]),
            attr(text, "a2", "indirect", "warned", source="local doctors", content=["of full wards"]),
        ],
    )
    assert [(c["text"], c["attribution"], c["epistemic"]) for c in found] == [
        ("Guards at the prison were said to be furious about the search", "a1", "alleged"),
        ("of full wards", "a2", "reported"),
    ]
    # The agentless "said to be" does not reach across "while" into the doctors' claim.
    assert found[1]["hedges"] == []


def test_claims_quote_over_sentences_gives_one_claim_each(nlp):
    text = "“We ran to the cellar. Then the shelling stopped,” a man in Irpin said."
    quote = "“We ran to the cellar. Then the shelling stopped,”"
    found = claims(nlp, text, [attr(text, "a1", "direct", "said", source="a man in Irpin", content=[quote])])
    assert [c["attribution"] for c in found] == ["a1", "a1"]
    assert found[0]["text"].startswith("“We ran") and found[1]["text"].startswith("Then the shelling")


def test_claims_source_of_own_voice_verb_stays_in_own_voice(nlp):
    text = "The footage was released by the broadcaster TVN24, which said that it was authentic."
    found = claims(nlp, text, [attr(text, "a1", "indirect", "said", source="which", content=["that it was authentic"])])
    assert [(c["text"], c["attribution"]) for c in found] == [
        ("The footage was released by the broadcaster TVN24", None),
        ("it was authentic", "a1"),
    ]
    assert ("video", "The footage") in found[0]["evidence"]


@pytest.mark.parametrize(
    "text,cue,source,content,kind,expected",
    [
        ("Sources suggest that the convoy turned back.", "suggest", "Sources", "that the convoy turned back", "indirect", "hedged"),
        ("The mayor said that the water is safe.", "said", "The mayor", "that the water is safe", "indirect", "reported"),
        (
            "According to one analyst, the toll is estimated to be 300 people.",
            "According to",
            "one analyst",
            "the toll is estimated to be 300 people",
            "according_to",
            "estimated",
        ),
        ("The army denied that its troops fired on the crowd.", "denied", "The army", "that its troops fired on the crowd", "indirect", "denied"),
        ("The mayor said that the strike reportedly hit a school.", "said", "The mayor", "that the strike reportedly hit a school", "indirect", "alleged"),
        ("The mayor said that the water may be unsafe.", "said", "The mayor", "that the water may be unsafe", "indirect", "hedged"),
    ],
)
def test_claims_epistemic_of_attributed_claims(nlp, text, cue, source, content, kind, expected):
    found = claims(nlp, text, [attr(text, "a1", kind, cue, source=source, content=[content])])
    assert [c["epistemic"] for c in found] == [expected]


def test_claims_own_voice_hedge_and_evidence(nlp):
    found = claims(nlp, "A video appears to show tanks in the square.")
    assert found[0]["epistemic"] == "hedged"
    assert found[0]["hedges"] == ["appears to show"]
    assert found[0]["evidence"] == [("video", "A video")]


def test_claims_own_voice_allegation(nlp):
    found = claims(nlp, "Guards at the prison are alleged to have beaten the inmates.")
    assert found[0]["epistemic"] == "alleged"


def test_claims_contrast_disputes_both_sides(nlp):
    text = (
        "Kyiv claims that 300 soldiers died in the attack. "
        "An analyst said that the toll is estimated to be 100. "
        "Moscow, on the other hand, claims that 30 soldiers died."
    )
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", ("claims", 0), source="Kyiv", content=["that 300 soldiers died in the attack"]),
            attr(text, "a2", "indirect", "said", source="An analyst", content=["that the toll is estimated to be 100"]),
            attr(text, "a3", "indirect", ("claims", 1), source="Moscow", content=["that 30 soldiers died"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["disputed", "estimated", "disputed"]


def test_claims_plain_claim_verb_is_alleged_not_disputed(nlp):
    text = "Workers at the plant claim that the owners have not paid them."
    found = claims(
        nlp, text, [attr(text, "a1", "indirect", "claim", source="Workers at the plant", content=["that the owners have not paid them"])]
    )
    assert [c["epistemic"] for c in found] == ["alleged"]


def test_claims_in_text_order_with_ids(nlp):
    text = "The mayor said that the water is safe. The river rose overnight."
    found = claims(nlp, text, [attr(text, "a1", "indirect", "said", source="The mayor", content=["that the water is safe"])])
    assert [(c["id"], c["attribution"]) for c in found] == [("c1", "a1"), ("c2", None)]


def test_claims_component_add_by_name_on_unparsed_doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_claims")
    doc = nlp("No parse here at all.")
    assert doc._.claims == []


def test_claims_component_to_bytes_round_trip():
    nlp = spacy.blank("en")
    builder = nlp.add_pipe("claimscope_claims", config={"min_words": 2})
    other = spacy.blank("en").add_pipe("claimscope_claims")
    other.from_bytes(builder.to_bytes())
    assert other.cfg == builder.cfg
    assert other.cfg["min_words"] == 2


def test_claims_scare_quoted_word_is_not_a_claim(nlp):
    text = "On the trucks, the ‘Z’ emblem has been used to refer to the army."
    found = claims(nlp, text, [attr(text, "a1", "direct", "to refer", content=["‘Z’"])])
    assert [(c["text"], c["attribution"]) for c in found] == [
        ("On the trucks, the ‘Z’ emblem has been used to refer to the army.", None)
    ]


def test_claims_cue_sentence_before_a_quote_is_not_own_voice(nlp):
    text = "The regional governor told reporters on Monday:\n“The bridge is gone. Nobody can cross.”"
    found = claims(
        nlp,
        text,
        [attr(text, "a1", "direct", "told", source="The regional governor", content=["“The bridge is gone. Nobody can cross.”"])],
    )
    assert [c["attribution"] for c in found] == ["a1", "a1"]


def test_claims_agent_source_with_relative_clause(nlp):
    # An attributor that makes the by-agent the source and folds its relative clause into it.
    text = "The footage was released by the broadcaster TVN24, which said that it was authentic."
    source = "the broadcaster TVN24, which said that it was authentic"
    found = claims(nlp, text, [attr(text, "a1", "indirect", "was released", source=source, content=["The footage"])])
    texts = [c["text"] for c in found]
    assert ("The footage", "a1") in [(c["text"], c["attribution"]) for c in found]
    assert not any(t.startswith("by the broadcaster") for t in texts)
    assert any("it was authentic" in t for t in texts)  # what the relative clause says is not lost


def test_claims_denial_disputes_the_claim_it_answers(nlp):
    text = "Kyiv said that Russian troops shelled the school. Moscow denied that its troops fired on it."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", "said", source="Kyiv", content=["that Russian troops shelled the school"]),
            attr(text, "a2", "indirect", "denied", source="Moscow", content=["that its troops fired on it"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["disputed", "denied"]
