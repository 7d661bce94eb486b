"""`--officer` on listings and reports (SPEC: "On listings and reports `--officer` is a
filter; without it they cover every officer").

The week, year and heatmap reports are the ones of the officer's department (the cheapest
report holding their row), kept to that officer's row; a week report's summary then counts
that officer alone. Other reports take the officer from `officer_filter` and count only
their rows (README, "--officer on listings and reports").
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from visitlog.domain.errors import Invalid
from visitlog.domain.rules import rate
from visitlog.service.names import resolve_officer
from visitlog.store import officers as officer_store

if TYPE_CHECKING:
    from visitlog.domain.models import Officer
    from visitlog.service.heatmap import Heatmap
    from visitlog.service.week import WeekReport
    from visitlog.service.year import YearReport


def officer_filter(conn: sqlite3.Connection, text: str | None) -> Officer | None:
    """The officer a --officer filter names, resolved like every name (None: not given, so
    every officer); `--officer ""` names nobody and is refused."""
    officer_id = officer_filter_id(conn, text)
    return None if officer_id is None else officer_store.get_officer(conn, officer_id)


def officer_filter_id(conn: sqlite3.Connection, text: str | None) -> int | None:
    """officer_filter's officer, by id."""
    return None if text is None else resolve_officer(conn, text)[0]


def report_scope(conn: sqlite3.Connection, dept: str | None, officer: str | None
                 ) -> tuple[str | None, str | None]:
    """(department, officer's full name) a report given --dept and --officer is kept to:
    the department resolved, and with --officer that officer's (None: not given)."""
    from visitlog.service.names import resolve_dept

    dept = resolve_dept(conn, dept)
    if officer is None:
        return dept, None
    name, dept = officer_scope(conn, officer, dept)
    return dept, name


def officer_scope(conn: sqlite3.Connection, text: str, dept: str | None) -> tuple[str, str]:
    """(full name, department) of the officer a report is kept to; a --dept given beside
    --officer must be that officer's."""
    officer = officer_store.get_officer(conn, resolve_officer(conn, text)[0])
    if dept is not None and dept != officer.dept:
        raise Invalid("report.officer_not_in_dept", officer=officer.name, dept=dept,
                      own=officer.dept)
    return officer.name, officer.dept


def week_of(report: WeekReport, name: str) -> WeekReport:
    rows = [row for row in report.officers if row.officer == name]
    due = sum(row.due for row in rows)
    met = sum(row.due and row.met for row in rows)
    summary = report.summary._replace(officers=len(rows), due=due, met=met,
                                      rate=rate(met, due))
    return report._replace(officers=rows, summary=summary)  # NamedTuples (service/week)


def year_of(report: YearReport, name: str) -> YearReport:
    from dataclasses import replace  # (the year report and the heatmap are dataclasses)

    return replace(report, officers=[row for row in report.officers if row.officer == name])


def heatmap_of(report: Heatmap, name: str) -> Heatmap:
    from dataclasses import replace

    return replace(report, rows=[row for row in report.rows if row.officer == name])
