"""Spatial checks: what a sentence says about distances, directions and borders, against the map.

Each sentence is read for five kinds of statement about its resolved places:

* distance to a border: "Homel, which is fewer than 20 kilometres from the
  Ukraine-Belarus border" -> geodesic distance from the place to the nearest
  point of that Natural Earth 1:10m land boundary;
* distance (and direction) between places: "30 km north of Kherson",
  "50 miles from Boise";
* direction alone: "north of Mykolaiv, Ukraine, in the city of Voznesensk" ->
  bearing from the reference place to the subject, within the compass word's
  sector (``data/geo_compass.txt``: +-67.5 degrees for north/south/east/west,
  +-45 for the intercardinals);
* "near" (read as within 100 km) and "on the border" (within 25 km of it);
* "in COUNTRY" ("Mazyr, Belarus", "Voznesensk in Ukraine", "the Belarusian
  city of Homel"): point in the Natural Earth 1:50m polygon, within 10 km
  of its outline to allow for coastlines and generalization.

Distances are geodesic on WGS84 (``pyproj.Geod``).  A stated distance is taken
from ``report.quantities`` (a length unit, :mod:`claimscope.domain.units`) when
the quantities component found it, and parsed here otherwise
(:func:`parse_distance`, numbers read by :mod:`claimscope.domain.numbers`: a
vague "several kilometres" is the range "at least 3 km"); it is read with its
qualifier (``data/geo_distance_qualifiers.txt``): an upper bound
("fewer than 20") holds when the measure is at most the bound plus a
tolerance of max(5 km, 15 %) (a city is a point, its edge is kilometres
away); a lower bound likewise; a bare or approximate figure holds within
max(10 km, 25 %).  A place that did not resolve makes the check
``unverifiable``: nothing is guessed.

Every measured finding carries what was measured as GeoJSON (``Finding.geometry``,
a FeatureCollection; ``properties.role`` says what each feature is): the
place points ("place"), the nearest border or outline point ("nearest"), the
measured geodesic line ("measured", with ``distance_km``), and the border line
("border", Natural Earth 1:10m, as measured) or country outline ("outline",
1:50m, as measured) near them, clipped and simplified to a few KB.  The HTML
map draws these, so it shows the scale the verdict was measured at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from shapely.geometry import MultiLineString, Point, box
from shapely.ops import nearest_points

from claimscope import model
from claimscope.domain.numbers import NUMBER_WORDS, VAGUE, number_value, vague_range
from claimscope.domain.units import LENGTH_UNITS, length_unit, to_km
from claimscope.geo.borders import GEOD, BorderDistance, Borders, bearing_deg, distance_km, load_borders
from claimscope.geo.gazetteer import load_gazetteer
from claimscope.lexicon import word_table

NEAR_KM = 100.0
ON_BORDER_KM = 25.0
IN_COUNTRY_TOLERANCE_KM = 10.0
# Finding.geometry: what was measured, clipped to this margin (degrees) around the measured points -- about the
# frame the HTML map draws (it pads 2 degrees of longitude, 1.5 of latitude) -- and simplified to ~1 km, under
# two pixels there; the distances themselves are measured on the full lines.
GEOMETRY_PAD_LON, GEOMETRY_PAD_LAT = 2.5, 2.0
GEOMETRY_SIMPLIFY_DEG = 0.01
BORDER_SCALE, OUTLINE_SCALE = "1:10m", "1:50m"


@dataclass(frozen=True)
class Distance:
    """A stated distance: the figure in km, how it is bounded, and where it is in the text.

    A vague figure ("several kilometres") is a range: ``low_km`` 3, ``high_km`` None, bound "low";
    ``value_km`` is then its lower end, never an invented exact value.
    """

    value_km: float
    low_km: Optional[float]
    high_km: Optional[float]
    bound: str  # high | low | approx
    start: int
    end: int
    text: str


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True))


_WORD = _alternation(NUMBER_WORDS)
# digits; a vague count ("several", "a few"); a run of number words ("twenty-five", "a hundred and fifty")
_NUM = (rf"\d[\d,]*(?:\.\d+)?|(?:{_alternation(VAGUE)})(?=\s|-)"
        rf"|(?:(?:a|an)\s+)?(?:{_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*(?=\s|-)")


@cache
def _unit_words() -> tuple[str, ...]:
    """The written forms of length units (``data/units.en.txt``) and the normalized ones (``LENGTH_UNITS``)."""
    written = {w for w, u in word_table("units.en.txt").items() if u in LENGTH_UNITS and re.fullmatch(r"[a-z ]+", w)}
    return tuple(sorted(written | set(LENGTH_UNITS)))


@cache
def _distance_re(qualifiers: tuple[str, ...]) -> re.Pattern:
    quals = _alternation(qualifiers)
    return re.compile(
        rf"(?:\b(?P<qual>{quals})\s+)?(?:\bthe\s+)?\b(?P<num>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<num2>{_NUM}))?"
        rf"(?:\s|-)*(?P<unit>{_alternation(_unit_words())})\b",
        re.IGNORECASE,
    )


def _number(text: str) -> Optional[tuple[float, Optional[float]]]:
    """(low, high) of a written number: exact ones have low == high; vague counts are ranges (high None: open)."""
    s = text.lower().replace(",", "")
    value = number_value(s)
    if value is not None:
        return value, value
    return vague_range(s)


def parse_distance(text: str, *, qualifiers: Optional[dict[str, str]] = None) -> Optional[Distance]:
    """The first stated distance in ``text``: "fewer than 20 kilometres" -> high bound 20 km.

    "several kilometres" -> at least 3 km (:func:`claimscope.domain.numbers.vague_range`).
    Returns None when there is none.  Offsets are into ``text``.
    """
    qualifiers = qualifiers if qualifiers is not None else word_table("geo_distance_qualifiers.txt")
    for m in _distance_re(tuple(sorted(qualifiers))).finditer(text):
        number = _number(m.group("num"))
        unit = m.group("unit")
        if number is None or (length_unit(unit) == "m" and not m.group("num")[0].isdigit()):
            continue  # "m" after a word is not metres
        low, high = to_km(number[0], unit), to_km(number[1], unit)
        bound = qualifiers.get(" ".join((m.group("qual") or "").lower().split()), "approx")
        second = _number(m.group("num2")) if m.group("num2") else None
        if second is not None and second[0] == second[1] and low == high:
            low, high = low, to_km(second[0], unit)
            km, bound = (low + high) / 2, "approx"
        elif low != high:  # a vague count: its range, whatever the qualifier
            km = low if high is None else (low + high) / 2
            bound = "low" if high is None else "approx"
        else:
            km = low
            low, high = (None, km) if bound == "high" else (km, None) if bound == "low" else (None, None)
        start = m.start("qual") if m.group("qual") else m.start("num")
        return Distance(km, low, high, bound, start, m.end(), text[start : m.end()])
    return None


def distance_from_quantities(quantities: Iterable[model.Quantity], start: int, end: int) -> Optional[Distance]:
    """The first distance among the report's quantities (issue "quantities") inside ``[start, end)``.

    Offsets of the result are relative to ``start``, like :func:`parse_distance` on the sentence.
    ``change`` "<" reads as an upper bound, ">" as a lower one, anything else as approximate.
    """
    for q in sorted(quantities, key=lambda q: q.start):
        if length_unit(q.unit) is None or not (start <= q.start and q.end <= end) or q.value is None and q.low is None:
            continue
        low, high = to_km(q.low, q.unit), to_km(q.high, q.unit)
        value = to_km(q.value, q.unit)
        if value is None:
            value = (low + high) / 2 if low is not None and high is not None else low
        if q.change == "<" or (high is not None and low is None and q.change != ">"):
            bound, high = "high", high if high is not None else value
        elif q.change == ">" or (low is not None and high is None):
            bound, low = "low", low if low is not None else value
        else:
            bound = "approx"
        return Distance(value, low, high, bound, q.start - start, q.end - start, q.text)
    return None


def distance_verdict(measured_km: float, stated: Distance) -> str:
    """consistent or inconsistent (see the module doc for the tolerances)."""
    if stated.bound == "high":
        return "consistent" if measured_km <= stated.high_km + max(5.0, 0.15 * stated.high_km) else "inconsistent"
    if stated.bound == "low":
        return "consistent" if measured_km >= stated.low_km - max(5.0, 0.15 * stated.low_km) else "inconsistent"
    low = stated.low_km if stated.low_km is not None else stated.value_km
    high = stated.high_km if stated.high_km is not None else stated.value_km
    slack = max(10.0, 0.25 * stated.value_km)
    return "consistent" if low - slack <= measured_km <= high + slack else "inconsistent"


def angle_diff(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


# -- reading the sentences --------------------------------------------------------
@cache
def _compass() -> dict[str, tuple[float, float]]:
    return {k: tuple(float(x) for x in v.split()) for k, v in word_table("geo_compass.txt").items()}


@cache
def _compass_re() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, _compass()), key=len, reverse=True))
    return re.compile(r"\b(" + words + r")\s+of\s+(?:the\s+(?:city|town|village)\s+of\s+)?", re.IGNORECASE)


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    places: list  # model.Place, in text order


def _sentences(report: model.Report) -> list[_Sentence]:
    places = sorted(report.places, key=lambda p: p.start)
    inside = [(s, [p for p in places if s.start <= p.start and p.end <= s.end]) for s in report.sentences]
    return [_Sentence(s.start, s.end, s.text, ps) for s, ps in inside if ps]


def _kind(place: model.Place) -> str:
    if place.geonameid is None:
        return "unresolved"
    if place.feature == "demonym":
        return "demonym"
    if _is_country(place):
        return "country"
    if place.country is None:
        return "region"  # a continent
    return "place"


def _is_country(place: model.Place) -> bool:
    entry = load_gazetteer().countries.get(place.country or "")
    return entry is not None and entry.geonameid == place.geonameid


def _resolved(place: model.Place) -> bool:
    return place.lat is not None and place.lon is not None


def _claims(report: model.Report, places: Iterable[model.Place], start: int, end: int) -> list[str]:
    ids = []
    for p in places:
        if p.claim and p.claim not in ids:
            ids.append(p.claim)
    if not ids:
        for c in report.claims:
            if c.start <= start and end <= c.end:
                ids.append(c.id)
                break
    return ids


def _finding(verdict, summary, claims, places, measured, method, geometry=None) -> model.Finding:
    return model.Finding(id="", kind="spatial_check", verdict=verdict, summary=summary, claims=claims,
                         places=[p.id for p in places], measured={k: round(v, 1) for k, v in measured.items()},
                         method=method, geometry=geometry)


# -- what was measured, as GeoJSON (Finding.geometry) ----------------------------------
def _rounded(coords) -> list[list[float]]:
    return [[round(float(x), 4), round(float(y), 4)] for x, y in coords]


def _feature(kind: str, coordinates, role: str, **properties) -> dict:
    return {"type": "Feature", "geometry": {"type": kind, "coordinates": coordinates}, "properties": {"role": role, **properties}}


def _point(lon: float, lat: float, role: str, **properties) -> dict:
    return _feature("Point", [round(lon, 5), round(lat, 5)], role, **properties)


def _place_point(p: model.Place) -> dict:
    return _point(p.lon, p.lat, "place", place=p.id, name=p.text)


def _measured_line(lon1: float, lat1: float, lon2: float, lat2: float, **properties) -> dict:
    """The measured line: the geodesic between the two points, a vertex every ~25 km so a long one bends as it should."""
    n = min(32, int(distance_km(lat1, lon1, lat2, lon2) // 25))
    coords = [(lon1, lat1), *(GEOD.npts(lon1, lat1, lon2, lat2, n) if n else []), (lon2, lat2)]
    return _feature("LineString", _rounded(coords), "measured", **properties)


@cache
def _simplified(borders: Borders, key) -> object:
    """A border line (key: the frozenset of the two countries) or a country's outline (key: its code), simplified once."""
    if isinstance(key, frozenset):
        return MultiLineString([part.tolist() for part in borders.border_lines(*key)]).simplify(GEOMETRY_SIMPLIFY_DEG, False)
    return borders.country_shape(key).boundary.simplify(GEOMETRY_SIMPLIFY_DEG, False)


