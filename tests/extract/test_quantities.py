"""Tests of claimscope_quantities: values, bounds, units, what is counted, and what is not a count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from claimscope.extract.quantities import QuantityTagger, find_quantities, measure_group, population_of

DATA = Path(__file__).resolve().parents[1] / "data" / "quantities.json"


@pytest.fixture(scope="module")
def qnlp():
    from claimscope.pipeline import build_nlp

    return build_nlp(components=("claimscope_quantities",))


def quantities(qnlp, text):
    doc = qnlp(text)
    return [(doc.text[q.span[0] : q.span[1]], q) for q in doc._.quantities]


def test_quantities_add_by_name():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    pipe = nlp.add_pipe("claimscope_quantities")
    assert isinstance(pipe, QuantityTagger)
    doc = nlp("They counted 14,000 bodies.")
    assert [q.value for q in doc._.quantities] == [14000.0]


def test_quantities_to_bytes_roundtrip():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    pipe = nlp.add_pipe("claimscope_quantities")
    other_nlp = spacy.blank("en")
    other_nlp.add_pipe("sentencizer")
    other = other_nlp.add_pipe("claimscope_quantities")
    other.from_bytes(pipe.to_bytes())
    assert [q.value for q in other_nlp("They counted 14,000 bodies.")._.quantities] == [14000.0]


def test_quantities_disable_with_spacy_not_a_flag():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimscope_quantities")
    with nlp.select_pipes(disable=["claimscope_quantities"]):
        assert nlp("They counted 14,000 bodies.")._.quantities is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Officials said 14,000 people had left.", 14000, "people"),
        ("Twenty thousand people marched on Sunday.", 20000, "people"),
        ("The fund is worth 1.5 million dollars.", 1_500_000, "USD"),
        ("The deal is worth $3m in cash.", 3_000_000, "USD"),
        ("Exports reached €2.5 billion last year.", 2_500_000_000, "EUR"),
        ("The village lies 12 kilometres from the border.", 12, "km"),
        ("Prices went up by 7 percent.", 7, "%"),
        ("Half a million people signed.", 500_000, "people"),
        ("One hundred and twelve people were hurt.", 112, "people"),
    ],
)
def test_quantities_values_and_units(qnlp, text, value, unit):
    found = quantities(qnlp, text)
    assert len(found) == 1, found
    assert found[0][1].value == pytest.approx(value)
    assert found[0][1].unit == unit


@pytest.mark.model
@pytest.mark.parametrize(
    "text,qualifier,change,low,high",
    [
        ("Over 7,000 soldiers were killed.", "over", ">", 7000, None),
        ("More than 300 homes burned.", "more than", ">", 300, None),
        ("At least 37 people died.", "at least", ">", 37, None),
        ("The death toll is around 500.", "around", "~", None, None),
        ("Some 300 people were sheltering there.", "some", "~", None, None),
        ("Nearly 2,000 flights were cancelled.", "nearly", "~", None, None),
        ("Fewer than 100 men were lost.", "fewer than", "<", None, 100),
        ("Up to 40 ships are stuck.", "up to", "<", None, 40),
        ("Between 5,000 and 6,000 people fled.", "between", "=", 5000, 6000),
        ("Dozens of patients were treated.", "dozens", ">", 24, None),
    ],
)
def test_quantities_qualifiers_set_bounds(qnlp, text, qualifier, change, low, high):
    (_, q), = quantities(qnlp, text)
    assert q.qualifier == qualifier
    assert q.change == change
    assert q.low == low and q.high == high


@pytest.mark.model
@pytest.mark.parametrize(
    "text,change",
    [
        ("Shares jumped 14% after the announcement.", "up"),
        ("Exports declined by 7 percent.", "down"),
        ("Profit fell 22 percent.", "down"),
        ("The toll rose to 75 on Tuesday.", "="),
    ],
)
def test_quantities_change_direction(qnlp, text, change):
    (_, q), = quantities(qnlp, text)
    assert q.change == change


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 1995.",
        "The meeting took place on March 3, 2021, in Geneva.",
        "COVID-19 restrictions were lifted.",
        "For information call 555-0199 or (202) 555-0143.",
        "The Apollo 11 crew landed on the Moon.",
        "Windows 10 will stop receiving updates, Microsoft said.",
        "The talks began at 10:30 a.m. on Friday.",
        "She finished third in the final.",
    ],
)
def test_quantities_not_counts(qnlp, text):
    assert quantities(qnlp, text) == []


@pytest.mark.model
def test_quantities_ages_are_not_counts(qnlp):
    (_, q), = quantities(qnlp, "A 23-year-old man was charged.")
    assert q.unit == "years of age" and q.measure is None


@pytest.mark.model
def test_quantities_entity_and_measure_in_founding_example(qnlp, example_text):
    found = {text: q for text, q in quantities(qnlp, example_text)}
    assert found["over 14,000"].entity == "Kremlin servicemen"
    assert measure_group(found["over 14,000"].measure) == "killed"
    assert measure_group(found["over 7,000 people"].measure) == "killed"
    assert measure_group(found["around 500"].measure) == "killed"
    assert measure_group(found["20,000 people"].measure) == "injured"
    assert measure_group(found["around 2,500"].measure) == "bodies returned"
    assert found["around 2,500"].entity == "Russian soldiers’ bodies"
    assert found["fewer than 20 kilometres"].unit == "km"


@pytest.mark.model
def test_quantities_spans_slice_the_text(qnlp, example_text):
    doc = qnlp(example_text)
    for q in doc._.quantities:
        assert doc.text[q.span[0] : q.span[1]].strip() == doc.text[q.span[0] : q.span[1]]
        if q.entity_span:
            assert doc.text[q.entity_span[0] : q.entity_span[1]] == q.entity
    assert [q.id for q in doc._.quantities] == [f"q{i + 1}" for i in range(len(doc._.quantities))]


def test_quantities_measure_groups_and_populations():
    assert measure_group("death toll") == measure_group("died") == measure_group("deaths") == "killed"
    assert measure_group("injured") != measure_group("killed")
    assert population_of("Kremlin servicemen") == population_of("Russian troops") == "military"
    assert population_of("people") is None


@pytest.mark.model
def test_quantities_evaluation_on_bundled_set(qnlp):
    from claimscope.evaluate.quantities import run

    metrics = run(DATA, nlp=qnlp)
    assert metrics["sentences"] >= 150
    assert metrics["value_f1"] >= 0.9
    assert metrics["value_unit_f1"] >= 0.85
    assert metrics["concept_partial_f1"] >= 0.7


def test_quantities_evaluation_scoring():
    from claimscope.evaluate.quantities import score

    gold = [[{"value": "5000-6000", "change": "=", "unit": "percent", "referred_concepts": "people"}]]
    pred = [[{"value": (5000.0, 6000.0), "change": "=", "unit": "%", "concept": "people"}]]
    assert score(gold, pred)["value_unit_f1"] == 1.0
    pred_wrong = [[{"value": (5000.0, 5000.0), "change": ">", "unit": "-", "concept": None}]]
    assert score(gold, pred_wrong)["value_f1"] == 0.0


# -- rules written on the dev part of bench/data/quantities_news.json (real news) ------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '<tweet tweet-id="771338123334868993" tweet-date="March 10, 2016">Sanders aide spoke.<tweet/>',
        "Tuesday night's 1-0 defeat of Bolton Wanderers hurt Birmingham.",
        "In nineteen ninety-one Charles Keating was convicted in state court.",
        "The approach of the year two thousand has many groups in a frenzy.",
        "He lives in the 6100 block of South Ingleside Avenue.",
        "The gallery was formerly at 115 Spring St. in SoHo.",
        "For more information call Linda Ng, 1-925-249-2250.",
        "11 (UPI) -- NBA on TNT has a crew of large former players.",
        "One can only guess what happened.",
        "Dave Majernik, a one-time Cruz backer, spoke.",
        "One of them said no.",
        "He is on the FBI's list of the Ten Most Wanted fugitives.",
        "Notre Dame reached the Final Four on Sunday.",
    ],
)
def test_quantities_news_not_counts(qnlp, text):
    assert quantities(qnlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("Carlos Guerrero, 55, said he liked the message.", 55, "years of age"),
        ("Barry Smith, 80, and his wife met in Blackpool.", 80, "years of age"),
        ("The suspect, 45, was arrested at his home.", 45, "years of age"),
        ("His team challenged the law barring 17-year-olds from voting.", 17, "years of age"),
        ("The baby is six months old.", 6, "months of age"),
        ("His kidnappers demanded a ransom of dlrs 1 million.", 1_000_000, "USD"),
        ("Shares are far below their high of 16.125 Canadian dollars.", 16.125, "CAD"),
        ("A temperature of 98.6 degrees f is normal.", 98.6, "°F"),
        ("She spent about 5 1/2 hours in Nairobi.", 5.5, "hour"),
        ("The plant has a 1000 ton capacity cold storage facility.", 1000, "t"),
        ("It plans to spin off #4 billion in assets.", 4_000_000_000, "GBP"),
        ("I'm 1.8m tall.", 1.8, "m"),
        ("The deal is worth $3m in cash.", 3_000_000, "USD"),
    ],
)
def test_quantities_news_values_and_units(qnlp, text, value, unit):
    found = quantities(qnlp, text)
    assert len(found) == 1, found
    assert found[0][1].value == pytest.approx(value)
    assert found[0][1].unit == unit


@pytest.mark.model
def test_quantities_one_of_the_counted_noun(qnlp):
    (_, q), = quantities(qnlp, "She is one of the staffers who went to Flint.")
    assert q.value == 1 and q.entity == "staffers"
    (_, q), = quantities(qnlp, "He has been one of Communism's most effective adversaries.")
    assert q.value == 1 and q.entity == "adversaries"
    (_, q), = quantities(qnlp, "He said that one of the computers slid across the floor.")
    assert q.value == 1 and q.entity == "computers"


@pytest.mark.model
def test_quantities_one_day_is_a_duration_only_after_a_preposition(qnlp):
    (_, q), = quantities(qnlp, "The action followed by one day an Intelogic announcement.")
    assert q.value == 1 and q.unit == "day"
    assert quantities(qnlp, "Islam will one day be the second largest religion.") == []
    assert quantities(qnlp, "Flying home one night in the corporate jet, she vented.") == []


@pytest.mark.model
def test_quantities_country_before_a_count_is_not_a_name(qnlp):
    found = quantities(qnlp, "The US approved a contract to sell Saudi Arabia 180 self-propelled artillery systems.")
    assert [q.value for _, q in found] == [180]


@pytest.mark.model
def test_quantities_neighbouring_numbers_joined_by_or_are_a_range(qnlp):
    (_, q), = quantities(qnlp, "There were four or five people inside.")
    assert (q.low, q.high) == (4, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,change",
    [
        ("He is now within 18 months of retirement.", "<"),
        ("Voters waited as long as five hours to vote.", "~"),
        ("In Maine, about a half million people still have no power.", "~"),
        ("Investments rose with an increase of 160.3 billion tenge.", "up"),
        ("The company posted a net loss of $876,706 in the quarter.", "="),
        ("Blockbuster said it raised $92 million from an offering.", "="),
        ("It is just one more way the scandal hurts Facebook.", "="),
        ("It syncs without eating up hundreds of gigabytes of storage.", ">"),
        ("The spot index was 130.80, off 0.24.", None),
    ],
)
def test_quantities_news_changes(qnlp, text, change):
    found = quantities(qnlp, text)
    if change is None:  # the last number carries the change
        assert found[-1][1].change == "down"
        return
    (_, q), = found
    assert q.change == change


@pytest.mark.model
def test_quantities_two_units_are_not_a_range(qnlp):
    found = quantities(qnlp, "Sears said its total revenue rose 4.8 % to $ 13.18 billion.")
    assert [(q.value, q.unit, q.low, q.high) for _, q in found] == [(4.8, "%", None, None), (13_180_000_000, "USD", None, None)]
    (_, q), = quantities(qnlp, "Prices rose 5% to 6% a year.")
    assert (q.low, q.high, q.unit) == (5, 6, "%")


@pytest.mark.model
def test_quantities_same_change_in_other_units(qnlp):
    found = quantities(qnlp, "The index fell 1.4%, or 6.43, on Friday, to 437.68.")
    assert [q.change for _, q in found] == ["down", "down", "="]


def test_quantities_evaluation_units_by_one_vocabulary():
    from claimscope.evaluate.quantities import score

    gold = [[{"value": "12", "unit": "kilometre"}, {"value": "3", "unit": "house"}, {"value": "4", "normalized_unit": "-"}]]
    pred = [[
        {"value": (12.0, 12.0), "change": "=", "unit": "km", "concept": None},
        {"value": (3.0, 3.0), "change": "=", "unit": "houses", "concept": None},
        {"value": (4.0, 4.0), "change": "=", "unit": "survivor", "concept": None},
    ]]
    assert score(gold, pred)["value_unit_f1"] == 1.0
    pred[0][1]["unit"] = "-"  # a gold count noun needs that noun
    assert score(gold, pred)["value_unit_f1"] < 1.0


@pytest.mark.model
def test_quantities_evaluation_prints_test_split_first(tmp_path, qnlp):
    from claimscope.evaluate.quantities import run

    f = tmp_path / "q.json"
    f.write_text(json.dumps([
        {"text": "Officials said 14,000 people had left.", "split": "test", "quantities": [{"value": "14000", "unit": "people"}]},
        {"text": "The law was passed in 1995.", "split": "dev", "quantities": []},
    ]))
    metrics = run(f, nlp=qnlp)
    assert list(metrics)[:3] == ["test.value_f1", "test.value_unit_f1", "test.value_change_f1"]
    assert metrics["test.value_f1"] == 1.0
