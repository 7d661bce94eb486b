"""The rules behind every weekly number (SPEC "Rules the numbers follow"). Pure functions.

A week is described by its ISO name (2026-W47). The caller supplies `current_week`, the ISO
week containing today, which is in progress: it counts as due only once it is met.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

DEFAULT_MIN_AVAILABLE_DAYS = 3


class Availability(NamedTuple):
    """When an officer can be expected at the grassroots (a NamedTuple, as every record on the
    report paths: the dataclasses module and its generated methods cost each start)."""

    since: date
    retired_on: date | None = None
    leaves: tuple[tuple[date, date], ...] = ()

    def is_active(self, day: date) -> bool:
        return self.since <= day and (self.retired_on is None or day < self.retired_on)

    def is_active_within(self, first: date, last: date) -> bool:
        """Active on at least one day of first..last."""
        return self.since <= last and (self.retired_on is None or self.retired_on > first)

    def is_available(self, day: date) -> bool:
        return self.is_active(day) and not any(a <= day <= b for a, b in self.leaves)


def inactive_on(since: date, retired_on: date | None, day: date) -> tuple[str, date] | None:
    """Why an officer was not active on `day`, for the note an entry of that day gets:
    ("not_yet", first day) or ("retired", first day no longer active); None when active."""
    if Availability(since, retired_on).is_active(day):
        return None
    if day < since:
        return "not_yet", since
    assert retired_on is not None
    return "retired", retired_on


def available_days(workdays: Iterable[date], availability: Availability) -> int:
    """Official working days of a week on which the officer is active and not on leave."""
    return sum(1 for day in workdays if availability.is_available(day))


def is_due(available: int, min_available_days: int = DEFAULT_MIN_AVAILABLE_DAYS) -> bool:
    return available >= min_available_days


def is_holiday_week(official_workdays: int, min_available_days: int) -> bool:
    return official_workdays < min_available_days


def counts_as_due(week: str, due: bool, met: bool, current_week: str) -> bool:
    """Due for year-to-date and streak purposes: the week in progress only once met."""
    return due and (met or week != current_week)


class WeekFact(NamedTuple):
    week: str
    due: bool
    met: bool


def streak(weeks_newest_first: Iterable[WeekFact], current_week: str) -> int:
    """Consecutive met weeks counting back; weeks that are not due are skipped."""
    count = 0
    for fact in weeks_newest_first:
        if not counts_as_due(fact.week, fact.due, fact.met, current_week):
            continue
        if not fact.met:
            break
        count += 1
    return count


def year_to_date(facts: Iterable[WeekFact], current_week: str) -> tuple[int, int]:
    """(met, due) over the given weeks, with the in-progress rule applied."""
    met = due = 0
    for fact in facts:
        if counts_as_due(fact.week, fact.due, fact.met, current_week):
            due += 1
            met += fact.met
    return met, due


def rate(met: int, due: int) -> float | None:
    return met / due if due else None
