"""A Sheet is a titled table of plain values: what listings and reports hand to the writers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from visitlog.i18n import t


@dataclass(frozen=True)
class Column:
    key: str
    label_key: str = ""
    align: str = "left"
    # how people read a cell of this column (a key in words); csv and json keep the key
    words: Callable[[Any], Any] | None = field(default=None, compare=False, repr=False)

    def label(self) -> str:
        return t(self.label_key) if self.label_key else self.key


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    footer: list[str] = field(default_factory=list)
    styles: list[str | None] = field(default_factory=list)  # one Rich style per row
    # the rows as people read them, when a cell's words depend on its row (else `words`)
    shown_rows: list[list[Any]] | None = None
    notes: list[str] = field(default_factory=list)  # lines under the title (warnings)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip([c.key for c in self.columns], row, strict=True)) for row in self.rows]

    def for_people(self) -> Sheet:
        """The sheet as the table, markdown, html and xlsx views show it: keys in words."""
        if self.shown_rows is not None:
            return replace(self, rows=self.shown_rows, shown_rows=None)
        words = [(i, c.words) for i, c in enumerate(self.columns) if c.words is not None]
        if not words:
            return self
        rows = [list(row) for row in self.rows]
        for row in rows:
            for i, say in words:
                value = row[i]
                if isinstance(value, list | tuple):
                    row[i] = [say(v) for v in value]
                elif value is not None:
                    row[i] = say(value)
        return replace(self, rows=rows)
