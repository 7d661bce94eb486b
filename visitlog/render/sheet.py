"""A Sheet is a titled table of plain values: what listings and reports hand to the writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from visitlog.i18n import t


@dataclass(frozen=True)
class Column:
    key: str
    label_key: str = ""
    align: str = "left"

    def label(self) -> str:
        return t(self.label_key) if self.label_key else self.key


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[Any]]
    footer: list[str] = field(default_factory=list)
    styles: list[str | None] = field(default_factory=list)  # one Rich style per row

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip([c.key for c in self.columns], row, strict=True)) for row in self.rows]
