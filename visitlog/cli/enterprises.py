"""`visitlog enterprise …`."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.i18n import t

enterprise_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                             help="Enterprises: add, list, import, edit, merge, delete.")


@enterprise_app.command("add")
def add_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Full registered name."),
    town: str | None = typer.Option(None, "--town", help="Town or street (镇/街道)."),
    industry: str | None = typer.Option(None, "--industry", help="Industry (行业)."),
    employees: int | None = typer.Option(None, "--employees", min=0, help="Number of staff."),
    union: bool | None = typer.Option(None, "--union/--no-union", help="Has a union (建会)."),
    alias: list[str] = typer.Option([], "--alias", help="Short name; repeatable."),
) -> None:
    """Add an enterprise.

    Example: visitlog enterprise add 江苏金海新能源科技有限公司 --town 金城镇 --alias 金海
    """
    from visitlog.domain.models import Enterprise
    from visitlog.service.enterprises import add_enterprise

    enterprise = add_enterprise(
        context_of(ctx), Enterprise(0, name, town, industry, employees, union, tuple(alias))
    )
    say(t("enterprise.added", name=enterprise.name))


@enterprise_app.command("list")
def list_command(
    ctx: typer.Context,
    town: str | None = typer.Option(None, "--town", help="Only this town."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List enterprises by town.

    Example: visitlog enterprise list --town 金城镇 --format csv -o enterprises.csv
    """
    from visitlog.render.listings import enterprises_sheet
    from visitlog.service.enterprises import list_enterprises

    sheet = enterprises_sheet(list_enterprises(context_of(ctx), town))
    show(fmt, output, [sheet], sheet.records())


@enterprise_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: name,town,industry,employees,union"
                                          "; - for standard input"),
) -> None:
    """Import enterprises from CSV, all or nothing; known names are skipped.

    Example: visitlog enterprise import enterprises.csv
    """
    from visitlog.service.imports import import_enterprises_file

    with readable(file) as path:
        result = import_enterprises_file(context_of(ctx), path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))


@enterprise_app.command("edit")
def edit_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The enterprise (name, alias, pinyin …)."),
    new_name: str | None = typer.Option(None, "--name", help="Its corrected full name."),
    town: str | None = typer.Option(None, "--town", help="Town or street; '' clears it."),
    industry: str | None = typer.Option(None, "--industry", help="Industry; '' clears it."),
    employees: int | None = typer.Option(None, "--employees", min=0, help="Number of staff."),
    union: bool | None = typer.Option(None, "--union/--no-union", help="Has a union (建会)."),
    alias: list[str] = typer.Option([], "--alias", help="Add a short name; repeatable."),
    drop_alias: list[str] = typer.Option([], "--drop-alias", help="Remove a short name."),
) -> None:
    """Correct an enterprise: its name, town, industry, staff, union, short names.

    Example: visitlog enterprise edit 金海 --town 金城镇 --employees 420 --alias 金海新能源
    """
    from visitlog.service.enterprise_edits import UNSET, EnterpriseChanges, edit_enterprise

    def given(value: object) -> object:
        return UNSET if value is None else value

    changes = EnterpriseChanges(new_name, given(town), given(industry), given(employees),
                                given(union), tuple(alias), tuple(drop_alias))
    enterprise = edit_enterprise(context_of(ctx), name, changes)
    say(t("enterprise.edited", name=enterprise.name))


@enterprise_app.command("merge")
def merge_command(
    ctx: typer.Context,
    duplicate: str = typer.Argument(..., help="The duplicate entry, which goes away."),
    into: str = typer.Option(..., "--into", help="The enterprise that stays."),
) -> None:
    """Join two entries of one enterprise: visits, demands, receptions, assignments and short
    names move to --into; the duplicate's name becomes its short name.

    Example: visitlog enterprise merge 金海新能源 --into 江苏金海新能源科技有限公司
    """
    from visitlog.service.enterprise_edits import merge_enterprises

    merged = merge_enterprises(context_of(ctx), duplicate, into)
    say(t("enterprise.merged", duplicate=merged.duplicate, name=merged.survivor.name))


@enterprise_app.command("delete")
def delete_command(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The enterprise; refused while anything refers to it."),
) -> None:
    """Delete an enterprise entered by mistake (nothing may refer to it; else use merge).

    Example: visitlog enterprise delete 金海新能源
    """
    from visitlog.service.enterprise_edits import delete_enterprise

    say(t("enterprise.deleted", name=delete_enterprise(context_of(ctx), name)))
