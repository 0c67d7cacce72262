"""Places: recognize toponyms and demonyms, resolve them against GeoNames.

Recognition combines spaCy's entities with the gazetteer, because neither is
enough alone: on the founding example spaCy labels "Homel" ORG and misses
"Belarus" inside "Ukraine-Belarus border".

* spaCy's GPE/LOC/FAC entities are toponyms (kept even when the gazetteer has
  no entry: they stay unresolved, with the reason).
* ORG and PERSON entities whose text is a gazetteer name count when nothing
  argues against it (a PERSON needs a place context: "in", "near", ", Belarus").
* A gazetteer matcher scans capitalized token runs (up to five tokens) against
  the alias index: countries, US states, continents, and cities above
  ``match_population`` (alternate names above ``alias_match_population``).
  Names that are also common words, first names or months ("Nice", "Reading",
  "Mobile", "March"; ``data/geo_common_words.txt``) need spaCy's GPE/LOC label
  or a place context; a one-token city needs the PROPN tag; nothing inside a
  PERSON entity counts.
* Demonyms and place adjectives ("Belarusian city", "Russian buses",
  ``data/geo_demonyms.txt``) map to their country with ``feature="demonym"``.
* A name inside an organisation or a facility name is not a place by itself
  (:func:`enclosing_name`): "Europe" in "Radio Free Europe", "Drama" in "the
  Drama Theater in Mariupol".  An organisation's name yields no place; a
  facility's ("Kyiv International Airport", "the Mariupol Drama Theater") is
  one place, the landmark.  GeoWebNews annotates the inner names as toponyms
  (Embedded_Literal, Embedded_Non_Lit); ``embedded=True`` follows that
  convention (the evaluation does).

Resolution is :func:`claimscope.geo.resolve.resolve_mentions`.  The component
writes ``doc._.places`` (``types.Place`` records, ids p1.. in text order).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from claimscope.extract.base import Component, doc_text
from claimscope.geo.gazetteer import Gazetteer, load_gazetteer, normalize
from claimscope.geo.resolve import Mention, resolve_mentions, to_places
from claimscope.lexicon import word_list, word_table

CONNECTORS = frozenset({"of", "de", "la", "le", "del", "da", "do", "upon", "on", "the", "al", "el", "es", "sur", "am", "an", "and"})
PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "near", "to", "outside", "across", "through", "into", "towards", "toward", "around", "of", "via", "throughout", "inside", "within"}
)
MAX_TOKENS = 5
# Tokens inside these entities are never matched from the gazetteer ("In March", "George Washington").
BLOCKING_LABELS = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_POSSESSIVE = re.compile(r"(?:[’']s|[’'])$")
NAME_CONNECTORS = frozenset({"of", "for", "&", "and", "the", "de", "du", "des", "la"})
NAME_HEADS_FILE = "geo_name_heads.txt"
LOCATIVE = frozenset({"at", "inside", "outside", "near"})  # before an organisation's name: it is used as a site


def _trim(doc: Doc, start: int, end: int) -> Optional[tuple[int, int]]:
    """Character span of a token range without a leading "the" and a trailing possessive."""
    while start < end and doc[start].lower_ in ("the",):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    if start >= end:
        return None
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    m = _POSSESSIVE.search(doc_text(doc)[s:e])
    if m:
        e -= len(m.group(0))
    return (s, e) if e > s else None


def _place_context(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A preposition of place before the tokens, or ", <country or state>" after them."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ in PLACE_PREPOSITIONS:
        return True
    if end + 1 < len(doc) and doc[end].text == ",":
        nxt = doc[end + 1]
        entry = gazetteer.container(nxt.text)
        if entry is not None and entry.kind in ("country", "us_state"):
            return True
    return False


_HYPHEN = re.compile(r"[-–‑]")


def _hyphen_parts(text: str, offset: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Place names joined by hyphens: "U.S.-Mexico" -> the spans of "U.S." and "Mexico" (all parts must be known)."""
    parts, start = [], 0
    for m in list(_HYPHEN.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        part = text[start:end]
        if not part or gazetteer.matchable_kind(part) is None or gazetteer.demonym(part) is not None:
            return []
        parts.append((offset + start, offset + end))
        start = m.end() if m else end
    return parts if len(parts) > 1 else []


def _after_feature_word(doc: Doc, i: int, feature_words, taken) -> int:
    """End of a capitalized run right after "the city of", "the village of", "the region of" (0 if none).

    The name is a place whatever the gazetteer says ("the village of Chornobaivka"); it may stay unresolved.
    """
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].lower_ not in feature_words:
        return 0
    j = i
    while j < len(doc) and j - i < 3 and not taken[j] and _capitalized(doc[j].text) and doc[j].is_alpha:
        j += 1
    return j if j > i else 0


