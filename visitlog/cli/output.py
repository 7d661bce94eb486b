"""Options every listing and report shares (--format, --output) and the hand-off to render."""

from __future__ import annotations

import typer

from visitlog.cli.showing import Format, raw_cells, show

__all__ = ["FORMAT", "OUTPUT", "Format", "raw_cells", "say", "show"]

FORMAT = typer.Option(Format.table, "--format", "-f",
                      help="table, json, csv, markdown, html or xlsx (xlsx needs --output).")
OUTPUT = typer.Option(None, "--output", "-o", help="Write to FILE instead of the terminal.",
                      dir_okay=False)


def say(message: str) -> None:
    """A confirmation line for the user."""
    typer.echo(message)
