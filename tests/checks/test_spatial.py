"""Tests of the spatial checks, on reports built by hand (no model needed)."""

from __future__ import annotations

import pytest

from claimscope import model
from claimscope.checks.spatial import angle_diff, distance_verdict, find_spatial_checks, parse_distance
from tests.conftest import find_span

# name -> (geonameid, resolved name, country, admin1, lat, lon)
GAZ = {
    "Homel": (627907, "Homyel'", "BY", "02", 52.4345, 30.9754),
    "Mazyr": (625324, "Mazyr", "BY", "02", 52.04162, 29.21631),
    "Mykolaiv": (700569, "Mykolayiv", "UA", "16", 46.97625, 31.99296),
    "Voznesensk": (688860, "Voznesensk", "UA", "16", 47.56218, 31.33602),
    "Kherson": (706448, "Kherson", "UA", "20", 46.65581, 32.6178),
    "Odesa": (698740, "Odesa", "UA", "17", 46.47747, 30.73262),
    "Belarus": (630336, "Belarus", "BY", None, 53.5313, 28.0321),
    "Ukraine": (690791, "Ukraine", "UA", None, 49.1597, 31.2527),
    "Poland": (798544, "Poland", "PL", None, 52.1, 19.4),
}
DEMONYMS = {"Belarusian": "Belarus", "Ukrainian": "Ukraine"}


def report(text: str, names: list[str], *, unresolved: tuple[str, ...] = ()) -> model.Report:
    places = []
    counts: dict[str, int] = {}
    spans = []
    for name in names:
        occurrence = counts.get(name, 0)
        counts[name] = occurrence + 1
        spans.append((find_span(text, name, occurrence), name))
    for i, ((start, end), name) in enumerate(sorted(spans), 1):
        if name in unresolved or (name not in GAZ and name not in DEMONYMS):
            places.append(model.Place(id=f"p{i}", start=start, end=end, text=name, reason="no entry"))
            continue
        feature = "demonym" if name in DEMONYMS else "toponym"
        gid, rname, cc, admin1, lat, lon = GAZ[DEMONYMS.get(name, name)]
        places.append(
            model.Place(id=f"p{i}", start=start, end=end, text=name, geonameid=gid, name=rname, country=cc,
                        admin1=admin1, lat=lat, lon=lon, confidence=1.0, feature=feature)
        )
    return model.Report(
        claimscope_version="test",
        article=model.Article(sha256="0"),
        text=text,
        sentences=[model.Span(start=0, end=len(text), text=text)],
        claims=[model.Claim(id="c1", start=0, end=len(text), text=text, epistemic="asserted")],
        places=places,
    )


def spatial(r):
    return [f for f in find_spatial_checks(r) if f.kind == "spatial_check"]


@pytest.mark.parametrize(
    "text,bound,km",
    [
        ("fewer than 20 kilometres from", "high", 20.0),
        ("more than 5 miles away", "low", 5 * 1.609344),
        ("about 80 km north", "approx", 80.0),
        ("some twenty kilometers", "approx", 20.0),
        ("within 1,500 metres", "high", 1.5),
        ("10-15 km", "approx", 12.5),
    ],
)
def test_spatial_parse_distance(text, bound, km):
    d = parse_distance(text)
    assert d.bound == bound and d.value_km == pytest.approx(km)
    assert text[d.start : d.end] == d.text


def test_spatial_parse_distance_none():
    assert parse_distance("He waited 20 minutes in Homel.") is None


def test_spatial_distance_verdicts():
    assert distance_verdict(40, parse_distance("fewer than 20 km")) == "inconsistent"
    assert distance_verdict(22, parse_distance("fewer than 20 km")) == "consistent"
    assert distance_verdict(82, parse_distance("about 80 km")) == "consistent"
    assert distance_verdict(150, parse_distance("about 80 km")) == "inconsistent"
    assert distance_verdict(3, parse_distance("more than 50 km")) == "inconsistent"
    assert angle_diff(350, 10) == 20 and angle_diff(10, 350) == 20


def test_spatial_border_distance_inconsistent():
    text = "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, described morgues."
    (f,) = spatial(report(text, ["Homel", "Ukraine", "Belarus"]))
    assert f.verdict == "inconsistent"
    assert 30 < f.measured["distance_km"] < 50
    assert "1:10m" in f.method and "pyproj.Geod" in f.method
    assert f.places[0] == "p1" and f.claims == ["c1"]


def test_spatial_border_distance_consistent_with_one_named_country():
    text = "Homel lies less than 60 km from the Ukrainian border."
    (f,) = spatial(report(text, ["Homel", "Ukrainian"]))
    assert f.verdict == "consistent"


def test_spatial_direction_consistent():
    text = "The carriage came to a halt north of Mykolaiv, Ukraine, in the city of Voznesensk."
    found = spatial(report(text, ["Mykolaiv", "Ukraine", "Voznesensk"]))
    (f,) = [f for f in found if "bearing_deg" in f.measured]
    assert f.verdict == "consistent"
    assert f.measured["distance_km"] == pytest.approx(82, abs=3)
    assert f.measured["bearing_deg"] == pytest.approx(323, abs=3)
    assert "67.5" in f.method
    assert set(f.places) == {"p1", "p3"}


