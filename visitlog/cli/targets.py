"""`visitlog target …`: six-ones targets per year."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.i18n import t

target_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True)


@target_app.callback()
def target() -> None:
    """Six-ones targets: set, show, import.

    Example: visitlog target set outreach=4 matters=12 --year 2026
    """


@target_app.command("set")
def set_command(
    ctx: typer.Context,
    items: list[str] = typer.Argument(..., help="CATEGORY=N, e.g. outreach=4 matters=12."),
    officer: str | None = typer.Option(None, "--officer",
                                       help="This officer's own; default: everyone's."),
    year: int | None = typer.Option(None, "--year", min=1900, max=9999,
                                    help="Default: this year."),
) -> None:
    """Set six-ones targets for a year: everyone's default, or one officer's own.

    Example: visitlog target set matters=12 friends=8 --officer 王伟 --year 2026
    """
    from visitlog.render.labels import label
    from visitlog.service.targets import set_targets

    context = context_of(ctx)
    year = year or context.today.year
    name, targets = set_targets(context, items, officer, year)
    pairs = ", ".join(f"{label(k)}={v}" for k, v in targets.items())
    who = name or t("target.everyone")
    say(t("target.done", year=year, who=who, targets=pairs))


@target_app.command("show")
def show_command(
    ctx: typer.Context,
    year: int | None = typer.Option(None, "--year", min=1900, max=9999,
                                    help="Default: this year."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Show the targets of a year: the default for everyone and officers' own.

    Example: visitlog target show --year 2026 --format json
    """
    from visitlog.render.annual import targets_sheet
    from visitlog.service.targets import show_targets

    context = context_of(ctx)
    year = year or context.today.year
    sheet = targets_sheet(show_targets(context, year), year)
    show(fmt, output, [sheet], sheet.records())


@target_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: officer,year,category,target"
                                          "; - for standard input"),
) -> None:
    """Import targets from a CSV file (empty officer: the default for everyone), all or nothing.

    Example: visitlog target import targets.csv
    """
    from visitlog.service.targets import import_targets_file

    with readable(file) as path:
        result = import_targets_file(context_of(ctx), path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))
