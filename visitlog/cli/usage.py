"""The framework's usage errors in the chosen language (SPEC: "one clear line on stderr in
the chosen language").

click builds its messages in English from structured parts (the option, the argument, the
value); this reads those parts back and words them through the message catalog. A message
of a kind not known here keeps click's English wording.
"""

from __future__ import annotations

import re

from typer._click import exceptions as click_errors

from visitlog.i18n import t

# click's wording of a value its type refused: pattern -> catalog key
_BAD_VALUES = (
    (re.compile(r"(?P<value>.+) is not a valid (?:int|integer)(?: range)?\.", re.S),
     "usage.not_int"),
    (re.compile(r"(?P<value>.+) is not a valid float(?: range)?\.", re.S), "usage.not_number"),
    (re.compile(r"(?P<value>.+) is not one of (?P<choices>.+)\.", re.S), "usage.not_choice"),
    (re.compile(r"(?P<value>.+) is not in the range (?P<range>.+)\.", re.S), "usage.out_of_range"),
    # a FILE or --output naming a folder (the Path parameters here are all dir_okay=False)
    (re.compile(r"File (?P<path>.+) is a directory\.", re.S), "usage.is_directory"),
)
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<args>.*)\)", re.S)
_NO_COMMAND = re.compile(r"No such command (?P<name>.+)\.", re.S)
_OPTION_VALUE = re.compile(r"Option .+ (?P<kind>requires an argument|does not take a value)\.")


def usage_message(exc: click_errors.UsageError) -> str:
    """What went wrong, without the "Usage error" frame, in the current language."""
    if isinstance(exc, click_errors.MissingParameter):
        return _missing(exc)
    if isinstance(exc, click_errors.BadParameter):
        return t("usage.bad_value", hint=_hint(exc) or "", detail=_bad_value(exc.message))
    if isinstance(exc, click_errors.NoSuchOption):
        message = t("usage.no_option", option=exc.option_name)
        if exc.possibilities:
            message += t("usage.possible", options=", ".join(sorted(exc.possibilities)))
        return message
    if isinstance(exc, click_errors.BadOptionUsage):
        match = _OPTION_VALUE.fullmatch(exc.message)
        if match:
            key = "usage.needs_value" if match["kind"].startswith("requires") else \
                "usage.takes_no_value"
            return t(key, option=repr(exc.option_name))
    match = _EXTRA.fullmatch(exc.message)
    if match:
        return t("usage.extra", args=match["args"])
    match = _NO_COMMAND.fullmatch(exc.message)
    if match:
        return t("usage.no_command", name=match["name"])
    return exc.format_message()


def _hint(exc: click_errors.BadParameter) -> str | None:
    if exc.param_hint is not None:
        hint = exc.param_hint
    elif exc.param is not None and exc.ctx is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    else:
        return None
    return hint if isinstance(hint, str) else " / ".join(repr(x) for x in hint)


def _missing(exc: click_errors.MissingParameter) -> str:
    kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else None)
    extra = exc.param.type.get_missing_message(param=exc.param, ctx=exc.ctx) \
        if exc.param is not None else None
    if kind not in ("argument", "option") or exc.message or extra:
        return exc.format_message()
    hint = _hint(exc)
    return t(f"usage.missing_{kind}", hint=f" {hint}" if hint else "")


def _bad_value(detail: str) -> str:
    for pattern, key in _BAD_VALUES:
        match = pattern.fullmatch(detail)
        if match:
            return t(key, **match.groupdict())
    return detail
