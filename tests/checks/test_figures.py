"""Tests of the figure-conflict check on hand-built reports and on the founding example."""

from __future__ import annotations

import pytest

from claimscope import model
from claimscope.checks.figures import find_figure_conflicts

TEXT = "x" * 400


def span(start, end):
    return model.Span(start=start, end=end, text=TEXT[start:end])


def attribution(aid, source_text, start):
    return model.Attribution(
        id=aid, kind="indirect", source=model.Span(start=start, end=start + len(source_text), text=source_text),
        cue=span(start, start + 1), content=[span(start + 50, start + 99)], confidence=0.9,
    )


def quantity(qid, value, start, attr, *, measure="killed", entity=None, unit=None, low=None, high=None, claim=None):
    return model.Quantity(
        id=qid, start=start, end=start + 3, text=TEXT[start : start + 3], value=value, low=low, high=high,
        unit=unit, measure=measure, entity=entity, attribution=attr, claim=claim or f"c{qid}",
    )


def report(quantities, attributions, times=()):
    return model.Report(
        claimscope_version="test", article=model.Article(sha256="0"), text=TEXT,
        sentences=[span(k, k + 100) for k in range(0, 400, 100)],  # one sentence a source
        attributions=attributions, quantities=quantities, times=list(times),
    )


ATTS = [attribution("a1", "Ukraine's military", 0), attribution("a2", "one analyst", 100), attribution("a3", "The ministry", 200)]


def test_figures_three_sources_one_finding():
    r = report(
        [
            quantity("q1", 14000, 60, "a1", low=14000, entity="servicemen"),
            quantity("q2", 7000, 160, "a2", measure="death toll", low=7000, unit="people", entity="people"),
            quantity("q3", 500, 260, "a3", measure="death toll"),
            quantity("q4", 20000, 170, "a2", measure="injured", unit="people"),
            quantity("q5", 2500, 270, "a3", measure="bodies returned"),
        ],
        ATTS,
    )
    (f,) = find_figure_conflicts(r)
    assert f.kind == "figure_conflict" and f.verdict == "conflict"
    assert [v.quantity for v in f.values] == ["q1", "q2", "q3"]
    assert [v.source for v in f.values] == ["Ukraine's military", "one analyst", "The ministry"]
    assert f.spread == pytest.approx(28.0)
    assert f.summary


def test_figures_same_source_two_figures_is_a_self_contradiction_not_a_conflict():
    r = report([quantity("q1", 100, 60, "a1"), quantity("q2", 900, 150, "a1")], ATTS)
    (f,) = find_figure_conflicts(r)
    assert (f.kind, f.verdict) == ("figure_conflict", "self_contradiction")
    assert "two different figures" in f.summary and f.because


def test_figures_source_found_by_content_when_claim_link_missing():
    r = report([quantity("q1", 100, 60, None), quantity("q2", 900, 160, None)], ATTS)
    (f,) = find_figure_conflicts(r)
    assert [v.source for v in f.values] == ["Ukraine's military", "one analyst"]


def test_figures_agreeing_values_are_not_a_conflict():
    r = report([quantity("q1", 1000, 60, "a1", low=1000), quantity("q2", 1020, 160, "a2")], ATTS)
    assert find_figure_conflicts(r) == []


def test_figures_different_populations_are_not_compared():
    r = report(
        [quantity("q1", 40, 60, "a1", entity="civilians"), quantity("q2", 900, 160, "a2", entity="Russian troops")],
        ATTS,
    )
    assert find_figure_conflicts(r) == []


def test_figures_different_periods_are_not_compared():
    times = [
        model.TimeExpression(id="t1", start=61, end=62, text="x", type="DATE", value="2022-03-01", claim="cq1"),
        model.TimeExpression(id="t2", start=161, end=162, text="x", type="DATE", value="2022-04-01", claim="cq2"),
    ]
    r = report([quantity("q1", 40, 60, "a1"), quantity("q2", 900, 160, "a2")], ATTS, times)
    assert find_figure_conflicts(r) == []


def test_figures_money_and_percentages_compare_by_unit_and_subject():
    r = report(
        [
            quantity("q1", 2e9, 60, "a1", measure="cost", unit="USD", entity="the bridge"),
            quantity("q2", 5e9, 160, "a2", measure="cost", unit="USD", entity="the bridge"),
            quantity("q3", 3e9, 260, "a3", measure="cost", unit="EUR", entity="the bridge"),
            quantity("q4", 12, 70, "a1", measure=None, unit="%", entity="unemployment"),
            quantity("q5", 19, 170, "a2", measure=None, unit="%", entity="unemployment"),
        ],
        ATTS,
    )
    found = find_figure_conflicts(r)
    assert sorted(tuple(v.quantity for v in f.values) for f in found) == [("q1", "q2"), ("q4", "q5")]


@pytest.mark.model
def test_figures_founding_example_end_to_end(example_report):
    conflicts = [f for f in example_report.findings if f.kind == "figure_conflict"]
    texts = {q.id: q.text for q in example_report.quantities}
    main = [f for f in conflicts if any("14,000" in texts[v.quantity] for v in f.values)]
    assert len(main) == 1
    f = main[0]
    assert f.spread >= 28
    values = sorted(v.value for v in f.values)
    assert values == [500, 7000, 14000]
    assert all(v.source for v in f.values)
    assert not any("2,500" in texts[v.quantity] or "20,000" in texts[v.quantity] for c in conflicts for v in c.values)


def test_figures_a_source_that_holds_a_figure_is_no_source():
    # "72 percent of Democrats said yes while 48 percent overall agreed": the "source" is a poll answer
    poll = model.Attribution(
        id="a9", kind="indirect", source=span(100, 130), cue=span(131, 135), content=[span(140, 199)], confidence=0.9,
    )
    answer = model.Quantity(id="q0", start=100, end=110, text=TEXT[100:110], value=72, unit="%", entity="Democrats")
    r = report(
        [quantity("q1", 40, 60, "a1", measure="protest"), answer, quantity("q2", 900, 160, "a9", measure="protest")],
        [ATTS[0], poll],
    )
    assert find_figure_conflicts(r) == []
    r = report([quantity("q1", 40, 60, "a1", measure="protest"), quantity("q2", 900, 160, "a9", measure="protest")], [ATTS[0], poll])
    assert len(find_figure_conflicts(r)) == 1  # the same attribution without a figure in its source
