"""The logbook's own rules (stored in its settings table), with SPEC's defaults."""

from __future__ import annotations

import sqlite3
from datetime import date
from functools import partial
from typing import NamedTuple

from visitlog.domain.due_weeks import WorkCalendar
from visitlog.domain.errors import Invalid
from visitlog.domain.rules import DEFAULT_MIN_AVAILABLE_DAYS
from visitlog.domain.text import ascii_digits
from visitlog.service.workdays import (
    NO_ENTRIES,
    OFFICIAL,
    WEEKDAYS,
    CalendarEntries,
    is_official_year,
)
from visitlog.store.calendar import working_overrides
from visitlog.store.settings import get_settings

RULE_KEYS = ("min_available_days", "calendar")


class Rulebook(NamedTuple):
    min_available_days: int = DEFAULT_MIN_AVAILABLE_DAYS
    calendar: str = OFFICIAL
    entries: CalendarEntries = NO_ENTRIES  # the logbook's calendar entries (calendar set)


def load_rulebook(conn: sqlite3.Connection) -> Rulebook:
    """The settings and the calendar entries: read once per report."""
    return rulebook_of(get_settings(conn), working_overrides(conn))


def rulebook_of(settings: dict[str, str], overrides: list[tuple[date, bool]]) -> Rulebook:
    """The rules from the settings and the calendar entries (day, is a working day) read."""
    return Rulebook(
        min_available_days=int(settings.get("min_available_days", DEFAULT_MIN_AVAILABLE_DAYS)),
        calendar=settings.get("calendar", OFFICIAL),
        entries=CalendarEntries(overrides),
    )


def work_calendar(rulebook: Rulebook) -> WorkCalendar:
    """The working calendar the week rules read (domain/due_weeks.py): China's official
    working days (the holidays package, looked up a year at a time when first asked about)
    with the logbook's entries, or plain Monday-Friday when the logbook says so."""
    if rulebook.calendar == WEEKDAYS:
        return WorkCalendar(rulebook.min_available_days)
    return WorkCalendar(rulebook.min_available_days, rulebook.entries.workdays_of_year,
                        partial(is_official_year, entries=rulebook.entries))


def load_calendar(conn: sqlite3.Connection) -> WorkCalendar:
    return work_calendar(load_rulebook(conn))


def validate_rule(key: str, value: str) -> str:
    """Check a logbook rule before it is stored; returns the normalised value."""
    if key == "min_available_days":
        digits = ascii_digits(value)
        if digits is None or len(digits) > 1 or not 0 <= int(digits) <= 7:
            raise Invalid("config.bad_value", key=key, value=value, expected="0-7")
        return str(int(digits))
    if key == "calendar":
        if value not in (OFFICIAL, WEEKDAYS):
            raise Invalid("config.bad_value", key=key, value=value, expected="official|weekdays")
        return value
    raise Invalid("config.unknown_key", key=key, keys=", ".join(RULE_KEYS))
