"""Hedges and stance cues: the words that say how sure the text is, and who denies it.

``find_hedges`` marks cues in text order and labels each with what it signals.
Two cue tables feed it:

* hedges (``data/hedge_cues.en.txt``): "suggest", "appears to show", "may",
  "reportedly", "are alleged to", the reporting verb "claim", "is estimated
  to be", "roughly 300" -- labels ``hedged``, ``alleged``, ``estimated``;
* stance cues (``data/stance_cues.en.txt``): "denied", "rejects the report",
  "called it a hoax", "disputes" -- labels ``denied``, ``disputed`` -- and the
  contrast markers "on the other side", "by contrast" (label ``contrast``).
  Stance cues set a claim's status but are not hedges; a contrast marker sets
  nothing by itself (see :mod:`claimscope.extract.claims`).

The tagger writes the hedges to ``doc.spans["claimscope_hedges"]`` and the
stance cues to ``doc.spans["claimscope_stance"]``.  Cues are matched on lemmas
(or lower-cased forms), so "appeared to" and "appears to" are one entry.

Checks on the first token keep homographs out: a modal (``MD``: "may" but not
"May" the month), a verb (``VERB``: "Ukraine's military claims that ..." but
not "the claims were"), a reporting verb (``REPORT``: "he claimed that ..." but
not "claiming success"), an adjective/adverb (``ADJ``), a clause (``CLAUSE``:
"suggest that"), an approximated figure (``FIGURE``: "roughly $15 million" but
not "a roughly two-hour-long dinner"), no recipient (``DENY``: not "denied them
permits"), a claim as object (``REJECT``: "rejected the allegations", not
"rejected a request"), "call X false" (``CALL_FALSE``) and an unnegated verb
(``STANCE``); a negated stance verb is never a cue ("did not dispute that").
See the two data files.  A cue ending in "to" takes the verb right after it,
so "appears to show" and "were said to be" are whole spans.
"""

from __future__ import annotations

from functools import cache
from typing import Iterable, Iterator, Mapping, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimscope import extensions, lexicon
from claimscope.domain.numbers import FRACTIONS, SCALES, number_value
from claimscope.extract.base import Component
from claimscope.vocab import EPISTEMIC, WEAK

DocLike = Union[Doc, Span]
# Statuses a stance cue sets; the other weak statuses are set by hedges.
STANCE_STATUSES: tuple[str, ...] = tuple(s for s in EPISTEMIC if s in ("denied", "disputed"))
HEDGE_LABELS: tuple[str, ...] = tuple(s for s in EPISTEMIC if s in WEAK and s not in STANCE_STATUSES)
# A contrast marker is a stance cue that is no status of its own.
CONTRAST = "contrast"
STANCE_LABELS: tuple[str, ...] = STANCE_STATUSES + (CONTRAST,)
CUE_LABELS: tuple[str, ...] = HEDGE_LABELS + STANCE_LABELS
# The span group of stance cues (the hedges go to extensions.HEDGES_KEY).
STANCE_KEY = extensions.STANCE_KEY
DEFAULT_CUES_FILE = "hedge_cues.en.txt"
DEFAULT_STANCE_FILE = "stance_cues.en.txt"
DENIAL_OBJECTS_FILE = "denial_objects.en.txt"
FALSE_WORDS_FILE = "stance_false_words.en.txt"
# Words shortly before "could" that make it past ability or purpose, not possibility.
ABILITY_CONTEXT = frozenset({"before", "until", "so", "as", "than", "how"})
# Subjects that negate a stance verb ("No one has disputed ...").
NEGATIVE_SUBJECTS = frozenset({"no one", "nobody", "none", "noone"})
# Dependents that make "call X" a judgment of X ("called the charges fabricated", "called it a hoax").
PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "acomp", "attr", "dobj", "conj"})
# Dependencies of a noun that modifies another noun: a figure inside one is no figure of the claim
# ("the roughly 30-minute speech", "a roughly two-hour-long dinner").
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})
CURRENCY = frozenset("$€£¥")


