"""SPEC conformance, seventh audit: what the earlier contract tests did not yet prove.

Black-box through the command line (tests/conftest.py's CliRunner), exact output and exit codes.
"""

from __future__ import annotations

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

RIGHTS = "权益保障部"


@pytest.fixture
def book(cli: Cli) -> Cli:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    return cli


# ---- SPEC: exit 2 is bad input; a year or month no calendar holds is a typo, not an internal
# error (exit 1, "rerun with --debug")


@pytest.mark.parametrize("args", [
    ["report", "practice", "--year", "0"],
    ["report", "practice", "--year", "-1"],
    ["report", "demands", "--year", "-5"],
    ["report", "demands", "--year", "0"],
    ["report", "reception", "--year", "0"],
])
def test_a_year_out_of_the_calendar_is_bad_input(book: Cli, args: list[str]) -> None:
    line = book.fail(2, *args)
    assert line.startswith("Usage error: Invalid value for '--year' / '-y': "), line
    assert "1900<=x<=9999" in line


@pytest.mark.parametrize("month", ["0000-01", "0001-05", "1899-12", "10000-01"])
def test_a_month_out_of_the_calendar_is_bad_input(book: Cli, month: str) -> None:
    assert book.fail(2, "report", "practice", "--month", month) == (
        f"Error: Unrecognised month '{month}'; use YYYY-MM, e.g. 2026-11")
    book.lang("zh")
    assert book.fail(2, "report", "practice", "--month", month) == (
        f"错误：无法识别月份「{month}」；请用 YYYY-MM，如 2026-11")


def test_the_last_month_of_the_calendar_has_not_started(book: Cli) -> None:
    assert book.fail(2, "report", "practice", "--month", "9999-12") == (
        "Error: 9999-12 has not started yet")


def test_the_first_supported_month_still_reports(book: Cli) -> None:
    data = book("report", "practice", "--month", "1900-01", "--format", "json").json()
    assert data == {"month": "1900-01", "officers": [],
                    "summary": {"complete": 0, "officers": 0}}


# ---- SPEC: "One clear line on stderr in the chosen language": the system's reason for a file
# that cannot be written or read is worded in Chinese too, not left in the C library's English


def test_an_output_in_a_missing_folder_says_why_in_chinese(book: Cli) -> None:
    target = book.tmp_path / "no-such-folder" / "week.csv"
    assert book.fail(2, "report", "week", "--format", "csv", "--output", str(target)) == (
        f"Error: Cannot write {target} (No such file or directory)")
    book.lang("zh")
    assert book.fail(2, "report", "week", "--format", "csv", "--output", str(target)) == (
        f"错误：无法写入 {target}（文件或文件夹不存在）")
    assert book.fail(2, "export", str(target)) == f"错误：无法写入 {target}（文件或文件夹不存在）"


@pytest.mark.sqlite_only
def test_a_damaged_backup_says_why_in_chinese(book: Cli) -> None:
    copy = book.tmp_path / "copy.db"
    book.ok("backup", str(copy))
    damaged = book.tmp_path / "damaged.db"
    damaged.write_bytes(copy.read_bytes()[:20_000])
    before = book.dump()
    assert book.fail(1, "restore", str(damaged)) == (
        f"Error: The backup {damaged} is damaged (database disk image is malformed); use another "
        "backup. The logbook was not changed")
    book.lang("zh")
    assert book.fail(1, "restore", str(damaged)) == (
        f"错误：备份 {damaged} 已损坏（数据库文件已损坏）；请换一个备份，台账未被修改")
    assert book.fail(2, "merge", str(damaged)) == (
        f"错误：{damaged} 不是可读的台账文件（数据库文件已损坏）")
    assert book.dump() == before


def test_a_reason_the_catalog_does_not_know_is_kept_as_given() -> None:
    from visitlog.i18n import t

    assert t("output.cannot_write", "zh", path="x", reason="something new") == (
        "无法写入 x（something new）")


# ---- SPEC: messages "in the chosen language": a category is named in Chinese in a Chinese
# message, as the listings already name it (一般, 职工实事), not by its key


def test_demand_add_names_the_category_in_chinese(book: Cli) -> None:
    book.lang("zh")
    assert book.ok("demand", "add", "加班费", "-e", "金海", "--officer", "王伟", "-c", "欠薪") == (
        "✓ 已登记诉求 #1：江苏金海新能源科技有限公司（欠薪），办理期限 2026-11-26\n")
    assert book.ok("demand", "add", "食堂", "-e", "金海", "--officer", "王伟") == (
        "✓ 已登记诉求 #2：江苏金海新能源科技有限公司（一般），办理期限 2026-12-19\n")
    book.lang("en")
    assert book.ok("demand", "add", "宿舍", "-e", "金海", "--officer", "王伟", "-c", "safety") == (
        "✓ Recorded demand #3: 江苏金海新能源科技有限公司 (safety), due 2026-11-22\n")


def test_undo_of_an_achievement_names_the_category_in_chinese(book: Cli) -> None:
    book.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-11-02")
    book.ok("achieve", "friends", "结交", "--officer", "王伟", "--date", "2026-11-03")
    book.ok("achieve", "delete", "2")
    book.lang("zh")
    assert book.ok("undo") == "已撤销：删除成果 #2（2026-11-03 王伟 职工朋友）\n"
    assert book.ok("undo") == "已撤销：记录成果 #2（2026-11-03 王伟 职工朋友）\n"
    book.lang("en")
    assert book.ok("undo") == "Undone: recording achievement #1 (2026-11-02 王伟 matters)\n"


