"""The single error boundary: every failure becomes one line on stderr and an exit code.

The framework's own exceptions (usage errors, `Exit`) are known only once it is loaded: the
front door (cli/front.py) runs `log` without it, and must not import it here either.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable

from visitlog.domain.errors import EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, VisitlogError
from visitlog.i18n import t

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from typing import Any


def one_line(message: str) -> str:
    """The message on one line, whatever the user typed into it: line breaks of any kind
    (\\n, \\r, U+0085, U+2028 …) become spaces, other control characters are shown escaped
    so that a name cannot move the cursor or recolour the terminal."""
    flat = " ".join(message.splitlines())
    from visitlog.domain.text import printable

    return printable(flat).strip()


def _say(message: str) -> None:
    print(one_line(message), file=sys.stderr)


def run_guarded(run: Callable[[], Any], argv: list[str]) -> int:
    debug = "--debug" in argv
    try:
        result = run()
        return result if isinstance(result, int) else EXIT_OK
    except Exception as exc:
        code = _framework_exit(exc, debug) if "typer" in sys.modules else None
        if code is not None:
            return code
        return _exit_code(exc, debug)
    except KeyboardInterrupt:
        say_aborted()
        return 130


def say_aborted() -> None:
    """Ctrl-C: one line, exit 130 (the command's transaction is rolled back)."""
    _say(t("cli.aborted"))


def _framework_exit(exc: Exception, debug: bool) -> int | None:
    """Typer's and click's exceptions (only the full command line can raise them)."""
    from typer import Abort, Exit

    from visitlog.cli.framework import exceptions as click_errors

    if isinstance(exc, Exit):
        return exc.exit_code
    if isinstance(exc, click_errors.NoArgsIsHelpError):
        print(exc.ctx.get_help() if exc.ctx else "")
        return EXIT_OK
    if isinstance(exc, click_errors.UsageError):
        if debug:
            _print_traceback()
        where = exc.ctx.command_path if exc.ctx else "visitlog"
        from visitlog.cli.usage import usage_message

        _say(t("cli.usage", message=usage_message(exc), command=where))
        return EXIT_BAD_INPUT
    if isinstance(exc, click_errors.ClickException):
        _say(t("cli.error", message=exc.format_message()))
        return exc.exit_code
    if isinstance(exc, Abort):
        _say(t("cli.aborted"))
        return EXIT_FAULT
    return None


def _exit_code(exc: Exception, debug: bool) -> int:
    if isinstance(exc, BrokenPipeError):
        return EXIT_OK
    if isinstance(exc, ValueError) and "null byte" not in str(exc):
        return _internal(exc, debug)
    if debug:
        _print_traceback()
    if isinstance(exc, VisitlogError):
        _say(t("cli.error", message=t(exc.key, **exc.params)))
        return exc.exit_code
    if isinstance(exc, OverflowError):  # a typed id or count too large for SQLite, a date > 9999
        _say(t("cli.out_of_range", reason=str(exc)))
        return EXIT_BAD_INPUT
    if isinstance(exc, OSError) and exc.filename is not None:
        return _path_error(exc)
    if isinstance(exc, sqlite3.Error | OSError | MemoryError):
        _say(t("cli.fault", message=str(exc)))
        return EXIT_FAULT
    if isinstance(exc, ValueError):  # a NUL typed into a file name (in-process callers)
        _say(t("cli.usage", message=str(exc), command="visitlog"))
        return EXIT_BAD_INPUT
    return _internal(exc, debug)


def _path_error(exc: OSError) -> int:
    """A file the system refused, in the user's words: a name too long, or a folder that is
    not there, is fixed by retyping (exit 2); a permission or a full disk is a fault (exit 1)."""
    import errno

    typo = exc.errno in (errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.EISDIR,
                         errno.ELOOP)
    _say(t("cli.path_typo" if typo else "cli.path_fault", path=str(exc.filename),
           reason=exc.strerror or str(exc)))
    return EXIT_BAD_INPUT if typo else EXIT_FAULT


def _print_traceback() -> None:
    """--debug: the traceback too (imported only then: start-up)."""
    import traceback

    traceback.print_exc()


def _internal(exc: Exception, debug: bool) -> int:
    """The last resort: never a traceback without --debug."""
    if debug:
        _print_traceback()
    _say(t("cli.internal", message=f"{type(exc).__name__}: {exc}"))
    return EXIT_FAULT
