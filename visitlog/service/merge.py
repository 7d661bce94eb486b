"""Merge a bundle or another logbook into this one: an idempotent, order-independent union.

For each incoming row (referenced tables first):

1. Its references are resolved to local rows through the uids already seen.
2. It is matched to a local row by uid, else by one of the table's natural keys (an officer
   or enterprise by name, a visit by date, officer and enterprise, a leave by officer and
   dates…), else (an enterprise) by an alias of a local row. No match: the row is added with
   its uid.
3. Matched rows keep the lexicographically smaller of the two uids, so that the result does
   not depend on which logbook was merged into which.
4. Where one side edited the row (`updated_at` set), the later edit wins; equal stamps are
   broken by comparing the rows' canonical JSON, with references named by the natural key
   of the row referred to (uids still converge as logbooks are merged). Blanking a field is
   an edit like any other. Where neither side edited it (the same enterprise created in two
   logbooks), the two combine field by field: a filled field never loses to an empty one,
   and of two different filled values the greater (same comparison) is kept. Rows whose
   content differs are reported, by what people call them (service/merge_labels.py).

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
from visitlog.domain.merge_result import (  # noqa: F401 - the report's records
    Conflict,
    FieldConflict,
    MergeResult,
    Tally,
)
from visitlog.formats.bundle import REPEATED
from visitlog.service import incoming
from visitlog.service.context import Context
from visitlog.service.exchange import Source, open_source, ref_key
from visitlog.service.merge_labels import Labels
from visitlog.service.redaction import Redactions, incoming_marks
from visitlog.store import exchange as store
from visitlog.store.schema import JOURNALED

STAMP = "updated_at"
IDENTITY = ("uid", STAMP)
# table -> (its alias table, the alias column, the column naming the row, the row's name)
ALIASES = {"enterprises": ("enterprise_aliases", "alias", "enterprise_id", "name")}
NAME_KEYS = ("pinyin", "initials")  # computed from the name
PREFETCH_ROWS = 10_000  # a table this small is read whole once per merge (a county's firms)
ID_CACHE = 200_000  # uid -> id of rows referred to, per table
BATCH = 1_000  # rows added per INSERT statement (executemany)
PLAIN_TYPES = (str, type(None), float)  # storable as they are (an int: if it fits 64 bits)
_INT64 = 2**63
PROGRESS_STEP = 1_000  # rows a progress bar moves by


Progress = Callable[[int], None]


def merge_file(ctx: Context, path: Path, progress: Callable[[int | None], Progress] | None = None
               ) -> MergeResult:
    """Merge the bundle or logbook at `path` in one undo-able transaction."""
    return merge_files(ctx, [path], progress)[0]


def merge_files(ctx: Context, paths: list[Path],
                progress: Callable[[int | None], Progress] | None = None) -> list[MergeResult]:
    """Merge bundles or logbooks one after the other in one undo-able transaction (the office's
    weekly bundles of every officer at once); any refused file leaves the logbook unchanged."""
    names = ", ".join(p.name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
    results = []
    with ExitStack() as files:
        for path in paths:  # a deferred key still broken at COMMIT: refused whole
            files.enter_context(incoming.refused_at_commit(path))
        with ctx.logbook.write("data.merge", file=names) as conn:
            merger = _Merger(conn, False, "")
            seen: dict[bool, dict[bytes, str]] | None = {} if len(paths) > 1 else None
            with ExitStack() as bulk:
                for path in paths:
                    results.append(_merge_source(ctx, merger, path, seen, progress, bulk))
            added = sum(t.added for r in results for t in r.tallies.values())
            updated = sum(t.updated for r in results for t in r.tallies.values())
            ctx.logbook.describe_step(added=added, updated=updated)
    return results


def _merge_source(ctx: Context, merger: _Merger, path: Path,
                  seen: dict[bool, dict[bytes, str]] | None,
                  progress: Callable[[int | None], Progress] | None,
                  bulk: ExitStack) -> MergeResult:
    with open_source(path, seen) as source:
        merger.start(bool(source.header.get("redacted")), str(path))
        result = MergeResult(path.name, source.kind, ignored=source.header.get("ignored", []))
        from visitlog.store.visits import REBUILD_MIN_ROWS, bulk_loading

        if (source.total or 0) >= REBUILD_MIN_ROWS and not merger.bulk:  # a city's logbook:
            # the visits' report tables recounted once at the end, as a big `visit import` does
            bulk.enter_context(bulk_loading(merger.conn, source.total))
            merger.bulk = True
        merger.fresh = merger.empty_tables() if source.kind == "logbook" else set()
        _merge_rows(ctx, merger, _checked_rows(merger.conn, ctx, source, path), result,
                    progress(source.total) if progress else None)
    return result


def _checked_rows(conn: sqlite3.Connection, ctx: Context, source: Source, path: Path
                  ) -> Iterator[tuple[int, str, dict[str, Any]]]:
    """The source's rows, each checked against this logbook's rules (service/incoming.py); a
    line an earlier file of the run brought (REPEATED) was checked then."""
    rules = incoming.rules_for(conn, ctx.today)
    key = "incoming.bad_row" if source.kind == "bundle" else "incoming.bad_db_row"
    check = incoming.check_row
    for item in source.rows:
        number, table, row = item
        if row is not REPEATED:
            try:
                check(table, row, rules)
            except incoming.Bad as bad:
                raise incoming.refused_row(key, str(path), number, table, row, bad) from None
        yield item


def _merge_rows(ctx: Context, merger: _Merger, rows: Iterator[tuple[int, str, dict[str, Any]]],
                result: MergeResult, advance: Progress | None) -> None:
    with ExitStack() as journal:
        current = None
        done = 0
        for number, table, row in rows:
            info = merger.infos.get(table)
            if info is None:
                result.skipped_tables.add(table)
                continue
            if row is REPEATED:  # merged from an earlier file of this run: nothing to do
                result.tallies.setdefault(table, Tally()).unchanged += 1
                continue
            if table != current and table in JOURNALED:
                merger.flush()  # (rows added go in batches: all in before their journal closes)
                journal.close()  # journal each run of new rows as one rowid range
                journal.enter_context(ctx.logbook.bulk_insert(table))
                current = table
            outcome, conflict = merger.merge_row(info, row, number)
            tally = result.tallies.setdefault(table, Tally())
            setattr(tally, outcome, getattr(tally, outcome) + 1)
            if conflict:
                result.conflicts.append(conflict)
            done += 1
            if advance and done % PROGRESS_STEP == 0:
                advance(PROGRESS_STEP)  # (moved per row, a bar cost a second of a city's merge)
        merger.flush()
        if advance:
            advance(done % PROGRESS_STEP)


class _Merger:
    def __init__(self, conn: sqlite3.Connection, redacted: bool, source: str) -> None:
        self.conn = conn
        self.redacted = redacted
        self.redactions = Redactions(conn, redacted)  # a redacted text is not an edit
        self.source = source
        self.infos = {i.name: i for i in store.identity_tables(conn)}
        self.local_ids: dict[str, dict[str, int]] = {name: {} for name in self.infos}
        self.names: dict[str, dict[int, Any]] = {name: {} for name in self.infos}
        self.labels = Labels(conn, self.infos)
        # the rows of small tables by uid, read once: a week bundle repeats the county's
        # enterprises, which are mostly the same rows (kept right as rows are written)
        self.rows: dict[str, dict[str, dict[str, Any]] | None] = {}
        self.shapes: dict[str, tuple] = {}
        self.bulk = False  # visits' report tables recounted once at the end (bulk_loading)
        # rows to add, inserted BATCH at a time: (table, columns, first line, rows, their uids
        # and natural keys, which later rows of the same table are checked against)
        self.pending: list[list[Any]] = []
        self.pending_of: tuple[str, tuple[str, ...], int] = ("", (), 0)
        self.pending_ids: set[Any] = set()
        self.fresh: set[str] = set()  # tables with nothing to match (empty_tables)
        self.touched: set[str] = set()  # tables this run has added rows to

    def _by_uid(self, info: store.TableInfo, uid: str) -> dict[str, Any] | None:
        """The local row with this uid: from the rows of a small table read once (a week
        bundle repeats the county's enterprises), else from the table's uid index."""
        if info.name not in self.rows:
            small = store.count_rows(self.conn, info.name) <= PREFETCH_ROWS
            self.rows[info.name] = ({r["uid"]: r for r in store.iter_rows(self.conn, info)}
                                    if small else None)
        known = self.rows[info.name]
        found = known.get(uid) if known is not None else None
        return found if found is not None else store.row_by_uid(self.conn, info, uid)

    def _written(self, info: store.TableInfo, rowid: int, *old_uids: str) -> None:
        """Keep the rows read once right after an update (rows added are found in the table:
        a big merge adds hundreds of thousands, which need not be held)."""
        known = self.rows.get(info.name)
        if known is None:
            return
        for uid in old_uids:
            known.pop(uid, None)
        row = store.row_by_rowid(self.conn, info, rowid)
        if row is not None:
            known[row["uid"]] = row

    def merge_row(self, info: store.TableInfo, row: dict[str, Any],
                  number: int) -> tuple[str, Conflict | None]:
        uid = row.get("uid")
        if not isinstance(uid, str) or not uid:
            raise Invalid("merge.no_uid", table=info.name, line=number)
        if self.pending and info.name != self.pending_of[0]:
            self.flush()  # another table's rows: they may refer to those waiting
        values = self._local_values(info, row, number)
        if info.name in self.fresh:  # nothing here to match (see empty_tables)
            self._add_new(info, values, row, number, fresh=True)
            return "added", None
        if self.pending and (uid in self.pending_ids or any(
                (key, tuple(values.get(c) for c in key)) in self.pending_ids
                for key in info.natural_keys)):
            self.flush()  # a row that may be one just added
        local = self._by_uid(info, uid) or store.row_by_key(self.conn, info, values)
        if local is None:
            local = self._by_alias(info, values)
        if local is None:
            self._add_new(info, values, row, number)
            return "added", None
        self._keep_name(info, local, values)
        settled = self.redactions.settle(info, local, values, row)
        if settled is not local:  # a redacted text here filled in from the incoming row
            self._written(info, local["rowid"])
            local = settled
        if all(local[c] == v for c, v in values.items()):  # the same row, already here
            return "unchanged", None
        return self._reconcile(info, local, values, number)

    def start(self, redacted: bool, source: str) -> None:
        """The next file of the run: whether it is redacted, its name for messages."""
        self.redacted, self.source = redacted, source
        self.redactions = Redactions(self.conn, redacted)

    def _add_new(self, info: store.TableInfo, values: dict[str, Any], row: dict[str, Any],
                 number: int, fresh: bool = False) -> None:
        """A row to add: in a batch, unless some of its texts came in redacted (they are
        remembered by the new row's id)."""
        if not incoming_marks(info.name, row, self.redactions.whole_bundle):
            self._add(info, values, number, fresh)
            return
        self.flush()
        with _clash(info.name, number):
            rowid = store.insert_row(self.conn, info.name, values)
        self.touched.add(info.name)
        self.redactions.added(info.name, rowid, row)

    def empty_tables(self) -> set[str]:
        """Tables empty here and not written by an earlier file of this run: every row another
        logbook brings for them is new (that logbook's own unique indexes, the same as these,
        keep its uids and natural keys apart), so none needs looking for. A bundle, which
        anyone could have written, is not trusted so."""
        return {name for name in self.infos
                if name not in self.touched and store.count_rows(self.conn, name) == 0}

    def _add(self, info: store.TableInfo, values: dict[str, Any], number: int,
             fresh: bool = False) -> None:
        columns = tuple(values)
        if self.pending and columns != self.pending_of[1]:
            self.flush()
        if not self.pending:
            self.pending_of = (info.name, columns, number)
        self.pending.append(list(values.values()))
        if not fresh:
            self.pending_ids.add(values["uid"])
            self.pending_ids.update((key, tuple(values.get(c) for c in key))
                                    for key in info.natural_keys)
        if len(self.pending) >= BATCH or info.name in info.references.values():
            self.flush()

    def flush(self) -> None:
        """Insert the rows waiting to be added (a clash is reported at the batch's first line)."""
        if not self.pending:
            return
        table, columns, number = self.pending_of
        with _clash(table, number):
            store.insert_rows(self.conn, table, columns, self.pending)
        self.touched.add(table)
        self.pending, self.pending_ids = [], set()

    def _by_alias(self, info: store.TableInfo, values: dict[str, Any]) -> dict[str, Any] | None:
        """An incoming row named by another's alias is that row (an enterprise folded into
        another keeps its old name as an alias: an older bundle naming it lands there)."""
        if info.name not in ALIASES or values.get(ALIASES[info.name][3]) is None:
            return None
        table, alias, owner, name = ALIASES[info.name]
        rowid = store.rowid_by_alias(self.conn, table, alias, owner, values[name])
        return None if rowid is None else store.row_by_rowid(self.conn, info, rowid)

    def _keep_name(self, info: store.TableInfo, local: dict[str, Any],
                   values: dict[str, Any]) -> None:
        """A row that came under one of its aliases keeps its own name (and the spellings
        computed from it); the alias stays an alias."""
        if info.name not in ALIASES:
            return
        table, alias, owner, name = ALIASES[info.name]
        if values.get(name) in (None, local[name]):
            return
        if store.rowid_by_alias(self.conn, table, alias, owner, values[name]) == local["rowid"]:
            for column in (name, *NAME_KEYS):
                if column in values:
                    values[column] = local[column]

    def _reconcile(self, info: store.TableInfo, local: dict[str, Any], values: dict[str, Any],
                   number: int) -> tuple[str, Conflict | None]:
        """The same row on both sides: the smaller uid; the later edit, or where neither side
        edited the row, both combined field by field (see the module doc)."""
        uid = values["uid"]
        canonical = min(uid, local["uid"])
        incoming = {**local, **values}
        mine, theirs = self._content(info, local), self._content(info, incoming)
        local_at, incoming_at = local[STAMP] or "", incoming[STAMP] or ""
        fields: tuple[FieldConflict, ...] = ()
        if not local_at and not incoming_at:
            kept = "combined"
            winner, fields = self._combine(info, local, incoming, mine, theirs)
        else:
            incoming_wins = (incoming_at, _canonical_json(theirs)) > (
                local_at, _canonical_json(mine))
            kept = "incoming" if incoming_wins else "local"
            winner = dict(incoming if incoming_wins else local)
        winner["uid"] = canonical
        changes = {c: winner[c] for c in info.columns if winner[c] != local[c]}
        for other in {uid, local["uid"]} - {canonical}:  # the uid the row no longer has
            self._remember(info.name, other, local["rowid"])
        conflict = None
        if fields or (kept != "combined" and mine != theirs):
            conflict = Conflict(info.name, canonical, self.labels.row(info.name, winner), kept,
                                local[STAMP], values.get(STAMP), fields)
        if not changes:
            return "unchanged", conflict
        with _clash(info.name, number):
            store.update_row(self.conn, info.name, local["rowid"],
                             {**changes, STAMP: winner[STAMP]})
        self._written(info, local["rowid"], local["uid"])
        return "updated", conflict

    def _combine(self, info: store.TableInfo, local: dict[str, Any], incoming: dict[str, Any],
                 mine: dict[str, Any], theirs: dict[str, Any]
                 ) -> tuple[dict[str, Any], tuple[FieldConflict, ...]]:
        """Two versions neither side edited, field by field: a filled field never loses to an
        empty one; of two filled values the greater (by content, references by name) is kept,
        in any merge order, and reported."""
        winner = dict(local)
        fields = []
        for column in info.columns:
            if column in IDENTITY:
                continue
            key = ref_key(column) if column in info.references else column
            ours, other = mine[key], theirs[key]
            if ours == other:
                continue
            if _rank(other) > _rank(ours):
                winner[column] = incoming[column]
            if _filled(ours) and _filled(other):
                fields.append(FieldConflict(
                    column, self.labels.value(info.name, column, local[column]),
                    self.labels.value(info.name, column, incoming[column]),
                    self.labels.value(info.name, column, winner[column])))
        return winner, tuple(fields)

    def _local_values(self, info: store.TableInfo, row: dict[str, Any],
                      number: int) -> dict[str, Any]:
        """The row in this logbook's terms: references as local ids; absent columns left out."""
        plain, refs = self._shape(info)
        values: dict[str, Any] = {}
        for column in plain:
            if column in row:
                value = row[column]
                kind = type(value)
                if kind not in PLAIN_TYPES and not (
                        kind is int and -_INT64 <= value < _INT64) and not _storable(value):
                    raise Invalid("merge.bad_line", path=self.source, line=number)
                values[column] = value
        for column, key, table in refs:
            if key in row:
                values[column] = self._local_id(table, row[key], number)
        return values

    def _shape(self, info: store.TableInfo) -> tuple[tuple[str, ...], tuple]:
        """(plain columns, (reference column, its portable key, the table it refers to))."""
        if info.name not in self.shapes:
            self.shapes[info.name] = (
                tuple(c for c in info.columns if c not in info.references),
                tuple((c, ref_key(c), t) for c, t in info.references.items()))
        return self.shapes[info.name]

    def _local_id(self, table: str, uid: str | None, number: int) -> int | None:
        if uid is None:
            return None
        if not isinstance(uid, str):
            raise Invalid("merge.dangling", table=table, uid=str(uid), line=number)
        ids = self.local_ids[table]
        if uid in ids:
            return ids[uid]
        known = self.rows.get(table)
        found = known.get(uid) if known else None
        rowid = found["rowid"] if found else store.rowid_by_uid(self.conn, table, uid)
        if rowid is None:
            raise Invalid("merge.dangling", table=table, uid=uid, line=number)
        if len(ids) < ID_CACHE:  # the rows referred to most (a city's enterprises) stay known
            ids[uid] = rowid
        return int(rowid)

    def _remember(self, table: str, uid: str, rowid: int) -> None:
        """A uid that names a row here under another uid (the smaller one is kept): rows
        referring to it by that uid find it. A row's own uid is found in the table."""
        self.local_ids[table][uid] = rowid

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


def _filled(value: Any) -> bool:
    return value is not None and value != ""


def _rank(value: Any) -> tuple[int, str]:
    """Empty below filled (NULL below ''), filled values by their canonical JSON."""
    if value is None:
        return (0, "")
    if value == "":
        return (1, "")
    return (2, json.dumps(value, ensure_ascii=False, sort_keys=True))


def _canonical_json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
