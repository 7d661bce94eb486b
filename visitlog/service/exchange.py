"""Export a logbook as a bundle; read a bundle or another logbook as portable rows.

A portable row is a table's row with its integer id dropped and every reference replaced by
the uid of the row it points at (`officer_id` → `officer_uid`), so it means the same thing
in any logbook.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from visitlog.domain.errors import Fault, Invalid
from visitlog.formats import bundle
from visitlog.service.context import Context
from visitlog.store import exchange as store
from visitlog.store.location import DbUrl
from visitlog.store.schema import SCHEMA_VERSION

# Free text that may hold workers' (or officers') personal circumstances: blanked by
# `export --redact`, and never taken from a redacted bundle over the text a logbook holds.
# Left as they are: names, units, and achievement descriptions, which are part of an
# achievement's identity (SPEC) and name what was done rather than whom it was done for.
REDACTED: dict[str, tuple[str, ...]] = {
    "visits": ("note",),
    "demands": ("text", "resolution"),
    "demand_events": ("detail",),
    "receptions": ("note",),
    "practice_days": ("note",),
    "leaves": ("reason",),
}
# A demand's history: the notes of these steps are the worker's story (as `demand show
# --redact` treats them); an assignment's unit and a new demand's category and due date stay,
# and a rating keeps the rating alone.
PRIVATE_EVENTS = ("resolve", "escalate", "feedback")

PortableRows = Iterator[tuple[str, dict[str, Any]]]
# (where in the source: a bundle's line, or a row's place in its table; table; row)
NumberedRows = Iterator[tuple[int, str, dict[str, Any]]]


def ref_key(column: str) -> str:
    """The portable name of a reference column: officer_id → officer_uid."""
    return (column[:-3] if column.endswith("_id") else column) + "_uid"


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    tables: dict[str, int]


def export_bundle(ctx: Context, path: Path, exported_at: str, officer: str | None = None,
                  dept: str | None = None, since: date | None = None,
                  redact: bool = False) -> Exported:
    """Write the logbook (or the part of it the filters select) as a bundle at `path`."""
    from visitlog.service.one_officer import report_scope

    if isinstance(ctx.db_path, Path) and str(path) != "-" \
            and path.resolve() == ctx.db_path.resolve():
        raise Invalid("export.onto_logbook", path=str(path))
    tables: dict[str, int] = {}
    with ctx.logbook.read() as conn:
        # as every report's --dept and --officer: a unique part will do, a typo will not
        dept, name = report_scope(conn, dept, officer)
        if name:
            dept = None  # the officer alone (report_scope gives their department)
        officer_ids = store.officer_ids(conn, name, dept) if (name or dept) else None
        header = {
            "schema_version": SCHEMA_VERSION, "exported_at": exported_at,
            "source": ctx.db_path.name, "redacted": redact,
            "filters": {"officer": name, "dept": dept,
                        "since": since.isoformat() if since else None},
        }

        def counted() -> PortableRows:
            for table, row in portable_rows(conn, officer_ids, since, redact):
                tables[table] = tables.get(table, 0) + 1
                yield table, row

        rows = bundle.write_bundle(path, header, counted())
    return Exported(path, rows, tables)


def portable_rows(conn: sqlite3.Connection, officer_ids: set[int] | None = None,
                  since: date | None = None, redact: bool = False) -> PortableRows:
    """Every row with a uid (or those a filtered bundle holds: service/bundle_scope.py),
    referenced tables first, references as uids."""
    from visitlog.service.bundle_scope import select_rows

    infos = store.identity_tables(conn)
    kept = (select_rows(conn, infos, officer_ids, since)
            if officer_ids is not None or since is not None else {})
    from visitlog.service.redaction import mark_exported, with_marks

    for info in infos:
        marks = {} if redact else mark_exported(conn, info.name)  # texts still redacted here
        for rowid, portable in store.iter_portable(conn, info, kept.get(info.name)):
            if marks.get(rowid):
                portable = with_marks(info.name, portable, marks[rowid])
            yield info.name, redact_row(info.name, portable) if redact else portable


def redact_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row with its private free text blanked (see REDACTED)."""
    for column in REDACTED.get(table, ()):
        if column in row and isinstance(row[column], str):
            row[column] = _redacted_text(table, column, row)
    return row


