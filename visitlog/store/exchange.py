"""SQL for export and merge: the schema read generically, rows by uid or natural key.

Export and merge work from what the file declares rather than from a list kept by hand: a
table takes part when it has a `uid` column (migrations 0004, 0006), its references are its
named foreign keys, and its natural keys are its UNIQUE constraints (or plain unique indexes).
So tables added by later migrations travel too, as long as they follow the same conventions.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
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
    """Tables with uids, referenced tables before the tables that refer to them.

    A reference is a foreign key to a row (its integer id); a key to another column (a demand's
    category, by its key) is a value that means the same in every logbook, and travels as one."""
    infos: dict[str, TableInfo] = {}
    every = {table: _column_names(conn, table) for table in _table_names(conn)}
    row_keys = {table: next((c for c, pk in cols if pk), None) for table, cols in every.items()}
    for table, columns in every.items():
        if "uid" not in {c for c, _pk in columns}:
            continue
        infos[table] = TableInfo(
            table,
            tuple(c for c, pk in columns if not pk),
            {column: target for column, target, to in _foreign_keys(conn, table)
             if to is None or to == row_keys.get(target)},
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


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str | None]]:
    """(column, the table it refers to, the column there: None for the row id)."""
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.foreign_keys(conn, table)  # type: ignore[arg-type]
    return [(r[3], r[2], r[4])
            for r in conn.execute(f"PRAGMA foreign_key_list({_quote(table)})")]


def _natural_keys(conn: sqlite3.Connection, table: str) -> tuple[tuple[str, ...], ...]:
    """UNIQUE constraints, a primary key other than the row id (a setting's key), and unique
    indexes over plain columns that cover every row (a partial or expression index cannot be
    matched on column values)."""
    if is_postgres(conn):
        from visitlog.store.pg import catalog

        return catalog.natural_keys(conn, table)  # type: ignore[arg-type]
    keys = []
    for _seq, index, unique, origin, partial in conn.execute(
        f"PRAGMA index_list({_quote(table)})"
    ):
        if not unique or origin not in ("u", "c", "pk") or partial:
            continue
        columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({_quote(index)})"))
        if "uid" not in columns and None not in columns:
            keys.append(columns)
    return tuple(sorted(keys))


def iter_portable(conn: sqlite3.Connection, info: TableInfo,
                  rowids: Iterable[int] | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """Rows of one table (every row, or those of `rowids`) in the order they were written (so
    a logbook rebuilt from them lists tied rows, a reception's enterprises, in the same
    order), each reference as the uid of the row it points at, under its portable name
    (officer_id -> officer_uid). A reference to a table of at most UID_MAP_ROWS rows (officers,
    enterprises) is named from their uids read once, a larger one in the same query: a look-up
    in the referred table for every row of a city's visits cost more than reading them.
    Yields (rowid, row)."""
    names = tuple((c[:-3] if c.endswith("_id") else c) + "_uid" if c in info.references else c
                  for c in info.columns)
    mapped = {c: t for c, t in info.references.items() if count_rows(conn, t) <= UID_MAP_ROWS}
    uids = {t: dict(conn.execute(f"SELECT rowid, uid FROM {_quote(t)}"))
            for t in set(mapped.values())}
    maps = tuple((i, uids[mapped[c]]) for i, c in enumerate(info.columns) if c in mapped)
    query = _portable_sql(info, mapped)

    def portable(row: list[Any]) -> dict[str, Any]:
        for i, known in maps:
            value = row[i]
            if value is not None:
                row[i] = known.get(value)
        return dict(zip(names, row, strict=True))

    if rowids is None:
        for rowid, *row in conn.execute(f"{query} ORDER BY t.rowid"):
            yield rowid, portable(row)
        return
    wanted = sorted(rowids)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for rowid, *row in conn.execute(f"{query} WHERE t.rowid IN ({marks}) ORDER BY t.rowid",
                                        chunk):
            yield rowid, portable(row)


UID_MAP_ROWS = 200_000  # (a province's 50,000 enterprises: a few MB)


def _portable_sql(info: TableInfo, mapped: dict[str, str]) -> str:
    selected = ", ".join(
        f"(SELECT uid FROM {_quote(info.references[c])} WHERE rowid = t.{_quote(c)})"
        if c in info.references and c not in mapped else f"t.{_quote(c)}" for c in info.columns)
    return f"SELECT t.rowid, {selected} FROM {_quote(info.name)} AS t"


_CHUNK = 500  # rowids per query: well under SQLite's limit of bound parameters


def iter_rows(conn: sqlite3.Connection, info: TableInfo) -> Iterator[dict[str, Any]]:
    """Every row of one table as a dict (with `rowid`)."""
    selected = ", ".join(_quote(c) for c in info.columns)
    names = ("rowid", *info.columns)
    for row in conn.execute(f"SELECT rowid, {selected} FROM {_quote(info.name)}"):
        yield dict(zip(names, row, strict=True))


def iter_links(conn: sqlite3.Connection, table: str, columns: tuple[str, ...]
               ) -> Iterator[tuple[Any, ...]]:
    """(rowid, *columns) of every row: what deciding which rows a bundle holds needs."""
    selected = "".join(f", {_quote(c)}" for c in columns)
    yield from conn.execute(f"SELECT rowid{selected} FROM {_quote(table)}")


def links_of_row(conn: sqlite3.Connection, table: str, columns: tuple[str, ...],
                 rowid: int) -> tuple[Any, ...] | None:
    selected = ", ".join(_quote(c) for c in columns) or "rowid"
    return conn.execute(f"SELECT {selected} FROM {_quote(table)} WHERE rowid = ?",
                        (rowid,)).fetchone()


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
            row = _one(conn, info, _key_where(key), [values[c] for c in key])
            if row is not None:
                return row
    return None


@lru_cache(maxsize=256)
def _key_where(key: tuple[str, ...]) -> str:
    return " AND ".join(f"{_quote(c)} IS ?" for c in key)


def rowid_by_uid(conn: sqlite3.Connection, table: str, uid: str) -> int | None:
    row = conn.execute(f"SELECT rowid FROM {_quote(table)} WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def rowid_by_alias(conn: sqlite3.Connection, table: str, alias: str, owner: str,
                   value: Any) -> int | None:
    """The row that `value` is an alias of (its id in `owner`), if any."""
    row = conn.execute(f"SELECT {_quote(owner)} FROM {_quote(table)} WHERE {_quote(alias)} = ?",
                       (value,)).fetchone()
    return row[0] if row else None


def _one(conn: sqlite3.Connection, info: TableInfo, where: str,
         args: list[Any]) -> dict[str, Any] | None:
    row = conn.execute(_select_sql(info.name, info.columns, where), args).fetchone()
    return dict(zip(("rowid", *info.columns), row, strict=True)) if row else None


@lru_cache(maxsize=256)
def _select_sql(table: str, columns: tuple[str, ...], where: str) -> str:
    selected = ", ".join(_quote(c) for c in columns)
    return f"SELECT rowid, {selected} FROM {_quote(table)} WHERE {where}"


def insert_row(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> int:
    cursor = conn.execute(_insert_sql(table, tuple(values)), list(values.values()))
    return int(cursor.lastrowid or 0)


def insert_rows(conn: sqlite3.Connection, table: str, columns: tuple[str, ...],
                rows: list[list[Any]]) -> None:
    conn.executemany(_insert_sql(table, columns), rows)


@lru_cache(maxsize=256)
def _insert_sql(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(_quote(c) for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {_quote(table)} ({names}) VALUES ({marks})"


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
