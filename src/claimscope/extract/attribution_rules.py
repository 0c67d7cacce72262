"""Dependency rules that link a reporting cue to its source and content.

Given the head token of a cue ("said", "according", "claims"), the functions
here walk the parse (spaCy's ClearNLP-style labels) to find:

* the **cue span**: the head plus the auxiliaries, negation and adverbs right
  before it ("have described", "also said") and "according to";
* the **source**: the subject (``nsubj``), the ``by``-agent of a passive, the
  object of "according to", the subject inherited through ``conj``/``xcomp``/
  participles ("..., adding that"), or the noun a relative clause hangs on
  ("Radio Liberty, which stated ...");
* the **content**: a clausal complement (``ccomp``, with its "that"), an
  ``xcomp``, a direct object, an "of"/"about" object ("warned of
  “overflowing” morgues"), the clause a parenthetical cue interrupts ("X, he
  said"), or the clause "according to" modifies.

The conventions follow PolNeAR (Newell et al. 2018): content includes a
complementizer "that" but not the cue; sources are noun phrases and may be
pronouns; a source is trimmed of relative clauses and appositions' commas.
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

TokenRange = tuple[int, int]  # token indices [start, end)

SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
REL_PRONOUNS = {"who", "which", "that", "whom", "whose"}
CUE_PREFIX_DEPS = {"aux", "auxpass", "neg", "advmod"}
SOURCE_TRIM_DEPS = {"relcl", "punct", "cc"}
INHERIT_DEPS = {"conj", "xcomp", "advcl", "acl", "pcomp", "ccomp", "parataxis", "relcl", "dep"}
CONTENT_PREPS = {"of", "about", "on", "that", "over"}
PASSIVE_AGENTLESS_LEMMAS = {
    "say", "allege", "report", "believe", "think", "expect", "rumor", "rumour", "claim", "estimate",
    "understand", "know", "suppose", "consider", "suspect", "fear", "feel", "presume", "assume", "reckon",
    "describe", "see",
}


# ---------------------------------------------------------------- helpers
def ranges_of(indices: Iterable[int]) -> list[TokenRange]:
    """Contiguous ``[start, end)`` runs of a set of token indices."""
    out: list[list[int]] = []
    for i in sorted(set(indices)):
        if out and out[-1][1] == i:
            out[-1][1] = i + 1
        else:
            out.append([i, i + 1])
    return [(a, b) for a, b in out]


def trim(doc: Doc, indices: set[int]) -> set[int]:
    """Drop punctuation, spaces and coordinators at the edges of a token set."""
    if not indices:
        return indices
    order = sorted(indices)
    lo, hi = 0, len(order) - 1

    def edge(t: Token) -> bool:
        return t.is_punct and t.text not in "%$" and not _is_quote(t) or t.is_space or t.dep_ == "cc"

    while lo <= hi and edge(doc[order[lo]]):
        lo += 1
    while hi >= lo and edge(doc[order[hi]]) and not _is_quote(doc[order[hi]]):
        hi -= 1
    return set(order[lo : hi + 1])


def _is_quote(t: Token) -> bool:
    return t.text in {'"', "“", "”", "‘", "’", "'", "''", "``"}


def subtree_indices(tok: Token, *, exclude: Iterable[Token] = ()) -> set[int]:
    """Indices of ``tok``'s subtree without the subtrees rooted at ``exclude``."""
    skip: set[int] = set()
    for ex in exclude:
        skip.update(t.i for t in ex.subtree)
    return {t.i for t in tok.subtree if t.i not in skip}


# ---------------------------------------------------------------- cue span
def cue_indices(head: Token) -> set[int]:
    """The cue head with its preceding auxiliaries/negation/adverbs, or "according to"."""
    doc = head.doc
    if head.lower_ == "according" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "to":
        return {head.i, head.i + 1}
    out = {head.i}
    lefts = [c for c in head.lefts if c.dep_ in CUE_PREFIX_DEPS]
    i = head.i - 1
    while i >= 0 and any(c.i == i for c in lefts):
        out.add(i)
        i -= 1
    return out


def is_according(head: Token) -> bool:
    doc = head.doc
    return head.lower_ == "according" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "to"


