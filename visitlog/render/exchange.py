"""What `merge` prints: rows added/updated/unchanged per table, then any conflicts."""

from __future__ import annotations

from visitlog.domain.merge_result import Conflict, MergeResult
from visitlog.i18n import has, t


def merge_text(result: MergeResult) -> str:
    lines = [t("merge.done", file=result.source, kind=t(f"merge.kind.{result.kind}"))]
    for table, tally in result.tallies.items():
        lines.append(t("merge.table", table=table_name(table), added=tally.added,
                       updated=tally.updated, unchanged=tally.unchanged))
    if not result.tallies:
        lines.append(t("merge.empty"))
    for table in sorted(result.skipped_tables):
        lines.append(t("merge.skipped_table", table=table_name(table)))
    if result.ignored:
        lines.append(t("incoming.ignored", names=", ".join(result.ignored)))
    if result.conflicts:
        lines.append(t("merge.conflicts", count=len(result.conflicts)))
        lines.extend(conflict_line(c) for c in result.conflicts)
    return "\n".join(lines) + "\n"


def conflict_line(c: Conflict) -> str:
    """A row that differs between the two sides: the edit kept, or the fields combined."""
    table = table_name(c.table)
    if c.kept == "combined":
        fields = t("merge.conflict.separator").join(
            t("merge.conflict.field", column=column_name(f.column), local=f.local,
              incoming=f.incoming, kept=f.kept) for f in c.fields)
        return t("merge.conflict.combined", table=table, label=c.label, fields=fields)
    at, other = (c.local_at, c.incoming_at) if c.kept == "local" else (c.incoming_at, c.local_at)
    return t(f"merge.conflict.{c.kept}", table=table, label=c.label, at=_when(at),
             other=t("merge.edited_at", at=_when(other)) if other else t("merge.never_edited"))


def _when(stamp: str | None) -> str:
    """An edit's time as stored (UTC, ISO 8601), to the minute: 2026-11-20 09:15 UTC."""
    if not stamp:
        return "-"
    return f"{stamp[:16].replace('T', ' ')} UTC" if len(stamp) >= 16 else stamp


def table_name(table: str) -> str:
    """A table's name for people; tables this version has no word for keep their own."""
    key = f"merge.tables.{table}"
    return t(key) if has(key) else table


def column_name(column: str) -> str:
    key = f"merge.columns.{column}"
    return t(key) if has(key) else column
