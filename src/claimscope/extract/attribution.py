"""Who says what: ``claimscope_attribution``.

The algorithm (:func:`find_attributions`) reads like this:

1. **Cues.** Each token gets a probability of heading a reporting cue from the
   linear cue model trained on PolNeAR (:mod:`.attribution_model`); without
   the model, a token is a cue when its lemma is in
   ``data/reporting_cues.en.txt`` and the parse gives it something to report
   (a clausal complement, a quote, "according to").
2. **Link.** For each cue, dependency rules (:mod:`.attribution_rules`) find
   the source (subject, ``by``-agent, "according to X", relative-clause
   antecedent, inherited subject) and the content (``ccomp``/``xcomp``/object/
   "of"-object/the clause a parenthetical cue interrupts).  A content that
   falls in a quotation takes the whole quotation.
3. **Passive reports without agent** ("were said to be", "are alleged to")
   become ``agentless`` attributions with no source.
4. **Quotes that go on**: a quotation left open at the end of a paragraph and
   the quotations that follow it in the next sentences/paragraphs with no cue
   of their own are added to the content of the attribution they continue.
   A quotation with no cue at all nearby is carried, as a ``floating``
   attribution, to the nearest preceding speaker of a quotation.
5. **Pronoun sources** ("they continued") are linked to the nearest preceding
   attribution source that agrees in number.
6. **Kinds**: ``according_to``, ``agentless``, ``floating``; else ``direct``
   when the content is quoted, ``mixed`` when part of it is, ``indirect``.
7. **Layout** (:mod:`.attribution_layout`): signatures and transcript turns
   are attributions of their own; a headline ending in ", X Say(s)" is one
   (``section="headline"``); datelines are set aside (no source or content of
   any attribution); a byline is a content-less ``section="byline"``
   attribution.

``source_type`` is left to ``claimscope_sources`` (None here), except that it
stays None for agentless attributions.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimscope import extensions, lexicon
from claimscope.extract import attribution_rules as R
from claimscope.extract.attribution_layout import Draft as _Draft
from claimscope.extract.attribution_layout import set_aside, signed_quotes, transcript_turns
from claimscope.extract.attribution_model import CueModel, cue_features, headline_end, is_candidate, load_model
from claimscope.extract.base import Component, doc_text
from claimscope.extract.quotes import find_quotes, quote_spans
from claimscope.types import Attribution

PRONOUNS_SINGULAR = {"he", "she", "him", "her", "it"}
PRONOUNS_PLURAL = {"they", "them", "we"}
PERSONAL = PRONOUNS_SINGULAR | PRONOUNS_PLURAL | {"i", "you", "me", "us"}


# ------------------------------------------------------------------ step 1
def find_cue_heads(
    doc: Doc,
    *,
    cues: frozenset[str],
    model: Optional[CueModel],
    quotes: list[Span],
    threshold: Optional[float] = None,
) -> list[tuple[int, float]]:
    """Token indices heading a cue, with a confidence, in text order."""
    in_quote = [False] * len(doc)
    for sp in quotes:
        for i in range(sp.start, sp.end):
            in_quote[i] = True
    out = []
    if model is not None:
        thr = model.threshold if threshold is None else threshold
        dense = model.dense_scores(doc)
        headline = headline_end(doc) if model.headline else 0
        for t in doc:
            if not is_candidate(t, cues):
                continue
            prior = (dense[t.i] if dense else 0.0) + model.lemma_score(t.lemma_.lower())
            p = model.prob(cue_features(t, cues, in_quote[t.i], t.i < headline), prior)
            if p >= thr:
                out.append((t.i, p))
            elif R.is_agentless(t) and p >= thr / 3:
                out.append((t.i, p))
        return out
    for t in doc:
        if R.is_according(t):
            out.append((t.i, 0.9))
            continue
        if t.pos_ not in ("VERB", "AUX", "NOUN") or t.lemma_.lower() not in cues:
            continue
        deps = {c.dep_ for c in t.children}
        if t.pos_ == "NOUN":
            if any(c.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children) for c in t.children):
                out.append((t.i, 0.5))
            continue
        if deps & {"ccomp"} or R.is_agentless(t):
            out.append((t.i, 0.7))
        elif t.dep_ in ("parataxis",) or (in_quote[t.head.i] and not in_quote[t.i]):
            out.append((t.i, 0.6))
        elif deps & {"xcomp", "dobj"} and t.lemma_.lower() in {"say", "claim", "describe", "warn", "deny", "admit", "suggest"}:
            out.append((t.i, 0.5))
        elif any(c.dep_ == "prep" and c.lower_ in ("of", "about") for c in t.children) and t.lemma_.lower() in {"warn", "speak", "talk", "write", "complain"}:
            out.append((t.i, 0.5))
        elif any(c.dep_ == "punct" and c.text == ":" for c in t.children):
            out.append((t.i, 0.5))
    return out


# ------------------------------------------------------------------ step 2
def _quote_after(doc: Doc, head: Token, quotes: list[Span], used: set[int]) -> Optional[Span]:
    """A quotation right after the cue ("said: “...”") or in the cue's sentence."""
    sent = head.sent
    best = None
    for sp in quotes:
        if sp.start in used:
            continue
        if sp.start >= head.i and sp.start - head.i <= 3:
            return sp
        if sp.start >= sent.start and sp.end <= sent.end + 1 and (best is None or len(sp) > len(best)):
            best = sp
    return best


