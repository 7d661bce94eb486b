"""Visits: write, read, list."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date

from visitlog.domain.dates import week_key
from visitlog.domain.models import NewVisit, Visit
from visitlog.domain.vocab import OUTCOME_KEYS, mask_to_roles, roles_to_mask
from visitlog.store.schema import (
    LAST_VISIT_INSERT_TRIGGER,
    LAST_VISIT_REBUILD,
    MET_WEEKS_INSERT_TRIGGER,
    MET_WEEKS_RECOUNT,
    VISIT_MONTHS_INSERT_TRIGGER,
    VISIT_MONTHS_RECOUNT,
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


# Rows for insert_visit_rows, in this order (what _row builds from a NewVisit, and a uid).
ROW_COLUMNS = ("date", "week", "officer_id", "enterprise_id", "roles", "note", *OUTCOME_KEYS,
               "uid")
_INSERT_ROWS = (f"INSERT OR IGNORE INTO visits ({', '.join(ROW_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(ROW_COLUMNS))})")


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
    conn.executemany(_INSERT_ROWS, rows)


# ordered_uids' start: the time in ms (12 hex digits), 16 random bits, a random 62-bit count
_UID_START = ("SELECT printf('%012x', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)) "
              "|| lower(hex(randomblob(2))), abs(random()) >> 2")
_UID_START_PG = (
    "SELECT lpad(to_hex(CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint)), "
    "12, '0') || lpad(to_hex(CAST(floor(random() * 65536) AS integer)), 4, '0'), "
    "CAST(floor(random() * 4294967296) AS bigint) * 1073741824 "
    "+ CAST(floor(random() * 1073741824) AS bigint)")


def ordered_uids(conn: sqlite3.Connection) -> Callable[[], str]:
    """Fresh uids for the rows of an import, each greater than the one before: the time in
    milliseconds, then 80 random bits counted up by one per row (the order of a UUIDv7). The
    uid index takes them as appends, where random ones went anywhere in it (or, dropped and
    rebuilt, had to be sorted: ~7% of a province's import)."""
    from visitlog.store.engine import is_postgres

    base, low = conn.execute(_UID_START_PG if is_postgres(conn) else _UID_START).fetchone()
    count = itertools.count(low).__next__
    return lambda: f"{base}{count():016x}"


@contextmanager
def bulk_loading(conn: sqlite3.Connection, rows_expected: int,
                 identity_after: bool = False) -> Iterator[None]:
    """Settings for a big import, inside the caller's transaction.

    A larger page cache keeps the indexes being updated in memory. When the import is large
    next to the table (REBUILD_SHARE), the secondary indexes are dropped and rebuilt after:
    one sort per index instead of millions of scattered updates. `identity_after` (the visit
    import): the identity index (visits_identity) too: the rows go in without it, then the
    rows that repeat one already there or earlier in the file are removed (as INSERT OR IGNORE
    would have skipped them: the caller's undo journal must take deletions in the range as its
    own, see Logbook.bulk_insert), and the index is built. The uid index is kept: a merge
    finds incoming rows by uid, and an import's ordered uids go in as appends. DDL is
    transactional in SQLite, so a failed or killed import leaves the indexes exactly as they
    were.

    PostgreSQL keeps its indexes and report triggers as they are (its planner and buffer
    cache need no hints here; the identity index keeps rejecting repeated visits as the rows
    go in, so there is nothing to trim after).
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
        # plain indexes and the identity (rebuilt first, below); not the uid index, which
        # must keep rejecting a uid taken (it takes the import's ordered uids as appends)
        plain = {row[1] for row in conn.execute("PRAGMA index_list(visits)")
                 if (not row[2] or (identity_after and row[1] == "visits_identity"))
                 and row[3] == "c"}
        indexes = sorted(((name, sql) for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits' "
            "AND sql IS NOT NULL"
        ) if name in plain), key=lambda index: index[0] != "visits_identity")
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
        for name, sql in indexes:
            if name == "visits_identity":
                _build_identity(conn, sql, existing)
            else:
                conn.execute(sql)
        if indexes:
            conn.execute(MET_WEEKS_INSERT_TRIGGER)
            conn.execute(MET_WEEKS_RECOUNT)
            conn.execute(VISIT_MONTHS_INSERT_TRIGGER)
            conn.execute(VISIT_MONTHS_RECOUNT)
            conn.execute(LAST_VISIT_INSERT_TRIGGER)
            conn.execute(LAST_VISIT_REBUILD)
    finally:
        conn.execute(f"PRAGMA cache_size = {int(old)}")


def _build_identity(conn: sqlite3.Connection, sql: str, existing: int) -> None:
    """Build the identity index after an import's rows (those after rowid `existing`); where
    some repeat a visit logged before them, remove them first, keeping the first of each."""
    try:
        conn.execute(sql)
    except sqlite3.IntegrityError:
        conn.execute(
            "DELETE FROM visits WHERE id > ? AND id NOT IN ("
            "SELECT min(id) FROM visits GROUP BY officer_id, date, enterprise_id)", (existing,))
        conn.execute(sql)


def visits_after(conn: sqlite3.Connection, last_id: int) -> int:
    """How many visits have an id after `last_id` (an import's, once its repeats are gone)."""
    return conn.execute("SELECT count(*) FROM visits WHERE id > ?", (last_id,)).fetchone()[0]


def insert_visits_ignoring_existing(conn: sqlite3.Connection, visits: Iterable[NewVisit]) -> None:
    """Insert visits, skipping any whose (officer, date, enterprise) is already there."""
    conn.executemany(_INSERT.replace("INSERT", "INSERT OR IGNORE", 1), (_row(v) for v in visits))
