"""Tests of the quote pairer (claimscope_quotes)."""

from __future__ import annotations

import pytest
import spacy

from claimscope import extensions
from claimscope.extract.quotes import find_quotes


def quoted(text: str) -> list[tuple[str, str]]:
    return [(label, text[s:e]) for s, e, label in find_quotes(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('He said "no way" today.', [("quote", '"no way"')]),
        ("She called it “a disaster” twice.", [("quote", "“a disaster”")]),
        ("The ‘V’ sign.", [("quote", "‘V’")]),
        ("He said 'fine' and left.", [("quote", "'fine'")]),
    ],
)
def test_quotes_pairs_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Ukraine’s army said it’s over.", "The soldiers’ bodies were moved.", "O'Brien's dog isn't here.", "Back in the ’90s."],
)
def test_quotes_apostrophes_are_not_quotes(text):
    assert quoted(text) == []


def test_quotes_nested_single_inside_double():
    text = "“They taunt us: ‘You will be thrown out.’ It hurts,” he said."
    found = quoted(text)
    assert found[0] == ("quote", "“They taunt us: ‘You will be thrown out.’ It hurts,”")
    assert ("quote", "‘You will be thrown out.’") in found


def test_quotes_open_at_paragraph_end_continues_next_paragraph():
    text = "A man said: “It was bad. We ran.\n“Then it stopped.”\nThe end."
    assert quoted(text) == [("open", "“It was bad. We ran."), ("quote", "“Then it stopped.”")]


def test_quotes_span_sentences():
    text = "“One. Two. Three,” she said."
    assert quoted(text) == [("quote", "“One. Two. Three,”")]


@pytest.mark.parametrize("text", ['"', "“", "”", "’", 'a " b', "“a “b", "x ” y ” z", "‘", "'''", "“\n”", ""])
def test_quotes_unbalanced_never_crash(text):
    for s, e, label in find_quotes(text):
        assert 0 <= s < e <= len(text)
        assert label in ("quote", "open")


def test_quotes_example_doctor_quote_continues(example_text):
    found = quoted(example_text)
    texts = [t for _, t in found]
    assert "“There are not enough surgeons,”" in texts
    assert ("open", "“Earlier, the corpses were transported by ambulances and loaded on Russian trains.") in found
    assert "‘V’" in texts
    # apostrophes of the example are never quote marks
    assert not any(t.startswith("’") for t in texts)


def test_quotes_add_by_name_writes_span_group():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_quotes")
    doc = nlp("He said “no” and left.")
    spans = doc.spans[extensions.QUOTES_KEY]
    assert [s.text for s in spans] == ["“no”"]
    assert spans[0].label_ == "quote"


def test_quotes_to_bytes_round_trip():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claimscope_quotes", config={"spans_key": "my_quotes"})
    data = pipe.to_bytes()
    nlp2 = spacy.blank("en")
    pipe2 = nlp2.add_pipe("claimscope_quotes")
    pipe2.from_bytes(data)
    assert pipe2.cfg["spans_key"] == "my_quotes"
    doc = nlp2("a “b” c")
    assert [s.text for s in doc.spans["my_quotes"]] == ["“b”"]


@pytest.mark.parametrize(
    "text,quoted",
    [
        ("''Hopefully,'' the president said, ''this museum can help us.'' He left.", ["''Hopefully,''", "''this museum can help us.''"]),
        ("treating it as a compliment -- ''That makes me smart'' -- and", ["''That makes me smart''"]),
        ("``It is over,'' he said.", ["``It is over,''"]),
    ],
)
def test_quotes_doubled_apostrophes_are_double_quotes(text, quoted):
    assert [text[s:e] for s, e, _ in find_quotes(text)] == quoted
