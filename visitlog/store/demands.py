"""Demands, their categories and their history (demand_events)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from visitlog.domain.demand_models import Category, Demand, DemandEvent, NewDemand

_SELECT = (
    "SELECT d.id, d.text, e.name, o.name, o.dept, d.category, d.raised, d.due, d.status, "
    "d.assigned_to, d.escalated, d.resolved_on, d.resolution, d.satisfaction, d.visit_id, "
    "d.reception_id, c.zh FROM demands d JOIN enterprises e ON e.id = d.enterprise_id "
    "LEFT JOIN officers o ON o.id = d.officer_id "
    "LEFT JOIN demand_categories c ON c.key = d.category"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _demand(row: tuple) -> Demand:
    return Demand(
        id=row[0], text=row[1], enterprise=row[2], officer=row[3], dept=row[4], category=row[5],
        raised=date.fromisoformat(row[6]), due=date.fromisoformat(row[7]), status=row[8],
        assigned_to=row[9], escalated=bool(row[10]), resolved_on=_day(row[11]),
        resolution=row[12], satisfaction=row[13], visit_id=row[14], reception_id=row[15],
        category_name=row[16] or row[5],
    )


# -- categories -----------------------------------------------------------------------------


def list_categories(conn: sqlite3.Connection) -> list[Category]:
    rows = conn.execute("SELECT key, zh, days FROM demand_categories ORDER BY days, key")
    return [Category(*row) for row in rows]


def put_category(conn: sqlite3.Connection, category: Category) -> None:
    conn.execute(
        "INSERT INTO demand_categories (key, zh, days) VALUES (?, ?, ?) "
        "ON CONFLICT (key) DO UPDATE SET zh = excluded.zh, days = excluded.days",
        (category.key, category.zh, category.days),
    )


# -- demands --------------------------------------------------------------------------------


def insert_demand(conn: sqlite3.Connection, new: NewDemand) -> int:
    cur = conn.execute(
        "INSERT INTO demands (text, enterprise_id, officer_id, visit_id, reception_id, category, "
        "raised, due, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')",
        (new.text, new.enterprise_id, new.officer_id, new.visit_id, new.reception_id,
         new.category, new.raised.isoformat(), new.due.isoformat()),
    )
    return int(cur.lastrowid or 0)


def get_demand(conn: sqlite3.Connection, demand_id: int) -> Demand | None:
    row = conn.execute(f"{_SELECT} WHERE d.id = ?", (demand_id,)).fetchone()
    return _demand(row) if row else None


def update_demand(conn: sqlite3.Connection, demand_id: int, **fields: Any) -> None:
    """Set the given columns (names come from the service, never from the user)."""
    sets = ", ".join(f"{name} = :{name}" for name in fields)
    values = {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}
    conn.execute(f"UPDATE demands SET {sets} WHERE id = :_id", {**values, "_id": demand_id})


def unlink_visit(conn: sqlite3.Connection, visit_id: int) -> None:
    """Demands heard on a visit being deleted stay, without the link (as achievements do)."""
    conn.execute("UPDATE demands SET visit_id = NULL WHERE visit_id = ?", (visit_id,))


def add_event(conn: sqlite3.Connection, demand_id: int, event: DemandEvent) -> None:
    conn.execute(
        "INSERT INTO demand_events (demand_id, at, action, from_status, to_status, detail, "
        "officer) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (demand_id, event.at.isoformat(), event.action, event.from_status, event.to_status,
         event.detail, event.officer),
    )


def list_events(conn: sqlite3.Connection, demand_id: int) -> list[DemandEvent]:
    rows = conn.execute(
        "SELECT at, action, from_status, to_status, detail, officer FROM demand_events "
        "WHERE demand_id = ? ORDER BY id", (demand_id,),
    )
    return [DemandEvent(date.fromisoformat(r[0]), *r[1:]) for r in rows]


def last_event_day(conn: sqlite3.Connection, demand_id: int) -> date | None:
    row = conn.execute("SELECT max(at) FROM demand_events WHERE demand_id = ?",
                       (demand_id,)).fetchone()
    return _day(row[0])


# A demand is an officer's when they heard it (its officer) or it was raised on one of their
# visits: a clerk typing demands heard on someone's visit does not take them over.
_OF_OFFICER = (
    "(:officer_id IS NULL OR d.officer_id = :officer_id OR EXISTS (SELECT 1 FROM visits v "
    "WHERE v.id = d.visit_id AND v.officer_id = :officer_id))"
)


def list_demands(conn: sqlite3.Connection, filters: dict[str, Any]) -> list[Demand]:
    """Demands, oldest first; filters: status, category, enterprise_id, officer_id (heard by
    them or raised on their visits), overdue_before (a date: only overdue ones as of that
    day), first/last (raised)."""
    params = {k: filters.get(k) for k in ("status", "category", "enterprise_id", "officer_id")}
    params["today"] = _iso(filters.get("overdue_before"))
    params["first"] = _iso(filters.get("first"))
    params["last"] = _iso(filters.get("last"))
    sql = (
        f"{_SELECT} WHERE (:status IS NULL OR d.status = :status) "
        "AND (:category IS NULL OR d.category = :category) "
        "AND (:enterprise_id IS NULL OR d.enterprise_id = :enterprise_id) "
        f"AND {_OF_OFFICER} "
        "AND (:today IS NULL OR (d.due < :today AND d.status NOT IN ('resolved', 'closed'))) "
        "AND (:first IS NULL OR d.raised >= :first) AND (:last IS NULL OR d.raised <= :last) "
        "ORDER BY d.raised, d.id"
    )
    return [_demand(r) for r in conn.execute(sql, params)]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, date) else None


_COUNTS = """
SELECT {group} AS grp,
    count(*),
    sum(d.status IN ('resolved', 'closed')),
    sum(d.status IN ('resolved', 'closed') AND d.resolved_on <= d.due),
    sum(d.due < :today AND d.status NOT IN ('resolved', 'closed')),
    sum(d.escalated),
    sum(d.satisfaction IS NOT NULL),
    sum(d.satisfaction IN ('very_satisfied', 'satisfied', 'basic')),
    sum(d.satisfaction = 'very_satisfied'),
    sum(d.satisfaction = 'satisfied'),
    sum(d.satisfaction = 'basic'),
    sum(d.satisfaction = 'unsatisfied')
