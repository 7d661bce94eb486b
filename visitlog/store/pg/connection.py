"""A PostgreSQL logbook behind the same `Logbook` interface as a SQLite file.

This module is imported only for a URL: a SQLite logbook never loads it. It talks to the
server through libpq directly (`lite.py`), or through psycopg 3 where that libpq cannot be
loaded (importing psycopg alone costs three times a whole SQLite `log`). `PgConnection`
answers the store's calls as `sqlite3.Connection` does (`execute` with `?` or `:name`
parameters, a cursor with `fetchone`/`fetchall`/`lastrowid`/`rowcount`, sqlite3's
IntegrityError for a broken constraint), rewriting each statement once (`dialect.translate`).

Concurrency: every write transaction takes the logbook's write lock first (a transaction-level
advisory lock), as SQLite's BEGIN IMMEDIATE does, so writers are serialized and a check made
in a transaction (a duplicate `log`, a demand's status) still holds at its commit; readers
are never blocked (REPEATABLE READ snapshots). Waiting past the busy timeout is
`LogbookLocked`, as with SQLite. Writes are journaled for `undo` by triggers that read the
transaction's step from a setting (`visitlog.step`); each step records who made it.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from visitlog.domain.errors import Fault, LogbookLocked, LogbookUnusable
from visitlog.store.connection import UNDO_KEEP_STEPS, busy_timeout_ms
from visitlog.store.location import DbUrl
from visitlog.store.pg import lite
from visitlog.store.pg.dialect import inserted_table, translate
from visitlog.store.schema import SCHEMA_VERSION

psycopg: Any = None  # imported only where libpq cannot be reached through ctypes (lite.py)
DRIVER_ERRORS: tuple[type[Exception], ...] = (lite.Error,)


def _load_psycopg() -> Any:
    """psycopg itself, with the adapters that make it answer as SQLite does."""
    global psycopg, DRIVER_ERRORS
    if psycopg is None:
        try:
            import psycopg as module
            from psycopg.adapt import Loader
            from psycopg.types.numeric import Int8Dumper
        except ImportError:  # the extra is not installed: say what to install
            raise Fault("pg.missing") from None

        class BoolAsInt(Int8Dumper):
            """Python booleans are stored as 0/1, as SQLite stores them."""

            def dump(self, obj: Any) -> bytes:
                return b"1" if obj else b"0"

        class NumericLoader(Loader):
            """sum() of integers is numeric in PostgreSQL, an integer in SQLite: int or
            float, never Decimal."""

            def load(self, data: Any) -> int | float:
                text = bytes(data).decode()
                return int(text) if text.lstrip("-").isdigit() else float(text)

        class BoolLoader(Loader):
            """A boolean expression selected reads 1/0, as in SQLite."""

            def load(self, data: Any) -> int:
                return 1 if bytes(data) == b"t" else 0

        module.visitlog_adapters = (BoolAsInt, NumericLoader, BoolLoader)
        psycopg = module
        DRIVER_ERRORS = (lite.Error, module.Error)
    return psycopg


def _sqlstate(exc: BaseException) -> str:
    return getattr(exc, "sqlstate", None) or ""


def _is_integrity(exc: BaseException) -> bool:
    """A broken constraint (class 23), or a value the column cannot hold (class 22)."""
    return _sqlstate(exc)[:2] in ("23", "22")


# pg_advisory_xact_lock's key for the logbook's write lock ('visitlog' in ASCII, 8 bytes)
WRITE_LOCK = 0x766973_69746C6F67 & 0x7FFFFFFFFFFFFFFF
SCHEMA_TABLE = "visitlog_schema"
_CHANGES = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def translate_pg_error(exc: Exception, where: DbUrl) -> LogbookUnusable | LogbookLocked:
    """A fault reported by the server as the one-line error the user sees."""
    state = getattr(exc, "sqlstate", None) or ""
    reason = _one_line(exc)
    if state in ("55P03", "40P01", "40001"):  # lock timeout, deadlock, serialization
        return LogbookLocked("db.locked", path=str(where))
    if state == "53100":
        return LogbookUnusable("db.full", path=str(where))
    if state in ("25006", "42501"):
        return LogbookUnusable("db.readonly", path=str(where))
    if state.startswith("08") or state.startswith("57") or not state:
        return LogbookUnusable("pg.connect", path=str(where), reason=reason)
    return LogbookUnusable("db.io", path=str(where), reason=reason)


def _one_line(exc: Exception) -> str:
    """The server's message without libpq's preamble, on one line."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    for line in lines:
        if "FATAL:" in line:
            return line.split("FATAL:", 1)[1].strip()
    text = lines[0] if lines else type(exc).__name__
    return text.split(" failed: ", 1)[-1]


