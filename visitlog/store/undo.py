"""Revert the last journaled step (see Logbook.write), with parameterized statements only."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from visitlog.store.schema import JOURNALED


def last_step(conn: sqlite3.Connection, redo: bool = False
              ) -> tuple[int, str, dict[str, Any]] | None:
    """The newest step `undo` can revert, or (redo=True) the newest one `redo` can."""
    row = conn.execute(
        "SELECT id, command, params FROM undo_steps WHERE redo = ? ORDER BY id DESC LIMIT 1",
        (int(redo),),
    ).fetchone()
    return (row[0], row[1], json.loads(row[2])) if row else None


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
        conn.execute(
            f'INSERT INTO "{table}" (rowid, {quoted}) VALUES (?, {marks})',
            (row_id, *(values[c] for c in columns)),
        )
        return 1
    return 0
