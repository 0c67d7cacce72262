"""Claims: one record per asserted proposition, with who asserts it, how surely, and why.

``build_claims`` reads what the earlier components wrote (attributions with
typed sources, hedge and stance spans, evidence spans) and cuts the text into
claims:

* every content span of an attribution is a claim with that attribution, one
  claim per sentence it covers (a quote running over three sentences gives
  three claims with the same attribution id);
* what is left of a sentence once the attributions' contents, cues and
  sources are taken out is the article's own voice: each remaining stretch
  that holds a verb and at least ``min_words`` words is a claim with
  attribution None ("The carriage came to a halt north of Mykolaiv ...").
  A source stays in the own-voice text when it is an argument of an own-voice
  verb ("The video was provided by the news outlet Radio Free Europe/Radio
  Liberty, which stated that ...").  Headings and fragments without a verb
  are not claims.

Every claim's status comes with the words that set it (``epistemic_cue``) and
the rule, in one sentence (``because``).  The first rule that applies wins:

1. ``denied``: a stance verb governs the claim ("denied", "rejects the
   report", "dismissed it as absurd", "refuted", "called it a hoax");
2. ``disputed``: the text disputes it ("disputes", "contested", "contradicts"),
   or another source in the article contradicts it: a later denial from
   another source answers it ("Kyiv said ... Moscow denied that ..."), or a
   source sets its own figure against it with a contrast marker ("The Russian
   Defense Ministry, on the other side, claims that the death toll is around
   500" against Ukraine's "over 14,000") -- then both are disputed.  The
   claim answered is the nearest earlier attributed claim from another source
   in the preceding ``dispute_window`` sentences, skipping hedged or
   estimated ones (a contrast prefers one with the same cue verb); it needs both
   claims to give figures, and different ones ("Republicans, on the other
   hand, offered their thoughts and prayers" disputes nothing);
3. ``alleged``: the reporting verb "claim" (one rule for "claim", "claims",
   "claimed", also where it is the attribution's cue), a distancing cue (allegedly, reportedly, purportedly, "were
   said to be"), or an agentless attribution;
4. ``estimated``: an estimated figure ("an estimated 7,000", "is estimated to
   be", "estimates put the toll at", "roughly 300"); an approximation inside a
   modifier ("a roughly two-hour-long dinner") is no estimate;
5. ``hedged``: a hedge governs it (suggest, appear(s) to, may, might, could,
   likely, unconfirmed, could not be independently verified);
6. ``reported``: attributed, no cue (the cue is the neutral reporting verb);
7. ``asserted``: the article's own voice, no cue.

A cue governs a claim when it lies inside the claim, inside the claim's
attribution cue or source ("Sources suggest that ..."), or when it is a
syntactic ancestor of the claim in the same clause (the path up does not
cross an adverbial, relative or coordinated clause).  ``claim.hedges`` lists
the governing hedges only; stance cues and contrast markers are not hedges.
Evidence belongs to the claims of its sentence that contain it (in the claim,
its source or cue); evidence that no claim of its sentence contains goes to
all of them.
"""

from __future__ import annotations

from typing import Optional, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimscope import extensions
from claimscope import types as t
from claimscope.domain.numbers import number_value
from claimscope.extract.base import Component, doc_text
from claimscope.extract.hedges import CONTRAST, DEFAULT_CUES_FILE, DEFAULT_STANCE_FILE, HEDGE_LABELS, STANCE_KEY

# The order in which the weak statuses (vocab.WEAK) win; tests check it covers WEAK exactly.
PRECEDENCE: tuple[str, ...] = ("denied", "disputed", "alleged", "estimated", "hedged")
# Statuses of a claim that a later denial or contrast can answer.
ANSWERABLE = frozenset({"reported", "alleged", "asserted"})
# Entity labels of numbers that are no figures (dates, times, ranks).
NOT_FIGURES = frozenset({"DATE", "TIME", "ORDINAL"})
# Dependency edges a hedge's scope does not cross on the way up from a claim.
SCOPE_BARRIERS = frozenset({"advcl", "conj", "parataxis", "relcl", "acl", "appos"})
EDGE_TRIM_DEPS = frozenset({"cc", "mark", "punct"})
CUE_DEPS = frozenset({"aux", "auxpass", "neg"})
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
QUOTE_CHARS = "\"'“”‘’«»„‚"


