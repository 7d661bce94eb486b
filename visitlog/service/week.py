"""The weekly progress report (SPEC `report week`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from visitlog.dates import shift_week, week_key, week_start
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
# ... and then followed back this many weeks at a time.
CONTINUE_WEEKS = 52


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
        # week -> (due for an officer available all week, (first, last) working day or None)
        self._plain: dict[str, tuple[bool, tuple[date, date] | None]] = {}

    def workdays(self, week: str) -> tuple[date, ...]:
        if week not in self._workdays:
            self._workdays[week] = working_days_of_week(week_start(week), self.rulebook.calendar)
        return self._workdays[week]

    def due(self, week: str, availability: Availability | None) -> bool:
        """`availability` None means an officer active all week and not on leave."""
        plain = self._plain.get(week)
        if plain is None:
            days = self.workdays(week)
            bounds = (days[0], days[-1]) if days else None
            plain = self._plain[week] = (is_due(len(days), self.rulebook.min_available_days),
                                         bounds)
        if availability is None or plain[1] is None or _whole(*plain[1], availability):
            return plain[0]
        count = available_days(self.workdays(week), availability)
        return is_due(count, self.rulebook.min_available_days)


def _whole(first: date, last: date, availability: Availability) -> bool:
    """Available on every day from first to last (the common case, without a per-day check)."""
    return (availability.since <= first
            and (availability.retired_on is None or last < availability.retired_on)
            and all(end < first or start > last for start, end in availability.leaves))


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


def week_report(
    conn: sqlite3.Connection, week: str, today: date, dept: str | None, *, shared: bool = True
) -> WeekReport:
    """The week's report. `shared=False` sends every officer down the general per-officer
    path (the reference the shared fast path is tested against); results are identical."""
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
    window = _Window(weeks_back(week, window_first), cal, ytd_first, current)
    window_monday = week_start(window_first)
    met = weekly.met_weeks_text(conn, window_first, week, [o.id for o in officers])
    leaves = _leaves_by_officer(conn, window_monday, sunday)
    this_week = weekly.visits_of_week(conn, week, None if dept is None else
                                      [o.id for o in officers])
    figures: dict[int, tuple[bool, int, int, int, Availability | None]] = {}
    unbroken: dict[int, tuple[Officer, int]] = {}
    for officer in officers:
        availability = _availability(officer, leaves.get(officer.id, ()), window_monday, sunday)
        officer_met = met.get(officer.id, "")
        if not shared:
            due, ytd_met, ytd_due, streak, whole = window.reference(
                availability or _always(officer), _week_set(officer_met))
        elif availability is None:
            due, ytd_met, ytd_due, streak, whole = window.ordinary(officer_met)
        else:
            due, ytd_met, ytd_due, streak, whole = window.irregular(availability, officer_met)
        figures[officer.id] = (due, streak, ytd_met, ytd_due, availability)
        if whole and officer.since < window_monday:
            unbroken[officer.id] = (officer, streak)
    if shared:
        longer = _continue_streaks(conn, unbroken, window_first, cal, current)
    else:
        longer = {i: _long_streak(conn, o, week, cal, current) for i, (o, _s) in unbroken.items()}
    rows = []
    for officer in officers:
        due, streak, ytd_met, ytd_due, availability = figures[officer.id]
        rows.append(_officer_week(officer, due, this_week.get(officer.id, []),
                                  longer.get(officer.id, streak), ytd_met, ytd_due, cal, week,
                                  availability))
    due_count = sum(r.due for r in rows)
    met_count = sum(r.due and r.met for r in rows)
    return WeekReport(
        week=week, start=monday, end=sunday, as_of=min(today, sunday),
        holiday_week=len(cal.workdays(week)) < rulebook.min_available_days,
        official_workdays=len(cal.workdays(week)), officers=rows,
        summary=WeekSummary(len(rows), due_count, met_count, rate(met_count, due_count)),
    )


def _week_set(weeks: str) -> set[str]:
    return set(weeks.split(",")) if weeks else set()


def _always(officer: Officer) -> Availability:
    """An ordinary officer's availability spelled out, for the general path."""
    return Availability(officer.since, officer.retired_on, ())


