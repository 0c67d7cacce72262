"""The terminal report (the CLI's default output): what it shows of a report."""

from __future__ import annotations

from claimscope import model
from claimscope.render import render
from claimscope.render.terminal import figure_value, render_text, shown_claims
from tests.render.sample import sample_report


def _rows(out: str, title: str) -> list[list[str]]:
    """The body rows of the table titled ``title``, each a list of cells (a cell's wrapped lines joined).

    A row starts on a line whose first cell has text (ids and figures never wrap).
    """
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if line.strip() == title)
    while not lines[i].startswith("┡"):  # the line under the header
        i += 1
    rows, cells = [], None
    for line in lines[i + 1 :]:
        if line.startswith("│"):
            parts = [p.strip() for p in line.strip("│").split("│")]
            if parts[0] and cells is not None:  # a row starts where its first cell has text
                rows.append(cells)
                cells = None
            cells = [" ".join(f"{a} {b}".split()) for a, b in zip(cells or [""] * len(parts), parts)]
        elif line.startswith("└"):
            break
    return rows + ([cells] if cells is not None else [])


def _table(out: str, title: str) -> dict[str, list[str]]:
    return {row[0]: row[1:] for row in _rows(out, title)}


def test_terminal_shows_profile_claims_and_sources():
    out = render_text(sample_report())
    assert "Sourcing profile - Tolls differ in the south" in out
    claims = _table(out, "Claims")
    assert list(claims) == ["c1", "c2", "c3", "c4", "c5", "c6"]
    assert claims["c1"][0] == "Officials in Kherson said on March 3 that at least 120 civilians had been killed"
    assert claims["c1"][1] == "Officials in Kherson collective · indirect cue: said"
    assert claims["c3"][1] == "Russia's defence ministry named organization · indirect cue: claims"
    assert claims["c4"][1] == "article's own voice" and claims["c5"][1].startswith("(no agent)")
    # evidence and hedges under the claim's text, dimmed
    assert claims["c2"][0] == "According to a regional governor, the death toll may be as high as 300 hedge: may"
    assert claims["c4"][0].endswith("from the border. video: A video; hedge: appears to")


def test_terminal_claims_say_why_their_status():
    claims = _table(render_text(sample_report()), "Claims")
    assert claims["c3"][2] == "alleged the reporting verb 'claims' distances the writer"  # the cue is quoted already
    assert claims["c2"][2] == "hedged a hedge in the content: 'may'"
    report = sample_report()
    report.claims[2].because = "a distancing verb"
    assert _table(render_text(report), "Claims")["c3"][2] == "alleged a distancing verb; cue “claims”"
    assert claims["c1"][2] == "reported"
    report = sample_report()
    for c in report.claims:
        c.because, c.epistemic_cue = None, None
    assert _table(render_text(report), "Claims")["c3"][2] == "alleged"  # shown only when the report has it


def test_terminal_findings_with_their_because():
    findings = _table(render_text(sample_report()), "Findings")
    assert findings["f1"][:2] == ["figure conflict", "conflict"]
    assert findings["f1"][2] == ("Three sources give death tolls from 12 to 300 for the same event. why: all three count "
                                 "the dead of the same event (measure killed, people); their ranges do not overlap")
    assert findings["f3"] == ["spatial check", "inconsistent", "Kherson lies west of Melitopol, not south."]


def test_terminal_figures_table():
    rows = _rows(render_text(sample_report()), "Figures")
    assert rows == [  # value, bounds and qualifier in one form
        ["at least 120", "at least 120", "person", "killed · civilians", "Officials in Kherson"],
        ["as high as 300", "as high as 300", "person", "death toll", "a regional governor"],
        ["12", "12", "person", "died · people", "Russia's defence ministry"],
        ["about 5 kilometres", "about 5", "km", "distance", "article"],
    ]


def test_terminal_sources_table_when_the_report_has_sources():
    report = sample_report()
    assert "Sources" not in [line.strip() for line in render_text(report).splitlines()]
    report.sources = [model.Source(id="s1", name="Russia's defence ministry", type="named_organization",
                                   aliases=["the ministry"], attributions=["a3"])]
    assert _table(render_text(report), "Sources") == {"s1": ["Russia's defence ministry", "named organization", "the ministry", "1"]}


def test_terminal_is_the_default_renderer_and_plain_text():
    report = sample_report()
    out = render(report, "terminal")
    assert out == render_text(report)
    assert "\x1b[" not in out  # no colour codes when written to a file


def _quantity(**kw) -> model.Quantity:
    return model.Quantity(id="q", start=0, end=1, text="x", **kw)