def _clipped(borders: Borders, key, points: list[tuple[float, float]], role: str, **properties) -> Optional[dict]:
    """The simplified line clipped to the margin around ``points``, as one MultiLineString feature (None if nothing is left)."""
    lons, lats = [x for x, _ in points], [y for _, y in points]
    window = box(min(lons) - GEOMETRY_PAD_LON, min(lats) - GEOMETRY_PAD_LAT, max(lons) + GEOMETRY_PAD_LON, max(lats) + GEOMETRY_PAD_LAT)
    clip = _simplified(borders, key).intersection(window)
    parts = [g for g in getattr(clip, "geoms", [clip]) if g.geom_type == "LineString" and len(g.coords) >= 2]
    return _feature("MultiLineString", [_rounded(g.coords) for g in parts], role, **properties) if parts else None


def _collection(*features: Optional[dict]) -> dict:
    return {"type": "FeatureCollection", "features": [f for f in features if f is not None]}


def border_geometry(subject: model.Place, found: BorderDistance, countries: list[str], borders: Borders) -> dict:
    """The place, the nearest border point, the line measured between them, and the border near them (1:10m)."""
    ends = [(subject.lon, subject.lat), (found.nearest_lon, found.nearest_lat)]
    name = "–".join(borders.country_name(c) or c for c in countries)
    return _collection(
        _clipped(borders, frozenset(countries), ends, "border", countries=list(countries), name=name, scale=BORDER_SCALE),
        _measured_line(*ends[0], *ends[1], distance_km=round(found.distance_km, 1), to="border"),
        _place_point(subject), _point(*ends[1], "nearest", to="border", scale=BORDER_SCALE))


