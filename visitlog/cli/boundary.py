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


def _say(message: str) -> None:
    print(message.replace("\n", " ").strip(), file=sys.stderr)


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
    except (sqlite3.Error, OSError, MemoryError) as exc:
        if debug:
            traceback.print_exc()
        _say(t("cli.fault", message=str(exc)))
        return EXIT_FAULT
    except Exception as exc:  # the last resort: never a traceback without --debug
        if debug:
            traceback.print_exc()
        _say(t("cli.internal", message=f"{type(exc).__name__}: {exc}"))
        return EXIT_FAULT
