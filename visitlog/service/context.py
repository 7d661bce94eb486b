"""What every use case is given: where the logbook is and what day it is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from visitlog.store.connection import Logbook, open_logbook

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from visitlog.store.location import DbUrl


class Context:
    """The logbook's path (or a PostgreSQL URL), today, the language and the configured
    officer; the logbook is opened on first use. (A plain class, not a dataclass: `log`
    builds one on every start.)"""

    __slots__ = ("db_path", "today", "lang", "officer_me", "_logbook")

    def __init__(self, db_path: Path | DbUrl, today: date, lang: str = "en",
                 officer_me: str | None = None) -> None:
        self.db_path = db_path
        self.today = today
        self.lang = lang
        self.officer_me = officer_me
        self._logbook: Logbook | None = None

    def __repr__(self) -> str:
        return f"Context(db_path={self.db_path!r}, today={self.today!r}, lang={self.lang!r})"

    @property
    def logbook(self) -> Logbook:
        if self._logbook is None:
            self._logbook = open_logbook(self.db_path, self.officer_me)
        return self._logbook

    def close(self) -> None:
        if self._logbook is not None:
            self._logbook.close()
            self._logbook = None

    def close_after_failure(self) -> None:
        """The command failed: a logbook it created, with nothing recorded, is removed."""
        if self._logbook is not None:
            self._logbook.close_discarding_if_unused()
            self._logbook = None
