"""The command line end to end: exact output, exit codes, and nothing half-written."""

from __future__ import annotations

import pytest

from tests.conftest import Cli
from tests.templates import Templates

pytestmark = pytest.mark.engines

JINHAI = "江苏金海新能源科技有限公司"
WULIU = "江苏金海物流有限公司"
RIGHTS = "权益保障部"


def similar_names(cli: Cli) -> Cli:
    """Two officers with similar names, two enterprises with similar names."""
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("officer", "add", "王伟东", "--dept", "组织部", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--town", "金城镇", "--industry", "新能源",
           "--employees", "320", "--union", "--alias", "金海")
    cli.ok("enterprise", "add", WULIU)
    return cli


@pytest.fixture
def book(cli: Cli, templates: Templates) -> Cli:
    return templates.built(cli, similar_names)


def test_officer_add_and_list(cli: Cli) -> None:
    assert cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05") == (
        f"Added officer 王伟 ({RIGHTS}, from 2026-01-05)\n")
    assert cli.ok("officer", "add", "李娜", "--dept", "组织部") == (
        "Added officer 李娜 (组织部, from 2026-11-19)\n")  # since defaults to today
    cli.lang("zh")
    assert cli.ok("officer", "add", "张敏", "--dept", RIGHTS, "--since", "2026-03-02") == (
        f"已添加干部 张敏（{RIGHTS}，2026-03-02 起）\n")
    listed = cli.ok("officer", "list", "--format", "json")
    import json

    assert sorted(json.loads(listed), key=lambda o: o["name"]) == sorted([
        {"name": "王伟", "dept": RIGHTS, "since": "2026-01-05", "retired_on": None},
        {"name": "李娜", "dept": "组织部", "since": "2026-11-19", "retired_on": None},
        {"name": "张敏", "dept": RIGHTS, "since": "2026-03-02", "retired_on": None},
    ], key=lambda o: o["name"])


def test_officer_add_twice_is_refused(book: Cli) -> None:
    assert book.fail(2, "officer", "add", "王伟", "--dept", "x") == (
        "Error: Officer 王伟 already exists")


def test_enterprise_add_and_list_json(book: Cli) -> None:
    assert book.ok("enterprise", "add", "苏州华星电子有限公司") == (
        "Added enterprise 苏州华星电子有限公司\n")
    listed = {e["name"]: e for e in book(*"enterprise list --format json".split()).json()}
    assert listed[JINHAI] == {"name": JINHAI, "town": "金城镇", "industry": "新能源",
                              "employees": 320, "union": True, "aliases": ["金海"]}
    assert listed[WULIU] == {"name": WULIU, "town": None, "industry": None, "employees": None,
                             "union": None, "aliases": []}
    assert len(listed) == 3


def test_log_confirmation_en(book: Cli) -> None:
    out = book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18", "-r", "调查员",
                  "-r", "helper", "--note", "了解诉求", "--outcome", "members_joined=12")
    assert out == (f"✓ Logged #1: 2026-11-18 王伟 → {JINHAI} (investigator, helper). "
                   "Week 2026-W47 is met (1 visit this week).\n")
    out = book.ok("log", "jhxny", "--officer", "王伟")
    assert out == (f"✓ Logged #2: 2026-11-19 王伟 → {JINHAI} (-). "
                   "Week 2026-W47 is met (2 visits this week).\n")


def test_log_confirmation_zh(book: Cli) -> None:
    book.lang("zh")
    out = book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-17", "-r", "调查员")
    assert out == (f"✓ 已记录 #1：2026-11-17 王伟 → {JINHAI}（调查员）。 "
                   "2026-W47 已完成一周进一企（本周 1 次走访）。\n")


def test_log_new_enterprise(book: Cli) -> None:
    out = book.ok("log", "新厂", "--new", "--officer", "王伟", "--date", "上周五")
    assert out == ("✓ Logged #1: 2026-11-13 王伟 → 新厂 (-). Created enterprise 新厂. "
                   "Week 2026-W46 is met (1 visit this week).\n")


def test_log_uses_the_configured_officer(book: Cli) -> None:
    assert book.fail(2, "log", "金海") == (
        "Error: No officer given; add --officer NAME or run `visitlog config set officer NAME` "
        "once")
    assert book.ok("config", "set", "officer", "王伟") == "Set officer = 王伟\n"
    assert book.ok("log", "金海").startswith(f"✓ Logged #1: 2026-11-19 王伟 → {JINHAI}")