@cache
def default_cues(name: str = DEFAULT_CUES_FILE) -> dict[str, str]:
    """The cue table of ``data/<name>``: cue -> "label[ constraint]"."""
    return dict(lexicon.word_table(name))


def stance_cues(name: str = DEFAULT_STANCE_FILE) -> dict[str, str]:
    """The stance cue table (``data/stance_cues.en.txt`` by default)."""
    return default_cues(name)


def _parse_cues(cues: Union[Mapping[str, str], Iterable[str]]) -> list[tuple[tuple[str, ...], str, Optional[str]]]:
    """Cues as (words, label, constraint); a bare iterable of cues means label ``hedged``."""
    items = cues.items() if isinstance(cues, Mapping) else ((c, "hedged") for c in cues)
    out = []
    for cue, spec in items:
        label, _, constraint = (spec or "hedged").strip().partition(" ")
        if label not in CUE_LABELS:
            raise ValueError(f"Unknown hedge label '{label}' for cue '{cue}'; available: {', '.join(CUE_LABELS)}.")
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
        # "Ukraine's military claims that ...", parsed with "claims" a noun and the root of the
        # sentence: a sentence whose root is a noun before "that" has no other verb to be.
        # ("Hillary Clinton's Claim That ..." and "their claim that" stay nouns.)
        if token.dep_ == "ROOT" and doc[token.i - 1].tag_ not in ("PRP$", "POS"):
            return True
    # A subject makes it a verb, unless the subject is a possessive ("Clinton's Claim That ...").
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return token.dep_ == "ROOT" and any(not any(g.dep_ == "case" for g in c.children) for c in subjects)