def _sentences(doc: Doc) -> list[Span]:
    if not len(doc):
        return []
    try:
        sents = list(doc.sents)
    except ValueError:  # no sentence boundaries: a hand-built Doc
        sents = [doc[:]]
    return [s for s in sents if any(tok.is_alpha for tok in s)]


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character bounds without surrounding whitespace and separators (commas, colons, dashes)."""
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;:–—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:–—-"):
        end -= 1
    return start, end


def _overlaps(a: t.Offsets, b: t.Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside(a: t.Offsets, b: t.Offsets) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _tokens(doc: Doc, offsets: t.Offsets) -> Optional[Span]:
    return doc.char_span(offsets[0], offsets[1], alignment_mode="expand")


def _root(span: Span) -> Token:
    for tok in span:
        if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i:
            if not tok.is_punct and not tok.is_space:
                return tok
    return span.root


def _is_proposition(span: Span, *, min_words: int) -> bool:
    words = [tok for tok in span if tok.is_alpha]
    has_verb = any(tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or tok.tag_ == "MD" for tok in span)
    return has_verb and len(words) >= min_words


def _own_voice_chunks(sent: Span, covered: set[int], *, min_words: int) -> list[Span]:
    """Maximal runs of uncovered tokens in ``sent`` that read as propositions."""
    doc = sent.doc
    chunks, run = [], []
    for tok in sent:
        if tok.i in covered:
            if run:
                chunks.append(run)
            run = []
        else:
            run.append(tok)
    if run:
        chunks.append(run)
    out = []
    for run in chunks:
        while run and (run[0].is_space or run[0].dep_ in EDGE_TRIM_DEPS or run[0].text in QUOTE_CHARS):
            run = run[1:]
        while run and (
            run[-1].is_space
            or run[-1].dep_ in ("cc", "mark")
            or run[-1].tag_ in ("WDT", "WP")
            or (run[-1].is_punct and run[-1].text not in ".!?" + QUOTE_CHARS)
        ):
            run = run[:-1]
        if not run:
            continue
        span = doc[run[0].i : run[-1].i + 1]
        if _is_proposition(span, min_words=min_words):
            out.append(span)
    return out


def _is_content(span: Optional[Span]) -> bool:
    """Whether a content piece can carry a proposition: a verb or at least two words.

    A scare-quoted single word ("the ‘V’ emblem") is not a claim of its own.
    """
    if span is None:
        return False
    words = [tok for tok in span if tok.is_alpha or tok.like_num]
    return len(words) >= 2 or any(tok.pos_ in ("VERB", "AUX") for tok in span)


def _content_pieces(doc: Doc, a: t.Attribution, sent: Span) -> list[t.Offsets]:
    """The attribution's content within ``sent``, one piece per proposition.

    Pieces separated only by the cue are one proposition wrapped around it
    ("Passengers ... were said to be “shocked” ..."), so they are joined.  A
    leading complementizer ("that", "whether") is left out of the claim.
    """
    s_start, s_end = sent.start_char, sent.end_char
    pieces = sorted(
        _trim(doc, max(c[0], s_start), min(c[1], s_end)) for c in a.content if _overlaps(c, (s_start, s_end))
    )
    pieces = [p for p in pieces if p[1] > p[0]]
    cue = _tokens(doc, a.cue) if a.cue else None
    cue_tokens = set(range(cue.start, cue.end)) if cue is not None else set()
    if cue is not None:
        cue_tokens.update(c.i for tok in cue for c in tok.children if c.dep_ in CUE_DEPS)
    merged: list[t.Offsets] = []
    for start, end in pieces:
        if merged:
            gap = doc.char_span(merged[-1][1], start, alignment_mode="expand")
            if gap is not None and all(tok.i in cue_tokens or tok.is_punct or tok.is_space for tok in gap):
                if any(tok.i in cue_tokens for tok in gap):
                    merged[-1] = (merged[-1][0], end)
                    continue
        merged.append((start, end))
    out = []
    for start, end in merged:
        span = doc.char_span(start, end, alignment_mode="expand")
        if not _is_content(span):
            continue
        if len(span) > 1 and span[0].dep_ == "mark" and span[0].lower_ in COMPLEMENTIZERS:
            start = _trim(doc, span[1].idx, end)[0]
        out.append((start, end))
    return out


def _covered_tokens(doc: Doc, sent: Span, attributions: Sequence[t.Attribution]) -> set[int]:
    """Tokens of ``sent`` that belong to an attribution rather than the article's own voice."""
    covered: set[int] = set()
    parts: list[tuple[t.Attribution, Span, Optional[Span]]] = []
    for a in attributions:
        if not any(_is_content(_tokens(doc, c)) for c in a.content):
            continue  # nothing is claimed through it: its words stay in the own voice
        for c in a.content:
            span = _tokens(doc, c)
            if span is not None:
                covered.update(range(max(span.start, sent.start), min(span.end, sent.end)))
        cue = _tokens(doc, a.cue) if a.cue else None
        if cue is not None:
            covered.update(range(max(cue.start, sent.start), min(cue.end, sent.end)))
            # The cue's auxiliaries and negation ("have described", "did not say") go with it.
            for tok in cue:
                covered.update(c.i for c in tok.children if c.dep_ in CUE_DEPS and sent.start <= c.i < sent.end)
        source = _tokens(doc, a.source) if a.source else None
        if source is not None and cue is not None:
            parts.append((a, source, cue))
    for a, source, cue in parts:
        root = _root(source)
        head = root.head
        # "provided by the news outlet X": the by-agent of the cue belongs to the cue.
        if head.dep_ == "agent" and cue.start <= head.head.i < cue.end:
            covered.add(head.i)
        # A source that is an argument of an own-voice verb stays in the own voice.
        elif head.i != root.i and not (source.start <= head.i < source.end) and head.i not in covered:
            continue
        # A relative clause inside the source ("X, which stated that ...") says something of its own.
        clauses = {t.i for c in root.children if c.dep_ == "relcl" for t in c.subtree}
        covered.update(i for i in range(max(source.start, sent.start), min(source.end, sent.end)) if i not in clauses)
    return covered


