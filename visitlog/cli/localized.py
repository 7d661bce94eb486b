"""Every command's help page and usage errors in the reader's language.

Typer and click word their pages and errors in English as the commands are declared. Here a
built click command is given a class of its own (`localize`) that lays its page out from the
message catalog when it is shown (the language is chosen by then: `--lang` is eager) through
cli/helppage.py, with the words cli/helpwords.py finds (the root's page too, which
cli/declare.py generates for the front door); and that raises usage errors with their cause
(cli/usage.py) instead of click's English: each parameter's type is wrapped so that a value
it refuses says why in the catalog's words.
"""

from __future__ import annotations

import difflib
from typing import Any

from typer._types import TyperChoice
from typer.core import TyperArgument, TyperGroup, TyperOption
from typer.models import TyperPath

from visitlog.cli.framework import click as _click
from visitlog.cli.framework import exceptions as click_errors
from visitlog.cli.framework import join_options
from visitlog.cli.framework import types as click_types
from visitlog.cli.helppage import Page, short_help
from visitlog.cli.helpwords import argument_word, metavar, page_text, param_text
from visitlog.cli.usage import BadValue, ExtraArguments, MissingCommand, NoSuchCommand, OptionValue
from visitlog.i18n import LANGS, get_lang, t


class LocalizedCommand:
    """Mixed into a click command: its page and its usage errors from the catalog."""


    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        formatter.write(help_page(self, ctx, formatter.width) + "\n")  # type: ignore[arg-type]

    def get_short_help_str(self, limit: int = 45) -> str:
        return short_help(page_text(self._path(), self.help or ""), limit)  # type: ignore[attr-defined]

    def _path(self) -> list[str]:
        return list(getattr(self, "help_path", []))

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        _language_before_help(args)
        allowed = ctx.allow_extra_args
        ctx.allow_extra_args = True  # extra words are refused below, with their cause
        try:
            rest = super().parse_args(ctx, args)  # type: ignore[misc]
        except click_errors.BadOptionUsage as exc:
            raise OptionValue(exc.option_name, _takes_value(ctx, exc.option_name),
                              ctx=ctx) from None
        finally:
            ctx.allow_extra_args = allowed
        if not allowed and ctx.args and not ctx.resilient_parsing:
            raise ExtraArguments(list(ctx.args), ctx=ctx)
        return rest


class LocalizedGroup(LocalizedCommand):
    """Mixed into a click group: an unknown or missing command said in the catalog's words."""

    def resolve_command(self, ctx: _click.Context, args: list[str]) -> Any:
        name = args[0]
        if not ctx.resilient_parsing and not name.startswith("-") \
                and self.get_command(ctx, name) is None:  # type: ignore[attr-defined]
            close = difflib.get_close_matches(name, self.list_commands(ctx))  # type: ignore[attr-defined]
            raise NoSuchCommand(name, close, ctx=ctx)
        return super().resolve_command(ctx, args)  # type: ignore[misc]

    def invoke(self, ctx: _click.Context) -> Any:
        if not ctx._protected_args and not getattr(self, "invoke_without_command", False):
            raise MissingCommand(ctx=ctx)
        return super().invoke(ctx)  # type: ignore[misc]

    def command_rows(self, ctx: _click.Context, width: int) -> list[tuple[str, str]]:
        """(name, its line) for each subcommand."""
        names = [name for name in self.list_commands(ctx)]  # type: ignore[attr-defined]
        commands = [(name, self.get_command(ctx, name)) for name in names]  # type: ignore[attr-defined]
        commands = [(name, cmd) for name, cmd in commands if cmd is not None and not cmd.hidden]
        if not commands:
            return []
        limit = width - 6 - max(len(name) for name, _ in commands)
        return [(name, cmd.get_short_help_str(limit)) for name, cmd in commands]


_CLASSES: dict[type, type] = {}


def localize(command: _click.Command, path: list[str] | None = None) -> _click.Command:
    """`command` (and its subcommands, when built) with the catalog's words: the same command,
    of a class with LocalizedCommand mixed in; `path` is its place under the root
    (["report", "week"])."""
    if not isinstance(command, LocalizedCommand):
        command = _as(_localized_class(type(command)), command)
    if path is not None:
        command.help_path = path  # type: ignore[attr-defined]
    for param in command.params:
        _word_refusals(param)
    subcommands = getattr(command, "commands", {})
    for name, sub in subcommands.items():
        subcommands[name] = localize(sub, [*getattr(command, "help_path", []), name])
    return command


