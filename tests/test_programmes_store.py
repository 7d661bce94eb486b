"""The 0005_programmes migration: journaled columns, named deferred keys, migrating old files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from visitlog.store.connection import open_logbook
from visitlog.store.schema import JOURNALED, SCHEMA_VERSION

TABLES = ("practice_days", "campaigns", "campaign_points", "interviews", "assignments")


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    logbook = open_logbook(tmp_path / "l.db")
    yield logbook.conn
    logbook.close()


@pytest.mark.parametrize("table", TABLES)
def test_undo_journals_every_column(conn: sqlite3.Connection, table: str) -> None:
    columns = tuple(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")'))
    assert JOURNALED[table] == columns


@pytest.mark.parametrize("table", TABLES)
def test_foreign_keys_are_named_and_deferred(conn: sqlite3.Connection, table: str) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    references = sql.count("REFERENCES")
    assert references == sql.count("CONSTRAINT fk_") == sql.count("DEFERRABLE INITIALLY DEFERRED")


def test_a_foundation_logbook_is_migrated_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    logbook = open_logbook(path)
    logbook.conn.execute("INSERT INTO officers (name, dept, since) VALUES ('王伟', 'x', "
                         "'2026-01-01')")
    for table in TABLES:  # as a foundation-only (version 1) logbook had it
        logbook.conn.execute(f'DROP TABLE "{table}"')
    logbook.conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0005_programmes'")
    logbook.conn.execute("PRAGMA user_version = 1")
    logbook.close()
    logbook = open_logbook(path)
    assert logbook.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert logbook.conn.execute("SELECT name FROM officers").fetchall() == [("王伟",)]
    for table in TABLES:
        assert logbook.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone() == (0,)
    logbook.close()


def test_an_assignment_is_an_enterprise_or_a_town(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO officers (id, name, dept, since) VALUES (1, 'a', 'd', '2026-01-01')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO assignments (officer_id, enterprise_id, town) VALUES (1, NULL, "
                     "NULL)")
    conn.execute("INSERT INTO assignments (officer_id, town) VALUES (1, 't')")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO assignments (officer_id, town) VALUES (1, 't')")
