"""Revert the last change made on the logbook (`undo`), and re-apply what undo reverted (`redo`).

An undo reverts its step while a step marked `redo` journals what that reverting changes; a
redo reverts that step in turn while an ordinary step journals it, so `undo` takes the redo
back. Any new change (Logbook.write) clears the redo steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from visitlog.service.context import Context
from visitlog.store import undo as store


@dataclass(frozen=True)
class Undone:
    command: str
    params: dict[str, Any]
    rows: int


def undo_last(ctx: Context) -> Undone | None:
    """Undo the newest journaled step; None when there is nothing left to undo."""
    return _revert_newest(ctx, redo=False)


def redo_last(ctx: Context) -> Undone | None:
    """Re-apply what the newest undo reverted; None when there is nothing to redo."""
    return _revert_newest(ctx, redo=True)


def _revert_newest(ctx: Context, redo: bool) -> Undone | None:
    with ctx.logbook.write_unjournaled() as conn:
        step = store.last_step(conn, redo=redo)
        if step is None:
            return None
        step_id, command, params = step
        ctx.logbook.start_step(command, params, redo=not redo)
        rows = store.revert_step(conn, step_id)
        ctx.logbook.finish_step()
    return Undone(command, params, rows)
