"""Report records (what a use case returns and render draws)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class Conflict:
    table: str
    uid: str
    label: str
    kept: str  # "local" | "incoming"
    local_at: str | None
    incoming_at: str | None


@dataclass
class MergeResult:
    source: str
    kind: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    skipped_tables: set[str] = field(default_factory=set)