def outline_geometry(p: model.Place, iso2: str, distance: float, borders: Borders) -> dict:
    """The place and the country's outline near it (1:50m); when it lies outside, the nearest outline point too."""
    near = nearest_points(borders.country_shape(iso2), Point(p.lon, p.lat))[0] if distance > 0 else None
    ends = [(p.lon, p.lat)] + ([(near.x, near.y)] if near is not None else [])
    outline = _clipped(borders, iso2, ends, "outline", country=iso2, name=borders.country_name(iso2) or iso2, scale=OUTLINE_SCALE)
    if near is None:
        return _collection(outline, _place_point(p))
    return _collection(outline, _measured_line(*ends[0], *ends[1], distance_km=round(distance, 1), to="outline"),
                       _place_point(p), _point(*ends[1], "nearest", to="outline", scale=OUTLINE_SCALE))


def between_geometry(ref: model.Place, subject: model.Place, distance: float, bearing: float) -> dict:
    """The two places and the geodesic measured from the reference to the subject."""
    return _collection(_measured_line(ref.lon, ref.lat, subject.lon, subject.lat, distance_km=round(distance, 1),
                                      bearing_deg=round(bearing, 1)), _place_point(ref), _place_point(subject))


def _label(p: model.Place) -> str:
    return f"{p.text} ({p.name}, {p.country})" if p.name and p.country and p.name != p.text else p.text