def _word_matches(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word or token.norm_ == word


def negated(token: Token) -> bool:
    """Whether the verb ``token`` is negated: "did not deny", "never disputed", "No one has disputed"."""
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and " ".join(t.lower_ for t in child.subtree) in NEGATIVE_SUBJECTS:
            return True
    return False


def _is_number(token: Token) -> bool:
    return token.like_num or number_value(token.text) is not None or token.lower_ in FRACTIONS


def approximates_figure(token: Token) -> bool:
    """Whether the approximation adverb ``token`` ("roughly", "approximately") bears on a figure.

    A number must follow ("roughly $15 million", "roughly a third", "approximately
    20,000 employees"), and not inside a modifier of a noun: "the roughly
    30-minute speech", "a roughly two-hour-long dinner", "a roughly 45-point
    lead" approximate a length, not the claim's figure.
    """
    doc = token.doc
    k = token.i + 1
    while k < len(doc) and (doc[k].text in CURRENCY or doc[k].lower_ in ("a", "an")):
        k += 1
    if k >= len(doc) or not _is_number(doc[k]):
        return False
    while k < len(doc) and (_is_number(doc[k]) or doc[k].lower_ in SCALES):
        k += 1
    if k < len(doc) and doc[k].text in ("-", "–"):  # "30-minute", "two-hour-long", "45-point"
        return False
    head = token.head
    if head.dep_ in MODIFIER_DEPS and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        return False
    return True


def call_false_end(token: Token) -> Optional[int]:
    """For "call X false" ("called the charges fabricated", "has called climate change a hoax",
    "calling it “absurd”"): the token index after the word that calls X false, else None."""
    if token.lemma_.lower() != "call" or not acts_as_verb(token) or negated(token):
        return None
    words = lexicon.word_list(FALSE_WORDS_FILE)
    doc = token.doc
    # What is called false comes first ("called it ...", "called the charges ..."); en_core_web_sm
    # does not always parse it as the object ("called climate change a hoax": "change" a verb).
    first = next((k for k in range(token.i + 1, min(len(doc), token.i + 6)) if doc[k].pos_ in ("PRON", "PROPN", "NOUN")), None)
    if first is None or doc[first].lower_ in words:
        return None
    for i in range(first + 1, min(len(doc), token.i + 16)):
        word = doc[i]
        if word.lower_ not in words and word.lemma_.lower() not in words:
            continue
        tok, ok = word, True
        for _ in range(8):
            if tok.i == token.i:
                break
            if tok.dep_ not in PREDICATE_DEPS | {"amod", "compound", "advmod", "cc"} or tok.head.i == tok.i:
                ok = False
                break
            tok = tok.head
        if ok and tok.i == token.i:
            return i + 1
    return None


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
    if constraint == "FIGURE":
        return approximates_figure(token)
    deps = {child.dep_ for child in token.children}
    if constraint == "REPORT":
        # "claim an early advantage", "claiming success", "were claimed by ...": not reporting.
        has_noun_object = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)
        return acts_as_verb(token) and "auxpass" not in deps and not has_noun_object
    if constraint == "CLAUSE":
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return acts_as_verb(token) and (bool(deps & {"ccomp", "xcomp"}) or (nxt is not None and nxt.lower_ == "that"))
    if constraint == "STANCE":
        return acts_as_verb(token) and not negated(token)
    if constraint == "DENY":
        return acts_as_verb(token) and "dative" not in deps and not negated(token)
    if constraint == "REJECT":
        if not acts_as_verb(token) or "auxpass" in deps or negated(token):
            return False
        if "ccomp" in deps or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return True
        objects = lexicon.word_list(DENIAL_OBJECTS_FILE)
        return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in token.children)
    if constraint == "CALL_FALSE":
        return call_false_end(token) is not None
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
    """Yield the cues of ``doclike`` as spans labelled with what they signal.

    Args:
        doclike: a parsed Doc or Span.
        cues: cue -> "label[ constraint]" (``default_cues()`` for hedges,
            ``stance_cues()`` for stance cues), or a plain set of cues, all
            labelled ``hedged``.

    Yields:
        Non-overlapping spans in text order, ``label_`` in
        hedged | alleged | estimated | denied | disputed | contrast.
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
            if constraint == "CALL_FALSE":  # the cue runs from "call" to the word that calls X false
                j = min(end, call_false_end(token) or j)
            # "appears to" + "show", "said to" + "be": the verb after "to" belongs to the cue.
            if words[-1] == "to" and j < end and doc[j].pos_ in ("VERB", "AUX"):
                j += 1
            found.append(Span(doc, i, j, label=label))
            break
    yield from sorted(filter_spans(found), key=lambda s: s.start)


class HedgeTagger(Component):
    """Writes hedges to ``doc.spans[spans_key]`` (hedged, alleged, estimated) and stance cues to
    ``doc.spans[stance_key]`` (denied, disputed, contrast)."""

    def configure(self) -> None:
        self.cues = self.cfg.get("cues") or default_cues(self.cfg["cues_file"])
        self.stance = self.cfg.get("stance_cues")
        if self.stance is None:
            self.stance = default_cues(self.cfg["stance_file"]) if self.cfg.get("stance_file") else {}

    def find(self, doc: Doc) -> tuple[list[Span], list[Span]]:
        return list(find_hedges(doc, cues=self.cues)), list(find_hedges(doc, cues=self.stance)) if self.stance else []

    def set_annotations(self, doc: Doc, found: tuple[list[Span], list[Span]]) -> None:
        doc.spans[self.cfg["spans_key"]], doc.spans[self.cfg["stance_key"]] = found


@Language.factory(
    "claimscope_hedging",
    default_config={
        "cues_file": DEFAULT_CUES_FILE,
        "cues": None,
        "spans_key": extensions.HEDGES_KEY,
        "stance_file": DEFAULT_STANCE_FILE,
        "stance_cues": None,
        "stance_key": STANCE_KEY,
    },
    requires=["token.lemma", "token.tag", "token.dep"],
    assigns=["doc.spans"],
)
def make_hedge_tagger(
    nlp: Language,
    name: str,
    cues_file: str,
    cues: Optional[dict],
    spans_key: str,
    stance_file: str,
    stance_cues: Optional[dict],
    stance_key: str,
) -> HedgeTagger:
    return HedgeTagger(
        nlp,
        name,
        cues_file=cues_file,
        cues=cues,
        spans_key=spans_key,
        stance_file=stance_file,
        stance_cues=stance_cues,
        stance_key=stance_key,
    )
