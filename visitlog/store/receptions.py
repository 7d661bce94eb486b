"""Chairman reception days (主席接待日), their enterprises, and the leaders' duty list."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.demand_models import Reception


def insert_reception(conn: sqlite3.Connection, day: date, host: str, participants: int | None,
                     note: str, enterprise_ids: list[int]) -> int:
    cur = conn.execute(
        "INSERT INTO receptions (date, host, participants, note) VALUES (?, ?, ?, ?)",
        (day.isoformat(), host, participants, note),
    )
    reception_id = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT INTO reception_enterprises (reception_id, enterprise_id) VALUES (?, ?)",
        [(reception_id, e) for e in enterprise_ids],
    )
    return reception_id


def reception_exists(conn: sqlite3.Connection, day: date, host: str) -> bool:
    row = conn.execute("SELECT 1 FROM receptions WHERE date = ? AND host = ?",
                       (day.isoformat(), host)).fetchone()
    return row is not None


_SELECT = (
    "SELECT r.id, r.date, r.host, r.participants, r.note, "
    "(SELECT json_group_array(e.name) FROM reception_enterprises re "
    " JOIN enterprises e ON e.id = re.enterprise_id WHERE re.reception_id = r.id), "
    "(SELECT count(*) FROM demands d WHERE d.reception_id = r.id) FROM receptions r"
)


def _reception(row: tuple) -> Reception:
    import json

    return Reception(row[0], date.fromisoformat(row[1]), row[2], tuple(json.loads(row[5])),
                     row[3], row[4], row[6])


def get_reception(conn: sqlite3.Connection, reception_id: int) -> Reception | None:
    row = conn.execute(f"{_SELECT} WHERE r.id = ?", (reception_id,)).fetchone()
    return _reception(row) if row else None


def list_receptions(conn: sqlite3.Connection, first: date | None,
                    last: date | None) -> list[Reception]:
    rows = conn.execute(
        f"{_SELECT} WHERE (:a IS NULL OR r.date >= :a) AND (:b IS NULL OR r.date <= :b) "
        "ORDER BY r.date, r.id",
        {"a": first.isoformat() if first else None, "b": last.isoformat() if last else None},
    )
    return [_reception(r) for r in rows]


def get_leaders(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM reception_leaders ORDER BY position")]


def set_leaders(conn: sqlite3.Connection, names: list[str]) -> None:
    """The rotation, turn by turn; stamped as an edit, so that merge keeps the later one."""
    conn.execute("DELETE FROM reception_leaders")
    conn.executemany("INSERT INTO reception_leaders (position, name, updated_at) "
                     "VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                     list(enumerate(names, start=1)))


def attendance(conn: sqlite3.Connection, min_employees: int, first: date,
               last: date) -> list[tuple]:
    """(name, town, employees, receptions attended in [first, last], last date or None)
    for every enterprise with at least `min_employees` staff, largest first."""
    return conn.execute(
        "SELECT e.name, e.town, e.employees, count(r.id), max(r.date) FROM enterprises e "
        "LEFT JOIN reception_enterprises re ON re.enterprise_id = e.id "
        "LEFT JOIN receptions r ON r.id = re.reception_id AND r.date BETWEEN ? AND ? "
        "WHERE e.employees >= ? GROUP BY e.id ORDER BY e.employees DESC, e.name",
        (first.isoformat(), last.isoformat(), min_employees),
    ).fetchall()