def _subject_before(sentence: _Sentence, before: int, exclude=()) -> Optional[model.Place]:
    """The nearest non-country toponym ending before ``before`` (absolute offset); ``exclude`` holds place ids."""
    for p in reversed(sentence.places):
        if p.end <= before and p.feature == "toponym" and p.id not in exclude and _kind(p) not in ("country", "region"):
            return p
    return None


def _place_at(sentence: _Sentence, offset: int, max_gap: int = 20) -> Optional[model.Place]:
    """The first toponym starting at or shortly after ``offset`` (absolute)."""
    for p in sentence.places:
        if p.start >= offset and p.start - offset <= max_gap and p.feature == "toponym":
            return p
    return None


def _border_countries(report: model.Report, sentence: _Sentence, start: int, end: int) -> list[str]:
    codes = [p.country for p in sentence.places if start <= p.start and p.end <= end and p.country and _kind(p) in ("country", "demonym")]
    return list(dict.fromkeys(codes))


def _check_border_distance(report, sentence, stated: Distance, borders) -> Optional[model.Finding]:
    rest = report.text[sentence.start + stated.end : sentence.end]
    m = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:from|of|to)\s+(?:the\s+)?(?P<ref>.{0,60}?)\bborders?\b(?P<with>\s+with\s+(?:the\s+)?\S+(?:\s+[A-Z]\S*)?)?", rest)
    if not m:
        return None
    ref_start = sentence.start + stated.end + m.start("ref")
    ref_end = sentence.start + stated.end + m.end()
    subject = _subject_before(sentence, sentence.start + stated.start)
    countries = _border_countries(report, sentence, ref_start, ref_end)
    involved = [p for p in sentence.places if ref_start <= p.start and p.end <= ref_end]
    method = (
        "geodesic distance (pyproj.Geod, WGS84) from the place's GeoNames point to the nearest point of the "
        "Natural Earth 1:10m land boundary line between the two countries; stated bound read with a tolerance "
        "of max(5 km, 15%)"
    )
    if subject is None:
        return None  # the distance is not said of a place ("the convoy stopped 5 km from the border")
    claims = _claims(report, [subject] + involved, sentence.start, sentence.end)
    if not _resolved(subject):
        return _finding("unverifiable", f"{subject.text} could not be placed on the map, so its distance to the border is not checked.",
                        claims, [subject] + involved, {}, method)
    if len(countries) == 1 and subject.country and subject.country != countries[0]:
        countries = [subject.country, countries[0]]
    if len(countries) != 2 or not borders.has_border(*countries):
        return _finding("unverifiable", f"The border meant near {subject.text} could not be identified in the boundary data.",
                        claims, [subject] + involved, {}, method)
    d = borders.distance_to_border(subject.lat, subject.lon, *countries)
    verdict = distance_verdict(d.distance_km, stated)
    pair = "–".join(borders.country_name(c) or c for c in countries)
    summary = (
        f"{_label(subject)} is about {d.distance_km:.0f} km from the nearest point of the {pair} border; "
        f"the text says {stated.text}."
    )
    return _finding(verdict, summary, claims, [subject] + involved, {"distance_km": d.distance_km}, method,
                    border_geometry(subject, d, countries, borders))


