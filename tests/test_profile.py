"""Tests of the sourcing profile (profile.compute_profile)."""

from __future__ import annotations

from claimscope import model
from claimscope.profile import compute_profile, named_label


def span(text, needle):
    start = text.index(needle)
    return model.Span(start=start, end=start + len(needle), text=needle)


def report(text, attributions, claims):
    """A hand-made report: attributions as (source, type, kind), claims as (text, attribution id, epistemic)."""
    attrs = []
    for i, (source, source_type, kind) in enumerate(attributions, start=1):
        cue = span(text, "said")
        attrs.append(
            model.Attribution(
                id=f"a{i}",
                kind=kind,
                source=span(text, source) if source else None,
                source_type=source_type,
                cue=cue,
                confidence=0.9,
            )
        )
    cls = []
    for i, (needle, aid, status) in enumerate(claims, start=1):
        s = span(text, needle)
        cls.append(model.Claim(id=f"c{i}", start=s.start, end=s.end, text=s.text, attribution=aid, epistemic=status))
    return model.Report(
        claimscope_version="test",
        article=model.Article(sha256="0" * 64),
        text=text,
        attributions=attrs,
        claims=cls,
    )


TEXT = (
    "Sources said the dam broke. Residents said water rose. A nurse said ten died. "
    "The Interior Ministry said two died. The river is wide. Guards were said to be angry."
)


def make():
    return report(
        TEXT,
        [
            ("Sources", "anonymous", "indirect"),
            ("Residents", "collective", "indirect"),
            ("A nurse", "anonymous", "indirect"),
            ("The Interior Ministry", "named_organization", "indirect"),
            (None, None, "agentless"),
        ],
        [
            ("the dam broke", "a1", "reported"),
            ("water rose", "a2", "reported"),
            ("ten died", "a3", "hedged"),
            ("two died", "a4", "reported"),
            ("The river is wide.", None, "asserted"),
            ("Guards were said to be angry", "a5", "alleged"),
        ],
    )


def test_profile_shares_are_over_attributed_claims():
    p = compute_profile(make())
    assert p.n_claims == 6 and p.n_attributions == 5
    assert p.share_anonymous == round(2 / 5, 3)
    assert p.share_anonymous_or_collective == round(3 / 5, 3)
    assert p.share_unattributed == round(1 / 6, 3)
    assert p.share_hedged == round(2 / 6, 3)
    assert p.by_source_type == {"anonymous": 2, "collective": 1, "named_organization": 1, "none": 1}


def test_profile_summary_says_most_rest_on_anonymous_or_collective():
    p = compute_profile(make())
    assert p.summary.startswith("Most attributed claims (3 of 5) rest on anonymous or collective sources")
    assert "only one named institution speaks (the Interior Ministry)" in p.summary
    assert p.named_sources == ["The Interior Ministry"]


def test_profile_summary_when_named_sources_dominate():
    text = "Anna Kowalska said it rained. The UN said it was cold. A man said it was hot."
    p = compute_profile(
        report(
            text,
            [("Anna Kowalska", "named_person", "indirect"), ("The UN", "named_organization", "indirect"), ("A man", "anonymous", "indirect")],
            [("it rained", "a1", "reported"), ("it was cold", "a2", "reported"), ("it was hot", "a3", "reported")],
        )
    )
    assert p.summary.startswith("1 of 3 attributed claims rest on anonymous or collective sources")
    assert "one person (Anna Kowalska)" in p.summary and "one institution (the UN)" in p.summary
    assert "only" not in p.summary


def test_profile_named_media_lists_the_name_only():
    text = "The clip came from the news outlet Meduza, which said it was real. A video said nothing."
    a = model.Attribution(
        id="a1", kind="indirect", source=span(text, "which"), antecedent=span(text, "the news outlet Meduza"),
        source_type="document_or_media", cue=span(text, "said"), confidence=0.5,
    )
    assert named_label(a) == ("Meduza", "institution")
    b = a.model_copy(update={"antecedent": None, "source": span(text, "A video")})
    assert named_label(b) is None
    text = "A video shot in Kherson shows trucks."
    c = a.model_copy(update={"antecedent": None, "source": span(text, "A video shot in Kherson")})
    assert named_label(c) is None


def test_profile_empty_report():
    p = compute_profile(report("Nothing.", [], []))
    assert p.n_claims == 0 and p.summary == "No claims found."


def test_profile_own_voice_only():
    text = "The river is wide. The dam is old."
    p = compute_profile(report(text, [], [("The river is wide.", None, "asserted"), ("The dam is old.", None, "asserted")]))
    assert p.share_unattributed == 1.0 and p.share_anonymous_or_collective == 0.0
    assert "own voice" in p.summary


def test_profile_named_source_without_its_clauses():
    text = "The clip came from the news outlet Meduza, which said it was real. Rep. Ann Lee, R-NY, said so."
    a = model.Attribution(
        id="a1", kind="indirect", source=span(text, "the news outlet Meduza, which said it was real"),
        source_type="document_or_media", cue=span(text, "said"), confidence=0.5,
    )
    assert named_label(a) == ("Meduza", "institution")
    b = a.model_copy(update={"source": span(text, "Rep. Ann Lee, R-NY,"), "source_type": "named_person"})
    assert named_label(b) == ("Rep. Ann Lee", "person")


def test_profile_counts_speakers_not_strings():
    # no report.sources yet: the profile finds the speakers itself (claimscope.speakers)
    text = "Kremlin spokesman Dmitry Peskov said no. Peskov said yes. A man said it. A man said so."
    r = report(
        text,
        [("Kremlin spokesman Dmitry Peskov", "named_person", "indirect"), ("Peskov", "named_person", "indirect"),
         ("A man", "anonymous", "indirect")],
        [("no", "a1", "reported"), ("yes", "a2", "reported"), ("it", "a3", "reported")],
    )
    p = compute_profile(r)
    assert p.named_sources == ["Dmitry Peskov"] and p.n_sources == 2
    assert "one named person speaks (Dmitry Peskov)" in p.summary
    assert "only" not in p.summary  # one named speaker, one unnamed: not "only"


def test_profile_denied_is_weak():
    text = "The ministry said the strike never happened."
    p = compute_profile(report(text, [("The ministry", "named_organization", "indirect")], [("the strike never happened", "a1", "denied")]))
    assert p.share_hedged == 1.0