def _redacted_text(table: str, column: str, row: dict[str, Any]) -> str:
    if (table, column) != ("demand_events", "detail"):
        return ""
    action, detail = row.get("action"), row[column]
    if action not in PRIVATE_EVENTS:
        return detail
    return detail.partition("; ")[0] if action == "feedback" else ""


@dataclass(frozen=True)
class Source:
    """What `merge` reads: a header (kind, schema version, redaction) and its rows."""

    kind: str  # "bundle" | "logbook"
    header: dict[str, Any]
    rows: NumberedRows
    total: int | None  # how many rows (for the progress bar)


def numbered_by_table(rows: PortableRows) -> NumberedRows:
    """Each row with its place in its table (1, 2 … as read): a logbook has no lines."""
    seen: dict[str, int] = {}
    for table, row in rows:
        seen[table] = seen.get(table, 0) + 1
        yield seen[table], table, row


@contextmanager
def open_source(path: Path, seen: dict[bool, dict[bytes, str]] | None = None
                ) -> Iterator[Source]:
    """A bundle, or another logbook (recognised by SQLite's file header), as portable rows.

    `seen`: lines of bundles already merged in this run, by redaction (bundle.read_rows)."""
    if isinstance(path, DbUrl):
        with _server_source(path) as source:
            yield source
        return
    if not path.is_file():
        raise Invalid("merge.no_file", path=str(path))
    if bundle.is_sqlite(path):
        with _logbook_source(path) as source:
            yield source
        return
    header = bundle.read_header(path)
    _refuse_newer(header["schema_version"], path)
    repeats = None if seen is None else seen.setdefault(bool(header.get("redacted")), {})
    yield Source("bundle", header, bundle.read_rows(path, repeats), bundle.count_rows(path))


def _refuse_newer(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise Fault("merge.newer", path=str(path), version=version, known=SCHEMA_VERSION)


@contextmanager
def _server_source(url: DbUrl) -> Iterator[Source]:
    """A logbook on a PostgreSQL server, read in one snapshot (migrated forward first, as
    every command that opens it does; never written otherwise)."""
    from visitlog.store.connection import open_logbook

    other = open_logbook(url)
    try:
        with other.read() as conn:
            _refuse_newer(store.schema_version(conn), url)  # type: ignore[arg-type]
            total = sum(store.count_rows(conn, i.name) for i in store.identity_tables(conn))
            header = {"schema_version": store.schema_version(conn), "source": url.name,
                      "redacted": False, "ignored": []}
            yield Source("logbook", header, numbered_by_table(portable_rows(conn)), total)
    finally:
        other.close()


@contextmanager
def _logbook_source(path: Path) -> Iterator[Source]:
    """Copy the other logbook aside (it is never written), keep visitlog's own schema in the
    copy (anything else is ignored, and said so), migrate it, read it (service/outside.py)."""
    import tempfile

    from visitlog.service import outside
    from visitlog.store.connection import open_logbook

    with tempfile.TemporaryDirectory(prefix="visitlog-merge-") as folder:
        copy = Path(folder) / "source.db"
        _refuse_newer(outside.peek_version(path), path)
        version, ignored = outside.prepared_copy(path, copy)
        _refuse_newer(version, path)
        other = open_logbook(copy)
        try:
            with other.read() as conn:
                total = sum(store.count_rows(conn, i.name) for i in store.identity_tables(conn))
                header = {"schema_version": store.schema_version(conn),
                          "source": path.name, "redacted": False, "ignored": ignored}
                rows = outside.reading(numbered_by_table(portable_rows(conn)), path)
                yield Source("logbook", header, rows, total)
        finally:
            other.close()
