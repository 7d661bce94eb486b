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
    from visitlog.service.names import resolve_officer

    if isinstance(ctx.db_path, Path) and path.resolve() == ctx.db_path.resolve():
        raise Invalid("export.onto_logbook", path=str(path))
    tables: dict[str, int] = {}
    with ctx.logbook.read() as conn:
        name = resolve_officer(conn, officer)[1] if officer else None
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
    """Every row with a uid, referenced tables first, references as uids.

    With filters, a row that refers to a row left out (a demand raised on a visit before
    --since) is left out too, so that every reference in the bundle can be resolved."""
    infos = store.identity_tables(conn)
    uids: dict[str, dict[int, str]] = {}
    filtered = officer_ids is not None or since is not None
    kept: dict[str, set[int]] = {}
    for info in infos:
        for target in set(info.references.values()) - set(uids):
            uids[target] = store.uid_by_id(conn, target)
        mine = kept.setdefault(info.name, set())
        for row in store.iter_rows(conn, info, officer_ids, since.isoformat() if since else None):
            if filtered:
                if any(row[c] is not None and t in kept and row[c] not in kept[t]
                       for c, t in info.references.items() if t != info.name):
                    continue
                mine.add(row["rowid"])
            portable = to_portable(info, row, uids)
            yield info.name, redact_row(info.name, portable) if redact else portable


def to_portable(info: store.TableInfo, row: dict[str, Any],
                uids: dict[str, dict[int, str]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column in info.columns:
        value = row[column]
        if column in info.references:
            out[ref_key(column)] = None if value is None else uids[info.references[column]][value]
        else:
            out[column] = value
    return out


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
    rows: PortableRows
    total: int | None  # how many rows (for the progress bar)


@contextmanager
def open_source(path: Path) -> Iterator[Source]:
    """A bundle, or another logbook (recognised by SQLite's file header), as portable rows."""
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
    yield Source("bundle", header, bundle.read_rows(path), bundle.count_rows(path))


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
                      "redacted": False}
            yield Source("logbook", header, portable_rows(conn), total)
    finally:
        other.close()


@contextmanager
def _logbook_source(path: Path) -> Iterator[Source]:
    """Copy the other logbook aside (it is never written), migrate the copy, read it."""
    import tempfile

    from visitlog.store.connection import open_logbook

    with tempfile.TemporaryDirectory(prefix="visitlog-merge-") as folder:
        copy = Path(folder) / "source.db"
        try:
            version = store.copy_logbook(str(path), str(copy))
        except sqlite3.DatabaseError as exc:
            raise Invalid("merge.not_logbook", path=str(path), reason=str(exc)) from exc
        _refuse_newer(version, path)
        other = open_logbook(copy)
        try:
            with other.read() as conn:
                total = sum(store.count_rows(conn, i.name) for i in store.identity_tables(conn))
                header = {"schema_version": store.schema_version(conn),
                          "source": path.name, "redacted": False}
                yield Source("logbook", header, portable_rows(conn), total)
        finally:
            other.close()
