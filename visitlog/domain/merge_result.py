"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class FieldConflict:
    """One field filled differently on two sides where neither side edited the row."""

    column: str
    local: str  # the values as people read them (a reference by the name of its row)
    incoming: str
    kept: str


@dataclass(frozen=True)
class Conflict:
    table: str
    uid: str
    label: str  # the row as people call it: an enterprise's name, a demand's text and date
    kept: str  # "local" | "incoming": the later edit; "combined": field by field
    local_at: str | None  # '' or None: never edited
    incoming_at: str | None
    fields: tuple[FieldConflict, ...] = ()


@dataclass
class MergeResult:
    source: str
    kind: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped_tables: set[str] = field(default_factory=set)
    # schema objects of a merged logbook file that are not visitlog's: never used, named
    ignored: list[str] = field(default_factory=list)
