"""What `merge` prints: rows added/updated/unchanged per table, then any conflicts."""

from __future__ import annotations

from visitlog.domain.merge_result import MergeResult
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
    if result.conflicts:
        lines.append(t("merge.conflicts", count=len(result.conflicts)))
        for c in result.conflicts:
            lines.append(t(f"merge.conflict.{c.kept}", table=table_name(c.table), label=c.label,
                           uid=c.uid, local=c.local_at or "-", incoming=c.incoming_at or "-"))
    return "\n".join(lines) + "\n"


def table_name(table: str) -> str:
    """A table's name for people; tables this version has no word for keep their own."""
    key = f"merge.tables.{table}"
    return t(key) if has(key) else table
