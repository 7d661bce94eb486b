"""Aggregates behind the year reports: one SQL pass each over indexed columns."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.vocab import OUTCOME_KEYS, ROLE_KEYS

_ROLE_SUMS = ", ".join(f"sum((roles >> {i}) & 1)" for i in range(len(ROLE_KEYS)))


def roles_by_officer(conn: sqlite3.Connection, first: date, last: date
                     ) -> dict[int, dict[str, int]]:
    """officer_id -> {role: visits in [first, last] tagged with it} (roles are a bitmask)."""
    rows = conn.execute(
        f"SELECT officer_id, {_ROLE_SUMS} FROM visits WHERE date BETWEEN ? AND ? "
        "GROUP BY officer_id",
        (first.isoformat(), last.isoformat()),
    )
    return {row[0]: dict(zip(ROLE_KEYS, row[1:], strict=True)) for row in rows}


def officer_roles(conn: sqlite3.Connection, officer_id: int, first: date, last: date
                  ) -> dict[str, int]:
    row = conn.execute(
        f"SELECT {_ROLE_SUMS} FROM visits WHERE officer_id = ? AND date BETWEEN ? AND ?",
        (officer_id, first.isoformat(), last.isoformat()),
    ).fetchone()
    return {key: int(value or 0) for key, value in zip(ROLE_KEYS, row, strict=True)}


def visit_totals(conn: sqlite3.Connection, first: date, last: date) -> tuple[int, int, dict]:
    """(visits, distinct enterprises, {outcome: sum}) over visits dated in [first, last]."""
    sums = ", ".join(f"coalesce(sum({k}), 0)" for k in OUTCOME_KEYS)
    row = conn.execute(
        f"SELECT count(*), count(DISTINCT enterprise_id), {sums} FROM visits "
        "WHERE date BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    ).fetchone()
    return int(row[0]), int(row[1]), dict(zip(OUTCOME_KEYS, map(int, row[2:]), strict=True))


def officer_enterprises(conn: sqlite3.Connection, officer_id: int, first: date, last: date
                        ) -> list[tuple[str, int, str]]:
    """(enterprise, visits, last visit) for one officer's visits in [first, last]."""
    return conn.execute(
        "SELECT e.name, count(*), max(v.date) FROM visits v JOIN enterprises e "
        "ON e.id = v.enterprise_id WHERE v.officer_id = ? AND v.date BETWEEN ? AND ? "
        "GROUP BY v.enterprise_id ORDER BY count(*) DESC, max(v.date) DESC, e.name",
        (officer_id, first.isoformat(), last.isoformat()),
    ).fetchall()


def coverage(conn: sqlite3.Connection) -> list[tuple]:
    """(name, town, last visit, visits, officer ids joined by ,) of every enterprise."""
    return conn.execute(
        "SELECT e.name, e.town, agg.last, coalesce(agg.visits, 0), agg.officers "
        "FROM enterprises e LEFT JOIN (SELECT enterprise_id, max(date) AS last, "
        "count(*) AS visits, group_concat(DISTINCT officer_id) AS officers "
        # one sequential scan and a sort beat walking the enterprise index with a random
        # table lookup per visit (measured 3 s vs 13 s on 2.6 million visits)
        "FROM visits NOT INDEXED GROUP BY enterprise_id) agg ON agg.enterprise_id = e.id "
        "ORDER BY e.pinyin, e.name"
    ).fetchall()


def officer_names(conn: sqlite3.Connection) -> dict[int, str]:
    return dict(conn.execute("SELECT id, name FROM officers"))


def officers_with_visits(conn: sqlite3.Connection, week: str, last: date) -> set[int]:
    """Officers with a visit in `week` dated on or before `last`."""
    rows = conn.execute(
        "SELECT DISTINCT officer_id FROM visits WHERE week = ? AND date <= ?",
        (week, last.isoformat()),
    )
    return {row[0] for row in rows}


def table_exists(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None
