"""Who is due in which week: the official calendar with each officer's availability."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from visitlog.domain.dates import week_key, week_start
from visitlog.domain.models import Officer
from visitlog.domain.rules import Availability, available_days, is_due
from visitlog.service.rulebook import Rulebook
from visitlog.service.workdays import WEEKDAYS, is_official_year, working_days_of_week
from visitlog.store import officers as officer_store


class WeekCalendar:
    """Due-ness of weeks for officers, sharing one answer among the ordinary ones."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        self._workdays: dict[str, tuple[date, ...]] = {}
        # week -> (due for an officer available all week, (first, last) working day or None)
        self._plain: dict[str, tuple[bool, tuple[date, date] | None]] = {}

    def workdays(self, week: str) -> tuple[date, ...]:
        if week not in self._workdays:
            self._workdays[week] = working_days_of_week(
                week_start(week), self.rulebook.calendar, self.rulebook.entries)
        return self._workdays[week]

    def guessed_years(self, first: date, last: date) -> tuple[int, ...]:
        """The years of [first, last] whose working days are the package's guess: neither
        it nor the logbook holds the State Council's schedule for them (none when the
        logbook counts plain Monday-Friday, by its own choice)."""
        if self.rulebook.calendar == WEEKDAYS:
            return ()
        return tuple(year for year in range(first.year, last.year + 1)
                     if not is_official_year(year, self.rulebook.entries))

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


def leaves_by_officer(
    conn: sqlite3.Connection, first: date, last: date
) -> dict[int, list[tuple[date, date]]]:
    leaves: dict[int, list[tuple[date, date]]] = {}
    for officer_id, start, end in officer_store.leaves_overlapping(conn, first, last):
        leaves.setdefault(officer_id, []).append((start, end))
    return leaves


def throughout(officer: Officer, first: date, last: date, on_leave: bool) -> bool:
    """Active every day of [first, last] and (`on_leave` False) on no leave in it: the common
    case, in which officers share one answer."""
    return (not on_leave and officer.since <= first
            and (officer.retired_on is None or officer.retired_on > last))


def availability_in(
    officer: Officer, leaves: list[tuple[date, date]] | tuple, first: date, last: date
) -> Availability | None:
    """None for an officer active throughout [first, last] with no leave in it."""
    if throughout(officer, first, last, bool(leaves)):
        return None
    return Availability(officer.since, officer.retired_on, tuple(leaves))
