"""DATE and week SPEC parsing (SPEC "Commands"), and ISO week arithmetic invariants."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visitlog.domain.dates import (
    parse_date,
    parse_past_date,
    parse_week,
    shift_week,
    week_key,
    week_monday,
    week_start,
    weeks_in_year,
)
from visitlog.domain.errors import Invalid

THU = date(2026, 11, 19)  # Thursday of 2026-W47 (Mon 11-16 … Sun 11-22)
SAT = date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("2026-11-20", THU, date(2026, 11, 20)),
        ("2026-1-5", THU, date(2026, 1, 5)),
        ("2024-02-29", THU, date(2024, 2, 29)),
        ("11-20", THU, date(2026, 11, 20)),
        ("1-5", THU, date(2026, 1, 5)),
        ("today", THU, THU),
        (" Today ", THU, THU),
        ("yesterday", THU, date(2026, 11, 18)),
        ("今天", THU, THU),
        ("昨天", THU, date(2026, 11, 18)),
        ("前天", THU, date(2026, 11, 17)),
        ("yesterday", date(2026, 1, 1), date(2025, 12, 31)),
        ("3 days ago", THU, date(2026, 11, 16)),
        ("1 day ago", THU, date(2026, 11, 18)),
        ("0 days ago", THU, THU),
        ("-3d", THU, date(2026, 11, 16)),
        ("-30d", THU, date(2026, 10, 20)),
        ("3天前", THU, date(2026, 11, 16)),
        # weekday names: the most recent one on or before today
        ("fri", THU, date(2026, 11, 13)),
        ("FRI", THU, date(2026, 11, 13)),
        ("friday", THU, date(2026, 11, 13)),
        ("last friday", THU, date(2026, 11, 13)),
        ("thu", THU, THU),
        ("last thursday", THU, THU),
        ("mon", THU, date(2026, 11, 16)),
        ("sun", THU, date(2026, 11, 15)),
        ("fri", SAT, date(2026, 11, 20)),
        ("last friday", SAT, date(2026, 11, 20)),
        ("周五", THU, date(2026, 11, 13)),
        ("星期五", SAT, date(2026, 11, 20)),
        # 上周五: Friday of the previous ISO week, whatever today's weekday
        ("上周五", THU, date(2026, 11, 13)),
        ("上周五", SAT, date(2026, 11, 13)),
        ("上周一", THU, date(2026, 11, 9)),
        ("上周日", THU, date(2026, 11, 15)),
        ("上周五", date(2026, 1, 5), date(2026, 1, 2)),
        # as spreadsheets on Chinese Windows write dates
        ("2026/11/20", THU, date(2026, 11, 20)),
        ("2026.11.20", THU, date(2026, 11, 20)),
        ("2026年11月20日", THU, date(2026, 11, 20)),
        ("11月20日", THU, date(2026, 11, 20)),
    ],
)
def test_parse_date(text: str, today: date, expected: date) -> None:
    assert parse_date(text, today) == expected


@pytest.mark.parametrize(
    "text",
    ["", "  ", "tomorrow", "next friday", "fri day", "abc", "2026-13-01", "2026-02-30",
     "2025-02-29", "02-30", "13-01", "2026-11/20", "11/20", "-d", "d-3", "3 days", "days ago",
     "上上周五", "周八", "2026-11-20T10:00", "20261120"],
)
def test_parse_date_invalid(text: str) -> None:
    with pytest.raises(Invalid) as err:
        parse_date(text, THU)
    assert err.value.key == "date.invalid"


@pytest.mark.parametrize("text", ["2026-11-20", "11-20", "2027-01-01", "12-31"])
def test_future_dates_are_refused(text: str) -> None:
    with pytest.raises(Invalid) as err:
        parse_past_date(text, THU)
    assert err.value.key == "date.future"


@pytest.mark.parametrize("text", ["today", "2026-11-19", "fri", "上周五", "-1d"])
def test_past_dates_are_accepted(text: str) -> None:
    assert parse_past_date(text, THU) <= THU


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("2026-W47", THU, "2026-W47"),
        ("2026-w47", THU, "2026-W47"),
        ("2026-W1", THU, "2026-W01"),
        ("W47", THU, "2026-W47"),
        ("w08", THU, "2026-W08"),
        ("this", THU, "2026-W47"),
        ("last", THU, "2026-W46"),
        ("last", date(2026, 1, 1), "2025-W52"),
        ("this", date(2027, 1, 1), "2026-W53"),  # 1 Jan 2027 is in ISO week-year 2026
        ("W01", date(2027, 1, 1), "2026-W01"),  # W47 means "of this ISO week-year"
        ("2026-W53", THU, "2026-W53"),
        ("2026-01-01", THU, "2026-W01"),
        ("2025-12-29", THU, "2026-W01"),
        ("2027-01-03", THU, "2026-W53"),
        ("2026-01-04", THU, "2026-W01"),
        ("today", THU, "2026-W47"),
        ("上周五", THU, "2026-W46"),
        ("11-16", THU, "2026-W47"),
    ],
)
def test_parse_week(text: str, today: date, expected: str) -> None:
    assert parse_week(text, today) == expected


@pytest.mark.parametrize("text", ["2025-W53", "W54", "W00", "2026-W0", "next", "week 47", "",
                                  "2026-47", "W", "2026-02-30"])
def test_parse_week_invalid(text: str) -> None:
    with pytest.raises(Invalid) as err:
        parse_week(text, THU)
    assert err.value.key == "week.invalid"


@pytest.mark.parametrize(("year", "weeks"), [(2020, 53), (2024, 52), (2025, 52), (2026, 53),
                                             (2027, 52)])
def test_weeks_in_year(year: int, weeks: int) -> None:
    assert weeks_in_year(year) == weeks


@pytest.mark.parametrize(
    ("key", "monday"),
    [("2026-W01", date(2025, 12, 29)), ("2026-W08", date(2026, 2, 16)),
     ("2025-W40", date(2025, 9, 29)), ("2026-W53", date(2026, 12, 28)),
     ("2026-W47", date(2026, 11, 16))],
)
def test_week_start(key: str, monday: date) -> None:
    assert week_start(key) == monday
    assert week_key(monday) == key


days = st.dates(min_value=date(2001, 1, 8), max_value=date(2098, 12, 20))
keys = days.map(week_key)


@given(keys)
def test_week_key_of_week_start_round_trips(key: str) -> None:
    assert week_key(week_start(key)) == key


@given(keys)
def test_week_start_is_a_monday(key: str) -> None:
    assert week_start(key).weekday() == 0


@given(days)
def test_every_day_lies_in_its_week(day: date) -> None:
    monday = week_start(week_key(day))
    assert monday <= day <= monday + timedelta(days=6)
    assert week_monday(day) == monday


@given(keys, st.integers(min_value=-150, max_value=150))
def test_shift_week_round_trips(key: str, weeks: int) -> None:
    shifted = shift_week(key, weeks)
    assert shift_week(shifted, -weeks) == key
    assert (week_start(shifted) - week_start(key)).days == 7 * weeks


@given(keys, keys)
def test_week_keys_sort_like_their_mondays(a: str, b: str) -> None:
    assert (a < b) == (week_start(a) < week_start(b))


@given(days)
def test_parse_week_of_a_date_is_its_week(day: date) -> None:
    assert parse_week(day.isoformat(), THU) == week_key(day)
