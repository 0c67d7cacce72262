"""Frames: what each figure of a report is about.

A figure's frame is its measure (killed, injured ...), the counted population
and its side, the places it is about (scope), the incident it belongs to, the
date it is as of and the period it counts from, and its source.  Frames are
built from the Report alone: the quantity's own measure and entity, the places
and times found in its sentence, its attribution, and the sentences around it.

Rules (each is one function of the modules named at the end):

* measure: the canonical group of the quantity's measure (domain.measures); for
  money and percentages without a measure word, what they are about
  ("about:unemployment").  Durations, ages and distances have no frame.
* population and side: from the counted entity and the measure words
  ("civilian deaths" -> civilians; "Kremlin servicemen" -> military, RU).
* scope: the toponyms of the figure's sentence outside the source's own words
  ("Ukraine's military" does not make a figure about Ukraine); a sentence
  without one takes the places of the previous sentence of its paragraph.
* incident: figures of one measure more than ``INCIDENT_GAP`` sentences from
  the previous figure of that measure start a new incident (a report on
  several attacks tells them one after the other).
* as_of and since: a full date in the figure's sentence; one after "since",
  "from" or "as of the start" is the start of the counted period.
* part: "three of the people", "including 12 children", "an additional
  20,000", "in serious condition": a part, an increment or a sub-measure of
  another figure, never compared with a total.
* revised: the figure's sentence words it as an update ("rose to", "has
  climbed to", "now stands at"); earlier: it words the figure as the earlier
  one of its source ("Initial estimates put …", "up from the earlier $20",
  "the previously reported range", "that Unisys said a month ago").  The
  article's own figures are a revision only by the earlier cue: its "now has a
  total of 1,353" sets a running total against a part.
* who gives it: the attribution holding it, a possessive name right before it
  ("Forbes's 1,864", not a person's "Cruz's 538" nor a score's "1,630 to
  Sanders' 870"), the claimant of a "claim that" clause ("his recent claim
  that …" -> the name opening the sentence), the named subject of a giving
  verb in its clause; one name of the article's sources is that source
  ("Forbes put …" and "Forbes says …").  A source that holds a figure ("72
  percent of Democrats said") is no source.
* owner: whose the counted is, when a titled name says so ("Mr. Trump's
  wealth", "As for Mr. Bloomberg, Forbes put his net worth").
* a counted thing named in another sentence: a figure that names nothing
  counted (or only a place or an organisation) takes the counted noun of a
  figure before it when its own sentence names that noun again ("New York was
  the billionaire capital, with 79").
* own place: in a sentence with several places, the place of the figure's
  phrase ("100 billionaires in Beijing", "to America's 535", "China had 568").
* alternatives ("one or two instances") are vague; a figure of a scenario
  ("you might spend", "if") is never one side of a self-contradiction.
* rival_range: one range that gives several sources' estimates ("their
  valuations for him range from $75 billion to $85 billion"), not one side's
  first range ("Initial cost estimates … ranged from").
* kind of figure: a target ("needs 2,383"), a class ("with 1,000 or more
  employees"), a proposal ("supports a $12 wage"), a poll's answer ("72
  percent of voters said it bothered them"), one side of a score ("44% to
  43%"); a size joined by a hyphen ("the 30-share index") has no frame.
* holder: the subject of a verb of having or getting right before the figure
  ("Clinton has raised $2.7 million, while Sanders has raised $6 million",
  "Sanders, who had 1,401", "Trump, with 329 delegates"), kept as the owner.

The rules live by concern: :mod:`~claimscope.frames.counted` (measure, a
counted thing borrowed from a neighbour), :mod:`~claimscope.frames.sources`
(who gives it), :mod:`~claimscope.frames.owners` (owners and places),
:mod:`~claimscope.frames.revisions` (dates, updates, the earlier figure),
:mod:`~claimscope.frames.wording` (parts, vague counts, alternatives,
scenarios, rival ranges) and :mod:`~claimscope.frames.build` (incidents, and
the frame of each figure put together).  Names with a leading underscore are
private to the package; the ones below are its interface.
"""

from __future__ import annotations

from claimscope.frames.build import frame_report
from claimscope.frames.common import Framed
from claimscope.frames.revisions import revised_between
from claimscope.frames.wording import rival_range

__all__ = ["Framed", "frame_report", "revised_between", "rival_range"]
