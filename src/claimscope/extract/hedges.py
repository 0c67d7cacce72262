"""Hedges and stance cues: the words that say how sure the text is.

``find_hedges`` marks cues such as "suggest", "appears to show", "may",
"reportedly", "are alleged to", "is estimated to be", "denied" or "on the
other side" and labels each with the epistemic status it signals (``hedged``,
``alleged``, ``estimated``, ``denied``, ``disputed``).  The cue lexicon is
``data/hedge_cues.en.txt``; cues are matched on lemmas (or lower-cased forms),
so "appeared to" and "appears to" are one entry.

Two checks keep homographs out: a cue may require its first token to be a
modal (``MD``: "may" but not "May" the month), to act as a verb (``VERB``:
"Ukraine's military claims that ..." but not "the claims were"), or to be an
adjective/adverb (``ADJ``); "suggest" needs a clause (``CLAUSE``), "deny"
no recipient (``DENY``: not "denied them permits") and "reject"/"dismiss" a
claim as object (``REJECT``: "rejected the allegations", not "rejected a
request"); see ``data/hedge_cues.en.txt``.  A cue ending in "to" takes the verb right after
it, so "appears to show" and "were said to be" are whole spans.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable, Iterator, Mapping, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimscope import extensions, lexicon
from claimscope.extract.base import Component

DocLike = Union[Doc, Span]
HEDGE_LABELS = ("hedged", "alleged", "estimated", "denied", "disputed")
DEFAULT_CUES_FILE = "hedge_cues.en.txt"
DENIAL_OBJECTS_FILE = "denial_objects.en.txt"
# Words shortly before "could" that make it past ability or purpose, not possibility.
ABILITY_CONTEXT = frozenset({"before", "until", "so", "as", "than", "how"})


@cache
def default_cues(name: str = DEFAULT_CUES_FILE) -> dict[str, str]:
    """The cue table of ``data/<name>``: cue -> "label[ constraint]"."""
    return dict(lexicon.word_table(name))


def _parse_cues(cues: Union[Mapping[str, str], Iterable[str]]) -> list[tuple[tuple[str, ...], str, Optional[str]]]:
    """Cues as (words, label, constraint); a bare iterable of cues means label ``hedged``."""
    items = cues.items() if isinstance(cues, Mapping) else ((c, "hedged") for c in cues)
    out = []
    for cue, spec in items:
        label, _, constraint = (spec or "hedged").strip().partition(" ")
        if label not in HEDGE_LABELS:
            raise ValueError(f"Unknown hedge label '{label}' for cue '{cue}'; available: {', '.join(HEDGE_LABELS)}.")
        words = tuple(cue.lower().split())
        if words:
            out.append((words, label, constraint.strip() or None))
    # Longer cues first: at one position the longest cue wins.
    out.sort(key=lambda item: -len(item[0]))
    return out


def acts_as_verb(token: Token) -> bool:
    """Whether ``token`` is used as a verb, even when the tagger calls it a noun.

    en_core_web_sm tags "claim" in "personnel ... claim that ..." as a noun
    (NN, ROOT); a clausal complement or a subject shows it is a verb.
    """
    if token.pos_ in ("VERB", "AUX"):
        return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    deps = {child.dep_ for child in token.children}
    if "ccomp" in deps or "xcomp" in deps:
        return True
    # "workers at the plant claim that ...", parsed "the plant claim" as a noun:
    # a noun before and "that" after make it a verb ("their claim that ...",
    # "false claims that ..." stay nouns).
    doc = token.doc
    if 0 < token.i < len(doc) - 1 and doc[token.i + 1].lower_ == "that":
        if doc[token.i - 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP"):
            return True
    return token.dep_ == "ROOT" and bool(deps & {"nsubj", "nsubjpass"})


def _word_matches(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word or token.norm_ == word


def _meets(token: Token, constraint: Optional[str]) -> bool:
    if constraint is None:
        return True
    if constraint == "MD":
        return token.tag_ == "MD"
    if constraint == "MD_EPISTEMIC":
        doc = token.doc
        if token.tag_ != "MD":
            return False
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("not", "n't"):
            return False
        before = {doc[k].lower_ for k in range(max(0, token.i - 3), token.i)}
        return not before & ABILITY_CONTEXT
    if constraint == "VERB":
        return acts_as_verb(token)
    if constraint == "ADJ":
        return token.pos_ in ("ADJ", "ADV") or token.tag_ in ("JJ", "RB", "VBN")
    deps = {child.dep_ for child in token.children}
    if constraint == "CLAUSE":
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return acts_as_verb(token) and (bool(deps & {"ccomp", "xcomp"}) or (nxt is not None and nxt.lower_ == "that"))
    if constraint == "DENY":
        return acts_as_verb(token) and "dative" not in deps
    if constraint == "REJECT":
        if not acts_as_verb(token) or "auxpass" in deps:
            return False
        if "ccomp" in deps or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return True
        objects = lexicon.word_list(DENIAL_OBJECTS_FILE)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children)
    return True


def _cues_key(cues: Union[Mapping[str, str], Iterable[str]]) -> tuple:
    if isinstance(cues, Mapping):
        return tuple(sorted(cues.items()))
    return tuple(sorted((c, "hedged") for c in cues))


@cache
def _index_cues(cues_key: tuple) -> dict[str, list[tuple[tuple[str, ...], str, Optional[str]]]]:
    """The parsed cue table indexed by first word (built once per cue table)."""
    index: dict[str, list] = {}
    for entry in _parse_cues(dict(cues_key)):
        index.setdefault(entry[0][0], []).append(entry)
    return index


def find_hedges(doclike: DocLike, *, cues: Union[Mapping[str, str], Iterable[str]]) -> Iterator[Span]:
    """Yield the hedge cues of ``doclike`` as spans labelled with their status.

    Args:
        doclike: a parsed Doc or Span.
        cues: cue -> "label[ constraint]" (see ``data/hedge_cues.en.txt``), or
            a plain set of cues, all labelled ``hedged``.

    Yields:
        Non-overlapping spans in text order, ``label_`` in
        hedged | alleged | estimated | denied | disputed.
    """
    by_first_word = _index_cues(_cues_key(cues))
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    start, end = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
    found = []
    for i in range(start, end):
        token = doc[i]
        # Only the cues whose first word this token can be (as form, lemma or norm).
        forms = {token.lower_, token.lemma_.lower(), token.norm_}
        candidates = [entry for form in forms for entry in by_first_word.get(form, ())]
        if not candidates:
            continue
        candidates.sort(key=lambda item: -len(item[0]))
        for words, label, constraint in candidates:
            j = i + len(words)
            if j > end or not all(_word_matches(doc[i + k], w) for k, w in enumerate(words[1:], start=1)):
                continue
            if not _meets(token, constraint):
                continue
            # "appears to" + "show", "said to" + "be": the verb after "to" belongs to the cue.
            if words[-1] == "to" and j < end and doc[j].pos_ in ("VERB", "AUX"):
                j += 1
            found.append(Span(doc, i, j, label=label))
            break
    yield from sorted(filter_spans(found), key=lambda s: s.start)


class HedgeTagger(Component):
    """Writes hedge cues to ``doc.spans[spans_key]`` (labels: hedged, alleged, estimated, denied, disputed)."""

    def configure(self) -> None:
        self.cues = self.cfg.get("cues") or default_cues(self.cfg["cues_file"])

    def find(self, doc: Doc) -> list[Span]:
        return list(find_hedges(doc, cues=self.cues))

    def set_annotations(self, doc: Doc, found: list[Span]) -> None:
        doc.spans[self.cfg["spans_key"]] = found


@Language.factory(
    "claimscope_hedging",
    default_config={"cues_file": DEFAULT_CUES_FILE, "cues": None, "spans_key": extensions.HEDGES_KEY},
    assigns=["doc.spans"],
)
def make_hedge_tagger(nlp: Language, name: str, cues_file: str, cues: Optional[dict], spans_key: str) -> HedgeTagger:
    return HedgeTagger(nlp, name, cues_file=cues_file, cues=cues, spans_key=spans_key)
