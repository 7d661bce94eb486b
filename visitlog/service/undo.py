"""Revert the last change made on the logbook (`undo`), and re-apply what undo reverted (`redo`).

An undo reverts its step while a step marked `redo` journals what that reverting changes; a
redo reverts that step in turn while an ordinary step journals it, so `undo` takes the redo
back. Any new change (Logbook.write) clears the redo steps. On a shared logbook (PostgreSQL)
each caller undoes and redoes their own steps, and a new change clears only their own redo
steps; a step is refused when someone else has changed the same rows since.
"""

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
    return _revert_newest(ctx, redo=False)


def redo_last(ctx: Context) -> Undone | None:
    """Re-apply what the newest undo reverted (on a shared logbook, the caller's newest undo,
    refused as undo is); None when there is nothing to redo."""
    return _revert_newest(ctx, redo=True)


def _revert_newest(ctx: Context, redo: bool) -> Undone | None:
    caller = ctx.logbook.caller
    try:
        with ctx.logbook.write_unjournaled() as conn:
            step = store.last_step(conn, redo=redo, caller=caller)
            if step is None:
                return None
            step_id, command, params = step
            if caller is not None:
                who = store.changed_since_by(conn, step_id, caller)
                if who is not None:
                    raise UndoConflict(command, params, who)
            ctx.logbook.start_step(command, params, redo=not redo)
            rows = store.revert_step(conn, step_id)
            ctx.logbook.finish_step()
    except sqlite3.IntegrityError as exc:  # a later step of someone else's refers to a row
        raise UndoConflict(command, params, None) from exc
    return Undone(command, params, rows)
