"""Attributions read off the layout of an article rather than its grammar.

* **Signatures**: a quotation or post signed with a dash and a name
  (":func:`signed_quotes`").
* **Transcript turns**: a line labelled with a speaker's name and a colon
  (:func:`transcript_turns`).
* **Headlines** that end in ", X Say(s)" ("Troop Deaths and Injuries in
  Ukraine War Near 500,000, U.S. Officials Say"; PolNeAR: "Clinton Hid Past
  Health Problems From Public, Former White House Doctor Says", "Sanders will
  back Clinton, eventually, former rival says"): the source is X, the content
  everything before the last ", X Say" (:func:`headline_says`).
* **Datelines** ("KYIV, Ukraine (AP) —", "WASHINGTON (Reuters) -",
  "MANCHESTER, N.H. -"; 50 of PolNeAR's 924 articles open with one and it
  never annotates one): where and by whom the article was filed, not a source
  or content of any attribution (:func:`dateline_spans`).
* **Bylines** ("Bryant Rousseau and Caryn Wilson contributed reporting.",
  "(Reporting by David Bailey; Editing by Cynthia Osterman.)"; PolNeAR
  discards all of them): who wrote the article.  One attribution per byline,
  ``section="byline"``, with its first credit as cue and source and no content,
  so no claim rests on it (:func:`bylines`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from claimscope import lexicon
from claimscope.extract import attribution_rules as R
from claimscope.extract.base import doc_text
from claimscope.extract.quotes import find_quotes


@dataclass
class Draft:
    """A mutable attribution under construction (token indices)."""

    head: int
    cue: set[int]
    source: set[int] = field(default_factory=set)
    content: list[set[int]] = field(default_factory=list)
    kind: str = "indirect"
    confidence: float = 0.5
    how: str = ""
    antecedent: Optional[tuple[int, int]] = None
    section: str = "body"


def _tokens(doc: Doc, start: int, end: int) -> set[int]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return set(range(span.start, span.end)) if span is not None else set()


# ------------------------------------------------------------------ signatures
# A quotation or post *signed* with a dash and a name, with no reporting verb:
#   “... our greatest shame.” ― Sonya Herridge        (reader comments, epigraphs)
#   "... the top 1 percent."  / - Bernie Sanders.    (a signature on its own line)
#   ... above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016   (an embedded tweet)
# a hyphen signs only after a space or a quote mark, never inside a word ("Trump-Pence")
_SIGNATURE_DASH = re.compile(r"(―|—|–|(?<![^\s\"”’'])--?)[^\S\n]*(?=[^\W\d_])")
_HSPACE = " \t\u00a0\u2009\u202f"  # spaces that do not end a line
_CLOSING_QUOTES = "\"”’'»"


def _signature_name(doc: Doc, k: int) -> list[int]:
    """Token indices of a personal or organisation name starting at token ``k``.

    Capitalized words, initials ("G.", "N") and name particles ("de", "van")
    between capitalized words; at most six tokens, all on one line.
    """
    particles = lexicon.word_list("name_particles.txt")
    out: list[int] = []
    while k < len(doc) and len(out) < 6:
        t = doc[k]
        word = t.text.lstrip("―—–-")
        if t.is_space or not word:
            break
        if word[0].isupper() and (word.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()):
            out.append(k)
        elif word.lower() in particles and k + 1 < len(doc) and doc[k + 1].text[:1].isupper():
            out.append(k)
        else:
            break
        if t.whitespace_ == "" and k + 1 < len(doc) and doc[k + 1].text in ".":
            break
        k += 1
    return out


def signed_quotes(doc: Doc) -> list[Draft]:
    """Attributions signed with a dash and a name after a quotation or a tweet (see above).

    The name must end its line (or be followed by a comma, a period ending the
    line, or a Twitter handle in parentheses), so a dash inside a sentence
    ("the answer — Trump said — was no") is never read as a signature.
    """
    text = doc_text(doc)
    quote_ends: Optional[dict[int, int]] = None  # quotation end -> start, read once a signature is found
    out: list[Draft] = []
    for m in _SIGNATURE_DASH.finditer(text):
        ds, de = m.span(1)
        dash = doc.char_span(ds, de, alignment_mode="expand")
        first = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if dash is None or first is None:
            continue
        name = _signature_name(doc, first.start)
        if not name or not any(doc[i].pos_ == "PROPN" or doc[i].ent_type_ in ("PERSON", "ORG") for i in name):
            continue
        last = doc[name[-1]]
        after = text[last.idx + len(last.text) :]
        rest = after.lstrip(_HSPACE)
        handle = re.match(r"\(@\w+\)", rest)
        ends_line = not rest or rest[0] in "\n," or (rest[0] == "." and (rest[1:].lstrip(_HSPACE)[:1] in ("", "\n")))
        if not (ends_line or handle):
            continue
        # what is signed: the quotation that ends right before the dash, or
        # the line before it (an unpaired closing quote, a tweet's text)
        sig_end = len(text[:ds].rstrip(_HSPACE + "\n"))
        if not sig_end or text[sig_end:ds].count("\n") > 3:
            continue
        content_chars = None
        if quote_ends is None:
            quote_ends = {e: s for s, e, _ in find_quotes(text)}
        if text[sig_end - 1] in _CLOSING_QUOTES and sig_end in quote_ends:
            content_chars = (quote_ends[sig_end], sig_end)
        elif text[sig_end - 1] in _CLOSING_QUOTES or (handle and "\n" not in text[sig_end:ds]):
            # an unpaired closing quote, or a tweet: the line it ends
            content_chars = (text.rfind("\n", 0, sig_end) + 1, sig_end)
        if content_chars is None:
            continue
        content_span = doc.char_span(*content_chars, alignment_mode="expand")
        if content_span is None:
            continue
        cue = {dash.start} if dash.start not in name else {name[0]}
        source = set(name) - cue or set(name)
        content = set(range(content_span.start, content_span.end)) - cue - source
        content = R.trim(doc, content) if content else content
        if not content:
            continue
        out.append(Draft(head=min(cue), cue=cue, source=source, content=[content], confidence=0.8, how="signature"))
    return out


# ------------------------------------------------------------------ transcript turns
# A transcript turn: a line that starts with a speaker's name and a colon,
#   "WALLACE: Let's start with breaking news ...   /   Mr. Trump: We will win.
# The name is upper case ("WALLACE", "SEN. SANDERS") or a proper-noun phrase of
# up to four words; labels that are not speakers ("UPDATE:", "Editor's note:")
# are listed in data/turn_labels.en.txt.
_TURN = re.compile(r"(?m)^[^\S\n]*[\"“']?[^\S\n]*(?P<name>[^\W\d_][\w.'’\- ]{0,40}?)[^\S\n]*(?P<colon>:)[^\S\n]+(?=\S)")


def transcript_turns(doc: Doc) -> list[Draft]:
    """Attributions of lines labelled with a speaker's name and a colon (see above)."""
    text = doc_text(doc)
    not_speakers = lexicon.word_list("turn_labels.en.txt")
    out: list[Draft] = []
    for m in _TURN.finditer(text):
        label = m.group("name").strip()
        words = label.split()
        if not words or len(words) > 4 or label.lower() in not_speakers:
            continue
        name = doc.char_span(m.start("name"), m.start("name") + len(label), alignment_mode="expand")
        colon = doc.char_span(*m.span("colon"), alignment_mode="expand")
        if name is None or colon is None:
            continue
        upper = any(c.isalpha() for c in label) and label.upper() == label and len(label.replace(" ", "")) >= 2
        proper = all(t.pos_ == "PROPN" or t.is_punct for t in name) and any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in name)
        if not (upper or proper):
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        content_span = doc.char_span(m.end(), line_end, alignment_mode="expand")
        if content_span is None or not len(content_span):
            continue
        cue = {colon.start}
        source = set(range(name.start, name.end)) - cue
        content = R.trim(doc, set(range(content_span.start, content_span.end)) - cue - source)
        if source and content:
            out.append(Draft(head=colon.start, cue=cue, source=source, content=[content], confidence=0.75, how="turn"))
    return out