def _paragraph(doc: Doc, i: int) -> tuple[int, int]:
    """Token bounds ``[lo, hi)`` of the paragraph (line) holding token ``i``, at most 260 tokens either side.

    The reach is capped so a line without breaks is not walked once per cue (issue 12): sentences are
    at most 250 tokens (extract/sentence_guard.py) and sources and contents lie in the cue's sentence.
    """
    lo = i
    while lo > 0 and i - lo < 260 and "\n" not in doc[lo - 1].text:
        lo -= 1
    hi = i + 1
    while hi < len(doc) and hi - i < 260 and "\n" not in doc[hi].text:
        hi += 1
    return lo, hi


def link(doc: Doc, head_i: int, quotes: list[Span]) -> _Draft:
    head = doc[head_i]
    cue = R.cue_indices(head)
    draft = _Draft(head=head_i, cue=cue)
    if R.is_agentless(head):
        content = R.agentless_content(head)
        draft.kind, draft.how = "agentless", "passive"
        draft.content = [content] if content else []
        return draft
    tok, how = R.source_token(head)
    source = R.source_indices(tok, how, head) - cue if tok is not None else set()
    content, chow = R.content_indices(head, cue, source)
    if not content or chow in ("dobj",) and len(content) <= 2:
        q = _quote_after(doc, head, quotes, set())
        if q is not None and not (set(range(q.start, q.end)) & (cue | source)):
            content = set(range(q.start, q.end))
            chow = "quote"
    lo, hi = _paragraph(doc, head_i)
    draft.source = {i for i in source if lo <= i < hi}
    content = {i for i in content if lo <= i < hi}
    draft.content = [content] if content else []
    draft.how = f"{how}/{chow}"
    if R.is_according(head):
        draft.kind = "according_to"
    return draft


def _expand_to_quotes(draft: _Draft, quotes: list[Span]) -> None:
    """Content inside a quotation takes the whole quotation (minus cue and source)."""
    if not draft.content:
        return
    content = set().union(*draft.content)
    for sp in quotes:
        span_idx = set(range(sp.start, sp.end))
        inside = content & span_idx
        if inside and (len(inside) >= 0.5 * len(span_idx) or len(content - span_idx) <= 1):
            content |= span_idx
    content -= draft.cue | draft.source
    draft.content = [content]


