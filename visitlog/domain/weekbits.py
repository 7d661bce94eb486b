"""The week rules over bit sets: bit n-1 of an integer stands for ISO week n of a week-year.

The same rules as rules.py (year to date, streak), on the stored `met_weeks` bit sets, so a
report over thousands of officers does a few integer operations per officer and year instead
of walking week by week. Pure functions; tests check them against rules.py.
"""

from __future__ import annotations


def first_weeks(n: int) -> int:
    """The bits of weeks 1..n."""
    return (1 << n) - 1


def week_bit(week: str) -> int:
    """The bit of an ISO week name (2026-W47 -> bit 46)."""
    return 1 << (int(week[6:8]) - 1)


def year_to_date(due: int, met: int, upto: int, pending: int = 0) -> tuple[int, int]:
    """(met, due) over weeks 1..upto. `pending` is the bit of the week in progress when it is
    not met yet: it does not count as due (rules.counts_as_due)."""
    counted = due & first_weeks(upto) & ~pending
    return (counted & met).bit_count(), counted.bit_count()


def streak_in_year(due: int, met: int, upto: int, pending: int = 0) -> tuple[int, bool]:
    """Met due weeks counted back from week `upto`, and True when no due week broke the run
    (so it may go on into the year before). Weeks that are not due, and the pending week, are
    skipped."""
    weeks = first_weeks(upto)
    broken = due & ~met & weeks & ~pending
    counted = due & met & weeks
    if broken:
        return (counted & ~first_weeks(broken.bit_length())).bit_count(), False
    return counted.bit_count(), True


def week_in_year(due: int, met: int, weeks: int, pending: int = 0) -> tuple[int, int, int, bool]:
    """year_to_date's and streak_in_year's answers at once, in fewer operations (the week
    report runs it once per distinct officer): (met, due, streak, unbroken) over the weeks of
    the mask `weeks` (first_weeks(upto))."""
    in_weeks = due & weeks
    counted = in_weeks & ~pending if pending else in_weeks
    met_counted = (counted & met).bit_count()
    broken = counted & ~met
    run = in_weeks & met
    if broken:
        return met_counted, counted.bit_count(), (run >> broken.bit_length()).bit_count(), False
    return met_counted, counted.bit_count(), run.bit_count(), True