def test_spatial_direction_inconsistent():
    text = "The carriage came to a halt south of Mykolaiv, in the city of Voznesensk."
    (f,) = [f for f in spatial(report(text, ["Mykolaiv", "Voznesensk"])) if "bearing_deg" in f.measured]
    assert f.verdict == "inconsistent"


def test_spatial_distance_between_places():
    text = "Kherson is about 130 km east of Odesa."
    (f,) = spatial(report(text, ["Kherson", "Odesa"]))
    assert f.verdict == "consistent"  # ~150 km at ~70 degrees
    assert 140 < f.measured["distance_km"] < 160 and 45 < f.measured["bearing_deg"] < 90
    text = "Kherson is about 30 km west of Odesa."
    (g,) = spatial(report(text, ["Kherson", "Odesa"]))
    assert g.verdict == "inconsistent"


def test_spatial_distance_between_places_consistent():
    text = "Kherson is about 150 km from Odesa."
    (f,) = spatial(report(text, ["Kherson", "Odesa"]))
    assert f.verdict == "consistent" and "bearing_deg" in f.measured


def test_spatial_near():
    text = "Voznesensk, near Mykolaiv, was shelled."
    (f,) = [f for f in spatial(report(text, ["Voznesensk", "Mykolaiv"]))]
    assert f.verdict == "consistent" and "near" in f.method
    far = "Homel, near Odesa, was shelled."
    (g,) = spatial(report(far, ["Homel", "Odesa"]))
    assert g.verdict == "inconsistent"


def test_spatial_on_the_border():
    text = "Homel sits on the border with Ukraine."
    (f,) = spatial(report(text, ["Homel", "Ukraine"]))
    assert f.verdict == "inconsistent" and f.measured["distance_km"] > 25


def test_spatial_in_country():
    text = "Passengers at the train station in Mazyr, Belarus, were shocked."
    (f,) = spatial(report(text, ["Mazyr", "Belarus"]))
    assert f.verdict == "consistent" and f.measured["distance_km"] == 0
    wrong = "Passengers at the train station in Mazyr, Ukraine, were shocked."
    (g,) = spatial(report(wrong, ["Mazyr", "Ukraine"]))
    assert g.verdict == "inconsistent" and g.measured["distance_km"] > 10


def test_spatial_unresolved_place_is_unverifiable():
    text = "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, described morgues."
    (f,) = spatial(report(text, ["Homel", "Ukraine", "Belarus"], unresolved=("Homel",)))
    assert f.verdict == "unverifiable" and f.measured == {}
    text = "The carriage came to a halt north of Mykolaiv, in the city of Blorptown."
    (g,) = spatial(report(text, ["Mykolaiv", "Blorptown"]))
    assert g.verdict == "unverifiable"


def test_spatial_no_places_no_findings():
    assert spatial(report("Nothing about places here, 20 km or not.", [])) == []


@pytest.mark.model
def test_spatial_founding_example(example_report):
    found = [f for f in example_report.findings if f.kind == "spatial_check"]
    border = [f for f in found if "border" in f.summary]
    direction = [f for f in found if "bearing_deg" in f.measured]
    assert border and border[0].verdict == "inconsistent" and 30 < border[0].measured["distance_km"] < 50
    assert direction and direction[0].verdict == "consistent"
    assert direction[0].measured["bearing_deg"] == pytest.approx(323, abs=5)
    for f in found:
        assert f.id and f.summary and f.method and f.places


def test_spatial_uses_quantities_when_present():
    text = "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, described morgues."
    r = report(text, ["Homel", "Ukraine", "Belarus"])
    start, end = find_span(text, "fewer than 20 kilometres")
    # A quantity reading that differs from the text on purpose: the check must follow it.
    r.quantities = [model.Quantity(id="q1", start=start, end=end, text=text[start:end], value=50.0, high=50.0,
                                   qualifier="fewer than", change="<", unit="km")]
    (f,) = spatial(r)
    assert f.verdict == "consistent" and 30 < f.measured["distance_km"] < 50
    r.quantities = []
    (g,) = spatial(r)
    assert g.verdict == "inconsistent"


def test_spatial_distance_not_said_of_a_place_is_not_checked():
    text = "The convoy stopped 5 km north of Mykolaiv to refuel."
    assert spatial(report(text, ["Mykolaiv"])) == []


@pytest.mark.parametrize("link", [", ", " in ", ", in southern ", " in north-western "])
def test_spatial_in_country_phrasings(link):
    text = f"Shelling hit Mazyr{link}Ukraine overnight."
    (f,) = spatial(report(text, ["Mazyr", "Ukraine"]))
    assert f.verdict == "inconsistent"


def test_spatial_distance_with_converted_unit_in_parentheses():
    text = "Kherson lies about 150 km (93 miles) east of Odesa."
    (f,) = spatial(report(text, ["Kherson", "Odesa"]))
    assert f.verdict == "consistent" and "bearing_deg" in f.measured