# ------------------------------------------------------------------ step 4
def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of each token (one pass over ``doc.sents``)."""
    out = [0] * len(doc)
    for n, s in enumerate(doc.sents):
        for i in range(s.start, s.end):
            out[i] = n
    return out


def _continue_quotes(doc: Doc, drafts: list[_Draft], quotes: list[Span], sent_index: list[int]) -> list[_Draft]:
    """Carry quotations with no cue of their own to the speaker they continue."""
    owned = [-1] * len(doc)
    for k, d in enumerate(drafts):
        for i in d.cue | d.source | set().union(*d.content) if d.content else d.cue | d.source:
            owned[i] = k
    outer = [sp for sp in quotes if not any((o.start, o.end) != (sp.start, sp.end) and o.start <= sp.start and sp.end <= o.end and len(o) > len(sp) for o in quotes)]
    outer.sort(key=lambda s: s.start)
    floating: list[_Draft] = []
    last_speaker: Optional[int] = None  # index of the draft whose quotation we are in
    last_end_sent = -1
    for sp in outer:
        owners = {owned[i] for i in range(sp.start, sp.end) if owned[i] >= 0}
        sn = sent_index[sp.start]
        if owners:
            # the speaker of this quotation, if the quotation is its content
            k = min(owners)
            d = drafts[k]
            if d.content and len(set().union(*d.content) & set(range(sp.start, sp.end))) >= 0.5 * len(sp):
                last_speaker, last_end_sent = k, sent_index[sp.end - 1]
            continue
        if len(sp) < 4:
            continue
        # a quotation that stands as its own sentence(s), with no cue inside
        starts_sentence = doc[sp.start].is_sent_start or sp.start == 0 or doc[sp.start - 1].is_space or doc[sp.start - 1].text in ".:\n"
        if not starts_sentence:
            continue
        if last_speaker is not None and sn - last_end_sent <= 2:
            d = drafts[last_speaker]
            d.content.append(set(range(sp.start, sp.end)))
            last_end_sent = sent_index[sp.end - 1]
            continue
        # no speaker yet: the next quotation speaker within the following sentence
        nxt = None
        for k, d in enumerate(drafts):
            if d.head > sp.end and sent_index[d.head] - sent_index[sp.end - 1] <= 1 and d.source:
                nxt = k
                break
        if nxt is not None:
            d = drafts[nxt]
            floating.append(
                _Draft(head=d.head, cue=set(d.cue), source=set(d.source), content=[set(range(sp.start, sp.end))], kind="floating", confidence=0.4, how="floating/next", section=d.section)
            )
    return floating


# ------------------------------------------------------------------ step 5
def _number(doc: Doc, idx: set[int]) -> str:
    """"sing", "plur" or "?" for a source noun phrase."""
    if not idx:
        return "?"
    heads = [doc[i] for i in idx if doc[i].head.i not in idx or doc[i].head.i == i]
    h = heads[0]
    if h.lower_ in PRONOUNS_PLURAL:
        return "plur"
    if h.lower_ in PRONOUNS_SINGULAR:
        return "sing"
    if any(c.dep_ == "conj" for c in h.children):
        return "plur"
    if h.tag_ in ("NNS", "NNPS") or h.lemma_.lower() in ("personnel", "police", "staff", "people"):
        return "plur"
    return "sing"


def _indefinite(doc: Doc, idx: set[int]) -> bool:
    """"a local", "one analyst", "someone": singular "they" may refer to it."""
    first = doc[min(idx)]
    return first.lower_ in ("a", "an", "one", "someone", "somebody", "another", "anyone")


def _is_named(doc: Doc, idx: set[int]) -> bool:
    return any(doc[i].ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for i in idx)


def link_pronouns(doc: Doc, drafts: list[_Draft], *, sent_of: Optional[list[int]] = None, window: int = 3) -> None:
    """Give each pronoun source the nearest earlier source (or person) that agrees with it."""
    if sent_of is None:
        sent_of = sentence_index(doc)
    for k, d in enumerate(drafts):
        if len(d.source) != 1:
            continue
        pron = doc[next(iter(d.source))]
        word = pron.lower_
        if word not in PRONOUNS_SINGULAR | PRONOUNS_PLURAL:
            continue
        here = sent_of[pron.i]
        for prev in reversed(drafts[:k]):
            if not prev.source or min(prev.source) >= pron.i:
                continue
            if here - sent_of[min(prev.source)] > window:
                break
            if len(prev.source) == 1 and doc[next(iter(prev.source))].lower_ in PERSONAL:
                if prev.antecedent is not None and (word in PRONOUNS_SINGULAR) == (doc[next(iter(prev.source))].lower_ in PRONOUNS_SINGULAR):
                    d.antecedent = prev.antecedent
                    break
                continue
            num = _number(doc, prev.source)
            named = _is_named(doc, prev.source)
            if word in ("he", "she"):
                ok = num == "sing" and not any(doc[i].ent_type_ == "ORG" for i in prev.source)
            elif word == "it":
                ok = num == "sing" and not any(doc[i].ent_type_ == "PERSON" for i in prev.source)
            else:  # they/we: plural, or an indefinite unnamed person ("a local", "a source")
                ok = num == "plur" or (not named and _indefinite(doc, prev.source))
            if ok:
                d.antecedent = R.span_of(doc, prev.source)
                break


# ------------------------------------------------------------------ assembly
def _kind(doc: Doc, d: _Draft, quotes: list[Span]) -> str:
    if d.kind in ("according_to", "agentless", "floating"):
        return d.kind
    content = set().union(*d.content) if d.content else set()
    if not content:
        return "indirect"
    quoted = set()
    for sp in quotes:
        quoted |= set(range(sp.start, sp.end))
    words = {i for i in content if not doc[i].is_punct}
    if not words:
        return "indirect"
    share = len(words & quoted) / len(words)
    if share >= 0.8:
        return "direct"
    if share > 0:
        return "mixed"
    return "indirect"


def _resolve_overlaps(drafts: list[_Draft], *, nested: bool = False, doc: Optional[Doc] = None) -> list[_Draft]:
    """One attribution per cue; a cue inside another's source is dropped, and so,
    unless ``nested``, is one inside another's content."""
    out: list[_Draft] = []
    seen_cue: set[int] = set()
    for d in sorted(drafts, key=lambda d: -d.confidence):
        if d.cue & seen_cue:
            continue
        seen_cue |= d.cue
        out.append(d)
    out.sort(key=lambda d: d.head)
    # A cue inside another's source ("the outlet, which stated ..."): the more
    # confident of the two keeps its tokens.
    dropped: set[int] = set()
    by_source: dict[int, list[int]] = {}  # token -> drafts whose source holds it: no all-pairs scan (issue 12)
    for n, o in enumerate(out):
        for i in o.source:
            by_source.setdefault(i, []).append(n)
    for d in out:
        clause = None  # d's clause, read once however many sources hold d's cue
        for o in [out[n] for n in sorted({n for i in d.cue for n in by_source.get(i, ())})]:
            if o is d or not (d.cue & o.source) or id(o) in dropped:
                continue
            if doc is not None and d.confidence >= o.confidence:
                clause = clause if clause is not None else {t.i for t in doc[d.head].subtree} | d.cue
                o.source = R.trim(doc, o.source - clause)
            else:
                dropped.add(id(d))
    out = [d for d in out if id(d) not in dropped and (d.source or d.content)]
    if not nested:
        # PolNeAR's univocal convention: an attribution reported inside the
        # content of another ("X said that Y believes Z") is part of that
        # content.  A coordinated one ("said X and accused Y", "hailed X,
        # telling reporters Y") is not inside: it is cut out of the other.
        contents = [set().union(*d.content) if d.content else set() for d in out]
        holders = _holders(contents, {d.head for d in out})
        keep = []
        for k, d in enumerate(out):
            outer = [j for j in holders.get(d.head, ()) if j != k and not (out[j].cue & contents[k])]
            if not outer:
                keep.append(d)
                continue
            if doc is not None and doc[d.head].dep_ in ("conj", "advcl", "parataxis"):
                mine = {t.i for t in doc[d.head].subtree} | d.cue | d.source | contents[k]
                for j in outer:
                    rest = R.trim(doc, contents[j] - mine)
                    out[j].content = [R.trim(doc, part - mine) for part in out[j].content if R.trim(doc, part - mine)]
                    if rest and not out[j].content:
                        out[j].content = [rest]
                keep.append(d)
        out = keep
    return out


