"""The HTML timeline: one bar per time expression, its mod applied and named."""

from __future__ import annotations

import re
from datetime import date

from claimscope import model
from claimscope.render.html.charts import time_label, time_range, timeline_panel
from tests.render.sample import sample_report


def _time(tid: str, text: str, value: str, mod=None) -> model.TimeExpression:
    return model.TimeExpression(id=tid, start=0, end=len(text), text=text, type="DATE", value=value, mod=mod)


def test_time_range_applies_start_mid_end():
    assert time_range(_time("t", "this month", "2022-03")) == (date(2022, 3, 1), date(2022, 3, 31))
    assert time_range(_time("t", "early March", "2022-03", "START")) == (date(2022, 3, 1), date(2022, 3, 10))
    assert time_range(_time("t", "mid-March", "2022-03", "MID")) == (date(2022, 3, 11), date(2022, 3, 20))
    assert time_range(_time("t", "late 2021", "2021", "END")) == (date(2021, 9, 1), date(2021, 12, 31))
    assert time_range(_time("t", "as early as March 1", "2022-03-01", "ON_OR_BEFORE")) == (date(2022, 3, 1), date(2022, 3, 1))


def _bars(html: str) -> dict[str, tuple[str, str, str]]:
    """time id -> (x, y, width) of its bar."""
    out = {}
    for tid, x, y, w in re.findall(r'<g data-time="(\w+)">.*?<rect class="cs-time-bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"', html):
        out[tid] = (x, y, w)
    return out


def test_this_month_and_early_march_are_two_bars_with_their_own_labels():
    report = sample_report()
    report.article.published = "2022-03-20"
    report.times = [_time("t1", "this month", "2022-03"), _time("t2", "early March", "2022-03", "START")]
    html = timeline_panel(report)
    bars = _bars(html)
    assert set(bars) == {"t1", "t2"}
    assert bars["t1"] != bars["t2"]
    assert float(bars["t2"][2]) < float(bars["t1"][2])  # early March: a third of the month
    assert bars["t1"][1] != bars["t2"][1]  # overlapping periods: each in its own lane
    assert "this month (2022-03)" in html and "early March (2022-03, start)" in html


def test_time_label_names_the_mod():
    assert time_label(_time("t", "as early as March 1", "2022-03-01", "ON_OR_BEFORE")) == "as early as March 1 (2022-03-01, on or before)"
    assert time_label(_time("t", "March 3", "2022-03-03")) == "March 3 (2022-03-03)"


def test_figure_findings_show_each_value_with_its_frame():
    from claimscope.render.html import render_html

    report = sample_report()
    report.findings[0].values[0].frame = model.Frame(measure="killed", population="civilian", side="UA", scope="Kherson")
    report.quantities[1].frame = model.Frame(measure="killed", population="civilian")  # the quantity's frame, when the value has none
    html = render_html(report)
    f1 = html.split('-finding-f1"')[1].split("</li>")[0]
    assert "frame: killed · civilian · side UA · in Kherson" in f1
    assert "frame: killed · civilian</span>" in f1
    assert "<dt>why</dt><dd>all three count the dead" in f1
