"""Pure week rules (SPEC "Rules the numbers follow") and China's official working days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visitlog.domain.rules import (
    Availability,
    WeekFact,
    available_days,
    counts_as_due,
    is_due,
    is_holiday_week,
    rate,
    streak,
    year_to_date,
)
from visitlog.service.workdays import WEEKDAYS, is_working_day, working_days_of_week

MON = date(2026, 11, 16)  # 2026-W47, an ordinary five-day week
WEEK = tuple(MON + timedelta(days=i) for i in range(5))


def d(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("availability", "expected"),
    [
        (Availability(d("2020-01-01")), 5),
        (Availability(d("2026-11-16")), 5),  # joins on Monday
        (Availability(d("2026-11-19")), 2),  # joins on Thursday: Thu, Fri
        (Availability(d("2026-11-18")), 3),  # joins on Wednesday: Wed, Thu, Fri
        (Availability(d("2026-11-21")), 0),  # joins on Saturday
        (Availability(d("2026-11-23")), 0),  # joins next week
        (Availability(d("2020-01-01"), d("2026-11-19")), 3),  # retire --on Thu: Mon–Wed
        (Availability(d("2020-01-01"), d("2026-11-16")), 0),  # retired from Monday
        (Availability(d("2020-01-01"), d("2026-11-17")), 1),
        (Availability(d("2020-01-01"), leaves=((d("2026-11-16"), d("2026-11-20")),)), 0),
        (Availability(d("2020-01-01"), leaves=((d("2026-11-14"), d("2026-11-17")),)), 3),
        (Availability(d("2020-01-01"), leaves=((d("2026-11-20"), d("2026-11-20")),)), 4),
        (Availability(d("2020-01-01"), leaves=((d("2026-11-16"), d("2026-11-16")),
                                               (d("2026-11-18"), d("2026-11-18")))), 3),
        (Availability(d("2026-11-18"), leaves=((d("2026-11-18"), d("2026-11-18")),)), 2),
    ],
)
def test_available_days(availability: Availability, expected: int) -> None:
    assert available_days(WEEK, availability) == expected


@pytest.mark.parametrize(
    ("available", "minimum", "due"),
    [(5, 3, True), (3, 3, True), (2, 3, False), (0, 3, False), (0, 0, True), (1, 1, True),
     (4, 5, False)],
)
def test_is_due(available: int, minimum: int, due: bool) -> None:
    assert is_due(available, minimum) is due


def test_is_due_default_minimum_is_three() -> None:
    assert is_due(3) and not is_due(2)


@pytest.mark.parametrize(("workdays", "holiday"), [(0, True), (2, True), (3, False), (5, False)])
def test_is_holiday_week(workdays: int, holiday: bool) -> None:
    assert is_holiday_week(workdays, 3) is holiday


CUR = "2026-W47"


def facts(*spec: str, newest: str = CUR) -> list[WeekFact]:
    """Newest first; each item is M (due, met), X (due, missed), n (not due), m (not due, met)."""
    from visitlog.domain.dates import shift_week

    kinds = {"M": (True, True), "X": (True, False), "n": (False, False), "m": (False, True)}
    return [WeekFact(shift_week(newest, -i), *kinds[s]) for i, s in enumerate(spec)]


@pytest.mark.parametrize(
    ("spec", "current", "expected"),
    [
        ("MMMX", "2027-W01", 3),
        ("XMMM", "2027-W01", 0),
        ("MnMnM", "2027-W01", 3),  # not-due weeks never break a streak
        ("MmMX", "2027-W01", 2),  # … nor add to it, met or not
        ("nnn", "2027-W01", 0),
        ("", "2027-W01", 0),
        ("XMMM", CUR, 3),  # the week in progress, unmet, is skipped
        ("MMMX", CUR, 3),  # … and counts once met
        ("XXM", CUR, 0),
        ("MMMMM", CUR, 5),
    ],
)
def test_streak(spec: str, current: str, expected: int) -> None:
    assert streak(facts(*spec), current) == expected


@pytest.mark.parametrize(
    ("spec", "current", "expected"),
    [
        ("MMXn", "2027-W01", (2, 3)),
        ("XMMX", CUR, (2, 3)),  # the current week unmet: not counted
        ("MMMX", CUR, (3, 4)),  # the current week met: counted
        ("mnnn", CUR, (0, 0)),  # met but not due: not counted
        ("", CUR, (0, 0)),
    ],
)
def test_year_to_date(spec: str, current: str, expected: tuple[int, int]) -> None:
    assert year_to_date(facts(*spec), current) == expected


@pytest.mark.parametrize(
    ("week", "due", "met", "current", "counts"),
    [("2026-W46", True, False, CUR, True), (CUR, True, False, CUR, False),
     (CUR, True, True, CUR, True), (CUR, False, True, CUR, False),
     ("2026-W46", False, True, CUR, False)],
)
def test_counts_as_due(week: str, due: bool, met: bool, current: str, counts: bool) -> None:
    assert counts_as_due(week, due, met, current) is counts


@pytest.mark.parametrize(("met", "due", "expected"), [(0, 0, None), (17, 19, 17 / 19),
                                                      (3, 3, 1.0), (0, 4, 0.0)])
def test_rate(met: int, due: int, expected: float | None) -> None:
    assert rate(met, due) == expected


# China's official calendar (holidays package, country CN, with make-up working days)


@pytest.mark.parametrize(
    ("monday", "workdays"),
    [
        ("2026-02-16", ()),  # 2026-W08 Spring Festival: no working day at all
        ("2025-09-29", ("2025-09-29", "2025-09-30")),  # 2025-W40 National Day
        ("2025-12-29", ("2025-12-29", "2025-12-30", "2025-12-31", "2026-01-04")),  # 2026-W01
        ("2026-02-09", ("2026-02-09", "2026-02-10", "2026-02-11", "2026-02-12", "2026-02-13",
                        "2026-02-14")),  # the make-up Saturday before the Spring Festival
        ("2026-11-16", ("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20")),
    ],
)
def test_official_working_days(monday: str, workdays: tuple[str, ...]) -> None:
    assert working_days_of_week(d(monday)) == tuple(d(x) for x in workdays)


def test_spring_festival_week_is_a_holiday_week() -> None:
    assert is_holiday_week(len(working_days_of_week(d("2026-02-16"))), 3)


def test_national_day_2025_week_is_a_holiday_week() -> None:
    assert is_holiday_week(len(working_days_of_week(d("2025-09-29"))), 3)


def test_make_up_sunday_is_a_working_day() -> None:
    assert is_working_day(d("2026-01-04"))
    assert not is_working_day(d("2026-01-01"))
    assert not is_working_day(d("2026-01-04"), WEEKDAYS)


def test_weekdays_calendar_ignores_holidays() -> None:
    assert len(working_days_of_week(d("2026-02-16"), WEEKDAYS)) == 5
    assert len(working_days_of_week(d("2025-09-29"), WEEKDAYS)) == 5


def test_thursday_joiner_in_week_with_make_up_sunday() -> None:
    """2026-W01: joining Thu 1 Jan (a holiday) leaves only Sun 4 Jan: 1 day, not due."""
    workdays = working_days_of_week(d("2025-12-29"))
    available = available_days(workdays, Availability(d("2026-01-01")))
    assert available == 1 and not is_due(available)


# ---- invariants --------------------------------------------------------------------------

week_facts = st.lists(st.tuples(st.booleans(), st.booleans()), max_size=40)


@given(week_facts, st.booleans())
def test_streak_and_year_to_date_invariants(flags: list[tuple[bool, bool]],
                                            newest_is_current: bool) -> None:
    from visitlog.domain.dates import shift_week

    newest = "2026-W30"
    weeks = [WeekFact(shift_week(newest, -i), due, met) for i, (due, met) in enumerate(flags)]
    current = newest if newest_is_current else "2026-W31"
    met, due = year_to_date(weeks, current)
    run = streak(weeks, current)
    assert 0 <= met <= due <= len(weeks)
    assert run <= met
    counted = [f for f in weeks if counts_as_due(f.week, f.due, f.met, current)]
    assert run == next((i for i, f in enumerate(counted) if not f.met), len(counted))
    # adding a not-due week anywhere changes neither figure
    padded = [*weeks, WeekFact(shift_week(newest, -len(weeks)), False, True)]
    assert streak(padded, current) == run and year_to_date(padded, current) == (met, due)


@given(st.dates(min_value=date(2026, 10, 1), max_value=date(2026, 12, 31)),
       st.one_of(st.none(), st.dates(min_value=date(2026, 10, 1), max_value=date(2027, 1, 31))),
       st.lists(st.tuples(st.dates(min_value=date(2026, 11, 1), max_value=date(2026, 11, 30)),
                          st.integers(min_value=0, max_value=9)), max_size=3))
def test_available_days_bounds(since: date, retired: date | None,
                               leaves: list[tuple[date, int]]) -> None:
    spans = tuple((a, a + timedelta(days=n)) for a, n in leaves)
    full = Availability(date(2020, 1, 1))
    partial = Availability(since, retired, spans)
    assert 0 <= available_days(WEEK, partial) <= available_days(WEEK, full) == len(WEEK)
    assert available_days(WEEK, partial) <= available_days(WEEK, Availability(since, retired))


@pytest.mark.parametrize(("since", "retired", "first", "last", "active"), [
    (date(2026, 1, 5), None, date(2026, 1, 1), date(2026, 12, 31), True),
    (date(2027, 1, 1), None, date(2026, 1, 1), date(2026, 12, 31), False),
    (date(2026, 12, 31), None, date(2026, 1, 1), date(2026, 12, 31), True),   # its last day
    (date(2020, 1, 1), date(2026, 1, 1), date(2026, 1, 1), date(2026, 12, 31), False),
    (date(2020, 1, 1), date(2026, 1, 2), date(2026, 1, 1), date(2026, 12, 31), True),  # 1 Jan
])
def test_is_active_within(since: date, retired: date | None, first: date, last: date,
                          active: bool) -> None:
    availability = Availability(since, retired)
    assert availability.is_active_within(first, last) is active
    days = (first + timedelta(days=i) for i in range((last - first).days + 1))
    assert active is any(availability.is_active(day) for day in days)  # the same rule
