"""Rows and values as people call them, for what `merge` reports: an enterprise by its name,
a visit by its date, officer and enterprise, a demand by the start of its text and the day it
was raised; a reference by the name of the row it points at. Never by uid."""

from __future__ import annotations

import sqlite3
from typing import Any

from visitlog.store import exchange as store

# Tables whose natural key does not say what people call a row, or that have none.
LABEL_COLUMNS: dict[str, tuple[str, ...]] = {
    "demands": ("text", "raised"),
    "demand_events": ("demand_id", "action", "at"),
    "interviews": ("point_id", "date", "count"),
    "visits": ("date", "officer_id", "enterprise_id"),
    "enterprise_aliases": ("alias",),
    "reception_leaders": ("position", "name"),
    "settings": ("key",),
}
QUOTED = {("demands", "text")}  # free text: quoted and cut short
SHORT = 12


class Labels:
    """Names rows of one logbook (cached: a merge names a referenced row many times)."""

    def __init__(self, conn: sqlite3.Connection, infos: dict[str, store.TableInfo]) -> None:
        self.conn = conn
        self.infos = infos
        self.cache: dict[tuple[str, int], str] = {}

    def row(self, table: str, row: dict[str, Any]) -> str:
        info = self.infos[table]
        columns = LABEL_COLUMNS.get(table) or (info.natural_keys[0] if info.natural_keys else ())
        parts = [self.value(table, column, row.get(column)) for column in columns]
        if not parts:
            return str(row.get("uid", ""))[:6]
        return " / ".join(parts)

    def value(self, table: str, column: str, value: Any) -> str:
        """A field's value for people: a reference by its row's label, text cut short."""
        if value is None or value == "":
            return "-"
        target = self.infos[table].references.get(column) if table in self.infos else None
        if target is not None:
            return self.referenced(target, value)
        text = str(value)
        if (table, column) in QUOTED:
            return "「" + (text if len(text) <= SHORT else text[:SHORT] + "…") + "」"
        return text

    def referenced(self, table: str, rowid: int) -> str:
        key = (table, rowid)
        if key not in self.cache:
            found = store.row_by_rowid(self.conn, self.infos[table], rowid)
            self.cache[key] = self.row(table, found) if found else "-"
        return self.cache[key]
