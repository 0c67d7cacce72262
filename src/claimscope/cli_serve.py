"""``claimscope serve``: the web app and JSON API (see :mod:`claimscope.web`).

Options left unset take the app's defaults (:class:`claimscope.web.service.Limits`,
:mod:`claimscope.web.protocol`), named in each option's help.
"""

from __future__ import annotations

from typing import Optional

import typer


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="TCP port."),
    db: Optional[str] = typer.Option(None, "--db", help="A store to browse: sqlite:///path.db or postgresql://..."),
    workers: Optional[int] = typer.Option(None, help="Analysis worker processes (default: one per CPU)."),
    max_body_mb: Optional[float] = typer.Option(None, help="Largest request body, in MB (default 10); larger gets 413."),
    timeout: Optional[float] = typer.Option(None, help="Time limit of one analysis, in s (default 60); slower gets 504 and its worker is replaced."),
    max_pending: Optional[int] = typer.Option(None, help="Analyses admitted at once, running or waiting (default 16 per worker); more get 503."),
    body_timeout: Optional[float] = typer.Option(None, help="Seconds a request body may take to arrive (default 30); slower gets 408."),
    header_timeout: Optional[float] = typer.Option(None, help="Seconds a request's headers may take (default 10); slower connections are closed."),
    keep_alive: Optional[int] = typer.Option(None, help="Seconds an idle keep-alive connection stays open (default 5)."),
    max_connections: Optional[int] = typer.Option(None, help="Open connections at once (default 256); past it, 503."),
) -> None:
    """Serve the web app: paste or upload articles, see reports, browse a store; JSON API at /api."""
    # Imported here, not at the top: the web stack (FastAPI, uvicorn, SQLAlchemy) adds 0.6 s to every other command.
    from claimscope.web import run

    given = {"workers": workers, "max_body_bytes": None if max_body_mb is None else int(max_body_mb * 2**20),
             "timeout_s": timeout, "max_pending": max_pending, "body_timeout_s": body_timeout,
             "header_timeout_s": header_timeout, "keep_alive_s": keep_alive, "max_connections": max_connections}
    typer.echo(f"claimscope serve: http://{host}:{port}/  (API: http://{host}:{port}/api, OpenAPI: /openapi.json)", err=True)
    run(host=host, port=port, db_url=db, **{k: v for k, v in given.items() if v is not None})


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
