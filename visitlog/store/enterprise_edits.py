"""Correcting enterprises: edit a row, move everything of a duplicate onto its survivor, delete."""

from __future__ import annotations

import sqlite3

from visitlog.domain.models import Enterprise

# the columns `enterprise edit` may change (the name goes with its pinyin keys)
EDITABLE = ("town", "industry", "employees", "has_union")

# what refers to an enterprise, as (table, column): all of it moves on a merge
REFERRERS = (
    ("visits", "enterprise_id"), ("demands", "enterprise_id"),
    ("reception_enterprises", "enterprise_id"), ("assignments", "enterprise_id"),
    ("practice_days", "enterprise_id"),
)


def get_enterprise(conn: sqlite3.Connection, enterprise_id: int) -> Enterprise:
    row = conn.execute(
        "SELECT id, name, town, industry, employees, has_union FROM enterprises WHERE id = ?",
        (enterprise_id,),
    ).fetchone()
    aliases = tuple(a for (a,) in conn.execute(
        "SELECT alias FROM enterprise_aliases WHERE enterprise_id = ? ORDER BY alias",
        (enterprise_id,)))
    return Enterprise(row[0], row[1], row[2], row[3], row[4],
                      None if row[5] is None else bool(row[5]), aliases)


def rename_enterprise(conn: sqlite3.Connection, enterprise_id: int, name: str,
                      keys: tuple[str, str]) -> None:
    conn.execute("UPDATE enterprises SET name = ?, pinyin = ?, initials = ? WHERE id = ?",
                 (name, *keys, enterprise_id))


def set_fields(conn: sqlite3.Connection, enterprise_id: int, fields: dict[str, object]) -> None:
    """Set some of EDITABLE (the keys are checked against it: no name comes from the caller)."""
    columns = [c for c in EDITABLE if c in fields]
    if not columns:
        return
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE enterprises SET {sets} WHERE id = ?",
                 (*(fields[c] for c in columns), enterprise_id))


def drop_alias(conn: sqlite3.Connection, enterprise_id: int, alias: str) -> bool:
    cur = conn.execute("DELETE FROM enterprise_aliases WHERE enterprise_id = ? AND alias = ?",
                       (enterprise_id, alias))
    return cur.rowcount > 0


def clashing_visits(conn: sqlite3.Connection, duplicate: int, survivor: int
                    ) -> list[tuple[int, int, str, str]]:
    """(duplicate's visit id, survivor's visit id, date, officer) for each visit by one officer
    on one day at both enterprises: a merge would make them two visits of one identity."""
    return conn.execute(
        "SELECT d.id, s.id, d.date, o.name FROM visits d JOIN visits s "
        "ON s.officer_id = d.officer_id AND s.date = d.date AND s.enterprise_id = ? "
        "JOIN officers o ON o.id = d.officer_id WHERE d.enterprise_id = ? ORDER BY d.date, o.name",
        (survivor, duplicate),
    ).fetchall()


def move_references(conn: sqlite3.Connection, duplicate: int, survivor: int) -> None:
    """Everything of `duplicate` onto `survivor`. A reception or an assignment that already
    names the survivor keeps its one row for it (the duplicate's twin is dropped)."""
    conn.execute(
        "DELETE FROM reception_enterprises WHERE enterprise_id = ? AND reception_id IN "
        "(SELECT reception_id FROM reception_enterprises WHERE enterprise_id = ?)",
        (duplicate, survivor))
    conn.execute(
        "DELETE FROM assignments WHERE enterprise_id = ? AND officer_id IN "
        "(SELECT officer_id FROM assignments WHERE enterprise_id = ?)", (duplicate, survivor))
    for table, column in REFERRERS:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (survivor, duplicate))
    conn.execute("UPDATE enterprise_aliases SET enterprise_id = ? WHERE enterprise_id = ?",
                 (survivor, duplicate))


def pinyin_of(conn: sqlite3.Connection, enterprise_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT pinyin, initials FROM enterprises WHERE id = ?",
                       (enterprise_id,)).fetchone()
    return row[0] or "", row[1] or ""


def references(conn: sqlite3.Connection, enterprise_id: int) -> int:
    """How many rows refer to the enterprise (its aliases aside)."""
    return sum(conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                            (enterprise_id,)).fetchone()[0]
               for table, column in REFERRERS)


def delete_enterprise(conn: sqlite3.Connection, enterprise_id: int) -> None:
    conn.execute("DELETE FROM enterprise_aliases WHERE enterprise_id = ?", (enterprise_id,))
    conn.execute("DELETE FROM enterprises WHERE id = ?", (enterprise_id,))
