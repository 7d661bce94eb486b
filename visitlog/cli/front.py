"""The front door: the two commands of every week, `visitlog log …` (an officer, back from a
factory) and `visitlog report week …` (the section head on Monday), and the root's help page
(cli/roothelp.py), without Typer.

Importing Typer and its click costs about as much as everything else `log` does together
(the logbook's open, the write, its journal and fsync), and a fifth of a province's week
report. So the entry point first tries this small parser: it knows the global options and
these commands' arguments and options exactly as the Typer commands declare them
(tests/test_front.py compares the declarations and the results), and it runs the same code
(cli/logvisit.py, cli/weekreport.py) under the same error boundary. Anything it does not
recognise as a plain, complete command of the two, `--help` and every mistake included, goes
to the full command line, which stays the one reference for usage messages.
"""

from __future__ import annotations

import sys

# option word -> (field, takes a value), each command's defaults, its formats: generated from
# the Typer declarations (python -m visitlog.cli.declare; tests/test_front.py checks it is current)
from visitlog.cli.declared import (
    FORMATS,
    GLOBAL_OPTIONS,
    LOG_DEFAULTS,
    LOG_OPTIONS,
    REPEATABLE,
    WEEK_DEFAULTS,
    WEEK_OPTIONS,
)
from visitlog.i18n import LANGS

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from collections.abc import Callable

    from visitlog.service.context import Context

class Words:
    """The words of one plain command: the global options, then the command's own."""

    def __init__(self) -> None:
        self.db: str | None = None
        self.lang: str | None = None
        self.debug = False
        self.given: set[str] = set()  # the fields the words set


class LogCommand(Words):
    """`visitlog [global options] log ENTERPRISE [options]`, with the Typer command's defaults."""

    enterprise: str
    officer: str | None
    date: str
    role: list[str]
    note: str
    outcome: list[str]
    new: bool

    def __init__(self) -> None:
        super().__init__()
        for name, default in LOG_DEFAULTS.items():
            setattr(self, name, list(default) if isinstance(default, list) else default)


class WeekCommand(Words):
    """`visitlog [global options] report week [options]`, with the Typer command's defaults."""

    week: str
    dept: str | None
    officer: str | None
    missing: bool
    fmt: str
    output: str | None

    def __init__(self) -> None:
        super().__init__()
        for name, default in WEEK_DEFAULTS.items():
            setattr(self, name, default)


def parse_log(argv: list[str]) -> LogCommand | None:
    """The command, or None when argv is anything but a plain, complete `log` command."""
    command = LogCommand()
    words = iter(argv)
    if not _read_options(words, GLOBAL_OPTIONS, command, until="log"):
        return None
    positional: list[str] = []
    if not _read_options(words, {**LOG_OPTIONS, **GLOBAL_OPTIONS}, command,
                         positional=positional):
        return None
    if len(positional) != 1 or not _plain_globals(command):
        return None
    command.enterprise = positional[0]
    return command


def parse_week(argv: list[str]) -> WeekCommand | None:
    """The command, or None when argv is anything but a plain `report week` command."""
    import os

    command = WeekCommand()
    words = iter(argv)
    if not _read_options(words, GLOBAL_OPTIONS, command, until="report") \
            or next(words, None) != "week" \
            or not _read_options(words, {**WEEK_OPTIONS, **GLOBAL_OPTIONS}, command) \
            or not _plain_globals(command) or command.fmt not in FORMATS:
        return None
    if command.output is not None:
        # click's checks of --output (a file: not a directory, readable when it exists) are
        # its own usage errors: such a command goes to it
        try:
            if not command.output or os.path.isdir(command.output) or (
                    os.path.exists(command.output) and not os.access(command.output, os.R_OK)):
                return None
        except ValueError:  # an embedded NUL
            return None
        if "fmt" not in command.given:  # `-o 周报.xlsx`: as cli/output.FORMAT's default
            from visitlog.cli.showing import format_of_name

            command.fmt = format_of_name(os.path.basename(command.output)) or command.fmt
    return command


def parse_root_help(argv: list[str]) -> Words | None:
    """A plain `visitlog [--lang L] --help` (its --lang read), else None."""
    command = Words()
    if not argv or argv[-1] not in ("--help", "-h"):
        return None
    rest = argv[:-1]
    if len(rest) == 1 and rest[0].startswith("--lang="):
        rest = ["--lang", rest[0][len("--lang="):]]
    if rest and (len(rest) != 2 or rest[0] != "--lang" or rest[1] not in LANGS):
        return None
    command.lang = rest[1] if rest else None
    return command


