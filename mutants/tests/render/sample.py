"""A hand-built report with every section filled, for the renderer, server and browser tests.

The article is invented; offsets are computed from the text, so
``report.text[start:end] == span.text`` holds everywhere.
"""

from __future__ import annotations

from claimscope import model
from claimscope.profile import compute_profile

TEXT = (
    "Officials in Kherson said on March 3 that at least 120 civilians had been killed.\n"
    "According to a regional governor, the death toll may be as high as 300.\n"
    "Russia's defence ministry claims that only 12 people died.\n"
    "A video appears to show trucks crossing into Crimea near Armiansk, which is about 5 kilometres from the border.\n"
    "Witnesses reportedly saw convoys south of Melitopol, in the town of Kyrylivka, last week.\n"
    "The bridge was closed in 2021.\n"
)


def span(needle: str, occurrence: int = 0) -> model.Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(needle, start + 1)
    return model.Span(start=start, end=start + len(needle), text=needle)


def _flat(needle: str, occurrence: int = 0) -> dict:
    s = span(needle, occurrence)
    return {"start": s.start, "end": s.end, "text": s.text}


def sample_report(text_override: str | None = None) -> model.Report:
    attributions = [
        model.Attribution(id="a1", kind="indirect", source=span("Officials in Kherson"), source_type="collective",
                          cue=span("said"), content=[span("at least 120 civilians had been killed")], confidence=0.9),
        model.Attribution(id="a2", kind="according_to", source=span("a regional governor"), source_type="anonymous",
                          cue=span("According to"), content=[span("the death toll may be as high as 300")], confidence=0.8),
        model.Attribution(id="a3", kind="indirect", source=span("Russia's defence ministry"), source_type="named_organization",
                          cue=span("claims"), content=[span("only 12 people died")], confidence=0.95),
        model.Attribution(id="a4", kind="agentless", source=None, source_type=None,
                          cue=span("reportedly"), content=[span("saw convoys south of Melitopol, in the town of Kyrylivka")],
                          confidence=0.6),
    ]
    claims = [
        model.Claim(id="c1", **_flat("at least 120 civilians had been killed"), attribution="a1", epistemic="reported"),
        model.Claim(id="c2", **_flat("the death toll may be as high as 300"), attribution="a2", epistemic="hedged",
                    hedges=[span("may")], epistemic_cue=span("may"), because="a hedge in the content: 'may'"),
        model.Claim(id="c3", **_flat("only 12 people died"), attribution="a3", epistemic="alleged",
                    epistemic_cue=span("claims"), because="the reporting verb 'claims' distances the writer"),
        model.Claim(id="c4", **_flat("A video appears to show trucks crossing into Crimea near Armiansk, which is about 5 kilometres from the border."),
                    attribution=None, epistemic="hedged", hedges=[span("appears to")],
                    evidence=[model.Evidence(kind="video", span=span("A video"))]),
        model.Claim(id="c5", **_flat("saw convoys south of Melitopol, in the town of Kyrylivka"), attribution="a4",
                    epistemic="reported"),
        model.Claim(id="c6", **_flat("The bridge was closed in 2021."), attribution=None, epistemic="asserted"),
    ]
    quantities = [
        model.Quantity(id="q1", **_flat("at least 120"), value=120, low=120, qualifier="at least", unit="person",
                       measure="killed", entity="civilians", claim="c1", attribution="a1"),
        model.Quantity(id="q2", **_flat("as high as 300"), value=300, high=300, qualifier="as high as", unit="person",
                       measure="death toll", claim="c2", attribution="a2"),
        model.Quantity(id="q3", **_flat("12"), value=12, unit="person", measure="died", entity="people",
                       claim="c3", attribution="a3"),
        model.Quantity(id="q4", **_flat("about 5 kilometres"), value=5, qualifier="about", unit="km",
                       measure="distance", claim="c4"),
    ]
    times = [
        model.TimeExpression(id="t1", **_flat("March 3"), type="DATE", value="2022-03-03", anchor="published", claim=None),
        model.TimeExpression(id="t2", **_flat("last week"), type="DATE", value="2022-W10", anchor="published", claim="c5"),
        model.TimeExpression(id="t3", **_flat("2021"), type="DATE", value="2021", anchor="text", claim="c6"),
    ]
    places = [
        model.Place(id="p1", **_flat("Kherson"), geonameid=706448, name="Kherson", country="UA", lat=46.6354, lon=32.6169,
                    confidence=0.9),
        model.Place(id="p2", **_flat("Crimea"), geonameid=703883, name="Crimea", country="UA", lat=45.0, lon=34.0,
                    confidence=0.7, claim="c4"),
        model.Place(id="p3", **_flat("Armiansk"), geonameid=712969, name="Armyansk", country="UA", lat=46.1059, lon=33.6921,
                    confidence=0.8, claim="c4"),
        model.Place(id="p4", **_flat("Melitopol"), geonameid=702658, name="Melitopol", country="UA", lat=46.8489, lon=35.3675,
                    confidence=0.9, claim="c5"),
        model.Place(id="p5", **_flat("Kyrylivka"), geonameid=None, name=None, country=None, lat=None, lon=None,
                    confidence=0.0, reason="ambiguous: 12 candidates", claim="c5"),
        model.Place(id="p6", **_flat("Russia"), geonameid=2017370, name="Russia", country="RU", lat=60.0, lon=100.0,
                    confidence=0.6, feature="toponym"),
    ]
    findings = [
        model.Finding(id="f1", kind="figure_conflict", verdict="conflict",
                      summary="Three sources give death tolls from 12 to 300 for the same event.",
                      claims=["c1", "c2", "c3"],
                      because="all three count the dead of the same event (measure killed, people); their ranges do not overlap",
                      values=[model.FindingValue(value=120, low=120, quantity="q1", source="Officials in Kherson",
                                                 as_of="2022-03-03"),
                              model.FindingValue(value=300, high=300, quantity="q2", source="a regional governor"),
                              model.FindingValue(value=12, quantity="q3", source="Russia's defence ministry")],
                      spread=25.0, method="same measure and entity; ranges do not overlap"),
        model.Finding(id="f2", kind="spatial_check", verdict="consistent",
                      summary="Armiansk lies 4.2 km from the Ukraine-Crimea line; the text says about 5 km.",
                      claims=["c4"], places=["p3"], measured={"distance_km": 4.2, "stated_km": 5.0},
                      method="geodesic distance to the Natural Earth boundary", geometry=_collection(
                          _lines("border", [[33.55, 46.2], [33.7, 46.14], [33.85, 46.1]], name="Ukraine–Crimea", scale="1:10m"),
                          _line([[33.6921, 46.1059], [33.7, 46.143]], distance_km=4.2, to="border"),
                          _point("place", [33.6921, 46.1059], place="p3"), _point("nearest", [33.7, 46.143], to="border"))),
        model.Finding(id="f3", kind="spatial_check", verdict="inconsistent",
                      summary="Kherson lies west of Melitopol, not south.",
                      claims=["c5"], places=["p4", "p1"], measured={"distance_km": 203.5, "bearing_deg": 265.0},
                      method="initial bearing on the WGS84 ellipsoid (pyproj.Geod)", geometry=_collection(
                          _line([[35.3675, 46.8489], [34.0, 46.76], [32.6169, 46.6354]], distance_km=203.5, bearing_deg=265.0),
                          _point("place", [35.3675, 46.8489], place="p4"), _point("place", [32.6169, 46.6354], place="p1"))),
    ]
    report = model.Report(
        claimscope_version="0.1.0",
        pipeline={"spacy": "3.8.0", "en_core_web_sm": "3.8.0"},
        article=model.Article(id="sample", title="Tolls differ in the south", published="2022-03-10",
                              url="https://example.org/news/1", outlet="Example News", sha256="0" * 64),
        text=TEXT,
        sentences=[model.Span(start=s, end=s + len(line), text=line)
                   for s, line in _sentence_lines(TEXT)],
        attributions=attributions,
        claims=claims,
        quantities=quantities,
        times=times,
        places=places,
        findings=findings,
    )
    report.profile = compute_profile(report)
    return report


def _collection(*features) -> dict:
    """A spatial check's Finding.geometry, as checks.spatial writes it (a GeoJSON FeatureCollection)."""
    return {"type": "FeatureCollection", "features": list(features)}


def _feature(kind: str, coords, role: str, **props) -> dict:
    return {"type": "Feature", "geometry": {"type": kind, "coordinates": coords}, "properties": {"role": role, **props}}


def _point(role: str, lonlat: list, **props) -> dict:
    return _feature("Point", lonlat, role, **props)


def _line(coords: list, **props) -> dict:
    return _feature("LineString", coords, "measured", **props)


def _lines(role: str, *parts, **props) -> dict:
    return _feature("MultiLineString", list(parts), role, **props)


def _sentence_lines(text: str):
    pos = 0
    for line in text.split("\n"):
        if line:
            yield pos, line
        pos += len(line) + 1