# ---------------------------------------------------------------- source
def np_indices(tok: Token) -> set[int]:
    """A noun phrase: ``tok``'s subtree minus relative clauses and trailing commas/appositive clauses."""
    exclude = [c for c in tok.rights if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")]
    # non-restrictive relative clauses deeper in the phrase (", which is ...")
    exclude += [t for t in tok.subtree if t.dep_ == "relcl" and t.i > tok.i and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ","]
    idx = subtree_indices(tok, exclude=exclude)
    # stop at a comma that follows the head (appositions and asides are kept only before it)
    cut = None
    for c in tok.rights:
        if c.dep_ == "punct" and c.text in ",;(" and c.i > tok.i:
            cut = c.i
            break
    if cut is not None:
        idx = {i for i in idx if i < cut}
    return trim(tok.doc, idx)


def source_token(head: Token, _depth: int = 0) -> tuple[Optional[Token], str]:
    """The token heading the source of the cue ``head`` and how it was found.

    Returns ``(token, how)``; ``how`` is one of ``according``, ``subject``,
    ``agent``, ``relative``, ``inherited``, ``possessor``, ``passive`` (a passive
    without agent: no source) or ``none``.
    """
    if is_according(head):
        to = head.doc[head.i + 1]
        for c in list(to.children) + list(head.children):
            if c.dep_ == "pobj":
                return c, "according"
        return None, "none"
    passive = False
    for c in head.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in REL_PRONOUNS and head.dep_ == "relcl":
                return head.head, "relative"
            return c, "subject"
        if c.dep_ in ("nsubjpass", "csubjpass", "auxpass"):
            passive = True
    for c in head.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, "agent"
        if c.dep_ == "prep" and is_according(c):
            for p in head.doc[c.i + 1].children:
                if p.dep_ == "pobj":
                    return p, "according"
    if passive:
        return None, "passive"
    if head.pos_ in ("NOUN", "PROPN"):
        for c in head.children:
            if c.dep_ == "poss":
                return c, "possessor"
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, "possessor"
        return None, "none"
    if head.dep_ in INHERIT_DEPS and head.head is not head and _depth < 4:
        if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head.head, "relative"
        tok, how = source_token(head.head, _depth + 1)
        if tok is not None and how in ("subject", "relative", "inherited", "agent"):
            return tok, "inherited"
    return None, "none"


def source_indices(tok: Token, how: str) -> set[int]:
    if how == "relative":
        return np_indices(tok)
    return np_indices(tok)


# ---------------------------------------------------------------- content
def content_indices(head: Token, cue: set[int], source: set[int]) -> tuple[set[int], str]:
    """Token indices of the content of the cue ``head`` and the rule that found them."""
    doc = head.doc
    if is_according(head):
        # "X, according to Y": the clause the prepositional phrase modifies.
        gov = head.head
        if gov is head:
            return set(), "none"
        idx = subtree_indices(gov, exclude=[head])
        return trim(doc, idx - cue - source), "according"
    kids = list(head.children)
    ccomps = [c for c in kids if c.dep_ in ("ccomp", "csubj")]
    if ccomps:
        idx = set()
        for c in ccomps:
            idx |= subtree_indices(c)
        return trim(doc, idx - cue - source), "ccomp"
    for dep in ("xcomp", "dobj", "attr", "oprd"):
        objs = [c for c in kids if c.dep_ == dep]
        if objs:
            idx = set()
            for c in objs:
                idx |= subtree_indices(c)
            # "told reporters that ..." is handled by ccomp; a lone object of
            # tell/ask/inform is the addressee, not the content.
            if dep == "dobj" and head.lemma_ in ("tell", "ask", "inform", "remind", "assure", "urge", "warn"):
                nxt = [c for c in kids if c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPS)]
                if nxt:
                    break
            return trim(doc, idx - cue - source), dep
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
            idx = set()
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    idx |= subtree_indices(p)
            if idx:
                return trim(doc, idx - cue - source), "prep"
    if head.dep_ in ("parataxis", "advcl", "ccomp", "conj") and head.head is not head:
        gov = head.head
        # "X, he said": the cue interrupts or follows the clause it reports
        idx = subtree_indices(gov, exclude=[head])
        idx = {i for i in idx if doc[i].sent.start == head.sent.start}
        return trim(doc, idx - cue - source), "governor"
    return set(), "none"


def agentless_content(head: Token) -> set[int]:
    """"X were said to be Y": the passive subject and the infinitive clause."""
    idx: set[int] = set()
    for c in head.children:
        if c.dep_ in ("nsubjpass", "xcomp", "ccomp") and c.dep_ != "expl":
            if c.dep_ == "nsubjpass" and c.lower_ == "it":
                continue
            idx |= subtree_indices(c)
    return trim(head.doc, idx)


def is_agentless(head: Token) -> bool:
    """A passive reporting verb without agent: "were said to", "is alleged to", "it is reported that"."""
    if head.lemma_.lower() not in PASSIVE_AGENTLESS_LEMMAS or head.pos_ not in ("VERB", "AUX"):
        return False
    deps = {c.dep_ for c in head.children}
    if "auxpass" not in deps and "nsubjpass" not in deps:
        return False
    if "agent" in deps or any(c.dep_ == "prep" and is_according(c) for c in head.children):
        return False
    return bool(deps & {"xcomp", "ccomp"})


def span_of(doc: Doc, indices: set[int]) -> Optional[tuple[int, int]]:
    """Character offsets covering the token set (from its first to its last token)."""
    if not indices:
        return None
    lo, hi = min(indices), max(indices)
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def char_ranges(doc: Doc, indices: set[int]) -> list[tuple[int, int]]:
    """Character fragments of a token set, one per contiguous run."""
    return [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in ranges_of(indices)]


def quote_of(spans: list[Span], tok_i: int) -> Optional[Span]:
    """The outermost quote span containing token ``tok_i``."""
    best = None
    for sp in spans:
        if sp.start <= tok_i < sp.end and (best is None or len(sp) > len(best)):
            best = sp
    return best