def _check_between(report, sentence, stated: Optional[Distance], ref: model.Place, subject: model.Place,
                   compass: Optional[tuple[str, float, float]]) -> model.Finding:
    parts = []
    if stated is not None:
        parts.append("geodesic distance (pyproj.Geod, WGS84) between the two GeoNames points, stated figure read "
                     "with a tolerance (upper/lower bound: max(5 km, 15%); approximate: max(10 km, 25%))")
    if compass is not None:
        parts.append(
            f"initial geodesic bearing (pyproj.Geod, WGS84) from {ref.text}'s GeoNames point to the subject's; "
            f"'{compass[0]}' covers {compass[1]:.0f}° ± {compass[2]:.1f}°"
        )
    method = "; ".join(parts)
    places = [p for p in (subject, ref) if p is not None]
    claims = _claims(report, places, sentence.start, sentence.end)
    if not (_resolved(subject) and _resolved(ref)):
        missing = ", ".join(p.text for p in places if not _resolved(p))
        return _finding("unverifiable", f"{missing} could not be placed on the map, so the statement is not checked.", claims, places, {}, method)
    d = distance_km(ref.lat, ref.lon, subject.lat, subject.lon)
    b = bearing_deg(ref.lat, ref.lon, subject.lat, subject.lon)
    verdicts = []
    if stated is not None:
        verdicts.append(distance_verdict(d, stated))
    if compass is not None:
        verdicts.append("consistent" if angle_diff(b, compass[1]) <= compass[2] else "inconsistent")
    verdict = "inconsistent" if "inconsistent" in verdicts else "consistent"
    said = " ".join(x for x in ((stated.text if stated else ""), (compass[0] if compass else "")) if x)
    said = f"{said} it" if said == "near" else f"{said} of it" if compass else f"{said} from it"
    summary = f"{_label(subject)} lies about {d:.0f} km from {_label(ref)} at a bearing of {b:.0f}°; the text says {said}."
    return _finding(verdict, summary, claims, places, {"distance_km": d, "bearing_deg": b}, method,
                    between_geometry(ref, subject, d, b))


