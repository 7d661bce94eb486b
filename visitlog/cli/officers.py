"""`visitlog officer …` and `visitlog leave …`."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.domain.dates import parse_date
from visitlog.i18n import t

officer_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                          help="Officers: add, list, retire, import, edit, unretire.")
leave_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                        help="Leave (excused days): add, list, import, edit, delete.")


@officer_app.command("add")
def add_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer's name."),
    dept: str = typer.Option(..., "--dept", help="Department (部室)."),
    since: str | None = typer.Option(None, "--since", help="First day; default today."),
) -> None:
    """Add an officer.

    Example: visitlog officer add 王伟 --dept 权益保障部 --since 2024-03-01
    """
    from visitlog.service.officers import add_officer

    context = context_of(ctx)
    officer = add_officer(context, name, dept,
                          parse_date(since, context.today) if since else None)
    say(t("officer.added", name=officer.name, dept=officer.dept, since=officer.since.isoformat()))


@officer_app.command("list")
def list_command(
    ctx: typer.Context,
    dept: str | None = typer.Option(None, "--dept", help="Only this department."),
    active: bool = typer.Option(False, "--active", help="Leave out retired officers."),
    officer: str | None = typer.Option(None, "--officer", help="Only this officer."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List officers by department.

    Example: visitlog officer list --dept 权益保障部 --format json   (or: --officer wangwei)
    """
    from visitlog.render.listings import officers_sheet
    from visitlog.service.officers import list_officers

    sheet = officers_sheet(list_officers(context_of(ctx), dept, not active, officer))
    show(fmt, output, [sheet], sheet.records())


@officer_app.command("retire")
def retire_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer."),
    on: str = typer.Option("today", "--on", help="First day no longer active."),
) -> None:
    """Mark an officer as leaving: not active from --on.

    Example: visitlog officer retire 王伟 --on 2026-12-01
    """
    from visitlog.service.officers import retire_officer

    context = context_of(ctx)
    officer = retire_officer(context, name, parse_date(on, context.today))
    assert officer.retired_on is not None
    say(t("officer.retired", name=officer.name, on=officer.retired_on.isoformat()))


@officer_app.command("edit")
def edit_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer."),
    new_name: str | None = typer.Option(None, "--name", help="The corrected name."),
    dept: str | None = typer.Option(None, "--dept", help="Department (部室)."),
    since: str | None = typer.Option(None, "--since", help="First day active."),
) -> None:
    """Correct an officer: name, department, first day.

    Example: visitlog officer edit 王伟 --dept 组织部 --since 2024-03-01
    """
    from visitlog.service.officer_edits import edit_officer

    context = context_of(ctx)
    edit = edit_officer(context, name, new_name, dept,
                        parse_date(since, context.today) if since is not None else None)
    officer = edit.officer
    say(t("officer.edited", name=officer.name, dept=officer.dept,
          since=officer.since.isoformat()))
    if edit.me_followed:
        say(t("officer.me_followed", name=officer.name))


@officer_app.command("unretire")
def unretire_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer."),
) -> None:
    """Take back a retirement recorded by mistake: the officer is active again.

    Example: visitlog officer unretire 王伟
    """
    from visitlog.service.officer_edits import unretire_officer

    officer = unretire_officer(context_of(ctx), name)
    say(t("officer.unretired", name=officer.name))


@officer_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: name,dept,since; - for standard input"),
) -> None:
    """Import officers from CSV, all or nothing; known names are skipped.

    Example: visitlog officer import officers.csv
    """
    from visitlog.service.imports import import_officers_file

    with readable(file) as path:
        result = import_officers_file(context_of(ctx), path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))


@leave_app.command("add")
def leave_add_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The officer."),
    date_from: str = typer.Option(..., "--from", help="First day of leave (inclusive)."),
    date_to: str = typer.Option(..., "--to", help="Last day of leave (inclusive)."),
    reason: str = typer.Option("", "--reason", help="年假, 病假, 培训 …"),
) -> None:
    """Record leave: excused days do not count as available.

    Example: visitlog leave add 王伟 --from 2026-11-16 --to 2026-11-20 --reason 年假
    """
    from visitlog.service.officers import add_leave

    context = context_of(ctx)
    leave = add_leave(context, name, parse_date(date_from, context.today),
                      parse_date(date_to, context.today), reason)
    say(t("leave.added", name=leave.officer, start=leave.start.isoformat(),
          end=leave.end.isoformat()))


@leave_app.command("list")
def leave_list_command(
    ctx: typer.Context,
    officer: str | None = typer.Option(None, "--officer", help="Only this officer."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List leave.

    Example: visitlog leave list --officer 王伟
    """
    from visitlog.render.listings import leaves_sheet
    from visitlog.service.officers import list_leaves

    sheet = leaves_sheet(list_leaves(context_of(ctx), officer))
    show(fmt, output, [sheet], sheet.records())


@leave_app.command("edit")
def leave_edit_command(
    ctx: typer.Context,
    leave_id: int = typer.Argument(..., metavar="ID", help="The leave's id (leave list)."),
    date_from: str | None = typer.Option(None, "--from", help="First day of leave (inclusive)."),
    date_to: str | None = typer.Option(None, "--to", help="Last day of leave (inclusive)."),
    reason: str | None = typer.Option(None, "--reason", help="年假, 病假, 培训 …"),
) -> None:
    """Correct a leave's dates or reason.

    Example: visitlog leave edit 3 --to 2026-11-21 --reason 病假
    """
    from visitlog.service.officer_edits import edit_leave

    context = context_of(ctx)
    leave = edit_leave(context, leave_id,
                       parse_date(date_from, context.today) if date_from is not None else None,
                       parse_date(date_to, context.today) if date_to is not None else None,
                       reason)
    say(t("leave.edited", id=leave.id, name=leave.officer, start=leave.start.isoformat(),
          end=leave.end.isoformat()))


@leave_app.command("delete")
def leave_delete_command(
    ctx: typer.Context,
    leave_id: int = typer.Argument(..., metavar="ID", help="The leave's id (leave list)."),
) -> None:
    """Delete a leave recorded by mistake (`visitlog undo` brings it back).

    Example: visitlog leave delete 3
    """
    from visitlog.service.officer_edits import delete_leave

    leave = delete_leave(context_of(ctx), leave_id)
    say(t("leave.deleted", id=leave.id, name=leave.officer, start=leave.start.isoformat(),
          end=leave.end.isoformat()))


@leave_app.command("import")
def leave_import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: officer,from,to,reason; - for standard input"),
) -> None:
    """Import leave from CSV, all or nothing; leave already recorded is skipped.

    Example: visitlog leave import leave.csv
    """
    from visitlog.service.imports import import_leaves_file

    with readable(file) as path:
        result = import_leaves_file(context_of(ctx), path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))