# ------------------------------------------------------------------ headlines
HEADLINE_MAX_CHARS = 300
_HEADLINE_SAYS = re.compile(
    r"^[^\S\n]*(?P<content>\S[^\n]*\S),[^\S\n]+(?P<source>[^,\n]{2,80}?)[^\S\n]+(?P<cue>[Ss]ays?|[Ss]aid)[.!]?[^\S\n]*$"
)


def headline_line(doc: Doc) -> Optional[tuple[int, int]]:
    """Character bounds of the article's first line when it is a headline (at most 300 characters, then a line break)."""
    text = doc_text(doc)
    end = text.find("\n")
    if end <= 0 or end > HEADLINE_MAX_CHARS or not text[:end].strip():
        return None
    return 0, end


def headline_says(doc: Doc) -> list[Draft]:
    """The headline's ", X Say(s)" attribution: source X, content all before the last ", X Say"."""
    line = headline_line(doc)
    if line is None:
        return []
    m = _HEADLINE_SAYS.match(doc_text(doc)[: line[1]])
    if m is None or len(m.group("source").split()) > 6:
        return []
    cue, source, content = (_tokens(doc, *m.span(g)) for g in ("cue", "source", "content"))
    if not cue or not source or not content or (cue & source) or (source & content):
        return []
    return [Draft(head=min(cue), cue=cue, source=source, content=[content], confidence=0.95, how="headline", section="headline")]


