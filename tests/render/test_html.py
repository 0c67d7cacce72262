"""The HTML report: highlights laid over the text, escaping, panels, the page wrapper."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from claimscope import model
from claimscope.render.html import Mark, date_range, render_body, render_html, render_marked_text, world_map
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


def test_html_map_draws_places_and_spatial_checks():
    html = render_html(sample_report())
    mp = html.split('class="cs-panel cs-map"')[1].split("</section>")[0]
    for name in ("Kherson", "Armiansk", "Melitopol"):  # as the article writes them
        assert f">{name}</text>" in mp
    assert 'data-place="p6"' not in mp  # Russia is a country: shaded, not a dot at its centroid
    assert "204 km · inconsistent" in mp  # a two-place check: a line
    assert "4 km · consistent" in mp  # a one-place check: a ring
    assert mp.count('class="cs-check"') == 2
    assert "UKRAINE" in mp or "Ukraine" in mp


def test_html_map_border_check_is_a_line_to_the_border():
    report = sample_report()
    text = report.text
    ua = model.Place(id="p7", start=0, end=9, text=text[0:9], geonameid=690791, name="Ukraine", country="UA", lat=49.0, lon=32.0)
    by = model.Place(id="p8", start=0, end=9, text=text[0:9], geonameid=630336, name="Belarus", country="BY", lat=53.5, lon=28.0)
    homel = model.Place(id="p9", start=0, end=9, text=text[0:9], geonameid=627907, name="Homyel'", country="BY", lat=52.43, lon=30.98)
    report.places += [ua, by, homel]
    report.findings = [model.Finding(id="f1", kind="spatial_check", verdict="inconsistent", summary="40 km, not under 20",
                                     places=["p9", "p7", "p8"], measured={"distance_km": 39.9})]
    mp = render_html(report).split('class="cs-panel cs-map"')[1].split("</section>")[0]
    check = mp.split('<g class="cs-check" data-finding="f1">')[1].split("</g>")[0]
    assert "<line" in check
    assert "40 km · to border · inconsistent" in mp


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
    from importlib import resources

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
    from claimscope.render.html import _asset

    css = _asset("report.css")
    hues = re.findall(r"\.cs-h\d \{ --c-content:(#[0-9a-f]{6}); --c-source:(#[0-9a-f]{6}); --c-cue:(#[0-9a-f]{6}); \}", css)
    assert len(hues) == 8
    ink = "#1b1f24"
    for content, source, cue in hues:
        assert _contrast(ink, content) >= 4.5
        assert _contrast(ink, source) >= 4.5
        assert _contrast(cue, "#ffffff") >= 4.5  # the cue's text and frame on white


def test_html_map_draws_approximate_points_hollow():
    from claimscope import model
    from claimscope.render.html import map_panel

    text = "Protesters gathered at Grand Army Plaza in Brooklyn."
    start = text.index("Grand Army Plaza")
    place = model.Place(id="p1", start=start, end=start + 16, text="Grand Army Plaza", geonameid=None, name="Grand Army Plaza",
                        country="US", lat=40.67, lon=-73.97, confidence=0.3, reason="approximate: the point of Brooklyn")
    report = model.Report(claimscope_version="test", article=model.Article(sha256="0" * 64), text=text, places=[place])
    svg = map_panel(report, "u1")
    assert "approximate: the point of Brooklyn" in svg
    assert 'fill="#fff" stroke="#1b1f24"' in svg
