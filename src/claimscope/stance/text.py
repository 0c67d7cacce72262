"""Text pieces the stance features are made of: sentences with spans, tokens, numbers, capitalised names.

Pure functions, no spaCy: the stance model must read 100 pairs a second on one core, and a body is
read once (:func:`read_body`) however many headlines are compared with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claimscope.domain.numbers import digits_value, is_number_word, number_value

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|[£$€]")
# A sentence ends at . ! ? (and closing quotes or brackets) before white space, or at a line break.
_SENT_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n+")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_CAP = re.compile(r"\b[A-Z][a-zA-Z]+(?:[-'’][A-Za-z]+)?\b")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset("mr mrs ms dr st jr sr gen col lt sgt rep sen gov prof no vs u.s inc co corp".split())
NEGATIONS = frozenset("not no never nor none nobody nothing neither cannot without n't".split())


def stem(word: str) -> str:
    """A crude English stem: "denies", "denied", "denying" -> "deni"/"deny" family collapsed enough to match."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w.endswith("n't"):
        return "n't"
    for suffix in ("ingly", "edly", "ing", "ed", "es", "s", "ly"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            return w[:-1] + "y" if w.endswith("i") else w
    return w


def tokens(text: str) -> list[str]:
    """Lower-cased stems of the words of ``text``, in order."""
    return [stem(m.group(0)) for m in _WORD.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; ``text[start:end]`` is stripped of surrounding blanks."""
    spans = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group(0)[0] == "." and not m.group(0).startswith("\n"):
            before = text[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().strip("(\"'“") if before else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.append((s + lead, e - trail))
    return out


def numbers(text: str) -> frozenset[float]:
    """The values of the numbers written in digits or number words (years included)."""
    out = set()
    for m in _NUMBER.finditer(text):
        v = digits_value(m.group(0))
        if v is not None:
            out.add(v)
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if is_number_word(w) and w not in ("a", "an", "one"):
            v = number_value(w)
            if v is not None:
                out.add(v)
    return frozenset(out)


def names(text: str) -> frozenset[str]:
    """Capitalised words that do not start a sentence: a cheap stand-in for named entities."""
    out = set()
    for m in _CAP.finditer(text):
        i = m.start()
        before = text[max(0, i - 3) : i].rstrip(" \"'“‘")
        if i == 0 or not before or before[-1] in ".!?\n:":
            continue
        out.add(m.group(0).lower())
    return frozenset(out)


def char_grams(text: str, n: int = 4) -> frozenset[str]:
    t = " ".join(tokens(text))
    return frozenset(t[i : i + n] for i in range(max(0, len(t) - n + 1)))


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[str]


@dataclass
class Body:
    """A body read once: its sentences (with spans), tokens, numbers, names and character grams."""

    text: str
    sentences: list[Sentence]
    tokens: list[str]
    token_set: frozenset[str]
    numbers: frozenset[float]
    names: frozenset[str]
    grams: frozenset[str]
    extra: dict = field(default_factory=dict)


def read_body(text: str) -> Body:
    sents = [Sentence(s, e, tokens(text[s:e])) for s, e in sentence_spans(text)]
    toks = [t for s in sents for t in s.tokens]
    return Body(text, sents, toks, frozenset(toks), numbers(text), names(text), char_grams(text))
