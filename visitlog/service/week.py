"""The weekly progress report (SPEC `report week`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from visitlog.dates import week_key, week_start
from visitlog.errors import Invalid
from visitlog.models import Officer
from visitlog.rules import (
    Availability,
    WeekFact,
    available_days,
    counts_as_due,
    is_due,
    rate,
    year_to_date,
)
from visitlog.rules import streak as count_streak
from visitlog.service.rulebook import Rulebook, load_rulebook
from visitlog.store import officers as officer_store
from visitlog.store import weekly
from visitlog.vocab import mask_to_roles
from visitlog.workdays import working_days_of_week

# Streaks are first looked for this far back; longer ones are followed officer by officer.
STREAK_WINDOW_WEEKS = 26


@dataclass(frozen=True)
class OfficerWeek:
    officer: str
    dept: str
    due: bool
    met: bool
    visits: int
    enterprises: list[str]
    roles: list[str]
    streak: int
    ytd_met: int
    ytd_due: int
    available_days: int


@dataclass(frozen=True)
class WeekSummary:
    officers: int
    due: int
    met: int
    rate: float | None


@dataclass(frozen=True)
class WeekReport:
    week: str
    start: date
    end: date
    as_of: date
    holiday_week: bool
    official_workdays: int
    officers: list[OfficerWeek]
    summary: WeekSummary


class WeekCalendar:
    """Due-ness of weeks for officers, sharing one answer among the ordinary ones."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self._workdays: dict[str, tuple[date, ...]] = {}

    def workdays(self, week: str) -> tuple[date, ...]:
        if week not in self._workdays:
            self._workdays[week] = working_days_of_week(week_start(week), self.rulebook.calendar)
        return self._workdays[week]

    def due(self, week: str, availability: Availability | None) -> bool:
        """`availability` None means an officer active all week and not on leave."""
        days = self.workdays(week)
        count = len(days) if availability is None else available_days(days, availability)
        return is_due(count, self.rulebook.min_available_days)


def weeks_back(last: str, first: str) -> list[str]:
    """ISO week names from `last` back to `first`, newest first."""
    weeks, monday, stop = [], week_start(last), week_start(first)
    while monday >= stop:
        weeks.append(week_key(monday))
        monday -= timedelta(days=7)
    return weeks


def _facts(
    weeks: list[str], cal: WeekCalendar, availability: Availability | None, met: set[str]
) -> Iterator[WeekFact]:
    for week in weeks:
        yield WeekFact(week, cal.due(week, availability), week in met)


def week_report(conn: sqlite3.Connection, week: str, today: date, dept: str | None) -> WeekReport:
    current = week_key(today)
    if week > current:
        raise Invalid("week.future", week=week)
    monday = week_start(week)
    sunday = monday + timedelta(days=6)
    rulebook = load_rulebook(conn)
    cal = WeekCalendar(rulebook)
    officers = officer_store.active_officers(conn, monday, sunday, dept)
    ytd_first = f"{week[:4]}-W01"
    window_first = min(ytd_first, week_key(monday - timedelta(weeks=STREAK_WINDOW_WEEKS)))
    window = weeks_back(week, window_first)
    window_monday = week_start(window_first)
    ids = None if dept is None else [o.id for o in officers]
    met = weekly.met_weeks(conn, window_first, week, ids)
    leaves = _leaves_by_officer(conn, window_monday, sunday)
    this_week = weekly.visits_of_week(conn, week)
    rows = []
    for officer in officers:
        availability = _availability(officer, leaves.get(officer.id, ()), window_monday, sunday)
        officer_met = met.get(officer.id, set())
        facts = list(_facts(window, cal, availability, officer_met))
        ytd_met, ytd_due = year_to_date((f for f in facts if f.week >= ytd_first), current)
        streak = count_streak(facts, current)
        unbroken = streak == sum(counts_as_due(f.week, f.due, f.met, current) for f in facts)
        if unbroken and officer.since < window_monday:
            streak = _long_streak(conn, officer, week, cal, current)
        visits = this_week.get(officer.id, [])
        rows.append(_officer_week(officer, facts[0], visits, streak, ytd_met, ytd_due, cal, week,
                                  availability))
    due = sum(r.due for r in rows)
    met_count = sum(r.due and r.met for r in rows)
    return WeekReport(
        week=week, start=monday, end=sunday, as_of=min(today, sunday),
        holiday_week=len(cal.workdays(week)) < rulebook.min_available_days,
        official_workdays=len(cal.workdays(week)), officers=rows,
        summary=WeekSummary(len(rows), due, met_count, rate(met_count, due)),
    )


