"""`report demands`: the year's demand ledger in figures, overall, by category and by dept."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.errors import Invalid
from visitlog.service.demands import rate_of
from visitlog.store import demands as store

FIGURES = ("raised", "resolved", "resolved_on_time", "overdue", "escalated", "rated")


def _figures(counts: dict[str, int]) -> dict:
    out: dict = {key: counts[key] for key in FIGURES}
    out["satisfaction_rate"] = rate_of(counts)
    out["ratings"] = {
        "very_satisfied": counts["very_satisfied"], "satisfied": counts["satisfied_rating"],
        "basic": counts["basic"], "unsatisfied": counts["unsatisfied"],
    }
    return out


def demand_report(conn: sqlite3.Connection, year: int, today: date,
                  officer_id: int | None = None) -> dict:
    """Demands raised in calendar year `year` up to its as-of date (today, or 31 December of
    a past year): what happened to them as of today. Overdue ones are listed longest overdue
    first. With `officer_id`, only that officer's demands (heard by them or raised on their
    visits)."""
    if year > today.year:
        raise Invalid("demand.future_year", year=year)
    first = date(year, 1, 1)
    as_of = min(today, date(year, 12, 31))
    total = store.demand_counts(conn, first, as_of, today, officer_id=officer_id)
    report: dict = {"year": year, "from": first.isoformat(), "as_of": as_of.isoformat()}
    report.update(_figures(total[0][1] if total else dict.fromkeys(store.COUNT_KEYS, 0)))
    overdue = store.list_demands(conn, {"overdue_before": today, "first": first, "last": as_of,
                                        "officer_id": officer_id})
    overdue.sort(key=lambda d: (d.due, d.raised, d.id))
    report["overdue_demands"] = [
        {"id": d.id, "enterprise": d.enterprise, "category": d.category, "officer": d.officer,
         "raised": d.raised.isoformat(), "due": d.due.isoformat(),
         "days_overdue": (today - d.due).days, "status": d.status, "assigned_to": d.assigned_to}
        for d in overdue
    ]
    names = {c.key: c.zh for c in store.list_categories(conn)}
    report["by_category"] = [
        {"category": key, "name": names.get(key, key), **_figures(counts)}
        for key, counts in store.demand_counts(conn, first, as_of, today, "category", officer_id)
    ]
    report["by_dept"] = [
        {"dept": key or None, **_figures(counts)}
        for key, counts in store.demand_counts(conn, first, as_of, today, "dept", officer_id)
    ]
    return report
