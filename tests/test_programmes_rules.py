"""Pure rules of the programmes: campaign pace, practice months, windows, vocabulary."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visitlog.domain.errors import Ambiguous, Invalid
from visitlog.domain.programmes_rules import (
    INTERVIEW_GROUPS,
    PRACTICE_KINDS,
    campaign_pace,
    effective_as_of,
    month_bounds,
    parse_month,
    parse_within,
    practice_complete,
    resolve_programme_term,
    visited_within,
)

START, END = date(2026, 9, 1), date(2026, 12, 9)  # 100 days, inclusive

# (label, as_of given, interviewed, target) -> (as_of, elapsed, left, required, actual, on_track)
PACE = [
    ("not started", date(2026, 8, 20), 0, 10_000,
     (date(2026, 8, 20), 0, 100, 100.0, None, True)),
    ("the day before the start", date(2026, 8, 31), 0, 100,
     (date(2026, 8, 31), 0, 100, 1.0, None, True)),
    ("first day", START, 50, 10_000, (START, 1, 99, 9_950 / 99, 50.0, False)),
    ("first day on pace", START, 100, 10_000, (START, 1, 99, 9_900 / 99, 100.0, True)),
    ("half-way, behind", date(2026, 10, 20), 4_000, 10_000,
     (date(2026, 10, 20), 50, 50, 120.0, 80.0, False)),
    ("half-way, exactly on pace", date(2026, 10, 20), 5_000, 10_000,
     (date(2026, 10, 20), 50, 50, 100.0, 100.0, True)),
    ("target met early", date(2026, 10, 20), 10_500, 10_000,
     (date(2026, 10, 20), 50, 50, 0.0, 210.0, True)),
    ("last day, short", END, 9_000, 10_000, (END, 100, 0, None, 90.0, False)),
    ("over and met", END, 10_000, 10_000, (END, 100, 0, 0.0, 100.0, True)),
]


@pytest.mark.parametrize(("label", "given", "interviewed", "target", "expected"), PACE,
                         ids=[p[0] for p in PACE])
def test_campaign_pace_table(label: str, given: date, interviewed: int, target: int,
                             expected: tuple) -> None:
    pace = campaign_pace(START, END, target, interviewed, effective_as_of(given, END))
    assert pace.days_total == 100
    got = (pace.as_of, pace.days_elapsed, pace.days_left, pace.required_per_day,
           pace.actual_per_day, pace.on_track)
    assert got == expected


@pytest.mark.parametrize(("given", "expected"), [
    (date(2027, 3, 1), END), (END + timedelta(days=1), END), (END, END),
    (date(2026, 10, 1), date(2026, 10, 1)), (date(2026, 1, 1), date(2026, 1, 1)),
])
def test_as_of_is_capped_at_the_last_day(given: date, expected: date) -> None:
    assert effective_as_of(given, END) == expected


def test_one_day_campaign() -> None:
    day = date(2026, 5, 1)
    pace = campaign_pace(day, day, 10, 3, day)
    assert (pace.days_total, pace.days_elapsed, pace.days_left) == (1, 1, 0)
    assert pace.required_per_day is None and pace.actual_per_day == 3.0 and not pace.on_track


def _spec_pace(start: date, end: date, target: int, interviewed: int, today: date) -> dict:
    """SPEC's campaign formulas, written again from the text with exact fractions."""
    as_of = today if today < end else end
    total = (end - start).days + 1
    elapsed = 0 if as_of < start else (as_of - start).days + 1
    left = (end - as_of).days if as_of >= start else total
    if interviewed >= target:
        required = 0.0
    elif left == 0:
        required = None
    else:
        required = (target - interviewed) / left
    actual = None if elapsed == 0 else interviewed / elapsed
    on_track = True if elapsed == 0 else Fraction(interviewed) >= Fraction(target * elapsed,
                                                                           total)
    return {"as_of": as_of, "days_total": total, "days_left": left, "required": required,
            "actual": actual, "on_track": on_track}


@given(
    start=st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)),
    length=st.integers(min_value=0, max_value=400),
    target=st.integers(min_value=1, max_value=50_000),
    interviewed=st.integers(min_value=0, max_value=60_000),
    offset=st.integers(min_value=-60, max_value=460),
)
def test_pace_matches_an_independent_reading_of_spec(start: date, length: int, target: int,
                                                     interviewed: int, offset: int) -> None:
    end = start + timedelta(days=length)
    today = start + timedelta(days=offset)
    want = _spec_pace(start, end, target, interviewed, today)
    pace = campaign_pace(start, end, target, interviewed, effective_as_of(today, end))
    assert pace.as_of == want["as_of"]
    assert pace.days_total == want["days_total"]
    assert pace.days_left == want["days_left"]
    assert pace.required_per_day == want["required"]
    assert pace.actual_per_day == want["actual"]
    assert pace.on_track == want["on_track"]


