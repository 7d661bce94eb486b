"""Revert the last change made on the logbook."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from visitlog.domain.errors import Invalid
from visitlog.service.context import Context
from visitlog.store import undo as store


@dataclass(frozen=True)
class Undone:
    command: str
    params: dict[str, Any]
    rows: int


class UndoConflict(Invalid):
    """The caller's last step touched rows someone else has changed since (exit 2)."""

    def __init__(self, command: str, params: dict[str, Any], who: str | None) -> None:
        super().__init__("pg.undo_conflict", who=who)
        self.command, self.step_params = command, params


def undo_last(ctx: Context) -> Undone | None:
    """Undo the newest journaled step; None when there is nothing left to undo.

    On a shared logbook (PostgreSQL: its steps say who made them) the newest step of the
    caller (the configured officer, else the OS user); refused when someone else has changed
    the same rows since, or when reverting it would break what others recorded after it."""
    caller = ctx.logbook.caller
    try:
        with ctx.logbook.write_unjournaled() as conn:
            step = store.last_step(conn, caller)
            if step is None:
                return None
            step_id, command, params = step
            if caller is not None:
                who = store.changed_since_by(conn, step_id)
                if who is not None:
                    raise UndoConflict(command, params, who)
            rows = store.revert_step(conn, step_id)
    except sqlite3.IntegrityError as exc:  # a later step of someone else's refers to a row
        raise UndoConflict(command, params, None) from exc
    return Undone(command, params, rows)