class _Window:
    """The weeks a report looks back over, with due-ness shared by every ordinary officer.

    An ordinary officer (active all window, no leave in it) is due in exactly the weeks with
    enough official working days, so one list serves them all and each officer's figures
    reduce to set operations on the weeks they met; the rest take the general path.
    """

    def __init__(self, weeks: list[str], cal: WeekCalendar, ytd_first: str, current: str):
        self.weeks, self.cal, self.ytd_first, self.current = weeks, cal, ytd_first, current
        self.due_weeks = [w for w in weeks if cal.due(w, None)]  # newest first
        self.ytd_due = frozenset(w for w in self.due_weeks if w >= ytd_first)
        self.ytd_due_count = len(self.ytd_due)
        self.current_ytd_due = current in self.ytd_due
        self.first_due = cal.due(weeks[0], None)

    def ordinary(self, met: str) -> tuple[bool, int, int, int, bool]:
        """(due this week, ytd_met, ytd_due, streak, streak spans the window).

        `met` is the officer's met weeks in the window, comma-separated (weeks may repeat).
        """
        weeks = set(met.split(",")) if met else set()
        ytd_met = len(self.ytd_due & weeks)
        pending = self.current_ytd_due and self.current not in weeks
        streak, whole = walk_streak(self.due_weeks, weeks, self.current)
        return self.first_due, ytd_met, self.ytd_due_count - pending, streak, whole

    def irregular(self, availability: Availability, met: str) -> tuple[bool, int, int, int,
                                                                       bool]:
        """The same figures for an officer with leave, a join or a retirement in the window:
        their own due weeks, the same counting."""
        due_weeks = [w for w in self.weeks if self.cal.due(w, availability)]
        ytd_due = [w for w in due_weeks if w >= self.ytd_first]
        ytd_met = sum(1 for w in ytd_due if w in met)
        pending = self.current in ytd_due and self.current not in met
        streak, whole = walk_streak(due_weeks, met, self.current)
        first_due = bool(due_weeks) and due_weeks[0] == self.weeks[0]
        return first_due, ytd_met, len(ytd_due) - pending, streak, whole

    def reference(self, availability: Availability, met: set[str]) -> tuple[bool, int, int, int,
                                                                         bool]:
        """Week by week through rules.py: what the shared paths are tested against."""
        facts = list(_facts(self.weeks, self.cal, availability, met))
        ytd_met, ytd_due = year_to_date((f for f in facts if f.week >= self.ytd_first),
                                        self.current)
        streak = count_streak(facts, self.current)
        whole = streak == sum(counts_as_due(f.week, f.due, f.met, self.current) for f in facts)
        return facts[0].due, ytd_met, ytd_due, streak, whole


def walk_streak(due_weeks: list[str], met: set[str] | str, current: str, start: int = 0
                ) -> tuple[int, bool]:
    """Met weeks counted back over due weeks (newest first); True when none broke it.

    The week in progress, if not met yet, is skipped (rules.counts_as_due)."""
    count = start
    for week in due_weeks:
        if week in met:
            count += 1
        elif week != current:
            return count, False
    return count, True


def _continue_streaks(
    conn: sqlite3.Connection, pending: dict[int, tuple[Officer, int]], window_first: str,
    cal: WeekCalendar, current: str,
) -> dict[int, int]:
    """Follow streaks that span the window further back, a year at a time, only for the
    officers whose streak is still unbroken: the cost grows with streaks, not history."""
    done: dict[int, int] = {}
    last = shift_week(window_first, -1)
    while pending:
        first = shift_week(last, -(CONTINUE_WEEKS - 1))
        first_monday, last_sunday = week_start(first), week_start(last) + timedelta(days=6)
        weeks = weeks_back(last, first)
        shared = [w for w in weeks if cal.due(w, None)]
        met = weekly.met_weeks_text(conn, first, last, list(pending))
        leaves = _leaves_by_officer(conn, first_monday, last_sunday)
        still: dict[int, tuple[Officer, int]] = {}
        for officer_id, (officer, count) in pending.items():
            officer_met = met.get(officer_id, "")
            availability = _availability(officer, leaves.get(officer_id, ()), first_monday,
                                         last_sunday)
            if availability is None:
                count, whole = walk_streak(shared, officer_met, current, count)
            else:
                due = [w for w in weeks if cal.due(w, availability)]
                count, whole = walk_streak(due, officer_met, current, count)
            if whole and officer.since < first_monday:
                still[officer_id] = (officer, count)
            else:
                done[officer_id] = count
        pending, last = still, shift_week(first, -1)
    return done


def _officer_week(
    officer: Officer, due: bool, visits: list[tuple[str, str, int]], streak: int,
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
        officer=officer.name, dept=officer.dept, due=due, met=bool(visits),
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
