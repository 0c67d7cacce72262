"""Renderers: each turns a :class:`~claimscope.model.Report` into one output format."""

from __future__ import annotations

import json
from typing import Callable

from claimscope import model
from claimscope.errors import ClaimscopeError, Errors


def render_json(report: model.Report) -> str:
    return report.to_json(indent=2)


def _html(report: model.Report) -> str:
    from claimscope.render.html import render_html

    return render_html(report)


def _claimreview(report: model.Report) -> str:
    from claimscope.render.claimreview import to_claimreview

    return json.dumps(to_claimreview(report), indent=2, ensure_ascii=False)


def _webannotation(report: model.Report) -> str:
    from claimscope.render.webannotation import to_webannotation

    return json.dumps(to_webannotation(report), indent=2, ensure_ascii=False)


def _terminal(report: model.Report) -> str:
    from claimscope.render.terminal import render_text

    return render_text(report)


RENDERERS: dict[str, Callable[[model.Report], str]] = {
    "terminal": _terminal,
    "json": render_json,
    "html": _html,
    "claimreview": _claimreview,
    "webannotation": _webannotation,
}


def render(report: model.Report, fmt: str) -> str:
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ClaimscopeError("format", Errors.E010.format(name=fmt, available=", ".join(RENDERERS))) from None
    return renderer(report)
