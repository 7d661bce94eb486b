"""The year report (SPEC `report year`): weeks met/due, six-ones progress, role counts.

Weeks follow ISO week-year Y (through the current week, which counts only once met); the
rest follows calendar year Y up to its as-of date. The report reads its facts in one store
call (store/annual.read_year) and computes them in domain/year_figures.py; `week_facts` gives
the heatmap its weeks one by one.
"""

from __future__ import annotations

import sqlite3

from visitlog.domain.models import Officer
from visitlog.domain.rules import WeekFact
from visitlog.domain.year_figures import year_report_of
from visitlog.domain.year_report import (  # noqa: F401 - the report's records
    OfficerYear,
    YearPeriod,
    YearReport,
    part_year_dates,
    year_period,
)
from visitlog.service.rulebook import load_calendar, rulebook_of, work_calendar
from visitlog.service.week import officers_week_facts
from visitlog.store import annual
from visitlog.store import officers as officer_store


def year_officers(conn: sqlite3.Connection, period: YearPeriod, dept: str | None
                  ) -> list[Officer]:
    """Every officer active on at least one day of year Y up to its as-of date."""
    return officer_store.active_officers(conn, period.start, period.as_of, dept)


def week_facts(conn: sqlite3.Connection, period: YearPeriod, officers: list[Officer],
               dept: str | None) -> dict[int, list[WeekFact]]:
    """Each officer's facts over the weeks of ISO week-year Y up to the current week."""
    if not period.has_weeks:
        return {o.id: [] for o in officers}
    cal = load_calendar(conn)
    ids = None if dept is None else [o.id for o in officers]
    facts = officers_week_facts(conn, officers, period.first_week, period.last_week, cal, ids)
    if period.last_week == period.current_week:
        # with --as-of, visits later in the week in progress have not happened yet
        met = annual.officers_with_visits(conn, period.current_week, period.today)
        for officer_id, officer_facts in facts.items():
            newest = officer_facts[0]
            if newest.met and officer_id not in met:
                officer_facts[0] = WeekFact(newest.week, newest.due, False)
    return facts


def year_report(conn: sqlite3.Connection, period: YearPeriod, dept: str | None) -> YearReport:
    """The year's report: its facts read in one store call, then domain/year_figures.py."""
    facts = annual.read_year(conn, period, dept)
    cal = work_calendar(rulebook_of(facts.settings, facts.calendar_entries))
    return year_report_of(facts, cal, period)
