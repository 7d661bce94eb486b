"""The official calendar's records and words: a day off (休) or a working day (班), and where
a day of `calendar show` comes from."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from visitlog.domain.errors import Invalid

HOLIDAY, WORKDAY = "holiday", "workday"
# what an import's kind column may say
KINDS = {"holiday": HOLIDAY, "休": HOLIDAY, "假": HOLIDAY, "放假": HOLIDAY,
         "workday": WORKDAY, "班": WORKDAY, "上班": WORKDAY}
# where a day comes from: the State Council's notice as the holidays package holds it, the
# logbook's own entries, or the package's guess for a year it has no notice for
PACKAGE, LOGBOOK, GUESS = "package", "logbook", "guess"
MIN_YEAR, MAX_YEAR = 1950, 2100  # the holidays package's China starts in 1950


class CalendarDay(NamedTuple):
    day: date
    kind: str  # holiday | workday
    name: str
    source: str  # package | logbook | guess


class CalendarYear(NamedTuple):
    year: int
    official: bool
    days: list[CalendarDay]  # days off on Monday-Friday, working weekend days, every entry


def parse_kind(text: str) -> str:
    kind = KINDS.get(text.strip().lower())
    if kind is None:
        raise Invalid("calendar.bad_kind", text=text.strip())
    return kind


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Invalid("calendar.bad_year", year=year)
    return year
