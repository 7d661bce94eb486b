"""The week report's pure rules (domain/due_weeks.py, domain/week_figures.py) on hand-made
facts: due weeks, streaks with and without kept parts, counting back, the report's rows.

The calendar is plain Monday-Friday except 2026-W06, whose Monday to Thursday are days off (a
holiday week: one working day).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from visitlog.domain.due_weeks import DueBits, WorkCalendar, weekdays_of_year
from visitlog.domain.models import Officer
from visitlog.domain.rules import Availability
from visitlog.domain.week_figures import (
    CarryBasis,
    add_counted,
    count_back,
    week_figures,
    week_report_of,
    year_weeks,
)
from visitlog.domain.week_report import StreakHistory, WeekFacts

HOLIDAYS = frozenset(date(2026, 2, 2) + timedelta(days=i) for i in range(4))  # W06 Mon-Thu


def year_days(year: int) -> frozenset[date]:
    return weekdays_of_year(year) - HOLIDAYS


def cal(min_available_days: int = 3, official: frozenset[int] | None = None) -> WorkCalendar:
    return WorkCalendar(min_available_days, year_days,
                        None if official is None else official.__contains__)


def d(text: str) -> date:
    return date.fromisoformat(text)


def weeks(*numbers: int) -> int:
    """The bit set of the given ISO week numbers."""
    return sum(1 << (n - 1) for n in numbers)


def every(upto: int, *but: int) -> int:
    return weeks(*(n for n in range(1, upto + 1) if n not in but))


OLD = Officer(1, "王伟", "办公室", d("2020-01-06"))


@pytest.mark.parametrize(
    ("week", "availability", "minimum", "due"),
    [
        ("2026-W05", None, 3, True),
        ("2026-W06", None, 3, False),  # one working day
        ("2026-W06", None, 1, True),
        ("2026-W05", Availability(d("2026-01-29")), 3, False),  # joins Thursday: 2 days
        ("2026-W05", Availability(d("2026-01-28")), 3, True),  # joins Wednesday: 3 days
        ("2026-W05", Availability(d("2020-01-01"), d("2026-01-29")), 3, True),  # Mon-Wed
        ("2026-W05", Availability(d("2020-01-01"), d("2026-01-28")), 3, False),  # Mon, Tue
        ("2026-W05", Availability(d("2020-01-01"), leaves=((d("2026-01-26"),
                                                            d("2026-01-27")),)), 3, True),
        ("2026-W05", Availability(d("2020-01-01"), leaves=((d("2026-01-26"),
                                                            d("2026-01-28")),)), 3, False),
        ("2026-W05", Availability(d("2020-01-01"), leaves=((d("2026-01-31"),
                                                            d("2026-02-20")),)), 5, True),
        ("2026-W05", Availability(d("2026-02-02")), 0, True),  # not active, but 0 days suffice
    ],
)
def test_due(week: str, availability: Availability | None, minimum: int, due: bool) -> None:
    assert cal(minimum).due(week, availability) is due


@pytest.mark.parametrize(
    ("official", "first", "last", "guessed"),
    [
        (None, d("2026-12-28"), d("2027-01-03"), ()),  # plain weekdays: nothing is guessed
        (frozenset({2026}), d("2026-12-28"), d("2027-01-03"), (2027,)),
        (frozenset({2026, 2027}), d("2026-12-28"), d("2027-01-03"), ()),
        (frozenset(), d("2026-11-16"), d("2026-11-22"), (2026,)),
    ],
)
def test_guessed_years(official: frozenset[int] | None, first: date, last: date,
                       guessed: tuple[int, ...]) -> None:
    assert cal(official=official).guessed_years(first, last) == guessed


def test_workdays_of_a_holiday_week_and_the_shared_bits() -> None:
    calendar = cal()
    assert calendar.workdays("2026-W06") == (d("2026-02-06"),)
    assert calendar.workdays("2026-W47") == tuple(d("2026-11-16") + timedelta(days=i)
                                                  for i in range(5))
    assert len(calendar.weeks(2026)) == 53
    assert calendar.shared_bits(2026) == every(53, 6)


@pytest.mark.parametrize(
    ("officer", "leaves", "minimum"),
    [
        (OLD, [], 3),
        (Officer(2, "a", "d", d("2026-03-04")), [], 3),  # joins on a Wednesday
        (Officer(2, "a", "d", d("2026-03-05")), [], 3),  # on a Thursday
        (Officer(2, "a", "d", d("2020-01-01"), d("2026-07-02")), [], 3),  # retires Thursday
        (Officer(2, "a", "d", d("2020-01-01"), d("2026-07-02")), [], 4),
        (Officer(2, "a", "d", d("2027-01-01")), [], 3),  # joins after the week-year
        (Officer(2, "a", "d", d("2020-01-01"), d("2025-06-01")), [], 3),  # retired before
        (OLD, [(d("2026-05-06"), d("2026-05-20"))], 3),  # leave from a Wednesday
        (OLD, [(d("2025-12-20"), d("2026-01-06"))], 3),  # across the year's start
        (OLD, [(d("2026-12-31"), d("2027-02-01"))], 3),  # across its end
        (OLD, [(d("2026-03-02"), d("2026-03-03")), (d("2026-03-05"), d("2026-03-06"))], 2),
        (Officer(2, "a", "d", d("2026-08-10")), [(d("2026-08-12"), d("2026-08-12"))], 0),
        (Officer(2, "a", "d", d("2026-08-10")), [(d("2026-08-12"), d("2026-08-12"))], 5),
    ],
)
def test_due_bits_equal_the_week_by_week_rule(officer: Officer, leaves: list, minimum: int
                                             ) -> None:
    calendar = cal(minimum)
    bits = DueBits(calendar, {officer.id: leaves} if leaves else {}).of(officer, 2026)
    availability = Availability(officer.since, officer.retired_on, tuple(leaves))
    assert bits == sum(1 << i for i, week in enumerate(calendar.weeks(2026))
                       if calendar.due(week, availability))


def test_due_bits_of_a_joiner_in_numbers() -> None:
    joiner = Officer(2, "a", "d", d("2026-03-05"))  # Thursday of W10: W10 not due
    assert DueBits(cal(), {}).of(joiner, 2026) == every(53) & ~every(10)


def facts(officers: list[Officer], met: dict[int, int], *, leaves: dict | None = None,
          carries: dict | None = None, visits: dict | None = None) -> WeekFacts:
    return WeekFacts({}, [], officers, leaves or {}, met, carries or {}, visits or {})


def basis(first: int, year: int = 2026) -> str:
    return CarryBasis(cal(), year).of(first)


@pytest.mark.parametrize(
    ("met", "carry", "week", "current", "figures", "uncounted"),
    [
        # every due week met (W06 is not due): unbroken, no kept part yet
        (every(10, 6), None, "2026-W10", "2026-W20", (True, 9, 9, 9), True),
        # a part kept on today's calendar is added
        (every(10, 6), (100, 2022, basis(2022)), "2026-W10", "2026-W20", (True, 109, 9, 9),
         False),
        # one kept on another calendar is counted again
        (every(10, 6), (100, 2022, "2022:3:0"), "2026-W10", "2026-W20", (True, 9, 9, 9), True),
        # W08 missed: the streak is W09-W10, nothing before the year counts
        (every(10, 6, 8), (100, 2022, basis(2022)), "2026-W10", "2026-W20", (True, 2, 8, 9),
         False),
        # the week in progress, not met yet: skipped, not due year to date
        (every(9, 6), None, "2026-W10", "2026-W10", (True, 8, 8, 8), True),
        # the week in progress, met: counted
        (every(10, 6), None, "2026-W10", "2026-W10", (True, 9, 9, 9), True),
        # the holiday week itself: not due, the streak unchanged
        (every(6), None, "2026-W06", "2026-W20", (False, 5, 5, 5), True),
        # nothing met
        (0, (100, 2022, basis(2022)), "2026-W10", "2026-W20", (True, 0, 0, 9), False),
    ],
)
def test_week_figures(met: int, carry: tuple | None, week: str, current: str,
                      figures: tuple, uncounted: bool) -> None:
    got, missing = week_figures(facts([OLD], {1: met}, carries={1: carry} if carry else None),
                                cal(), week, current)
    assert tuple(got[1]) == figures
    assert (1 in missing) is uncounted


def test_a_joiner_of_this_year_has_nothing_to_count_back() -> None:
    joiner = Officer(2, "a", "d", d("2026-01-05"))  # Monday of W02
    got, missing = week_figures(facts([joiner], {2: every(10, 1, 6)}), cal(), "2026-W10",
                                "2026-W20")
    assert tuple(got[2]) == (True, 8, 8, 8)
    assert missing == {}


SINCE_2023 = Officer(1, "王伟", "办公室", d("2023-01-02"))  # Monday of 2023-W01


@pytest.mark.parametrize(
    ("officer", "met", "leaves", "counted"),
    [
        # three whole week-years of 52 weeks, back to the week the officer joined
        (SINCE_2023, {2025: every(52), 2024: every(52), 2023: every(52)}, {}, (156, 2023)),
        # 2024-W30 missed: the weeks after it, and 2025
        (SINCE_2023, {2025: every(52), 2024: every(52, 30), 2023: every(52)}, {}, (74, 2024)),
        # ... on leave that whole week: not due, the streak goes on
        (SINCE_2023, {2025: every(52), 2024: every(52, 30), 2023: every(52)},
         {1: [(d("2024-07-22"), d("2024-07-28"))]}, (155, 2023)),
        # a year without a visit ends it
        (OLD, {2025: every(52)}, {}, (52, 2024)),
    ],
)
def test_count_back(officer: Officer, met: dict[int, int], leaves: dict,
                    counted: tuple[int, int]) -> None:
    history = StreakHistory({year: {officer.id: bits} for year, bits in met.items()}, leaves)
    assert count_back({officer.id: officer}, 2026, cal(), history) == {officer.id: counted}


def test_add_counted_adds_and_says_what_to_keep() -> None:
    figures = {1: (True, 9, 9, 9), 2: (True, 1, 1, 1)}
    kept = add_counted(figures, {1: (156, 2023)}, cal(), 2026)
    assert figures == {1: [True, 165, 9, 9], 2: (True, 1, 1, 1)}
    assert kept == [(1, 156, 2023, basis(2023))]
    assert basis(2023) != basis(2024) != CarryBasis(cal(4), 2026).of(2024)


def test_the_report_of_a_week() -> None:
    joiner = Officer(2, "李娜", "办公室", d("2026-03-05"))  # Thursday: 2 days, not due
    on_leave = Officer(3, "张敏", "权益保障部", d("2020-01-01"))
    week_facts = facts(
        [OLD, joiner, on_leave], {1: every(10, 6), 2: weeks(10), 3: every(9, 6)},
        leaves={3: [(d("2026-03-04"), d("2026-03-04"))]},
        visits={1: [2, ["金海", "华泰"], 0b10], 2: [1, ["金海"], 0]})
    figures, _ = week_figures(week_facts, cal(), "2026-W10", "2026-W20")
    report = week_report_of(week_facts, cal(), "2026-W10", d("2026-05-13"), figures)
    assert (report.start, report.end, report.as_of) == (d("2026-03-02"), d("2026-03-08"),
                                                       d("2026-03-08"))
    assert (report.holiday_week, report.official_workdays) == (False, 5)
    assert [tuple(row) for row in report.officers] == [
        ("王伟", "办公室", True, True, 2, ["金海", "华泰"], ("investigator",), 9, 9, 9, 5),
        ("李娜", "办公室", False, True, 1, ["金海"], (), 0, 0, 0, 2),
        ("张敏", "权益保障部", True, False, 0, [], (), 0, 8, 9, 4),
    ]
    assert tuple(report.summary) == (3, 2, 1, 0.5)
    assert report.calendar_official


def test_the_report_of_a_holiday_week_in_progress() -> None:
    week_facts = facts([OLD], {1: every(5)})
    figures, _ = week_figures(week_facts, cal(official=frozenset()), "2026-W06", "2026-W06")
    report = week_report_of(week_facts, cal(official=frozenset()), "2026-W06",
                            d("2026-02-04"), figures)
    assert (report.as_of, report.holiday_week, report.official_workdays) == (
        d("2026-02-04"), True, 1)
    assert tuple(report.summary) == (1, 0, 0, None)
    assert report.guessed_years == (2026,)


@pytest.mark.parametrize(
    ("met", "last_week", "current", "not_met_yet", "expected"),
    [
        (every(20, 6), "2026-W20", "2026-W30", None, (19, 19)),
        (every(20, 6, 12), "2026-W20", "2026-W30", None, (18, 19)),
        (every(20, 6), "2026-W20", "2026-W20", None, (19, 19)),  # in progress, met
        (every(19, 6), "2026-W20", "2026-W20", None, (18, 18)),  # in progress, not yet
        (every(20, 6), "2026-W20", "2026-W20", {1}, (18, 18)),  # met after the as-of date
        (every(30), "2026-W20", "2026-W30", None, (19, 19)),  # weeks after W20 not counted
    ],
)
def test_year_weeks(met: int, last_week: str, current: str, not_met_yet: set[int] | None,
                    expected: tuple[int, int]) -> None:
    dues = DueBits(cal(), {})
    assert year_weeks([OLD], 2026, last_week, current, dues, {1: met}, not_met_yet) == {
        1: expected}


def test_the_year_report_from_its_facts() -> None:
    from visitlog.domain.sixones import Progress
    from visitlog.domain.vocab import ROLE_KEYS
    from visitlog.domain.year_figures import year_report_of
    from visitlog.domain.year_report import YearFacts, year_period

    joiner = Officer(2, "李娜", "办公室", d("2026-03-05"))  # Thursday of W10
    roles = dict.fromkeys(ROLE_KEYS, 0) | {"helper": 3}
    year_facts = YearFacts(
        {}, [], [OLD, joiner], {}, {1: every(19, 6), 2: weeks(11, 12)}, set(),
        {1: {"outreach": 4}}, {None: {"outreach": 8}, 1: {"bargaining": 2}}, {1: roles})
    period = year_period(2026, None, d("2026-05-13"))  # W20 in progress, met by nobody yet
    report = year_report_of(year_facts, cal(official=frozenset()), period)
    old, new = report.officers
    assert (old.weeks_met, old.weeks_due, new.weeks_met, new.weeks_due) == (18, 18, 2, 9)
    assert old.six_ones["outreach"] == Progress(4, 8, "on_track", 8)  # 4/8 ≥ 133/365
    assert old.six_ones["bargaining"] == Progress(0, 2, "behind", 2)  # its own target
    assert new.six_ones["outreach"] == Progress(0, 7, "behind", 8)  # ceil(8 × 302/365)
    assert (old.roles, new.roles) == (roles, dict.fromkeys(ROLE_KEYS, 0))
    assert (old.joined, new.joined) == (None, d("2026-03-05"))
    assert report.guessed_years == (2025, 2026)  # W01 begins on 29 December 2025
