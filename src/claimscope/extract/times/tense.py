"""The tense at a character offset, from the spaCy parse: it decides between the past and the coming
occurrence of a month or weekday ("spoke on Friday" / "will speak on Friday"), as in HeidelTime
(Strötgen & Gertz 2013)."""

from __future__ import annotations

import bisect
from typing import Callable, Optional

from spacy.tokens import Doc

_FUTURE_AUX = frozenset("will 'll shall wo".split())
_FUTURE_WORDS = frozenset("next expected scheduled due planned plans plan upcoming coming".split())
# verbs of arranging: what they arrange lies ahead ("has scheduled a news conference Thursday", "set to resume Monday")
_ARRANGING = frozenset("plan schedule set slate".split())


def _arranged(verb, via) -> bool:
    """What ``verb`` arranges lies ahead: its "to" clause ("set to resume Monday", ``via`` the clause), or the verb
    itself in the present or present perfect ("has scheduled a news conference Thursday"); "had planned" and a past
    "planned" (the planning may be what the date tells) are left to the tense."""
    if verb.lemma_ not in _ARRANGING or any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children):
        return False
    if via is not None and via.pos_ in ("VERB", "AUX"):
        return via.dep_ == "xcomp" and any(c.lower_ == "to" for c in via.children)
    if verb.lemma_ == "set":
        return False
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _verb_tense(verb) -> Optional[int]:
    """+1, -1 or 0 for a verb with its auxiliaries; None when it is not a verb."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return 1
    if any(a.lower_ == "going" for a in auxes) or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.children)):
        return 1
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "had", "'ve") for a in auxes):
        return -1
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB", "VBN"):
        return 0
    return None


def tense_function(doc: Doc) -> Callable[[int], int]:
    """Tense at a character offset: the verb that governs the expression ("will meet on Friday" -> +2,
    "brought in ... in January" -> -2).

    Falls back to the sentence: future auxiliaries or words ("next", "scheduled") -> +1, a past-tense
    verb -> -1, else 0. (Callers read the sign; the placing of a month weighs -2 more than -1.)
    """
    has_parse = doc.has_annotation("DEP")
    starts = [tok.idx for tok in doc]
    sent_tense: dict[int, int] = {}

    def sentence_tense(tok) -> int:
        sent = tok.sent if doc.has_annotation("SENT_START") or has_parse else doc[:]
        key = sent.start
        if key not in sent_tense:
            # "had been due to expire Friday", "as previously planned": a plan seen from after the fact
            looking_back = any(t.lower_ in ("had", "previously", "originally") for t in sent)
            future = any(t.lower_ in _FUTURE_AUX for t in sent) or (
                not looking_back and any(t.lower_ in _FUTURE_WORDS for t in sent)
            )
            past = any(t.tag_ == "VBD" for t in sent)
            sent_tense[key] = 1 if future else (-1 if past else 0)
        return sent_tense[key]

    def tense_at(pos: int) -> int:
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return 0
        tok = doc[i]
        if has_parse:
            node, via = tok, None
            for _ in range(5):
                if _arranged(node, via):
                    return 1
                t = _verb_tense(node)
                if t is not None and node.pos_ in ("VERB", "AUX") and not (t == 0 and node.tag_ == "VBN"):
                    if t == 0 and _arranged(node.head, node):
                        return 1
                    if t == 0:
                        break
                    return 2 * t  # read off the governing verb: surer than the sentence's tense
                if node.head.i == node.i:
                    break
                if node.i != tok.i and (node.pos_ in ("NOUN", "PROPN", "VERB", "AUX")):
                    via = node
                node = node.head
        return sentence_tense(tok)

    return tense_at
