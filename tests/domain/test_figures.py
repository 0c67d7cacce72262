"""When two figures are comparable and how they differ (claimscope.domain.figures), without the pipeline."""

from __future__ import annotations

import pytest

from claimscope.domain.figures import MIN_SPREAD, OPEN_SPREAD, Figure, bounds, comparable, differ, overlap, relation, spread


@pytest.mark.parametrize(
    "a,b,expected",
    [
        (Figure(500, change="~"), Figure(520), True),  # around 500 covers 520
        (Figure(7000, low=7000), Figure(7500), True),  # more than 7,000 admits 7,500
        (Figure(40, high=40), Figure(30), True),  # up to 40 admits 30
        (Figure(7000, low=7000), Figure(14000, low=14000), False),  # two "over" figures compare by what they state
        (Figure(5000, low=5000, high=6000), Figure(6500), False),
        (Figure(500, change="~"), Figure(7000, low=7000), False),
    ],
)
def test_frames_overlap_rules(a, b, expected):
    assert overlap(a, b) is expected


def test_frames_comparable_needs_the_same_frame():
    base = dict(value=10, measure="killed", source="a")
    assert comparable(Figure(**base), Figure(**{**base, "value": 50}))[0]
    for change in (
        {"measure": "injured"}, {"population": "civilians"}, {"scope": frozenset({"kharkiv"})},
        {"incident": "killed#1"}, {"part": True}, {"unit": "USD"}, {"change": "up"},
    ):
        ok, why = comparable(Figure(**base, population="military") if "population" in change else Figure(**base),
                             Figure(**{**base, "value": 50, **change}))
        assert not ok and why, change


def test_frames_relation_kinds_and_thresholds():
    a = Figure(100, measure="killed", source="a", as_of="2022-03-02")
    assert relation(a, Figure(900, measure="killed", source="b", as_of="2022-03-02"))[0] == "conflict"
    assert relation(a, Figure(900, measure="killed", source="a", as_of="2022-03-02"))[0] == "self_contradiction"
    one_sentence = dict(measure="killed", source="a", sentence=3)
    assert relation(Figure(100, **one_sentence), Figure(900, **one_sentence))[0] is None
    assert relation(Figure(100, measure="killed"), Figure(900, measure="killed"))[0] is None  # the article's own figures
    assert relation(Figure(100, measure="killed", source="a", vague=True), Figure(900, measure="killed", source="b"))[0] is None
    assert relation(a, Figure(900, measure="killed", source="a", as_of="2022-03-25"))[0] == "revision"
    assert relation(a, Figure(900, measure="killed", source="b", as_of="2022-03-25"))[0] is None
    assert relation(a, Figure(105, measure="killed", source="b"))[0] is None  # under MIN_SPREAD
    assert relation(a, Figure(900, measure="killed", source="?"))[0] is None  # agentless: who disagrees is unknown
    assert relation(a, Figure(900, measure="killed", source="a"), revised=True)[0] == "revision"
    assert not differ(Figure(40, low=40), Figure(44, low=44))  # "more than 40" / "more than 44" refine each other
    assert bounds(Figure(500, change="~")) == pytest.approx((450, 550))


def test_figures_spread_thresholds():
    assert spread(Figure(100), Figure(250)) == pytest.approx(2.5)
    assert spread(Figure(0), Figure(5)) == float("inf")
    assert differ(Figure(100), Figure(100 * MIN_SPREAD + 1)) and not differ(Figure(100), Figure(100 * MIN_SPREAD - 1))
    assert differ(Figure(100, low=100), Figure(100 * OPEN_SPREAD + 1, low=100 * OPEN_SPREAD + 1))
    assert not differ(Figure(100, low=100), Figure(100 * OPEN_SPREAD - 1, low=100 * OPEN_SPREAD - 1))
    assert bounds(Figure(10, low=5, high=20)) == (5, 20)
    assert bounds(Figure(7, low=7)) == (7, 7) and bounds(Figure(9, high=9)) == (9, 9)


