"""Pair quotation marks: ``claimscope_quotes``.

News text mixes straight (``"``, ``'``) and curly (“ ” ‘ ’) quotes, and ’ is
also the apostrophe ("Ukraine’s", "it’s", "soldiers’ bodies").  The pairer
reads the marks left to right and decides from the characters around each mark
whether it opens, closes or is an apostrophe:

* a mark between two letters or digits is an apostrophe;
* “ and ‘ open, ” closes; a straight ``"`` opens after whitespace, an opening
  bracket or a dash (or at the start of a line) and closes otherwise;
* ’ and ``'`` close a single quote only when one is open, otherwise they are
  apostrophes (so "soldiers’ bodies" stays one phrase);
* single quotes nest inside double quotes, not the other way round;
* two apostrophes (``''``) count as a straight double quote and two backticks
  as an opening one, as wire and archive text writes them.

A quote left open at the end of a paragraph ends there: news convention is that
a quotation that goes on in the next paragraph has no closing mark, and the
next paragraph opens again.  Such spans get the label ``"open"``; balanced
ones ``"quote"``.  Nothing here raises on unbalanced text.
"""

from __future__ import annotations

import re
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimscope import extensions
from claimscope.extract.base import Component, doc_text

# Two apostrophes ('') and two backticks (``) are double quotes in some wire and
# archive text (''That makes me smart,'' he said), so they are one mark each.
_MARKS = re.compile("''|``|[\"'\u2018\u2019\u201c\u201d\u201e\u201f\u00ab\u00bb\n]")
_DOUBLED = {"''": '"', "``": "\u201c"}
_OPEN_BEFORE = set(" \t\r\n\u00a0([{\u2014\u2013-/")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, label)`` of quotations in ``text``, marks included, in text order.

    ``label`` is ``"quote"`` for a balanced pair and ``"open"`` for a quote that
    runs to the end of its paragraph without a closing mark.  Single-quoted
    spans nested inside a double-quoted one are yielded after their parent.
    """
    n = len(text)
    dbl_open: int | None = None
    sgl_open: int | None = None
    out: list[tuple[int, int, str]] = []

    def close_paragraph(at: int) -> None:
        nonlocal dbl_open, sgl_open
        end = at
        while end > 0 and text[end - 1] in " \t\r":
            end -= 1
        if dbl_open is not None and end > dbl_open + 1:
            out.append((dbl_open, end, "open"))
        dbl_open = None
        sgl_open = None

    for m in _MARKS.finditer(text):
        i, j = m.span()
        ch = _DOUBLED.get(m.group(), text[i])
        if ch == "\n":
            close_paragraph(i)
            continue
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[j] if j < n else "\n"
        if ch in "\"\u201c\u201d\u201e\u201f\u00ab\u00bb":
            if ch in "\u201c\u201e\u00ab":
                role = "open"
            elif ch in "\u201d\u201f\u00bb":
                role = "close"
            else:  # straight double quote: look around
                if prev in _OPEN_BEFORE and not nxt.isspace():
                    role = "open"
                elif not prev.isspace():
                    role = "close"
                else:
                    role = "close" if dbl_open is not None else "open"
            if role == "open":
                if dbl_open is not None:
                    # A new quote opens while one is open in the same paragraph:
                    # the first lost its closing mark; end it before this one.
                    end = i
                    while end > dbl_open and text[end - 1].isspace():
                        end -= 1
                    out.append((dbl_open, end, "open"))
                dbl_open, sgl_open = i, None
            elif dbl_open is not None:
                out.append((dbl_open, j, "quote"))
                dbl_open, sgl_open = None, None
            continue
        # single quotes and apostrophes
        if _is_word(prev) and _is_word(nxt):
            continue  # it’s, Ukraine’s, O'Brien
        if ch == "\u2018" or (ch == "'" and prev in _OPEN_BEFORE and not nxt.isspace()):
            if sgl_open is None and not nxt.isspace():
                sgl_open = i
            continue
        # ’ or ' that could close
        if sgl_open is not None and not prev.isspace():
            out.append((sgl_open, i + 1, "quote"))
            sgl_open = None
        # otherwise an apostrophe ("soldiers’ bodies", "’90s")
    close_paragraph(n)
    out.sort(key=lambda t: (t[0], -t[1]))
    return iter(out)


def quote_spans(doc: Doc, found: list[tuple[int, int, str]]) -> list[Span]:
    spans = []
    for start, end, label in found:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None and len(span):
            spans.append(span)
    return spans


class QuotePairer(Component):
    """Pairs quotation marks and writes them to ``doc.spans[spans_key]``."""

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        return list(find_quotes(doc_text(doc)))

    def set_annotations(self, doc: Doc, found: list[tuple[int, int, str]]) -> None:
        doc.spans[self.cfg["spans_key"]] = quote_spans(doc, found)


@Language.factory(
    "claimscope_quotes",
    default_config={"spans_key": extensions.QUOTES_KEY},
    requires=[],
    assigns=["doc.spans"],
)
def make_quote_pairer(nlp: Language, name: str, *, spans_key: str = extensions.QUOTES_KEY) -> QuotePairer:
    return QuotePairer(nlp, name, spans_key=spans_key)