def _holders(contents: list[set[int]], tokens: set[int]) -> dict[int, list[int]]:
    """Token of ``tokens`` -> indices (ascending) of the contents that hold it.

    Each content is walked or probed, whichever is smaller: O(sum of min(|content|, |tokens|)), never all
    content tokens of a long article times the drafts (the callers ask only about cue heads).
    """
    out: dict[int, list[int]] = {}
    for j, content in enumerate(contents):
        small, big = (content, tokens) if len(content) < len(tokens) else (tokens, content)
        for i in small:
            if i in big:
                out.setdefault(i, []).append(j)
    return out


def _drop_quoted_inner(doc: Doc, drafts: list[_Draft], quotes: list[Span]) -> list[_Draft]:
    """Univocal reading of quotations: a cue inside another attribution's content
    (also a continued quotation) or with its source inside the same quotation
    ("“I think we win,” ...") belongs to the quoted speech, not to the article."""
    contents = [set().union(*d.content) if d.content else set() for d in drafts]
    holders = _holders(contents, {d.head for d in drafts})
    keep = []
    for k, d in enumerate(drafts):
        inside = any(j != k and not (drafts[j].cue & contents[k]) for j in holders.get(d.head, ()))
        if not inside and d.source and d.how != "turn":  # a transcript quoted whole keeps its turns
            q = R.quote_of(quotes, d.head)
            inside = q is not None and all(q.start <= i < q.end for i in d.source)
        if not inside:
            keep.append(d)
    return keep


