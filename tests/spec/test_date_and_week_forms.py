"""DATE and week SPEC: every form a user types, and what is refused.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    JINHAI,
    visits,
)

pytestmark = pytest.mark.engines

# ---- DATE and week SPEC --------------------------------------------------------------------


@pytest.mark.parametrize(("today", "typed", "expected"), [
    ("2026-11-22", "2026-11-20", "2026-11-20"),
    ("2026-11-22", "11-20", "2026-11-20"),
    ("2026-11-22", "today", "2026-11-22"),
    ("2026-11-22", "yesterday", "2026-11-21"),
    ("2026-11-22", "3 days ago", "2026-11-19"),
    ("2026-11-22", "1 day ago", "2026-11-21"),
    ("2026-11-22", "-3d", "2026-11-19"),
    ("2026-11-22", "fri", "2026-11-20"),
    ("2026-11-22", "friday", "2026-11-20"),
    ("2026-11-22", "last friday", "2026-11-20"),
    ("2026-11-22", "sun", "2026-11-22"),  # on or before today: today itself
    ("2026-11-22", "last sunday", "2026-11-22"),
    ("2026-11-20", "fri", "2026-11-20"),
    ("2026-11-20", "last friday", "2026-11-20"),
    ("2026-11-19", "fri", "2026-11-13"),
    ("2026-11-19", "last friday", "2026-11-13"),
    ("2026-11-19", "mon", "2026-11-16"),
    ("2026-11-22", "今天", "2026-11-22"),
    ("2026-11-22", "昨天", "2026-11-21"),
    ("2026-11-22", "前天", "2026-11-20"),
    ("2026-11-22", "上周五", "2026-11-13"),  # Friday of the previous ISO week
    ("2026-11-23", "上周五", "2026-11-20"),
    ("2026-11-19", "上周五", "2026-11-13"),
    ("2027-01-02", "12-30", "2026-12-30"),  # not next December: last year's
    ("2027-01-02", "12月30日", "2026-12-30"),
    ("2026-11-19", "1-5", "2026-01-05"),  # this year's
    ("2026-11-19", "11-20", "2026-11-20"),  # ahead, refused
    ("2027-01-02", "6-30", "2027-06-30"),  # this year's, ahead: refused
    # as spreadsheets on Chinese Windows write dates
    ("2026-11-22", "2026/11/20", "2026-11-20"),
    ("2026-11-22", "2026/1/5", "2026-01-05"),
    ("2026-11-22", "2026.11.20", "2026-11-20"),
    ("2026-11-22", "2026年11月20日", "2026-11-20"),
    ("2026-11-22", "11月20日", "2026-11-20"),
])
def test_date_forms(book: Cli, today: str, typed: str, expected: str) -> None:
    book.today(today)
    if expected > today:
        assert book.fail(2, "log", "金海", "--officer", "王伟", "--date", typed) == (
            f"Error: {expected} is in the future; only things that happened can be logged")
        return
    book.ok("log", "金海", "--officer", "王伟", "--date", typed)
    assert visits(book)[0]["date"] == expected


@pytest.mark.parametrize("typed", ["tomorrow", "2026-11/20", "20261120", "13-01", "2026-02-30",
                                   "next friday", "11/20", "", "  "])
def test_unrecognised_dates(book: Cli, typed: str) -> None:
    before = book.dump()
    line = book.fail(2, "log", "金海", "--officer", "王伟", "--date", typed)
    assert line.startswith("Error: Unrecognised date")
    assert book.dump() == before


@pytest.mark.parametrize("command", [
    ["log", "金海", "--officer", "王伟", "--date", "2026-11-20"],
    ["visit", "add", "金海", "--officer", "王伟", "--date", "11-20"],
    ["achieve", "matters", "帮办实事", "--officer", "王伟", "--date", "2026-11-20"],
])
def test_future_visits_and_achievements_are_rejected(book: Cli, command: list[str]) -> None:
    before = book.dump()
    assert book.fail(2, *command) == (
        "Error: 2026-11-20 is in the future; only things that happened can be logged")
    assert book.dump() == before


def test_future_visit_by_edit_or_import_is_rejected(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    assert "future" in book.fail(2, "visit", "edit", "1", "--date", "2026-11-20")
    path = book.csv("v.csv", f"date,officer,enterprise\n2026-11-20,王伟,{JINHAI}\n")
    assert book.fail(2, "visit", "import", str(path)) == (
        "Error: line 2 (data row 1): 2026-11-20 is in the future; only things that happened "
        "can be logged; nothing was imported")


@pytest.mark.parametrize(("today", "typed", "week"), [
    ("2026-11-19", "2026-W47", "2026-W47"),
    ("2026-11-19", "2026-W01", "2026-W01"),
    ("2026-11-19", "W47", "2026-W47"),
    ("2026-11-19", "W5", "2026-W05"),
    ("2026-11-19", "this", "2026-W47"),
    ("2026-11-19", "last", "2026-W46"),
    ("2026-11-19", "2026-11-10", "2026-W46"),
    ("2026-11-19", "11-16", "2026-W47"),
    ("2026-11-19", "yesterday", "2026-W47"),
    ("2026-11-19", "-7d", "2026-W46"),
    ("2026-11-19", "上周五", "2026-W46"),
    ("2026-11-19", "2025-12-31", "2026-W01"),  # its ISO week
    ("2027-01-02", "W53", "2026-W53"),  # W53 of this ISO year (2027-01-02 is in 2026-W53)
    ("2027-01-02", "this", "2026-W53"),
    ("2027-01-02", "last", "2026-W52"),
])
def test_week_forms(book: Cli, today: str, typed: str, week: str) -> None:
    book.today(today)
    assert book.week("--week", typed)["week"] == week


def test_wnn_is_of_this_iso_year(book: Cli) -> None:
    book.today("2027-01-05")  # 2027-W01: W53 means 2027-W53, which does not exist
    assert book.fail(2, "report", "week", "--week", "W53") == (
        "Error: Unrecognised week 'W53'; use 2026-W47, W47, this, last or a date")
    assert book.fail(2, "report", "week", "--week", "W52") == (
        "Error: 2027-W52 has not started yet")
    assert book.week("--week", "2026-W53")["week"] == "2026-W53"


@pytest.mark.parametrize("typed", ["2026-W48", "W48", "2026-11-23", "2027-W01"])
def test_a_week_after_the_current_one_is_refused(book: Cli, typed: str) -> None:
    assert book.fail(2, "report", "week", "--week", typed) == (
        f"Error: {'2027-W01' if typed == '2027-W01' else '2026-W48'} has not started yet")


@pytest.mark.parametrize("typed", ["2025-W53", "W0", "W54", "2026-W", "next", "W47x"])
def test_unrecognised_weeks(book: Cli, typed: str) -> None:
    assert book.fail(2, "report", "week", "--week", typed) == (
        f"Error: Unrecognised week '{typed}'; use 2026-W47, W47, this, last or a date")
