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
from ``report.quantities`` (unit km/mi/m) when the quantities component found
it, and parsed here otherwise (:func:`parse_distance`); it is read with its
qualifier (``data/geo_distance_qualifiers.txt``): an upper bound
("fewer than 20") holds when the measure is at most the bound plus a
tolerance of max(5 km, 15 %) (a city is a point, its edge is kilometres
away); a lower bound likewise; a bare or approximate figure holds within
max(10 km, 25 %).  A place that did not resolve makes the check
``unverifiable``: nothing is guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Iterable, Optional

from claimscope import model
from claimscope.lexicon import word_table

UNITS_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometers": 1.0,
            "mile": 1.609344, "miles": 1.609344, "mi": 1.609344,
            "metre": 0.001, "metres": 0.001, "meter": 0.001, "meters": 0.001, "m": 0.001}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
                "a few": 3, "several": 5, "a couple of": 2, "dozens of": 30}
NEAR_KM = 100.0
ON_BORDER_KM = 25.0
IN_COUNTRY_TOLERANCE_KM = 10.0


@dataclass(frozen=True)
class Distance:
    """A stated distance: the figure in km, how it is bounded, and where it is in the text."""

    value_km: float
    low_km: Optional[float]
    high_km: Optional[float]
    bound: str  # high | low | approx
    start: int
    end: int
    text: str


_NUM = r"\d[\d,]*(?:\.\d+)?|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
_UNIT = r"kilometres|kilometers|kilometre|kilometer|kms|km|miles|mile|mi|metres|meters|metre|meter|m"


@cache
def _distance_re(qualifiers: tuple[str, ...]) -> re.Pattern:
    quals = "|".join(sorted((re.escape(q) for q in qualifiers), key=len, reverse=True))
    return re.compile(
        rf"(?:\b(?P<qual>{quals})\s+)?(?:\ba\s+|\bthe\s+)?\b(?P<num>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<num2>{_NUM}))?"
        rf"(?:\s|-)*(?P<unit>{_UNIT})\b",
        re.IGNORECASE,
    )


def _number(text: str) -> Optional[float]:
    text = text.lower().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def parse_distance(text: str, *, qualifiers: Optional[dict[str, str]] = None) -> Optional[Distance]:
    """The first stated distance in ``text``: "fewer than 20 kilometres" -> high bound 20 km.

    Returns None when there is none.  Offsets are into ``text``.
    """
    qualifiers = qualifiers if qualifiers is not None else word_table("geo_distance_qualifiers.txt")
    for m in _distance_re(tuple(sorted(qualifiers))).finditer(text):
        value = _number(m.group("num"))
        if value is None:
            continue
        factor = UNITS_KM[m.group("unit").lower()]
        if m.group("unit").lower() == "m" and not m.group("num")[0].isdigit():
            continue
        bound = qualifiers.get((m.group("qual") or "").lower(), "approx")
        km = value * factor
        low = high = None
        if m.group("num2") and _number(m.group("num2")) is not None:
            low, high = km, _number(m.group("num2")) * factor
            km = (low + high) / 2
            bound = "approx"
        elif bound == "high":
            high = km
        elif bound == "low":
            low = km
        start = m.start("qual") if m.group("qual") else m.start("num")
        return Distance(km, low, high, bound, start, m.end(), text[start : m.end()])
    return None


QUANTITY_UNITS_KM = {"km": 1.0, "mi": 1.609344, "mile": 1.609344, "miles": 1.609344, "m": 0.001}