@pytest.mark.parametrize(
    "text,low,high,bound",
    [
        ("several kilometres from", 3.0, None, "low"),  # a vague count is a range, not 5
        ("a few miles away", 2 * 1.609344, 5 * 1.609344, "approx"),
        ("dozens of kilometres", 24.0, None, "low"),
        ("a hundred kilometres", None, None, "approx"),
        ("twenty-five km", None, None, "approx"),
        ("several hundred kilometres", 300.0, None, "low"),
        ("a few hundred metres", 0.2, 0.5, "approx"),
    ],
)
def test_spatial_parse_vague_and_worded_distances(text, low, high, bound):
    d = parse_distance(text)
    assert (d.low_km, d.high_km, d.bound) == (pytest.approx(low) if low else None, pytest.approx(high) if high else None, bound)
    assert text[d.start : d.end] == d.text and d.text.split()[0] == text.split()[0]


def test_spatial_vague_distance_is_checked_as_a_range():
    text = "Homel is several kilometres from the Ukraine-Belarus border."
    (f,) = spatial(report(text, ["Homel", "Ukraine", "Belarus"]))
    assert f.verdict == "consistent"  # at least 3 km; 40 km measured (read as exactly 5, it would be inconsistent)
    assert distance_verdict(40, parse_distance("5 kilometres")) == "inconsistent"


def test_spatial_units_convert_through_one_table():
    from claimscope.domain.units import LENGTH_UNITS, to_km

    assert to_km(5, "miles") == pytest.approx(8.04672) and to_km(5, "mi") == to_km(5, "miles")
    assert to_km(1500, "metres") == pytest.approx(1.5) and to_km(3, "km") == 3
    assert to_km(3, "USD") is None and to_km(None, "km") is None
    assert set(LENGTH_UNITS) >= {"km", "m", "mi"}
    text = "Kherson lies about 93 miles east of Odesa."
    (f,) = spatial(report(text, ["Kherson", "Odesa"]))
    assert f.verdict == "consistent"  # 93 mi = 150 km


def _features(f, role):
    return [x for x in f.geometry["features"] if x["properties"]["role"] == role]


def test_spatial_border_check_carries_what_it_measured():
    import json

    from shapely.geometry import Point, shape

    from claimscope.geo.borders import distance_km

    text = "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, described morgues."
    (f,) = spatial(report(text, ["Homel", "Ukraine", "Belarus"]))
    g = f.geometry
    assert g["type"] == "FeatureCollection" and len(json.dumps(g)) < 8000  # a few KB
    (place,), (nearest,), (line,), (border,) = (_features(f, r) for r in ("place", "nearest", "measured", "border"))
    assert place["properties"]["place"] == "p1" and place["geometry"]["coordinates"] == [30.9754, 52.4345]
    assert border["properties"]["scale"] == "1:10m" and sorted(border["properties"]["countries"]) == ["BY", "UA"]
    lon, lat = nearest["geometry"]["coordinates"]
    # the measured line runs from the place to the nearest border point, and is as long as the verdict says
    assert line["geometry"]["coordinates"][0] == [30.9754, 52.4345]
    assert line["geometry"]["coordinates"][-1] == pytest.approx([lon, lat], abs=1e-4)
    assert distance_km(52.4345, 30.9754, lat, lon) == pytest.approx(f.measured["distance_km"], abs=0.2)
    assert line["properties"]["distance_km"] == f.measured["distance_km"]
    # the nearest point lies on the drawn 1:10m border (simplified by ~1 km at most)
    assert shape(border["geometry"]).distance(Point(lon, lat)) < 0.015


def test_spatial_in_country_carries_the_outline():
    text = "Passengers at the train station in Mazyr, Ukraine, were shocked."
    (f,) = spatial(report(text, ["Mazyr", "Ukraine"]))
    (outline,) = _features(f, "outline")
    assert outline["properties"]["country"] == "UA" and outline["properties"]["scale"] == "1:50m"
    (line,) = _features(f, "measured")
    assert line["properties"]["distance_km"] == f.measured["distance_km"] and _features(f, "nearest")
    inside = "Passengers at the train station in Mazyr, Belarus, were shocked."
    (g,) = spatial(report(inside, ["Mazyr", "Belarus"]))
    assert _features(g, "outline") and not _features(g, "measured")


def test_spatial_between_carries_the_geodesic():
    text = "Kherson is about 130 km east of Odesa."
    (f,) = spatial(report(text, ["Kherson", "Odesa"]))
    (line,) = _features(f, "measured")
    coords = line["geometry"]["coordinates"]
    assert coords[0] == [30.7326, 46.4775] and coords[-1] == [32.6178, 46.6558] and len(coords) > 2
    assert [p["properties"]["place"] for p in _features(f, "place")] == ["p2", "p1"]
    assert line["properties"]["bearing_deg"] == f.measured["bearing_deg"]


def test_spatial_unverifiable_has_no_geometry():
    text = "The carriage came to a halt north of Mykolaiv, in the city of Blorptown."
    (g,) = spatial(report(text, ["Mykolaiv", "Blorptown"]))
    assert g.verdict == "unverifiable" and g.geometry is None
