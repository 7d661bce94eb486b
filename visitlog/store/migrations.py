"""Numbered, append-only schema migrations, applied on open and recorded in the file.

Uses sqlite-utils' Migrations (recorded in `_sqlite_migrations`); PRAGMA user_version mirrors
the number applied so that an up-to-date logbook opens without importing sqlite-utils.
Never edit an applied migration: append a new one and bump schema.SCHEMA_VERSION.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("visitlog")


def _run(db: Database, statements: str) -> None:
    # executescript would COMMIT the surrounding transaction; run statement by statement.
    for statement in statements.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_foundation")
def m0001_foundation(db: Database) -> None:
    _run(db, """
CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    dept TEXT NOT NULL,
    since TEXT NOT NULL,
    retired_on TEXT,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    town TEXT,
    industry TEXT,
    employees INTEGER,
    has_union INTEGER,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE enterprise_aliases (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL UNIQUE,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_alias_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    pinyin TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT ''
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    week TEXT NOT NULL,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_visit_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    enterprise_id INTEGER NOT NULL
        CONSTRAINT fk_visit_enterprise REFERENCES enterprises(id) DEFERRABLE INITIALLY DEFERRED,
    roles INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    unions_formed INTEGER NOT NULL DEFAULT 0,
    members_joined INTEGER NOT NULL DEFAULT 0,
    unions_upgraded INTEGER NOT NULL DEFAULT 0,
    disputes_resolved INTEGER NOT NULL DEFAULT 0,
    enterprises_relieved INTEGER NOT NULL DEFAULT 0,
    models_built INTEGER NOT NULL DEFAULT 0,
    UNIQUE (officer_id, date, enterprise_id)
);
CREATE INDEX visits_officer_week ON visits (officer_id, week);
CREATE INDEX visits_week ON visits (week, officer_id);
CREATE INDEX visits_date ON visits (date);
CREATE INDEX visits_enterprise_date ON visits (enterprise_id, date);
CREATE TABLE leaves (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_leave_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (officer_id, start, "end")
);
CREATE INDEX leaves_end ON leaves ("end", officer_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE undo_steps (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    command TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE undo_entries (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL,
    tbl TEXT NOT NULL,
    op TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    old TEXT
);
CREATE INDEX undo_entries_step ON undo_entries (step_id)
""")


@migrations(name="0002_annual")
def m0002_annual(db: Database) -> None:
    _run(db, """
CREATE TABLE achievements (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    officer_id INTEGER NOT NULL
        CONSTRAINT fk_achievement_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    category TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 1,
    description TEXT NOT NULL,
    visit_id INTEGER
        CONSTRAINT fk_achievement_visit REFERENCES visits(id) ON DELETE SET NULL
        DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (date, officer_id, category, description)
);
CREATE INDEX achievements_officer_date ON achievements (officer_id, date);
CREATE INDEX achievements_date ON achievements (date, officer_id);
CREATE INDEX achievements_visit ON achievements (visit_id);
CREATE TABLE targets (
    id INTEGER PRIMARY KEY,
    officer_id INTEGER
        CONSTRAINT fk_target_officer REFERENCES officers(id) DEFERRABLE INITIALLY DEFERRED,
    year INTEGER NOT NULL,
    category TEXT NOT NULL,
    target INTEGER NOT NULL
);
CREATE UNIQUE INDEX targets_identity ON targets (year, category, coalesce(officer_id, 0))
""")


def apply(conn) -> None:  # noqa: ANN001 - a sqlite3.Connection inside a transaction
    migrations.apply(Database(conn, recursive_triggers=False, execute_plugins=False))