def _foreign_acronym(text: str, gazetteer: Gazetteer) -> bool:
    """An acronym ("UN", "OAS", "P.A.") that is not a known all-caps place name ("US", "UAE").

    Four letters and more are left alone: datelines write "KYIV", "ROME", "DOHA".
    """
    letters = text.replace(".", "")
    return letters.isupper() and len(letters) <= 3 and normalize(text) not in gazetteer.upper_only


def _capitalized(text: str) -> bool:
    return text[:1].isupper()


def _name_word(tok) -> bool:
    return _capitalized(tok.text) and (tok.is_alpha or tok.text.replace(".", "").replace("&", "").isalpha())


def enclosing_name(
    doc: Doc, start: int, end: int, heads: dict[str, str], org_ents: dict[int, tuple[int, int]], gazetteer: Gazetteer
) -> Optional[tuple[int, int, str]]:
    """The organisation or facility name tokens ``start:end`` are part of, as ``(start, end, kind)``
    (token indices; kind "organisation", "media" or "facility"), or None when they stand alone.

    Two signs, either enough: a capitalized run of at least two words around
    the tokens (joined by "of", "for", "&", "the"...) whose first or last word,
    or the word before "of", is a head noun of ``data/geo_name_heads.txt``
    ("Radio Free Europe", "Bank of America", "the Washington Post", "the Drama
    Theater", "SM Mall of Asia"); or a spaCy ORG
    entity longer than the tokens, all of it capitalized words ("Air Zimbabwe":
    an organisation unless its last word says facility; "Ukraine's military"
    and "the Mariupol city council" are a place and common nouns).  A run the
    gazetteer knows as a whole is a place ("Heathrow Airport"); a run headed by
    a title is an office, and the place in it a modifier ("Manitoba Premier");
    a name in capitals is a dateline ("SAN ANTONIO"); an organisation's name
    after "at", "inside", "outside", "near" is used as a site, so a facility
    ("at the Bank of England").
    """
    letters = "".join(t.text for t in doc[start:end] if t.is_alpha)
    if len(letters) >= 4 and letters.isupper():
        return None  # a dateline ("SAN ANTONIO Turner Sports", "Associated Press WASHINGTON (AP)")

    def part(tok) -> bool:  # a word a name may go on with (a person's name ends it: "Manitoba Premier Brian Pallister")
        return (_name_word(tok) or tok.lower_ in NAME_CONNECTORS) and tok.ent_type_ != "PERSON"

    i, j = start, end
    while i > 0 and not doc[i].is_sent_start and part(doc[i - 1]):
        i -= 1
    while j < len(doc) and not doc[j].is_sent_start and part(doc[j]):
        j += 1
    while i < start and not _name_word(doc[i]):  # a name starts and ends with a capitalized word
        i += 1
    while j > end and not _name_word(doc[j - 1]):
        j -= 1
    words = [heads.get(doc[k].lower_.rstrip(".")) for k in range(i, j) if not start <= k < end]
    if "title" in words:
        return None  # "Manitoba Premier", "President of Ukraine": an office, and the place is its modifier
    kind = None
    if j - i > end - start:
        # The head: the first or the last word, or the word before "of" ("SM Mall of Asia").
        ends = [i, j - 1] + [k - 1 for k in range(i + 1, j) if doc[k].lower_ == "of"]
        for k in ends:
            if not start <= k < end and doc[k].lower_.rstrip(".") in heads:
                kind = heads[doc[k].lower_.rstrip(".")]
                break
    ent = org_ents.get(start)
    if kind is None and ent is not None and ent[0] <= start and end <= ent[1]:
        i, j = ent
        while i < start and doc[i].lower_ == "the":
            i += 1
        proper = all(_name_word(doc[k]) or doc[k].lower_ in NAME_CONNECTORS or doc[k].text in ("-", "–") for k in range(i, j))
        if j - i <= end - start or not proper:
            return None  # "Ukraine's military", "the Mariupol city council", "Surfside/Garden City": not one name
        kind = heads.get(doc[j - 1].lower_.rstrip("."), "organisation")
    if kind is None or any(heads.get(doc[k].lower_.rstrip(".")) == "title" for k in range(i, j) if not start <= k < end):
        return None
    text = doc_text(doc)[doc[i].idx : doc[j - 1].idx + len(doc[j - 1].text)]
    if gazetteer.candidates(text):
        return None  # the whole name is a known place or feature
    k = i - 1 if i > 0 and doc[i - 1].lower_ == "the" else i
    if kind == "organisation" and k > 0 and doc[k - 1].lower_ in LOCATIVE:
        kind = "facility"  # "at the Bank of England", "at Colorado State University": the organisation as a site
    return i, j, kind