def find_attributions(
    doc: Doc,
    *,
    cues: frozenset[str],
    model: Optional[CueModel],
    quotes: Optional[list[Span]] = None,
    threshold: Optional[float] = None,
    nested: bool = False,
) -> list[Attribution]:
    """All attributions of ``doc`` in text order (see the module docstring for the steps).

    The rules need a dependency parse: a Doc without one has no attributions.
    """
    if not len(doc) or not doc.has_annotation("DEP"):
        return []
    if quotes is None:
        quotes = quote_spans(doc, list(find_quotes(doc_text(doc))))
    heads = find_cue_heads(doc, cues=cues, model=model, quotes=quotes, threshold=threshold)
    drafts = []
    for i, p in heads:
        d = link(doc, i, quotes)
        d.confidence = round(p, 3)
        if not d.content and not d.source:
            continue
        if d.kind != "agentless":
            _expand_to_quotes(d, quotes)
        drafts.append(d)
    drafts.extend(signed_quotes(doc))
    drafts.extend(transcript_turns(doc))
    drafts = set_aside(doc, drafts)  # headline ", X Say(s)", datelines and bylines
    drafts = _resolve_overlaps(drafts, nested=nested, doc=doc)
    sent_of = sentence_index(doc)
    floating = _continue_quotes(doc, drafts, quotes, sent_of)
    if not nested:
        drafts = _drop_quoted_inner(doc, drafts, quotes)
    drafts.extend(floating)
    drafts.sort(key=lambda d: (min(d.content[0]) if d.kind == "floating" and d.content else d.head))
    link_pronouns(doc, drafts, sent_of=sent_of)
    out = []
    for n, d in enumerate(drafts, 1):
        content = []
        for part in d.content:
            content.extend(R.char_ranges(doc, part))
        # merge fragments separated by whitespace only
        merged: list[list[int]] = []
        for s, e in sorted(set(content)):
            if merged and not doc_text(doc)[merged[-1][1] : s].strip():
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out.append(
            Attribution(
                id=f"a{n}",
                kind=_kind(doc, d, quotes),
                cue=R.span_of(doc, d.cue),
                source=R.span_of(doc, d.source),
                source_type=None,
                content=tuple((s, e) for s, e in merged),
                confidence=d.confidence,
                antecedent=d.antecedent,
                section=d.section,
            )
        )
    return out


class Attributor(Component):
    """Finds attributions and writes them to ``doc._.attributions``."""

    def configure(self) -> None:
        cues = self.cfg.get("cues")
        self._cues = frozenset(c.lower() for c in cues) if cues else lexicon.word_list(self.cfg["cue_list"])
        self._model = load_model(self.cfg["model"]) if self.cfg.get("use_model") else None

    def find(self, doc: Doc) -> list[Attribution]:
        quotes = list(doc.spans[self.cfg["quotes_key"]]) if self.cfg["quotes_key"] in doc.spans else None
        return find_attributions(doc, cues=self._cues, model=self._model, quotes=quotes, threshold=self.cfg.get("threshold"))

    def set_annotations(self, doc: Doc, found: list[Attribution]) -> None:
        doc._.attributions = found


@Language.factory(
    "claimscope_attribution",
    default_config={
        "cue_list": "reporting_cues.en.txt",
        "cues": None,
        "use_model": True,
        "model": "cue_model.json.gz",
        "threshold": None,
        "quotes_key": extensions.QUOTES_KEY,
    },
    requires=["token.dep", "token.lemma"],
    assigns=["doc._.attributions"],
)
def make_attributor(
    nlp: Language,
    name: str,
    *,
    cue_list: str = "reporting_cues.en.txt",
    cues: Optional[list[str]] = None,
    use_model: bool = True,
    model: str = "cue_model.json.gz",
    threshold: Optional[float] = None,
    quotes_key: str = extensions.QUOTES_KEY,
) -> Attributor:
    return Attributor(
        nlp, name, cue_list=cue_list, cues=cues, use_model=use_model, model=model, threshold=threshold, quotes_key=quotes_key
    )
