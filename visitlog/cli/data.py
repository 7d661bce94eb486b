"""`visitlog backup` and `visitlog restore`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

from visitlog.cli.output import say
from visitlog.cli.state import context_of
from visitlog.cli.stdio import is_stdio, readable, shown_name, writable
from visitlog.domain.text import printable
from visitlog.i18n import t

backup_app = typer.Typer(add_completion=False, rich_markup_mode=None)
restore_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@backup_app.command("backup")
def backup_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write the copy (a new file); "
                                          "- for standard output."),
    force: bool = typer.Option(False, "--force", help="Overwrite FILE if it exists."),
) -> None:
    """Back up the logbook to FILE while it stays in use (mode 0600).

    Example: visitlog backup ~/backups/visitlog-2026-11-22.db
    """
    from visitlog.service.backup import backup_logbook

    context = context_of(ctx)
    with writable(file) as target:
        path = backup_logbook(context, target, force)
    if is_stdio(file):  # the copy itself is on standard output: what is said goes to stderr
        typer.echo(printable(t("backup.done", db=str(context.db_path), path=t("io.stdout"))),
                   err=True)
    else:
        say(t("backup.done", db=str(context.db_path), path=str(path)))


@restore_app.command("restore")
def restore_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="A backup made by `visitlog backup`; "
                                          "- for standard input."),
) -> None:
    """Replace the logbook by a backup; the replaced logbook is kept next to it.

    Example: visitlog restore ~/backups/visitlog-2026-11-22.db
    """
    from visitlog.service.backup import restore_logbook

    context = context_of(ctx)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M%S")
    # a server's replaced logbook is kept beside the backup restored; one read from standard
    # input has no folder of its own: the user's data folder then
    from visitlog.config import user_dir

    keep_in = user_dir("data") if is_stdio(file) else None
    with readable(file) as source:
        restored = restore_logbook(context, source, stamp, keep_in)
    line = t("restore.done", db=str(context.db_path),
             source=shown_name(file) if is_stdio(file) else str(restored.source))
    if restored.kept is not None:
        line += "; " + t("restore.kept", kept=str(restored.kept))
    say(line)
    if restored.ignored:
        say(t("incoming.ignored", names=", ".join(restored.ignored)).strip())
