"""What every frame rule reads with: the framed figure, sentences, paragraphs, clauses and name keys."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from claimscope import model
from claimscope.domain.figures import Figure


@dataclass(frozen=True)
class Framed:
    """A quantity with its frame and the reading the comparison needs."""

    quantity: model.Quantity
    frame: model.Frame
    figure: Figure
    sentence: int
    revised: bool
    source_text: Optional[str]
    earlier: bool = False  # worded as the earlier figure of its source ("initial estimates", "up from the earlier")


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n+", text):
        starts.append(m.end())
    return starts


def _sentence_index(report: model.Report) -> tuple[list[int], list[model.Span]]:
    sents = report.sentences or [model.Span(start=0, end=len(report.text), text=report.text)]
    return [s.start for s in sents], sents


# Where a clause begins inside a sentence.
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:while|whereas|but|and)\s+", re.I)


def _name_key(name: str) -> str:
    key = " ".join(name.lower().replace("’", "'").split()).removeprefix("the ")
    return key.removesuffix("'s").removesuffix("'")
