"""Frames and figure findings on hand-written news passages (the rules of claimscope.frames and domain.figures)."""

from __future__ import annotations

import pytest

import claimscope

pytestmark = pytest.mark.model


def figures(report, kind=None):
    return [f for f in report.findings if f.kind.startswith("figure") and (kind is None or f.kind == kind)]


def test_frames_several_incidents_in_one_article_are_never_a_conflict():
    text = (
        "Russian missiles struck several Ukrainian cities overnight, officials said.\n"
        "In Kharkiv, at least 44 people were injured, the regional governor said.\n"
        "Three of the people pulled out of the rubble were in serious condition, he said.\n"
        "Later, in Odesa, one person was injured when debris fell on a house, the city's mayor said.\n"
        "On Friday, a drone attack on Dnipro injured 33 people, according to the emergency service.\n"
    )
    report = claimscope.analyze(text, published="2023-01-16")
    assert figures(report) == []
    scopes = {q.text: q.frame.scope for q in report.quantities if q.frame}
    assert scopes["at least 44 people"] == "Kharkiv" and scopes["33 people"] == "Dnipro"


def test_frames_sources_disagreeing_on_one_crowd_is_a_conflict_with_because():
    text = (
        "Police estimated that 5,000 protesters gathered in the capital on Saturday.\n"
        "Organizers said more than 20,000 protesters marched through the capital on Saturday.\n"
    )
    report = claimscope.analyze(text, published="2023-01-16")
    (f,) = figures(report)
    assert (f.kind, f.verdict) == ("figure_conflict", "conflict")
    assert f.because and "protesters" in f.because
    assert {v.source for v in f.values} == {"Police", "Organizers"}
    assert all(v.frame and v.frame.measure == "protesters" for v in f.values)


def test_frames_a_later_figure_of_the_same_source_is_a_revision_old_to_new():
    text = (
        "On March 25, the UN said 1,035 civilians had been killed in Ukraine.\n"
        "On March 2, the UN said 136 civilians had been killed in Ukraine.\n"
    )
    report = claimscope.analyze(text, published="2022-03-26")
    (f,) = figures(report)
    assert (f.kind, f.verdict) == ("figure_revision", "revision")
    assert [v.value for v in f.values] == [136, 1035]  # old -> new by date, not by order of telling
    assert [v.as_of for v in f.values] == ["2022-03-02", "2022-03-25"]


def test_frames_parts_and_totals_are_related_not_conflicting():
    text = (
        "The ministry said 383 people died in the flood, and 203 of the dead have been identified.\n"
        "An official said 20 of the victims were children.\n"
    )
    report = claimscope.analyze(text, published="2022-03-26")
    assert figures(report, "figure_conflict") == []


def test_frames_founding_example_keeps_its_one_conflict():
    text = open("examples/belarus-bodies.txt", encoding="utf-8").read()
    report = claimscope.analyze(text, published="2022-03-20")
    (f,) = figures(report)
    assert sorted(v.value for v in f.values) == [500, 7000, 14000]
    assert f.because and f.method
