"""The snapshot `browse` serves: an online backup of the logbook (SQLite's backup API) into
a private file in WAL mode, refreshed in one transaction, so that Datasette's read-only
connections see either the old snapshot or the new one, never a page of each."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from visitlog.store.backup import create_private


class Snapshot:
    def __init__(self, path: Path, live: sqlite3.Connection) -> None:
        create_private(path)
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None)
        live.backup(self.conn)
        self.conn.execute("PRAGMA journal_mode = WAL")

    def refresh(self, live: sqlite3.Connection) -> None:
        """The logbook as it is now; a reader mid-query keeps the snapshot it started with."""
        live.backup(self.conn)

    def close(self) -> None:
        self.conn.close()