def _localized_class(base: type) -> type:
    if base not in _CLASSES:
        mixin = LocalizedGroup if issubclass(base, TyperGroup) else LocalizedCommand
        _CLASSES[base] = type(f"Localized{base.__name__}", (mixin, base), {})
    return _CLASSES[base]


def _as(cls: type, obj: Any) -> Any:
    """A copy of `obj` (its attributes shared) as an instance of `cls`, a subclass of its own
    (Python refuses to swap the class of an object for one with a mixin before its base)."""
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    return new


# ---- the page -----------------------------------------------------------------------------

def help_page(command: LocalizedCommand, ctx: _click.Context, width: int) -> str:
    path = command._path()
    params = [p for p in command.get_params(ctx) if not p.hidden]  # type: ignore[attr-defined]
    arguments = [p for p in params if p.param_type_name == "argument"]
    options = [p for p in params if p.param_type_name == "option"]
    pieces = [t("help.metavar.options")] if options else []
    pieces += [_usage_word(p, path) for p in arguments]
    if isinstance(command, LocalizedGroup):
        pieces.append(t("help.metavar.command"))
    page = Page(t("help.usage"), ctx.command_path, " ".join(pieces),
                page_text(path, getattr(command, "help", None) or ""))
    page.section(t("help.section.arguments"),
                 [(argument_word(p.name or "", path), _param_help(p, ctx, path))
                  for p in arguments])
    page.section(t("help.section.options"),
                 [(_option_words(p, path), _param_help(p, ctx, path)) for p in options])
    if isinstance(command, LocalizedGroup):
        page.section(t("help.section.commands"), command.command_rows(ctx, width))
    return page.render(width, get_lang() == "zh")


def _usage_word(param: _click.Parameter, path: list[str]) -> str:
    word = argument_word(param.name or "", path)
    if param.nargs != 1:
        word += "..."
    return word if param.required else f"[{word}]"


def _option_words(param: _click.Parameter, path: list[str]) -> str:
    def words(opts: list[str]) -> str:
        joined, _slashes = join_options(opts)
        if not getattr(param, "is_flag", False) and not getattr(param, "count", False):
            joined += " " + _value_word(param, path)
        return joined

    out = [words(param.opts)]
    if param.secondary_opts:
        out.append(words(param.secondary_opts))
    return " / ".join(out)


def _value_word(param: _click.Parameter, path: list[str]) -> str:
    ptype = param.type
    if isinstance(ptype, TyperChoice):
        return "[" + "|".join(_choices(ptype)) + "]"
    return metavar(param.name or "", _type_word(ptype), path)


def _type_word(ptype: click_types.ParamType) -> str:
    if isinstance(ptype, TyperPath):
        return "file" if not ptype.dir_okay else "dir" if not ptype.file_okay else "path"
    if isinstance(ptype, click_types.IntParamType | click_types.IntRange):
        return "integer"
    if isinstance(ptype, click_types.FloatParamType | click_types.FloatRange):
        return "number"
    if isinstance(ptype, click_types.BoolParamType):
        return "boolean"
    return "text"


def _choices(ptype: TyperChoice) -> list[str]:
    return [str(getattr(choice, "value", choice)) for choice in ptype.choices]


def _param_help(param: _click.Parameter, ctx: _click.Context, path: list[str]) -> str:
    text = param_text(path, param.name or "", getattr(param, "help", None) or "")
    extra = []
    default = _default_words(param, ctx)
    if default:
        extra.append(t("help.default", default=default))
    if isinstance(param.type, click_types._NumberRangeBase):
        extra.append(range_words(param.type))
    if param.required:
        extra.append(t("help.required"))
    if not extra:
        return text
    extras = f"[{'; '.join(extra)}]"
    return f"{text}  {extras}" if text else extras


