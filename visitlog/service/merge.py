"""Merge a bundle or another logbook into this one: an idempotent, order-independent union.

For each incoming row (referenced tables first):

1. Its references are resolved to local rows through the uids already seen.
2. It is matched to a local row by uid, else by one of the table's natural keys (an officer
   or enterprise by name, a visit by date, officer and enterprise, a leave by officer and
   dates…). No match: the row is added with its uid.
3. Matched rows keep the lexicographically smaller of the two uids, so that the result does
   not depend on which logbook was merged into which.
4. The version with the later `updated_at` wins; equal stamps are broken by comparing the
   rows' canonical JSON, with references named by the natural key of the row referred to
   (uids still converge as logbooks are merged). When both sides hold different content, the
   row is reported as a conflict, naming the side kept.

Every step is a pure function of the two versions, so merging twice changes nothing and A
then B equals B then A. The whole merge is one journaled transaction: `undo` reverts it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from visitlog.domain.errors import Invalid
from visitlog.domain.merge_result import Conflict, MergeResult, Tally  # noqa: F401 - the report's records
from visitlog.service.context import Context
from visitlog.service.exchange import REDACTED, open_source, ref_key
from visitlog.store import exchange as store
from visitlog.store.schema import JOURNALED

STAMP = "updated_at"
IDENTITY = ("uid", STAMP)


Progress = Callable[[int], None]


def merge_file(ctx: Context, path: Path, progress: Callable[[int | None], Progress] | None = None
               ) -> MergeResult:
    """Merge the bundle or logbook at `path` in one undo-able transaction."""
    with open_source(path) as source:
        result = MergeResult(path.name, source.kind)
        advance = progress(source.total) if progress else None
        with ctx.logbook.write("data.merge", file=path.name) as conn, ExitStack() as journal:
            merger = _Merger(conn, bool(source.header.get("redacted")), str(path))
            current = None
            for number, (table, row) in enumerate(source.rows, start=1):
                info = merger.infos.get(table)
                if info is None:
                    result.skipped_tables.add(table)
                    continue
                if table != current and table in JOURNALED:
                    journal.close()  # journal each run of new rows as one rowid range
                    journal.enter_context(ctx.logbook.bulk_insert(table))
                    current = table
                outcome, conflict = merger.merge_row(info, row, number)
                tally = result.tallies.setdefault(table, Tally())
                setattr(tally, outcome, getattr(tally, outcome) + 1)
                if conflict:
                    result.conflicts.append(conflict)
                if advance:
                    advance(1)
            journal.close()
            added = sum(t.added for t in result.tallies.values())
            updated = sum(t.updated for t in result.tallies.values())
            ctx.logbook.describe_step(added=added, updated=updated)
    return result


class _Merger:
    def __init__(self, conn: sqlite3.Connection, redacted: bool, source: str) -> None:
        self.conn = conn
        self.redacted = redacted
        self.source = source
        self.infos = {i.name: i for i in store.identity_tables(conn)}
        self.local_ids: dict[str, dict[str, int]] = {name: {} for name in self.infos}
        self.names: dict[str, dict[int, Any]] = {name: {} for name in self.infos}

    def merge_row(self, info: store.TableInfo, row: dict[str, Any],
                  number: int) -> tuple[str, Conflict | None]:
        uid = row.get("uid")
        if not isinstance(uid, str) or not uid:
            raise Invalid("merge.no_uid", table=info.name, line=number)
        values = self._local_values(info, row, number)
        local = store.row_by_uid(self.conn, info, uid) or store.row_by_key(self.conn, info, values)
        if local is None:
            with _clash(info.name, number):
                rowid = store.insert_row(self.conn, info.name, values)
            self._remember(info.name, uid, rowid)
            return "added", None
        return self._reconcile(info, local, values, number)

    def _reconcile(self, info: store.TableInfo, local: dict[str, Any], values: dict[str, Any],
                   number: int) -> tuple[str, Conflict | None]:
        """The same row on both sides: the smaller uid, the later edit (see the module doc)."""
        uid = values["uid"]
        if self.redacted:  # a redacted bundle never blanks the text this logbook holds
            for column in REDACTED.get(info.name, ()):
                if column in values:
                    values[column] = local[column]
        canonical = min(uid, local["uid"])
        mine = self._content(info, local)
        theirs = self._content(info, {**local, **values})
        incoming_wins = (values.get(STAMP) or "", _canonical_json(theirs)) > (
            local[STAMP] or "", _canonical_json(mine))
        winner = {**local, **values} if incoming_wins else dict(local)
        winner["uid"] = canonical
        changes = {c: winner[c] for c in info.columns if winner[c] != local[c]}
        self._remember(info.name, uid, local["rowid"])
        self._remember(info.name, local["uid"], local["rowid"])
        conflict = None
        if mine != theirs:
            conflict = Conflict(info.name, canonical, self._label(info, winner),
                                "incoming" if incoming_wins else "local",
                                local[STAMP], values.get(STAMP))
        if not changes:
            return "unchanged", conflict
        with _clash(info.name, number):
            store.update_row(self.conn, info.name, local["rowid"],
                             {**changes, STAMP: winner[STAMP]})
        return "updated", conflict

    def _local_values(self, info: store.TableInfo, row: dict[str, Any],
                      number: int) -> dict[str, Any]:
        """The row in this logbook's terms: references as local ids; absent columns left out."""
        values: dict[str, Any] = {}
        for column in info.columns:
            if column in info.references:
                key = ref_key(column)
                if key in row:
                    values[column] = self._local_id(info.references[column], row[key], number)
            elif column in row:
                if not _storable(row[column]):
                    raise Invalid("merge.bad_line", path=self.source, line=number)
                values[column] = row[column]
        return values

    def _local_id(self, table: str, uid: str | None, number: int) -> int | None:
        if uid is None:
            return None
        if not isinstance(uid, str):
            raise Invalid("merge.dangling", table=table, uid=str(uid), line=number)
        if uid not in self.local_ids[table]:
            found = store.row_by_uid(self.conn, self.infos[table], uid)
            if found is None:
                raise Invalid("merge.dangling", table=table, uid=uid, line=number)
            self._remember(table, uid, found["rowid"])
        return self.local_ids[table][uid]

    def _remember(self, table: str, uid: str, rowid: int) -> None:
        self.local_ids[table][uid] = rowid

    def _label(self, info: store.TableInfo, row: dict[str, Any]) -> str:
        """A row's name in the conflict report: its first natural key, references by name."""
        if not info.natural_keys:
            return str(row["uid"])
        parts = []
        for column in info.natural_keys[0]:
            target = info.references.get(column)
            if target and row[column] is not None and self.infos[target].natural_keys:
                named = store.value_of_row(self.conn, target, row[column],
                                           self.infos[target].natural_keys[0][0])
                parts.append(str(named))
            else:
                parts.append(str(row[column]))
        return " / ".join(parts)

    def _content(self, info: store.TableInfo, row: dict[str, Any]) -> dict[str, Any]:
        """Everything but identity, each reference as the row it points at is named in every
        logbook: comparable across files. Not by uid: a later merge can still lower the uid
        of the row referred to, and a tie broken on uids could then fall the other way than
        it would have in another merge order."""
        content: dict[str, Any] = {}
        for column in info.columns:
            if column in IDENTITY:
                continue
            target, value = info.references.get(column), row[column]
            if target is None:
                content[column] = value
            else:
                content[ref_key(column)] = None if value is None else self._named(target, value)
        return content

    def _named(self, table: str, rowid: int) -> Any:
        """A row by its first natural key, references in it named the same way (its uid when
        the table has no natural key). Referenced tables are merged first, so the names of
        the rows referred to are settled before anything refers to them."""
        if rowid not in self.names[table]:
            info = self.infos[table]
            row = store.row_by_rowid(self.conn, info, rowid)
            if row is None or not info.natural_keys:
                name: Any = row["uid"] if row else None
            else:
                name = [self._named(info.references[c], row[c])
                        if c in info.references and row[c] is not None else row[c]
                        for c in info.natural_keys[0]]
            self.names[table][rowid] = name
        return self.names[table][rowid]


@contextmanager
def _clash(table: str, number: int) -> Iterator[None]:
    """A row this logbook cannot take (a unique name taken by another row, a wrong type)."""
    try:
        yield
    except (sqlite3.IntegrityError, sqlite3.InterfaceError) as exc:
        raise Invalid("merge.clash", table=table, line=number, reason=str(exc)) from exc


def _storable(value: Any) -> bool:
    """A value SQLite can hold as it is: text, a 64-bit integer, a float, or NULL."""
    if isinstance(value, int):
        return -(2**63) <= value < 2**63
    return isinstance(value, str | float | None)


def _canonical_json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
