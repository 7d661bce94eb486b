"""libpq through ctypes: the few calls the PostgreSQL engine makes, without psycopg's import.

`import psycopg` costs ~100 ms (its adapters, enum, logging, asyncio …) — three times a whole
SQLite `log`. The engine needs little of it: send a statement with its parameters rendered as
literals (as psycopg's ClientCursor does), read the rows back as text and turn them into
int/float/str by their type. So it talks to libpq directly: the libpq that psycopg's binary
wheel (the `postgres` extra) ships. `connect()` returns None where it cannot be loaded, and
the engine imports psycopg itself (a psycopg built against the system's libpq, or none: then
a URL says what to install).

Values are rendered with standard_conforming_strings (checked on connect): a string is
'…' with ' doubled; booleans are 1/0, as SQLite stores them; NULs are refused (as psycopg).
"""

from __future__ import annotations

import ctypes
import os
import sys
from datetime import date

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_OK = (1, 2)  # PGRES_COMMAND_OK, PGRES_TUPLES_OK
_INTS = {20, 21, 23, 26}  # int8, int2, int4, oid
_FLOATS = {700, 701}
_NUMERIC, _BOOL = 1700, 16


class Error(Exception):
    """A statement or connection the server refused; `sqlstate` as psycopg's errors carry."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def _library_paths() -> list[str]:
    paths = []
    for entry in sys.path:
        folder = os.path.join(entry or ".", "psycopg_binary.libs")
        if os.path.isdir(folder):
            paths += sorted(os.path.join(folder, name) for name in os.listdir(folder)
                            if name.startswith("libpq"))
    return paths  # the extra's own libpq only: without the extra a URL says what to install


_LIB: list[Any] = []


def _libpq() -> Any:
    if _LIB:
        return _LIB[0]
    lib = None
    for path in _library_paths():
        try:
            lib = ctypes.CDLL(path)
            break
        except OSError:
            continue
    if lib is not None:
        p, c, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        for name, res, args in (
            ("PQconnectdbParams", p, [ctypes.POINTER(c), ctypes.POINTER(c), i]),
            ("PQstatus", i, [p]), ("PQerrorMessage", c, [p]), ("PQfinish", None, [p]),
            ("PQexec", p, [p, c]), ("PQresultStatus", i, [p]),
            ("PQresultErrorField", c, [p, i]), ("PQresultErrorMessage", c, [p]),
            ("PQntuples", i, [p]), ("PQnfields", i, [p]), ("PQgetvalue", c, [p, i, i]),
            ("PQgetlength", i, [p, i, i]), ("PQgetisnull", i, [p, i, i]),
            ("PQftype", ctypes.c_uint, [p, i]), ("PQfname", c, [p, i]),
            ("PQcmdTuples", c, [p]), ("PQclear", None, [p]),
            ("PQtransactionStatus", i, [p]), ("PQparameterStatus", c, [p, c]),
        ):
            function = getattr(lib, name)
            function.restype, function.argtypes = res, args
    _LIB.append(lib)
    return lib


def quote(value: Any) -> str:
    """A parameter as an SQL literal."""
    if value is None:
        return "NULL"
    if value is True or value is False:
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value) if value >= 0 else f" {value}"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return f"'{value!r}'::float8".replace("inf", "Infinity").replace("nan", "NaN")
        return repr(value)
    if isinstance(value, date):
        value = value.isoformat()
    text = str(value)
    if "\x00" in text:
        raise Error("PostgreSQL text fields cannot contain NUL (0x00) bytes", "22021")
    return "'" + text.replace("'", "''") + "'"


def render(sql: str, params: Any) -> str:
    """`%s` / `%(name)s` placeholders (psycopg's) filled with literals; `%%` is `%`."""
    if isinstance(params, dict):
        return sql % {key: quote(value) for key, value in params.items()}
    return sql % tuple(quote(value) for value in (params or ()))


def _number(raw: bytes) -> int | float:
    return int(raw) if raw.lstrip(b"-").isdigit() else float(raw)


def _text(raw: bytes) -> str:
    return raw.decode()


def _bool(raw: bytes) -> int:
    return 1 if raw == b"t" else 0


def _converter(kind: int) -> Any:
    """bytes -> the value, by the column's type (what sqlite3 would have given)."""
    return (int if kind in _INTS else float if kind in _FLOATS else _number if kind == _NUMERIC
            else _bool if kind == _BOOL else _text)


class Cursor:
    """The rows of one statement, read at once (a report's rows fit in memory as with
    sqlite3's fetchall)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: list[tuple] = []
        self.description: list[tuple] | None = None
        self.rowcount = -1
        self._at = 0

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        self._take(self.conn.run(render(sql, params)))
        return self

    def executemany(self, sql: str, seq: Any) -> Cursor:
        total = 0
        for params in seq:
            self.execute(sql, params)
            total += max(self.rowcount, 0)
        self.rowcount = total
        return self

    def _take(self, res: Any) -> None:
        lib = self.conn.lib
        try:
            count = lib.PQcmdTuples(res)
            self.rowcount = int(count) if count else -1
            if lib.PQresultStatus(res) != 2:
                self.description, self.rows, self._at = None, [], 0
                return
            n, m = lib.PQntuples(res), lib.PQnfields(res)
            kinds = [lib.PQftype(res, c) for c in range(m)]
            self.description = [(lib.PQfname(res, c).decode(),) for c in range(m)]
            rows = []
            # one ctypes call a cell (text values hold no NUL: the bytes up to it are the
            # value); an empty one may be NULL, which costs a second call
            getvalue, isnull = lib.PQgetvalue, lib.PQgetisnull
            convert = [_converter(kind) for kind in kinds]
            columns = list(enumerate(convert))
            for r in range(n):
                row = []
                for c, to_value in columns:
                    raw = getvalue(res, r, c)
                    if not raw and isnull(res, r, c):
                        row.append(None)
                    else:
                        row.append(to_value(raw))
                rows.append(tuple(row))
            self.rows, self._at = rows, 0
        finally:
            lib.PQclear(res)

    def fetchone(self) -> tuple | None:
        if self._at < len(self.rows):
            self._at += 1
            return self.rows[self._at - 1]
        return None

    def fetchall(self) -> list[tuple]:
        rest, self._at = self.rows[self._at:], len(self.rows)
        return rest

    def fetchmany(self, size: int = 1) -> list[tuple]:
        rest = self.rows[self._at:self._at + size]
        self._at += len(rest)
        return rest

    def __iter__(self) -> Any:
        return iter(self.fetchall())


class _Info:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    @property
    def transaction_status(self) -> int:
        return self._conn.lib.PQtransactionStatus(self._conn.handle)


class Connection:
    """An open libpq connection with psycopg's few methods the engine uses."""

    def __init__(self, lib: Any, handle: Any) -> None:
        self.lib, self.handle = lib, handle
        self.info = _Info(self)

    def run(self, sql: str) -> Any:
        res = self.lib.PQexec(self.handle, sql.encode())
        if not res:
            raise Error((self.lib.PQerrorMessage(self.handle) or b"").decode(errors="replace"),
                        "08006")
        if self.lib.PQresultStatus(res) not in _OK:
            state = self.lib.PQresultErrorField(res, ord("C"))
            message = (self.lib.PQresultErrorMessage(res) or b"").decode(errors="replace")
            self.lib.PQclear(res)
            raise Error(message.removeprefix("ERROR:").strip(),
                        state.decode() if state else None)
        return res

    def cursor(self) -> Cursor:
        return Cursor(self)

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        return Cursor(self).execute(sql, params)

    def close(self) -> None:
        if self.handle:
            self.lib.PQfinish(self.handle)
            self.handle = None


def connect(url: str) -> Connection | None:
    """A connection to `url` (libpq's conventions), or None when libpq cannot be loaded."""
    lib = _libpq()
    if lib is None:
        return None
    keys = [b"dbname", b"client_encoding", b"application_name", b"connect_timeout", None]
    values = [url.encode(), b"UTF8", b"visitlog",
              os.environ.get("PGCONNECT_TIMEOUT", "10").encode(), None]
    handle = lib.PQconnectdbParams((ctypes.c_char_p * 5)(*keys),
                                   (ctypes.c_char_p * 5)(*values), 1)
    if not handle or lib.PQstatus(handle) != 0:
        message = (lib.PQerrorMessage(handle) or b"").decode(errors="replace") if handle \
            else "out of memory"
        if handle:
            lib.PQfinish(handle)
        raise Error(message, None)
    conn = Connection(lib, handle)
    if lib.PQparameterStatus(handle, b"standard_conforming_strings") != b"on":
        conn.run("SET standard_conforming_strings = on")
    return conn
