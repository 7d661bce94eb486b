"""SPEC conformance of the foundation, black-box through the command line.

Each test names the SPEC section it checks. Working days used below (China's official calendar,
as the `holidays` package gives it): 2026-W45…W48 have five each (Mon–Fri); 2026-W07 six
(make-up Sat 14 Feb); 2026-W08 none (Spring Festival); 2026-W40 three (Mon–Wed, National Day
from Thu 1 Oct); 2025-W40 two (National Day); 2026-W01 four (29–31 Dec and make-up Sun 4 Jan);
2026-W53 four (28–31 Dec 2026).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

JINHAI = "江苏金海新能源科技有限公司"
HENGDA_JX = "常州恒达机械有限公司"
HENGDA_DZ = "常州恒达电子有限公司"
HUAXING = "苏州华星电子有限公司"
RIGHTS = "权益保障部"
ORG = "组织部"


def officers_and_enterprises(cli: Cli, since: str = "2026-01-05") -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", since)
    cli.ok("officer", "add", "王伟东", "--dept", ORG, "--since", since)
    cli.ok("officer", "add", "李娜", "--dept", ORG, "--since", since)
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    cli.ok("enterprise", "add", HENGDA_JX)
    cli.ok("enterprise", "add", HENGDA_DZ)
    cli.ok("enterprise", "add", HUAXING, "--alias", "华星")
    return cli


@pytest.fixture
def book(cli: Cli) -> Cli:
    return officers_and_enterprises(cli)


def visits(cli: Cli, *args: str) -> list[dict]:
    return cli("visit", "list", "--format", "json", *args).json()


def rows(report: dict) -> dict[str, dict]:
    return {row["officer"]: row for row in report["officers"]}


# ---- Where data lives --------------------------------------------------------------------


def test_db_option_beats_env_beats_user_data_dir(cli: Cli, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    option, env = tmp_path / "option.db", tmp_path / "env.db"
    monkeypatch.setenv("VISITLOG_DB", str(env))
    assert cli.ok("--db", str(option), "init") == f"Logbook ready: {option}\n"
    assert option.exists() and not env.exists()
    assert cli.ok("init") == f"Logbook ready: {env}\n"
    if sys.platform.startswith("linux"):  # platformdirs follows XDG_DATA_HOME on Linux
        monkeypatch.delenv("VISITLOG_DB")
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
        default = tmp_path / "data" / "visitlog" / "visitlog.db"
        assert cli.ok("init") == f"Logbook ready: {default}\n"
        assert default.stat().st_mode & 0o777 == 0o600


@pytest.mark.sqlite_only
def test_demo_takes_db_after_the_command(cli: Cli, tmp_path: Path) -> None:
    demo = tmp_path / "demo.db"
    out = cli.ok("demo", "--db", str(demo))
    assert out.startswith(f"Example federation loaded into {demo}: ")
    assert "2026-W47" in out.splitlines()[1]
    assert not cli.db.exists()  # VISITLOG_DB was not touched
    assert cli.ok("demo", "--db", str(demo)).startswith(f"{demo} already holds data")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_CONFIG_HOME is Linux's")
def test_user_settings_live_in_the_user_config_dir(book: Cli, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISITLOG_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    book.ok("config", "set", "officer", "李娜")
    book.ok("config", "set", "min_available_days", "4")
    stored = json.loads((tmp_path / "config" / "visitlog" / "config.json").read_text("utf-8"))
    assert stored == {"officer": "李娜"}  # the logbook's rule stays in the logbook
    assert book.ok("config", "list") == (
        "officer = 李娜\nlang = \nmin_available_days = 4\ncalendar = official\n")
    book.ok("--db", str(tmp_path / "other.db"), "officer", "add", "李娜", "--dept", ORG)
    assert book.ok("--db", str(tmp_path / "other.db"), "config", "get", "min_available_days") == (
        "3\n")


def test_visitlog_today_replaces_today(book: Cli) -> None:
    book.today("2026-03-04")
    assert book.ok("log", "金海", "--officer", "王伟").startswith(
        f"✓ Logged #1: 2026-03-04 王伟 → {JINHAI}")
    assert book.week()["week"] == "2026-W10"
    assert book.fail(2, "log", "金海", "--officer", "李娜", "--date", "2026-03-05") == (
        "Error: 2026-03-05 is in the future; only things that happened can be logged")


@pytest.mark.parametrize(("env", "args", "expected"), [
    ({"VISITLOG_LANG": "zh"}, [], "zh"),
    ({"VISITLOG_LANG": "en"}, [], "en"),
    ({"VISITLOG_LANG": "zh"}, ["--lang", "en"], "en"),
    ({"VISITLOG_LANG": "en"}, ["--lang", "zh"], "zh"),
    ({"LANG": "zh_CN.UTF-8"}, [], "zh"),
    ({"LANG": "zh_TW.UTF-8"}, [], "zh"),
    ({"LANG": "en_US.UTF-8"}, [], "en"),
    ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, [], "en"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, [], "zh"),
    ({"LANG": "zh_CN.UTF-8"}, ["--lang", "en"], "en"),
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, [], "zh"),
    ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "en_GB:zh"}, [], "en"),
    ({"LC_ALL": "C.UTF-8", "LANGUAGE": "zh_CN"}, [], "en"),  # gettext ignores it under C
    ({"LANGUAGE": "zh_CN"}, [], "en"),  # no locale set: C
    ({"LANG": "en_US.UTF-8", "LANGUAGE": ""}, [], "en"),
])
def test_language_choice(cli: Cli, monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                         args: list[str], expected: str) -> None:
    for var in ("VISITLOG_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    out = cli.ok(*args, "officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    assert out == {"zh": f"已添加干部 王伟（{RIGHTS}，2026-01-05 起）\n",
                   "en": f"Added officer 王伟 ({RIGHTS}, from 2026-01-05)\n"}[expected]
    line = cli.fail(2, *args, "log", "不存在", "--officer", "王伟")
    assert line.startswith({"zh": "错误：", "en": "Error: "}[expected])


def test_configured_lang_sits_between_env_and_locale(cli: Cli,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISITLOG_LANG")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    cli.ok("config", "set", "lang", "zh")
    assert cli.ok("undo") == "没有可撤销的修改\n"  # config lang beats the locale
    monkeypatch.setenv("VISITLOG_LANG", "en")
    assert cli.ok("undo") == "Nothing to undo\n"  # the environment beats config
    assert cli.fail(2, "--lang", "fr", "undo").startswith("Usage error: ")


def test_json_keys_never_change_with_the_language(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "-r", "调查员")
    for command in (["report", "week"], ["visit", "list"], ["officer", "list"],
                    ["enterprise", "list"], ["leave", "list"]):
        book.lang("en")
        english = book.ok(*command, "--format", "json")
        book.lang("zh")
        assert book.ok(*command, "--format", "json") == english
        book.lang("en")


# ---- Commands: the stable surface ---------------------------------------------------------


@pytest.mark.parametrize(("command", "options"), [
    ("init", []),
    ("demo", ["--db"]),
    ("officer add", ["--dept", "--since"]),
    ("officer list", ["--format", "--output"]),
    ("officer retire", ["--on"]),
    ("officer import", []),
    ("enterprise add", ["--town", "--industry", "--employees", "--union", "--no-union",
                        "--alias"]),
    ("enterprise list", ["--format", "--output"]),
    ("enterprise import", []),
    ("log", ["--officer", "--date", "--role", "--note", "--outcome", "--new"]),
    ("visit add", ["--officer", "--date", "--role", "--note", "--outcome", "--new"]),
    ("visit list", ["--officer", "--enterprise", "--from", "--to", "--format", "--output"]),
    ("visit show", []),
    ("visit edit", []),
    ("visit delete", []),
    ("visit import", []),
    ("undo", []),
    ("leave add", ["--from", "--to", "--reason"]),
    ("leave list", ["--format", "--output"]),
    ("report week", ["--week", "--dept", "--format", "--output"]),
    ("config get", []),
    ("config set", []),
    ("config list", []),
])
def test_commands_and_options_named_in_spec_exist(cli: Cli, command: str,
                                                  options: list[str]) -> None:
    out = cli.ok(*command.split(), "--help")
    assert out.startswith(f"Usage: visitlog {command} ")
    for option in options:
        assert f"{option} " in out or f"{option}," in out or f"/{option}" in out, option


def test_enterprise_add_with_every_option(cli: Cli) -> None:
    cli.ok("enterprise", "add", JINHAI, "--town", "金城镇", "--industry", "新能源",
           "--employees", "320", "--union", "--alias", "金海", "--alias", "JH")
    cli.ok("enterprise", "add", HUAXING, "--no-union")
    cli.ok("enterprise", "add", HENGDA_JX)
    listed = cli("enterprise", "list", "--format", "json").json()
    assert sorted(listed, key=lambda e: e["name"]) == [
        {"name": HENGDA_JX, "town": None, "industry": None, "employees": None, "union": None,
         "aliases": []},
        {"name": JINHAI, "town": "金城镇", "industry": "新能源", "employees": 320,
         "union": True, "aliases": ["JH", "金海"]},
        {"name": HUAXING, "town": None, "industry": None, "employees": None, "union": False,
         "aliases": []},
    ]


def test_officer_since_defaults_to_the_day_added_and_may_be_ahead(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    assert cli.ok("officer", "add", "李娜", "--dept", ORG, "--since", "2026-12-01") == (
        f"Added officer 李娜 ({ORG}, from 2026-12-01)\n")  # joining next month
    assert [(o["name"], o["since"]) for o in cli("officer", "list", "--format", "json").json()
            ] == [("王伟", "2026-11-19"), ("李娜", "2026-12-01")]


def test_undo_says_what_it_undid_step_by_step(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    book.ok("officer", "retire", "王伟东", "--on", "2026-11-20")
    book.ok("config", "set", "calendar", "weekdays")
    assert book.ok("undo") == "Undone: setting calendar = weekdays\n"
    assert book.ok("undo") == "Undone: retiring 王伟东 on 2026-11-20\n"
    assert book.ok("undo") == "Undone: leave for 李娜, 2026-11-16 to 2026-11-17\n"
    assert book.ok("undo") == f"Undone: logging visit #1 (2026-11-18 王伟 → {JINHAI})\n"
    assert book.ok("config", "get", "calendar") == "official\n"
    assert book("officer", "list", "--format", "json").json()[2]["retired_on"] is None
    assert book("leave", "list", "--format", "json").json() == []
    assert visits(book) == []


# ---- Listings and reports: --format and --output ------------------------------------------


LISTINGS = [["officer", "list"], ["enterprise", "list"], ["visit", "list"], ["leave", "list"]]


@pytest.mark.parametrize("command", LISTINGS, ids=" ".join)
def test_listings_print_a_json_array_of_objects(book: Cli, command: list[str]) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    listed = book(*command, "--format", "json").json()
    assert isinstance(listed, list) and listed
    assert all(isinstance(item, dict) for item in listed)


def test_an_empty_listing_is_an_empty_array(cli: Cli) -> None:
    for command in LISTINGS:
        assert cli(*command, "--format", "json").json() == []


def test_report_week_prints_one_object(book: Cli) -> None:
    assert isinstance(book.week(), dict)


@pytest.mark.parametrize("command", [*LISTINGS, ["report", "week"]], ids=" ".join)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_every_format_goes_to_the_output_file(book: Cli, command: list[str], fmt: str) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--note", "看望职工")
    book.ok("leave", "add", "李娜", "--from", "2026-11-16", "--to", "2026-11-17")
    printed = book.ok(*command, "--format", fmt)
    out = book.tmp_path / f"out.{fmt}"
    assert book.ok(*command, "--format", fmt, "--output", str(out)) == ""
    written = out.read_text(encoding="utf-8-sig")
    assert written == printed
    if fmt == "json":
        json.loads(written)
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    if fmt == "markdown":
        assert "|---" in written


@pytest.mark.parametrize("fmt", ["html", "xlsx"])
def test_report_week_as_html_and_xlsx(book: Cli, fmt: str) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    out = book.tmp_path / f"week.{fmt}"
    assert book.ok("report", "week", "--format", fmt, "--output", str(out)) == ""
    data = out.read_bytes()
    assert data.startswith(b"PK" if fmt == "xlsx" else b"<!DOCTYPE html>")
    if fmt == "html":
        assert JINHAI in data.decode("utf-8")


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table", "html", "xlsx"])
def test_output_into_a_missing_folder_is_bad_input(book: Cli, fmt: str) -> None:
    out = book.tmp_path / "no-such-folder" / f"week.{fmt}"
    assert book.fail(2, "report", "week", "--format", fmt, "--output", str(out)) == (
        f"Error: Cannot write {out} (No such file or directory)")
    assert book.fail(2, "visit", "list", "--format", fmt, "--output", str(out)).startswith(
        "Error: Cannot write ")
    assert book.fail(2, "visit", "list", "--output", str(book.tmp_path)).startswith(
        "Usage error: ")  # a folder


def test_unknown_format_is_bad_input(book: Cli) -> None:
    assert book.fail(2, "visit", "list", "--format", "pdf").startswith("Usage error: ")


# ---- --officer defaults to "me" on recording commands --------------------------------------


@pytest.mark.parametrize("command", [
    ["log", "金海"],
    ["visit", "add", "金海"],
    ["achieve", "matters", "帮职工追回欠薪"],
    ["practice", "log", "chair"],
])
def test_recording_commands_need_an_officer(book: Cli, command: list[str]) -> None:
    before = book.dump()
    line = book.fail(2, *command)
    assert "config set officer" in line and "--officer" in line
    assert book.dump() == before
    book.ok("config", "set", "officer", "wangweidong")  # resolved and stored as the name
    assert book.ok("config", "get", "officer") == "王伟东\n"
    assert "王伟东" in book.ok(*command)


def test_listings_without_officer_cover_everyone(book: Cli) -> None:
    book.ok("config", "set", "officer", "王伟")
    book.ok("log", "金海", "--officer", "王伟")
    book.ok("log", "金海", "--officer", "李娜")
    assert {v["officer"] for v in visits(book)} == {"王伟", "李娜"}
    assert [v["officer"] for v in visits(book, "--officer", "李娜")] == ["李娜"]
    assert len(book.week()["officers"]) == 3


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


# ---- Name resolution -----------------------------------------------------------------------


@pytest.fixture
def names(book: Cli) -> Cli:
    book.ok("enterprise", "add", "恒达")  # an exact name that is also part of two others
    book.ok("enterprise", "add", "金海精密", "--alias", "JHJM")
    return book


@pytest.mark.parametrize(("typed", "expected"), [
    (JINHAI, JINHAI),  # exact
    (f"  {JINHAI} ", JINHAI),  # surrounding spaces do not count
    ("恒达", "恒达"),  # exact beats substring
    ("华星", HUAXING),  # alias
    ("JHJM", "金海精密"),  # alias
    ("机械", HENGDA_JX),  # unique substring
    ("新能源", JINHAI),
    ("jhxny", JINHAI),  # pinyin initials
    ("JHXNY", JINHAI),
    ("jinhaixin", JINHAI),  # full pinyin, part of the name
    ("huaxing", HUAXING),
    ("hengda", "恒达"),  # the whole pinyin of one name beats containing it
    ("jinhai", JINHAI),  # ... or of an alias (金海), though 金海精密 contains it too
    ("czhdjx", HENGDA_JX),
])
def test_enterprise_resolution(names: Cli, typed: str, expected: str) -> None:
    names.ok("log", typed, "--officer", "王伟")
    assert visits(names)[0]["enterprise"] == expected


@pytest.mark.parametrize(("typed", "message"), [
    ("常州恒达", f"Error: '常州恒达' matches several enterprises: {HENGDA_JX}、{HENGDA_DZ}"),
    ("电子", f"Error: '电子' matches several enterprises: {HENGDA_DZ}、{HUAXING}"),
    ("czhd", f"Error: 'czhd' matches several enterprises: {HENGDA_JX}、{HENGDA_DZ}"),
    ("不存在", "Error: No enterprise matches '不存在'; add --new to create it"),
    ("zzz", "Error: No enterprise matches 'zzz'; add --new to create it"),
])
def test_enterprise_no_match_or_several(names: Cli, typed: str, message: str) -> None:
    before = names.dump()
    assert names.fail(2, "log", typed, "--officer", "王伟") == message
    assert names.dump() == before


@pytest.mark.parametrize(("typed", "expected"), [
    ("王伟", "王伟"), ("李娜", "李娜"), ("李", "李娜"), ("娜", "李娜"), ("wangwei", "王伟"),
    ("ww", "王伟"), ("wwd", "王伟东"), ("lina", "李娜"), ("ln", "李娜"), ("东", "王伟东"),
])
def test_officer_resolution(book: Cli, typed: str, expected: str) -> None:
    book.ok("log", "金海", "--officer", typed)
    assert visits(book)[0]["officer"] == expected


def test_officer_no_match_or_several(book: Cli) -> None:
    assert book.fail(2, "log", "金海", "--officer", "王") == (
        "Error: '王' matches several officers: 王伟、王伟东")
    assert book.fail(2, "log", "金海", "--officer", "wang") == (
        "Error: 'wang' matches several officers: 王伟、王伟东")
    assert book.fail(2, "log", "金海", "--officer", "张三") == "Error: No officer matches '张三'"
    assert book.fail(2, "officer", "retire", "王") == (
        "Error: '王' matches several officers: 王伟、王伟东")


def test_at_most_ten_candidates(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    for i in range(12):
        cli.ok("officer", "add", f"张{i:02d}", "--dept", ORG)
    line = cli.fail(2, "log", "x", "--new", "--officer", "张")
    assert line.startswith("Error: '张' matches several officers: 张00、张01、")
    assert line.count("、") == 9 and "张10" not in line


def test_log_new_creates_a_missing_enterprise(book: Cli) -> None:
    assert book.ok("log", "新开的厂", "--new", "--officer", "王伟") == (
        "✓ Logged #1: 2026-11-19 王伟 → 新开的厂 (-). Created enterprise 新开的厂. "
        "Week 2026-W47 is met (1 visit this week).\n")
    # an existing name or alias is used, not created again
    assert book.ok("log", "新开的厂", "--new", "--officer", "李娜") == (
        "✓ Logged #2: 2026-11-19 李娜 → 新开的厂 (-). "
        "Week 2026-W47 is met (1 visit this week).\n")
    assert book.ok("log", "华星", "--new", "--officer", "李娜") == (
        f"✓ Logged #3: 2026-11-19 李娜 → {HUAXING} (-). "
        "Week 2026-W47 is met (2 visits this week).\n")
    assert len(book("enterprise", "list", "--format", "json").json()) == 5
    assert book.ok("undo") == f"Undone: logging visit #3 (2026-11-19 李娜 → {HUAXING})\n"


# ---- CSV imports ---------------------------------------------------------------------------


def test_officer_import_with_chinese_headers_and_bom(cli: Cli) -> None:
    path = cli.csv("干部.csv", "\ufeff姓名,部门,入职日期\n王伟,权益保障部,2026-01-05\n"
                   "李娜,组织部,\n张敏,组织部,2026-12-01\n")
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 3 from 干部.csv; skipped 0 already present\n")
    assert [(o["name"], o["dept"], o["since"]) for o in
            cli("officer", "list", "--format", "json").json()] == [
        ("王伟", RIGHTS, "2026-01-05"), ("李娜", ORG, "2026-11-19"), ("张敏", ORG, "2026-12-01")]
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 0 from 干部.csv; skipped 3 already present\n")


def test_enterprise_import_union_values(cli: Cli) -> None:
    path = cli.csv("e.csv", "企业名称,镇街,行业,职工人数,是否建会\n"
                   f"{JINHAI},金城镇,新能源,320,是\n甲,,,,否\n乙,,,,yes\n丙,,,,no\n丁,,,,1\n"
                   "戊,,,,0\n己,,,,\n")
    assert cli.ok("enterprise", "import", str(path)).startswith("Imported 7 from e.csv")
    unions = {e["name"]: e["union"] for e in cli("enterprise", "list", "--format", "json").json()}
    assert unions == {JINHAI: True, "甲": False, "乙": True, "丙": False, "丁": True,
                      "戊": False, "己": None}
    only_names = cli.csv("names.csv", "name\n庚\n")
    assert cli.ok("enterprise", "import", str(only_names)).startswith("Imported 1 ")
    bad = cli.csv("bad.csv", "name,union\n辛,maybe\n")
    assert cli.fail(2, "enterprise", "import", str(bad)).startswith("Error: line 2 (data row 1): ")


def test_visit_import_with_chinese_headers_roles_and_outcomes(book: Cli) -> None:
    path = book.csv("走访.csv", "\ufeff日期,干部,企业,角色,备注,新入会会员,unions_formed\n"
                    f"2026-11-16,王伟,{JINHAI},调查员;helper,了解诉求,12,1\n"
                    f"2026-11-17,李娜,华星,,,,\n")
    assert book.ok("visit", "import", str(path)) == (
        "Imported 2 from 走访.csv; skipped 0 already present\n")
    first = visits(book, "--officer", "王伟")[0]
    assert (first["roles"], first["note"], first["members_joined"], first["unions_formed"]) == (
        ["investigator", "helper"], "了解诉求", 12, 1)
    assert visits(book, "--officer", "李娜")[0]["enterprise"] == HUAXING  # an alias
    before = book.dump()
    assert book.ok("visit", "import", str(path)) == (
        "Imported 0 from 走访.csv; skipped 2 already present\n")
    assert book.dump() == before


@pytest.mark.parametrize(("text", "reason"), [
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,{JINHAI},boss,\n",
     "line 3 (data row 2): Unknown role 'boss'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,张三,{JINHAI},,\n",
     "line 3 (data row 2): No officer matches '张三'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,不存在,,\n",
     "line 3 (data row 2): No enterprise matches '不存在'"),
    (f"2026-11-16,王伟,{JINHAI},,\n2026-13-17,王伟,{JINHAI},,\n",
     "line 3 (data row 2): Unrecognised date '2026-13-17'"),
    # an unquoted comma in the note would silently cut it short
    (f"2026-11-16,王伟,{JINHAI},,\n2026-11-17,王伟,{JINHAI},,走访,座谈\n",
     "line 3 (data row 2) has 6 fields"),
])
def test_a_bad_visit_row_imports_nothing(book: Cli, text: str, reason: str) -> None:
    path = book.csv("v.csv", "date,officer,enterprise,roles,note\n" + text)
    before = book.dump()
    line = book.fail(2, "visit", "import", str(path))
    assert line.startswith(f"Error: {reason}"), line
    assert line.endswith("nothing was imported")
    assert book.dump() == before


@pytest.mark.parametrize("command", [["officer", "import"], ["enterprise", "import"],
                                     ["visit", "import"], ["leave", "import"]])
def test_missing_or_undecodable_file_is_bad_input(cli: Cli, command: list[str]) -> None:
    cli.ok("init")
    before = cli.dump()
    missing = cli.tmp_path / "missing.csv"
    assert cli.fail(2, *command, str(missing)) == f"Error: No such file: {missing}"
    utf16 = cli.tmp_path / "utf16.csv"
    utf16.write_bytes("name,dept\n王伟,x\n".encode("utf-16"))
    assert cli.fail(2, *command, str(utf16)) == (
        f"Error: {utf16} is neither UTF-8 nor GBK/GB18030 text")
    assert cli.fail(2, *command, str(cli.tmp_path)).startswith("Error: ")
    assert cli.dump() == before


def test_a_bad_officer_row_imports_nothing(cli: Cli) -> None:
    path = cli.csv("o.csv", "name,dept,since\n王伟,权益保障部,\n李娜,,\n")
    assert cli.fail(2, "officer", "import", str(path)) == (
        "Error: line 3 (data row 2): dept must not be empty; nothing was imported")
    assert cli("officer", "list", "--format", "json").json() == []


def test_leave_identity_and_import(book: Cli) -> None:
    path = book.csv("l.csv", "干部,开始,结束,事由\n王伟,2026-11-16,2026-11-17,年假\n"
                    "李娜,2026-11-18,2026-11-18,\n")
    assert book.ok("leave", "import", str(path)).startswith("Imported 2 from l.csv; skipped 0")
    assert book.ok("leave", "import", str(path)).startswith("Imported 0 from l.csv; skipped 2")
    assert book.fail(2, "leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-17") == (
        "Error: 王伟's leave 2026-11-16–2026-11-17 is already recorded")


# ---- Rules the numbers follow --------------------------------------------------------------


BOUNDARIES = [
    # name, officer add/retire/leave arguments, listed in W46, available days in W46
    ("since Mon", ["--since", "2026-11-09"], None, None, True, 5),
    ("since Wed", ["--since", "2026-11-11"], None, None, True, 3),
    ("since Thu", ["--since", "2026-11-12"], None, None, True, 2),
    ("since Sat", ["--since", "2026-11-14"], None, None, True, 0),
    ("since Sun", ["--since", "2026-11-15"], None, None, True, 0),
    ("since next Mon", ["--since", "2026-11-16"], None, None, False, 0),
    ("retire Thu", [], "2026-11-12", None, True, 3),
    ("retire Wed", [], "2026-11-11", None, True, 2),
    ("retire Tue", [], "2026-11-10", None, True, 1),
    ("retire Mon", [], "2026-11-09", None, False, 0),
    ("leave Wed-Fri", [], None, ("2026-11-11", "2026-11-13"), True, 2),
    ("leave Thu-Fri", [], None, ("2026-11-12", "2026-11-13"), True, 3),
    ("leave Fri", [], None, ("2026-11-13", "2026-11-13"), True, 4),
    ("leave weekend", [], None, ("2026-11-14", "2026-11-15"), True, 5),
    ("leave into Tue", [], None, ("2026-11-02", "2026-11-10"), True, 3),
]


def boundary_book(cli: Cli) -> None:
    cli.ok("enterprise", "add", JINHAI)
    for name, since, retire, leave, _listed, _days in BOUNDARIES:
        cli.ok("officer", "add", name, "--dept", RIGHTS, *(since or ["--since", "2026-01-05"]))
        if retire:
            cli.ok("officer", "retire", name, "--on", retire)
        if leave:
            cli.ok("leave", "add", name, "--from", leave[0], "--to", leave[1])


def test_available_days_since_retire_and_leave_boundaries(cli: Cli) -> None:
    boundary_book(cli)
    report = rows(cli.week("--week", "2026-W46"))
    for name, _since, _retire, _leave, listed, days in BOUNDARIES:
        assert (name in report) == listed, name
        if listed:
            assert (report[name]["available_days"], report[name]["due"]) == (days, days >= 3), name


@pytest.mark.parametrize("minimum", [1, 2, 4, 5])
def test_min_available_days_setting(cli: Cli, minimum: int) -> None:
    boundary_book(cli)
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


def week_monday(week: str) -> str:
    from datetime import date

    return date.fromisocalendar(int(week[:4]), int(week[6:]), 1).isoformat()


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


# ---- Behaviour under bad input and faults --------------------------------------------------


@pytest.mark.parametrize("args", [
    ["no-such-command"],
    ["log"],
    ["log", "金海", "--officer", "王伟", "--no-such-option"],
    ["visit", "show", "abc"],
    ["visit", "show", "99"],
    ["visit", "edit", "99", "--note", "x"],
    ["visit", "edit", "1"],
    ["officer", "add", "王伟", "--dept", RIGHTS],
    ["officer", "add", "", "--dept", RIGHTS],
    ["enterprise", "add", "x", "--employees", "-1"],
    ["officer", "retire", "王伟", "--on", "2026-01-01"],
    ["leave", "add", "王伟", "--from", "2026-11-18", "--to", "2026-11-17"],
    ["log", "金海", "--officer", "王伟", "--role", "boss"],
    ["log", "金海", "--officer", "王伟", "--outcome", "members_joined=-1"],
    ["log", "金海", "--officer", "王伟", "--outcome", "nothing=1"],
    ["report", "week", "--week", "W99"],
    ["report", "week", "--format", "pdf"],
    ["config", "set", "min_available_days", "8"],
    ["config", "set", "calendar", "lunar"],
    ["config", "set", "colour", "red"],
    ["config", "get", "colour"],
    ["--lang", "fr", "officer", "list"],
    ["visit", "list", "--from", "someday"],
    ["visit", "show", "99999999999999999999999"],
])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(book: Cli, args: list[str]) -> None:
    before = book.dump()
    line = book.fail(2, *args)
    assert line.startswith(("Error: ", "Usage error: ", "A number or date is out of range"))
    assert book.dump() == before


def test_unknown_setting_lists_every_setting(cli: Cli) -> None:
    known = "officer, lang, min_available_days, calendar"
    assert cli.fail(2, "config", "set", "colour", "red") == (
        f"Error: Unknown setting 'colour'; known: {known}")
    assert cli.fail(2, "config", "get", "colour") == (
        f"Error: Unknown setting 'colour'; known: {known}")


def test_errors_are_in_the_chosen_language(book: Cli) -> None:
    book.lang("zh")
    assert book.fail(2, "log", "不存在", "--officer", "王伟") == (
        "错误：找不到企业「不存在」；新企业请加 --new")
    assert book.fail(2, "report", "week", "--week", "W48") == (
        "错误：2026-W48 尚未开始，不能生成报表")
    assert book.fail(2, "log").startswith("用法错误：")


@pytest.mark.sqlite_only
@pytest.mark.parametrize("contents", [b"not a logbook" * 200, b""])
def test_a_damaged_logbook_is_a_fault(cli: Cli, contents: bytes) -> None:
    cli.db.write_bytes(contents)
    if not contents:
        cli.ok("officer", "list")  # an empty file is a new logbook
        return
    line = cli.fail(1, "officer", "list")
    assert "Traceback" not in line and "damaged" in line


def test_a_directory_as_logbook_is_a_fault(cli: Cli) -> None:
    assert cli.fail(1, "--db", str(cli.tmp_path), "officer", "list").startswith(
        ("Error: ", "Fault: "))


def test_debug_shows_the_traceback(book: Cli) -> None:
    result = book("--debug", "visit", "show", "99")
    assert result.exit_code == 2 and "Traceback (most recent call last)" in result.stderr
    assert result.stderr.rstrip("\n").splitlines()[-1] == "Error: There is no visit #99"


@pytest.mark.sqlite_only
def test_the_logbook_is_created_owner_only(cli: Cli) -> None:
    import os

    old = os.umask(0)
    try:
        cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    finally:
        os.umask(old)
    assert cli.db.stat().st_mode & 0o777 == 0o600


@pytest.mark.sqlite_only
def test_a_newer_logbook_is_refused_clearly_and_untouched(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    conn = sqlite3.connect(cli.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = cli.db.read_bytes()
    for args in (["officer", "list"], ["log", "x", "--officer", "王伟", "--new"], ["init"]):
        line = cli.fail(1, *args)
        assert "newer visitlog" in line and "999" in line
    assert cli.db.read_bytes() == before


FORMULAS = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\nx"]


@pytest.mark.parametrize("formula", FORMULAS, ids=repr)
def test_csv_outputs_neutralise_formulas(cli: Cli, formula: str) -> None:
    import csv
    import io

    # names are trimmed of surrounding whitespace; notes and reasons are kept as typed
    cli.ok("officer", "add", "--dept", formula + "部", "--since", "2026-01-05", "--",
           formula + "王")
    cli.ok("enterprise", "add", "--town", formula + "镇", "--", formula + "厂")
    cli.ok("log", "--officer", formula + "王", "--note", formula + "记", "--", formula + "厂")
    cli.ok("leave", "add", "--from", "2026-11-02", "--to", "2026-11-02",
           "--reason", formula + "假", "--", formula + "王")
    for command in [*LISTINGS, ["report", "week"]]:
        text = cli.ok(*command, "--format", "csv")
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r", "\n")) for c in cells), (
            command, cells)
        if not formula[0].isspace():
            assert any(c.startswith("'" + formula) for c in cells), (command, cells)
    note = [c for row in csv.reader(io.StringIO(cli.ok("visit", "list", "--format", "csv")))
            for c in row if c.endswith("记")]
    assert note == ["'" + formula + "记"]


def test_html_and_xlsx_outputs_neutralise_formulas(cli: Cli) -> None:
    from openpyxl import load_workbook

    cli.ok("officer", "add", "--dept", "x", "--since", "2026-01-05", "--", "=1+2王")
    cli.ok("enterprise", "add", "--", "@SUM(A1)厂")
    cli.ok("log", "--officer", "=1+2王", "--note", "-3", "--", "@SUM(A1)厂")
    for command in (["report", "week"], ["visit", "list"]):
        page = cli.ok(*command, "--format", "html")
        assert "&#x27;=1+2王" in page and "&#x27;@SUM(A1)厂" in page
        assert ">=1+2王" not in page and ">@SUM(A1)厂" not in page
        out = cli.tmp_path / "out.xlsx"
        cli.ok(*command, "--format", "xlsx", "--output", str(out))
        cells = [c for ws in load_workbook(out) for row in ws.iter_rows(values_only=True)
                 for c in row if isinstance(c, str)]
        assert "'=1+2王" in cells and "'@SUM(A1)厂" in cells
        assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), cells


def test_visit_list_table_keeps_dates_whole(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18", "-r", "调查员", "-r",
            "helper", "--note", "了解职工诉求", "--outcome", "members_joined=12")
    book.ok("log", "华星", "--officer", "李娜", "--date", "2026-11-17")
    refs = [v["ref"] for v in json.loads(book.ok("visit", "list", "--format", "json"))]
    assert book.ok("visit", "list").splitlines() == [
        "Visits (2)",
        "#  ref     date        officer  enterprise        roles              note          "
        "outcomes         ",
        f"1  {refs[0]}  2026-11-18  王伟     江苏金海新能源科  investigator,      了解职工诉求  "
        "members joined 12",
        " " * 32 + "技有限公司        helper" + " " * 44,
        f"2  {refs[1]}  2026-11-17  李娜     苏州华星电子有限" + " " * 52,
        " " * 32 + "公司" + " " * 64,
    ]


@pytest.mark.parametrize("command", [["report", "week"], ["report", "year"],
                                     ["report", "heatmap"], ["officer", "list"]], ids=" ".join)
def test_dept_filters_name_a_department(book: Cli, command: list[str]) -> None:
    book.ok("officer", "add", "张敏", "--dept", "基层工作部")
    assert book.fail(2, *command, "--dept", "宣传部") == (
        f"Error: No department matches '宣传部'; departments: 基层工作部、{RIGHTS}、{ORG}")
    assert book.fail(2, *command, "--dept", "部") == (
        f"Error: '部' matches several departments: 基层工作部、{RIGHTS}、{ORG}")
    exact = book.ok(*command, "--dept", RIGHTS, "--format", "json")
    assert book.ok(*command, "--dept", "权益", "--format", "json") == exact  # a unique part


@pytest.mark.parametrize(("args", "message"), [
    (["log", "金海能源", "--officer", "王伟"],
     f"Error: No enterprise matches '金海能源' (close: {JINHAI}); add --new to create it"),
    (["log", "常州恒达公司", "--officer", "王伟"],
     f"Error: No enterprise matches '常州恒达公司' (close: {HENGDA_JX}、{HENGDA_DZ}、{HUAXING}); "
     "add --new to create it"),  # the most characters in common first
    (["log", "jinhaiq", "--officer", "王伟"],
     f"Error: No enterprise matches 'jinhaiq' (close: {JINHAI}); add --new to create it"),
    (["log", "金海", "--officer", "王小伟"],
     "Error: No officer matches '王小伟' (close: 王伟、王伟东)"),
    (["log", "金海", "--officer", "wangweii"],
     "Error: No officer matches 'wangweii' (close: 王伟、王伟东)"),
    (["log", "金海", "--officer", "张三"], "Error: No officer matches '张三'"),
    (["officer", "retire", "李莎"], "Error: No officer matches '李莎' (close: 李娜)"),
])
def test_no_match_lists_close_candidates(book: Cli, args: list[str], message: str) -> None:
    assert book.fail(2, *args) == message
    book.lang("zh")
    if "王小伟" in args:
        assert book.fail(2, *args) == "错误：找不到干部「王小伟」（相近的有：王伟、王伟东）"


def test_close_candidates_are_at_most_ten(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    for i in range(12):
        cli.ok("enterprise", "add", f"测试企业{i:02d}有限公司")
    line = cli.fail(2, "log", "测试公司", "--officer", "王伟")
    assert line.startswith("Error: No enterprise matches '测试公司' (close: 测试企业00有限公司、")
    assert line.count("有限公司") == 10


@pytest.mark.parametrize("roles", ["调查员;服务员", "调查员；服务员", "调查员、服务员",
                                   "investigator,helper", "调查员，helper", " inv ; 服务 "])
def test_roles_in_a_visits_file(book: Cli, roles: str) -> None:
    path = book.csv("v.csv", f'date,officer,enterprise,roles\n2026-11-16,王伟,{JINHAI},"{roles}"\n')
    book.ok("visit", "import", str(path))
    assert visits(book)[0]["roles"] == ["investigator", "helper"]


def test_a_visits_file_saved_by_chinese_excel(book: Cli) -> None:
    path = book.csv("走访.csv", "日期,干部,企业,角色,备注\n"
                    f"2026/11/16,王伟,{JINHAI},调查员；服务员,了解诉求\n", encoding="gbk")
    assert book.ok("visit", "import", str(path)).startswith("Imported 1 from 走访.csv")
    assert (visits(book)[0]["date"], visits(book)[0]["roles"]) == (
        "2026-11-16", ["investigator", "helper"])


def test_visit_edit_needs_something_to_change(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    assert book.fail(2, "visit", "edit", "1") == (
        "Error: Nothing to change; give --date, --officer, --enterprise, --role, --note or "
        "--outcome")
    assert book.ok("undo") == f"Undone: logging visit #1 (2026-11-19 王伟 → {JINHAI})\n"