def _subject_for_direction(report, sentence, ref: model.Place, phrase_start: int, phrase_end: int) -> Optional[model.Place]:
    """What a "north of X" phrase locates: a place after it ("in the city of Y") or the one before it."""
    skip = {ref.id}
    # X's appositive country ("Mykolaiv, Ukraine") is part of the reference.
    for p in sentence.places:
        if p.start > ref.end and report.text[ref.end : p.start].strip() == "," and _kind(p) == "country":
            skip.add(p.id)
    for p in sentence.places:
        if p.start >= phrase_end and p.id not in skip and p.feature == "toponym" and _kind(p) not in ("country", "region"):
            return p
    return _subject_before(sentence, phrase_start, exclude=skip)


def _check_in_country(report, sentence, borders, seen: set) -> list[model.Finding]:
    findings = []
    text = report.text
    method = ("point in polygon: the place's GeoNames point against the Natural Earth 1:50m outline of the country, "
              f"accepted within {IN_COUNTRY_TOLERANCE_KM:.0f} km of the outline")
    for i, p in enumerate(sentence.places):
        if p.feature != "toponym" or _kind(p) in ("country", "unresolved"):
            continue
        country = None
        nxt = sentence.places[i + 1] if i + 1 < len(sentence.places) else None
        if nxt is not None and _kind(nxt) == "country" and re.fullmatch(r"\s*,\s*(?:in\s+)?(?:[a-z\-]+ern\s+)?|\s+in\s+(?:the\s+)?(?:[a-z\-]+ern\s+)?", text[p.end : nxt.start]):
            country = nxt
        prev = sentence.places[i - 1] if i > 0 else None
        if country is None and prev is not None and prev.feature == "demonym" and re.fullmatch(
            r"\s+(?:city|town|village|capital|port|region)\s+of\s+", text[prev.end : p.start]
        ):
            country = prev
        if country is None or not country.country:
            continue
        key = (p.geonameid, country.country)
        if key in seen:
            continue
        seen.add(key)
        claims = _claims(report, [p, country], sentence.start, sentence.end)
        if not _resolved(p) or not borders.has_country(country.country):
            findings.append(_finding("unverifiable", f"{p.text} or {country.text} could not be placed on the map.", claims, [p, country], {}, method))
            continue
        d = borders.distance_to_country_km(country.country, p.lat, p.lon)
        verdict = "consistent" if d <= IN_COUNTRY_TOLERANCE_KM else "inconsistent"
        where = "inside" if d == 0 else f"{d:.0f} km outside"
        name = borders.country_name(country.country) or country.country
        said = f"places it in {country.text}" if country.feature == "toponym" else f"calls it a {country.text} place"
        summary = f"{_label(p)} lies {where} the outline of {name}; the text {said}."
        findings.append(_finding(verdict, summary, claims, [p, country], {"distance_km": d}, method,
                                 outline_geometry(p, country.country, d, borders)))
    return findings


