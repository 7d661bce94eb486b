"""Short references to rows (issue 15): the first hex digits of a row's uid, six or as many
more as it takes to tell it from its neighbours in the table. A uid is random throughout
(migration 0004: lower(hex(randomblob(16)))), so its first digits are as random as any, and
the same row has the same reference in every logbook that holds it (unlike its local id).

Looked up through the uid index: the rows whose uid starts with a reference lie in the range
[ref, ref + "g"), "g" being the first character after every hex digit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

MIN_LENGTH = 6
REF_TABLES = ("visits", "demands", "receptions")  # what people name by number


def _uid_query(table: str, sql: str) -> str:
    if table not in REF_TABLES:  # the only names ever put into the SQL below
        raise ValueError(table)
    return sql.format(table=table)


def refs_of(conn: sqlite3.Connection, table: str, ids: Iterable[int]) -> dict[int, str]:
    """id -> reference for the given rows."""
    out: dict[int, str] = {}
    get = _uid_query(table, "SELECT uid FROM {table} WHERE id = ?")
    before = _uid_query(table, "SELECT max(uid) FROM {table} WHERE uid < ?")
    after = _uid_query(table, "SELECT min(uid) FROM {table} WHERE uid > ?")
    for row_id in ids:
        found = conn.execute(get, (row_id,)).fetchone()
        if found is None or not found[0]:
            continue
        uid = found[0]
        shared = max(_common(uid, conn.execute(before, (uid,)).fetchone()[0]),
                     _common(uid, conn.execute(after, (uid,)).fetchone()[0]))
        out[row_id] = uid[:max(MIN_LENGTH, shared + 1)]
    return out


def ids_by_ref(conn: sqlite3.Connection, table: str, ref: str, limit: int = 11
               ) -> list[tuple[int, str]]:
    """(id, uid) of the rows whose uid starts with `ref` (lower-case hex), at most `limit`."""
    query = _uid_query(table, "SELECT id, uid FROM {table} WHERE uid >= ? AND uid < ? "
                              "ORDER BY uid LIMIT ?")
    return [(r[0], r[1]) for r in conn.execute(query, (ref, ref + "g", limit))]


def row_exists(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    query = _uid_query(table, "SELECT 1 FROM {table} WHERE id = ?")
    return conn.execute(query, (row_id,)).fetchone() is not None


def _common(a: str, b: str | None) -> int:
    if not b:
        return 0
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
