"""PLACEHOLDER: its owner adds the commands here."""

import typer


def register(app: typer.Typer) -> None:
    pass
