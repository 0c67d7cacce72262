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
