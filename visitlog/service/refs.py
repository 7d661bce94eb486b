"""A visit, demand or reception day named by its local number or its short reference.

Every command that takes an ID takes either: `demand show 4` (this logbook's number) or
`demand show 3f9a2c` (the reference listings and cards show, the same in every logbook that
holds the row; store/refs.py). A number is the local id when such a row exists; otherwise
text of at least six hex digits is a reference; a leading '#' always means the local number.
"""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from visitlog.domain.errors import Ambiguous, Invalid, NotFound
from visitlog.store import refs as store

HEX = set("0123456789abcdef")
FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")  # SPEC: they count as ASCII
T = TypeVar("T")
NOT_FOUND = {"visits": "visit.not_found", "demands": "demand.not_found",
             "receptions": "reception.not_found"}


def row_id(conn: sqlite3.Connection, table: str, given: int | str) -> int:
    """The local id of the row `given` names; NotFound / Ambiguous / Invalid otherwise."""
    if isinstance(given, int):
        return given
    text = given.strip().lower().translate(FULL_WIDTH)
    number = text[1:] if text.startswith("#") else text
    if number.isascii() and number.isdigit():
        local = int(number)
        if text.startswith("#") or len(number) < store.MIN_LENGTH or store.row_exists(
                conn, table, local):
            return local
    if len(text) < store.MIN_LENGTH or not set(text) <= HEX:
        raise Invalid("ref.bad", text=given.strip())
    found = store.ids_by_ref(conn, table, text)
    if not found:
        raise NotFound(NOT_FOUND[table], id=given.strip())
    if len(found) > 1:
        shown = store.refs_of(conn, table, [i for i, _uid in found[:10]])
        raise Ambiguous("ref.ambiguous", ref=text, candidates="、".join(shown.values()))
    return found[0][0]


def with_refs(conn: sqlite3.Connection, table: str, rows: list[T]) -> list[T]:
    """The rows (visits, demands, reception days: records with an `id`) with their `ref`."""
    refs = store.refs_of(conn, table, [row.id for row in rows])  # type: ignore[attr-defined]
    return [_with(row, refs.get(row.id, "")) for row in rows]  # type: ignore[attr-defined]


def _with(row: T, ref: str) -> T:
    if hasattr(row, "_replace"):  # a NamedTuple (a visit)
        return row._replace(ref=ref)  # type: ignore[attr-defined]
    from dataclasses import replace

    return replace(row, ref=ref)  # type: ignore[type-var]


def optional_row_id(conn: sqlite3.Connection, table: str, given: int | str | None
                    ) -> int | None:
    return None if given is None else row_id(conn, table, given)
