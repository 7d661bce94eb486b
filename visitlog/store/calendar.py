"""SQL for the logbook's calendar entries (table calendar_days, migration 0010)."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.calendar import WORKDAY


def calendar_entries(conn: sqlite3.Connection, year: int | None = None
                     ) -> list[tuple[date, str, str]]:
    """(day, kind, name) of every entry, or of one calendar year's, in date order."""
    if year is None:
        rows = conn.execute("SELECT day, kind, name FROM calendar_days ORDER BY day")
    else:
        rows = conn.execute("SELECT day, kind, name FROM calendar_days "
                            "WHERE day BETWEEN ? AND ? ORDER BY day",
                            (f"{year:04d}-01-01", f"{year:04d}-12-31"))
    return [(date.fromisoformat(day), kind, name) for day, kind, name in rows]


def working_overrides(conn: sqlite3.Connection) -> list[tuple[date, bool]]:
    """(day, is a working day) of every entry: what the week rules read, once per report."""
    return [(date.fromisoformat(day), kind == WORKDAY)
            for day, kind in conn.execute("SELECT day, kind FROM calendar_days")]


def set_entry(conn: sqlite3.Connection, day: date, kind: str, name: str) -> bool:
    """Record one entry; False when the logbook already holds exactly it (nothing written).
    Typing an entry is an edit, the first time too: stamped, so that merge keeps the later of
    two entries for one day (as a logbook rule set on both sides)."""
    cursor = conn.execute(
        "INSERT INTO calendar_days (day, kind, name, updated_at) "
        "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
        "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
        "updated_at = excluded.updated_at "
        "WHERE kind IS NOT excluded.kind OR name IS NOT excluded.name",
        (day.isoformat(), kind, name),
    )
    return cursor.rowcount > 0


def delete_entries(conn: sqlite3.Connection, days: list[date]) -> int:
    """Remove the entries of `days`; how many there were."""
    removed = 0
    for day in days:
        removed += conn.execute("DELETE FROM calendar_days WHERE day = ?",
                                (day.isoformat(),)).rowcount
    return removed
