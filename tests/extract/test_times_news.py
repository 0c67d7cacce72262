"""The time rules written for news (issue 13, second pass): the quarter an earnings report is about, months placed
by the verb that governs them, spelled years, names that look like times. Each case is written from a pattern seen
in several development documents of TimeBank/AQUAINT; none is a sentence copied from the held-out files."""

from __future__ import annotations

import pytest

from claimscope.extract.times import find_times


def times(text, reference="1989-10-30", tense_at=None):
    return {text[x.span[0] : x.span[1]]: x for x in find_times(text, reference=reference, tense_at=tense_at)}


# -- the quarter an earnings report is about --------------------------------------------------------


def test_times_report_quarter_is_the_first_one_placed_by_the_reference_date():
    text = (
        "Acme posted a 20% gain in third-quarter net income. After a flat second quarter, sales rose, "
        "and charges taken in the year-earlier period were lower than a year ago."
    )
    found = times(text)
    assert found["the year-earlier period"].value == "1988-Q3"
    assert found["a year ago"].value == "1988-Q3"


def test_times_the_latest_quarter_sets_the_report_quarter():
    found = times("Profit fell in the latest quarter, compared with earnings of $6 million a year ago.")
    assert found["a year ago"].value == "1988-Q3"


def test_times_a_quarter_of_another_year_does_not_hold_the_report_quarter():
    text = "It stopped paying a dividend in the third quarter of 1984. Third-quarter net rose from $5 million a year ago."
    assert times(text)["a year ago"].value == "1988-Q3"


def test_times_nine_months_make_a_year_earlier_the_year():
    text = (
        "Third-quarter net rose 11%. For the first nine months, net was $306 million, compared with "
        "year-earlier net income of $9 million."
    )
    found = times(text)
    assert found["year-earlier"].value == "1988"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("Third-quarter net was $2 million. In the 1988 period, it earned $3 million.", "the 1988 period", "1988-Q3"),
        ("Third-quarter net was $2 million, against $1.8 million for the corresponding period last year.",
         "the corresponding period last year", "1988-Q3"),
        ("Third-quarter sales rose. U.K. sales for last year's quarter were $3 million.", "last year's quarter", "1988-Q3"),
        ("It will mean lower earnings for the last half of 1989 and for 1990.", "the last half of 1989", "1989-H2"),
        ("Nothing changed in the 1988 period.", "the 1988 period", "1988"),
        ("Sun reported fiscal first-quarter net. Sun shipped 28,000 systems in the quarter.", "the quarter", "1989-Q1"),
        ("It earned $3 million in the quarter.", "the quarter", "1989-Q3"),
    ],
)
def test_times_report_periods(text, expr, value):
    found = times(text)
    assert expr in found, found.keys()
    assert found[expr].value == value


def test_times_quarter_to_quarter_is_no_date():
    found = times("The quarter-to-quarter comparison was enhanced by charges.")
    assert not any(k.lower().startswith("the quarter") for k in found), found.keys()


# -- months placed by the verb that governs them -------------------------------------------------------


def test_times_a_month_after_ended_or_since_has_passed():
    found = times("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", tense_at=lambda p: 1)
    assert found["Jan. 31"].value == "1989-01-31"
    assert times("Prices have doubled since March.", tense_at=lambda p: 1)["March"].value == "1989-03"


def test_times_a_past_governing_verb_outweighs_a_near_future_month():
    # published 1989-10-27: January 1990 is nearer, but "brought in" puts it in the past
    text = "In January, American Medical brought in a new chief executive."
    assert times(text, reference="1989-10-27", tense_at=lambda p: -2)["January"].value == "1989-01"
    # the sentence alone (-1) is not enough to overrule the nearer date
    assert times(text, reference="1989-10-27", tense_at=lambda p: -1)["January"].value == "1990-01"


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("The board declared a dividend, payable Dec. 7 to stock of record Nov. 22.", "Dec. 7", "1989-12-07"),
        ("It also created an office of the chairman, effective Feb. 1.", "Feb. 1", "1990-02-01"),
        ("It lent Control Data $90 million in revolving loans through January.", "January", "1990-01"),
    ],
)
def test_times_a_term_may_lie_ahead_whatever_the_verb(text, expr, value):
    assert times(text, reference="1989-10-27", tense_at=lambda p: -2)[expr].value == value


@pytest.mark.model
def test_times_tense_is_read_off_the_governing_verb(nlp):
    from claimscope.extract.times import tense_function

    text = "In January, American Medical brought in a new chief executive."
    tense_at = tense_function(nlp(text))
    assert tense_at(text.index("January")) == -2


# -- recognition ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expr,value",
    [
        ("January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", "1997-01"),
        ("We saw it in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("He wants an offering in the near future.", "the near future", "FUTURE_REF"),
        ("We don't minimize the challenges of the near term.", "the near term", "FUTURE_REF"),
        ("The post-1959 politics split families.", "1959", "1959"),
    ],
)
def test_times_recognition_gaps(text, expr, value):
    found = times(text, reference="1998-02-27")
    assert expr in found, found.keys()
    assert found[expr].value == value


@pytest.mark.parametrize(
    "text",
    [
        "Gonzalez said on CBS's ''60 Minutes.'' He left.",
        'Baker said on ABC-TV\'s "This Week With David Brinkley" that it failed.',
        "A poster showed Gary Cooper from the film ``High Noon.''",
    ],
)
def test_times_a_capitalized_time_word_inside_a_sentence_is_a_name(text):
    assert times(text) == {}


def test_times_a_headline_in_title_case_keeps_its_times():
    found = times("Politifact: Trump Is Right, Thousands of Shootings in Chicago this Year.\n\nThe debate", reference="2016-09-29")
    assert found["this Year"].value == "2016"


def test_times_a_holiday_keeps_its_capitals():
    found = times("They met on New Year's Day.", reference="1998-01-16")
    assert found["New Year's Day"].value == "1998-01-01"


def test_times_a_capitalized_time_word_opening_a_sentence_is_a_time():
    found = times("It rained. Weeks later, it stopped. Noon came.")
    assert found["Weeks"].value == "PXW"
    assert found["Noon"].type == "TIME"


# -- sets and durations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expr,typ",
    [
        ("Rates will be $55 a night.", "a night", "SET"),
        ("After a weekend of bitter accusations, talks resumed.", None, None),
        ("Tax payments would be minimal in a quarter that produced a loss.", None, None),
    ],
)
def test_times_a_unit_after_a_figure_is_a_set(text, expr, typ):
    found = times(text)
    if expr is None:
        assert not any(x.type == "SET" for x in found.values()), found
        return
    assert found[expr].type == typ


def test_times_over_the_past_is_a_preposition_not_more_than():
    found = times("Profits rose over the past three years, and over three years before that.")
    x = found["the past three years"]
    assert (x.value, x.mod) == ("P3Y", None)
    assert found["over three years"].mod == "MORE_THAN"


def test_times_the_fiscal_year_ended_is_a_span_of_a_year():
    found = times("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.")
    assert (found["the fiscal year"].type, found["the fiscal year"].value) == ("DURATION", "P1Y")
    assert times("Sales will rise in the current fiscal year.")["the current fiscal year"].value == "1989"