def distance_from_quantities(quantities: Iterable[model.Quantity], start: int, end: int) -> Optional[Distance]:
    """The first distance among the report's quantities (issue "quantities") inside ``[start, end)``.

    Offsets of the result are relative to ``start``, like :func:`parse_distance` on the sentence.
    ``change`` "<" reads as an upper bound, ">" as a lower one, anything else as approximate.
    """
    for q in sorted(quantities, key=lambda q: q.start):
        factor = QUANTITY_UNITS_KM.get((q.unit or "").lower())
        if factor is None or not (start <= q.start and q.end <= end) or q.value is None and q.low is None:
            continue
        low = q.low * factor if q.low is not None else None
        high = q.high * factor if q.high is not None else None
        value = q.value * factor if q.value is not None else (low + high) / 2 if low is not None and high is not None else low
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
    out = []
    places = sorted(report.places, key=lambda p: p.start)
    for s in report.sentences:
        inside = [p for p in places if s.start <= p.start and p.end <= s.end]
        if inside:
            out.append(_Sentence(s.start, s.end, s.text, inside))
    return out


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
    from claimscope.geo.gazetteer import load_gazetteer

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


def _finding(verdict, summary, claims, places, measured, method) -> model.Finding:
    return model.Finding(
        id="",
        kind="spatial_check",
        verdict=verdict,
        summary=summary,
        claims=claims,
        places=[p.id for p in places],
        measured={k: round(v, 1) for k, v in measured.items()},
        method=method,
    )


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
    codes = []
    for p in sentence.places:
        if start <= p.start and p.end <= end and p.country and (_kind(p) in ("country", "demonym")):
            if p.country not in codes:
                codes.append(p.country)
    return codes


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
    return _finding(verdict, summary, claims, [subject] + involved, {"distance_km": d.distance_km}, method)


def _check_between(report, sentence, stated: Optional[Distance], ref: model.Place, subject: model.Place,
                   compass: Optional[tuple[str, float, float]], geo) -> model.Finding:
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
    d = geo.distance_km(ref.lat, ref.lon, subject.lat, subject.lon)
    b = geo.bearing_deg(ref.lat, ref.lon, subject.lat, subject.lon)
    verdicts = []
    if stated is not None:
        verdicts.append(distance_verdict(d, stated))
    if compass is not None:
        verdicts.append("consistent" if angle_diff(b, compass[1]) <= compass[2] else "inconsistent")
    verdict = "inconsistent" if "inconsistent" in verdicts else "consistent"
    said = " ".join(x for x in ((stated.text if stated else ""), (compass[0] if compass else "")) if x)
    said = f"{said} it" if said == "near" else f"{said} of it" if compass else f"{said} from it"
    summary = f"{_label(subject)} lies about {d:.0f} km from {_label(ref)} at a bearing of {b:.0f}°; the text says {said}."
    return _finding(verdict, summary, claims, places, {"distance_km": d, "bearing_deg": b}, method)


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
        findings.append(_finding(verdict, summary, claims, [p, country], {"distance_km": d}, method))
    return findings


def find_spatial_checks(report: model.Report) -> list[model.Finding]:
    """Findings of kind ``spatial_check`` for the report's distance, direction and border statements."""
    if not report.places:
        return []
    from claimscope.geo import borders as geo
    from claimscope.geo.borders import load_borders

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
                        findings.append(_check_between(report, sentence, stated, ref, subject, comp, geo))
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
                findings.append(_check_between(report, sentence, None, ref, subject, (word, *compass[word]), geo))
                done = True
                break
        if not done:
            m = re.search(r"\bnear\s+(?:the\s+(?:city|town|village)\s+of\s+)?", text)
            if m:
                ref = _place_at(sentence, sentence.start + m.end(), max_gap=0)
                subject = _subject_before(sentence, sentence.start + m.start()) if ref else None
                if ref is not None and subject is not None and _kind(ref) != "country":
                    near = Distance(NEAR_KM, None, NEAR_KM, "high", m.start(), m.end(), "near")
                    f = _check_between(report, sentence, near, ref, subject, None, geo)
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
                    fake = _Sentence(sentence.start, sentence.end, text, sentence.places)
                    f = _border_on(report, fake, subject, countries, on, borders)
                    findings.append(f)
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
    return _finding(verdict, summary, claims, [subject] + involved, {"distance_km": d.distance_km}, method)
