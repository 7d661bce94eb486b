"""What every use case is given: where the logbook is and what day it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from visitlog.store.connection import Logbook, open_logbook


@dataclass
class Context:
    db_path: Path
    today: date
    lang: str = "en"
    officer_me: str | None = None
    _logbook: Logbook | None = field(default=None, repr=False)

    @property
    def logbook(self) -> Logbook:
        if self._logbook is None:
            self._logbook = open_logbook(self.db_path)
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