def find_spatial_checks(report: model.Report) -> list[model.Finding]:
    """Findings of kind ``spatial_check`` for the report's distance, direction and border statements."""
    if not report.places:
        return []
    borders = load_borders()
    compass = _compass()
    compass_re = _compass_re()
    findings: list[model.Finding] = []
    seen_in: set = set()
    for sentence in _sentences(report):
        text = sentence.text
        # The quantities component's reading when it has one, our own parse otherwise.
        stated = distance_from_quantities(report.quantities, sentence.start, sentence.end) or parse_distance(text)
        done = False
        if stated is not None:
            f = _check_border_distance(report, sentence, stated, borders)
            if f is not None:
                findings.append(f)
                done = True
            else:
                rest = text[stated.end :]
                m = re.match(r"\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:(?P<dir>[a-z\-]+)\s+of|from|outside(?:\s+of)?|of)\s+(?:the\s+(?:city|town|village)\s+of\s+)?", rest, re.IGNORECASE)
                if m:
                    ref = _place_at(sentence, sentence.start + stated.end + m.end(), max_gap=0)
                    word = (m.group("dir") or "").lower()
                    comp = (word, *compass[word]) if word in compass else None
                    if m.group("dir") and comp is None:
                        ref = None
                    subject = _subject_for_direction(report, sentence, ref, sentence.start + stated.start, ref.end) if ref else None
                    if subject is not None:
                        findings.append(_check_between(report, sentence, stated, ref, subject, comp))
                        done = True
        if not done:
            for m in compass_re.finditer(text):
                ref = _place_at(sentence, sentence.start + m.end(), max_gap=0)
                if ref is None:
                    continue
                word = m.group(1).lower()
                subject = _subject_for_direction(report, sentence, ref, sentence.start + m.start(), ref.end)
                if subject is None:
                    continue
                findings.append(_check_between(report, sentence, None, ref, subject, (word, *compass[word])))
                done = True
                break
        if not done:
            m = re.search(r"\bnear\s+(?:the\s+(?:city|town|village)\s+of\s+)?", text)
            if m:
                ref = _place_at(sentence, sentence.start + m.end(), max_gap=0)
                subject = _subject_before(sentence, sentence.start + m.start()) if ref else None
                if ref is not None and subject is not None and _kind(ref) != "country":
                    near = Distance(NEAR_KM, None, NEAR_KM, "high", m.start(), m.end(), "near")
                    f = _check_between(report, sentence, near, ref, subject, None)
                    f.method = f"'near' read as within {NEAR_KM:.0f} km; geodesic distance (pyproj.Geod, WGS84) between the two GeoNames points"
                    findings.append(f)
                    done = True
        if not done:
            m = re.search(r"\bon\s+the\s+(?P<ref>.{0,60}?)\bborder\b(?:\s+with\s+(?:the\s+)?)?", text)
            if m:
                subject = _subject_before(sentence, sentence.start + m.start())
                countries = _border_countries(report, sentence, sentence.start + m.start(), sentence.end)
                if subject is not None:
                    on = Distance(ON_BORDER_KM, None, ON_BORDER_KM, "high", m.start(), m.end(), f"on the border (within {ON_BORDER_KM:.0f} km)")
                    if len(countries) == 1 and subject.country and subject.country != countries[0]:
                        countries = [subject.country, countries[0]]
                    findings.append(_border_on(report, sentence, subject, countries, on, borders))
        findings.extend(_check_in_country(report, sentence, borders, seen_in))
    return findings


def _border_on(report, sentence, subject, countries, on: Distance, borders) -> model.Finding:
    method = ("'on the border' read as within 25 km of it: geodesic distance (pyproj.Geod, WGS84) to the nearest point "
              "of the Natural Earth 1:10m land boundary line")
    involved = [p for p in sentence.places if p.country in countries and p.id != subject.id]
    claims = _claims(report, [subject] + involved, sentence.start, sentence.end)
    if not _resolved(subject):
        return _finding("unverifiable", f"{subject.text} could not be placed on the map.", claims, [subject] + involved, {}, method)
    if len(countries) != 2 or not borders.has_border(*countries):
        return _finding("unverifiable", f"The border meant at {subject.text} could not be identified in the boundary data.", claims, [subject] + involved, {}, method)
    d = borders.distance_to_border(subject.lat, subject.lon, *countries)
    verdict = "consistent" if d.distance_km <= ON_BORDER_KM else "inconsistent"
    pair = "–".join(borders.country_name(c) or c for c in countries)
    summary = f"{_label(subject)} is about {d.distance_km:.0f} km from the {pair} border; the text puts it on the border."
    return _finding(verdict, summary, claims, [subject] + involved, {"distance_km": d.distance_km}, method,
                    border_geometry(subject, d, countries, borders))