def find_mentions(
    doc: Doc,
    gazetteer: Gazetteer,
    *,
    labels: Iterable[str] = ("GPE", "LOC", "FAC"),
    common_words: frozenset[str] = frozenset(),
    embedded: bool = False,
    demonyms: bool = True,
    big_city_population: int = 100000,
    feature_words: Iterable[str] = (),
    name_heads: Optional[dict[str, str]] = None,
) -> list[Mention]:
    """Toponym and demonym mentions of a parsed Doc, in text order (does not modify the Doc).

    Args:
        doc: a Doc with entities, POS tags and sentences.
        gazetteer: the alias index (see :mod:`claimscope.geo.gazetteer`).
        labels: entity labels taken as toponyms as they are.
        common_words: names that need an entity label or a place context.
        embedded: also take names inside organisation and facility names ("Europe" in
            "Radio Free Europe"), as GeoWebNews does; off, an organisation's name yields no
            place and a facility's name is one place (see :func:`enclosing_name`).
        demonyms: also take demonyms and place adjectives.
        feature_words: nouns of place ("city", "village"): a capitalized name right
            after "<feature word> of" is a place even when the gazetteer lacks it.
        big_city_population: a one-word city name without spaCy's place label
            needs a place context ("in", ", Belarus") unless it is the GeoNames
            name of a city at least this populous.
        name_heads: head nouns of organisation and facility names, lower case ->
            "organisation" | "facility" (default: ``data/geo_name_heads.txt``).
    """
    labels = set(labels)
    feature_words = frozenset(feature_words)
    heads = word_table(NAME_HEADS_FILE) if name_heads is None else name_heads
    taken = [False] * len(doc)
    found: list[Mention] = []

    def add(start_tok: int, end_tok: int, feature: str, span: Optional[tuple[int, int]] = None) -> None:
        span = span or _trim(doc, start_tok, end_tok)
        if span is None:
            return
        for k in range(start_tok, end_tok):
            taken[k] = True
        found.append(Mention(span[0], span[1], feature))

    def add_parts(start_tok: int, end_tok: int, span: tuple[int, int]) -> bool:
        parts = _hyphen_parts(doc_text(doc)[span[0] : span[1]], span[0], gazetteer)
        for s, e in parts:
            found.append(Mention(s, e, "toponym"))
        if parts:
            for k in range(start_tok, end_tok):
                taken[k] = True
        return bool(parts)

    blocked = [False] * len(doc)  # tokens the matcher must not touch
    org = [False] * len(doc)
    org_ents: dict[int, tuple[int, int]] = {}  # token -> the ORG entity it is in

    def inside_name(start_tok: int, end_tok: int) -> bool:
        """Whether the tokens are part of an organisation or facility name; without ``embedded``
        the name is dealt with here: a facility becomes one place, an organisation none."""
        name = enclosing_name(doc, start_tok, end_tok, heads, org_ents, gazetteer)
        if name is None or embedded:
            return False
        ns, ne, kind = name
        if kind == "facility" and not any(taken[k] for k in range(ns, ne)):
            add(ns, ne, "toponym")
        for k in range(ns, ne):
            taken[k] = True
        return True
    for ent in doc.ents:
        if ent.label_ in BLOCKING_LABELS:
            for k in range(ent.start, ent.end):
                blocked[k] = True
        if ent.label_ == "ORG":
            for k in range(ent.start, ent.end):
                org[k] = True
                org_ents[k] = (ent.start, ent.end)

    # Words of person names: spaCy sometimes labels a person's surname GPE elsewhere ("Buhari").
    person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" for t in ent if t.is_title}
    multi_person_words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}

    # 1. Entities.
    for ent in doc.ents:
        span = _trim(doc, ent.start, ent.end)
        if span is None:
            continue
        text = doc_text(doc)[span[0] : span[1]]
        if ent.label_ in labels:
            if demonyms and gazetteer.demonym(text) is not None and not gazetteer.candidates(text):
                add(ent.start, ent.end, "demonym", span)
            elif "-" in text and not gazetteer.candidates(text):
                add_parts(ent.start, ent.end, span)  # "U.S.-Mexico"; "Ukraine - Belarus" goes to the matcher
            elif text in person_words and not gazetteer.candidates(text):
                continue
            elif ent.label_ != "FAC" and inside_name(ent.start, ent.end):
                continue  # "the Washington Post" with "Washington" labelled GPE
            else:
                add(ent.start, ent.end, "toponym", span)
        elif ent.label_ in ("NORP", "LANGUAGE"):
            if demonyms and gazetteer.demonym(text) is not None:
                add(ent.start, ent.end, "demonym", span)
        elif ent.label_ in ("ORG", "PERSON"):
            if ent.label_ == "ORG" and _HYPHEN.search(text) and add_parts(ent.start, ent.end, span):
                continue
            if text.lower() in heads:
                continue  # a head noun alone ("University") is not the town of that name
            kind = gazetteer.matchable_kind(text)
            if kind is None or normalize(text) in common_words or _foreign_acronym(text, gazetteer):
                continue
            if ent.label_ == "PERSON" and not _place_context(doc, ent.start, ent.end, gazetteer):
                # "Kherson is about 150 km from Odesa": a lone big-city name tagged PERSON.
                best = gazetteer.matchable_entry(text)
                lone_city = len(ent) == 1 and best is not None and best[1] and best[0].population >= big_city_population
                if not lone_city or text in multi_person_words:
                    continue
            add(ent.start, ent.end, "toponym", span)

    # 2. The gazetteer matcher over the remaining tokens.
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if feature_words and not taken[i]:
            after = _after_feature_word(doc, i, feature_words, taken)
            if after:  # "the village of X" outweighs spaCy's PERSON label
                add(i, after, "toponym")
                i = after
                continue
        if taken[i] or not _capitalized(tok.text) or blocked[i]:
            i += 1
            continue
        if _HYPHEN.search(tok.text) and add_parts(i, i + 1, (tok.idx, tok.idx + len(tok.text))):
            i += 1
            continue
        matched = 0
        for j in range(min(n, i + MAX_TOKENS), i, -1):
            last = doc[j - 1]
            if any(taken[k] or blocked[k] for k in range(i, j)):
                continue
            if not _capitalized(last.text) or any(
                not (_capitalized(doc[k].text) or doc[k].lower_ in CONNECTORS or doc[k].text in ("-", "'", "’"))
                for k in range(i, j)
            ):
                continue
            if any(doc[k].is_sent_start for k in range(i + 1, j)):
                continue
            text = doc_text(doc)[tok.idx : last.idx + len(last.text)]
            if "\n" in text:
                continue
            key = normalize(text)
            kind = gazetteer.matchable_kind(text)
            if kind is None:
                continue
            if key in gazetteer.upper_only and any(ch.islower() for ch in text):
                continue
            if key in common_words and not _place_context(doc, i, j, gazetteer):
                continue
            labelled = any(doc[k].ent_type_ in labels for k in range(i, j))
            if _foreign_acronym(text, gazetteer) and not labelled:
                continue
            core = [doc[k].lower_ for k in range(i, j) if doc[k].lower_ != "the"]
            if len(core) == 1 and core[0] in heads and not labelled:
                continue  # a head noun alone ("University", "Post") is not a town of that name
            if kind in ("city", "admin1") and j - i == 1 and not labelled:
                # One capitalized word alone is weak evidence: a first name, a surname, a title word.
                best = gazetteer.matchable_entry(text)
                big = best is not None and best[1] and best[0].kind == "city" and best[0].population >= big_city_population
                if tok.pos_ != "PROPN" and not (big and tok.pos_ in ("NOUN", "ADJ", "X")):
                    continue  # the small model tags "Kharkiv is ..." NOUN
                if not big and not _place_context(doc, i, j, gazetteer):
                    continue
            matched = j
            break
        if matched:
            if not inside_name(i, matched):
                add(i, matched, "toponym")
            i = matched
            continue
        if demonyms:  # a demonym inside a name still says whose it is ("the Russian Defense Ministry")
            for j in (i + 2, i + 1):
                if j > n or any(taken[k] for k in range(i, j)):
                    continue
                text = doc_text(doc)[tok.idx : doc[j - 1].idx + len(doc[j - 1].text)]
                if gazetteer.demonym(text) is not None and doc[j - 1].pos_ in ("ADJ", "PROPN", "NOUN") and _capitalized(doc[j - 1].text):
                    add(i, j, "demonym")
                    i = j - 1
                    break
        i += 1
    # 3. One sense per article: a toponym's other occurrences are toponyms too.
    names = {doc_text(doc)[m.start : m.end] for m in found if m.feature == "toponym"}
    if names:
        for i, tok in enumerate(doc):
            if taken[i] or not _capitalized(tok.text) or tok.text not in names or tok.text in multi_person_words:
                continue
            if tok.ent_type_ in BLOCKING_LABELS - {"PERSON"} or tok.pos_ in ("ADJ", "VERB", "ADV"):
                continue
            if normalize(tok.text) in common_words:
                continue  # "Nice, France" does not make "Nice weather" a place
            if inside_name(i, i + 1):
                continue
            add(i, i + 1, "toponym")
    found.sort(key=lambda m: (m.start, m.end))
    return found