_INT64 = (-(2**63), 2**63 - 1)


def _check_integers(params: Any) -> None:
    """An integer SQLite could not store is refused as sqlite3 refuses it (the boundary says
    "out of range"), not compared as a numeric that matches nothing."""
    values = params.values() if isinstance(params, dict) else params or ()
    for value in values:
        if type(value) is int and not _INT64[0] <= value <= _INT64[1]:
            raise OverflowError("Python int too large to convert to SQLite INTEGER")


class PgCursor:
    """What the store reads of a sqlite3 cursor."""

    __slots__ = ("_cur", "lastrowid", "rowcount")

    def __init__(self, cur: Any, lastrowid: int | None = None) -> None:
        self._cur = cur
        self.lastrowid = lastrowid
        self.rowcount = cur.rowcount if cur is not None else 0

    def fetchone(self) -> tuple | None:
        return self._cur.fetchone() if self._has_rows() else None

    def fetchall(self) -> list[tuple]:
        return self._cur.fetchall() if self._has_rows() else []

    def fetchmany(self, size: int = 1) -> list[tuple]:
        return self._cur.fetchmany(size) if self._has_rows() else []

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._cur) if self._has_rows() else iter(())

    @property
    def description(self) -> Any:
        return self._cur.description if self._cur is not None else None

    def _has_rows(self) -> bool:
        return self._cur is not None and self._cur.description is not None


class PgConnection:
    """A psycopg connection that the store can use as it uses sqlite3's."""

    engine = "postgres"

    def __init__(self, raw: Any, where: DbUrl) -> None:
        self.raw = raw
        self.where = where
        self._id_tables: set[str] | None = None
        self.total_changes = 0  # rows inserted, updated or deleted, as sqlite3 counts them

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != 0  # pq.TransactionStatus.IDLE

    def execute(self, sql: str, params: Any = ()) -> PgCursor:
        cur = self.raw.cursor()
        text = translate(sql)
        table = inserted_table(sql)
        returning = table is not None and table in self.id_tables()
        if returning:
            text = f"{text.rstrip().rstrip(';')} RETURNING id"
        self._run(cur, text, params)
        lastrowid = None
        if cur.rowcount > 0 and _CHANGES.match(text):
            self.total_changes += cur.rowcount
        if returning:
            row = cur.fetchone() if cur.description is not None else None
            lastrowid = row[0] if row else None
        return PgCursor(cur, lastrowid)

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        cur = self.raw.cursor()
        try:
            cur.executemany(translate(sql), rows)
        except DRIVER_ERRORS as exc:
            raise self._sqlite_error(exc) from exc
        if cur.rowcount > 0:
            self.total_changes += cur.rowcount
        return PgCursor(cur)

    def execute_native(self, sql: str, params: Any = None) -> PgCursor:
        """A statement in PostgreSQL's own dialect (the engine's modules)."""
        cur = self.raw.cursor()
        self._run(cur, sql, params)
        return PgCursor(cur)

    def _run(self, cur: Any, text: str, params: Any) -> None:
        _check_integers(params)
        try:
            cur.execute(text, params if params is not None else ())
        except DRIVER_ERRORS as exc:
            raise self._sqlite_error(exc) from exc

    def _sqlite_error(self, exc: Exception) -> Exception:
        """A broken constraint is sqlite3's IntegrityError, as the services expect; anything
        else the fault the user sees."""
        if _is_integrity(exc):
            return sqlite3.IntegrityError(_one_line(exc))
        return translate_pg_error(exc, self.where)

    def id_tables(self) -> set[str]:
        """Tables with an `id` column (an INSERT's `lastrowid` is its RETURNING id), as the
        migrations recorded them in visitlog_schema."""
        if self._id_tables is None:
            row = self.raw.execute("SELECT id_tables FROM visitlog_schema").fetchone()
            self._id_tables = set(row[0].split(",")) if row else set()
        return self._id_tables

    def forget_tables(self) -> None:
        self._id_tables = None

    def close(self) -> None:
        self.raw.close()


