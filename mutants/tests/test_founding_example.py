"""End-to-end assertions on the founding example (examples/belarus-bodies.txt):
claims, evidence, epistemic status and the sourcing profile.

Each behaviour is also tested on sentences of its own in tests/extract/.
"""

from __future__ import annotations

import pytest

from tests.conftest import find_span

pytestmark = pytest.mark.model


def claim_at(report, needle):
    """The claim whose span holds ``needle``."""
    start, end = find_span(report.text, needle)
    found = [c for c in report.claims if c.start <= start and end <= c.end]
    assert found, needle
    return min(found, key=lambda c: c.end - c.start)


def attribution(report, claim):
    return next(a for a in report.attributions if a.id == claim.attribution)


def test_founding_example_four_video_mentions_are_evidence(example_report):
    text = example_report.text
    videos = {(e.span.start, e.span.end) for c in example_report.claims for e in c.evidence if e.kind == "video"}
    assert len(videos) == 4
    cited = [find_span(text, "video", k) for k in range(4)]  # the four cited ones come first
    story = [find_span(text, "video", k) for k in (4, 5)]  # "filming video", "made a video": events, not evidence
    for s, e in cited:
        assert any(vs <= s and e <= ve for vs, ve in videos)
    for s, e in story:
        assert not any(vs <= s and e <= ve for vs, ve in videos)


def test_founding_example_two_videos_carry_appears_to_show(example_report):
    hedged = [
        c
        for c in example_report.claims
        if any(e.kind == "video" for e in c.evidence) and any(h.text == "appears to show" for h in c.hedges)
    ]
    assert len(hedged) == 2
    assert all(c.epistemic == "hedged" for c in hedged)


def test_founding_example_estimate_is_estimated(example_report):
    claim = claim_at(example_report, "the death toll is estimated to be over 7,000 people")
    assert claim.epistemic == "estimated"
    assert attribution(example_report, claim).source_type == "anonymous"


def test_founding_example_sources_suggest_is_hedged(example_report):
    claim = claim_at(example_report, "the bodies of slain Russian soldiers")
    assert claim.epistemic == "hedged"
    assert "suggest" in [h.text for h in claim.hedges]
    assert attribution(example_report, claim).source.text == "Sources"


def test_founding_example_agentless_attributions_are_alleged(example_report):
    agentless = {a.id for a in example_report.attributions if a.kind == "agentless"}
    assert len(agentless) >= 2  # "were said to be", "are alleged to"
    statuses = [c.epistemic for c in example_report.claims if c.attribution in agentless]
    assert statuses and set(statuses) == {"alleged"}


def test_founding_example_other_side_is_disputed(example_report):
    assert claim_at(example_report, "the death toll is around 500").epistemic == "disputed"
    assert claim_at(example_report, "over 14,000 Kremlin servicemen have been killed").epistemic == "disputed"


def test_founding_example_sentence_with_two_claims(example_report):
    first = claim_at(example_report, "were said to be “shocked”")
    second = claim_at(example_report, "“overflowing” morgues")
    assert first.id != second.id and first.attribution and second.attribution
    assert first.attribution != second.attribution
    assert attribution(example_report, second).source_type == "collective"


def test_founding_example_quote_over_sentences_keeps_one_attribution(example_report):
    a = claim_at(example_report, "There are not enough surgeons").attribution
    b = claim_at(example_report, "the corpses were transported by ambulances").attribution
    c = claim_at(example_report, "the bodies were loaded at night").attribution
    assert a is not None and a == b == c


def test_founding_example_own_voice_claims(example_report):
    claim = claim_at(example_report, "The carriage came to a halt")
    assert claim.attribution is None and claim.epistemic == "asserted"


def test_founding_example_source_types(example_report):
    types = {a.source.text if a.source else None: a.source_type for a in example_report.attributions}
    assert types.get("Ukraine’s military") == "named_organization"
    assert types.get("The Russian Defense Ministry") == "named_organization"
    assert types.get("one US intelligence analyst") == "anonymous"
    assert types.get("hospital officials") == "collective"


def test_founding_example_profile(example_report):
    p = example_report.profile
    assert p.share_anonymous_or_collective > 0.5
    assert p.summary.startswith("Most attributed claims")
    assert "anonymous or collective sources" in p.summary
    assert "only three named institutions speak" in p.summary
    assert set(p.named_sources) == {"Radio Free Europe/Radio Liberty", "Ukraine’s military", "The Russian Defense Ministry"}
