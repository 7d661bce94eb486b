"""Name resolution against the logbook (officers, enterprises)."""

from __future__ import annotations

import sqlite3
from functools import partial

from visitlog.match import resolve_name
from visitlog.store import enterprises as enterprise_store
from visitlog.store import officers as officer_store


def resolve_officer(conn: sqlite3.Connection, text: str) -> tuple[int, str]:
    lookup = partial(officer_store.find_officers, conn)
    return resolve_name(text, lookup, "officer", ("exact", "substring", "pinyin_exact", "pinyin"))


def resolve_enterprise(conn: sqlite3.Connection, text: str) -> tuple[int, str]:
    lookup = partial(enterprise_store.find_enterprises, conn)
    stages = ("exact", "alias", "substring", "pinyin_exact", "pinyin")
    return resolve_name(text, lookup, "enterprise", stages)
