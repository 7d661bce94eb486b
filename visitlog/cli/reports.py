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
    missing: bool = typer.Option(False, "--missing",
                                 help="Only those due and not (yet) met; the summary stays."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Who met "one enterprise per week" (一周进一企), with streaks and year-to-date figures.

    Example: visitlog report week --week last --dept 权益保障部   (or: --missing)
    """
    from visitlog.cli.weekreport import report_week_now

    report_week_now(context_of(ctx), week, dept, officer, fmt, output, missing)


@report_app.command("notice")
def notice_command(
    ctx: typer.Context,
    week: str = typer.Option("this", "--week", "-w", help="2026-W47, W47, this, last or a DATE."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """The weekly notice (通报) on one page: the rate, departments ranked, who met and who
    missed, the longest streaks, the week's outcomes, demands raised and overdue.

    Example: visitlog report notice --week last --format html -o 通报.html
    """
    from visitlog.domain.dates import parse_week
    from visitlog.render.notice import notice_data, notice_page, notice_sheets
    from visitlog.service.notice import weekly_notice

    context = context_of(ctx)
    with context.logbook.read() as conn:
        notice = weekly_notice(conn, parse_week(week, context.today), context.today)
    show(fmt, output, lambda: notice_sheets(notice), lambda: notice_data(notice),
         page=lambda: notice_page(notice))


def _year_period(context, year: int | None, as_of: str | None):  # noqa: ANN001, ANN202
    from visitlog.domain.dates import parse_date
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
        from visitlog.cli.programme_reports import assigned_command

        assigned_command(ctx, within, officer, fmt, output)
        return
    from visitlog.domain.dates import parse_date
    from visitlog.render.coverage import coverage_data, coverage_sheet, coverage_text
    from visitlog.service.coverage import coverage_report
    from visitlog.service.one_officer import officer_filter_id

    context = context_of(ctx)
    first = parse_date(since, context.today) if since else None
    with context.logbook.read() as conn:
        report = coverage_report(conn, context.today, first, never, sort,
                                 officer_filter_id(conn, officer))
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
    from visitlog.render.heatmap_page import heatmap_html

    show(fmt, output, [heatmap_sheet(heatmap)], heatmap_data(heatmap), text=text,
         page=lambda: heatmap_html(heatmap))


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


# the reports of the workers' voice and the programmes, on the same group (after it exists)
from visitlog.cli import programme_reports  # noqa: E402, F401
