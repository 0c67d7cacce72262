"""The web app's page frame, navigation, tables, and report rendering in every format.

Pages run no script of their own; a report page runs only the report's script,
allowed by its SHA-256 in the Content-Security-Policy header.
"""

from __future__ import annotations

import json
import re
from html import escape
from typing import Callable, Optional

from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from claimscope import model
from claimscope.render import render as render_format
from claimscope.render.html import _asset, render_html
from claimscope.vocab import API_FORMATS

FORMATS = API_FORMATS
# The app's own pages (forms, tables): no script at all.
PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
# A report page whose own policy could not be read: no script either (the page works without it, minus hovers).
FALLBACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
_META_CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')

_STYLE = (
    ".claimscope form{display:grid;gap:10px;max-width:900px}.claimscope textarea{width:100%;min-height:260px;font:inherit;padding:8px}"
    ".claimscope input,.claimscope button{font:inherit;padding:4px 8px}.claimscope fieldset{border:1px solid #d0d6de;border-radius:6px}"
    ".claimscope button{background:#0b4fa8;color:#fff;border:0;border-radius:4px;padding:8px 18px;cursor:pointer;justify-self:start}"
)


def nav() -> str:
    return ('<nav class="cs-nav" aria-label="claimscope"><b>claimscope</b> · <a href="/">analyze</a> · '
            '<a href="/articles">articles</a> · <a href="/claims">claims</a> · <a href="/figures">figures</a> · '
            '<a href="/sources">sources</a> · <a href="/api">API</a></nav>')


def page(title: str, body: str) -> str:
    """A whole app page around ``body`` (trusted HTML: callers escape what came from outside)."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · claimscope</title><style>body{{margin:0}}{_asset('report.css')}{_STYLE}</style></head>"
        f'<body><div class="claimscope">{nav()}{body}</div></body></html>\n'
    )


def page_response(title: str, body: str, *, status: int = 200) -> HTMLResponse:
    return HTMLResponse(page(title, body), status_code=status)


def table(rows: list[dict], columns: list[str], *, links: Optional[dict[str, Callable[[dict], str]]] = None) -> str:
    if not rows:
        return '<p class="cs-note">Nothing found.</p>'
    links = links or {}
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = []
    for r in rows:
        cells = []
        for c in columns:
            v = r.get(c)
            text = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
            cell = escape(text)
            if c in links and v is not None:
                cell = f'<a href="{escape(links[c](r), quote=True)}">{cell}</a>'
            cells.append(f"<td>{cell}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="cs-table"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


def html_csp(html: str) -> str:
    """The policy a rendered report declares for itself, to send as the HTTP header."""
    found = _META_CSP.search(html, 0, 4096)
    return found.group(1) if found else FALLBACK_CSP


async def render_report(report_json: bytes, fmt: str, *, nav_html: str = "") -> Response:
    """A report (its JSON) as the response in ``fmt``; rendering runs off the event loop."""
    if fmt == "json":
        return Response(report_json, media_type="application/json")

    def work() -> str:
        report = model.Report.model_validate(json.loads(report_json))
        if fmt == "html":
            return render_html(report, nav=nav_html)
        return render_format(report, fmt)

    text = await run_in_threadpool(work)
    if fmt == "html":
        return HTMLResponse(text, headers={"Content-Security-Policy": html_csp(text)})
    return Response(text, media_type="application/ld+json")