FROM demands d {join}
WHERE d.raised BETWEEN :first AND :last AND {of_officer}
GROUP BY grp ORDER BY grp
"""
COUNT_KEYS = ("raised", "resolved", "resolved_on_time", "overdue", "escalated", "rated",
              "satisfied", "very_satisfied", "satisfied_rating", "basic", "unsatisfied")
_GROUPS = {"all": "''", "category": "d.category", "dept": "coalesce(o.dept, '')"}


def demand_counts(conn: sqlite3.Connection, first: date, last: date, today: date,
                  group: str = "all", officer_id: int | None = None
                  ) -> list[tuple[str, dict[str, int]]]:
    """Counts over demands raised in [first, last], grouped by `group` (all|category|dept);
    with `officer_id`, only that officer's demands (heard by them or on their visits)."""
    # the officers' departments only when grouping by them: the counts read one index otherwise
    join = "LEFT JOIN officers o ON o.id = d.officer_id" if group == "dept" else ""
    # without an officer, no visit lookup: the counts stay within the demands_figures index
    of_officer = "1" if officer_id is None else _OF_OFFICER
    sql = _COUNTS.format(group=_GROUPS[group], join=join, of_officer=of_officer)
    rows = conn.execute(sql, {
        "first": first.isoformat(), "last": last.isoformat(), "today": today.isoformat(),
        "officer_id": officer_id})
    return [(row[0], dict(zip(COUNT_KEYS, (int(v or 0) for v in row[1:]), strict=True)))
            for row in rows]
