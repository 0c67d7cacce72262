"""The app's own pages: the paste/upload form, the API listing, and Swagger UI served offline.

``/docs`` is Swagger UI 5 (which reads OpenAPI 3.1, as FastAPI writes it),
its files taken from the ``fastapi-offline`` package and served by this app
(FastAPI's default loads them from a CDN); without the package ``/docs`` is
404. ``/api`` lists the endpoints either way, with the OpenAPI document at
``/openapi.json``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from claimscope.web.errors import ApiError
from claimscope.web.layout import page_response

try:  # optional: the API works without it, /docs does not
    import fastapi_offline as _swagger
except ImportError:  # pragma: no cover - depends on the environment
    _swagger = None

router = APIRouter()
DOCS_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_DOCS_FILES = {"swagger-ui.css": "text/css", "swagger-ui-bundle.js": "text/javascript", "favicon.png": "image/png"}
_DOCS_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>claimscope API · Swagger UI</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"><link rel="icon" href="/docs/assets/favicon.png"></head>
<body><div id="swagger-ui"></div><script src="/docs/assets/swagger-ui-bundle.js"></script><script src="/docs/init.js"></script></body></html>
"""
_DOCS_INIT = ('window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, '
              'validatorUrl: null, layout: "BaseLayout"});\n')

INDEX = """
<h1>Analyze a news report</h1>
<p class="cs-note">Who claims what, how sure, on what evidence, with which figures, places and dates.
Paste an article, upload a file (.txt or .html), or a JSON-lines batch (one {"text": ...} object a line).</p>
<form method="post" action="/analyze" enctype="multipart/form-data">
<label for="text"><b>Article text</b></label>
<textarea id="text" name="text" placeholder="Paste the article here"></textarea>
<fieldset><legend>or a file</legend>
<label>Article file <input type="file" name="file" accept=".txt,.html,.htm,.md,text/plain,text/html"></label><br>
<label>JSONL batch <input type="file" name="batch" accept=".jsonl,.ndjson,application/x-ndjson"></label></fieldset>
<fieldset><legend>About the article (optional)</legend>
<label>Published <input type="date" name="published"></label>
<label>Title <input name="title" size="40"></label>
<label>URL <input name="url" size="40"></label>
<label>Outlet <input name="outlet" size="20"></label></fieldset>
{save}<button type="submit" id="analyze">Analyze</button>
</form>
"""
# With a store (serve --db), what the form analyzes is saved into it unless this box is ticked.
SAVE_BOX = ('<label><input type="checkbox" name="nosave" value="1" id="nosave"> '
            "Analyze only: do not save into the store</label>\n")


def swagger_dir() -> Optional[Path]:
    """The folder of Swagger UI's files, or None."""
    return Path(_swagger.__file__).parent / "static" if _swagger is not None else None


@router.get("/", include_in_schema=False)
async def index(request: Request):
    return page_response("Analyze", INDEX.replace("{save}", SAVE_BOX if request.app.state.store is not None else ""))


@router.get("/api", include_in_schema=False)
async def api_page(request: Request):
    spec = request.app.openapi()
    items = []
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            items.append(f"<li><code>{escape(method.upper())} {escape(path)}</code> — {escape(op.get('summary', ''))}"
                         f"<br><span class=\"cs-note\">{escape((op.get('description') or '').strip())}</span></li>")
    docs = ' Try them in <a href="/docs">Swagger UI</a> (served by this app, offline).' if swagger_dir() else ""
    return page_response("API", '<h1>JSON API</h1><p>The OpenAPI document: <a href="/openapi.json">/openapi.json</a>.'
                         f'{docs} Every error is <code>{{"error": {{"kind", "message"}}}}</code>.</p><ul>{"".join(items)}</ul>')


@router.get("/docs", include_in_schema=False)
async def docs():
    if swagger_dir() is None:
        raise ApiError(404, "not_found", "Swagger UI is not installed (pip install fastapi-offline); the API is listed at /api.")
    return HTMLResponse(_DOCS_HTML, headers={"Content-Security-Policy": DOCS_CSP})


@router.get("/docs/init.js", include_in_schema=False)
async def docs_init():
    return Response(_DOCS_INIT, media_type="text/javascript")


@router.get("/docs/assets/{name}", include_in_schema=False)
async def docs_asset(name: str):
    folder = swagger_dir()
    if folder is None or name not in _DOCS_FILES:
        raise ApiError(404, "not_found", f"No asset '{name}'.")
    return FileResponse(folder / name, media_type=_DOCS_FILES[name], headers={"Cache-Control": "public, max-age=86400"})
