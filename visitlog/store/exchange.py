"""SQL for export and merge: the schema read generically, rows by uid or natural key.

Export and merge work from what the file declares rather than from a list kept by hand: a
table takes part when it has a `uid` column (migrations 0004, 0006), its references are its
named foreign keys, and its natural keys are its UNIQUE constraints (or plain unique indexes).
So tables added by later migrations travel too, as long as they follow the same conventions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from visitlog.store.engine import is_postgres


@dataclass(frozen=True)
class TableInfo:
    name: str
    columns: tuple[str, ...]  # every column but the integer primary key
    references: dict[str, str]  # column -> referenced table (one that has uids)
    natural_keys: tuple[tuple[str, ...], ...]  # UNIQUE constraints and indexes, uid excluded


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_names(conn: sqlite3.Connection) -> list[str]:
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.table_names(conn)  # type: ignore[arg-type]
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [r[0] for r in rows]


def _column_names(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, is the integer primary key) for each column."""
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.column_names(conn, table)  # type: ignore[arg-type]
    rows = conn.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    return [(r[1], bool(r[5]) and (r[2] or "").upper() == "INTEGER") for r in rows]


def identity_tables(conn: sqlite3.Connection) -> list[TableInfo]:
    """Tables with uids, referenced tables before the tables that refer to them."""
    infos: dict[str, TableInfo] = {}
    for table in _table_names(conn):
        columns = _column_names(conn, table)
        if "uid" not in {c for c, _pk in columns}:
            continue
        infos[table] = TableInfo(
            table,
            tuple(c for c, pk in columns if not pk),
            _foreign_keys(conn, table),
            _natural_keys(conn, table),
        )
    ordered: list[TableInfo] = []
    placed: set[str] = set()
    while len(ordered) < len(infos):
        ready = [i for n, i in infos.items() if n not in placed
                 and all(ref in placed or ref == n or ref not in infos
                         for ref in i.references.values())]
        if not ready:  # a reference cycle: keep the remaining tables in name order
            ready = [i for n, i in infos.items() if n not in placed]
        for info in ready:
            ordered.append(info)
            placed.add(info.name)
    return [TableInfo(i.name, i.columns,
                      {c: t for c, t in i.references.items() if t in infos},
                      i.natural_keys) for i in ordered]


def _foreign_keys(conn: sqlite3.Connection, table: str) -> dict[str, str]:
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.foreign_keys(conn, table)  # type: ignore[arg-type]
    return {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list({_quote(table)})")}


def _natural_keys(conn: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], ...]:
    """UNIQUE constraints, and unique indexes over plain columns that cover every row (a
    partial or expression index cannot be matched on column values)."""
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.natural_keys(conn, table)  # type: ignore[arg-type]
    keys = []
    for _seq, index, unique, origin, partial in conn.execute(
        f"PRAGMA index_list({_quote(table)})"
    ):
        if not unique or origin not in ("u", "c") or partial:
            continue
        columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({_quote(index)})"))
        if "uid" not in columns and None not in columns:
            keys.append(columns)
    return tuple(sorted(keys))


def uid_by_id(conn: sqlite3.Connection, table: str) -> dict[int, str]:
    return dict(conn.execute(f"SELECT rowid, uid FROM {_quote(table)}"))


