"""`report notice`: the weekly 通报, from the week report and the week's visits and demands."""

from __future__ import annotations

import sqlite3
from datetime import date

from visitlog.domain.notice import Notice, build_notice
from visitlog.service.summary import demand_figures
from visitlog.service.week import week_report
from visitlog.store import annual


def weekly_notice(conn: sqlite3.Connection, week: str, today: date) -> Notice:
    """The federation's week: its report (every officer), and the visits' outcomes and the
    demands raised from Monday to the as-of date; demands overdue on the as-of date."""
    report = week_report(conn, week, today, None)
    visits, enterprises, outcomes = annual.visit_totals(conn, report.start, report.as_of)
    figures = demand_figures(conn, report.start, report.as_of, report.as_of)
    raised, overdue = (figures.raised, figures.overdue) if figures else (0, 0)
    return build_notice(report, visits, enterprises, outcomes, raised, overdue)
