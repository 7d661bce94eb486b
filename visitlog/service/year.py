"""The year report (SPEC `report year`): weeks met/due, six-ones progress, role counts.

Weeks follow ISO week-year Y (through the current week, which counts only once met); the
rest follows calendar year Y up to its as-of date. The week rules are service/week.py's.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from visitlog.domain.dates import week_start
from visitlog.domain.models import Officer
from visitlog.domain.rules import WeekFact
from visitlog.domain.sixones import active_share, progress
from visitlog.domain.vocab import ROLE_KEYS
from visitlog.domain.year_report import (  # noqa: F401 - the report's records
    OfficerYear,
    YearPeriod,
    YearReport,
    part_year_dates,
    year_period,
)
from visitlog.service.met_weeks import year_weeks
from visitlog.service.rulebook import load_rulebook
from visitlog.service.targets import targets_for_officers
from visitlog.service.week import WeekCalendar, officers_week_facts
from visitlog.store import achievements as achievement_store
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
    cal = WeekCalendar(load_rulebook(conn))
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


def year_weeks_of(conn: sqlite3.Connection, period: YearPeriod, officers: list[Officer],
                  dept: str | None, cal: WeekCalendar | None = None
                  ) -> dict[int, tuple[int, int]]:
    """officer id -> (weeks met, weeks due) of ISO week-year Y, from the met_weeks bits."""
    if not period.has_weeks:
        return {o.id: (0, 0) for o in officers}
    not_met_yet = None
    if period.last_week == period.current_week:
        # with --as-of, visits later in the week in progress have not happened yet
        met = annual.officers_with_visits(conn, period.current_week, period.today)
        not_met_yet = {o.id for o in officers} - met
    return year_weeks(conn, officers, period.year, period.last_week, period.current_week,
                      cal or WeekCalendar(load_rulebook(conn)), dept is None, not_met_yet)


def guessed_years_of(period: YearPeriod, cal: WeekCalendar) -> tuple[int, ...]:
    """The years whose guessed calendar the report's weeks (W01 through its last) rest on."""
    if not period.has_weeks:
        return ()
    return cal.guessed_years(week_start(period.first_week),
                             week_start(period.last_week) + timedelta(days=6))


def year_report(conn: sqlite3.Connection, period: YearPeriod, dept: str | None) -> YearReport:
    officers = year_officers(conn, period, dept)
    cal = WeekCalendar(load_rulebook(conn))
    weeks = year_weeks_of(conn, period, officers, dept, cal)
    ids = None if dept is None else [o.id for o in officers]
    done = achievement_store.done_by_officer(conn, period.start, period.as_of, ids)
    default, own = targets_for_officers(conn, period.year)
    roles = annual.roles_by_officer(conn, period.start, period.as_of)
    rows = []
    for officer in officers:
        met, due = weeks[officer.id]
        rows.append(OfficerYear(
            officer.id, officer.name, officer.dept, met, due,
            progress(done.get(officer.id, {}), own.get(officer.id), default, period.as_of,
                     active_share(officer.since, officer.retired_on, period.year,
                                  period.as_of)),
            roles.get(officer.id, dict.fromkeys(ROLE_KEYS, 0)),
            *part_year_dates(officer.since, officer.retired_on, period.year),
        ))
    return YearReport(period.year, period.as_of, rows, guessed_years_of(period, cal))
