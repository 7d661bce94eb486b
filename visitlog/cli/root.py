"""The root command: global options, lazily loaded command groups, and the error boundary.

Each command group lives in its own module and is imported only when it is run, so that
`visitlog log …` pays for the visit commands alone. `--help` lists every command from the
short help kept here, without importing them.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import Any

import typer
from typer.core import TyperGroup

from visitlog.cli.commands import COMMANDS
from visitlog.cli.dbpath import LogbookPath
from visitlog.cli.framework import click as _click
from visitlog.cli.localized import LocalizedGroup, localize
from visitlog.i18n import LANGS, t

# Each command built from its Typer declaration once per process: a run looks its command up
# twice (to resolve it, then to invoke it), and the test suite runs thousands of commands in
# one process (building one is most of what an in-process run costs). A built command holds
# no state of a run: its words come from the catalog when shown, its values from the context.
_BUILT: dict[str, _click.Command] = {}


class LazyGroup(LocalizedGroup, TyperGroup):
    """A Typer group whose subcommands are imported on first use; its page and usage errors
    in the reader's language (cli/localized.py)."""

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        if cmd_name not in _BUILT:
            from visitlog.cli.groups import build_command

            module, attr, _help = COMMANDS[cmd_name]
            command = build_command(getattr(import_module(module), attr), [cmd_name])
            command.name = cmd_name
            _BUILT[cmd_name] = command
        return _BUILT[cmd_name]

    def command_rows(self, ctx: _click.Context, width: int) -> list[tuple[str, str]]:
        """The commands' lines from the registry, without importing them."""
        return [(name, t(help_key)) for name, (_m, _a, help_key) in COMMANDS.items()]

    def invoke(self, ctx: _click.Context) -> Any:
        """Run the command; when it fails, a logbook it created and left empty goes away."""
        try:
            return super().invoke(ctx)
        except BaseException as exc:
            if getattr(exc, "exit_code", 1) != 0 and ctx.obj is not None:
                from visitlog.cli.state import close_after_failure

                close_after_failure(ctx)
            if isinstance(exc, KeyboardInterrupt):
                # Typer would exit 130 silently: say it, as the boundary does for `log`
                from visitlog.cli.boundary import say_aborted

                say_aborted()
                raise typer.Exit(130) from None
            raise

    def main(self, args: Any = None, prog_name: str | None = None, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        extra["standalone_mode"] = False
        from visitlog.cli.boundary import run_guarded

        code = run_guarded(lambda: super(LazyGroup, self).main(argv, prog_name or "visitlog",
                                                               **extra), argv)
        sys.exit(code)


ROOT_HELP = """visitlog: the field-visit logbook of a trade-union federation (一周进一企).

Example: visitlog log 金海 --role investigator --date 昨天"""

ROOT_OPTIONS: dict[str, str] = {  # option -> its help
    "--db": "Logbook file (env VISITLOG_DB).",
    "--lang": "zh or en (env VISITLOG_LANG).",
    "--debug": "Show tracebacks of errors.",
    "--version": "Show the version and exit.",
    "--install-completion": "Install completion for bash, zsh or fish (default: your shell).",
    "--show-completion": "Show the completion script, to install it yourself.",
}

app = typer.Typer(
    cls=LazyGroup, add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
    no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    """Eager, so that `visitlog --version` works without a command."""
    if value:
        from visitlog import __version__

        typer.echo(f"visitlog {__version__}")
        raise typer.Exit(0)


def _choose_lang(value: str | None) -> str | None:
    """Eager, so that `visitlog --lang zh --help` is already in Chinese. Without --lang:
    env VISITLOG_LANG, then the user's config, then the locale."""
    from visitlog.cli.state import choose_lang

    if value is not None and value not in LANGS:
        raise typer.BadParameter(" | ".join(LANGS), param_hint="--lang")
    choose_lang(value)
    return value


def _completion_option(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> None:
    if value is not None:
        from visitlog.cli.completion import run_option

        run_option(f"--{(param.name or '').replace('_', '-')}", value)
        raise typer.Exit(0)


@app.callback(help=ROOT_HELP)  # (its page is also served by cli/roothelp.py, generated)
def root(
    ctx: typer.Context,
    # not dir_okay=False: a directory given as the logbook is a fault (exit 1, SPEC), and
    # open_logbook says so in the catalog's words
    # nor readable=True: an unreadable logbook is a fault (exit 1), as with VISITLOG_DB
    # a str, not a Path: a PostgreSQL URL's '//' must survive (cli/state.py tells them apart)
    db: str | None = typer.Option(None, "--db", help=ROOT_OPTIONS["--db"],
                                  click_type=LogbookPath(readable=False)),
    lang: str | None = typer.Option(None, "--lang", help=ROOT_OPTIONS["--lang"],
                                    is_eager=True, callback=_choose_lang),
    debug: bool = typer.Option(False, "--debug", help=ROOT_OPTIONS["--debug"]),
    version: bool = typer.Option(False, "--version", help=ROOT_OPTIONS["--version"],
                                 is_eager=True, callback=_show_version),
    # (served by the front door, SHELL optional there: cli/front.parse_completion_option)
    install_completion: str | None = typer.Option(
        None, "--install-completion", help=ROOT_OPTIONS["--install-completion"],
        is_eager=True, expose_value=False, callback=_completion_option),
    show_completion: str | None = typer.Option(
        None, "--show-completion", help=ROOT_OPTIONS["--show-completion"],
        is_eager=True, expose_value=False, callback=_completion_option),
) -> None:
    from visitlog.cli.state import AppState

    ctx.obj = AppState(db_option=db, debug=debug)


cli = localize(typer.main.get_command(app), [])


def main() -> None:
    cli.main(prog_name="visitlog")
