"""Writes cli/declared.py: the front door's tables, generated from the Typer declarations.

The front door (cli/front.py) parses `log` and `report week` and serves the root's help page
without importing Typer. What it needs to know of them (option words, defaults, repeatable
options, formats, the root's page in each language) is declared once, on the Typer commands;
this module reads those declarations and writes them down as plain Python, and
tests/test_front.py regenerates the file and compares, as sqlite-utils checks its docs with
`cog --check`. After changing an option of `log`, `report week` or the root, or a command's
one-line help:

    .venv/bin/python -m visitlog.cli.declare          # rewrite cli/declared.py
    .venv/bin/python -m visitlog.cli.declare --check  # exit 1 when it is stale
"""

from __future__ import annotations

import pprint
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).with_name("declared.py")
HEADER = '''"""Generated from the Typer declarations by `python -m visitlog.cli.declare`.
Do not edit.

The front door's tables (cli/front.py): option word -> (parameter, takes a value), each
command's defaults, and the root's help page in each language at click's fixed width.
"""

'''


def _options(command: Any, leave_out: frozenset[str] = frozenset()) -> dict[str, tuple[str, bool]]:
    from typer.core import TyperOption

    words: dict[str, tuple[str, bool]] = {}
    for param in command.params:
        if isinstance(param, TyperOption) and param.name not in leave_out:
            for word in (*param.opts, *param.secondary_opts):
                words[word] = (param.name, not param.is_flag)
    return words


def _defaults(command: Any, leave_out: dict[str, tuple[str, bool]]) -> dict[str, Any]:
    from typer.core import TyperArgument, TyperOption

    fields = {name for name, _value in leave_out.values()}
    out: dict[str, Any] = {}
    for param in command.params:
        if isinstance(param, TyperArgument):
            out[param.name] = ""
        elif isinstance(param, TyperOption) and param.name not in fields:
            default = param.default
            out[param.name] = (list(default or ()) if param.multiple
                               else getattr(default, "value", default))  # an Enum: its value
    return out


def _root_page(lang: str) -> str:
    """The root's help page as Typer prints it, 80 columns wide (click's layout is then fixed)."""
    import os
    import subprocess

    env = {**os.environ, "COLUMNS": "80", "VISITLOG_LANG": lang}
    done = subprocess.run(
        [sys.executable, "-c", "from visitlog.cli.root import main; main()", "--help"],
        env=env, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.rstrip("\n")


def generate() -> str:
    from visitlog.cli.root import cli as root_command
    from visitlog.cli.showing import Format
    from visitlog.i18n import LANGS

    global_options = _options(root_command, frozenset({"version", "help", "install_completion",
                                                       "show_completion"}))
    log = root_command.get_command(None, "log")
    week = root_command.get_command(None, "report").get_command(None, "week")
    own = {word: spec for word, spec in _options(log).items() if word not in global_options}
    week_own = {word: spec for word, spec in _options(week).items()
                if word not in global_options}
    repeatable = sorted({p.name for c in (log, week) for p in c.params
                         if getattr(p, "multiple", False)})
    tables = {
        "GLOBAL_OPTIONS": global_options,
        "LOG_OPTIONS": own,
        "LOG_DEFAULTS": _defaults(log, global_options),
        "WEEK_OPTIONS": week_own,
        "WEEK_DEFAULTS": _defaults(week, global_options),
        "REPEATABLE": repeatable,
        "FORMATS": tuple(f.value for f in Format),
        "ROOT_PAGES": {lang: _root_page(lang) for lang in LANGS},
    }
    body = []
    for name, value in tables.items():
        text = pprint.pformat(value, width=96, sort_dicts=False)
        if name == "REPEATABLE":
            text = f"frozenset({text})"
        body.append(f"{name} = {text}\n")
    return HEADER + "\n".join(body)


def main(argv: list[str]) -> int:
    from visitlog.generated import write_or_check

    return write_or_check(TARGET, generate(), argv[:1] == ["--check"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
