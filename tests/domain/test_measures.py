"""Measures, populations and sides (claimscope.domain.measures): one measure grouping for every layer."""

from __future__ import annotations

import pytest

from claimscope.domain.measures import measure_group, population_of, side_of


@pytest.mark.parametrize(
    "measure,group",
    [
        ("killed", "killed"), ("died", "killed"), ("death toll", "killed"), ("deaths", "killed"),
        ("civilian deaths", "killed"), ("fatalities", "killed"), ("wounded", "injured"), ("injuries", "injured"),
        ("bodies returned", "bodies returned"), ("protesters", "protesters"), ("Death Toll", "killed"),
    ],
)
def test_measures_group(measure, group):
    assert measure_group(measure) == group


def test_measures_unknown_measure_is_its_own_group_and_none_stays_none():
    assert measure_group("widgets sold") == "widgets sold"
    assert measure_group(None) is None and measure_group("") is None


@pytest.mark.parametrize(
    "entity,population",
    [("Kremlin servicemen", "military"), ("Russian soldiers", "military"), ("civilians", "civilians"),
     ("children", "children"), ("the protesters", "protesters"), ("people", None), (None, None)],
)
def test_measures_population(entity, population):
    assert population_of(entity) == population


def test_measures_side_of_the_counted():
    assert side_of("Russian soldiers") == "RU"
    assert side_of("Ukrainian servicemen") == "UA"
    assert side_of("people") is None


def test_measures_known_measure_only_for_measure_words():
    from claimscope.domain.measures import known_measure

    assert known_measure("Mr. Trump's net worth") == "wealth"
    assert known_measure("the real unemployment rate") == "unemployment"
    assert known_measure("Syrian refugees") == "displaced"
    assert known_measure("the billionaires") is None and known_measure(None) is None and known_measure("") is None
    assert known_measure("death toll") == "killed"


def test_measures_plurals_reach_their_singular():
    assert population_of("armies") == "military"
    assert population_of("witnesses") is None
    assert measure_group("bodies returned") == "bodies returned"
    assert measure_group("civilian fatalities") == "killed" and measure_group("the wounded") == "injured"


@pytest.mark.parametrize("verb,group", [("gathered", "protesters"), ("marched", "protesters"), ("wounded", "injured"), ("perished", "killed")])
def test_measures_inflected_verbs_reach_their_group(verb, group):
    assert measure_group(verb) == group
