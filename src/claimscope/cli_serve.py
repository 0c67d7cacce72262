"""``claimscope serve``: the web app and JSON API (see :mod:`claimscope.server`)."""

from __future__ import annotations

from typing import Optional

import typer


def serve(
    host: str = typer.Option("127.0.0.1", help="Interface to listen on (loopback by default)."),
    port: int = typer.Option(8000, help="TCP port."),
    db: Optional[str] = typer.Option(None, "--db", help="A store to browse: sqlite:///path.db or postgresql://..."),
    workers: Optional[int] = typer.Option(None, help="Analysis worker processes (default: one per CPU)."),
    max_body_mb: float = typer.Option(10.0, help="Largest request body accepted, in MB; larger gets 413."),
    timeout: float = typer.Option(60.0, help="Per-request analysis time limit in seconds; slower gets 504."),
) -> None:
    """Serve the web app: paste or upload articles, see reports, browse a store; JSON API at /api."""
    from claimscope.server import run

    typer.echo(f"claimscope serve: http://{host}:{port}/  (API: http://{host}:{port}/api, OpenAPI: /openapi.json)", err=True)
    run(host=host, port=port, db_url=db, workers=workers, max_body_bytes=int(max_body_mb * 2**20), timeout_s=timeout)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
