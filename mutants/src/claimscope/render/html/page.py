"""The page: header, the article with its highlights, the side panels, findings and claim cards.

``render_html(report)`` returns one self-contained page: inline CSS, inline
SVG charts and map, and a small script bundled in the package (no network,
no CDN). A Content-Security-Policy lets only that script run. Everything
taken from the article is HTML-escaped; links are only made from ``http(s)``
URLs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Optional

from claimscope import model
from claimscope.render.html.base import asset, h, safe_url
from claimscope.render.html.charts import figures_panel, timeline_panel
from claimscope.render.html.map import map_panel
from claimscope.render.html.marks import build_marks, render_marked_text
from claimscope.render.html.panels import legend, claims_section, findings_section, profile_panel


def _json_island(report: model.Report) -> str:
    data = report.to_json()
    # JSON inside <script> must not close the element nor open a comment.
    data = data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return data


def render_body(report: model.Report, *, uid: Optional[str] = None, nav: str = "") -> str:
    """The report as one ``<div class="claimscope">`` (styles and script not included)."""
    if uid is None:  # ids in the page are prefixed, so several reports can share a notebook
        digest = re.sub(r"[^0-9a-f]", "", (report.article.sha256 or "").lower())
        uid = "cs" + (digest or hashlib.sha256(report.text.encode()).hexdigest())[:8]
    a = report.article
    title = a.title or a.id or "Untitled article"
    meta = []
    if a.outlet:
        meta.append(h(a.outlet))
    if a.published:
        meta.append(f"published {h(a.published)}")
    url = safe_url(a.url)
    if url:
        meta.append(f'<a href="{h(url)}" rel="noopener noreferrer nofollow">{h(url)}</a>')
    elif a.url:
        meta.append(h(a.url))
    meta.append(f"{len(report.text):,} characters")
    marks = build_marks(report, uid)
    text_html = render_marked_text(report.text, marks)
    side = profile_panel(report, uid) + figures_panel(report) + map_panel(report, uid) + timeline_panel(report)
    versions = ", ".join(f"{h(k)} {h(v)}" for k, v in report.pipeline.items())
    footer = (f"<footer>claimscope {h(report.claimscope_version)} · schema {h(report.schema_)}"
              + (f" · {versions}" if versions else "")
              + f" · text SHA-256 {h(a.sha256)} · offsets are Python str indices into the text</footer>")
    return (
        f'<div class="claimscope" data-uid="{uid}" lang="en">{nav}'
        f"<header><h1>{h(title)}</h1><p class=\"cs-meta\">{' · '.join(meta)}</p>"
        f'<p class="cs-summary">{h(report.profile.summary or "")}</p></header>'
        '<div class="cs-layout"><main class="cs-main">'
        f'<section aria-labelledby="{uid}-h-text"><h2 id="{uid}-h-text">Article</h2>{legend()}'
        f'<p class="cs-note cs-hint">Hover or focus (Tab) a claim to see its source, status and findings.</p>'
        f'<div class="cs-text">{text_html}</div></section></main>'
        f'<aside class="cs-side" aria-label="Summary panels">{side}</aside></div>'
        f"{findings_section(report, uid)}{claims_section(report, uid)}{footer}"
        '<div class="cs-tip" role="tooltip" hidden></div></div>'
    )


def render_html(report: model.Report, *, standalone: bool = True, nav: str = "") -> str:
    """Render a report as HTML.

    Args:
        report: the report to show.
        standalone: a whole page with a Content-Security-Policy (``True``), or a
            fragment with its style and script for Jupyter's ``_repr_html_``.
        nav: trusted HTML put at the top (the web app's links), never article text.
    """
    css = asset("report.css")
    js = asset("report.js")
    body = render_body(report, nav=nav)
    report_json = f'<script type="application/json" class="cs-report-json">{_json_island(report)}</script>'
    if not standalone:
        return f"<style>{css}</style>{body}{report_json}<script>{js}</script>"
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    title = report.article.title or report.article.id or "article"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="claimscope {h(report.claimscope_version)}">'
        f"<title>claimscope · {h(title)}</title><style>body{{margin:0;background:#fff}}{css}</style></head>"
        f"<body>{body}{report_json}<script>{js}</script></body></html>\n"
    )
