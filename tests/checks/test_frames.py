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


def test_frames_a_claim_that_is_the_claimants_figure():
    # "his recent claim that …": the claimant, not the fact-checker cited in the aside, gives the claim's figure
    text = (
        "Smith, in turn, cites his followers as the source for his recent claim that 40 protesters were arrested on "
        "Sunday (the actual number is closer to 12, according to the city police)."
    )
    (f,) = figures(claimscope.analyze(text, published="2023-05-02"))
    assert (f.kind, f.verdict) == ("figure_conflict", "conflict")
    assert {v.source for v in f.values} == {"Smith", "the city police"}
    # a claimant the sentence does not name is unknown: no side of a conflict
    text = "Officials doubted his claim that 40 protesters were arrested on Sunday, while the police said 12 protesters were arrested."
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []


def test_frames_a_figure_worded_as_the_earlier_one_is_revised_not_contradicted():
    text = (
        "A total of 300 families were displaced by the flood, the agency previously reported.\n"
        "The agency says 450 families were displaced by the flood.\n"
    )
    (f,) = figures(claimscope.analyze(text, published="2023-05-02"))
    assert (f.kind, f.verdict) == ("figure_revision", "revision")
    assert [v.value for v in f.values] == [300, 450]


def test_frames_the_articles_own_running_total_is_no_revision_of_a_part():
    text = "In all, 691 delegates are at stake in five states on Tuesday.\nClinton now has a total of at least 1,353 delegates.\n"
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []


def test_frames_rival_estimates_in_one_range_are_a_conflict():
    report = claimscope.analyze("Estimates of the crowd range from 5,000 to 20,000 protesters.", published="2023-05-02")
    (f,) = figures(report)
    assert (f.kind, f.verdict) == ("figure_conflict", "conflict")
    assert [v.value for v in f.values] == [5000, 20000] and len({v.quantity for v in f.values}) == 1
    assert "estimates" in f.summary and f.because and f.method
    text = "The company plans to cut between 5,000 and 6,000 jobs. Ticket prices range from $20 to $40."
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []  # one source's range; no estimates


def test_frames_one_named_source_is_one_source_however_its_figures_are_found():
    # "Forbes said …" (an attribution) and "Forbes put …" (a clause giver) are one speaker: a revision, not a conflict
    text = "Forbes said in March that Mr. Smith's fortune was $2 billion. In June, Forbes put Mr. Smith's fortune at $3 billion."
    (f,) = figures(claimscope.analyze(text, published="2023-07-02"))
    assert (f.kind, f.verdict) == ("figure_revision", "revision")


def test_frames_fortunes_of_different_people_are_not_compared():
    text = "Forbes put Mr. Smith's fortune at $2 billion.\nAs for Mr. Jones, Hurun put his fortune at $9 billion.\n"
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []
    text = "Forbes put Mr. Smith's fortune at $2 billion. Hurun put his fortune at $9 billion."
    (f,) = figures(claimscope.analyze(text, published="2023-05-02"))
    assert {v.source for v in f.values} == {"Forbes", "Hurun"}


def test_frames_the_counted_named_in_another_sentence_and_the_place_of_each_figure():
    # "lists 180 in Kenya" counts the hospitals named in its sentence; each figure of a sentence with two
    # countries is about its own country: 300 (Kenya) and 180 (Kenya) conflict, Uganda's 120 is apart
    text = (
        "The survey group said Kenya had 300 hospitals to Uganda's 120.\n"
        "The health ministry, which counts hospitals differently, lists 180 in Kenya.\n"
    )
    (f,) = figures(claimscope.analyze(text, published="2023-05-02"))
    assert sorted(v.value for v in f.values) == [180, 300]
    assert all(v.frame.scope == "Kenya" for v in f.values)


def test_frames_a_persons_figure_is_what_they_hold_not_who_gives_it():
    text = "Jones said he would fight on. Smith has won 758 delegates so far, compared to Jones's 538 delegates, according to a CNN tally."
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []


def test_frames_figures_offered_as_alternatives_are_no_figure_to_contradict():
    text = "The mayor admitted one or two mistakes in the count. Critics said there were five mistakes in the count."
    assert figures(claimscope.analyze(text, published="2023-05-02")) == []
