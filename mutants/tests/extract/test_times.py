"""Tests of claimscope_times: TIMEX3 types and values relative to the publication date."""

from __future__ import annotations

import pytest
import spacy

from claimscope.extract.times import TimeTagger, anchor_from_text, find_times


def times(text, reference="2022-03-20", tense_at=None):
    return {text[x.span[0] : x.span[1]]: x for x in find_times(text, reference=reference, tense_at=tense_at)}


def test_times_add_by_name():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claimscope_times")
    assert isinstance(pipe, TimeTagger)
    doc = nlp.make_doc("The war began on February 24.")
    doc._.published = "2022-03-20"
    doc = nlp(doc)
    assert [(x.type, x.value) for x in doc._.times] == [("DATE", "2022-02-24")]


def test_times_to_bytes_roundtrip():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claimscope_times", config={"use_tense": False})
    other = spacy.blank("en").add_pipe("claimscope_times")
    other.from_bytes(pipe.to_bytes())
    assert other.cfg["use_tense"] is False


def test_times_founding_example_dates(example_text):
    found = times(example_text)
    assert found["February 24"].value == "2022-02-24"
    assert (found["early March"].value, found["early March"].mod) == ("2022-03", "START")
    assert found["this month"].value == "2022-03"
    x = found["as early as March 1"]
    assert (x.value, x.mod, x.anchor) == ("2022-03-01", "ON_OR_BEFORE", "published")
    assert found["night"].type == "TIME" and found["night"].value == "XXXX-XX-XXTNI"


def test_times_unplaceable_date_keeps_a_reason():
    found = times("Fighting resumed on March 1 and again last week.", reference=None)
    assert found["March 1"].value is None and found["March 1"].reason
    assert found["last week"].value is None and found["last week"].reason


def test_times_anchor_from_text_when_no_publication_date():
    text = "The report is dated 24 February 2022. Two days later, on February 26, the city fell."
    found = times(text, reference=None)
    assert found["24 February 2022"].value == "2022-02-24"
    assert found["February 26"].value == "2022-02-26"
    assert found["February 26"].anchor == "text"
    assert anchor_from_text("nothing here") is None


