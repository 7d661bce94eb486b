"""Typed domain errors. Raised low, translated once by the CLI's error boundary.

Each error carries a message key from the catalog (visitlog.i18n) and its parameters,
so the boundary can print it in the user's language.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from typing import Any


EXIT_OK = 0
EXIT_FAULT = 1
EXIT_BAD_INPUT = 2


class VisitlogError(Exception):
    """Base of every error the user should see as one line."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:  # useful in logs and --debug tracebacks
        return f"{self.key} {self.params}" if self.params else self.key


class Invalid(VisitlogError):
    """Bad input: a malformed value, an illegal transition, a bad import row."""


class NotFound(VisitlogError):
    """A named officer, enterprise, visit… does not exist."""


class Ambiguous(VisitlogError):
    """A typed name matches several records."""


class Duplicate(VisitlogError):
    """The record already exists (e.g. the same visit logged twice)."""


class Fault(VisitlogError):
    """Something the user cannot fix by retyping: exit 1."""

    exit_code = EXIT_FAULT


class LogbookLocked(Fault):
    """Another process held the logbook's write lock past the busy timeout."""


class LogbookUnusable(Fault):
    """The logbook is unreadable, corrupt, not SQLite, read-only, newer, or the disk is full."""


def cannot_write(path: str, exc: OSError) -> VisitlogError:
    """An output FILE that cannot be written: a folder that does not exist is a typo, fixed by
    retyping (exit 2); a read-only place or a full disk is a fault (exit 1)."""
    import errno

    typo = exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR)
    return (Invalid if typo else Fault)("output.cannot_write", path=path, reason=exc.strerror)
