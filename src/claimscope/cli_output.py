"""What the commands share: the error line and exit code, the store option's help, and a metrics table (or JSON)
for every `claimscope evaluate …`."""

from __future__ import annotations

import json
import sys
from typing import Iterator

import typer
from rich.console import Console
from rich.table import Table

err_console = Console(stderr=True)
DB_HELP = "Store URL: sqlite:///PATH, a .db path, or postgresql://USER@HOST:PORT/DB (default: ./claimscope.db)."


def fail(message: str, code: int = 2) -> None:
    """One line on stderr, "claimscope: error: …", and the exit code (2: the input or the options)."""
    err_console.print(f"claimscope: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def print_metrics(title: str, metrics: dict, as_json: bool, *, digits: int = 3) -> None:
    """Nested metrics as one table of "overlap.cue.f1  0.780" rows, or as indented JSON."""
    if as_json:
        sys.stdout.write(json.dumps(metrics, indent=2) + "\n")
        return
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in flatten(metrics):
        table.add_row(key, f"{value:.{digits}f}" if isinstance(value, float) else str(value))
    Console().print(table)


def flatten(metrics: dict, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Nested metric dicts as ("overlap.cue.f1", 0.78) rows."""
    for key, value in metrics.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from flatten(value, prefix=f"{name}.")
        else:
            yield name, value