def _officer_week(
    officer: Officer, fact: WeekFact, visits: list[tuple[str, str, int]], streak: int,
    ytd_met: int, ytd_due: int, cal: WeekCalendar, week: str, availability: Availability | None,
) -> OfficerWeek:
    enterprises: list[str] = []
    mask = 0
    for _day, enterprise, roles in visits:
        mask |= roles
        if enterprise not in enterprises:
            enterprises.append(enterprise)
    days = cal.workdays(week)
    available = len(days) if availability is None else available_days(days, availability)
    return OfficerWeek(
        officer=officer.name, dept=officer.dept, due=fact.due, met=bool(visits),
        visits=len(visits), enterprises=enterprises, roles=mask_to_roles(mask), streak=streak,
        ytd_met=ytd_met, ytd_due=ytd_due, available_days=available,
    )


def _leaves_by_officer(
    conn: sqlite3.Connection, first: date, last: date
) -> dict[int, list[tuple[date, date]]]:
    leaves: dict[int, list[tuple[date, date]]] = {}
    for officer_id, start, end in officer_store.leaves_overlapping(conn, first, last):
        leaves.setdefault(officer_id, []).append((start, end))
    return leaves


def _availability(
    officer: Officer, leaves: list[tuple[date, date]] | tuple, first: date, last: date
) -> Availability | None:
    """None for an officer active throughout [first, last] with no leave in it."""
    retired_inside = officer.retired_on is not None and officer.retired_on <= last
    if officer.since <= first and not retired_inside and not leaves:
        return None
    return Availability(officer.since, officer.retired_on, tuple(leaves))


def _long_streak(
    conn: sqlite3.Connection, officer: Officer, week: str, cal: WeekCalendar, current: str
) -> int:
    """Recount a streak that reaches back past the window, over the officer's whole history."""
    met = weekly.met_weeks_through(conn, officer.id, week)
    leaves = tuple((lv.start, lv.end) for lv in officer_store.list_leaves(conn, officer.id))
    availability = Availability(officer.since, officer.retired_on, leaves)
    weeks = weeks_back(week, week_key(officer.since))
    return count_streak(_facts(weeks, cal, availability, met), current)


def officers_week_facts(
    conn: sqlite3.Connection, officers: list[Officer], first_week: str, last_week: str,
    cal: WeekCalendar, officer_ids: list[int] | None = None,
) -> dict[int, list[WeekFact]]:
    """officer id -> due/met facts of each week from `last_week` back to `first_week`.

    `officer_ids` None reads every officer's visits (cheaper than a long id list when the
    officers are nearly everyone). The in-progress rule is the caller's, via rules.year_to_date.
    """
    weeks = weeks_back(last_week, first_week)
    first_monday = week_start(first_week)
    last_sunday = week_start(last_week) + timedelta(days=6)
    met = weekly.met_weeks(conn, first_week, last_week, officer_ids)
    leaves = _leaves_by_officer(conn, first_monday, last_sunday)
    ordinary = [(week, cal.due(week, None)) for week in weeks]  # shared by most officers
    result: dict[int, list[WeekFact]] = {}
    for officer in officers:
        availability = _availability(officer, leaves.get(officer.id, ()), first_monday,
                                     last_sunday)
        officer_met = met.get(officer.id, set())
        if availability is None:
            result[officer.id] = [WeekFact(w, due, w in officer_met) for w, due in ordinary]
        else:
            result[officer.id] = list(_facts(weeks, cal, availability, officer_met))
    return result
