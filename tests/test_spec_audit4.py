"""SPEC conformance, fourth audit: what the earlier contract tests did not yet prove.

Black-box through the command line (tests/conftest.py's CliRunner), exact output and exit codes.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import Cli

pytestmark = pytest.mark.engines

RIGHTS = "权益保障部"


def officer(cli: Cli, name: str = "王伟", since: str = "2026-01-05", dept: str = RIGHTS) -> None:
    cli.ok("officer", "add", name, "--dept", dept, "--since", since)


@pytest.fixture
def book(cli: Cli) -> Cli:
    officer(cli)
    cli.ok("enterprise", "add", "江苏金海新能源科技有限公司")
    cli.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-16")
    cli.ok("demand", "add", "加班费", "--enterprise", "金海")
    return cli


# ---- SPEC: "One clear line on stderr in the chosen language" — usage mistakes too, not
# Chinese around the framework's English


USAGE_ZH = [
    (["demand", "resolve", "1"],
     "用法错误：缺少选项 '--note' / '-n'（查看 visitlog demand resolve --help）"),
    (["log"], "用法错误：缺少参数 企业（查看 visitlog log --help）"),
    (["bogus"], "用法错误：没有命令 'bogus'（查看 visitlog --help）"),
    (["log", "金海", "--officer", "王伟", "--bogus"],
     "用法错误：没有选项 --bogus（查看 visitlog log --help）"),
    (["report", "week", "--dept"],
     "用法错误：选项 '--dept' 需要一个值（查看 visitlog report week --help）"),
    (["log", "金海", "--new=yes"],
     "用法错误：选项 '--new' 不接受值（查看 visitlog log --help）"),
    (["log", "金海", "恒达", "--officer", "王伟"],
     "用法错误：多余的参数（恒达）（查看 visitlog log --help）"),
    (["visit", "show", "abc"],
     "用法错误：走访编号 的值无效：'abc' 不是整数（查看 visitlog visit show --help）"),
    (["enterprise", "add", "新厂", "--employees", "-5"],
     "用法错误：'--employees' 的值无效：-5 超出范围（不小于 0）"
     "（查看 visitlog enterprise add --help）"),
    (["report", "week", "--format", "pdf"],
     "用法错误：'--format' / '-f' 的值无效：'pdf' 不是可选值之一（'table', 'json', 'csv', "
     "'markdown', 'html', 'xlsx'）（查看 visitlog report week --help）"),
    (["report", "week", "--output", "."],
     "用法错误：'--output' / '-o' 的值无效：'.' 是一个目录，请写文件名"
     "（查看 visitlog report week --help）"),
    (["--lang", "fr", "report", "week"],
     "用法错误：--lang 的值无效：zh | en（查看 visitlog --help）"),
]


@pytest.mark.parametrize(("args", "line"), USAGE_ZH)
def test_usage_errors_are_in_chinese_when_chinese_is_chosen(book: Cli, args: list[str],
                                                            line: str) -> None:
    book.lang("zh")
    assert book.fail(2, *args) == line


@pytest.mark.parametrize("args", [args for args, _ in USAGE_ZH])
def test_usage_errors_in_chinese_hold_no_english_sentence(book: Cli, args: list[str]) -> None:
    book.lang("zh")
    line = book.fail(2, *args)
    assert not re.search(r"\b(Missing|Invalid|No such|requires|Got unexpected|does not|"
                         r"is not)\b", line), line


def test_usage_errors_in_english_are_unchanged(book: Cli) -> None:
    assert book.fail(2, "demand", "resolve", "1") == (
        "Usage error: Missing option '--note' / '-n'. (see visitlog demand resolve --help)")
    assert book.fail(2, "report", "week", "--format", "pdf") == (
        "Usage error: Invalid value for '--format' / '-f': 'pdf' is not one of 'table', 'json', "
        "'csv', 'markdown', 'html', 'xlsx'. (see visitlog report week --help)")
    assert book.fail(2, "bogus") == "Usage error: No such command 'bogus'. (see visitlog --help)"
    assert book.fail(2, "log", "金海", "--officer", "王伟", "--bogus") == (
        "Usage error: No such option: --bogus (see visitlog log --help)")


# ---- SPEC: "`undo` says what it undid": a default target is everyone's, not "(*)"


def test_undo_of_a_default_target_names_everyone(book: Cli) -> None:
    book.ok("target", "set", "matters=12")
    assert book.ok("undo") == "Undone: setting 2026 targets (everyone (default))\n"
    book.ok("target", "set", "matters=12")
    book.lang("zh")
    assert book.ok("undo") == "已撤销：设置 2026 年目标（全体干部（默认））\n"
    book.lang("en")
    book.ok("target", "set", "matters=3", "--officer", "王伟")
    assert book.ok("undo") == "Undone: setting 2026 targets (王伟)\n"


# ---- SPEC: reports are as of today or an earlier day; a later --as-of is bad input, and the
# message says so (not "only things that happened can be logged": nothing is logged)


@pytest.mark.parametrize("report", ["year", "summary"])
def test_a_report_as_of_a_later_day_says_why(book: Cli, report: str) -> None:
    assert book.fail(2, "report", report, "--as-of", "2026-11-25") == (
        "Error: --as-of 2026-11-25 is after today (2026-11-19); a report is as of today "
        "or an earlier day")
    book.lang("zh")
    assert book.fail(2, "report", report, "--as-of", "2026-11-25") == (
        "错误：--as-of 2026-11-25 在今天（2026-11-19）之后；报表只能截至今天或更早的日期")


# ---- SPEC: exit 2 is bad input the user fixes by retyping, exit 1 a fault they cannot; README:
# "An --output FILE in a folder that does not exist is bad input (exit 2)" — as for export,
# so for backup FILE


def test_backup_into_a_missing_folder_is_bad_input(book: Cli) -> None:
    target = book.tmp_path / "no-such-folder" / "visitlog.db"
    assert book.fail(2, "backup", str(target)) == (
        f"Error: The folder {target.parent} does not exist; name a backup file in an "
        "existing folder")
    assert book.fail(2, "export", str(target)) == (
        f"Error: Cannot write {target} (No such file or directory)")
    book.lang("zh")
    assert book.fail(2, "backup", str(target)) == (
        f"错误：文件夹 {target.parent} 不存在；请把备份文件放在已有的文件夹里")
    assert not target.parent.exists()


# ---- SPEC: "On listings and reports `--officer` is a filter; without it they cover every
# officer" — the per-officer reports (week, year, heatmap) too


@pytest.fixture
def two(book: Cli) -> Cli:
    officer(book, "王伟东", dept="组织部")
    book.ok("log", "金海", "--officer", "王伟东", "--date", "2026-11-09")
    return book


def test_report_week_officer_is_a_filter(two: Cli) -> None:
    everyone = two.week()
    assert [row["officer"] for row in everyone["officers"]] == ["王伟", "王伟东"]
    one = two.week("--officer", "wwd")
    assert [row["officer"] for row in one["officers"]] == ["王伟东"]
    assert one["officers"][0] == everyone["officers"][1]
    assert one["summary"] == {"officers": 1, "due": 1, "met": 0, "rate": 0.0}
    assert {k: v for k, v in one.items() if k not in ("officers", "summary")} == {
        k: v for k, v in everyone.items() if k not in ("officers", "summary")}
    assert two.week("--officer", "王伟", "--dept", "权益")["summary"] == {
        "officers": 1, "due": 1, "met": 1, "rate": 1.0}
    assert two.fail(2, "report", "week", "--officer", "王伟", "--dept", "组织部") == (
        f"Error: 王伟 is in {RIGHTS}, not 组织部")
    assert two.fail(2, "report", "week", "--officer", "王") == (
        "Error: '王' matches several officers: 王伟、王伟东")


def test_report_year_and_heatmap_officer_is_a_filter(two: Cli) -> None:
    year = two("report", "year", "--format", "json").json()
    one = two("report", "year", "--officer", "王伟东", "--format", "json").json()
    assert one == {**year, "officers": [year["officers"][1]]}
    heat = two("report", "heatmap", "--format", "json").json()
    mine = two("report", "heatmap", "--officer", "王伟", "--format", "json").json()
    assert mine == {**heat, "officers": [heat["officers"][0]]}
    assert two.ok("report", "heatmap", "--officer", "王伟").count("王伟") == 1


def test_an_empty_officer_filter_is_refused_on_every_report(cli: Cli) -> None:
    """`--officer ""` names nobody: refused (exit 2) on week, year and heatmap alike, not
    taken for "every officer" by some of them."""
    cli.ok("officer", "add", "王伟", "--dept", "办公室", "--since", "2026-01-05")
    for report in ("week", "year", "heatmap"):
        assert "No officer matches ''" in cli.fail(2, "report", report, "--officer", ""), report
