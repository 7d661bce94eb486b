"""What store/exchange.py reads of SQLite's schema (sqlite_master, PRAGMA table_info,
foreign_key_list, index_list), read from PostgreSQL's catalog for the logbook's schema."""

from __future__ import annotations

from visitlog.store.pg.connection import SCHEMA_TABLE, PgConnection


def table_names(conn: PgConnection) -> list[str]:
    # pg_catalog rather than information_schema: ~1 ms instead of ~40
    rows = conn.execute_native(
        "SELECT relname FROM pg_class WHERE relnamespace = to_regnamespace(current_schema()) "
        "AND relkind IN ('r', 'p') ORDER BY relname COLLATE \"C\"")
    return [r[0] for r in rows]


def column_names(conn: PgConnection, table: str) -> list[tuple[str, bool]]:
    """(name, is the integer primary key) for each column; the `id` of every table is the
    rowid's stand-in (store/pg/migrations.py), whether or not SQLite declares one."""
    rows = conn.execute_native(
        "SELECT attname, attidentity <> '' AND attname = 'id' FROM pg_attribute "
        "WHERE attrelid = to_regclass(%s) AND attnum > 0 AND NOT attisdropped "
        "ORDER BY attnum", (f'"{table}"',))
    return [(r[0], bool(r[1])) for r in rows]


def foreign_keys(conn: PgConnection, table: str) -> list[tuple[str, str, str | None]]:
    """(column, the table it refers to, the column there), as PRAGMA foreign_key_list; a
    reference to a table's `id` reads as one to its row id (None)."""
    rows = conn.execute_native(
        "SELECT a.attname, c.confrelid::regclass::text, r.attname FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND c.conrelid = to_regclass(%s)", (f'"{table}"',))
    return [(r[0], r[1].strip('"'), None if r[2] == "id" else r[2]) for r in rows]


def natural_keys(conn: PgConnection, table: str) -> tuple[tuple[str, ...], ...]:
    """UNIQUE constraints, a primary key other than the row id, and unique indexes over plain
    columns covering every row (not partial, no expression), as store/exchange reads them."""
    rows = conn.execute_native(
        "SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM pg_index i "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) "
        "LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
        "WHERE i.indrelid = to_regclass(%s) AND i.indisunique "
        "AND i.indpred IS NULL GROUP BY i.indexrelid "
        "HAVING bool_and(k.attnum > 0)", (f'"{table}"',))
    keys = [tuple(r[0].split(",")) for r in rows]  # (as text: both drivers read it alike)
    return tuple(sorted(k for k in keys if "uid" not in k and k != ("id",)))


def schema_version(conn: PgConnection) -> int:
    row = conn.execute_native(f"SELECT version FROM {SCHEMA_TABLE}").fetchone()
    return int(row[0]) if row else 0


def current_schema(conn: PgConnection) -> str:
    return conn.execute_native("SELECT current_schema()").fetchone()[0]


def drop_statements(conn: PgConnection, schema: str) -> list[str]:
    """What empties the logbook's schema of visitlog's objects before a restore: its tables
    (views and triggers go with them) and the functions of store/pg/migrations.py."""
    quoted = '"' + schema.replace('"', '""') + '"'
    tables = [f'DROP TABLE IF EXISTS {quoted}."{t}" CASCADE' for t in table_names(conn)]
    functions = [f"DROP FUNCTION IF EXISTS {quoted}.{name} CASCADE" for name in (
        "vl_met_weeks()", "vl_visit_months()", "vl_last_visit()", "vl_journal()",
        "vl_stamp()", "vl_carries_met_weeks()", "vl_carries_leaves()", "vl_carries_officers()")]
    return [*tables, *functions, f"DROP AGGREGATE IF EXISTS {quoted}.sum(boolean)",
            f"DROP FUNCTION IF EXISTS {quoted}.vl_count_true(bigint, boolean)"]


def after_restore(schema: str) -> list[str]:
    """What a restore forgets, as store/backup.forget_history and own_schema.rebuild_own do a
    file's: the undo journal (its steps were recorded in another life of the logbook, and
    `undo` would replay them without a command's checks) and the streaks a week report kept
    (derived: the next report counts them again). Schema-qualified: pg_restore's script
    clears the search_path."""
    quoted = '"' + schema.replace('"', '""') + '"'
    return [f"DELETE FROM {quoted}.undo_entries", f"DELETE FROM {quoted}.undo_steps",
            f"DELETE FROM {quoted}.streak_carries"]