def test_figures_dates_that_contain_each_other_are_comparable():
    a = Figure(100, measure="killed", source="a", as_of="2022-03")
    assert relation(a, Figure(900, measure="killed", source="b", as_of="2022-03-02"))[0] == "conflict"
    assert relation(a, Figure(900, measure="killed", source="b", since="2022-02-24"))[0] is None  # total vs a month
    undated = Figure(100, measure="killed", source="a")
    assert relation(undated, Figure(900, measure="killed", source="b", since="2022-02-24"))[0] == "conflict"
    c = Figure(100, measure="killed", source="a", since="2022-02-24")
    assert not comparable(c, Figure(900, measure="killed", source="b", since="2022-03-10"))[0]


def test_figures_unit_kinds_and_sides():
    assert comparable(Figure(1, measure="killed"), Figure(2, measure="killed", unit="people"))[0]
    assert not comparable(Figure(1, measure="cost", unit="USD"), Figure(2, measure="cost", unit="EUR"))[0]
    assert not comparable(Figure(1, measure="killed", side="RU"), Figure(2, measure="killed", side="UA"))[0]
    assert comparable(Figure(1, measure="killed", side="RU"), Figure(2, measure="killed"))[0]
    assert not comparable(Figure(1, measure=None), Figure(2, measure=None))[0]
    same_side = relation(Figure(100, measure="killed", source="a", source_side="RU", as_of="2022-03-01"),
                         Figure(900, measure="killed", source="b", source_side="RU", as_of="2022-03-09"))
    assert same_side[0] == "revision"  # two voices of one side, a later date


def test_figures_reasons_say_why():
    a = Figure(100, measure="killed", source="a")
    cases = {
        "measures": Figure(900, measure="injured", source="b"),
        "units": Figure(900, measure="killed", unit="USD", source="b"),
        "part": Figure(900, measure="killed", source="b", part=True),
        "change": Figure(900, measure="killed", change="up", source="b"),
        "places": Figure(900, measure="killed", scope=frozenset({"kyiv"}), source="b"),
        "incidents": Figure(900, measure="killed", incident="killed#2", source="b"),
    }
    for word, other in cases.items():
        assert word in relation(a, other)[1], word
    assert "overlap" in relation(a, Figure(101, measure="killed", source="b"))[1]
    assert "update" in relation(a, Figure(900, measure="killed", source="a"), revised=True)[1]
    assert "different sources" in relation(a, Figure(900, measure="killed", source="b"))[1]
    assert "one source" in relation(a, Figure(900, measure="killed", source="a"))[1]


def test_figures_a_currency_is_not_a_count_on_either_side():
    assert not comparable(Figure(1, measure="cost", unit="USD"), Figure(2, measure="cost"))[0]
    assert not comparable(Figure(1, measure="cost"), Figure(2, measure="cost", unit="USD"))[0]


def test_figures_spread_reads_the_lower_ends_of_ranges():
    assert spread(Figure(15, low=10, high=20), Figure(60)) == pytest.approx(4.0)  # a range by its midpoint
    assert spread(Figure(60), Figure(15, low=10, high=20)) == pytest.approx(4.0)
    assert spread(Figure(500, change="~"), Figure(14000, low=14000)) == pytest.approx(28.0)
    assert spread(Figure(9, high=9), Figure(3, low=3)) == pytest.approx(3.0)
    assert spread(Figure(0.5), Figure(2)) == pytest.approx(4.0)


def test_figures_open_bounds_touching_the_other_figure_overlap():
    assert overlap(Figure(7000, low=7000), Figure(7000, low=6000, high=7000))
    assert overlap(Figure(40, high=40), Figure(45, low=40, high=50))
    assert differ(Figure(100), Figure(100 * MIN_SPREAD))  # the threshold itself counts as different
    assert differ(Figure(100, low=100), Figure(100 * OPEN_SPREAD, low=100 * OPEN_SPREAD))


def test_figures_the_counted_of_different_people_are_not_compared():
    base = dict(measure="wealth", unit="USD")
    trump, bloomberg = Figure(4.5e9, owner="trump", source="a", **base), Figure(45e9, owner="bloomberg", source="b", **base)
    ok, why = comparable(trump, bloomberg)
    assert not ok and "different people" in why
    assert comparable(trump, Figure(45e9, source="b", **base))[0]  # an unknown owner restricts nothing


