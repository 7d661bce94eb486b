"""Coverage of the enterprises (SPEC `report coverage`): last visit, visits, officers."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.errors import Invalid
from visitlog.domain.year_report import SORTS, Coverage, EnterpriseCoverage  # noqa: F401 - the report's records
from visitlog.store import annual


def coverage_report(conn: sqlite3.Connection, today: date, since: date | None, never: bool,
                    sort: str, officer_id: int | None = None) -> Coverage:
    """Every enterprise; `since` keeps those not visited on or after it, `never` the unvisited.

    With `officer_id` (a --officer filter) the visits are that officer's alone, and the list
    keeps the enterprises they visited (with `never`: those they never visited); the summary
    still counts every enterprise, so `visited` is how many of them the officer covered."""
    if sort not in SORTS:
        raise Invalid("coverage.bad_sort", sort=sort, sorts=", ".join(SORTS))
    names = annual.officer_names(conn)
    rows = [
        EnterpriseCoverage(name, town, date.fromisoformat(last) if last else None, visits,
                           sorted(names[int(i)] for i in officers.split(",")) if officers
                           else [])
        for name, town, last, visits, officers in annual.coverage(conn, officer_id)
    ]
    total, visited = len(rows), sum(1 for r in rows if r.visits)
    if never:
        rows = [r for r in rows if not r.visits]
    elif officer_id is not None:
        rows = [r for r in rows if r.visits]
    if since is not None:
        rows = [r for r in rows if r.last_visit is None or r.last_visit < since]
    rows = _sorted(rows, sort)
    return Coverage(today, since, never, rows, total, visited)


def _sorted(rows: list[EnterpriseCoverage], sort: str) -> list[EnterpriseCoverage]:
    """Rows arrive ordered by pinyin; these sorts are stable on top of that."""
    if sort == "town":
        return sorted(rows, key=lambda r: (r.town is None, r.town or ""))
    if sort == "last":  # longest unvisited first
        return sorted(rows, key=lambda r: (r.last_visit is not None, r.last_visit or date.min))
    if sort == "visits":
        return sorted(rows, key=lambda r: r.visits)
    return rows
