"""`visitlog report …`."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, show
from visitlog.cli.state import context_of

report_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                         help="Reports: week, year, heatmap, officer, coverage, summary.")


@report_app.callback()
def reports() -> None:
    """Reports: the week's progress and more; every report takes --format and --output."""


OFFICER = typer.Option(None, "--officer", help="Only this officer (default: every officer).")


@report_app.command("week")
def week_command(
    ctx: typer.Context,
    week: str = typer.Option("this", "--week", "-w", help="2026-W47, W47, this, last or a DATE."),
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    officer: str | None = OFFICER,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Who met "one enterprise per week" (一周进一企), with streaks and year-to-date figures.

    Example: visitlog report week --week last --dept 权益保障部
    """
    from visitlog.cli.weekreport import report_week_now

    report_week_now(context_of(ctx), week, dept, officer, fmt, output)


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
    from visitlog.service.one_officer import officer_filter

    context = context_of(ctx)
    with context.logbook.read() as conn:
        chosen = officer_filter(conn, officer)
        report = demand_report(conn, year or context.today.year, context.today,
                               chosen.id if chosen else None)
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
    from visitlog.programmes_rules import month_key, parse_month
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
    from visitlog.programmes_rules import parse_within
    from visitlog.render.assignments import assigned_data, assigned_sheet
    from visitlog.service.assignments import assigned_report

    report = assigned_report(context_of(ctx), officer, parse_within(within))
    show(fmt, output, [assigned_sheet(report)], assigned_data(report))


def _year_period(context, year: int | None, as_of: str | None):  # noqa: ANN001, ANN202
    from visitlog.dates import parse_date
    from visitlog.service.year import year_period

    day = parse_date(as_of, context.today) if as_of else None
    return year_period(year, day, context.today)


YEAR = typer.Option(None, "--year", "-y", min=1900, max=9999,
                    help="Calendar year (default: this year).")
AS_OF = typer.Option(None, "--as-of", help="Report as of this DATE (default: today, or "
                     "31 December of a year that is over).")


@report_app.command("year")
def year_command(
    ctx: typer.Context,
    year: int | None = YEAR,
    as_of: str | None = AS_OF,
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    officer: str | None = OFFICER,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Each officer's year: weeks met/due, six-ones progress against the calendar, roles.

    Example: visitlog report year --year 2026 --dept 权益保障部 --format csv -o year.csv
    """
    from visitlog.render.year import year_data, year_sheet, year_text
    from visitlog.service.one_officer import report_scope, year_of
    from visitlog.service.year import year_report

    context = context_of(ctx)
    period = _year_period(context, year, as_of)
    with context.logbook.read() as conn:
        dept, name = report_scope(conn, dept, officer)
        report = year_report(conn, period, dept)
    if name is not None:
        report = year_of(report, name)
    text = year_text(report) if fmt is Format.table else None
    show(fmt, output, lambda: [year_sheet(report)], lambda: year_data(report), text=text)


@report_app.command("summary")
def summary_command(
    ctx: typer.Context,
    year: int | None = YEAR,
    as_of: str | None = AS_OF,
    officer: str | None = typer.Option(None, "--officer", help="Only this officer's visits "
                                       "and demands (default: every officer)."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """The federation's figures for the year so far, and one sentence for the county report.

    Example: visitlog report summary --year 2026 --format json   (or: --officer 王伟)
    """
    from visitlog.render.summary import summary_data, summary_sheet, summary_text
    from visitlog.service.one_officer import officer_filter
    from visitlog.service.summary import summary_report

    context = context_of(ctx)
    period = _year_period(context, year, as_of)
    with context.logbook.read() as conn:
        summary = summary_report(conn, period, context.today,
                                 officer=officer_filter(conn, officer))
    text = summary_text(summary) if fmt is Format.table else None
    show(fmt, output, [summary_sheet(summary)], summary_data(summary), text=text)


@report_app.command("coverage")
def coverage_command(
    ctx: typer.Context,
    since: str | None = typer.Option(None, "--since",
                                     help="Only enterprises not visited on or after DATE."),
    never: bool = typer.Option(False, "--never", help="Only enterprises never visited."),
    sort: str = typer.Option("name", "--sort", help="name, town, last (oldest first), visits."),
    assigned: bool = typer.Option(False, "--assigned",
                                  help="Per officer, the assigned enterprises (挂钩) instead; "
                                  "the same as `report assigned`."),
    within: str = typer.Option("8w", "--within", help="With --assigned: 8w, 60d, 2m, 8周."),
    officer: str | None = typer.Option(None, "--officer", help="Only the enterprises this "
                                       "officer visited, with their visits (with --never: "
                                       "those they never visited; with --assigned: theirs)."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Every enterprise: its last visit, number of visits and the officers who visited.

    Example: visitlog report coverage --since 2026-01-01 --sort town
    (or: visitlog report coverage --officer 王伟; visitlog report coverage --assigned --within 8w)
    """
    if assigned:
        assigned_command(ctx, within, officer, fmt, output)
        return
    from visitlog.dates import parse_date
    from visitlog.render.coverage import coverage_data, coverage_sheet, coverage_text
    from visitlog.service.coverage import coverage_report
    from visitlog.service.one_officer import officer_filter

    context = context_of(ctx)
    first = parse_date(since, context.today) if since else None
    with context.logbook.read() as conn:
        chosen = officer_filter(conn, officer)
        report = coverage_report(conn, context.today, first, never, sort,
                                 chosen.id if chosen else None)
    text = coverage_text(report) if fmt is Format.table else None
    show(fmt, output, [coverage_sheet(report)], coverage_data(report), text=text)


@report_app.command("heatmap")
def heatmap_command(
    ctx: typer.Context,
    year: int | None = YEAR,
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    officer: str | None = OFFICER,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Officers x ISO weeks of the year: met, missed, not due, in progress.

    Example: visitlog report heatmap --year 2026 --dept 组织部
    """
    from visitlog.render.heatmap import heatmap_data, heatmap_sheet, heatmap_text
    from visitlog.service.heatmap import heatmap_report
    from visitlog.service.one_officer import heatmap_of, report_scope

    context = context_of(ctx)
    period = _year_period(context, year, None)
    with context.logbook.read() as conn:
        dept, name = report_scope(conn, dept, officer)
        heatmap = heatmap_report(conn, period, dept)
    if name is not None:
        heatmap = heatmap_of(heatmap, name)
    text = heatmap_text(heatmap) if fmt is Format.table else None
    show(fmt, output, [heatmap_sheet(heatmap)], heatmap_data(heatmap), text=text)


@report_app.command("officer")
def officer_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Officer: name, part of it or pinyin."),
    year: int | None = YEAR,
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """One officer's card: weeks and streak, six ones, roles, enterprises, recent visits.

    Example: visitlog report officer 王伟 --year 2026
    """
    from visitlog.render.card import card_data, card_sheets, card_text
    from visitlog.service.card import officer_card

    context = context_of(ctx)
    period = _year_period(context, year, None)
    with context.logbook.read() as conn:
        card = officer_card(conn, name, period)
    text = card_text(card) if fmt is Format.table else None
    show(fmt, output, card_sheets(card), card_data(card), text=text)