class PgLogbook:
    """A PostgreSQL logbook; the same methods as store.connection.Logbook."""

    def __init__(self, where: DbUrl, conn: PgConnection, caller: str) -> None:
        self.path = where
        self.conn = conn
        self.caller = caller
        self.created = False
        self._step_id: int | None = None

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def write(self, command: str, **params: Any) -> Iterator[PgConnection]:
        """One journaled write transaction; `command`/`params` describe it for `undo`."""
        with self._transaction(write=True):
            self.start_step(command, params)
            yield self.conn
            if not self._drop_step_if_empty():
                self._forget_redo()

    @contextmanager
    def write_resolved(self, command: str, **params: Any) -> Iterator[PgConnection]:
        """`write()`: for a bulk import that looked up every row it references. PostgreSQL
        checks each reference as its row goes in (an index probe), so nothing is turned off."""
        with self.write(command, **params) as conn:
            yield conn

    @contextmanager
    def write_unjournaled(self) -> Iterator[PgConnection]:
        with self._transaction(write=True):
            yield self.conn

    @contextmanager
    def read(self) -> Iterator[PgConnection]:
        with self._transaction(write=False):
            yield self.conn

    @contextmanager
    def _transaction(self, write: bool) -> Iterator[None]:
        raw = self.conn.raw
        try:
            if write:
                raw.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                raw.execute(f"SET LOCAL lock_timeout = {int(busy_timeout_ms())}")
                raw.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
            else:
                raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        except DRIVER_ERRORS as exc:
            self._rollback()
            raise translate_pg_error(exc, self.path) from exc
        try:
            yield
            raw.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, DRIVER_ERRORS) and _is_integrity(exc):
                raise sqlite3.IntegrityError(_one_line(exc)) from exc
            if isinstance(exc, DRIVER_ERRORS):
                raise translate_pg_error(exc, self.path) from exc
            raise
        finally:
            self._step_id = None

    def _rollback(self) -> None:
        try:
            if self.conn.in_transaction:
                self.conn.raw.execute("ROLLBACK")
        except DRIVER_ERRORS:
            pass

    # -- undo journal -------------------------------------------------------------------

    def start_step(self, command: str, params: dict[str, Any], redo: bool = False) -> None:
        """Open a journal step, made by the caller: what the writes that follow change is
        recorded in it (vl_journal reads the step from the transaction's `visitlog.step`). A
        step marked `redo` is what an undo reverted (store/undo.py), for `redo` to re-apply."""
        raw = self.conn.raw
        step_id = raw.execute(  # stamped with the server's clock, as SQLite's journal's
            "INSERT INTO undo_steps (at, command, params, who, redo) VALUES (to_char("
            "clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"+00:00\"'), "
            "%s, %s, %s, %s) RETURNING id",
            (command, json.dumps(params, ensure_ascii=False), self.caller, int(redo)),
        ).fetchone()[0]
        self._step_id = step_id
        raw.execute("SELECT set_config('visitlog.step', %s, true)", (str(step_id),))

    def finish_step(self) -> None:
        """Close a step opened with start_step: dropped when it recorded nothing."""
        self._drop_step_if_empty()

    def _drop_step_if_empty(self) -> bool:
        """A write that changed nothing leaves no step (as on SQLite); whether it was dropped.
        A step kept pushes out the caller's oldest beyond UNDO_KEEP_STEPS, counted among the
        steps that can be undone (those an undo keeps for `redo` do not push them out)."""
        raw = self.conn.raw
        cur = raw.execute(
            "DELETE FROM undo_steps WHERE id = %s "
            "AND NOT EXISTS (SELECT 1 FROM undo_entries WHERE step_id = %s)",
            (self._step_id, self._step_id))
        if cur.rowcount:
            return True
        raw.execute(
            "WITH old AS (SELECT id FROM undo_steps WHERE who = %s AND redo = 0 ORDER BY id DESC "
            "OFFSET %s), gone AS (DELETE FROM undo_entries WHERE step_id IN "
            "(SELECT id FROM old)) DELETE FROM undo_steps WHERE id IN (SELECT id FROM old)",
            (self.caller, UNDO_KEEP_STEPS))
        return False

    def _forget_redo(self) -> None:
        """A new change makes what the caller undid before it impossible to redo (what others
        undid stays theirs to redo, refused if this change touched the same rows)."""
        self.conn.raw.execute(
            "WITH old AS (SELECT id FROM undo_steps WHERE who = %s AND redo = 1), "
            "gone AS (DELETE FROM undo_entries WHERE step_id IN (SELECT id FROM old)) "
            "DELETE FROM undo_steps WHERE id IN (SELECT id FROM old)", (self.caller,))

    def describe_step(self, **params: Any) -> None:
        raw = self.conn.raw
        old = raw.execute("SELECT params FROM undo_steps WHERE id = %s",
                          (self._step_id,)).fetchone()[0]
        merged = {**json.loads(old), **params}
        raw.execute("UPDATE undo_steps SET params = %s WHERE id = %s",
                    (json.dumps(merged, ensure_ascii=False), self._step_id))

    @contextmanager
    def bulk_insert(self, table: str, trims_itself: bool = False) -> Iterator[None]:
        """Journal a bulk insert as one id range instead of one entry per row.
        `trims_itself`: rows deleted inside are rows of the range itself: not journaled, as
        undoing the range removes the rest (see store.connection.Logbook.bulk_insert)."""
        raw = self.conn.raw
        before = self._max_id(table)
        raw.execute("SELECT set_config('visitlog.bulk', %s, true), "
                    "set_config('visitlog.trim', %s, true)",
                    (table, table if trims_itself else ""))
        yield
        raw.execute("SELECT set_config('visitlog.bulk', '', true), "
                    "set_config('visitlog.trim', '', true)")
        after = self._max_id(table)
        if after > before:
            raw.execute(
                "INSERT INTO undo_entries (step_id, tbl, op, row_id, old) "
                "VALUES (%s, %s, 'insert_range', %s, %s)",
                (self._step_id, table, before + 1, str(after)))

    def _max_id(self, table: str) -> int:
        quoted = '"' + table.replace('"', '""') + '"'
        return self.conn.raw.execute(f"SELECT coalesce(max(id), 0) FROM {quoted}").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def close_discarding_if_unused(self) -> None:
        """A server's database is never removed: close."""
        self.conn.close()


