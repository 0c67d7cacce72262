"""Evidence mentions: the videos, photos, documents, witnesses, statements,
estimates and media reports a text cites in support of its claims.

A noun from ``data/evidence_cues.en.txt`` is evidence only where the text
*cites* it, which the parse tells:

* it is a subject: "A video appears to show ...", "The video was provided by ...",
  "Satellite images show ...";
* it is the object of a preposition: "in a statement", "according to
  documents", "by some estimates", "reported by the news outlet X";
* it is the object of a citing verb (``data/evidence_verbs.en.txt``):
  "Reuters obtained a video", "the ministry issued a statement";
* it has a clause of showing (``data/evidence_show_verbs.en.txt``): "a video
  showing soldiers", "footage that appears to show ...".

Where a video is an event in the story ("someone made a video about it",
"people began filming video") it is not evidence.  A noun that is the
``compound`` of another ("a video shot in Homel", which en_core_web_sm parses
with "shot" as the head noun) takes the role of its head.
"""

from __future__ import annotations

from functools import cache
from typing import Iterator, Mapping, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimscope import extensions, lexicon
from claimscope.extract.base import Component
from claimscope.vocab import EVIDENCE_KINDS

DocLike = Union[Doc, Span]
DEFAULT_CUES_FILE = "evidence_cues.en.txt"
DEFAULT_VERBS_FILE = "evidence_verbs.en.txt"
DEFAULT_SHOW_FILE = "evidence_show_verbs.en.txt"
DEFAULT_COMPOUND_FILE = "evidence_compound_heads.en.txt"

# Prepositions whose object is cited evidence ("in a video", "according to documents").
CITING_PREPS = frozenset({"in", "on", "from", "by", "per", "through", "via", "under", "citing"})
# Words before "to" that cite what follows ("according to documents", "pointed to reports").
TO_CITING_HEADS = frozenset({"according", "accord", "pursuant", "point", "refer", "thanks"})
# Modifiers that belong to the evidence noun phrase.
NP_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "nmod", "quantmod", "predet", "advmod"})


@cache
def default_cues(name: str = DEFAULT_CUES_FILE) -> dict[str, str]:
    return dict(lexicon.word_table(name))


def _word_matches(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


def _role_token(token: Token) -> Token:
    """The token whose syntactic role counts: compounds and conjuncts climb to their head."""
    seen = 0
    while token.dep_ in ("compound", "conj", "appos") and token.head.i != token.i and seen < 6:
        if token.dep_ == "compound" and token.head.pos_ not in ("NOUN", "PROPN"):
            break
        token = token.head
        seen += 1
    return token


def is_cited(
    token: Token, *, verbs: frozenset[str], show_verbs: frozenset[str], compound_heads: Optional[frozenset[str]] = None
) -> bool:
    """Whether the evidence noun ``token`` is cited in support (not an event in the story).

    A noun that modifies another noun ("the email controversy") counts only
    before a head from ``compound_heads`` ("a video shot in Homel").
    """
    head = token.head
    if token.dep_ == "compound" and compound_heads is not None and head.pos_ == "NOUN":
        if head.lemma_.lower() not in compound_heads and head.lower_ not in compound_heads:
            return False
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in show_verbs for c in token.children):
        return True
    role = _role_token(token)
    if role.i != token.i and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in show_verbs for c in role.children):
        return True
    dep = role.dep_
    if dep in ("nsubj", "nsubjpass", "csubj"):
        return True
    if dep == "pobj":
        prep = role.head
        if prep.lower_ == "to":  # "according to documents", not "released it to other outlets"
            return prep.head.lemma_.lower() in TO_CITING_HEADS or prep.head.lower_ in TO_CITING_HEADS
        return prep.lower_ in CITING_PREPS or prep.dep_ == "agent"
    if dep in ("dobj", "obj"):
        return role.head.lemma_.lower() in verbs
    if dep == "ROOT" and role.pos_ in ("NOUN", "PROPN"):
        return False
    return False


def noun_phrase(token: Token) -> tuple[int, int]:
    """Token bounds of the noun phrase headed by ``token`` without its clauses and prepositions."""
    head = _role_token(token) if token.dep_ == "compound" else token
    start, end = head.i, head.i + 1
    for child in head.children:
        if (child.dep_ in NP_DEPS and child.i < head.i) or (child.dep_ == "appos" and child.pos_ == "PROPN"):
            sub = list(child.subtree)
            start, end = min(start, sub[0].i), max(end, sub[-1].i + 1)
    start = min(start, token.i)
    return start, end


