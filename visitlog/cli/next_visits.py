"""`visitlog next`: where to go this week."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, show
from visitlog.cli.state import context_of

next_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@next_app.command("next")
def next_command(
    ctx: typer.Context,
    officer: str | None = typer.Option(None, "--officer",
                                       help="Whose week; default `config set officer`."),
    limit: int = typer.Option(10, "--limit", min=1, max=1000, help="How many enterprises."),
    min_employees: int = typer.Option(300, "--min-employees", min=1,
                                      help="Large enough to go to when nobody has (staff)."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Where to go this week, ranked, with the reasons: your overdue demands, assigned
    enterprises you have not visited for the longest, demands awaiting a return visit, large
    enterprises nobody visited, enterprises nobody visited for the longest.

    Example: visitlog next --officer 王伟 --limit 5
    """
    from visitlog.render.next_visits import next_data, next_sheet
    from visitlog.service.next_visits import where_next

    plan = where_next(context_of(ctx), officer, limit, min_employees)
    sheet = next_sheet(plan)
    show(fmt, output, [sheet], next_data(plan))