def test_figures_a_self_contradiction_needs_a_known_measure_and_two_statements_of_fact():
    known = dict(measure="killed", source="a")
    assert relation(Figure(100, sentence=1, **known), Figure(900, sentence=4, **known))[0] == "self_contradiction"
    generic = dict(measure="count:state", source="a")
    kind, why = relation(Figure(10, sentence=1, **generic), Figure(15, sentence=4, **generic))
    assert kind is None and "generic count" in why
    kind, why = relation(Figure(100, sentence=1, **known), Figure(900, sentence=4, hypothetical=True, **known))
    assert kind is None and "scenario" in why
    # a generic count from two sources is still a conflict ("568 billionaires" / "260")
    assert relation(Figure(568, measure="count:billionaire", source="a"), Figure(260, measure="count:billionaire", source="b"))[0] == "conflict"


def test_figures_the_articles_own_figures_of_two_dates_are_a_series_not_a_revision():
    own = dict(measure="charges")
    assert relation(Figure(71, **own, as_of="1988"), Figure(8, **own, as_of="1989-Q3"))[0] is None  # last year / this quarter
    said = dict(measure="charges", source="dsm")
    assert relation(Figure(71, **said, as_of="1988"), Figure(8, **said, as_of="1989-Q3"))[0] == "revision"
    # an update cue against the article's own figure: another voice's count, not the same side's update
    assert relation(Figure(7000, measure="page"), Figure(54000, measure="page", source="state"), revised=True)[0] is None
    assert relation(Figure(55000, measure="page", source="x"), Figure(54000, measure="page", source="y"), revised=True)[0] == "revision"


def test_figures_targets_proposals_classes_scores_and_answers_are_not_counts():
    count = Figure(2205, measure="delegate", source="ap")
    for modality in ("target", "proposal", "class", "score", "answer: said it bothered them"):
        ok, why = comparable(count, Figure(2383, measure="delegate", source="b", modality=modality))
        assert not ok and why.startswith("a count is not a"), modality
    assert not comparable(Figure(44, measure="vote", modality="score"), Figure(43, measure="vote", modality="score"))[0]
    answers = [Figure(v, unit="%", measure="about:voter", source=s, modality=m) for v, s, m in
               ((72, "a", "answer: said it bothered them"), (38, "b", "answer: said mr. clinton should step"))]
    assert not comparable(*answers)[0]
    wage = dict(measure="wage", unit="USD", modality="proposal")
    assert relation(Figure(15, **wage, source="protesters"), Figure(12, **wage, source="she"))[0] is None  # positions
    assert relation(Figure(15, **wage, source="a", owner="obama"), Figure(12, **wage, source="b", owner="obama"))[0] == "conflict"


def test_figures_scenarios_generic_own_counts_and_borrowed_figures_never_conflict():
    assert relation(Figure(220, measure="raised", source="a", hypothetical=True), Figure(110, measure="raised", source="b"))[0] is None
    assert relation(Figure(51, measure="count:speech", source="post"), Figure(3, measure="count:speech"))[0] is None
    assert relation(Figure(51, measure="count:speech", source="post"), Figure(3, measure="count:speech", source="cnn"))[0] == "conflict"
    a = Figure(4, measure="cases", source="glenn", sentence=1)
    assert relation(a, Figure(3, measure="cases", source="glenn", sentence=2))[0] == "self_contradiction"
    assert relation(a, Figure(3, measure="cases", source="glenn", sentence=2, borrowed=True))[0] is None


def test_figures_near_exact_counts_differ_round_ones_do_not():
    assert differ(Figure(535), Figure(585))  # two exact counts 1.09x apart: two sources' different counts
    assert not differ(Figure(1076), Figure(1100))  # 1,100 is a round figure: 1,076 rounded
    assert not differ(Figure(4.9, unit="%"), Figure(5, unit="%"))
    assert not differ(Figure(535, unit="%"), Figure(585, unit="%"))  # shares are not exact counts: MIN_SPREAD holds
    assert not differ(Figure(535, change="~"), Figure(585))
    assert differ(Figure(100), Figure(51))
    assert not differ(Figure(1300), Figure(1400))  # round figures estimate: held to MIN_SPREAD
