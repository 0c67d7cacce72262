"""Resolve place mentions in a text to gazetteer entries, using what the text says around them.

Pure functions over a text and character spans, so the pipeline component and
the evaluation (which is handed gold spans) resolve the same way.

Two passes: the first collects the countries and US states the text names
(and those its demonyms point to); the second ranks each mention's candidates
with that article context plus the mention's own surroundings: an appositive
("Mazyr, Belarus", "Boise, Idaho"), a feature word before it ("the city of
Voznesensk", "the Belarusian city of Homel") or after it ("Washington state").
A third pass re-ranks the names that had several candidates, preferring those
near the article's settlements that had only one.  In between, a region's short
form takes the region named in full ("Suffolk" after "Suffolk County").  On
request (``focus_fallback``), a toponym still unresolved is placed,
approximately and without an id, at the article's focus (:func:`at_focus`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Optional

from claimscope import types as t
from claimscope.geo.gazetteer import Gazetteer
from claimscope.geo.records import Context, Entry, Resolution, normalize
from claimscope.geo.scoring import near, score
from claimscope.lexicon import word_list, word_table


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    feature: str = "toponym"  # toponym | demonym


_NAME = r"[A-Z][\w’'.\-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'.\-]*){0,3}"
_APPOSITIVE = re.compile(r"\s*,\s+(?:the\s+)?(" + _NAME + r")")
_FEATURE_BEFORE = re.compile(r"(?:\b([A-Z][\w\-]*)\s+)?\b([a-z]+)\s+of\s+(?:the\s+)?$")
_FEATURE_AFTER = re.compile(r"\s+([a-z]+)\b")
_POSSESSIVE = re.compile(r"[’']s?$")
_APPOSITION_END = re.compile(r"[’']?s?\s*(?:[,.;:)\n(—–]|$)")
SMALL_CITY = 100_000
FAMOUS_CITY = 100_000  # a city this big named inside an organization's name is that city  # a demonym outranks a town smaller than this that bears its name
_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,3}")
FOCUS_CONFIDENCE = 0.1  # a name placed at the article's focus (see at_focus)
_CONTAINER = re.compile(r"(?:\s*,\s*|\s+(?:in|at|near)\s+)(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(" + _NAME + r")")


def appositive_container(text: str, end: int, gazetteer: Gazetteer) -> Optional[Entry]:
    """The country or US state named right after a mention: "Mykolaiv, Ukraine" -> Ukraine."""
    m = _APPOSITIVE.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # longest first: "Ukraine" out of "Ukraine, in ..."
        name = _POSSESSIVE.sub("", " ".join(words[:n]).rstrip(".,;:"))
        found = gazetteer.container(name)
        if found is not None and found.kind in ("country", "us_state"):
            return found
    return None


COUNTY_KM = 100.0  # a place "in" a county lies within this of the county's point


def appositive_county(text: str, end: int, gazetteer: Gazetteer, countries: Counter = Counter(), states: frozenset = frozenset()) -> Optional[Entry]:
    """The county (a second-level region) named right after a mention: "Oulton Park, Cheshire." -> Cheshire.

    The appositive must end there (a comma, a full stop...), and the name must
    resolve to the county in the article's context ("Cheshire" in a US article
    is the town in Connecticut, not an appositive county).
    """
    m = _APPOSITIVE.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n]).rstrip(".,;:")
        if not _APPOSITION_END.match(text, m.start(1) + len(part)):
            continue
        name = _clean(part)
        if not gazetteer.candidates(name):
            continue
        found = gazetteer.resolve(name, Context(countries=countries, states=states), fallback=False).entry
        return found if found is not None and found.kind == "admin2" else None
    return None


def _within(a: Entry, b: Entry, km: float) -> bool:
    return near(a.lat, a.lon, b.lat, b.lon, km)


_COORD_BEFORE = re.compile(r"\b([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_COORD_AFTER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})")
_KIND_FEATURE = {"us_state": "region", "admin1": "region", "country": "country"}


def coordinated_kind(text: str, start: int, end: int, gazetteer: Gazetteer, name: str) -> tuple[Optional[str], Optional[str]]:
    """``(feature, country)`` when the mention is listed with a US state, a region or a country.

    "western states such as California or Washington": Washington is the state;
    "Russia and Georgia": Georgia is the country; "the North West and Limpopo
    provinces": North West is a region of Limpopo's country (South Africa).
    The neighbour counts by its best candidate alone (a state, not the town of
    California, Maryland), and only when the mention itself may be of that kind.
    """
    kinds = {e.kind for e, _ in gazetteer.candidates(name)}
    neighbours = []
    m = _COORD_BEFORE.search(text, max(0, start - 50), start)
    if m:
        neighbours.append(m.group(1))
    m = _COORD_AFTER.match(text, end, min(len(text), end + 50))
    if m:
        neighbours.append(m.group(1))
    for words in neighbours:
        tokens = words.split()
        for n in range(len(tokens), 0, -1):  # longest first: "New Mexico" before "New"
            part = _clean(" ".join(tokens[:n]).rstrip(".,;:"))
            cands = gazetteer.candidates(part) if normalize(part) != normalize(name) else []
            if cands:
                best = max(cands, key=lambda c: score(c[0], c[1], Context()))[0]
                if best.kind in _KIND_FEATURE and best.kind in kinds:
                    return _KIND_FEATURE[best.kind], best.country if best.kind == "admin1" else None
                break
    return None, None


def feature_hint(text: str, start: int, end: int, gazetteer: Gazetteer, feature_words: dict[str, str]):
    """``(feature, country)`` from the words around a mention.

    "the Belarusian city of Homel" -> ("settlement", Belarus); "the state of
    Georgia" -> ("region", None); "Washington state" -> ("region", None).
    """
    before = text[max(0, start - 40) : start]
    m = _FEATURE_BEFORE.search(before)
    if m and m.group(2) in feature_words:
        country = gazetteer.container(m.group(1)) if m.group(1) else None
        return feature_words[m.group(2)], country
    m = _FEATURE_AFTER.match(text, end, min(len(text), end + 20))
    if m and feature_words.get(m.group(1)) == "region":
        return "region", None
    return None, None


def article_context(text: str, mentions: Iterable[Mention], gazetteer: Gazetteer) -> tuple[Counter, frozenset]:
    """Countries (with counts) and US states the text names, for ranking the rest."""
    countries: Counter = Counter()
    states = set()
    for m in mentions:
        name = _clean(text[m.start : m.end])
        cands = gazetteer.candidates(name) if m.feature != "demonym" else []
        if not cands:  # a demonym ("British"), also when the mention was not flagged as one
            entry = gazetteer.demonym(name)
            if entry is not None and entry.kind == "country":
                countries[entry.country] += 1
            continue
        # The name's likelier sense alone: "the Washington Post" names D.C., not the state.
        entry = max(cands, key=lambda c: score(c[0], c[1], Context()))[0]
        if entry.kind == "country":
            countries[entry.country] += 1
        elif entry.kind == "us_state" or any(e.kind == "us_state" and e.admin1 == entry.admin1 for e, _ in cands):
            states.add((entry.country, entry.admin1))  # "New York" (the city or the state) is in New York
            countries["US"] += 1
    return countries, frozenset(states)


_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z][\w’'\-]*)")


def _in_proper_name(text: str, end: int, gazetteer: Gazetteer) -> bool:
    """Whether a mention runs on into a longer proper name ("Cambridge Analytica"), not a place ("Paris Texas")."""
    m = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if not m:
        return False
    word = m.group(1)
    key = normalize(word)
    if key in word_table("geo_feature_words.txt") or key in _PLACE_SUFFIXES:
        return False  # "Washington state", "Orange County"
    return not gazetteer.candidates(word) and gazetteer.demonym(word) is None


_PLACE_SUFFIXES = frozenset("county city state province region district parish borough township island islands".split())


def _clean(name: str) -> str:
    return _POSSESSIVE.sub("", name.strip())


def resolve_mention(
    text: str,
    mention: Mention,
    gazetteer: Gazetteer,
    *,
    countries: Counter = Counter(),
    states: frozenset = frozenset(),
    feature_words: Optional[dict[str, str]] = None,
    anchors: tuple = (),
    place_countries: frozenset = frozenset(),
    neighbours: tuple = (),
) -> Resolution:
    """Resolve one mention given the article context (see :func:`article_context`)."""
    name = _clean(text[mention.start : mention.end])
    if mention.feature == "demonym":
        entry = gazetteer.demonym(name)
        if entry is None:
            return Resolution(None, 0.0, f"'{name}' is not in the demonym table")
        return Resolution(entry, 0.9, "demonym of the country" if entry.kind == "country" else "demonym", 1)
    feature_words = feature_words if feature_words is not None else word_table("geo_feature_words.txt")
    container = appositive_container(text, mention.end, gazetteer)
    if container is not None and any(e.kind == container.kind for e, _ in gazetteer.candidates(name)):
        container = None  # "Mexico, the US, and Canada", "Texas, California": a list, not an appositive
    feature, adj_country = feature_hint(text, mention.start, mention.end, gazetteer, feature_words)
    listed_country = None
    if feature is None:
        feature, listed_country = coordinated_kind(text, mention.start, mention.end, gazetteer, name)
    hint_country = hint_admin1 = None
    county = appositive_county(text, mention.end, gazetteer, countries, states) if container is None else None
    if county is not None:  # "Oulton Park, Cheshire", "Springfield, Sangamon County"
        hint_country = county.country
        hint_admin1 = (county.country, county.admin1) if county.admin1 else None
    if container is not None:
        if container.kind == "us_state":
            hint_admin1 = (container.country, container.admin1)
            hint_country = container.country
        else:
            hint_country = container.country
    elif adj_country is not None and adj_country.kind == "country":
        hint_country = adj_country.country
    elif listed_country is not None and county is None:
        hint_country = listed_country  # "the North West and Limpopo provinces": regions of one country
    # A name does not vouch for itself: "Oklahoma" must not pull "Oklahoma City" in.
    own = {(e.country, e.admin1) for e, _ in gazetteer.candidates(name) if e.kind == "us_state"}
    cands = gazetteer.candidates(name)
    famous = bool(cands) and all(e.kind == "city" for e, _ in cands) and max(e.population for e, _ in cands) >= FAMOUS_CITY
    if famous and container is None and feature is None and _in_proper_name(text, mention.end, gazetteer):
        # "Cambridge Analytica", "Venice Commission", "Portland Trail Blazers": a name inside a longer
        # proper name is the well-known place, whatever else the article is about.
        countries, states, anchors = Counter(), frozenset(), ()
    context = Context(
        countries=countries, states=states - own, hint_country=hint_country, hint_admin1=hint_admin1, feature=feature,
        anchors=anchors, place_countries=place_countries, neighbours=neighbours,
    )
    resolution = gazetteer.resolve(name, context, fallback=False)
    demonym = gazetteer.demonym(name)
    if (
        demonym is not None and resolution.entry is not None and resolution.entry.kind == "city"
        and resolution.entry.population < SMALL_CITY and hint_country is None and feature is None
    ):  # "Arab" is a demonym before it is a town of 8,000 in Alabama
        return Resolution(demonym, 0.6, f"demonym (also the name of a town of {resolution.entry.population:,}: {resolution.entry.name}, {resolution.entry.country})", 1)
    if resolution.entry is None and gazetteer.demonym(name) is not None:
        entry = gazetteer.demonym(name)
        return Resolution(entry, 0.8, "demonym of the country", 1)
    if resolution.entry is None:  # a county's namesake town, a small town ("Coggeshall")
        resolution = gazetteer.resolve(name, context)
    # The coverage tier (alternate names, divisions, US postal places; only where the article
    # vouches for the place, see Gazetteer.resolve_more): the whole name before a name inside it
    # ("Washington Township" in Ohio, not Washington, D.C.), unless the text puts it elsewhere.
    extra = gazetteer.resolve_more(name, context) if resolution.entry is None else None
    if extra is not None and extra.entry is not None:
        where = county or getattr(containing_settlement(text, mention.end, gazetteer, context), "entry", None)
        if where is None or _within(extra.entry, where, COUNTY_KM):
            return extra
    if resolution.entry is None:
        inner = embedded_name(name, gazetteer)
        if inner is not None:
            sub = gazetteer.resolve(inner, context) if gazetteer.candidates(inner) else None
            if sub is not None and sub.entry is not None:
                settled = containing_settlement(text, mention.end, gazetteer, context)
                if settled is not None and not _within(sub.entry, settled.entry, COUNTY_KM):
                    return settled  # "the Drama Theater in Mariupol": where the text puts it, not Drama (Greece)
                if in_geography(sub.entry, countries):
                    return Resolution(sub.entry, round(sub.confidence * 0.8, 3), f"by the embedded name '{inner}'; {sub.reason}", sub.n_candidates)
                resolution = Resolution(
                    None, 0.0,
                    f"no GeoNames entry named '{name}'; its embedded name '{inner}' is {sub.entry.name} ({sub.entry.country}), "
                    f"outside the countries the article names ({', '.join(sorted(countries))})",
                )
            else:
                entry = gazetteer.demonym(inner)
                if entry is not None:
                    return Resolution(entry, 0.7, f"by the embedded demonym '{inner}'", 1)
    if county is not None and (resolution.entry is None or not _within(resolution.entry, county, COUNTY_KM)):
        # Nothing of that name lies in the county the text places it in: the county's point.
        approx = Entry(None, county.name, "approximate", county.country, county.admin1, county.lat, county.lon, 0)
        reason = f"no GeoNames entry for it in {county.name}; placed at {county.name} ({county.country}), the county named with it (approximate, no id)"
        return Resolution(approx, 0.2, reason, 1)
    if resolution.entry is None:
        approx = containing_settlement(text, mention.end, gazetteer, context)
        if approx is not None:
            return approx
    return resolution


def in_geography(entry: Entry, countries: Counter) -> bool:
    """Whether a place a longer name is named after may stand for that name in this article.

    A name resolves in the article's geography before the world's: "Drama
    Theater" in an article that names Ukraine and Russia is not in Dráma,
    Greece.  A country, continent, US state or curated feature ("Bank of
    Mexico", "Florida Atlantic University"), a city of at least
    ``FAMOUS_CITY`` ("Dubai World Cup"), a place in a country the article names,
    or any place when the article names no country, may.
    """
    if not countries or entry.country in countries:
        return True
    if entry.kind in ("country", "continent", "us_state", "feature"):
        return True
    return entry.kind == "city" and entry.population >= FAMOUS_CITY


def containing_settlement(text: str, end: int, gazetteer: Gazetteer, context: Context) -> Optional[Resolution]:
    """An approximate point for a feature the gazetteer lacks, from the settlement named with it.

    "Barclays Center in Brooklyn", "Crown Heights, Brooklyn": the feature lies
    in (or at) that settlement, so it takes the settlement's point, with no
    GeoNames id (kind ``approximate``), a low confidence and a reason that says
    so.  Only a city or town counts (a region's point says little about a
    feature inside it); spatial checks treat such a place as unresolved.
    """
    m = _CONTAINER.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    words = m.group(1).split()
    comma = m.group(0).lstrip().startswith(",")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n]).rstrip(".,;:")
        name = _clean(part)
        after = m.start(1) + len(part)
        if comma and not _APPOSITION_END.match(text, after):
            continue  # "Beyond Madinaty, Liverpool have ...": not an appositive
        if not gazetteer.candidates(name):
            continue
        sub = gazetteer.resolve(name, context, fallback=False)
        if sub.entry is None or sub.entry.kind != "city":
            return None
        e = sub.entry
        approx = Entry(None, e.name, "approximate", e.country, e.admin1, e.lat, e.lon, 0)
        reason = f"no GeoNames entry for it; placed at {e.name} ({e.country}), the settlement named with it (approximate, no id)"
        return Resolution(approx, round(min(0.3, sub.confidence * 0.3), 3), reason, 1)
    return None


_WORD = re.compile(r"[A-Z][\w’'.&\-]*")


def embedded_name(name: str, gazetteer: Gazetteer) -> Optional[str]:
    """The longest run of capitalized words inside a longer name that the gazetteer knows.

    "Dubai World Cup" -> "Dubai", "Bank of Mexico" -> "Mexico", "European
    Commission" -> "European" (a demonym).
    """
    tokens = name.split()
    if len(tokens) < 2:
        return None
    for n in range(len(tokens) - 1, 0, -1):
        found = []
        for i in range(len(tokens) - n + 1):
            part = " ".join(tokens[i : i + n]).strip(".,;:()")
            if not _WORD.fullmatch(tokens[i]) or not _WORD.match(tokens[i + n - 1]):
                continue  # a run must start and end with a capitalized word
            if n == 1 and normalize(part) in word_list("geo_common_words.txt"):
                continue  # "Soviet Union", "University of California", "Islamic Republic"
            if gazetteer.demonym(part) is not None:
                found.append((5.0, part))
                continue
            best = gazetteer.matchable_entry(part) if n == 1 else None
            cands = gazetteer.candidates(part) if n > 1 else ([best] if best else [])
            if cands:
                found.append((max(score(e, p, Context()) for e, p in cands), part))
        if found:  # the strongest name of that length: "Bank of Mexico" -> Mexico, not a town called Bank
            return max(found)[1]
    return None


def resolve_mentions(
    text: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    *,
    feature_words: Optional[dict[str, str]] = None,
    focus_fallback: bool = False,
) -> list[Resolution]:
    """Resolve every mention of a text, in the given order (three passes, see the module doc).

    ``focus_fallback`` places the names the gazetteer lacks at the article's
    focus (:func:`at_focus`).  It is off by default: such a point is a guess
    from the article as a whole, not from the mention, and a name with no
    gazetteer match stays unresolved with its reason unless the user asks.
    """
    countries, states = article_context(text, mentions, gazetteer)
    first = [
        resolve_mention(text, m, gazetteer, countries=countries, states=states, feature_words=feature_words)
        for m in mentions
    ]
    # One sense per article: a name placed approximately once ("Brands Hatch, in Kent" ... "Brands
    # Hatch") is placed so wherever it stays unresolved.
    approx = {}
    for m, r in zip(mentions, first):
        if r.entry is not None and r.entry.kind == "approximate":
            approx.setdefault(normalize(_clean(text[m.start : m.end])), r)
    if approx:
        first = [
            approx.get(normalize(_clean(text[m.start : m.end])), r) if r.entry is None and m.feature == "toponym" else r
            for m, r in zip(mentions, first)
        ]
    first = short_forms(text, mentions, first)
    # Third pass: an ambiguous name goes to the candidate near the places that resolved without doubt.
    # Only settlements and counties are anchors: a state or region is an area, nearness to its
    # centroid says little, and the article's states already count (``Context.states``).
    anchors = {}
    for m, r in zip(mentions, first):
        if r.entry is not None and r.entry.kind in ("city", "admin2") and r.n_candidates == 1:
            anchors.setdefault(_clean(text[m.start : m.end]), (r.entry.lat, r.entry.lon))
    # A region abbreviation ("WA", "N.B.") stands for a region of a country the article's settlements lie in.
    place_countries = frozenset(
        r.entry.country for m, r in zip(mentions, first)
        if r.entry is not None and r.entry.kind == "city" and not _ABBREVIATION.fullmatch(_clean(text[m.start : m.end]))
    )
    # Every other place as first resolved (Context.neighbours): seen by the learned ranker, and by
    # the coverage tier, which takes a name near one (Gazetteer.resolve_more); the rules ignore them.
    learned = gazetteer.ranker is not None
    neighbours = {}
    for m, r in zip(mentions, first):
        if r.entry is not None and r.entry.kind in ("city", "admin2"):
            neighbours.setdefault(_clean(text[m.start : m.end]), (r.entry.lat, r.entry.lon, r.entry.country))
    out = []
    for m, r in zip(mentions, first):
        name = _clean(text[m.start : m.end])
        abbreviation = bool(place_countries) and _ABBREVIATION.fullmatch(name) is not None
        unresolved = r.entry is None and (anchors or neighbours)  # the coverage tier goes by nearness
        again = anchors and r.n_candidates > 1 or unresolved or abbreviation or (learned and r.n_candidates > 1)
        if again and m.feature == "toponym":
            points = tuple(p for n, p in anchors.items() if n != name)[:20]
            r = resolve_mention(
                text, m, gazetteer, countries=countries, states=states, feature_words=feature_words, anchors=points,
                place_countries=place_countries, neighbours=tuple(p for n, p in neighbours.items() if n != name)[:30],
            )
        out.append(r)
    return at_focus(mentions, out, countries) if focus_fallback else out


_REGION_SUFFIX = re.compile(r"(.+) (?:county|parish|borough|province|region|oblast|governorate|prefecture)")


def short_forms(text: str, mentions: list[Mention], resolutions: list[Resolution]) -> list[Resolution]:
    """One sense per article for a region's short form: "Suffolk" after "Suffolk County" is the county.

    A toponym that is the name of a county, province or region the article
    names in full elsewhere takes that region, unless it resolved without doubt
    on its own (one candidate).
    """
    full = {}
    for m, r in zip(mentions, resolutions):
        if r.entry is not None and r.entry.kind in ("admin1", "admin2", "us_state") and m.feature == "toponym":
            found = _REGION_SUFFIX.fullmatch(normalize(_clean(text[m.start : m.end])))
            if found:
                full.setdefault(found.group(1), (_clean(text[m.start : m.end]), r))
    if not full:
        return resolutions
    out = []
    for m, r in zip(mentions, resolutions):
        name = _clean(text[m.start : m.end])
        key = normalize(name)
        if key in full and m.feature == "toponym" and (r.entry is None or r.n_candidates > 1):
            long_name, lr = full[key]
            r = Resolution(lr.entry, lr.confidence, f"short for '{long_name}', named in the article; {lr.reason}", 1)
        out.append(r)
    return out


def article_focus(resolutions: list[Resolution], countries: Counter = Counter()) -> Optional[tuple[Entry, int]]:
    """The article's focus: the settlement with the most mentions of itself and of its country (the
    first named on a tie), with its own number of mentions.

    Counting the country too keeps a club's home town ("Liverpool", eight times
    in an article about its academy in Cairo, Egypt) from outweighing the
    settlement of the country the article is about."""
    counts: Counter = Counter()
    first: dict = {}
    for i, r in enumerate(resolutions):
        e = r.entry
        if e is not None and e.kind == "city":
            counts[e] += 1
            first.setdefault(e, i)
    if not counts:
        return None
    focus = max(counts, key=lambda e: (counts[e] + countries.get(e.country, 0), -first[e]))
    return focus, counts[focus]


def at_focus(mentions: list[Mention], resolutions: list[Resolution], countries: Counter = Counter()) -> list[Resolution]:
    """Place the toponyms the gazetteer lacks at the article's focus, approximately.

    A neighbourhood, venue or village the gazetteer does not hold ("Faubourg
    Marigny", "Sloss Furnaces", "Toomevara") is most likely near the settlement
    the article is about (see :func:`article_focus`): such a name takes that
    settlement's point, with no GeoNames id (kind ``approximate``), a confidence
    of 0.1 and a reason that says so.  Spatial checks treat it as unresolved.
    """
    if not any(r.entry is None and m.feature == "toponym" for m, r in zip(mentions, resolutions)):
        return resolutions
    found = article_focus(resolutions, countries)
    if found is None:
        return resolutions
    e, n = found
    approx = Entry(None, e.name, "approximate", e.country, e.admin1, e.lat, e.lon, 0)
    times = "once" if n == 1 else f"{n} times"
    reason = f"no GeoNames entry for it; placed at {e.name} ({e.country}), the article's focus (named {times}) (approximate, no id)"
    return [
        Resolution(approx, FOCUS_CONFIDENCE, reason, 1) if r.entry is None and m.feature == "toponym" else r
        for m, r in zip(mentions, resolutions)
    ]


def to_places(mentions: list[Mention], resolutions: list[Resolution]) -> list[t.Place]:
    """Frozen :class:`claimscope.types.Place` records with ids p1.. in text order."""
    places = []
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
    for n, i in enumerate(order, 1):
        m, r = mentions[i], resolutions[i]
        e = r.entry
        places.append(
            t.Place(
                id=f"p{n}",
                span=(m.start, m.end),
                geonameid=e.geonameid if e else None,
                name=e.name if e else None,
                country=e.country if e else None,
                admin1=e.admin1 if e else None,
                lat=round(e.lat, 5) if e else None,
                lon=round(e.lon, 5) if e else None,
                confidence=round(r.confidence, 3),
                feature=m.feature,
                reason=_with_source(r.reason, e),
                extra={"kind": e.kind} if e else {},
            )
        )
    return places


def _with_source(reason: Optional[str], entry) -> Optional[str]:
    """Say where a point without a GeoNames id comes from (a county, a curated feature)."""
    if entry is None or entry.geonameid is not None or entry.kind == "approximate" or "coverage tier" in (reason or ""):
        return reason  # (the coverage tier's reasons name their source)
    if entry.kind == "admin2" and entry.country == "US":
        source = "US county without a GeoNames id here; point: the median of its zip codes"
    else:
        source = "no verified GeoNames id; point from claimscope's curated feature table"
    return f"{reason}; {source}" if reason else source
