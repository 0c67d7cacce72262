"""One error shape for every 4xx and 5xx answer: ``{"error": {"kind", "message"}}``.

It is the shape of a batch error record's ``error`` (:meth:`ClaimscopeError.to_record`),
so a client reads a failed request and a failed batch line the same way.
Only the web app maps :class:`~claimscope.errors.ClaimscopeError` kinds to HTTP
codes; the library raises, the app answers.

Pages (paths outside ``/api``) asked for by a browser (``Accept: text/html``)
get the same message as a small HTML page.
"""

from __future__ import annotations

import json
import logging
from html import escape
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimscope.errors import ClaimscopeError
from claimscope.web.layout import page

log = logging.getLogger("claimscope.web")

# library error kinds that are about the request itself, not its content
_STATUS_OF_KIND = {"too_large": 413, "encoding": 400, "binary": 400, "internal": 500, "timeout": 504}
_KIND_OF_STATUS = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 406: "not_acceptable",
                   408: "body_timeout", 413: "too_large", 415: "media_type", 422: "request", 429: "busy",
                   500: "internal", 503: "busy", 504: "timeout"}


class ErrorDetail(BaseModel):
    kind: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer: a machine name (``kind``) and a sentence for people (``message``)."""

    error: ErrorDetail


class ApiError(Exception):
    """An answer that is an error: raised by routes, turned into the error shape by the app."""

    def __init__(self, status: int, kind: str, message: str, headers: Optional[dict] = None):
        super().__init__(message)
        self.status = status
        self.kind = kind
        self.message = message
        self.headers = headers

    @classmethod
    def from_library(cls, err: ClaimscopeError) -> "ApiError":
        """A library error about the input: 422 unless it is about the request (size, encoding)."""
        return cls(status_for(err.kind), err.kind, err.message)


def status_for(kind: str) -> int:
    """The HTTP status of an error record's kind (422 for anything about the article's content)."""
    return _STATUS_OF_KIND.get(kind, 422)


def error_json(kind: str, message: str) -> bytes:
    """The error shape as bytes, for the layers below the app (middleware, the HTTP protocol)."""
    return json.dumps({"error": {"kind": kind, "message": message}}, ensure_ascii=False).encode("utf-8")


def error_response(request: Optional[Request], status: int, kind: str, message: str,
                   headers: Optional[dict] = None) -> Response:
    if request is not None and _wants_html(request):
        body = f"<h1>Error {status}</h1><p>{escape(message)}</p>"
        return HTMLResponse(page("Error", body), status_code=status, headers=headers)
    return JSONResponse({"error": {"kind": kind, "message": message}}, status_code=status, headers=headers)


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "") and not request.url.path.startswith(("/api", "/healthz"))


def _validation_message(exc: RequestValidationError) -> str:
    problems = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()) if x != "body") or "body"
        problems.append(f"{where}: {e.get('msg')}")
    return "Invalid request: " + "; ".join(problems)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return error_response(request, exc.status, exc.kind, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        kind = _KIND_OF_STATUS.get(exc.status_code, "http")
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404:
            message = f"Nothing at {request.url.path}; the endpoints are listed at /api."
        return error_response(request, exc.status_code, kind, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return error_response(request, 422, "request", _validation_message(exc))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return error_response(request, 500, "internal",
                              f"Internal error ({type(exc).__name__}); this is a claimscope bug, please report it.")
