"""Logbook rules (min_available_days, calendar, …) kept in the logbook itself."""

from __future__ import annotations

import sqlite3


def get_settings(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM settings"))


def put_setting(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Setting a rule is an edit, first time included: stamped, so that merge keeps the
    later of two settings (a rule never set has no row, and is not sent)."""
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) "
        "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (key, value),
    )


def delete_setting(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM settings WHERE key = ?", (key,))
