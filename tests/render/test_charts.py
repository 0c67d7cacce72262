"""The HTML figures chart: one bar per quantity, whatever a finding holds."""

from __future__ import annotations

import re

from claimscope import model
from claimscope.render.html.charts import figures_panel

TEXT = "Their valuations for him range from $75 billion to $85 billion, the lists say."


def _range_report() -> model.Report:
    start = TEXT.index("$75 billion")
    end = TEXT.index(" billion,") + len(" billion")
    q = model.Quantity(id="q1", start=start, end=end, text=TEXT[start:end], value=80e9, low=75e9, high=85e9, unit="USD",
                       measure="net worth")
    ends = [model.FindingValue(value=v, quantity="q1") for v in (75e9, 85e9)]  # the two ends of one range: one quantity
    finding = model.Finding(id="f1", kind="figure_conflict", verdict="conflict", summary="Several sources' valuations differ",
                            because="one range gives the ends of several sources' valuations", values=ends)
    return model.Report(claimscope_version="test", article=model.Article(sha256="0"), text=TEXT, quantities=[q],
                        findings=[finding])


def test_charts_a_rival_range_finding_draws_its_quantity_once():
    html = figures_panel(_range_report())
    assert "valuations differ" in html
    assert len(re.findall(r"<rect ", html)) == 1  # one bar for q1, not one per value of the finding
    assert len(re.findall(r"<line x1=\"[\d.]+\" x2=\"[\d.]+\" y1=", html)) == 2  # its whisker: a line and its end tick
