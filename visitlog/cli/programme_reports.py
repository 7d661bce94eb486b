"""`visitlog report …` of the workers' voice (demands, reception days) and of the federation's
programmes (三个一天 practice days, 大访谈 campaigns, 挂钩 assignments); cli/reports.py holds the
weekly and annual reports and registers these on the same group."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, show
from visitlog.cli.reports import OFFICER, report_app
from visitlog.cli.state import context_of


@report_app.command("demands")
def demands_command(
    ctx: typer.Context,
    year: int | None = typer.Option(None, "--year", "-y", min=1900, max=9999,
                                    help="Calendar year (default: this)."),
    officer: str | None = typer.Option(None, "--officer", help="Only the demands this officer "
                                       "heard or that were raised on their visits."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Demands raised in the year: resolved, on time, overdue, escalated, satisfaction.

    Example: visitlog report demands --year 2026 --officer 王伟 --format markdown
    """
    from visitlog.render.voice_reports import demand_report_sheets
    from visitlog.service.demand_report import demand_report
    from visitlog.service.one_officer import officer_filter_id

    context = context_of(ctx)
    with context.logbook.read() as conn:
        report = demand_report(conn, year or context.today.year, context.today,
                               officer_filter_id(conn, officer))
    show(fmt, output, demand_report_sheets(report), report)


@report_app.command("reception")
def reception_command(
    ctx: typer.Context,
    year: int | None = typer.Option(None, "--year", "-y", min=1900, max=9999,
                                    help="Calendar year (default: this)."),
    min_employees: int = typer.Option(300, "--min-employees", min=0,
                                      help="Enterprises with at least this many staff."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Which enterprises of that size attended a reception day this year, and which have not.

    Example: visitlog report reception --min-employees 300
    """
    from visitlog.render.voice_reports import coverage_data, coverage_sheets
    from visitlog.service.receptions import reception_coverage

    context = context_of(ctx)
    data = coverage_data(reception_coverage(context, year or context.today.year, min_employees))
    show(fmt, output, coverage_sheets(data), data)
@report_app.command("practice")
def practice_command(
    ctx: typer.Context,
    month: str | None = typer.Option(None, "--month", "-m", help="YYYY-MM; default this month."),
    year: int | None = typer.Option(None, "--year", "-y", min=1900, max=9999,
                                    help="A year grid of months instead."),
    officer: str | None = OFFICER,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Who did which of the three practice days (三个一天) in a month, or a year's grid.

    Example: visitlog report practice --month 2026-11   (or: --year 2026 --officer 王伟)
    """
    from visitlog.domain.programmes_rules import month_key, parse_month
    from visitlog.render import practice as render
    from visitlog.service.practice import practice_month, practice_year

    context = context_of(ctx)
    if year is not None and month is not None:
        raise typer.BadParameter("--month | --year", param_hint="--year")
    if year is not None:
        grid = practice_year(context, year, officer)
        text = render.practice_year_text(grid) if fmt is Format.table else None
        show(fmt, output, [render.practice_year_sheet(grid)], render.practice_year_data(grid),
             text=text)
        return
    chosen = parse_month(month, context.today) if month else month_key(context.today)
    report = practice_month(context, chosen, officer)
    show(fmt, output, [render.practice_month_sheet(report)], render.practice_month_data(report))


@report_app.command("campaign")
def campaign_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The campaign (name or part of it)."),
    as_of: str | None = typer.Option(None, "--as-of", help="Default today; capped at --to."),
    officer: str | None = typer.Option(None, "--officer",
                                       help="Only the interviews this officer logged."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """A campaign's progress against its target: the countdown pace, by point, town and group.

    Example: visitlog report campaign 大访谈 --as-of 2026-11-20 --format json
    """
    from visitlog.cli.programmes import _campaign_view

    _campaign_view(ctx, name, as_of, officer, fmt, output)


@report_app.command("assigned")
def assigned_command(
    ctx: typer.Context,
    within: str = typer.Option("8w", "--within", help="Window: 8w, 60d, 2m, 8周."),
    officer: str | None = typer.Option(None, "--officer", help="Only this officer."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Per officer, the assigned enterprises (挂钩) with their last visit; flags the unvisited.

    Example: visitlog report assigned --within 8w --officer 王伟
    """
    from visitlog.domain.programmes_rules import parse_within
    from visitlog.render.assignments import assigned_data, assigned_sheet
    from visitlog.service.assignments import assigned_report

    context = context_of(ctx)
    report = assigned_report(context, officer, parse_within(within, context.today))
    show(fmt, output, [assigned_sheet(report)], assigned_data(report))
