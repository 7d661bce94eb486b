"""Bad input (exit 2) and faults (exit 1): one line, nothing changed, private files.

Black-box through the command line (tests/conftest.py), exact output and exit codes.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.conftest import Cli
from tests.spec.books import (
    FORMULAS,
    HENGDA_DZ,
    HENGDA_JX,
    HUAXING,
    JINHAI,
    LISTINGS,
    ORG,
    RIGHTS,
    officer,
    visits,
)

pytestmark = pytest.mark.engines

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


# ---- SPEC: exit 2 is bad input the user fixes by retyping, exit 1 a fault they cannot; README:
# "An --output FILE in a folder that does not exist is bad input (exit 2)" — as for export,
# so for backup FILE


def test_backup_into_a_missing_folder_is_bad_input(demand_book: Cli) -> None:
    target = demand_book.tmp_path / "no-such-folder" / "visitlog.db"
    assert demand_book.fail(2, "backup", str(target)) == (
        f"Error: The folder {target.parent} does not exist; name a backup file in an "
        "existing folder")
    assert demand_book.fail(2, "export", str(target)) == (
        f"Error: Cannot write {target} (No such file or directory)")
    demand_book.lang("zh")
    assert demand_book.fail(2, "backup", str(target)) == (
        f"错误：文件夹 {target.parent} 不存在；请把备份文件放在已有的文件夹里")
    assert not target.parent.exists()


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


# ---- SPEC: exit 2 is bad input; a year or month no calendar holds is a typo, not an internal
# error (exit 1, "rerun with --debug")


@pytest.mark.parametrize("args", [
    ["report", "practice", "--year", "0"],
    ["report", "practice", "--year", "-1"],
    ["report", "demands", "--year", "-5"],
    ["report", "demands", "--year", "0"],
    ["report", "reception", "--year", "0"],
])
def test_a_year_out_of_the_calendar_is_bad_input(visit_book: Cli, args: list[str]) -> None:
    line = visit_book.fail(2, *args)
    assert line.startswith("Usage error: Invalid value for '--year' / '-y': "), line
    assert "1900<=x<=9999" in line


@pytest.mark.parametrize("month", ["0000-01", "0001-05", "1899-12", "10000-01"])
def test_a_month_out_of_the_calendar_is_bad_input(visit_book: Cli, month: str) -> None:
    assert visit_book.fail(2, "report", "practice", "--month", month) == (
        f"Error: Unrecognised month '{month}'; use YYYY-MM, e.g. 2026-11")
    visit_book.lang("zh")
    assert visit_book.fail(2, "report", "practice", "--month", month) == (
        f"错误：无法识别月份「{month}」；请用 YYYY-MM，如 2026-11")


def test_the_last_month_of_the_calendar_has_not_started(visit_book: Cli) -> None:
    assert visit_book.fail(2, "report", "practice", "--month", "9999-12") == (
        "Error: 9999-12 has not started yet")


def test_the_first_supported_month_still_reports(visit_book: Cli) -> None:
    data = visit_book("report", "practice", "--month", "1900-01", "--format", "json").json()
    assert data == {"month": "1900-01", "officers": [],
                    "summary": {"complete": 0, "officers": 0}}


# ---- SPEC: a missing FILE is bad input (exit 2) — and a folder named as the FILE is said to
# be one, not "No such file"


@pytest.mark.parametrize("command", [["visit", "import"], ["officer", "import"],
                                     ["achieve", "import"]])
def test_importing_a_folder_says_it_is_a_folder(visit_book: Cli, command: list[str]) -> None:
    folder = visit_book.tmp_path / "exports"
    folder.mkdir()
    assert visit_book.fail(2, *command, str(folder)) == (
        f"Error: {folder} is a folder, not a CSV file")
    visit_book.lang("zh")
    assert visit_book.fail(2, *command, str(folder)) == f"错误：{folder} 是文件夹，不是 CSV 文件"
    assert visit_book.fail(2, *command, str(folder / "missing.csv")) == (
        f"错误：找不到文件 {folder / 'missing.csv'}")


def test_restoring_a_folder_says_it_is_a_folder(visit_book: Cli) -> None:
    folder = visit_book.tmp_path / "backups"
    folder.mkdir()
    before = visit_book.dump()
    assert visit_book.fail(2, "restore", str(folder)) == (
        f"Error: {folder} is a folder, not a backup file")
    visit_book.lang("zh")
    assert visit_book.fail(2, "restore", str(folder)) == f"错误：{folder} 是文件夹，不是备份文件"
    assert visit_book.dump() == before