@pytest.mark.parametrize(
    "text,expr,typ,value",
    [
        ("The siege lasted three years.", "three years", "DURATION", "P3Y"),
        ("He was held for a week.", "a week", "DURATION", "P1W"),
        ("It was a two-week operation.", "two-week", "DURATION", "P2W"),
        ("Talks took several months.", "several months", "DURATION", "PXM"),
        ("The paper appears weekly.", "weekly", "SET", "P1W"),
        ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
        ("Rents rose 5% a year.", "a year", "SET", "P1Y"),
        ("Shops open at 10 a.m. today.", "10 a.m. today", "TIME", "2022-03-20T10:00"),
        ("The vote closed at 5 p.m. on Friday.", "5 p.m. on Friday", "TIME", "2022-03-18T17:00"),
        ("She called this morning.", "this morning", "TIME", "2022-03-20TMO"),
        ("The plant closed in the 1990s.", "the 1990s", "DATE", "199"),
        ("Sales rose last year.", "last year", "DATE", "2021"),
        ("The law changed two weeks ago.", "two weeks ago", "DATE", "2022-W09"),
        ("Profit fell in the third quarter.", "the third quarter", "DATE", "2022-Q3"),
        ("He is in Kyiv now.", "now", "DATE", "PRESENT_REF"),
        ("It happened yesterday.", "yesterday", "DATE", "2022-03-19"),
        ("The vote is in June 2024.", "June 2024", "DATE", "2024-06"),
        ("The talks took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The shelling lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("It took a minute and a half.", "a minute and a half", "DURATION", "PT1M30S"),
        ("Troops stayed two more weeks.", "two more weeks", "DURATION", "P2W"),
        ("The index fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
        ("He asked for an additional year.", "an additional year", "DURATION", "P1Y"),
        ("Crime rose over the past decade.", "the past decade", "DURATION", "P10Y"),
        ("It ended a decades-long feud.", "decades-long", "DURATION", "PXY"),
        ("A day-long strike began.", "day-long", "DURATION", "P1D"),
        ("Prices may rise in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        ("The daily Kommersant reported it.", "daily", "SET", "P1D"),
        ("The annual report is out.", "annual", None, None),
        ("Pilgrims walk there each July.", "each July", "SET", "XXXX-07"),
        ("The club meets on Tuesday nights.", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ("Wages are paid hourly.", "hourly", "SET", "PT1H"),
        ("The blast came at 4 in the morning.", "4 in the morning", "TIME", "2022-03-20T04:00"),
        ("The blast came at 8 in the evening.", "8 in the evening", "TIME", "2022-03-20T20:00"),
        ("Troops arrived at midday.", "midday", "TIME", "2022-03-20T12:00"),
        ("The siege began a week or so ago.", "a week or so ago", "DATE", "2022-W10"),
        ("The raid took half an hour.", "half an hour", "DURATION", "PT30M"),
        ("The talks lasted half a day.", "half a day", "DURATION", "PT12H"),
        ("He served one and a half years.", "one and a half years", "DURATION", "P1Y6M"),
        ("Inspectors come every two weeks.", "every two weeks", "SET", "P2W"),
        ("Inspectors come every other week.", "every other week", "SET", "P2W"),
        ("Kyiv will one day be rebuilt.", "one day", "DATE", "FUTURE_REF"),
        ("Troops leave by the end of the month.", "the end of the month", "DATE", "2022-03"),
        ("Sales fell earlier in the year.", "earlier in the year", "DATE", "2022"),
        ("The strike lasted one day.", "one day", "DURATION", "P1D"),
        ("The blast came at 10:35 a.m. (0735 GMT) Friday.", "10:35 a.m.", "TIME", "2022-03-18T10:35"),
    ],
)
def test_times_types_and_values(text, expr, typ, value):
    found = times(text)
    if typ is None:
        assert expr not in found, found.keys()
        return
    assert expr in found, found.keys()
    assert (found[expr].type, found[expr].value) == (typ, value)


def test_times_tense_picks_past_or_coming_weekday():
    past = times("The minister spoke on Friday.", tense_at=lambda pos: -1)
    future = times("The minister will speak on Friday.", tense_at=lambda pos: 1)
    assert past["Friday"].value == "2022-03-18"  # 2022-03-20 is a Sunday
    assert future["Friday"].value == "2022-03-25"


def test_times_may_the_verb_is_not_a_month():
    assert "May" not in times("May God help them, he said. They may leave.")


def test_times_read_timeml(tmp_path):
    from claimscope.evaluate.times import read_timeml, run

    tml = (
        '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n<TEXT>\nStocks fell '
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after '
        '<TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of gains &amp; more.\n</TEXT>\n</TimeML>\n'
    )
    path = tmp_path / "a.tml"
    path.write_text(tml, encoding="utf-8")
    dct, text, gold = read_timeml(path)
    assert dct == "1998-01-08"
    assert [text[s:e] for s, e, _, _ in gold] == ["yesterday", "three years"]
    assert "&" in text
    nlp = spacy.blank("en")
    nlp.add_pipe("claimscope_times")
    metrics = run([tmp_path], nlp=nlp)
    assert metrics["relaxed_f1"] == 1.0 and metrics["value_f1"] == 1.0


def test_times_eval_values_compared_in_one_spelling():
    from claimscope.evaluate.times import _strip_value

    assert _strip_value("2000-W07") == _strip_value("2000-W7")
    assert _strip_value("1949-XX") == _strip_value("1949")
    assert _strip_value("1989-11-06T17") == _strip_value("1989-11-06T17:00")
    assert _strip_value("1989-11-06T17") != _strip_value("1989-11-06T17:30")
    assert _strip_value("P1Y") != _strip_value("P1M")


def test_times_plan_seen_after_the_fact_is_past(nlp):
    from claimscope.extract.times import find_doc_times

    text = "The offer had been due to expire Friday evening."
    doc = nlp(text)
    doc._.published = "1989-10-30"
    found = {text[x.span[0] : x.span[1]]: x for x in find_doc_times(doc)}
    assert found["Friday evening"].value == "1989-10-27TEV"
