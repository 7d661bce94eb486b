"""Revert the last change made on the logbook."""

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
    with ctx.logbook.write_unjournaled() as conn:
        step = store.last_step(conn)
        if step is None:
            return None
        step_id, command, params = step
        rows = store.revert_step(conn, step_id)
    return Undone(command, params, rows)
