"""Messages in the chosen language: usage mistakes, reasons, vocabulary, numbers.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import Cli
from tests.spec.books import USAGE_ZH, ZH_ERRORS, _campaign
from tests.templates import Templates

pytestmark = pytest.mark.engines

# -- messages in the chosen language --------------------------------------------------------------



@pytest.mark.parametrize(("args", "message"), ZH_ERRORS)
def test_errors_name_the_field_in_chinese(
        cli: Cli, templates: Templates, args: tuple[str, ...], message: str) -> None:
    templates.built(cli, _campaign)
    cli.lang("zh")
    assert cli.fail(2, *args) == message


# ---- SPEC: "One clear line on stderr in the chosen language" — usage mistakes too, not
# Chinese around the framework's English




@pytest.mark.parametrize(("args", "line"), USAGE_ZH)
def test_usage_errors_are_in_chinese_when_chinese_is_chosen(demand_book: Cli, args: list[str],
                                                            line: str) -> None:
    demand_book.lang("zh")
    assert demand_book.fail(2, *args) == line


@pytest.mark.parametrize("args", [args for args, _ in USAGE_ZH])
def test_usage_errors_in_chinese_hold_no_english_sentence(
        demand_book: Cli, args: list[str],
) -> None:
    demand_book.lang("zh")
    line = demand_book.fail(2, *args)
    assert not re.search(r"\b(Missing|Invalid|No such|requires|Got unexpected|does not|"
                         r"is not)\b", line), line


def test_usage_errors_in_english_are_unchanged(demand_book: Cli) -> None:
    assert demand_book.fail(2, "demand", "resolve", "1") == (
        "Usage error: Missing option '--note' / '-n'. (see visitlog demand resolve --help)")
    assert demand_book.fail(2, "report", "week", "--format", "pdf") == (
        "Usage error: Invalid value for '--format' / '-f': 'pdf' is not one of 'table', 'json', "
        "'csv', 'markdown', 'html', 'xlsx'. (see visitlog report week --help)")
    assert demand_book.fail(2, "bogus") == (
        "Usage error: No such command 'bogus'. (see visitlog --help)")
    assert demand_book.fail(2, "log", "金海", "--officer", "王伟", "--bogus") == (
        "Usage error: No such option: --bogus (see visitlog log --help)")


# ---- SPEC: "One clear line on stderr in the chosen language": the system's reason for a file
# that cannot be written or read is worded in Chinese too, not left in the C library's English


def test_an_output_in_a_missing_folder_says_why_in_chinese(visit_book: Cli) -> None:
    target = visit_book.tmp_path / "no-such-folder" / "week.csv"
    assert visit_book.fail(2, "report", "week", "--format", "csv", "--output", str(target)) == (
        f"Error: Cannot write {target} (No such file or directory)")
    visit_book.lang("zh")
    assert visit_book.fail(2, "report", "week", "--format", "csv", "--output", str(target)) == (
        f"错误：无法写入 {target}（文件或文件夹不存在）")
    assert visit_book.fail(2, "export", str(target)) == (
        f"错误：无法写入 {target}（文件或文件夹不存在）")


@pytest.mark.sqlite_only
def test_a_damaged_backup_says_why_in_chinese(visit_book: Cli) -> None:
    copy = visit_book.tmp_path / "copy.db"
    visit_book.ok("backup", str(copy))
    damaged = visit_book.tmp_path / "damaged.db"
    damaged.write_bytes(copy.read_bytes()[:20_000])
    before = visit_book.dump()
    assert visit_book.fail(1, "restore", str(damaged)) == (
        f"Error: The backup {damaged} is damaged (database disk image is malformed); use another "
        "backup. The logbook was not changed")
    visit_book.lang("zh")
    assert visit_book.fail(1, "restore", str(damaged)) == (
        f"错误：备份 {damaged} 已损坏（数据库文件已损坏）；请换一个备份，台账未被修改")
    assert visit_book.fail(2, "merge", str(damaged)) == (
        f"错误：{damaged} 不是可读的台账文件（数据库文件已损坏）")
    assert visit_book.dump() == before


def test_a_reason_the_catalog_does_not_know_is_kept_as_given() -> None:
    from visitlog.i18n import t

    assert t("output.cannot_write", "zh", path="x", reason="something new") == (
        "无法写入 x（something new）")


# ---- SPEC: messages "in the chosen language": a category is named in Chinese in a Chinese
# message, as the listings already name it (一般, 职工实事), not by its key


def test_demand_add_names_the_category_in_chinese(visit_book: Cli) -> None:
    visit_book.lang("zh")
    assert visit_book.ok("demand", "add", "加班费", "-e", "金海", "--officer", "王伟",
                         "-c", "欠薪") == (
        "✓ 已登记诉求 #1：江苏金海新能源科技有限公司（欠薪），办理期限 2026-11-26\n")
    assert visit_book.ok("demand", "add", "食堂", "-e", "金海", "--officer", "王伟") == (
        "✓ 已登记诉求 #2：江苏金海新能源科技有限公司（一般），办理期限 2026-12-19\n")
    visit_book.lang("en")
    assert visit_book.ok("demand", "add", "宿舍", "-e", "金海", "--officer", "王伟",
                         "-c", "safety") == (
        "✓ Recorded demand #3: 江苏金海新能源科技有限公司 (safety), due 2026-11-22\n")


def test_undo_of_an_achievement_names_the_category_in_chinese(visit_book: Cli) -> None:
    visit_book.ok("achieve", "matters", "追回欠薪", "--officer", "王伟", "--date", "2026-11-02")
    visit_book.ok("achieve", "friends", "结交", "--officer", "王伟", "--date", "2026-11-03")
    visit_book.ok("achieve", "delete", "2")
    visit_book.lang("zh")
    assert visit_book.ok("undo") == "已撤销：删除成果 #2（2026-11-03 王伟 职工朋友）\n"
    assert visit_book.ok("undo") == "已撤销：记录成果 #2（2026-11-03 王伟 职工朋友）\n"
    visit_book.lang("en")
    assert visit_book.ok("undo") == "Undone: recording achievement #1 (2026-11-02 王伟 matters)\n"


# ---- SPEC: one line "in the chosen language": a number too large for the logbook is said so
# in Chinese, without Python's English words inside


def test_a_number_too_large_is_said_in_chinese(visit_book: Cli) -> None:
    assert visit_book.fail(2, "visit", "show", "99999999999999999999") == (
        "A number or date is out of range (Python int too large to convert to SQLite INTEGER); "
        "type a smaller number or a real date. Nothing was changed")
    visit_book.lang("zh")
    assert visit_book.fail(2, "visit", "show", "99999999999999999999") == (
        "数值超出范围（整数太大，台账存不下）；请输入较小的数或合理的日期，未做任何修改")
    before = visit_book.dump()
    assert visit_book.fail(2, "enterprise", "add", "新厂", "--employees",
                           "99999999999999999999") == (
        "数值超出范围（整数太大，台账存不下）；请输入较小的数或合理的日期，未做任何修改")
    assert visit_book.dump() == before
