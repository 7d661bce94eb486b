"""What `visitlog next` weighs: one officer's assigned enterprises, their demands awaiting a
return visit, large enterprises nobody visited, and the enterprises left longest."""

from __future__ import annotations

import sqlite3
from datetime import date


def assigned(conn: sqlite3.Connection, officer_id: int) -> dict[int, str | None]:
    """Enterprise id -> the officer's own last visit there (None: never), for every enterprise
    assigned to them directly (挂钩) or through its town (分片包镇)."""
    rows = conn.execute(
        "WITH ids AS (SELECT enterprise_id AS id FROM assignments WHERE officer_id = :o"
        " AND enterprise_id IS NOT NULL UNION SELECT e.id FROM assignments a"
        " JOIN enterprises e ON e.town = a.town WHERE a.officer_id = :o AND a.town IS NOT NULL)"
        " SELECT ids.id, (SELECT max(v.date) FROM visits v WHERE v.enterprise_id = ids.id"
        " AND v.officer_id = :o) FROM ids", {"o": officer_id})
    return dict(rows.fetchall())


def demands_awaiting(conn: sqlite3.Connection, officer_id: int, today: date
                     ) -> dict[int, bool]:
    """Enterprise id -> whether any is overdue, for the officer's demands not yet closed (open,
    assigned, escalated, or resolved and awaiting the return visit's rating)."""
    rows = conn.execute(
        "SELECT enterprise_id, max(CASE WHEN status NOT IN ('resolved', 'closed') AND due < ?"
        " THEN 1 ELSE 0 END)"
        " FROM demands WHERE officer_id = ? AND status <> 'closed' GROUP BY enterprise_id",
        (today.isoformat(), officer_id))
    return {e: bool(overdue) for e, overdue in rows}


def large_never_visited(conn: sqlite3.Connection, min_employees: int) -> set[int]:
    rows = conn.execute(
        "SELECT e.id FROM enterprises e LEFT JOIN enterprise_last_visits l"
        " ON l.enterprise_id = e.id WHERE l.enterprise_id IS NULL AND e.employees >= ?",
        (min_employees,))
    return {r[0] for r in rows}


def longest_unvisited(conn: sqlite3.Connection, before: date, limit: int) -> list[int]:
    """The enterprises nobody visited since `before`, the longest left first (never visited
    first, the largest of those first)."""
    rows = conn.execute(
        "SELECT e.id FROM enterprises e LEFT JOIN enterprise_last_visits l"
        " ON l.enterprise_id = e.id WHERE l.last IS NULL OR l.last < ?"
        " ORDER BY l.last IS NOT NULL, l.last, coalesce(e.employees, 0) DESC, e.name LIMIT ?",
        (before.isoformat(), limit))
    return [r[0] for r in rows]


def enterprise_facts(conn: sqlite3.Connection, ids: list[int]
                     ) -> dict[int, tuple[str, str | None, str | None]]:
    """Enterprise id -> (name, town, last visit by anyone)."""
    facts = {}
    for enterprise_id in ids:
        row = conn.execute(
            "SELECT e.name, e.town, l.last FROM enterprises e LEFT JOIN enterprise_last_visits l"
            " ON l.enterprise_id = e.id WHERE e.id = ?", (enterprise_id,)).fetchone()
        if row:
            facts[enterprise_id] = (row[0], row[1], row[2])
    return facts
