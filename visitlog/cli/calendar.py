"""`visitlog calendar …`: the official holiday schedule as the logbook's own data."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.i18n import t

calendar_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True)


@calendar_app.callback()
def calendar() -> None:
    """The official holiday schedule (放假调休): show, set, unset, import.

    Example: visitlog calendar import examples/calendar-2026.csv
    """


@calendar_app.command("show")
def show_command(
    ctx: typer.Context,
    year: int | None = typer.Option(None, "--year", help="Default: this year."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Show a year's days off on weekdays and make-up working days, and where each comes
    from: the package's copy of the State Council's notice, the logbook's entries, or a guess.

    Example: visitlog calendar show --year 2027 --format json
    """
    from visitlog.render.calendar import calendar_data, calendar_sheet
    from visitlog.service.calendar import calendar_year

    context = context_of(ctx)
    result = calendar_year(context, year or context.today.year)
    show(fmt, output, lambda: [calendar_sheet(result)], lambda: calendar_data(result))


def _kind(holiday: bool, workday: bool) -> str:
    from visitlog.domain.calendar import HOLIDAY, WORKDAY
    from visitlog.domain.errors import Invalid

    if holiday and workday:
        raise Invalid("calendar.both_kinds")
    if not holiday and not workday:
        raise Invalid("calendar.no_kind")
    return HOLIDAY if holiday else WORKDAY


@calendar_app.command("set")
def set_command(
    ctx: typer.Context,
    dates: list[str] = typer.Argument(..., help="The dates, e.g. 2027-10-01 2027-10-04."),
    holiday: bool = typer.Option(False, "--holiday", help="Official days off (休)."),
    workday: bool = typer.Option(False, "--workday", help="Official working days (班)."),
    name: str | None = typer.Option(None, "--name", help="E.g. 国庆节, 调休上班."),
) -> None:
    """Enter dates of the State Council's notice: days off or (make-up) working days.

    Example: visitlog calendar set 2027-09-26 2027-10-09 --workday --name 调休上班
    """
    from visitlog.service.calendar import set_days

    kind = _kind(holiday, workday)
    days = set_days(context_of(ctx), dates, kind, name)
    say(t("calendar.set", count=len(days), what=t(f"calendar.kind.{kind}"),
          days=", ".join(day.isoformat() for day in days)))


@calendar_app.command("unset")
def unset_command(
    ctx: typer.Context,
    dates: list[str] = typer.Argument(..., help="Dates entered with calendar set or import."),
) -> None:
    """Remove the logbook's entries for dates: the holidays package answers for them again.

    Example: visitlog calendar unset 2027-10-09
    """
    from visitlog.service.calendar import unset_days

    days = unset_days(context_of(ctx), dates)
    say(t("calendar.unset", count=len(days), days=", ".join(day.isoformat() for day in days)))


@calendar_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: date,kind,name (日期,类型,名称); "
                                          "- for standard input."),
) -> None:
    """Import a year's schedule from a CSV file (kind: holiday|workday|休|班|假|上班), all or
    nothing; entries already in the logbook are skipped.

    Example: visitlog calendar import 2027年放假安排.csv
    """
    from visitlog.service.calendar import import_calendar_file

    with readable(file) as path:
        result = import_calendar_file(context_of(ctx), path)
    say(t("calendar.imported", added=result.added, skipped=result.skipped,
          file=shown_name(file)))