def governs(hedge: Span, target: Token) -> bool:
    """Whether ``hedge`` is, or modifies, a syntactic ancestor of ``target`` within one clause.

    "A video appears to show a convoy": "appears" is an ancestor of "convoy".
    "The ministry, on the other side, claims that ...": "on the other side"
    modifies "claims", an ancestor of the claimed clause.
    """
    hroot = hedge.root
    attach = hroot.head if hroot.head.i != hroot.i and not (hedge.start <= hroot.head.i < hedge.end) else None
    tok = target
    for _ in range(40):
        if hedge.start <= tok.i < hedge.end or (attach is not None and tok.i == attach.i):
            return True
        if tok.head.i == tok.i or tok.dep_ in SCOPE_BARRIERS:
            return False
        tok = tok.head
    return False


Status = tuple[str, Optional[t.Offsets], str]  # (epistemic, cue offsets, because)


def _quoted(doc: Doc, offsets: Optional[t.Offsets]) -> str:
    if not offsets:
        return ""
    return " ".join(doc_text(doc)[offsets[0] : offsets[1]].split())


def _because(doc: Doc, status: str, cue: Span) -> str:
    """The rule a cue applies, in one sentence."""
    words = " ".join(cue.text.split())
    if status == "denied":
        if cue[0].lemma_.lower() == "call":
            return f"'{words}' calls the content false ({DEFAULT_STANCE_FILE}, denied)"
        return f"stance verb '{words}' denies the content ({DEFAULT_STANCE_FILE}, denied)"
    if status == "disputed":
        return f"stance verb '{words}' disputes the content ({DEFAULT_STANCE_FILE}, disputed)"
    if status == "alleged" and cue.root.lemma_.lower() == "claim" and len(cue) == 1:
        return f"reporting verb '{words}' marks the content as alleged ({DEFAULT_CUES_FILE})"
    kind = {"alleged": "distancing cue", "estimated": "estimate cue"}.get(status, "hedge cue")
    return f"{kind} '{words}' ({DEFAULT_CUES_FILE}, {status})"


