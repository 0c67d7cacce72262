"""The terminal report (the CLI's default output): what it shows of a report."""

from __future__ import annotations

from claimscope import model
from claimscope.render import render
from claimscope.render.terminal import render_text
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
    assert claims["c3"][1] == "Russia's defence ministry named_organization · indirect cue: claims"
    assert claims["c4"][1] == "article's own voice" and claims["c5"][1].startswith("(no agent)")
    assert claims["c2"][3] == "hedge: may" and claims["c4"][3] == "video: A video hedge: appears to"


def test_terminal_claims_say_why_their_status():
    claims = _table(render_text(sample_report()), "Claims")
    assert claims["c3"][2] == "alleged the reporting verb 'claims' distances the writer; cue “claims”"
    assert claims["c2"][2] == "hedged a hedge in the content: 'may'; cue “may”"
    assert claims["c1"][2] == "reported"
    report = sample_report()
    for c in report.claims:
        c.because, c.epistemic_cue = None, None
    assert _table(render_text(report), "Claims")["c3"][2] == "alleged"  # shown only when the report has it


def test_terminal_findings_with_their_because():
    findings = _table(render_text(sample_report()), "Findings")
    assert findings["f1"][:2] == ["figure_conflict", "conflict"]
    assert findings["f1"][2] == ("Three sources give death tolls from 12 to 300 for the same event. why: all three count "
                                 "the dead of the same event (measure killed, people); their ranges do not overlap")
    assert findings["f3"] == ["spatial_check", "inconsistent", "Kherson lies west of Melitopol, not south."]


def test_terminal_figures_table():
    rows = _rows(render_text(sample_report()), "Figures")
    assert rows == [
        ["at least 120", "120", "120–", "person", "killed", "civilians", "Officials in Kherson"],
        ["as high as 300", "300", "–300", "person", "death toll", "-", "a regional governor"],
        ["12", "12", "-", "person", "died", "people", "Russia's defence ministry"],
        ["about 5 kilometres", "5", "-", "km", "distance", "-", "article"],
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
