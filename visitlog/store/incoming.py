"""What the checks on incoming rows compare with: the clock that stamps edits, the categories."""

from __future__ import annotations

import sqlite3
from datetime import datetime


def clock(conn: sqlite3.Connection) -> datetime:
    """Now, by the clock the `stamp_<table>` triggers write updated_at with (SQLite's)."""
    text = conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')").fetchone()[0]
    return datetime.fromisoformat(text)


def demand_category_keys(conn: sqlite3.Connection) -> frozenset[str]:
    return frozenset(row[0] for row in conn.execute("SELECT key FROM demand_categories"))