def _status(doc: Doc, cues: Sequence[Span], attribution: Optional[t.Attribution]) -> Status:
    """The status of a claim from its governing cues and its attribution (module docstring, rules 1 and 3-7)."""
    first: dict[str, Span] = {}
    for cue in cues:
        first.setdefault(cue.label_, cue)
    agentless = attribution is not None and attribution.kind == "agentless"
    for status in PRECEDENCE:
        cue = first.get(status)
        if cue is not None:
            return status, (cue.start_char, cue.end_char), _because(doc, status, cue)
        if status == "alleged" and agentless:
            words = _quoted(doc, attribution.cue)
            return "alleged", attribution.cue or None, f"agentless attribution '{words}': no source is named (alleged)"
        if status == "alleged" and _cue_lemma(doc, attribution) == "claim":
            # The attribution found "claim" reporting ("He claimed vast wealth"): one rule for every "claim".
            words = _quoted(doc, attribution.cue)
            return "alleged", attribution.cue, f"reporting verb '{words}' marks the content as alleged ({DEFAULT_CUES_FILE})"
    if attribution is not None:
        source = _quoted(doc, attribution.source) or "a source"
        if attribution.antecedent:  # "they continued": who "they" are
            source = f"{source} ({_quoted(doc, attribution.antecedent)})"
        if attribution.cue:
            return "reported", attribution.cue, f"attributed to {source} with a neutral cue '{_quoted(doc, attribution.cue)}' (reported)"
        return "reported", None, f"attributed to {source}, no cue (reported)"
    return "asserted", None, "no cue: the article's own voice (asserted)"


