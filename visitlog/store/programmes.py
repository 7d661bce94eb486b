"""SQL for the other programmes: practice days, campaigns, interviews, assignments."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from visitlog.domain.programme_reports import Campaign, NewInterview  # noqa: F401 - records

# -- practice days ---------------------------------------------------------------------------


def insert_practice_day(conn: sqlite3.Connection, officer_id: int, day: date, kind: str,
                        enterprise_id: int | None, note: str) -> int | None:
    """None when the officer already logged that kind of day on that date."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO practice_days (officer_id, date, kind, enterprise_id, note) "
        "VALUES (?, ?, ?, ?, ?)",
        (officer_id, day.isoformat(), kind, enterprise_id, note),
    )
    return int(cur.lastrowid or 0) if cur.rowcount else None


def practice_kinds(conn: sqlite3.Connection, first: date, last: date) -> dict[tuple[int, str], set]:
    """(officer_id, YYYY-MM) -> the kinds of day done, for days within [first, last]."""
    rows = conn.execute(
        "SELECT DISTINCT officer_id, substr(date, 1, 7), kind FROM practice_days "
        "WHERE date BETWEEN ? AND ?",
        (first.isoformat(), last.isoformat()),
    )
    kinds: dict[tuple[int, str], set] = {}
    for officer_id, month, kind in rows:
        kinds.setdefault((officer_id, month), set()).add(kind)
    return kinds


# -- campaigns -------------------------------------------------------------------------------

_CAMPAIGN = 'SELECT id, name, start, "end", target, max_age FROM campaigns'


def _campaign(row: tuple) -> Campaign:
    return Campaign(row[0], row[1], date.fromisoformat(row[2]), date.fromisoformat(row[3]),
                    row[4], row[5])


def insert_campaign(conn: sqlite3.Connection, name: str, start: date, end: date, target: int,
                    max_age: int | None) -> int | None:
    cur = conn.execute(
        'INSERT OR IGNORE INTO campaigns (name, start, "end", target, max_age) '
        "VALUES (?, ?, ?, ?, ?)",
        (name, start.isoformat(), end.isoformat(), target, max_age),
    )
    return int(cur.lastrowid or 0) if cur.rowcount else None


def get_campaign(conn: sqlite3.Connection, campaign_id: int) -> Campaign:
    return _campaign(conn.execute(f"{_CAMPAIGN} WHERE id = ?", (campaign_id,)).fetchone())


def list_campaigns(conn: sqlite3.Connection, officer_id: int | None = None
                   ) -> list[tuple[Campaign, int, int]]:
    """Every campaign with its number of points and of interviewed workers (with
    `officer_id`, those that officer logged)."""
    rows = conn.execute(
        'SELECT c.id, c.name, c.start, c."end", c.target, c.max_age, '
        "(SELECT count(*) FROM campaign_points p WHERE p.campaign_id = c.id), "
        "(SELECT coalesce(sum(count), 0) FROM interviews i WHERE i.campaign_id = c.id "
        'AND i.date BETWEEN c.start AND c."end" AND (:officer IS NULL OR i.officer_id = :officer)) '
        "FROM campaigns c ORDER BY c.start, c.name", {"officer": officer_id}
    )
    return [(_campaign(r[:6]), r[6], r[7]) for r in rows]


def find_campaigns(conn: sqlite3.Connection, stage: str, text: str, limit: int) -> list[tuple]:
    if stage == "exact":
        sql = "SELECT id, name FROM campaigns WHERE name = ?"
    elif stage == "substring":
        sql = "SELECT id, name FROM campaigns WHERE instr(name, ?) > 0"
    else:
        return []
    return conn.execute(f"{sql} ORDER BY name LIMIT ?", (text, limit)).fetchall()


def insert_point(conn: sqlite3.Connection, campaign_id: int, name: str,
                 town: str | None) -> int | None:
    cur = conn.execute(
        "INSERT OR IGNORE INTO campaign_points (campaign_id, name, town) VALUES (?, ?, ?)",
        (campaign_id, name, town),
    )
    return int(cur.lastrowid or 0) if cur.rowcount else None


def point_ids_by_name(conn: sqlite3.Connection, campaign_id: int) -> dict[str, int]:
    return dict(conn.execute(
        "SELECT name, id FROM campaign_points WHERE campaign_id = ?", (campaign_id,)))


def find_points(conn: sqlite3.Connection, campaign_id: int, stage: str, text: str,
                limit: int) -> list[tuple]:
    if stage == "exact":
        sql = "SELECT id, name FROM campaign_points WHERE campaign_id = ? AND name = ?"
    elif stage == "substring":
        sql = "SELECT id, name FROM campaign_points WHERE campaign_id = ? AND instr(name, ?) > 0"
    else:
        return []
    return conn.execute(f"{sql} ORDER BY name LIMIT ?", (campaign_id, text, limit)).fetchall()


def insert_interviews(conn: sqlite3.Connection, interviews: Iterable[NewInterview]) -> None:
    conn.executemany(
        "INSERT INTO interviews (campaign_id, point_id, date, count, grp, online, officer_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        ((i.campaign_id, i.point_id, i.date.isoformat(), i.count, i.group, int(i.online),
          i.officer_id) for i in interviews),
    )


