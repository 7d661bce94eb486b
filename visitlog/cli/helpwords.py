"""Where each help page finds its words in the message catalog (visitlog/i18n/help.py).

A command's page is `help.page.<path>` (`help.page.report.week`; the root's is
`help.page.root`); a parameter's help is `help.param.<path>.<name>`, or `help.param.<name>` when
it says what the same parameter says everywhere (`--format`, `--output`); the word that stands
for a value (an argument's name in the usage line and in errors: 企业 / ENTERPRISE, or an
option's: --date 日期) is `help.metavar.<name>`, else the word for its type (`help.type.text`:
文本). Adding a command means adding its page and its parameters' words to the catalog:
tests/test_help_pages.py names what is missing, with the lines to paste.

No framework here (cli/usage.py and cli/localized.py use it; the root's page the front door
serves is generated from the Typer root's: cli/declare.py).
"""

from __future__ import annotations

from visitlog.i18n import has, t

ROOT = "root"


def page_key(path: list[str]) -> str:
    return "help.page." + (".".join(path) if path else ROOT)


def param_keys(path: list[str], name: str) -> tuple[str, str]:
    """(the key of this command's own words for the parameter, the key of its usual words)"""
    return f"help.param.{'.'.join(path) if path else ROOT}.{name}", f"help.param.{name}"


def page_text(path: list[str], declared: str = "") -> str:
    """The command's help text; a command not in the catalog yet shows the words it was
    declared with (tests fail on it)."""
    key = page_key(path)
    return t(key) if has(key) or not declared else _fallback(key, declared)


def param_text(path: list[str], name: str, declared: str = "") -> str:
    own, usual = param_keys(path, name)
    if has(own):
        return t(own)
    if has(usual):
        return t(usual)
    return _fallback(own, declared) if declared else ""


def _fallback(key: str, declared: str) -> str:
    t(key)  # raises under tests (a strict catalog); a user sees the declared English
    return declared


def _metavar_key(path: list[str], name: str) -> str | None:
    """This command's own word for the value (`help.metavar.browse.host`), else the usual one
    (`help.metavar.date`: 日期), else None."""
    own = [f"help.metavar.{'.'.join(path)}.{name}"] if path else []
    return next((key for key in [*own, f"help.metavar.{name}"] if has(key)), None)


def metavar(name: str, type_word: str, path: list[str] | None = None) -> str:
    """The word for an option's value: its own or its type's (文本, TEXT)."""
    key = _metavar_key(path or [], name)
    return t(key) if key else t(f"help.type.{type_word}")


def argument_word(name: str, path: list[str] | None = None) -> str:
    """An argument's name in the reader's words (企业, ENTERPRISE): in the usage line, the
    Arguments section and the usage errors."""
    key = _metavar_key(path or [], name)
    if key:
        return t(key)
    return t(f"help.metavar.{name}") if _strict() else name.upper()  # (raises under tests)


def _strict() -> bool:
    import os

    return bool(os.environ.get("VISITLOG_STRICT_CATALOG"))
