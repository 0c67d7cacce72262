"""Frames on hand-written passages shaped like real reports: what a figure is (a count, a part, a target, a
proposal, a poll's answer, one side of a score), who holds it, and when a later figure is an update
(claimscope.frames, compared by claimscope.domain.figures)."""

from __future__ import annotations

import pytest

import claimscope
from claimscope.frames import frame_report

pytestmark = pytest.mark.model


def figures(report):
    return [f for f in report.findings if f.kind.startswith("figure")]


def framed(text, published="2016-05-02"):
    report = claimscope.analyze(text, published=published)
    return report, {f.quantity.text: f for f in frame_report(report)}


def test_frames_wording_a_size_joined_by_a_hyphen_is_no_count():
    report, by_text = framed(
        "The 30-share index fell 42 points, dealers said. The chief said five officers responded. "
        "He said the man took a two-handed stance."
    )
    assert not any(t.startswith(("30", "two")) for t in by_text)
    assert figures(report) == []


def test_frames_wording_parts_of_a_total_named_after_or_before_them():
    report, by_text = framed(
        "The company said it holds about 4.2 million of Innopac's 13.8 million common shares.\n"
        "Of the 14 people killed, nine people died in the fire, a police spokesman said.\n"
        "Investments rose by 54.4% (+485.7 billion tenge) and made up 1.2 trillion tenge, the minister said.\n"
    )
    parts = {t: f.figure.part for t, f in by_text.items()}
    assert parts["about 4.2 million"] and not parts["13.8 million"]
    assert parts["nine people"] and not parts["14 people"]
    assert parts["+485.7 billion"]
    assert figures(report) == []


def test_frames_wording_a_target_is_not_a_count():
    report, by_text = framed(
        "A Democratic candidate needs 2,383 delegates to clinch the nomination.\n"
        "As of Wednesday, Sanders had 1,401 delegates, according to a tally by the Associated Press.\n"
    )
    assert by_text["2,383"].figure.modality == "target" and by_text["1,401"].figure.modality is None
    assert figures(report) == []


def test_frames_wording_figures_held_by_different_holders_are_not_compared():
    report, by_text = framed(
        "Hillary Clinton has raised $2.7 million from tech donors, while Bernie Sanders has raised $6 million, "
        "according to new Crowdpac research.\n"
        "Clinton had 2,205 delegates, compared with Sanders, who had 1,401, the AP said.\n"
    )
    assert by_text["$2.7 million"].figure.owner == "hillary clinton" and by_text["$6 million"].figure.owner == "bernie sanders"
    assert by_text["1,401"].figure.owner == "sanders"
    assert figures(report) == []
    _, by_text = framed("Canova has raised $2.3 million. By comparison, the $3 million Wasserman Schultz raised came from committees.")
    assert by_text["$3 million"].figure.owner == "wasserman schultz"  # the holder after the figure, in its object clause


def test_frames_wording_proposals_of_different_people_are_positions_not_a_conflict():
    report, by_text = framed(
        "Protesters are advocating for a $15 minimum wage, organizers said.\n"
        "Clinton has said that she supports a $12 minimum wage nationally.\n"
    )
    assert {f.figure.modality for f in by_text.values()} == {"proposal"}
    assert figures(report) == []


def test_frames_wording_poll_answers_and_score_sides_are_not_compared():
    report, by_text = framed(
        "A Bloomberg poll in June showed that 72 percent of voters said it bothered them.\n"
        "In a CNN poll the same month, 38 percent of voters said he should step down, the network reported.\n"
        "Trump was chosen by 37% of likely voters. Without Bloomberg, Trump and Sanders were in a dead heat, 44% to 43%, "
        "the Suffolk poll found.\n"
    )
    assert by_text["72 percent"].figure.modality.startswith("answer: said it bothered")
    assert by_text["72 percent"].figure.modality != by_text["38 percent"].figure.modality
    assert by_text["43%"].figure.modality == "score"  # one side of "44% to 43%", never set against the 37%
    assert "44%" not in by_text or by_text["44%"].figure.modality == "score"
    assert figures(report) == []


def test_frames_wording_an_update_cue_followed_by_by_is_a_change_amount():
    _, by_text = framed(
        "The minister said investments in manufacturing increased by 72% and comprised 221.4 billion tenge.\n"
        "The minister said the total has risen to 850.9 billion tenge.\n"
    )
    assert not by_text["221.4 billion"].revised
    assert by_text["850.9 billion"].revised


def test_frames_wording_a_reporting_participle_gives_the_figure_to_the_source_opening_the_sentence():
    report, by_text = framed(
        "Hurun said that Beijing had 100 billionaires.\n"
        "Forbes shot back in an article stating that Beijing ranked fourth with 51 billionaires.\n"
    )
    assert by_text["51"].source_text == "Forbes" and by_text["51"].figure.source not in (None, by_text["100"].figure.source)
    (f,) = figures(report)
    assert f.verdict == "conflict" and {v.source for v in f.values} == {"Hurun", "Forbes"}


def test_frames_wording_a_first_range_of_estimates_is_one_sides_range():
    text = "Initial cost estimates for the plant ranged from $1 billion to $1.2 billion, the company said."
    assert figures(claimscope.analyze(text, published="1989-10-02")) == []


def test_frames_wording_an_indefinite_total_restates_no_earlier_figure():
    report, by_text = framed(
        "The foundation reported that his full-time salary was $31,592.\nEksili donated a total of $5,000 to campaigns that year.\n"
    )
    assert "$5,000" not in by_text or by_text["$5,000"].figure.measure != by_text["$31,592"].figure.measure
    assert figures(report) == []
