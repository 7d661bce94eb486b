"""The official calendar as the logbook's own data (issue 16): calendar show/set/unset/import,
entries overriding the holidays package date by date, and the reports' calendar_official."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import Cli
from visitlog.service import workdays
from visitlog.service.workdays import CalendarEntries

pytestmark = pytest.mark.engines

EXAMPLE_2026 = Path(__file__).resolve().parent.parent / "examples" / "calendar-2026.csv"
LATE_2027 = "2027-11-01"  # a Monday: 2027's schedule is not in the holidays package

# A made-up 2027 schedule (the real one is not published yet), in Chinese headers and kinds:
# W06 gets a make-up Saturday that makes it due (3 working days instead of the package's 2),
# W38 a make-up Sunday (6 days), W40 four days off (2 working days with its Saturday: a
# holiday week, where the package's guess had 3 and everyone due).
SCHEDULE_2027 = """日期,类型,名称
2027-02-08,休,春节
2027-02-09,休,春节
2027-02-10,假,春节
2027-02-13,班,调休上班
2027-09-26,上班,调休上班
2027-10-01,休,国庆节
2027-10-04,holiday,国庆节
2027-10-05,休,国庆节
2027-10-06,休,国庆节
2027-10-07,休,国庆节
2027-10-09,workday,调休上班
"""

WARNING_EN = ("2027 holiday schedule not entered: working days guessed, no make-up days "
              "(visitlog calendar import)")
WARNING_ZH = ("2027 年放假调休安排尚未录入，按法定节日推算，未含调休；"
              "用 visitlog calendar import 录入")


@pytest.fixture
def office(cli: Cli) -> Cli:
    """One officer, active since 2026, no visits, today late in 2027."""
    cli.today(LATE_2027)
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    return cli


def _week(cli: Cli, week: str) -> tuple[int, bool, bool, int]:
    data = cli.week("--week", week)
    row = data["officers"][0]
    return data["official_workdays"], data["holiday_week"], row["due"], row["ytd_due"]


def test_a_week_in_a_year_the_package_only_guesses_is_flagged(office: Cli) -> None:
    week = office.week("--week", "2027-W40")
    assert week["calendar_official"] is False
    assert office.week("--week", "2026-W47")["calendar_official"] is True
    table = office.ok("report", "week", "--week", "2027-W40").splitlines()
    assert table[0].startswith("2027-W40 (2027-10-04 to 2027-10-10")
    assert table[1] == WARNING_EN
    assert WARNING_EN not in office.ok("report", "week", "--week", "2026-W47")
    office.lang("zh")
    assert office.ok("report", "week", "--week", "2027-W40").splitlines()[1] == WARNING_ZH
    assert office.ok("report", "year").splitlines()[1] == WARNING_ZH
    markdown = office.ok("report", "week", "--week", "2027-W40", "--format", "markdown")
    assert markdown.splitlines()[2] == WARNING_ZH


def test_the_warning_in_pages_workbooks_and_not_in_csv(office: Cli, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    html = office.ok("report", "week", "--week", "2027-W40", "--format", "html")
    assert f'<p class="note">{WARNING_EN}</p>' in html
    assert '<p class="note">' not in office.ok("report", "week", "--week", "2026-W40",
                                               "--format", "html")
    assert WARNING_EN not in office.ok("report", "week", "--week", "2027-W40", "--format", "csv")
    path = tmp_path / "week.xlsx"
    office.ok("report", "week", "--week", "2027-W40", "--output", str(path))
    cells = [row[0] for row in load_workbook(path).active.iter_rows(values_only=True)]
    assert cells[-2:] == [WARNING_EN, "1 officer, 1 due, 0 met, rate 0.0%"]


def test_year_report_says_whether_its_weeks_rest_on_official_data(office: Cli) -> None:
    year = json.loads(office.ok("report", "year", "--format", "json"))
    assert year["calendar_official"] is False
    assert list(year) == ["year", "as_of", "officers", "calendar_official"]
    assert json.loads(office.ok("report", "year", "--year", "2026", "--as-of", "2026-12-27",
                                "--format", "json"))["calendar_official"] is True
    # 2026-W53 runs into 2027-01-03: the year's last week rests on 2027's guess
    assert json.loads(office.ok("report", "year", "--year", "2026", "--format", "json")
                      )["calendar_official"] is False


def test_a_logbook_that_counts_plain_weekdays_guesses_nothing(office: Cli) -> None:
    office.ok("config", "set", "calendar", "weekdays")
    assert office.week("--week", "2027-W40")["calendar_official"] is True


def test_importing_a_schedule_changes_the_due_weeks_exactly(office: Cli) -> None:
    weeks = ("2027-W05", "2027-W06", "2027-W07", "2027-W38", "2027-W40", "2027-W41",
             "2027-W44")
    before = {week: _week(office, week) for week in weeks}
    assert before == {
        "2027-W05": (4, False, True, 5),
        "2027-W06": (2, True, False, 5),
        "2027-W07": (5, False, True, 6),
        "2027-W38": (5, False, True, 37),
        "2027-W40": (3, False, True, 39),
        "2027-W41": (5, False, True, 40),
        "2027-W44": (5, False, True, 42),  # the week in progress, not met: not counted
    }
    path = office.csv("2027年放假安排.csv", SCHEDULE_2027, encoding="gbk")
    assert office.ok("calendar", "import", str(path)) == (
        "Entered 11 days from 2027年放假安排.csv (0 already there, skipped)\n")
    after = {week: _week(office, week) for week in weeks}
    assert after == {
        "2027-W05": (4, False, True, 5),  # the package's eve of Spring Festival stays
        "2027-W06": (3, False, True, 6),  # due: Thursday, Friday and the make-up Saturday
        "2027-W07": (5, False, True, 7),
        "2027-W38": (6, False, True, 38),  # the make-up Sunday
        "2027-W40": (2, True, False, 39),  # four days off: a holiday week now
        "2027-W41": (5, False, True, 40),
        "2027-W44": (5, False, True, 42),
    }
    assert office.week("--week", "2027-W40")["calendar_official"] is True
    assert WARNING_EN not in office.ok("report", "week", "--week", "2027-W40")
    # the same file again changes nothing
    dump = office.dump()
    assert office.ok("calendar", "import", str(path)) == (
        "Entered 0 days from 2027年放假安排.csv (11 already there, skipped)\n")
    assert office.dump() == dump


@pytest.mark.parametrize(("row", "reason"), [
    ("2027-10-08,休息,国庆节", "Invalid kind '休息': use holiday|workday|休|班|假|上班"),
    ("2027-02-30,休,春节", "Unrecognised date '2027-02-30'"),
    ("1900-10-01,休,国庆节", "Year '1900' is outside 1950-2100"),
    ("2027-02-08,班,调休上班",
     "2027-02-08 appears twice with different contents (first on line 2)"),
    (",休,春节", "Unrecognised date ''"),
    ("2027-10-08,,国庆节", "Invalid kind '': use holiday|workday|休|班|假|上班"),
])
def test_a_refused_import_changes_nothing(office: Cli, row: str, reason: str) -> None:
    office.ok("calendar", "set", "2027-10-08", "--workday")
    dump = office.dump()
    path = office.csv("bad.csv", f"date,kind,name\n2027-02-08,休,春节\n2027-02-09,休,春节\n{row}\n"
                                 "2027-02-10,休,春节\n")
    message = office.fail(2, "calendar", "import", str(path))
    assert message.startswith(f"Error: line 4 (data row 3): {reason}"), message
    assert message.endswith("; nothing was imported"), message
    assert office.dump() == dump


def test_a_missing_or_undecodable_file_is_refused(office: Cli) -> None:
    assert office.fail(2, "calendar", "import", str(office.tmp_path / "none.csv")) == (
        f"Error: No such file: {office.tmp_path / 'none.csv'}")
    path = office.tmp_path / "x.csv"
    path.write_bytes(b"date,kind\n\xff\xfe\x00\x81\n")
    assert "UTF-8" in office.fail(2, "calendar", "import", str(path))


def test_set_and_unset_take_effect_at_once_and_undo_reverts_them(office: Cli) -> None:
    assert _week(office, "2027-W40")[:3] == (3, False, True)
    assert office.ok("calendar", "set", "2027-10-06", "2027-10-07", "--holiday",
                     "--name", "国庆节") == (
        "Entered 2 days (day off): 2027-10-06, 2027-10-07\n")
    assert _week(office, "2027-W40")[:3] == (1, True, False)
    assert office.ok("calendar", "set", "2027-10-09", "--workday") == (
        "Entered 1 day (working day): 2027-10-09\n")
    assert _week(office, "2027-W40")[:3] == (2, True, False)
    assert office.ok("undo") == "Undone: marking 2027-10-09: working day\n"
    assert _week(office, "2027-W40")[:3] == (1, True, False)
    assert office.ok("calendar", "unset", "2027-10-07") == "Removed 1 entry: 2027-10-07\n"
    assert _week(office, "2027-W40")[:3] == (2, True, False)
    assert office.ok("undo") == "Undone: removing the calendar entries 2027-10-07\n"
    assert office.ok("undo") == "Undone: marking 2027-10-06, 2027-10-07: day off\n"
    assert _week(office, "2027-W40")[:3] == (3, False, True)
    assert office.week("--week", "2027-W40")["calendar_official"] is False


def test_set_and_unset_refuse_bad_input_and_change_nothing(office: Cli) -> None:
    office.ok("calendar", "set", "2027-10-08", "--holiday")
    dump = office.dump()
    assert office.fail(2, "calendar", "set", "2027-10-09") == (
        "Error: Say which: --holiday (a day off) or --workday (a working day)")
    assert office.fail(2, "calendar", "set", "2027-10-09", "--holiday", "--workday") == (
        "Error: Give --holiday or --workday, not both")
    assert office.fail(2, "calendar", "set", "2027-13-01", "--holiday").startswith(
        "Error: Unrecognised date '2027-13-01'")
    assert office.fail(2, "calendar", "unset", "2027-10-08", "2027-10-09") == (
        "Error: The logbook has no entries for 2027-10-09")
    assert office.fail(2, "calendar", "show", "--year", "3000") == (
        "Error: Year '3000' is outside 1950-2100")
    assert office.dump() == dump


def test_show_lists_the_year_with_where_each_day_comes_from(office: Cli) -> None:
    office.ok("calendar", "set", "2027-10-06", "--holiday", "--name", "国庆节")
    office.ok("calendar", "set", "2027-10-09", "--workday", "--name", "调休上班")
    data = json.loads(office.ok("calendar", "show", "--format", "json"))
    assert list(data) == ["year", "official", "holidays", "workdays", "days"]
    assert data["year"] == 2027 and data["official"] is True
    assert data["holidays"][-4:] == ["2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06"]
    assert data["workdays"] == ["2027-10-09"]
    assert data["days"][-3:] == [
        {"date": "2027-10-05", "kind": "holiday", "name": "National Day (observed)",
         "source": "guess"},
        {"date": "2027-10-06", "kind": "holiday", "name": "国庆节", "source": "logbook"},
        {"date": "2027-10-09", "kind": "workday", "name": "调休上班", "source": "logbook"},
    ]
    office.lang("zh")
    table = office.ok("calendar", "show", "--year", "2027").splitlines()
    assert table[0] == "2027 年放假调休安排"
    assert table[-2].split() == ["2027-10-09", "六", "班", "调休上班", "台账录入"]
    assert table[-1] == "工作日放假 14 天，调休上班 1 天"
    assert json.loads(office.ok("calendar", "show", "--year", "2028", "--format", "json")
                      )["official"] is False
    guessed = office.ok("calendar", "show", "--year", "2028").splitlines()
    assert guessed[0] == "2028 年放假调休安排（尚未录入，按法定节日推算）"
    assert all(line.endswith("推算") for line in guessed[2:-1])


@pytest.mark.parametrize("fmt", ["csv", "markdown", "html"])
def test_show_in_every_format(office: Cli, fmt: str) -> None:
    out = office.ok("calendar", "show", "--year", "2026", "--format", fmt)
    assert "2026-10-10" in out
    if fmt == "csv":
        assert out.splitlines()[0] == "date,weekday,kind,name,source"
        assert "2026-10-10,Sat,workday,make-up working day,package" in out.splitlines()


def test_show_as_a_workbook(office: Cli, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "calendar.xlsx"
    office.ok("calendar", "show", "--year", "2026", "--output", str(path))
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0] == ("date", "weekday", "kind", "name", "source")
    assert len([r for r in rows[1:] if r[0] is not None and r[1]]) == 25


def test_the_example_2026_schedule_is_the_package_s_and_changes_no_week(office: Cli) -> None:
    office.today("2026-12-27")
    shown = json.loads(office.ok("calendar", "show", "--year", "2026", "--format", "json"))
    assert {d["source"] for d in shown["days"]} == {"package"}
    weeks = [f"2026-W{n:02d}" for n in range(1, 53)]
    before = [office.week("--week", week) for week in weeks]
    assert office.ok("calendar", "import", str(EXAMPLE_2026)) == (
        "Entered 25 days from calendar-2026.csv (0 already there, skipped)\n")
    imported = json.loads(office.ok("calendar", "show", "--year", "2026", "--format", "json"))
    assert {d["source"] for d in imported["days"]} == {"logbook"}
    assert (imported["holidays"], imported["workdays"]) == (shown["holidays"],
                                                            shown["workdays"])
    assert [office.week("--week", week) for week in weeks] == before


def test_entries_travel_through_export_and_merge(office: Cli, tmp_path: Path) -> None:
    path = office.csv("2027.csv", SCHEDULE_2027)
    office.ok("calendar", "import", str(path))
    bundle = tmp_path / "office.jsonl"
    office.ok("export", str(bundle), "--since", "2027-06-01")
    other = tmp_path / "other.db"
    office.ok("--db", str(other), "officer", "add", "王伟", "--dept", "办公室",
              "--since", "2026-01-05")
    office.ok("--db", str(other), "calendar", "set", "2027-10-08", "--holiday")
    office.ok("--db", str(other), "merge", str(bundle))
    shown = json.loads(office.ok("--db", str(other), "calendar", "show", "--format", "json"))
    entries = [d for d in shown["days"] if d["source"] == "logbook"]
    assert [d["date"] for d in entries] == [
        "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-13", "2027-09-26", "2027-10-01",
        "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07", "2027-10-08", "2027-10-09"]
    assert office.week("--db", str(other), "--week", "2027-W06")["official_workdays"] == 3
    # the latest edit wins: the office renames a day, the other side merges it again
    office.ok("calendar", "set", "2027-10-01", "--holiday", "--name", "国庆节（第一天）")
    office.ok("export", str(bundle))
    office.ok("--db", str(other), "merge", str(bundle))
    names = {d["date"]: d["name"] for d in json.loads(office.ok(
        "--db", str(other), "calendar", "show", "--format", "json"))["days"]}
    assert names["2027-10-01"] == "国庆节（第一天）"
    # and merging the same bundle once more changes nothing
    dump = _dump(other)
    office.ok("--db", str(other), "merge", str(bundle))
    assert _dump(other) == dump


def _dump(db: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return [line for line in conn.iterdump() if "undo_" not in line]
    finally:
        conn.close()


def test_a_bundle_with_a_bad_calendar_row_is_refused(office: Cli, tmp_path: Path) -> None:
    office.ok("calendar", "set", "2027-10-08", "--holiday")
    bundle = tmp_path / "office.jsonl"
    office.ok("export", str(bundle))
    text = bundle.read_text(encoding="utf-8").replace('"kind": "holiday"', '"kind": "rest"')
    text = text.replace('"kind":"holiday"', '"kind":"rest"')
    assert '"rest"' in text
    bundle.write_text(text, encoding="utf-8")
    other = tmp_path / "other.db"
    office.ok("--db", str(other), "init")
    dump = _dump(other)
    office.fail(2, "--db", str(other), "merge", str(bundle))
    assert _dump(other) == dump


@pytest.mark.parametrize(("day", "entries", "working"), [
    (date(2026, 10, 1), (), False),  # National Day, from the package
    (date(2026, 10, 1), ((date(2026, 10, 1), True),), True),  # an entry overrides it
    (date(2026, 10, 10), (), True),  # the package's make-up Saturday
    (date(2026, 10, 10), ((date(2026, 10, 10), False),), False),
    (date(2026, 11, 19), ((date(2026, 11, 19), False),), False),  # a Thursday made a day off
    (date(2026, 11, 21), ((date(2026, 11, 21), True),), True),  # a Saturday made a working day
    (date(2026, 11, 19), ((date(2027, 11, 19), False),), True),  # another year's entry
    (date(2027, 10, 8), ((date(2027, 10, 8), False), (date(2027, 10, 9), True)), False),
])
def test_entries_override_the_package_date_by_date(day: date, entries: tuple,
                                                   working: bool) -> None:
    calendar = CalendarEntries(entries)
    assert workdays.is_working_day(day, workdays.OFFICIAL, calendar) is working
    # a logbook counting plain weekdays ignores the official calendar, entries included
    assert workdays.is_working_day(day, workdays.WEEKDAYS, calendar) is (day.weekday() < 5)


@pytest.mark.parametrize(("year", "entries", "official"), [
    (2001, (), True), (2026, (), True), (2027, (), False), (2000, (), False),
    (2027, ((date(2027, 10, 8), False),), True),
    (2028, ((date(2027, 10, 8), False),), False),
])
def test_a_year_is_official_with_the_package_s_notice_or_an_entry(year: int, entries: tuple,
                                                                   official: bool) -> None:
    assert workdays.is_official_year(year, CalendarEntries(entries)) is official


def test_the_package_s_official_years_are_kept_in_the_disk_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISITLOG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(workdays._DiskCache, "_loaded", None)
    try:
        years = workdays.package_official_years()
        assert set(range(2001, 2027)) <= years and 2027 not in years  # holidays 0.109
        stored = json.loads((tmp_path / "workdays.json").read_text(encoding="utf-8"))
        assert stored["official"] == sorted(years)
        workdays._DiskCache._loaded = None
        monkeypatch.setattr(workdays, "_compute_official_years",
                            lambda: pytest.fail("recomputed"))
        assert workdays.package_official_years() == years
        # damaged: recomputed, not trusted
        stored["official"] = ["2027"]
        (tmp_path / "workdays.json").write_text(json.dumps(stored), encoding="utf-8")
        workdays._DiskCache._loaded = None
        monkeypatch.setattr(workdays, "_compute_official_years", lambda: frozenset({2001}))
        assert workdays.package_official_years() == {2001}
    finally:
        workdays._DiskCache._loaded = None
