"""Tests of the one unit vocabulary (domain/units.py): written forms, counts, currencies, conversions."""

from __future__ import annotations

import pytest

from claimscope.domain.units import (
    LENGTH_UNITS,
    canonical_unit,
    convert,
    is_count_unit,
    is_time_unit,
    length_unit,
    normalize_unit,
    same_unit,
    singular,
    to_km,
    unit_dimension,
)


@pytest.mark.parametrize("written", ["km", "kilometres", "kilometers", "kilometre", "KM"])
def test_written_forms_of_one_unit_compare(written):
    assert canonical_unit(written) == "kilometre"
    assert same_unit(written, "km")


@pytest.mark.parametrize(
    "written,iso",
    [("$", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("dlrs", "USD"), ("€", "EUR"), ("euro", "EUR"),
     ("pound sterling", "GBP"), ("£", "GBP"), ("chinese yuan", "CNY"), ("canadian dollar", "CAD"), ("c$", "CAD"),
     ("finnish markka", "FIM"), ("tenge", "KZT")],
)
def test_currencies_keep_their_iso_code(written, iso):
    assert canonical_unit(written) == iso
    assert unit_dimension(written) == "currency"


def test_counts_keep_their_noun():
    assert canonical_unit("houses") == "house"
    assert canonical_unit("people") == canonical_unit("persons") == "people"
    assert canonical_unit("cabinet ministers") == "cabinet minister"
    assert is_count_unit("survivors") and is_count_unit(None) and is_count_unit("-")
    assert not is_count_unit("km") and not is_count_unit("USD")
    assert same_unit("fighter jets", "jet") and not same_unit("house", "car")
    assert singular("children") == "child" and singular("cities") == "city" and singular("boxes") == "box"


@pytest.mark.parametrize(
    "written,name",
    [("%", "percentage"), ("percent", "percentage"), ("per cent", "percentage"), ("years old", "year of age"),
     ("years of age", "year of age"), ("months of age", "month of age"), ("°C", "celsius"), ("°F", "fahrenheit"),
     ("t", "metric ton"), ("lb", "pound-mass"), ("mph", "mile per hour"), ("km/h", "kilometre per hour"),
     ("nautical miles", "nautical mile"), ("dollar per share", "USD per share"), ("count", "-"), (None, "-")],
)
def test_quantulum_style_names(written, name):
    assert canonical_unit(written) == name


def test_conversions_within_a_dimension():
    assert convert(5, "miles", "km") == pytest.approx(8.04672)
    assert convert(1, "kilometres", "kilometers") == 1
    assert convert(100, "°F", "celsius") == pytest.approx(37.7778, abs=1e-3)
    assert convert(2, "hectares", "square metre") == pytest.approx(20000)
    assert convert(3, "USD", "EUR") is None  # no exchange rates
    assert convert(3, "km", "kg") is None


def test_the_existing_api_is_unchanged():
    assert normalize_unit("Kilometres") == "km"
    assert length_unit("miles") == "mi" and length_unit("kg") is None
    assert to_km(5, "miles") == pytest.approx(5 * LENGTH_UNITS["mi"])
    assert normalize_unit("nautical miles") == "nmi"  # was "mi": 1.609 km instead of 1.852
    assert is_time_unit("days") and not is_time_unit("km")
