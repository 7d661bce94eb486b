"""The weekly progress report (SPEC `report week`): one read, then pure rules.

`week_report` reads the week's facts in one store call (store/weekly.read_week), builds the
working calendar from the rules and entries read (service/rulebook.work_calendar), and hands
both to domain/week_figures.py. Only when an unbroken streak has no part kept for its
week-year yet does it read that history too (once: the parts counted are kept).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta

from visitlog.domain.dates import week_key, week_start
from visitlog.domain.due_weeks import WorkCalendar, availability_in, weeks_back
from visitlog.domain.errors import Invalid
from visitlog.domain.models import Officer
from visitlog.domain.rules import (
    Availability,
    WeekFact,
    counts_as_due,
    year_to_date,
)
from visitlog.domain.rules import streak as count_streak
from visitlog.domain.week_figures import add_counted, count_back, week_figures, week_report_of
from visitlog.domain.week_report import OfficerWeek, WeekReport, WeekSummary  # noqa: F401 - the report's records
from visitlog.service.rulebook import rulebook_of, work_calendar
from visitlog.store import officers as officer_store
from visitlog.store import weekly

# The general path (the reference for tests) looks this far back before recounting a streak
# over the officer's whole history.
STREAK_WINDOW_WEEKS = 26


def week_report(
    conn: sqlite3.Connection, week: str, today: date, dept: str | None, *, shared: bool = True
) -> WeekReport:
    """The week's report, from the stored met_weeks bit sets and streak carries.

    `shared=False` computes every officer week by week from the visits themselves through
    rules.py (the reference the fast path is tested against); results are identical."""
    current = week_key(today)
    if week > current:
        raise Invalid("week.future", week=week)
    facts = weekly.read_week(conn, week, dept)
    cal = work_calendar(rulebook_of(facts.settings, facts.calendar_entries))
    if shared:
        figures, uncounted = week_figures(facts, cal, week, current)
        if uncounted:
            year = int(week[:4])
            # most officers at once: every officer's history (cheaper than a long id list)
            everyone = dept is None and len(uncounted) * 2 > len(facts.officers)
            history = weekly.read_streak_history(conn, year,
                                                 None if everyone else list(uncounted))
            kept = add_counted(figures, count_back(uncounted, year, cal, history), cal, year)
            weekly.keep_streak_carries(conn, year, kept)
    else:
        figures = _reference_figures(conn, facts.officers, week, current, cal)
    return week_report_of(facts, cal, week, today, figures)


def _facts(
    weeks: list[str], cal: WorkCalendar, availability: Availability | None, met: set[str]
) -> Iterator[WeekFact]:
    for week in weeks:
        yield WeekFact(week, cal.due(week, availability), week in met)


def _reference_figures(
    conn: sqlite3.Connection, officers: list[Officer], week: str, current: str,
    cal: WorkCalendar,
) -> dict[int, tuple[bool, int, int, int]]:
    """officer id -> (due, streak, ytd_met, ytd_due), week by week from the visits."""
    monday = week_start(week)
    sunday = monday + timedelta(days=6)
    ytd_first = f"{week[:4]}-W01"
    window_first = min(ytd_first, week_key(monday - timedelta(weeks=STREAK_WINDOW_WEEKS)))
    window = _Window(weeks_back(week, window_first), cal, ytd_first, current)
    window_monday = week_start(window_first)
    met = weekly.met_weeks_text(conn, window_first, week, [o.id for o in officers])
    leaves = officer_store.leaves_by_officer(conn, window_monday, sunday)
    figures = {}
    for officer in officers:
        availability = availability_in(officer, leaves.get(officer.id, ()), window_monday,
                                       sunday)
        due, ytd_met, ytd_due, streak, whole = window.reference(
            availability or _always(officer), _week_set(met.get(officer.id, "")))
        if whole and officer.since < window_monday:
            streak = _long_streak(conn, officer, week, cal, current)
        figures[officer.id] = (due, streak, ytd_met, ytd_due)
    return figures


def _week_set(weeks: str) -> set[str]:
    return set(weeks.split(",")) if weeks else set()


def _always(officer: Officer) -> Availability:
    """An ordinary officer's availability spelled out, for the general path."""
    return Availability(officer.since, officer.retired_on, ())


class _Window:
    """The weeks the reference path looks back over."""

    def __init__(self, weeks: list[str], cal: WorkCalendar, ytd_first: str, current: str):
        self.weeks, self.cal, self.ytd_first, self.current = weeks, cal, ytd_first, current

    def reference(self, availability: Availability, met: set[str]) -> tuple[bool, int, int, int,
                                                                         bool]:
        """(due this week, ytd_met, ytd_due, streak, streak spans the window), week by week
        through rules.py."""
        facts = list(_facts(self.weeks, self.cal, availability, met))
        ytd_met, ytd_due = year_to_date((f for f in facts if f.week >= self.ytd_first),
                                        self.current)
        streak = count_streak(facts, self.current)
        whole = streak == sum(counts_as_due(f.week, f.due, f.met, self.current) for f in facts)
        return facts[0].due, ytd_met, ytd_due, streak, whole


def _long_streak(
    conn: sqlite3.Connection, officer: Officer, week: str, cal: WorkCalendar, current: str
) -> int:
    """Recount a streak that reaches back past the window, over the officer's whole history."""
    met = weekly.met_weeks_through(conn, officer.id, week)
    leaves = tuple((lv.start, lv.end) for lv in officer_store.list_leaves(conn, officer.id))
    availability = Availability(officer.since, officer.retired_on, leaves)
    weeks = weeks_back(week, week_key(officer.since))
    return count_streak(_facts(weeks, cal, availability, met), current)


def officers_week_facts(
    conn: sqlite3.Connection, officers: list[Officer], first_week: str, last_week: str,
    cal: WorkCalendar, officer_ids: list[int] | None = None,
) -> dict[int, list[WeekFact]]:
    """officer id -> due/met facts of each week from `last_week` back to `first_week`.

    `officer_ids` None reads every officer's visits (cheaper than a long id list when the
    officers are nearly everyone). The in-progress rule is the caller's, via rules.year_to_date.
    """
    weeks = weeks_back(last_week, first_week)
    first_monday = week_start(first_week)
    last_sunday = week_start(last_week) + timedelta(days=6)
    met = weekly.met_weeks(conn, first_week, last_week, officer_ids)
    leaves = officer_store.leaves_by_officer(conn, first_monday, last_sunday)
    ordinary = [(week, cal.due(week, None)) for week in weeks]  # shared by most officers
    result: dict[int, list[WeekFact]] = {}
    for officer in officers:
        availability = availability_in(officer, leaves.get(officer.id, ()), first_monday,
                                       last_sunday)
        officer_met = met.get(officer.id, set())
        if availability is None:
            result[officer.id] = [WeekFact(w, due, w in officer_met) for w, due in ordinary]
        else:
            result[officer.id] = list(_facts(weeks, cal, availability, officer_met))
    return result