def connect(where: DbUrl) -> PgConnection:
    """Connect (libpq's conventions for everything the URL leaves out): through the libpq of
    psycopg's binary wheel by ctypes (lite.py), else through psycopg itself."""
    try:
        raw = None
        if os.environ.get("VISITLOG_PG_DRIVER") != "psycopg":
            raw = lite.connect(where.url)
        if raw is None:
            driver = _load_psycopg()
            raw = driver.connect(where.url, autocommit=True, cursor_factory=driver.ClientCursor,
                                 connect_timeout=10, application_name="visitlog")
            for kind in driver.visitlog_adapters[:1]:
                raw.adapters.register_dumper(bool, kind)
            raw.adapters.register_loader("numeric", driver.visitlog_adapters[1])
            raw.adapters.register_loader("bool", driver.visitlog_adapters[2])
    except DRIVER_ERRORS as exc:
        raise LogbookUnusable("pg.connect", path=str(where), reason=_one_line(exc)) from exc
    return PgConnection(raw, where)


def schema_version(conn: PgConnection) -> int:
    """The migrations applied (0: an empty database); the tables with ids come with it."""
    try:
        row = conn.raw.execute(f"SELECT version, id_tables FROM {SCHEMA_TABLE}").fetchone()
    except DRIVER_ERRORS as exc:
        if _sqlstate(exc) == "42P01":  # undefined table: an empty database
            return 0
        raise translate_pg_error(exc, conn.where) from exc
    if row:
        conn._id_tables = set(row[1].split(","))
    return int(row[0]) if row else 0


def open_pg_logbook(where: DbUrl, caller: str) -> PgLogbook:
    """Connect and migrate; the first command creates the schema in an empty database."""
    conn = connect(where)
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        conn.close()
        raise LogbookUnusable("db.newer", path=str(where), version=version)
    logbook = PgLogbook(where, conn, caller)
    if version < SCHEMA_VERSION:
        if version == 0 and _has_foreign_tables(conn):
            conn.close()  # another program's database: never add our tables to it
            raise LogbookUnusable("db.foreign", path=str(where))
        _migrate(logbook)
    return logbook


def _has_foreign_tables(conn: PgConnection) -> bool:
    row = conn.raw.execute(
        "SELECT count(*) FROM pg_class WHERE relnamespace = to_regnamespace(current_schema()) "
        "AND relkind IN ('r', 'p', 'v')").fetchone()
    return row[0] > 0


def _migrate(logbook: PgLogbook) -> None:
    from visitlog.store.pg import migrations

    with logbook.write_unjournaled() as conn:
        exists = conn.raw.execute(f"SELECT to_regclass('{SCHEMA_TABLE}')").fetchone()[0]
        version = schema_version(conn) if exists else 0
        if version < SCHEMA_VERSION:  # another process may have migrated meanwhile
            migrations.apply(conn)
    logbook.conn.forget_tables()