def build_claims(
    doc: Doc,
    *,
    attributions: Sequence[t.Attribution],
    hedges: Sequence[Span] = (),
    evidence: Sequence[Span] = (),
    stances: Sequence[Span] = (),
    min_words: int = 3,
    dispute_window: int = 3,
) -> list[t.Claim]:
    """The claims of ``doc`` in text order (see the module docstring for the rules).

    Args:
        doc: a parsed Doc.
        attributions: the attributions (``doc._.attributions``).
        hedges: hedge spans, ``label_`` the status they signal.
        evidence: evidence spans, ``label_`` the evidence kind.
        stances: stance cue spans, ``label_`` denied | disputed | contrast
            (stance cues passed in ``hedges`` work the same).
        min_words: fewest words an own-voice stretch needs to be a claim.
        dispute_window: how many sentences back a contrast looks for the claim it answers.

    Returns:
        ``types.Claim`` records with ids c1, c2, ... in text order.
    """
    sents = _sentences(doc)
    if not sents:
        return []
    by_id = {a.id: a for a in attributions}
    # units: (start, end, attribution id, sentence index, clause root)
    units: list[tuple[int, int, Optional[str], int, Token]] = []
    bylines = [a for a in attributions if getattr(a, "section", "body") == "byline"]
    for k, sent in enumerate(sents):
        s_start, s_end = sent.start_char, sent.end_char
        if any(a.cue and _overlaps(a.cue, (s_start, s_end)) for a in bylines):
            continue  # "Reporting by X; Editing by Y", "CNN's X contributed reporting": credits, not claims
        here = [
            a
            for a in attributions
            if any(_overlaps(c, (s_start, s_end)) for c in a.content) or (a.cue and _overlaps(a.cue, (s_start, s_end)))
        ]
        for a in here:
            for start, end in _content_pieces(doc, a, sent):
                piece = doc.char_span(start, end, alignment_mode="expand")
                if piece is None or not any(tok.is_alpha for tok in piece):
                    continue
                units.append((start, end, a.id, k, _root(piece)))
        covered = _covered_tokens(doc, sent, here)
        for chunk in _own_voice_chunks(sent, covered, min_words=min_words):
            start, end = _trim(doc, chunk.start_char, chunk.end_char)
            units.append((start, end, None, k, _root(chunk)))
    units.sort(key=lambda u: (u[0], u[1]))

    cues = sorted(list(hedges) + list(stances), key=lambda h: h.start)
    statuses: list[Status] = []
    unit_cues: list[tuple[Span, ...]] = []
    for start, end, aid, k, root in units:
        a = by_id.get(aid) if aid else None
        sent = sents[k]
        scope = [(a.cue, a.source)] if a else []
        mine = []
        for h in cues:
            if not (sent.start <= h.start < sent.end):
                continue
            hoff = (h.start_char, h.end_char)
            inside = _inside(hoff, (start, end)) or any(
                (cue and _overlaps(hoff, cue)) or (src and _overlaps(hoff, src)) for cue, src in scope
            )
            if not inside and not governs(h, root):
                continue
            if h.label_ == CONTRAST and a is None:
                continue  # a contrast in the article's own voice disputes nothing
            mine.append(h)
        unit_cues.append(tuple(mine))
        statuses.append(_status(doc, mine, a))

    _propagate_disputes(units, unit_cues, statuses, by_id, doc, window=dispute_window)

    claims = []
    for n, ((start, end, aid, k, _), hs, (status, cue, because)) in enumerate(zip(units, unit_cues, statuses), start=1):
        claims.append(
            t.Claim(
                id=f"c{n}",
                span=(start, end),
                attribution=aid,
                epistemic=status,
                hedges=tuple((h.start_char, h.end_char) for h in hs if h.label_ in HEDGE_LABELS),
                evidence=_evidence_for(n - 1, units, evidence, by_id, sents),
                epistemic_cue=cue,
                because=because,
            )
        )
    return claims


def _source_text(doc: Doc, a: Optional[t.Attribution]) -> Optional[str]:
    if a is None:
        return None
    where = a.antecedent or a.source
    return doc_text(doc)[where[0] : where[1]].lower() if where else None


def _cue_lemma(doc: Doc, a: Optional[t.Attribution]) -> Optional[str]:
    if a is None or not a.cue:
        return None
    span = _tokens(doc, a.cue)
    return span.root.lemma_.lower() if span is not None and len(span) else None


def _figures(doc: Doc, offsets: t.Offsets) -> frozenset[float]:
    """The values of the numbers a claim states as figures (not dates, times or ranks)."""
    span = _tokens(doc, offsets)
    if span is None:
        return frozenset()
    values = set()
    for tok in span:
        if tok.ent_type_ in NOT_FIGURES or not (tok.like_num or tok.pos_ == "NUM"):
            continue
        value = number_value(tok.text)
        if value is not None:
            values.add(value)
    return frozenset(values)


