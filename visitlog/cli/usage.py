"""The framework's usage errors, worded from their cause in the chosen language (SPEC: "one
clear line on stderr in the chosen language").

click raises each usage error with an English sentence. Where its exception keeps the cause
(a missing parameter, an unknown option) the message is built from that; where it does not,
the commands (cli/localized.py) raise one of the errors below, which carry the cause: a value
a parameter's type refused (`BadValue`), extra arguments, an unknown command, an option
given a value it does not take or missing the one it needs. Nothing here reads click's
English.
"""

from __future__ import annotations

from visitlog.cli.framework import exceptions as click_errors
from visitlog.i18n import t


class BadValue(click_errors.BadParameter):
    """A value a parameter's type refused: `key` and `params` word why."""

    def __init__(self, key: str, params: dict[str, object], ctx: object = None,
                 param: object = None) -> None:
        super().__init__(key, ctx=ctx, param=param)  # type: ignore[arg-type]
        self.key = key
        self.params = params


class ExtraArguments(click_errors.UsageError):
    def __init__(self, args: list[str], ctx: object = None) -> None:
        super().__init__("extra", ctx=ctx)  # type: ignore[arg-type]
        self.args_given = args


class NoSuchCommand(click_errors.UsageError):
    def __init__(self, name: str, close: list[str], ctx: object = None) -> None:
        super().__init__("no_command", ctx=ctx)  # type: ignore[arg-type]
        self.name = name
        self.close = close


class MissingCommand(click_errors.UsageError):
    def __init__(self, ctx: object = None) -> None:
        super().__init__("missing_command", ctx=ctx)  # type: ignore[arg-type]


class OptionValue(click_errors.UsageError):
    """An option typed with a value it does not take (`--new=yes`), or without the one it
    needs (`--dept` last)."""

    def __init__(self, option: str, takes_value: bool, ctx: object = None) -> None:
        super().__init__("option_value", ctx=ctx)  # type: ignore[arg-type]
        self.option = option
        self.takes_value = takes_value


def usage_message(exc: click_errors.UsageError) -> str:
    """What went wrong, without the "Usage error" frame, in the current language."""
    if isinstance(exc, BadValue):
        return t("usage.bad_value", hint=param_hint(exc), detail=t(exc.key, **exc.params))
    if isinstance(exc, click_errors.MissingParameter):
        kind = "argument" if _is_argument(exc.param) else "option"
        hint = param_hint(exc)
        return t(f"usage.missing_{kind}", hint=f" {hint}" if hint else "")
    if isinstance(exc, click_errors.BadParameter):  # refused by a callback, in its own words
        return t("usage.bad_value", hint=param_hint(exc), detail=exc.message)
    if isinstance(exc, click_errors.NoSuchOption):
        message = t("usage.no_option", option=exc.option_name)
        if exc.possibilities:
            message += t("usage.possible", options=", ".join(sorted(exc.possibilities)))
        return message
    if isinstance(exc, OptionValue):
        key = "usage.needs_value" if exc.takes_value else "usage.takes_no_value"
        return t(key, option=repr(exc.option))
    if isinstance(exc, ExtraArguments):
        return t("usage.extra", args=" ".join(exc.args_given))
    if isinstance(exc, NoSuchCommand):
        message = t("usage.no_command", name=repr(exc.name))
        if exc.close:
            message += t("usage.did_you_mean", names=", ".join(repr(n) for n in exc.close))
        return message
    if isinstance(exc, MissingCommand):
        return t("usage.missing_command")
    return exc.format_message()  # (no other kind is raised by visitlog's commands)


def _is_argument(param: object) -> bool:
    return getattr(param, "param_type_name", "") == "argument"


def param_hint(exc: click_errors.BadParameter) -> str:
    """How the parameter is named: an argument by its word (企业, ENTERPRISE), an option by
    its names ('--format' / '-f')."""
    if exc.param_hint is not None:
        hint = exc.param_hint
        return hint if isinstance(hint, str) else " / ".join(repr(x) for x in hint)
    param = exc.param
    if param is None:
        return ""
    if _is_argument(param):
        from visitlog.cli.helpwords import argument_word

        path = getattr(exc.ctx.command, "help_path", None) if exc.ctx is not None else None
        return argument_word(param.name or "", path)
    return " / ".join(repr(x) for x in getattr(param, "opts", ()))