@cache
def _index_cues(cue_items: tuple) -> tuple[dict[str, tuple], dict[str, str]]:
    """The cue table, checked once: multi-word cues by first word, single words by form.

    A single word is looked up by its form, then its lemma ("reports" ->
    media_report, "report" -> document).
    """
    by_first: dict[str, list] = {}
    single: dict[str, str] = {}
    for cue, kind in cue_items:
        if kind not in EVIDENCE_KINDS:
            raise ValueError(f"Unknown evidence kind '{kind}'; available: {', '.join(EVIDENCE_KINDS)}.")
        words = tuple(cue.lower().split())
        if len(words) > 1:
            by_first.setdefault(words[0], []).append((words, kind))
        elif words:
            single[words[0]] = kind
    return {w: tuple(entries) for w, entries in by_first.items()}, single


def find_evidence(
    doclike: DocLike,
    *,
    cues: Mapping[str, str],
    verbs: frozenset[str] = frozenset(),
    show_verbs: frozenset[str] = frozenset(),
    compound_heads: Optional[frozenset[str]] = None,
) -> Iterator[Span]:
    """Yield the evidence mentions of ``doclike``, ``label_`` = evidence kind.

    Args:
        doclike: a parsed Doc or Span.
        cues: evidence noun (lemma or lower-cased form, may be several words) -> kind.
        verbs: lemmas of verbs whose object is cited evidence.
        show_verbs: lemmas of verbs that say what evidence shows.
        compound_heads: heads before which an evidence noun stays evidence ("video shot");
            None lets every compound through.

    Yields:
        Spans over the evidence noun phrase ("A separate disturbing video"), in text order.
    """
    by_first, single = _index_cues(tuple(sorted(cues.items())))
    doc = doclike.doc if isinstance(doclike, Span) else doclike
    start, end = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
    found = []
    i = start
    while i < end:
        hit: Optional[tuple[int, str]] = None
        token = doc[i]
        candidates = by_first.get(token.lower_, ()) + by_first.get(token.lemma_.lower(), ())
        for words, kind in sorted(candidates, key=lambda kv: -len(kv[0])):
            j = i + len(words)
            if j <= end and all(_word_matches(doc[i + k], w) for k, w in enumerate(words)):
                hit = (j, kind)
                break
        if hit is None:
            kind = single.get(doc[i].lower_) or single.get(doc[i].lemma_.lower())
            hit = (i + 1, kind) if kind else None
        if hit is None:
            i += 1
            continue
        j, kind = hit
        head = doc[j - 1]
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and is_cited(
            head, verbs=verbs, show_verbs=show_verbs, compound_heads=compound_heads
        ):
            s, e = noun_phrase(head)
            found.append(Span(doc, max(s, start), max(min(e, end), j), label=kind))
        i = j
    yield from sorted(filter_spans(found), key=lambda s: s.start)


class EvidenceTagger(Component):
    """Writes evidence mentions to ``doc.spans[spans_key]`` (label: the evidence kind)."""

    def configure(self) -> None:
        self.cues = default_cues(self.cfg["cues_file"])
        self.verbs = lexicon.word_list(self.cfg["verbs_file"])
        self.show_verbs = lexicon.word_list(self.cfg["show_verbs_file"])
        self.compound_heads = lexicon.word_list(self.cfg["compound_heads_file"])

    def find(self, doc: Doc) -> list[Span]:
        return list(
            find_evidence(
                doc, cues=self.cues, verbs=self.verbs, show_verbs=self.show_verbs, compound_heads=self.compound_heads
            )
        )

    def set_annotations(self, doc: Doc, found: list[Span]) -> None:
        doc.spans[self.cfg["spans_key"]] = found


@Language.factory(
    "claimscope_evidence",
    default_config={
        "cues_file": DEFAULT_CUES_FILE,
        "verbs_file": DEFAULT_VERBS_FILE,
        "show_verbs_file": DEFAULT_SHOW_FILE,
        "compound_heads_file": DEFAULT_COMPOUND_FILE,
        "spans_key": extensions.EVIDENCE_KEY,
    },
    requires=["token.lemma", "token.tag", "token.dep"],
    assigns=["doc.spans"],
)
def make_evidence_tagger(
    nlp: Language,
    name: str,
    cues_file: str,
    verbs_file: str,
    show_verbs_file: str,
    compound_heads_file: str,
    spans_key: str,
) -> EvidenceTagger:
    return EvidenceTagger(
        nlp,
        name,
        cues_file=cues_file,
        verbs_file=verbs_file,
        show_verbs_file=show_verbs_file,
        compound_heads_file=compound_heads_file,
        spans_key=spans_key,
    )
