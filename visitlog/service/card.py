"""One officer's card (SPEC `report officer`): weeks, streak, six ones, roles, enterprises."""

from __future__ import annotations

import sqlite3

from visitlog.domain.dates import week_key
from visitlog.domain.models import Officer
from visitlog.domain.rules import Availability, streak, year_to_date
from visitlog.domain.sixones import active_share, progress
from visitlog.domain.year_report import OfficerCard  # noqa: F401 - the report's records
from visitlog.service.names import resolve_officer
from visitlog.service.rulebook import load_calendar
from visitlog.service.targets import targets_for_officers
from visitlog.service.week import officers_week_facts
from visitlog.service.year import YearPeriod
from visitlog.store import achievements as achievement_store
from visitlog.store import annual
from visitlog.store import officers as officer_store
from visitlog.store import visits as visit_store

RECENT_VISITS = 5


def officer_card(conn: sqlite3.Connection, name: str, period: YearPeriod) -> OfficerCard:
    officer = officer_store.get_officer(conn, resolve_officer(conn, name)[0])
    met, due, run = _weeks(conn, officer, period)
    done = achievement_store.done_by_officer(conn, period.start, period.as_of, [officer.id])
    default, own = targets_for_officers(conn, period.year)
    return OfficerCard(
        officer, period.year, period.as_of, met, due, run,
        progress(done.get(officer.id, {}), own.get(officer.id), default, period.as_of,
                 active_share(officer.since, officer.retired_on, period.year, period.as_of)),
        annual.officer_roles(conn, officer.id, period.start, period.as_of),
        annual.officer_enterprises(conn, officer.id, period.start, period.as_of),
        visit_store.list_visits(conn, officer.id, None, period.start, period.as_of,
                                RECENT_VISITS),
        # a year the officer was not active in is all zeros: the card says so, not "behind"
        Availability(officer.since, officer.retired_on).is_active_within(period.start,
                                                                         period.as_of),
    )


def _weeks(conn: sqlite3.Connection, officer: Officer, period: YearPeriod
           ) -> tuple[int, int, int]:
    """(weeks met, weeks due) of ISO week-year Y, and the streak back from its last week."""
    if not period.has_weeks:
        return 0, 0, 0
    cal = load_calendar(conn)
    first = min(week_key(officer.since), period.first_week)
    facts = officers_week_facts(conn, [officer], first, period.last_week, cal,
                                [officer.id])[officer.id]
    met, due = year_to_date((f for f in facts if f.week >= period.first_week),
                            period.current_week)
    return met, due, streak(facts, period.current_week)
