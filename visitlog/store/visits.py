"""Visits: write, read, list."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from visitlog.domain.dates import week_key
from visitlog.domain.models import NewVisit, Visit
from visitlog.domain.vocab import OUTCOME_KEYS, mask_to_roles, roles_to_mask
from visitlog.store.schema import (
    LAST_VISIT_INSERT_TRIGGER,
    LAST_VISIT_REBUILD,
    MET_WEEKS_INSERT_TRIGGER,
    MET_WEEKS_REBUILD,
    VISIT_MONTHS_INSERT_TRIGGER,
    VISIT_MONTHS_RESCAN,
)

BULK_CACHE_KIB = 64 * 1024
REBUILD_CACHE_KIB = 16 * 1024
# Rebuild secondary indexes after an import of at least this many rows that also adds at
# least this share of the rows already there (measured: 2x faster on 0.5-2.6 million rows).
REBUILD_MIN_ROWS = 200_000
REBUILD_SHARE = 0.25
_OUTCOME_COLS = ", ".join(OUTCOME_KEYS)
_INSERT = (
    "INSERT INTO visits (date, week, officer_id, enterprise_id, roles, note, "
    f"{_OUTCOME_COLS}) VALUES (?, ?, ?, ?, ?, ?{', ?' * len(OUTCOME_KEYS)})"
)
_SELECT = (
    "SELECT v.id, v.date, o.name, e.name, v.roles, v.note, "
    + ", ".join(f"v.{k}" for k in OUTCOME_KEYS)
    + " FROM visits v JOIN officers o ON o.id = v.officer_id "
    "JOIN enterprises e ON e.id = v.enterprise_id"
)


def _row(visit: NewVisit) -> tuple:
    return (
        visit.date.isoformat(), week_key(visit.date), visit.officer_id, visit.enterprise_id,
        roles_to_mask(visit.roles), visit.note,
        *(int(visit.outcomes.get(k, 0)) for k in OUTCOME_KEYS),
    )


def _visit(row: tuple) -> Visit:
    outcomes = {k: v for k, v in zip(OUTCOME_KEYS, row[6:], strict=True) if v}
    return Visit(
        id=row[0], date=date.fromisoformat(row[1]), officer=row[2], enterprise=row[3],
        roles=tuple(mask_to_roles(row[4])), note=row[5], outcomes=outcomes,
    )


def insert_visit(conn: sqlite3.Connection, visit: NewVisit) -> int:
    return int(conn.execute(_INSERT, _row(visit)).lastrowid or 0)


def insert_visits(conn: sqlite3.Connection, visits: Iterable[NewVisit]) -> None:
    conn.executemany(_INSERT, (_row(v) for v in visits))


def visit_exists(conn: sqlite3.Connection, officer_id: int, day: date, enterprise_id: int) -> bool:
    return find_visit_id(conn, officer_id, day, enterprise_id) is not None


def find_visit_id(
    conn: sqlite3.Connection, officer_id: int, day: date, enterprise_id: int
) -> int | None:
    """The id of the visit with this identity (date, officer, enterprise), if logged."""
    row = conn.execute(
        "SELECT id FROM visits WHERE officer_id = ? AND date = ? AND enterprise_id = ?",
        (officer_id, day.isoformat(), enterprise_id),
    ).fetchone()
    return None if row is None else int(row[0])


def get_visit(conn: sqlite3.Connection, visit_id: int) -> Visit | None:
    row = conn.execute(f"{_SELECT} WHERE v.id = ?", (visit_id,)).fetchone()
    return _visit(row) if row else None


def get_new_visit(conn: sqlite3.Connection, visit_id: int) -> NewVisit | None:
    """The stored visit in its writable form (ids, not names)."""
    row = conn.execute(
        f"SELECT date, officer_id, enterprise_id, roles, note, {_OUTCOME_COLS} "
        "FROM visits WHERE id = ?",
        (visit_id,),
    ).fetchone()
    if row is None:
        return None
    return NewVisit(
        date.fromisoformat(row[0]), row[1], row[2], tuple(mask_to_roles(row[3])), row[4],
        {k: v for k, v in zip(OUTCOME_KEYS, row[5:], strict=True) if v},
    )


def update_visit(conn: sqlite3.Connection, visit_id: int, visit: NewVisit) -> None:
    sets = ", ".join(
        f"{c} = ?" for c in ("date", "week", "officer_id", "enterprise_id", "roles", "note")
    )
    sets += "".join(f", {k} = ?" for k in OUTCOME_KEYS)
    conn.execute(f"UPDATE visits SET {sets} WHERE id = ?", (*_row(visit), visit_id))


def delete_visit(conn: sqlite3.Connection, visit_id: int) -> None:
    conn.execute("DELETE FROM visits WHERE id = ?", (visit_id,))


def list_visits(
    conn: sqlite3.Connection,
    officer_id: int | None = None,
    enterprise_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    limit: int | None = None,
) -> list[Visit]:
    sql = (
        f"{_SELECT} WHERE (:o IS NULL OR v.officer_id = :o) "
        "AND (:e IS NULL OR v.enterprise_id = :e) "
        "AND (:a IS NULL OR v.date >= :a) AND (:b IS NULL OR v.date <= :b) "
        "ORDER BY v.date DESC, v.id DESC"
    )
    params = {
        "o": officer_id, "e": enterprise_id,
        "a": first.isoformat() if first else None, "b": last.isoformat() if last else None,
    }
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = min(int(limit), 2**62)  # SQLite integers are 64-bit
    return [_visit(r) for r in conn.execute(sql, params)]


def officer_visits_in_week(conn: sqlite3.Connection, officer_id: int, week: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM visits WHERE officer_id = ? AND week = ?", (officer_id, week)
    ).fetchone()
    return int(row[0])


# Rows for insert_visit_rows, in this order (what _row builds from a NewVisit).
ROW_COLUMNS = ("date", "week", "officer_id", "enterprise_id", "roles", "note", *OUTCOME_KEYS)
_INSERT_OR_IGNORE = _INSERT.replace("INSERT", "INSERT OR IGNORE", 1)


def last_visit_id(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM visits").fetchone()[0]


def outside_assignment(conn: sqlite3.Connection, officer_id: int, enterprise_id: int) -> bool:
    """The officer has assignments (an enterprise, or a town) and this enterprise is in none.

    Here rather than in store/programmes: `log` asks it, and must not import that module."""
    return conn.execute(
        "SELECT EXISTS (SELECT 1 FROM assignments WHERE officer_id = ?) AND NOT EXISTS ("
        "SELECT 1 FROM assignments a WHERE a.officer_id = ? AND (a.enterprise_id = ? OR "
        "a.town = (SELECT town FROM enterprises WHERE id = ?)))",
        (officer_id, officer_id, enterprise_id, enterprise_id),
    ).fetchone()[0] == 1


def insert_visit_rows(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    """Insert ready-made rows (ROW_COLUMNS order), skipping any already logged."""
    conn.executemany(_INSERT_OR_IGNORE, rows)


@contextmanager
def bulk_loading(conn: sqlite3.Connection, rows_expected: int,
                 keep_uid_index: bool = False) -> Iterator[None]:
    """Settings for a big import, inside the caller's transaction.

    A larger page cache keeps the indexes being updated in memory. When the import is large
    next to the table (REBUILD_SHARE), the secondary indexes are dropped and rebuilt after:
    one sort per index instead of millions of scattered updates. DDL is transactional in
    SQLite, so a failed or killed import leaves the indexes exactly as they were.
    `keep_uid_index`: a merge, which finds incoming rows by uid, keeps that one.
    PostgreSQL keeps its indexes and report triggers as they are (its planner and buffer
    cache need no hints here).
    """
    from visitlog.store.engine import is_postgres

    if is_postgres(conn):
        yield
        return
    old = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    existing = conn.execute("SELECT coalesce(max(rowid), 0) FROM visits").fetchone()[0]
    indexes: list[tuple[str, str]] = []
    if rows_expected >= REBUILD_MIN_ROWS and rows_expected >= existing * REBUILD_SHARE:
        # only plain indexes: a unique one must keep rejecting duplicates during the import;
        # the uid index too, whose values are random and new (rebuilding it re-checks them)
        plain = {row[1] for row in conn.execute("PRAGMA index_list(visits)")
                 if (not row[2] or (row[1] == "visits_uid" and not keep_uid_index))
                 and row[3] == "c"}
        indexes = [(name, sql) for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits' "
            "AND sql IS NOT NULL"
        ) if name in plain]
        for name, _sql in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        # met_weeks is recounted in one pass after, instead of one upsert per row
        conn.execute("DROP TRIGGER IF EXISTS met_weeks_insert")
        conn.execute("DROP TRIGGER IF EXISTS visit_months_insert")
        conn.execute("DROP TRIGGER IF EXISTS last_visit_insert")
    try:
        yield
        if indexes:
            # the index sorts take memory of their own: hand them the cache's share
            conn.execute(f"PRAGMA cache_size = -{REBUILD_CACHE_KIB}")
        for _name, sql in indexes:
            conn.execute(sql)
        if indexes:
            conn.execute(MET_WEEKS_INSERT_TRIGGER)
            conn.execute(MET_WEEKS_REBUILD)
            conn.execute(VISIT_MONTHS_INSERT_TRIGGER)
            conn.execute(VISIT_MONTHS_RESCAN)
            conn.execute(LAST_VISIT_INSERT_TRIGGER)
            conn.execute(LAST_VISIT_REBUILD)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old)}")


def insert_visits_ignoring_existing(conn: sqlite3.Connection, visits: Iterable[NewVisit]) -> None:
    """Insert visits, skipping any whose (officer, date, enterprise) is already there."""
    conn.executemany(_INSERT.replace("INSERT", "INSERT OR IGNORE", 1), (_row(v) for v in visits))
