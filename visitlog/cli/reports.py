"""`visitlog report …`."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, show
from visitlog.cli.state import context_of

report_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                         help="Reports: week.")


@report_app.callback()
def reports() -> None:
    """Reports: the week's progress and more; every report takes --format and --output."""


@report_app.command("week")
def week_command(
    ctx: typer.Context,
    week: str = typer.Option("this", "--week", "-w", help="2026-W47, W47, this, last or a DATE."),
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Who met "one enterprise per week" (一周进一企), with streaks and year-to-date figures.

    Example: visitlog report week --week last --dept 权益保障部
    """
    from visitlog.dates import parse_week
    from visitlog.render.week import week_data, week_sheet, week_text
    from visitlog.service.week import week_report

    context = context_of(ctx)
    with context.logbook.read() as conn:
        report = week_report(conn, parse_week(week, context.today), context.today, dept)
    sheet = week_sheet(report)
    text = week_text(report) if fmt is Format.table else None
    show(fmt, output, [sheet], week_data(report), text=text)


def _year_period(context, year: int | None, as_of: str | None):  # noqa: ANN001, ANN202
    from visitlog.dates import parse_date
    from visitlog.service.year import year_period

    day = parse_date(as_of, context.today) if as_of else None
    return year_period(year, day, context.today)


YEAR = typer.Option(None, "--year", "-y", help="Calendar year (default: this year).")
AS_OF = typer.Option(None, "--as-of", help="Report as of this DATE (default: today, or "
                     "31 December of a year that is over).")


@report_app.command("year")
def year_command(
    ctx: typer.Context,
    year: int | None = YEAR,
    as_of: str | None = AS_OF,
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Each officer's year: weeks met/due, six-ones progress against the calendar, roles.

    Example: visitlog report year --year 2026 --dept 权益保障部 --format csv -o year.csv
    """
    from visitlog.render.year import year_data, year_sheet, year_text
    from visitlog.service.year import year_report

    context = context_of(ctx)
    period = _year_period(context, year, as_of)
    with context.logbook.read() as conn:
        report = year_report(conn, period, dept)
    text = year_text(report) if fmt is Format.table else None
    show(fmt, output, [year_sheet(report)], year_data(report), text=text)
