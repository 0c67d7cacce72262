"""Serving with uvicorn: limits at the connection level, in the app's error shape.

uvicorn's h11 protocol has a keep-alive timeout but no limit on how long the
request line and headers may take (a client sending a header byte every few
seconds holds a connection for ever), and its refusals are plain text.
:class:`GuardedH11Protocol` adds:

* a header read timeout: a connection whose request headers are not complete
  within ``header_timeout_s`` of its opening (or of the end of the previous
  response) is closed;
* the connection cap (uvicorn's ``limit_concurrency``): past it, 503 with
  ``Retry-After`` in the error shape;
* malformed or oversized request heads (h11 limit ``h11_max_incomplete_event_size``):
  400 in the error shape.

The body's size and read time are bounded in the app (:mod:`claimscope.web.middleware`),
so they hold under any ASGI server.
"""

from __future__ import annotations

import asyncio
from typing import Optional

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from claimscope.web.errors import error_json

DEFAULT_HEADER_TIMEOUT = 10.0
DEFAULT_KEEP_ALIVE = 5
DEFAULT_MAX_CONNECTIONS = 256
DEFAULT_MAX_HEADER_BYTES = 16 * 1024


def _plain_response(status: int, reason: bytes, kind: str, message: str, extra: tuple = ()) -> tuple[list, bytes]:
    body = error_json(kind, message)
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close"), *extra]
    return headers, body


class GuardedH11Protocol(H11Protocol):
    header_timeout_s = DEFAULT_HEADER_TIMEOUT  # set per server by serve()

    def __init__(self, config, server_state, app_state, _loop=None):
        super().__init__(config, server_state, app_state, _loop)
        self._cap: Optional[int] = self.limit_concurrency
        self.limit_concurrency = None  # checked here instead, to answer in the error shape
        self._header_timer: Optional[asyncio.TimerHandle] = None
        inner = self.app

        async def capped(scope, receive, send):
            if self._over_cap():
                retry = b"5"
                headers, body = _plain_response(503, b"Service Unavailable", "busy", (
                    f"The server has {len(self.connections)} open connections, over its cap of {self._cap}; "
                    "retry in a few seconds."), ((b"retry-after", retry),))
                await send({"type": "http.response.start", "status": 503, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
            await inner(scope, receive, send)

        self.app = capped

    def _over_cap(self) -> bool:
        # this connection is counted, and so is this request's task (it runs when this is called)
        return self._cap is not None and (len(self.connections) > self._cap or len(self.tasks) > self._cap)

    # -- the header read timeout ---------------------------------------------------------------

    def _arm_header_timer(self) -> None:
        self._disarm_header_timer()
        if self.header_timeout_s:
            self._header_timer = self.loop.call_later(self.header_timeout_s, self._header_timeout)

    def _disarm_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _header_timeout(self) -> None:
        self._header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()  # headers incomplete after the limit: nothing to answer, the request never came

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm_header_timer()  # the request's head is in; the app bounds its body

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._arm_header_timer()  # the next request's head must arrive in time too (keep-alive aside)

    def connection_lost(self, exc) -> None:
        self._disarm_header_timer()
        super().connection_lost(exc)

    def send_400_response(self, msg: str) -> None:
        headers, body = _plain_response(400, b"Bad Request", "bad_request", (
            f"{msg} The request line or headers are malformed or over the limit of "
            f"{self.config.h11_max_incomplete_event_size or DEFAULT_MAX_HEADER_BYTES} bytes."))
        for event in (h11.Response(status_code=400, headers=headers, reason=b"Bad Request"), h11.Data(data=body),
                      h11.EndOfMessage()):
            try:
                self.transport.write(self.conn.send(event))
            except h11.LocalProtocolError:
                break
        self.transport.close()


def make_server(app, *, host: str = "127.0.0.1", port: int = 8000, max_connections: int = DEFAULT_MAX_CONNECTIONS,
                header_timeout_s: float = DEFAULT_HEADER_TIMEOUT, keep_alive_s: int = DEFAULT_KEEP_ALIVE,
                max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES, log_level: str = "info") -> uvicorn.Server:
    """A uvicorn server for ``app`` with the connection-level limits (``server.run()`` serves)."""
    protocol = type("ClaimscopeH11Protocol", (GuardedH11Protocol,), {"header_timeout_s": header_timeout_s})
    config = uvicorn.Config(app, host=host, port=port, http=protocol, log_level=log_level,
                            limit_concurrency=max_connections, timeout_keep_alive=keep_alive_s,
                            h11_max_incomplete_event_size=max_header_bytes, lifespan="on")
    return uvicorn.Server(config)


def serve(app, **limits) -> None:
    """Serve ``app`` with uvicorn and the connection-level limits (blocking); see :func:`make_server`."""
    make_server(app, **limits).run()
