"""The single error boundary: every failure becomes one line on stderr and an exit code."""

from __future__ import annotations

import sqlite3
import sys
import traceback
from collections.abc import Callable
from typing import Any

from typer import Abort, Exit
from typer._click import exceptions as click_errors

from visitlog.errors import EXIT_BAD_INPUT, EXIT_FAULT, EXIT_OK, VisitlogError
from visitlog.i18n import t


def one_line(message: str) -> str:
    """The message on one line, whatever the user typed into it: line breaks of any kind
    (\\n, \\r, U+0085, U+2028 …) become spaces, other control characters are shown escaped
    so that a name cannot move the cursor or recolour the terminal."""
    flat = " ".join(message.splitlines())
    return "".join(ch if ch == "\t" or not _is_control(ch) else ascii(ch)[1:-1]
                   for ch in flat).strip()


def _is_control(ch: str) -> bool:
    code = ord(ch)
    return code < 32 or 127 <= code < 160


def _say(message: str) -> None:
    print(one_line(message), file=sys.stderr)


def run_guarded(run: Callable[[], Any], argv: list[str]) -> int:
    debug = "--debug" in argv
    try:
        result = run()
        return result if isinstance(result, int) else EXIT_OK
    except Exit as exc:
        return exc.exit_code
    except click_errors.NoArgsIsHelpError as exc:
        print(exc.ctx.get_help() if exc.ctx else "")
        return EXIT_OK
    except click_errors.UsageError as exc:
        if debug:
            traceback.print_exc()
        where = exc.ctx.command_path if exc.ctx else "visitlog"
        _say(t("cli.usage", message=exc.format_message(), command=where))
        return EXIT_BAD_INPUT
    except click_errors.ClickException as exc:
        _say(t("cli.error", message=exc.format_message()))
        return exc.exit_code
    except Abort:
        _say(t("cli.aborted"))
        return EXIT_FAULT
    except KeyboardInterrupt:
        _say(t("cli.aborted"))
        return 130
    except VisitlogError as exc:
        if debug:
            traceback.print_exc()
        _say(t("cli.error", message=t(exc.key, **exc.params)))
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except OverflowError as exc:  # a typed id or count too large for SQLite, a date past 9999
        if debug:
            traceback.print_exc()
        _say(t("cli.out_of_range", message=str(exc)))
        return EXIT_BAD_INPUT
    except (sqlite3.Error, OSError, MemoryError) as exc:
        if debug:
            traceback.print_exc()
        _say(t("cli.fault", message=str(exc)))
        return EXIT_FAULT
    except ValueError as exc:
        if "null byte" not in str(exc):  # a NUL typed into a file name (in-process callers)
            return _internal(exc, debug)
        _say(t("cli.usage", message=str(exc), command="visitlog"))
        return EXIT_BAD_INPUT
    except Exception as exc:  # the last resort: never a traceback without --debug
        return _internal(exc, debug)


def _internal(exc: Exception, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    _say(t("cli.internal", message=f"{type(exc).__name__}: {exc}"))
    return EXIT_FAULT
