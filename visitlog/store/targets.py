"""Six-ones targets: per year, a logbook default (officer NULL) or one officer's own."""

from __future__ import annotations

import sqlite3


def set_target(conn: sqlite3.Connection, officer_id: int | None, year: int, category: str,
               target: int) -> None:
    row = conn.execute(
        "SELECT id FROM targets WHERE year = ? AND category = ? AND officer_id IS ?",
        (year, category, officer_id),
    ).fetchone()
    if row is None:
        conn.execute(
            "INSERT INTO targets (officer_id, year, category, target) VALUES (?, ?, ?, ?)",
            (officer_id, year, category, target),
        )
    else:
        conn.execute("UPDATE targets SET target = ? WHERE id = ?", (target, row[0]))


def targets_of_year(conn: sqlite3.Connection, year: int) -> dict[int | None, dict[str, int]]:
    """officer_id (None: the logbook default) -> {category: target} set for the year."""
    rows = conn.execute(
        "SELECT officer_id, category, target FROM targets WHERE year = ?", (year,)
    )
    targets: dict[int | None, dict[str, int]] = {}
    for officer_id, category, target in rows:
        targets.setdefault(officer_id, {})[category] = int(target)
    return targets


def officer_targets_of_year(conn: sqlite3.Connection, year: int) -> list[tuple[str, str, int]]:
    """(officer name, category, target) of every officer-specific target of the year."""
    return conn.execute(
        "SELECT o.name, t.category, t.target FROM targets t JOIN officers o "
        "ON o.id = t.officer_id WHERE t.year = ? ORDER BY o.dept, o.pinyin, o.name",
        (year,),
    ).fetchall()
