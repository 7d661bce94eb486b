"""SQLite's online backup API: consistent copies of a live logbook, and checks on a copy.

A backup is taken page by page under a read snapshot (`Connection.backup`), so writers in
other processes never see a half-copied file and the copy never sees a half-made change.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from visitlog.store.schema import SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
REQUIRED_TABLES = frozenset(
    {"officers", "enterprises", "visits", "leaves", "settings", "undo_steps", "undo_entries"}
)


def _give_up_when_locked(seconds: float) -> Callable[[int, int, int], None]:
    """A progress callback that ends a backup kept waiting on a lock past `seconds`.

    Python's `Connection.backup` retries a busy step for ever; raising from the callback is
    the only way to stop it, and gives the caller SQLite's usual "database is locked".
    """
    deadline = time.monotonic() + seconds

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def _busy_seconds() -> float:
    from visitlog.store.connection import busy_timeout_ms

    return busy_timeout_ms() / 1000


def has_sqlite_header(path: Path) -> bool:
    """True when the file starts with SQLite's 16-byte magic string."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only; fails if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # O_CREAT's mode is filtered by the umask; say it outright


def copy_to_new_file(source: sqlite3.Connection, dest: Path) -> None:
    """Copy the database behind `source` into `dest` (a new 0600 file), self-contained.

    The copy is switched to rollback-journal mode so that it is one file, with no -wal.
    """
    create_private(dest)
    target = sqlite3.connect(dest, isolation_level=None)
    try:
        source.backup(target, progress=_give_up_when_locked(_busy_seconds()))
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()


def copy_file_to_new_file(source: Path, dest: Path) -> None:
    """Copy the database file `source`, opened read-only, into `dest` (a new 0600 file)."""
    conn = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True,
                           isolation_level=None)
    try:
        copy_to_new_file(conn, dest)
    finally:
        conn.close()


def inspect_file(path: Path) -> tuple[str, int, frozenset[str]]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return inspect(conn)
    finally:
        conn.close()


def inspect(conn: sqlite3.Connection) -> tuple[str, int, frozenset[str]]:
    """(integrity_check's first line, user_version, visitlog tables missing)."""
    integrity = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return integrity, version, REQUIRED_TABLES - names


def forget_history(path: Path) -> None:
    """Empty the undo journal of the private copy at `path`: its steps were recorded in another
    life of the file (or written by hand) and `undo` replays them without a command's checks."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM undo_entries")
        conn.execute("DELETE FROM undo_steps")
        conn.execute("COMMIT")
    finally:
        conn.close()


def is_newer(version: int) -> bool:
    return version > SCHEMA_VERSION


def replace_contents(source: Path, live: sqlite3.Connection) -> None:
    """Overwrite the live logbook with the file `source` in one transaction (atomic, WAL-safe).

    Other processes' connections stay valid and see either the old or the new contents.
    """
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        # into a WAL database, SQLite's backup needs equal page sizes; `source` is a private
        # copy in rollback-journal mode, so it may be rebuilt at the live page size
        page_size = int(live.execute("PRAGMA page_size").fetchone()[0])
        if conn.execute("PRAGMA page_size").fetchone()[0] != page_size:
            conn.execute(f"PRAGMA page_size = {page_size}")
            conn.execute("VACUUM")
        conn.backup(live, progress=_give_up_when_locked(_busy_seconds()))
    finally:
        conn.close()
