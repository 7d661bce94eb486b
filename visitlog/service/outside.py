"""A logbook file from outside, made safe to use: a private copy with visitlog's own schema
only (store/own_schema.py), each of its rows checked as a typed command checks it
(service/incoming.py). `restore` and `merge FILE.db` read only such a copy.

Every error here names the file given, never the user's own logbook: following "restore your
logbook from a backup" after merging a damaged file would lose data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from visitlog.domain.errors import Invalid
from visitlog.service import incoming
from visitlog.store import own_schema


def prepared_copy(source: Path, copy: Path) -> tuple[int, list[str]]:
    """Copy the logbook `source` to `copy` (never writing to or beside the source), check it
    is whole, keep visitlog's own schema; (its version before, what was ignored)."""
    try:
        version = own_schema.copy_outside(source, copy)
    except sqlite3.DatabaseError as exc:
        raise Invalid("merge.not_logbook", path=str(source), reason=str(exc)) from exc
    with naming(source):
        problem = own_schema.check_integrity(copy)
        missing = own_schema.missing_tables(copy)
    if problem != "ok":
        raise Invalid("merge.not_logbook", path=str(source), reason=problem)
    if missing or version == 0:
        raise Invalid("incoming.no_tables", path=str(source),
                      tables=", ".join(sorted(missing)) or "-")
    return version, keep_own(copy, source, recount=False)  # (merge reads the identities)


def keep_own(copy: Path, source: Path, recount: bool = True) -> list[str]:
    """visitlog's own schema on the private `copy` of `source` (see store/own_schema)."""
    conn = own_schema.connect(copy)
    try:
        with naming(source):
            return own_schema.keep_own(conn, recount)
    except own_schema.Foreign as exc:
        raise Invalid("incoming.does_not_fit", path=str(source), reason=str(exc)) from exc
    finally:
        conn.close()


def check_rows(copy: Path, source: Path, today: date) -> None:
    """Every row of the prepared `copy` passes the checks of a typed command (its own demand
    categories are the ones it is checked against), else Invalid naming `source`."""
    from visitlog.service.exchange import numbered_by_table, portable_rows

    conn = own_schema.connect(copy)
    try:
        with naming(source):
            rules = incoming.rules_for(conn, today)
            rows = numbered_by_table(portable_rows(conn))
            for _ in incoming.checked(rows, rules, str(source), "incoming.bad_restore_row"):
                pass
    finally:
        conn.close()


@contextmanager
def naming(source: Path) -> Iterator[None]:
    """SQLite's complaints while the copy of `source` is read are about `source`."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        raise Invalid("merge.not_logbook", path=str(source), reason=str(exc)) from exc


def reading(rows: Iterator, source: Path) -> Iterator:
    """The rows of another logbook, read while the user's logbook is being written: a fault
    of the source while reading is the source's, named as such."""
    with naming(source):
        yield from rows


def peek_version(source: Path) -> int:
    """The schema version the file says it has (read before anything is done to a copy)."""
    with naming(source):
        return own_schema.file_version(source)
