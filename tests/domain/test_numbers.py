"""The one number reader (claimscope.domain.numbers): digits, words, vague counts."""

from __future__ import annotations

import pytest

from claimscope.domain.numbers import digits_value, is_number_word, is_ordinal, number_value, vague_range, words_value


@pytest.mark.parametrize(
    "text,value",
    [("14,000", 14000), ("2.5", 2.5), ("-3", -3), (".5", 0.5), ("5bn", 5e9), ("3m", 3e6), ("2.5k", 2500), ("12mln", 12e6)],
)
def test_numbers_digits(text, value):
    assert digits_value(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "14,000 people", "1-2", "v2"])
def test_numbers_digits_reject_what_is_not_a_number(text):
    assert digits_value(text) is None


@pytest.mark.parametrize(
    "words,value",
    [
        ("twenty-five thousand", 25000), ("one hundred and fifty", 150), ("a million", 1e6), ("half a million", 5e5),
        ("2.5 million", 2.5e6), ("three", 3), ("a dozen", 12), ("two dozen", 24), ("ninety nine", 99),
        ("fourteen thousand", 14000), ("a hundred", 100),
    ],
)
def test_numbers_words(words, value):
    assert words_value(words) == pytest.approx(value)
    assert number_value(words) == pytest.approx(value)


@pytest.mark.parametrize("words", ["", "people", "and", "half", "the"])
def test_numbers_words_reject(words):
    assert words_value(words) is None


def test_numbers_vague_counts_are_ranges_never_an_exact_value():
    assert vague_range("several") == (3, None)
    assert vague_range("A few") == (2, 5)
    assert vague_range("dozens  of") == (24, None)
    assert vague_range("fourteen") is None
    assert number_value("several") is None  # no invented figure
    assert number_value("a couple") == 2  # a closed vague count is its value


def test_numbers_word_classes():
    assert is_number_word("Twenty") and is_number_word("million") and not is_number_word("a")
    assert is_ordinal("third") and is_ordinal("21st") and not is_ordinal("three")


@pytest.mark.parametrize(
    "words,value",
    [
        (["twenty", "-", "five"], 25), (["one", "hundred", "and", "fifty"], 150), (["An", "hundred"], 100),
        (["half", "a", "million"], 5e5), (["2.5", "million"], 2.5e6), (["3", "thousand", "500"], 3500),
        (["two", "thousand", "three", "hundred"], 2300), (["1.5", "dozen"], 18), (["dozen"], 12),
        (["twelve", "thousand"], 12000), (["twenty", "one", "thousand"], 21000), (["7", "hundred"], 700),
    ],
)
def test_numbers_words_as_tokens(words, value):
    assert words_value(words) == pytest.approx(value)


def test_numbers_text_with_hyphens_and_case():
    assert number_value("Twenty-Five") == 25
    assert number_value("1,500") == 1500
    assert digits_value("5XB") is None and digits_value("bn") is None


@pytest.mark.parametrize(
    "words,value",
    [
        (["2.5", "million"], 2.5e6), (["3", "thousand", "500"], 3500), (["two", "million", "five", "hundred", "thousand"], 2.5e6),
        (["1.5", "dozen"], 18), (["dozen"], 12), (["hundred"], 100), (["twenty", "one"], 21), (["fifteen"], 15),
        (["ninety"], 90), (["seven", "hundred", "12"], 712), (["4", "billion"], 4e9),
    ],
)
def test_numbers_scaled_value_word_by_word(words, value):
    from claimscope.domain.numbers import scaled_value

    assert scaled_value(words) == pytest.approx(value)


def test_numbers_scaled_value_rejects_and_half_halves():
    from claimscope.domain.numbers import scaled_value

    assert scaled_value([]) is None and scaled_value(["people"]) is None and scaled_value(["3", "apples"]) is None
    assert words_value(["half", "a", "million"]) == 5e5 and words_value(["half", "2", "million"]) == 1e6
    assert words_value("a hundred and twelve") == 112