# ------------------------------------------------------------------ datelines
# "KYIV, Ukraine (AP) —", "ST. LOUIS —", "MANCHESTER, N.H. -", "MACAU (Reuters) –": a place in capitals,
# maybe a region, maybe the wire agency in parentheses, and a dash, at the start of a line.
_DATELINE = re.compile(
    r"(?m)^[^\S\n]*(?P<place>[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]+){0,3}"
    r"(?:,[^\S\n]*[A-Z][A-Za-z.]*(?:[^\S\n]+[A-Z][A-Za-z.]*)?)?)[^\S\n]*"
    r"(?:\((?P<agency>[A-Z][A-Za-z .&\-]{0,30})\)[^\S\n]*)?(?P<dash>—|–|--|-)[^\S\n]*(?=\S)"
)


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines of ``doc`` (see the module docstring)."""
    out = []
    for m in _DATELINE.finditer(doc_text(doc)):
        caps = m.group("place").split(",")[0]
        if sum(c.isalpha() for c in caps) >= 3 and m.end("dash") - m.start("place") <= 60:
            out.append((m.start("place"), m.end("dash")))
    return out


# ------------------------------------------------------------------ bylines
_NAME = r"[A-Z][\w.'’\-]*"
_CONTRIBUTED = re.compile(
    rf"(?m)^[^\S\n]*(?P<source>{_NAME}(?:(?:,|[^\S\n]+and|,[^\S\n]+and)?[^\S\n]+{_NAME}){{0,8}})[^\S\n]+"
    r"(?P<cue>contributed(?:[^\S\n]+to[^\S\n]+this)?[^\S\n]+(?:reporting|report|article|story))"
    r"(?:[^\S\n]+(?:from|in)[^\S\n]+[A-Z][^\n]{0,60}?)?[^\S\n]*\.?[^\S\n]*$"
)
_CREDITS = re.compile(
    r"\((?P<cue>(?:[Aa]dditional[^\S\n]+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)[^\S\n]+by)[^\S\n]+"
    r"(?P<source>[^;)\n]+?)(?:[^\S\n]+in[^\S\n]+[^;)\n]+)?(?:;[^)\n]*)?\)"
)


def bylines(doc: Doc) -> list[tuple[Draft, tuple[int, int]]]:
    """Each byline as a content-less ``section="byline"`` draft, with the character span of the whole byline."""
    text = doc_text(doc)
    out = []
    for pattern in (_CONTRIBUTED, _CREDITS):
        for m in pattern.finditer(text):
            cue, source = _tokens(doc, *m.span("cue")), R.trim(doc, _tokens(doc, *m.span("source")))
            if cue and source and not (cue & source):
                draft = Draft(head=min(cue), cue=cue, source=source, confidence=0.9, how="byline", section="byline")
                out.append((draft, (m.start("source") if pattern is _CONTRIBUTED else m.start(), m.end())))
    return out


def _other_subject(doc: Doc, head: int, aside: set[int]) -> set[int]:
    """The cue's subject outside ``aside`` ("KYIV, Ukraine (AP) — the minister said": the minister)."""
    for c in doc[head].children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.i not in aside:
            return R.np_indices(c) - aside
    return set()


def set_aside(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Drafts without datelines and bylines, plus one draft per byline and the headline's ", X Say(s)".

    A draft whose cue lies in a dateline or byline goes; the words of one are
    taken out of every other draft's source and content (a parse that hangs
    "KYIV, Ukraine (AP) —" on the first verb makes it content).  Each draft's
    section is set: ``headline`` for a cue in the headline line.
    """
    found = bylines(doc)
    aside: set[int] = set()
    for start, end in dateline_spans(doc) + [span for _, span in found]:
        aside |= _tokens(doc, start, end)
    headline = headline_says(doc)
    said = set().union(*(d.cue for d in headline)) if headline else set()
    out = []
    for d in drafts + headline:
        if d.cue & aside or (d.how != "headline" and d.cue & said):
            continue
        if d.source & aside:
            d.source = R.trim(doc, d.source - aside) or _other_subject(doc, d.head, aside)
        d.content = [R.trim(doc, part - aside) if part & aside else part for part in d.content]
        d.content = [part for part in d.content if part]
        if d.source or d.content:
            out.append(d)
    out += [d for d, _ in found]
    line = headline_line(doc)
    if line is not None:
        for d in out:
            if d.section == "body" and doc[d.head].idx < line[1]:
                d.section = "headline"
    return out
