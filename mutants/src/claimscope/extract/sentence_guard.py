"""A guard before the parser: no "sentence" longer than ``max_tokens`` tokens.

The parser, the NER and claimscope's attribution search cost more per token
the longer a sentence is (a cue's subtree, ``token.sent``, the paragraph
around a cue), so a text without sentence ends (``"He said that " * n``, a
95 KB line of words, ``"!" * 30000``) made the analysis quadratic.  The guard
finds the likely sentence ends a parser would see (``.``, ``!``, ``?`` not
followed by more of them, and line breaks) and, only where two of them lie
more than ``max_tokens`` apart, presets a sentence start every ``max_tokens``
tokens, after a comma, semicolon, colon or dash when one is near.  The parser
respects preset starts.  Real news prose never meets the guard: in PolNeAR
(84 articles, 49k sentences) the longest stretch between two sentence ends is
222 tokens, the 99.9th percentile 78.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimscope.extract.base import Component

MAX_SENTENCE_TOKENS = 250
_ENDS = {".", "!", "?", "...", "…"}
_BREAKS = {",", ";", ":", "—", "–", "-", "--"}
_LOOKBACK = 50  # how far back from a forced start a clause break is looked for


def _is_end(text: str) -> bool:
    return "\n" in text or (text != "" and all(ch in ".!?…" for ch in text)) or text in _ENDS


def find_forced_starts(words: list[str], max_tokens: int = MAX_SENTENCE_TOKENS) -> list[int]:
    """Token indices that must start a sentence so no stretch between sentence ends exceeds ``max_tokens``."""
    starts: list[int] = []
    last = 0  # index of the first token of the current stretch
    n = len(words)
    for i in range(n + 1):
        boundary = i == n or (_is_end(words[i]) and not (i + 1 < n and _is_end(words[i + 1]) and "\n" not in words[i]))
        if not boundary:
            continue
        # The stretch [last, i] ends at i; split it while it is too long.
        while i - last >= max_tokens:
            cut = last + max_tokens
            for j in range(cut - 1, max(last, cut - _LOOKBACK), -1):
                if words[j] in _BREAKS:
                    cut = j + 1
                    break
            starts.append(cut)
            last = cut
        last = i + 1
    return [s for s in starts if 0 < s < n]


class SentenceGuard(Component):
    """Presets sentence starts inside overlong stretches (see :func:`find_forced_starts`)."""

    def find(self, doc: Doc) -> list[int]:
        if len(doc) <= self.cfg["max_tokens"]:
            return []
        return find_forced_starts([t.text for t in doc], self.cfg["max_tokens"])

    def set_annotations(self, doc: Doc, found: list[int]) -> None:
        for i in found:
            doc[i].is_sent_start = True


@Language.factory(
    "claimscope_sentence_guard",
    default_config={"max_tokens": MAX_SENTENCE_TOKENS},
    assigns=["token.is_sent_start"],
)
def make_sentence_guard(nlp: Language, name: str, *, max_tokens: int = MAX_SENTENCE_TOKENS) -> SentenceGuard:
    return SentenceGuard(nlp, name, max_tokens=max_tokens)
