"""Command groups built lazily: a group's subcommands become click commands only when run.

Typer turns a group into click commands all at once, inspecting every function's signature;
`visitlog report week` would build all eleven reports to run one (~10 ms of every report's
start). Here a group is built without its commands, and each is built from its Typer
declaration when it is looked up (`report --help` still lists them all).
"""

from __future__ import annotations

import copy

import typer
from typer.core import TyperGroup

from visitlog.cli.framework import click as _click
from visitlog.cli.globalopts import accept_global_options
from visitlog.cli.localized import localize


class LazySubcommands(TyperGroup):
    """A TyperGroup whose subcommands come from its Typer app one at a time."""

    typer_app: typer.Typer | None = None

    def list_commands(self, ctx: _click.Context) -> list[str]:
        if self.typer_app is None:
            return super().list_commands(ctx)
        return [info.name for info in self.typer_app.registered_commands if info.name]

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        if self.typer_app is None:
            return super().get_command(ctx, cmd_name)
        if cmd_name not in self.commands:
            for info in self.typer_app.registered_commands:
                if info.name == cmd_name:
                    self.commands[cmd_name] = localize(accept_global_options(
                        typer.main.get_command_from_info(
                            info, pretty_exceptions_short=self.typer_app.pretty_exceptions_short,
                            rich_markup_mode=self.typer_app.rich_markup_mode)),
                        [*getattr(self, "help_path", []), cmd_name])
                    break
        return self.commands.get(cmd_name)


def build_command(app: typer.Typer, path: list[str]) -> _click.Command:
    """The click command of a Typer app, `path` under the root, its words from the catalog
    (cli/localized.py); a group's subcommands are left to build on use."""
    is_group = (app.registered_callback or app.info.callback or app.registered_groups
                or len(app.registered_commands) > 1)
    if not is_group or app.registered_groups or app.info.cls not in (None, TyperGroup):
        return localize(accept_global_options(typer.main.get_command(app)), path)
    bare = copy.copy(app)
    bare.info = copy.copy(app.info)
    bare.info.cls = LazySubcommands
    bare.registered_commands = []
    group = typer.main.get_command(bare)
    assert isinstance(group, LazySubcommands)
    group.typer_app = app
    return localize(group, path)
