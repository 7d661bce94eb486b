"""Revert the last journaled step (see Logbook.write), with parameterized statements only."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from visitlog.store.schema import JOURNALED


def last_step(conn: sqlite3.Connection, redo: bool = False, caller: str | None = None
              ) -> tuple[int, str, dict[str, Any]] | None:
    """The newest step `undo` can revert, or (redo=True) the newest one `redo` can; with
    `caller` (a shared logbook, whose steps say who made them), the newest of that caller's."""
    if caller is None:
        row = conn.execute(
            "SELECT id, command, params FROM undo_steps WHERE redo = ? ORDER BY id DESC LIMIT 1",
            (int(redo),),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT id, command, params FROM undo_steps WHERE redo = ? AND who = ? "
            "ORDER BY id DESC LIMIT 1", (int(redo), caller)).fetchone()
    return (row[0], row[1], json.loads(row[2])) if row else None


def changed_since_by(conn: sqlite3.Connection, step_id: int, caller: str) -> str | None:
    """Who else (a later step's maker) has changed since a row this step changed, if anyone:
    on a shared logbook a caller's last step need not be the logbook's last. The caller's own
    later steps (what their undos reverted, kept for `redo`) are theirs to take back."""
    row = conn.execute(
        "SELECT s.who FROM undo_entries mine JOIN undo_entries later "
        "ON later.tbl = mine.tbl AND later.step_id > mine.step_id AND (later.row_id = "
        "mine.row_id OR (mine.op = 'insert_range' AND later.row_id BETWEEN mine.row_id "
        "AND CAST(mine.old AS INTEGER))) JOIN undo_steps s ON s.id = later.step_id "
        "WHERE mine.step_id = ? AND s.who <> ? ORDER BY later.step_id LIMIT 1",
        (step_id, caller)).fetchone()
    return row[0] if row else None


def revert_step(conn: sqlite3.Connection, step_id: int) -> int:
    """Apply the inverse of every entry of the step, newest first; returns rows touched."""
    entries = conn.execute(
        "SELECT tbl, op, row_id, old FROM undo_entries WHERE step_id = ? ORDER BY id DESC",
        (step_id,),
    ).fetchall()
    touched = 0
    for table, op, row_id, old in entries:
        if table not in JOURNALED:  # written by a newer version; never build SQL from it
            continue
        touched += _revert(conn, table, op, row_id, old)
    conn.execute("DELETE FROM undo_entries WHERE step_id = ?", (step_id,))
    conn.execute("DELETE FROM undo_steps WHERE id = ?", (step_id,))
    return touched


def _revert(conn: sqlite3.Connection, table: str, op: str, row_id: int, old: str | None) -> int:
    if op == "insert":
        return conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (row_id,)).rowcount
    if op == "insert_range":
        return conn.execute(
            f'DELETE FROM "{table}" WHERE rowid BETWEEN ? AND ?', (row_id, int(old or row_id))
        ).rowcount
    values = json.loads(old or "{}")
    columns = [c for c in JOURNALED[table] if c in values]
    quoted = ", ".join(f'"{c}"' for c in columns)
    if op == "update":
        if "updated_at" in columns:
            # Restore the old stamp as it was: clearing it first keeps the identity trigger
            # (which bumps updated_at when an update leaves it alone) from firing.
            conn.execute(f'UPDATE "{table}" SET updated_at = NULL WHERE rowid = ?', (row_id,))
        sets = ", ".join(f'"{c}" = ?' for c in columns)
        args = [values[c] for c in columns]
        sql = f'UPDATE "{table}" SET {sets} WHERE rowid = ?'
        return conn.execute(sql, (*args, row_id)).rowcount
    if op == "delete":
        marks = ", ".join("?" for _ in columns)
        if "id" in columns:  # the id is the rowid (and PostgreSQL's stand-in for it): once
            conn.execute(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                         [values[c] for c in columns])
            return 1
        conn.execute(
            f'INSERT INTO "{table}" (rowid, {quoted}) VALUES (?, {marks})',
            (row_id, *(values[c] for c in columns)),
        )
        return 1
    return 0
