"""`visitlog reception …`: chairman reception days (主席接待日)."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.domain.dates import parse_date
from visitlog.i18n import t

reception_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                            help="Reception days: log, list, roster, leaders.")
leaders_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                          help="The leaders who take turns hosting reception days.")
reception_app.add_typer(leaders_app, name="leaders")


@reception_app.command("log")
def log_command(
    ctx: typer.Context,
    date: str = typer.Option(..., "--date", "-d", help="The day (normally a Sunday)."),
    host: str = typer.Option(..., "--host", help="The leader who received them."),
    enterprise: list[str] = typer.Option(..., "--enterprise", "-e",
                                         help="An enterprise that attended (at most 5)."),
    participants: int | None = typer.Option(None, "--participants", min=0,
                                            help="How many people came."),
    note: str = typer.Option("", "--note", "-n", help="What was discussed."),
) -> None:
    """Record a chairman reception day; demands raised there: `demand add … --reception ID`.

    Example: visitlog reception log --date 2026-11-22 --host 张主席 -e 金海 -e 恒达 --participants 9
    """
    from visitlog.service.receptions import ReceptionDraft, log_reception

    context = context_of(ctx)
    draft = ReceptionDraft(parse_date(date, context.today), host, tuple(enterprise),
                           participants, note)
    logged = log_reception(context, draft)
    r = logged.reception
    if logged.not_sunday:
        typer.echo(t("reception.not_sunday", date=r.date.isoformat()), err=True)
    say(t("reception.logged", id=r.id, date=r.date.isoformat(), host=r.host,
          count=len(r.enterprises)))


@reception_app.command("list")
def list_command(
    ctx: typer.Context,
    date_from: str | None = typer.Option(None, "--from", help="First date (inclusive)."),
    date_to: str | None = typer.Option(None, "--to", help="Last date (inclusive)."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List reception days, oldest first, with their enterprises and demands raised.

    Example: visitlog reception list --from 2026-09-01 --format markdown
    """
    from visitlog.render.voice_reports import receptions_sheet
    from visitlog.service.receptions import list_receptions

    context = context_of(ctx)
    first = parse_date(date_from, context.today) if date_from else None
    last = parse_date(date_to, context.today) if date_to else None
    sheet = receptions_sheet(list_receptions(context, first, last))
    show(fmt, output, [sheet], sheet.records())


@reception_app.command("roster")
def roster_command(
    ctx: typer.Context,
    date_from: str = typer.Option(..., "--from", help="First date (inclusive)."),
    date_to: str = typer.Option(..., "--to", help="Last date (inclusive)."),
    leader: list[str] = typer.Option([], "--leader", help="Leaders in turn; default: the "
                                     "list set with `reception leaders set`."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """The duty roster: every Sunday in the range with the leader on duty, in turn.

    Example: visitlog reception roster --from 2026-12-01 --to 2027-02-28
    """
    from visitlog.render.voice_reports import roster_sheet
    from visitlog.service.receptions import roster

    context = context_of(ctx)
    duties = roster(context, parse_date(date_from, context.today),
                    parse_date(date_to, context.today), list(leader))
    sheet = roster_sheet(duties)
    show(fmt, output, [sheet], sheet.records())


@leaders_app.command("set")
def leaders_set_command(
    ctx: typer.Context,
    names: list[str] = typer.Argument(..., help="The leaders, in the order they take turns."),
) -> None:
    """Set the federation's leaders who host reception days, in rotation order.

    Example: visitlog reception leaders set 张主席 李副主席 王副主席
    """
    from visitlog.service.receptions import set_leaders

    say(t("reception.leaders_set", names="、".join(set_leaders(context_of(ctx), names))))


@leaders_app.command("list")
def leaders_list_command(ctx: typer.Context, fmt: Format = FORMAT,
                         output: Path | None = OUTPUT) -> None:
    """Show the leaders who host reception days, in rotation order.

    Example: visitlog reception leaders list --format json
    """
    from visitlog.render.voice_reports import leaders_sheet
    from visitlog.service.receptions import get_leaders

    names = get_leaders(context_of(ctx))
    sheet = leaders_sheet(names)
    # the table view stays one line: the names in turn, as `leaders set` printed them
    text = ("、".join(names) if names else t("reception.no_leaders")) + "\n"
    show(fmt, output, [sheet], sheet.records(), text=text)
