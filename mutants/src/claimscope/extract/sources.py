"""Source typing: what kind of source an attribution rests on.

For every attribution with a source, ``classify_source`` sets ``source_type``
to one of ``named_person``, ``named_organization``, ``anonymous``,
``collective``, ``document_or_media``, ``pronoun`` or ``unknown``.  Agentless
attributions ("were said to be") keep ``source`` and ``source_type`` None.

The rule looks at the head noun of the source (or of its antecedent, for a
pronoun) and at the named entities in it, in this order:

1. a pronoun: "someone", "one" are anonymous; a relative pronoun ("the news
   outlet X, which stated ...") takes the noun phrase it modifies as its
   antecedent; a pronoun with an antecedent is typed by the antecedent;
   otherwise ``pronoun``;
2. a common-noun document or medium head ("a video", "the report", "the news
   outlet Radio Free Europe/Radio Liberty", "a poll", "a video shot in
   Homel"): ``document_or_media`` ("The Washington Post" is a name: rule 4);
3. a person entity (settled over the whole Doc, since en_core_web_sm calls
   "Trump" ORG in some sentences), a proper name with a title ("President
   Biden"), or a person named in apposition ("Latvian journalist Dainis
   Ivans"): ``named_person``;
4. an institution head ("ministry", "military", "police", ...), an
   organization or country entity, an acronym ("IMF"), or a country, capital
   or seat of power named alone ("Kyiv does not disclose", "Moscow said"):
   ``named_organization``, unless indefinite ("a ministry", "one agency"),
   which is ``anonymous``;
5. an anonymous-source formula ("sources", "a source", "people familiar with
   the matter", "someone"): ``anonymous``, in any number;
6. a person named by role ("official", "analyst", "doctor", "local",
   "passenger"): ``anonymous`` in the singular ("an official", "one US
   intelligence analyst"), ``collective`` in the plural ("hospital
   officials", "passengers", "officials at a hospital");
7. a group noun ("personnel", "residents", "staff", "people"):
   ``collective``;
8. otherwise: a plural common noun is ``collective``, an indefinite or
   possessed singular one ("a woman", "her daughter") ``anonymous``, a proper
   name without an entity label ``named_person``, the rest ``unknown``.

The word lists are ``data/source_nouns.en.txt`` (head lemma -> class) and
``data/source_titles.en.txt``.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from functools import cache
from typing import Mapping, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimscope import lexicon
from claimscope import types as t
from claimscope.domain.sides import side_cues
from claimscope.extract.base import Component

DEFAULT_NOUNS_FILE = "source_nouns.en.txt"
DEFAULT_TITLES_FILE = "source_titles.en.txt"
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any", "several", "a few", "certain"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
ORG_ENTS = frozenset({"ORG", "GPE", "FAC"})


@cache
def default_nouns(name: str = DEFAULT_NOUNS_FILE) -> dict[str, str]:
    return dict(lexicon.word_table(name))


def source_head(span: Span) -> Token:
    """The head token of a source phrase: its syntactic root, preferring a noun or pronoun."""
    roots = [tok for tok in span if tok.head.i < span.start or tok.head.i >= span.end or tok.head.i == tok.i]
    roots = [tok for tok in roots if not tok.is_punct and not tok.is_space] or [tok for tok in span if not tok.is_space]
    for tok in roots:
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tok.tag_ in RELATIVE_TAGS:
            return tok
    # en_core_web_sm tags "local" (a local) and "military" (Ukraine's military) as adjectives.
    return roots[0]


def _singular_forms(word: str) -> list[str]:
    """Crude singulars, for Docs without lemmas ("witnesses" -> "witness")."""
    forms = []
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def is_plural(token: Token) -> bool:
    if token.tag_:
        return token.tag_ in ("NNS", "NNPS") or "Plur" in token.morph.get("Number")
    return token.lower_.endswith("s") and not token.lower_.endswith("ss")


def is_indefinite(head: Token) -> bool:
    for child in head.children:
        if child.dep_ in ("det", "nummod", "predet") and child.lower_ in INDEFINITE:
            return True
    return False


def noun_class(head: Token, nouns: Mapping[str, str]) -> Optional[str]:
    """The class of the head noun in the noun table, trying "people familiar"-style pairs first."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    keys = []
    if nxt is not None:
        keys += [f"{head.lemma_.lower()} {nxt.lower_}", f"{head.lower_} {nxt.lower_}"]
    keys += [head.lemma_.lower(), head.lower_]
    if not head.tag_:  # no tagger ran: no lemmas either
        keys += _singular_forms(head.lower_)
    for key in keys:
        if key in nouns:
            return nouns[key]
    return None


