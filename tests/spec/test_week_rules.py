"""The rules the week figures follow: available days, due, met, streaks, year to date.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    BOUNDARIES,
    HUAXING,
    JINHAI,
    ORG,
    RIGHTS,
    boundary_book,
    rows,
    week_monday,
)
from tests.templates import Templates

pytestmark = pytest.mark.engines

# ---- Rules the numbers follow --------------------------------------------------------------






def test_available_days_since_retire_and_leave_boundaries(cli: Cli, templates: Templates) -> None:
    templates.built(cli, boundary_book)
    report = rows(cli.week("--week", "2026-W46"))
    for name, _since, _retire, _leave, listed, days in BOUNDARIES:
        assert (name in report) == listed, name
        if listed:
            assert (report[name]["available_days"], report[name]["due"]) == (days, days >= 3), name


@pytest.mark.parametrize("minimum", [1, 2, 4, 5])
def test_min_available_days_setting(cli: Cli, templates: Templates, minimum: int) -> None:
    templates.built(cli, boundary_book)
    assert cli.ok("config", "set", "min_available_days", str(minimum)) == (
        f"Set min_available_days = {minimum}\n")
    report = cli.week("--week", "2026-W46")
    for name, _since, _retire, _leave, listed, days in BOUNDARIES:
        if listed:
            assert rows(report)[name]["due"] is (days >= minimum), name
    assert report["holiday_week"] is (5 < minimum)
    w40 = cli.week("--week", "2026-W40")  # three official working days
    assert (w40["holiday_week"], w40["official_workdays"]) == (3 < minimum, 3)


@pytest.mark.parametrize("week", ["2026-W40", "2026-W41"])  # around National Day 2026
def test_a_week_of_three_working_days_is_due_by_default(cli: Cli, week: str) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    report = cli.week("--week", week)
    assert (report["holiday_week"], report["official_workdays"]) == (False, 3)
    assert report["summary"] == {"officers": 1, "due": 1, "met": 0, "rate": 0.0}
    cli.ok("config", "set", "min_available_days", "4")
    report = cli.week("--week", week)
    assert (report["holiday_week"], report["summary"]["due"]) == (True, 0)


@pytest.mark.parametrize(("today", "week", "workdays"), [
    ("2026-03-05", "2026-W08", 0),  # Spring Festival
    ("2025-10-15", "2025-W40", 2),  # National Day
])
def test_holiday_weeks_nobody_is_due(cli: Cli, today: str, week: str, workdays: int) -> None:
    cli.today(today)
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2025-01-06")
    cli.ok("officer", "add", "李娜", "--dept", ORG, "--since", "2025-01-06")
    cli.ok("enterprise", "add", JINHAI)
    monday = week_monday(week)
    cli.ok("log", JINHAI, "--officer", "李娜", "--date", monday)  # met, yet not due
    report = cli.week("--week", week)
    assert (report["holiday_week"], report["official_workdays"]) == (True, workdays)
    assert [(r["officer"], r["due"], r["met"]) for r in report["officers"]] == [
        ("王伟", False, False), ("李娜", False, True)]
    assert report["summary"] == {"officers": 2, "due": 0, "met": 0, "rate": None}
    cli.ok("config", "set", "calendar", "weekdays")
    plain = cli.week("--week", week)
    assert (plain["holiday_week"], plain["official_workdays"]) == (False, 5)
    assert plain["summary"] == {"officers": 2, "due": 2, "met": 1, "rate": 0.5}




def test_weekdays_calendar_ignores_make_up_days(cli: Cli) -> None:
    cli.today("2026-03-05")
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    assert cli.week("--week", "2026-W07")["official_workdays"] == 6  # make-up Saturday
    cli.ok("config", "set", "calendar", "weekdays")
    assert cli.week("--week", "2026-W07")["official_workdays"] == 5


def test_report_week_json_shape(book: Cli) -> None:
    book.today("2026-11-26")
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17", "-r", "investigator",
            "-r", "publicist")
    book.ok("log", "华星", "--officer", "王伟", "--date", "2026-11-18")
    book.ok("log", "机械", "--officer", "李娜", "--date", "2026-11-20")
    report = book.week("--week", "2026-W47")
    assert list(report)[:8] == ["week", "start", "end", "as_of", "holiday_week",
                                "official_workdays", "officers", "summary"]
    assert {k: report[k] for k in list(report)[:6]} == {
        "week": "2026-W47", "start": "2026-11-16", "end": "2026-11-22", "as_of": "2026-11-22",
        "holiday_week": False, "official_workdays": 5}
    wang = rows(report)["王伟"]
    assert {k: wang[k] for k in ("officer", "dept", "due", "met", "visits", "enterprises",
                                 "roles", "streak", "ytd_met", "ytd_due")} == {
        "officer": "王伟", "dept": RIGHTS, "due": True, "met": True, "visits": 2,
        "enterprises": [JINHAI, HUAXING], "roles": ["publicist", "investigator"],
        "streak": 1, "ytd_met": 1, "ytd_due": 45}  # W02…W47 but the Spring Festival W08
    assert report["summary"] == {"officers": 3, "due": 3, "met": 2, "rate": 2 / 3}
    assert [r["officer"] for r in report["officers"]] == ["王伟", "李娜", "王伟东"]


def test_as_of_is_today_or_the_weeks_sunday(book: Cli) -> None:
    assert book.week()["as_of"] == "2026-11-19"
    assert book.week("--week", "last")["as_of"] == "2026-11-15"


def test_the_current_week_is_in_progress(book: Cli) -> None:
    book.ok("leave", "add", "王伟东", "--from", "2026-11-16", "--to", "2026-11-20")
    for week in ("2026-11-03", "2026-11-10"):
        for officer in ("王伟", "王伟东", "李娜"):
            book.ok("log", "金海", "--officer", officer, "--date", week)
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17")
    book.ok("log", "金海", "--officer", "王伟东", "--date", "2026-11-16")  # on leave, still met
    report = book.week()
    wang, dong, li = (rows(report)[n] for n in ("王伟", "王伟东", "李娜"))
    # due/met describe the week itself; ytd and streak count it only once met
    assert (wang["due"], wang["met"], wang["streak"], wang["ytd_met"]) == (True, True, 3, 3)
    assert (li["due"], li["met"], li["streak"], li["ytd_met"]) == (True, False, 2, 2)
    assert li["ytd_due"] == wang["ytd_due"] - 1
    assert (dong["due"], dong["met"], dong["streak"]) == (False, True, 2)
    assert dong["ytd_due"] == li["ytd_due"]
    assert report["summary"] == {"officers": 3, "due": 2, "met": 1, "rate": 0.5}
    past = rows(book.week("--week", "last"))["李娜"]  # a complete week: its own numbers
    assert (past["due"], past["met"], past["streak"], past["ytd_met"]) == (True, True, 2, 2)


def test_a_missed_past_week_breaks_the_streak(book: Cli) -> None:
    book.today("2026-11-26")
    for day in ("2026-11-03", "2026-11-10", "2026-11-24"):
        book.ok("log", "金海", "--officer", "王伟", "--date", day)
    assert rows(book.week("--week", "2026-W47"))["王伟"]["streak"] == 0
    assert rows(book.week("--week", "2026-W46"))["王伟"]["streak"] == 2
    assert rows(book.week())["王伟"]["streak"] == 1


def test_weeks_not_due_never_change_the_streak(cli: Cli) -> None:
    cli.today("2026-03-12")  # 2026-W11
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("officer", "add", "李娜", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("leave", "add", "王伟", "--from", "2026-03-02", "--to", "2026-03-06")  # all of W10
    cli.ok("leave", "add", "李娜", "--from", "2026-03-02", "--to", "2026-03-06")
    for day in ("2026-02-03", "2026-02-10", "2026-02-24", "2026-03-03"):
        cli.ok("log", JINHAI, "--officer", "王伟", "--date", day)  # W06 W07 W09, W10 on leave
    for day in ("2026-02-03", "2026-02-10", "2026-02-18", "2026-02-24"):
        cli.ok("log", JINHAI, "--officer", "李娜", "--date", day)  # W06 W07 W08 W09
    # W08 (Spring Festival) and W10 (leave) are not due: met or not, they are skipped
    for week, expected in (("2026-W08", 2), ("2026-W09", 3), ("2026-W10", 3)):
        report = rows(cli.week("--week", week))
        assert (report["王伟"]["streak"], report["李娜"]["streak"]) == (expected, expected), week
    w10 = rows(cli.week("--week", "2026-W10"))
    # W02…W10 but W08 and W10 (W01: not yet active)
    assert (w10["王伟"]["ytd_met"], w10["王伟"]["ytd_due"]) == (3, 7)
    current = rows(cli.week())  # W11 in progress, not met: skipped too
    assert (current["王伟"]["due"], current["王伟"]["streak"]) == (True, 3)


def test_streaks_run_across_year_boundaries(cli: Cli) -> None:
    cli.today("2027-01-13")
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-11-02")
    cli.ok("enterprise", "add", JINHAI)
    days = ["2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24", "2026-12-01", "2026-12-08",
            "2026-12-15", "2026-12-22", "2026-12-29", "2027-01-05"]
    for day in days:
        cli.ok("log", JINHAI, "--officer", "王伟", "--date", day)
    w53 = cli.week("--week", "2026-W53")["officers"][0]
    assert (w53["streak"], w53["ytd_met"], w53["ytd_due"]) == (9, 9, 9)
    w01 = cli.week("--week", "2027-W01")["officers"][0]
    assert (w01["streak"], w01["ytd_met"], w01["ytd_due"]) == (10, 1, 1)


def test_the_iso_week_year_decides_ytd(cli: Cli) -> None:
    cli.today("2026-01-08")  # 2026-W02
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2025-12-01")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("log", JINHAI, "--officer", "王伟", "--date", "2025-12-30")  # in 2026-W01
    w01 = cli.week("--week", "2026-W01")
    assert (w01["start"], w01["end"], w01["official_workdays"]) == (
        "2025-12-29", "2026-01-04", 4)
    wang = w01["officers"][0]
    assert (wang["met"], wang["ytd_met"], wang["ytd_due"]) == (True, 1, 1)
    w52 = cli.week("--week", "2025-W52")["officers"][0]
    assert (w52["met"], w52["ytd_met"], w52["ytd_due"]) == (False, 0, 4)


def test_visits_outside_the_active_days_still_meet_the_week(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-11-11")  # a Wednesday
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("log", JINHAI, "--officer", "王伟", "--date", "2026-11-09")
    wang = cli.week("--week", "2026-W46")["officers"][0]
    assert (wang["due"], wang["met"], wang["streak"], wang["ytd_met"], wang["ytd_due"]) == (
        True, True, 1, 1, 1)
