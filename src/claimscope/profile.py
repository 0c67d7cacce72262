"""The sourcing profile: the one-glance summary of who speaks in an article.

Definitions (all computed from the :class:`~claimscope.model.Report`):

* ``share_anonymous`` and ``share_anonymous_or_collective`` are shares of the
  *attributed* claims (claims with an attribution, agentless ones included):
  the claims that rest on someone else's word.  Claims in the article's own
  voice rest on no source and are counted by ``share_unattributed`` instead.
* ``share_hedged`` is the share of all claims whose epistemic status is not
  plainly asserted or reported: hedged, alleged, estimated, disputed or denied.
* ``named_sources`` lists, in order of first appearance, each named speaker
  once (:mod:`claimscope.speakers`: "Kremlin spokesman Dmitry Peskov" and
  "Peskov" are one speaker, listed by the fullest name, "Dmitry Peskov"): the
  named people and organizations, plus documents and media that carry a
  proper name ("the news outlet Radio Free Europe/Radio Liberty" is listed as
  "Radio Free Europe/Radio Liberty"; "a video" is not named).  A pronoun
  source counts as its antecedent.
* ``n_sources`` is the number of distinct speakers (``report.sources``).
* ``summary`` is one sentence: whether most attributed claims rest on
  anonymous or collective sources, which named people and institutions speak
  (speakers, not source strings), and how many claims are weakened.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

from claimscope import model
from claimscope.speakers import display_name, find_sources, has_proper_name, media_name
from claimscope.vocab import NAMED, UNNAMED, WEAK

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _words(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def _speaker(a: model.Attribution) -> Optional[model.Span]:
    """The span that names who speaks: the antecedent of a pronoun, else the source."""
    return a.antecedent or a.source


def named_label(a: model.Attribution) -> Optional[tuple[str, str]]:
    """(display name, "person" | "institution") when the attribution's source is named, else None."""
    span = _speaker(a)
    if span is None or not span.text.strip():
        return None
    # The name, without what follows it: ", which stated ...", ", R-NY,", " (R-Tex)".
    text = display_name(span.text)
    if a.source_type == "named_person":
        return text, "person"
    if a.source_type == "named_organization":
        return text, "institution"
    if a.source_type == "document_or_media":
        # Named when a capitalized word follows the first, before any preposition
        # ("the news outlet Radio Free Europe", not "a video shot in Homel").
        name = media_name(text)
        return (name, "institution") if name else None
    return None


def speaker_label(source: model.Source) -> Optional[tuple[str, str]]:
    """(fullest name, "person" | "institution") of a named speaker, else None."""
    if source.type in NAMED:
        return source.name, "person" if source.type == "named_person" else "institution"
    if source.type == "document_or_media":
        return (source.name, "institution") if has_proper_name(source.name) else None
    return None


def compute_profile(report: model.Report) -> model.Profile:
    """Sum up who the claims of ``report`` rest on (see the module docstring)."""
    attributions = {a.id: a for a in report.attributions}
    by_type = Counter(a.source_type or ("none" if a.source is None else "unknown") for a in report.attributions)
    by_kind = Counter(a.kind for a in report.attributions)
    n_claims = len(report.claims)

    def source_type_of(claim: model.Claim) -> Optional[str]:
        a = attributions.get(claim.attribution or "")
        return a.source_type if a else None

    attributed = [c for c in report.claims if c.attribution in attributions]
    anon = sum(1 for c in attributed if source_type_of(c) == "anonymous")
    anon_coll = sum(1 for c in attributed if source_type_of(c) in ("anonymous", "collective"))
    weak = sum(1 for c in report.claims if c.epistemic in WEAK)
    unattributed = n_claims - len(attributed)

    # Speakers, not source strings: "Dmitry Peskov" and "Peskov" are one source.
    speakers = report.sources or find_sources(report)
    named: dict[str, tuple[str, str]] = {}
    for source in speakers:
        found = speaker_label(source)
        if found and found[0].lower() not in named:
            named[found[0].lower()] = found

    def share(k: int, n: int) -> float:
        return round(k / n, 3) if n else 0.0

    profile = model.Profile(
        n_claims=n_claims,
        n_attributions=len(report.attributions),
        n_sources=len(speakers),
        by_source_type=dict(by_type),
        by_kind=dict(by_kind),
        share_anonymous=share(anon, len(attributed)),
        share_anonymous_or_collective=share(anon_coll, len(attributed)),
        share_hedged=share(weak, n_claims),
        share_unattributed=share(unattributed, n_claims),
        named_sources=[name for name, _ in named.values()],
    )
    profile.summary = summarize(
        n_claims=n_claims,
        n_attributed=len(attributed),
        n_anon_coll=anon_coll,
        n_weak=weak,
        named=list(named.values()),
        n_unnamed_sources=sum(1 for source in speakers if source.type in UNNAMED),
    )
    return profile


def _listing(names: list[str]) -> str:
    names = [n[0].lower() + n[1:] if n.split(" ", 1)[0] in ("The", "A", "An") else n for n in names]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def summarize(
    *, n_claims: int, n_attributed: int, n_anon_coll: int, n_weak: int, named: list[tuple[str, str]], n_unnamed_sources: int
) -> str:
    """The one sentence an analyst reads first."""
    if not n_claims:
        return "No claims found."
    if not n_attributed:
        first = f"All {n_claims} claims are in the article's own voice and no source speaks"
    else:
        if n_anon_coll * 2 > n_attributed:
            first = f"Most attributed claims ({n_anon_coll} of {n_attributed}) rest on anonymous or collective sources"
        elif n_anon_coll:
            first = f"{n_anon_coll} of {n_attributed} attributed claims rest on anonymous or collective sources"
        else:
            first = f"No attributed claim rests on an anonymous or collective source ({n_attributed} attributed)"
        people = [n for n, kind in named if kind == "person"]
        orgs = [n for n, kind in named if kind == "institution"]
        only = "only " if named and len(named) < n_unnamed_sources else ""
        if not named:
            first += ", and no named person or institution speaks"
        elif not people:
            noun = "institution speaks" if len(orgs) == 1 else "institutions speak"
            first += f", and {only}{_words(len(orgs))} named {noun} ({_listing(orgs)})"
        elif not orgs:
            noun = "person speaks" if len(people) == 1 else "people speak"
            first += f", and {only}{_words(len(people))} named {noun} ({_listing(people)})"
        else:
            first += (
                f", and {only}{_words(len(named))} named sources speak: "
                f"{_words(len(people))} {'person' if len(people) == 1 else 'people'} ({_listing(people)}) and "
                f"{_words(len(orgs))} {'institution' if len(orgs) == 1 else 'institutions'} ({_listing(orgs)})"
            )
    return f"{first}; {n_weak} of {n_claims} claims are hedged, alleged, estimated, disputed or denied."