def relative_antecedent(token: Token) -> Optional[Span]:
    """For a relative pronoun ("..., which stated"), the noun phrase the clause modifies."""
    if token.tag_ not in RELATIVE_TAGS:
        return None
    clause = token.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    start = min([noun.i] + [c.left_edge.i for c in noun.children if c.i < noun.i])
    end = noun.i + 1
    for child in noun.children:
        if child.dep_ == "appos" and child.i < clause.i:
            end = max(end, child.right_edge.i + 1)
    return noun.doc[start:end]


def _has_title(span: Span, titles: frozenset[str]) -> bool:
    words = [tok.lower_ for tok in span]
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            if " ".join(words[i : i + n]) in titles:
                return True
    return False


def doc_entity_label(token: Token) -> str:
    """The entity label of a proper name, by majority over the whole Doc.

    en_core_web_sm calls "Trump" ORG in some sentences and PERSON in others;
    the label most mentions of the name (or of names ending in it, "Donald
    Trump") get wins, PERSON on a tie.
    """
    if token.ent_type_ == "PERSON":
        return "PERSON"
    votes: Counter[str] = Counter()
    for ent in token.doc.ents:
        if ent[-1].text == token.text or ent.text == token.text:
            if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].text[:1].isupper():
                return "PERSON"  # a full name ending in it ("Loretta Lynch") settles it
            votes[ent.label_] += 1
    if not votes:
        return token.ent_type_
    best = max(votes.values())
    return "PERSON" if votes.get("PERSON") == best else votes.most_common(1)[0][0]


def _person_named_in(span: Span, head: Token) -> bool:
    """Whether the phrase names a person that is the head itself or in apposition to it.

    "Latvian journalist Dainis Ivans", "Scott's niece, state Del. Marcia Price"
    name a person; "attorneys for the Smith family", "Trump's lawyer" do not.
    """
    for ent in span.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        if root.i == head.i or (root.head.i == head.i and root.dep_ in ("appos", "compound", "nmod", "npadvmod", "flat")):
            return True
    return False


def stands_for_a_state(span: Span, head: Token) -> bool:
    """A country, capital or seat of power named alone as a source ("Kyiv", "Moscow", "the Kremlin", "Ukraine").

    en_core_web_sm often leaves "Kyiv" without an entity label (PROPN or even
    ADJ), so the name is looked up in the country names and capitals of
    :func:`claimscope.domain.sides.side_cues`; a name the parser calls a
    person is left to the person rule before this one.
    """
    words = [tok for tok in span if not tok.is_punct and tok.lower_ != "the"]
    if len(words) != 1 or words[0].i != head.i or not head.text[:1].isupper():
        return False
    return head.lower_ in side_cues()


