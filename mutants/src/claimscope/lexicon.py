"""Word lists kept as data files in ``claimscope/data``, loaded once.

A list file has one entry a line; ``#`` starts a comment.  A table file has
tab-separated columns (``entry<TAB>label``).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("claimscope.data").joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip())
    return out


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of ``data/<name>`` as a lower-cased frozenset."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def word_table(name: str) -> dict[str, str]:
    """``data/<name>`` as a mapping from the (lower-cased) first column to the second."""
    table = {}
    for line in _lines(name):
        key, _, label = line.partition("\t")
        table[key.strip().lower()] = label.strip()
    return table
