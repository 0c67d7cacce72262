"""``--format csv``: one report's claims and figures as one CSV, a ``table`` column telling which."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from claimscope import vocab
from claimscope.cli import app
from claimscope.render import RENDERERS, render
from claimscope.render.csv import COLUMNS
from tests.render.sample import sample_report


def _read(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_is_a_report_format():
    assert "csv" in vocab.REPORT_FORMATS and "csv" in RENDERERS
    assert "csv" not in vocab.API_FORMATS


def test_csv_has_a_row_per_claim_then_per_figure():
    report = sample_report()
    rows = _read(render(report, "csv"))
    assert list(rows[0]) == COLUMNS
    assert [r["table"] for r in rows] == ["claim"] * 6 + ["figure"] * 4
    c3 = rows[2]
    assert (c3["id"], c3["text"], c3["source"], c3["source_type"], c3["epistemic"]) == (
        "c3", "only 12 people died", "Russia's defence ministry", "named_organization", "alleged")
    assert report.text[int(c3["start"]):int(c3["end"])] == c3["text"]
    q1 = next(r for r in rows if r["id"] == "q1")
    assert (q1["value"], q1["number"], q1["low"], q1["high"], q1["qualifier"]) == ("at least 120", "120", "120", "", "at least")
    assert (q1["measure"], q1["entity"], q1["claim"], q1["source"]) == ("killed", "civilians", "c1", "Officials in Kherson")
    assert next(r for r in rows if r["id"] == "q4")["source"] == ""  # the article's own figure
    assert all(r["value"] == "" for r in rows if r["table"] == "claim")


def test_cli_analyze_format_csv(nlp):
    text = "Officials said 40 homes were destroyed. The mayor said about 300 people fled."
    result = CliRunner().invoke(app, ["analyze", "-", "--format", "csv"], input=text)
    assert result.exit_code == 0, result.output
    rows = _read(result.stdout)
    assert {r["table"] for r in rows} == {"claim", "figure"}
    assert any(r["table"] == "figure" and r["number"] == "40" for r in rows)
