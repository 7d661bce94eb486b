"""The front door: `visitlog log …`, the command an officer types every week, without Typer.

Importing Typer and its click costs about as much as everything else `log` does together
(the logbook's open, the write, its journal and fsync), which is what kept `log` over its
start-up budget. So the entry point first tries this small parser: it knows the global
options and `log`'s argument and options exactly as the Typer command declares them
(tests/test_front.py compares the two declarations and their results), and it runs the same
code (cli/logvisit.py) under the same error boundary. Anything it does not recognise as a
plain, complete `log` command, `--help` and every mistake included, goes to the full command
line, which stays the one reference for usage messages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from visitlog.i18n import LANGS

# option word -> (field, takes a value); the global options come before the command
GLOBAL_OPTIONS: dict[str, tuple[str, bool]] = {
    "--db": ("db", True), "--lang": ("lang", True), "--debug": ("debug", False),
}
LOG_OPTIONS: dict[str, tuple[str, bool]] = {
    "--officer": ("officer", True),
    "--date": ("date", True), "-d": ("date", True),
    "--role": ("role", True), "-r": ("role", True),
    "--note": ("note", True), "-n": ("note", True),
    "--outcome": ("outcome", True),
    "--new": ("new", False),
}
REPEATABLE = frozenset({"role", "outcome"})


class LogCommand:
    """The words of one `visitlog [global options] log ENTERPRISE [options]`, with the
    Typer command's defaults."""

    def __init__(self) -> None:
        self.enterprise = ""
        self.db: str | None = None
        self.lang: str | None = None
        self.debug = False
        self.officer: str | None = None
        self.date = "today"
        self.role: list[str] = []
        self.note = ""
        self.outcome: list[str] = []
        self.new = False


def parse_log(argv: list[str]) -> LogCommand | None:
    """The command, or None when argv is anything but a plain, complete `log` command."""
    command = LogCommand()
    words = iter(argv)
    if not _read_options(words, GLOBAL_OPTIONS, command, until="log"):
        return None
    positional: list[str] = []
    if not _read_options(words, LOG_OPTIONS, command, positional=positional):
        return None
    if len(positional) != 1 or (command.lang is not None and command.lang not in LANGS) \
            or command.db == "":
        return None
    command.enterprise = positional[0]
    return command


def _read_options(words, options: dict[str, tuple[str, bool]], command: LogCommand,  # noqa: ANN001
                  until: str | None = None, positional: list[str] | None = None) -> bool:
    """Consume words into `command`: options of `options`, positional words (when a list is
    given) or the word `until` (which ends this part). False for anything else."""
    for word in words:
        if until is not None and word == until:
            return True
        if word == "--" and positional is not None:
            positional.extend(words)
            return True
        if not word.startswith("-") or word == "-":
            if positional is None:
                return False
            positional.append(word)
            continue
        name, eq, value = word.partition("=")
        if name not in options or (eq and (not name.startswith("--") or not options[name][1])):
            return False
        attr, takes_value = options[name]
        if not takes_value:
            setattr(command, attr, True)
            continue
        if not eq:
            value = next(words, None)
            if value is None:
                return False
        if attr in REPEATABLE:
            getattr(command, attr).append(value)
        else:
            setattr(command, attr, value)
    return until is None


def run(argv: list[str]) -> int | None:
    """Run a plain `log` command and return its exit code; None: not one, use the full CLI."""
    import os

    if "_VISITLOG_COMPLETE" in os.environ:  # click's shell completion: the full CLI answers
        return None
    command = parse_log(argv)
    if command is None:
        return None
    from visitlog.cli.boundary import run_guarded

    return run_guarded(lambda: _log(command), argv)


def _log(command: LogCommand) -> None:
    from visitlog.cli.logvisit import log_now
    from visitlog.cli.state import AppState, choose_lang

    choose_lang(command.lang)
    state = AppState(db_option=Path(command.db) if command.db else None, debug=command.debug)
    context = state.context()
    try:
        log_now(context, command.enterprise, command.officer, command.date,
                tuple(command.role), command.note, tuple(command.outcome), command.new)
    except BaseException:
        context.close_after_failure()
        raise
    context.close()


def main() -> None:
    """The `visitlog` program: the front door for `log`, else the full command line."""
    import gc

    # A command lives for a moment and frees nearly everything by reference counting; the
    # cyclic collector's default pass every 700 allocations cost a province week report ~6%
    # (and --help 3%) while finding next to nothing. It still runs, less often.
    gc.set_threshold(50_000, 20, 20)
    code = run(sys.argv[1:])
    if code is None:
        from visitlog.cli.root import main as full_main

        full_main()
    else:
        sys.exit(code)
