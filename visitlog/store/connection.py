"""Open the logbook: a 0600 file, WAL, foreign keys, a busy timeout, migrations on open.

Every command runs in one transaction (`Logbook.write` / `Logbook.read`). Writes are
journaled for `undo` by temporary triggers created on the writing connection only, so
other tools that open the file are unaffected.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from visitlog.domain.errors import LogbookLocked, LogbookUnusable
from visitlog.store.schema import JOURNALED, SCHEMA_VERSION

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (start-up: `log`)
if TYPE_CHECKING:
    from visitlog.store.location import DbUrl

if TYPE_CHECKING:
    from typing import Any

DEFAULT_BUSY_TIMEOUT_MS = 15_000
UNDO_KEEP_STEPS = 200


_ERROR_KEYS = (  # SQLite's primary result codes (Python 3.11+: exc.sqlite_errorname)
    ("SQLITE_BUSY", "db.locked"), ("SQLITE_LOCKED", "db.locked"), ("SQLITE_FULL", "db.full"),
    ("SQLITE_READONLY", "db.readonly"), ("SQLITE_CORRUPT", "db.corrupt"),
    ("SQLITE_NOTADB", "db.corrupt"), ("SQLITE_CANTOPEN", "db.cannot_open"),
    ("SQLITE_PERM", "db.cannot_open"), ("SQLITE_AUTH", "db.cannot_open"),
    ("SQLITE_IOERR", "db.disk_io"),
)
_TEXT_KEYS = (
    ("locked", "db.locked"), ("busy", "db.locked"), ("full", "db.full"),
    ("readonly", "db.readonly"), ("read-only", "db.readonly"), ("not a database", "db.corrupt"),
    ("malformed", "db.corrupt"), ("corrupt", "db.corrupt"), ("unable to open", "db.cannot_open"),
    ("disk i/o", "db.disk_io"),
)


def translate_sqlite_error(exc: sqlite3.Error, path: Path) -> LogbookUnusable | LogbookLocked:
    """Turn a fault reported by SQLite into the one-line error the user sees."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    key = next((k for code, k in _ERROR_KEYS if name.startswith(code)), None)
    key = key or next((k for fragment, k in _TEXT_KEYS if fragment in text), "db.io")
    where = str(path)
    if key == "db.locked":
        return LogbookLocked(key, path=where)
    return LogbookUnusable(key, path=where, reason=str(exc))