def iter_rows(
    conn: sqlite3.Connection, info: TableInfo, officer_ids: set[int] | None = None,
    since: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Rows of one table as dicts (with `rowid`), optionally limited to some officers and to
    rows dated on or after `since` (leave: ending on or after it)."""
    where, args = ["1"], []
    if officer_ids is not None:
        marks = ", ".join("?" for _ in officer_ids) or "NULL"
        if info.name == "officers":
            where.append(f"rowid IN ({marks})")
            args += sorted(officer_ids)
        for column, target in info.references.items():
            if target == "officers":
                where.append(f"{_quote(column)} IN ({marks})")
                args += sorted(officer_ids)
    if since is not None:
        for column in ("date", "end"):
            if column in info.columns:
                where.append(f"{_quote(column)} >= ?")
                args.append(since)
                break
    selected = ", ".join(_quote(c) for c in info.columns)
    cursor = conn.execute(
        f"SELECT rowid, {selected} FROM {_quote(info.name)} WHERE {' AND '.join(where)} "
        "ORDER BY uid",
        args,
    )
    names = ("rowid", *info.columns)
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])


def officer_ids(conn: sqlite3.Connection, name: str | None, dept: str | None) -> set[int]:
    rows = conn.execute(
        "SELECT id FROM officers WHERE (? IS NULL OR name = ?) AND (? IS NULL OR dept = ?)",
        (name, name, dept, dept),
    )
    return {r[0] for r in rows}


def row_by_uid(conn: sqlite3.Connection, info: TableInfo, uid: str) -> dict[str, Any] | None:
    return _one(conn, info, "uid = ?", [uid])


def row_by_rowid(conn: sqlite3.Connection, info: TableInfo, rowid: int) -> dict[str, Any] | None:
    return _one(conn, info, "rowid = ?", [rowid])


def row_by_key(
    conn: sqlite3.Connection, info: TableInfo, values: dict[str, Any]
) -> dict[str, Any] | None:
    """The local row sharing one of the table's natural keys with `values`, if any."""
    for key in info.natural_keys:
        if all(column in values for column in key):
            where = " AND ".join(f"{_quote(c)} IS ?" for c in key)
            row = _one(conn, info, where, [values[c] for c in key])
            if row is not None:
                return row
    return None


def _one(conn: sqlite3.Connection, info: TableInfo, where: str,
         args: list[Any]) -> dict[str, Any] | None:
    selected = ", ".join(_quote(c) for c in info.columns)
    row = conn.execute(
        f"SELECT rowid, {selected} FROM {_quote(info.name)} WHERE {where}", args
    ).fetchone()
    return dict(zip(("rowid", *info.columns), row, strict=True)) if row else None


def insert_row(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    columns = ", ".join(_quote(c) for c in values)
    marks = ", ".join("?" for _ in values)
    cursor = conn.execute(
        f"INSERT INTO {_quote(table)} ({columns}) VALUES ({marks})", list(values.values())
    )
    return int(cursor.lastrowid or 0)


def update_row(conn: sqlite3.Connection, table: str, rowid: int, values: dict[str, Any]) -> None:
    """Overwrite columns, updated_at included, as given (the identity trigger stays quiet)."""
    conn.execute(f"UPDATE {_quote(table)} SET updated_at = NULL WHERE rowid = ?", (rowid,))
    sets = ", ".join(f"{_quote(c)} = ?" for c in values)
    conn.execute(
        f"UPDATE {_quote(table)} SET {sets} WHERE rowid = ?", [*values.values(), rowid]
    )


def uid_of_row(conn: sqlite3.Connection, table: str, rowid: int) -> str | None:
    row = conn.execute(f"SELECT uid FROM {_quote(table)} WHERE rowid = ?", (rowid,)).fetchone()
    return row[0] if row else None


def value_of_row(conn: sqlite3.Connection, table: str, rowid: int, column: str) -> Any:
    row = conn.execute(
        f"SELECT {_quote(column)} FROM {_quote(table)} WHERE rowid = ?", (rowid,)
    ).fetchone()
    return row[0] if row else None


def schema_version(conn: sqlite3.Connection) -> int:
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.schema_version(conn)  # type: ignore[arg-type]
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def copy_logbook(source: str, target: str) -> int:
    """Copy another logbook (WAL content included) without writing to it; its version."""
    from pathlib import Path

    original = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        version = schema_version(original)
        copy = sqlite3.connect(target)
        try:
            original.backup(copy)
        finally:
            copy.close()
    finally:
        original.close()
    return version


def checkpoint(conn: sqlite3.Connection) -> None:
    """Move the WAL's content into the main file (for readers that ignore the WAL)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
