"""Tests of claim building (claimscope_claims)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import lexicon, vocab
from claimscope.extract import evidence as ev
from claimscope.extract.claims import PRECEDENCE, build_claims
from claimscope.extract.hedges import default_cues, find_hedges, stance_cues
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
        stances=list(find_hedges(doc, cues=stance_cues())),
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
            "cue": text[c.epistemic_cue[0] : c.epistemic_cue[1]] if c.epistemic_cue else None,
            "because": c.because,
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


def test_claims_precedence_covers_the_weak_statuses():
    assert set(PRECEDENCE) == vocab.WEAK and set(PRECEDENCE) <= set(vocab.EPISTEMIC)


def test_claims_factory_declares_requires_and_assigns():
    meta = spacy.Language.get_factory_meta("claimscope_claims")
    assert meta.requires == ["doc._.attributions", "doc.spans"] and meta.assigns == ["doc._.claims"]


@pytest.mark.parametrize(
    "text,cue,source,content,kind,status,because_cue,because_has",
    [
        ("The mayor said that the water is safe.", "said", "The mayor", "that the water is safe", "indirect", "reported", "said", "neutral cue 'said'"),
        ("Sources suggest that the convoy turned back.", "suggest", "Sources", "that the convoy turned back", "indirect", "hedged", "suggest", "hedge cue 'suggest'"),
        ("The army claims that it won the battle.", "claims", "The army", "that it won the battle", "indirect", "alleged", "claims", "reporting verb 'claims'"),
        ("The Kremlin rejects the claim that its jets hit the school.", "rejects", "The Kremlin", "the claim that its jets hit the school", "indirect", "denied", "rejects", "stance verb 'rejects'"),
        ("Guards were said to be furious.", "were said", None, "Guards", "agentless", "alleged", "were said to be", "distancing cue"),
    ],
)
def test_claims_status_carries_its_cue_and_rule(nlp, text, cue, source, content, kind, status, because_cue, because_has):
    found = claims(nlp, text, [attr(text, "a1", kind, cue, source=source, content=[content] if content != "Guards" else ["Guards", "to be furious"])])
    c = found[0]
    assert (c["epistemic"], c["cue"]) == (status, because_cue)
    assert because_has in c["because"] and c["because"].endswith(")")


def test_claims_own_voice_says_why_it_is_asserted(nlp):
    c = claims(nlp, "The bridge collapsed on Monday.")[0]
    assert (c["epistemic"], c["cue"], c["because"]) == ("asserted", None, "no cue: the article's own voice (asserted)")


def test_claims_stance_verb_is_denied_and_no_hedge(nlp):
    text = "The ministry called it fake. Moscow rejects the report that its troops fired."
    found = claims(nlp, text)
    assert [c["epistemic"] for c in found] == ["denied", "denied"]
    assert [c["cue"] for c in found] == ["called it fake", "rejects"]
    assert all(c["hedges"] == [] for c in found)


def test_claims_contrast_is_no_hedge(nlp):
    text = "Kyiv claims that 300 soldiers died. Moscow, on the other side, claims that 30 soldiers died."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", ("claims", 0), source="Kyiv", content=["that 300 soldiers died"]),
            attr(text, "a2", "indirect", ("claims", 1), source="Moscow", content=["that 30 soldiers died"]),
        ],
    )
    assert "on the other side" not in [h for c in found for h in c["hedges"]]


def test_claims_claim_and_claims_follow_one_rule(nlp):
    # The founding example's pattern: two sources, "claim" and "claims", figures of different things.
    text = (
        "Meanwhile, personnel at the clinic claim that 2,500 bodies have been returned. "
        "Ukraine's military claims that the army lost its main base."
    )
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", "claim", source="personnel at the clinic", content=["that 2,500 bodies have been returned"]),
            attr(text, "a2", "indirect", "claims", source="Ukraine's military", content=["that the army lost its main base"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["alleged", "alleged"]
    assert [c["cue"] for c in found] == ["claim", "claims"]


def test_claims_contrast_without_figures_disputes_nothing(nlp):
    # PolNeAR: "Ted Cruz, by contrast, wrote an op-ed urging ...", "Republicans, on the other hand, offered ...".
    text = "Clinton said that she would raise taxes. Cruz, by contrast, said that he would cut spending."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", ("said", 0), source="Clinton", content=["that she would raise taxes"]),
            attr(text, "a2", "indirect", ("said", 1), source="Cruz", content=["that he would cut spending"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["reported", "reported"]


def test_claims_contrast_with_different_figures_explains_the_dispute(nlp):
    text = "Kyiv said that 14,000 soldiers have been killed. Moscow, on the other side, said that the toll is around 500."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", ("said", 0), source="Kyiv", content=["that 14,000 soldiers have been killed"]),
            attr(text, "a2", "indirect", ("said", 1), source="Moscow", content=["that the toll is around 500"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["disputed", "disputed"]
    assert [c["cue"] for c in found] == ["on the other side", "on the other side"]
    assert "contradicted by a different figure from Moscow" in found[0]["because"] and "from Kyiv" in found[1]["because"]


def test_claims_same_figure_in_contrast_is_no_dispute(nlp):
    text = "Kyiv said that 500 soldiers died. Moscow, on the other hand, said that 500 soldiers died too."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", ("said", 0), source="Kyiv", content=["that 500 soldiers died"]),
            attr(text, "a2", "indirect", ("said", 1), source="Moscow", content=["that 500 soldiers died too"]),
        ],
    )
    assert [c["epistemic"] for c in found] == ["reported", "reported"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The two leaders had a roughly two-hour-long dinner at the hotel.", "asserted"),
        ("An estimated 7,000 people fled the city.", "estimated"),
        ("The storm destroyed roughly 300 homes.", "estimated"),
        ("Initial estimates put the toll at 300 people.", "estimated"),
    ],
)
def test_claims_estimated_is_for_estimated_figures(nlp, text, expected):
    assert [c["epistemic"] for c in claims(nlp, text)] == [expected]


def test_claims_denial_names_who_contradicts(nlp):
    text = "Kyiv said that Russian troops shelled the school. Moscow denied that its troops fired on it."
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", "said", source="Kyiv", content=["that Russian troops shelled the school"]),
            attr(text, "a2", "indirect", "denied", source="Moscow", content=["that its troops fired on it"]),
        ],
    )
    assert found[0]["cue"] == "denied" and found[0]["because"].startswith("contradicted by Moscow")
    assert found[1]["because"].startswith("stance verb 'denied'")


def test_claims_denial_answers_the_nearest_claim_not_the_same_verb(nlp):
    # PolNeAR (breitbart, 2016-10-03): "Trump called for ... Several cast members said ... The Trump
    # campaign called the charges unsubstantiated": the denial answers the cast members.
    text = (
        "Trump called for contestants to wear shorter dresses. "
        "Several cast members said that Trump had one contestant twirl before him. "
        "The Trump campaign called the charges unsubstantiated."
    )
    found = claims(
        nlp,
        text,
        [
            attr(text, "a1", "indirect", "called for", source=("Trump", 0), content=["contestants to wear shorter dresses"]),
            attr(text, "a2", "indirect", "said", source="Several cast members", content=["that Trump had one contestant twirl before him"]),
            attr(text, "a3", "indirect", ("called", 1), source="The Trump campaign", content=["the charges unsubstantiated"]),
        ],
    )
    by_text = {c["text"]: c for c in found}
    assert by_text["Trump had one contestant twirl before him"]["epistemic"] == "disputed"
    assert by_text["contestants to wear shorter dresses"]["epistemic"] == "reported"


def test_claims_report_explains_every_status(example_report):
    # report.from_doc maps epistemic_cue and because; the founding example's two "claim(s)" verbs.
    text = example_report.text
    for c in example_report.claims:
        assert c.because
        if c.epistemic_cue is not None:
            assert text[c.epistemic_cue.start : c.epistemic_cue.end] == c.epistemic_cue.text
        assert all(h.text not in ("on the other side", "rejects") for h in c.hedges)
    by_text = {c.text: c for c in example_report.claims}
    personnel = next(c for t, c in by_text.items() if "2,500" in t)
    military = next(c for t, c in by_text.items() if "14,000" in t)
    assert personnel.epistemic == "alleged" and "reporting verb 'claim'" in personnel.because
    assert military.epistemic == "disputed" and military.epistemic_cue.text == "on the other side"
    assert "The Russian Defense Ministry" in military.because


def test_claims_claim_as_attribution_cue_is_alleged_too(nlp):
    # PolNeAR (usa-today, 2016-09-23): "He claimed vast wealth" -- a noun object, so no hedge cue, but
    # the attribution reads "claimed" as its cue: the same rule applies, never "neutral cue 'claimed'".
    text = "He claimed vast wealth."
    found = claims(nlp, text, [attr(text, "a1", "indirect", "claimed", source="He", content=["vast wealth"])])
    assert found[0]["epistemic"] == "alleged" and found[0]["cue"] == "claimed"
    assert found[0]["because"].startswith("reporting verb 'claimed'")


@pytest.mark.model
@pytest.mark.parametrize(
    "byline",
    ["(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)",
     "CNN's Jane Doe contributed reporting."],
)
def test_claims_a_byline_is_credits_not_a_claim(byline):
    import claimscope

    text = f"The mayor said that the bridge would reopen next week.\n{byline}\n"
    report = claimscope.analyze(text)
    start = text.index(byline)
    assert report.claims and all(c.end <= start for c in report.claims)