def _default_words(param: _click.Parameter, ctx: _click.Context) -> str:
    if not isinstance(param, TyperOption | TyperArgument):
        return ""
    default = param._extract_default_help_str(ctx=ctx)
    as_text = isinstance(param.show_default, str)
    if not as_text and (default is None or not (param.show_default or ctx.show_default)):
        return ""
    return param._get_default_string(ctx=ctx, show_default_is_str=as_text,
                                     default_value=default)


def range_words(ptype: Any) -> str:
    low, high = ptype.min, ptype.max
    if low is not None and high is not None:
        return t("help.range.between", min=low, max=high)
    if low is not None:
        return t("help.range.at_least", min=low)
    return t("help.range.at_most", max=high)


def _language_before_help(args: list[str]) -> None:
    """`log --help --lang en`: click shows the page as it meets --help, before --lang; the
    page is in the language asked for anywhere among the words."""
    if "--help" not in args and "-h" not in args:
        return
    words = args[:args.index("--")] if "--" in args else args
    for index, word in enumerate(words):
        value = words[index + 1] if word == "--lang" and index + 1 < len(words) else \
            word.removeprefix("--lang=") if word.startswith("--lang=") else None
        if value in LANGS:
            from visitlog.cli.state import choose_lang

            choose_lang(value)


# ---- refusals with their cause -----------------------------------------------------------

def _takes_value(ctx: _click.Context, option: str) -> bool:
    for param in ctx.command.get_params(ctx):
        if option in (*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())):
            return not (getattr(param, "is_flag", False) or getattr(param, "count", False))
    return True


class _Worded:
    """Mixed into a parameter's type: a value it refuses is refused with the cause."""

    def convert(self, value: Any, param: _click.Parameter | None,
                ctx: _click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)  # type: ignore[misc]
        except BadValue:
            raise
        except click_errors.BadParameter:
            key, params = refusal(self, value)  # type: ignore[arg-type]
            raise BadValue(key, params, ctx=ctx, param=param) from None


_WORDED: dict[type, type] = {}


def _word_refusals(param: _click.Parameter) -> None:
    ptype = param.type
    if isinstance(ptype, _Worded):
        return
    base = type(ptype)
    if base not in _WORDED:
        _WORDED[base] = type(f"Worded{base.__name__}", (_Worded, base), {})
    param.type = _as(_WORDED[base], ptype)


def refusal(ptype: click_types.ParamType, value: Any) -> tuple[str, dict[str, object]]:
    """Why `ptype` refused `value`: a catalog key and its parameters."""
    shown = repr(value) if isinstance(value, str) else value
    if isinstance(ptype, click_types._NumberRangeBase):
        number = click_types.INT if isinstance(ptype, click_types.IntRange) else click_types.FLOAT
        try:
            value = number.convert(value, None, None)
        except click_errors.BadParameter:
            return _not_a_number(ptype, shown)
        return "usage.out_of_range", {"value": value, "range": range_words(ptype)}
    if isinstance(ptype, click_types.IntParamType | click_types.FloatParamType):
        return _not_a_number(ptype, shown)
    if isinstance(ptype, TyperChoice):
        return "usage.not_choice", {"value": shown,
                                    "choices": ", ".join(repr(c) for c in _choices(ptype))}
    if isinstance(ptype, click_types.BoolParamType):
        return "usage.not_bool", {"value": shown}
    if isinstance(ptype, TyperPath):
        return _path_refusal(ptype, str(value))
    return "usage.refused", {"value": shown}


def _not_a_number(ptype: click_types.ParamType, shown: object) -> tuple[str, dict[str, object]]:
    integer = isinstance(ptype, click_types.IntParamType | click_types.IntRange)
    return ("usage.not_int" if integer else "usage.not_number"), {"value": shown}


def _path_refusal(ptype: TyperPath, value: str) -> tuple[str, dict[str, object]]:
    import os

    shown = {"path": repr(value)}
    if not os.path.lexists(value):
        return "usage.no_path", shown
    if os.path.isdir(value) and not ptype.dir_okay:
        return "usage.is_directory", shown
    if not os.path.isdir(value) and not ptype.file_okay:
        return "usage.is_file", shown
    if ptype.readable and not os.access(value, os.R_OK):
        return "usage.not_readable", shown
    return "usage.not_writable", shown
