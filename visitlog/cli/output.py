"""Options every listing and report shares (--format, --output) and the hand-off to render."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from visitlog.cli.framework import ParameterSource
from visitlog.cli.showing import Format, format_of_name, raw_cells, show

__all__ = ["FORMAT", "OUTPUT", "Format", "raw_cells", "say", "show"]


def _format_or_output_name(ctx: typer.Context, param: typer.CallbackParam,
                           value: Format) -> Format:
    """No --format: the one --output's name asks for (`-o 周报.xlsx`), else the table. A
    --format not given is processed after every option given, --output included."""
    output = ctx.params.get("output")  # the text typed: Typer makes it a Path later
    if output and ctx.get_parameter_source(param.name) in (
            ParameterSource.DEFAULT, ParameterSource.DEFAULT_MAP):
        return format_of_name(Path(output).name) or value
    return value


FORMAT = typer.Option(Format.table, "--format", "-f", callback=_format_or_output_name,
                      help="table, json, csv, markdown, html or xlsx (xlsx needs --output); "
                      "default: as --output's name says (.xlsx .html .csv .json .md), else table.")
OUTPUT = typer.Option(None, "--output", "-o", help="Write to FILE instead of the terminal"
                                                   "; - for standard output.",
                      dir_okay=False)


def say(message: str) -> None:
    """A confirmation line for the user (control characters in names and notes escaped)."""
    from visitlog.domain.text import printable

    typer.echo(printable(message))


def say_inactive(officer: str | None, day: date, inactive: tuple[str, date] | None) -> None:
    """The note of an entry dated when its officer was not active (before their first day, on
    or after their retirement): recorded all the same, a late entry being real."""
    from visitlog.i18n import t

    if inactive is not None and officer is not None:
        kind, on = inactive
        say(t(f"officer.inactive.{kind}", officer=officer, date=day.isoformat(),
              on=on.isoformat()))
