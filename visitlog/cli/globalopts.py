"""The global options (--db, --lang, --debug) after the command as well as before it.

`visitlog report week --db federation.db` is how people (and scripts) write it; click only
knows a group's options before the subcommand. Each command gets the three as hidden options
of its own that set what the root's would: click parses them, so `--note --db` stays a note
and `--` ends the options as always. The later one wins when both are given, as with any
repeated option. A command with an option of the same name (`demo --db`) keeps its own.
"""

from __future__ import annotations

from typer.core import TyperGroup, TyperOption

from visitlog.cli.framework import BadParameter
from visitlog.cli.framework import click as _click
from visitlog.i18n import LANGS


def _use_db(ctx: _click.Context, _param: _click.Parameter, value: str | None) -> None:
    if value is not None:
        from visitlog.cli.state import use_db

        use_db(ctx, value)  # a path, or a PostgreSQL URL (Path would fold its '//')


def _use_lang(_ctx: _click.Context, param: _click.Parameter, value: str | None) -> None:
    if value is None:
        return
    if value not in LANGS:
        raise BadParameter(" | ".join(LANGS), param=param, param_hint="--lang")
    from visitlog.cli.state import choose_lang

    choose_lang(value)


def _global_options() -> list[TyperOption]:
    return [
        TyperOption(param_decls=["--db"], hidden=True, expose_value=False, callback=_use_db),
        # eager, as the root's: `visitlog log --lang zh --help` is in Chinese
        TyperOption(param_decls=["--lang"], hidden=True, expose_value=False, is_eager=True,
                    callback=_use_lang),
        # accepted here; the error boundary looks for it in the words (cli/boundary.py)
        TyperOption(param_decls=["--debug"], is_flag=True, default=False, hidden=True,
                    expose_value=False),
    ]


def accept_global_options(command: _click.Command) -> _click.Command:
    """Give `command` (each command of it, when it is a group) the global options; a group
    built lazily gives them to each subcommand as it is built (cli/groups.py)."""
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            accept_global_options(sub)
        return command
    taken = {name for param in command.params for name in getattr(param, "opts", ())}
    command.params.extend(option for option in _global_options()
                          if not taken.intersection(option.opts))
    return command