@pytest.mark.parametrize(("kinds", "complete"), [
    (set(), False), ({"chair"}, False), ({"chair", "office"}, False),
    ({"office", "worker"}, False), ({"chair", "office", "worker"}, True),
])
def test_practice_month_is_complete_with_all_three_days(kinds: set, complete: bool) -> None:
    assert practice_complete(kinds) is complete


@pytest.mark.parametrize(("text", "key"), [
    ("chair", "chair"), ("主席", "chair"), ("基层工会主席", "chair"), ("基层", "chair"),
    ("ch", "chair"), ("主", "chair"), ("office", "office"), ("办公室", "office"),
    ("工会办公室专职干部", "office"), ("工会", "office"), ("o", "office"), ("worker", "worker"),
    ("职工", "worker"), ("普通职工", "worker"), ("普通", "worker"), ("W", "worker"),
])
def test_practice_kinds_accept_keys_chinese_names_and_prefixes(text: str, key: str) -> None:
    assert resolve_programme_term(PRACTICE_KINDS, text, "practice day").key == key


@pytest.mark.parametrize(("text", "key"), [
    ("frontline", "frontline"), ("一线职工", "frontline"), ("一线", "frontline"),
    ("new_forms", "new_forms"), ("新就业形态", "new_forms"), ("new", "new_forms"),
    ("其他", "other"), ("other", "other"),
])
def test_interview_groups(text: str, key: str) -> None:
    assert resolve_programme_term(INTERVIEW_GROUPS, text, "group").key == key


def test_unknown_and_ambiguous_terms() -> None:
    with pytest.raises(Invalid):
        resolve_programme_term(PRACTICE_KINDS, "boss", "practice day")
    with pytest.raises(Invalid):
        resolve_programme_term(INTERVIEW_GROUPS, "", "group")
    with pytest.raises(Ambiguous):  # office and other both start with "o"
        resolve_programme_term((*PRACTICE_KINDS, *INTERVIEW_GROUPS), "o", "kind")


@pytest.mark.parametrize(("text", "month"), [
    ("2026-11", "2026-11"), ("2026-1", "2026-01"), ("this", "2026-11"), ("last", "2026-10"),
    ("本月", "2026-11"), ("上月", "2026-10"),
])
def test_parse_month(text: str, month: str) -> None:
    assert parse_month(text, date(2026, 11, 22)) == month


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "11", "nov", "2026/11"])
def test_parse_month_refuses(text: str) -> None:
    with pytest.raises(Invalid):
        parse_month(text, date(2026, 11, 22))


@pytest.mark.parametrize(("month", "first", "last"), [
    ("2026-02", date(2026, 2, 1), date(2026, 2, 28)), ("2024-02", date(2024, 2, 1),
                                                       date(2024, 2, 29)),
    ("2026-12", date(2026, 12, 1), date(2026, 12, 31)),
])
def test_month_bounds(month: str, first: date, last: date) -> None:
    assert month_bounds(month) == (first, last)


@pytest.mark.parametrize(("text", "today", "days"), [
    ("8w", date(2026, 11, 22), 56), ("8 weeks", date(2026, 11, 22), 56),
    ("60d", date(2026, 11, 22), 60), ("60", date(2026, 11, 22), 60),
    ("8周", date(2026, 11, 22), 56), ("60天", date(2026, 11, 22), 60),
    # calendar months (dateutil's relativedelta), not 30 days each
    ("2m", date(2026, 11, 22), 61),  # back to 22 September
    ("2个月", date(2026, 11, 22), 61),
    ("1m", date(2026, 3, 31), 31),  # 28 February: no 31st, the month's last day
    ("1 month", date(2026, 3, 1), 28),
    ("12m", date(2028, 2, 29), 366),  # to 28 February 2027
    ("2 months", date(2027, 1, 15), 61),  # across the year
])
def test_parse_within(text: str, today: date, days: int) -> None:
    assert parse_within(text, today) == days


@pytest.mark.parametrize("text", ["", "0w", "w", "8x", "-3d"])
def test_parse_within_refuses(text: str) -> None:
    with pytest.raises(Invalid):
        parse_within(text, date(2026, 11, 22))


@pytest.mark.parametrize(("first", "last", "sundays"), [
    (date(2026, 11, 1), date(2026, 11, 30),
     [date(2026, 11, 1), date(2026, 11, 8), date(2026, 11, 15), date(2026, 11, 22),
      date(2026, 11, 29)]),
    (date(2026, 11, 2), date(2026, 11, 7), []),
    (date(2026, 12, 26), date(2027, 1, 10),
     [date(2026, 12, 27), date(2027, 1, 3), date(2027, 1, 10)]),
])
def test_sundays_of_a_range(first: date, last: date, sundays: list[date]) -> None:
    from visitlog.service.receptions import sundays as sundays_of

    assert sundays_of(first, last) == sundays


@pytest.mark.parametrize(("last", "visited"), [
    (None, False), (date(2026, 11, 22), True), (date(2026, 9, 28), True),
    (date(2026, 9, 27), False),
])
def test_visited_within_eight_weeks(last: date | None, visited: bool) -> None:
    assert visited_within(last, date(2026, 11, 22), 56) is visited
