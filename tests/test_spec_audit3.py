"""SPEC conformance, third audit: what the earlier contract tests did not yet prove.

Black-box through the command line (tests/conftest.py's CliRunner), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

RIGHTS = "权益保障部"


def officer(cli: Cli, name: str = "王伟", since: str = "2026-01-05") -> None:
    cli.ok("officer", "add", name, "--dept", RIGHTS, "--since", since)


# ---- SPEC: "Every listing and report takes --format table|json|csv|markdown … and --output";
# "Listings (`list` commands) print a JSON array of objects with --format json" — config list too


def test_config_list_is_a_listing_like_the_others(cli: Cli) -> None:
    officer(cli)
    cli.ok("config", "set", "officer", "王伟")
    cli.ok("config", "set", "min_available_days", "4")
    assert cli.ok("config", "list") == (
        "officer = 王伟\nlang = \nmin_available_days = 4\ncalendar = official\n")
    assert cli("config", "list", "--format", "json").json() == [
        {"key": "officer", "value": "王伟", "scope": "user"},
        {"key": "lang", "value": None, "scope": "user"},
        {"key": "min_available_days", "value": "4", "scope": "logbook"},
        {"key": "calendar", "value": "official", "scope": "logbook"},
    ]
    assert cli.ok("config", "list", "--format", "csv") == (
        "key,value,scope\nofficer,王伟,user\nlang,,user\nmin_available_days,4,logbook\n"
        "calendar,official,logbook\n")
    out = cli.tmp_path / "settings.md"
    assert cli.ok("config", "list", "--format", "markdown", "--output", str(out)) == ""
    assert "| min_available_days | 4 | the logbook |" in out.read_text(encoding="utf-8")
    for fmt in ("html", "xlsx"):
        page = cli.tmp_path / f"settings.{fmt}"
        assert cli.ok("config", "list", "--format", fmt, "--output", str(page)) == ""
        assert page.stat().st_size > 0


def test_config_list_json_does_not_change_with_the_language(cli: Cli) -> None:
    english = cli.ok("config", "list", "--format", "json")
    cli.lang("zh")
    assert cli.ok("config", "list", "--format", "json") == english
    assert "| calendar | official | 台账 |" in cli.ok("config", "list", "--format", "markdown")


# ---- SPEC: "2 bad input (… a missing or undecodable input FILE)"; "never a traceback"


def test_merging_an_undecodable_file_is_bad_input(cli: Cli) -> None:
    officer(cli)
    before = cli.dump()
    binary = cli.tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))
    assert cli.fail(2, "merge", str(binary)) == (
        f"Error: {binary} is neither a visitlog bundle nor a logbook")
    half = cli.tmp_path / "half.bundle"  # a good first line, then bytes that are not UTF-8
    half.write_bytes(b'{"format":"visitlog-bundle","schema_version":7}\n\xff\xfe\n')
    assert cli.fail(2, "merge", str(half)) == (
        f"Error: {half} is neither a visitlog bundle nor a logbook")
    assert cli.dump() == before


# ---- SPEC: "it and its backups are created readable by the owner only (mode 0600)"


@pytest.mark.sqlite_only
def test_an_empty_file_made_into_the_logbook_is_owner_only(cli: Cli) -> None:
    cli.db.touch(mode=0o644)
    cli.db.chmod(0o644)  # `touch logbook.db` under the usual umask, before the first command
    cli.ok("init")
    assert cli.db.stat().st_mode & 0o777 == 0o600
    cli.db.chmod(0o640)  # an existing logbook's mode is the owner's choice: left alone
    cli.ok("init")
    assert cli.db.stat().st_mode & 0o777 == 0o640


# ---- SPEC: exit 2 for bad input, "never a traceback"


def test_export_to_an_empty_name_is_bad_input(cli: Cli) -> None:
    officer(cli)
    assert cli.fail(2, "export", "") == "Error: Cannot write . (Is a directory)"
    assert cli.fail(2, "report", "week", "--output", "") == (
        "Error: Cannot write . (Is a directory)")  # as every --output already said


# ---- SPEC: `report campaign NAME  # progress vs target, pace, by point and group` and
# `report officer NAME`; reports are shared "as a spreadsheet or a web page" (--format
# csv|markdown|html|xlsx): the headline figures must be in those formats too, not only in the
# terminal view and JSON


def campaign_book(cli: Cli) -> None:
    officer(cli, since="2024-01-01")
    cli.ok("campaign", "create", "大访谈", "--from", "2026-11-01", "--to", "2026-11-30",
           "--target", "100")
    cli.ok("campaign", "point", "add", "大访谈", "金湖站", "--town", "金湖镇")
    cli.ok("interview", "log", "大访谈", "--point", "金湖站", "--count", "19", "--officer", "王伟",
           "--date", "2026-11-10", "--group", "frontline", "--online")


def test_report_campaign_csv_leads_with_progress_pace_and_groups(cli: Cli) -> None:
    campaign_book(cli)
    assert cli.ok("report", "campaign", "大访谈", "--format", "csv").split("\n\n")[:2] == [
        "campaign,from,to,as_of,target,interviewed,online,offline,days_total,days_elapsed,"
        "days_left,required_per_day,actual_per_day,on_track\n"
        "大访谈,2026-11-01,2026-11-30,2026-11-19,100,19,19,0,30,19,11,7.363636363636363,1.0,no",
        "group,interviewed\nfrontline,19\nnew_forms,0\nother,0",
    ]
    before = cli.ok("report", "campaign", "大访谈", "--as-of", "2026-10-20", "--format", "csv")
    assert before.splitlines()[1] == (
        "大访谈,2026-11-01,2026-11-30,2026-10-20,100,0,0,0,30,0,30,3.3333333333333335,,yes")


def test_report_campaign_page_and_workbook_carry_the_headline(cli: Cli) -> None:
    from openpyxl import load_workbook

    campaign_book(cli)
    page = cli.ok("report", "campaign", "大访谈", "--format", "markdown")
    assert page.startswith(
        "## 大访谈 (2026-11-01 to 2026-11-30, as of 2026-11-19)\n\n"
        "| campaign | from | to | as of | target | interviewed | online | face to face | days |"
        " days elapsed | days left | needed a day | actual a day | on track |\n")
    assert "| 大访谈 | 2026-11-01 | 2026-11-30 | 2026-11-19 | 100 | 19 | 19 | 0 | 30 | 19 | 11 |"\
           " 7.4 | 1.0 | no |" in page
    assert "| front-line workers | 19 |" in page
    out = cli.tmp_path / "campaign.xlsx"
    cli.ok("report", "campaign", "大访谈", "--format", "xlsx", "--output", str(out))
    first = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert first[1][4:] == (100, 19, 19, 0, 30, 19, 11, 7.4, 1.0, "no")


def test_report_officer_csv_leads_with_the_officer_and_weeks(cli: Cli) -> None:
    officer(cli, since="2026-11-02")
    cli.ok("enterprise", "add", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-03")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-10")
    assert cli.ok("report", "officer", "王伟", "--format", "csv").split("\n\n")[0] == (
        "officer,dept,year,as_of,weeks_met,weeks_due,streak\n"
        f"王伟,{RIGHTS},2026,2026-11-19,2,2,2")
    cli.lang("zh")
    assert cli.ok("report", "officer", "王伟", "--format", "markdown").startswith(
        f"## 王伟（{RIGHTS}）2026 年履职卡，截至 2026-11-19\n\n"
        "| 干部 | 部室 | 年度 | 截至 | 完成周数 | 应完成周数 | 连续周 |\n"
        "|---|---|---:|---|---:|---:|---:|\n"
        f"| 王伟 | {RIGHTS} | 2026 | 2026-11-19 | 2 | 2 | 2 |\n")


# ---- SPEC: "`log ... --new` creates a missing enterprise on the spot"; errors are "one clear
# line": only `log` / `visit add` have --new, so only they suggest it


def test_only_log_suggests_new_for_a_missing_enterprise(cli: Cli) -> None:
    officer(cli)
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-02")
    with_new = "Error: No enterprise matches '不存在'; add --new to create it"
    assert cli.fail(2, "log", "不存在", "--officer", "王伟") == with_new
    assert cli.fail(2, "visit", "add", "不存在", "--officer", "王伟") == with_new
    plain = "Error: No enterprise matches '不存在'"
    for args in (["visit", "edit", "1", "--enterprise", "不存在"],
                 ["visit", "list", "--enterprise", "不存在"],
                 ["practice", "log", "chair", "--officer", "王伟", "--enterprise", "不存在"],
                 ["demand", "add", "x", "--enterprise", "不存在"],
                 ["reception", "log", "--date", "2026-11-15", "--host", "H",
                  "--enterprise", "不存在"],
                 ["assign", "王伟", "--enterprise", "不存在"]):
        assert cli.fail(2, *args) == plain, args
    visits = cli.csv("v.csv", "date,officer,enterprise\n2026-11-03,王伟,不存在\n")
    assert cli.fail(2, "visit", "import", str(visits)) == (
        "Error: line 2 (data row 1): No enterprise matches '不存在'; nothing was imported")
    cli.lang("zh")
    assert cli.fail(2, "assign", "王伟", "--enterprise", "不存在") == "错误：找不到企业「不存在」"


# ---- SPEC: NAME resolves (exact, alias, unique substring, pinyin): the confirmation names
# the officer it resolved to, not what was typed


def test_target_set_confirms_the_resolved_officer(cli: Cli) -> None:
    officer(cli)
    cli.ok("officer", "add", "王伟东", "--dept", "组织部")
    assert cli.ok("target", "set", "matters=4", "--officer", "wwd") == (
        "Set 2026 targets for 王伟东: matters=4\n")
    assert cli.ok("target", "set", "matters=5", "--officer", "伟东", "--year", "2025") == (
        "Set 2025 targets for 王伟东: matters=5\n")


# ---- SPEC: exit 1 only for faults "the user cannot fix by retyping", one clear line; `undo`
# reverts step by step


def test_deleting_a_visit_a_demand_was_heard_on(cli: Cli) -> None:
    officer(cli)
    cli.ok("enterprise", "add", "金海")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-02")
    cli.ok("demand", "add", "拖欠加班费", "--enterprise", "金海", "--visit", "1")
    cli.ok("achieve", "matters", "帮办", "--officer", "王伟", "--date", "2026-11-02",
           "--visit", "1")
    assert cli.ok("visit", "delete", "1") == (
        "Deleted #1: 2026-11-02 王伟 → 金海 (visitlog undo restores it)\n")
    demand = cli("demand", "show", "1", "--format", "json").json()
    assert (demand["visit_id"], demand["text"], demand["status"]) == (None, "拖欠加班费", "open")
    assert cli("achieve", "list", "--format", "json").json()[0]["visit"] is None
    assert cli.ok("undo") == "Undone: deleting visit #1 (2026-11-02 王伟 → 金海)\n"
    assert cli("demand", "show", "1", "--format", "json").json()["visit_id"] == 1
    assert cli("achieve", "list", "--format", "json").json()[0]["visit"] == 1


# ---- a device or pipe named as FILE is written into, never replaced (as root, renaming a
# file over /dev/null would replace the device)


def test_export_into_a_pipe_writes_the_bundle_and_keeps_the_pipe(cli: Cli) -> None:
    import os
    import stat
    import threading

    officer(cli)
    fifo = cli.tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    cli.ok("export", str(fifo))
    reader.join(timeout=30)
    assert received and received[0].startswith(b'{"exported_at"')
    assert b'"table":"officers"' in received[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_backup_refuses_a_pipe_even_with_force(cli: Cli) -> None:
    import os
    import stat

    officer(cli)
    fifo = cli.tmp_path / "pipe"
    os.mkfifo(fifo)
    assert cli.fail(2, "backup", str(fifo), "--force") == (
        f"Error: {fifo} is not a regular file (a device or a pipe); name a backup file")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
