"""Which texts of this logbook came in redacted (blank) from a bundle: table, rowid, column."""

from __future__ import annotations

import sqlite3


def marked(conn: sqlite3.Connection, table: str) -> dict[int, set[str]]:
    """rowid -> the columns of that row that are redacted, for one table."""
    found: dict[int, set[str]] = {}
    try:
        marks = conn.execute("SELECT row_id, col FROM redacted_texts WHERE tbl = ?", (table,))
    except sqlite3.OperationalError:  # a logbook older than 0010_redacted_texts
        return found
    for row_id, column in marks:
        found.setdefault(row_id, set()).add(column)
    return found


def is_marked(conn: sqlite3.Connection, table: str, row_id: int, column: str) -> bool:
    return conn.execute("SELECT 1 FROM redacted_texts WHERE tbl = ? AND row_id = ? AND col = ?",
                        (table, row_id, column)).fetchone() is not None


def mark(conn: sqlite3.Connection, table: str, row_id: int, column: str) -> None:
    conn.execute("INSERT OR IGNORE INTO redacted_texts (tbl, row_id, col) VALUES (?, ?, ?)",
                 (table, row_id, column))


def unmark(conn: sqlite3.Connection, table: str, row_id: int, column: str) -> None:
    conn.execute("DELETE FROM redacted_texts WHERE tbl = ? AND row_id = ? AND col = ?",
                 (table, row_id, column))
