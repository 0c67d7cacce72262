"""Tests of the Natural Earth borders and the geodesic measures."""

from __future__ import annotations

import numpy as np
import pytest

from claimscope.geo.borders import bearing_deg, distance_km, load_borders, nearest_on_lines

HOMEL = (52.4345, 30.9754)
MYKOLAIV = (46.97625, 31.99296)
VOZNESENSK = (47.56218, 31.33602)


@pytest.fixture(scope="module")
def borders():
    return load_borders()


def test_borders_geodesic_distance_and_bearing():
    assert distance_km(*MYKOLAIV, *VOZNESENSK) == pytest.approx(82, abs=3)
    assert bearing_deg(*MYKOLAIV, *VOZNESENSK) == pytest.approx(323, abs=3)
    # One degree of longitude on the equator is ~111.3 km on WGS84, not "1 degree".
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.3, abs=0.2)


def test_borders_distance_to_border(borders):
    d = borders.distance_to_border(*HOMEL, "BY", "UA")
    assert 30 < d.distance_km < 50
    assert borders.distance_to_border(*HOMEL, "UA", "BY").distance_km == pytest.approx(d.distance_km)


def test_borders_no_such_border(borders):
    assert not borders.has_border("BY", "FR")
    assert borders.distance_to_border(*HOMEL, "BY", "FR") is None


def test_borders_point_in_country(borders):
    assert borders.contains("BY", *HOMEL) is True
    assert borders.contains("UA", *HOMEL) is False
    assert borders.distance_to_country_km("UA", *HOMEL) > 20
    assert borders.contains("XX", *HOMEL) is None


def test_borders_neighbours(borders):
    assert {"UA", "RU", "PL", "LT", "LV"} <= set(borders.neighbours("BY"))


def test_borders_nearest_point_on_a_long_segment():
    # A straight north-south line at lon 1: the vertices are far, the segment passes 1 degree away.
    line = np.array([[1.0, -10.0], [1.0, 10.0]])
    d = nearest_on_lines(0.0, 0.0, [line], samples=401)
    assert d.distance_km == pytest.approx(111.3, abs=0.5)