class PlaceTagger(Component):
    """Find place mentions and resolve them (see the module doc)."""

    def configure(self) -> None:
        self.common_words = word_list(self.cfg["common_words_file"]) if self.cfg.get("common_words_file") else frozenset()
        self.feature_words = word_table(self.cfg["feature_words_file"])
        self.name_heads = word_table(self.cfg.get("name_heads_file") or NAME_HEADS_FILE)
        self._gazetteer = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(match_population=self.cfg["match_population"])
        return self._gazetteer

    def mentions(self, doc: Doc, *, embedded: Optional[bool] = None) -> list[Mention]:
        """The place mentions of a Doc with this component's settings (``embedded`` overrides the
        setting: the evaluation scores both conventions from one parse)."""
        return find_mentions(
            doc,
            self.gazetteer,
            labels=self.cfg["labels"],
            common_words=self.common_words,
            embedded=self.cfg["embedded"] if embedded is None else embedded,
            demonyms=self.cfg["demonyms"],
            big_city_population=self.cfg["big_city_population"],
            feature_words=frozenset(self.feature_words),
            name_heads=self.name_heads,
        )

    def find(self, doc: Doc):
        mentions = self.mentions(doc)
        resolutions = resolve_mentions(
            doc_text(doc), mentions, self.gazetteer, feature_words=self.feature_words, focus_fallback=self.cfg.get("focus_fallback", False)
        )
        return to_places(mentions, resolutions)

    def set_annotations(self, doc: Doc, found) -> None:
        doc._.places = found


@Language.factory(
    "claimscope_places",
    default_config={
        "labels": ["GPE", "LOC", "FAC"],
        "match_population": 15000,
        "big_city_population": 100000,
        "embedded": False,
        "demonyms": True,
        "common_words_file": "geo_common_words.txt",
        "feature_words_file": "geo_feature_words.txt",
        "name_heads_file": NAME_HEADS_FILE,
        "focus_fallback": False,
    },
    requires=["doc.ents", "doc.sents", "token.tag"],
    assigns=["doc._.places"],
)
def make_place_tagger(
    nlp: Language,
    name: str,
    *,
    labels: list[str],
    match_population: int,
    big_city_population: int,
    embedded: bool,
    demonyms: bool,
    common_words_file: str,
    feature_words_file: str,
    name_heads_file: str,
    focus_fallback: bool,
) -> PlaceTagger:
    return PlaceTagger(
        nlp,
        name,
        labels=list(labels),
        match_population=match_population,
        big_city_population=big_city_population,
        embedded=embedded,
        demonyms=demonyms,
        common_words_file=common_words_file,
        feature_words_file=feature_words_file,
        name_heads_file=name_heads_file,
        focus_fallback=focus_fallback,
    )
