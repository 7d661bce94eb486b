"""`visitlog achieve …`: achievements toward the six ones (六个一)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup, TyperOption

from visitlog.cli.framework import click as _click
from visitlog.cli.output import FORMAT, OUTPUT, Format, say, say_inactive, show
from visitlog.cli.state import context_of
from visitlog.cli.stdio import readable, shown_name
from visitlog.domain.dates import parse_past_date
from visitlog.i18n import t


class AchieveGroup(TyperGroup):
    """`achieve CATEGORY DESCRIPTION` records one; `achieve import|list|edit|delete` manage."""

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        first = self._first_positional(args, self._value_options(ctx))
        if first is not None and args[first] not in self.commands:
            args = ["add", *args]
        return super().parse_args(ctx, args)

    def _value_options(self, ctx: _click.Context) -> frozenset[str]:
        """The words of `add`'s options that take a value (its declaration's own, the global
        options of cli/globalopts.py included), so `achieve --officer 王伟 matters …` works."""
        add = self.get_command(ctx, "add")
        return frozenset(word for param in (add.params if add else ())
                         if isinstance(param, TyperOption) and not param.is_flag
                         for word in (*param.opts, *param.secondary_opts))

    @staticmethod
    def _first_positional(args: list[str], value_options: frozenset[str]) -> int | None:
        skip = False
        for index, arg in enumerate(args):
            if skip:
                skip = False
            elif arg == "--":
                return index + 1 if index + 1 < len(args) else None
            elif arg.startswith("-") and len(arg) > 1:
                skip = arg in value_options
            else:
                return index
        return None


achieve_app = typer.Typer(cls=AchieveGroup, add_completion=False, rich_markup_mode=None,
                          no_args_is_help=True)


@achieve_app.callback()
def achieve() -> None:
    """Achievements toward the six ones: `achieve CATEGORY DESCRIPTION`, import, list, edit, delete.

    Example: visitlog achieve matters "帮助职工追回欠薪" --count 2
    """


def _line(key: str, item: Any) -> str:
    from visitlog.render.labels import label

    return t(key, id=item.id, date=item.date.isoformat(), officer=item.officer,
             category=label(item.category), count=item.count, description=item.description)


@achieve_app.command("add")
def add_command(
    ctx: typer.Context,
    category: str = typer.Argument(..., help="outreach|bargaining|brand|matters|friends|"
                                   "innovation, or 宣教活动…, or a unique prefix."),
    description: str = typer.Argument(..., help="What was achieved."),
    officer: str | None = typer.Option(None, "--officer", help="Default: `config set officer`."),
    date: str = typer.Option("today", "--date", "-d", help="2026-11-20, 11-20, 昨天, fri …"),
    count: int = typer.Option(1, "--count", "-c", help="How many (default 1)."),
    visit: str | None = typer.Option(None, "--visit",
                                     help="The visit it came from (its # or reference)."),
) -> None:
    """Record an achievement toward one of the six ones.

    Example: visitlog achieve outreach "安全生产宣讲" --date 昨天 --visit 42
    """
    from visitlog.service.achievements import AchievementDraft, add_achievement

    context = context_of(ctx)
    draft = AchievementDraft(category, description, officer,
                             parse_past_date(date, context.today), count, visit)
    added = add_achievement(context, draft)
    say(_line("achieve.added", added.achievement))
    say_inactive(added.achievement.officer, added.achievement.date, added.inactive)


@achieve_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="CSV: date,officer,category,count,description"
                                          "; - for standard input"),
) -> None:
    """Import achievements from a CSV file, all or nothing; ones already there are skipped.

    Example: visitlog achieve import achievements.csv
    """
    from visitlog.service.achievements import import_achievements_file

    with readable(file) as path:
        result = import_achievements_file(context_of(ctx), path)
    say(t("import.done", added=result.added, skipped=result.skipped, file=shown_name(file)))


@achieve_app.command("list")
def list_command(
    ctx: typer.Context,
    officer: str | None = typer.Option(None, "--officer", help="Only this officer's."),
    category: str | None = typer.Option(None, "--category", help="Only this category."),
    year: int | None = typer.Option(None, "--year", min=1900, max=9999,
                                    help="Only this calendar year."),
    fmt: Format = FORMAT,
    output: Path | None = OUTPUT,
) -> None:
    """List achievements, newest first.

    Example: visitlog achieve list --officer 王伟 --year 2026 --format csv
    """
    from datetime import date as Date

    from visitlog.render.annual import achievements_sheet
    from visitlog.service.achievements import AchievementFilter, list_achievements

    first = Date(year, 1, 1) if year else None
    last = Date(year, 12, 31) if year else None
    items = list_achievements(context_of(ctx), AchievementFilter(officer, category, first, last))
    sheet = achievements_sheet(items)
    show(fmt, output, [sheet], sheet.records())


@achieve_app.command("edit")
def edit_command(
    ctx: typer.Context,
    achievement_id: int = typer.Argument(..., help="The achievement's number."),
    category: str | None = typer.Option(None, "--category", help="Another category."),
    description: str | None = typer.Option(None, "--description", help="Replace the text."),
    officer: str | None = typer.Option(None, "--officer", help="Another officer."),
    date: str | None = typer.Option(None, "--date", "-d", help="Another date."),
    count: int | None = typer.Option(None, "--count", "-c", help="Another count."),
    visit: str | None = typer.Option(None, "--visit",
                                     help="Link to visit # or reference (0 unlinks)."),
) -> None:
    """Change an achievement; fields not given stay as they are.

    Example: visitlog achieve edit 7 --count 3
    """
    from visitlog.service.achievements import AchievementChanges, edit_achievement

    context = context_of(ctx)
    day = parse_past_date(date, context.today) if date else None
    changes = AchievementChanges(category, description, officer, day, count, visit)
    say(_line("achieve.edited", edit_achievement(context, achievement_id, changes)))


@achieve_app.command("delete")
def delete_command(
    ctx: typer.Context,
    achievement_id: int = typer.Argument(..., help="The achievement's number."),
) -> None:
    """Delete an achievement (`visitlog undo` brings it back).

    Example: visitlog achieve delete 7
    """
    from visitlog.service.achievements import delete_achievement

    say(_line("achieve.deleted", delete_achievement(context_of(ctx), achievement_id)))
