"""Renderers: each turns a :class:`~claimscope.model.Report` into one output format."""

from __future__ import annotations

import json
from typing import Callable

from claimscope import model
from claimscope.errors import ClaimscopeError, Errors
from claimscope.render.claimreview import to_claimreview
from claimscope.render.csv import render_csv
from claimscope.render.html import render_html
from claimscope.render.terminal import render_text
from claimscope.render.webannotation import to_webannotation


def render_json(report: model.Report) -> str:
    return report.to_json(indent=2)


def _claimreview(report: model.Report) -> str:
    return json.dumps(to_claimreview(report), indent=2, ensure_ascii=False)


def _webannotation(report: model.Report) -> str:
    return json.dumps(to_webannotation(report), indent=2, ensure_ascii=False)


RENDERERS: dict[str, Callable[[model.Report], str]] = {
    "terminal": render_text,
    "json": render_json,
    "html": render_html,
    "claimreview": _claimreview,
    "webannotation": _webannotation,
    "csv": render_csv,
}


def render(report: model.Report, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ClaimscopeError("format", Errors.E010.format(name=fmt, available=", ".join(RENDERERS))) from None
    return renderer(report)
