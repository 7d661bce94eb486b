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
from visitlog.domain.text import FULL_WIDTH_DIGITS
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


class AsciiDigits:
    """Mixed into an integer parameter's type: its digits are ASCII (full-width ０-９ taken as
    them, as Chinese input methods type them). click's own type takes whatever Python's int()
    does, ٣ and other scripts' digits included (SPEC: those are bad input)."""

    def convert(self, value: object, param: _click.Parameter | None,
                ctx: _click.Context | None) -> object:
        if isinstance(value, str):
            text = value.strip().translate(FULL_WIDTH_DIGITS)
            digits = text[1:] if text[:1] in "+-" else text
            if not (digits.isascii() and digits.isdigit()):
                from visitlog.cli.usage import BadValue

                raise BadValue("usage.not_int", {"value": repr(value)}, ctx=ctx, param=param)
            value = text
        return super().convert(value, param, ctx)  # type: ignore[misc]


_ASCII: dict[type, type] = {}


def _ascii_ints(command: _click.Command) -> None:
    for param in command.params:
        ptype = param.type
        if isinstance(ptype, _click.types.IntParamType) and not isinstance(ptype, AsciiDigits):
            base = type(ptype)
            if base not in _ASCII:
                _ASCII[base] = type(f"Ascii{base.__name__}", (AsciiDigits, base), {})
            ascii_type = object.__new__(_ASCII[base])
            ascii_type.__dict__.update(ptype.__dict__)
            param.type = ascii_type


def accept_global_options(command: _click.Command) -> _click.Command:
    """Give `command` (each command of it, when it is a group) the global options; a group
    built lazily gives them to each subcommand as it is built (cli/groups.py). Its integer
    parameters take ASCII (and full-width) digits only."""
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            accept_global_options(sub)
        return command
    _ascii_ints(command)
    taken = {name for param in command.params for name in getattr(param, "opts", ())}
    command.params.extend(option for option in _global_options()
                          if not taken.intersection(option.opts))
    return command
