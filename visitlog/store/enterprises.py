"""Enterprises and their aliases."""

from __future__ import annotations

import sqlite3

from visitlog.domain.models import Enterprise


def insert_enterprise(
    conn: sqlite3.Connection, enterprise: Enterprise, keys: tuple[str, str]
) -> int:
    cur = conn.execute(
        "INSERT INTO enterprises (name, town, industry, employees, has_union, pinyin, initials) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            enterprise.name, enterprise.town, enterprise.industry, enterprise.employees,
            None if enterprise.has_union is None else int(enterprise.has_union), *keys,
        ),
    )
    return int(cur.lastrowid or 0)


def insert_alias(
    conn: sqlite3.Connection, enterprise_id: int, alias: str, keys: tuple[str, str]
) -> None:
    conn.execute(
        "INSERT INTO enterprise_aliases (alias, enterprise_id, pinyin, initials) "
        "VALUES (?, ?, ?, ?)",
        (alias, enterprise_id, *keys),
    )


def alias_owner(conn: sqlite3.Connection, alias: str) -> str | None:
    row = conn.execute(
        "SELECT e.name FROM enterprise_aliases a JOIN enterprises e ON e.id = a.enterprise_id "
        "WHERE a.alias = ?",
        (alias,),
    ).fetchone()
    return row[0] if row else None


def enterprise_id_by_name(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM enterprises WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def alias_names(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(alias, enterprise name) for every alias."""
    return conn.execute(
        "SELECT a.alias, e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id"
    ).fetchall()


def enterprise_ids_by_name(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT name, id FROM enterprises"))


_FIND = {
    "exact": ("SELECT id, name FROM enterprises WHERE name = ?", 1),
    "alias": (
        "SELECT e.id, e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id WHERE a.alias = ?", 1,
    ),
    "substring": (
        "SELECT id, name FROM enterprises WHERE instr(name, ?) > 0 UNION "
        "SELECT e.id, e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id WHERE instr(a.alias, ?) > 0", 2,
    ),
    "pinyin_exact": (
        "SELECT id, name FROM enterprises WHERE pinyin = ? OR initials = ? "
        "UNION SELECT e.id, e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id WHERE a.pinyin = ? OR a.initials = ?", 4,
    ),
    "pinyin": (
        "SELECT id, name FROM enterprises WHERE instr(pinyin, ?) > 0 OR instr(initials, ?) > 0 "
        "UNION SELECT e.id, e.name FROM enterprise_aliases a JOIN enterprises e "
        "ON e.id = a.enterprise_id WHERE instr(a.pinyin, ?) > 0 OR instr(a.initials, ?) > 0", 4,
    ),
}


def find_enterprises(conn: sqlite3.Connection, stage: str, text: str, limit: int) -> list[tuple]:
    """Candidates (id, name) for one stage of name resolution (see visitlog.domain.match)."""
    sql, n_args = _FIND[stage]
    return conn.execute(
        f"SELECT id, name FROM ({sql}) ORDER BY name LIMIT ?", (*([text] * n_args), limit)
    ).fetchall()


def list_enterprises(conn: sqlite3.Connection, town: str | None = None) -> list[Enterprise]:
    aliases: dict[int, list[str]] = {}
    for enterprise_id, alias in conn.execute(
        "SELECT enterprise_id, alias FROM enterprise_aliases ORDER BY alias"
    ):
        aliases.setdefault(enterprise_id, []).append(alias)
    rows = conn.execute(
        "SELECT id, name, town, industry, employees, has_union FROM enterprises "
        "WHERE (? IS NULL OR town = ?) ORDER BY town, name",
        (town, town),
    )
    return [
        Enterprise(
            r[0], r[1], r[2], r[3], r[4], None if r[5] is None else bool(r[5]),
            tuple(aliases.get(r[0], ())),
        )
        for r in rows
    ]
