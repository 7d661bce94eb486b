"""`visitlog config get|set|list`: per-user settings and the logbook's rules."""

from __future__ import annotations

from pathlib import Path

import typer

from visitlog.cli.output import FORMAT, OUTPUT, Format, say, show
from visitlog.cli.state import context_of
from visitlog.i18n import t

config_app = typer.Typer(add_completion=False, rich_markup_mode=None, no_args_is_help=True,
                         help="Settings: officer and lang (yours); min_available_days, calendar "
                         "(the logbook's).")


@config_app.command("set")
def set_command(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="officer, lang, min_available_days or calendar."),
    value: str = typer.Argument(..., help="The new value; \"\" clears it."),
) -> None:
    """Change a setting; an empty value clears it (the logbook's rules: their default).

    Example: visitlog config set officer 王伟
    """
    from visitlog.service.settings import set_setting

    stored = set_setting(context_of(ctx), key, value)
    if value.strip():
        say(t("config.set", key=key, value=stored))
    else:
        say(t("config.cleared", key=key) if not stored else
            t("config.reset", key=key, value=stored))


@config_app.command("get")
def get_command(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The setting's name."),
) -> None:
    """Print one setting.

    Example: visitlog config get officer
    """
    from visitlog.service.settings import all_settings

    settings = all_settings(context_of(ctx))
    if key not in settings:
        from visitlog.domain.errors import Invalid

        raise Invalid("config.unknown_key", key=key, keys=", ".join(settings))
    typer.echo(settings[key] or "")


@config_app.command("list")
def list_command(ctx: typer.Context, fmt: Format = FORMAT, output: Path | None = OUTPUT) -> None:
    """Print every setting.

    Example: visitlog config list --format json
    """
    from visitlog.config import USER_KEYS
    from visitlog.render.listings import settings_sheet
    from visitlog.service.settings import all_settings

    settings = all_settings(context_of(ctx))
    sheet = settings_sheet(settings, USER_KEYS)
    text = "".join(f"{key} = {value or ''}\n" for key, value in settings.items())
    show(fmt, output, [sheet], sheet.records(), text)
