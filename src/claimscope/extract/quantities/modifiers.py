"""What modifies a number: qualifiers ("over", "around"), units before and after, the direction of a change."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from claimscope.extract.quantities.tables import _LIGHT_VERBS, changes, units
from claimscope.extract.quantities.numbers import _Number

# -- qualifiers, units, change ----------------------------------------------------


def _match_before(doc: Doc, i: int, table: dict, max_len: int = 4) -> Optional[tuple[int, str]]:
    """Longest phrase of ``table`` ending just before token ``i``: (start token, phrase)."""
    for n in range(max_len, 0, -1):
        if i - n < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[i - n : i])
        if phrase in table:
            return i - n, phrase
    return None


def _match_after(doc: Doc, j: int, table: dict, max_len: int = 4, sent_end: int = 0) -> Optional[tuple[int, str]]:
    """Longest phrase of ``table`` starting at token ``j``: (end token, phrase)."""
    limit = sent_end or len(doc)
    for n in range(max_len, 0, -1):
        if j + n > limit:
            continue
        toks = doc[j : j + n]
        phrase = " ".join(t.lower_ for t in toks)
        if phrase in table:
            return j + n, phrase
        glued = "".join(t.lower_ for t in toks)
        if n > 1 and glued in table and all(toks[k].idx + len(toks[k]) == toks[k + 1].idx for k in range(n - 1)):
            return j + n, glued
    return None


_AMBIGUOUS_PREPS = frozenset("over under about around above below some".split())


def _qualifier_ok(doc: Doc, q_start: int, phrase: str, num: _Number) -> bool:
    if phrase not in _AMBIGUOUS_PREPS:
        return True
    tok = doc[q_start]
    if tok.dep_ in ("quantmod", "advmod", "amod", "nummod", "det", "npadvmod") or tok.head.i in range(num.start, num.end):
        return True
    if tok.head.lemma_ in _LIGHT_VERBS or tok.head.lemma_ == "be":
        return True  # "the death toll is around 500", "estimated at about 300"
    if tok.dep_ == "prep" and tok.head.pos_ == "VERB":
        return False
    if phrase == "some":
        return True
    return tok.dep_ != "prep"


# Nouns that name a change, not a level ("an increase of 5%", but "a loss of $876,706" and "growth of 2%" are levels).
_CHANGE_NOUNS = frozenset("increase rise jump decrease decline drop fall reduction cut hike".split())

_KIND_CHANGE = {"low": ">", "low_incl": ">", "high": "<", "high_incl": "<", "approx": "~"}


def _change_direction(doc: Doc, num: _Number, unit_end: int) -> Optional[str]:
    """up/down when the number is the size of a change ("rose 5%", "a 5% drop", "up 12%")."""
    table = changes()
    first = doc[num.start]
    k = num.start - 1
    while k >= 0 and doc[k].lower_ in units() and not doc[k].is_alpha:
        k -= 1
    prev = doc[k] if k >= 0 else None
    if prev is not None and prev.lower_ == "by" and prev.head.i != prev.i:
        verb = prev.head
        if verb.lemma_.lower() in table:
            return table[verb.lemma_.lower()]
        for child in verb.children:
            if child.dep_ == "prt" and child.lower_ in ("up", "down"):
                return table[child.lower_]
    # "up 12%", "down 3 percent", "by 5%" after a change verb
    if prev is not None and prev.lower_ in ("up", "down", "off") and prev.lower_ in table and prev.dep_ != "prt":
        return table[prev.lower_]
    # "an increase of 160.3 billion tenge", "a drop of 5%"
    if prev is not None and prev.lower_ == "of" and k >= 1 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].lemma_.lower() in _CHANGE_NOUNS:
        return table[doc[k - 1].lemma_.lower()]
    # "fell 1.4%, or 6.43": the same change in other units
    if prev is not None and prev.lower_ == "or" and k >= 2 and doc[k - 1].text == ",":
        j = k - 2
        while j > max(0, k - 6) and (doc[j].lower_ in units() or doc[j].text == "%"):
            j -= 1
        if j >= 0 and (doc[j].like_num or doc[j].text == "%"):
            node = doc[j] if doc[j].head.pos_ == "VERB" else doc[j].head  # "1.4" -> "%" -> "fell"
            if node.head.lemma_.lower() in table and node.head.pos_ == "VERB":
                return table[node.head.lemma_.lower()]
    # a noun or adjective right after: "a 12 percent increase", "5% higher"
    if unit_end < len(doc):
        after = doc[unit_end]
        if after.lower_ in ("more", "less") and unit_end + 1 < len(doc) and doc[unit_end + 1].pos_ == "NOUN" and not _measured(doc, num, unit_end):
            return None  # "one more way", "two more years": a count, not a change
        if after.pos_ == "NOUN" and unit_end + 1 < len(doc) and doc[unit_end + 1].pos_ == "NOUN" and doc[unit_end + 1].lemma_.lower() in _CHANGE_NOUNS:
            return table[doc[unit_end + 1].lemma_.lower()]  # "15 to 18 percent salary increases"
        if after.lower_ in table and after.pos_ in ("NOUN", "ADJ", "ADV"):
            return table[after.lower_]
        if after.lemma_.lower() in table and after.pos_ == "NOUN":
            return table[after.lemma_.lower()]
    # the governing verb: number (or its unit noun) as object, npadvmod or "by" object
    node = first
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            break
        rel = node.dep_
        if head.pos_ in ("NOUN", "NUM", "SYM", "PROPN") and rel in ("nummod", "compound", "quantmod"):
            node = head
            continue
        if rel == "pobj" and head.lower_ == "by":
            node = head
            continue
        if rel == "pobj" and head.lower_ in ("to", "from", "at"):
            return None
        if head.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and rel in ("dobj", "npadvmod", "prep", "advmod", "attr", "nmod", "amod", "compound", "pobj", "acomp"):
            key = head.lemma_.lower()
            if key in table and (head.pos_ == "VERB" or rel in ("compound", "amod", "nmod", "prep") or head.pos_ == "ADJ"):
                if key in ("lose", "more", "add") and not doc[num.start : unit_end].text.endswith(("%", "percent", "cent", "cents", "points")):
                    return None
                if key == "raise" and head.pos_ == "VERB" and rel == "dobj" and not _measured(doc, num, unit_end):
                    return None  # "raised $92 million": funds raised, not an increase
                return table[key]
        break
    return None


def _measured(doc: Doc, num: _Number, unit_end: int) -> bool:
    """The number is a percentage or points: the size of a change in a level ("cut its rate by 2 points")."""
    return doc[num.start : unit_end].text.endswith(("%", "percent", "per cent", "points", "point"))