# ---- SPEC: a missing FILE is bad input (exit 2) — and a folder named as the FILE is said to
# be one, not "No such file"


@pytest.mark.parametrize("command", [["visit", "import"], ["officer", "import"],
                                     ["achieve", "import"]])
def test_importing_a_folder_says_it_is_a_folder(book: Cli, command: list[str]) -> None:
    folder = book.tmp_path / "exports"
    folder.mkdir()
    assert book.fail(2, *command, str(folder)) == (
        f"Error: {folder} is a folder, not a CSV file")
    book.lang("zh")
    assert book.fail(2, *command, str(folder)) == f"错误：{folder} 是文件夹，不是 CSV 文件"
    assert book.fail(2, *command, str(folder / "missing.csv")) == (
        f"错误：找不到文件 {folder / 'missing.csv'}")


def test_restoring_a_folder_says_it_is_a_folder(book: Cli) -> None:
    folder = book.tmp_path / "backups"
    folder.mkdir()
    before = book.dump()
    assert book.fail(2, "restore", str(folder)) == (
        f"Error: {folder} is a folder, not a backup file")
    book.lang("zh")
    assert book.fail(2, "restore", str(folder)) == f"错误：{folder} 是文件夹，不是备份文件"
    assert book.dump() == before


# ---- SPEC: one line "in the chosen language": a number too large for the logbook is said so
# in Chinese, without Python's English words inside


def test_a_number_too_large_is_said_in_chinese(book: Cli) -> None:
    assert book.fail(2, "visit", "show", "99999999999999999999") == (
        "A number or date is out of range (Python int too large to convert to SQLite INTEGER); "
        "type a smaller number or a real date. Nothing was changed")
    book.lang("zh")
    assert book.fail(2, "visit", "show", "99999999999999999999") == (
        "数值超出范围（整数太大，台账存不下）；请输入较小的数或合理的日期，未做任何修改")
    before = book.dump()
    assert book.fail(2, "enterprise", "add", "新厂", "--employees", "99999999999999999999") == (
        "数值超出范围（整数太大，台账存不下）；请输入较小的数或合理的日期，未做任何修改")
    assert book.dump() == before


# ---- SPEC: notes are stored exactly as typed (any Unicode), and every listing and report takes
# --format xlsx: a note holding a control character Excel cannot store still gives a workbook


def test_a_note_with_control_characters_still_makes_a_workbook(book: Cli) -> None:
    from openpyxl import load_workbook

    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17",
            "--note", "铃\x07声\x1b[31m红")
    book.ok("demand", "add", "加班\x0b费", "-e", "金海", "--officer", "王伟")
    for command, shown in ((["visit", "list"], "铃\ufffd声\ufffd[31m红"),
                           (["demand", "list"], "加班\ufffd费")):
        out = book.tmp_path / f"{command[0]}.xlsx"
        assert book.ok(*command, "--format", "xlsx", "--output", str(out)) == ""
        cells = [v for row in load_workbook(out).active.iter_rows(values_only=True) for v in row]
        assert shown in cells, cells
    note = book("visit", "list", "--format", "json").json()[0]["note"]
    assert note == "铃\x07声\x1b[31m红"  # stored as typed


# ---- SPEC: an illegal demand transition is refused (exit 2) with one line in the chosen
# language: in Chinese the statuses and the step are named in Chinese (回访满意, 交办), not by key


def test_an_illegal_transition_is_worded_in_chinese(book: Cli) -> None:
    book.ok("demand", "add", "加班费", "-e", "金海", "--officer", "王伟")
    book.ok("demand", "resolve", "1", "--note", "已补发", "--officer", "王伟")
    book.ok("demand", "feedback", "1", "-s", "满意", "--officer", "王伟")
    before = book.dump()
    assert book.fail(2, "demand", "assign", "1", "--to", "人社局") == (
        "Error: A demand that is closed cannot take 'assign' (only from: open, assigned, "
        "escalated); nothing was changed")
    book.lang("zh")
    assert book.fail(2, "demand", "assign", "1", "--to", "人社局") == (
        "错误：诉求当前状态为 回访满意，不能执行 交办（仅限：登记、交办、上报）；未做任何修改")
    assert book.fail(2, "demand", "feedback", "1", "-s", "满意") == (
        "错误：诉求当前状态为 回访满意，不能执行 回访（仅限：办结）；未做任何修改")
    assert book.dump() == before


def test_a_town_when_no_enterprise_has_a_town_says_so(book: Cli) -> None:
    assert book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "Error: No enterprise is in '金湖镇'; no enterprise has a town yet "
        "(enterprise add --town)")
    book.lang("zh")
    assert book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "错误：没有企业位于「金湖镇」；还没有企业登记镇街（enterprise add --town）")
    book.ok("enterprise", "add", "恒达", "--town", "金城镇")
    assert book.fail(2, "assign", "王伟", "--town", "金湖镇") == (
        "错误：没有企业位于「金湖镇」；已有镇街：金城镇")