def classify_source(span: Span, *, nouns: Mapping[str, str], titles: frozenset[str]) -> str:
    """The source type of the phrase ``span`` (not a pronoun with an antecedent; see :func:`type_source`)."""
    head = source_head(span)
    lower = head.lower_
    if head.pos_ == "PRON" or head.tag_ in ("PRP", "PRP$", "WP", "WDT"):
        return "anonymous" if nouns.get(lower) == "formula" else "pronoun"
    cls = noun_class(head, nouns)
    if cls is None:
        # "a video shot in Homel": en_core_web_sm makes "shot" the head and "video" its compound.
        for child in head.children:
            if child.dep_ == "compound" and child.i < head.i and noun_class(child, nouns) == "media":
                cls = "media"
    # en_core_web_sm sometimes tags a surname as a common noun ("Trump" NOUN, ORG).
    proper = head.pos_ == "PROPN" or (head.ent_type_ != "" and head.text[:1].isupper())
    ent_label = doc_entity_label(head) if proper else head.ent_type_
    ent_label = ent_label or next((e.label_ for e in span.ents if e.start <= head.i < e.end), "")
    if cls == "media" and not proper:
        return "document_or_media"
    if ent_label == "PERSON" or (proper and _has_title(span, titles) and ent_label not in ORG_ENTS):
        return "named_person"
    if not proper and _person_named_in(span, head):
        return "named_person"
    if proper and head.text.isupper() and len(head.text) > 1:  # "CNS", "RT", "IMF"
        return "named_organization"
    if stands_for_a_state(span, head):  # "Kyiv does not disclose", "Moscow said": a government speaks
        return "named_organization"
    if cls == "org" or (proper and ent_label in ORG_ENTS) or ent_label in ORG_ENTS:
        return "anonymous" if is_indefinite(head) else "named_organization"
    if cls == "formula":
        return "anonymous"
    if cls == "role" or ent_label == "NORP":
        return "collective" if is_plural(head) else "anonymous"
    if cls == "group":
        return "collective"
    if head.pos_ == "PROPN":
        return "collective" if head.tag_ == "NNPS" else "named_person"
    if head.pos_ in ("NOUN", "ADJ"):
        if is_plural(head):
            return "collective"
        if is_indefinite(head) or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
            return "anonymous"  # "a woman", "her daughter"
    return "unknown"


def type_source(
    doc: Doc, attribution: t.Attribution, *, nouns: Mapping[str, str], titles: frozenset[str]
) -> t.Attribution:
    """The attribution with ``source_type`` set (and the antecedent of a relative pronoun filled in)."""
    if attribution.source is None:
        return dataclasses.replace(attribution, source_type=None)
    span = doc.char_span(*attribution.source, alignment_mode="expand")
    if span is None or not len(span):
        return dataclasses.replace(attribution, source_type="unknown")
    antecedent = attribution.antecedent
    head = source_head(span)
    if antecedent is None and len(span) == 1:
        found = relative_antecedent(head)
        if found is not None:
            antecedent = (found.start_char, found.end_char)
    if antecedent is not None and classify_source(span, nouns=nouns, titles=titles) == "pronoun":
        target = doc.char_span(*antecedent, alignment_mode="expand")
        if target is not None and len(target):
            source_type = classify_source(target, nouns=nouns, titles=titles)
            return dataclasses.replace(attribution, source_type=source_type, antecedent=antecedent)
    return dataclasses.replace(attribution, source_type=classify_source(span, nouns=nouns, titles=titles))


class SourceTyper(Component):
    """Sets ``source_type`` on every attribution in ``doc._.attributions``."""

    def configure(self) -> None:
        self.nouns = default_nouns(self.cfg["nouns_file"])
        self.titles = lexicon.word_list(self.cfg["titles_file"])

    def find(self, doc: Doc) -> list[t.Attribution]:
        return [type_source(doc, a, nouns=self.nouns, titles=self.titles) for a in doc._.attributions or []]

    def set_annotations(self, doc: Doc, found: list[t.Attribution]) -> None:
        if doc._.attributions is not None or found:
            doc._.attributions = found


@Language.factory(
    "claimscope_sources",
    default_config={"nouns_file": DEFAULT_NOUNS_FILE, "titles_file": DEFAULT_TITLES_FILE},
    requires=["doc._.attributions", "token.ent_type", "token.tag"],
    assigns=["doc._.attributions"],
)
def make_source_typer(nlp: Language, name: str, nouns_file: str, titles_file: str) -> SourceTyper:
    return SourceTyper(nlp, name, nouns_file=nouns_file, titles_file=titles_file)
