"""The request guard (pure ASGI, in front of everything): body size and read time, security headers.

* The body is read here, whole, before any route sees it: more than
  ``max_bytes`` (by Content-Length, or counted while a chunked body streams)
  gets 413; a body that takes longer than ``timeout_s`` to arrive gets 408.
  Routes then parse a complete, bounded body, so no parser error can stand in
  for "too large".
* Every response gets ``X-Content-Type-Options: nosniff`` and
  ``Referrer-Policy: no-referrer``; every HTML response a
  ``Content-Security-Policy`` header (the page's own, or the app's no-script
  policy) and ``X-Frame-Options: DENY``.
"""

from __future__ import annotations

import asyncio
from typing import Optional

from claimscope.web.errors import error_json
from claimscope.web.layout import PAGE_CSP


def size_text(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


class RequestGuard:
    def __init__(self, app, *, max_bytes: int, timeout_s: float):
        self.app = app
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s

    async def _refuse(self, send, status: int, kind: str, message: str) -> None:
        body = error_json(kind, message)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

    def _too_large(self, size: Optional[int]) -> str:
        told = size_text(size) if size is not None else "larger than that"
        return (f"The request body is {told}, over this server's limit of {size_text(self.max_bytes)} "
                "(claimscope serve --max-body-mb). Send smaller articles or split the batch.")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        send = _with_headers(send)
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await self._refuse(send, 413, "too_large", self._too_large(int(length)))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        chunks: list[bytes] = []
        seen = 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                return await self._refuse(send, 408, "body_timeout", (
                    f"The request body did not arrive within {self.timeout_s:g} s; send it at once."))
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                return await self._refuse(send, 413, "too_large", self._too_large(None))
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        given = False

        async def replay():
            nonlocal given
            if not given:
                given = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()  # after the body: wait for the disconnect, as the server would

        return await self.app(scope, replay, send)


def _with_headers(send):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            names = {k.lower() for k, _ in headers}
            extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
            ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
            if ctype.startswith(b"text/html"):
                extra += [(b"content-security-policy", PAGE_CSP.encode()), (b"x-frame-options", b"DENY")]
            headers += [(k, v) for k, v in extra if k not in names]
            message = {**message, "headers": headers}
        await send(message)

    return wrapped
