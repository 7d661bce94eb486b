"""Name resolution against the logbook (officers, enterprises)."""

from __future__ import annotations

import sqlite3
from functools import partial

from visitlog.domain.errors import Ambiguous, NotFound
from visitlog.domain.match import MAX_CANDIDATES, resolve_name
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store


def resolve_officer(conn: sqlite3.Connection, text: str) -> tuple[int, str]:
    lookup = partial(officer_store.find_officers, conn)
    return resolve_name(text, lookup, "officer", ("exact", "substring", "pinyin_exact", "pinyin"))


def resolve_enterprise(conn: sqlite3.Connection, text: str) -> tuple[int, str]:
    lookup = partial(enterprise_store.find_enterprises, conn)
    stages = ("exact", "alias", "substring", "pinyin_exact", "pinyin")
    return resolve_name(text, lookup, "enterprise", stages)


def resolve_dept(conn: sqlite3.Connection, text: str | None) -> str | None:
    """A --dept filter: the department of that name, else the one whose name contains it.

    A typo must not pass for a department with nobody in it (an empty report)."""
    if text is None:
        return None
    typed = text.strip()
    known = officer_store.departments(conn)
    if typed in known:
        return typed
    hits = [dept for dept in known if typed and typed in dept]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise Ambiguous("dept.ambiguous", name=typed,
                        candidates="、".join(hits[:MAX_CANDIDATES]))
    raise NotFound("dept.not_found", name=typed,
                   candidates="、".join(known[:MAX_CANDIDATES]) or "-")
