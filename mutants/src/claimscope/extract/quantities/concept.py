"""What a number counts: the counted noun phrase (entity) and what happened to it (measure)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from claimscope.domain.measures import measures
from claimscope.extract.quantities.tables import _LIGHT_VERBS, _SUBJECT_VERBS, _TIME_UNITS, changes, units
from claimscope.extract.quantities.numbers import _Number

# -- entity and measure ---------------------------------------------------------

_ENTITY_DEPS = frozenset("compound amod nmod poss case".split())


def _noun_phrase(tok: Token, stop: int) -> tuple[int, int]:
    """Token range of ``tok`` with its left modifiers (compound, amod, poss), not crossing ``stop``."""
    start = tok.i
    for child in sorted(tok.lefts, key=lambda c: -c.i):
        if child.i < stop:
            break
        if child.dep_ in _ENTITY_DEPS and child.pos_ not in ("NUM", "DET") and child.lower_ not in ("additional", "other", "further", "estimated", "more", "extra", "total"):
            start = min(start, child.left_edge.i if child.dep_ == "poss" else child.i)
        else:
            break
    for child in tok.rights:
        if child.dep_ == "case" and child.i == tok.i + 1:
            return start, child.i + 1
    return start, tok.i + 1


def _entity_and_measure(doc: Doc, num: _Number, unit_end: int, unit: Optional[str]):
    """(entity token range, measure text, measure char span)."""
    first = doc[num.start]
    last = doc[num.end - 1]
    mtable = measures()
    entity: Optional[tuple[int, int]] = None
    head_noun: Optional[Token] = None

    # the counted noun: the head the number modifies, or "of" + noun after it
    cand = None
    for tok in (last, first):
        if tok.dep_ in ("nummod", "compound", "quantmod", "amod") and tok.head.i >= num.end and tok.head.pos_ in ("NOUN", "PROPN"):
            cand = tok.head
            break
    if cand is None and unit_end < len(doc):
        nxt = doc[unit_end]
        if nxt.lower_ == "of" and unit_end + 1 < len(doc):
            for child in nxt.children:
                if child.dep_ == "pobj" and child.pos_ in ("NOUN", "PROPN"):
                    cand = child
        elif nxt.pos_ in ("NOUN",) and nxt.i - unit_end == 0 and unit != "people" and not unit:
            cand = nxt
        elif nxt.pos_ == "ADJ" and unit_end + 1 < len(doc) and doc[unit_end + 1].pos_ == "NOUN" and not unit:
            cand = doc[unit_end + 1]
    if cand is not None and cand.lower_ in units() and units()[cand.lower_] not in ("people",):
        # the unit noun: what is counted follows "of" ("12% of voters"), if anything
        unit_noun = cand
        cand = None
        for child in unit_noun.rights:
            if child.lower_ == "of":
                for g in child.children:
                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"):
                        cand = g
    if cand is None and unit == "people":
        cand = doc[unit_end - 1]
    if cand is not None and cand.pos_ in ("NOUN", "PROPN") and cand.lower_ not in _TIME_UNITS:
        head_noun = cand
        if cand.dep_ == "poss" and cand.head.pos_ == "NOUN":  # "2,500 soldiers' bodies"
            head_noun = cand.head
        entity = _noun_phrase(head_noun, num.end if head_noun.i > num.end else 0)
        if head_noun is cand:
            entity = (max(entity[0], num.end if cand.i >= num.end else entity[0]), entity[1])
        else:
            entity = (max(_noun_phrase(cand, num.end)[0], num.end), entity[1])

    measure_tok: Optional[tuple[int, int]] = None
    measure_text: Optional[str] = None

    def lookup(words: str) -> bool:
        return words in mtable

    # 1. the counted noun is itself a measure ("500 deaths", "20 casualties")
    if head_noun is not None and (lookup(head_noun.lower_) or lookup(head_noun.lemma_.lower())):
        measure_tok = (head_noun.i, head_noun.i + 1)
    # 2. a participle or adjective on the counted noun ("people injured", "wounded soldiers")
    if measure_tok is None and head_noun is not None:
        for child in head_noun.children:
            if child.dep_ in ("acl", "amod", "relcl") and lookup(child.lemma_.lower()):
                measure_tok = (child.i, child.i + 1)
                break
    # 3. up the tree: the verb the counted noun depends on, or the subject of a light verb
    if measure_tok is None:
        measure_tok, measure_text = _measure_up_the_tree(doc, head_noun, num, unit_end)
    if measure_tok is not None and measure_text is None:
        s, e = measure_tok
        measure_text = doc[s:e].text
        if head_noun is not None and head_noun.i not in range(s, e):
            key = f"{head_noun.lemma_.lower()} {doc[e - 1].lemma_.lower()}"
            if lookup(key):
                measure_text = f"{head_noun.text} {doc[s:e].text}"
    measure_span = None
    if measure_tok is not None:
        s, e = measure_tok
        measure_span = (doc[s].idx, doc[e - 1].idx + len(doc[e - 1]))
    return entity, measure_text, measure_span


_MEASURE_PREPS = frozenset("to from by at around about over near than under above below of between".split())


def _np_measure(doc: Doc, noun: Token) -> Optional[tuple[int, int]]:
    """Token range of a measure noun phrase headed by ``noun`` ("the death toll" -> "death toll")."""
    mtable = measures()
    s, e = _noun_phrase(noun, 0)
    while s < e and doc[s].pos_ in ("DET", "PRON") or (s < e and doc[s].tag_ == "PRP$"):
        s += 1
    if s < e and " ".join(t.lower_ for t in doc[s:e]) in mtable:
        return s, e
    if e - s >= 2 and " ".join(t.lower_ for t in doc[e - 2 : e]) in mtable:
        return e - 2, e
    if noun.lower_ in mtable or noun.lemma_.lower() in mtable:
        return noun.i, noun.i + 1
    return None


def _measure_up_the_tree(doc: Doc, head_noun: Optional[Token], num: _Number, unit_end: int):
    """Climb from the counted noun (or the number) to the verb or noun that says what happened to it."""
    mtable = measures()
    if head_noun is not None:
        node = head_noun
    else:
        node = doc[num.end - 1]
        while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i != node.i and node.head.i < unit_end + 1 and node.head.i > node.i:
            node = node.head
        if unit_end - 1 > node.i and doc[unit_end - 1].head.i != node.i and node.head.i == unit_end - 1:
            node = doc[unit_end - 1]  # the number modifies its unit noun: climb to the unit
    for _ in range(5):
        head = node.head
        rel = node.dep_
        if head.i == node.i:
            break
        if rel in ("nummod", "compound", "quantmod", "poss", "amod") and head.pos_ in ("NOUN", "PROPN", "NUM", "SYM"):
            found = _np_measure(doc, head)
            if found:
                return found, None
            node = head
            continue
        if rel == "pobj":
            prep = head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN"):
                found = _np_measure(doc, prep.head)
                if found:
                    return found, None
                node = prep.head
                continue
            if prep.head.pos_ in ("VERB", "AUX", "ADJ") and prep.lower_ in _MEASURE_PREPS:
                node = prep
                continue
            break
        if head.pos_ in ("VERB", "AUX", "ADJ") and rel in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "npadvmod", "prep", "xcomp", "advmod", "dative", "agent"):
            lemma = head.lemma_.lower()
            if (lemma in mtable or head.lower_ in mtable) and lemma not in _LIGHT_VERBS:
                text = None
                if head_noun is not None and f"{head_noun.lemma_.lower()} {lemma}" in mtable:
                    text = f"{head_noun.text} {head.text}"
                return (head.i, head.i + 1), text
            if lemma in _LIGHT_VERBS:
                for child in head.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and child.i != node.i and child.pos_ in ("NOUN", "PROPN"):
                        if child.lemma_.lower() in ("number", "total", "count", "tally", "figure", "tolls"):
                            for of in child.rights:
                                if of.lower_ == "of":
                                    for g in of.children:
                                        if g.dep_ == "pobj" and g.pos_ == "NOUN":
                                            child = g
                        found = _np_measure(doc, child)
                        if found:
                            return found, None
                if lemma in mtable and rel in ("dobj", "npadvmod", "attr"):
                    return (head.i, head.i + 1), None
                if head.dep_ in ("xcomp", "auxpass", "aux"):
                    node = head
                    continue
            break
        break
    return None, None


def _subject_concept(doc: Doc, num: _Number, unit_end: int) -> Optional[tuple[int, int]]:
    """What a measurement or amount is about: the subject of the clause it is the object of.

    "Oil prices slid to $78" -> "Oil prices"; "The tower stands 828 metres tall" -> "The tower";
    "The number of asylum applications increased by 18,000" -> "asylum applications".
    """
    node = doc[unit_end - 1] if unit_end - 1 >= num.end and doc[num.end - 1].head.i == unit_end - 1 else doc[num.end - 1]
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < node.i:
            s, e = _noun_phrase(head.head, 0)
            while s < e and (doc[s].pos_ in ("DET", "NUM") or doc[s].tag_ == "PRP$"):
                s += 1
            return (s, e) if s < e else None
        if head.pos_ in ("VERB", "AUX"):
            if node.dep_ in ("nsubj", "nsubjpass"):
                return None
            lemma = head.lemma_.lower()
            if node.dep_ == "prep" and node.lower_ in ("at", "by", "to"):
                for child in head.children:
                    if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
                        s, e = _noun_phrase(child, 0)
                        while s < e and (doc[s].pos_ == "DET" or doc[s].tag_ == "PRP$"):
                            s += 1
                        return (s, e) if s < e else None
            if node.dep_ == "dobj" and lemma not in changes() and lemma not in _LIGHT_VERBS and lemma not in _SUBJECT_VERBS:
                return None
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                    target = child
                    if child.lemma_.lower() in ("number", "total", "price", "value", "level", "rate", "amount", "cost", "share"):
                        for of in child.rights:
                            if of.lower_ == "of":
                                for g in of.children:
                                    if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "ADJ"):
                                        if child.lemma_.lower() in ("number", "total"):
                                            target = g
                                        else:
                                            s, _ = _noun_phrase(child, 0)
                                            return s, g.i + 1
                    s, e = _noun_phrase(target, 0)
                    while s < e and (doc[s].pos_ == "DET" or doc[s].tag_ == "PRP$"):
                        s += 1
                    return (s, e) if s < e else None
            if head.dep_ in ("xcomp", "conj") or head.pos_ == "AUX":
                node = head
                continue
            return None
        if node.dep_ in ("nummod", "compound", "quantmod", "pobj", "prep", "npadvmod", "dobj", "attr", "acomp", "advmod", "oprd", "amod", "appos"):
            if head.pos_ == "NOUN" and node.dep_ in ("nummod", "compound", "amod") and head.i > node.i and head.i > unit_end - 1:
                return None
            node = head
            continue
        return None
    return None