def _create_private_file(path: Path) -> bool:
    """Create the logbook readable by its owner only, before SQLite touches it; whether this
    call created it (another process may have been first)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        raise LogbookUnusable("db.cannot_create", path=str(path), reason=exc.strerror) from exc


def _make_private(path: Path) -> None:
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        raise LogbookUnusable("db.cannot_create", path=str(path), reason=exc.strerror) from exc


def busy_timeout_ms() -> int:
    value = os.environ.get("VISITLOG_BUSY_TIMEOUT_MS", "")
    return int(value) if value.isdigit() else DEFAULT_BUSY_TIMEOUT_MS


class Logbook:
    """One open logbook file. Use `write()` or `read()` for each command's transaction."""

    def __init__(self, path: Path, conn: sqlite3.Connection, created: bool = False) -> None:
        self.path = path
        self.conn = conn
        self.created = created  # the file did not exist before this process opened it
        self.caller: str | None = None  # a file's undo is the logbook's, whoever made a step

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def write(self, command: str, **params: Any) -> Iterator[sqlite3.Connection]:
        """One journaled write transaction; `command`/`params` describe it for `undo`."""
        with self._transaction("BEGIN IMMEDIATE"):
            self.start_step(command, params)
            yield self.conn
            if not self._drop_step_if_empty():
                self._forget_redo()

    @contextmanager
    def write_resolved(self, command: str, **params: Any) -> Iterator[sqlite3.Connection]:
        """`write()` without SQLite checking foreign keys, for a bulk import that looks up
        every row it references in the same transaction (so none can be missing). The pragma
        only takes effect outside a transaction: set before it, and restored after."""
        self.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            with self.write(command, **params) as conn:
                yield conn
        finally:
            self.conn.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def write_unjournaled(self) -> Iterator[sqlite3.Connection]:
        """A write transaction that `undo` does not record (undo itself, settings)."""
        with self._transaction("BEGIN IMMEDIATE"):
            yield self.conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot for a report."""
        with self._transaction("BEGIN"):
            yield self.conn

    @contextmanager
    def _transaction(self, begin: str) -> Iterator[None]:
        try:
            self.conn.execute(begin)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, sqlite3.IntegrityError):
                raise
            if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError):
                raise translate_sqlite_error(exc, self.path) from exc
            raise

    def _rollback(self) -> None:
        """Roll back what is open; a failing ROLLBACK (disk gone, I/O error) must not hide the
        error that caused it: SQLite rolls back from the journal on the next open anyway."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    # -- undo journal -------------------------------------------------------------------

    def start_step(self, command: str, params: dict[str, Any], redo: bool = False) -> None:
        """Open a journal step: what the writes that follow change is recorded in it. A step
        marked `redo` is what an undo reverted (store/undo.py), for `redo` to re-apply."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.conn.execute(
            "INSERT INTO undo_steps (at, command, params, redo) VALUES (?, ?, ?, ?)",
            (now, command, json.dumps(params, ensure_ascii=False), int(redo)),
        )
        for table in JOURNALED:
            self._create_triggers(table)

    def _drop_step_if_empty(self) -> bool:
        """A write that changed nothing (a file imported again, a merge with nothing new)
        leaves no step: the logbook stays exactly as it was, and `undo` reverts the last
        real change instead of a no-op. Whether the step was dropped."""
        cur = self.conn.execute(
            "DELETE FROM undo_steps WHERE id = (SELECT max(id) FROM undo_steps) "
            "AND NOT EXISTS (SELECT 1 FROM undo_entries WHERE step_id = undo_steps.id)"
        )
        if cur.rowcount:
            return True
        # a step was kept: the oldest beyond UNDO_KEEP_STEPS go (only now: a write that
        # changed nothing must not cost the journal its oldest step); counted among the
        # steps that can be undone: those an undo keeps for `redo` do not push them out
        row = self.conn.execute(
            "SELECT id FROM undo_steps WHERE redo = 0 ORDER BY id DESC LIMIT 1 OFFSET ?",
            (UNDO_KEEP_STEPS,)).fetchone()
        if row is not None:
            self.conn.execute("DELETE FROM undo_entries WHERE step_id IN "
                              "(SELECT id FROM undo_steps WHERE redo = 0 AND id <= ?)", (row[0],))
            self.conn.execute("DELETE FROM undo_steps WHERE redo = 0 AND id <= ?", (row[0],))
        return False

    def finish_step(self) -> None:
        """Close a step opened with start_step: dropped when it recorded nothing."""
        self._drop_step_if_empty()

    def _forget_redo(self) -> None:
        """A new change makes what was undone before it impossible to redo."""
        self.conn.execute("DELETE FROM undo_entries WHERE step_id IN "
                          "(SELECT id FROM undo_steps WHERE redo = 1)")
        self.conn.execute("DELETE FROM undo_steps WHERE redo = 1")

    def describe_step(self, **params: Any) -> None:
        """Add details known only after the write (e.g. the new row's id) to the undo step."""
        row = self.conn.execute("SELECT id, params FROM undo_steps ORDER BY id DESC LIMIT 1")
        step_id, old = row.fetchone()
        merged = {**json.loads(old), **params}
        self.conn.execute(
            "UPDATE undo_steps SET params = ? WHERE id = ?",
            (json.dumps(merged, ensure_ascii=False), step_id),
        )

    def _create_triggers(self, table: str) -> None:
        columns = JOURNALED[table]
        old = "json_object(" + ", ".join(f"'{c}', old.\"{c}\"" for c in columns) + ")"
        step = "(SELECT max(id) FROM main.undo_steps)"
        entry = f"INSERT INTO undo_entries (step_id, tbl, op, row_id, old) VALUES ({step}"
        for op, event, value in (
            ("insert", "INSERT", "new.rowid, NULL"),
            ("update", "UPDATE", f"old.rowid, {old}"),
            ("delete", "DELETE", f"old.rowid, {old}"),
        ):
            self.conn.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_{op} AFTER {event} "
                f"ON main.\"{table}\" BEGIN {entry}, '{table}', '{op}', {value}); END"
            )

    @contextmanager
    def bulk_insert(self, table: str, trims_itself: bool = False) -> Iterator[None]:
        """Journal a bulk insert as one rowid range instead of one entry per row.
        `trims_itself`: rows deleted inside are rows of the range itself (an import's repeated
        rows, removed after the insert): not journaled, as undoing the range removes the rest."""
        self.conn.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_insert")
        if trims_itself:
            self.conn.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_delete")
        before = self._max_rowid(table)
        yield
        after = self._max_rowid(table)
        if after > before:
            self.conn.execute(
                "INSERT INTO undo_entries (step_id, tbl, op, row_id, old) "
                "VALUES ((SELECT max(id) FROM undo_steps), ?, 'insert_range', ?, ?)",
                (table, before + 1, str(after)),
            )
        self._create_triggers(table)

    def _max_rowid(self, table: str) -> int:
        return self.conn.execute(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def close_discarding_if_unused(self) -> None:
        """Close; and when this process created the file and nothing was ever recorded in it
        (the command that created it failed), remove it, so that a failed first command
        leaves no empty logbook behind. A file another connection has open is kept (its WAL
        outlives our connection), and so is one holding any recorded step or setting."""
        try:
            unused = self.created and self.conn.execute(
                "SELECT NOT EXISTS (SELECT 1 FROM undo_steps) "
                "AND NOT EXISTS (SELECT 1 FROM settings)").fetchone()[0]
        except sqlite3.Error:
            unused = False
        self.conn.close()
        wal = self.path.with_name(self.path.name + "-wal")
        if unused and not wal.exists():
            for leftover in (self.path, self.path.with_name(self.path.name + "-shm")):
                try:
                    leftover.unlink(missing_ok=True)
                except OSError:
                    pass


def open_logbook(path: Path | DbUrl, caller: str | None = None) -> Logbook:
    """Open (creating if needed) and migrate the logbook at `path`: a SQLite file, or a
    PostgreSQL database given by its URL (store/pg; `caller` names who makes its undo steps:
    the configured officer, else the OS user)."""
    if not isinstance(path, Path):
        import getpass

        from visitlog.store.pg.connection import open_pg_logbook

        return open_pg_logbook(path, caller or getpass.getuser())  # type: ignore[return-value]
    if path.is_symlink() and not path.exists():
        raise LogbookUnusable("db.dangling_link", path=str(path), target=os.readlink(path))
    if path.is_dir():
        raise LogbookUnusable("db.is_directory", path=str(path))
    if path.exists() and not path.is_file():  # /dev/null, a FIFO, a socket …
        raise LogbookUnusable("db.not_a_file", path=str(path))
    created = not path.exists() and _create_private_file(path)
    if not created and path.stat().st_size == 0:
        _make_private(path)  # an empty file (`touch`ed) becomes the logbook: it is created here
    try:
        return _open(path, created)
    except BaseException:
        if created:  # a first command that failed (a full disk): no empty logbook left behind
            for suffix in ("", "-wal", "-shm", "-journal"):
                try:
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
                except OSError:
                    pass
        raise


def _read_only_target(path: Path) -> str | None:
    """On read-only media (or a file or folder this user may not write), the logbook is opened
    read-only, so that reports, export and backup still work: SQLite cannot make a WAL
    logbook's -shm there. With no -wal beside it, nothing can be writing it (a writer needs
    one): it is opened immutable."""
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        return None
    wal = path.with_name(path.name + "-wal")
    return path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?immutable=1")


def _open(path: Path, created: bool) -> Logbook:
    conn = None
    try:
        read_only = None if created else _read_only_target(path)
        if read_only is not None:
            conn = sqlite3.connect(read_only, uri=True, isolation_level=None,
                                   timeout=busy_timeout_ms() / 1000)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:  # a newer one is refused, an older cannot migrate
                conn.close()
                conn = None
            else:
                conn.execute("PRAGMA foreign_keys = ON")
                return Logbook(path, conn, created)
        conn = sqlite3.connect(path, isolation_level=None, timeout=busy_timeout_ms() / 1000)
        conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            conn.close()
            raise LogbookUnusable("db.newer", path=str(path), version=version)
        if version == 0 and _has_foreign_tables(conn):
            conn.close()  # another program's database: never add our tables to it
            raise LogbookUnusable("db.foreign", path=str(path))
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        raise translate_sqlite_error(exc, path) from exc
    logbook = Logbook(path, conn, created)
    if version < SCHEMA_VERSION:
        try:
            _migrate(logbook)
        except BaseException:
            conn.close()
            raise
    return logbook


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    """A file visitlog never migrated (user_version 0) that already holds tables."""
    row = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchone()
    return row[0] > 0


def _migrate(logbook: Logbook) -> None:
    with logbook.write_unjournaled() as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0 and _create_from_snapshot(conn):
            return
        if version < SCHEMA_VERSION:  # another process may have migrated meanwhile
            from visitlog.store import migrations  # imports sqlite-utils: only when one is due

            migrations.apply(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _create_from_snapshot(conn: sqlite3.Connection) -> bool:
    """A new logbook: the schema the migrations build, in one step (store/snapshot.py).
    False when the snapshot is not of this SCHEMA_VERSION (then the migrations run)."""
    from datetime import UTC, datetime

    from visitlog.store import fresh

    if fresh.VERSION != SCHEMA_VERSION:
        return False
    for statement in fresh.STATEMENTS:  # (executescript would commit the transaction first)
        conn.execute(statement)
    for table, rows in fresh.ROWS.items():
        marks = ", ".join("?" * len(rows[0]))
        conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    applied = str(datetime.now(UTC))  # as sqlite-utils' Migrations records it
    conn.executemany(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [("visitlog", name, applied) for name in fresh.MIGRATIONS])
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return True
