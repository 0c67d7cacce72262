"""The rule registry: each rule is a pattern declared on the function that resolves its matches.

    @rule(r"\\b(?P<iso>(?:1[6-9]|20)\\d\\d-[01]\\d-[0-3]\\d)\\b", type="DATE", priority=3)
    def iso(m, ctx):
        return hit(m, m.group("iso"))

A pattern may name pattern pieces in braces (``{MONTH}``, ``{UNIT}``: see
:func:`claimscope.extract.times.words.pieces`); patterns are compiled once,
case-insensitive, on first use.  The handler gets the match and the
:class:`~claimscope.extract.times.context.Context` of the document and returns a
:class:`Hit` or None (no expression).  ``type`` and ``priority`` are the
defaults of the hits it returns; the priority breaks ties between overlapping
hits of the same length.  Rules run in the order they are declared (the theme
modules are imported in a fixed order by :mod:`claimscope.extract.times.find`).
"""

from __future__ import annotations

import re

import regex
from dataclasses import dataclass, replace
from functools import cache
from typing import Callable, Optional

from claimscope.extract.times.context import Context
from claimscope.extract.times.words import pieces

OUT_OF_RANGE = "the date falls outside the calendar years 1 to 9999"


@dataclass
class Hit:
    """One resolved match: offsets, TIMEX3 type and value (None when it cannot be placed)."""

    start: int
    end: int
    value: Optional[str]
    type: Optional[str] = None  # None: the rule's type
    mod: Optional[str] = None
    needs_ref: bool = False  # resolved against the reference date
    reason: Optional[str] = None
    priority: Optional[int] = None  # None: the rule's priority


def hit(m: re.Match, value: Optional[str], **kw) -> Hit:
    """A hit over the whole match."""
    return Hit(m.start(), m.end(), value, **kw)


def unplaced(m: re.Match, **kw) -> Hit:
    """A hit over the whole match that needs the reference date, and there is none."""
    return Hit(m.start(), m.end(), None, needs_ref=True, **kw)


Handler = Callable[[re.Match, Context], Optional[Hit]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    handler: Handler
    type: str
    priority: int

    def apply(self, m: re.Match, ctx: Context) -> Optional[Hit]:
        """The handler's hit with the rule's defaults filled in; a null value with a reason when the date
        arithmetic leaves the calendar."""
        try:
            h = self.handler(m, ctx)
        except (OverflowError, ValueError):
            # date arithmetic beyond datetime's years 1..9999 (published "9999-12-31" and "tomorrow");
            # the handlers catch the ValueErrors of impossible dates themselves
            return Hit(m.start(), m.end(), None, self.type, needs_ref=True, reason=OUT_OF_RANGE, priority=self.priority)
        if h is None:
            return None
        return replace(
            h,
            type=h.type or self.type,
            priority=self.priority if h.priority is None else h.priority,
        )


_RULES: list[Rule] = []
_PIECE = re.compile(r"\{([A-Z][A-Z_]*)\}")


def rule(*patterns: str, type: str, priority: int = 0) -> Callable[[Handler], Handler]:
    """Register ``patterns`` (one or more) as rules resolved by the decorated function."""

    def register(fn: Handler) -> Handler:
        for pattern in patterns:
            _RULES.append(Rule(fn.__name__, pattern, fn, type, priority))
        return fn

    return register


def expand(pattern: str) -> str:
    """``pattern`` with its ``{PIECE}`` names replaced by their regular expressions."""
    table = pieces()
    return _PIECE.sub(lambda m: table[m.group(1)], pattern)


@cache
def compiled() -> tuple[tuple[re.Pattern, Rule], ...]:
    """Every registered rule with its compiled pattern, in declaration order.

    Compiled by the ``regex`` module (version 0: ``re``'s syntax and behaviour), which scans these
    patterns, most of them opening on an optional alternation, in half the time ``re`` takes (0.31 against
    0.59 CPU s for 30 PolNeAR articles); the matches are the same on all TimeBank, AQUAINT and PolNeAR texts.
    """
    return tuple((regex.compile(expand(r.pattern), regex.IGNORECASE | regex.VERSION0), r) for r in _RULES)


def registered() -> tuple[Rule, ...]:
    return tuple(_RULES)