def interview_keys(conn: sqlite3.Connection, campaign_id: int) -> dict[tuple, int]:
    """(point_id, date, count, group, online) -> how many such entries are logged."""
    rows = conn.execute(
        "SELECT point_id, date, count, grp, online, count(*) FROM interviews "
        "WHERE campaign_id = ? GROUP BY point_id, date, count, grp, online",
        (campaign_id,),
    )
    return {tuple(r[:5]): r[5] for r in rows}


def campaign_totals(conn: sqlite3.Connection, campaign: Campaign, as_of: date,
                    officer_id: int | None = None) -> dict:
    """Sums of interviews dated from the campaign's start through `as_of` (with
    `officer_id`, those that officer logged)."""
    args = (campaign.id, campaign.start.isoformat(), as_of.isoformat(), officer_id, officer_id)
    where = ("WHERE i.campaign_id = ? AND i.date BETWEEN ? AND ? "
             "AND (? IS NULL OR i.officer_id = ?)")
    online = dict(conn.execute(
        f"SELECT i.online, sum(i.count) FROM interviews i {where} GROUP BY i.online", args))
    groups = dict(conn.execute(
        f"SELECT i.grp, sum(i.count) FROM interviews i {where} GROUP BY i.grp", args))
    points = conn.execute(
        "SELECT p.name, p.town, coalesce(s.n, 0) FROM campaign_points p LEFT JOIN "
        f"(SELECT i.point_id, sum(i.count) AS n FROM interviews i {where} GROUP BY i.point_id) s "
        "ON s.point_id = p.id WHERE p.campaign_id = ? ORDER BY p.id",
        (*args, campaign.id),
    ).fetchall()
    return {"online": online, "groups": groups, "points": points}


# -- assignments -----------------------------------------------------------------------------


def insert_assignment(conn: sqlite3.Connection, officer_id: int, enterprise_id: int | None,
                      town: str | None) -> bool:
    cur = conn.execute(
        "INSERT OR IGNORE INTO assignments (officer_id, enterprise_id, town) VALUES (?, ?, ?)",
        (officer_id, enterprise_id, town),
    )
    return bool(cur.rowcount)


def clear_assignments(conn: sqlite3.Connection, officer_id: int) -> int:
    return conn.execute("DELETE FROM assignments WHERE officer_id = ?", (officer_id,)).rowcount


def town_exists(conn: sqlite3.Connection, town: str) -> bool:
    row = conn.execute("SELECT 1 FROM enterprises WHERE town = ? LIMIT 1", (town,)).fetchone()
    return row is not None


def known_towns(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT DISTINCT town FROM enterprises WHERE town IS NOT NULL "
                        "ORDER BY town LIMIT 30")
    return [r[0] for r in rows]


def list_assignments(conn: sqlite3.Connection, officer_id: int | None) -> list[tuple]:
    """(officer, dept, 'enterprise'|'town', enterprise name or town) per assignment."""
    return conn.execute(
        "SELECT o.name, o.dept, CASE WHEN a.town IS NULL THEN 'enterprise' ELSE 'town' END, "
        "coalesce(e.name, a.town) FROM assignments a JOIN officers o ON o.id = a.officer_id "
        "LEFT JOIN enterprises e ON e.id = a.enterprise_id WHERE (? IS NULL OR a.officer_id = ?) "
        "ORDER BY o.dept, o.pinyin, o.name, a.town IS NOT NULL, coalesce(e.name, a.town)",
        (officer_id, officer_id),
    ).fetchall()


def assigned_enterprises(conn: sqlite3.Connection, officer_id: int | None,
                         as_of: date) -> list[tuple]:
    """(officer_id, enterprise, town, via, last visit by anyone up to as_of) per assignment.

    An enterprise assigned both directly and via its town is listed once, as direct.
    """
    return conn.execute(
        "WITH assigned AS ("
        " SELECT a.officer_id, a.enterprise_id, 'enterprise' AS via FROM assignments a"
        " WHERE a.enterprise_id IS NOT NULL AND (:o IS NULL OR a.officer_id = :o)"
        " UNION ALL SELECT a.officer_id, e.id, 'town' FROM assignments a"
        " JOIN enterprises e ON e.town = a.town"
        " WHERE a.town IS NOT NULL AND (:o IS NULL OR a.officer_id = :o)),"
        " picked AS (SELECT officer_id, enterprise_id, min(via) AS via FROM assigned"
        " GROUP BY officer_id, enterprise_id)"
        " SELECT p.officer_id, e.name, e.town, p.via,"
        " (SELECT max(v.date) FROM visits v WHERE v.enterprise_id = p.enterprise_id"
        "  AND v.date <= :d)"
        " FROM picked p JOIN enterprises e ON e.id = p.enterprise_id"
        " ORDER BY p.officer_id, e.town, e.name",
        {"o": officer_id, "d": as_of.isoformat()},
    ).fetchall()
