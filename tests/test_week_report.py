"""`report week --format json` end to end, on small hand-built logbooks.

Every expected number is worked out by hand in the test. Working days used below (China's
official calendar): 2026-W45…W48 have five each; 2026-W07 has six (make-up Sat 14 Feb);
2026-W08 has none (Spring Festival); 2026-W01 has four (29–31 Dec and make-up Sun 4 Jan).
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

JINHAI = "江苏金海新能源科技有限公司"
HUAXING = "苏州华星电子有限公司"
RIGHTS = "权益保障部"
ORG = "组织部"


def setup(cli: Cli, officers: list[tuple[str, str, str]]) -> None:
    for name, dept, since in officers:
        cli.ok("officer", "add", name, "--dept", dept, "--since", since)
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("enterprise", "add", HUAXING, "--alias", "华星")


def log(cli: Cli, officer: str, *dates: str, enterprise: str = "金海") -> None:
    for day in dates:
        cli.ok("log", enterprise, "--officer", officer, "--date", day)


def rows(report: dict) -> dict[str, dict]:
    return {row["officer"]: row for row in report["officers"]}


def test_thursday_joiner_is_not_due(cli: Cli) -> None:
    cli.today("2026-11-26")  # Thursday of 2026-W48; W47 is complete
    setup(cli, [("王伟", RIGHTS, "2026-11-02"), ("李娜", RIGHTS, "2026-11-19")])
    log(cli, "王伟", "2026-11-03", "2026-11-10")
    cli.ok("log", "华星", "--officer", "王伟", "--date", "2026-11-18", "-r", "investigator")
    report = cli.week("--week", "2026-W47")
    assert (report["week"], report["start"], report["end"]) == ("2026-W47", "2026-11-16",
                                                                 "2026-11-22")
    assert report["as_of"] == "2026-11-22"  # a past week: its Sunday
    assert report["holiday_week"] is False and report["official_workdays"] == 5
    wang, li = rows(report)["王伟"], rows(report)["李娜"]
    # 王伟: active since W45, met W45, W46, W47: streak 3, ytd 3/3 (W01–W44 inactive)
    assert wang == {"officer": "王伟", "dept": RIGHTS, "due": True, "met": True, "visits": 1,
                    "enterprises": [HUAXING], "roles": ["investigator"], "streak": 3,
                    "ytd_met": 3, "ytd_due": 3, "available_days": 5}
    # 李娜 joins on Thursday: Thu + Fri = 2 available days < 3, not due
    assert (li["due"], li["met"], li["available_days"]) == (False, False, 2)
    assert (li["streak"], li["ytd_met"], li["ytd_due"]) == (0, 0, 0)
    assert report["summary"] == {"officers": 2, "due": 1, "met": 1, "rate": 1.0}


def test_leave_over_a_whole_week(cli: Cli) -> None:
    cli.today("2026-11-26")
    setup(cli, [("王伟", RIGHTS, "2026-11-02"), ("张敏", RIGHTS, "2026-11-02")])
    log(cli, "王伟", "2026-11-03", "2026-11-18")
    log(cli, "张敏", "2026-11-04", "2026-11-19")
    cli.ok("leave", "add", "王伟", "--from", "2026-11-09", "--to", "2026-11-13")  # all of W46
    cli.ok("leave", "add", "张敏", "--from", "2026-11-09", "--to", "2026-11-10")  # Mon–Tue
    w46 = rows(cli.week("--week", "2026-W46"))
    # 王伟 on leave all week: 0 available days, not due; streak = W45 only
    assert (w46["王伟"]["due"], w46["王伟"]["available_days"]) == (False, 0)
    assert (w46["王伟"]["streak"], w46["王伟"]["ytd_met"], w46["王伟"]["ytd_due"]) == (1, 1, 1)
    # 张敏 on leave Mon–Tue: 3 available days, due, missed
    assert (w46["张敏"]["due"], w46["张敏"]["met"], w46["张敏"]["available_days"]) == (
        True, False, 3)
    assert (w46["张敏"]["streak"], w46["张敏"]["ytd_met"], w46["张敏"]["ytd_due"]) == (0, 1, 2)
    w47 = rows(cli.week("--week", "2026-W47"))
    # the leave week does not break 王伟's streak: W47 met, W46 skipped, W45 met
    assert (w47["王伟"]["streak"], w47["王伟"]["ytd_met"], w47["王伟"]["ytd_due"]) == (2, 2, 2)
    # 张敏's missed W46 does break hers
    assert (w47["张敏"]["streak"], w47["张敏"]["ytd_met"], w47["张敏"]["ytd_due"]) == (1, 2, 3)


def test_retired_officers(cli: Cli) -> None:
    cli.today("2026-11-26")
    setup(cli, [("王伟", RIGHTS, "2026-11-02"), ("赵强", RIGHTS, "2026-11-02"),
                ("孙丽", RIGHTS, "2026-11-02"), ("周杰", RIGHTS, "2026-11-02")])
    cli.ok("officer", "retire", "赵强", "--on", "2026-11-18")  # active Mon, Tue of W47
    cli.ok("officer", "retire", "孙丽", "--on", "2026-11-23")  # active all of W47
    cli.ok("officer", "retire", "周杰", "--on", "2026-11-16")  # gone before W47
    log(cli, "孙丽", "2026-11-17")
    w46 = rows(cli.week("--week", "2026-W46"))
    assert set(w46) == {"王伟", "赵强", "孙丽", "周杰"}
    w47 = cli.week("--week", "2026-W47")
    by_name = rows(w47)
    assert set(by_name) == {"王伟", "赵强", "孙丽"}
    assert (by_name["赵强"]["due"], by_name["赵强"]["available_days"]) == (False, 2)
    assert (by_name["孙丽"]["due"], by_name["孙丽"]["met"]) == (True, True)
    assert w47["summary"] == {"officers": 3, "due": 2, "met": 1, "rate": 0.5}
    w48 = rows(cli.week("--week", "2026-W48"))
    assert set(w48) == {"王伟"}


def test_spring_festival_week(cli: Cli) -> None:
    cli.today("2026-03-05")  # Thursday of 2026-W10
    setup(cli, [("王伟", RIGHTS, "2026-01-05"), ("李娜", ORG, "2026-01-05")])
    log(cli, "王伟", "2026-02-10", "2026-02-24")  # W07 and W09
    log(cli, "李娜", "2026-02-18")  # inside the holiday week
    w08 = cli.week("--week", "2026-W08")
    assert w08["holiday_week"] is True and w08["official_workdays"] == 0
    assert [(r["officer"], r["due"], r["met"]) for r in w08["officers"]] == [
        ("王伟", False, False), ("李娜", False, True)]
    assert w08["summary"] == {"officers": 2, "due": 0, "met": 0, "rate": None}
    wang = rows(cli.week("--week", "2026-W09"))["王伟"]
    # W09 met, W08 not due (skipped), W07 met, W06 due and missed: streak 2
    # ytd: W02–W07 (6 weeks) + W09 = 7 due; met W07, W09 = 2
    assert (wang["streak"], wang["ytd_met"], wang["ytd_due"]) == (2, 2, 7)


def test_weekdays_calendar_ignores_the_holiday(cli: Cli) -> None:
    cli.today("2026-03-05")
    setup(cli, [("王伟", RIGHTS, "2026-01-05")])
    cli.ok("config", "set", "calendar", "weekdays")
    w08 = cli.week("--week", "2026-W08")
    assert (w08["holiday_week"], w08["official_workdays"]) == (False, 5)
    assert w08["summary"] == {"officers": 1, "due": 1, "met": 0, "rate": 0.0}


def test_national_day_2025(cli: Cli) -> None:
    cli.today("2025-10-15")
    setup(cli, [("王伟", RIGHTS, "2025-09-01")])
    w40 = cli.week("--week", "2025-W40")
    assert (w40["holiday_week"], w40["official_workdays"]) == (True, 2)
    assert w40["officers"][0]["due"] is False


def test_in_progress_week(cli: Cli) -> None:
    cli.today("2026-11-19")  # Thursday of 2026-W47, the current week
    setup(cli, [("王伟", RIGHTS, "2026-11-02"), ("李娜", RIGHTS, "2026-11-02")])
    log(cli, "王伟", "2026-11-03", "2026-11-10", "2026-11-17")
    log(cli, "李娜", "2026-11-04", "2026-11-11")
    report = cli.week()
    assert (report["week"], report["as_of"]) == ("2026-W47", "2026-11-19")
    wang, li = rows(report)["王伟"], rows(report)["李娜"]
    # met this week: the current week counts (3 of 3)
    assert (wang["due"], wang["met"], wang["streak"], wang["ytd_met"], wang["ytd_due"]) == (
        True, True, 3, 3, 3)
    # not yet met: due is true for the week itself, but ytd and streak leave it out
    assert (li["due"], li["met"], li["streak"], li["ytd_met"], li["ytd_due"]) == (
        True, False, 2, 2, 2)
    assert report["summary"] == {"officers": 2, "due": 2, "met": 1, "rate": 0.5}


def test_streak_across_year_boundary(cli: Cli) -> None:
    cli.today("2026-01-14")  # 2026-W03
    setup(cli, [("王伟", RIGHTS, "2025-12-01")])
    log(cli, "王伟", "2025-12-02", "2025-12-09", "2025-12-16", "2025-12-23", "2025-12-30",
        "2026-01-06")
    wang = cli.week("--week", "2026-W02")["officers"][0]
    # 2025-W49…W52, 2026-W01, W02 all met: streak 6; ytd of 2026 = W01, W02
    assert (wang["streak"], wang["ytd_met"], wang["ytd_due"]) == (6, 2, 2)
    current = cli.week()["officers"][0]  # W03 in progress, unmet: skipped
    assert (current["due"], current["streak"], current["ytd_met"], current["ytd_due"]) == (
        True, 6, 2, 2)


def test_long_streak_beyond_the_window(cli: Cli) -> None:
    """A streak longer than half a year is followed back past the first look-up window."""
    cli.today("2026-11-26")
    setup(cli, [("王伟", RIGHTS, "2025-11-03")])
    path = cli.tmp_path / "visits.csv"
    from datetime import date, timedelta

    days = [date(2025, 11, 4) + timedelta(weeks=i) for i in range(56)]  # through 2026-11-24
    days = [d for d in days if d.isocalendar()[:2] != (2026, 8)]  # none in the holiday week
    path.write_text("date,officer,enterprise\n" + "".join(
        f"{d},王伟,{JINHAI}\n" for d in days), encoding="utf-8")
    cli.ok("visit", "import", str(path))
    wang = cli.week("--week", "2026-W47")["officers"][0]
    # 2025-W45 … W52 (8 weeks) + 2026-W01 … W47 (47 weeks) = 55 weeks, all met except the
    # Spring Festival week W08, which is not due and so skipped: streak 54
    assert wang["streak"] == 54
    assert (wang["ytd_met"], wang["ytd_due"]) == (46, 46)


def test_dept_filter(cli: Cli) -> None:
    cli.today("2026-11-26")
    setup(cli, [("王伟", RIGHTS, "2026-11-02"), ("李娜", ORG, "2026-11-02"),
                ("张敏", ORG, "2026-11-02")])
    log(cli, "王伟", "2026-11-17")
    log(cli, "李娜", "2026-11-17", "2026-11-10")
    report = cli.week("--week", "2026-W47", "--dept", ORG)
    assert [r["officer"] for r in report["officers"]] == ["李娜", "张敏"]
    assert rows(report)["李娜"]["streak"] == 2
    assert report["summary"] == {"officers": 2, "due": 2, "met": 1, "rate": 0.5}


@pytest.mark.parametrize("week", ["2026-W48", "W52", "2027-W01", "2026-11-23"])
def test_future_week_is_refused(cli: Cli, week: str) -> None:
    cli.today("2026-11-19")
    setup(cli, [("王伟", RIGHTS, "2026-11-02")])
    line = cli.fail(2, "report", "week", "--week", week)
    assert "has not started yet" in line


def test_invalid_week_is_refused(cli: Cli) -> None:
    line = cli.fail(2, "report", "week", "--week", "W99")
    assert line == "Error: Unrecognised week 'W99'; use 2026-W47, W47, this, last or a date"



def test_officer_rows_are_written_in_the_spec_key_order() -> None:
    """render/week unpacks each OfficerWeek by position into the SPEC's keys (the rows of
    test_thursday_joiner_is_not_due check the values): a field added or moved in the record
    must be added or moved there too."""
    from visitlog.service.week import OfficerWeek

    assert OfficerWeek._fields == (
        "officer", "dept", "due", "met", "visits", "enterprises", "roles", "streak", "ytd_met",
        "ytd_due", "available_days")