def test_duplicate_log_changes_nothing(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18")
    before = book.dump()
    line = book.fail(2, "log", "jinhai", "--officer", "王伟", "--date", "11-18")
    assert line == f"Error: 王伟's visit to {JINHAI} on 2026-11-18 is already logged"
    assert book.dump() == before
    book.lang("zh")
    assert book.fail(2, "log", "金海", "--officer", "王伟", "--date", "2026-11-18") == (
        f"错误：2026-11-18 王伟 走访 {JINHAI} 已记录过")
    assert book.dump() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "江苏金海", "--officer", "王伟"],
         f"Error: '江苏金海' matches several enterprises: {JINHAI}、{WULIU}"),
        (["log", "不存在", "--officer", "王伟"],
         "Error: No enterprise matches '不存在'; add --new to create it"),
        (["log", "金海", "--officer", "王"],
         "Error: '王' is a single character, which names nothing by part or by pinyin "
         "initial; type more of the name: 王伟、王伟东"),
        (["log", "金海", "--officer", "李四"], "Error: No officer matches '李四'"),
        (["log", "金海", "--officer", "王伟", "--date", "2026-11-20"],
         "Error: 2026-11-20 is in the future; only things that happened can be logged"),
        (["log", "金海", "--officer", "王伟", "--date", "2026-02-30"],
         "Error: Unrecognised date '2026-02-30'; use 2026-11-20, 11-20, today, yesterday, fri, "
         "last friday, 3 days ago, -3d"),
        (["log", "金海", "--officer", "王伟", "--date", "tomorrow"],
         "Error: Unrecognised date 'tomorrow'; use 2026-11-20, 11-20, today, yesterday, fri, "
         "last friday, 3 days ago, -3d"),
        (["log", "金海", "--officer", "王伟", "--role", "boss"],
         "Error: Unknown role 'boss'; choose from: publicist (宣传员), investigator (调查员), "
         "organizer (指导员), coordinator (协调员), helper (服务员)"),
        (["visit", "show", "99"], "Error: There is no visit #99"),
        (["visit", "delete", "99"], "Error: There is no visit #99"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(book: Cli, args: list[str], message: str) -> None:
    before = book.dump()
    assert book.fail(2, *args) == message
    assert book.dump() == before


def test_usage_errors_exit_2(book: Cli) -> None:
    line = book.fail(2, "log")
    assert line.startswith("Usage error: ") and "visitlog log --help" in line
    assert book.fail(2, "no-such-command").startswith("Usage error: ")
    # an ID is a number or a short reference (tests/test_exchange_refs.py): refused in words
    assert book.fail(2, "visit", "show", "abc").startswith("Error: 'abc' is neither a number")


def test_bad_outcome(book: Cli) -> None:
    assert book.fail(2, "log", "金海", "--officer", "王伟", "--outcome", "members_joined") == (
        "Error: An outcome is KEY=N (e.g. members_joined=35), not 'members_joined'")


def test_visit_show_edit_delete_and_undo_step_by_step(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟", "--date", "2026-11-18", "-r", "investigator",
            "--note", "了解诉求", "--outcome", "members_joined=12")
    book.ok("log", "物流", "--officer", "王伟东", "--date", "2026-11-17")
    ref = book("visit", "list", "--format", "json").json()[0]["ref"]
    assert book.ok("visit", "show", "1") == (
        f"#1  {ref}  2026-11-18  王伟 → {JINHAI}\nroles: investigator\nnote: 了解诉求\n"
        "members joined: 12\n")
    shown = book("visit", "show", "1", "--format", "json").json()
    assert shown == {"id": 1, "ref": ref, "date": "2026-11-18", "officer": "王伟",
                     "enterprise": JINHAI,
                     "roles": ["investigator"], "note": "了解诉求", "unions_formed": 0,
                     "members_joined": 12, "unions_upgraded": 0, "disputes_resolved": 0,
                     "enterprises_relieved": 0, "models_built": 0}
    assert book.ok("visit", "edit", "1", "--note", "新备注", "--role", "publicist") == (
        f"Changed #1: 2026-11-18 王伟 → {JINHAI} (publicist)\n")
    assert book.fail(2, "visit", "edit", "2", "--officer", "王伟", "--enterprise", "金海",
                     "--date", "2026-11-18") == (
        "Error: The change would duplicate another visit (#1)")
    assert book.ok("visit", "delete", "2") == (
        f"Deleted #2: 2026-11-17 王伟东 → {WULIU} (visitlog undo restores it)\n")
    assert [v["id"] for v in book("visit", "list", "--format", "json").json()] == [1]
    assert book.ok("undo") == f"Undone: deleting visit #2 (2026-11-17 王伟东 → {WULIU})\n"
    assert book.ok("undo") == "Undone: editing visit #1\n"
    assert book("visit", "show", "1", "--format", "json").json()["note"] == "了解诉求"
    assert book.ok("undo") == f"Undone: logging visit #2 (2026-11-17 王伟东 → {WULIU})\n"
    assert book.ok("undo") == f"Undone: logging visit #1 (2026-11-18 王伟 → {JINHAI})\n"
    assert book("visit", "list", "--format", "json").json() == []
    assert book.ok("undo") == f"Undone: adding enterprise {WULIU}\n"
    assert book.ok("undo") == f"Undone: adding enterprise {JINHAI}\n"
    assert book.ok("undo") == "Undone: adding officer 王伟东\n"
    book.lang("zh")
    assert book.ok("undo") == "已撤销：添加干部 王伟\n"
    assert book.ok("undo") == "没有可撤销的修改\n"
    book.lang("en")
    assert book.ok("undo") == "Nothing to undo\n"


def test_debug_shows_a_traceback_and_without_it_none(book: Cli) -> None:
    book.ok("log", "金海", "--officer", "王伟")
    plain = book("log", "金海", "--officer", "王伟")
    assert plain.exit_code == 2 and "Traceback" not in plain.stderr
    debug = book("--debug", "log", "金海", "--officer", "王伟")
    assert debug.exit_code == 2
    assert debug.stderr.startswith("Traceback (most recent call last):")
    assert debug.stderr.rstrip("\n").endswith(
        f"Error: 王伟's visit to {JINHAI} on 2026-11-19 is already logged")


# ---- imports ----------------------------------------------------------------------------


def test_officer_import_and_import_twice(cli: Cli) -> None:
    path = cli.csv("officers.csv", "name,dept,since\n王伟,权益保障部,2026-01-05\n李娜,组织部,\n")
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 2 from officers.csv; skipped 0 already present\n")
    before = cli.dump()
    assert cli.ok("officer", "import", str(path)) == (
        "Imported 0 from officers.csv; skipped 2 already present\n")
    names = {o["name"]: o for o in cli("officer", "list", "--format", "json").json()}
    assert names["李娜"]["since"] == "2026-11-19"
    # the second import changes nothing, not even the undo journal
    assert cli.dump() == before


def test_bad_csv_row_imports_nothing(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI)
    before = cli.dump()
    path = cli.csv("visits.csv", "date,officer,enterprise,roles,note\n"
                   f"2026-11-02,王伟,{JINHAI},investigator,ok\n"
                   f"2026-11-03,王伟,{JINHAI},boss,bad role\n")
    line = cli.fail(2, "visit", "import", str(path))
    assert line.startswith("Error: line 3 (data row 2): Unknown role 'boss'")
    assert line.endswith("; nothing was imported")
    assert cli.dump() == before
    future = cli.csv("future.csv", f"date,officer,enterprise\n2026-12-01,王伟,{JINHAI}\n")
    assert cli.fail(2, "visit", "import", str(future)) == (
        "Error: line 2 (data row 1): 2026-12-01 is in the future; only things that happened "
        "can be logged; nothing was imported")
    unknown = cli.csv("unknown.csv", f"date,officer,enterprise\n2026-11-02,李四,{JINHAI}\n")
    assert cli.fail(2, "visit", "import", str(unknown)).startswith(
        "Error: line 2 (data row 1): No officer matches '李四'")
    assert cli.dump() == before


def test_missing_and_undecodable_files(cli: Cli) -> None:
    missing = cli.tmp_path / "nope.csv"
    assert "nope.csv" in cli.fail(2, "officer", "import", str(missing))
    junk = cli.tmp_path / "junk.csv"
    junk.write_bytes(b"name,dept\n\xff\xfe\xfa\x80\x81\n")
    assert cli.fail(2, "officer", "import", str(junk)) == (
        f"Error: {junk} is neither UTF-8 nor GBK/GB18030 text")


def test_gbk_and_bom_csv_import(cli: Cli) -> None:
    gbk = cli.csv("gbk.csv", "姓名,部门,入职日期\n王伟,权益保障部,2026-01-05\n", encoding="gbk")
    assert cli.ok("officer", "import", str(gbk)) == (
        "Imported 1 from gbk.csv; skipped 0 already present\n")
    bom = cli.csv("bom.csv", "\ufeffname,dept\n李娜,组织部\n")
    assert cli.ok("officer", "import", str(bom)).startswith("Imported 1 from bom.csv")
    names = {o["name"]: o["dept"] for o in cli("officer", "list", "--format", "json").json()}
    assert names == {"王伟": RIGHTS, "李娜": "组织部"}


def test_visit_import_twice_skips(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI, "--alias", "金海")
    path = cli.csv("visits.csv", "date,officer,enterprise,roles,note,members_joined\n"
                   f"2026-11-02,王伟,{JINHAI},调查员;helper,ok,3\n"
                   "2026-11-10,王伟,金海,,,\n")
    assert cli.ok("visit", "import", str(path)) == (
        "Imported 2 from visits.csv; skipped 0 already present\n")
    assert cli.ok("visit", "import", str(path)) == (
        "Imported 0 from visits.csv; skipped 2 already present\n")
    visits = cli("visit", "list", "--format", "json").json()
    assert [(v["date"], v["roles"], v["members_joined"]) for v in visits] == [
        ("2026-11-10", [], 0), ("2026-11-02", ["investigator", "helper"], 3)]
    assert cli.ok("undo") == "Undone: importing 2 visits from visits.csv\n"
    assert cli("visit", "list", "--format", "json").json() == []


def test_leave_add_and_import(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    assert cli.ok("leave", "add", "王伟", "--from", "2026-11-16", "--to", "2026-11-20",
                  "--reason", "年假") == "Recorded leave for 王伟, 2026-11-16 to 2026-11-20\n"
    path = cli.csv("leave.csv", "officer,from,to,reason\n王伟,2026-11-16,2026-11-20,年假\n"
                   "王伟,2026-10-12,2026-10-13,病假\n")
    assert cli.ok("leave", "import", str(path)) == (
        "Imported 1 from leave.csv; skipped 1 already present\n")
    assert cli.fail(2, "leave", "add", "王伟", "--from", "2026-11-20", "--to", "2026-11-16") == (
        "Error: Leave ends (2026-11-16) before it starts (2026-11-20)")


def test_retire(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    assert cli.ok("officer", "retire", "王伟", "--on", "2026-12-01") == (
        "王伟 is not active from 2026-12-01\n")
    assert cli.ok("undo") == "Undone: retiring 王伟 on 2026-12-01\n"
    assert cli.fail(2, "officer", "retire", "王伟", "--on", "2026-01-05") == (
        "Error: 王伟's leaving date must be after 2026-01-05")


def test_config_errors(cli: Cli) -> None:
    assert cli.fail(2, "config", "set", "calendar", "lunar") == (
        "Error: Invalid value 'lunar' for calendar; expected official|weekdays")
    assert cli.fail(2, "config", "get", "colour") == (
        "Error: Unknown setting 'colour'; known: officer, lang, min_available_days, calendar")
    assert cli.ok("config", "set", "min_available_days", "2") == "Set min_available_days = 2\n"
    assert cli.ok("config", "get", "min_available_days") == "2\n"
    assert cli.ok("undo") == "Undone: setting min_available_days = 2\n"


def test_bad_today_is_bad_input(cli: Cli) -> None:
    cli.today("2026-13-01")
    assert cli.fail(2, "officer", "list") == (
        "Error: VISITLOG_TODAY=2026-13-01 is not a YYYY-MM-DD date")


# ---- help --------------------------------------------------------------------------------


def all_commands() -> list[list[str]]:
    from tests.test_docs import command_paths

    return command_paths()


def test_root_help_lists_every_command(cli: Cli) -> None:
    from visitlog.cli.root import COMMANDS

    out = cli.ok("--help")
    assert "Example: visitlog log" in out
    for name in COMMANDS:
        assert f"  {name} " in out


@pytest.mark.parametrize("path", all_commands(), ids=" ".join)
def test_every_command_has_help(cli: Cli, path: list[str]) -> None:
    out = cli.ok(*path, "--help")
    assert out.startswith("Usage: visitlog " + " ".join(path))
    if "COMMAND [ARGS]" not in out.splitlines()[0]:  # groups list their subcommands instead
        assert "Example: visitlog " in out


# ---- names, files and faults -------------------------------------------------------------


def test_names_and_notes_are_stored_exactly(cli: Cli) -> None:
    name, note = "Robert'); DROP TABLE officers;--", "'; DELETE FROM visits; -- \"q\" 😀"
    cli.ok("officer", "add", name, "--dept", RIGHTS, "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("log", JINHAI, "--officer", "Robert", "--note", note)
    visit = cli("visit", "list", "--format", "json").json()[0]
    assert (visit["officer"], visit["note"]) == (name, note)


def test_csv_output_neutralises_formulas(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", "=1+2", "--since", "2026-01-05")
    cli.ok("enterprise", "add", JINHAI)
    cli.ok("log", JINHAI, "--officer", "王伟", "--note", '=HYPERLINK("x")')
    cli.ok("log", JINHAI, "--officer", "王伟", "--note", "-3+4", "--date", "2026-11-18")
    cli.ok("log", JINHAI, "--officer", "王伟", "--note", "@SUM(A1)", "--date", "2026-11-17")
    listed = cli.ok("visit", "list", "--format", "csv")
    assert "\"'=HYPERLINK(\"\"x\"\")\"" in listed
    assert ",'-3+4," in listed and ",'@SUM(A1)," in listed
    report = cli.ok("report", "week", "--format", "csv")
    assert "王伟,'=1+2," in report


def test_csv_output_file_has_a_bom(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    out = cli.tmp_path / "week.csv"
    assert cli.ok("report", "week", "--format", "csv", "--output", str(out)) == ""
    assert out.read_bytes().startswith(b"\xef\xbb\xbfofficer,dept,status,")


@pytest.mark.sqlite_only
def test_logbook_is_private(cli: Cli) -> None:
    cli.ok("init")
    assert cli.db.stat().st_mode & 0o777 == 0o600


def test_init_is_idempotent(cli: Cli) -> None:
    assert cli.ok("init") == f"Logbook ready: {cli.db}\n"
    before = cli.dump()
    assert cli.ok("init") == f"Logbook ready: {cli.db}\n"
    assert cli.dump() == before


@pytest.mark.sqlite_only
def test_corrupt_logbook_is_a_fault(cli: Cli) -> None:
    cli.db.write_bytes(b"this is not a database at all" * 100)
    assert cli.fail(1, "officer", "list") == (
        f"Error: {cli.db} is not a logbook or is damaged; restore it from a backup "
        "(visitlog restore FILE)")


@pytest.mark.sqlite_only
def test_newer_logbook_is_refused_untouched(cli: Cli) -> None:
    import sqlite3

    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    conn = sqlite3.connect(cli.db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = cli.db.read_bytes()
    line = cli.fail(1, "officer", "list")
    assert "newer visitlog" in line and "999" in line
    assert cli.db.read_bytes() == before


def test_candidates_are_capped_at_ten(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS)
    for i in range(12):
        cli.ok("enterprise", "add", f"测试企业{i:02d}有限公司")
    line = cli.fail(2, "log", "测试企业", "--officer", "王伟")
    assert line.startswith("Error: '测试企业' matches several enterprises: 测试企业00有限公司、")
    assert line.count("有限公司") == 10 and "测试企业10" not in line


def test_pinyin_prefers_the_whole_name(book: Cli) -> None:
    out = book.ok("log", "jhxny", "--officer", "wangwei", "-r", "调查", "-r", "inv",
                  "--outcome", "新入会=3")
    assert out.startswith(f"✓ Logged #1: 2026-11-19 王伟 → {JINHAI} (investigator).")
    assert book("visit", "show", "1", "--format", "json").json()["members_joined"] == 3


def test_chinese_headers_in_gbk(cli: Cli) -> None:
    cli.ok("officer", "add", "王伟", "--dept", RIGHTS, "--since", "2026-01-05")
    ent = cli.csv("ent.csv", "企业名称,镇街,行业,职工人数,是否建会,简称\n"
                  f"{JINHAI},金城镇,新能源,320,是,金海;JH\n苏州华星电子有限公司,,,,否,\n",
                  encoding="gbk")
    assert cli.ok("enterprise", "import", str(ent)) == (
        "Imported 2 from ent.csv; skipped 0 already present\n")
    visits = cli.csv("v.csv", "日期,干部,企业,角色,备注,新入会会员\n"
                     "2026-11-02,王伟,JH,调查员;服务员,好,5\n", encoding="gb18030")
    assert cli.ok("visit", "import", str(visits)).startswith("Imported 1 from v.csv")
    visit = cli("visit", "list", "--format", "json").json()[0]
    assert (visit["enterprise"], visit["roles"], visit["members_joined"]) == (
        JINHAI, ["investigator", "helper"], 5)


def test_bad_enterprise_row_names_its_line(cli: Cli) -> None:
    path = cli.csv("e.csv", "name,union\nA公司,yes\nB公司,maybe\n")
    cli.ok("init")
    before = cli.dump()
    assert cli.fail(2, "enterprise", "import", str(path)) == (
        "Error: line 3 (data row 2): union must be yes/no/1/0/是/否, not 'maybe'; "
        "nothing was imported")
    assert cli.dump() == before
    cols = cli.csv("o.csv", "name\n甲\n")
    assert cli.fail(2, "officer", "import", str(cols)) == (
        f"Error: {cols} lacks the column(s): dept")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log", "金海", "--officer", "王伟", "-r", "boss"],
         "错误：未知的角色「boss」；可选：publicist (宣传员), investigator (调查员), "
         "organizer (指导员), coordinator (协调员), helper (服务员)"),
        (["officer", "add", " ", "--dept", RIGHTS], "错误：干部 不能为空"),
        (["log", "金海", "--officer", "王伟", "--outcome", "新入会=abc"],
         "错误：成效新入会会员 应为非负整数，而不是「abc」"),
        (["log", "金海", "--officer", "王伟", "--date", "明天"],
         "错误：无法识别日期「明天」；可用 2026-11-20、11-20、今天、昨天、上周五、fri、-3d"),
        (["log", "江苏金海", "--officer", "王伟"],
         f"错误：「江苏金海」匹配多家企业：{JINHAI}、{WULIU}"),
    ],
)
def test_errors_in_chinese_name_fields_in_chinese(book: Cli, args: list[str],
                                                  message: str) -> None:
    book.lang("zh")
    assert book.fail(2, *args) == message


def test_no_arguments_prints_help(cli: Cli) -> None:
    out = cli.ok()
    assert out.startswith("Usage: visitlog [OPTIONS] COMMAND [ARGS]...")
    assert "Log a visit (shortcut for `visit add`)" in out


def test_version(cli: Cli) -> None:
    from visitlog import __version__

    assert cli.ok("--version") == f"visitlog {__version__}\n"


def test_root_help_in_chinese(cli: Cli) -> None:
    cli.lang("zh")
    out = cli.ok("--help")
    assert "命令" in out and "记录一次走访（visit add 的简写）" in out


def test_row_with_more_fields_than_the_header_is_refused(cli: Cli) -> None:
    cli.ok("init")
    before = cli.dump()
    shifted = cli.csv("e.csv", "name,town,industry\n苏州华星电子有限公司,虎丘区,电子\n"
                      "苏州,华星电子有限公司,虎丘区,电子\n")
    assert cli.fail(2, "enterprise", "import", str(shifted)) == (
        "Error: line 3 (data row 2) has 4 fields but the header has 3 (quote text that "
        "contains commas); nothing was imported")
    assert cli.dump() == before
    trailing = cli.csv("t.csv", "name,dept\n王伟,权益保障部,,\n")  # Excel's empty columns
    assert cli.ok("officer", "import", str(trailing)).startswith("Imported 1 from t.csv")


def test_demo_loads_and_reports(cli: Cli) -> None:
    out = cli.ok("demo")
    first = out.splitlines()[0]
    assert first.startswith(f"Example federation loaded into {cli.db}: ")
    assert "2026-W47 (2026-11-16 to 2026-11-22, as of 2026-11-19)" in out
    assert cli.ok("demo").startswith(f"{cli.db} already holds data; nothing loaded\n")
