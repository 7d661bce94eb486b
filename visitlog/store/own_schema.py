"""A logbook file from outside (a backup to restore, a logbook to merge) keeps visitlog's own
schema only: its tables, columns, indexes, triggers and views are recreated from visitlog's
schema (store/fresh.py), never taken from the file; anything else in it is dropped and named.

A backup given `CREATE TRIGGER evil AFTER INSERT ON visits BEGIN DELETE FROM visits …` used to
be restored as it was, and the next `log` emptied the logbook. Here, on a private copy:

1. every trigger and view is dropped, and every table and index visitlog does not have (so no
   foreign trigger runs while the copy is migrated);
2. the copy is migrated to this version (an older logbook is still welcome);
3. each table whose definition differs from visitlog's is rebuilt from visitlog's (its rows
   copied column by column), visitlog's indexes, triggers and views are created afresh, and
   the tables kept by triggers (met weeks, months, latest visits) are recounted from the visits.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

from visitlog.store.schema import (
    LAST_VISIT_REBUILD,
    MET_WEEKS_REBUILD,
    SCHEMA_VERSION,
    VISIT_MONTHS_REBUILD,
)

DERIVED = (("met_weeks", MET_WEEKS_REBUILD), ("visit_months", VISIT_MONTHS_REBUILD),
           ("enterprise_last_visits", LAST_VISIT_REBUILD))


class Foreign(Exception):
    """The file's rows do not fit visitlog's own tables (a constraint they break)."""


class SchemaObject(NamedTuple):
    type: str
    name: str
    table: str
    sql: str


def reference() -> dict[str, SchemaObject]:
    """visitlog's own schema objects by name (what a new logbook is created with)."""
    from visitlog.store import fresh

    conn = sqlite3.connect(":memory:")
    try:
        for statement in fresh.STATEMENTS:
            conn.execute(statement)
        return {o.name: o for o in _objects(conn)}
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> list[SchemaObject]:
    return [SchemaObject(*row) for row in conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
        "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _body(sql: str) -> str:
    """A definition without its `CREATE … name` head, spaces normalised: a table renamed
    into place reads `CREATE TABLE "visits"` where the original read `CREATE TABLE visits`."""
    return " ".join(sql[sql.find("("):].split()) if "(" in sql else " ".join(sql.split())


def _describe(item: SchemaObject) -> str:
    return f"{item.type} {item.name}"


def strip_foreign(conn: sqlite3.Connection) -> list[str]:
    """Step 1 (before migrating): drop every table, index, trigger and view that is not
    visitlog's, or is visitlog's by name but defined otherwise; return them, named ("trigger
    evil"). A file of an older version loses all its triggers and views too (its own differ
    from this version's; step 3 makes them), so that none runs while it is migrated."""
    ours = reference()
    current = _at_this_version(conn)
    ignored = []
    conn.execute("BEGIN IMMEDIATE")
    for item in _objects(conn):
        known = ours.get(item.name)
        foreign = known is None or known.type != item.type
        differs = not foreign and _body(item.sql) != _body(known.sql)
        if current:  # (a table defined otherwise keeps its rows: step 3 rebuilds it)
            drop = foreign or (differs and item.type != "table")
            said = drop
        else:  # an older file: its tables and indexes are judged once migrated (step 3)
            drop = item.type in ("trigger", "view")
            said = drop and foreign
        if said:
            ignored.append(_describe(item))
        if drop:
            _drop(conn, item)
    conn.execute("COMMIT")
    return ignored


def _at_this_version(conn: sqlite3.Connection) -> bool:
    return conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _drop(conn: sqlite3.Connection, item: SchemaObject) -> None:
    if item.type == "index" and not item.sql:
        return  # a constraint's own index goes with its table
    if item.type == "table" and _exists(conn, "table", item.name):
        conn.execute(f"DROP TABLE {_quote(item.name)}")
    elif item.type != "table" and _exists(conn, item.type, item.name):
        conn.execute(f"DROP {item.type.upper()} {_quote(item.name)}")


def _exists(conn: sqlite3.Connection, kind: str, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?",
                        (kind, name)).fetchone() is not None


def migrate(conn: sqlite3.Connection) -> None:
    """Step 2: the copy migrated to this version (its triggers are gone: step 3 makes them)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    from visitlog.store import migrations

    conn.execute("BEGIN IMMEDIATE")
    migrations.apply(conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.execute("COMMIT")


def rebuild_own(conn: sqlite3.Connection, recount: bool = True) -> list[str]:
    """Step 3: visitlog's tables, indexes, triggers and views as visitlog defines them; the
    derived tables recounted (`recount`: a restore; a merge reads only the rows with an
    identity, and its own derived tables follow what it writes) and the streaks a week report
    kept forgotten (the next reports count them again). Returns what differed from visitlog's
    definition and was replaced (named). Raises Foreign when the rows break visitlog's
    constraints."""
    ours = reference()
    replaced: list[str] = []
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = {o.name: o for o in _objects(conn)}
        for item in found.values():  # (an older file's foreign tables and indexes: now)
            if item.name not in ours or ours[item.name].type != item.type:
                if item.sql:
                    replaced.append(_describe(item))
                _drop(conn, item)
        for item in ours.values():
            if item.type == "table":
                mine = found.get(item.name)
                if mine is None:
                    conn.execute(item.sql)
                elif _body(mine.sql) != _body(item.sql):
                    replaced.append(_describe(item))
                    _rebuild_table(conn, item)
        found = {o.name: o for o in _objects(conn)}
        for item in ours.values():  # indexes, triggers, views: kept when they are visitlog's
            if item.type == "table" or not item.sql:
                continue
            mine = found.get(item.name)
            if mine is not None and _body(mine.sql) == _body(item.sql):
                continue
            if mine is not None:
                replaced.append(_describe(item))
                _drop(conn, mine)
            conn.execute(item.sql)
        if recount:
            for table, rebuild in DERIVED:
                conn.execute(f"DELETE FROM {_quote(table)}")
                conn.execute(rebuild)
            conn.execute("DELETE FROM streak_carries")
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise Foreign(f"{broken[0]} row {broken[1]} refers to a missing {broken[2]} row")
        conn.execute("COMMIT")
    except sqlite3.IntegrityError as exc:
        conn.execute("ROLLBACK")
        raise Foreign(str(exc)) from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return replaced


_CREATE_TABLE = re.compile(r'^CREATE TABLE (?:IF NOT EXISTS )?(?:"[^"]+"|\S+)\s*', re.I)


def _rebuild_table(conn: sqlite3.Connection, item: SchemaObject) -> None:
    """The table as visitlog defines it, with the rows of the file's table (the columns both
    have); columns the file lacks take their defaults."""
    temp = "_visitlog_rebuild"
    conn.execute(f"DROP TABLE IF EXISTS {temp}")
    conn.execute(_CREATE_TABLE.sub(f"CREATE TABLE {temp} ", item.sql, count=1))
    old = [row[1] for row in conn.execute(f"PRAGMA table_info({_quote(item.name)})")]
    new = {row[1] for row in conn.execute(f"PRAGMA table_info({temp})")}
    common = ", ".join(_quote(c) for c in old if c in new)
    if common:
        conn.execute(f"INSERT INTO {temp} ({common}) SELECT {common} FROM {_quote(item.name)}")
    conn.execute(f"DROP TABLE {_quote(item.name)}")
    conn.execute(f"ALTER TABLE {temp} RENAME TO {_quote(item.name)}")


def keep_own(conn: sqlite3.Connection, recount: bool = True) -> list[str]:
    """All three steps on a private copy; what was not visitlog's (dropped) or differed from
    visitlog's definition (replaced), named."""
    ignored = strip_foreign(conn)
    migrate(conn)
    return ignored + [name for name in rebuild_own(conn, recount) if name not in ignored]


