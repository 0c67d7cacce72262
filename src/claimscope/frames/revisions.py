"""When a figure is as of, and when one figure replaces another.

* as_of and since: a full date in the figure's sentence; one after "since",
  "from" or "as of the start" is the start of the counted period.
* revised: the figure's sentence words it as an update ("rose to", "has
  climbed to", "now stands at"); earlier: it words the figure as the earlier
  one of its source ("Initial estimates put …", "up from the earlier $20",
  "the previously reported range", "that Unisys said a month ago").  The
  article's own figures are a revision only by the earlier cue: its "now has a
  total of 1,353" sets a running total against a part.
"""

from __future__ import annotations

import re
from typing import Optional

from claimscope import model
from claimscope.frames.common import Framed

_REVISED = re.compile(
    r"\b(?:rose|risen|rising|climbed|jumped|increased|grew|raised|revised|updated|now stands|now at|has reached|"
    r"had reached|reached|up from|down from|from an earlier|later|subsequent|revised|updated|new estimate|now)\b",
    re.I,
)
# A figure marked as the earlier of two ("Initial estimates put …", "up from the earlier $20", "the previously
# reported range of …", "that Unisys said a month ago"): the other figure of that source replaces it.
_EARLIER = re.compile(
    r"\b(?:initial(?:ly)?|original(?:ly)?|previous(?:ly)?|earlier|at first)\s+(?:\w+\s+)?"
    r"(?:estimates?|reports?|reported|figures?|counts?|toll|tally|said|says|estimated|announced|put|projections?|"
    r"projected|forecasts?|amount|number|total|range)\b"
    r"|\b(?:the|an|its|their|his|her)\s+(?:earlier|initial|original|previous)\s+\$?$"
    r"|\b(?:said|reported|estimated|announced|put|projected|predicted)\s+(?:\w+\s+){1,3}ago\b",
    re.I,
)
_SINCE = re.compile(r"\b(?:since|from|as of the start of|beginning)\s+(?:the\s+\w+(?:\s+\w+){0,3}\s+(?:on|in)\s+)?$", re.I)


def _is_revised(report: model.Report, q: model.Quantity, sentence: model.Span) -> bool:
    """Whether the figure's sentence words it as an update before it ("rose to", "has climbed to", "now stands at");
    a cue followed by "by" ("increased by 72% (… comprised 221.4 billion)") gives a change amount, not this level."""
    return _update_cue(report.text, sentence.start, q.start)


def _update_cue(text: str, start: int, end: int) -> bool:
    """An update cue in ``text[start:end]`` that is not followed by "by" (a change amount)."""
    return any(not re.match(r"\s+by\b", text[m.end() : m.end() + 4]) for m in _REVISED.finditer(text, start, end))


def _is_earlier(report: model.Report, q: model.Quantity, sentence: model.Span, prev_end: int, next_start: Optional[int]) -> bool:
    """Whether the figure is worded as the earlier figure of its source: a cue between the previous figure of its
    sentence (or the sentence start) and it, or after it when no other figure follows in the sentence."""
    if _EARLIER.search(report.text[max(sentence.start, prev_end) : q.start]):
        return True
    return next_start is None and bool(_EARLIER.search(report.text[q.end : sentence.end]))


def revised_between(report: model.Report, a: Framed, b: Framed) -> bool:
    """Whether ``b`` is worded as an update of ``a``: one source gives both and exactly one is worded as the
    earlier figure ("up from the earlier $20"); else, unless both are the article's own, in one sentence the update
    cue stands between them ("initially 10, has risen to 12"); across sentences, anywhere before ``b`` in its
    sentence."""
    if a.earlier != b.earlier and a.figure.source == b.figure.source:
        return True  # "up from the earlier $20", "Initial estimates put …": one source replaces its earlier figure
    if a.figure.source is None and b.figure.source is None:
        return False  # the article's own "now has a total of 1,353" sets a running total against a part, not an update
    if a.sentence == b.sentence:
        return _update_cue(report.text, a.quantity.end, b.quantity.start)
    return b.revised


def _dates_in(
    report: model.Report, q: model.Quantity, start: int, end: int
) -> tuple[Optional[model.TimeExpression], Optional[str]]:
    """(the date the figure is as of, the start of its period): the full dates of its claim, else of its sentence."""
    dates = [x for x in report.times if x.type == "DATE" and x.value and x.value[:1].isdigit()]
    own = [x for x in dates if q.claim and x.claim == q.claim]
    as_of, since = None, None
    for x in own or [x for x in dates if start <= x.start < end]:
        if _SINCE.search(report.text[max(start, x.start - 60) : x.start]):
            since = since or x.value
        elif as_of is None:
            as_of = x
    return as_of, since