def test_figure_value_one_format_for_qualifier_bounds_and_ranges():
    assert figure_value(_quantity(value=14000, low=14000, qualifier="over")) == "over 14,000"
    assert figure_value(_quantity(value=500, qualifier="around", change="~")) == "around 500"
    assert figure_value(_quantity(value=5500, low=5000, high=6000, qualifier="between")) == "5,000–6,000"
    assert figure_value(_quantity(value=5500, low=5000, high=6000)) == "5,000–6,000"
    assert figure_value(_quantity(value=120, low=120)) == "at least 120"
    assert figure_value(_quantity(value=20, high=20)) == "at most 20"
    assert figure_value(_quantity(value=2.5)) == "2.5"
    assert figure_value(_quantity(value=300, change="~")) == "about 300"
    assert "14000.0" not in render_text(sample_report())


def _quote_report() -> model.Report:
    """A quote over three sentences: three claims of one attribution, the source named in the first sentence."""
    text = ('A patient said: "There are so many wounded there." "Terribly disfigured." '
            '"It is impossible to listen to their moans."\n')
    sentences = ['A patient said: "There are so many wounded there."', '"Terribly disfigured."',
                 '"It is impossible to listen to their moans."']

    def sp(needle: str) -> model.Span:
        i = text.index(needle)
        return model.Span(start=i, end=i + len(needle), text=needle)

    quotes = [sp('"There are so many wounded there."'), sp('"Terribly disfigured."'),
              sp('"It is impossible to listen to their moans."')]
    report = sample_report()
    report.text = text
    report.sentences = [sp(x) for x in sentences]
    report.attributions = [model.Attribution(id="a1", kind="direct", source=sp("A patient"), source_type="anonymous",
                                             cue=sp("said"), content=quotes, confidence=0.9)]
    report.claims = [model.Claim(id=f"c{i + 1}", start=q.start, end=q.end, text=q.text, attribution="a1",
                                 epistemic="reported") for i, q in enumerate(quotes)]
    report.quantities, report.places, report.times, report.findings = [], [], [], []
    return report


def test_terminal_shows_each_sentence_of_a_long_quote_once():
    report = _quote_report()
    claims = _table(render_text(report, width=80), "Claims")
    assert list(claims) == ["c1", "c2", "c3"]
    assert claims["c1"][0] == 'A patient said: "There are so many wounded there."'
    assert claims["c2"][0] == '"Terribly disfigured."'  # the source is in another sentence: not repeated
    assert claims["c3"][0] == '"It is impossible to listen to their moans."'
    assert claims["c1"][1].startswith("A patient anonymous")
    assert claims["c2"][1:] == claims["c3"][1:] == ["same as c1", "reported (as above)"]  # not repeated either
    out = render_text(report, width=80)
    assert out.count("There are so many") == 1 and out.count("Terribly") == 1


def test_terminal_shows_a_claim_inside_another_of_its_source_once():
    report = _quote_report()
    outer = report.claims[2]
    inner = model.Claim(id="c4", start=outer.start + 1, end=outer.start + 6, text=report.text[outer.start + 1:outer.start + 6],
                        attribution="a1", epistemic="reported")
    report.claims.append(inner)
    assert [(c.id, ids) for c, ids in shown_claims(report)] == [("c1", []), ("c2", []), ("c3", ["c4"])]
    claims = _table(render_text(report, width=80), "Claims")
    assert list(claims) == ["c1", "c2", "c3"] and claims["c3"][0].endswith("(also c4)")


def test_terminal_places_one_row_per_place_with_mentions():
    report = sample_report()
    russia = next(p for p in report.places if p.text == "Russia")
    report.places += [russia.model_copy(update={"id": f"p{7 + i}", "text": "Russian", "feature": "demonym",
                                                "confidence": 0.5}) for i in range(3)]
    rows = _rows(render_text(report, width=80), "Places")
    assert rows[0][:4] == ["Russia", "4", "Russia, Russian ×3", "RU"]
    assert rows[0][5] == "0.60"  # the best confidence of its mentions
    assert [r[0] for r in rows].count("Russia") == 1 and len(rows) == 6
    assert next(r for r in rows if r[0] == "Kyrylivka")[4] == "ambiguous: 12 candidates"


def test_terminal_fits_80_columns_and_wraps_instead_of_cutting():
    report = sample_report()
    report.sources = [model.Source(id="s1", name="Russia's defence ministry", type="document_or_media",
                                   aliases=["the ministry"], attributions=["a3"])]
    report.attributions[2].source_type = "document_or_media"
    out = render_text(report, width=80)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out
    assert _table(out, "Claims")["c3"][1].startswith("Russia's defence ministry document or media")


def test_terminal_check_first_ranks_by_checkworthiness():
    report = sample_report()
    assert "Check first" not in render_text(report, width=80)  # no scores, no section
    scores = [0.2, 0.9, 0.5] + [0.1] * max(0, len(report.claims) - 3)
    for claim, score in zip(report.claims, scores):
        claim.checkworthiness = score
    out = render_text(report, width=80)
    rows = _rows(out, "Check first")
    assert [r[0] for r in rows if r and r[0]][:3] == [report.claims[1].id, report.claims[2].id, report.claims[0].id]
