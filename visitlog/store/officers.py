"""Officers and their leave."""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import lru_cache, partial

from visitlog.domain.models import Leave, Officer


def _officer(row: tuple) -> Officer:
    return Officer(
        id=row[0], name=row[1], dept=row[2], since=date.fromisoformat(row[3]),
        retired_on=date.fromisoformat(row[4]) if row[4] else None,
    )


_COLUMNS = "id, name, dept, since, retired_on"


def insert_officer(
    conn: sqlite3.Connection, name: str, dept: str, since: date, keys: tuple[str, str]
) -> int:
    cur = conn.execute(
        "INSERT INTO officers (name, dept, since, pinyin, initials) VALUES (?, ?, ?, ?, ?)",
        (name, dept, since.isoformat(), keys[0], keys[1]),
    )
    return int(cur.lastrowid or 0)


def get_officer(conn: sqlite3.Connection, officer_id: int) -> Officer:
    row = conn.execute(f"SELECT {_COLUMNS} FROM officers WHERE id = ?", (officer_id,)).fetchone()
    return _officer(row)


def officer_id_by_name(conn: sqlite3.Connection, name: str) -> int | None:
    row = conn.execute("SELECT id FROM officers WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def count_officers(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM officers").fetchone()[0])


def officer_ids_by_name(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT name, id FROM officers"))


def find_officers(conn: sqlite3.Connection, stage: str, text: str, limit: int) -> list[tuple]:
    """Candidates (id, name) for one stage of name resolution (see visitlog.domain.match)."""
    if stage == "exact":
        sql, args = "SELECT id, name FROM officers WHERE name = ?", (text,)
    elif stage == "substring":
        sql, args = "SELECT id, name FROM officers WHERE instr(name, ?) > 0", (text,)
    elif stage == "pinyin_exact":
        sql = "SELECT id, name FROM officers WHERE pinyin = ? OR initials = ?"
        args = (text, text)
    elif stage == "pinyin":
        sql = "SELECT id, name FROM officers WHERE instr(pinyin, ?) > 0 OR instr(initials, ?) > 0"
        args = (text, text)
    else:
        return []
    return conn.execute(f"{sql} ORDER BY name LIMIT ?", (*args, limit)).fetchall()


def list_officers(
    conn: sqlite3.Connection, dept: str | None = None, include_retired: bool = True
) -> list[Officer]:
    sql = f"SELECT {_COLUMNS} FROM officers WHERE (? IS NULL OR dept = ?)"
    if not include_retired:
        sql += " AND retired_on IS NULL"
    rows = conn.execute(sql + " ORDER BY dept, pinyin, name", (dept, dept))
    return [_officer(r) for r in rows]


def departments(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT DISTINCT dept FROM officers ORDER BY dept")]


def active_officers(
    conn: sqlite3.Connection, first: date, last: date, dept: str | None = None
) -> list[Officer]:
    """Officers active on at least one day of [first, last] (since ≤ day < retired_on)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM officers WHERE since <= ? "
        "AND (retired_on IS NULL OR retired_on > ?) AND (? IS NULL OR dept = ?) "
        "ORDER BY dept, pinyin, name",
        (last.isoformat(), first.isoformat(), dept, dept),
    )
    day = lru_cache(maxsize=None)(date.fromisoformat)  # 10,000 officers share few dates
    new = partial(tuple.__new__, Officer)  # Officer._make without its Python-level call
    return [new((i, name, dept, day(since), day(retired) if retired else None))
            for i, name, dept, since, retired in rows]


def count_active(conn: sqlite3.Connection, first: date, last: date) -> int:
    """How many officers active_officers would list (without building them)."""
    return conn.execute(
        "SELECT count(*) FROM officers WHERE since <= ? AND (retired_on IS NULL OR retired_on > ?)",
        (last.isoformat(), first.isoformat()),
    ).fetchone()[0]


def set_retired(conn: sqlite3.Connection, officer_id: int, on: date | None) -> None:
    conn.execute(
        "UPDATE officers SET retired_on = ? WHERE id = ?",
        (on.isoformat() if on else None, officer_id),
    )


def insert_leave(
    conn: sqlite3.Connection, officer_id: int, start: date, end: date, reason: str
) -> int | None:
    """Insert a leave; None when the same (officer, from, to) is already there."""
    cur = conn.execute(
        'INSERT OR IGNORE INTO leaves (officer_id, start, "end", reason) VALUES (?, ?, ?, ?)',
        (officer_id, start.isoformat(), end.isoformat(), reason),
    )
    return int(cur.lastrowid) if cur.rowcount else None


def list_leaves(conn: sqlite3.Connection, officer_id: int | None = None) -> list[Leave]:
    rows = conn.execute(
        'SELECT l.id, o.name, l.start, l."end", l.reason FROM leaves l '
        "JOIN officers o ON o.id = l.officer_id WHERE (? IS NULL OR l.officer_id = ?) "
        "ORDER BY l.start, o.name",
        (officer_id, officer_id),
    )
    return [
        Leave(r[0], r[1], date.fromisoformat(r[2]), date.fromisoformat(r[3]), r[4]) for r in rows
    ]


def leaves_by_officer(conn: sqlite3.Connection, first: date | None = None,
                      last: date | None = None) -> dict[int, list[tuple[date, date]]]:
    """officer_id -> (start, end) of every leave touching [first, last] (every leave when no
    bounds are given)."""
    if first is None or last is None:
        rows = conn.execute('SELECT officer_id, start, "end" FROM leaves')
    else:
        rows = conn.execute(
            'SELECT officer_id, start, "end" FROM leaves WHERE "end" >= ? AND start <= ?',
            (first.isoformat(), last.isoformat()),
        )
    leaves: dict[int, list[tuple[date, date]]] = {}
    for officer_id, start, end in rows:
        leaves.setdefault(officer_id, []).append((date.fromisoformat(start),
                                                  date.fromisoformat(end)))
    return leaves


def update_officer(conn: sqlite3.Connection, officer_id: int, name: str, dept: str, since: date,
                   keys: tuple[str, str]) -> None:
    conn.execute(
        "UPDATE officers SET name = ?, dept = ?, since = ?, pinyin = ?, initials = ? WHERE id = ?",
        (name, dept, since.isoformat(), keys[0], keys[1], officer_id),
    )


def pinyin_of(conn: sqlite3.Connection, officer_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT pinyin, initials FROM officers WHERE id = ?",
                       (officer_id,)).fetchone()
    return row[0] or "", row[1] or ""


def get_leave(conn: sqlite3.Connection, leave_id: int) -> Leave | None:
    row = conn.execute(
        'SELECT l.id, o.name, l.start, l."end", l.reason FROM leaves l '
        "JOIN officers o ON o.id = l.officer_id WHERE l.id = ?", (leave_id,)).fetchone()
    if row is None:
        return None
    return Leave(row[0], row[1], date.fromisoformat(row[2]), date.fromisoformat(row[3]), row[4])


def update_leave(conn: sqlite3.Connection, leave_id: int, start: date, end: date,
                 reason: str) -> bool:
    """False when another leave of the officer has the same dates (its identity)."""
    clash = conn.execute(
        'SELECT 1 FROM leaves WHERE start = ? AND "end" = ? AND id <> ? AND officer_id = '
        "(SELECT officer_id FROM leaves WHERE id = ?)",
        (start.isoformat(), end.isoformat(), leave_id, leave_id)).fetchone()
    if clash:
        return False
    conn.execute('UPDATE leaves SET start = ?, "end" = ?, reason = ? WHERE id = ?',
                 (start.isoformat(), end.isoformat(), reason, leave_id))
    return True


def delete_leave(conn: sqlite3.Connection, leave_id: int) -> None:
    conn.execute("DELETE FROM leaves WHERE id = ?", (leave_id,))


def active_or_practising(conn: sqlite3.Connection, first: date, last: date,
                         dept: str | None = None) -> list[Officer]:
    """Officers active on at least one day of [first, last], and those with a practice day
    logged in it although not active then (a late entry is real: the report shows it)."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM officers WHERE ((since <= ? "
        "AND (retired_on IS NULL OR retired_on > ?)) OR id IN (SELECT officer_id FROM "
        "practice_days WHERE date BETWEEN ? AND ?)) AND (? IS NULL OR dept = ?) "
        "ORDER BY dept, pinyin, name",
        (last.isoformat(), first.isoformat(), first.isoformat(), last.isoformat(), dept, dept),
    )
    return [_officer(r) for r in rows]