def _propagate_disputes(units, unit_cues, statuses: list[Status], by_id, doc: Doc, *, window: int) -> None:
    """Another source contradicts a claim: a later denial answers it, or a contrast sets a different figure against it."""
    for i, (start, end, aid, k, _) in enumerate(units):
        if aid is None:
            continue
        denials = [h for h in unit_cues[i] if h.label_ == "denied"]
        contrasts = [h for h in unit_cues[i] if h.label_ == CONTRAST]
        if not denials and not contrasts:
            continue
        a = by_id.get(aid)
        mine = _source_text(doc, a)
        cue = _cue_lemma(doc, a)
        candidates = [
            j
            for j in range(i - 1, -1, -1)
            if units[j][2] is not None
            and units[j][2] != aid
            and k - window <= units[j][3] <= k
            and _source_text(doc, by_id.get(units[j][2])) != mine
            and statuses[j][0] in ANSWERABLE
        ]
        trigger = denials[0] if denials else contrasts[0]
        if not denials:
            # A contrast contradicts only when both give figures, and different ones.
            here = _figures(doc, (start, end))
            candidates = [j for j in candidates if here and _figures(doc, units[j][:2]) and not here & _figures(doc, units[j][:2])]
        if not candidates:
            continue
        # A contrast answers the claim made with the same verb ("X claims ... Y, on the other side,
        # claims ..."); a denial answers the nearest one ("called the charges fabricated" answers
        # the cast members' charge, not "Trump called for ...").
        same_cue = [j for j in candidates if cue and not denials and _cue_lemma(doc, by_id.get(units[j][2])) == cue]
        target_attr = units[(same_cue or candidates)[0]][2]
        speaker = _quoted(doc, a.source) if a and a.source else "another source"
        words = _quoted(doc, (trigger.start_char, trigger.end_char))
        offsets = (trigger.start_char, trigger.end_char)
        for j in candidates:
            if units[j][2] != target_attr:
                continue
            if denials:
                statuses[j] = ("disputed", offsets, f"contradicted by {speaker}: '{words}' answers it (disputed)")
            else:
                statuses[j] = ("disputed", offsets, f"contradicted by a different figure from {speaker}, set against it with '{words}' (disputed)")
        if not denials:
            other = by_id.get(target_attr)
            them = _quoted(doc, other.source) if other and other.source else "another source"
            statuses[i] = ("disputed", offsets, f"set with '{words}' against a different figure from {them} (disputed)")


def _evidence_for(i: int, units, evidence: Sequence[Span], by_id, sents: Sequence[Span]) -> tuple[t.Evidence, ...]:
    start, end, aid, k, _ = units[i]
    sent = sents[k]
    siblings = [u for u in units if u[3] == k]

    def holds(unit, off: t.Offsets) -> bool:
        s, e, uid, _, _ = unit
        if _inside(off, (s, e)):
            return True
        a = by_id.get(uid) if uid else None
        return bool(a) and any(x and _overlaps(off, x) for x in (a.source, a.cue, a.antecedent))

    out = []
    for ev in evidence:
        if not (sent.start <= ev.start < sent.end):
            continue
        off = (ev.start_char, ev.end_char)
        if holds(units[i], off) or not any(holds(u, off) for u in siblings):
            out.append(t.Evidence(kind=ev.label_, span=off))
    return tuple(out)


class ClaimBuilder(Component):
    """Writes ``doc._.claims`` from attributions, hedges and evidence."""

    def find(self, doc: Doc) -> list[t.Claim]:
        spans = doc.spans
        return build_claims(
            doc,
            attributions=doc._.attributions or [],
            hedges=list(spans[self.cfg["hedges_key"]]) if self.cfg["hedges_key"] in spans else [],
            evidence=list(spans[self.cfg["evidence_key"]]) if self.cfg["evidence_key"] in spans else [],
            stances=list(spans[self.cfg["stance_key"]]) if self.cfg["stance_key"] in spans else [],
            min_words=self.cfg["min_words"],
            dispute_window=self.cfg["dispute_window"],
        )

    def set_annotations(self, doc: Doc, found: list[t.Claim]) -> None:
        doc._.claims = found


@Language.factory(
    "claimscope_claims",
    default_config={
        "hedges_key": extensions.HEDGES_KEY,
        "evidence_key": extensions.EVIDENCE_KEY,
        "stance_key": STANCE_KEY,
        "min_words": 3,
        "dispute_window": 3,
    },
    requires=["doc._.attributions", "doc.spans"],
    assigns=["doc._.claims"],
)
def make_claim_builder(
    nlp: Language, name: str, hedges_key: str, evidence_key: str, stance_key: str, min_words: int, dispute_window: int
) -> ClaimBuilder:
    return ClaimBuilder(
        nlp,
        name,
        hedges_key=hedges_key,
        evidence_key=evidence_key,
        stance_key=stance_key,
        min_words=min_words,
        dispute_window=dispute_window,
    )
