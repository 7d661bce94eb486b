"""Which engine a store function was handed: SQLite (a sqlite3 connection) or PostgreSQL
(store/pg's PgConnection). The store's SQL is written once (SQLite's dialect, rewritten for
PostgreSQL by store/pg/dialect.py); only what cannot be (catalog queries, bulk-load tuning,
backups) asks this and goes to the engine's own module."""

from __future__ import annotations


def is_postgres(conn: object) -> bool:
    return getattr(conn, "engine", "sqlite") == "postgres"
