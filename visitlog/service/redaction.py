"""A redacted text is not an edit: it never replaces a text that is not redacted, in any
merge order.

`export --redact` blanks notes and demand texts (service/exchange.REDACTED). A logbook that
merges such a bundle holds a blank it cannot tell from a text blanked on purpose, unless it
remembers: the texts that came in redacted are marked (store/redactions.py). Then:

- an incoming redacted text never replaces the text this logbook holds;
- a text this logbook holds redacted is filled in by the first incoming version that is not
  redacted, whatever the stamps say (the text is the same row's, only its copy was blank),
  keeping the row's stamp;
- an export of a row whose text is still redacted names it redacted (`"_redacted": [...]`),
  so that the blank travels as "unknown", never as an edit that empties another logbook's
  text.

A text typed over a redacted blank (`visit edit --note`) is a real text: a mark counts only
while the text is still what redaction left.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from visitlog.store import exchange as rows
from visitlog.store import redactions as store

MARK = "_redacted"  # in a bundle's row: the columns whose text is redacted
STAMP = "updated_at"


def _redacted(table: str) -> tuple[str, ...]:
    from visitlog.service.exchange import REDACTED

    return REDACTED.get(table, ())


def still_redacted(table: str, row: dict[str, Any], column: str) -> bool:
    """The text is what redaction leaves (blank; a rating's words alone for feedback)."""
    from visitlog.service.exchange import redact_row

    return redact_row(table, dict(row)).get(column) == row.get(column)


def incoming_marks(table: str, row: dict[str, Any], whole_bundle: bool) -> set[str]:
    """The columns of an incoming row whose text is redacted."""
    if whole_bundle:
        columns = _redacted(table)
        return {c for c in columns if c in row and still_redacted(table, row, c)}
    named = row.get(MARK)
    if not isinstance(named, list):
        return set()  # (most rows: nothing of theirs redacted)
    return {c for c in _redacted(table) if c in named}


class Redactions:
    """The merge's side of the rules above, for one merge."""

    def __init__(self, conn: sqlite3.Connection, whole_bundle: bool) -> None:
        self.conn = conn
        self.whole_bundle = whole_bundle

    def added(self, table: str, rowid: int, row: dict[str, Any]) -> None:
        """A new row: remember which of its texts came in redacted."""
        for column in incoming_marks(table, row, self.whole_bundle):
            store.mark(self.conn, table, rowid, column)

    def settle(self, info: rows.TableInfo, local: dict[str, Any], values: dict[str, Any],
               row: dict[str, Any]) -> dict[str, Any]:
        """Before the two versions of a row are reconciled: a redacted text on either side
        takes the other side's (written at once on this side, its stamp kept); returns the
        local row as it now is."""
        incoming = incoming_marks(info.name, row, self.whole_bundle)
        for column in _redacted(info.name):
            if column not in values:
                continue
            mine = store.is_marked(self.conn, info.name, local["rowid"], column) \
                and still_redacted(info.name, local, column)
            if column in incoming:
                values[column] = local[column]  # never blanks (or re-blanks) this side's text
            elif mine and values[column] != local[column]:
                rows.update_row(self.conn, info.name, local["rowid"],
                                {column: values[column], STAMP: local[STAMP]})
                store.unmark(self.conn, info.name, local["rowid"], column)
                local = {**local, column: values[column]}
        return local


def mark_exported(conn: sqlite3.Connection, table: str) -> dict[int, set[str]]:
    """For an export: rowid -> redacted columns (checked against the text per row)."""
    return store.marked(conn, table) if _redacted(table) else {}


def with_marks(table: str, row: dict[str, Any], columns: set[str]) -> dict[str, Any]:
    still = sorted(c for c in columns if still_redacted(table, row, c))
    return {**row, MARK: still} if still else row
