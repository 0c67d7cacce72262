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
CONTENT_PREPS = {"of", "about", "on", "that", "over", "for", "against", "with"}
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
def np_indices(tok: Token, *, exclude: Iterable[Token] = ()) -> set[int]:
    """A noun phrase: ``tok``'s subtree, as PolNeAR marks sources.

    Appositions and relative clauses on the head stay ("Muhammad Babar, a
    spokesman for ..."); a non-restrictive relative clause deeper in the
    phrase ("Medical personnel in Homel, which is ...") goes, and so do a
    dateline before a dash ("RENO, Nev. (AP) — ...") and anything across a
    line break.
    """
    doc = tok.doc
    exclude = list(exclude)
    exclude += [
        t
        for t in tok.subtree
        if t.dep_ == "relcl" and t.head.i != tok.i and t.i > tok.i and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
    ]
    idx = subtree_indices(tok, exclude=exclude)
    lo, hi = min(idx, default=tok.i), max(idx, default=tok.i)
    for i in range(tok.i - 1, lo - 1, -1):
        if doc[i].text in ("—", "--", "–") or "\n" in doc[i].text:
            idx = {j for j in idx if j > i}
            break
    for i in range(tok.i + 1, hi + 1):
        if "\n" in doc[i].text:
            idx = {j for j in idx if j < i}
            break
    return trim(doc, idx)


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
    if head.dep_ in INHERIT_DEPS and head.head.i != head.i and _depth < 4:
        if head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head.head, "relative"
        tok, how = source_token(head.head, _depth + 1)
        if tok is not None and how in ("subject", "relative", "inherited", "agent"):
            return tok, "inherited"
    return None, "none"


def source_indices(tok: Token, how: str, cue_head: Optional[Token] = None) -> set[int]:
    """The source phrase headed by ``tok``; for a relative clause, without the clause itself."""
    if how == "relative" and cue_head is not None:
        clause = cue_head
        while clause.head.i != tok.i and clause.head.i != clause.i:
            clause = clause.head
        idx = np_indices(tok, exclude=[clause])
        # "Radio Liberty, which stated": no trailing comma
        return trim(tok.doc, idx)
    return np_indices(tok)


# ---------------------------------------------------------------- content
def content_indices(head: Token, cue: set[int], source: set[int]) -> tuple[set[int], str]:
    """Token indices of the content of the cue ``head`` and the rule that found them."""
    doc = head.doc

    def done(idx: set[int], how: str) -> tuple[set[int], str]:
        return trim(doc, idx - cue - source), how

    if is_according(head):
        # "X, according to Y": the clause the prepositional phrase modifies.
        gov = head.head
        if gov.i == head.i:
            return set(), "none"
        return done(subtree_indices(gov, exclude=[head]), "according")
    if head.text == ":":
        # headline style "Sanders: I'm not much of a socialist"
        sent = head.sent
        idx = {i for i in range(head.i + 1, sent.end) if "\n" not in doc[i].text}
        return done(idx, "colon")
    kids = list(head.children)
    ccomps = [c for c in kids if c.dep_ in ("ccomp", "csubj")]
    if ccomps:
        idx = set()
        for c in ccomps:
            idx |= subtree_indices(c)
        return done(idx, "ccomp")
    passive = any(c.dep_ == "auxpass" for c in kids)
    subj_pass = [c for c in kids if c.dep_ == "nsubjpass"]
    xcomps = [c for c in kids if c.dep_ == "xcomp"]
    dobjs = [c for c in kids if c.dep_ in ("dobj", "attr", "oprd")]
    if xcomps:
        idx = set()
        for c in xcomps + [d for d in dobjs if d.i < xcomps[0].i]:
            idx |= subtree_indices(c)
        if passive:
            for c in subj_pass:
                idx |= subtree_indices(c)
        return done(idx, "xcomp")
    if dobjs:
        if head.lemma_ in ("tell", "ask", "inform", "remind", "assure", "urge", "warn") and any(
            c.dep_ == "prep" and c.lower_ in CONTENT_PREPS for c in kids
        ):
            pass  # "told reporters about X": the object is the addressee
        else:
            idx = set()
            first = min(d.i for d in dobjs)
            for c in kids:
                if c in dobjs or (c.i > first and (c.dep_ in ("oprd", "ccomp", "advcl") and c.pos_ != "VERB" or (c.dep_ == "prep" and c.lower_ == "as"))):
                    idx |= subtree_indices(c)
            return done(idx, "dobj")
    idx = set()
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS:
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp"):
                    idx |= subtree_indices(p)
    if idx:
        if passive:
            for c in subj_pass:
                idx |= subtree_indices(c)
        return done(idx, "prep")
    if passive and subj_pass:
        idx = set()
        for c in subj_pass:
            idx |= subtree_indices(c)
        return done(idx, "passive_subject")
    if head.pos_ in ("NOUN", "PROPN"):
        for c in kids:
            if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ in ("mark", "aux") and g.lower_ in ("that", "to") for g in c.children):
                return done(subtree_indices(c), "noun_clause")
    if head.dep_ in ("parataxis", "advcl", "ccomp", "conj") and head.head.i != head.i:
        gov = head.head
        # "X, he said": the cue interrupts or follows the clause it reports
        idx = subtree_indices(gov, exclude=[head])
        sent = head.sent
        idx = {i for i in idx if sent.start <= i < sent.end}
        return done(idx, "governor")
    # "“...” \n Trump said.": a bare speech tag reports the sentence before it
    sent = head.sent
    rest = [t for t in sent if t.i not in cue and t.i not in source and not t.is_punct and not t.is_space]
    if len(rest) <= 2 and sent.start > 0:
        prev = doc[sent.start - 1].sent
        return done({t.i for t in prev if not t.is_space}, "previous")
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