COMPLETION_OPTIONS = ("--install-completion", "--show-completion")


def parse_completion_option(argv: list[str]) -> tuple[str | None, str, str | None] | None:
    """`visitlog [--lang L] --install-completion|--show-completion [SHELL]` as (lang, option,
    shell), else None."""
    words = list(argv)
    lang = None
    if words[:1] and words[0].startswith("--lang="):
        lang, words = words[0][len("--lang="):], words[1:]
    elif words[:1] == ["--lang"] and len(words) > 1:
        lang, words = words[1], words[2:]
    if not words or lang not in (None, *LANGS):
        return None
    option, eq, shell = words[0].partition("=")
    if option not in COMPLETION_OPTIONS or len(words) > 2 or (eq and len(words) > 1):
        return None
    return lang, option, (shell if eq else words[1] if len(words) == 2 else None)


def _complete(instruction: str) -> int:
    """Never a message on a shell's command line: a completion that fails offers nothing."""
    try:
        from visitlog.cli.completion import answer

        return answer(instruction)
    except Exception:  # noqa: BLE001 - whatever happens, the shell gets no traceback
        return 1


def _completion_option(lang: str | None, option: str, shell: str | None) -> None:
    from visitlog.cli.completion import run_option
    from visitlog.cli.state import choose_lang

    choose_lang(lang)
    run_option(option, shell)


def _plain_globals(command: Words) -> bool:
    return (command.lang is None or command.lang in LANGS) and command.db != ""


def _read_options(words, options: dict[str, tuple[str, bool]], command: Words,  # noqa: ANN001
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
        command.given.add(attr)
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
    """Run a plain `log`, `report week` or root `--help` and return its exit code; None: not
    one, use the full command line."""
    action = _action(argv)
    if action is None:
        return None
    from visitlog.cli.boundary import run_guarded

    return run_guarded(action, argv)


def _action(argv: list[str]) -> Callable[[], None] | None:
    """What the front door does for argv, or None when it is the full command line's."""
    import os

    if "_VISITLOG_COMPLETE" in os.environ:  # a shell asking for completions (cli/completion.py)
        instruction = os.environ["_VISITLOG_COMPLETE"]
        return lambda: _complete(instruction)
    wanted = parse_completion_option(argv)
    if wanted is not None:
        return lambda: _completion_option(*wanted)
    page = parse_root_help(argv)
    if page is not None:
        import shutil

        from visitlog.cli.roothelp import serves

        # a terminal narrower than 80 columns: click wraps the page its own way
        return (lambda: _root_help(page)) if serves(shutil.get_terminal_size().columns) else None
    log = parse_log(argv)
    if log is not None:
        return lambda: _log(log)
    week = parse_week(argv)
    return (lambda: _week(week)) if week is not None else None


def _log(command: LogCommand) -> None:
    from visitlog.cli.logvisit import log_now

    def body(context: Context) -> None:
        log_now(context, command.enterprise, command.officer, command.date,
                tuple(command.role), command.note, tuple(command.outcome), command.new)

    _in_context(command, body)


def _week(command: WeekCommand) -> None:
    from pathlib import Path

    from visitlog.cli.showing import Format
    from visitlog.cli.weekreport import report_week_now

    def body(context: Context) -> None:
        report_week_now(context, command.week, command.dept, command.officer,
                        Format(command.fmt),
                        Path(command.output) if command.output is not None else None,
                        command.missing)

    _in_context(command, body)


def _root_help(command: Words) -> None:
    from visitlog.cli.roothelp import root_help

    if command.lang is not None:  # as the root's eager --lang does; without it, as Typer's
        from visitlog.cli.state import choose_lang  # page: the environment's language

        choose_lang(command.lang)
    print(root_help(), flush=True)


def _in_context(command: Words, body: Callable[[Context], None]) -> None:
    """Run `body` as the Typer root runs a command: language first, the logbook closed after
    (and, after a failure, removed when this command created it and left it empty)."""
    from visitlog.cli.state import AppState, choose_lang

    choose_lang(command.lang)
    state = AppState(db_option=command.db or None, debug=command.debug)
    context = state.context()
    try:
        body(context)
    except BaseException:
        context.close_after_failure()
        raise
    context.close()


def main() -> None:
    """The `visitlog` program: the front door for `log` and `report week`, else the full
    command line."""
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
