"""`visitlog log` and `visitlog visit …`."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.domain.dates import parse_past_date
from visitlog.i18n import t

log_app = typer.Typer(add_completion=False, rich_markup_mode=None)
visit_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                        help="Visits: add, list, show, edit, delete, import.")

ROLE = typer.Option([], "--role", "-r", help="publicist|investigator|organizer|coordinator|"
                    "helper, or 宣传员…; repeat for several.")
OUTCOME = typer.Option([], "--outcome", help="KEY=N, e.g. members_joined=35; repeatable.")


@log_app.command("log")
def log_command(
    ctx: typer.Context,
    enterprise: str = typer.Argument(..., help="Enterprise: name, alias, part of it or pinyin."),
    officer: str | None = typer.Option(None, "--officer", help="Default: `config set officer`."),
    date: str = typer.Option("today", "--date", "-d", help="2026-11-20, 11-20, 昨天, fri …"),
    role: list[str] = ROLE,
    note: str = typer.Option("", "--note", "-n", help="What happened."),
    outcome: list[str] = OUTCOME,
    new: bool = typer.Option(False, "--new", help="Create the enterprise if it is missing."),
) -> None:
    """Log a visit to an enterprise.

    Example: visitlog log 金海 --role investigator --date 昨天 --note "了解职工诉求"
    """
    from visitlog.cli.logvisit import log_now

    log_now(context_of(ctx), enterprise, officer, date, tuple(role), note, tuple(outcome), new)


# the same command under its long name, with its own page
visit_app.command("add", help="""Add a visit (the same as `visitlog log`).

    Example: visitlog visit add 金海 --officer 王伟 --date 2026-11-20 --role 调查员
    """)(log_command)


@visit_app.command("list")
def list_command(
    ctx: typer.Context,
    officer: str | None = typer.Option(None, "--officer", help="Only this officer's visits."),
    enterprise: str | None = typer.Option(None, "--enterprise", help="Only this enterprise."),
    date_from: str | None = typer.Option(None, "--from", help="First date (inclusive)."),
    date_to: str | None = typer.Option(None, "--to", help="Last date (inclusive)."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="At most N, newest first."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List visits, newest first.

    Example: visitlog visit list --officer 王伟 --from 2026-11-01 --format csv
    """
    from visitlog.domain.dates import parse_date
    from visitlog.render.listings import visits_sheet, visits_table
    from visitlog.service.visits import VisitFilter, list_visits

    context = context_of(ctx)
    first = parse_date(date_from, context.today) if date_from else None
    last = parse_date(date_to, context.today) if date_to else None
    visits = list_visits(context, VisitFilter(officer, enterprise, first, last, limit))
    sheet = visits_sheet(visits)
    text = visits_table(visits) if fmt is Format.table else None
    show(fmt, output, [sheet], sheet.records(), text=text)


@visit_app.command("show")
def show_command(
    ctx: typer.Context,
    visit_id: str = typer.Argument(..., help="The visit's number or reference (see `visit list`)."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """Show one visit.

    Example: visitlog visit show 42
    """
    from visitlog.render.listings import visit_card, visits_sheet
    from visitlog.service.visits import show_visit

    visit = show_visit(context_of(ctx), visit_id)
    sheet = visits_sheet([visit])
    show(fmt, output, [sheet], sheet.records()[0], text=visit_card(visit))


@visit_app.command("edit")
def edit_command(
    ctx: typer.Context,
    visit_id: str = typer.Argument(..., help="The visit's number or reference."),
    enterprise: str | None = typer.Option(None, "--enterprise", help="Another enterprise."),
    officer: str | None = typer.Option(None, "--officer", help="Another officer."),
    date: str | None = typer.Option(None, "--date", "-d", help="Another date."),
    role: list[str] | None = typer.Option(None, "--role", "-r", help="Replace the roles."),
    note: str | None = typer.Option(None, "--note", "-n", help="Replace the note."),
    outcome: list[str] = OUTCOME,
) -> None:
    """Change a visit; fields not given stay as they are.

    Example: visitlog visit edit 42 --date 2026-11-19 --role helper
    """
    from visitlog.render.labels import role_labels
    from visitlog.service.visits import VisitChanges, edit_visit

    context = context_of(ctx)
    day = parse_past_date(date, context.today) if date else None
    changes = VisitChanges(day, officer, enterprise, tuple(role) if role else None, note,
                           tuple(outcome))
    visit = edit_visit(context, visit_id, changes)
    say(t("visit.edited", id=visit.id, date=visit.date.isoformat(), officer=visit.officer,
          enterprise=visit.enterprise, roles=role_labels(visit.roles)))


@visit_app.command("delete")
def delete_command(
    ctx: typer.Context,
    visit_id: str = typer.Argument(..., help="The visit's number or reference."),
) -> None:
    """Delete a visit (`visitlog undo` brings it back).

    Example: visitlog visit delete 42
    """
    from visitlog.service.visits import delete_visit

    visit = delete_visit(context_of(ctx), visit_id)
    say(t("visit.deleted", id=visit.id, date=visit.date.isoformat(), officer=visit.officer,
          enterprise=visit.enterprise))


@visit_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: date,officer,enterprise,roles,note[,outcomes]"
                                          "; - for standard input"),
) -> None:
    """Import visits from a CSV file, all or nothing; visits already logged are skipped.

    Example: visitlog visit import visits.csv
    """
    from visitlog.render.progress import import_progress
    from visitlog.service.imports import import_visits_file

    with readable(file) as path:
        size = path.stat().st_size if path.is_file() else 0
        result = import_visits_file(context_of(ctx), path, import_progress(size))
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))