def connect(path: Path) -> sqlite3.Connection:
    """A private copy, opened for the steps above (no WAL: it stays one file)."""
    return sqlite3.connect(path, isolation_level=None)


def copy_outside(source: Path, target: Path) -> int:
    """Copy another logbook (its WAL's content included) into `target` without writing to
    it or beside it; its user_version. With no -wal beside it there is nothing a WAL could
    add, and the file is opened immutable: a read-only open of a WAL logbook would otherwise
    leave -wal and -shm files in the source's folder (or fail on read-only media)."""
    uri = source.resolve().as_uri()
    wal = source.with_name(source.name + "-wal")
    original = sqlite3.connect(uri + ("?mode=ro" if wal.exists() else "?immutable=1"), uri=True)
    try:
        version = original.execute("PRAGMA user_version").fetchone()[0]
        copy = sqlite3.connect(target)
        try:
            original.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        original.close()
    return version


def check_integrity(path: Path) -> str:
    """`ok`, or the first problem PRAGMA quick_check finds."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    finally:
        conn.close()


def file_version(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def missing_tables(path: Path) -> frozenset[str]:
    """The tables every logbook has that the file lacks (none: it is a logbook)."""
    from visitlog.store.backup import REQUIRED_TABLES

    conn = sqlite3.connect(path)
    try:
        names = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()
    return REQUIRED_TABLES - names
