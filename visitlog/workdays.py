"""Official working days: China's calendar with its make-up working days.

Wraps the maintained `holidays` package (country CN, `is_working_day`). The package is
imported only when a week is first asked about, and each year's answer is kept for the
life of the process, so a report over many weeks asks the library once per year.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

OFFICIAL = "official"
WEEKDAYS = "weekdays"


@lru_cache(maxsize=16)
def _official_workdays_of_year(year: int) -> frozenset[date]:
    import holidays  # heavy (~100 ms); only reports and logging confirmations need it

    calendar = holidays.country_holidays("CN", years=range(year - 1, year + 2))
    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    return frozenset(
        day
        for day in (start + timedelta(days=i) for i in range(days))
        if calendar.is_working_day(day)
    )


def is_working_day(day: date, calendar: str = OFFICIAL) -> bool:
    if calendar == WEEKDAYS:
        return day.weekday() < 5
    return day in _official_workdays_of_year(day.year)


def working_days_of_week(monday: date, calendar: str = OFFICIAL) -> tuple[date, ...]:
    """The working days of the ISO week starting on `monday`, in order."""
    return tuple(
        day
        for day in (monday + timedelta(days=i) for i in range(7))
        if is_working_day(day, calendar)
    )
