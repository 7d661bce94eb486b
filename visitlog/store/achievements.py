"""Achievements toward the six ones (六个一): write, read, list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from visitlog.domain.models import Achievement, NewAchievement

_INSERT = (
    "INSERT INTO achievements (date, officer_id, category, count, description, visit_id) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_SELECT = (
    "SELECT a.id, a.date, o.name, a.category, a.count, a.description, a.visit_id "
    "FROM achievements a JOIN officers o ON o.id = a.officer_id"
)


def _row(item: NewAchievement) -> tuple:
    return (item.date.isoformat(), item.officer_id, item.category, item.count,
            item.description, item.visit_id)


def _achievement(row: tuple) -> Achievement:
    return Achievement(row[0], date.fromisoformat(row[1]), row[2], row[3], row[4], row[5], row[6])


def insert_achievement(conn: sqlite3.Connection, item: NewAchievement) -> int:
    return int(conn.execute(_INSERT, _row(item)).lastrowid or 0)


def insert_achievements_ignoring_existing(
    conn: sqlite3.Connection, items: Iterable[NewAchievement]
) -> None:
    """Insert, skipping any whose (date, officer, category, description) is already there."""
    conn.executemany(_INSERT.replace("INSERT", "INSERT OR IGNORE", 1), (_row(i) for i in items))


def achievement_exists(conn: sqlite3.Connection, item: NewAchievement,
                       other_than: int | None = None) -> bool:
    row = conn.execute(
        "SELECT 1 FROM achievements WHERE date = ? AND officer_id = ? AND category = ? "
        "AND description = ? AND id IS NOT ?",
        (item.date.isoformat(), item.officer_id, item.category, item.description, other_than),
    ).fetchone()
    return row is not None


def get_achievement(conn: sqlite3.Connection, achievement_id: int) -> Achievement | None:
    row = conn.execute(f"{_SELECT} WHERE a.id = ?", (achievement_id,)).fetchone()
    return _achievement(row) if row else None


def get_new_achievement(conn: sqlite3.Connection, achievement_id: int) -> NewAchievement | None:
    row = conn.execute(
        "SELECT date, officer_id, category, count, description, visit_id FROM achievements "
        "WHERE id = ?", (achievement_id,),
    ).fetchone()
    if row is None:
        return None
    return NewAchievement(date.fromisoformat(row[0]), *row[1:])


def update_achievement(conn: sqlite3.Connection, achievement_id: int,
                       item: NewAchievement) -> None:
    conn.execute(
        "UPDATE achievements SET date = ?, officer_id = ?, category = ?, count = ?, "
        "description = ?, visit_id = ? WHERE id = ?",
        (*_row(item), achievement_id),
    )


def delete_achievement(conn: sqlite3.Connection, achievement_id: int) -> None:
    conn.execute("DELETE FROM achievements WHERE id = ?", (achievement_id,))


def list_achievements(
    conn: sqlite3.Connection, officer_id: int | None, category: str | None,
    first: date | None, last: date | None,
) -> list[Achievement]:
    sql = (
        f"{_SELECT} WHERE (:o IS NULL OR a.officer_id = :o) AND (:c IS NULL OR a.category = :c) "
        "AND (:a IS NULL OR a.date >= :a) AND (:b IS NULL OR a.date <= :b) "
        "ORDER BY a.date DESC, a.id DESC"
    )
    params = {"o": officer_id, "c": category, "a": first.isoformat() if first else None,
              "b": last.isoformat() if last else None}
    return [_achievement(r) for r in conn.execute(sql, params)]


def visit_exists(conn: sqlite3.Connection, visit_id: int) -> bool:
    return conn.execute("SELECT 1 FROM visits WHERE id = ?", (visit_id,)).fetchone() is not None


def done_by_officer(
    conn: sqlite3.Connection, first: date, last: date, officer_ids: list[int] | None
) -> dict[int, dict[str, int]]:
    """officer_id -> {category: sum of counts} for achievements dated in [first, last].

    Summed here rather than grouped in SQL: a province's year is ~27,000 rows, which SQLite
    would sort into a temporary b-tree first (twice the cost)."""
    sql = "SELECT officer_id, category, count FROM achievements WHERE date BETWEEN ? AND ?"
    args: tuple = (first.isoformat(), last.isoformat())
    if officer_ids is not None:
        sql = ("SELECT a.officer_id, a.category, a.count FROM json_each(?) j "
               "JOIN achievements a ON a.officer_id = j.value AND a.date BETWEEN ? AND ?")
        args = (str(officer_ids), *args)
    done: dict[int, dict[str, int]] = {}
    for officer_id, category, count in conn.execute(sql, args):
        sums = done.get(officer_id)
        if sums is None:
            done[officer_id] = {category: count}
        else:
            sums[category] = sums.get(category, 0) + count
    return done
